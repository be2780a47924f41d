"""Fixtures for widget tests: the store's changes reach the widgets through a real bus."""

import pytest

from partnerdesk.store.store import Store
from partnerdesk.ui.change_bus import ChangeBus


@pytest.fixture
def bus(store: Store) -> ChangeBus:
    change_bus = ChangeBus()
    store.set_listener(change_bus)
    return change_bus
