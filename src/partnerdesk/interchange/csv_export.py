"""CSV export: partners.csv, people.csv and commitments.csv in a folder, for spreadsheets.

UTF-8 with a byte-order mark, so Excel reads accents right when the file is opened with a
double click; every cell a spreadsheet could take for a formula is defused. Each file is
written whole or not at all (`safe_write`). The headers are ones the CSV import recognises,
so a people.csv comes back in with its organizations, sides and uuids.
"""

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

from partnerdesk.domain.errors import StorageError
from partnerdesk.domain.interchange import ExportReport, Progress, no_progress
from partnerdesk.domain.table_export import CommitmentLine, PartnerLine, PersonLine
from partnerdesk.interchange.safe_write import write_atomically
from partnerdesk.interchange.spreadsheet_cells import defused
from partnerdesk.store.store import Store

FORMAT = "csv"
PARTNERS_FILE = "partners.csv"
PEOPLE_FILE = "people.csv"
COMMITMENTS_FILE = "commitments.csv"
PARTNER_HEADER = (
    "Partner",
    "Kind",
    "Stage",
    "Sector",
    "Website",
    "Address",
    "City",
    "Country",
    "Owner",
    "Tags",
    "Summary",
    "What we offer",
    "UUID",
)
PERSON_HEADER = ("Name", "Title", "E-mail", "Phone", "Partner", "Role", "Side", "Notes", "UUID")
COMMITMENT_HEADER = (
    "Partner",
    "Promised by",
    "Description",
    "Owner",
    "Due",
    "Status",
    "Done on",
    "Follow-ups sent",
    "Last follow-up",
    "UUID",
)


def export_csv(store: Store, path: Path, *, progress: Progress = no_progress) -> ExportReport:
    """Writes the three files into the folder `path` (created if missing).

    All three are built before the first is written, so a cancel (`progress` raising)
    leaves the folder as it was.
    """
    progress(0, 4)
    partners = store.table_export.partners()
    partners_csv = csv_bytes(PARTNER_HEADER, map(partner_cells, partners))
    progress(1, 4)
    people = store.table_export.people()
    people_csv = csv_bytes(PERSON_HEADER, map(person_cells, people))
    progress(2, 4)
    commitments = store.table_export.commitments()
    commitments_csv = csv_bytes(COMMITMENT_HEADER, map(commitment_cells, commitments))
    progress(3, 4)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StorageError(f"Cannot make the folder {path}: {error.strerror or error}.") from error
    write_atomically(path / PARTNERS_FILE, partners_csv)
    write_atomically(path / PEOPLE_FILE, people_csv)
    write_atomically(path / COMMITMENTS_FILE, commitments_csv)
    progress(4, 4)
    return ExportReport(
        format=FORMAT,
        destination=path,
        counts={"partners": len(partners), "people": len(people), "commitments": len(commitments)},
    )


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[str]]) -> bytes:
    """The table as Excel reads it: UTF-8 with BOM, CRLF, quoted where needed, defused."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([defused(cell) for cell in row] for row in rows)
    return out.getvalue().encode("utf-8-sig")


def partner_cells(line: PartnerLine) -> tuple[str, ...]:
    partner = line.partner
    return (
        partner.name,
        partner.kind.value,
        partner.stage.value,
        partner.sector,
        partner.website,
        partner.address,
        partner.city,
        partner.country,
        line.owner_name,
        "; ".join(partner.tags),
        partner.summary,
        partner.offer_text,
        partner.uuid,
    )


def person_cells(line: PersonLine) -> tuple[str, ...]:
    person = line.person
    return (
        person.full_name,
        person.title,
        person.email,
        person.phone,
        line.partner_name,
        person.role,
        person.side.value,
        person.notes,
        person.uuid,
    )


def commitment_cells(line: CommitmentLine) -> tuple[str, ...]:
    commitment = line.commitment
    return (
        line.partner_name,
        "us" if commitment.direction.value == "ours" else "them",
        commitment.description,
        line.owner_name,
        _date(commitment.due_on),
        commitment.status.value,
        _date(commitment.done_on),
        str(commitment.follow_up_count),
        _date(commitment.last_follow_up_on),
        commitment.uuid,
    )


def _date(day: date | None) -> str:
    return day.isoformat() if day else ""
