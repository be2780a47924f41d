"""The main window: assembles the panes and routes the actions; the panes do the work."""

from collections.abc import Callable
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from partnerdesk.domain.changes import Action, Change, Entity
from partnerdesk.domain.navigation import Target
from partnerdesk.store.store import Store
from partnerdesk.ui import menu_dialogs
from partnerdesk.ui.actions import Actions
from partnerdesk.ui.after_first_paint import AfterFirstPaint
from partnerdesk.ui.backup_commands import BackupCommands
from partnerdesk.ui.change_bus import ChangeBus
from partnerdesk.ui.matching_commands import MatchingCommands
from partnerdesk.ui.menus import add_meeting_actions, build_menus
from partnerdesk.ui.partner_commands import PartnerCommands
from partnerdesk.ui.partner_list_pane import PartnerListPane
from partnerdesk.ui.save_failure_banner import SaveFailureBanner, banner_above
from partnerdesk.ui.save_status import SaveStatusLabel

if TYPE_CHECKING:
    from partnerdesk.ui.brief_commands import BriefCommands
    from partnerdesk.ui.calendar_pane import CalendarPane
    from partnerdesk.ui.export_commands import ExportCommands
    from partnerdesk.ui.import_commands import ImportCommands
    from partnerdesk.ui.search_palette import SearchPalette
    from partnerdesk.ui.today_view import TodayView
    from partnerdesk.ui.workspace.partner_workspace import PartnerWorkspace

RECENT_KEY = "notebooks/recent"
RECENT_LIMIT = 8


def recent_notebooks(settings: QSettings) -> list[str]:
    value = settings.value(RECENT_KEY, [])
    if isinstance(value, str):
        return [value]
    return [str(path) for path in value] if isinstance(value, list) else []


def remember_notebook(settings: QSettings, path: str) -> None:
    recent = [path, *(p for p in recent_notebooks(settings) if p != path)]
    settings.setValue(RECENT_KEY, recent[:RECENT_LIMIT])


