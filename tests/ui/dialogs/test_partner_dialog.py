from pytestqt.qtbot import QtBot

from partnerdesk.domain.enums import PartnerStage
from partnerdesk.store.store import Store
from partnerdesk.ui.dialogs.partner_dialog import PartnerDialog


def test_an_empty_name_is_refused_in_place(qtbot: QtBot, store: Store) -> None:
    dialog = PartnerDialog(None, [], store.partners.add)
    qtbot.addWidget(dialog)
    dialog.name.setText("   ")
    dialog.accept()
    assert dialog.error.isVisibleTo(dialog)
    assert "cannot be empty" in dialog.error.text()
    assert dialog.result() == 0
    assert dialog.saved is None
    assert store.partners.count() == 0


def test_a_new_partner_is_saved_with_its_fields(qtbot: QtBot, store: Store) -> None:
    dialog = PartnerDialog(None, [], store.partners.add)
    qtbot.addWidget(dialog)
    dialog.name.setText("Northwind Bank")
    dialog.stage.set_value(PartnerStage.ACTIVE)
    dialog.tags.setText("hiring, internships, ")
    dialog.accept()
    assert dialog.saved is not None
    stored = store.partners.get(dialog.saved.id)
    assert stored.name == "Northwind Bank"
    assert stored.stage is PartnerStage.ACTIVE
    assert stored.tags == ("hiring", "internships")
