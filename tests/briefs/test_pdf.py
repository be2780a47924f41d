"""Briefs written as PDF: one page each, the expected text, no page number, safe writes."""

import re
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from partnerdesk.briefs.layout import PageSetup, PaperSize
from partnerdesk.briefs.pdf import ensure_gui_application, write_brief_pdf, write_briefs_pdf
from partnerdesk.domain.brief import BriefContent
from partnerdesk.domain.errors import StorageError
from tests.briefs import HOSTILE, huge_brief, minimal_brief, typical_brief

SECTIONS = (
    "Talking points",
    "What they need",
    "Where we stand",
    "Promises",
    "Track record",
    "Last meetings",
    "People",
)


def pdf_pages(path: Path) -> list[str]:
    """The text of each page, with runs of white space made single spaces."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def test_ensure_gui_application_keeps_the_running_one(qapp: QApplication) -> None:
    assert ensure_gui_application() is qapp


def test_typical_brief_holds_its_sections_and_values(qapp: QApplication, tmp_path: Path) -> None:
    target = tmp_path / "brief.pdf"
    write_brief_pdf(typical_brief(), target, PageSetup(PaperSize.A4))
    [text] = pdf_pages(target)
    for section in SECTIONS:
        assert section in text
    for value in (
        "Northwind Bank",
        "Company · Active · Financial services · Rotterdam · Owner: Dana Whitfield",
        "Relationship since 4 Mar 2021",
        "Send the internship budget",
        "We kept 9 of 10 on time · They kept 4 of 6",
        "Quarterly review 3",
        "Ines Moreau",
        "Prepared on 27 Nov 2026",
    ):
        assert value in text
    assert "more" not in text.replace("two more data", "")


@pytest.mark.parametrize("content", [minimal_brief(), huge_brief()], ids=["bare", "huge"])
def test_any_brief_is_exactly_one_page(
    qapp: QApplication, tmp_path: Path, content: BriefContent
) -> None:
    target = tmp_path / "brief.pdf"
    write_brief_pdf(content, target)
    [text] = pdf_pages(target)
    assert content.header.name in text
    assert "Prepared on 27 Nov 2026" in text


def test_a_shortened_brief_says_what_it_left_out(qapp: QApplication, tmp_path: Path) -> None:
    target = tmp_path / "brief.pdf"
    write_brief_pdf(huge_brief(), target)
    [text] = pdf_pages(target)
    assert re.search(r"\+\d+ more commitments", text)
    assert re.search(r"\+\d+ more people", text)


def test_no_page_number_is_printed(qapp: QApplication, tmp_path: Path) -> None:
    target = tmp_path / "brief.pdf"
    write_brief_pdf(minimal_brief(), target)
    lines = PdfReader(target).pages[0].extract_text().splitlines()
    assert lines
    assert not [line for line in lines if re.fullmatch(r"\s*\d+\s*", line)]


def test_hostile_text_prints_as_its_characters(qapp: QApplication, tmp_path: Path) -> None:
    content = replace(minimal_brief(name=f"Acme {HOSTILE}"), talking_points=(HOSTILE,))
    target = tmp_path / "brief.pdf"
    write_brief_pdf(content, target)
    [text] = pdf_pages(target)
    assert f"Acme {HOSTILE}" in text
    assert text.count(HOSTILE) == 2


def test_a_batch_has_one_page_per_partner(qapp: QApplication, tmp_path: Path) -> None:
    names = ["Alpha Works", "Beta Institute", "Gamma Fund"]
    contents = [typical_brief(names[0]), huge_brief(names[1]), minimal_brief(names[2])]
    target = tmp_path / "week.pdf"
    write_briefs_pdf(contents, target)
    pages = pdf_pages(target)
    assert len(pages) == 3
    for name, text in zip(names, pages, strict=True):
        assert name in text


def test_an_empty_batch_is_refused(qapp: QApplication, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="at least one"):
        write_briefs_pdf([], tmp_path / "week.pdf")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("paper", "size"), [(PaperSize.A4, (595, 842)), (PaperSize.LETTER, (612, 792))]
)
def test_paper_size_sets_the_media_box(
    qapp: QApplication, tmp_path: Path, paper: PaperSize, size: tuple[int, int]
) -> None:
    target = tmp_path / "brief.pdf"
    write_brief_pdf(typical_brief(), target, PageSetup(paper))
    box = PdfReader(target).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size


def test_an_unwritable_place_is_a_storage_error(qapp: QApplication, tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="Could not write"):
        write_brief_pdf(typical_brief(), tmp_path / "missing" / "brief.pdf")


def test_rewriting_replaces_the_old_file_whole(qapp: QApplication, tmp_path: Path) -> None:
    target = tmp_path / "brief.pdf"
    target.write_bytes(b"old")
    write_brief_pdf(typical_brief(), target)
    assert target.read_bytes().startswith(b"%PDF")
    assert [path.name for path in tmp_path.iterdir()] == ["brief.pdf"]
