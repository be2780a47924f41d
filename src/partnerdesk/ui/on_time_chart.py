"""A small bar chart of our on-time rate, month by month."""

from datetime import date

from PySide6.QtCore import QDate, QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from partnerdesk.domain.track_record import MonthRate

_BAR = QColor("#2e7d32")
_EMPTY = QColor("#d0d0d0")
_TEXT = QColor("#444444")


def _month_name(month: date, pattern: str) -> str:
    return QLocale().toString(QDate(month.year, month.month, 1), pattern)


class OnTimeChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("onTimeChart")
        self._rates: list[MonthRate] = []
        self.setMinimumHeight(160)

    def set_rates(self, rates: list[MonthRate]) -> None:
        self._rates = list(rates)
        self.setAccessibleDescription(self.describe())
        self.setToolTip(self.describe())
        self.update()

    def describe(self) -> str:
        """The chart in words, for screen readers and the tooltip."""
        parts = []
        for rate in self._rates:
            month = _month_name(rate.month, "MMM yyyy")
            if rate.tally.counted:
                parts.append(
                    self.tr("{month}: {kept} of {counted}").format(
                        month=month, kept=rate.tally.kept, counted=rate.tally.counted
                    )
                )
            else:
                parts.append(self.tr("{month}: nothing due").format(month=month))
        return "\n".join(parts)

    def sizeHint(self) -> QSize:
        return QSize(480, 180)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        label_height = self.fontMetrics().height() + 4
        area = QRectF(self.rect()).adjusted(4, label_height, -4, -label_height)
        count = max(len(self._rates), 1)
        slot = area.width() / count
        for index, rate in enumerate(self._rates):
            left = area.left() + index * slot + slot * 0.15
            width = slot * 0.7
            painter.fillRect(QRectF(left, area.top(), width, area.height()), _EMPTY)
            share = rate.tally.rate
            if share is not None:
                height = area.height() * share
                painter.fillRect(QRectF(left, area.bottom() - height, width, height), _BAR)
                painter.setPen(_TEXT)
                painter.drawText(
                    QRectF(left - 6, area.top() - label_height, width + 12, label_height),
                    Qt.AlignmentFlag.AlignCenter,
                    f"{round(share * 100)}%",
                )
            painter.setPen(_TEXT)
            painter.drawText(
                QRectF(left - 6, area.bottom(), width + 12, label_height),
                Qt.AlignmentFlag.AlignCenter,
                _month_name(rate.month, "MMM"),
            )
        painter.end()
