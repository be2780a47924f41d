"""Writing portable rows into a notebook: all or nothing, upserting by uuid, after a backup."""

import json
import uuid as uuid_module
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Connection,
    Date,
    DateTime,
    Enum,
    Table,
    bindparam,
    delete,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.exc import IntegrityError

from partnerdesk.domain.backups import BackupKind
from partnerdesk.domain.changes import Action, Change, Entity
from partnerdesk.domain.interchange import ImportFileError, Progress, no_progress
from partnerdesk.store.backups import BackupShelf
from partnerdesk.store.bulk import BATCH_ROWS
from partnerdesk.store.portable import (
    LINK_OWNERS,
    NATURAL_KEYS,
    OWNED_BY,
    TABLE_ORDER,
    PortableTables,
    references,
    translate_follow_up_key,
)
from partnerdesk.store.repositories.context import Context
from partnerdesk.store.types import UTCDateTime

# Ids per IN (...) list: well under SQLite's limit on bound variables.
IN_CHUNK = 5000

T = TypeVar("T")


@dataclass(frozen=True)
class UpsertCounts:
    """Rows created and updated, by table; link rows are not counted."""

    created: Mapping[str, int] = field(default_factory=dict)
    updated: Mapping[str, int] = field(default_factory=dict)


class NotebookImport:
    """Puts portable rows (see `store.portable`) into the notebook in one transaction.

    A row whose uuid the notebook already has updates that row, wherever it is (even in
    the Trash); any other row is added. Tags, settings and follow-up marks match by their
    name or key instead. Records the rows do not mention are left as they are.
    """

    def __init__(self, context: Context) -> None:
        self._context = context
        self._db = context.database

    def backup(self) -> Path:
        """A checked backup of the notebook as it is now, in its backups folder."""
        # Through the shelf, so that import backups are kept and pruned like every other.
        return BackupShelf(self._db.path, self._db.backups_dir).make(BackupKind.BEFORE_IMPORT).path

    def known_uuids(self, table: str, uuids: Iterable[str]) -> set[str]:
        """Those of `uuids` that some row of `table` has (live or in the Trash)."""
        from partnerdesk.store.schema import Base

        column = Base.metadata.tables[table].c.uuid
        found: set[str] = set()
        with self._db.engine.connect() as connection:
            for chunk in _chunks(sorted(set(uuids)), IN_CHUNK):
                found.update(connection.scalars(select(column).where(column.in_(chunk))))
        return found

    def apply(
        self, tables: PortableTables, *, dry_run: bool, progress: Progress = no_progress
    ) -> UpsertCounts:
        """Writes every row, or (dry run) counts what would be written; all or nothing.

        A real import first makes a backup (see `backup`), then holds the notebook's write
        lock from its first statement to its commit. `progress` may raise (ImportCancelled,
        for one) to stop: nothing is written then. After the commit the listener hears one
        `Change(Entity.NOTEBOOK, Action.UPDATED)`.
        """
        unknown = set(tables) - set(TABLE_ORDER)
        if unknown:
            raise ValueError(f"no portable table {sorted(unknown)}")
        total = sum(len(rows) for rows in tables.values())
        progress(0, total)
        if dry_run:
            with self._db.engine.connect() as connection:
                # One snapshot for every read, even while the notebook is being edited.
                connection.exec_driver_sql("BEGIN")
                counts = _Writer(connection, dry_run=True, progress=progress, total=total).run(
                    tables
                )
                connection.rollback()
            return counts
        self.backup()
        try:
            with self._db.engine.begin() as connection:
                # A write first, so the write lock is ours before anything is read.
                connection.execute(text("UPDATE settings SET key = key WHERE 1 = 0"))
                counts = _Writer(connection, dry_run=False, progress=progress, total=total).run(
                    tables
                )
        except IntegrityError as error:
            raise ImportFileError(
                "The file holds records that contradict each other or the notebook "
                f"({error.orig}); nothing was imported."
            ) from error
        self._context.notify(Change(Entity.NOTEBOOK, Action.UPDATED))
        return counts


