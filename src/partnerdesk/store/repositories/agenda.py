"""Queries behind the calendar, its agenda and Today: what is due, overdue, coming up."""

from partnerdesk.store.repositories.base import Context


class AgendaQueries:
    def __init__(self, context: Context) -> None:
        self._context = context
        self._db = context.database
