"""Checks on user input before anything is stored."""

from partnerdesk.domain.errors import ValidationError
from partnerdesk.domain.text import QT_TRANSLATE_NOOP, Phrase

MAX_NAME_LENGTH = 200
MAX_TEXT_LENGTH = 1_000_000

# The context of the field names callers pass as `what`, which the messages name.
FIELDS = "Fields"
# Every `what` the store passes, marked so the messages name the field in the user's language.
FIELD_NAMES = (
    QT_TRANSLATE_NOOP("Fields", "name"),
    QT_TRANSLATE_NOOP("Fields", "partner name"),
    QT_TRANSLATE_NOOP("Fields", "initiative name"),
    QT_TRANSLATE_NOOP("Fields", "offer name"),
    QT_TRANSLATE_NOOP("Fields", "tag"),
    QT_TRANSLATE_NOOP("Fields", "summary"),
    QT_TRANSLATE_NOOP("Fields", "offer"),
    QT_TRANSLATE_NOOP("Fields", "description"),
    QT_TRANSLATE_NOOP("Fields", "notes"),
    QT_TRANSLATE_NOOP("Fields", "text"),
    QT_TRANSLATE_NOOP("Fields", "skills"),
    QT_TRANSLATE_NOOP("Fields", "season"),
)


def clean_name(value: str, what: str = "name") -> str:
    """A trimmed, non-empty single-line name, or a ValidationError saying why not."""
    cleaned = " ".join(value.split())
    field = Phrase(FIELDS, what)
    if not cleaned:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The {what} cannot be empty."), field=what, what=field
        )
    if len(cleaned) > MAX_NAME_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The {what} is too long ({length} characters; at most {limit})."
            ),
            field=what,
            what=field,
            length=len(cleaned),
            limit=MAX_NAME_LENGTH,
        )
    if "\x00" in cleaned:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The {what} contains a NUL character."),
            field=what,
            what=field,
        )
    return cleaned


def clean_text(value: str, what: str = "text") -> str:
    """Free text (notes, summaries) kept as typed, within a sane size."""
    field = Phrase(FIELDS, what)
    if len(value) > MAX_TEXT_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The {what} is too long ({length:,} characters; at most {limit:,})."
            ),
            field=what,
            what=field,
            length=len(value),
            limit=MAX_TEXT_LENGTH,
        )
    if "\x00" in value:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The {what} contains a NUL character."),
            field=what,
            what=field,
        )
    return value
