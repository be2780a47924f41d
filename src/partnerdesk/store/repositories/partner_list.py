"""Queries behind the partner list: filtering, sorting and keyset paging done in SQL."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Select,
    and_,
    bindparam,
    case,
    collate,
    false,
    func,
    literal,
    literal_column,
    or_,
    select,
    tuple_,
)
from sqlalchemy.orm import Session

from partnerdesk.domain.enums import CommitmentStatus, PartnerKind, PartnerStage
from partnerdesk.domain.partner_list import (
    PAGE_SIZE,
    STAGE_ORDER,
    PartnerListKey,
    PartnerListQuery,
    PartnerListRow,
    PartnerSort,
)
from partnerdesk.domain.validation import is_storable
from partnerdesk.store import list_tables
from partnerdesk.store.repositories.context import Context
from partnerdesk.store.types import UTCDateTime

_PARTNERS = list_tables.PARTNERS
_TAGS = list_tables.TAGS
_partner = _PARTNERS.c
_meeting = list_tables.MEETINGS.c
_commitment = list_tables.COMMITMENTS.c
_partner_tag = list_tables.PARTNER_TAGS.c
_tag = _TAGS.c

# Stands for "never met" in the last-contact order, so such partners sort before any date.
NEVER = datetime(1, 1, 1, tzinfo=UTC)
# Ids per IN (...) list, well under SQLite's limit on bound parameters.
IDS_PER_QUERY = 500


def escape_like(text: str) -> str:
    """Makes `%`, `_` and the escape character itself match literally in LIKE."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@dataclass(frozen=True)
class _Clock:
    """The two instants the aggregates depend on, fixed once per query."""

    today: date
    # Meetings starting before this instant (the end of today, local time) are past.
    contact_cutoff: datetime

    @classmethod
    def of(cls, today: date) -> "_Clock":
        end_of_today = datetime.combine(today + timedelta(days=1), time())
        return cls(today, end_of_today.astimezone(UTC))


@dataclass(frozen=True)
class _Ordering:
    """A statement listing partner ids in the query's order, and the terms of that order."""

    statement: Select[Any]
    terms: tuple[tuple[ColumnElement[Any], bool], ...]


