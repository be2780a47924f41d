"""Hypothesis fuzzing of every store method and form field that takes user text.

Runs `tests/store/test_fuzz_text.py` (every text field of every record, autosaved notes,
tags, members' roles, settings, e-mail templates, look-ups by name, e-mail and filter)
and `tests/ui/dialogs/test_fuzz_dialogs.py` (every field of every form, pasted into)
with many more examples than CI gives them: NUL, right-to-left marks, emoji, lone
surrogates, 100 KB. Each text must be kept exactly (after the documented trimming of
names) or refused with a message; never another exception, never cut short.
"""

import os
import re
import subprocess
import sys
from pathlib import Path

NAME = "hypothesis fuzzing of every form field and store method"
ROOT = Path(__file__).resolve().parents[2]
MODULES = ("tests/store/test_fuzz_text.py", "tests/ui/dialogs/test_fuzz_dialogs.py")


def run(runs: int, workdir: Path) -> tuple[str, bool]:
    examples = max(20, runs // 2)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *MODULES],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            PARTNERDESK_FUZZ_EXAMPLES=str(examples),
            PARTNERDESK_HOME=str(workdir),
        ),
        timeout=3600,
        check=False,
    )
    (workdir / "pytest.log").write_text(result.stdout + result.stderr)  # kept on failure
    tail = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else "no output"
    passed = int(match.group(1)) if (match := re.search(r"(\d+) passed", tail)) else 0
    failed = int(match.group(1)) if (match := re.search(r"(\d+) failed", tail)) else 0
    ok = result.returncode == 0 and passed > 0
    summary = (
        f"{NAME}: {passed} of {passed + failed} properties held over {examples} examples "
        f"each (UI forms {max(5, examples // 2)}): every text kept exactly or refused with "
        f"a message"
    )
    if not ok:
        failures = [line for line in result.stdout.splitlines() if line.startswith("FAILED")]
        summary += f" ({failures[0] if failures else tail})"
    return summary, ok
