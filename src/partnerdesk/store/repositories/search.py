"""Full-text search over the FTS5 index: ranked hits with snippets, and index upkeep.

Each kind of record has its own FTS5 table (see `store.search_schema`). A query runs in
two steps per kind, both plain SQL against the index:

1. Rank: walk the matching rows newest first (FTS5 reads a doclist in rowid order and can
   stop early), keep the first CANDIDATES that belong to a live partner and fall within
   the dates asked for, and order those by weighted bm25. Ranking every match instead
   would cost bm25 for each of, say, 30,000 meetings that mention "capstone" (tens of
   milliseconds); ranking the newest 200 of them costs a millisecond, and for any word
   rarer than that the ranking is exact.
2. Describe: for the few hits kept, one query joins their rows and partners and asks FTS5
   for the highlighted title and a snippet. `snippet()` runs only for rows being shown,
   found by walking the same index between the lowest and highest id kept. Unranked (the
   newest first, while the user types), the kept rows are simply the newest of the kind's
   share, so one statement finds and describes them: every MATCH of a short prefix merges
   the doclists of all the words it begins, and that is paid once instead of twice.

The `limit` is shared fairly between the kinds that found something, and hits come back
grouped by kind in the order of `domain.search.SEARCHABLE`, best first within a kind.
"""

import sqlite3
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from partnerdesk.domain.agenda import local_day, local_start_utc
from partnerdesk.domain.changes import Entity
from partnerdesk.domain.search import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    SEARCHABLE,
    SearchHit,
    readable_snippet,
)
from partnerdesk.domain.search_query import match_expression
from partnerdesk.store.repositories.context import Context
from partnerdesk.store.search_schema import INDEXED_TABLES, IndexedTable, rebuild_statement

# How many of the newest matches of one kind are ranked by bm25: past a few hundred, the
# cost grows and nobody reads that far down a ranked list.
CANDIDATES = 200
ELLIPSIS = "…"
SNIPPET_TOKENS = 14
DESCRIPTION_TOKENS = 28

Progress = Callable[[int, int], bool | None]


class _Stopped(Exception):
    """Rolls a rebuild back when its progress callback asks to stop."""


@dataclass(frozen=True)
class _Kind:
    """How one kind of record is searched, ranked and described."""

    entity: Entity
    indexed: IndexedTable
    # bm25 weight of each indexed column, in the index's column order.
    weights: tuple[float, ...]
    # The row's column holding its partner's id (the partner's own id for partners).
    partner_column: str
    # The row's date column, for kinds that `since`/`until` narrow.
    date_column: str | None
    # Result columns after rowid, partner id, partner name and date, read by `_describe`.
    detail_columns: tuple[str, ...]


# FTS5 names its table (not an alias) in MATCH and in its functions; "{fts}" is filled in.
def _highlight(column: int) -> str:
    return f"highlight({{fts}}, {column}, :start, :end)"


def _snippet(column: int, tokens: int) -> str:
    return f"snippet({{fts}}, {column}, :start, :end, :ellipsis, {tokens})"


_BY_TABLE = {indexed.table: indexed for indexed in INDEXED_TABLES}

KINDS: dict[Entity, _Kind] = {
    Entity.PARTNER: _Kind(
        Entity.PARTNER,
        _BY_TABLE["partners"],
        weights=(10.0, 1.0),
        partner_column="t.id",
        date_column=None,
        detail_columns=(_highlight(0), _snippet(1, SNIPPET_TOKENS)),
    ),
    Entity.PERSON: _Kind(
        Entity.PERSON,
        _BY_TABLE["people"],
        weights=(10.0, 4.0, 4.0, 2.0, 1.0),
        partner_column="t.partner_id",
        date_column=None,
        detail_columns=(
            _highlight(0),
            _highlight(1),
            _highlight(3),
            _highlight(2),
            _snippet(4, SNIPPET_TOKENS),
        ),
    ),
    Entity.MEETING: _Kind(
        Entity.MEETING,
        _BY_TABLE["meetings"],
        weights=(4.0, 1.0),
        partner_column="t.partner_id",
        date_column="t.starts_at",
        detail_columns=(_highlight(0), _snippet(1, SNIPPET_TOKENS)),
    ),
    Entity.COMMITMENT: _Kind(
        Entity.COMMITMENT,
        _BY_TABLE["commitments"],
        weights=(1.0,),
        partner_column="t.partner_id",
        date_column="t.due_on",
        detail_columns=(_snippet(0, DESCRIPTION_TOKENS),),
    ),
    Entity.NEED: _Kind(
        Entity.NEED,
        _BY_TABLE["needs"],
        weights=(1.0,),
        partner_column="t.partner_id",
        date_column=None,
        detail_columns=(_snippet(0, DESCRIPTION_TOKENS),),
    ),
}


