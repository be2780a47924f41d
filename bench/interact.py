"""In the running window, on a copy of the scale notebook: selecting partners and search.

Selecting: 100 partners picked at random (seeded), every row of the list loaded
beforehand. For each, the list is first scrolled to show the partner (not timed: the
user scrolls, then clicks), then the partner's row is made current and selected as a
click or the arrow keys do, timed until Qt has handled every event that posted (layout
and paint included: the workspace is on screen); with the Overview tab in front, and
again with the Meetings tab in front. Work deliberately left to a later turn of the event
loop is timed apart ("later turns"). Beside it, for information, jumping to a partner
the list must scroll to (`select_partner`, as opening from Today or the calendar does).

Search (only when the notebook has `store.search` and the window a `globalSearch`):
Ctrl+K, then words typed one key at a time, the four words three times over: the p95 of
147 keys is the 8th slowest, where that of 49 was the 3rd, so one stall of the shared
machine moves it less. Each keystroke is timed until the result list (`searchResults`)
has changed and been painted (the palette shows the newest matches at each keystroke and
ranks them once typing pauses, after the timing). Beside it, the raw FTS5 query
(`store.search.raw_match`) for the same texts, ranked by bm25 as FTS5's own `ORDER BY
rank` is, and the store's query in both forms.

All of it once the start-up's background work is done: the day's first backup of the
notebook and its check, which the window starts off the GUI thread 1.5 s after opening
(about a second of the other core here, reading the whole file). Started at once and
waited for, it stays out of the figures instead of landing on whichever of them it
overlaps; how long it took is printed beside them.

Usage: python bench/interact.py NOTEBOOK   (prints one BENCH line of JSON)
"""

import os
import random
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

from figures import emit, summary_ms

PICKS = 100
SEED = 7
SEARCH_TEXTS = ("internship bank", "research lab", "career fair", "scholarship")
SEARCH_ROUNDS = 3
SEARCH_WAIT_S = 2.0


