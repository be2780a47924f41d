"""File ▸ Import and File ▸ Export in the window: dry run, go-ahead, progress, cancel, result."""

import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QMainWindow, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from partnerdesk.app import open_main_window
from partnerdesk.domain.changes import Change
from partnerdesk.domain.interchange import ImportReport, Progress, no_progress
from partnerdesk.domain.models import Partner
from partnerdesk.interchange import json_format
from partnerdesk.interchange.json_format import export_json, import_json
from partnerdesk.store.store import Store
from partnerdesk.ui import import_commands
from partnerdesk.ui.change_bus import ChangeBus
from partnerdesk.ui.dialogs.job_progress_dialog import JobProgressDialog
from partnerdesk.ui.export_commands import ExportCommands, folder_for_export
from partnerdesk.ui.import_commands import ImportCommands
from partnerdesk.ui.main_window import MainWindow
from tests.interchange.notebooks import fill_rich, open_store
from tests.interchange.test_json_format import snapshot

WAIT_MS = 20_000


@pytest.fixture
def document(tmp_path: Path) -> Path:
    """An export of a small notebook with a bit of everything."""
    with open_store(tmp_path / "source") as source:
        fill_rich(source, partners=3)
        export_json(source, tmp_path / "source.json")
    return tmp_path / "source.json"


class MessageBoxes:
    """Stands in for the message boxes, answering as the test says and keeping the texts."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, *, go_ahead: bool) -> None:
        self.texts: list[tuple[str, str]] = []
        self._go_ahead = go_ahead
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self._exec(box))
        monkeypatch.setattr(QMessageBox, "information", self._static("information"))
        monkeypatch.setattr(QMessageBox, "warning", self._static("warning"))

    def _exec(self, box: QMessageBox) -> int:
        self.texts.append(("question", box.text()))
        if self._go_ahead:
            [go] = [
                b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.AcceptRole
            ]
            go.click()
        return 0

    def _static(self, kind: str) -> Any:
        def show(_parent: object, _title: str, text: str, *_args: object) -> int:
            self.texts.append((kind, text))
            return 0

        return show

    def kinds(self) -> list[str]:
        return [kind for kind, _text in self.texts]


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setenv("PARTNERDESK_HOME", str(tmp_path / "home"))
    main = open_main_window(tmp_path / "office.partnerdesk")
    qtbot.addWidget(main)
    yield main
    main.close()


def test_import_json_from_the_window_after_a_dry_run(
    qtbot: QtBot, window: MainWindow, document: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes = MessageBoxes(monkeypatch, go_ahead=True)
    model = window.partner_list.model()
    assert model.rowCount() == 0
    job = window.import_commands.import_file("json", document)
    assert job is not None
    qtbot.waitUntil(lambda: "information" in boxes.kinds(), timeout=WAIT_MS)
    question = boxes.texts[0][1]
    assert "Would create 5 partners" in question  # one of them in the Trash
    assert "A backup of the notebook is made first." in question
    # The panes reload themselves from the one notebook change the import reports.
    qtbot.waitUntil(lambda: model.rowCount() == 4, timeout=WAIT_MS)
    assert window.store.counts().partners == 4
    report = window.import_commands.last_report
    assert report is not None
    assert not report.dry_run
    assert "Imported source.json: Created 5 partners" in window.statusBar().currentMessage()


def test_saying_no_after_the_dry_run_imports_nothing(
    qtbot: QtBot, window: MainWindow, document: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes = MessageBoxes(monkeypatch, go_ahead=False)
    before = snapshot(window.store)
    window.import_commands.import_file("json", document)
    qtbot.waitUntil(lambda: boxes.kinds() == ["question"], timeout=WAIT_MS)
    qtbot.wait(50)
    assert boxes.kinds() == ["question"]
    assert snapshot(window.store) == before


def test_a_refused_file_is_shown_with_its_place(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes = MessageBoxes(monkeypatch, go_ahead=True)
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps({"format": "partnerdesk", "version": 1, "partners": [{"uuid": "<b>x</b>"}]}),
        encoding="utf-8",
    )
    window.import_commands.import_file("json", bad)
    qtbot.waitUntil(lambda: "warning" in boxes.kinds(), timeout=WAIT_MS)
    [(_kind, text)] = boxes.texts
    assert "$.partners[0].uuid: should be a uuid" in text
    assert "&lt;b&gt;x&lt;/b&gt;" in text  # the file's text shown as text, not markup
    assert "Nothing was imported." in text
    assert window.store.counts().partners == 0


def gated_importer(gate: threading.Event, reached: threading.Event) -> Any:
    """import_json whose real run (not the dry run) waits at its first write."""

    def run(
        store: Store, path: Path, *, dry_run: bool, progress: Progress = no_progress
    ) -> ImportReport:
        writing = json_format.PROGRESS_UNITS * json_format.CHECK_SHARE

        def gated(done: int, total: int) -> None:
            if not dry_run and done > writing:
                reached.set()
                gate.wait(WAIT_MS / 1000)
            progress(done, total)

        return import_json(store, path, dry_run=dry_run, progress=gated)

    return lambda _name: run


def test_cancelling_while_importing_leaves_the_notebook_as_it_was(
    qtbot: QtBot, window: MainWindow, document: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    MessageBoxes(monkeypatch, go_ahead=True)
    window.store.partners.add(Partner(name="Already here"))
    before = snapshot(window.store)
    gate, reached = threading.Event(), threading.Event()
    monkeypatch.setattr(import_commands, "importer", gated_importer(gate, reached))
    cancelled: list[bool] = []
    window.import_commands.import_file("json", document)
    qtbot.waitUntil(reached.is_set, timeout=WAIT_MS)
    # In the middle of the transaction: the user presses Cancel.
    progress = window.import_commands._progress  # the real import's, not the dry run's
    assert isinstance(progress, JobProgressDialog)
    assert progress.objectName() == "jobProgress"
    job = window.import_commands._job
    assert job is not None
    job.signals.cancelled.connect(lambda: cancelled.append(True))
    [cancel_button] = progress.findChildren(QPushButton)
    cancel_button.click()
    assert progress.labelText() == "Cancelling…"
    gate.set()
    qtbot.waitUntil(lambda: cancelled == [True], timeout=WAIT_MS)
    assert snapshot(window.store) == before
    qtbot.waitUntil(
        lambda: "Import cancelled; nothing was imported." in window.statusBar().currentMessage(),
        timeout=WAIT_MS,
    )


def test_changes_reach_the_panes_on_the_gui_thread(
    qtbot: QtBot, store: Store, bus: ChangeBus, document: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The store reports from the worker thread; the bus hands it over to the GUI thread."""
    boxes = MessageBoxes(monkeypatch, go_ahead=True)
    parent = QMainWindow()
    qtbot.addWidget(parent)
    threads: list[bool] = []

    class Pane(QMainWindow):
        def on_change(self, _change: Change) -> None:
            threads.append(QThread.currentThread() is self.thread())

    pane = Pane()
    qtbot.addWidget(pane)
    bus.changed.connect(pane.on_change)
    ImportCommands(store, parent).import_file("json", document)
    qtbot.waitUntil(lambda: threads == [True], timeout=WAIT_MS)
    # The import ends inside the test: its "done" box must not meet a closed window later.
    qtbot.waitUntil(lambda: "information" in boxes.kinds(), timeout=WAIT_MS)