def _bm25(kind: _Kind) -> str:
    return f"bm25({kind.indexed.fts}, {', '.join(str(weight) for weight in kind.weights)})"


def _joins(kind: _Kind) -> str:
    table = kind.indexed.table
    if kind.entity is Entity.PARTNER:
        return "JOIN partners AS t ON t.id = f.rowid"
    # An inner join to a live partner: our own people (no partner) and everything of a
    # partner in the Trash stay out of the results.
    return (
        f"JOIN {table} AS t ON t.id = f.rowid "
        f"JOIN partners AS p ON p.id = {kind.partner_column} AND p.deleted_at IS NULL"
    )


def _partner_name(kind: _Kind) -> str:
    return "t.name" if kind.entity is Entity.PARTNER else "p.name"


def _date_condition(kind: _Kind, since: date | None, until: date | None) -> str:
    if kind.date_column is None or (since is None and until is None):
        return ""
    conditions = []
    if since is not None:
        conditions.append(f"{kind.date_column} >= :since_{kind.entity.value}")
    if until is not None:
        conditions.append(f"{kind.date_column} < :until_{kind.entity.value}")
    return " AND " + " AND ".join(conditions)


def _date_bounds(kind: _Kind, since: date | None, until: date | None) -> dict[str, str]:
    """Bounds as the file stores them: local midnights in UTC for meetings, days otherwise."""
    bounds: dict[str, str] = {}
    for name, day in (("since", since), ("until", until)):
        if day is None or kind.date_column is None:
            continue
        if name == "until":
            day = day + timedelta(days=1)  # `until` is the last day included
        if kind.entity is Entity.MEETING:
            moment = local_start_utc(day).astimezone(UTC).replace(tzinfo=None)
            bounds[f"{name}_{kind.entity.value}"] = moment.isoformat(" ", "microseconds")
        else:
            bounds[f"{name}_{kind.entity.value}"] = day.isoformat()
    return bounds


def _rank_sql(
    kind: _Kind, date_condition: str = "", *, filtered: bool = False, ranked: bool = True
) -> str:
    """Ranks the newest CANDIDATES matches of one kind by weighted bm25.

    Unfiltered, it reads the index alone: the fast path, and the bare FTS5 work of any
    search. Filtered, each candidate is first joined to its live partner (and checked
    against the dates), so the candidates are all rows that may be shown.

    Not `ranked`, the newest matches come first and bm25 is not computed: bm25 counts the
    documents holding each searched word (for a short prefix, nearly every one), which
    costs several times what finding the newest matches does.
    """
    fts = kind.indexed.fts
    joins = _joins(kind) if filtered and kind.entity is not Entity.PARTNER else ""
    if not ranked:
        return (
            f"SELECT f.rowid AS id, 0.0 AS score FROM {fts} AS f {joins} "
            f"WHERE {fts} MATCH :match{date_condition} ORDER BY f.rowid DESC LIMIT :limit"
        )
    return (
        f"SELECT id, score FROM ("
        f"SELECT f.rowid AS id, {_bm25(kind)} AS score FROM {fts} AS f {joins} "
        f"WHERE {fts} MATCH :match{date_condition} ORDER BY f.rowid DESC LIMIT :candidates"
        f") ORDER BY score, id DESC LIMIT :limit"
    )


def _described_columns(kind: _Kind) -> str:
    """Id, partner id, partner name, date, then the kind's highlighted details."""
    details = [column.format(fts=kind.indexed.fts) for column in kind.detail_columns]
    return ", ".join(
        ("f.rowid", kind.partner_column, _partner_name(kind), kind.date_column or "NULL", *details)
    )


def _describe_sql(kind: _Kind, ids: Sequence[int]) -> str:
    columns = _described_columns(kind)
    # The ids are integers read from the index a moment ago, never user text. `+` keeps
    # SQLite from looking each up with its own MATCH; the range walks the doclist once.
    listed = ", ".join(str(int(record_id)) for record_id in ids)
    return (
        f"SELECT {columns} FROM {kind.indexed.fts} AS f {_joins(kind)} "
        f"WHERE {kind.indexed.fts} MATCH :match AND f.rowid BETWEEN :lowest AND :highest "
        f"AND +f.rowid IN ({listed})"
    )


