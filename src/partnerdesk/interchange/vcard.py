"""vCard 3.0 and 4.0 (and 2.1 as old phones write it): people in, people out, with vobject.

Import: each card becomes a person of the partner its ORG names (found or created), with
FN (or N), EMAIL, TEL, TITLE, ROLE and NOTE; a company card (Apple's X-ABShowAs:COMPANY)
becomes a partner alone. What PartnerDesk does not keep (photos, addresses, birthdays,
custom X- fields…) is skipped and counted in the report. The file is split into cards by
`vcard_cards` first, so a damaged card is refused with its number and line.

Export: every person, ours and theirs, as vCard 4.0 (or 3.0), UID the person's uuid, ORG
their partner, and `X-PARTNERDESK-SIDE:ours` on our own people so they come back as ours.
The cards are written here line by line, not through vobject's components: vobject took
93 s for the scale notebook's 58,000 people (1.6 ms a card), this takes about a second.
The tests read every file back with vobject, which stays the judge of what is valid.
"""

import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from partnerdesk.domain.contact_import import ImportContact, checked_contact, counted
from partnerdesk.domain.interchange import (
    ExportReport,
    ImportFileError,
    ImportReport,
    Progress,
    no_progress,
)
from partnerdesk.domain.table_export import PersonLine
from partnerdesk.interchange.contacts_import import import_contacts
from partnerdesk.interchange.import_limits import ImportLimits, read_limited
from partnerdesk.interchange.safe_write import write_atomically
from partnerdesk.interchange.text_decoding import decode_text
from partnerdesk.interchange.vcard_cards import PLURALS, RawCard, split_cards
from partnerdesk.store.store import Store

FORMAT = "vcard"
VERSIONS = ("4.0", "3.0")
PRODUCT_ID = "-//PartnerDesk//PartnerDesk//EN"
SIDE_PROPERTY = "x-partnerdesk-side"
PROGRESS_EVERY = 200
UUID_PREFIX = "urn:uuid:"
LINE_OCTETS = 75
# Text values may hold no control characters but line breaks and tabs.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def import_vcards(
    store: Store, path: Path, *, dry_run: bool, progress: Progress = no_progress
) -> ImportReport:
    """Imports the people of a .vcf file, or raises ImportFileError naming the card and line."""
    limits = ImportLimits()
    cards = split_cards(decode_text(read_limited(path, limits)).text, limits)
    contacts = []
    skipped: Counter[str] = Counter()
    photo_cards: list[int] = []
    for index, card in enumerate(cards):
        if index % PROGRESS_EVERY == 0:
            progress(index, len(cards))
        contacts.append(contact_of(card))
        skipped.update(card.skipped)
        if card.skipped["photo"]:
            photo_cards.append(card.number)
    return import_contacts(
        store,
        contacts,
        format=FORMAT,
        source=path,
        dry_run=dry_run,
        notes=_skipped_notes(skipped, photo_cards),
        progress=progress,
    )


def contact_of(card: RawCard) -> ImportContact:
    """The card as a checked contact; ImportFileError (with its number and line) if it is bad."""
    import vobject  # a heavy import, needed only while importing vCards
    from vobject.base import VObjectError

    try:
        component = vobject.readOne(card.text(), ignoreUnreadable=False)
        values = _values(component)
    # vobject raises its own errors, and a few plain ones, on a damaged line; each is the
    # file's fault, not the program's, and is reported as such.
    except (VObjectError, ValueError, TypeError, IndexError, KeyError, UnicodeError) as error:
        raise ImportFileError(
            f"the card cannot be read ({_reason(error)})", _error_location(card, error)
        ) from None
    organization = values["organization"]
    full_name = values["full_name"]
    if card.company_card:
        organization = organization or full_name
        full_name = ""
    return checked_contact(
        ImportContact(
            location=card.location,
            full_name=full_name,
            email=values["email"] if not card.company_card else "",
            phone=values["phone"],
            title=values["title"],
            role=values["role"],
            notes=values["notes"],
            ours=values["side"].strip().lower() == "ours",
            uuid=values["uuid"],
            organization=organization,
        )
    )


def export_vcards(
    store: Store, path: Path, *, version: str = "4.0", progress: Progress = no_progress
) -> ExportReport:
    """Writes every person to one .vcf file, in vCard 4.0 or 3.0, whole or not at all."""
    if version not in VERSIONS:
        raise ValueError(f"vCard version {version!r}: PartnerDesk writes {' or '.join(VERSIONS)}")
    people = store.table_export.people()
    cards = []
    for index, line in enumerate(people):
        if index % PROGRESS_EVERY == 0:
            progress(index, len(people))
        cards.append(vcard_text(line, version))
    progress(len(people), len(people))
    write_atomically(path, "".join(cards).encode("utf-8"))
    return ExportReport(format=FORMAT, destination=path, counts={"people": len(people)})


