"""The user's e-mail templates, kept in the notebook's settings, with defaults for the rest."""

from typing import Any

from sqlalchemy import select

from partnerdesk.domain.changes import Action, Change, Entity
from partnerdesk.domain.email_drafts import (
    DraftKind,
    EmailTemplate,
    default_template,
    validate_email_template,
)
from partnerdesk.domain.validation import check_storable
from partnerdesk.store.repositories.context import Context
from partnerdesk.store.schema import SettingRow

TEMPLATES_KEY = "email_templates"


def _stored_template(kind: DraftKind, value: Any) -> EmailTemplate | None:
    """The stored template of a kind, or None if there is none or it is not well formed."""
    if not isinstance(value, dict):
        return None
    entry = value.get(kind.value)
    if not isinstance(entry, dict):
        return None
    subject, body = entry.get("subject"), entry.get("body")
    if not isinstance(subject, str) or not isinstance(body, str):
        return None
    return EmailTemplate(kind, subject, body)


class TemplateRepository:
    """Stored as one setting, {kind: {"subject": ..., "body": ...}}, edited kinds only."""

    def __init__(self, context: Context) -> None:
        self._context = context
        self._db = context.database

    def get(self, kind: DraftKind) -> EmailTemplate:
        """The user's template of this kind, or the default if they have not edited it."""
        return _stored_template(kind, self._stored()) or default_template(kind)

    def is_customized(self, kind: DraftKind) -> bool:
        return _stored_template(kind, self._stored()) is not None

    def save(self, template: EmailTemplate) -> EmailTemplate:
        """Stores a template after checking it renders; a ValidationError stores nothing."""
        check_storable(template.subject, "subject")
        check_storable(template.body, "body")
        validate_email_template(template)
        self._write(template.kind, {"subject": template.subject, "body": template.body})
        return template

    def reset(self, kind: DraftKind) -> EmailTemplate:
        """Forgets the user's edits of this kind; the default is used again."""
        self._write(kind, None)
        return default_template(kind)

    def _stored(self) -> Any:
        with self._db.session() as session:
            return session.scalar(select(SettingRow.value).where(SettingRow.key == TEMPLATES_KEY))

    def _write(self, kind: DraftKind, entry: dict[str, str] | None) -> None:
        # Read and write in one transaction so saving one kind never loses another.
        with self._db.session() as session:
            row = session.scalar(select(SettingRow).where(SettingRow.key == TEMPLATES_KEY))
            current = dict(row.value) if row is not None and isinstance(row.value, dict) else {}
            if entry is None:
                current.pop(kind.value, None)
            else:
                current[kind.value] = entry
            if row is None:
                session.add(SettingRow(key=TEMPLATES_KEY, value=current))
            else:
                # A new dict, so the JSON column sees the change.
                row.value = current
        self._context.notify(Change(Entity.SETTING, Action.UPDATED))
