"""Times the JSON export and import and the Markdown export of a big notebook.

    python bench/interchange_scale.py NOTEBOOK [WORKDIR]

NOTEBOOK is only read (it is copied first); WORKDIR (default: a temp folder) receives
the copy, the JSON file, the imported notebook and the Markdown folder. Prints wall
and CPU seconds, sizes and peak memory. Not a test: the figures go into reports.
"""

import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from partnerdesk.interchange.json_format import export_json, import_json
from partnerdesk.interchange.markdown_export import export_markdown
from partnerdesk.store.store import Store


def timed(what: str, work: Callable[[], Any]) -> Any:
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    print(
        f"{what}: {time.perf_counter() - wall:.1f} s wall, {time.process_time() - cpu:.1f} s CPU",
        flush=True,
    )
    return result


def main() -> None:
    source = Path(sys.argv[1])
    work = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(tempfile.mkdtemp())
    work.mkdir(parents=True, exist_ok=True)
    copy = work / "copy.partnerdesk"
    shutil.copyfile(source, copy)
    store = Store.open(copy, work / "backups", create=False)
    document = work / "notebook.json"
    report = timed("JSON export", lambda: export_json(store, document))
    print(f"  {document.stat().st_size / 2**20:.0f} MiB; {report.counts}")
    notes = work / "notes"
    shutil.rmtree(notes, ignore_errors=True)
    report = timed("Markdown export", lambda: export_markdown(store, notes))
    print(f"  {report.counts}")
    store.close()
    target_path = work / "imported.partnerdesk"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target_path}{suffix}").unlink(missing_ok=True)
    target = Store.open(target_path, work / "backups")
    dry = timed("JSON import, dry run", lambda: import_json(target, document, dry_run=True))
    print(f"  {dry.summary()}")
    done = timed("JSON import", lambda: import_json(target, document, dry_run=False))
    print(f"  {done.summary()}")
    again = timed(
        "JSON import over itself (all updates)",
        lambda: import_json(target, document, dry_run=False),
    )
    print(f"  {again.summary()}")
    target.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MiB")


if __name__ == "__main__":
    main()
