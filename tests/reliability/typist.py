"""A typist for crash tests: the real PartnerDesk window, offscreen, typing meeting notes.

    python tests/reliability/typist.py --db FILE [--rate 20] [--tokens N] [--close-after N]

It starts the application through `partnerdesk.app.run` (the same lock, signal handlers and
window as `partnerdesk --db FILE`), opens a meeting of a partner, and types into the
`notesEditor` widget with real key events at a steady rate. On stdout, one line per event,
flushed at once so that a process that kills this one knows everything it was told:

    ready <meeting id> <monotonic time> <first token>
                                          the window is up; typing starts
    typed <n> <monotonic time>            token n is in the editor
    saved <n>                             the autosaver acknowledged a save holding n tokens
    failed <reason>                       a save failed (the text stays in the editor)
    dialog <text>                         a modal dialog appeared; it is answered (--answer)
    closed                                the main window closed
    exit <status>                         the application returned

Token n is `w<n>`, typed after a space, or after a new paragraph when it starts one of ten
tokens. `expected_notes(k)` is what the notes hold once tokens 1..k are stored; typing
goes on from the tokens the meeting already holds, so later sessions continue the count.
Commands on stdin, one a line: `close` closes the window as a click on its close button
would, `stop` stops typing.
"""

import argparse
import os
import re
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

TOKENS_PER_PARAGRAPH = 10
TOKEN = re.compile(r"\bw(\d+)\b")


def token(n: int) -> str:
    return f"w{n}"


def expected_notes(count: int) -> str:
    """The stored Markdown of a meeting whose empty notes received tokens 1..count."""
    lines = []
    for start in range(1, count + 1, TOKENS_PER_PARAGRAPH):
        stop = min(start + TOKENS_PER_PARAGRAPH, count + 1)
        lines.append(" ".join(token(n) for n in range(start, stop)))
    return "\n\n".join(lines) + "\n" if lines else ""


