"""The shared mechanics of a repository: sessions, row-to-record mapping, Trash, change reports."""

import dataclasses
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any, ClassVar, Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from partnerdesk.domain.changes import Action, Change, Entity
from partnerdesk.domain.errors import NotFound
from partnerdesk.domain.models import Record, TrashItem
from partnerdesk.domain.text import QT_TRANSLATE_NOOP, Phrase
from partnerdesk.domain.validation import check_storable
from partnerdesk.store.repositories.context import Context
from partnerdesk.store.schema import Base

RecordT = TypeVar("RecordT", bound=Record)
RowT = TypeVar("RowT", bound=Base)

IDENTITY_FIELDS = frozenset({"id", "uuid", "created_at", "updated_at", "deleted_at"})
# What the "not found" messages call each kind of record, marked for translation.
ENTITY_NOUNS = (
    QT_TRANSLATE_NOOP("Entity", "partner"),
    QT_TRANSLATE_NOOP("Entity", "person"),
    QT_TRANSLATE_NOOP("Entity", "meeting"),
    QT_TRANSLATE_NOOP("Entity", "commitment"),
    QT_TRANSLATE_NOOP("Entity", "need"),
    QT_TRANSLATE_NOOP("Entity", "offer"),
    QT_TRANSLATE_NOOP("Entity", "initiative"),
)


