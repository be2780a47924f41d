"""Paints a search hit in two lines, the matched words in bold, and the kind headers."""

import html
from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from partnerdesk.domain.changes import Entity
from partnerdesk.domain.search import SearchHit, highlight_runs
from partnerdesk.ui.formatting import format_day
from partnerdesk.ui.models.search_results_model import HEADER_ROLE, HIT_ROLE, hit_title

AnyIndex = QModelIndex | QPersistentModelIndex
Runs = list[tuple[str, bool]]

PADDING = 10
LINE_GAP = 2
CACHE_LIMIT = 400


def highlighted_html(runs: Iterable[tuple[str, bool]]) -> str:
    """The runs as HTML: every piece escaped, and <b> only around the matched words.

    User text never becomes markup: `<b>Acme</b>` in a note is shown as those characters.
    """
    return "".join(
        f"<b>{html.escape(piece)}</b>" if marked else html.escape(piece) for piece, marked in runs
    )


def elided_runs(text: str, width: int, font: QFont) -> Runs:
    """The marked text cut to fit `width` pixels on one line, ending in "…" if cut."""
    bold = QFont(font)
    bold.setBold(True)
    metrics = {False: QFontMetrics(font), True: QFontMetrics(bold)}
    kept: Runs = []
    left = width
    for piece, marked in highlight_runs(" ".join(text.split())):
        needed = metrics[marked].horizontalAdvance(piece)
        if needed <= left:
            kept.append((piece, marked))
            left -= needed
            continue
        cut = metrics[marked].elidedText(piece, Qt.TextElideMode.ElideRight, max(left, 0))
        if cut:
            kept.append((cut, marked))
        elif kept:
            last, last_marked = kept.pop()
            kept.append((last.rstrip() + "…", last_marked))
        break
    return kept


class SearchHitDelegate(QStyledItemDelegate):
    """Hits: the title (and date) over the partner and the snippet; headers: the kind."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._documents: dict[tuple[str, str, str, int], QTextDocument] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        line = QFontMetrics(option.font).lineSpacing()
        if index.data(HEADER_ROLE) is not None:
            return QSize(200, line + PADDING + 4)
        return QSize(200, 2 * line + LINE_GAP + PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        view_option = QStyleOptionViewItem(option)
        self.initStyleOption(view_option, index)
        painter.save()
        try:
            # Qt hands the kind back as a plain string; that there is one is what counts.
            if index.data(HEADER_ROLE) is not None:
                self._paint_header(painter, view_option, index)
            else:
                hit = index.data(HIT_ROLE)
                if isinstance(hit, SearchHit):
                    self._paint_hit(painter, view_option, hit)
        finally:
            painter.restore()

    # -- inside ---------------------------------------------------------------------------------

    def _paint_header(
        self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        rect: QRect = option.rect
        palette: QPalette = option.palette
        font = QFont(option.font)
        font.setBold(True)
        font.setCapitalization(QFont.Capitalization.AllUppercase)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 106)
        font.setPointSizeF(font.pointSizeF() * 0.85)
        if index.row() > 0:
            painter.setPen(palette.color(QPalette.ColorRole.Mid))
            painter.drawLine(
                rect.left() + PADDING, rect.top() + 1, rect.right() - PADDING, rect.top() + 1
            )
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        text_rect = rect.adjusted(PADDING, 4, -PADDING, 0)
        painter.drawText(
            text_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            str(index.data(Qt.ItemDataRole.DisplayRole)),
        )

    def _paint_hit(self, painter: QPainter, option: QStyleOptionViewItem, hit: SearchHit) -> None:
        widget = option.widget
        style = widget.style() if widget is not None else None
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        rect: QRect = option.rect.adjusted(PADDING, PADDING // 2, -PADDING, -PADDING // 2)
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        main = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        faint = QColor(main)
        faint.setAlphaF(0.72)
        font = QFont(option.font)
        line = QFontMetrics(font).lineSpacing()

        day = format_day(hit.date)
        day_width = QFontMetrics(font).horizontalAdvance(day) + PADDING if day else 0
        if day:
            painter.setFont(font)
            painter.setPen(faint)
            painter.drawText(
                QRect(rect.left(), rect.top(), rect.width(), line),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                day,
            )
        title = hit.title if hit.plain_title.strip() else hit_title(hit)
        first = elided_runs(title, rect.width() - day_width, font)
        self._draw(painter, first, font, main, rect.left(), rect.top())

        second_text = hit.snippet
        if hit.kind is not Entity.PARTNER:
            second_text = " · ".join(part for part in (hit.partner_name, hit.snippet) if part)
        second = elided_runs(second_text, rect.width(), font)
        self._draw(painter, second, font, faint, rect.left(), rect.top() + line + LINE_GAP)

    def _draw(
        self, painter: QPainter, runs: Runs, font: QFont, colour: QColor, x: int, y: int
    ) -> None:
        if not runs:
            return
        markup = highlighted_html(runs)
        key = (markup, colour.name(QColor.NameFormat.HexArgb), font.key(), 0)
        document = self._documents.get(key)
        if document is None:
            if len(self._documents) > CACHE_LIMIT:
                self._documents.clear()
            document = QTextDocument()
            document.setDocumentMargin(0)
            document.setDefaultFont(font)
            # The colour is a hex string from a QColor; the text is escaped above.
            rgba = f"rgba({colour.red()},{colour.green()},{colour.blue()},{colour.alphaF():.2f})"
            document.setHtml(f'<span style="color:{rgba}; white-space:pre">{markup}</span>')
            self._documents[key] = document
        painter.translate(x, y)
        document.drawContents(painter)
        painter.translate(-x, -y)