def vcard_text(line: PersonLine, version: str = "4.0") -> str:
    """One person as one card: CRLF line ends, lines folded at 75 octets (RFC 6350 §3.2)."""
    person = line.person
    name = _clean(person.full_name)
    given, _space, family = name.rpartition(" ")
    lines = ["BEGIN:VCARD", f"VERSION:{version}", f"PRODID:{PRODUCT_ID}"]
    if version == "4.0":
        lines += ["KIND:individual", f"UID:{UUID_PREFIX}{person.uuid}"]
    else:
        lines.append(f"UID:{person.uuid}")
    lines += [f"FN:{_escaped(name)}", f"N:{_escaped(family)};{_escaped(given)};;;"]
    if line.partner_name:
        lines.append(f"ORG:{_escaped(_clean(line.partner_name))}")
    for property_name, value in (
        ("TITLE", person.title),
        ("ROLE", person.role),
        ("EMAIL", person.email),
        ("TEL", person.phone),
        ("NOTE", person.notes),
    ):
        if value:
            lines.append(f"{property_name}:{_escaped(_clean(value))}")
    if person.partner_id is None:
        lines.append(f"{SIDE_PROPERTY.upper()}:ours")
    lines.append("END:VCARD")
    return "".join(_folded(text) + "\r\n" for text in lines)


def _escaped(text: str) -> str:
    """A TEXT value: backslash, comma and semicolon escaped, line breaks as \\n."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def _folded(line: str) -> str:
    """The line cut into pieces of at most 75 octets of UTF-8, never inside a character."""
    if len(line.encode("utf-8")) <= LINE_OCTETS:
        return line
    pieces = []
    piece = ""
    size = 0
    room = LINE_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > room:
            pieces.append(piece)
            piece, size = "", 0
            room = LINE_OCTETS - 1  # the space that starts a continuation line counts
        piece += char
        size += width
    pieces.append(piece)
    return "\r\n ".join(pieces)


# -- reading a parsed card -------------------------------------------------------------------


def _values(component: Any) -> dict[str, str]:
    contents: dict[str, list[Any]] = component.contents
    full_name = _text(_first(contents, "fn"))
    if not full_name and contents.get("n"):
        name = contents["n"][0].value
        full_name = " ".join(
            part
            for part in (
                _text(getattr(name, "given", "")),
                _text(getattr(name, "additional", "")),
                _text(getattr(name, "family", "")),
            )
            if part
        )
    organization = _first(contents, "org")
    return {
        "full_name": full_name,
        "email": _text(_preferred(contents.get("email", []), ("PREF", "WORK", "INTERNET"))),
        "phone": _text(_preferred(contents.get("tel", []), ("PREF", "WORK", "CELL", "VOICE"))),
        "title": _text(_first(contents, "title")),
        "role": _text(_first(contents, "role")),
        "notes": "\n\n".join(_text(note.value) for note in contents.get("note", [])),
        "organization": _text(organization[0] if isinstance(organization, list) else organization),
        "uuid": _uuid(_text(_first(contents, "uid"))),
        "side": _text(_first(contents, SIDE_PROPERTY)),
    }


def _first(contents: dict[str, list[Any]], name: str) -> Any:
    lines = contents.get(name)
    return lines[0].value if lines else ""


def _preferred(lines: Sequence[Any], types: Sequence[str]) -> Any:
    """The value marked most preferred (TYPE=pref or PREF=1, then work…), else the first."""
    if not lines:
        return ""

    def rank(line: Any) -> int:
        params: dict[str, list[str]] = line.params
        marks = {value.upper() for value in params.get("TYPE", [])}
        marks |= {key.upper() for key in params if key.upper() != "TYPE"}
        if params.get("PREF"):
            marks.add("PREF")
        return next((index for index, kind in enumerate(types) if kind in marks), len(types))

    return min(lines, key=rank).value


def _text(value: Any) -> str:
    if isinstance(value, list):
        return " ".join(_text(part) for part in value if part)
    return value if isinstance(value, str) else str(value or "")


def _uuid(text: str) -> str:
    text = text.strip().lower()
    text = text.removeprefix(UUID_PREFIX)
    return text if re.fullmatch(r"[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}", text) else ""


def _reason(error: Exception) -> str:
    message = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return message[:120]


def _error_location(card: RawCard, error: Exception) -> str:
    """The card, and the file's line when vobject quotes the line it failed on.

    vobject's own line numbers count each line twice, so its quote is the surer guide.
    """
    quoted = str(error).partition("Failed to parse line: ")[2]
    for number, text in card.lines:
        if quoted and text == quoted:
            return f"{card.location}, line {number}"
    return card.location


def _skipped_notes(skipped: Counter[str], photo_cards: list[int]) -> list[str]:
    if not skipped:
        return []
    parts = []
    for word, count in skipped.most_common():
        part = counted(count, word, PLURALS.get(word, f"{word}s"))
        if word == "photo":
            shown = ", ".join(str(number) for number in photo_cards[:5])
            more = "…" if len(photo_cards) > 5 else ""
            part += f" (card {shown}{more})"
        parts.append(part)
    return [f"Not imported, as PartnerDesk does not keep them: {', '.join(parts)}."]


def _clean(text: str) -> str:
    return _CONTROL.sub("", text)
