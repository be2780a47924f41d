"""The partner list's queries: filters, sorts, keyset paging and the aggregate columns."""

import dataclasses
import itertools
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from partnerdesk.domain.enums import (
    CommitmentStatus,
    Direction,
    MeetingMode,
    PartnerKind,
    PartnerStage,
)
from partnerdesk.domain.models import Commitment, Meeting, Partner
from partnerdesk.domain.partner_list import (
    STAGE_ORDER,
    PartnerListQuery,
    PartnerListRow,
    PartnerSort,
)
from partnerdesk.store.store import Store
from tests.conftest import TODAY

# Meetings starting before this instant (the end of TODAY, local time) are in the past.
CUTOFF = datetime.combine(TODAY + timedelta(days=1), time()).astimezone(UTC)
ALL_QUERIES = [
    PartnerListQuery(sort=sort, descending=descending)
    for sort in PartnerSort
    for descending in (False, True)
]


def add_partner(store: Store, name: str, **fields: Any) -> Partner:
    return store.partners.add(Partner(name=name, **fields))


def meet(store: Store, partner: Partner, starts_at: datetime) -> Meeting:
    return store.meetings.add(
        Meeting(partner_id=partner.id, starts_at=starts_at, mode=MeetingMode.VIDEO)
    )


def promise(
    store: Store,
    partner: Partner,
    due_on: date | None,
    status: CommitmentStatus = CommitmentStatus.OPEN,
    direction: Direction = Direction.OURS,
) -> Commitment:
    done_on = due_on if status is CommitmentStatus.DONE else None
    return store.commitments.add(
        Commitment(
            partner_id=partner.id,
            direction=direction,
            description="Send the proposal",
            due_on=due_on,
            status=status,
            done_on=done_on,
        )
    )


def names(rows: list[PartnerListRow]) -> list[str]:
    return [row.name for row in rows]


def every_page(store: Store, query: PartnerListQuery, limit: int) -> list[PartnerListRow]:
    """All rows of the query, read page after page through the keyset."""
    rows: list[PartnerListRow] = []
    while True:
        page = store.partner_list.page(query, rows[-1] if rows else None, limit)
        assert len(page) <= limit
        rows.extend(page)
        if len(page) < limit:
            return rows


# -- filters ------------------------------------------------------------------------------


def test_text_matches_name_city_and_sector_in_any_case(store: Store) -> None:
    add_partner(store, "Northwind Bank", city="Arlington", sector="Banking")
    add_partner(store, "Contoso Labs", city="Lyon", sector="Biotech")
    add_partner(store, "Fabrikam", city="Northampton", sector="Retail")
    page = store.partner_list.page

    assert names(page(PartnerListQuery(text="NORTH"))) == ["Fabrikam", "Northwind Bank"]
    assert names(page(PartnerListQuery(text="lyon"))) == ["Contoso Labs"]
    assert names(page(PartnerListQuery(text="biotech"))) == ["Contoso Labs"]
    # Every word must match, each anywhere.
    assert names(page(PartnerListQuery(text="  bank   arlington "))) == ["Northwind Bank"]
    assert names(page(PartnerListQuery(text="bank lyon"))) == []
    assert store.partner_list.count(PartnerListQuery(text="north")) == 2


def test_like_wildcards_in_the_filter_are_literal(store: Store) -> None:
    for name in ("100% Pure", "1000 Pure", "A_B Partners", "AxB Partners", "Back\\slash", "Back"):
        add_partner(store, name)
    page = store.partner_list.page

    assert names(page(PartnerListQuery(text="%"))) == ["100% Pure"]
    assert names(page(PartnerListQuery(text="0%"))) == ["100% Pure"]
    assert names(page(PartnerListQuery(text="_"))) == ["A_B Partners"]
    assert names(page(PartnerListQuery(text="a_b"))) == ["A_B Partners"]
    assert names(page(PartnerListQuery(text="\\"))) == ["Back\\slash"]
    assert names(page(PartnerListQuery(text="\\s"))) == ["Back\\slash"]
    assert store.partner_list.count(PartnerListQuery(text="%")) == 1