def _newest_described_sql(kind: _Kind, date_condition: str) -> str:
    """The newest `:limit` rows of one kind that may be shown, described (see `_describe_sql`)."""
    fts = kind.indexed.fts
    return (
        f"SELECT {_described_columns(kind)} FROM {fts} AS f {_joins(kind)} "
        f"WHERE {fts} MATCH :match{date_condition} ORDER BY f.rowid DESC LIMIT :limit"
    )


def _cursor(session: Session) -> sqlite3.Cursor:
    """A cursor on the session's own connection and transaction.

    Search statements are fixed SQL run several times per keystroke; SQLite's cursor
    skips the statement and result bookkeeping of SQLAlchemy that would cost about a
    millisecond of every search.
    """
    dbapi: Any = session.connection().connection.dbapi_connection
    cursor: sqlite3.Cursor = dbapi.cursor()
    return cursor


def _ranked(rows: Sequence[Any]) -> list[tuple[int, float]]:
    return [(int(row[0]), float(row[1])) for row in rows]


def _share(ranked: dict[Entity, list[tuple[int, float]]], limit: int) -> dict[Entity, int]:
    """How many hits each kind shows: turn by turn, best first, until `limit` is reached."""
    taken = dict.fromkeys(ranked, 0)
    remaining = limit
    while remaining > 0:
        progressed = False
        for entity, hits in ranked.items():
            if remaining > 0 and taken[entity] < len(hits):
                taken[entity] += 1
                remaining -= 1
                progressed = True
        if not progressed:
            break
    return taken


def _as_date(kind: _Kind, value: Any) -> date | None:
    if value is None:
        return None
    if kind.entity is Entity.MEETING:
        return local_day(datetime.fromisoformat(str(value)).replace(tzinfo=UTC))
    return date.fromisoformat(str(value))


def _joined(*pieces: str) -> str:
    return " · ".join(piece for piece in pieces if piece)


def _title_and_snippet(kind: _Kind, details: Sequence[str]) -> tuple[str, str]:
    texts = [str(value or "") for value in details]
    if kind.entity is Entity.PERSON:
        name, job_title, role, email, notes = texts
        notes_part = readable_snippet(notes) if HIGHLIGHT_START in notes else ""
        return name, _joined(job_title, role, email, notes_part)
    if kind.entity in (Entity.COMMITMENT, Entity.NEED):
        return texts[0], ""
    # A partner's summary and a meeting's notes are Markdown.
    return texts[0], readable_snippet(texts[1])


