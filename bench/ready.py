"""Shared by the start-up programs: say, once the window is painted, how long it took.

The parent passes the CLOCK_MONOTONIC reading taken just before it started this process
(`BENCH_T0`); the clock is system-wide, so the difference is the start-up time including
the interpreter's own start, and excluding the pipe back to the parent.
"""

import json
import os
import resource
import sys
import time
from collections.abc import Callable
from typing import Any

# How long to wait for a window whose list fills after it is shown.
GIVE_UP_S = 30.0


def _peak_rss_mib() -> float:
    # ru_maxrss is in KiB on Linux: the high-water mark of the resident set so far.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_s() -> float:
    """Processor time used so far (user and system): steadier than the clock on a busy
    machine, so printed beside it."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _elapsed() -> float:
    return time.monotonic() - float(os.environ.get("BENCH_T0", "nan"))


def report_when_ready(
    window: Any,
    listing: Any,
    filled: Callable[[], bool],
    settled: Callable[[], bool] = lambda: True,
) -> None:
    """Notes the time once the list view `listing` has painted its rows (`filled()`), and
    again once `settled()` holds too (the panes that load after the list, painted); then
    prints one JSON line and exits.

    The frame counts as done on the turn after the list's viewport paint event: the rest
    of the window is painted in the same pass.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer

    figures: dict[str, float] = {}

    def note_ready() -> None:
        figures["ready_s"] = _elapsed()
        figures["ready_cpu_s"] = _cpu_s()
        figures["ready_rss_mib"] = _peak_rss_mib()
        QTimer.singleShot(0, check_settled)

    def check_settled() -> None:
        if settled():
            window.repaint()  # what loaded after the first frame, on screen
            figures["settled_s"] = _elapsed()
            figures["settled_cpu_s"] = _cpu_s()
            figures["peak_rss_mib"] = _peak_rss_mib()
            _finish(figures)
        elif _elapsed() > GIVE_UP_S:
            _finish({"error": "the window never settled"})
        else:
            QTimer.singleShot(0, check_settled)

    viewport = listing.viewport()

    class FirstFrame(QObject):
        def eventFilter(self, watched: Any, event: Any) -> bool:
            if event.type() == QEvent.Type.Paint and filled():
                viewport.removeEventFilter(self)
                QTimer.singleShot(0, note_ready)
            return False

    def give_up() -> None:
        if "ready_s" not in figures:
            _finish({"error": "the window never painted its list"})

    watcher = FirstFrame(window)
    viewport.installEventFilter(watcher)
    QTimer.singleShot(int(GIVE_UP_S * 1000), give_up)


def _finish(figures: dict[str, Any]) -> None:
    print(json.dumps(figures), flush=True)
    sys.stdout.flush()
    # Leave at once: tearing widgets and the database down is not part of starting.
    os._exit(0)
