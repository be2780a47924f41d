"""Starting the application: the QApplication, the notebook lock, the store and the window."""

import gc
import signal
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLockFile, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from partnerdesk.domain.errors import NotebookLocked, PartnerDeskError
from partnerdesk.paths import AppPaths
from partnerdesk.store.store import Store
from partnerdesk.ui.after_first_paint import AfterFirstPaint
from partnerdesk.ui.change_bus import ChangeBus
from partnerdesk.ui.main_window import MainWindow, remember_notebook

SAMPLE_PARTNERS = 60
LOCK_WAIT_MS = 200


def window_settings(paths: AppPaths) -> QSettings:
    """Window geometry and splitters, kept beside the notebook's data, not in it."""
    return QSettings(str(paths.data_dir / "window.ini"), QSettings.Format.IniFormat)


def open_main_window(db_path: Path, paths: AppPaths | None = None) -> MainWindow:
    """Opens (creating or migrating as needed) the notebook and returns the shown main window.

    Expects a QApplication to exist. The store is closed when the window closes.
    """
    paths = paths or AppPaths(database=Path(db_path))
    paths.ensure_data_dir()
    bus = ChangeBus()
    store = Store.open(Path(db_path), paths.backups_dir, bus)
    settings = window_settings(paths)
    remember_notebook(settings, str(Path(db_path)))
    window = MainWindow(store, bus, settings)
    bus.setParent(window)
    window.closed.connect(store.close)
    window.show()
    return window


class NotebookLock:
    """One PartnerDesk per notebook: a lock file beside it, recovered if its owner died."""

    def __init__(self, notebook: Path) -> None:
        self._lock = QLockFile(f"{notebook}.lock")
        self._notebook = notebook

    def acquire(self) -> None:
        self._notebook.parent.mkdir(parents=True, exist_ok=True)
        # A lock whose process is gone is stale whatever its age; QLockFile checks the pid.
        self._lock.setStaleLockTime(0)
        if not self._lock.tryLock(LOCK_WAIT_MS):
            raise NotebookLocked(
                f"{self._notebook.name} is already open in another PartnerDesk window. "
                "Switch to that window, or close it first."
            )

    def release(self) -> None:
        self._lock.unlock()


def _offer_sample_data(window: MainWindow) -> None:
    answer = QMessageBox.question(
        window,
        window.tr("Welcome to PartnerDesk"),
        window.tr(
            "Your notebook is empty. Fill it with sample partners, meetings and commitments "
            "to look around? You can start empty instead and add your own partners."
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer == QMessageBox.StandardButton.Yes:
        from datetime import date

        from partnerdesk.demo import generate

        generate(window.store, SAMPLE_PARTNERS, seed=1, today=date.today())


def _quit_on_signals(app: QApplication) -> QTimer:
    """SIGTERM, SIGINT and SIGHUP close the window through the same flush as a click."""

    def request_quit(_signum: int, _frame: object) -> None:
        QTimer.singleShot(0, app.closeAllWindows)

    for number in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(number, request_quit)
    # Python only runs signal handlers between bytecodes; a tick lets them in while Qt waits.
    tick = QTimer()
    tick.start(250)
    tick.timeout.connect(lambda: None)
    return tick


def run(paths: AppPaths, argv: Sequence[str]) -> int:
    """Runs the desktop application until its window closes; returns the exit status."""
    app = QApplication.instance() or QApplication(list(argv))
    assert isinstance(app, QApplication)
    app.setApplicationName("PartnerDesk")
    app.setOrganizationName("PartnerDesk")
    paths.ensure_data_dir()
    lock = NotebookLock(paths.database)
    first_start = not paths.database.exists()
    try:
        lock.acquire()
        window = open_main_window(paths.database, paths)
    except PartnerDeskError as error:
        print(f"partnerdesk: {error.message}", file=sys.stderr)
        QMessageBox.critical(None, "PartnerDesk", error.message)
        return 1
    window.notebook_requested.connect(lambda kind: _switch_notebook(window, kind))
    app.commitDataRequest.connect(lambda _manager: window.flush())
    AfterFirstPaint(window, _resume_garbage_collection)
    ticker = _quit_on_signals(app)
    if first_start:
        QTimer.singleShot(0, lambda: _offer_sample_data(window))
    try:
        return app.exec()
    finally:
        ticker.stop()
        lock.release()


def _resume_garbage_collection() -> None:
    """Collects again once the window is painted (the command line stops it for start-up).

    What start-up made lives as long as the window: frozen, later collections skip it,
    so they stay short while the user types.
    """
    gc.freeze()
    gc.enable()


def _switch_notebook(window: MainWindow, kind: str) -> None:
    """File ▸ New, Open or Open Recent: the notebook opens in a new PartnerDesk process.

    One process per notebook keeps the lock, the store and the undo history together.
    """
    if kind not in ("new", "open"):
        path = kind
    elif kind == "new":
        path, _ = QFileDialog.getSaveFileName(
            window,
            window.tr("New notebook"),
            "",
            window.tr("PartnerDesk notebooks (*.partnerdesk)"),
        )
    else:  # "open"
        path, _ = QFileDialog.getOpenFileName(
            window,
            window.tr("Open notebook"),
            "",
            window.tr("PartnerDesk notebooks (*.partnerdesk);;All files (*)"),
        )
    if path:
        subprocess.Popen([sys.executable, "-m", "partnerdesk", "--db", path])
