"""The Store facade: one object per area of the notebook, each method one transaction."""

from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import suppress
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from partnerdesk.domain.changes import Action, Change, Entity
from partnerdesk.domain.errors import NotFound
from partnerdesk.store.backups import BackupShelf
from partnerdesk.store.database import Database
from partnerdesk.store.repositories.context import Context, Listener

if TYPE_CHECKING:
    from partnerdesk.domain.models import Counts, TrashItem
    from partnerdesk.store.repositories.agenda import AgendaQueries
    from partnerdesk.store.repositories.base import RecordRepository
    from partnerdesk.store.repositories.brief import BriefQueries
    from partnerdesk.store.repositories.calendar_export import CalendarExportQueries
    from partnerdesk.store.repositories.commitments import CommitmentRepository
    from partnerdesk.store.repositories.contacts_import import ContactsImport
    from partnerdesk.store.repositories.follow_ups import FollowUpQueries
    from partnerdesk.store.repositories.initiatives import InitiativeRepository
    from partnerdesk.store.repositories.matching import MatchingQueries
    from partnerdesk.store.repositories.meetings import MeetingRepository
    from partnerdesk.store.repositories.needs import NeedRepository
    from partnerdesk.store.repositories.notebook_export import NotebookExport
    from partnerdesk.store.repositories.notebook_import import NotebookImport
    from partnerdesk.store.repositories.offers import OfferRepository
    from partnerdesk.store.repositories.partner_list import PartnerListQueries
    from partnerdesk.store.repositories.partners import PartnerRepository
    from partnerdesk.store.repositories.people import PersonRepository
    from partnerdesk.store.repositories.search import SearchQueries
    from partnerdesk.store.repositories.settings import SettingRepository
    from partnerdesk.store.repositories.table_export import TableExportQueries
    from partnerdesk.store.repositories.templates import TemplateRepository
    from partnerdesk.store.repositories.workspace import WorkspaceQueries


def _ignore(_change: Change) -> None:
    return None


class Trash:
    """Everything deleted, across all kinds of record, to restore or purge."""

    def __init__(self, repositories: "dict[str, RecordRepository]") -> None:  # type: ignore[type-arg]
        self._repositories = repositories

    def items(self) -> "list[TrashItem]":
        items = [item for repo in self._repositories.values() for item in repo.trash()]
        return sorted(items, key=lambda item: item.deleted_at, reverse=True)

    def move_to_trash(self, kind: str, record_id: int) -> None:
        self._repository(kind).delete(record_id)

    def restore(self, kind: str, record_id: int) -> None:
        self._repository(kind).restore(record_id)

    def purge(self, kind: str, record_id: int) -> None:
        self._repository(kind).purge(record_id)

    def empty(self) -> int:
        """Purges everything in the Trash and says how many items went."""
        items = self.items()
        for item in items:
            # An item may already have gone with its partner.
            with suppress(NotFound):
                self.purge(item.kind, item.id)
        return len(items)

    def _repository(self, kind: str) -> "RecordRepository":  # type: ignore[type-arg]
        try:
            return self._repositories[kind]
        except KeyError:
            raise NotFound(f"Nothing of kind {kind!r} can be in the Trash.") from None


