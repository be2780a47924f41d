import pytest
from hypothesis import given
from hypothesis import strategies as st

from partnerdesk.domain.errors import ValidationError
from partnerdesk.domain.validation import MAX_NAME_LENGTH, clean_name, clean_text


def test_names_are_trimmed_and_collapsed() -> None:
    assert clean_name("  Northwind \n Bank ") == "Northwind Bank"


@pytest.mark.parametrize("bad", ["", "   ", "\n\t", "a" * (MAX_NAME_LENGTH + 1), "a\x00b"])
def test_bad_names_are_refused_with_a_message(bad: str) -> None:
    with pytest.raises(ValidationError) as raised:
        clean_name(bad, "partner name")
    assert "partner name" in raised.value.message


def test_text_with_nul_is_refused() -> None:
    with pytest.raises(ValidationError):
        clean_text("notes\x00")


@given(st.text())
def test_clean_name_either_refuses_or_gives_a_trimmed_name(value: str) -> None:
    try:
        cleaned = clean_name(value)
    except ValidationError:
        return
    assert cleaned == cleaned.strip()
    assert cleaned
    assert "  " not in cleaned


@pytest.mark.parametrize(
    ("text", "reason"),
    [("a\x00b", "NUL character"), ("x\ud800y", "not valid Unicode (at position 2")],
)
def test_text_no_file_can_hold_exactly_is_refused_everywhere(text: str, reason: str) -> None:
    from partnerdesk.domain.validation import check_storable, is_storable

    for clean in (clean_name, clean_text, check_storable):
        with pytest.raises(ValidationError, match=reason.replace("(", r"\(")):
            clean(text, "title")
    assert not is_storable(text)


@pytest.mark.parametrize(
    "text",
    ["\u202eright to left", "مرحبا", "🤝👩‍👩‍👧", "e\u0301", "\x1b[31m", "\ufeff", "a" * 100_000],
)
def test_any_other_text_is_kept_exactly(text: str) -> None:
    from partnerdesk.domain.validation import check_storable, is_storable

    assert check_storable(text) == text
    assert clean_text(text) == text
    assert is_storable(text)
