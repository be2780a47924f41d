"""The reliability scenarios in their short form, as CI runs them (`make reliability` runs
the long form: `python tests/reliability/run.py --long`).

Each scenario runs the real application in subprocesses and kills, signals, fills or
locks it; here with a few runs each. The fuzzing, the plain-text walk and the upgrade
of every fixture have pytest tests of their own (tests/store/test_fuzz_text.py,
tests/ui/dialogs/test_fuzz_dialogs.py, tests/ui/test_plain_text_everywhere.py,
tests/store/test_upgrade_fixtures.py), so their scenarios only run in the long form.
"""

from pathlib import Path

import pytest

from tests.reliability.run import load, scenario_names

COVERED_BY_THEIR_OWN_TESTS = frozenset({"damage", "fuzz", "plain_text", "upgrade"})
# Runs asked of each scenario in CI; a scenario shares them out as its module says.
CI_RUNS = {"kill_typing": 4, "signals": 3, "close": 2, "full_disk": 2, "migration_kill": 2}
DEFAULT_CI_RUNS = 1


@pytest.mark.slow
@pytest.mark.parametrize(
    "name", [name for name in scenario_names() if name not in COVERED_BY_THEIR_OWN_TESTS]
)
def test_scenario_short_form(name: str, tmp_path: Path) -> None:
    summary, ok = load(name).run(CI_RUNS.get(name, DEFAULT_CI_RUNS), tmp_path)
    assert ok, summary