class Store:
    """The notebook as the rest of the program sees it: plain values in, plain values out."""

    def __init__(
        self,
        database: Database,
        listener: Listener = _ignore,
        today: Callable[[], date] = date.today,
        *,
        backups_dir: Path | None = None,
    ) -> None:
        self.database = database
        # Without a folder given, backups go beside the notebook.
        self.backups = BackupShelf(database.path, backups_dir or database.backups_dir)
        self._context = Context(database, listener, today)

    # Each area is built, and its module imported, the first time it is used: opening the
    # window needs a few of them, and importing the rest (RapidFuzz for matching, the
    # interchange code) would only delay the first frame.

    @cached_property
    def partners(self) -> "PartnerRepository":
        from partnerdesk.store.repositories.partners import PartnerRepository

        return PartnerRepository(self._context)

    @cached_property
    def people(self) -> "PersonRepository":
        from partnerdesk.store.repositories.people import PersonRepository

        return PersonRepository(self._context)

    @cached_property
    def meetings(self) -> "MeetingRepository":
        from partnerdesk.store.repositories.meetings import MeetingRepository

        return MeetingRepository(self._context)

    @cached_property
    def commitments(self) -> "CommitmentRepository":
        from partnerdesk.store.repositories.commitments import CommitmentRepository

        return CommitmentRepository(self._context)

    @cached_property
    def needs(self) -> "NeedRepository":
        from partnerdesk.store.repositories.needs import NeedRepository

        return NeedRepository(self._context)

    @cached_property
    def offers(self) -> "OfferRepository":
        from partnerdesk.store.repositories.offers import OfferRepository

        return OfferRepository(self._context)

    @cached_property
    def initiatives(self) -> "InitiativeRepository":
        from partnerdesk.store.repositories.initiatives import InitiativeRepository

        return InitiativeRepository(self._context)

    @cached_property
    def settings(self) -> "SettingRepository":
        from partnerdesk.store.repositories.settings import SettingRepository

        return SettingRepository(self._context)

    @cached_property
    def partner_list(self) -> "PartnerListQueries":
        from partnerdesk.store.repositories.partner_list import PartnerListQueries

        return PartnerListQueries(self._context)

    @cached_property
    def agenda(self) -> "AgendaQueries":
        from partnerdesk.store.repositories.agenda import AgendaQueries

        return AgendaQueries(self._context)

    @cached_property
    def templates(self) -> "TemplateRepository":
        from partnerdesk.store.repositories.templates import TemplateRepository

        return TemplateRepository(self._context)

    @cached_property
    def follow_ups(self) -> "FollowUpQueries":
        from partnerdesk.store.repositories.follow_ups import FollowUpQueries

        return FollowUpQueries(self._context)

    @cached_property
    def calendar_export(self) -> "CalendarExportQueries":
        from partnerdesk.store.repositories.calendar_export import CalendarExportQueries

        return CalendarExportQueries(self._context)

    @cached_property
    def briefs(self) -> "BriefQueries":
        from partnerdesk.store.repositories.brief import BriefQueries

        return BriefQueries(self._context)

    @cached_property
    def contacts_import(self) -> "ContactsImport":
        from partnerdesk.store.repositories.contacts_import import ContactsImport

        return ContactsImport(self._context)

    @cached_property
    def table_export(self) -> "TableExportQueries":
        from partnerdesk.store.repositories.table_export import TableExportQueries

        return TableExportQueries(self._context)

    @cached_property
    def matching(self) -> "MatchingQueries":
        from partnerdesk.store.repositories.matching import MatchingQueries

        return MatchingQueries(self._context)

    @cached_property
    def search(self) -> "SearchQueries":
        from partnerdesk.store.repositories.search import SearchQueries

        return SearchQueries(self._context)

    @cached_property
    def notebook_export(self) -> "NotebookExport":
        from partnerdesk.store.repositories.notebook_export import NotebookExport

        return NotebookExport(self._context)

    @cached_property
    def notebook_import(self) -> "NotebookImport":
        from partnerdesk.store.repositories.notebook_import import NotebookImport

        return NotebookImport(self._context)

    @cached_property
    def workspace(self) -> "WorkspaceQueries":
        from partnerdesk.store.repositories.workspace import WorkspaceQueries

        return WorkspaceQueries(self._context)

    @cached_property
    def trash(self) -> Trash:
        return Trash(
            {
                repo.entity.value: repo
                for repo in (
                    self.partners,
                    self.people,
                    self.meetings,
                    self.commitments,
                    self.needs,
                    self.offers,
                    self.initiatives,
                )
            }
        )

    @classmethod
    def open(
        cls,
        path: Path,
        backups_dir: Path,
        listener: Listener = _ignore,
        *,
        create: bool = True,
        today: Callable[[], date] = date.today,
    ) -> "Store":
        """The one way the app, the command line and the tests open a notebook."""
        database = Database.open(path, backups_dir, create=create)
        return cls(database, listener, today, backups_dir=backups_dir)

    def set_listener(self, listener: Listener) -> None:
        self._context.listener = listener

    @property
    def path(self) -> Path:
        return self.database.path

    def counts(self) -> "Counts":
        from partnerdesk.domain.counts import Counts

        return Counts(
            partners=self.partners.count(),
            people=self.people.count(),
            meetings=self.meetings.count(),
            commitments=self.commitments.count(),
            needs=self.needs.count(),
            offers=self.offers.count(),
            initiatives=self.initiatives.count(),
        )

    def bulk_load(self, batches: Iterable[tuple[str, Sequence[Mapping[str, Any]]]]) -> int:
        """Loads many rows in one transaction (see `store.bulk`); reports a notebook change."""
        from partnerdesk.store.bulk import bulk_load

        written = bulk_load(self.database, batches)
        self._context.notify(Change(Entity.NOTEBOOK, Action.UPDATED))
        return written

    def close(self) -> None:
        self.database.close()
