"""What the partner list and the workspace ask of the notebook on screen: a few statements,
as many for a busy partner or a big notebook as for a small one. (Today's reads are
counted in tests/store/test_statement_counts.py.)"""

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from partnerdesk.domain.partner_list import PAGE_SIZE
from partnerdesk.store.store import Store
from partnerdesk.ui.change_bus import ChangeBus
from partnerdesk.ui.main_window import MainWindow
from partnerdesk.ui.models.partner_list_model import PartnerListModel
from tests.conftest import TODAY
from tests.notebook_growth import busy_partner, more_partners


def test_the_partner_list_opens_with_as_many_statements_for_300_partners_as_for_3(
    store: Store, bus: ChangeBus
) -> None:
    more_partners(store, 3)
    with store.database.statement_counter() as small:
        first = PartnerListModel(store, bus)
    assert first.rowCount() == 3
    more_partners(store, 300)
    with store.database.statement_counter() as big:
        second = PartnerListModel(store, bus)
    assert second.rowCount() == PAGE_SIZE
    assert big.count == small.count <= 2


def test_selecting_a_partner_takes_as_many_statements_for_200_meetings_as_for_2(
    store: Store, bus: ChangeBus, qtbot: QtBot, tmp_path: Path
) -> None:
    quiet = busy_partner(store, "Quiet", meetings=2, commitments=1)
    busy = busy_partner(store, "Busy", meetings=200, commitments=60)
    warm_up = busy_partner(store, "First", meetings=1, commitments=1)
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, bus, settings, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    workspace = window.workspace
    for tab, most in ((workspace.overview, 4), (workspace.meetings, 8)):
        # The first selection reads our people, for the owner box, once.
        window.partner_list.select_partner(warm_up.id)
        workspace.tabs.setCurrentWidget(tab)
        counts = []
        for partner in (quiet, busy):
            with store.database.statement_counter() as log:
                window.partner_list.select_partner(partner.id)
            counts.append(log.count)
            window.partner_list.select_partner(warm_up.id)
        assert counts[0] == counts[1] <= most, (tab, counts)
    assert workspace.meetings.meeting_list.model().rowCount() == 1  # the tab is in front
