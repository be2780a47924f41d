"""Gaps, Offers and the Needs tab's offers, driven through the main window."""

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from partnerdesk.domain.agenda import TodaySection
from partnerdesk.domain.enums import (
    InitiativeStatus,
    MeetingMode,
    NeedCategory,
    OfferKind,
    Priority,
)
from partnerdesk.domain.models import Initiative, Meeting, Need, Offer, Partner
from partnerdesk.store.store import Store
from partnerdesk.ui.change_bus import ChangeBus
from partnerdesk.ui.dialogs.offer_dialog import OfferDialog
from partnerdesk.ui.main_window import MainWindow
from partnerdesk.ui.models.today_model import PARTNER_COLUMN, TODAY_ROW_ROLE, WHAT_COLUMN
from tests.conftest import TODAY

HOSTILE = '<b>Acme</b><a href="x">y</a>'
# The windows are raised when asked for again; the offscreen platform cannot, and says so.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


@pytest.fixture
def window(qtbot: QtBot, store: Store, bus: ChangeBus, tmp_path: Path) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    main = MainWindow(store, bus, settings, today=lambda: TODAY)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    QThreadPool.globalInstance().waitForDone()  # no question left running on a closed store
    for dialog in (main.matching_commands.gaps_view, main.matching_commands.offers_dialog):
        if dialog is not None:
            dialog.hide()


@pytest.fixture
def offer(store: Store) -> Offer:
    return store.offers.add(
        Offer(
            name="Data Science Certificate",
            kind=OfferKind.PROGRAM,
            categories=(NeedCategory.SKILLS,),
            skills="Python, SQL, machine learning",
            capacity=40,
            season="Fall",
        )
    )


def need(store: Store, partner: Partner, text: str, category: NeedCategory) -> Need:
    return store.needs.add(
        Need(partner_id=partner.id, description=text, category=category, priority=Priority.HIGH)
    )


def test_gaps_view_lists_a_gap_and_opens_it(
    qtbot: QtBot, store: Store, window: MainWindow, offer: Offer
) -> None:
    hostile = store.partners.add(Partner(name=HOSTILE))
    other = store.partners.add(Partner(name="Contoso"))
    gap = need(store, hostile, "Certified <i>welders</i>", NeedCategory.TALENT)
    need(store, other, "Short courses in Python", NeedCategory.SKILLS)  # filled by the offer
    need(store, other, "Lab space", NeedCategory.FACILITIES)  # not a talent need

    window.menu_actions.gaps.trigger()
    view = window.matching_commands.gaps_view
    assert view is not None
    assert view.objectName() == "gapsView"
    assert view.isVisible()
    qtbot.waitUntil(lambda: not view.is_loading())
    ModelTester(None).check(view.model)  # type: ignore[no-untyped-call]
    assert view.model.rowCount() == 1
    cells = [view.model.index(0, column).data() for column in range(5)]
    assert cells[:4] == [HOSTILE, "Talent", "High", "Certified <i>welders</i>"]
    assert cells[4] == "today" or cells[4].endswith("days")
    assert view.summary.text().startswith("1 open need at 1 partner that no offer fills")
    assert view.summary.textFormat() == Qt.TextFormat.PlainText

    view.view.setFocus()
    qtbot.keyClick(view.view, Qt.Key.Key_Return)
    assert window.workspace.partner_id == hostile.id
    assert window.workspace.tabs.currentWidget() is window.workspace.needs
    selected = window.workspace.needs.current_record()
    assert selected is not None
    assert selected.id == gap.id
    assert not view.isVisible()
    assert window.workspace.needs.matches.heading.text().startswith("No offer of ours")

    # An offer that fills it takes it off the list; the category filter narrows.
    window.matching_commands.show_gaps()
    store.offers.add(
        Offer(name="Welding Apprenticeships", categories=(NeedCategory.TALENT,), skills="welders")
    )
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    assert view.summary.text().startswith("Every open talent and skills need")
    need(store, other, "GIS certificate", NeedCategory.SKILLS)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    view.category.set_value(NeedCategory.TALENT)
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    view.category.set_value(NeedCategory.SKILLS)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert [view.category.itemText(i) for i in range(view.category.count())] == [
        "Talent and skills",
        "Talent",
        "Skills",
    ]


