"""The brief laid out on exactly one page: shortened in order, user text escaped."""

import subprocess
import sys
from dataclasses import replace

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from partnerdesk.briefs.layout import (
    Limits,
    PageSetup,
    PaperSize,
    default_page_size,
    fit_to_one_page,
    render_html,
    shorten,
)
from partnerdesk.domain.brief import BriefContent
from tests.briefs import HOSTILE, huge_brief, minimal_brief, typical_brief

SECTIONS = (
    "Talking points",
    "What they need",
    "Where we stand",
    "Promises",
    "Track record",
    "Last meetings",
    "People",
    "Prepared on 27 Nov 2026",
)


@pytest.mark.parametrize("paper", list(PaperSize))
@pytest.mark.parametrize("content", [minimal_brief(), typical_brief(), huge_brief()])
def test_every_brief_is_one_page(
    qapp: QApplication, content: BriefContent, paper: PaperSize
) -> None:
    _html, document = fit_to_one_page(content, PageSetup(paper))
    assert document.pageCount() == 1
    text = document.toPlainText()
    assert content.header.name in text
    for section in SECTIONS:
        assert section in text


def test_a_brief_that_fits_is_not_shortened(qapp: QApplication) -> None:
    content = typical_brief()
    html, document = fit_to_one_page(content, PageSetup())
    text = document.toPlainText()
    assert "more" not in text.replace("two more data", "")
    assert "Send the lab visit dates" in text
    assert "Quarterly review 1" in text
    assert "Budget for the internships is waiting on their CFO" in text
    assert html == render_html(content)


def test_a_long_brief_says_what_it_left_out(qapp: QApplication) -> None:
    _html, document = fit_to_one_page(huge_brief(), PageSetup())
    text = document.toPlainText()
    for kind in ("needs", "initiatives", "commitments", "people"):
        assert f"more {kind}" in text
    # Both sides keep their first, most pressing promise.
    assert "Our promise 0:" in text
    assert "Their promise 0:" in text
    assert "Our promise 99:" not in text


def test_meeting_key_lines_are_the_first_thing_shortened(qapp: QApplication) -> None:
    content = typical_brief()
    trimmed, left_out = shorten(content, Limits(key_lines=1))
    assert [len(m.key_lines) for m in trimmed.meetings] == [1, 1, 1]
    assert trimmed.people == content.people
    assert left_out.meetings == 0


def test_shortening_counts_what_each_side_left_out() -> None:
    content = huge_brief()
    trimmed, left_out = shorten(content, Limits(promises=6, people=6, text=40))
    assert len(trimmed.our_promises) == len(trimmed.their_promises) == 6
    assert (left_out.our_promises, left_out.their_promises, left_out.people) == (94, 94, 74)
    assert all(len(need.description) <= 40 for need in trimmed.needs)
    assert trimmed.needs[0].description.endswith("…")
    assert content.our_promises[0].description != trimmed.our_promises[0].description


def test_user_text_is_escaped(qapp: QApplication) -> None:
    content = replace(
        typical_brief(name=f"Acme {HOSTILE}"),
        talking_points=(f"Raise {HOSTILE} & <b>bold</b>",),
    )
    html, document = fit_to_one_page(content, PageSetup())
    assert HOSTILE not in html
    assert "&lt;img src=&#34;file:///etc/passwd&#34;&gt;" in html
    text = document.toPlainText()
    assert f"Acme {HOSTILE}" in text
    assert f"Raise {HOSTILE} & <b>bold</b>" in text


def test_a_nameless_partner_with_a_huge_name_still_fits(qapp: QApplication) -> None:
    content = minimal_brief(name="Very Long Name " * 200)
    _html, document = fit_to_one_page(content, PageSetup())
    assert document.pageCount() == 1


@pytest.mark.parametrize(
    ("language", "country", "paper"),
    [
        (QLocale.Language.English, QLocale.Country.UnitedStates, PaperSize.LETTER),
        (QLocale.Language.French, QLocale.Country.Canada, PaperSize.LETTER),
        (QLocale.Language.English, QLocale.Country.UnitedKingdom, PaperSize.A4),
        (QLocale.Language.German, QLocale.Country.Germany, PaperSize.A4),
    ],
)
def test_default_page_size_follows_the_locale(
    language: QLocale.Language, country: QLocale.Country, paper: PaperSize
) -> None:
    assert default_page_size(QLocale(language, country)) is paper


def test_body_size_is_the_page_less_its_margins() -> None:
    a4 = PageSetup(PaperSize.A4, margin_mm=10).body_size()
    letter = PageSetup(PaperSize.LETTER, margin_mm=10).body_size()
    assert a4.width() == pytest.approx((210 - 20) * 72 / 25.4)
    assert a4.height() == pytest.approx((297 - 20) * 72 / 25.4)
    assert letter.width() == pytest.approx((215.9 - 20) * 72 / 25.4, abs=0.5)


def test_briefs_load_neither_widgets_nor_the_database() -> None:
    # import-linter cannot forbid a submodule of PySide6, so this test keeps QtWidgets out.
    probe = (
        "import sys, partnerdesk.briefs.layout, partnerdesk.briefs.pdf; "
        "print(sorted(m for m in ('PySide6.QtWidgets', 'sqlalchemy') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
