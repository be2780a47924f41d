"""What a new meeting starts with: the capture template for its notes and a suggested title."""

from collections.abc import Callable

from partnerdesk.domain.enums import MeetingMode
from partnerdesk.domain.text import QT_TRANSLATE_NOOP

Translate = Callable[[str], str]


def _untranslated(text: str) -> str:
    return text


def capture_headings(translate: Translate = _untranslated) -> tuple[str, ...]:
    """The sections a meeting's notes are captured under, in the order they are asked.

    `translate` lets the user interface pass each English heading through its translator
    (context "MeetingTemplate"); the domain itself knows no Qt.
    """
    return tuple(
        translate(heading)
        for heading in (
            QT_TRANSLATE_NOOP("MeetingTemplate", "Their needs and concerns"),
            QT_TRANSLATE_NOOP("MeetingTemplate", "Talent and skills they seek"),
            QT_TRANSLATE_NOOP("MeetingTemplate", "What we can offer"),
            QT_TRANSLATE_NOOP("MeetingTemplate", "Commitments — ours"),
            QT_TRANSLATE_NOOP("MeetingTemplate", "Commitments — theirs"),
            QT_TRANSLATE_NOOP("MeetingTemplate", "Next steps"),
        )
    )


def capture_template(translate: Translate = _untranslated) -> str:
    """The Markdown a new meeting's notes start with: one level-2 heading per section."""
    return "\n\n".join(f"## {heading}" for heading in capture_headings(translate)) + "\n"


_TITLE_WITH_PARTNER = {
    MeetingMode.IN_PERSON: QT_TRANSLATE_NOOP("MeetingTitle", "Meeting with {partner}"),
    MeetingMode.VIDEO: QT_TRANSLATE_NOOP("MeetingTitle", "Video call with {partner}"),
    MeetingMode.PHONE: QT_TRANSLATE_NOOP("MeetingTitle", "Phone call with {partner}"),
    MeetingMode.EMAIL: QT_TRANSLATE_NOOP("MeetingTitle", "E-mail exchange with {partner}"),
    MeetingMode.EVENT: QT_TRANSLATE_NOOP("MeetingTitle", "Event with {partner}"),
    MeetingMode.NOTE: QT_TRANSLATE_NOOP("MeetingTitle", "Note on {partner}"),
}

_TITLE_ALONE = {
    MeetingMode.IN_PERSON: QT_TRANSLATE_NOOP("MeetingTitle", "Meeting"),
    MeetingMode.VIDEO: QT_TRANSLATE_NOOP("MeetingTitle", "Video call"),
    MeetingMode.PHONE: QT_TRANSLATE_NOOP("MeetingTitle", "Phone call"),
    MeetingMode.EMAIL: QT_TRANSLATE_NOOP("MeetingTitle", "E-mail exchange"),
    MeetingMode.EVENT: QT_TRANSLATE_NOOP("MeetingTitle", "Event"),
    MeetingMode.NOTE: QT_TRANSLATE_NOOP("MeetingTitle", "Note"),
}


def meeting_title_suggestion(
    mode: MeetingMode, partner_name: str, translate: Translate = _untranslated
) -> str:
    """A title to start from, such as "Video call with Acme"; the user may change it."""
    partner = " ".join(partner_name.split())
    if not partner:
        return translate(_TITLE_ALONE[mode])
    # The partner's name is substituted after translation, so a "{" in it is harmless.
    return translate(_TITLE_WITH_PARTNER[mode]).replace("{partner}", partner)