def test_needs_tab_shows_the_ranked_offers_of_the_selected_need(
    qtbot: QtBot, store: Store, window: MainWindow, offer: Offer
) -> None:
    store.offers.add(
        Offer(name="Python Cohort", categories=(NeedCategory.TALENT,), skills="Python, data")
    )
    partner = store.partners.add(Partner(name="Contoso"))
    wanted = need(
        store, partner, "Short courses in Python and machine-learning", NeedCategory.SKILLS
    )
    other = need(store, partner, "Lab space", NeedCategory.FACILITIES)
    window.partner_list.select_partner(partner.id)
    tab = window.workspace.needs
    window.workspace.tabs.setCurrentWidget(tab)
    assert tab.select_item(wanted.id)
    panel = tab.matches
    ModelTester(None).check(panel.model)  # type: ignore[no-untyped-call]
    rows = [
        [panel.model.index(row, column).data() for column in range(3)]
        for row in range(panel.model.rowCount())
    ]
    assert rows == [
        [
            "Data Science Certificate",
            "Program",
            "category skills; skills: Python; close: 'machine learning' ~ 'machine-learning'",
        ],
        ["Python Cohort", "Program", "related category; skills: Python"],
    ]
    assert panel.view.isVisibleTo(window)
    assert tab.select_item(other.id)
    assert panel.model.rowCount() == 0
    assert panel.heading.text() == "Offers are matched to open talent and skills needs."
    assert not panel.view.isVisibleTo(window)


def test_offers_window_lists_offers_and_who_needs_them(
    qtbot: QtBot, store: Store, window: MainWindow, offer: Offer
) -> None:
    acme = store.partners.add(Partner(name=HOSTILE))
    wanted = need(store, acme, "Short courses in Python", NeedCategory.SKILLS)
    window.menu_actions.offers.trigger()
    dialog = window.matching_commands.offers_dialog
    assert dialog is not None
    assert dialog.objectName() == "offersDialog"
    ModelTester(None).check(dialog.offers)  # type: ignore[no-untyped-call]
    ModelTester(None).check(dialog.matches)  # type: ignore[no-untyped-call]
    assert dialog.select_offer(offer.id)
    qtbot.waitUntil(lambda: not dialog.is_loading())
    assert [dialog.offers.index(0, c).data() for c in range(6)] == [
        "Data Science Certificate",
        "Program",
        "Skills",
        "Python, SQL, machine learning",
        "40",
        "Fall",
    ]
    assert dialog.matches.rowCount() == 1
    assert [dialog.matches.index(0, c).data() for c in range(4)] == [
        HOSTILE,
        "High",
        "Short courses in Python",
        "category skills; skills: Python",
    ]
    assert "(1)" in dialog.match_heading.text()

    dialog.match_view.selectRow(0)
    dialog.match_view.setFocus()
    qtbot.keyClick(dialog.match_view, Qt.Key.Key_Return)
    assert window.workspace.partner_id == acme.id
    selected = window.workspace.needs.current_record()
    assert selected is not None
    assert selected.id == wanted.id


def test_offers_window_adds_refuses_bad_input_and_deletes_with_undo(
    qtbot: QtBot, store: Store, window: MainWindow, offer: Offer
) -> None:
    dialog = window.matching_commands.show_offers()

    refused: list[str] = []

    def fill_and_accept(editor: OfferDialog) -> None:
        editor.accept()  # no name: refused, the dialog stays
        assert editor.isVisible()
        refused.append(editor.error.text())
        editor.name.setText("Welding Apprenticeships")
        editor.categories[NeedCategory.TALENT].setChecked(True)
        editor.skills.setText("welding")
        editor.capacity.setValue(0)
        editor.accept()

    seen = when_offer_dialog_opens(fill_and_accept)
    dialog.new_offer()
    assert seen == [True]
    assert refused == ["The offer name cannot be empty."]
    names = [o.name for o in store.offers.all()]
    assert names == ["Data Science Certificate", "Welding Apprenticeships"]
    added = store.offers.all()[1]
    assert added.capacity == 0
    assert added.categories == (NeedCategory.TALENT,)
    current = dialog.current_offer()
    assert current is not None
    assert current.id == added.id

    dialog.delete_current()
    assert [o.name for o in store.offers.all()] == ["Data Science Certificate"]
    assert dialog.offers.rowCount() == 1
    window.undo_stack.undo()
    assert [o.name for o in store.offers.all()] == [
        "Data Science Certificate",
        "Welding Apprenticeships",
    ]
    assert dialog.offers.rowCount() == 2