class MainWindow(QMainWindow):
    """Partner list on the left, Today or the partner workspace in the middle, calendar right."""

    # "new", "open", or the path of a recent notebook: handled by the application.
    notebook_requested = Signal(str)
    closed = Signal()

    def __init__(
        self,
        store: Store,
        bus: ChangeBus,
        settings: QSettings,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("{name} — PartnerDesk").format(name=store.path.stem))
        self.store = store
        self._bus = bus
        self._today = today
        self._settings = settings
        self._workspace: PartnerWorkspace | None = None
        self._search_palette: SearchPalette | None = None
        self._today_view: TodayView | None = None
        self._calendar: CalendarPane | None = None
        self.undo_stack = QUndoStack(self)
        self.menu_actions = Actions(self)
        self.partner_commands = PartnerCommands(store, self.undo_stack, self)
        self.backup_commands = BackupCommands(store.backups, self)
        self.matching_commands = MatchingCommands(store, bus, self.undo_stack, self, today)

        self.partner_list = PartnerListPane(store, bus, self)
        # The first frame shows the partner list; Today and the calendar are built right
        # after it (see `complete`), and blank stand-ins keep their places until then.
        self._today_stand_in = QWidget(self)
        self._calendar_stand_in = QWidget(self)
        self.middle = QStackedWidget(self)
        self.middle.addWidget(self._today_stand_in)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        for pane in (self.partner_list, self.middle, self._calendar_stand_in):
            self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([480, 780, 340])
        self.save_banner = SaveFailureBanner(self)
        self.setCentralWidget(banner_above(self.save_banner, self.splitter))

        self.save_status = SaveStatusLabel(self)
        where = QLabel(str(store.path), self)
        where.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addWidget(where, 1)
        self.statusBar().addPermanentWidget(self.save_status)
        self._fill_recent(build_menus(self.menuBar(), self.menu_actions))
        self._connect()
        bus.changed.connect(self._on_partner_trashed)
        self.menu_actions.trash.triggered.connect(lambda: menu_dialogs.show_trash(store, bus, self))
        self._restore_layout()
        self._show_partner(None)
        AfterFirstPaint(self, self._after_first_frame)

    def _after_first_frame(self) -> None:
        self._build_next_part()

    def _build_next_part(self) -> None:
        """Builds the first part still missing, and comes back on the next turn for the
        next: keystrokes, the autosave's timer and Today's first load get their turns in
        between. Today first (it is on screen), the workspace before the user is likely to
        pick a partner."""
        for built, build in (
            (self._today_view, lambda: self.today_view),
            (self._calendar, lambda: self.calendar),
            (self._workspace, lambda: self.workspace),
            (self._search_palette, lambda: self.search_palette),
        ):
            if built is None:
                build()
                QTimer.singleShot(0, self, self._build_next_part)
                return

    # -- commands, loaded when first used -----------------------------------------------------

    @cached_property
    def export_commands(self) -> "ExportCommands":
        from partnerdesk.ui.export_commands import ExportCommands

        return ExportCommands(self.store, self)

    @cached_property
    def import_commands(self) -> "ImportCommands":
        from partnerdesk.ui.import_commands import ImportCommands

        return ImportCommands(self.store, self, self.flush)

    @cached_property
    def brief_commands(self) -> "BriefCommands":
        from partnerdesk.ui.brief_commands import BriefCommands

        return BriefCommands(self.store, self, self._today)

    # -- built after the first frame, or on first use -----------------------------------------

    @property
    def today_view(self) -> "TodayView":
        if self._today_view is None:
            from partnerdesk.ui.today_view import TodayView

            view = TodayView(self.store, self._bus, today=self._today, parent=self)
            view.open_requested.connect(self.open_target)
            self.middle.insertWidget(0, view)
            if self.middle.currentWidget() is self._today_stand_in:
                self.middle.setCurrentWidget(view)
            self.middle.removeWidget(self._today_stand_in)
            self._today_stand_in.deleteLater()
            self._today_view = view
        return self._today_view

    @property
    def calendar(self) -> "CalendarPane":
        if self._calendar is None:
            from partnerdesk.ui.calendar_pane import CalendarPane

            pane = CalendarPane(self.store, self._bus, self, today=self._today)
            pane.open_requested.connect(self.open_target)
            self.splitter.replaceWidget(self.splitter.indexOf(self._calendar_stand_in), pane)
            self._calendar_stand_in.deleteLater()
            pane.setVisible(self.menu_actions.toggle_calendar.isChecked())
            if self._workspace is not None:
                pane.set_partner(self._workspace.partner_id)
            self._calendar = pane
        return self._calendar

    @property
    def search_palette(self) -> "SearchPalette":
        """The Ctrl+K palette, built (and its module loaded) the first time it is opened."""
        if self._search_palette is None:
            from partnerdesk.ui.search_palette import SearchPalette

            self._search_palette = SearchPalette(self.store, self._bus, self)
            self._search_palette.open_requested.connect(self.open_target)
        return self._search_palette

    @property
    def workspace(self) -> "PartnerWorkspace":
        """The partner workspace, built on first use: start-up shows Today, not a partner."""
        if self._workspace is None:
            self._workspace = self._new_workspace()
        return self._workspace

    def complete(self) -> None:
        """Builds what start-up left for after the first frame (done once; later calls
        return at once). Each part is also built on its first use, whichever comes first."""
        _ = self.today_view, self.calendar, self.workspace, self.search_palette

    def is_complete(self) -> bool:
        parts = (self._today_view, self._calendar, self._workspace, self._search_palette)
        return all(part is not None for part in parts)

    def _new_workspace(self) -> "PartnerWorkspace":
        # Loaded here, not at start: the workspace's modules and widgets are most of the
        # window, and none of them is on screen until a partner is picked.
        from partnerdesk.ui.workspace.partner_workspace import PartnerWorkspace

        workspace = PartnerWorkspace(self.store, self._bus, self.undo_stack, self._today, self)
        self.middle.addWidget(workspace)
        meetings = workspace.meetings
        self.save_banner.watch(meetings.autosaver)
        meetings.autosaver.state_changed.connect(self.save_status.show_state)
        add_meeting_actions(
            self.menuBar(), [meetings.commitment_capture.action, meetings.need_capture.action]
        )
        return workspace

    # -- wiring ------------------------------------------------------------------------------

    def _connect(self) -> None:
        a = self.menu_actions
        a.quit.triggered.connect(self.close)
        a.new_notebook.triggered.connect(lambda: self.notebook_requested.emit("new"))
        a.open_notebook.triggered.connect(lambda: self.notebook_requested.emit("open"))
        a.print_brief.triggered.connect(self._on_print_brief)
        a.save_brief.triggered.connect(self._on_save_brief)
        a.week_briefs.triggered.connect(lambda: self.brief_commands.week_briefs())
        a.export_calendar.triggered.connect(lambda: self.export_commands.export_calendar())
        a.backups.triggered.connect(lambda: self.backup_commands.show_dialog())
        for action, name in (
            (a.import_json, "json"),
            (a.import_csv, "csv"),
            (a.import_vcard, "vcard"),
        ):
            action.triggered.connect(
                lambda _checked=False, n=name: self.import_commands.import_file(n)
            )
        for action, name in (
            (a.export_json, "json"),
            (a.export_csv, "csv"),
            (a.export_vcard, "vcard"),
            (a.export_markdown, "markdown"),
        ):
            action.triggered.connect(lambda _checked=False, n=name: self.export_commands.export(n))
        a.undo.triggered.connect(self.undo_stack.undo)
        a.redo.triggered.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(a.undo.setEnabled)
        self.undo_stack.canRedoChanged.connect(a.redo.setEnabled)
        self.undo_stack.undoTextChanged.connect(
            lambda text: a.undo.setText(self.tr("&Undo {what}").format(what=text).strip())
        )
        a.undo.setEnabled(False)
        a.redo.setEnabled(False)
        a.find.triggered.connect(self.partner_list.focus_filter)
        a.search_everything.triggered.connect(lambda: self.search_palette.open_palette())
        a.show_today.triggered.connect(self.show_today)
        a.toggle_calendar.toggled.connect(lambda shown: self.calendar.setVisible(shown))
        a.email_templates.triggered.connect(
            lambda: menu_dialogs.show_email_templates(self.store, self)
        )
        a.preferences.triggered.connect(lambda: menu_dialogs.show_preferences(self._settings, self))
        a.our_promises.triggered.connect(
            lambda: menu_dialogs.show_our_promises(self.store, self._today, self)
        )
        a.gaps.triggered.connect(lambda: self.matching_commands.show_gaps())
        a.offers.triggered.connect(lambda: self.matching_commands.show_offers())
        self.matching_commands.open_requested.connect(self.open_target)
        a.new_partner.triggered.connect(self._on_new_partner)
        a.edit_partner.triggered.connect(self._on_edit_partner)
        a.delete_partner.triggered.connect(self._on_delete_partner)
        a.new_meeting.triggered.connect(self._on_new_meeting)
        a.new_commitment.triggered.connect(self._on_new_commitment)
        a.shortcuts.triggered.connect(lambda: menu_dialogs.show_shortcuts(a.all(), self))
        a.user_guide.triggered.connect(lambda: menu_dialogs.show_user_guide(self))
        a.about.triggered.connect(
            lambda: menu_dialogs.show_about(self.store.path, self.store.backups.folder, self)
        )
        for action in a.all():
            self.addAction(action)
        self.partner_list.partner_selected.connect(self._show_partner)

    # -- navigation --------------------------------------------------------------------------

    def open_target(self, target: Target) -> None:
        self.partner_list.select_partner(target.partner_id)
        self.workspace.show_target(target)

    def show_today(self) -> None:
        self.partner_list.select_partner(None)

    def _show_partner(self, partner_id: int | None) -> None:
        if partner_id is not None or self._workspace is not None:
            self.workspace.set_partner(partner_id)
        if self._calendar is not None:
            self._calendar.set_partner(partner_id)
        if partner_id is None:
            self.middle.setCurrentWidget(self._today_view or self._today_stand_in)
        else:
            self.middle.setCurrentWidget(self.workspace)
        has_partner = partner_id is not None
        for action in (
            self.menu_actions.edit_partner,
            self.menu_actions.delete_partner,
            self.menu_actions.new_commitment,
            self.menu_actions.print_brief,
            self.menu_actions.save_brief,
        ):
            action.setEnabled(has_partner)

    def _on_partner_trashed(self, change: Change) -> None:
        if (
            change.entity is Entity.PARTNER
            and change.action is Action.DELETED
            and self._workspace is not None
            and self._workspace.partner_id in change.ids
        ):
            self.show_today()

    # -- commands ----------------------------------------------------------------------------

    def _on_new_partner(self) -> None:
        partner = self.partner_commands.create()
        if partner is not None:
            self.partner_list.select_partner(partner.id)

    def _on_edit_partner(self) -> None:
        if self.workspace.partner_id is not None:
            self.workspace.flush()
            self.partner_commands.edit(self.workspace.partner_id)

    def _on_delete_partner(self) -> None:
        if self.workspace.partner_id is not None:
            self.partner_commands.delete(self.workspace.partner_id)

    def _on_new_meeting(self) -> None:
        if self.workspace.partner_id is not None:
            self.workspace.tabs.setCurrentWidget(self.workspace.meetings)
            self.workspace.meetings.new_meeting()
            return
        # From Today or the calendar: the dialog asks which partner the meeting is with.
        # Loaded when first opened, not to show the window.
        from partnerdesk.ui.dialogs.meeting_dialog import MeetingDialog

        dialog = MeetingDialog(self.store, self.store.meetings.add, self)
        dialog.exec()
        if dialog.saved is not None:
            meeting = dialog.saved
            self.open_target(Target(meeting.partner_id, Entity.MEETING, meeting.id))

    def _on_print_brief(self) -> None:
        if self.workspace.partner_id is not None:
            self.workspace.flush()
            self.brief_commands.print_brief(self.workspace.partner_id)

    def _on_save_brief(self) -> None:
        if self.workspace.partner_id is not None:
            self.workspace.flush()
            self.brief_commands.save_brief_pdf(self.workspace.partner_id)

    def _on_new_commitment(self) -> None:
        if self.workspace.partner_id is not None:
            self.workspace.tabs.setCurrentWidget(self.workspace.commitments)
            self.workspace.commitments.new_record()

    # -- closing -----------------------------------------------------------------------------

    def flush(self) -> bool:
        return self._workspace is None or self._workspace.flush()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.flush() and not self._confirm_close_unsaved():
            event.ignore()
            return
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/splitter", self.splitter.saveState())
        super().closeEvent(event)
        self.closed.emit()

    def _fill_recent(self, menu: QMenu) -> None:
        recent = [path for path in recent_notebooks(self._settings) if path != str(self.store.path)]
        for path in recent:
            action = menu.addAction(path)
            action.triggered.connect(lambda _checked=False, p=path: self.notebook_requested.emit(p))
        menu.setEnabled(bool(recent))

    def _confirm_close_unsaved(self) -> bool:
        answer = QMessageBox.warning(
            self,
            self.tr("Not saved"),
            self.tr(
                "Some of your typing could not be saved (see the status bar). "
                "Close anyway and lose it?"
            ),
            QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _restore_layout(self) -> None:
        geometry = self._settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1500, 900)
        splitter = self._settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
