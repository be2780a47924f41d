"""How much a notebook holds: the counts a backup, a check and an import report."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Counts:
    """How much a notebook holds (not counting the Trash)."""

    partners: int = 0
    people: int = 0
    meetings: int = 0
    commitments: int = 0
    needs: int = 0
    offers: int = 0
    initiatives: int = 0
