"""User text never rendered as rich text: the whole window walked on a notebook of HTML.

Every text field of every kind of record holds `<b>X</b><a href="x">y</a><img src=x>`;
the real main window (offscreen, in its own process) is opened on it and every pane,
tab and dialog a user can reach is visited, each widget, item view, tooltip and text
document looked at (see `tests/ui/hostile_text.py`).
"""

import json
import os
import subprocess
import sys
from pathlib import Path

NAME = "user text never rendered as rich text"
ROOT = Path(__file__).resolve().parents[2]


def run(runs: int, workdir: Path) -> tuple[str, bool]:
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.hostile_text"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", PARTNERDESK_HOME=str(workdir)),
        timeout=300,
        check=False,
    )
    try:
        found = json.loads(result.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        tail = result.stderr.strip().splitlines()[-1:] or ["no output"]
        return f"{NAME}: the walk did not finish: {tail[0]}", False
    problems: list[str] = found["problems"]
    checked: dict[str, int] = found["checked"]
    summary = (
        f"{NAME}: {checked.get('widgets', 0):,} widget looks over every pane and "
        f"{checked.get('dialogs', 0)} dialogs, "
        f"{checked.get('cells showing the text', 0)} list cells, "
        f"{checked.get('labels', 0)} labels, {checked.get('tooltips', 0):,} tooltips, "
        f"{checked.get('text documents', 0)} text documents (notes, briefs): "
        f"{len(problems)} showing it as HTML"
    )
    if problems:
        summary += f" ({problems[0]})"
    return summary, not problems and checked.get("dialogs", 0) > 0
