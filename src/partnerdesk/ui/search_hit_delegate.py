"""Paints a search hit in two lines, the matched words in bold, and the kind headers."""

import html
import re
from collections import OrderedDict
from collections.abc import Hashable, Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QPixmap,
    QTextDocument,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from partnerdesk.domain.changes import Entity
from partnerdesk.domain.search import SearchHit, highlight_runs
from partnerdesk.ui.formatting import format_day
from partnerdesk.ui.models.search_results_model import HEADER_ROLE, HIT_ROLE, hit_title

AnyIndex = QModelIndex | QPersistentModelIndex
Runs = list[tuple[str, bool]]

PADDING = 10
LINE_GAP = 2
# Pictures of hits kept for painting them again: about three screens of results (each is
# the row's size, some 130 KB on a 1x screen).
KEPT_PICTURES = 40


def highlighted_html(runs: Iterable[tuple[str, bool]]) -> str:
    """The runs as HTML: every piece escaped, and <b> only around the matched words.

    User text never becomes markup: `<b>Acme</b>` in a note is shown as those characters.
    """
    return "".join(
        f"<b>{html.escape(piece)}</b>" if marked else html.escape(piece) for piece, marked in runs
    )


class _Fonts:
    """A font and its bold twin, with their metrics, made once per font in use."""

    def __init__(self, font: QFont) -> None:
        self.normal = QFont(font)
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.metrics = {False: QFontMetrics(self.normal), True: QFontMetrics(self.bold)}
        self.line = self.metrics[False].lineSpacing()
        self.ascent = self.metrics[False].ascent()

    def font(self, marked: bool) -> QFont:
        return self.bold if marked else self.normal


def elided_runs(text: str, width: int, font: QFont, fonts: _Fonts | None = None) -> Runs:
    """The marked text cut to fit `width` pixels on one line, ending in "…" if cut."""
    return [
        (piece, marked)
        for piece, marked, _width in _measured_runs(text, width, fonts or _Fonts(font))
    ]


def _measured_runs(text: str, width: int, fonts: _Fonts) -> list[tuple[str, bool, int]]:
    kept: list[tuple[str, bool, int]] = []
    left = width
    for piece, marked in highlight_runs(" ".join(text.split())):
        metrics = fonts.metrics[marked]
        needed = metrics.horizontalAdvance(piece)
        if needed <= left:
            kept.append((piece, marked, needed))
            left -= needed
            continue
        cut = metrics.elidedText(piece, Qt.TextElideMode.ElideRight, max(left, 0))
        if cut:
            kept.append((cut, marked, metrics.horizontalAdvance(cut)))
        elif kept:
            last, last_marked, _width = kept.pop()
            last = last.rstrip() + "…"
            kept.append((last, last_marked, fonts.metrics[last_marked].horizontalAdvance(last)))
        break
    return kept


# Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms, and RTL marks.
_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\u200f\u202b\u202e\u2067\ufb1d-\ufdff\ufe70-\ufefc]")


def _right_to_left(runs: list[tuple[str, bool, int]]) -> bool:
    return any(_RIGHT_TO_LEFT.search(piece) for piece, _marked, _width in runs)


