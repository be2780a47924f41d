"""Every open format by name, for the command line and the menus alike; loaded when used.

A format's module is imported only when its import or export runs, so starting the
app or the command line loads none of the interchange libraries (vobject, ...).
"""

import importlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, cast

from partnerdesk.domain.errors import PartnerDeskError
from partnerdesk.domain.interchange import ExportReport, ImportReport, Progress, no_progress
from partnerdesk.store.store import Store


class Exporter(Protocol):
    def __call__(
        self, store: Store, path: Path, *, progress: Progress = no_progress
    ) -> ExportReport: ...


class Importer(Protocol):
    def __call__(
        self, store: Store, path: Path, *, dry_run: bool, progress: Progress = no_progress
    ) -> ImportReport: ...


@dataclass(frozen=True)
class Format:
    """One open format: where its functions live and what it reads or writes."""

    name: str  # as the command line spells it
    label: str  # as a person calls it
    module: str
    export_function: str | None
    import_function: str | None
    import_module: str = ""  # when it is not `module`
    # What an export writes: "file" (with `suffix`) or "folder" (of files).
    writes: str = "file"
    suffix: str = ""
    file_filter: str = ""  # for file dialogs: "JSON files (*.json)"


FORMATS: Mapping[str, Format] = {
    format_.name: format_
    for format_ in (
        Format(
            "json",
            "JSON",
            "partnerdesk.interchange.json_format",
            "export_json",
            "import_json",
            suffix=".json",
            file_filter="PartnerDesk JSON (*.json)",
        ),
        Format(
            "csv",
            "CSV",
            "partnerdesk.interchange.csv_export",
            "export_csv",
            "import_csv",
            import_module="partnerdesk.interchange.csv_import",
            writes="folder",
            file_filter="CSV files (*.csv *.txt)",
        ),
        Format(
            "vcard",
            "vCard",
            "partnerdesk.interchange.vcard",
            "export_vcards",
            "import_vcards",
            suffix=".vcf",
            file_filter="vCard files (*.vcf *.vcard)",
        ),
        Format(
            "ics",
            "iCalendar",
            "partnerdesk.interchange.ics",
            "export_calendar",
            None,
            suffix=".ics",
            file_filter="iCalendar files (*.ics)",
        ),
        Format(
            "markdown",
            "Markdown",
            "partnerdesk.interchange.markdown_export",
            "export_markdown",
            None,
            writes="folder",
        ),
    )
}
EXPORT_FORMATS = tuple(name for name, f in FORMATS.items() if f.export_function)
IMPORT_FORMATS = tuple(name for name, f in FORMATS.items() if f.import_function)


def exporter(name: str) -> Exporter:
    """The export function of format `name` (see `FORMATS`)."""
    format_ = FORMATS[name]
    assert format_.export_function is not None, f"{name} has no export"
    return cast(Exporter, _load(name, format_.module, format_.export_function, "Export"))


def importer(name: str) -> Importer:
    """The import function of format `name`: "json", "csv" or "vcard"."""
    format_ = FORMATS[name]
    assert format_.import_function is not None, f"{name} has no import"
    module = format_.import_module or format_.module
    return cast(Importer, _load(name, module, format_.import_function, "Import"))


def _load(name: str, module_name: str, function: str, verb: str) -> object:
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        if error.name != module_name:
            raise  # the format is here but something it needs is not: a bug to see
        raise PartnerDeskError(f"{verb} of {name} is not available in this version.") from None
    found: object = getattr(module, function)
    return found
