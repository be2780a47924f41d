"""The partner list pane: filtering, lazy paging, selection, keys and live refresh."""

import dataclasses
import random
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QLineEdit, QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from partnerdesk.domain.enums import (
    CommitmentStatus,
    Direction,
    MeetingMode,
    PartnerKind,
    PartnerStage,
)
from partnerdesk.domain.models import Commitment, Meeting, Partner
from partnerdesk.domain.partner_list import PAGE_SIZE, PartnerListQuery, PartnerSort
from partnerdesk.store.store import Store
from partnerdesk.ui.change_bus import ChangeBus
from partnerdesk.ui.models.partner_list_model import PartnerListModel
from partnerdesk.ui.partner_list_pane import PartnerListPane
from tests.conftest import TODAY

# The offscreen platform says so whenever a window is shown; it is not ours to fix.

HTML_NAME = '<b>Acme</b><a href="x">y</a>'
SORT_COLUMNS = {sort: column for column, sort in enumerate(PartnerListModel.COLUMN_SORTS)}


def order(descending: bool) -> Qt.SortOrder:
    return Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder


@pytest.fixture
def pane(store: Store, bus: ChangeBus, qtbot: QtBot) -> PartnerListPane:
    widget = PartnerListPane(store, bus)
    qtbot.addWidget(widget)
    widget.resize(480, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def table(pane: PartnerListPane) -> QTableView:
    view = pane.findChild(QTableView, "partnerList")
    assert isinstance(view, QTableView)
    return view


def filter_box(pane: PartnerListPane) -> QLineEdit:
    line = pane.findChild(QLineEdit, "partnerFilter")
    assert isinstance(line, QLineEdit)
    return line


def shown_names(pane: PartnerListPane) -> list[str]:
    model = table(pane).model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def add_many(store: Store, count: int) -> None:
    """Partners "Partner 0000" ... in name order, loaded at once."""
    store.bulk_load(
        [
            (
                "partners",
                [
                    {"name": f"Partner {n:04d}", "kind": PartnerKind.COMPANY, "stage": "active"}
                    for n in range(count)
                ],
            )
        ]
    )


def add_partner(store: Store, name: str, **fields: object) -> Partner:
    return store.partners.add(Partner(name=name, **fields))  # type: ignore[arg-type]


# -- the model ----------------------------------------------------------------------------


def test_model_passes_the_model_tester(store: Store, bus: ChangeBus, qtbot: QtBot) -> None:
    add_many(store, PAGE_SIZE + 30)
    late = add_partner(store, "Aardvark Late")
    store.commitments.add(
        Commitment(
            partner_id=late.id,
            direction=Direction.THEIRS,
            description="Send the letter",
            due_on=TODAY - timedelta(days=2),
        )
    )
    model = PartnerListModel(store, bus)
    ModelTester(qtbot).check(model, force_py=True)
    # The tester stays connected and checks every signal from here on.
    model.sort(PartnerListModel.OVERDUE, Qt.SortOrder.DescendingOrder)
    assert model.partner_id(0) == late.id
    add_partner(store, "Zebra")
    model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == PAGE_SIZE + 32


def test_columns_show_plain_strings_and_mark_overdue(store: Store, bus: ChangeBus) -> None:
    acme = add_partner(store, HTML_NAME, stage=PartnerStage.STRATEGIC)
    store.meetings.add(
        Meeting(
            partner_id=acme.id,
            starts_at=datetime(2026, 11, 20, 10, tzinfo=UTC),
            mode=MeetingMode.IN_PERSON,
        )
    )
    for days in (-3, -1, 4):
        store.commitments.add(
            Commitment(
                partner_id=acme.id,
                direction=Direction.OURS,
                description="Call back",
                due_on=TODAY + timedelta(days=days),
            )
        )
    model = PartnerListModel(store, bus)
    assert model.index(0, PartnerListModel.NAME).data() == HTML_NAME
    # Tooltips that look like HTML are shown as HTML: the name must arrive escaped.
    tooltip = model.index(0, PartnerListModel.NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;Acme&lt;/b&gt;&lt;a href=&quot;x&quot;&gt;" in tooltip
    assert "<b>" not in tooltip
    assert model.index(0, PartnerListModel.STAGE).data() == "Strategic"
    assert model.index(0, PartnerListModel.LAST_CONTACT).data() == "2026-11-20"
    assert model.index(0, PartnerListModel.OPEN).data() == "3"
    overdue = model.index(0, PartnerListModel.OVERDUE)
    assert overdue.data() == "⚠ 2"
    assert isinstance(overdue.data(Qt.ItemDataRole.ForegroundRole), QColor)
    assert "2" in overdue.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, PartnerListModel.STAGE).data(Qt.ItemDataRole.UserRole) == acme.id
    assert model.partner_id(0) == acme.id
    assert model.row_of(acme.id) == 0
    assert model.row_of(acme.id + 1) is None


def test_fetch_more_loads_the_next_page_only(store: Store, bus: ChangeBus) -> None:
    add_many(store, 2 * PAGE_SIZE + 10)
    model = PartnerListModel(store, bus)
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore(model.index(-1, -1))
    model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == 2 * PAGE_SIZE
    model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == 2 * PAGE_SIZE + 10
    assert not model.canFetchMore(model.index(-1, -1))
    names = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert names == sorted(names)
    assert len(set(names)) == len(names)


def test_sort_queries_the_store_again(store: Store, bus: ChangeBus) -> None:
    add_partner(store, "Alpha", stage=PartnerStage.ENDED)
    add_partner(store, "Beta", stage=PartnerStage.PROSPECT)
    model = PartnerListModel(store, bus)
    model.sort(PartnerListModel.STAGE, Qt.SortOrder.AscendingOrder)
    assert model.query().sort is PartnerSort.STAGE
    assert [model.index(row, 0).data() for row in range(2)] == ["Beta", "Alpha"]
    model.sort(PartnerListModel.NAME, Qt.SortOrder.DescendingOrder)
    assert [model.index(row, 0).data() for row in range(2)] == ["Beta", "Alpha"]


def test_commitment_change_updates_the_row_in_place(
    store: Store, bus: ChangeBus, qtbot: QtBot
) -> None:
    acme = add_partner(store, "Acme")
    add_partner(store, "Beta")
    model = PartnerListModel(store, bus)
    with qtbot.waitSignal(model.dataChanged), qtbot.assertNotEmitted(model.modelReset):
        store.commitments.add(
            Commitment(
                partner_id=acme.id,
                direction=Direction.OURS,
                description="Send the slides",
                due_on=TODAY - timedelta(days=1),
            )
        )
    assert model.index(0, PartnerListModel.OVERDUE).data() == "⚠ 1"


def test_when_sorted_by_open_a_new_commitment_moves_the_partner(
    store: Store, bus: ChangeBus
) -> None:
    add_partner(store, "Alpha")
    beta = add_partner(store, "Beta")
    model = PartnerListModel(store, bus)
    model.sort(PartnerListModel.OPEN, Qt.SortOrder.DescendingOrder)
    assert model.partner_id(1) == beta.id
    commitment = store.commitments.add(
        Commitment(partner_id=beta.id, direction=Direction.THEIRS, description="Visit")
    )
    assert model.partner_id(0) == beta.id
    store.commitments.update(
        Commitment(
            id=commitment.id,
            partner_id=beta.id,
            direction=Direction.THEIRS,
            description="Visit",
            status=CommitmentStatus.DROPPED,
        )
    )
    assert model.partner_id(1) == beta.id


# -- the pane -----------------------------------------------------------------------------


def test_widgets_have_their_names_and_settings(pane: PartnerListPane) -> None:
    line = filter_box(pane)
    assert line.placeholderText() == "Filter partners (Ctrl+F)"
    assert line.isClearButtonEnabled()
    assert line.toolTip()
    view = table(pane)
    assert view.isSortingEnabled()
    assert view.alternatingRowColors()
    assert not view.verticalHeader().isVisible()
    assert view.selectionMode() is QTableView.SelectionMode.SingleSelection
    boxes = pane.findChildren(QComboBox)
    assert len(boxes) == 3
    for box in boxes:
        assert box.itemText(0).startswith("Any")
        assert box.toolTip()
        assert box.accessibleName()


def test_typing_in_the_filter_filters_the_list(store: Store, bus: ChangeBus, qtbot: QtBot) -> None:
    add_partner(store, "Northwind Bank")
    add_partner(store, "Contoso", city="North Bay")
    add_partner(store, "Fabrikam")
    widget = PartnerListPane(store, bus)
    qtbot.addWidget(widget)
    assert len(shown_names(widget)) == 3
    qtbot.keyClicks(filter_box(widget), "north")
    qtbot.waitUntil(lambda: shown_names(widget) == ["Contoso", "Northwind Bank"])
    qtbot.keyClicks(filter_box(widget), " bank")
    qtbot.waitUntil(lambda: shown_names(widget) == ["Northwind Bank"])


def test_stage_kind_and_tag_boxes_filter(store: Store, bus: ChangeBus, qtbot: QtBot) -> None:
    add_partner(store, "Alpha", stage=PartnerStage.ACTIVE, tags=("ai",))
    add_partner(store, "Beta", kind=PartnerKind.UNIVERSITY)
    widget = PartnerListPane(store, bus)
    qtbot.addWidget(widget)
    stage_box, kind_box, tag_box = widget.findChildren(QComboBox)
    stage_box.setCurrentIndex(stage_box.findData(PartnerStage.ACTIVE.value))
    assert shown_names(widget) == ["Alpha"]
    stage_box.setCurrentIndex(0)
    kind_box.setCurrentIndex(kind_box.findData(PartnerKind.UNIVERSITY.value))
    assert shown_names(widget) == ["Beta"]
    kind_box.setCurrentIndex(0)
    assert tag_box.findText("ai") > 0
    tag_box.setCurrentIndex(tag_box.findText("ai"))
    assert shown_names(widget) == ["Alpha"]
    add_partner(store, "Gamma", tags=("new",))
    assert tag_box.findText("new") > 0
    assert tag_box.currentText() == "ai"


def test_selecting_a_row_emits_the_partner_id(store: Store, bus: ChangeBus, qtbot: QtBot) -> None:
    add_partner(store, "Alpha")
    beta = add_partner(store, "Beta")
    widget = PartnerListPane(store, bus)
    qtbot.addWidget(widget)
    view = table(widget)
    with qtbot.waitSignal(widget.partner_selected) as blocker:
        view.selectRow(1)
    assert blocker.args == [beta.id]
    assert widget.current_partner_id() == beta.id
    with qtbot.waitSignal(widget.partner_selected) as blocker:
        view.selectionModel().clearSelection()
    assert blocker.args == [None]
    assert widget.current_partner_id() is None
    widget.select_partner(beta.id)
    with qtbot.waitSignal(widget.partner_selected) as blocker:
        widget.select_partner(None)
    assert blocker.args == [None]
    with qtbot.assertNotEmitted(widget.partner_selected):
        widget.select_partner(None)


def test_select_partner_beyond_the_first_page(store: Store, bus: ChangeBus, qtbot: QtBot) -> None:
    add_many(store, 3 * PAGE_SIZE)
    last = store.partner_list.page(PartnerListQuery(descending=True), limit=1)[0]
    widget = PartnerListPane(store, bus)
    qtbot.addWidget(widget)
    assert widget.model().rowCount() == PAGE_SIZE
    with qtbot.waitSignal(widget.partner_selected) as blocker:
        widget.select_partner(last.id)
    assert blocker.args == [last.id]
    assert widget.current_partner_id() == last.id
    assert widget.model().rowCount() == 3 * PAGE_SIZE


def test_select_partner_clears_a_filter_that_hides_it(
    store: Store, bus: ChangeBus, qtbot: QtBot
) -> None:
    add_partner(store, "Alpha")
    beta = add_partner(store, "Beta")
    widget = PartnerListPane(store, bus)
    qtbot.addWidget(widget)
    filter_box(widget).setText("alp")
    qtbot.waitUntil(lambda: shown_names(widget) == ["Alpha"])
    with qtbot.waitSignal(widget.partner_selected) as blocker:
        widget.select_partner(beta.id)
    assert blocker.args == [beta.id]
    assert filter_box(widget).text() == ""
    assert shown_names(widget) == ["Alpha", "Beta"]


def test_selection_survives_a_reload_and_goes_when_filtered_out(
    store: Store, bus: ChangeBus, qtbot: QtBot
) -> None:
    alpha = add_partner(store, "Alpha")
    add_partner(store, "Beta")
    widget = PartnerListPane(store, bus)
    qtbot.addWidget(widget)
    widget.select_partner(alpha.id)
    with qtbot.assertNotEmitted(widget.partner_selected):
        add_partner(store, "Aardvark")  # lands above Alpha
    assert widget.current_partner_id() == alpha.id
    assert shown_names(widget)[0] == "Aardvark"
    with qtbot.waitSignal(widget.partner_selected) as blocker:
        filter_box(widget).setText("beta")
    assert blocker.args == [None]


def test_a_new_partner_appears_after_the_change(
    store: Store, pane: PartnerListPane, qtbot: QtBot
) -> None:
    add_partner(store, "Alpha")
    assert shown_names(pane) == ["Alpha"]
    add_partner(store, HTML_NAME)
    assert shown_names(pane) == [HTML_NAME, "Alpha"]
    store.partners.delete(pane.model().partner_id(1))
    assert shown_names(pane) == [HTML_NAME]


def test_keys_move_between_filter_and_list(
    store: Store, pane: PartnerListPane, qtbot: QtBot
) -> None:
    alpha = add_partner(store, "Alpha")
    add_partner(store, "Beta")
    line = filter_box(pane)
    view = table(pane)
    pane.focus_filter()
    qtbot.waitUntil(line.hasFocus)
    with qtbot.waitSignal(pane.partner_selected) as blocker:
        qtbot.keyClick(line, Qt.Key.Key_Down)
    assert blocker.args == [alpha.id]
    qtbot.waitUntil(view.hasFocus)
    with qtbot.waitSignal(pane.partner_activated) as activated:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert activated.args == [alpha.id]
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.waitUntil(line.hasFocus)


def test_escape_clears_the_filter(store: Store, pane: PartnerListPane, qtbot: QtBot) -> None:
    add_partner(store, "Alpha")
    add_partner(store, "Beta")
    line = filter_box(pane)
    line.setText("alp")
    qtbot.waitUntil(lambda: shown_names(pane) == ["Alpha"])
    qtbot.keyClick(line, Qt.Key.Key_Escape)
    assert line.text() == ""
    assert shown_names(pane) == ["Alpha", "Beta"]


def test_clicking_a_header_sorts(store: Store, pane: PartnerListPane) -> None:
    add_partner(store, "Alpha", stage=PartnerStage.DORMANT)
    add_partner(store, "Beta", stage=PartnerStage.EXPLORING)
    view = table(pane)
    view.sortByColumn(PartnerListModel.STAGE, Qt.SortOrder.AscendingOrder)
    assert shown_names(pane) == ["Beta", "Alpha"]
    view.sortByColumn(PartnerListModel.NAME, Qt.SortOrder.DescendingOrder)
    assert shown_names(pane) == ["Beta", "Alpha"]
    assert pane.model().query().descending


def test_selection_keeps_its_row_when_rows_are_added_below(
    store: Store, pane: PartnerListPane
) -> None:
    alpha = add_partner(store, "Alpha")
    view = table(pane)
    view.selectionModel().setCurrentIndex(
        pane.model().index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    add_partner(store, "Zulu")
    assert pane.current_partner_id() == alpha.id
    assert view.currentIndex().row() == 0


# -- live updates, one partner at a time --------------------------------------------------


def test_renaming_the_selected_partner_moves_it_and_keeps_the_selection(
    store: Store, pane: PartnerListPane, qtbot: QtBot
) -> None:
    alpha = add_partner(store, "Alpha")
    add_partner(store, "Beta")
    add_partner(store, "Gamma")
    pane.select_partner(alpha.id)
    model = pane.model()
    with (
        qtbot.assertNotEmitted(model.modelReset),
        qtbot.assertNotEmitted(pane.partner_selected),
        qtbot.waitSignal(model.rowsMoved),
    ):
        store.partners.update(dataclasses.replace(alpha, name="Zeta"))
    assert shown_names(pane) == ["Beta", "Gamma", "Zeta"]
    assert pane.current_partner_id() == alpha.id
    assert table(pane).currentIndex().row() == 2


def test_deleting_the_selected_partner_empties_the_selection(
    store: Store, pane: PartnerListPane, qtbot: QtBot
) -> None:
    alpha = add_partner(store, "Alpha")
    add_partner(store, "Beta")
    pane.select_partner(alpha.id)
    with qtbot.waitSignal(pane.partner_selected) as blocker:
        store.partners.delete(alpha.id)
    assert blocker.args == [None]
    assert shown_names(pane) == ["Beta"]


def test_a_partner_added_beyond_the_loaded_rows_comes_with_the_next_page(
    store: Store, bus: ChangeBus
) -> None:
    add_many(store, PAGE_SIZE + 5)
    model = PartnerListModel(store, bus)
    add_partner(store, "Zulu")
    assert model.rowCount() == PAGE_SIZE
    model.fetchMore(model.index(-1, -1))
    names = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert names[-1] == "Zulu"
    assert len(names) == len(set(names)) == PAGE_SIZE + 6


def test_new_commitments_bring_a_partner_into_view_when_sorted_by_them(
    store: Store, bus: ChangeBus
) -> None:
    add_many(store, PAGE_SIZE + 5)
    last = store.partner_list.page(PartnerListQuery(descending=True), limit=1)[0]
    model = PartnerListModel(store, bus)
    model.sort(PartnerListModel.OPEN, Qt.SortOrder.DescendingOrder)
    assert model.row_of(last.id) is None
    store.commitments.add(
        Commitment(partner_id=last.id, direction=Direction.OURS, description="Call")
    )
    assert model.row_of(last.id) == 0
    assert model.rowCount() == PAGE_SIZE + 1


@pytest.mark.parametrize("sort", list(PartnerSort))
@pytest.mark.parametrize("descending", [False, True])
def test_loaded_rows_stay_the_head_of_the_list_through_any_changes(
    store: Store, bus: ChangeBus, qtbot: QtBot, sort: PartnerSort, descending: bool
) -> None:
    """After each change, the rows loaded equal the first rows a fresh query returns."""
    chooser = random.Random(f"{sort}{descending}")
    names = ["alpha", "Alpha", "beta", "Gamma", "delta", "Delta"]
    partners = [add_partner(store, chooser.choice(names)) for _ in range(9)]
    model = PartnerListModel(store, bus, page_size=3)
    ModelTester(qtbot).check(model, force_py=True)
    model.sort(SORT_COLUMNS[sort], order(descending))
    for _step in range(25):
        partner = chooser.choice(partners)
        action = chooser.randrange(6)
        if action == 0:
            current = store.partners.get(partner.id)
            store.partners.update(dataclasses.replace(current, name=chooser.choice(names)))
        elif action == 1:
            current = store.partners.get(partner.id)
            stage = chooser.choice(list(PartnerStage))
            store.partners.update(dataclasses.replace(current, stage=stage))
        elif action == 2:
            store.commitments.add(
                Commitment(
                    partner_id=partner.id,
                    direction=Direction.OURS,
                    description="Follow up",
                    due_on=TODAY + timedelta(days=chooser.randrange(-5, 5)),
                )
            )
        elif action == 3:
            store.meetings.add(
                Meeting(
                    partner_id=partner.id,
                    starts_at=datetime(2026, chooser.randrange(1, 12), 1, tzinfo=UTC),
                    mode=MeetingMode.PHONE,
                )
            )
        elif action == 4:
            partners.append(add_partner(store, chooser.choice(names)))
        elif len(partners) > 2:
            partners.remove(partner)
            store.partners.delete(partner.id)
        if chooser.random() < 0.3:
            model.fetchMore(model.index(-1, -1))
        loaded = [model.partner_row(row) for row in range(model.rowCount())]
        assert (
            loaded == store.partner_list.page(model.query(), limit=len(loaded) or 1)[: len(loaded)]
        )
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    everything = store.partner_list.page(model.query(), limit=1000)
    assert [model.partner_row(row) for row in range(model.rowCount())] == everything
