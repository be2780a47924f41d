"""Starting the application: the QApplication, the notebook lock, the store and the window."""

import gc
import os
import signal
import subprocess
import sys
from collections.abc import Callable, MutableMapping, Sequence
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QSettings, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from partnerdesk.domain.backups import BackupInfo
from partnerdesk.domain.errors import NotebookLocked, PartnerDeskError
from partnerdesk.domain.text import QT_TRANSLATE_NOOP
from partnerdesk.paths import AppPaths
from partnerdesk.store.backups import BackupShelf
from partnerdesk.store.store import Store
from partnerdesk.ui import notebook_recovery
from partnerdesk.ui.after_first_paint import AfterFirstPaint
from partnerdesk.ui.change_bus import ChangeBus
from partnerdesk.ui.domain_text import error_text
from partnerdesk.ui.language import chosen_language, install_translations
from partnerdesk.ui.main_window import MainWindow, remember_notebook
from partnerdesk.ui.notebook_recovery import RecoveryChoice

SAMPLE_PARTNERS = 60
APP_ID = "org.partnerdesk.PartnerDesk"
LOCK_WAIT_MS = 200


def app_icon() -> QIcon:
    """The PartnerDesk icon, drawn from the SVG shipped in the package at any size."""
    return QIcon(str(resources.files("partnerdesk.resources") / "icons" / "partnerdesk.svg"))


def window_settings(paths: AppPaths) -> QSettings:
    """Window geometry and splitters, kept beside the notebook's data, not in it."""
    return QSettings(str(paths.data_dir / "window.ini"), QSettings.Format.IniFormat)


def open_main_window(
    db_path: Path, paths: AppPaths | None = None, *, complete: bool = True
) -> MainWindow:
    """Opens (creating or migrating as needed) the notebook and returns the shown main window.

    Expects a QApplication to exist. The store is closed when the window closes. The
    window comes with every pane built; the application's own start passes
    `complete=False`, which shows the partner list first and builds the panes that are
    not on screen yet (the partner workspace, the search palette) right after that frame.
    """
    paths = paths or AppPaths(database=Path(db_path))
    paths.ensure_data_dir()
    bus = ChangeBus()
    store = Store.open(Path(db_path), paths.backups_dir, bus)
    settings = window_settings(paths)
    remember_notebook(settings, str(Path(db_path)))
    try:
        window = MainWindow(store, bus, settings)
    except BaseException:
        store.close()  # a page too damaged to read: let go of the file before it is examined
        raise
    bus.setParent(window)
    window.closed.connect(store.close)
    # The notebook is checked off the GUI thread once the window is up, then backed up daily.
    window.closed.connect(window.backup_commands.guard.stop)
    window.backup_commands.guard.start()
    window.show()
    if complete:
        window.complete()
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
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name} is already open in another PartnerDesk window. "
                    "Switch to that window, or close it first.",
                ),
                name=self._notebook.name,
            )

    def release(self) -> None:
        self._lock.unlock()


