"""User text is shown as the characters typed, never rendered as rich text, anywhere."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from partnerdesk.app import open_main_window
from tests.ui.hostile_text import HOSTILE, Walk, make_hostile_notebook, walk_everything


def test_every_widget_reachable_shows_html_like_user_text_literally(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PARTNERDESK_HOME", str(tmp_path / "home"))
    notebook = tmp_path / "hostile.partnerdesk"
    make_hostile_notebook(notebook, date.today())
    window = open_main_window(notebook)
    qtbot.addWidget(window)

    walk = walk_everything(window)

    assert walk.problems == []
    # The walk did reach the user's text: in lists, labels, tooltips, notes and dialogs.
    assert walk.checked["dialogs"] >= 15
    assert walk.checked["cells showing the text"] >= 50
    assert walk.checked["texts with the markup"] >= 10
    assert walk.checked["text documents"] >= 10
    window.close()


def test_the_walk_finds_text_taken_for_html(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    guessing = QLabel(HOSTILE, parent)
    plain = QLabel(HOSTILE, parent)
    plain.setTextFormat(Qt.TextFormat.PlainText)
    plain.setToolTip(HOSTILE)
    rich = QTextEdit(parent)
    rich.setHtml(HOSTILE)

    walk = Walk()
    walk.tree("test", parent)

    assert any("QLabel" in problem and "rich text" in problem for problem in walk.problems)
    assert any("(tooltip)" in problem for problem in walk.problems)
    assert any("a link from the user's text" in problem for problem in walk.problems)
    assert any("bold from the user's text" in problem for problem in walk.problems)
    guessing.setTextFormat(Qt.TextFormat.PlainText)
    plain.setToolTip("")
    rich.setPlainText(HOSTILE)
    again = Walk()
    again.tree("test", parent)
    assert again.problems == []
