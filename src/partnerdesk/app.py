"""Starting the application: the QApplication, the notebook and the main window."""

import sys
from collections.abc import Sequence
from pathlib import Path

from partnerdesk.paths import AppPaths


def open_main_window(db_path: Path) -> "MainWindow":
    """Opens (creating or migrating as needed) the notebook and returns the shown main window.

    Expects a QApplication to exist; used by the GUI tests and by `run`.
    """
    from partnerdesk.ui.main_window import MainWindow

    raise NotImplementedError(db_path, MainWindow)


def run(paths: AppPaths, argv: Sequence[str]) -> int:
    """Runs the desktop application until its window closes; returns the exit status."""
    raise NotImplementedError(paths, argv, sys)


if False:  # pragma: no cover - for type checkers only
    from partnerdesk.ui.main_window import MainWindow
