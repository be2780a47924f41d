"""Search Everything: type, see hits grouped by kind, move with the keys, open with Enter."""

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import QApplication, QLineEdit, QListView, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from partnerdesk.app import open_main_window
from partnerdesk.domain.changes import Entity
from partnerdesk.domain.enums import Direction
from partnerdesk.domain.models import Commitment, Meeting, Need, Partner, Person
from partnerdesk.domain.search import HIGHLIGHT_END as END
from partnerdesk.domain.search import HIGHLIGHT_START as START
from partnerdesk.domain.search import SearchHit
from partnerdesk.store.store import Store
from partnerdesk.ui.change_bus import ChangeBus
from partnerdesk.ui.main_window import MainWindow
from partnerdesk.ui.models.search_results_model import HIT_ROLE, SearchResultsModel
from partnerdesk.ui.search_hit_delegate import elided_runs, highlighted_html
from partnerdesk.ui.search_palette import SearchPalette

HOSTILE = '<b>Acme</b><a href="x">y</a>'
MARCH = datetime(2026, 3, 4, 14, 30, tzinfo=UTC)


def hit(kind: Entity, record_id: int, title: str, snippet: str = "") -> SearchHit:
    return SearchHit(
        kind=kind,
        id=record_id,
        partner_id=1,
        partner_name=HOSTILE,
        title=title,
        snippet=snippet,
        date=date(2026, 3, 4) if kind is Entity.MEETING else None,
        rank=-1.0,
    )


# -- the model and the delegate ----------------------------------------------------------------


def test_the_results_model_groups_hits_under_headers(qtmodeltester: ModelTester) -> None:
    model = SearchResultsModel()
    model.set_hits(
        [
            hit(Entity.PARTNER, 1, f"{START}Acme{END}"),
            hit(Entity.MEETING, 2, "", f"…the {START}acme{END} visit"),
            hit(Entity.MEETING, 3, f"{START}Acme{END} review"),
        ]
    )
    qtmodeltester.check(model)
    shown = [model.index(row).data() for row in range(model.rowCount())]
    assert shown == [
        "Partners (1)",
        "Acme\n",
        "Meetings (2)",
        f"Meeting — 4 Mar 2026\n{HOSTILE} · …the acme visit",
        f"Acme review — 4 Mar 2026\n{HOSTILE}",
    ]
    assert not model.flags(model.index(0)) & Qt.ItemFlag.ItemIsSelectable
    assert model.flags(model.index(1)) & Qt.ItemFlag.ItemIsSelectable
    assert model.index(3).data(HIT_ROLE).id == 2
    assert (model.first_hit_row(), model.next_hit_row(1, 1), model.next_hit_row(3, -1)) == (1, 3, 1)
    assert model.next_hit_row(4, 1) is None
    model.set_hits([])
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_user_text_is_escaped_and_only_the_matches_are_bold(qapp: QApplication) -> None:
    text = f"{HOSTILE} about {START}Acme{END} & <i>"
    markup = highlighted_html(elided_runs(text, 10_000, QFont()))
    assert markup == (
        "&lt;b&gt;Acme&lt;/b&gt;&lt;a href=&quot;x&quot;&gt;y&lt;/a&gt; about "
        "<b>Acme</b> &amp; &lt;i&gt;"
    )
    document = QTextDocument()
    document.setHtml(markup)
    assert document.toPlainText() == f"{HOSTILE} about Acme & <i>"
    assert "href" not in document.toHtml().split("<body")[1].replace("href=&quot;", "")


def test_long_text_is_cut_to_the_width_with_an_ellipsis(qapp: QApplication) -> None:
    runs = elided_runs(f"The {START}internship{END} calendar " * 20, 200, QFont())
    text = "".join(piece for piece, _marked in runs)
    assert text.endswith("…")
    assert len(text) < 60
    assert ("internship", True) in runs


# -- the palette on its own --------------------------------------------------------------------


@pytest.fixture
def acme(store: Store) -> Partner:
    return store.partners.add(Partner(name="Acme Robotics", summary="Builds warehouse robots."))