def _offer_sample_data(window: MainWindow) -> None:
    answer = QMessageBox.question(
        window,
        QCoreApplication.translate("App", "Welcome to PartnerDesk"),
        QCoreApplication.translate(
            "App",
            "Your notebook is empty. Fill it with sample partners, meetings and commitments "
            "to look around? You can start empty instead and add your own partners.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer == QMessageBox.StandardButton.Yes:
        from datetime import date

        from partnerdesk.demo import generate

        generate(window.store, SAMPLE_PARTNERS, seed=1, today=date.today())


# Set before Qt first paints, the raster engine fills on the thread that paints.
SERIAL_FILLS_VARIABLE = "QT_NO_GUI_THREADPOOL"


def keep_fills_on_the_gui_thread(environ: MutableMapping[str, str] = os.environ) -> None:
    """Turns off Qt's GUI thread pool for this process, unless the user has set it.

    Qt's raster engine hands every fill of 96 lines or more (a pane's background, a scroll
    bar's groove) to a pool of at most a quarter of the cores, and waits for it: on two
    cores, one thread that is woken, run and waited on for each tall fill. Measured on the
    scale notebook, selecting a partner with the Meetings tab in front spent 8.4-10.7 ms
    (p95) in layout and painting with the pool, 3.2-4.7 ms without it.
    """
    environ.setdefault(SERIAL_FILLS_VARIABLE, "1")


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


def run(
    paths: AppPaths,
    argv: Sequence[str],
    on_ready: Callable[[MainWindow], object] | None = None,
) -> int:
    """Runs the desktop application until its window closes; returns the exit status.

    `on_ready(window)` is called once the window is shown and wired, just before the
    event loop starts: the reliability harness drives the real application through it.
    """
    # Everything PartnerDesk creates (lock file, window settings, backups, exports) is
    # readable by the user alone, whatever the umask of the session that started it.
    os.umask(0o077)
    keep_fills_on_the_gui_thread()
    app = QApplication.instance() or QApplication(list(argv))
    assert isinstance(app, QApplication)
    app.setApplicationName("PartnerDesk")
    app.setOrganizationName("PartnerDesk")
    # Ties the window to the launcher entry and its icon on Linux desktops.
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    paths.ensure_data_dir()
    translators = install_translations(app, chosen_language(window_settings(paths), os.environ))
    lock = NotebookLock(paths.database)
    first_start = not paths.database.exists()
    try:
        lock.acquire()
    except PartnerDeskError as error:
        print(f"partnerdesk: {error.message}", file=sys.stderr)
        QMessageBox.critical(None, "PartnerDesk", error_text(error))
        return 1
    notebook = OpenNotebook(paths, lock)
    if not notebook.open():
        notebook.lock.release()
        if notebook.refusal:
            print(f"partnerdesk: {notebook.refusal}", file=sys.stderr)
        return 1
    app.commitDataRequest.connect(lambda _manager: notebook.flush())
    if notebook.window is not None:
        AfterFirstPaint(notebook.window, resume_garbage_collection)
    ticker = _quit_on_signals(app)
    if first_start and notebook.window is not None:
        window = notebook.window
        QTimer.singleShot(0, lambda: _offer_sample_data(window))
    if on_ready is not None and notebook.window is not None:
        on_ready(notebook.window)
    try:
        return app.exec()
    finally:
        ticker.stop()
        notebook.lock.release()
        for translator in translators:
            app.removeTranslator(translator)


class OpenNotebook:
    """The notebook this process has open: its lock and its main window.

    A notebook that cannot be opened (damaged, from a newer version, not a notebook), at
    start or when the guard finds damage later, is explained and left as it is; the user is
    offered its newest sound backup (the file is moved aside first), another notebook, or
    quitting. After a restore from File ▸ Backups the window is reopened in this process,
    which keeps the lock all along, so no other PartnerDesk can slip in between.
    """

    def __init__(self, paths: AppPaths, lock: NotebookLock) -> None:
        self.paths = paths
        self.lock = lock
        self.window: MainWindow | None = None
        self.refusal = ""  # why the last notebook tried could not be opened

    def open(self, notice: str = "") -> bool:
        """Opens the main window on the notebook; False when the user chose to quit."""
        from partnerdesk.domain.errors import NotANotebook, NotebookCorrupt, NotebookTooNew
        from partnerdesk.store.notebook_check import quick_problem

        while True:
            try:
                window = open_main_window(self.paths.database, self.paths, complete=False)
            except (NotebookCorrupt, NotANotebook, NotebookTooNew) as error:
                reason = error_text(error)
            except PartnerDeskError as error:
                QMessageBox.critical(None, "PartnerDesk", error_text(error))
                return False
            except Exception:
                # Reading a damaged page fails inside SQLite while the window fills.
                reason = quick_problem(self.paths.database)
                if not reason:
                    raise
            else:
                self.refusal = ""
                self._wire(window, notice)
                return True
            self.refusal = reason
            answer = self._recover(reason)
            if answer is None:
                return False
            notice = answer

    def restore(self, backup: BackupInfo) -> None:
        """File ▸ Backups ▸ Restore: closes the window, restores, reopens."""
        self._close_and(lambda: self._restore(backup))

    def on_damage(self, reason: str) -> None:
        """The guard found damage after opening: close it untouched, then ask what to do."""
        self._close_and(lambda: self._recover(reason))

    def flush(self) -> bool:
        return self.window.flush() if self.window is not None else True

    # -- inside ------------------------------------------------------------------------------

    def _wire(self, window: MainWindow, notice: str) -> None:
        self.window = window
        window.notebook_requested.connect(lambda kind: _switch_notebook(window, kind))
        window.backup_commands.restore_requested.connect(self.restore)
        window.backup_commands.damage_found.connect(self.on_damage)
        if notice:
            window.statusBar().showMessage(notice, 60_000)

    def _close_and(self, then: Callable[[], str | None]) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        window = self.window
        if window is None:
            return
        quits = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)  # the window closes, the application stays
        try:
            if not window.close():
                return  # unsaved notes the user chose to keep: nothing happens
            self.window = None
            window.deleteLater()
            notice = then()
            if notice is None or not self.open(notice):
                app.quit()
        finally:
            app.setQuitOnLastWindowClosed(quits)

    def _restore(self, backup: BackupInfo) -> str:
        shelf = BackupShelf(self.paths.database, self.paths.backups_dir)
        try:
            return notebook_recovery.describe_restore(shelf.restore(backup.path))
        except PartnerDeskError as error:
            QMessageBox.warning(None, "PartnerDesk", error_text(error))
            return error_text(error)

    def _recover(self, reason: str) -> str | None:
        """Asks until the user picks something that works; a notice to show, or None: quit."""
        while True:
            shelf = BackupShelf(self.paths.database, self.paths.backups_dir)
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                newest = shelf.newest_sound()  # checks each backup: a second per 100 MB
            finally:
                QApplication.restoreOverrideCursor()
            choice = notebook_recovery.ask_what_to_do(None, reason, newest)
            if choice is RecoveryChoice.RESTORE and newest is not None:
                try:
                    result = shelf.restore(newest.path)
                except PartnerDeskError as error:
                    reason = error_text(error)
                    continue
                return notebook_recovery.describe_restore(result)
            if choice is RecoveryChoice.OPEN_OTHER:
                chosen = notebook_recovery.choose_notebook(None)
                if not chosen:
                    continue
                try:
                    self._switch_lock(Path(chosen))
                except PartnerDeskError as error:
                    reason = error_text(error)
                    continue
                return ""
            return None

    def _switch_lock(self, notebook: Path) -> None:
        lock = NotebookLock(notebook)
        lock.acquire()
        self.lock.release()
        self.lock = lock
        self.paths = AppPaths(data_dir=self.paths.data_dir, database=notebook)


def resume_garbage_collection() -> None:
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
            QCoreApplication.translate("App", "New notebook"),
            "",
            QCoreApplication.translate("App", "PartnerDesk notebooks (*.partnerdesk)"),
        )
    else:  # "open"
        path, _ = QFileDialog.getOpenFileName(
            window,
            QCoreApplication.translate("App", "Open notebook"),
            "",
            QCoreApplication.translate(
                "App", "PartnerDesk notebooks (*.partnerdesk);;All files (*)"
            ),
        )
    if path:
        subprocess.Popen([*_relaunch_command(), "--db", path])


def _relaunch_command() -> list[str]:
    """How to start another PartnerDesk: the bundle's own executable, or Python with -m."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "partnerdesk"]
