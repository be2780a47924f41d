"""Partner ▸ Print Brief, Save Brief as PDF, and the week's briefs in one PDF."""

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from partnerdesk.domain.errors import PartnerDeskError
from partnerdesk.store.store import Store
from partnerdesk.ui.background import BackgroundJob, start
from partnerdesk.ui.domain_text import error_text
from partnerdesk.ui.formatting import format_day

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from partnerdesk.briefs.layout import PageSetup
    from partnerdesk.domain.brief import BriefContent

# The brief modules (with Jinja2) and QtPrintSupport load when a brief is first asked for:
# the main window is built without them.


class BriefCommands:
    def __init__(
        self, store: Store, parent: QWidget, today: Callable[[], date] = date.today
    ) -> None:
        self._store = store
        self._parent = parent
        self._today = today
        self._job: BackgroundJob | None = None

    def page(self) -> "PageSetup":
        from partnerdesk.briefs.layout import PageSetup, default_page_size

        return PageSetup(paper=default_page_size())

    def content(self, partner_id: int) -> "BriefContent":
        from partnerdesk.domain.brief import build_brief

        facts = self._store.briefs.facts(partner_id)
        return build_brief(
            facts, self._today(), format_day=format_day, translate=QCoreApplication.translate
        )

    def print_brief(self, partner_id: int) -> None:
        """A print preview of the partner's one-page brief; print or save it from there."""
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        try:
            content = self.content(partner_id)
        except PartnerDeskError as error:
            QMessageBox.warning(
                self._parent,
                QCoreApplication.translate("BriefCommands", "No brief"),
                error_text(error),
            )
            return
        page = self.page()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page.page_layout())
        printer.setDocName(content.header.name)
        dialog = QPrintPreviewDialog(printer, self._parent)
        dialog.setWindowTitle(
            QCoreApplication.translate("BriefCommands", "Brief: {name}").format(
                name=content.header.name
            )
        )
        dialog.paintRequested.connect(lambda target: self._paint(content, target))
        dialog.exec()

    def _paint(self, content: "BriefContent", printer: "QPrinter") -> None:
        from PySide6.QtGui import QPageSize

        from partnerdesk.briefs.layout import PageSetup, PaperSize, fit_to_one_page, load_template

        # The preview's page setup may switch the paper: lay out for what will be printed.
        chosen = printer.pageLayout().pageSize().id()
        paper = PaperSize.LETTER if chosen == QPageSize.PageSizeId.Letter else PaperSize.A4
        page = PageSetup(paper=paper)
        printer.setPageLayout(page.page_layout())
        _html, document = fit_to_one_page(content, page, template=load_template(format_day))
        document.print_(printer)

    def save_brief_pdf(self, partner_id: int, path: Path | None = None) -> Path | None:
        from partnerdesk.briefs.layout import load_template
        from partnerdesk.briefs.pdf import write_brief_pdf

        try:
            content = self.content(partner_id)
        except PartnerDeskError as error:
            QMessageBox.warning(
                self._parent,
                QCoreApplication.translate("BriefCommands", "No brief"),
                error_text(error),
            )
            return None
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self._parent,
                QCoreApplication.translate("BriefCommands", "Save brief as PDF"),
                QCoreApplication.translate("BriefCommands", "{name} brief.pdf").format(
                    name=content.header.name
                ),
                QCoreApplication.translate("BriefCommands", "PDF files (*.pdf)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        try:
            write_brief_pdf(content, path, self.page(), load_template(format_day))
        except PartnerDeskError as error:
            QMessageBox.warning(
                self._parent,
                QCoreApplication.translate("BriefCommands", "Brief not saved"),
                error_text(error),
            )
            return None
        return path

    def week_briefs(self, path: Path | None = None) -> BackgroundJob | None:
        """One PDF, one page per partner met this week; written off the GUI thread."""
        from partnerdesk.domain.agenda import week_of

        monday, sunday = week_of(self._today())
        partner_ids = self._store.briefs.partners_met_between(monday, sunday)
        if not partner_ids:
            QMessageBox.information(
                self._parent,
                QCoreApplication.translate("BriefCommands", "Briefs for this week"),
                QCoreApplication.translate("BriefCommands", "No partner is met this week."),
            )
            return None
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self._parent,
                QCoreApplication.translate("BriefCommands", "Briefs for this week's meetings"),
                QCoreApplication.translate("BriefCommands", "briefs {date}.pdf").format(
                    date=monday.isoformat()
                ),
                QCoreApplication.translate("BriefCommands", "PDF files (*.pdf)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        # Loaded here, on the GUI thread, Jinja2 with them: the job should spend its time
        # writing, not importing (a worker holding Python's lock while Qt's are taken is
        # how threads stall each other).
        import jinja2  # noqa: F401

        import partnerdesk.domain.brief  # noqa: F401
        from partnerdesk.briefs.layout import load_template
        from partnerdesk.briefs.pdf import write_briefs_pdf

        page = self.page()
        target = path

        def work() -> int:
            contents = [self.content(partner_id) for partner_id in partner_ids]
            write_briefs_pdf(contents, target, page, load_template(format_day))
            return len(contents)

        job = BackgroundJob(work)
        job.signals.finished.connect(lambda count: self._on_week_written(target, count))
        job.signals.failed.connect(
            lambda message: QMessageBox.warning(
                self._parent,
                QCoreApplication.translate("BriefCommands", "Briefs not written"),
                message,
            )
        )
        self._job = job
        start(job)
        return job

    def _on_week_written(self, path: Path, count: int) -> None:
        self._job = None
        self._parent.window().statusBar().showMessage(  # type: ignore[attr-defined]
            QCoreApplication.translate("BriefCommands", "Wrote {count} briefs to {name}.").format(
                count=count, name=path.name
            ),
            8000,
        )