class SearchHitDelegate(QStyledItemDelegate):
    """Hits: the title (and date) over the partner and the snippet; headers: the kind.

    Left-to-right text is drawn run by run, plain pieces as plain text (nothing is ever
    parsed as markup). Text with right-to-left letters goes through a QTextDocument built
    from escaped HTML, which orders mixed directions correctly.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._last_fonts: _Fonts | None = None
        self._pictures: OrderedDict[Hashable, QPixmap] = OrderedDict()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        line = self._fonts_for(option.font).line
        if index.data(HEADER_ROLE) is not None:
            return QSize(200, line + PADDING + 4)
        return QSize(200, 2 * line + LINE_GAP + PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        painter.save()
        try:
            # Qt hands the kind back as a plain string; that there is one is what counts.
            if index.data(HEADER_ROLE) is not None:
                self._paint_header(painter, option, index)
            else:
                hit = index.data(HIT_ROLE)
                if isinstance(hit, SearchHit):
                    self._paint_kept_hit(painter, option, hit)
        finally:
            painter.restore()

    def _paint_kept_hit(
        self, painter: QPainter, option: QStyleOptionViewItem, hit: SearchHit
    ) -> None:
        """Draws the hit from a picture made the first time it was painted so.

        While a word is typed most hits stay the same from one keystroke to the next (the
        same record with the same words marked), and one picture is drawn in a single call
        where the hit itself takes a dozen runs of text measured and drawn.
        """
        size: QSize = option.rect.size()
        ratio = painter.device().devicePixelRatioF()
        key = (
            hit.kind,
            hit.id,
            hit.title,
            hit.snippet,
            hit.partner_name,
            hit.date,
            size.width(),
            size.height(),
            option.state.value,
            option.palette.cacheKey(),
            option.font.key(),
            ratio,
        )
        picture = self._pictures.get(key)
        if picture is None:
            picture = QPixmap(round(size.width() * ratio), round(size.height() * ratio))
            picture.setDevicePixelRatio(ratio)
            # Opaque, as the list's own background is: text keeps its usual antialiasing.
            picture.fill(option.palette.color(QPalette.ColorRole.Base))
            at_origin = QStyleOptionViewItem(option)
            at_origin.rect = QRect(QPoint(0, 0), size)
            picture_painter = QPainter(picture)
            try:
                self._paint_hit(picture_painter, at_origin, hit)
            finally:
                picture_painter.end()
            self._pictures[key] = picture
            if len(self._pictures) > KEPT_PICTURES:
                self._pictures.popitem(last=False)
        else:
            self._pictures.move_to_end(key)
        painter.drawPixmap(option.rect.topLeft(), picture)

    # -- inside ---------------------------------------------------------------------------------

    def _fonts_for(self, font: QFont) -> _Fonts:
        # The view passes the same font each time; comparing is cheaper than a font key.
        if self._last_fonts is None or self._last_fonts.normal != font:
            self._last_fonts = _Fonts(font)
        return self._last_fonts

    def _paint_header(
        self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        rect: QRect = option.rect
        palette: QPalette = option.palette
        font = QFont(option.font)
        font.setBold(True)
        font.setCapitalization(QFont.Capitalization.AllUppercase)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 106)
        if font.pointSizeF() > 0:
            font.setPointSizeF(max(font.pointSizeF() * 0.85, 7.0))
        if index.row() > 0:
            painter.setPen(palette.color(QPalette.ColorRole.Mid))
            painter.drawLine(
                rect.left() + PADDING, rect.top() + 1, rect.right() - PADDING, rect.top() + 1
            )
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            rect.adjusted(PADDING, 4, -PADDING, 0),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            str(index.data(Qt.ItemDataRole.DisplayRole)),
        )

    def _paint_hit(self, painter: QPainter, option: QStyleOptionViewItem, hit: SearchHit) -> None:
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget
            )
        rect: QRect = option.rect.adjusted(PADDING, PADDING // 2, -PADDING, -PADDING // 2)
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        main = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        faint = QColor(main)
        faint.setAlphaF(0.72)
        fonts = self._fonts_for(option.font)
        line = fonts.line

        day = format_day(hit.date)
        day_width = fonts.metrics[False].horizontalAdvance(day) + PADDING if day else 0
        if day:
            painter.setFont(fonts.normal)
            painter.setPen(faint)
            painter.drawText(
                QRect(rect.left(), rect.top(), rect.width(), line),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                day,
            )
        title = hit.title if hit.plain_title.strip() else hit_title(hit)
        first = _measured_runs(title, rect.width() - day_width, fonts)
        self._draw(painter, first, fonts, main, QPoint(rect.left(), rect.top()))

        second_text = hit.snippet
        if hit.kind is not Entity.PARTNER:
            second_text = " · ".join(part for part in (hit.partner_name, hit.snippet) if part)
        second = _measured_runs(second_text, rect.width(), fonts)
        self._draw(painter, second, fonts, faint, QPoint(rect.left(), rect.top() + line + LINE_GAP))

    def _draw(
        self,
        painter: QPainter,
        runs: list[tuple[str, bool, int]],
        fonts: _Fonts,
        colour: QColor,
        at: QPoint,
    ) -> None:
        if not runs:
            return
        painter.setPen(colour)
        if not _right_to_left(runs):
            x = at.x()
            baseline = at.y() + fonts.ascent
            for piece, marked, width in runs:
                painter.setFont(fonts.font(marked))
                painter.drawText(QPoint(x, baseline), piece)
                x += width
            return
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(fonts.normal)
        # The colour comes from a QColor; every piece of text is escaped.
        rgba = f"rgba({colour.red()},{colour.green()},{colour.blue()},{colour.alphaF():.2f})"
        markup = highlighted_html((piece, marked) for piece, marked, _width in runs)
        document.setHtml(f'<span style="color:{rgba}; white-space:pre">{markup}</span>')
        painter.translate(at)
        document.drawContents(painter)
        painter.translate(-at)
