"""Meeting notes as Markdown: a folder per partner, a file per meeting, with front matter.

The notebook's notes are Markdown already; each file gets YAML front matter (date,
mode, place, attendees, partner) that static-site tools and note apps such as Obsidian
read. File names come from partner names and meeting titles, made safe for every
common file system: no path separators or reserved characters, no Windows device
names, no leading dots, not too long, and unique however the file system folds case.
"""

import json
import re
import unicodedata
from datetime import datetime, tzinfo
from functools import cache
from pathlib import Path, PurePath

from partnerdesk.domain.enums import MeetingMode
from partnerdesk.domain.interchange import ExportReport, Progress, no_progress
from partnerdesk.domain.meeting_notes import NotesMeeting
from partnerdesk.interchange.safe_write import StagedFolder
from partnerdesk.store.store import Store

# UTF-8 bytes of a name before its " (2)" and ".md": file systems allow 255, and a
# Windows path as a whole is best kept short.
MAX_NAME_BYTES = 120
SUFFIX = ".md"

# Characters Windows refuses (and / everywhere), control characters, and DEL.
_FORBIDDEN = re.compile(r'[\x00-\x1f\x7f-\x9f<>:"/\\|?*]')
# Device names Windows reserves, whatever follows a dot: "con.txt" is the console too.
_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{device}{digit}" for device in ("COM", "LPT") for digit in "123456789¹²³"}
)
# Characters YAML does not allow raw in a document, or reads as line breaks.
_YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")
_MODE_LABELS = {
    MeetingMode.IN_PERSON: "In person",
    MeetingMode.VIDEO: "Video call",
    MeetingMode.PHONE: "Phone call",
    MeetingMode.EMAIL: "E-mail",
    MeetingMode.EVENT: "Event",
    MeetingMode.NOTE: "Note",
}


def export_markdown(
    store: Store, path: Path, *, progress: Progress = no_progress, zone: tzinfo | None = None
) -> ExportReport:
    """Writes the notes of every meeting (not in the Trash) under the new folder `path`.

    The folder appears whole or not at all (see `StagedFolder`). Dates are in `zone`,
    by default this computer's time zone, as the notes were taken.
    """
    partners = meetings = 0
    with StagedFolder(path) as folder:
        folders = UniqueNames()
        for chunk, done, total in store.notebook_export.meeting_notes():
            for number, partner in enumerate(chunk, start=done - len(chunk)):
                progress(number, total)  # a cancel takes effect within a partner
                partner_folder = folders.claim(safe_file_name(partner.name, "Partner"))
                files = UniqueNames()
                for meeting in partner.meetings:
                    when = meeting.starts_at.astimezone(zone)
                    title = meeting.title.strip() or _MODE_LABELS[meeting.mode]
                    stem = safe_file_name(f"{when.date().isoformat()} {title}", "Meeting")
                    name = files.claim(stem) + SUFFIX
                    text = meeting_markdown(partner.name, meeting, when)
                    folder.write(PurePath(partner_folder, name), text.encode("utf-8"))
                    meetings += 1
                partners += 1
            progress(done, total)
    return ExportReport(
        format="markdown", destination=path, counts={"partners": partners, "meetings": meetings}
    )


def meeting_markdown(partner_name: str, meeting: NotesMeeting, when: datetime) -> str:
    """One meeting's file: YAML front matter, a heading, then the notes as they are."""
    lines = [
        "---",
        f"title: {yaml_string(meeting.title)}",
        f"date: {when.isoformat()}",
        f"partner: {yaml_string(partner_name)}",
        f"mode: {meeting.mode.value}",
        f"place: {yaml_string(meeting.location)}",
        f"at_partner_premises: {'true' if meeting.at_partner_premises else 'false'}",
        f"duration_minutes: {meeting.duration_minutes}",
    ]
    if meeting.attendees:
        lines.append("attendees:")
        lines.extend(f"  - {yaml_string(name)}" for name in meeting.attendees)
    else:
        lines.append("attendees: []")
    if meeting.follow_up_on is not None:
        lines.append(f"follow_up_on: {meeting.follow_up_on.isoformat()}")
    lines.append(f"uuid: {meeting.uuid}")
    lines.append("---")
    heading = " ".join((meeting.title or _MODE_LABELS[meeting.mode]).split())
    lines.extend(("", f"# {heading}", ""))
    notes = meeting.notes
    return "\n".join(lines) + "\n" + notes + ("" if not notes or notes.endswith("\n") else "\n")


def yaml_string(text: str) -> str:
    """`text` as a YAML double-quoted scalar: whatever it holds, it reads back the same.

    A JSON string is a YAML double-quoted scalar; the characters YAML forbids raw or
    takes for line breaks (which JSON leaves as they are) are escaped as well.
    """
    quoted = _encoder().encode(text)
    return _YAML_UNSAFE.sub(lambda match: f"\\u{ord(match[0]):04x}", quoted)


@cache
def _encoder() -> json.JSONEncoder:
    # One encoder for all: `json.dumps` with an option makes a new one on every call.
    return json.JSONEncoder(ensure_ascii=False)


def safe_file_name(name: str, fallback: str) -> str:
    """A file or folder name for `name` that every common file system takes as it is.

    Path separators, reserved and control characters become "-"; invisible formatting
    characters (such as a right-to-left override that could disguise the name) go;
    spaces are collapsed; leading dots and dashes and trailing dots and spaces go; the
    name is cut to `MAX_NAME_BYTES`; a Windows device name gets a leading "_". What is
    left empty becomes `fallback`.
    """
    text = unicodedata.normalize("NFC", name)
    if not text.isascii():  # ASCII has no format characters nor line separators
        text = "".join(
            " " if unicodedata.category(char) in ("Zl", "Zp") else char
            for char in text
            # Format characters: keep the zero-width joiner that builds emoji sequences.
            if unicodedata.category(char) != "Cf" or char == "\u200d"
        )
    text = " ".join(_FORBIDDEN.sub("-", text).split())
    text = text.lstrip(" .-").rstrip(" .")
    encoded = text.encode("utf-8")
    if len(encoded) > MAX_NAME_BYTES:
        text = encoded[:MAX_NAME_BYTES].decode("utf-8", errors="ignore").rstrip(" .")
    if not text:
        text = fallback
    if text.split(".")[0].rstrip().upper() in _RESERVED:
        text = f"_{text}"
    return text


class UniqueNames:
    """Hands out names within one folder: a name taken gets " (2)", " (3)", and so on.

    Names are compared as file systems that fold case and Unicode forms (Windows, macOS)
    compare them, so "Acme" and "ACME" get two files everywhere.
    """

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def claim(self, name: str) -> str:
        candidate = name
        number = 1
        while _folded(candidate) in self._taken:
            number += 1
            candidate = f"{name} ({number})"
        self._taken.add(_folded(candidate))
        return candidate


def _folded(name: str) -> str:
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", name).casefold())
