"""The lossless JSON document (docs/json-format.md): the whole notebook out, and back in.

Export streams the notebook partner by partner into a file written through a temp file.
Import reads a document whole, checks every value and every reference first, saying
where anything is wrong (see `json_reading`), and only then hands the rows to the store,
which writes them in one transaction after a backup.
"""

import json
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

from partnerdesk.domain.interchange import (
    ExportReport,
    ImportReport,
    Progress,
    no_progress,
)
from partnerdesk.interchange.json_document import (
    COMMITMENT,
    EVENT,
    FOLLOW_UP,
    FORMAT,
    INITIATIVE,
    MEETING,
    MEMBER,
    NEED,
    OFFER,
    PAIRING,
    PARTNER,
    PARTNER_LISTS,
    PERSON,
    REPORTED,
    SETTING,
    TAG,
    VERSION,
    Spec,
)
from partnerdesk.interchange.json_reading import (
    CHECK_SHARE,
    PROGRESS_UNITS,
    DocumentReader,
    may_be_unstorable,
    parse_document,
    read_file,
)
from partnerdesk.interchange.safe_write import atomic_file
from partnerdesk.store.portable import PortableRow
from partnerdesk.store.store import Store

# -- export ----------------------------------------------------------------------------------


def export_json(store: Store, path: Path, *, progress: Progress = no_progress) -> ExportReport:
    """Writes the whole notebook, Trash included, as one JSON document at `path`."""
    counts = dict.fromkeys(("partners", "people", "meetings", "commitments", "needs"), 0)
    counts.update(initiatives=0, offers=0)
    exported_at = datetime.now(UTC).replace(microsecond=0).isoformat()
    with atomic_file(path) as out:
        chunks = store.notebook_export.read()
        first = next(chunks)
        progress(0, first.partners_total)
        tables = first.tables
        tag_names = {row["uuid"]: row["name"] for row in tables["tags"]}
        counts["people"] += len(tables["people"])
        counts["offers"] += len(tables["offers"])
        out.write(
            "{\n"
            f'  "format": {_dump(FORMAT)},\n'
            f'  "version": {VERSION},\n'
            f'  "exported_at": {_dump(exported_at)},\n'.encode()
        )
        for key, records, spec in (
            ("people", tables["people"], PERSON),
            ("offers", tables["offers"], OFFER),
            ("tags", tables["tags"], TAG),
            ("settings", tables["settings"], SETTING),
            ("follow_ups", tables["follow_up_states"], FOLLOW_UP),
        ):
            items = [_object(row, spec) for row in records]
            out.write(f'  "{key}": {_list(items, "  ")},\n'.encode())
        out.write(b'  "partners": [')
        separator = "\n"
        for chunk in chunks:
            for partner in _partners(chunk.tables, tag_names, counts):
                out.write(f"{separator}{_partner_text(partner)}".encode())
                separator = ",\n"
            progress(chunk.partners_done, chunk.partners_total)
        out.write(b"\n  ]\n}\n" if separator != "\n" else b"]\n}\n")
    return ExportReport(format="json", destination=path, counts=counts)


