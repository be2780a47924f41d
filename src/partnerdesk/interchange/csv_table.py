"""Reading a CSV file into a table: encoding, delimiter, header line, rows with line numbers.

Whatever the file holds, reading it is bounded (`ImportLimits`) and ends either in a
`CsvTable` or in an `ImportFileError` naming the line and the reason: an unclosed quote
(Python's csv module would read on to the end of the file), text after a closing quote, a
row with more cells than the header, a value over 64 KB, a NUL, an undecodable byte, or a
file that is no CSV at all (a workbook, a PDF, a picture, a vCard).
"""

import csv
import io
import itertools
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from partnerdesk.domain.interchange import ImportFileError, Progress, no_progress
from partnerdesk.interchange.csv_fields import header_score
from partnerdesk.interchange.import_limits import Deadline, ImportLimits, line_of, read_limited
from partnerdesk.interchange.text_decoding import decode_text

DELIMITERS = (",", ";", "\t", "|")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}
SNIFF_CHARS = 64 * 1024
SNIFF_RECORDS = 50
HEADER_SEARCH_RECORDS = 30
PROGRESS_EVERY = 1000

# What other files begin with, to say so instead of "line 1 is not CSV".
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "an Excel workbook or another zip file; save it from Excel as CSV"),
    (b"\xd0\xcf\x11\xe0", "an old Excel workbook (.xls); save it from Excel as CSV"),
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG picture"),
    (b"\xff\xd8\xff", "a JPEG picture"),
    (b"GIF8", "a GIF picture"),
    (b"SQLite format 3\x00", "a database file"),
)


@dataclass(frozen=True)
class CsvRow:
    line: int  # where the row starts, counting from 1
    cells: tuple[str, ...]  # as many as the header has


@dataclass(frozen=True)
class CsvTable:
    """A CSV file as read: how it was written, its header and its data rows."""

    path: Path
    encoding: str  # as a person knows it: "UTF-8 with BOM", "Windows-1252", "UTF-16 LE"
    delimiter: str
    header_line: int
    # One name per column, made unique: "Notes", "Notes (2)"; an empty header is "Column 5".
    headers: tuple[str, ...]
    rows: tuple[CsvRow, ...]

    @property
    def delimiter_name(self) -> str:
        return DELIMITER_NAMES[self.delimiter]

    def column(self, header: str) -> int:
        return self.headers.index(header)


def read_csv_table(
    path: Path, *, limits: ImportLimits | None = None, progress: Progress = no_progress
) -> CsvTable:
    """Reads and checks the whole file; raises ImportFileError naming the line if it cannot."""
    limits = limits or ImportLimits()
    return parse_csv(read_limited(path, limits), path, limits=limits, progress=progress)


