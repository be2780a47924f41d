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
