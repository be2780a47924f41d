from datetime import UTC, datetime, time
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from partnerdesk.domain.agenda import week_of
from partnerdesk.domain.models import Meeting, Partner
from partnerdesk.store.store import Store
from partnerdesk.ui.brief_commands import BriefCommands
from tests.conftest import TODAY


def make(qtbot: QtBot, store: Store) -> BriefCommands:
    window = QMainWindow()
    qtbot.addWidget(window)
    return BriefCommands(store, window, lambda: TODAY)


def test_save_brief_writes_one_page_with_the_partner(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    partner = store.partners.add(Partner(name="Northwind <b>Bank</b>"))
    path = make(qtbot, store).save_brief_pdf(partner.id, tmp_path / "brief.pdf")
    assert path == tmp_path / "brief.pdf"
    reader = PdfReader(str(path))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Northwind <b>Bank</b>" in text


def test_printing_paints_one_page(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    partner = store.partners.add(Partner(name="Contoso"))
    commands = make(qtbot, store)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    commands._paint(commands.content(partner.id), printer)
    reader = PdfReader(str(tmp_path / "printed.pdf"))
    assert len(reader.pages) == 1
    assert [round(v) for v in reader.pages[0].mediabox[2:]] == [612, 792]  # Letter, as chosen


def test_the_week_batch_has_a_page_per_partner_met(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    monday, _sunday = week_of(TODAY)
    for name in ("Contoso", "Fabrikam"):
        partner = store.partners.add(Partner(name=name))
        store.meetings.add(
            Meeting(
                partner_id=partner.id,
                starts_at=datetime.combine(monday, time(12)).astimezone(UTC),
            )
        )
    store.partners.add(Partner(name="Not met"))
    job = make(qtbot, store).week_briefs(tmp_path / "week.pdf")
    assert job is not None
    with qtbot.waitSignal(job.signals.finished, timeout=20_000) as done:
        pass
    assert done.args == [2]
    reader = PdfReader(str(tmp_path / "week.pdf"))
    assert len(reader.pages) == 2


def test_a_partner_with_500_meetings_and_200_commitments_fits_one_page(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    from datetime import date, timedelta

    from partnerdesk.domain.enums import Direction
    from partnerdesk.domain.models import Commitment

    partner = store.partners.add(Partner(name="Busy Partner"))
    start = datetime(2024, 1, 1, 9, tzinfo=UTC)
    notes = "## Their needs and concerns\n" + "\n".join(
        f'- need number {n} with <img src="file:///etc/passwd"> in it' for n in range(30)
    )
    for n in range(500):
        store.meetings.add(
            Meeting(
                partner_id=partner.id,
                starts_at=start + timedelta(days=n),
                title=f"Meeting {n}",
                notes=notes,
            )
        )
    for n in range(200):
        store.commitments.add(
            Commitment(
                partner_id=partner.id,
                direction=Direction.OURS if n % 2 else Direction.THEIRS,
                description=f"Promise number {n}",
                due_on=date(2026, 1, 1) + timedelta(days=n),
            )
        )
    path = make(qtbot, store).save_brief_pdf(partner.id, tmp_path / "busy.pdf")
    assert path is not None
    reader = PdfReader(str(path))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Busy Partner" in text
    assert "more" in text  # it says what it left out
    assert '<img src="file:///etc/passwd">' in text
