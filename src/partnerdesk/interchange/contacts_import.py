"""What every contacts import does once its file is read: back up, import, report."""

from collections.abc import Sequence
from pathlib import Path

from partnerdesk.domain.backups import BackupKind
from partnerdesk.domain.contact_import import ContactsOutcome, ImportContact
from partnerdesk.domain.interchange import ImportReport, Progress, no_progress
from partnerdesk.store.store import Store


def import_contacts(
    store: Store,
    contacts: Sequence[ImportContact],
    *,
    format: str,
    source: Path,
    dry_run: bool,
    notes: Sequence[str] = (),
    progress: Progress = no_progress,
) -> ImportReport:
    """Imports checked contacts in one transaction, after a checked backup (not for a dry run).

    The backup is made only once the file has been read whole and found sound, so a
    refused file leaves no backup behind, and nothing in the notebook changes. The copy is
    made before the import begins; its check (a read of every page) runs beside the
    import, which commits only once the check has passed.
    """
    if dry_run:
        outcome = store.contacts_import.run(contacts, dry_run=True, progress=progress)
    else:
        with store.backups.begin(BackupKind.BEFORE_IMPORT) as backup:
            outcome = store.contacts_import.run(
                contacts, dry_run=False, progress=progress, before_commit=backup.finish
            )
    return report_of(outcome, format=format, source=source, dry_run=dry_run, notes=notes)


def report_of(
    outcome: ContactsOutcome,
    *,
    format: str,
    source: Path,
    dry_run: bool,
    notes: Sequence[str] = (),
) -> ImportReport:
    return ImportReport(
        format=format,
        source=source,
        dry_run=dry_run,
        created={"partners": outcome.partners_created, "people": outcome.people_created},
        updated={"people": outcome.people_updated},
        skipped={"partners": outcome.partners_skipped, "people": outcome.people_skipped},
        notes=(*notes, *outcome.notes),
    )
