"""Reading a whole notebook for export, a few hundred partners at a time, from one snapshot."""

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Connection,
    Date,
    DateTime,
    Enum,
    Select,
    Table,
    select,
    type_coerce,
)
from sqlalchemy.types import NullType

from partnerdesk.domain.meeting_notes import NotesMeeting, PartnerNotes
from partnerdesk.store.portable import PortableRow, references, translate_follow_up_key
from partnerdesk.store.repositories.context import Context
from partnerdesk.store.types import UTCDateTime

PARTNERS_PER_CHUNK = 500

# What belongs to a partner, read chunk by chunk: each table with how its rows find their
# partner (directly, or through the row that owns them) and the order they come in.
_PARTNER_TABLES = (
    "partner_tags",
    "people",
    "meetings",
    "meeting_attendees",
    "initiatives",
    "initiative_members",
    "initiative_pairings",
    "needs",
    "commitments",
    "commitment_events",
)
_THROUGH = {
    "meeting_attendees": ("meetings", "meeting_id"),
    "initiative_members": ("initiatives", "initiative_id"),
    "initiative_pairings": ("initiatives", "initiative_id"),
    "commitment_events": ("commitments", "commitment_id"),
}


@dataclass(frozen=True)
class ExportChunk:
    """Portable rows by table, and how many of the notebook's partners are read so far."""

    tables: Mapping[str, Sequence[PortableRow]]
    partners_done: int
    partners_total: int


class NotebookExport:
    """The notebook as portable rows (see `store.portable`), for the lossless export."""

    def __init__(self, context: Context) -> None:
        self._db = context.database

    def read(self, partners_per_chunk: int = PARTNERS_PER_CHUNK) -> Iterator[ExportChunk]:
        """Everything, Trash included: first the notebook-wide tables, then the partners.

        The first chunk has tags, our own people (those of no partner), offers, settings and
        follow-up marks; each later one has some partners with all that belongs to them.
        Every read is from the same snapshot, so edits made meanwhile do not tear it.
        """
        with self._snapshot() as connection:
            reader = _Reader(connection)
            partner_ids = reader.partner_ids()
            total = len(partner_ids)
            yield ExportChunk(reader.notebook_wide(), 0, total)
            for start in range(0, total, partners_per_chunk):
                chunk = partner_ids[start : start + partners_per_chunk]
                yield ExportChunk(reader.partners(chunk), start + len(chunk), total)

    def meeting_notes(
        self, partners_per_chunk: int = PARTNERS_PER_CHUNK
    ) -> Iterator[tuple[list[PartnerNotes], int, int]]:
        """Partners with their meetings (neither in the Trash), by name: (chunk, done, total).

        Partners without meetings are left out; attendees are given by name, in name order.
        """
        from partnerdesk.store.schema import MeetingAttendeeRow, MeetingRow, PartnerRow, PersonRow

        with self._snapshot() as connection:
            partners = connection.execute(
                select(PartnerRow.id, PartnerRow.uuid, PartnerRow.name)
                .where(
                    PartnerRow.deleted_at.is_(None),
                    select(MeetingRow.id)
                    .where(MeetingRow.partner_id == PartnerRow.id, MeetingRow.deleted_at.is_(None))
                    .exists(),
                )
                .order_by(PartnerRow.name, PartnerRow.id)
            ).all()
            total = len(partners)
            for start in range(0, total, partners_per_chunk):
                chunk = partners[start : start + partners_per_chunk]
                ids = [row.id for row in chunk]
                meetings = connection.execute(
                    select(MeetingRow.__table__)
                    .where(MeetingRow.partner_id.in_(ids), MeetingRow.deleted_at.is_(None))
                    .order_by(MeetingRow.starts_at, MeetingRow.id)
                ).all()
                names: dict[int, list[str]] = {}
                for meeting_id, name in connection.execute(
                    select(MeetingAttendeeRow.meeting_id, PersonRow.full_name)
                    .join(PersonRow, PersonRow.id == MeetingAttendeeRow.person_id)
                    .join(MeetingRow, MeetingRow.id == MeetingAttendeeRow.meeting_id)
                    .where(MeetingRow.partner_id.in_(ids), MeetingRow.deleted_at.is_(None))
                    .order_by(PersonRow.full_name, PersonRow.id)
                ):
                    names.setdefault(meeting_id, []).append(name)
                by_partner: dict[int, list[NotesMeeting]] = {}
                for row in meetings:
                    by_partner.setdefault(row.partner_id, []).append(
                        NotesMeeting(
                            uuid=row.uuid,
                            starts_at=row.starts_at,
                            duration_minutes=row.duration_minutes,
                            mode=row.mode,
                            location=row.location,
                            at_partner_premises=row.at_partner_premises,
                            title=row.title,
                            notes=row.notes,
                            follow_up_on=row.follow_up_on,
                            attendees=tuple(names.get(row.id, ())),
                        )
                    )
                notes = [
                    PartnerNotes(
                        uuid=row.uuid, name=row.name, meetings=tuple(by_partner.get(row.id, ()))
                    )
                    for row in chunk
                ]
                yield notes, start + len(chunk), total

    @contextmanager
    def _snapshot(self) -> Iterator[Connection]:
        with self._db.engine.connect() as connection:
            # Without it, each SELECT would see the notebook as it is at that moment.
            connection.exec_driver_sql("BEGIN")
            try:
                yield connection
            finally:
                connection.rollback()


