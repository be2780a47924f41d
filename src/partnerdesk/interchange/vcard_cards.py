"""Splitting a vCard file into cards, line by line, before any parser sees it.

Reading the lines here first keeps every card's number and line for messages, refuses a
card without END, a folded line that continues nothing, or a line that is no property,
and drops what PartnerDesk does not keep (photos above all: Apple's run to megabytes)
before vobject parses what is left. Only the properties an import uses reach vobject,
each at most 64 KB long, so a hostile or damaged file is bounded in size and time.
"""

import re
from collections import Counter
from dataclasses import dataclass, field

from partnerdesk.domain.interchange import ImportFileError
from partnerdesk.interchange.import_limits import Deadline, ImportLimits

# Properties an import reads; every other one is counted as skipped.
KEPT = frozenset(
    {"FN", "N", "EMAIL", "TEL", "TITLE", "ROLE", "ORG", "NOTE", "UID", "X-PARTNERDESK-SIDE"}
)
# Properties that describe the card itself: neither kept nor worth a note.
STRUCTURAL = frozenset({"VERSION", "PRODID", "REV", "KIND", "X-ABSHOWAS", "CLIENTPIDMAP"})
# Properties whose values are binary data, and so may be long and folded without care.
BINARY = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})
# How the skipped properties are named in the report, by name.
SKIPPED_WORDS = {
    "PHOTO": "photo",
    "LOGO": "logo",
    "SOUND": "sound",
    "KEY": "key",
    "ADR": "address",
    "LABEL": "address label",
    "BDAY": "birthday",
    "ANNIVERSARY": "anniversary",
    "URL": "web address",
    "NICKNAME": "nickname",
    "CATEGORIES": "category list",
    "IMPP": "chat address",
    "GEO": "location",
    "TZ": "time zone",
    "GENDER": "gender",
    "RELATED": "related person",
    "MEMBER": "group member",
    "LANG": "language",
}
PLURALS = {
    "address": "addresses",
    "anniversary": "anniversaries",
    "category list": "category lists",
    "related person": "related people",
    "custom field (X-…)": "custom fields (X-…)",
    "other field": "other fields",
}
_PROPERTY_NAME = re.compile(r"^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)[;:]")


@dataclass
class RawCard:
    """One card's kept lines, unfolded, and where it is in the file."""

    number: int
    line: int  # of its BEGIN:VCARD
    version: str = "3.0"
    lines: list[tuple[int, str]] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)
    company_card: bool = False  # Apple's X-ABShowAs:COMPANY: the card is an organization

    @property
    def location(self) -> str:
        return f"card {self.number} (line {self.line})"

    def text(self) -> str:
        """The card as vobject reads it: BEGIN, VERSION, the kept properties, END."""
        body = "".join(f"{text}\n" for _line, text in self.lines)
        return f"BEGIN:VCARD\nVERSION:{self.version}\n{body}END:VCARD\n"


def split_cards(text: str, limits: ImportLimits) -> list[RawCard]:
    """Every card of the file, or an ImportFileError naming the card and line at fault."""
    deadline = Deadline(limits.max_seconds)
    cards: list[RawCard] = []
    card: RawCard | None = None
    # The logical line being unfolded: (first line number, name, text), or None.
    current: tuple[int, str, list[str]] | None = None
    skipping = False  # inside a property that is not kept: its continuation lines go too
    binary_21 = False  # vCard 2.1 base64: continuation lines need not start with a space
    quoted_printable_soft_break = False
    size = 0

    def finish() -> None:
        nonlocal current
        if current is not None and card is not None:
            card.lines.append((current[0], "".join(current[2])))
        current = None

    for number, line in enumerate(_lines(text), start=1):
        if number % 1000 == 0:
            deadline.check(f"line {number}")
        if card is None:
            if not line.strip():
                continue
            if line.strip().upper() == "BEGIN:VCARD":
                if len(cards) >= limits.max_records:
                    raise ImportFileError(
                        f"the file has more than {limits.max_records:,} cards, the most "
                        "PartnerDesk imports at once; split it into smaller files",
                        f"line {number}",
                    )
                card = RawCard(number=len(cards) + 1, line=number)
                current, skipping, binary_21, size = None, False, False, 0
                continue
            what = "a vCard file" if not cards else "a card"
            raise ImportFileError(
                f"{_shown(line)} is outside any card; {what} starts with BEGIN:VCARD",
                f"line {number}",
            )
        where = f"{card.location}, line {number}"
        continues = line[:1] in (" ", "\t")
        if quoted_printable_soft_break and current is not None:
            # "=" at the end of the last line was a soft break: this one goes on.
            current[2][-1] = current[2][-1][:-1]
            current[2].append(line)
            quoted_printable_soft_break = line.endswith("=")
            continue
        if continues or (binary_21 and line.strip() and ":" not in line):
            if current is None and not skipping:
                raise ImportFileError(
                    "a folded line (starting with a space) continues nothing", where
                )
            if current is not None:
                size += len(line)
                if size > limits.max_field_chars:
                    raise ImportFileError(
                        f"a {current[1]} value is longer than {limits.max_field_chars // 1024} KB",
                        where,
                    )
                current[2].append(line[1:] if continues else line)
            continue
        finish()
        skipping = binary_21 = False
        if not line.strip():
            continue  # vCard 2.1 ends base64 data with a blank line
        upper = line.strip().upper()
        if upper == "END:VCARD":
            cards.append(card)
            card = None
            continue
        if upper == "BEGIN:VCARD":
            raise ImportFileError(
                f"the card has no END:VCARD before the next card begins on line {number}",
                card.location,
            )
        match = _PROPERTY_NAME.match(line)
        if match is None:
            raise ImportFileError(
                f"{_shown(line)} is not a property; is it a folded line that lost the "
                "space it should start with?",
                where,
            )
        name = match.group(1).upper()
        parameters = line[: line.find(":")].upper() if ":" in line else line.upper()
        if name == "VERSION":
            card.version = line.split(":", 1)[1].strip() if ":" in line else card.version
            if card.version not in ("2.1", "3.0", "4.0"):
                raise ImportFileError(f"vCard version {card.version!r} is not known", where)
            continue
        if name == "X-ABSHOWAS" and line.split(":", 1)[-1].strip().upper() == "COMPANY":
            card.company_card = True
        if name in KEPT:
            current, size = (number, name, [line]), len(line)
            if size > limits.max_field_chars:
                raise ImportFileError(
                    f"a {name} value is longer than {limits.max_field_chars // 1024} KB", where
                )
            quoted_printable_soft_break = "QUOTED-PRINTABLE" in parameters and line.endswith("=")
            continue
        skipping = True
        binary_21 = name in BINARY and card.version == "2.1" and "BASE64" in parameters
        if name not in STRUCTURAL:
            card.skipped[_skipped_word(name)] += 1
    if card is not None:
        raise ImportFileError("the card has no END:VCARD (the file ends inside it)", card.location)
    if not cards:
        raise ImportFileError("the file holds no card (no BEGIN:VCARD)", "line 1")
    return cards


def _skipped_word(name: str) -> str:
    if name in SKIPPED_WORDS:
        return SKIPPED_WORDS[name]
    if name.startswith("X-"):
        return "custom field (X-…)"
    return "other field"


def _lines(text: str) -> list[str]:
    return re.split(r"\r\n|\r|\n", text)


def _shown(line: str) -> str:
    shown = line.strip()
    return repr(shown if len(shown) <= 40 else shown[:40] + "…")
