"""Opening a notebook file: checks first, then pragmas, migrations and the session factory."""

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from partnerdesk.domain.errors import (
    NotANotebook,
    NotebookCorrupt,
    NotebookNotFound,
    NotebookTooNew,
    StorageError,
)
from partnerdesk.domain.text import QT_TRANSLATE_NOOP
from partnerdesk.store.backup import backup_name, make_backup
from partnerdesk.store.migrations import HEAD_REVISION, KNOWN_REVISIONS

# "PDNB" in the SQLite header marks the file as a PartnerDesk notebook.
APPLICATION_ID = 0x50444E42
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
# The read-only look at a file found a hot rollback journal (sqlite3 has no name for it).
SQLITE_READONLY_ROLLBACK = 776


@dataclass
class StatementLog:
    """The SQL statements run inside a `Database.statement_counter()` block, in order."""

    statements: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.statements)


@dataclass(frozen=True)
class FileState:
    """What a read-only look at an existing file found."""

    revision: str | None

    @property
    def is_current(self) -> bool:
        return self.revision == HEAD_REVISION


def inspect_notebook(path: Path) -> FileState:
    """Looks at a file without changing a byte of it; raises if it is not a usable notebook.

    The one change it may make is SQLite's own: undoing a write that a crash cut short.
    """
    if not path.exists():
        raise NotebookNotFound(
            QT_TRANSLATE_NOOP("Errors", "There is no notebook at {path}."), path=path
        )
    if path.is_dir():
        raise NotANotebook(
            QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a PartnerDesk notebook."),
            path=path,
        )
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "Cannot read {path}: {reason}."),
            path=path,
            reason=error.strerror,
        ) from error
    if header != SQLITE_HEADER:
        raise NotANotebook(
            QT_TRANSLATE_NOOP(
                "Errors", "{name} is not a PartnerDesk notebook (not an SQLite file)."
            ),
            name=path.name,
        )
    try:
        return _inspect_sqlite_file(path)
    except _InterruptedWrite:
        _undo_interrupted_write(path)
    try:
        return _inspect_sqlite_file(path)
    except _InterruptedWrite as error:
        raise _damaged(path, error.__cause__ or error) from error


class _InterruptedWrite(Exception):
    """The file has a hot rollback journal, which a read-only look cannot undo."""


def _undo_interrupted_write(path: Path) -> None:
    """Lets SQLite undo a write cut short (a crash during a migration, say), as it does on
    any read-write open: the file is then what it was before that write."""
    try:
        connection = sqlite3.connect(path)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        pass  # the second look says what is wrong with the file


def _damaged(path: Path, error: BaseException) -> NotebookCorrupt:
    return NotebookCorrupt(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{name} is damaged and cannot be opened ({reason}). "
            "It was left as it is; restore a backup instead.",
        ),
        name=path.name,
        reason=error,
    )


def _inspect_sqlite_file(path: Path) -> FileState:
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            has_version_table = connection.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            revision = None
            if has_version_table:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        if getattr(error, "sqlite_errorcode", None) == SQLITE_READONLY_ROLLBACK:
            raise _InterruptedWrite() from error
        raise _damaged(path, error) from error
    if application_id != APPLICATION_ID or revision is None:
        raise NotANotebook(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} is an SQLite database, but not a PartnerDesk notebook. "
                "It was left as it is.",
            ),
            name=path.name,
        )
    if revision not in KNOWN_REVISIONS:
        raise NotebookTooNew(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} was written by a newer version of PartnerDesk (schema {revision}). "
                "Update PartnerDesk to open it; the file was left as it is.",
            ),
            name=path.name,
            revision=revision,
        )
    return FileState(revision=revision)


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def _make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite+pysqlite:///{path}")
    event.listen(engine, "connect", _set_pragmas)
    return engine