def test_filters_by_stage_kind_and_tag(store: Store) -> None:
    add_partner(store, "Alpha", stage=PartnerStage.ACTIVE, kind=PartnerKind.COMPANY, tags=("ai",))
    add_partner(store, "Beta", stage=PartnerStage.ACTIVE, kind=PartnerKind.UNIVERSITY)
    add_partner(
        store, "Gamma", stage=PartnerStage.PROSPECT, kind=PartnerKind.COMPANY, tags=("ai", "x")
    )
    page = store.partner_list.page

    assert names(page(PartnerListQuery(stage=PartnerStage.ACTIVE))) == ["Alpha", "Beta"]
    assert names(page(PartnerListQuery(kind=PartnerKind.COMPANY))) == ["Alpha", "Gamma"]
    assert names(page(PartnerListQuery(tag="ai"))) == ["Alpha", "Gamma"]
    assert names(page(PartnerListQuery(tag="x"))) == ["Gamma"]
    assert names(page(PartnerListQuery(tag="AI"))) == []
    assert names(page(PartnerListQuery(tag="nobody"))) == []
    both = PartnerListQuery(stage=PartnerStage.ACTIVE, kind=PartnerKind.COMPANY, tag="ai")
    assert names(page(both)) == ["Alpha"]
    assert store.partner_list.count(PartnerListQuery(kind=PartnerKind.COMPANY)) == 2


def test_deleted_partners_never_appear(store: Store) -> None:
    kept = add_partner(store, "Kept")
    gone = add_partner(store, "Gone", tags=("t",))
    promise(store, gone, TODAY - timedelta(days=3))
    store.partners.delete(gone.id)

    for query in [*ALL_QUERIES, PartnerListQuery(text="gone"), PartnerListQuery(tag="t")]:
        assert [row.id for row in store.partner_list.page(query)] == (
            [] if query.is_filtered else [kept.id]
        )
    assert store.partner_list.count(PartnerListQuery()) == 1
    assert store.partner_list.row(gone.id) is None
    assert store.partner_list.position(PartnerListQuery(), gone.id) is None
    assert store.partner_list.rows([gone.id, kept.id]).keys() == {kept.id}


# -- aggregates ---------------------------------------------------------------------------


def test_last_contact_is_the_latest_meeting_up_to_today(store: Store) -> None:
    partner = add_partner(store, "Acme")
    never = add_partner(store, "Never Met")
    meet(store, partner, datetime(2026, 3, 1, 9, tzinfo=UTC))
    latest = meet(store, partner, datetime(2026, 10, 5, 15, tzinfo=UTC))
    meet(store, partner, datetime.combine(TODAY + timedelta(days=1), time(10)).astimezone(UTC))
    meet(store, partner, datetime(2027, 1, 10, 9, tzinfo=UTC))
    trashed = meet(store, partner, datetime(2026, 11, 1, 9, tzinfo=UTC))
    store.meetings.delete(trashed.id)

    row = store.partner_list.row(partner.id)
    assert row is not None
    assert row.last_contact_at == latest.starts_at
    assert row.last_contact == latest.starts_at.astimezone().date()
    assert store.partner_list.row(never.id) == PartnerListRow(
        id=never.id, name="Never Met", kind=never.kind, stage=never.stage
    )

    earlier_today = datetime.combine(TODAY, time(8)).astimezone(UTC)
    meet(store, partner, earlier_today)
    row = store.partner_list.row(partner.id)
    assert row is not None
    assert row.last_contact == TODAY


def test_open_and_overdue_count_both_directions(store: Store) -> None:
    partner = add_partner(store, "Acme")
    promise(store, partner, TODAY - timedelta(days=10))  # overdue
    promise(store, partner, TODAY - timedelta(days=1), direction=Direction.THEIRS)  # overdue
    promise(store, partner, TODAY)  # due today: open, not overdue
    promise(store, partner, TODAY + timedelta(days=5), direction=Direction.THEIRS)
    promise(store, partner, None)  # no date: open, never overdue
    promise(store, partner, TODAY - timedelta(days=20), CommitmentStatus.DONE)
    promise(store, partner, TODAY - timedelta(days=20), CommitmentStatus.DROPPED)
    trashed = promise(store, partner, TODAY - timedelta(days=30))
    store.commitments.delete(trashed.id)
    other = add_partner(store, "Other")
    promise(store, other, TODAY - timedelta(days=2))

    row = store.partner_list.row(partner.id)
    assert row is not None
    assert (row.open_commitments, row.overdue) == (5, 2)
    other_row = store.partner_list.row(other.id)
    assert other_row is not None
    assert (other_row.open_commitments, other_row.overdue) == (1, 1)


