"""Reading CSV files: encodings, delimiters, header lines, and every kind of bad input."""

import codecs
from pathlib import Path

import pytest

from partnerdesk.domain.interchange import ImportFileError
from partnerdesk.interchange.csv_table import parse_csv, read_csv_table, sniff_delimiter
from partnerdesk.interchange.import_limits import ImportLimits
from partnerdesk.interchange.text_decoding import decode_text
from tests.interchange.contact_files import DATA

HERE = Path("contacts.csv")


def parse(data: bytes, limits: ImportLimits | None = None):  # type: ignore[no-untyped-def]
    return parse_csv(data, HERE, limits=limits)


@pytest.mark.parametrize(
    ("name", "encoding", "delimiter", "header_line", "rows"),
    [
        ("outlook-contacts.csv", "Windows-1252", ",", 1, 6),
        ("google-contacts.csv", "UTF-8", ",", 1, 4),
        ("linkedin-Connections.csv", "UTF-8", ",", 4, 5),
        ("excel-unicode-text.txt", "UTF-16 LE", "\t", 1, 3),
        ("excel-semicolon.csv", "Windows-1252", ";", 1, 3),
        ("hubspot-contacts.csv", "UTF-8 with BOM", ",", 1, 3),
        ("salesforce-contacts.csv", "UTF-8", ",", 1, 2),
    ],
)
def test_real_exports_are_read_as_written(
    name: str, encoding: str, delimiter: str, header_line: int, rows: int
) -> None:
    table = read_csv_table(DATA / name)
    assert (table.encoding, table.delimiter, table.header_line) == (
        encoding,
        delimiter,
        header_line,
    )
    assert len(table.rows) == rows  # the blank rows at the end of the semicolon file are not
    assert all(len(row.cells) == len(table.headers) for row in table.rows)


def test_accents_survive_each_encoding() -> None:
    outlook = read_csv_table(DATA / "outlook-contacts.csv")
    assert outlook.rows[0].cells[outlook.column("Last Name")] == "Ibáñez"
    unicode_text = read_csv_table(DATA / "excel-unicode-text.txt")
    assert unicode_text.rows[1].cells[unicode_text.column("Empresa")] == "東京工業大学"
    assert unicode_text.headers[4] == "Correo electrónico"


def test_rows_know_the_line_they_start_on() -> None:
    table = parse(b'Name,Notes\r\nAna,"two\r\nlines"\r\nBob,x\r\n')
    assert [row.line for row in table.rows] == [2, 4]


@pytest.mark.parametrize(
    ("codec", "bom"),
    [
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-16-le", b""),
        ("utf-16-be", b""),
        ("utf-32-le", codecs.BOM_UTF32_LE),
    ],
)
def test_byte_order_marks_and_bomless_utf16(codec: str, bom: bytes) -> None:
    text = "Name\tCompany\r\nJosé Peña\tÆther AG\r\n"
    table = parse(bom + text.encode(codec))
    assert table.rows[0].cells == ("José Peña", "Æther AG")


def test_windows_1252_is_told_from_utf8() -> None:
    assert decode_text("Café, Zoë € “quoted”".encode("cp1252")).label == "Windows-1252"
    assert decode_text("Café, Zoë € “quoted”".encode()).label == "UTF-8"


@pytest.mark.parametrize(
    ("sample", "delimiter"),
    [
        ("a,b,c\n1,2,3\n", ","),
        ("Name;Company\nMüller, Hans;Brücke\nDupont, Élise;SGI\n", ";"),
        ("a\tb\n1,5\t2\n", "\t"),
        ("a|b|c\n1|2|3\n", "|"),
        ("just one column\nrow\n", ","),
    ],
)
def test_delimiter_is_sniffed(sample: str, delimiter: str) -> None:
    assert sniff_delimiter(sample) == delimiter


def test_duplicate_and_empty_headers_get_names_of_their_own() -> None:
    table = parse(b"Name,Notes,,Notes\nAna,a,b,c\n")
    assert table.headers == ("Name", "Notes", "Column 3", "Notes (2)")


def refusal(data: bytes, limits: ImportLimits | None = None) -> ImportFileError:
    with pytest.raises(ImportFileError) as caught:
        parse(data, limits)
    return caught.value


def test_an_unclosed_quote_names_the_line_it_opened_on() -> None:
    data = b'Name,Company\r\nAna,Acme\r\nBob,"Globex\r\nCarl,Initech\r\nDora,Umbrella\r\n'
    error = refusal(data)
    assert error.location == "line 3"
    assert "never closed" in error.message


def test_an_unclosed_quote_after_doubled_quotes_is_found_too() -> None:
    data = b'Name,Notes\nAna,"said ""hi"" and\nmore"\nCarl,"open ""x""\n'
    assert refusal(data).location == "line 4"


def test_text_after_a_closing_quote_is_refused() -> None:
    error = refusal(b'Name,Company\nAna,"Acme" Inc\n')
    assert error.location == "line 2"
    assert "doubled" in error.message


def test_a_row_wider_than_the_header_is_refused() -> None:
    error = refusal(b"Name,Company\nAna,Acme\nSmith, John,Globex\n")
    assert error.location == "line 3"
    assert "3 cells but the header has 2" in error.message


def test_trailing_empty_cells_and_short_rows_are_fine() -> None:
    table = parse(b"Name,Company,Notes\nAna,Acme,,,\nBob\n")
    assert [row.cells for row in table.rows] == [("Ana", "Acme", ""), ("Bob", "", "")]


def test_nul_bytes_are_refused_with_their_line() -> None:
    error = refusal(b"Name,Company\nAna,Acme\nBob,Glo\x00bex\n")
    assert error.location == "line 3"
    assert "NUL" in error.message


def test_a_damaged_utf8_file_names_the_bad_byte_and_line() -> None:
    data = "Name,Company\nJosé,Acme\nZoë,Glo".encode() + b"\xff" + b"bex\n"
    error = refusal(data)
    assert error.location == "line 3"
    assert "0xFF" in error.message


def test_bytes_that_are_neither_utf8_nor_windows_1252_are_refused() -> None:
    error = refusal(b"Name,Company\nAna,Acme\nBob,\x81\x8d\n")
    assert error.location == "line 3"
    assert "Windows-1252" in error.message


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"PK\x03\x04\x14\x00\x06\x00rest of a workbook", "Excel workbook"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nEND:VCARD\r\n", "vCard"),
        (b"", "empty"),
    ],
)
def test_files_that_are_not_csv_say_what_they_are(data: bytes, says: str) -> None:
    error = refusal(data)
    assert says in error.message
    assert error.location == "line 1"


def test_limits_on_value_size_rows_and_columns() -> None:
    small = ImportLimits(max_field_chars=10, max_records=2, max_columns=3)
    assert refusal(b"Name\nAna\nBobbyBobbyBobby\n", small).location == "line 3"
    assert "more than 2 rows" in refusal(b"Name\na\nb\nc\n", small).message
    assert "4 columns" in refusal(b"a,b,c,d\n1,2,3,4\n", small).message


def test_a_file_over_the_size_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_bytes(b"Name\n" + b"a\n" * 600)
    with pytest.raises(ImportFileError, match="larger than"):
        read_csv_table(path, limits=ImportLimits(max_bytes=1000))


def test_a_missing_file_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="no file"):
        read_csv_table(tmp_path / "nope.csv")
