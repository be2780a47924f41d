"""The month calendar that marks each day's commitments and meetings with small coloured marks."""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPixmap, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QWidget

from partnerdesk.domain.agenda import AgendaItem, AgendaKind, DayMarks, visible_span
from partnerdesk.domain.enums import CommitmentStatus, Direction


@dataclass(frozen=True)
class MarkStyle:
    """How one kind of mark looks: the DayMarks count it shows, its colour and its shape."""

    field: str
    colour: str
    square: bool = False


OURS = MarkStyle("ours_open", "#1f6fd1")
THEIRS = MarkStyle("theirs_open", "#e07b00")
OVERDUE = MarkStyle("overdue", "#c62828")
DONE = MarkStyle("done", "#6f9f6f")
MEETINGS = MarkStyle("meetings", "#6a4c93", square=True)
MARK_STYLES = (OURS, THEIRS, OVERDUE, DONE, MEETINGS)


def style_for_item(item: AgendaItem) -> MarkStyle:
    """The mark an agenda row wears, the same as its day's mark on the calendar."""
    if item.kind is AgendaKind.MEETING:
        return MEETINGS
    if item.status is CommitmentStatus.DONE:
        return DONE
    if item.overdue:
        return OVERDUE
    return OURS if item.direction is Direction.OURS else THEIRS


def paint_mark(painter: QPainter, style: MarkStyle, centre: QPointF, size: float) -> None:
    painter.setPen(QPen(Qt.PenStyle.NoPen))
    painter.setBrush(QBrush(QColor(style.colour)))
    box = QRectF(centre.x() - size / 2, centre.y() - size / 2, size, size)
    if style.square:
        painter.drawRect(box)
    else:
        painter.drawEllipse(box)


def mark_swatch(style: MarkStyle, size: int = 10) -> QPixmap:
    """A small picture of a mark, for the legend and the agenda rows."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint_mark(painter, style, QPointF(size / 2, size / 2), size - 2)
    painter.end()
    return pixmap


def to_date(day: QDate | date) -> date:
    if isinstance(day, date):
        return day
    return date(day.year(), day.month(), day.day())


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class CommitmentsCalendar(QCalendarWidget):
    """A month view whose day cells carry one mark per kind of thing on that day.

    Blue: we owe; orange: they owe; red: overdue; green: done; a square: meetings.
    Each marked day also has a tooltip that spells the counts out.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commitmentsCalendar")
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setGridVisible(False)
        # Rows tall enough for a line of marks under each day's number.
        line = self.fontMetrics().height()
        self.setMinimumHeight(7 * 2 * line + 3 * line)
        self._marks: dict[date, DayMarks] = {}

    # -- marks -------------------------------------------------------------------------------

    def set_marks(self, marks: Mapping[date, DayMarks]) -> None:
        self._marks = {day: day_marks for day, day_marks in marks.items() if day_marks}
        # Text formats carry the tooltips: the calendar's own model hands them to its view.
        self.setDateTextFormat(QDate(), QTextCharFormat())
        for day, day_marks in self._marks.items():
            text_format = QTextCharFormat()
            text_format.setToolTip(self.describe(day_marks))
            self.setDateTextFormat(to_qdate(day), text_format)
        self.updateCells()

    def marks_for(self, day: date) -> DayMarks:
        """What the cell of `day` shows; what `paintCell` draws."""
        return self._marks.get(day, DayMarks())

    def describe(self, marks: DayMarks) -> str:
        """The tooltip of a day: its counts in words (no user text, so safe as a tooltip)."""
        parts = []
        if marks.ours_open:
            parts.append(self.tr("{count} we owe").format(count=marks.ours_open))
        if marks.theirs_open:
            parts.append(self.tr("{count} they owe").format(count=marks.theirs_open))
        if marks.overdue:
            parts.append(self.tr("{count} overdue").format(count=marks.overdue))
        if marks.done:
            parts.append(self.tr("{count} done").format(count=marks.done))
        if marks.meetings:
            parts.append(
                self.tr("1 meeting")
                if marks.meetings == 1
                else self.tr("{count} meetings").format(count=marks.meetings)
            )
        return " · ".join(parts)

    # -- days --------------------------------------------------------------------------------

    def selected_day(self) -> date:
        return to_date(self.selectedDate())

    def select_day(self, day: date) -> None:
        self.setSelectedDate(to_qdate(day))

    def first_weekday(self) -> int:
        """The first column's weekday, numbered as `date.weekday` (Monday is 0)."""
        return self.firstDayOfWeek().value - 1

    def visible_span(self) -> tuple[date, date]:
        """The first and last day the shown month page displays, spill-over days included."""
        return visible_span(self.yearShown(), self.monthShown(), self.first_weekday())

    # -- painting ----------------------------------------------------------------------------

    def paintCell(self, painter: QPainter, rect: QRect, day: QDate) -> None:
        super().paintCell(painter, rect, day)
        marks = self.marks_for(to_date(day))
        styles = [style for style in MARK_STYLES if getattr(marks, style.field)]
        if not styles:
            return
        size = max(4.0, min(rect.height() / 5, rect.width() / 7, 8.0))
        gap = size / 2
        width = len(styles) * size + (len(styles) - 1) * gap
        x = rect.center().x() - width / 2 + size / 2
        y = rect.bottom() - size / 2 - 2
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for style in styles:
            paint_mark(painter, style, QPointF(x, y), size)
            x += size + gap
        painter.restore()
