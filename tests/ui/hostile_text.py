"""User text that looks like HTML, everywhere, and a walk over every widget that shows it.

`make_hostile_notebook` writes a notebook where every text field of every kind holds
`HOSTILE`. `walk_everything(window)` visits what a user can reach from the main window
(Today, the partner list, each workspace tab, the calendar, and the dialogs behind the
menus and buttons), looks at every widget, item view, tooltip and text document on the
way, and lists every place where that text would be rendered as rich text (bold, a
link, an image fetched) instead of shown as the characters typed.

    python -m tests.ui.hostile_text   prints {"problems": [...], "checked": {...}} as JSON
"""

import json
import os
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

HOSTILE = '<b>X</b><a href="x">y</a><img src=x>'
# What shows that the text was taken as HTML: the markup is gone from what is shown.
MARKUP = ("<b>", 'href="x"', "<img")


def make_hostile_notebook(path: Path, today: date) -> None:
    """Every text field of every kind of record holds HOSTILE; dates put them on Today."""
    from partnerdesk.domain.email_drafts import DraftKind, EmailTemplate
    from partnerdesk.domain.enums import CommitmentStatus, Direction, Side
    from partnerdesk.domain.models import (
        Commitment,
        Initiative,
        InitiativeMember,
        Meeting,
        Need,
        Offer,
        Pairing,
        Partner,
        Person,
    )
    from partnerdesk.store.store import Store

    text = HOSTILE
    store = Store.open(path, path.parent / "backups", today=lambda: today)
    try:
        ours = store.people.add(
            Person(full_name=text, title=text, email=text, phone=text, role=text, notes=text)
        )
        partner = store.partners.add(
            Partner(
                name=text,
                sector=text,
                website=text,
                address=text,
                city=text,
                country=text,
                summary=text,
                offer_text=text,
                owner_id=ours.id,
                tags=(text,),
            )
        )
        theirs = store.people.add(
            Person(
                full_name=HOSTILE + " 2",
                title=text,
                email=text,
                phone=text,
                role=text,
                notes=text,
                partner_id=partner.id,
            )
        )
        now = datetime.now(UTC)
        meeting = store.meetings.add(
            Meeting(
                partner_id=partner.id,
                starts_at=now - timedelta(days=3),
                location=text,
                title=text,
                notes=f"{text}\n\n- {text}\n\n## {text}\n",
                attendee_ids=(ours.id, theirs.id),
                follow_up_on=today,
            )
        )
        store.meetings.add(
            Meeting(partner_id=partner.id, starts_at=now + timedelta(days=1), title=text)
        )
        initiative = store.initiatives.add(
            Initiative(
                partner_id=partner.id,
                name=text,
                goal=text,
                next_check_in_on=today,
                members=(
                    InitiativeMember(person_id=ours.id, side=Side.OURS, role=text),
                    InitiativeMember(person_id=theirs.id, side=Side.THEIRS, role=text),
                ),
                pairings=(Pairing(our_person_id=ours.id, their_person_id=theirs.id),),
            )
        )
        for direction, due in (
            (Direction.OURS, today - timedelta(days=4)),
            (Direction.THEIRS, today - timedelta(days=9)),
            (Direction.OURS, today + timedelta(days=2)),
        ):
            store.commitments.add(
                Commitment(
                    partner_id=partner.id,
                    direction=direction,
                    description=text,
                    due_on=due,
                    owner_id=ours.id if direction is Direction.OURS else theirs.id,
                    meeting_id=meeting.id,
                    initiative_id=initiative.id,
                )
            )
        store.commitments.add(
            Commitment(
                partner_id=partner.id,
                direction=Direction.THEIRS,
                description=text,
                due_on=today - timedelta(days=30),
                status=CommitmentStatus.DONE,
                done_on=today - timedelta(days=20),
            )
        )
        store.needs.add(Need(partner_id=partner.id, description=text, meeting_id=meeting.id))
        store.offers.add(Offer(name=text, description=text, skills=text, season=text))
        # A partner gone cold, with nothing but a name and an old meeting.
        cold = store.partners.add(Partner(name=HOSTILE + " cold"))
        store.meetings.add(
            Meeting(partner_id=cold.id, starts_at=now - timedelta(days=400), title=text)
        )
        for kind in DraftKind:
            store.templates.save(EmailTemplate(kind, text, text))
    finally:
        store.close()