class SearchQueries:
    """`store.search`: the global search, and the upkeep of its index."""

    def __init__(self, context: Context) -> None:
        self._db = context.database

    def query(
        self,
        text: str,
        *,
        kinds: Collection[str] | None = None,
        since: date | None = None,
        until: date | None = None,
        limit: int = 50,
        ranked: bool = True,
    ) -> list[SearchHit]:
        """Records matching what the user typed, grouped by kind, best first in each.

        `text` is anything typed (see `domain.search_query`): it never raises, and text
        with nothing searchable finds nothing. `kinds` (Entity values) narrows the kinds
        searched; `since`/`until` (days, both included) narrow meetings and commitments
        by their date, leaving the kinds without a date as they are. At most `limit` hits
        come back, shared between the kinds that found something. Not `ranked`, the
        newest come first in each kind, for a fraction of the cost (see `_rank_sql`): for
        results that follow each keystroke until typing pauses.
        """
        match = match_expression(text)
        if match is None or limit <= 0:
            return []
        chosen = self._kinds(kinds)
        with self._db.session() as session:
            cursor = _cursor(session)
            found: dict[Entity, list[tuple[int, float]]] = {}
            for kind in chosen:
                condition = _date_condition(kind, since, until)
                params = {"match": match, "candidates": CANDIDATES, "limit": limit}
                params.update(_date_bounds(kind, since, until))
                # With dates to check, only rows within them may be candidates; without,
                # the index alone ranks, and rows of a partner in the Trash (or our own
                # people, who have no partner) are weeded out when described.
                sql = _rank_sql(kind, condition, filtered=bool(condition), ranked=ranked)
                ranked_ids = _ranked(cursor.execute(sql, params).fetchall())
                if ranked_ids:
                    found[kind.entity] = ranked_ids
            shares = _share(found, limit)
            hits: list[SearchHit] = []
            for kind in chosen:
                kept = found.get(kind.entity, [])[: shares.get(kind.entity, 0)]
                if not kept:
                    continue
                if not ranked:
                    hits.extend(self._describe_newest(cursor, kind, match, len(kept), since, until))
                    continue
                described = self._describe(cursor, kind, match, kept)
                if len(described) < len(kept):
                    # Some candidates may not be shown: rank again among rows that may.
                    condition = _date_condition(kind, since, until)
                    params = {"match": match, "candidates": CANDIDATES, "limit": len(kept)}
                    params.update(_date_bounds(kind, since, until))
                    sql = _rank_sql(kind, condition, filtered=True)
                    kept = _ranked(cursor.execute(sql, params).fetchall())
                    described = self._describe(cursor, kind, match, kept) if kept else []
                hits.extend(described)
            return hits

    def raw_match(self, match_expression: str, limit: int = 50, *, ranked: bool = True) -> int:
        """The bare FTS5 work of a search, as a baseline: how many rows it found.

        For each kind, the same MATCH and the same bm25 ranking of the newest candidates
        as `query` (the very statement of its fast path), but no snippets, no joins to the
        records and partners, no records built: only the index. `match_expression` is
        FTS5 syntax as it stands.
        """
        total = 0
        with self._db.session() as session:
            cursor = _cursor(session)
            for kind in KINDS.values():
                params = {"match": match_expression, "candidates": CANDIDATES, "limit": limit}
                total += len(cursor.execute(_rank_sql(kind, ranked=ranked), params).fetchall())
        return total

    def rebuild(self, progress: Progress | None = None) -> bool:
        """Re-reads every live record into the index, in one transaction.

        `progress(done, total)` is called after each kind; if it returns False the rebuild
        stops, the index is left as it was, and False is returned.
        """
        total = len(INDEXED_TABLES)
        try:
            with self._db.session() as session:
                connection = session.connection()
                for done, indexed in enumerate(INDEXED_TABLES, start=1):
                    connection.exec_driver_sql(rebuild_statement(indexed))
                    if progress is not None and progress(done, total) is False:
                        raise _Stopped
        except _Stopped:
            return False
        return True

    def integrity_problems(self) -> list[str]:
        """FTS5's own check of each index against the live rows; empty when all agree."""
        problems: list[str] = []
        for indexed in INDEXED_TABLES:
            fts = indexed.fts
            try:
                with self._db.engine.connect() as connection:
                    connection.exec_driver_sql(
                        f"INSERT INTO {fts} ({fts}, rank) VALUES ('integrity-check', 1)"
                    )
                    connection.rollback()
            except DatabaseError:
                problems.append(
                    f"the search index of {indexed.table} does not match them "
                    "(rebuild the search index)"
                )
        return problems

    # -- inside ---------------------------------------------------------------------------

    @staticmethod
    def _kinds(kinds: Collection[str] | None) -> list[_Kind]:
        if kinds is None:
            return list(KINDS.values())
        wanted = {Entity(kind) for kind in kinds}
        unknown = wanted - set(SEARCHABLE)
        if unknown:
            raise ValueError(f"cannot search {sorted(unknown)}: not in the search index")
        return [KINDS[entity] for entity in SEARCHABLE if entity in wanted]

    @staticmethod
    def _describe(
        cursor: sqlite3.Cursor, kind: _Kind, match: str, kept: list[tuple[int, float]]
    ) -> list[SearchHit]:
        ids = [record_id for record_id, _score in kept]
        params = {
            "match": match,
            "lowest": min(ids),
            "highest": max(ids),
            "start": HIGHLIGHT_START,
            "end": HIGHLIGHT_END,
            "ellipsis": ELLIPSIS,
        }
        rows = {
            int(row[0]): row for row in cursor.execute(_describe_sql(kind, ids), params).fetchall()
        }
        return [
            _hit(kind, rows[record_id], score) for record_id, score in kept if record_id in rows
        ]

    @staticmethod
    def _describe_newest(
        cursor: sqlite3.Cursor,
        kind: _Kind,
        match: str,
        limit: int,
        since: date | None,
        until: date | None,
    ) -> list[SearchHit]:
        """The newest `limit` rows of the kind that may be shown, described."""
        params: dict[str, object] = {
            "match": match,
            "limit": limit,
            "start": HIGHLIGHT_START,
            "end": HIGHLIGHT_END,
            "ellipsis": ELLIPSIS,
        }
        params.update(_date_bounds(kind, since, until))
        sql = _newest_described_sql(kind, _date_condition(kind, since, until))
        return [_hit(kind, row, 0.0) for row in cursor.execute(sql, params).fetchall()]


def _hit(kind: _Kind, row: Sequence[Any], score: float) -> SearchHit:
    """A described row (id, partner id, partner name, date, details) as a hit."""
    title, snippet = _title_and_snippet(kind, row[4:])
    return SearchHit(
        kind=kind.entity,
        id=int(row[0]),
        partner_id=int(row[1]),
        partner_name=str(row[2]),
        title=title,
        snippet=snippet,
        date=_as_date(kind, row[3]),
        rank=score,
    )
