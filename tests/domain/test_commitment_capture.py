"""Reading who promised what by when out of a line of meeting notes."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from partnerdesk.domain.commitment_capture import (
    DueGuess,
    clean_commitment_text,
    guess_direction,
    read_due_date,
)
from partnerdesk.domain.enums import Direction

# A Friday, so that "by Friday" said today shows the choice: next week's Friday.
TODAY = date(2026, 11, 27)


def test_today_is_a_friday() -> None:
    assert TODAY.strftime("%A") == "Friday"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # weekdays: the first one after today; "next" is next calendar week's
        ("We will send it by Friday", date(2026, 12, 4)),
        ("by Monday", date(2026, 11, 30)),
        ("call them on Thursday", date(2026, 12, 3)),
        ("by Fri.", date(2026, 12, 4)),
        ("next Tuesday", date(2026, 12, 1)),
        ("this Friday", date(2026, 11, 27)),
        ("this Wednesday", date(2026, 12, 2)),
        # weeks
        ("next week", date(2026, 12, 4)),
        ("by the end of next week", date(2026, 12, 4)),
        ("by the end of the week", date(2026, 11, 27)),
        ("in two weeks", date(2026, 12, 11)),
        ("in 2 weeks", date(2026, 12, 11)),
        ("within a week", date(2026, 12, 4)),
        ("in a couple of weeks", date(2026, 12, 11)),
        ("in a fortnight", date(2026, 12, 11)),
        ("In Two Weeks.", date(2026, 12, 11)),
        # days
        ("in 10 days", date(2026, 12, 7)),
        ("within three days", date(2026, 11, 30)),
        ("tomorrow", date(2026, 11, 28)),
        ("the day after tomorrow", date(2026, 11, 29)),
        ("today", date(2026, 11, 27)),
        # months
        ("end of March", date(2027, 3, 31)),
        ("by the end of December", date(2026, 12, 31)),
        ("end of November", date(2026, 11, 30)),
        ("end of the month", date(2026, 11, 30)),
        ("end of next month", date(2026, 12, 31)),
        ("by the end of the year", date(2026, 12, 31)),
        ("mid-January", date(2027, 1, 15)),
        ("early February", date(2027, 2, 1)),
        ("in 3 months", date(2027, 2, 27)),
        # dates: day first, this year unless past
        ("by 15/04", date(2027, 4, 15)),
        ("by 15/12", date(2026, 12, 15)),
        ("15/04/2027", date(2027, 4, 15)),
        ("1.2.27", date(2027, 2, 1)),
        ("by 27/11", date(2026, 11, 27)),
        ("by 26/11", date(2027, 11, 26)),
        ("2027-01-15", date(2027, 1, 15)),
        ("on 3 December", date(2026, 12, 3)),
        ("the 5th of January", date(2027, 1, 5)),
        ("Dec 10th", date(2026, 12, 10)),
        ("by 14 February 2028", date(2028, 2, 14)),
        ("by 29 Feb", date(2028, 2, 29)),
        # the earliest phrase wins; a time is passed over
        ("call at 10.30 on Monday", date(2026, 11, 30)),
        ("send by 15/12, not next week", date(2026, 12, 15)),
    ],
)
def test_due_date_phrases(text: str, expected: date) -> None:
    guess = read_due_date(text, TODAY)
    assert guess.due_on == expected, guess
    assert guess.phrase
    assert guess.phrase in text


def test_the_phrase_read_is_named() -> None:
    guess = read_due_date("They will send the job descriptions by 15/12", TODAY)
    assert guess == DueGuess(date(2026, 12, 15), "15/12", guess.reason)
    assert "15/12" in guess.reason


@pytest.mark.parametrize(
    "text", ["by 31/02", "by 32/01", "in 99999999 days", "15/13/2027", "by 31 April"]
)
def test_a_date_shaped_phrase_that_is_no_date_gives_none_and_says_so(text: str) -> None:
    guess = read_due_date(text, TODAY)
    assert guess.due_on is None
    assert guess.phrase
    assert guess.phrase in text
    assert guess.phrase in guess.reason


@pytest.mark.parametrize(
    "text", ["", "   ", "They will send the job descriptions", "sometime soon", "They may call"]
)
def test_no_date_gives_none_with_a_reason(text: str) -> None:
    guess = read_due_date(text, TODAY)
    assert guess.due_on is None
    assert guess.phrase == ""
    assert guess.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We will send the draft by 3 December", date(2026, 12, 3)),  # "We" is no Wednesday
        ("meet again before the 10th of next month", None),
        ("Q1 review on December the 3rd", date(2026, 12, 3)),
    ],
)
def test_dateparser_reads_what_the_rules_do_not(text: str, expected: date | None) -> None:
    guess = read_due_date(text, TODAY)
    if expected is None:
        assert guess.due_on is None or guess.due_on >= TODAY
    else:
        assert guess.due_on == expected, guess


def test_dateparser_alone_reads_other_phrasings() -> None:
    guess = read_due_date("They promised to reply December the 3rd", TODAY)
    assert guess.due_on == date(2026, 12, 3), guess
    assert "dateparser" in guess.reason


def test_a_failing_dateparser_means_nothing_found(monkeypatch: pytest.MonkeyPatch) -> None:
    import dateparser.search

    def broken(*_args: object, **_kwargs: object) -> object:
        raise RuntimeError("boom")

    monkeypatch.setattr(dateparser.search, "search_dates", broken)
    guess = read_due_date("They promised to reply December the 3rd", TODAY)
    assert guess.due_on is None
    assert guess.reason


def test_dateparser_dates_in_the_past_are_passed_over() -> None:
    # dateparser reads "the 20th" as this month's, which has passed, despite "future".
    assert read_due_date("by the 20th", TODAY).due_on is None


@given(st.text(max_size=200))
@settings(max_examples=150, deadline=None)
def test_any_text_never_raises(text: str) -> None:
    guess = read_due_date(text, TODAY)
    assert guess.reason
    assert isinstance(guess.phrase, str)


@given(st.text(alphabet="0123456789/.- abcdefinorstuwyMDJFAS", max_size=40))
@settings(max_examples=300, deadline=None)
def test_date_shaped_text_never_raises(text: str) -> None:
    read_due_date(text, TODAY)
    guess_direction(text, "Acme")
    clean_commitment_text(text)


# -- direction ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We will send the MoU", Direction.OURS),
        ("we'll draft the agreement", Direction.OURS),
        ("We\u2019ll draft the agreement", Direction.OURS),
        ("Our team reviews their proposal", Direction.OURS),
        ("I will call their HR lead", Direction.OURS),
        ("We promised two guest lectures", Direction.OURS),
        ("Send the job descriptions", Direction.OURS),
        ("They will send the job descriptions", Direction.THEIRS),
        ("they'll host the visit", Direction.THEIRS),
        ("Their team will share the data", Direction.THEIRS),
        ("Their HR team will confirm", Direction.THEIRS),
        ("Acme Robotics to send the contract", Direction.THEIRS),
        ("acme sends the contract", Direction.THEIRS),
        ("We will call Acme next week", Direction.OURS),
        ("Acme said we will get the data", Direction.THEIRS),
        ("Acmeville will host", Direction.OURS),
    ],
)
def test_direction_guesses(text: str, expected: Direction) -> None:
    assert guess_direction(text, "Acme Robotics") is expected


def test_a_vague_first_word_of_the_partner_name_is_no_clue() -> None:
    assert guess_direction("The university will host", "University of Leeds") is Direction.OURS
    assert guess_direction("University of Leeds will host", "University of Leeds") is (
        Direction.THEIRS
    )


def test_a_name_with_regex_characters_is_matched_literally() -> None:
    assert guess_direction("C++ Labs (UK) will send it", "C++ Labs (UK)") is Direction.THEIRS
    assert guess_direction("Send it", "") is Direction.OURS


# -- text --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- [ ] They will send the CVs", "They will send the CVs"),
        ("* [x] We send the MoU", "We send the MoU"),
        ("+ item", "item"),
        ("1. First thing", "First thing"),
        ("12) Twelfth   thing ", "Twelfth thing"),
        ("  - nested", "nested"),
        ("> - quoted", "quoted"),
        ("[ ] box only", "box only"),
        ("-not a marker", "-not a marker"),
        ("2026 plans", "2026 plans"),
        ("", ""),
    ],
)
def test_clean_commitment_text(line: str, expected: str) -> None:
    assert clean_commitment_text(line) == expected
