"""The menu bar, built from the actions."""

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar

from partnerdesk.ui.actions import Actions

MEETING_MENU = "meetingMenu"


def build_menus(bar: QMenuBar, actions: Actions) -> QMenu:
    """Fills the menu bar; returns the File ▸ Open Recent menu for the window to fill."""
    file_menu = bar.addMenu(QCoreApplication.translate("Menus", "&File"))
    file_menu.addAction(actions.new_notebook)
    file_menu.addAction(actions.open_notebook)
    recent_menu = file_menu.addMenu(QCoreApplication.translate("Menus", "Open &Recent"))
    file_menu.addSeparator()
    import_menu = file_menu.addMenu(QCoreApplication.translate("Menus", "&Import"))
    for action in (actions.import_json, actions.import_csv, actions.import_vcard):
        import_menu.addAction(action)
    export_menu = file_menu.addMenu(QCoreApplication.translate("Menus", "&Export"))
    export_menu.addAction(actions.export_calendar)
    export_menu.addSeparator()
    for action in (
        actions.export_json,
        actions.export_csv,
        actions.export_vcard,
        actions.export_markdown,
    ):
        export_menu.addAction(action)
    file_menu.addAction(actions.backups)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)

    edit_menu = bar.addMenu(QCoreApplication.translate("Menus", "&Edit"))
    edit_menu.addAction(actions.undo)
    edit_menu.addAction(actions.redo)
    edit_menu.addSeparator()
    edit_menu.addAction(actions.find)
    edit_menu.addAction(actions.search_everything)
    edit_menu.addSeparator()
    edit_menu.addAction(actions.email_templates)
    edit_menu.addAction(actions.preferences)
    edit_menu.addAction(actions.trash)

    view_menu = bar.addMenu(QCoreApplication.translate("Menus", "&View"))
    view_menu.addAction(actions.show_today)
    view_menu.addAction(actions.toggle_calendar)
    view_menu.addAction(actions.our_promises)
    view_menu.addAction(actions.gaps)
    view_menu.addAction(actions.offers)

    partner_menu = bar.addMenu(QCoreApplication.translate("Menus", "&Partner"))
    partner_menu.addAction(actions.new_partner)
    partner_menu.addAction(actions.edit_partner)
    partner_menu.addSeparator()
    partner_menu.addAction(actions.print_brief)
    partner_menu.addAction(actions.save_brief)
    partner_menu.addAction(actions.week_briefs)
    partner_menu.addSeparator()
    partner_menu.addAction(actions.delete_partner)

    meeting_menu = bar.addMenu(QCoreApplication.translate("Menus", "&Meeting"))
    meeting_menu.setObjectName(MEETING_MENU)
    meeting_menu.addAction(actions.new_meeting)
    meeting_menu.addAction(actions.new_commitment)

    help_menu = bar.addMenu(QCoreApplication.translate("Menus", "&Help"))
    help_menu.addAction(actions.user_guide)
    help_menu.addAction(actions.shortcuts)
    help_menu.addAction(actions.about)
    return recent_menu


def add_meeting_actions(bar: QMenuBar, actions: Sequence[QAction]) -> None:
    """Adds actions a pane owns (the notes editor's captures) to the Meeting menu.

    They keep their own shortcut context: their keys work in the notes, the menu anywhere.
    """
    menu = bar.findChild(QMenu, MEETING_MENU)
    if menu is None:
        return
    menu.addSeparator()
    menu.addActions(list(actions))
