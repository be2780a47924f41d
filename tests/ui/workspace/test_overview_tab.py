from pytestqt.qtbot import QtBot

from partnerdesk.domain.models import Partner
from partnerdesk.store.store import Store
from partnerdesk.ui.workspace.overview_tab import OverviewTab


def test_edits_are_saved_and_bad_names_refused_in_place(qtbot: QtBot, store: Store) -> None:
    partner = store.partners.add(Partner(name="Contoso"))
    tab = OverviewTab(store)
    qtbot.addWidget(tab)
    tab.show_partner(partner)
    assert not tab.is_dirty()
    qtbot.keyClicks(tab.city, "Lyon")
    tab.summary.setPlainText("They hire **data analysts**.")
    assert tab.is_dirty()
    assert tab.save()
    stored = store.partners.get(partner.id)
    assert (stored.city, stored.summary) == ("Lyon", "They hire **data analysts**.")
    tab.name.clear()
    qtbot.keyClicks(tab.name, " ")
    assert not tab.save()
    assert "Not saved" in tab.status.text()
    assert tab.is_dirty()  # the edit is kept for the user to fix
    assert store.partners.get(partner.id).name == "Contoso"