@pytest.fixture
def palette(store: Store, bus: ChangeBus, qtbot: QtBot) -> Iterator[SearchPalette]:
    window = QWidget()
    window.resize(1000, 700)
    qtbot.addWidget(window)
    widget = SearchPalette(store, bus, window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    yield widget  # the window must live as long as the test
    window.close()


def type_search(qtbot: QtBot, palette: SearchPalette, text: str) -> None:
    palette.input.clear()
    qtbot.keyClicks(palette.input, text)
    qtbot.waitUntil(lambda: not palette.search_pending())


def test_typing_shows_hits_grouped_and_the_keys_move_between_them(
    store: Store, acme: Partner, palette: SearchPalette, qtbot: QtBot
) -> None:
    meeting = store.meetings.add(
        Meeting(partner_id=acme.id, starts_at=MARCH, title="Robots on the line")
    )
    need = store.needs.add(Need(partner_id=acme.id, description="Robotics engineers"))
    palette.open_palette()
    assert palette.isVisible()
    assert palette.input.hasFocus()
    type_search(qtbot, palette, "robo")
    model = palette.model
    assert model.rowCount() == 6  # three headers, three hits
    assert palette.current_hit() == model.hit_at(1)
    assert palette.current_hit() is not None
    assert palette.current_hit().kind is Entity.PARTNER  # type: ignore[union-attr]
    qtbot.keyClick(palette.input, Qt.Key.Key_Down)
    assert palette.current_hit().id == meeting.id  # type: ignore[union-attr]
    qtbot.keyClick(palette.input, Qt.Key.Key_Down)
    assert palette.current_hit().id == need.id  # type: ignore[union-attr]
    qtbot.keyClick(palette.input, Qt.Key.Key_Down)  # stays on the last hit
    assert palette.current_hit().id == need.id  # type: ignore[union-attr]
    qtbot.keyClick(palette.input, Qt.Key.Key_PageUp)
    assert palette.current_hit().kind is Entity.PARTNER  # type: ignore[union-attr]
    assert "3 results" in palette.status.text()
    qtbot.keyClick(palette.input, Qt.Key.Key_Escape)
    assert not palette.isVisible()


def test_typing_shows_the_newest_at_once_then_the_best_first_keeping_the_choice(
    store: Store, acme: Partner, palette: SearchPalette, qtbot: QtBot
) -> None:
    in_title = store.meetings.add(
        Meeting(partner_id=acme.id, starts_at=MARCH, title="Robotics lab tour")
    )
    in_notes = store.meetings.add(
        Meeting(partner_id=acme.id, starts_at=MARCH, notes="We spoke of robotics once.")
    )
    palette.set_rank_delay(60_000)  # the pause comes when the test says so
    palette.open_palette()
    qtbot.keyClicks(palette.input, "robot")
    # The keystroke's own results: the newest first, not yet ranked.
    qtbot.waitUntil(lambda: palette.model.row_of(Entity.MEETING, in_notes.id) is not None)
    assert palette.search_pending()
    quick = palette.model.row_of(Entity.MEETING, in_notes.id)
    assert quick is not None
    assert quick < palette.model.row_of(Entity.MEETING, in_title.id)  # type: ignore[operator]
    palette.results.setCurrentIndex(palette.model.index(quick))
    # Once typing pauses, the best first; the hit the user chose stays chosen.
    palette.set_rank_delay(0)
    qtbot.keyClick(palette.input, Qt.Key.Key_End)  # no new text: nothing restarts
    assert palette.search_pending()
    qtbot.waitUntil(lambda: not palette.search_pending())
    best = palette.model.row_of(Entity.MEETING, in_title.id)
    assert best is not None
    assert best < palette.model.row_of(Entity.MEETING, in_notes.id)  # type: ignore[operator]
    assert palette.current_hit().id == in_notes.id  # type: ignore[union-attr]


def test_a_click_beside_the_palette_closes_it(
    acme: Partner, palette: SearchPalette, qtbot: QtBot
) -> None:
    palette.open_palette()
    window = palette.parentWidget()
    assert window is not None
    backdrop = window.findChild(QWidget, "searchBackdrop")
    assert backdrop is not None
    assert backdrop.isVisible()
    qtbot.mouseClick(backdrop, Qt.MouseButton.LeftButton, pos=backdrop.rect().bottomLeft())
    assert not palette.isVisible()
    assert not backdrop.isVisible()


def test_kind_buttons_and_dates_narrow_the_search(
    store: Store, acme: Partner, palette: SearchPalette, qtbot: QtBot
) -> None:
    store.meetings.add(Meeting(partner_id=acme.id, starts_at=MARCH, title="Robot demo"))
    later = store.meetings.add(
        Meeting(partner_id=acme.id, starts_at=datetime(2026, 9, 1, 9, tzinfo=UTC),
                title="Robot demo")
    )  # fmt: skip
    palette.open_palette()
    type_search(qtbot, palette, "robot")
    assert palette.model.hit_count() == 3
    qtbot.keyClick(palette.input, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: palette.model.hit_count() == 2)
    assert palette.kind_buttons[Entity.MEETING].isChecked()
    palette.since.setDate(palette.since.date().fromString("2026-06-01", Qt.DateFormat.ISODate))
    qtbot.waitUntil(lambda: palette.model.hit_count() == 1)
    assert palette.current_hit().id == later.id  # type: ignore[union-attr]
    assert palette.clear_dates.isVisible()
    palette.clear_dates.click()
    qtbot.waitUntil(lambda: palette.model.hit_count() == 2)
    palette.kind_buttons[None].click()
    qtbot.waitUntil(lambda: palette.model.hit_count() == 3)


def test_nothing_found_and_hostile_text_are_calm(
    acme: Partner, palette: SearchPalette, qtbot: QtBot
) -> None:
    palette.open_palette()
    for text in ['"', "AND", "NEAR(", "*", "body:secret", "Q3-review", "שלום", "😀", "   "]:
        palette.input.setText(text)  # pasted: QTest cannot type outside Latin-1
        qtbot.waitUntil(lambda: not palette.search_pending())
        assert palette.model.hit_count() == 0
    assert "Nothing found" in palette.status.text() or "Type a few" in palette.status.text()


def test_a_change_in_the_notebook_refreshes_open_results(
    store: Store, acme: Partner, palette: SearchPalette, qtbot: QtBot
) -> None:
    palette.open_palette()
    type_search(qtbot, palette, "warehouse")
    assert palette.model.hit_count() == 1
    store.partners.delete(acme.id)
    qtbot.waitUntil(lambda: palette.model.hit_count() == 0)


# -- the whole window -------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PARTNERDESK_HOME", str(tmp_path / "home"))


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    main = open_main_window(tmp_path / "office.partnerdesk")
    qtbot.addWidget(main)
    main.resize(1400, 900)
    qtbot.waitExposed(main)
    yield main
    main.close()


def search_in_window(qtbot: QtBot, window: MainWindow, text: str) -> QListView:
    window.menu_actions.search_everything.trigger()
    field = window.findChild(QLineEdit, "globalSearch")
    results = window.findChild(QListView, "searchResults")
    assert field is not None
    assert results is not None
    assert field.hasFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.waitUntil(lambda: not window.search_palette.search_pending())
    assert results.model().rowCount() > 0
    return results


def test_ctrl_k_is_in_the_edit_menu(window: MainWindow) -> None:
    action = window.menu_actions.search_everything
    assert action.shortcut().toString() == "Ctrl+K"
    edit_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    assert action in edit_menu.actions()  # type: ignore[union-attr]


def test_enter_opens_a_meeting_with_the_found_word_selected_in_view(
    qtbot: QtBot, window: MainWindow
) -> None:
    store = window.store
    partner = store.partners.add(Partner(name="Northwind Bank"))
    store.meetings.add(Meeting(partner_id=partner.id, starts_at=MARCH, title="Other visit"))
    notes = "\n\n".join(f"Paragraph {n} about the budget." for n in range(80))
    notes += "\n\nThey asked about a hackathon in Lisbon.\n"
    meeting = store.meetings.add(
        Meeting(partner_id=partner.id, starts_at=datetime(2026, 1, 5, 9, tzinfo=UTC),
                title="Kick-off", notes=notes)
    )  # fmt: skip
    results = search_in_window(qtbot, window, "hackath")
    field = window.search_palette.input
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert not window.search_palette.isVisible()
    workspace = window.workspace
    qtbot.waitUntil(lambda: workspace.meetings.meeting_id == meeting.id)
    assert window.middle.currentWidget() is workspace
    assert workspace.tabs.currentWidget() is workspace.meetings
    editor = workspace.meetings.notes.text_edit
    assert editor.textCursor().selectedText() == "hackathon"
    assert editor.hasFocus()
    assert editor.viewport().rect().contains(editor.cursorRect().center())
    assert editor.verticalScrollBar().value() > 0  # scrolled down to it
    assert results.model().rowCount() == 2


def test_enter_on_a_commitment_person_or_partner_selects_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    store = window.store
    partner = store.partners.add(Partner(name="Contoso Labs"))
    promise = store.commitments.add(
        Commitment(partner_id=partner.id, direction=Direction.OURS, description="Send the zeppelin")
    )
    person = store.people.add(Person(full_name="Quentin Zeppelin", partner_id=partner.id))
    search_in_window(qtbot, window, "zeppelin")
    palette = window.search_palette
    assert palette.current_hit().kind is Entity.PERSON  # type: ignore[union-attr]
    qtbot.keyClick(palette.input, Qt.Key.Key_Enter)
    workspace = window.workspace
    assert workspace.tabs.currentWidget() is workspace.people
    assert workspace.people.current_record().id == person.id  # type: ignore[union-attr]

    search_in_window(qtbot, window, "zeppelin")
    qtbot.keyClick(palette.input, Qt.Key.Key_Down)
    assert palette.current_hit().id == promise.id  # type: ignore[union-attr]
    qtbot.keyClick(palette.input, Qt.Key.Key_Return)
    assert workspace.tabs.currentWidget() is workspace.commitments
    assert workspace.commitments.current_record().id == promise.id  # type: ignore[union-attr]

    workspace.tabs.setCurrentWidget(workspace.needs)
    search_in_window(qtbot, window, "contoso")
    assert palette.current_hit().kind is Entity.PARTNER  # type: ignore[union-attr]
    qtbot.keyClick(palette.input, Qt.Key.Key_Return)
    assert workspace.partner_id == partner.id


def test_a_note_with_markup_is_shown_as_text_in_the_results(
    qtbot: QtBot, window: MainWindow
) -> None:
    store = window.store
    partner = store.partners.add(Partner(name=HOSTILE))
    store.meetings.add(
        Meeting(partner_id=partner.id, starts_at=MARCH, title="Visit",
                notes=f"We met {HOSTILE} about zeppelins.")
    )  # fmt: skip
    results = search_in_window(qtbot, window, "zeppelins")
    model = results.model()
    assert (
        model.index(1).data()
        == f"Visit — 4 Mar 2026\n{HOSTILE} · We met {HOSTILE} about zeppelins."
    )
    results.viewport().repaint()  # the delegate paints it without raising