class _Writer:
    """One import's work inside its transaction: resolve references, insert, update."""

    def __init__(
        self, connection: Connection, *, dry_run: bool, progress: Progress, total: int
    ) -> None:
        from partnerdesk.store.schema import Base

        self._connection = connection
        self._dry_run = dry_run
        self._progress = progress
        self._total = total
        self._done = 0
        self._tables = Base.metadata.tables
        # Per table: uuid (for tags: the import's own uuid) → id, for references.
        self._ids: dict[str, dict[str, int]] = {}
        # Per table: ids of rows that existed and were updated (their links are replaced).
        self._updated: dict[str, set[int]] = {}
        self._placeholders = 0
        self._created: Counter[str] = Counter()
        self._updated_counts: Counter[str] = Counter()

    def run(self, tables: PortableTables) -> UpsertCounts:
        for name in TABLE_ORDER:
            rows = tables.get(name, ())
            if name in LINK_OWNERS:
                self._links(name, rows)
            elif name in NATURAL_KEYS:
                self._keyed(name, rows)
            else:
                self._records(name, rows)
            if name == "people":
                self._partner_owners(tables.get("partners", ()))
        return UpsertCounts(created=dict(self._created), updated=dict(self._updated_counts))

    # -- kinds of table ----------------------------------------------------------------------

    def _records(self, name: str, rows: Sequence[Mapping[str, Any]]) -> None:
        """Rows with a uuid: updated where the notebook has that uuid, inserted elsewhere."""
        known = self._known(name)
        targets = references(name)
        deferred = {"owner_id"} if name == "partners" else set()
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        seen: set[str] = set()
        lookups = [
            (column, target, self._known(target))
            for column, target in targets.items()
            if column not in deferred
        ]
        for row in rows:
            values = dict(row)
            uuid = values["uuid"]
            if uuid in seen:
                raise ImportFileError(f"{name}: the uuid {uuid} is given twice.")
            seen.add(uuid)
            for column in deferred:
                values[column] = None
            for column, target, ids in lookups:
                reference = values.get(column)
                if reference is not None:
                    found = ids.get(reference)
                    values[column] = (
                        found if found is not None else self._resolve(target, reference, name)
                    )
            record_id = known.get(uuid)
            if record_id is None:
                inserts.append(values)
            else:
                values["b_id"] = record_id
                updates.append(values)
        if name in OWNED_BY:
            self._drop_unlisted(name, seen)
        self._write(name, inserts, updates)
        if self._dry_run:
            known.update({values["uuid"]: self._placeholder() for values in inserts})
        self._updated.setdefault(name, set()).update(values["b_id"] for values in updates)

    def _keyed(self, name: str, rows: Sequence[Mapping[str, Any]]) -> None:
        """Tags, settings and follow-up marks: matched by name or key, not by uuid."""
        table = self._tables[name]
        key_column = NATURAL_KEYS[name]
        by_key: dict[str, int] = dict(
            self._connection.execute(select(table.c[key_column], table.c.id)).all()
        )
        taken = set(self._connection.scalars(select(table.c.uuid)))
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        import_uuids: dict[str, str] = {}
        seen: set[str] = set()
        for row in rows:
            values = dict(row)
            if name == "follow_up_states":
                values["key"] = self._local_follow_up_key(values["key"])
            key = values[key_column]
            if key in seen:
                raise ImportFileError(f"{name}: {key!r} is given twice.")
            seen.add(key)
            import_uuids[values["uuid"]] = key
            record_id = by_key.get(key)
            if record_id is None:
                if values["uuid"] in taken:  # a uuid that another row has: this one gets anew
                    values["uuid"] = str(uuid_module.uuid4())
                taken.add(values["uuid"])
                inserts.append(values)
            else:
                del values["uuid"]  # the row keeps its own
                values["b_id"] = record_id
                updates.append(values)
        self._write(name, inserts, updates)
        if self._dry_run:
            by_key.update({values[key_column]: self._placeholder() for values in inserts})
        elif inserts:
            by_key = dict(self._connection.execute(select(table.c[key_column], table.c.id)).all())
        if name == "tags":
            # Partners name their tags by the import's uuids, whichever row each matched.
            known = self._known(name)
            known.update({uuid: by_key[key] for uuid, key in import_uuids.items()})

    def _links(self, name: str, rows: Sequence[Mapping[str, Any]]) -> None:
        """Link rows: an updated owner's links are replaced by the ones given."""
        table = self._tables[name]
        owner_column = LINK_OWNERS[name]
        targets = references(name)
        owners = self._updated.get(targets[owner_column], set())
        if owners and not self._dry_run:
            for owner_ids in _chunks(sorted(owners), IN_CHUNK):
                self._connection.execute(delete(table).where(table.c[owner_column].in_(owner_ids)))
        lookups = [(column, target, self._known(target)) for column, target in targets.items()]
        resolved = []
        for row in rows:
            values = dict(row)
            for column, target, ids in lookups:
                found = ids.get(values[column])
                values[column] = (
                    found if found is not None else self._resolve(target, values[column], name)
                )
            resolved.append(values)
        if not self._dry_run:
            for chunk in _chunks(resolved, BATCH_ROWS):
                self._insert(table, chunk)
                self._advance(len(chunk))
        else:
            self._advance(len(resolved))

    def _partner_owners(self, partners: Sequence[Mapping[str, Any]]) -> None:
        """Partners were written without owners, who may be among the people just written."""
        known = self._known("partners")
        now = datetime.now(UTC)
        updates = [
            {
                "b_id": known[row["uuid"]],
                "owner_id": self._resolve("people", owner, "partners"),
                # Given, or the column's on-update default would stamp the import's time.
                "updated_at": row.get("updated_at") or now,
            }
            for row in partners
            if (owner := row.get("owner_id")) is not None
        ]
        if updates and not self._dry_run:
            table = self._tables["partners"]
            statement = update(table).where(table.c.id == bindparam("b_id"))
            for chunk in _chunks(updates, BATCH_ROWS):
                self._connection.execute(statement, chunk)

    # -- mechanics ---------------------------------------------------------------------------

    def _write(
        self, name: str, inserts: list[dict[str, Any]], updates: list[dict[str, Any]]
    ) -> None:
        self._created[name] += len(inserts)
        self._updated_counts[name] += len(updates)
        if self._dry_run:
            self._advance(len(inserts) + len(updates))
            return
        table = self._tables[name]
        last_id = self._connection.scalar(select(func.max(table.c.id))) or 0
        for chunk in _chunks(inserts, BATCH_ROWS):
            self._insert(table, chunk)
            self._advance(len(chunk))
        for chunk in _chunks(updates, BATCH_ROWS):
            self._update(table, chunk)
            self._advance(len(chunk))
        if inserts and "uuid" in table.c and name not in NATURAL_KEYS:
            # New rows take ids above every id there was: the write lock is ours.
            self._known(name).update(
                self._connection.execute(
                    select(table.c.uuid, table.c.id).where(table.c.id > last_id)
                ).all()
            )

    def _insert(self, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
        """INSERTs the rows, with values turned into what SQLite stores by `_stored`.

        SQLAlchemy's own parameter processing would take most of an import's time at
        scale; tests check that what is written reads back as SQLAlchemy reads it.
        """
        columns = list(rows[0])
        if any(list(row) != columns for row in rows):  # rows of mixed shapes: the slow way
            self._connection.execute(insert(table), list(rows))
            return
        quote = self._connection.dialect.identifier_preparer.quote
        statement = (
            f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})"
        )
        self._execute_many(statement, table, rows, columns, [])

    def _update(self, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
        """UPDATEs each row by its id ("b_id"), values turned as for `_insert`."""
        columns = [column for column in rows[0] if column != "b_id"]
        if any(list(row) != [*columns, "b_id"] for row in rows):
            by_id = update(table).where(table.c.id == bindparam("b_id"))
            self._connection.execute(by_id, list(rows))
            return
        quote = self._connection.dialect.identifier_preparer.quote
        assignments = ", ".join(f"{quote(column)} = ?" for column in columns)
        statement = f"UPDATE {quote(table.name)} SET {assignments} WHERE id = ?"
        self._execute_many(statement, table, rows, columns, ["b_id"])

    def _execute_many(
        self,
        statement: str,
        table: Table,
        rows: Sequence[Mapping[str, Any]],
        columns: list[str],
        extra: list[str],
    ) -> None:
        converters = [_stored(table.c[column]) for column in columns] + [None] * len(extra)
        values = []
        for column, convert in zip([*columns, *extra], converters, strict=True):
            found = [row[column] for row in rows]
            if convert is not None:
                found = [None if value is None else convert(value) for value in found]
            values.append(found)
        cursor = self._connection.connection.cursor()
        try:
            cursor.executemany(statement, list(zip(*values, strict=True)))
        finally:
            cursor.close()

    def _drop_unlisted(self, name: str, listed: set[str]) -> None:
        """Removes an updated parent's rows of `name` that the import does not list."""
        column_name = OWNED_BY[name]
        parents = self._updated.get(references(name)[column_name], set())
        if not parents or self._dry_run:
            return
        table = self._tables[name]
        unlisted: list[int] = []
        for chunk in _chunks(sorted(parents), IN_CHUNK):
            query = select(table.c.id, table.c.uuid).where(table.c[column_name].in_(chunk))
            unlisted.extend(
                row_id for row_id, uuid in self._connection.execute(query) if uuid not in listed
            )
        for chunk in _chunks(unlisted, IN_CHUNK):
            self._connection.execute(delete(table).where(table.c.id.in_(chunk)))

    def _known(self, name: str) -> dict[str, int]:
        """uuid → id of the table's rows, read once and kept up to date by this import."""
        known = self._ids.get(name)
        if known is None:
            table = self._tables[name]
            known = dict(self._connection.execute(select(table.c.uuid, table.c.id)).all())
            self._ids[name] = known
        return known

    def _resolve(self, target: str, uuid: Any, name: str) -> int | None:
        if uuid is None:
            return None
        found = self._known(target).get(uuid)
        if found is None:
            raise ImportFileError(
                f"{name}: a row points to {target} {uuid}, which is neither in the file "
                "nor in the notebook."
            )
        return found

    def _local_follow_up_key(self, key: str) -> str:
        local = translate_follow_up_key(
            key, lambda table, uuid: self._resolve(table, uuid, "follow_up_states")
        )
        if local is None:
            raise ImportFileError(f"follow_up_states: {key!r} is not a follow-up key.")
        return local

    def _placeholder(self) -> int:
        """An id for a row a dry run would create: negative, so no real row has it."""
        self._placeholders -= 1
        return self._placeholders

    def _advance(self, count: int) -> None:
        self._done += count
        self._progress(self._done, self._total)


def _chunks(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _stored(column: Column[Any]) -> Callable[[Any], Any] | None:
    """How a value of `column` is stored by SQLite, as SQLAlchemy's types store it."""
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return _utc_text
    if isinstance(kind, DateTime):
        raise TypeError(f"{column} should be a UTCDateTime")
    if isinstance(kind, Date):
        return _date_text
    if isinstance(kind, Boolean):
        return int
    if isinstance(kind, Enum):
        return _enum_value
    if isinstance(kind, JSON):
        return json.dumps
    return None


def _utc_text(moment: datetime) -> str:
    # Naive UTC, "2026-11-27 10:15:00.000000", as store.types and SQLite's DATETIME keep it.
    if moment.tzinfo is None:
        raise ValueError("naive datetime given where UTC was expected")
    if moment.tzinfo is not UTC:
        moment = moment.astimezone(UTC)
    return moment.isoformat(sep=" ", timespec="microseconds")[:26]


def _date_text(day: date) -> str:
    return day.isoformat()


def _enum_value(value: Any) -> str:
    return str(value.value) if isinstance(value, StrEnum) else str(value)