# -- sorting and paging -------------------------------------------------------------------


@pytest.fixture
def ladder(store: Store) -> dict[str, Partner]:
    """Four partners whose every column sorts differently."""
    a = add_partner(store, "alpha", stage=PartnerStage.ENDED)
    b = add_partner(store, "Bravo", stage=PartnerStage.PROSPECT)
    c = add_partner(store, "charlie", stage=PartnerStage.STRATEGIC)
    d = add_partner(store, "Delta", stage=PartnerStage.EXPLORING)
    meet(store, a, datetime(2026, 5, 1, tzinfo=UTC))
    meet(store, c, datetime(2026, 1, 1, tzinfo=UTC))
    meet(store, d, datetime(2026, 9, 1, tzinfo=UTC))
    for partner, open_count, overdue in ((a, 1, 1), (b, 3, 0), (c, 0, 0), (d, 4, 2)):
        for number in range(open_count):
            due = TODAY - timedelta(days=1) if number < overdue else TODAY + timedelta(days=9)
            promise(store, partner, due)
    return {"a": a, "b": b, "c": c, "d": d}


@pytest.mark.parametrize(
    ("sort", "ascending"),
    [
        (PartnerSort.NAME, ["alpha", "Bravo", "charlie", "Delta"]),
        (PartnerSort.STAGE, ["Bravo", "Delta", "charlie", "alpha"]),
        (PartnerSort.LAST_CONTACT, ["Bravo", "charlie", "alpha", "Delta"]),
        (PartnerSort.OPEN_COMMITMENTS, ["charlie", "alpha", "Bravo", "Delta"]),
        (PartnerSort.OVERDUE, ["Bravo", "charlie", "alpha", "Delta"]),
    ],
)
def test_each_column_sorts_both_ways(
    store: Store, ladder: dict[str, Partner], sort: PartnerSort, ascending: list[str]
) -> None:
    assert names(store.partner_list.page(PartnerListQuery(sort=sort))) == ascending
    descending = store.partner_list.page(PartnerListQuery(sort=sort, descending=True))
    if sort is PartnerSort.OVERDUE:
        # Bravo and charlie tie on 0 overdue: ties stay in name order either way.
        assert names(descending) == ["Delta", "alpha", "Bravo", "charlie"]
    else:
        assert names(descending) == ascending[::-1]


@pytest.mark.parametrize("query", ALL_QUERIES, ids=lambda q: f"{q.sort}-{q.descending}")
def test_keyset_pages_return_every_partner_once_with_ties(
    store: Store, query: PartnerListQuery
) -> None:
    # Equal names (in any case), stages, dates and counts: only the id breaks the ties.
    created = []
    for number in range(11):
        name = ["Same", "SAME", "same", "Other"][number % 4]
        partner = add_partner(store, name, stage=PartnerStage.ACTIVE)
        if number % 3:
            meet(store, partner, datetime(2026, 6, 1, 12, tzinfo=UTC))
            promise(store, partner, TODAY - timedelta(days=1))
        created.append(partner.id)

    whole = store.partner_list.page(query, limit=100)
    assert sorted(row.id for row in whole) == sorted(created)
    for limit in (1, 2, 3):
        assert [row.id for row in every_page(store, query, limit)] == [row.id for row in whole]
    for position, row in enumerate(whole):
        assert store.partner_list.position(query, row.id) == position
        if position:
            previous = query.key_of(whole[position - 1])
            assert query.comes_before(previous, query.key_of(row))
            assert not query.comes_before(query.key_of(row), previous)


def test_page_accepts_a_key_as_well_as_a_row(store: Store, ladder: dict[str, Partner]) -> None:
    query = PartnerListQuery(sort=PartnerSort.OPEN_COMMITMENTS, descending=True)
    first = store.partner_list.page(query, limit=2)
    by_row = store.partner_list.page(query, first[-1])
    by_key = store.partner_list.page(query, query.key_of(first[-1]))
    assert by_row == by_key
    assert names(by_row) == ["alpha", "charlie"]


