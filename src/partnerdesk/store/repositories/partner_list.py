"""Queries behind the partner list: filtering, sorting and keyset paging done in SQL."""

from partnerdesk.store.repositories.base import Context


class PartnerListQueries:
    def __init__(self, context: Context) -> None:
        self._context = context
        self._db = context.database
