"""What an import or export did, and how it reports progress: shared by every format."""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from partnerdesk.domain.errors import PartnerDeskError

# Called with (done, total) as work goes on; total is 0 while unknown. It may raise
# ImportCancelled (or return normally) — formats call it at least every few hundred records.
Progress = Callable[[int, int], None]


def no_progress(_done: int, _total: int) -> None:
    """The progress callback for callers that do not show progress."""


class ImportFileError(PartnerDeskError):
    """An import file that cannot be imported as it is; nothing was imported.

    `location` says where, in the user's terms: "line 14", "card 3 (line 40)", "$.partners[2]".
    """

    def __init__(self, message: str, location: str = "") -> None:
        super().__init__(f"{location}: {message}" if location else message)
        self.location = location


class ImportCancelled(PartnerDeskError):
    """The user cancelled an import or export; nothing was imported."""

    def __init__(self) -> None:
        super().__init__("Cancelled; nothing was imported.")


@dataclass(frozen=True, kw_only=True)
class ImportReport:
    """What an import did (or, for a dry run, would do), counted per kind of record."""

    format: str
    source: Path
    dry_run: bool
    created: Mapping[str, int] = field(default_factory=dict)
    updated: Mapping[str, int] = field(default_factory=dict)
    skipped: Mapping[str, int] = field(default_factory=dict)
    # Things noticed but not fatal, in the user's terms: "3 photos skipped (card 2, 5, 9)".
    notes: tuple[str, ...] = ()

    def summary(self) -> str:
        """One line for the status bar or the terminal."""
        verb = "Would create" if self.dry_run else "Created"

        def counts(by_kind: Mapping[str, int]) -> str:
            parts = [f"{count:,} {kind}" for kind, count in by_kind.items() if count]
            return ", ".join(parts) or "nothing"

        return (
            f"{verb} {counts(self.created)}; updated {counts(self.updated)}; "
            f"skipped {counts(self.skipped)}."
        )


@dataclass(frozen=True, kw_only=True)
class ExportReport:
    """What an export wrote."""

    format: str
    destination: Path
    counts: Mapping[str, int] = field(default_factory=dict)