def test_position_and_rows_respect_the_filters(store: Store, ladder: dict[str, Partner]) -> None:
    query = PartnerListQuery(text="A", sort=PartnerSort.STAGE)  # every name has an "a"
    assert store.partner_list.position(query, ladder["a"].id) == 3
    hidden = PartnerListQuery(stage=PartnerStage.PROSPECT)
    assert store.partner_list.position(hidden, ladder["a"].id) is None
    assert store.partner_list.position(hidden, ladder["b"].id) == 0
    assert store.partner_list.rows([ladder["a"].id, ladder["b"].id], matching=hidden).keys() == {
        ladder["b"].id
    }
    assert store.partner_list.position(PartnerListQuery(), 999_999) is None


# -- the property: pages concatenated are the whole sorted, filtered list ------------------


@dataclass
class GeneratedPartner:
    name: str
    city: str
    stage: PartnerStage
    kind: PartnerKind
    tags: frozenset[str]
    deleted: bool
    meetings: list[tuple[datetime, bool]] = field(default_factory=list)  # (starts, deleted)
    commitments: list[tuple[date | None, CommitmentStatus, bool]] = field(default_factory=list)


ALPHABET = "aAbB %_\\é"
MEETING_TIMES = st.sampled_from(
    [
        datetime(2026, 1, 5, 10, tzinfo=UTC),
        datetime(2026, 6, 1, 10, tzinfo=UTC),
        CUTOFF - timedelta(minutes=1),
        CUTOFF,
        datetime(2027, 2, 1, 10, tzinfo=UTC),
    ]
)
DUE_DATES = st.sampled_from([None, TODAY - timedelta(days=4), TODAY, TODAY + timedelta(days=3)])

partners_strategy = st.lists(
    st.builds(
        GeneratedPartner,
        # A few names often, so that ties (in any case) are common.
        name=st.sampled_from(["a", "A", "a b", "B", "b%", "_", "é", "É"])
        | st.text(ALPHABET, min_size=1, max_size=4).filter(lambda text: text.strip() != ""),
        city=st.sampled_from(["", "Lyon", "a%b"]),
        stage=st.sampled_from([PartnerStage.PROSPECT, PartnerStage.ACTIVE, PartnerStage.ENDED]),
        kind=st.sampled_from([PartnerKind.COMPANY, PartnerKind.SCHOOL]),
        tags=st.frozensets(st.sampled_from(["x", "y"])),
        deleted=st.sampled_from([False, False, False, True]),
        meetings=st.lists(st.tuples(MEETING_TIMES, st.booleans()), max_size=3),
        commitments=st.lists(
            st.tuples(DUE_DATES, st.sampled_from(CommitmentStatus), st.booleans()), max_size=3
        ),
    ),
    min_size=1,
    max_size=14,
)
# Mostly few filters, so that the lists are long enough to page through. The test
# tries every sort on each.
queries_strategy = st.builds(
    PartnerListQuery,
    text=st.sampled_from(["", "", "a", "A b"]) | st.text(ALPHABET, max_size=3),
    stage=st.sampled_from([None, None, PartnerStage.ACTIVE, PartnerStage.PROSPECT]),
    kind=st.sampled_from([None, None, PartnerKind.COMPANY]),
    tag=st.sampled_from([None, None, None, "x", "y", "z"]),
)


def ascii_lower(text: str) -> str:
    """What SQLite's lower() and NOCASE do: fold A-Z, leave every other character alone."""
    return "".join(chr(ord(c) + 32) if "A" <= c <= "Z" else c for c in text)


def expected_rows(partners: list[GeneratedPartner]) -> list[PartnerListRow]:
    rows = []
    for number, partner in enumerate(partners, start=1):
        if partner.deleted:
            continue
        past = [starts for starts, deleted in partner.meetings if not deleted and starts < CUTOFF]
        last_at = max(past, default=None)
        open_dues = [
            due
            for due, status, deleted in partner.commitments
            if status is CommitmentStatus.OPEN and not deleted
        ]
        rows.append(
            PartnerListRow(
                id=number,
                name=partner.name,
                kind=partner.kind,
                stage=partner.stage,
                last_contact=last_at.astimezone().date() if last_at else None,
                open_commitments=len(open_dues),
                overdue=sum(1 for due in open_dues if due is not None and due < TODAY),
                last_contact_at=last_at,
            )
        )
    return rows