@dataclass
class Walk:
    """What the walk looked at, and where user text was taken for HTML."""

    problems: list[str] = field(default_factory=list)
    checked: Counter[str] = field(default_factory=Counter)

    def problem(self, where: str, what: str) -> None:
        entry = f"{where}: {what}"
        if entry not in self.problems:
            self.problems.append(entry)

    # -- the looks -------------------------------------------------------------------------

    def text_shown(self, where: str, text: str, plain: bool) -> None:
        """`text` shown by something that takes it as plain text if `plain`, else guesses."""
        from PySide6 import QtGui

        if not any(mark in text for mark in MARKUP):
            return
        self.checked["texts with the markup"] += 1
        if plain or not QtGui.Qt.mightBeRichText(text):
            return
        if HOSTILE not in rendered(text):
            self.problem(where, f"rendered as rich text: {text[:80]!r}")

    def tooltip(self, where: str, text: str) -> None:
        if text:
            self.checked["tooltips"] += 1
            self.text_shown(f"{where} (tooltip)", text, plain=False)

    def widget(self, where: str, widget: Any) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import (
            QAbstractButton,
            QAbstractItemView,
            QCalendarWidget,
            QGroupBox,
            QLabel,
            QPlainTextEdit,
            QTabWidget,
            QTextEdit,
        )

        name = f"{where} › {type(widget).__name__} {widget.objectName()}".rstrip()
        self.checked["widgets"] += 1
        self.tooltip(name, widget.toolTip())
        self.tooltip(name, widget.whatsThis())
        if isinstance(widget, QLabel):
            self.checked["labels"] += 1
            self.text_shown(name, widget.text(), widget.textFormat() == Qt.TextFormat.PlainText)
        elif isinstance(widget, QAbstractButton | QGroupBox):
            pass  # button and group box titles are always plain text
        elif isinstance(widget, QTextEdit):
            self.document(name, widget.document())
        elif isinstance(widget, QPlainTextEdit):
            self.checked["text documents"] += 1  # plain by construction
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            self.view(name, widget)
        if isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                self.tooltip(f"{name} tab {index}", widget.tabToolTip(index))
        if isinstance(widget, QCalendarWidget):
            for day, text_format in widget.dateTextFormat().items():
                self.tooltip(f"{name} {day.toString()}", text_format.toolTip())
        for action in widget.actions():
            self.tooltip(f"{name} action {action.text()!r}", action.toolTip())

    def view(self, where: str, view: Any) -> None:
        from PySide6.QtCore import QModelIndex, Qt
        from PySide6.QtWidgets import QHeaderView

        if isinstance(view, QHeaderView):
            self.headers(where, view)
            return
        self.checked["item views"] += 1
        model = view.model()
        # Qt's own delegates draw DisplayRole as plain text; one of ours might not.
        standard_delegate = not type(view.itemDelegate()).__module__.startswith("partnerdesk")
        pending = [QModelIndex()]
        rows_seen = 0
        while pending and rows_seen < 500:
            parent = pending.pop()
            try:
                columns = model.columnCount(parent)
            except TypeError:  # a list model keeps it private: one column
                columns = 1
            for row in range(model.rowCount(parent)):
                rows_seen += 1
                for column in range(columns):
                    index = model.index(row, column, parent)
                    shown = index.data(Qt.ItemDataRole.DisplayRole)
                    if isinstance(shown, str) and HOSTILE in shown:
                        self.checked["cells showing the text"] += 1
                        if not standard_delegate:
                            self.problem(where, "a delegate of ours draws the text")
                    tip = index.data(Qt.ItemDataRole.ToolTipRole)
                    if isinstance(tip, str):
                        self.tooltip(f"{where} row {row} column {column}", tip)
                child = model.index(row, 0, parent)
                if model.rowCount(child) > 0:  # a tree: its branches too
                    pending.append(child)

    def headers(self, where: str, header: Any) -> None:
        from PySide6.QtCore import Qt

        model = header.model()
        if model is None:
            return
        count = model.columnCount() if header.orientation() == Qt.Orientation.Horizontal else 0
        for section in range(count):
            tip = model.headerData(section, header.orientation(), Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                self.tooltip(f"{where} header {section}", tip)

    def document(self, where: str, document: Any) -> None:
        """No anchor, bold X or image in a document may come from the user's text."""
        from PySide6.QtGui import QFont

        self.checked["text documents"] += 1
        block = document.begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                char_format = fragment.charFormat()
                if char_format.isAnchor() and char_format.anchorHref() == "x":
                    self.problem(where, "a link from the user's text")
                if char_format.isImageFormat() and char_format.toImageFormat().name() == "x":
                    self.problem(where, "an image from the user's text")
                if fragment.text() == "X" and char_format.fontWeight() >= QFont.Weight.Bold.value:
                    self.problem(where, "bold from the user's text")
                iterator += 1
            block = block.next()

    def tree(self, where: str, root: Any) -> None:
        from PySide6.QtWidgets import QWidget

        self.widget(where, root)
        for child in root.findChildren(QWidget):
            self.widget(where, child)


def rendered(text: str) -> str:
    """What a label or tooltip that guessed "rich text" shows of `text`."""
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def settle(milliseconds: int = 60) -> None:
    from PySide6.QtTest import QTest

    QTest.qWait(milliseconds)


def look_at_dialog(walk: Walk, where: str, open_it: Callable[[], object]) -> None:
    """Opens a modal dialog the way the user would, walks it, and cancels it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    seen: list[str] = []
    if os.environ.get("HOSTILE_TEXT_TRACE"):
        print("opening", where, file=sys.stderr, flush=True)

    def look(tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if tries < 100:
                QTimer.singleShot(20, lambda: look(tries + 1))
            return
        try:
            walk.tree(where, dialog)
            seen.append(type(dialog).__name__)
            walk.checked["dialogs"] += 1
        finally:
            assert isinstance(dialog, QDialog)
            dialog.reject()

    QTimer.singleShot(0, look)
    open_it()
    settle(20)
    if not seen:
        walk.problem(where, "the dialog did not open, so it was not looked at")


def walk_everything(window: Any) -> Walk:
    """Visits every pane, tab and dialog reachable from the main window, walking each."""
    from partnerdesk.briefs.layout import PageSetup, PaperSize, fit_to_one_page
    from partnerdesk.domain.changes import Entity
    from partnerdesk.domain.navigation import Target

    walk = Walk()
    settle(200)
    walk.tree("Today", window)
    store = window.store
    partner = next(
        p for p in (store.partners.get(1), store.partners.get(2)) if "cold" not in p.name
    )
    window.partner_list.select_partner(partner.id)
    settle()
    workspace = window.workspace
    for index in range(workspace.tabs.count()):
        workspace.tabs.setCurrentIndex(index)
        settle(120)
        walk.tree(f"workspace tab {workspace.tabs.tabText(index)!r}", window)
    a = window.menu_actions
    look_at_dialog(walk, "Partner ▸ Edit Partner", a.edit_partner.trigger)
    look_at_dialog(walk, "Meeting ▸ New Commitment", a.new_commitment.trigger)
    look_at_dialog(walk, "Edit ▸ E-mail Templates", a.email_templates.trigger)
    look_at_dialog(walk, "View ▸ Our Promises", a.our_promises.trigger)
    look_at_dialog(walk, "Help ▸ Keyboard Shortcuts", a.shortcuts.trigger)
    look_at_dialog(walk, "Help ▸ About", a.about.trigger)

    meetings = workspace.meetings
    [meeting, *_] = [m for m in store.meetings.for_partner(partner.id) if m.notes]
    window.open_target(Target(partner.id, Entity.MEETING, meeting.id))
    settle()
    walk.tree("a meeting's notes", window)
    look_at_dialog(walk, "Meetings ▸ Edit meeting", meetings.edit_meeting)
    look_at_dialog(walk, "Meeting ▸ New Meeting", a.new_meeting.trigger)
    look_at_dialog(walk, "notes ▸ Commitment from Line", meetings.commitment_capture.action.trigger)

    for tab, actions in (
        (workspace.commitments, ("edit_current", "reschedule", "draft_email")),
        (workspace.people, ("edit_current",)),
        (workspace.needs, ("edit_current",)),
        (workspace.initiatives, ("edit_current",)),
    ):
        workspace.tabs.setCurrentWidget(tab)
        settle(120)
        tab.select_item(tab.model.record(0).id)
        for name in actions:
            look_at_dialog(walk, f"{type(tab).__name__}.{name}", getattr(tab, name))
    workspace.tabs.setCurrentWidget(workspace.follow_ups)
    settle(200)
    if workspace.follow_ups.current_follow_up() is None:
        workspace.follow_ups.select_row(0)
    look_at_dialog(walk, "Follow-ups ▸ Draft", workspace.follow_ups.draft_current)

    window.show_today()
    settle(200)
    walk.tree("Today again", window)
    for paper in PaperSize:
        _html, document = fit_to_one_page(
            window.brief_commands.content(partner.id), PageSetup(paper)
        )
        walk.document(f"the brief ({paper})", document)
    return walk


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from partnerdesk.app import open_main_window

    application = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="partnerdesk-hostile-") as folder:
        os.environ["PARTNERDESK_HOME"] = str(Path(folder) / "home")
        notebook = Path(folder) / "hostile.partnerdesk"
        make_hostile_notebook(notebook, date.today())
        window = open_main_window(notebook)
        walk = walk_everything(window)
        window.close()
    print(json.dumps({"problems": walk.problems, "checked": dict(walk.checked)}))
    del application
    return 0


if __name__ == "__main__":
    sys.exit(main())