class PartnerListQueries:
    """Pages of the partner list, with the aggregates computed for the page's rows only.

    Indexes relied on: ix_meetings_partner_starts (last contact), ix_commitments_partner_due
    (a page's open and overdue counts), ix_commitments_status_due (sorting every partner by
    those counts), ix_partner_tags_tag_id (tag filter). The name order would be served by
    ix_partners_name_nocase if that index were built on `name COLLATE NOCASE`.
    """

    def __init__(self, context: Context) -> None:
        self._context = context
        self._db = context.database
        # Built once: the statement is the same for every page, only its parameters change.
        self._rows_statement = _rows_statement()
        self._sqlite = context.database.engine.dialect.name == "sqlite"

    # -- public queries -------------------------------------------------------------------

    def page(
        self,
        query: PartnerListQuery,
        after: PartnerListRow | PartnerListKey | None = None,
        limit: int = PAGE_SIZE,
    ) -> list[PartnerListRow]:
        """Up to `limit` rows following `after` (a row or key from the previous page)."""
        if isinstance(after, PartnerListRow):
            after = query.key_of(after)
        clock = _Clock.of(self._context.today())
        ordering = self._ordering(query, clock)
        statement = ordering.statement
        if after is not None:
            statement = statement.where(_following(ordering.terms, _key_values(query, after)))
        statement = statement.order_by(*_order_by(ordering.terms)).limit(limit)
        with self._db.session() as session:
            ids = list(session.scalars(statement))
            rows = self._rows_by_id(session, ids, clock)
        return [rows[partner_id] for partner_id in ids if partner_id in rows]

    def tag_names(self) -> list[str]:
        """Every tag, by name, for the list's tag filter."""
        with self._db.session() as session:
            return list(session.scalars(select(_tag.name).order_by(_tag.name)))

    def count(self, query: PartnerListQuery) -> int:
        statement = select(func.count()).select_from(_PARTNERS).where(*self._where(query))
        with self._db.session() as session:
            return int(session.scalar(statement) or 0)

    def row(self, partner_id: int) -> PartnerListRow | None:
        """The partner's row, or None if it is deleted or does not exist."""
        return self.rows([partner_id]).get(partner_id)

    def rows(
        self, partner_ids: Iterable[int], matching: PartnerListQuery | None = None
    ) -> dict[int, PartnerListRow]:
        """The rows of these partners (those alive and, if given, matching the query's filters)."""
        ids = list(dict.fromkeys(partner_ids))
        clock = _Clock.of(self._context.today())
        with self._db.session() as session:
            if matching is not None:
                ids = self._matching(session, matching, ids)
            return self._rows_by_id(session, ids, clock)

    def position(self, query: PartnerListQuery, partner_id: int) -> int | None:
        """How many rows come before the partner in the list, or None if it is not listed."""
        clock = _Clock.of(self._context.today())
        with self._db.session() as session:
            found = self._rows_by_id(session, self._matching(session, query, [partner_id]), clock)
            if partner_id not in found:
                return None
            ordering = self._ordering(query, clock)
            # Rows before the partner are those "after" it in the reversed order.
            reversed_terms = tuple((term, not descending) for term, descending in ordering.terms)
            values = _key_values(query, query.key_of(found[partner_id]))
            before = ordering.statement.where(_following(reversed_terms, values)).subquery()
            return int(session.scalar(select(func.count()).select_from(before)) or 0)

    # -- building blocks ------------------------------------------------------------------

    def _where(self, query: PartnerListQuery) -> list[ColumnElement[bool]]:
        return _filters(query, sqlite_like=self._sqlite)

    def _matching(self, session: Session, query: PartnerListQuery, ids: list[int]) -> list[int]:
        """Those of `ids` that the query's filters let through."""
        matching: list[int] = []
        for start in range(0, len(ids), IDS_PER_QUERY):
            chunk = ids[start : start + IDS_PER_QUERY]
            statement = select(_partner.id).where(_partner.id.in_(chunk), *self._where(query))
            matching.extend(session.scalars(statement))
        return matching

    def _ordering(self, query: PartnerListQuery, clock: _Clock) -> _Ordering:
        descending = query.descending
        name = collate(_partner.name, "NOCASE")
        if query.sort is PartnerSort.NAME:
            statement = select(_partner.id).where(*self._where(query))
            return _Ordering(statement, ((name, descending), (_partner.id, descending)))
        if query.sort is PartnerSort.STAGE:
            rank = case(
                {stage: index for index, stage in enumerate(STAGE_ORDER)},
                value=_partner.stage,
                else_=len(STAGE_ORDER),
            )
            statement = select(_partner.id).where(*self._where(query))
            return _Ordering(statement, ((rank, descending), (name, False), (_partner.id, False)))
        if query.sort is PartnerSort.LAST_CONTACT:
            last = _last_contact(clock.contact_cutoff)
            listing = select(
                _partner.id,
                _partner.name,
                func.coalesce(last, literal(NEVER, UTCDateTime())).label("sort_value"),
            )
        else:
            counts = _counts_by_partner(query.sort, clock)
            listing = select(
                _partner.id,
                _partner.name,
                func.coalesce(counts.c.counted, 0).label("sort_value"),
            ).outerjoin(counts, counts.c.partner_id == _partner.id)
        # OFFSET 0 keeps the database from inlining this subquery into the outer one, which
        # would evaluate the correlated last contact again for the keyset condition.
        listed = listing.where(*self._where(query)).offset(0).subquery("listed")
        return _Ordering(
            select(listed.c.id),
            (
                (listed.c.sort_value, descending),
                (collate(listed.c.name, "NOCASE"), False),
                (listed.c.id, False),
            ),
        )

    def _rows_by_id(
        self, session: Session, ids: Sequence[int], clock: _Clock
    ) -> dict[int, PartnerListRow]:
        rows: dict[int, PartnerListRow] = {}
        connection = session.connection()
        for start in range(0, len(ids), IDS_PER_QUERY):
            parameters = {
                "ids": ids[start : start + IDS_PER_QUERY],
                "contact_cutoff": clock.contact_cutoff,
                "today": clock.today,
            }
            for partner_id, name, kind, stage, last_at, open_count, overdue in connection.execute(
                self._rows_statement, parameters
            ):
                rows[partner_id] = PartnerListRow(
                    id=partner_id,
                    name=name,
                    kind=PartnerKind(kind),
                    stage=PartnerStage(stage),
                    last_contact=last_at.astimezone().date() if last_at else None,
                    open_commitments=int(open_count),
                    overdue=int(overdue),
                    last_contact_at=last_at,
                )
        return rows


# -- SQL pieces ---------------------------------------------------------------------------


# SQLite's default SQLITE_LIMIT_LIKE_PATTERN_LENGTH is 50,000 bytes.
LONGEST_LIKE_PATTERN = 10_000


def _filters(query: PartnerListQuery, sqlite_like: bool) -> list[ColumnElement[bool]]:
    clauses: list[ColumnElement[bool]] = [_partner.deleted_at.is_(None)]
    for word in query.words:
        if not is_storable(word):
            # Typed or pasted text no partner can hold (a NUL, half a surrogate pair).
            clauses.append(false())
            continue
        pattern = f"%{escape_like(word)}%"
        columns = (_partner.name, _partner.city, _partner.sector)
        if sqlite_like and len(pattern.encode("utf-8")) > LONGEST_LIKE_PATTERN:
            # SQLite refuses longer LIKE patterns ("too complex"); a pasted page of text
            # is looked for as it is, with the same ASCII-only case folding as LIKE.
            matches = [func.instr(func.lower(column), func.lower(word)) > 0 for column in columns]
        elif sqlite_like:
            # SQLite's LIKE already ignores case (for A-Z, as lower() would): lower() on
            # every row would only double the cost of the scan.
            matches = [column.like(pattern, escape="\\") for column in columns]
        else:
            matches = [column.ilike(pattern, escape="\\") for column in columns]
        clauses.append(or_(*matches))
    if query.stage is not None:
        clauses.append(_partner.stage == query.stage)
    if query.kind is not None:
        clauses.append(_partner.kind == query.kind)
    if query.tag is not None:
        tagged = (
            select(_partner_tag.partner_id)
            .join(_TAGS, _tag.id == _partner_tag.tag_id)
            .where(_tag.name == query.tag)
        )
        clauses.append(_partner.id.in_(tagged))
    return clauses


