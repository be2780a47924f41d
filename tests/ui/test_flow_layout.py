"""A row of buttons that wraps instead of widening its window."""

from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from partnerdesk.ui.flow_layout import FlowLayout


def row_of_buttons(qtbot: QtBot, count: int) -> tuple[QWidget, FlowLayout, list[QPushButton]]:
    host = QWidget()
    qtbot.addWidget(host)
    layout = FlowLayout(host)
    buttons = [QPushButton(f"Button number {n}", host) for n in range(count)]
    for button in buttons:
        layout.addWidget(button)
    layout.addStretch(1)
    return host, layout, buttons


def test_it_is_only_as_narrow_as_its_widest_button(qtbot: QtBot) -> None:
    _host, layout, buttons = row_of_buttons(qtbot, 6)
    widest = max(button.sizeHint().width() for button in buttons)
    assert layout.minimumSize().width() == widest
    assert layout.sizeHint().width() > 5 * widest


def test_it_wraps_when_narrow_and_keeps_one_row_when_wide(qtbot: QtBot) -> None:
    host, layout, buttons = row_of_buttons(qtbot, 6)
    one_row = layout.sizeHint()
    assert layout.heightForWidth(one_row.width()) == one_row.height()
    narrow = buttons[0].sizeHint().width() * 2 + 20
    assert layout.heightForWidth(narrow) >= 3 * one_row.height()
    host.resize(narrow, layout.heightForWidth(narrow))
    host.show()
    qtbot.waitExposed(host)
    rows = {button.geometry().top() for button in buttons}
    assert len(rows) == 3
    assert all(button.geometry().right() < narrow for button in buttons)


def test_insert_widget_puts_it_in_place(qtbot: QtBot) -> None:
    host, layout, buttons = row_of_buttons(qtbot, 3)
    extra = QPushButton("Extra", host)
    layout.insertWidget(1, extra)
    assert layout.itemAt(1).widget() is extra
    assert layout.itemAt(2).widget() is buttons[1]
    assert layout.count() == 5  # four buttons and the stretch
