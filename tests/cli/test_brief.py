"""`partnerdesk brief`: a partner's one-page PDF, the week's batch, and clear errors."""

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from partnerdesk.cli.main import main
from partnerdesk.domain.enums import Direction
from partnerdesk.domain.models import Commitment, Meeting, Partner
from partnerdesk.store.store import Store


@pytest.fixture
def notebook(tmp_path: Path) -> Path:
    path = tmp_path / "office.partnerdesk"
    store = Store.open(path, tmp_path / "backups")
    bank = store.partners.add(Partner(name="Northwind Bank", city="Rotterdam"))
    store.partners.add(Partner(name="Northwind Trust"))
    store.partners.add(Partner(name='Acme <img src="file:///etc/passwd">'))
    store.commitments.add(
        Commitment(
            partner_id=bank.id,
            direction=Direction.THEIRS,
            description="Send the internship budget",
            due_on=date.today() - timedelta(days=3),
        )
    )
    # Now is in this week, and a meeting up to the end of today counts as held.
    store.meetings.add(
        Meeting(
            partner_id=bank.id,
            starts_at=datetime.now(UTC).replace(microsecond=0),
            title="Quarterly review",
            notes="## Next steps\n- Draft the pilot plan",
        )
    )
    store.close()
    return path


def pdf_text(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def test_brief_of_one_partner(
    qapp: QApplication, notebook: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "bank.pdf"
    argv = ["brief", "Northwind Bank", "--db", str(notebook), "-o", str(target)]
    assert main([*argv, "--page-size", "letter"]) == 0
    [text] = pdf_text(target)
    assert "Northwind Bank" in text
    assert "Send the internship budget" in text
    assert "Draft the pilot plan" in text
    assert round(float(PdfReader(target).pages[0].mediabox.width)) == 612
    assert "Wrote the brief of Northwind Bank" in capsys.readouterr().out


def test_hostile_name_by_unique_prefix(qapp: QApplication, notebook: Path, tmp_path: Path) -> None:
    target = tmp_path / "acme.pdf"
    assert main(["brief", "acme", "--db", str(notebook), "-o", str(target)]) == 0
    assert 'Acme <img src="file:///etc/passwd">' in pdf_text(target)[0]


def test_ambiguous_prefix_lists_the_candidates(
    qapp: QApplication, notebook: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "x.pdf"
    assert main(["brief", "Northwind", "--db", str(notebook), "-o", str(target)]) == 1
    error = capsys.readouterr().err
    assert "Northwind Bank" in error
    assert "Northwind Trust" in error
    assert not target.exists()


def test_unknown_partner_is_exit_1(
    qapp: QApplication, notebook: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["brief", "Nobody", "--db", str(notebook), "-o", str(tmp_path / "x.pdf")]) == 1
    assert 'No partner is named "Nobody"' in capsys.readouterr().err


def test_week_writes_one_page_per_partner_met(
    qapp: QApplication, notebook: Path, tmp_path: Path
) -> None:
    target = tmp_path / "week.pdf"
    assert main(["brief", "--week", "--db", str(notebook), "-o", str(target)]) == 0
    pages = pdf_text(target)
    assert len(pages) == 1
    assert "Northwind Bank" in pages[0]


def test_partner_or_week_but_not_both(
    qapp: QApplication, notebook: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = ["--db", str(notebook), "-o", str(tmp_path / "x.pdf")]
    assert main(["brief", *out]) == 2
    assert main(["brief", "Northwind Bank", "--week", *out]) == 2
    assert "name one PARTNER, or use --week" in capsys.readouterr().err


def test_bad_page_size_is_usage_error(notebook: Path, tmp_path: Path) -> None:
    argv = ["brief", "Northwind Bank", "--db", str(notebook), "-o", str(tmp_path / "x.pdf")]
    with pytest.raises(SystemExit) as exit_:
        main([*argv, "--page-size", "A5"])
    assert exit_.value.code == 2
