"""Briefs written as PDF, one page per partner, whole or not at all."""

import os
from collections.abc import Sequence
from pathlib import Path

import jinja2
from PySide6.QtCore import QCoreApplication, QIODevice, QPointF, QRectF, QSaveFile
from PySide6.QtGui import QGuiApplication, QPainter, QPdfWriter

from partnerdesk.briefs.layout import (
    POINTS_PER_INCH,
    PageSetup,
    default_page_size,
    fit_to_one_page,
    load_template,
)
from partnerdesk.domain.brief import BriefContent
from partnerdesk.domain.errors import StorageError
from partnerdesk.domain.text import QT_TRANSLATE_NOOP

RESOLUTION = 1200  # dots per inch of the PDF's coordinates; text stays vector text


def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication, or a new headless one (fonts need one; a window does not).

    The offscreen platform is chosen only when QT_QPA_PLATFORM does not name another.
    """
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if existing is not None:
        raise RuntimeError("A QCoreApplication is running; briefs need a QGuiApplication.")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(["partnerdesk"])


def write_brief_pdf(
    content: BriefContent,
    path: Path,
    page: PageSetup | None = None,
    template: jinja2.Template | None = None,
) -> None:
    """Writes one partner's brief to `path` as a one-page PDF."""
    write_briefs_pdf([content], path, page, template)


def write_briefs_pdf(
    contents: Sequence[BriefContent],
    path: Path,
    page: PageSetup | None = None,
    template: jinja2.Template | None = None,
) -> None:
    """Writes the briefs to `path` as one PDF, one page each, in the order given.

    `template` (from `load_template`) chooses how dates are written; by default "3 Mar 2026".
    The file is written beside `path` and renamed over it when complete (QSaveFile), so a
    failure leaves the old file as it was; it raises StorageError with the reason.
    """
    if not contents:
        raise ValueError("write_briefs_pdf needs at least one brief")
    page = page if page is not None else PageSetup(default_page_size())
    file = QSaveFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.WriteOnly):
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "Could not write {path}: {reason}."),
            path=path,
            reason=file.errorString(),
        )
    writer = QPdfWriter(file)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(page.page_layout())
    writer.setCreator("PartnerDesk")
    writer.setTitle(
        QCoreApplication.translate("Brief", "Brief: {name}").format(name=contents[0].header.name)
        if len(contents) == 1
        else QCoreApplication.translate("Brief", "Partner briefs")
    )
    painter = QPainter()
    if not painter.begin(writer):
        file.cancelWriting()
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "Could not write {path}: the PDF could not be started."),
            path=path,
        )
    try:
        # The painter's origin is the top left of the printable area, in 1/RESOLUTION inch;
        # the documents are laid out in points.
        scale = writer.resolution() / POINTS_PER_INCH
        template = template if template is not None else load_template()
        for number, content in enumerate(contents):
            if number:
                writer.newPage()
            _html, document = fit_to_one_page(content, page, template=template)
            painter.save()
            painter.scale(scale, scale)
            document.drawContents(painter, QRectF(QPointF(0, 0), document.pageSize()))
            painter.restore()
    except BaseException:
        painter.end()
        file.cancelWriting()
        raise
    painter.end()
    if not file.commit():
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "Could not write {path}: {reason}."),
            path=path,
            reason=file.errorString(),
        )
