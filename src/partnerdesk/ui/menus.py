"""The menu bar, built from the actions."""

from PySide6.QtWidgets import QMenu, QMenuBar

from partnerdesk.ui.actions import Actions


def build_menus(bar: QMenuBar, actions: Actions) -> QMenu:
    """Fills the menu bar; returns the File ▸ Open Recent menu for the window to fill."""
    file_menu = bar.addMenu(bar.tr("&File"))
    file_menu.addAction(actions.new_notebook)
    file_menu.addAction(actions.open_notebook)
    recent_menu = file_menu.addMenu(bar.tr("Open &Recent"))
    file_menu.addSeparator()
    import_menu = file_menu.addMenu(bar.tr("&Import"))
    for action in (actions.import_json, actions.import_csv, actions.import_vcard):
        import_menu.addAction(action)
    export_menu = file_menu.addMenu(bar.tr("&Export"))
    export_menu.addAction(actions.export_calendar)
    export_menu.addSeparator()
    for action in (
        actions.export_json,
        actions.export_csv,
        actions.export_vcard,
        actions.export_markdown,
    ):
        export_menu.addAction(action)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)

    edit_menu = bar.addMenu(bar.tr("&Edit"))
    edit_menu.addAction(actions.undo)
    edit_menu.addAction(actions.redo)
    edit_menu.addSeparator()
    edit_menu.addAction(actions.find)
    edit_menu.addSeparator()
    edit_menu.addAction(actions.email_templates)

    view_menu = bar.addMenu(bar.tr("&View"))
    view_menu.addAction(actions.show_today)
    view_menu.addAction(actions.toggle_calendar)
    view_menu.addAction(actions.our_promises)

    partner_menu = bar.addMenu(bar.tr("&Partner"))
    partner_menu.addAction(actions.new_partner)
    partner_menu.addAction(actions.edit_partner)
    partner_menu.addSeparator()
    partner_menu.addAction(actions.print_brief)
    partner_menu.addAction(actions.save_brief)
    partner_menu.addAction(actions.week_briefs)
    partner_menu.addSeparator()
    partner_menu.addAction(actions.delete_partner)

    meeting_menu = bar.addMenu(bar.tr("&Meeting"))
    meeting_menu.addAction(actions.new_meeting)
    meeting_menu.addAction(actions.new_commitment)

    help_menu = bar.addMenu(bar.tr("&Help"))
    help_menu.addAction(actions.shortcuts)
    help_menu.addAction(actions.about)
    return recent_menu
