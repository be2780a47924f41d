"""Every QAction of the main window, in one place, with its shortcut."""

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence


class Actions(QObject):
    """Creates the actions; the main window puts them in menus and connects them."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        standard = QKeySequence.StandardKey
        # File
        self.new_notebook = self._make(self.tr("&New Notebook…"), "Ctrl+Alt+N")
        self.open_notebook = self._make(self.tr("&Open Notebook…"), standard.Open)
        self.export_calendar = self._make(self.tr("Export &Calendar (.ics)…"), None)
        self.backups = self._make(self.tr("&Backups…"), None)
        self.import_json = self._make(self.tr("Import &JSON (PartnerDesk)…"), None)
        self.import_csv = self._make(self.tr("Import &CSV (Spreadsheet)…"), None)
        self.import_vcard = self._make(self.tr("Import &vCard (Address Book)…"), None)
        self.export_json = self._make(self.tr("Export &JSON (PartnerDesk)…"), None)
        self.export_csv = self._make(self.tr("Export C&SV (Spreadsheet)…"), None)
        self.export_vcard = self._make(self.tr("Export &vCard (Address Book)…"), None)
        self.export_markdown = self._make(self.tr("Export &Markdown Notes…"), None)
        self.quit = self._make(self.tr("&Quit"), standard.Quit)
        # Edit
        self.undo = self._make(self.tr("&Undo"), standard.Undo)
        self.redo = self._make(self.tr("&Redo"), standard.Redo)
        self.find = self._make(self.tr("&Find Partner"), standard.Find)
        self.search_everything = self._make(self.tr("&Search Everything…"), "Ctrl+K")
        self.email_templates = self._make(self.tr("E-mail &Templates…"), None)
        self.preferences = self._make(self.tr("Pre&ferences…"), standard.Preferences)
        self.trash = self._make(self.tr("Tras&h…"), None)
        # View
        self.show_today = self._make(self.tr("&Today"), "Ctrl+T")
        self.toggle_calendar = self._make(self.tr("&Calendar"), "F9")
        self.toggle_calendar.setCheckable(True)
        self.toggle_calendar.setChecked(True)
        self.our_promises = self._make(self.tr("Our &Promises…"), "Ctrl+Shift+P")
        self.gaps = self._make(self.tr("&Gaps…"), "Ctrl+Shift+G")
        self.offers = self._make(self.tr("O&ffers…"), "Ctrl+Shift+O")
        # Partner
        self.new_partner = self._make(self.tr("&New Partner…"), standard.New)
        self.edit_partner = self._make(self.tr("&Edit Partner…"), "F2")
        self.print_brief = self._make(self.tr("&Print Brief…"), standard.Print)
        self.save_brief = self._make(self.tr("Save Brief as P&DF…"), "Ctrl+Shift+S")
        self.week_briefs = self._make(self.tr("Briefs for This &Week's Meetings…"), None)
        self.delete_partner = self._make(self.tr("&Delete Partner"), "Ctrl+Shift+Del")
        # Meeting
        self.new_meeting = self._make(self.tr("&New Meeting…"), "Ctrl+M")
        self.new_commitment = self._make(self.tr("New &Commitment…"), "Ctrl+Shift+M")
        # Help
        self.user_guide = self._make(self.tr("User &Guide"), standard.HelpContents)
        self.shortcuts = self._make(self.tr("&Keyboard Shortcuts"), "Ctrl+/")
        self.about = self._make(self.tr("&About PartnerDesk"), None)

    def _make(self, text: str, keys: str | QKeySequence.StandardKey | None) -> QAction:
        action = QAction(text, self)
        if isinstance(keys, str):
            action.setShortcut(QKeySequence(keys))
        elif keys is not None:
            action.setShortcuts(keys)
        return action

    def all(self) -> list[QAction]:
        return [value for value in vars(self).values() if isinstance(value, QAction)]