def test_export_json_and_markdown_from_the_window(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.store.partners.add(Partner(name="Northwind Bank"))
    job = window.export_commands.export("json", tmp_path / "out.json")
    assert job is not None
    with qtbot.waitSignal(job.signals.finished, timeout=WAIT_MS):
        pass
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["partners"]
    qtbot.waitUntil(
        lambda: "Exported 1 partners" in window.statusBar().currentMessage(), timeout=WAIT_MS
    )
    job = window.export_commands.export("markdown", tmp_path / "notes")
    assert job is not None
    with qtbot.waitSignal(job.signals.finished, timeout=WAIT_MS):
        pass
    assert (tmp_path / "notes").is_dir()


def test_a_cancelled_export_writes_nothing(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = QMainWindow()
    qtbot.addWidget(parent)
    store.partners.add(Partner(name="Northwind Bank"))
    gate = threading.Event()

    def slow_export(store: Store, path: Path, *, progress: Progress = no_progress) -> Any:
        gate.wait(WAIT_MS / 1000)
        return export_json(store, path, progress=progress)

    monkeypatch.setattr("partnerdesk.ui.export_commands.exporter", lambda _name: slow_export)
    commands = ExportCommands(store, parent)
    job = commands.export("json", tmp_path / "out.json")
    assert job is not None
    job.cancel()
    # Listening before the work may go on: the worker can emit as soon as the gate opens.
    with qtbot.waitSignal(job.signals.cancelled, timeout=WAIT_MS):
        gate.set()
    assert not (tmp_path / "out.json").exists()
    assert list(tmp_path.glob(".out.json*")) == []
    assert parent.statusBar().currentMessage() == "Export cancelled; nothing was written."


def test_a_folder_export_goes_into_a_new_folder_when_the_chosen_one_has_files(
    tmp_path: Path,
) -> None:
    assert folder_for_export(tmp_path / "new", "office", "Markdown") == tmp_path / "new"
    (tmp_path / "mine.txt").write_text("x")
    assert folder_for_export(tmp_path, "office", "Markdown") == tmp_path / "office Markdown"
    (tmp_path / "office Markdown").mkdir()
    assert folder_for_export(tmp_path, "office", "Markdown") == tmp_path / "office Markdown 2"


def test_the_file_menu_has_import_and_export(window: MainWindow) -> None:
    [file_menu] = [
        action.menu() for action in window.menuBar().actions() if action.text() == "&File"
    ]
    menus = {action.text(): action.menu() for action in file_menu.actions() if action.menu()}
    imports = [action.text() for action in menus["&Import"].actions()]
    exports = [action.text() for action in menus["&Export"].actions() if action.text()]
    assert imports == [
        "Import &JSON (PartnerDesk)…",
        "Import &CSV (Spreadsheet)…",
        "Import &vCard (Address Book)…",
    ]
    assert exports == [
        "Export &Calendar (.ics)…",
        "Export &JSON (PartnerDesk)…",
        "Export C&SV (Spreadsheet)…",
        "Export &vCard (Address Book)…",
        "Export &Markdown Notes…",
    ]
