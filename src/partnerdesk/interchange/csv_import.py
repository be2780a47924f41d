"""CSV import of partners and people: read, map the columns, import all or nothing.

A row with a person's name or e-mail address becomes a person of the partner its
organization names (found by name in any case, or created); a row with an organization
alone becomes a partner. People already in the notebook are recognised by e-mail, then by
name within their organization, and updated instead of copied (see `domain.contact_import`).
"""

from collections.abc import Mapping
from pathlib import Path
from typing import TypeVar

from partnerdesk.domain.contact_import import (
    SKIP,
    ContactField,
    ImportContact,
    checked_contact,
    full_name_of,
)
from partnerdesk.domain.enums import PartnerKind, PartnerStage
from partnerdesk.domain.interchange import ImportFileError, ImportReport, Progress, no_progress
from partnerdesk.interchange.contacts_import import import_contacts
from partnerdesk.interchange.csv_fields import guess_mapping, normalized
from partnerdesk.interchange.csv_table import CsvTable, read_csv_table
from partnerdesk.interchange.spreadsheet_cells import undefused
from partnerdesk.store.store import Store

FORMAT = "csv"
FIELDS = frozenset(field.value for field in ContactField)
EnumT = TypeVar("EnumT", PartnerKind, PartnerStage)
GOOGLE_SEPARATOR = " ::: "
MULTI_VALUED = ("email", "phone", "website")
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "md", "esq", "mba"})
OURS_WORDS = frozenset({"ours", "our", "us", "we", "our side", "nuestro", "nuestra", "nosotros"})


def import_csv(
    store: Store,
    path: Path,
    *,
    dry_run: bool,
    mapping: Mapping[str, str] | None = None,
    progress: Progress = no_progress,
) -> ImportReport:
    """Imports the partners and people of a CSV file, or raises ImportFileError (line, why).

    `mapping` takes a column's header to a `ContactField` value or "skip"; columns it does
    not name are skipped. Without it, the mapping is guessed from the headers.
    """
    table = read_csv_table(path, progress=progress)
    return import_table(store, table, dry_run=dry_run, mapping=mapping, progress=progress)


def import_table(
    store: Store,
    table: CsvTable,
    *,
    dry_run: bool,
    mapping: Mapping[str, str] | None = None,
    progress: Progress = no_progress,
) -> ImportReport:
    """Imports a table already read (the mapping dialog reads the file once)."""
    contacts = contacts_from_table(table, mapping)
    notes = []
    if table.header_line > 1:
        notes.append(f"{table.header_line - 1} lines above the header were passed over.")
    return import_contacts(
        store,
        contacts,
        format=FORMAT,
        source=table.path,
        dry_run=dry_run,
        notes=notes,
        progress=progress,
    )


def contacts_from_table(
    table: CsvTable, mapping: Mapping[str, str] | None = None
) -> list[ImportContact]:
    """Every row as a checked contact; raises ImportFileError for a row that cannot be one."""
    columns = _columns_by_field(table, guess_mapping(table.headers) if mapping is None else mapping)
    if not (
        {
            ContactField.FULL_NAME,
            ContactField.FIRST_NAME,
            ContactField.LAST_NAME,
            ContactField.EMAIL,
            ContactField.ORGANIZATION,
        }
        & columns.keys()
    ):
        raise ImportFileError(
            "no column holds a name, an e-mail address or an organization; choose the "
            "columns to import in the import dialog",
            f"line {table.header_line}",
        )
    notes_columns = columns.pop(ContactField.NOTES, [])
    address_columns = columns.pop(ContactField.ADDRESS, [])
    single_valued = [(field.value, indexes) for field, indexes in columns.items()]
    headers = table.headers
    contacts = []
    for row in table.rows:
        cells = row.cells
        values: dict[str, str] = {}
        for field, indexes in single_valued:
            for index in indexes:
                if cells[index].strip():
                    values[field] = undefused(cells[index])
                    break
        for field in MULTI_VALUED:
            if field in values:
                # Google writes several addresses of one kind in one cell: "a@x ::: b@y".
                values[field] = values[field].split(GOOGLE_SEPARATOR, 1)[0]
        notes = [undefused(cells[i]) for i in notes_columns if cells[i].strip()]
        if len(notes_columns) > 1:
            notes = [
                f"{headers[i]}: {undefused(cells[i]).strip()}"
                for i in notes_columns
                if cells[i].strip()
            ]
        address = [undefused(cells[i]).strip() for i in address_columns if cells[i].strip()]
        contact = ImportContact(
            location=f"line {row.line}",
            full_name=_first_name_first(values.get("full_name", ""))
            or full_name_of(
                values.get("first_name", ""),
                values.get("middle_name", ""),
                values.get("last_name", ""),
            ),
            email=values.get("email", ""),
            phone=values.get("phone", ""),
            title=values.get("title", ""),
            role=values.get("role", ""),
            notes="\n".join(notes),
            ours=" ".join(values.get("side", "").split()).casefold() in OURS_WORDS,
            uuid=values.get("uuid", "").strip().lower(),
            organization=values.get("organization", ""),
            website=values.get("website", ""),
            sector=values.get("sector", ""),
            address=", ".join(address),
            city=values.get("city", ""),
            country=values.get("country", ""),
            kind=_enum_value(PartnerKind, values.get("kind", "")),
            stage=_enum_value(PartnerStage, values.get("stage", "")),
        )
        contacts.append(checked_contact(contact))
    return contacts


def _columns_by_field(table: CsvTable, mapping: Mapping[str, str]) -> dict[ContactField, list[int]]:
    """Field -> the columns that hold it, in the file's order (the first filled one wins)."""
    columns: dict[ContactField, list[int]] = {}
    for header, field in mapping.items():
        if field == SKIP:
            continue
        if field not in FIELDS:
            raise ValueError(f"{field!r} is not a PartnerDesk field")
        if header not in table.headers:
            raise ImportFileError(f'the file has no column "{header}"', f"line {table.header_line}")
        columns.setdefault(ContactField(field), []).append(table.column(header))
    for indexes in columns.values():
        indexes.sort()
    return columns


def _first_name_first(name: str) -> str:
    """ "Müller, Hans" -> "Hans Müller", as lists sorted by surname write names."""
    family, comma, given = name.partition(",")
    if not comma or "," in given or not family.strip() or not given.strip():
        return name
    if given.strip().rstrip(".").casefold() in NAME_SUFFIXES:
        return name  # "King, Jr." is one name
    return f"{given.strip()} {family.strip()}"


def _enum_value(enum: type[EnumT], text: str) -> EnumT | None:
    if not text:
        return None
    wanted = normalized(text).replace(" ", "_")
    for member in enum:
        if member.value == wanted:
            return member
    return None
