"""Scenarios that need mounts of their own (a small disk to fill, a read-only file) run
inside a private mount namespace, so that nothing they mount outlives them or shows
elsewhere: `unshare --mount` as root, else `unshare --user --map-root-user --mount`.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
INSIDE = "inside a private mount namespace"


def run_inside(module: str, count: int, workdir: Path, timeout: float) -> tuple[str, bool] | str:
    """Runs `module.inside(count, workdir)` in a private mount namespace.

    Returns its (summary, ok), or a string saying why no namespace could be had.
    """
    unshare = shutil.which("unshare")
    if unshare is None:
        return "there is no unshare command"
    attempts = [[unshare, "--user", "--map-root-user", "--mount", "--propagation", "private"]]
    if os.geteuid() == 0:
        attempts.insert(0, [unshare, "--mount", "--propagation", "private"])
    code = (
        f"import sys, pathlib; sys.path.insert(0, {str(ROOT)!r}); "
        f"from {module} import inside; inside({count}, pathlib.Path({str(workdir)!r}))"
    )
    reasons = []
    for prefix in attempts:
        result = subprocess.run(
            [*prefix, sys.executable, "-c", code],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        lines = result.stdout.splitlines()
        if lines and lines[0] == INSIDE:
            try:
                summary, ok = json.loads(lines[-1])
            except ValueError:
                tail = result.stderr.strip().splitlines()[-1:] or ["no output"]
                return f"the scenario broke inside its namespace: {tail[0]}", False
            return str(summary), bool(ok)
        reasons.append(" ".join(result.stderr.split())[:160] or f"exit {result.returncode}")
    return "; ".join(reasons)


def announce_inside() -> None:
    print(INSIDE, flush=True)


def report(summary: str, ok: bool) -> None:
    print(json.dumps([summary, ok]), flush=True)


def mount(*arguments: str) -> None:
    subprocess.run(["mount", *arguments], check=True, capture_output=True)


def mount_tmpfs(folder: Path, size_bytes: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    mount("-t", "tmpfs", "-o", f"size={size_bytes},mode=0700", "tmpfs", str(folder))


def bind_read_only(path: Path) -> None:
    """Makes one file (or folder) read-only in place, for root too, as a read-only disk is."""
    mount("--bind", str(path), str(path))
    mount("-o", "remount,bind,ro", str(path))


def make_writable_again(path: Path) -> None:
    mount("-o", "remount,bind,rw", str(path))


def make_read_only_again(path: Path) -> None:
    mount("-o", "remount,bind,ro", str(path))
