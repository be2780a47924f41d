"""Opening a notebook file: checks first, then pragmas, migrations and the session factory."""

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from partnerdesk.domain.errors import (
    NotANotebook,
    NotebookCorrupt,
    NotebookNotFound,
    NotebookTooNew,
    StorageError,
)
from partnerdesk.store.backup import backup_name, make_backup
from partnerdesk.store.migrations import HEAD_REVISION, KNOWN_REVISIONS

# "PDNB" in the SQLite header marks the file as a PartnerDesk notebook.
APPLICATION_ID = 0x50444E42
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


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
    """Looks at a file without changing a byte of it; raises if it is not a usable notebook."""
    if not path.exists():
        raise NotebookNotFound(f"There is no notebook at {path}.")
    if path.is_dir():
        raise NotANotebook(f"{path} is a folder, not a PartnerDesk notebook.")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise StorageError(f"Cannot read {path}: {error.strerror}.") from error
    if header != SQLITE_HEADER:
        raise NotANotebook(f"{path.name} is not a PartnerDesk notebook (not an SQLite file).")
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
        raise NotebookCorrupt(
            f"{path.name} is damaged and cannot be opened ({error}). "
            "It was left as it is; restore a backup instead."
        ) from error
    if application_id != APPLICATION_ID or revision is None:
        raise NotANotebook(
            f"{path.name} is an SQLite database, but not a PartnerDesk notebook. "
            "It was left as it is."
        )
    if revision not in KNOWN_REVISIONS:
        raise NotebookTooNew(
            f"{path.name} was written by a newer version of PartnerDesk "
            f"(schema {revision}). Update PartnerDesk to open it; the file was left as it is."
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

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
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
                raise NotebookNotFound(f"There is no notebook at {path}.")
            return cls._create(path)
        state = inspect_notebook(path)
        _tighten_permissions(path)
        if not state.is_current:
            make_backup(path, backups_dir / backup_name(path, f"before-migration-{state.revision}"))
            _migrate(path)
        return cls(path, _make_engine(path))

    @classmethod
    def _create(cls, path: Path) -> "Database":
        from partnerdesk.store import migrate
        from partnerdesk.store.schema import Base

        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except OSError as error:
            raise StorageError(f"Cannot create {path}: {error.strerror}.") from error
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
        return cls(path, engine)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back if it raises."""
        with self._sessions() as session, session.begin():
            yield session

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

    # Foreign keys must be off while tables are rebuilt, or rebuilding a parent table
    # would cascade deletes into its children; they are checked once the migration is done.
    engine = create_engine(f"sqlite+pysqlite:///{path}")
    try:
        with engine.connect() as connection:
            connection.execute(text("PRAGMA foreign_keys=OFF"))
            connection.commit()
            with connection.begin():
                migrate.upgrade_to_head(connection)
            broken = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
            if broken:
                raise NotebookCorrupt(
                    f"{path.name} has {len(broken)} broken links after upgrading; "
                    "restore the backup made before the upgrade."
                )
    finally:
        engine.dispose()


def _tighten_permissions(path: Path) -> None:
    try:
        if path.stat().st_mode & 0o077:
            path.chmod(0o600)
    except OSError:
        pass  # a notebook on a file system without Unix permissions still opens
