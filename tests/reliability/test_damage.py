"""The damage scenario in its short form: one run of each of the five kinds of damage."""

from pathlib import Path

from tests.reliability.scenario_damage import KINDS, run


def test_each_kind_of_damage_is_refused_untouched_and_restored(tmp_path: Path) -> None:
    summary, ok = run(1, tmp_path)
    assert ok, summary
    assert summary.startswith(f"damaged file ({len(KINDS)} kinds): 5 of 5 refused and restored")
    assert ", 0 left changed" in summary
