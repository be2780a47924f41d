"""Dialogs only a menu opens, each imported when it is first opened, not to show the window."""

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from partnerdesk.store.store import Store
from partnerdesk.ui.change_bus import ChangeBus


def show_email_templates(store: Store, parent: QWidget) -> None:
    from partnerdesk.ui.dialogs.templates_dialog import TemplatesDialog

    TemplatesDialog(store.templates, parent).exec()


def show_our_promises(store: Store, today: Callable[[], date], parent: QWidget) -> None:
    from partnerdesk.ui.dialogs.our_promises_dialog import OurPromisesDialog

    OurPromisesDialog(store, today, parent).exec()


def show_shortcuts(actions: Sequence[QAction], parent: QWidget) -> None:
    from partnerdesk.ui.dialogs.shortcuts_dialog import ShortcutsDialog

    ShortcutsDialog(actions, parent).exec()


def show_about(notebook: Path, backups: Path, parent: QWidget) -> None:
    from partnerdesk.ui.dialogs.about_dialog import AboutDialog

    AboutDialog(notebook, backups, parent).exec()


def show_trash(store: Store, bus: ChangeBus, parent: QWidget) -> None:
    from partnerdesk.ui.dialogs.trash_dialog import TrashDialog

    TrashDialog(store, bus, parent).exec()


def show_preferences(settings: QSettings, parent: QWidget) -> None:
    from partnerdesk.ui.dialogs.preferences_dialog import PreferencesDialog

    PreferencesDialog(settings, parent).exec()


def show_user_guide(parent: QWidget) -> None:
    from partnerdesk.ui.dialogs.user_guide_dialog import UserGuideDialog

    UserGuideDialog(parent).exec()