def count_tokens(notes: str) -> int:
    return len(TOKEN.findall(notes))


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True, help="the notebook to open")
    parser.add_argument("--data-dir", type=Path, help="the data directory (else PARTNERDESK_HOME)")
    parser.add_argument("--rate", type=float, default=20.0, help="tokens a second (default 20)")
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--partner", help="partner name or id: type in their newest meeting (added if none)"
    )
    which.add_argument("--meeting", type=int, help="the id of the meeting to type in")
    parser.add_argument("--tokens", type=int, default=0, help="stop typing after N tokens")
    parser.add_argument(
        "--close-after", type=int, default=0, help="close right after typing N tokens"
    )
    parser.add_argument(
        "--answer",
        choices=("cancel", "discard"),
        default="cancel",
        help="the answer to a question dialog (default: cancel)",
    )
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    args = parse_arguments(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[attr-defined]

    from PySide6.QtCore import QObject, QSocketNotifier, Qt, QTimer
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMessageBox

    from partnerdesk import app as partnerdesk_app
    from partnerdesk.domain.changes import Entity
    from partnerdesk.domain.errors import NotFound
    from partnerdesk.domain.models import Meeting, Partner
    from partnerdesk.domain.navigation import Target
    from partnerdesk.paths import AppPaths
    from partnerdesk.ui.main_window import MainWindow
    from partnerdesk.ui.notes_editor import NotesTextEdit

    def say(line: str) -> None:
        sys.stdout.write(line.replace("\n", " ") + "\n")
        sys.stdout.flush()

    class Typist(QObject):
        """Types tokens into the notes editor of one meeting and reports what happens."""

        def __init__(self) -> None:
            super().__init__()
            self.typed = 0
            self.first = 1
            self.window: MainWindow | None = None
            self.editor: NotesTextEdit | None = None
            self.timer = QTimer(self)
            self.timer.setTimerType(Qt.TimerType.PreciseTimer)
            self.timer.setInterval(max(1, round(1000 / args.rate)))
            self.timer.timeout.connect(self.type_one)
            # Modal dialogs (a refused second instance, "close without saving?") would wait
            # for a click that never comes offscreen: report and answer them.
            self.dialog_watch = QTimer(self)
            self.dialog_watch.setInterval(50)
            self.dialog_watch.timeout.connect(self.answer_dialog)
            self.dialog_watch.start()
            self.commands = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read, self)
            self.commands.activated.connect(self.read_command)

        def start(self, window: MainWindow) -> None:
            self.window = window
            store = window.store
            if args.meeting:
                meeting = store.meetings.get(args.meeting)
            else:
                try:
                    partner = store.partners.resolve(args.partner)
                except NotFound:  # a new notebook: the partner is added as a user would
                    partner = store.partners.add(Partner(name=args.partner))
                meetings = store.meetings.for_partner(partner.id)
                meeting = (
                    meetings[0]
                    if meetings
                    else store.meetings.add(
                        Meeting(partner_id=partner.id, starts_at=datetime.now(UTC), title="Typing")
                    )
                )
            window.open_target(Target(meeting.partner_id, Entity.MEETING, meeting.id))
            window.workspace.tabs.setCurrentWidget(window.workspace.meetings)
            autosaver = window.workspace.meetings.autosaver
            autosaver.state_changed.connect(self.report_state)
            window.closed.connect(self.on_closed)
            editor = window.findChild(NotesTextEdit, "notesEditor")
            assert editor is not None
            assert window.workspace.meetings.meeting_id == meeting.id
            self.editor = editor
            window.activateWindow()
            editor.setFocus(Qt.FocusReason.OtherFocusReason)
            editor.moveCursor(QTextCursor.MoveOperation.End)
            self.typed = count_tokens(autosaver.stored_text)  # a later session goes on
            self.first = self.typed + 1
            say(f"ready {meeting.id} {time.monotonic():.6f} {self.typed + 1}")
            self.timer.start()

        def type_one(self) -> None:
            assert self.editor is not None
            n = self.typed + 1
            if n % TOKENS_PER_PARAGRAPH == 1 and n > 1:
                QTest.keyClick(self.editor, Qt.Key.Key_Return)
            elif n > 1:
                QTest.keyClick(self.editor, Qt.Key.Key_Space)
            QTest.keyClicks(self.editor, token(n))
            self.typed = n
            say(f"typed {n} {time.monotonic():.6f}")
            if args.close_after and n - self.first + 1 >= args.close_after:
                self.timer.stop()
                assert self.window is not None
                self.window.close()  # with this token not yet saved
            elif args.tokens and n - self.first + 1 >= args.tokens:
                self.timer.stop()
                say(f"done {n}")

        def report_state(self, state: str, detail: str) -> None:
            assert self.window is not None
            if state == "saved":
                stored = self.window.workspace.meetings.autosaver.stored_text
                say(f"saved {count_tokens(stored)}")
            elif state == "failed":
                say(f"failed {detail}")

        def on_closed(self) -> None:
            self.timer.stop()  # what is typed after the window closed would be nobody's text
            say("closed")

        def answer_dialog(self) -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                return
            text = dialog.text() if isinstance(dialog, QMessageBox) else dialog.windowTitle()
            say(f"dialog {text}")
            if isinstance(dialog, QMessageBox) and args.answer == "discard":
                button = dialog.button(QMessageBox.StandardButton.Discard)
                if button is not None:
                    button.click()
                    return
            dialog.reject()

        def read_command(self) -> None:
            data = os.read(sys.stdin.fileno(), 4096)
            if not data:
                self.commands.setEnabled(False)
                return
            for command in data.decode().split():
                if command == "close" and self.window is not None:
                    self.window.close()
                elif command == "stop":
                    self.timer.stop()

    qt_app = QApplication([sys.argv[0]])
    typist = Typist()
    paths = AppPaths(data_dir=args.data_dir, database=args.db)
    status = partnerdesk_app.run(paths, [sys.argv[0]], on_ready=typist.start)
    say(f"exit {status}")
    del typist, qt_app
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