def parse_csv(
    data: bytes,
    path: Path,
    *,
    limits: ImportLimits | None = None,
    progress: Progress = no_progress,
) -> CsvTable:
    limits = limits or ImportLimits()
    deadline = Deadline(limits.max_seconds)
    _refuse_other_formats(data)
    decoded = decode_text(data)
    text = decoded.text
    if text.lstrip().upper().startswith("BEGIN:VCARD"):
        raise ImportFileError("this is a vCard file, not CSV; import it as vCard", "line 1")
    if not text.strip():
        raise ImportFileError("the file is empty", "line 1")
    delimiter = sniff_delimiter(text)
    records = _records(text, delimiter, limits, deadline)
    header_line, header, after_header = _take_header(records)
    headers = unique_headers(header)
    rows: list[CsvRow] = []
    for line, cells in itertools.chain(after_header, records):
        if len(rows) >= limits.max_records:
            raise ImportFileError(
                f"the file has more than {limits.max_records:,} rows, the most PartnerDesk "
                "imports at once; split it into smaller files",
                f"line {line}",
            )
        if len(rows) % PROGRESS_EVERY == 0:
            deadline.check(f"line {line}")
            progress(len(rows), 0)
        if not any(cell.strip() for cell in cells):
            continue  # a blank line, or a row of empty cells as spreadsheets leave at the end
        if len(cells) > len(headers):
            if any(cell.strip() for cell in cells[len(headers) :]):
                raise ImportFileError(
                    f"the row has {len(cells)} cells but the header has {len(headers)}; "
                    f"is there a {DELIMITER_NAMES[delimiter]} inside a value without quotes "
                    "around it?",
                    f"line {line}",
                )
            cells = cells[: len(headers)]
        elif len(cells) < len(headers):
            cells = cells + ("",) * (len(headers) - len(cells))
        rows.append(CsvRow(line, cells))
    return CsvTable(
        path=path,
        encoding=decoded.label,
        delimiter=delimiter,
        header_line=header_line,
        headers=headers,
        rows=tuple(rows),
    )


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first records into the most rows of one width.

    csv.Sniffer guesses from character frequencies and is often wrong on real exports
    (a comma in "Smith, John" in a semicolon file); counting widths of parsed rows is not.
    """
    sample = text[:SNIFF_CHARS]
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
        widths: Counter[int] = Counter()
        try:
            for index, row in enumerate(reader):
                if index >= SNIFF_RECORDS:
                    break
                if len(row) > 1:
                    widths[len(row)] += 1
        except csv.Error:
            pass  # a cut-off sample or a stray quote: judge by the rows read so far
        if not widths:
            continue
        width, count = widths.most_common(1)[0]
        score = (count, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def unique_headers(header: Sequence[str]) -> tuple[str, ...]:
    """Column names as the mapping uses them: trimmed, never empty, never twice the same."""
    seen: Counter[str] = Counter()
    names: list[str] = []
    for index, cell in enumerate(header):
        name = " ".join(cell.split()) or f"Column {index + 1}"
        seen[name] += 1
        names.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return tuple(names)


def _refuse_other_formats(data: bytes) -> None:
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise ImportFileError(f"this is {what}, not a CSV file", "line 1")


def _records(
    text: str, delimiter: str, limits: ImportLimits, deadline: Deadline
) -> Iterator[tuple[int, tuple[str, ...]]]:
    """(start line, cells) of every record, checked as it is read."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    line = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise _csv_error(error, text, line, reader.line_num) from None
        for cell in row:
            if len(cell) > limits.max_field_chars:
                raise ImportFileError(
                    f"a value is {len(cell):,} characters long, more than the "
                    f"{limits.max_field_chars // 1024} KB a field may hold; is a quote "
                    "left open?",
                    f"line {line}",
                )
        if len(row) > limits.max_columns:
            raise ImportFileError(
                f"the row has {len(row):,} columns, more than the {limits.max_columns:,} "
                "PartnerDesk reads",
                f"line {line}",
            )
        yield line, tuple(row)
        line = reader.line_num + 1
        if line % PROGRESS_EVERY == 0:
            deadline.check(f"line {line}")


def _csv_error(error: csv.Error, text: str, start: int, reached: int) -> ImportFileError:
    message = str(error)
    if "unexpected end of data" in message:
        opened = _unclosed_quote_line(text)
        return ImportFileError(
            "a quote opens here and is never closed, so the rest of the file would be "
            'read as one value; close it, or double a quote that is part of the text ("")',
            f"line {max(opened, start)}",
        )
    if "expected after" in message:
        return ImportFileError(
            'text follows a closing quote; a quote inside a value must be doubled ("")',
            f"line {reached}",
        )
    if "field larger than field limit" in message:
        return ImportFileError(
            "a value is longer than a field may hold; is a quote left open?", f"line {start}"
        )
    return ImportFileError(f"the line cannot be read as CSV ({message})", f"line {reached}")


def _unclosed_quote_line(text: str) -> int:
    """The line of the quote left open at the end of the file.

    Everything after an opening quote that never closes is quotes in pairs (""), so the
    opening one is the last quote that is not the second of a pair.
    """
    position = len(text)
    while True:
        position = text.rfind('"', 0, position)
        if position <= 0 or text[position - 1] != '"':
            return line_of(text, max(position, 0))
        position -= 1


def _take_header(
    records: Iterator[tuple[int, tuple[str, ...]]],
) -> tuple[int, tuple[str, ...], list[tuple[int, tuple[str, ...]]]]:
    """The header record, and the early records read after it; lines above it are passed over.

    LinkedIn puts a few "Notes:" lines above its header; some CRMs a title line. The header
    is the first of the early records in which a column name is recognised, or failing
    that the first record as wide as most of them.
    """
    early: list[tuple[int, tuple[str, ...]]] = []
    for record in records:
        early.append(record)
        if len(early) >= HEADER_SEARCH_RECORDS:
            break
    candidates = [index for index, (_line, cells) in enumerate(early) if _filled(cells)]
    if not candidates:
        raise ImportFileError("the file has no header line", "line 1")
    width = Counter(len(early[index][1]) for index in candidates).most_common(1)[0][0]
    # A lone "Notes:" above a wide header is a note, not a one-column header.
    wide_enough = min(2, width)
    chosen = next(
        (
            index
            for index in candidates
            if _filled(early[index][1]) >= wide_enough and header_score(early[index][1]) > 0
        ),
        None,
    )
    if chosen is None:
        chosen = next(index for index in candidates if len(early[index][1]) == width)
    header_line, header = early[chosen]
    return header_line, header, early[chosen + 1 :]


def _filled(cells: Sequence[str]) -> int:
    return sum(1 for cell in cells if cell.strip())