def when_offer_dialog_opens(handle: Callable[[OfferDialog], None]) -> list[bool]:
    """Runs `handle` on the offer dialog once it is shown; it is cancelled if still open."""
    seen: list[bool] = []
    tries = [0]

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, OfferDialog):
            tries[0] += 1
            if tries[0] < 100:  # the event loop may turn before the dialog is shown
                QTimer.singleShot(10, run)
            else:
                seen.append(False)
            return
        seen.append(True)
        try:
            handle(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, run)
    return seen


def test_offer_dialog_maps_not_set_capacity_to_none(qtbot: QtBot) -> None:
    seen: list[Offer] = []

    def save(record: Offer) -> Offer:
        seen.append(record)
        return record

    dialog = OfferDialog(Offer(name="Lab", capacity=None), save)
    qtbot.addWidget(dialog)
    assert dialog.capacity.text() == "Not set"
    dialog.accept()
    assert seen[0].capacity is None
    assert dialog.capacity.minimum() == -1  # a negative capacity cannot be typed


def test_today_flags_an_active_initiative_without_face_to_face(
    qtbot: QtBot, store: Store, window: MainWindow
) -> None:
    partner = store.partners.add(Partner(name=HOSTILE))
    store.initiatives.add(
        Initiative(partner_id=partner.id, name="Data pilot", status=InitiativeStatus.ACTIVE)
    )
    long_ago = datetime(2026, 3, 2, 10, tzinfo=UTC)
    store.meetings.add(Meeting(partner_id=partner.id, starts_at=long_ago))
    store.meetings.add(
        Meeting(
            partner_id=partner.id,
            starts_at=datetime(2026, 11, 2, 10, tzinfo=UTC),
            mode=MeetingMode.VIDEO,
        )
    )
    today = window.today_view
    model = today.model
    section = model.section_index(TodaySection.NO_FACE_TO_FACE)
    qtbot.waitUntil(lambda: model.rows(TodaySection.NO_FACE_TO_FACE) != ())
    ModelTester(None).check(model)  # type: ignore[no-untyped-call]
    assert section.data() == "Active initiative, no face-to-face meeting for 6 months (1)"
    row = model.index(0, PARTNER_COLUMN, section)
    assert row.data() == HOSTILE
    days = (TODAY - long_ago.astimezone().date()).days
    assert model.index(0, WHAT_COLUMN, section).data() == (
        f"“Data pilot” is active; last face-to-face {days} days ago"
    )
    assert row.data(TODAY_ROW_ROLE).partner_id == partner.id
    today.view.setCurrentIndex(row)
    today.open_current()
    assert window.workspace.partner_id == partner.id

    # A visit today clears the flag, and the header's balance line counts it.
    # Early on the test's today, which is in the past by the real clock the store reads.
    this_morning = datetime.combine(TODAY, time(0, 1)).astimezone(UTC)
    store.meetings.add(Meeting(partner_id=partner.id, starts_at=this_morning))
    qtbot.waitUntil(lambda: "(0 days ago)" in window.workspace.header.contact.text())
    assert "2 of 3 meetings in person in 12 months (67%) · 0 at their premises" in (
        window.workspace.header.contact.text()
    )
    window.show_today()
    qtbot.waitUntil(lambda: model.rows(TodaySection.NO_FACE_TO_FACE) == ())
