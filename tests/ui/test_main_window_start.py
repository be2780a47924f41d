"""The main window at start-up: the partner list first, the panes that can wait after."""

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget
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
    # Shown, not yet painted: the list is filled; nothing else is built yet.
    assert window.partner_list.model().rowCount() == 1
    assert not window.is_complete()
    assert window.findChild(QWidget, "todayView") is None
    assert window.findChild(QWidget, "partnerWorkspace") is None
    qtbot.waitUntil(window.is_complete)
    for name in ("todayView", "agendaList", "commitmentsCalendar", "partnerWorkspace"):
        assert window.findChild(QWidget, name) is not None, name
    assert window.middle.currentWidget() is window.today_view
    qtbot.waitUntil(lambda: window.today_view.heading.text() != "")
    qtbot.waitUntil(lambda: not window.calendar.reload_pending())
    assert not window.today_view.follow_ups.reload_pending()


def test_a_partner_picked_before_the_rest_is_built_is_shown(
    qtbot: QtBot, store: Store, bus: ChangeBus, tmp_path: Path
) -> None:
    partner = store.partners.add(Partner(name="Northwind Bank"))
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, bus, settings)
    qtbot.addWidget(window)
    window.show()
    window.partner_list.select_partner(partner.id)
    assert window.middle.currentWidget() is window.workspace
    assert window.workspace.partner_id == partner.id
    qtbot.waitUntil(window.is_complete)
    assert window.middle.currentWidget() is window.workspace
    assert window.calendar.isVisible()
    window.show_today()
    assert window.middle.currentWidget() is window.today_view