def main(notebook: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QItemSelectionModel, QModelIndex
    from PySide6.QtWidgets import QApplication, QTableView

    flag = QItemSelectionModel.SelectionFlag
    click = flag.ClearAndSelect | flag.Rows

    # As the application's own start does: before Qt first paints, and once it has.
    from partnerdesk.app import (
        keep_fills_on_the_gui_thread,
        open_main_window,
        resume_garbage_collection,
    )

    keep_fills_on_the_gui_thread()
    app = QApplication(sys.argv[:1])
    from partnerdesk.paths import AppPaths

    home = Path(os.environ.get("PARTNERDESK_HOME", notebook.parent / "home"))
    window = open_main_window(notebook, AppPaths(data_dir=home, database=notebook))
    settle(app)
    resume_garbage_collection()
    figures: dict[str, Any] = {"background_at_start_s": background_work_done(app, window)}

    model = window.partner_list.model()
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    with sqlite3.connect(f"file:{notebook}?mode=ro", uri=True) as reader:
        alive = [
            row[0] for row in reader.execute("SELECT id FROM partners WHERE deleted_at IS NULL")
        ]
    picks = random.Random(SEED).sample(alive, min(PICKS, len(alive)))
    view = window.partner_list.findChild(QTableView, "partnerList")
    for tab_name in ("overview", "meetings"):
        window.partner_list.select_partner(picks[-1])
        window.workspace.tabs.setCurrentWidget(getattr(window.workspace, tab_name))
        settle(app)
        filled, after, cpu = [], [], []
        for partner_id in picks:
            index = model.index(model.row_of(partner_id), 0)
            view.scrollTo(index)
            settle(app)
            started, started_cpu = time.perf_counter(), time.thread_time()
            view.selectionModel().setCurrentIndex(index, click)
            app.sendPostedEvents()
            shown, shown_cpu = time.perf_counter(), time.thread_time()
            settle(app)
            filled.append(shown - started)
            cpu.append(shown_cpu - started_cpu)
            after.append(time.perf_counter() - shown)
            assert window.workspace.partner_id == partner_id
        figures[f"select_{tab_name}"] = summary_ms(filled)
        figures[f"select_{tab_name}_cpu"] = summary_ms(cpu)
        figures[f"select_{tab_name}_after"] = summary_ms(after)

    jumps = []
    for partner_id in picks:
        started = time.perf_counter()
        window.partner_list.select_partner(partner_id)
        app.sendPostedEvents()
        jumps.append(time.perf_counter() - started)
        settle(app)
    figures["jump"] = summary_ms(jumps)

    figures["autosave_window"] = autosave_figures(app, window, picks)

    search = getattr(window.store, "search", None)
    if search is not None:
        figures.update(search_figures(app, window, search))
    emit(figures)
    os._exit(0)


def background_work_done(app: Any, window: Any) -> float:
    """Runs the notebook guard's start-up work now and waits for it; returns its seconds."""
    guard = window.backup_commands.guard
    guard.stop()  # its own timer would start the same work again, during the figures
    started = time.perf_counter()
    guard.check_now()
    while guard.busy:
        app.processEvents()
        time.sleep(0.005)
    return time.perf_counter() - started


def settle(app: Any, turns: int = 3) -> None:
    """Lets every posted event and zero-delay timer run, a few turns over."""
    for _ in range(turns):
        app.processEvents()
        app.sendPostedEvents()


# -- autosave ---------------------------------------------------------------------------------


def autosave_figures(app: Any, window: Any, picks: list[int]) -> dict[str, float]:
    """A keystroke in the notes, then the autosave as its timer would run it: the Markdown
    read back from the editor, the commit, and every pane's reaction to the change."""
    from PySide6.QtTest import QTest

    workspace = window.workspace
    workspace.tabs.setCurrentWidget(workspace.meetings)
    partner_id = next((p for p in picks if window.store.meetings.for_partner(p)), picks[0])
    window.partner_list.select_partner(partner_id)
    settle(app)
    editor = workspace.meetings.notes.text_edit
    autosaver = workspace.meetings.autosaver
    samples = []
    for number in range(100):
        QTest.keyClicks(editor, "x" if number % 10 else " ")
        started = time.perf_counter()
        autosaver.flush()
        samples.append(time.perf_counter() - started)
        settle(app, 1)
    return summary_ms(samples)


# -- search ------------------------------------------------------------------------------------


def search_figures(app: Any, window: Any, search: Any) -> dict[str, Any]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QAbstractItemView, QLineEdit

    figures: dict[str, Any] = {}
    typed = [text[:end] for text in SEARCH_TEXTS for end in range(2, len(text) + 1)]
    prefixes = typed * SEARCH_ROUNDS
    build = safe_query_builder()
    raw, store_query = [], []
    for text in prefixes:
        expression = build(text)
        started = time.perf_counter()
        search.raw_match(expression, limit=50)
        raw.append(time.perf_counter() - started)
        started = time.perf_counter()
        search.query(text, limit=50)
        store_query.append(time.perf_counter() - started)
    figures["search_raw"] = summary_ms(raw)
    figures["search_store"] = summary_ms(store_query)
    figures.update(quick_search_figures(search, prefixes, build))

    window.partner_list.select_partner(None)
    settle(app)
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    settle(app)
    edit = find_widget(app, QLineEdit, "globalSearch")
    results = find_widget(app, QAbstractItemView, "searchResults")
    if edit is None or results is None:
        figures["search_ui_error"] = "Ctrl+K showed no globalSearch and searchResults"
        return figures
    changes = {"count": 0}

    def changed(*_args: Any) -> None:
        changes["count"] += 1

    results_model = results.model()
    for signal in (
        results_model.modelReset,
        results_model.rowsInserted,
        results_model.rowsRemoved,
        results_model.dataChanged,
        results_model.layoutChanged,
    ):
        signal.connect(changed)
    keystrokes, unchanged = [], 0
    for text in SEARCH_TEXTS * SEARCH_ROUNDS:
        edit.clear()
        settle(app)
        time.sleep(0.3)  # past any debounce of the clearing
        settle(app)
        for character in text:
            changes["count"] = 0
            started = time.perf_counter()
            QTest.keyClicks(edit, character)
            while changes["count"] == 0 and time.perf_counter() - started < SEARCH_WAIT_S:
                app.processEvents()
            app.sendPostedEvents()
            if changes["count"] == 0:
                unchanged += 1
                continue
            keystrokes.append(time.perf_counter() - started)
            settle(app)
    if keystrokes:
        figures["search_keystroke"] = summary_ms(keystrokes)
    figures["search_keystrokes_without_change"] = unchanged
    return figures


def quick_search_figures(search: Any, prefixes: list[str], build: Any) -> dict[str, Any]:
    """The unranked form (the newest matches first), where the store has one: what the
    palette shows at each keystroke before it ranks the results once typing pauses."""
    try:
        search.query("bank", limit=1, ranked=False)
    except TypeError:
        return {}
    raw, store_query = [], []
    for text in prefixes:
        started = time.perf_counter()
        search.raw_match(build(text), limit=50, ranked=False)
        raw.append(time.perf_counter() - started)
        started = time.perf_counter()
        search.query(text, limit=50, ranked=False)
        store_query.append(time.perf_counter() - started)
    return {"search_raw_quick": summary_ms(raw), "search_store_quick": summary_ms(store_query)}


def find_widget(app: Any, kind: type, name: str) -> Any:
    for widget in app.allWidgets():
        if isinstance(widget, kind) and widget.objectName() == name:
            return widget
    return None


def safe_query_builder() -> Any:
    """The domain's safe-query builder if it can be found, else the same rule written here.

    The rule (DESIGN §3): each word quoted, a prefix match on the last one.
    """
    try:
        import inspect

        from partnerdesk.domain import search_query
    except ImportError:
        search_query = None
    if search_query is not None:
        for name, function in inspect.getmembers(search_query, inspect.isfunction):
            if function.__module__ != search_query.__name__ or name.startswith("_"):
                continue
            try:
                built = function("bank")
            except Exception:
                continue
            if isinstance(built, str) and "bank" in built:
                return function

    def quoted(text: str) -> str:
        words = ['"' + word.replace('"', '""') + '"' for word in text.split()]
        if words:
            words[-1] += "*"
        return " ".join(words)

    return quoted


if __name__ == "__main__":
    main(Path(sys.argv[1]))
