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
    if "\x00" in cleaned:
        raise ValidationError(f"The {what} contains a NUL character.", field=what)
    return cleaned


def clean_text(value: str, what: str = "text") -> str:
    """Free text (notes, summaries) kept as typed, within a sane size."""
    if len(value) > MAX_TEXT_LENGTH:
        raise ValidationError(
            f"The {what} is too long ({len(value):,} characters; at most {MAX_TEXT_LENGTH:,}).",
            field=what,
        )
    if "\x00" in value:
        raise ValidationError(f"The {what} contains a NUL character.", field=what)
    return value
