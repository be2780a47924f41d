"""Percentiles of timings, and the JSON line every measuring program prints last."""

import json
import statistics
import sys
from collections.abc import Sequence
from typing import Any


def p50(samples: Sequence[float]) -> float:
    return statistics.median(samples)


def p95(samples: Sequence[float]) -> float:
    """The 95th percentile (nearest rank); with fewer than 20 samples, the largest."""
    ordered = sorted(samples)
    rank = max(1, -(-95 * len(ordered) // 100))  # ceil(0.95 n)
    return ordered[rank - 1]


def summary_ms(samples_s: Sequence[float]) -> dict[str, float]:
    """p50, p95 and max in milliseconds, from samples in seconds."""
    ms = [sample * 1000 for sample in samples_s]
    return {"p50": p50(ms), "p95": p95(ms), "max": max(ms), "n": len(ms)}


def emit(figures: dict[str, Any]) -> None:
    """The one line a measuring program hands back to `run.py`."""
    print("BENCH " + json.dumps(figures), flush=True)
    sys.stdout.flush()