def _partners(
    tables: Mapping[str, Sequence[PortableRow]],
    tag_names: Mapping[str, str],
    counts: dict[str, int],
) -> Iterator[dict[str, Any]]:
    """Each partner of a chunk as a document object, with everything that belongs to it."""

    def by(name: str, column: str) -> dict[str, list[PortableRow]]:
        grouped: dict[str, list[PortableRow]] = {}
        for row in tables[name]:
            grouped.setdefault(row[column], []).append(row)
        return grouped

    tags = by("partner_tags", "partner_id")
    people = by("people", "partner_id")
    meetings = by("meetings", "partner_id")
    attendees = by("meeting_attendees", "meeting_id")
    commitments = by("commitments", "partner_id")
    events = by("commitment_events", "commitment_id")
    needs = by("needs", "partner_id")
    initiatives = by("initiatives", "partner_id")
    members = by("initiative_members", "initiative_id")
    pairings = by("initiative_pairings", "initiative_id")
    for row in tables["partners"]:
        uuid = row["uuid"]
        partner = _object(row, PARTNER)
        partner["tags"] = sorted(tag_names[link["tag_id"]] for link in tags.get(uuid, ()))
        partner["people"] = [_object(person, PERSON) for person in people.get(uuid, ())]
        partner["meetings"] = [
            {
                **_object(meeting, MEETING),
                "attendees": sorted(
                    link["person_id"] for link in attendees.get(meeting["uuid"], ())
                ),
            }
            for meeting in meetings.get(uuid, ())
        ]
        partner["commitments"] = [
            {
                **_object(commitment, COMMITMENT),
                "events": [_object(event, EVENT) for event in events.get(commitment["uuid"], ())],
            }
            for commitment in commitments.get(uuid, ())
        ]
        partner["needs"] = [_object(need, NEED) for need in needs.get(uuid, ())]
        partner["initiatives"] = [
            {
                **_object(initiative, INITIATIVE),
                "members": sorted(
                    (_object(member, MEMBER) for member in members.get(initiative["uuid"], ())),
                    key=lambda member: str(member["person"]),
                ),
                "pairings": sorted(
                    (_object(pair, PAIRING) for pair in pairings.get(initiative["uuid"], ())),
                    key=lambda pair: (str(pair["ours"]), str(pair["theirs"])),
                ),
            }
            for initiative in initiatives.get(uuid, ())
        ]
        counts["partners"] += 1
        for key in ("people", "meetings", "commitments", "needs", "initiatives"):
            counts[key] += len(partner[key])
        yield partner


def _object(row: Mapping[str, Any], spec: Spec) -> dict[str, Any]:
    """A portable row as a document object: every field, in the documented order."""
    return spec.writer(row)


def _partner_text(partner: Mapping[str, Any]) -> str:
    """A partner with one field per line and one record of each list per line."""
    indent = "      "
    lines = []
    for key, value in partner.items():
        if key in PARTNER_LISTS and key != "tags":
            lines.append(f"{indent}{_dump(key)}: {_list(value, indent)}")
        else:
            lines.append(f"{indent}{_dump(key)}: {_dump(value)}")
    return "    {\n" + ",\n".join(lines) + "\n    }"


def _list(items: Sequence[Any], indent: str) -> str:
    if not items:
        return "[]"
    inner = indent + "  "
    return "[\n" + ",\n".join(inner + _dump(item) for item in items) + f"\n{indent}]"


def _dump(value: Any) -> str:
    return _encoder().encode(value)


@cache
def _encoder() -> json.JSONEncoder:
    # Without `indent`, json uses its C encoder: the scale notebook takes seconds, not
    # minutes. One encoder for all: `json.dumps` with options makes a new one each call.
    return json.JSONEncoder(ensure_ascii=False)


# -- import ----------------------------------------------------------------------------------


def import_json(
    store: Store, path: Path, *, dry_run: bool, progress: Progress = no_progress
) -> ImportReport:
    """Imports a PartnerDesk JSON document; all or nothing; a dry run only counts.

    Records whose uuid the notebook has are updated to what the document says, the
    others added; nothing the document does not mention is changed. Raises
    ImportFileError, with where in the file, for anything that cannot be imported as it is.
    """
    progress(0, 0)
    data = read_file(path)
    document = parse_document(data)
    reader = DocumentReader(progress, careful=may_be_unstorable(data))
    tables = reader.tables(document)
    reader.check_references(store)

    def writing(done: int, total: int) -> None:
        share = done / total if total else 1.0
        progress(round(PROGRESS_UNITS * (CHECK_SHARE + (1 - CHECK_SHARE) * share)), PROGRESS_UNITS)

    counts = store.notebook_import.apply(tables, dry_run=dry_run, progress=writing)
    return ImportReport(
        format="json",
        source=path,
        dry_run=dry_run,
        created={REPORTED[name]: counts.created.get(name, 0) for name in REPORTED},
        updated={REPORTED[name]: counts.updated.get(name, 0) for name in REPORTED},
        notes=reader.notes(),
    )
