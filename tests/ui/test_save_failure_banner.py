"""The save-failure banner: shown while saves fail, retried on a timer, gone once saved."""

import sqlite3
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from partnerdesk.domain.errors import StorageError
from partnerdesk.domain.models import Meeting, Partner
from partnerdesk.store.store import Store
from partnerdesk.ui.autosave import Autosaver
from partnerdesk.ui.notes_editor import NotesEditor
from partnerdesk.ui.save_failure_banner import SaveFailureBanner, banner_above


class FlakySave:
    """The store's save, failing with `error` until told to recover; counts the attempts."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.error: Exception | None = None
        self.attempts = 0

    def __call__(self, meeting_id: int, notes: str) -> datetime:
        self.attempts += 1
        if self.error is not None:
            raise self.error
        return self.store.meetings.save_notes(meeting_id, notes)


class Window(QWidget):
    def __init__(self, save: FlakySave) -> None:
        super().__init__()
        self.editor = NotesEditor(self)
        # A short interval keeps the test quick; the app retries every two seconds.
        self.autosaver = Autosaver(self.editor, save, self, idle_ms=50, max_interval_ms=200)
        self.banner = SaveFailureBanner(self)
        self.banner.watch(self.autosaver)
        QVBoxLayout(self).addWidget(banner_above(self.banner, self.editor))


@pytest.fixture
def meeting(store: Store) -> Meeting:
    partner = store.partners.add(Partner(name="Acme Robotics"))
    return store.meetings.add(
        Meeting(partner_id=partner.id, starts_at=datetime(2026, 11, 27, 9, tzinfo=UTC))
    )


@pytest.fixture
def save(store: Store) -> FlakySave:
    return FlakySave(store)


@pytest.fixture
def window(qtbot: QtBot, save: FlakySave, meeting: Meeting) -> Window:
    desk = Window(save)
    qtbot.addWidget(desk)
    desk.autosaver.load(meeting.id, "")
    desk.show()
    return desk


def test_a_full_disk_shows_the_banner_retries_and_loses_nothing(
    qtbot: QtBot, window: Window, save: FlakySave, store: Store, meeting: Meeting
) -> None:
    assert window.banner.isHidden()
    save.error = sqlite3.OperationalError("database or disk is full")
    qtbot.keyClicks(window.editor.text_edit, "They need 12 data analysts")
    qtbot.waitUntil(lambda: not window.banner.isHidden())
    text = window.banner.message.text()
    assert text.startswith("Your notes are not being saved: the disk is full.")
    assert "retries every few seconds" in text
    assert window.banner.message.textFormat() == Qt.TextFormat.PlainText
    qtbot.keyClicks(window.editor.text_edit, " by June")  # typing goes on while it fails
    # Retries come on their own, without more typing.
    attempts = save.attempts
    qtbot.waitUntil(lambda: save.attempts >= attempts + 2, timeout=3000)
    assert window.editor.markdown().strip() == "They need 12 data analysts by June"
    assert store.meetings.get(meeting.id).notes == ""
    save.error = None  # space is back
    qtbot.waitUntil(window.banner.isHidden, timeout=3000)
    assert store.meetings.get(meeting.id).notes.strip() == "They need 12 data analysts by June"
    assert window.editor.markdown().strip() == "They need 12 data analysts by June"


def test_retry_now_saves_at_once(
    qtbot: QtBot, window: Window, save: FlakySave, store: Store, meeting: Meeting
) -> None:
    save.error = StorageError("attempt to write a readonly database")
    qtbot.keyClicks(window.editor.text_edit, "Kept")
    window.autosaver.flush()
    assert not window.banner.isHidden()
    assert "read-only" in window.banner.message.text()
    save.error = None
    qtbot.mouseClick(window.banner.retry, Qt.MouseButton.LeftButton)
    assert window.banner.isHidden()
    assert store.meetings.get(meeting.id).notes.strip() == "Kept"


@pytest.mark.parametrize(
    ("reason", "says"),
    [
        ("database or disk is full", "the disk is full"),
        ("[Errno 28] No space left on device", "the disk is full"),
        ("attempt to write a readonly database", "read-only"),
        ("[Errno 30] Read-only file system", "read-only"),
        ("disk I/O error", "disk I/O error"),
        ("<b>bold</b>", "<b>bold</b>"),
    ],
)
def test_the_reason_in_words(window: Window, reason: str, says: str) -> None:
    assert says in window.banner.describe(reason)


def test_the_main_window_has_the_banner_at_the_top_hidden(qtbot: QtBot, store: Store) -> None:
    from PySide6.QtCore import QSettings

    from partnerdesk.ui.change_bus import ChangeBus
    from partnerdesk.ui.main_window import MainWindow

    bus = ChangeBus()
    store.set_listener(bus)
    settings = QSettings(str(store.path.parent / "window.ini"), QSettings.Format.IniFormat)
    main = MainWindow(store, bus, settings)
    qtbot.addWidget(main)
    banner = main.findChild(SaveFailureBanner, "saveFailureBanner")
    assert banner is not None
    assert banner.isHidden()
    holder = main.centralWidget()
    layout = holder.layout()
    assert layout is not None
    assert layout.itemAt(0).widget() is banner
    assert layout.itemAt(1).widget() is main.splitter
