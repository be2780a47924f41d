"""The main window at start-up: the partner list first, the panes that can wait after."""

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from partnerdesk.domain.models import Partner
from partnerdesk.store.store import Store
from partnerdesk.ui.change_bus import ChangeBus
from partnerdesk.ui.main_window import MainWindow


def test_today_and_the_calendar_load_after_the_list_is_painted(
    qtbot: QtBot, store: Store, bus: ChangeBus, tmp_path: Path
) -> None:
    store.partners.add(Partner(name="Northwind Bank"))
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, bus, settings)
    qtbot.addWidget(window)
    window.show()
    # Shown, not yet painted: the list is filled, Today and the calendar wait.
    assert window.partner_list.model().rowCount() == 1
    assert window.today_view.heading.text() == ""
    assert window.calendar.reload_pending()
    qtbot.waitUntil(lambda: window.today_view.heading.text() != "")
    qtbot.waitUntil(lambda: not window.calendar.reload_pending())
    assert not window.today_view.follow_ups.reload_pending()