class Database:
    """An open notebook: an engine with the safety pragmas, and sessions on it."""

    def __init__(self, path: Path, engine: Engine, backups_dir: Path | None = None) -> None:
        self.path = path
        self.engine = engine
        # Where backups of this notebook go (before a migration or an import).
        self.backups_dir = backups_dir if backups_dir is not None else path.parent / "backups"
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, path: Path, backups_dir: Path, *, create: bool = True) -> "Database":
        """Opens (creating or migrating as needed) the notebook at `path`.

        A notebook that is behind is backed up into `backups_dir` and the backup checked
        before the migration runs.
        """
        path = Path(path)
        if not path.exists():
            if not create:
                raise NotebookNotFound(
                    QT_TRANSLATE_NOOP("Errors", "There is no notebook at {path}."), path=path
                )
            return cls._create(path, backups_dir)
        state = inspect_notebook(path)
        _tighten_permissions(path)
        if not state.is_current:
            make_backup(path, backups_dir / backup_name(path, f"before-migration-{state.revision}"))
            _migrate(path)
        return cls(path, _make_engine(path), backups_dir)

    @classmethod
    def _create(cls, path: Path, backups_dir: Path | None = None) -> "Database":
        from partnerdesk.store import migrate
        from partnerdesk.store.schema import Base

        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except OSError as error:
            raise StorageError(
                QT_TRANSLATE_NOOP("Errors", "Cannot create {path}: {reason}."),
                path=path,
                reason=error.strerror,
            ) from error
        os.close(fd)
        engine = _make_engine(path)
        try:
            with engine.begin() as connection:
                connection.execute(text(f"PRAGMA application_id={APPLICATION_ID}"))
                Base.metadata.create_all(connection)
                migrate.stamp_head(connection)
        except Exception:
            engine.dispose()
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            raise
        return cls(path, engine, backups_dir)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back if it raises.

        A write the disk refuses (full, read-only, failing) raises a StorageError that
        says so; nothing of the unit is stored, and the next unit may succeed.
        """
        try:
            with self._sessions() as session, session.begin():
                yield session
        except DBAPIError as error:
            refusal = _storage_refusal(self.path, error)
            if refusal is None:
                raise
            if not refusal.disk_full:
                # A connection that met a read-only or failing file stays that way, even
                # once the file is writable again: the next unit opens fresh ones.
                self.engine.dispose()
                _repair_companion_permissions(self.path)
            raise refusal from error

    @contextmanager
    def statement_counter(self) -> Iterator[StatementLog]:
        """Logs every SQL statement sent to the notebook inside the block.

        For tests that keep the number of queries a screen issues bounded, whatever the
        size of the notebook (no query per row).
        """
        log = StatementLog()

        def record(*args: Any) -> None:
            log.statements.append(str(args[2]))  # (connection, cursor, statement, ...)

        event.listen(self.engine, "before_cursor_execute", record)
        try:
            yield log
        finally:
            event.remove(self.engine, "before_cursor_execute", record)

    def integrity_problems(self) -> list[str]:
        """SQLite's integrity and foreign-key checks; an empty list means the file is sound."""
        problems: list[str] = []
        with self.engine.connect() as connection:
            results = [row[0] for row in connection.execute(text("PRAGMA integrity_check"))]
            if results != ["ok"]:
                problems.extend(str(result) for result in results)
            for table, rowid, parent, _fkid in connection.execute(text("PRAGMA foreign_key_check")):
                problems.append(f"{table} row {rowid} points to a missing {parent} row")
        return problems

    def close(self) -> None:
        self.engine.dispose()


def _migrate(path: Path) -> None:
    from partnerdesk.store import migrate

    engine = create_engine(f"sqlite+pysqlite:///{path}")
    # pysqlite opens a transaction only before INSERT, UPDATE or DELETE and runs DDL
    # outside any: a migration killed midway left new tables in an old-revision notebook,
    # which could then never be upgraded. Here SQLAlchemy's transaction is the SQLite
    # one, so the whole upgrade is stored or none of it.
    event.listen(engine, "connect", _transactions_by_sqlalchemy)
    event.listen(engine, "begin", _begin_for_writing)
    try:
        with engine.connect() as connection:
            with connection.begin():
                migrate.upgrade_to_head(connection)
            broken = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
            if broken:
                raise NotebookCorrupt(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{name} has {count} broken links after upgrading; "
                        "restore the backup made before the upgrade.",
                    ),
                    name=path.name,
                    count=len(broken),
                )
    finally:
        engine.dispose()


def _transactions_by_sqlalchemy(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # pysqlite begins nothing by itself
    # Foreign keys must be off while tables are rebuilt, or rebuilding a parent table
    # would cascade deletes into its children; they are checked once the migration is
    # done. (Outside a transaction: inside one the pragma does nothing.)
    dbapi_connection.execute("PRAGMA foreign_keys=OFF")


def _begin_for_writing(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def _tighten_permissions(path: Path) -> None:
    try:
        if path.stat().st_mode & 0o077:
            path.chmod(0o600)
    except OSError:
        pass  # a notebook on a file system without Unix permissions still opens
    _repair_companion_permissions(path)


class _StorageRefusal(StorageError):
    def __init__(self, message: str, *, disk_full: bool = False) -> None:
        super().__init__(message)
        self.disk_full = disk_full


def _storage_refusal(path: Path, error: DBAPIError) -> _StorageRefusal | None:
    """The StorageError for an SQLite error that comes from the disk, else None."""
    code = getattr(error.orig, "sqlite_errorcode", None)
    if not isinstance(code, int):
        return None
    primary = code & 0xFF
    detail = str(error.orig)
    if primary == sqlite3.SQLITE_FULL:
        return _StorageRefusal(
            f"The disk holding {path.name} is full; free some space to save.", disk_full=True
        )
    if primary == sqlite3.SQLITE_READONLY:
        return _StorageRefusal(f"{path.name} is read-only; make it writable to save.")
    if primary in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM):
        return _StorageRefusal(f"{path.name} could not be written ({detail}).")
    return None


def _repair_companion_permissions(path: Path) -> None:
    """Gives the -wal and -shm files the notebook's own 0600 when it is writable.

    SQLite creates them with the notebook's permissions: after a session that found the
    notebook read-only (0400) they stay read-only once it is writable again, and would
    then keep every later session from saving; made from a 0644 notebook, they are 0644.
    """
    try:
        if not path.stat().st_mode & 0o200:
            return
        for suffix in ("-wal", "-shm"):
            companion = Path(f"{path}{suffix}")
            mode = companion.stat().st_mode if companion.exists() else 0o600
            if mode & 0o077 or not mode & 0o200:
                companion.chmod(0o600)
    except OSError:
        pass  # someone else's file, or no Unix permissions: SQLite will say what it can't do
