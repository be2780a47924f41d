"""What every repository shares: the database, the change listener and the clock."""

from collections.abc import Callable
from datetime import date

from partnerdesk.domain.changes import Change
from partnerdesk.store.database import Database

Listener = Callable[[Change], None]


class Context:
    """What every repository shares: the database, the change listener and the clock."""

    def __init__(self, database: Database, listener: Listener, today: Callable[[], date]) -> None:
        self.database = database
        self.listener = listener
        self.today = today

    def notify(self, change: Change) -> None:
        self.listener(change)
