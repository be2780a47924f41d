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
    QT_TRANSLATE_NOOP("Fields", "role"),
    QT_TRANSLATE_NOOP("Fields", "setting"),
    QT_TRANSLATE_NOOP("Fields", "subject"),
    QT_TRANSLATE_NOOP("Fields", "body"),
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
    return check_storable(cleaned, what)


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
    return check_storable(value, what)


def check_storable(value: str, what: str = "text") -> str:
    """Text the notebook can keep exactly, or a ValidationError saying what is in the way.

    A NUL character is refused: SQLite's own text functions (LIKE, lower(), full-text
    search) and every export stop at it. Half of a UTF-16 surrogate pair, which a Python
    string may hold but no UTF-8 file can, is refused too. Everything else is kept as it
    is: right-to-left text, emoji, combining marks, control characters.
    """
    if "\x00" in value:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The {what} contains a NUL character."),
            field=what,
            what=Phrase(FIELDS, what),
        )
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The {what} contains a character that is not valid Unicode "
                "(at position {position}, half of a surrogate pair).",
            ),
            field=what,
            what=Phrase(FIELDS, what),
            position=error.start + 1,
        ) from None
    return value


def is_storable(value: str) -> bool:
    """Whether `check_storable` would keep the text."""
    try:
        check_storable(value)
    except ValidationError:
        return False
    return True
