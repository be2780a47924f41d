from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QEnterEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from partnerdesk.ui.selectable_label import SelectableLabel


def test_text_becomes_selectable_when_the_mouse_is_over_it(qtbot: QtBot) -> None:
    label = SelectableLabel()
    qtbot.addWidget(label)
    label.setText("<b>Acme</b> & Co")
    label.show()
    qtbot.waitExposed(label)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
    QApplication.sendEvent(label, QEnterEvent(QPointF(2, 2), QPointF(2, 2), QPointF(2, 2)))
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse
    label.setSelection(0, 4)
    assert label.selectedText() == "<b>A"
    # A new text with the mouse elsewhere: laid out cheaply again.
    QApplication.sendEvent(label, QEvent(QEvent.Type.Leave))
    label.setText("Globex")
    assert label.text() == "Globex"
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