class RecordRepository(Generic[RecordT, RowT]):
    """Add, read, update, delete to Trash, restore and purge one kind of record.

    Fields with the same name on the record and the row are copied either way; a subclass
    names the others in `special_fields` and maps them in `_read_special`/`_write_special`.
    """

    record_type: ClassVar[type[Any]]
    row_type: ClassVar[type[Any]]
    entity: ClassVar[Entity]
    label_field: ClassVar[str] = "name"
    special_fields: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, context: Context) -> None:
        self._context = context
        self._db = context.database
        names = {field.name for field in dataclasses.fields(self.record_type)}
        self._plain_fields = sorted(names - IDENTITY_FIELDS - self.special_fields)
        self._deletable = hasattr(self.row_type, "deleted_at")

    # -- reading -------------------------------------------------------------------------

    def get(self, record_id: int) -> RecordT:
        with self._db.session() as session:
            return self._to_record(self._live_row(session, record_id))

    def get_many(self, record_ids: Iterable[int]) -> list[RecordT]:
        ids = list(record_ids)
        with self._db.session() as session:
            rows = session.scalars(self._live().where(self.row_type.id.in_(ids))).all()
            return [self._to_record(row) for row in rows]

    def count(self) -> int:
        from sqlalchemy import func

        with self._db.session() as session:
            query = select(func.count()).select_from(self.row_type)
            if self._deletable:
                query = query.where(self.row_type.deleted_at.is_(None))
            return int(session.scalar(query) or 0)

    # -- writing -------------------------------------------------------------------------

    def add(self, record: RecordT) -> RecordT:
        record = self._validate(record)
        _refuse_unstorable_text(record)
        with self._db.session() as session:
            row = self.row_type()
            if record.uuid:
                row.uuid = record.uuid
            self._write(session, row, record)
            session.add(row)
            session.flush()
            self._after_add(session, row, record)
            stored: RecordT = self._to_record(row)
        self._report(Action.CREATED, [stored])
        return stored

    def update(self, record: RecordT) -> RecordT:
        record = self._validate(record)
        _refuse_unstorable_text(record)
        with self._db.session() as session:
            row = self._live_row(session, record.id)
            before = self._to_record(row)
            self._write(session, row, record)
            session.flush()
            self._after_update(session, row, before, record)
            stored: RecordT = self._to_record(row)
        self._report(Action.UPDATED, [before, stored])
        return stored

    def delete(self, record_id: int) -> None:
        """Moves the record to the Trash, from where `restore` brings it back."""
        with self._db.session() as session:
            row = self._live_row(session, record_id)
            row.deleted_at = datetime.now(UTC)
            record: RecordT = self._to_record(row)
        self._report(Action.DELETED, [record])

    def restore(self, record_id: int) -> RecordT:
        with self._db.session() as session:
            row = session.get(self.row_type, record_id)
            if row is None or row.deleted_at is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Errors", "There is no {what} {id} in the Trash."),
                    what=Phrase("Entity", self.entity.value),
                    id=record_id,
                )
            row.deleted_at = None
            record: RecordT = self._to_record(row)
        self._report(Action.RESTORED, [record])
        return record

    def purge(self, record_id: int) -> None:
        """Deletes for good a record that is in the Trash."""
        with self._db.session() as session:
            row = session.get(self.row_type, record_id)
            if row is None or row.deleted_at is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Errors", "There is no {what} {id} in the Trash."),
                    what=Phrase("Entity", self.entity.value),
                    id=record_id,
                )
            record: RecordT = self._to_record(row)
            session.delete(row)
        self._report(Action.PURGED, [record])

    def trash(self) -> list[TrashItem]:
        with self._db.session() as session:
            rows = session.scalars(
                select(self.row_type)
                .where(self.row_type.deleted_at.is_not(None))
                .order_by(self.row_type.deleted_at.desc())
            ).all()
            return [
                TrashItem(
                    kind=self.entity.value,
                    id=row.id,
                    label=str(getattr(row, self.label_field)),
                    deleted_at=row.deleted_at,
                )
                for row in rows
            ]

    # -- hooks for subclasses -------------------------------------------------------------

    def _validate(self, record: RecordT) -> RecordT:
        return record

    def _read_special(self, row: Any) -> dict[str, Any]:
        return {}

    def _write_special(self, session: Session, row: Any, record: RecordT) -> None:
        return None

    def _after_add(self, session: Session, row: Any, record: RecordT) -> None:
        return None

    def _after_update(self, session: Session, row: Any, before: RecordT, after: RecordT) -> None:
        return None

    # -- mechanics -----------------------------------------------------------------------

    def _live(self) -> Any:
        query = select(self.row_type)
        if self._deletable:
            query = query.where(self.row_type.deleted_at.is_(None))
        return query

    def _live_row(self, session: Session, record_id: int) -> Any:
        row = session.get(self.row_type, record_id)
        if row is None or (self._deletable and row.deleted_at is not None):
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "There is no {what} with id {id}."),
                what=Phrase("Entity", self.entity.value),
                id=record_id,
            )
        return row

    def _write(self, session: Session, row: Any, record: RecordT) -> None:
        for name in self._plain_fields:
            setattr(row, name, getattr(record, name))
        self._write_special(session, row, record)

    def _to_record(self, row: Any) -> RecordT:
        values = {name: getattr(row, name) for name in self._plain_fields}
        values.update(self._read_special(row))
        values.update(
            id=row.id, uuid=row.uuid, created_at=row.created_at, updated_at=row.updated_at
        )
        if self._deletable:
            values["deleted_at"] = row.deleted_at
        record: RecordT = self.record_type(**values)
        return record

    def _rows_to_records(self, rows: Sequence[Any]) -> list[RecordT]:
        return [self._to_record(row) for row in rows]

    def _report(self, action: Action, records: Sequence[RecordT]) -> None:
        partner_ids = frozenset(
            pid for record in records if (pid := getattr(record, "partner_id", None)) is not None
        )
        if self.entity is Entity.PARTNER:
            partner_ids = frozenset(record.id for record in records)
        self._context.notify(
            Change(
                entity=self.entity,
                action=action,
                ids=frozenset(record.id for record in records),
                partner_ids=partner_ids,
            )
        )


def _refuse_unstorable_text(value: Any, what: str = "text") -> None:
    """Every text field of a record (members and tags included) must be storable as it is:
    a ValidationError names the first that is not, before anything is written."""
    if isinstance(value, str):
        check_storable(value, what)
    elif isinstance(value, tuple):
        for item in value:
            _refuse_unstorable_text(item, what)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            _refuse_unstorable_text(getattr(value, field.name), field.name.replace("_", " "))
