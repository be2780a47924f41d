"""Checks on user input before anything is stored."""

from partnerdesk.domain.errors import ValidationError

MAX_NAME_LENGTH = 200
MAX_TEXT_LENGTH = 1_000_000


def clean_name(value: str, what: str = "name") -> str:
    """A trimmed, non-empty single-line name, or a ValidationError saying why not."""
    cleaned = " ".join(value.split())
    if not cleaned:
        raise ValidationError(f"The {what} cannot be empty.", field=what)
    if len(cleaned) > MAX_NAME_LENGTH:
        raise ValidationError(
            f"The {what} is too long ({len(cleaned)} characters; at most {MAX_NAME_LENGTH}).",
            field=what,
        )
    return check_storable(cleaned, what)


def clean_text(value: str, what: str = "text") -> str:
    """Free text (notes, summaries) kept as typed, within a sane size."""
    if len(value) > MAX_TEXT_LENGTH:
        raise ValidationError(
            f"The {what} is too long ({len(value):,} characters; at most {MAX_TEXT_LENGTH:,}).",
            field=what,
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
        raise ValidationError(f"The {what} contains a NUL character.", field=what)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        raise ValidationError(
            f"The {what} contains a character that is not valid Unicode (at position "
            f"{error.start + 1}, half of a surrogate pair).",
            field=what,
        ) from None
    return value


def is_storable(value: str) -> bool:
    """Whether `check_storable` would keep the text."""
    try:
        check_storable(value)
    except ValidationError:
        return False
    return True