class _Reader:
    """Reads rows and turns their ids into uuids, with the uuids of every table at hand."""

    def __init__(self, connection: Connection) -> None:
        from partnerdesk.store.schema import Base

        self._connection = connection
        self._tables = Base.metadata.tables
        self._uuids: dict[str, dict[int, str]] = {}

    def partner_ids(self) -> list[int]:
        table = self._tables["partners"]
        return list(self._connection.scalars(select(table.c.id).order_by(table.c.id)))

    def notebook_wide(self) -> dict[str, list[PortableRow]]:
        tags = self._table("tags")
        people = self._table("people")
        offers = self._table("offers")
        settings = self._table("settings")
        follow_ups = self._table("follow_up_states")
        marks = []
        for row in self._rows("follow_up_states", select(follow_ups)):
            key = translate_follow_up_key(row["key"], self._uuid_of_reference)
            if key is not None:  # a mark of a record purged since is of no use to anyone
                marks.append({**row, "key": key})
        return {
            "tags": self._rows("tags", select(tags).order_by(tags.c.name)),
            "people": self._rows(
                "people",
                select(people).where(people.c.partner_id.is_(None)).order_by(people.c.id),
            ),
            "offers": self._rows("offers", select(offers).order_by(offers.c.id)),
            "settings": self._rows("settings", select(settings).order_by(settings.c.key)),
            "follow_up_states": sorted(marks, key=lambda mark: str(mark["key"])),
        }

    def partners(self, partner_ids: Sequence[int]) -> dict[str, list[PortableRow]]:
        partners = self._table("partners")
        result = {
            "partners": self._rows(
                "partners",
                select(partners).where(partners.c.id.in_(partner_ids)).order_by(partners.c.id),
            )
        }
        for name in _PARTNER_TABLES:
            table = self._table(name)
            query = select(table)
            if name in _THROUGH:
                owner_name, column = _THROUGH[name]
                owner = self._table(owner_name)
                query = query.join(owner, owner.c.id == table.c[column]).where(
                    owner.c.partner_id.in_(partner_ids)
                )
            else:
                query = query.where(table.c.partner_id.in_(partner_ids))
            if name == "meetings":
                query = query.order_by(table.c.starts_at, table.c.id)
            elif "id" in table.c:
                query = query.order_by(table.c.id)
            result[name] = self._rows(name, query)
        return result

    # -- mechanics ---------------------------------------------------------------------------

    def _table(self, name: str) -> Table:
        return self._tables[name]

    def _rows(self, name: str, query: Select[Any]) -> list[PortableRow]:
        """The rows of `query` (a select of table `name`) as portable rows.

        Values are read as SQLite stores them and converted here, column by column: the
        same values SQLAlchemy's types give, at a third of the cost, which is most of an
        export's time at scale (tests compare the two on every table).
        """
        table = self._tables[name]
        wanted = [column for column in table.c if column.name != "id"]
        raw = query.with_only_columns(
            *(type_coerce(column, NullType()).label(column.name) for column in wanted),
            maintain_column_froms=True,
        )
        targets = references(name)
        converters: list[Callable[[Any], Any] | None] = [
            self._uuids_of(targets[column.name]).__getitem__
            if column.name in targets
            else _converter(column)
            for column in wanted
        ]
        found = self._fetch(raw)
        if not found:
            return []
        # Column by column: one tight loop per column instead of one per value.
        columns = [
            column if convert is None else [None if v is None else convert(v) for v in column]
            for column, convert in zip(zip(*found, strict=True), converters, strict=True)
        ]
        keys = [column.name for column in wanted]
        return [dict(zip(keys, values, strict=True)) for values in zip(*columns, strict=True)]

    def _fetch(self, query: Any) -> list[tuple[Any, ...]]:
        """The rows of `query` as the driver gives them: plain tuples, nothing made per row."""
        compiled = query.compile(
            dialect=self._connection.dialect, compile_kwargs={"render_postcompile": True}
        )
        parameters = [compiled.params[name] for name in compiled.positiontup or ()]
        cursor = self._connection.connection.cursor()
        try:
            rows: list[tuple[Any, ...]] = cursor.execute(str(compiled), parameters).fetchall()
        finally:
            cursor.close()
        return rows

    def _uuids_of(self, name: str) -> dict[int, str]:
        uuids = self._uuids.get(name)
        if uuids is None:
            table = self._tables[name]
            uuids = dict(self._connection.execute(select(table.c.id, table.c.uuid)).all())
            self._uuids[name] = uuids
        return uuids

    def _uuid_of_reference(self, table: str, reference: str) -> str | None:
        if not reference.isdigit():
            return None
        return self._uuids_of(table).get(int(reference))


def _converter(column: Column[Any]) -> Callable[[Any], Any] | None:
    """How a value SQLite stores for `column` becomes the value SQLAlchemy's type gives."""
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return _utc_datetime
    if isinstance(kind, DateTime):
        raise TypeError(f"{column} should be a UTCDateTime")
    if isinstance(kind, Date):
        return date.fromisoformat
    if isinstance(kind, Boolean):
        return bool
    if isinstance(kind, Enum) and kind.enum_class is not None:
        members: dict[str, Any] = {member.value: member for member in kind.enum_class}
        return members.__getitem__
    if isinstance(kind, JSON):
        return _json_value
    return None


def _json_value(stored: Any) -> Any:
    # A JSON column has numeric affinity in SQLite: a number comes back as a number.
    return json.loads(stored) if isinstance(stored, str) else stored


def _utc_datetime(text: str) -> datetime:
    # SQLite holds "2026-11-27 10:15:00.000000", naive and in UTC (see store.types). An
    # offset parsed is ten times cheaper than `replace(tzinfo=UTC)` afterwards.
    return datetime.fromisoformat(text + "+00:00")