def _rows_statement() -> Select[Any]:
    """The rows of the partners with ids `:ids`, aggregates as of `:contact_cutoff`/`:today`."""
    return select(
        _partner.id,
        _partner.name,
        _partner.kind,
        _partner.stage,
        _last_contact(bindparam("contact_cutoff", type_=UTCDateTime())),
        _open_commitments(),
        _overdue_commitments(bindparam("today", type_=Date())),
    ).where(_partner.id.in_(bindparam("ids", expanding=True)), _partner.deleted_at.is_(None))


def _last_contact(cutoff: Any) -> Any:
    # ORDER BY ... LIMIT 1 rather than max(): it walks the index backwards from the cutoff
    # and stops at the first meeting not in the Trash.
    return (
        select(_meeting.starts_at)
        .where(
            _meeting.partner_id == _partner.id,
            _meeting.starts_at < cutoff,
            _meeting.deleted_at.is_(None),
        )
        .order_by(_meeting.starts_at.desc())
        .limit(1)
        .correlate(_PARTNERS)
        .scalar_subquery()
    )


def _is_open() -> ColumnElement[bool]:
    # The status as a literal, not a parameter, so that an index limited to open
    # commitments (WHERE status = 'open') could serve these queries.
    return and_(
        _commitment.status == literal_column(f"'{CommitmentStatus.OPEN.value}'"),
        _commitment.deleted_at.is_(None),
    )


def _open_commitments() -> Any:
    # Only the partner is in WHERE, the rest is counted: given `status = 'open'` there,
    # SQLite would rather scan the covering ix_commitments_status_due through every open
    # commitment of every partner than seek the partner's few in ix_commitments_partner_due.
    return (
        select(func.count(case((_is_open(), 1))))
        .where(_commitment.partner_id == _partner.id)
        .correlate(_PARTNERS)
        .scalar_subquery()
    )


def _overdue_commitments(today: Any) -> Any:
    return (
        select(func.count(case((and_(_is_open(), _commitment.due_on < today), 1))))
        .where(_commitment.partner_id == _partner.id)
        .correlate(_PARTNERS)
        .scalar_subquery()
    )


def _counts_by_partner(sort: PartnerSort, clock: _Clock) -> Any:
    """Open (or overdue) commitments per partner, for sorting all partners at once.

    One pass over the open commitments (ix_commitments_status_due covers it) beats a
    lookup per partner when every partner has to be counted.
    """
    conditions = [_is_open()]
    if sort is PartnerSort.OVERDUE:
        conditions.append(_commitment.due_on < clock.today)
    return (
        select(_commitment.partner_id, func.count().label("counted"))
        .where(*conditions)
        .group_by(_commitment.partner_id)
        .subquery("counts")
    )


def _key_values(query: PartnerListQuery, key: PartnerListKey) -> tuple[Any, ...]:
    if query.sort is PartnerSort.NAME:
        return (key.name, key.id)
    value = key.value
    if query.sort is PartnerSort.LAST_CONTACT and value is None:
        value = NEVER
    return (value, key.name, key.id)


def _order_by(terms: Sequence[tuple[ColumnElement[Any], bool]]) -> list[ColumnElement[Any]]:
    return [term.desc() if descending else term.asc() for term, descending in terms]


def _following(
    terms: Sequence[tuple[ColumnElement[Any], bool]], values: Sequence[Any]
) -> ColumnElement[bool]:
    """Rows strictly after `values` in the order of `terms` (the keyset condition)."""
    directions = {descending for _term, descending in terms}
    if len(directions) == 1:
        # One direction: a row-value comparison, which an index on the terms can serve.
        left = tuple_(*(term for term, _descending in terms))
        right = tuple_(
            *(literal(value, term.type) for (term, _d), value in zip(terms, values, strict=True))
        )
        return left < right if directions.pop() else left > right
    # Mixed directions: (a after x) or (a = x and b after y) or (a = x and b = y and ...).
    alternatives: list[ColumnElement[bool]] = []
    equal_so_far: list[ColumnElement[bool]] = []
    for (term, descending), value in zip(terms, values, strict=True):
        beyond = term < value if descending else term > value
        alternatives.append(and_(*equal_so_far, beyond))
        equal_so_far.append(term == value)
    return or_(*alternatives)
