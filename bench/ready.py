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
    filled: Callable[[], bool],
    settled: Callable[[], bool] = lambda: True,
) -> None:
    """Once `filled()` holds, paints the window, notes the time; once `settled()` holds too
    (the panes that load after the list), notes that, prints one JSON line and exits."""
    from PySide6.QtCore import QTimer

    figures: dict[str, float] = {}

    def check() -> None:
        if "ready_s" not in figures:
            if filled():
                # A synchronous paint: the list is on screen, not only in its model.
                window.repaint()
                figures["ready_s"] = _elapsed()
                figures["ready_cpu_s"] = _cpu_s()
                figures["ready_rss_mib"] = _peak_rss_mib()
            elif _elapsed() > GIVE_UP_S:
                _finish({"error": "the window never filled its list"})
        if "ready_s" in figures and settled():
            window.repaint()
            figures["settled_s"] = _elapsed()
            figures["settled_cpu_s"] = _cpu_s()
            figures["peak_rss_mib"] = _peak_rss_mib()
            _finish(figures)
        QTimer.singleShot(0, check)

    QTimer.singleShot(0, check)


def _finish(figures: dict[str, Any]) -> None:
    print(json.dumps(figures), flush=True)
    sys.stdout.flush()
    # Leave at once: tearing widgets and the database down is not part of starting.
    os._exit(0)
