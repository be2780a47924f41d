"""Start-up stays lean: the window opens without the modules only some commands need."""

import os
import subprocess
import sys

from partnerdesk.app import SERIAL_FILLS_VARIABLE, keep_fills_on_the_gui_thread
from partnerdesk.domain.models import Partner
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


def run_probe(probe: str, paths: AppPaths, modules: tuple[str, ...]) -> str:
    """What `probe` prints, run in a fresh interpreter on the notebook, given the modules."""
    environment = dict(os.environ, PARTNERDESK_HOME=str(paths.data_dir))
    result = subprocess.run(
        [sys.executable, "-c", probe, str(paths.database), *modules],
        capture_output=True,
        text=True,
        check=True,
        env=environment,
        timeout=120,
    )
    return result.stdout


def test_opening_a_current_notebook_loads_no_optional_module(paths: AppPaths) -> None:
    paths.ensure_data_dir()
    Store.open(paths.database, paths.backups_dir).close()
    assert run_probe(PROBE, paths, NOT_AT_START).strip() == ""


# Not needed for the first frame (the partner list): loaded right after it, or when used.
NOT_BEFORE_THE_FIRST_FRAME = (
    "rapidfuzz",
    "partnerdesk.store.schema",
    "partnerdesk.domain.models",
    "partnerdesk.ui.today_view",
    "partnerdesk.ui.calendar_pane",
    "partnerdesk.ui.workspace.partner_workspace",
    "partnerdesk.ui.search_palette",
    "partnerdesk.ui.import_commands",
)

FIRST_FRAME_PROBE = """
import sys
from pathlib import Path
import partnerdesk.store.store
from PySide6.QtWidgets import QApplication
app = QApplication([])
from partnerdesk.app import open_main_window
window = open_main_window(Path(sys.argv[1]), complete=False)
loaded = sorted(name for name in sys.argv[2:] if name in sys.modules)
rows = window.partner_list.model().rowCount()
for _ in range(50):
    app.processEvents()
print(rows, window.is_complete(), " ".join(loaded))
"""


def test_the_first_frame_loads_only_the_partner_list(paths: AppPaths) -> None:
    paths.ensure_data_dir()
    store = Store.open(paths.database, paths.backups_dir)
    store.partners.add(Partner(name="Northwind Bank"))
    store.close()
    printed = run_probe(FIRST_FRAME_PROBE, paths, NOT_BEFORE_THE_FIRST_FRAME)
    rows, complete, *loaded = printed.split()
    assert (rows, complete, loaded) == ("1", "True", [])


# The application's own start, as the reliability typist drives it: the window is closed
# as soon as it is ready. Whatever the test's own environment holds, Qt's pool is unset.
RUN_PROBE = """
import os
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from partnerdesk.app import SERIAL_FILLS_VARIABLE, run
from partnerdesk.paths import AppPaths
os.environ.pop(SERIAL_FILLS_VARIABLE, None)
def ready(window):
    print(os.environ.get(SERIAL_FILLS_VARIABLE))
    QTimer.singleShot(0, window.close)
sys.exit(run(AppPaths(database=Path(sys.argv[1])), ["partnerdesk"], on_ready=ready))
"""


def test_the_application_paints_without_qt_gui_thread_pool(paths: AppPaths) -> None:
    paths.ensure_data_dir()
    Store.open(paths.database, paths.backups_dir).close()
    assert run_probe(RUN_PROBE, paths, ()).strip() == "1"


def test_a_user_setting_of_the_gui_thread_pool_is_left_as_it_is() -> None:
    unset: dict[str, str] = {}
    keep_fills_on_the_gui_thread(unset)
    assert unset == {SERIAL_FILLS_VARIABLE: "1"}
    chosen = {SERIAL_FILLS_VARIABLE: "0"}
    keep_fills_on_the_gui_thread(chosen)
    assert chosen == {SERIAL_FILLS_VARIABLE: "0"}
