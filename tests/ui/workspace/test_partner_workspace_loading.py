"""Selecting a partner loads what is on screen; what is behind other tabs loads when shown."""

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from partnerdesk.domain.changes import Entity
from partnerdesk.domain.models import Meeting, Partner, Person
from partnerdesk.domain.navigation import Target
from partnerdesk.store.store import Store
from partnerdesk.ui.change_bus import ChangeBus
from partnerdesk.ui.main_window import MainWindow
from tests.conftest import TODAY


@pytest.fixture
def window(store: Store, bus: ChangeBus, qtbot: QtBot, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    main = MainWindow(store, bus, settings, today=lambda: TODAY)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def meeting(store: Store, partner: Partner, title: str, day: int) -> Meeting:
    return store.meetings.add(
        Meeting(
            partner_id=partner.id, starts_at=datetime(2026, 11, day, 9, tzinfo=UTC), title=title
        )
    )


def test_the_meetings_behind_the_overview_load_when_their_tab_is_shown(
    store: Store, window: MainWindow
) -> None:
    partner = store.partners.add(Partner(name="Northwind"))
    meeting(store, partner, "Kick-off", 3)
    latest = meeting(store, partner, "Follow-up", 20)
    workspace = window.workspace
    window.partner_list.select_partner(partner.id)
    assert workspace.tabs.currentWidget() is workspace.overview
    assert workspace.meetings.meeting_list.model().rowCount() == 0  # not loaded yet
    assert workspace.meetings.meeting_id is None
    workspace.tabs.setCurrentWidget(workspace.meetings)
    assert workspace.meetings.meeting_list.model().rowCount() == 2
    assert workspace.meetings.meeting_id == latest.id
    assert workspace.meetings.notes.meeting_id == latest.id


def test_a_meeting_opened_from_elsewhere_is_shown_though_its_tab_was_behind(
    store: Store, window: MainWindow
) -> None:
    partner = store.partners.add(Partner(name="Northwind"))
    first = meeting(store, partner, "Kick-off", 3)
    meeting(store, partner, "Follow-up", 20)
    window.open_target(Target(partner.id, Entity.MEETING, first.id))
    workspace = window.workspace
    assert workspace.tabs.currentWidget() is workspace.meetings
    assert workspace.meetings.meeting_id == first.id


def test_a_meeting_added_while_the_tab_is_behind_shows_when_it_is_shown(
    store: Store, window: MainWindow
) -> None:
    partner = store.partners.add(Partner(name="Northwind"))
    window.partner_list.select_partner(partner.id)
    added = meeting(store, partner, "Added elsewhere", 12)
    workspace = window.workspace
    workspace.tabs.setCurrentWidget(workspace.meetings)
    assert workspace.meetings.meeting_id == added.id


def test_the_owner_box_lists_our_people_as_they_are_now(store: Store, window: MainWindow) -> None:
    first = store.partners.add(Partner(name="Alpha"))
    second = store.partners.add(Partner(name="Beta"))
    window.partner_list.select_partner(first.id)
    owner_box = window.workspace.overview.owner
    assert owner_box.findText("Dana Okafor") == -1
    store.people.add(Person(full_name="Dana Okafor"))
    window.partner_list.select_partner(second.id)
    assert owner_box.findText("Dana Okafor") > 0
