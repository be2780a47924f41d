"""The capture template new meeting notes start from, and the suggested meeting titles."""

import pytest

from partnerdesk.domain.enums import MeetingMode
from partnerdesk.domain.meeting_template import (
    capture_headings,
    capture_template,
    meeting_title_suggestion,
)


def test_the_headings_follow_the_practice_in_order() -> None:
    assert capture_headings() == (
        "Their needs and concerns",
        "Talent and skills they seek",
        "What we can offer",
        "Commitments — ours",
        "Commitments — theirs",
        "Next steps",
    )


def test_the_template_is_one_level_two_heading_per_section() -> None:
    template = capture_template()

    headings = [line for line in template.splitlines() if line]
    assert headings == [f"## {heading}" for heading in capture_headings()]
    assert template.endswith("\n")


def test_the_headings_go_through_the_translator() -> None:
    template = capture_template(lambda text: text.upper())

    assert "## THEIR NEEDS AND CONCERNS" in template
    assert "Their needs" not in template


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        (MeetingMode.IN_PERSON, "Meeting with Acme"),
        (MeetingMode.VIDEO, "Video call with Acme"),
        (MeetingMode.PHONE, "Phone call with Acme"),
        (MeetingMode.EMAIL, "E-mail exchange with Acme"),
        (MeetingMode.EVENT, "Event with Acme"),
        (MeetingMode.NOTE, "Note on Acme"),
    ],
)
def test_a_title_names_the_mode_and_the_partner(mode: MeetingMode, expected: str) -> None:
    assert meeting_title_suggestion(mode, "Acme") == expected


def test_every_mode_has_a_title() -> None:
    for mode in MeetingMode:
        assert meeting_title_suggestion(mode, "X").endswith("X")
        assert meeting_title_suggestion(mode, "")


def test_a_title_without_a_partner_names_only_the_mode() -> None:
    assert meeting_title_suggestion(MeetingMode.PHONE, "   ") == "Phone call"


def test_the_partner_name_is_tidied_and_taken_literally() -> None:
    assert (
        meeting_title_suggestion(MeetingMode.VIDEO, "  Acme \n {partner} <b>x</b> ")
        == "Video call with Acme {partner} <b>x</b>"
    )


def test_the_title_goes_through_the_translator() -> None:
    title = meeting_title_suggestion(
        MeetingMode.IN_PERSON, "Acme", lambda text: text.replace("Meeting with", "Treffen mit")
    )

    assert title == "Treffen mit Acme"
