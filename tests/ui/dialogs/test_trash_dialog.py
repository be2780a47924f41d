"""Edit ▸ Trash: deleted items listed, restored, deleted forever after asking, emptied."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from partnerdesk.domain.models import Partner, Person
from partnerdesk.store.store import Store
from partnerdesk.ui.change_bus import ChangeBus
from partnerdesk.ui.dialogs.trash_dialog import TrashDialog

HOSTILE = '<b>Acme</b><a href="x">y</a>'


@pytest.fixture
def dialog(qtbot: QtBot, store: Store, bus: ChangeBus) -> TrashDialog:
    acme = store.partners.add(Partner(name=HOSTILE))
    kept = store.partners.add(Partner(name="Northwind Bank"))
    person = store.people.add(Person(full_name="Dana Reyes", partner_id=kept.id))
    store.partners.delete(acme.id)
    store.people.delete(person.id)
    trash = TrashDialog(store, bus)
    trash.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # the test looks after it
    qtbot.addWidget(trash)
    return trash


def answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def exec_(box: QMessageBox) -> int:
        assert box.textFormat() == Qt.TextFormat.PlainText
        asked.append(box.text())
        return int(button.value)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def texts(dialog: TrashDialog) -> list[list[str]]:
    model = dialog.model
    return [
        [model.index(row, column).data() for column in range(2)] for row in range(model.rowCount())
    ]


def test_the_trash_lists_what_was_deleted(dialog: TrashDialog, qtmodeltester: ModelTester) -> None:
    assert dialog.objectName() == "trashDialog"
    qtmodeltester.check(dialog.model)
    assert sorted(texts(dialog)) == [[HOSTILE, "Partner"], ["Dana Reyes", "Person"]]
    assert dialog.status.text() == "2 deleted items."


def test_restore_brings_an_item_back(dialog: TrashDialog, store: Store) -> None:
    row = [t[0] for t in texts(dialog)].index(HOSTILE)
    dialog.table.selectRow(row)
    dialog.restore.click()
    assert store.partners.resolve("<b>Acme").name == HOSTILE
    assert texts(dialog) == [["Dana Reyes", "Person"]]


def test_delete_forever_asks_first(
    dialog: TrashDialog, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    row = [t[0] for t in texts(dialog)].index(HOSTILE)
    dialog.table.selectRow(row)
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    dialog.delete_forever.click()
    assert len(store.trash.items()) == 2
    assert asked == [f"Delete “{HOSTILE}” forever? This cannot be undone."]
    dialog.table.selectRow(row)
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.delete_forever.click()
    assert [item.label for item in store.trash.items()] == ["Dana Reyes"]


def test_empty_the_trash(
    dialog: TrashDialog, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.empty.click()
    assert "all 2 items" in asked[0]
    assert store.trash.items() == []
    assert dialog.status.text() == "The Trash is empty."
    assert not dialog.empty.isEnabled()
    assert not dialog.restore.isEnabled()


def test_it_follows_changes_made_elsewhere(qtbot: QtBot, dialog: TrashDialog, store: Store) -> None:
    other = store.partners.add(Partner(name="Contoso"))
    store.partners.delete(other.id)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3)
