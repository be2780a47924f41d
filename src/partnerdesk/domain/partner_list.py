"""What the partner list asks for and shows: its query, its rows, and where a page ends."""

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from partnerdesk.domain.enums import PartnerKind, PartnerStage

# A page fills the tallest partner list on any screen; a smaller one makes the first page,
# which the window waits for, quicker to read.
PAGE_SIZE = 100
# More words than this in the filter are ignored: each word is one more scan condition.
MAX_FILTER_WORDS = 8

# SQLite's NOCASE collation folds A-Z only; ordering by name in Python must do the same.
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


class PartnerSort(StrEnum):
    """The columns the list can be sorted by."""

    NAME = "name"
    STAGE = "stage"
    LAST_CONTACT = "last_contact"
    OPEN_COMMITMENTS = "open_commitments"
    OVERDUE = "overdue"


# Stages sort along the ladder a partnership climbs, not alphabetically.
STAGE_ORDER: tuple[PartnerStage, ...] = tuple(PartnerStage)


def stage_rank(stage: PartnerStage) -> int:
    return STAGE_ORDER.index(stage)


def name_order(name: str) -> str:
    """A name as the list orders it: case-insensitive for A-Z, by code point otherwise."""
    return name.translate(_ASCII_LOWER)


@dataclass(frozen=True, kw_only=True)
class PartnerListRow:
    """One partner as the list shows it.

    `last_contact` is the local date of the latest meeting (any mode) on or before today;
    `last_contact_at` is that meeting's exact start in UTC, which is what the list sorts by.
    `overdue` counts the open commitments, ours and theirs, whose due date has passed.
    """

    id: int
    name: str
    kind: PartnerKind
    stage: PartnerStage
    last_contact: date | None = None
    open_commitments: int = 0
    overdue: int = 0
    last_contact_at: datetime | None = None


@dataclass(frozen=True)
class PartnerListKey:
    """Where a row sits in the list's order: the sorted value, then the name, then the id.

    `value` is None when sorting by name, and for a partner never met when sorting by
    last contact (such partners come first in ascending order).
    """

    value: int | datetime | None
    name: str
    id: int


@dataclass(frozen=True, kw_only=True)
class PartnerListQuery:
    """Which partners the list shows and in what order.

    `text` matches, word by word, any part of the name, city or sector (case-insensitive);
    each word must match. Ties in the sorted column are broken by name, then by id, so
    the order is total and keyset paging never skips or repeats a partner.
    """

    text: str = ""
    stage: PartnerStage | None = None
    kind: PartnerKind | None = None
    tag: str | None = None
    sort: PartnerSort = PartnerSort.NAME
    descending: bool = False

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(self.text.split()[:MAX_FILTER_WORDS])

    @property
    def is_filtered(self) -> bool:
        return bool(self.words) or any(
            value is not None for value in (self.stage, self.kind, self.tag)
        )

    def without_filters(self) -> "PartnerListQuery":
        """The same order over every partner."""
        return dataclasses.replace(self, text="", stage=None, kind=None, tag=None)

    def key_of(self, row: PartnerListRow) -> PartnerListKey:
        value: int | datetime | None
        match self.sort:
            case PartnerSort.NAME:
                value = None
            case PartnerSort.STAGE:
                value = stage_rank(row.stage)
            case PartnerSort.LAST_CONTACT:
                value = row.last_contact_at
            case PartnerSort.OPEN_COMMITMENTS:
                value = row.open_commitments
            case PartnerSort.OVERDUE:
                value = row.overdue
        return PartnerListKey(value, row.name, row.id)

    def comes_before(self, first: PartnerListKey, second: PartnerListKey) -> bool:
        """True if `first` is listed before `second` in this query's order."""
        for (a, descending), (b, _) in zip(self._terms(first), self._terms(second), strict=True):
            if a != b:
                return bool(a > b) if descending else bool(a < b)
        return False

    def _terms(self, key: PartnerListKey) -> tuple[tuple[Any, bool], ...]:
        name = name_order(key.name)
        if self.sort is PartnerSort.NAME:
            return ((name, self.descending), (key.id, self.descending))
        # "Never met" sorts before every date, as it does in SQL.
        value = (0, 0) if key.value is None else (1, key.value)
        return ((value, self.descending), (name, False), (key.id, False))
