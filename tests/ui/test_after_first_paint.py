import shiboken6
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from partnerdesk.ui.after_first_paint import AfterFirstPaint


def test_the_callback_runs_once_after_the_first_paint(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    calls: list[int] = []
    AfterFirstPaint(widget, lambda: calls.append(1))
    qtbot.wait(10)
    assert calls == []  # never shown, never painted
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: calls == [1])
    widget.repaint()
    qtbot.wait(10)
    assert calls == [1]


def test_nothing_runs_for_a_widget_destroyed_after_its_paint(qtbot: QtBot) -> None:
    widget = QWidget()
    calls: list[int] = []
    widget.show()
    qtbot.waitExposed(widget)
    AfterFirstPaint(widget, lambda: calls.append(1))
    widget.repaint()  # painted now; the callback waits for later turns of the loop
    shiboken6.delete(widget)
    qtbot.wait(20)
    assert calls == []
