"""A plain-text field's text as typed: no-break spaces stay, line breaks are newlines."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from partnerdesk.ui.typed_text import typed_text


def test_no_break_spaces_and_line_breaks_come_back_as_typed(qtbot: QtBot) -> None:
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.insertPlainText("10\xa0kg for Dr.\xa0Müller")  # QTest types ASCII only
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "second")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(editor, "third")

    assert typed_text(editor) == "10\xa0kg for Dr.\xa0Müller\nsecond\nthird"
    assert editor.toPlainText() != typed_text(editor)  # what the forms used to store
