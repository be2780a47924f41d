"""`partnerdesk check`, `backup` and `restore`: looking after a notebook file."""

import argparse
from pathlib import Path

from partnerdesk.domain.backups import BackupInfo, describe_size
from partnerdesk.domain.errors import NotebookCorrupt, NotebookError
from partnerdesk.paths import AppPaths
from partnerdesk.store.backup import backup_name
from partnerdesk.store.backups import BackupShelf
from partnerdesk.store.database import inspect_notebook
from partnerdesk.store.notebook_check import examine
from partnerdesk.store.store import Store


def check(args: argparse.Namespace, paths: AppPaths) -> int:
    """Exit 0 when the notebook passes SQLite's integrity and foreign-key checks.

    Prints what each check found, what the notebook holds and its newest sound backup; a
    damaged or refused notebook exits 1 with the reason on stderr. Read-only, except that
    `--rebuild-search` rebuilds the search index of a sound, current notebook first.
    """
    notebook = paths.database
    shelf = BackupShelf(notebook, paths.backups_dir)
    try:
        health = examine(notebook)
    except NotebookError:
        if notebook.exists():
            print(f"{notebook}: cannot be opened.")
            _print_newest_sound(shelf, notebook, hint=True)
        raise
    counts = health.counts
    summary = (
        f" ({counts.partners:,} partners, {counts.meetings:,} meetings, "
        f"{counts.commitments:,} commitments)"
        if counts
        else ""
    )
    print(f"{notebook}: {'sound' if health.sound else 'DAMAGED'}{summary}.")
    print(f"  integrity_check: {'; '.join(health.integrity[:5]) or 'ok'}")
    links = len(health.broken_links)
    print(f"  foreign_key_check: {f'{links} broken links' if links else 'ok'}")
    if counts:
        print(
            f"  holds: {counts.partners:,} partners, {counts.people:,} people, "
            f"{counts.meetings:,} meetings, {counts.commitments:,} commitments, "
            f"{counts.needs:,} needs, {counts.offers:,} offers, "
            f"{counts.initiatives:,} initiatives"
        )
    problems = [*health.integrity, *health.broken_links]
    if health.sound:
        problems += _search_index_problems(paths, rebuild=getattr(args, "rebuild_search", False))
        print(f"  search index: {'; '.join(problems) or 'ok'}")
    _print_newest_sound(shelf, notebook, hint=bool(problems))
    if problems:
        shown = "; ".join(problems[:5])
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        raise NotebookCorrupt(f"{notebook} has problems: {shown}{more}")
    return 0


def backup(args: argparse.Namespace, paths: AppPaths) -> int:
    """Writes a checked copy of the notebook; by default onto its shelf in the backups folder."""
    notebook = paths.database
    inspect_notebook(notebook)  # a missing, foreign or too new file is refused untouched
    shelf = BackupShelf(notebook, paths.backups_dir)
    output: Path | None = args.output
    if output is None:
        info = shelf.make("manual")
    elif output.is_dir():
        info = shelf.copy_to(output / backup_name(notebook, "manual"))
    else:
        info = shelf.copy_to(output)
    print(f"Backed up {notebook} to {info.path} ({_describe(info)}).")
    return 0


def restore(args: argparse.Namespace, paths: AppPaths) -> int:
    """Replaces the notebook with a backup, after backing the notebook up (or moving it aside).

    Takes the same lock as the app, so it refuses while a PartnerDesk window has it open.
    """
    from partnerdesk.app import NotebookLock

    notebook = paths.database
    lock = NotebookLock(notebook)
    lock.acquire()
    try:
        result = BackupShelf(notebook, paths.backups_dir).restore(args.backup)
    finally:
        lock.release()
    holds = (
        f" ({result.partners:,} partners, {result.meetings:,} meetings)"
        if result.partners is not None and result.meetings is not None
        else ""
    )
    print(f"Restored {notebook} from {result.restored_from}{holds}.")
    if result.previous is None:
        print("There was no notebook there before.")
    elif result.previous_moved_aside:
        print(
            f"The notebook it replaced could not be backed up (damaged, or from a newer "
            f"version); it was moved aside to {result.previous}."
        )
    else:
        print(f"The notebook it replaced was backed up to {result.previous}.")
    return 0


def _print_newest_sound(shelf: BackupShelf, notebook: Path, *, hint: bool) -> None:
    newest = shelf.newest_sound()
    if newest is None:
        print("  newest sound backup: none")
        return
    print(f"  newest sound backup: {newest.path} ({_describe(newest)})")
    if hint:
        print(f"  to restore it: partnerdesk restore '{newest.path}' --db '{notebook}'")


def _describe(info: BackupInfo) -> str:
    made = info.made_at.astimezone().strftime("%d %b %Y %H:%M")
    parts = [made, describe_size(info.size)]
    if info.partners is not None and info.meetings is not None:
        parts.append(f"{info.partners:,} partners, {info.meetings:,} meetings")
    return ", ".join(parts)


def _search_index_problems(paths: AppPaths, *, rebuild: bool) -> list[str]:
    """FTS5's own check of the search index; skipped for a notebook an upgrade would change."""
    if not inspect_notebook(paths.database).is_current:
        print("  search index: not checked (the notebook is upgraded when PartnerDesk opens it)")
        return []
    store = Store.open(paths.database, paths.backups_dir, create=False)
    try:
        if rebuild:
            store.search.rebuild()
            print("  search index: rebuilt from the records")
        return store.search.integrity_problems()
    finally:
        store.close()