def expected_list(
    partners: list[GeneratedPartner], query: PartnerListQuery
) -> list[PartnerListRow]:
    """The list as the user should see it, computed in Python from the generated data."""

    def matches(row: PartnerListRow) -> bool:
        partner = partners[row.id - 1]
        haystacks = [ascii_lower(partner.name), ascii_lower(partner.city)]
        words = query.text.split()
        return (
            all(any(ascii_lower(w) in hay for hay in haystacks) for w in words)
            and query.stage in (None, partner.stage)
            and query.kind in (None, partner.kind)
            and (query.tag is None or query.tag in partner.tags)
        )

    rows = sorted(
        (row for row in expected_rows(partners) if matches(row)),
        key=lambda row: (ascii_lower(row.name), row.id),
    )
    sort_values: dict[PartnerSort, Callable[[PartnerListRow], Any]] = {
        PartnerSort.STAGE: lambda row: STAGE_ORDER.index(row.stage),
        PartnerSort.LAST_CONTACT: lambda row: (
            row.last_contact_at is not None,
            row.last_contact_at or CUTOFF,
        ),
        PartnerSort.OPEN_COMMITMENTS: lambda row: row.open_commitments,
        PartnerSort.OVERDUE: lambda row: row.overdue,
    }
    if query.sort is PartnerSort.NAME:
        return rows[::-1] if query.descending else rows
    # A stable sort keeps ties in name-then-id order, in either direction.
    return sorted(rows, key=sort_values[query.sort], reverse=query.descending)


@pytest.fixture(scope="module")
def scratch_dir() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as directory:
        yield Path(directory)


def build_notebook(directory: Path, partners: list[GeneratedPartner]) -> Store:
    path = Path(tempfile.mkdtemp(dir=directory)) / "notebook.partnerdesk"
    store = Store.open(path, path.parent / "backups", today=lambda: TODAY)
    tags = {"x": 1, "y": 2}
    partner_rows, tag_links, meetings, commitments = [], [], [], []
    for number, partner in enumerate(partners, start=1):
        partner_rows.append(
            {
                "id": number,
                "name": partner.name,
                "kind": partner.kind,
                "stage": partner.stage,
                "city": partner.city,
                "deleted_at": datetime(2026, 1, 1, tzinfo=UTC) if partner.deleted else None,
            }
        )
        tag_links += [{"partner_id": number, "tag_id": tags[tag]} for tag in partner.tags]
        for starts, deleted in partner.meetings:
            meetings.append(
                {
                    "partner_id": number,
                    "starts_at": starts,
                    "mode": MeetingMode.PHONE,
                    "deleted_at": starts if deleted else None,
                }
            )
        for due, status, deleted in partner.commitments:
            commitments.append(
                {
                    "partner_id": number,
                    "direction": Direction.THEIRS if len(commitments) % 2 else Direction.OURS,
                    "description": "promise",
                    "due_on": due,
                    "status": status,
                    "deleted_at": datetime(2026, 1, 1, tzinfo=UTC) if deleted else None,
                }
            )
    store.bulk_load(
        [
            ("partners", partner_rows),
            ("tags", [{"id": tag_id, "name": name} for name, tag_id in tags.items()]),
            ("partner_tags", tag_links),
            ("meetings", meetings),
            ("commitments", commitments),
        ]
    )
    return store


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(partners=partners_strategy, filters=queries_strategy, limit=st.integers(1, 4))
def test_pages_concatenated_equal_the_whole_sorted_filtered_list(
    scratch_dir: Path, partners: list[GeneratedPartner], filters: PartnerListQuery, limit: int
) -> None:
    store = build_notebook(scratch_dir, partners)
    try:
        for sort in PartnerSort:
            for descending in (False, True):
                query = dataclasses.replace(filters, sort=sort, descending=descending)
                rows = every_page(store, query, limit)
                assert rows == expected_list(partners, query), query
                assert store.partner_list.count(query) == len(rows)
                for before, after in itertools.pairwise(rows):
                    assert query.comes_before(query.key_of(before), query.key_of(after))
    finally:
        store.close()
