"""Start-up stays lean: the window opens without the modules only some commands need."""

import os
import subprocess
import sys

from partnerdesk.paths import AppPaths
from partnerdesk.store.store import Store

# Loaded when their command is used (a brief, a migration, a date read from notes, an
# export), never to show the window.
NOT_AT_START = (
    "alembic",
    "jinja2",
    "dateparser",
    "icalendar",
    "PySide6.QtPrintSupport",
    "partnerdesk.briefs.layout",
    "partnerdesk.store.migrate",
)

PROBE = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from partnerdesk.app import open_main_window
window = open_main_window(Path(sys.argv[1]))
for _ in range(20):
    app.processEvents()
print(" ".join(sorted(name for name in sys.argv[2:] if name in sys.modules)))
"""


def test_opening_a_current_notebook_loads_no_optional_module(paths: AppPaths) -> None:
    paths.ensure_data_dir()
    Store.open(paths.database, paths.backups_dir).close()
    environment = dict(os.environ, PARTNERDESK_HOME=str(paths.data_dir))
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(paths.database), *NOT_AT_START],
        capture_output=True,
        text=True,
        check=True,
        env=environment,
        timeout=120,
    )
    assert result.stdout.strip() == ""
