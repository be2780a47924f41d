"""Preferences that belong with the data, such as e-mail templates and thresholds."""

from typing import Any

from sqlalchemy import select

from partnerdesk.domain.changes import Action, Change, Entity
from partnerdesk.domain.validation import check_storable
from partnerdesk.store.repositories.context import Context
from partnerdesk.store.schema import SettingRow


class SettingRepository:
    def __init__(self, context: Context) -> None:
        self._context = context
        self._db = context.database

    def get(self, key: str, default: Any = None) -> Any:
        with self._db.session() as session:
            row = session.scalar(select(SettingRow).where(SettingRow.key == key))
            return default if row is None else row.value

    def set(self, key: str, value: Any) -> None:
        """Stores a JSON value; text in it that could not come back exactly is refused."""
        _refuse_unstorable(value)
        with self._db.session() as session:
            row = session.scalar(select(SettingRow).where(SettingRow.key == key))
            if row is None:
                session.add(SettingRow(key=key, value=value))
            else:
                row.value = value
        self._context.notify(Change(Entity.SETTING, Action.UPDATED))

    def all(self) -> dict[str, Any]:
        with self._db.session() as session:
            return {row.key: row.value for row in session.scalars(select(SettingRow))}


def _refuse_unstorable(value: Any) -> None:
    # JSON would keep a NUL, and join two halves of a surrogate pair into one character.
    if isinstance(value, str):
        check_storable(value, "setting")
    elif isinstance(value, dict):
        for key, item in value.items():
            _refuse_unstorable(key)
            _refuse_unstorable(item)
    elif isinstance(value, list | tuple):
        for item in value:
            _refuse_unstorable(item)
