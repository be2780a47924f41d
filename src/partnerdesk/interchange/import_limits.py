"""How much an import file may hold and how long reading it may take, and reading it so."""

import re
import time
from dataclasses import dataclass
from pathlib import Path

from partnerdesk.domain.errors import StorageError
from partnerdesk.domain.interchange import ImportFileError

MEGABYTE = 1024 * 1024
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class ImportLimits:
    """The bounds every contacts import keeps, whatever the file holds."""

    max_bytes: int = 50 * MEGABYTE
    max_records: int = 200_000  # rows of a CSV file, cards of a vCard file
    max_field_chars: int = 64 * 1024
    max_columns: int = 1000
    max_seconds: float = 120.0


class Deadline:
    """Refuses a file whose reading goes on longer than the limits allow."""

    def __init__(self, seconds: float) -> None:
        self._seconds = seconds
        self._ends = time.monotonic() + seconds

    def check(self, location: str) -> None:
        if time.monotonic() > self._ends:
            raise ImportFileError(
                f"reading the file took longer than {self._seconds:.0f} s, so it was "
                "stopped; split it into smaller files",
                location,
            )


def read_limited(path: Path, limits: ImportLimits) -> bytes:
    """The file's bytes, or an ImportFileError if it is larger than `limits` allow."""
    try:
        with path.open("rb") as file:
            data = file.read(limits.max_bytes + 1)
    except FileNotFoundError:
        raise ImportFileError(f"There is no file at {path}.") from None
    except IsADirectoryError:
        raise ImportFileError(f"{path} is a folder, not a file.") from None
    except OSError as error:
        raise StorageError(f"Cannot read {path}: {error.strerror or error}.") from error
    if len(data) > limits.max_bytes:
        raise ImportFileError(
            f"{path.name} is larger than {limits.max_bytes // MEGABYTE} MB, the most "
            "PartnerDesk imports at once; split it into smaller files."
        )
    return data


def line_of(text: str, offset: int) -> int:
    """The 1-based line that character `offset` of `text` is on (CR, LF or CRLF end a line)."""
    return len(_LINE_BREAK.findall(text, 0, offset)) + 1
