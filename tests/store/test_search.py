"""The search index follows every write, and a search finds, ranks and marks what it should."""

import shutil
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine

from partnerdesk.domain.changes import Entity
from partnerdesk.domain.enums import Direction
from partnerdesk.domain.models import Commitment, Meeting, Need, Partner, Person
from partnerdesk.domain.search import HIGHLIGHT_END as END
from partnerdesk.domain.search import HIGHLIGHT_START as START
from partnerdesk.domain.search import SearchHit
from partnerdesk.store.database import APPLICATION_ID, inspect_notebook
from partnerdesk.store.migrate import alembic_config
from partnerdesk.store.migrations import HEAD_REVISION
from partnerdesk.store.store import Store

FIXTURE_0001 = Path(__file__).parent / "fixtures" / "notebook-0001.partnerdesk"
MARCH = datetime(2026, 3, 4, 14, 30, tzinfo=UTC)


def found(store: Store, text: str, **options: object) -> list[tuple[Entity, int]]:
    return [(hit.kind, hit.id) for hit in store.search.query(text, **options)]  # type: ignore[arg-type]


@pytest.fixture
def northwind(store: Store) -> Partner:
    return store.partners.add(
        Partner(name="Northwind Bank", summary="A regional bank that hires data analysts.")
    )


def assert_index_sound(store: Store) -> None:
    assert store.search.integrity_problems() == []


# -- the triggers keep the index in step -------------------------------------------------------


def test_a_partner_is_found_then_renamed_trashed_restored_and_purged(
    store: Store, northwind: Partner
) -> None:
    assert found(store, "northwind") == [(Entity.PARTNER, northwind.id)]
    renamed = store.partners.update(Partner(**{**northwind.__dict__, "name": "Southwind Bank"}))
    assert found(store, "northwind") == []
    assert found(store, "southwind") == [(Entity.PARTNER, renamed.id)]
    store.partners.delete(northwind.id)
    assert found(store, "southwind") == []
    assert_index_sound(store)
    store.trash.restore("partner", northwind.id)
    assert found(store, "southwind") == [(Entity.PARTNER, northwind.id)]
    store.partners.delete(northwind.id)
    store.trash.purge("partner", northwind.id)
    assert found(store, "southwind") == []
    assert_index_sound(store)


def test_changing_a_field_that_is_not_indexed_leaves_the_index_alone(
    store: Store, northwind: Partner
) -> None:
    store.partners.update(Partner(**{**northwind.__dict__, "city": "Arlington"}))
    assert found(store, "analysts") == [(Entity.PARTNER, northwind.id)]
    assert_index_sound(store)


def test_meeting_notes_saved_by_autosave_are_found_at_once(
    store: Store, northwind: Partner
) -> None:
    meeting = store.meetings.add(Meeting(partner_id=northwind.id, starts_at=MARCH, title="Visit"))
    assert found(store, "internship") == []
    store.meetings.save_notes(meeting.id, "They want an internship scheme for José's team.")
    assert found(store, "internship") == [(Entity.MEETING, meeting.id)]
    store.meetings.save_notes(meeting.id, "Nothing about it any more.")
    assert found(store, "internship") == []
    assert_index_sound(store)


def test_each_kind_is_indexed_and_trash_and_restore_follow(
    store: Store, northwind: Partner
) -> None:
    person = store.people.add(
        Person(
            full_name="Renee Okafor",
            title="Head of Talent",
            email="renee@northwind.example",
            role="champion",
            notes="Prefers campus visits",
            partner_id=northwind.id,
        )
    )
    commitment = store.commitments.add(
        Commitment(
            partner_id=northwind.id, direction=Direction.OURS, description="Send the brochure"
        )
    )
    need = store.needs.add(Need(partner_id=northwind.id, description="Cybersecurity talent"))
    for text, kind, record_id in [
        ("renee", Entity.PERSON, person.id),
        ("head of talent", Entity.PERSON, person.id),
        ("northwind.example", Entity.PERSON, person.id),
        ("champion", Entity.PERSON, person.id),
        ("campus", Entity.PERSON, person.id),
        ("brochure", Entity.COMMITMENT, commitment.id),
        ("cybersecurity", Entity.NEED, need.id),
    ]:
        assert found(store, text) == [(kind, record_id)], text
    for kind, record_id, word in [
        ("person", person.id, "renee"),
        ("commitment", commitment.id, "brochure"),
        ("need", need.id, "cybersecurity"),
    ]:
        store.trash.move_to_trash(kind, record_id)
        assert found(store, word) == []
        store.trash.restore(kind, record_id)
        assert len(found(store, word)) == 1
    assert_index_sound(store)


@pytest.mark.parametrize("ranked", [True, False])
def test_a_partner_in_the_trash_takes_its_records_out_of_search(
    store: Store, northwind: Partner, ranked: bool
) -> None:
    meeting = store.meetings.add(
        Meeting(partner_id=northwind.id, starts_at=MARCH, notes="capstone project")
    )
    other = store.partners.add(Partner(name="Contoso"))
    other_meeting = store.meetings.add(
        Meeting(partner_id=other.id, starts_at=MARCH, notes="capstone showcase")
    )
    store.partners.delete(northwind.id)
    assert found(store, "capstone", ranked=ranked) == [(Entity.MEETING, other_meeting.id)]
    store.trash.restore("partner", northwind.id)
    assert sorted(found(store, "capstone", ranked=ranked)) == sorted(
        [(Entity.MEETING, meeting.id), (Entity.MEETING, other_meeting.id)]
    )
    store.partners.delete(northwind.id)
    store.trash.purge("partner", northwind.id)  # its meeting goes with it, by cascade
    assert found(store, "capstone", ranked=ranked) == [(Entity.MEETING, other_meeting.id)]
    assert_index_sound(store)


@pytest.mark.parametrize("ranked", [True, False])
def test_newer_records_of_a_partner_in_the_trash_leave_the_share_to_older_ones(
    store: Store, northwind: Partner, ranked: bool
) -> None:
    other = store.partners.add(Partner(name="Contoso"))
    older = store.meetings.add(Meeting(partner_id=other.id, starts_at=MARCH, notes="capstone"))
    for _ in range(3):
        store.meetings.add(Meeting(partner_id=northwind.id, starts_at=MARCH, notes="capstone"))
    store.partners.delete(northwind.id)
    assert found(store, "capstone", limit=1, ranked=ranked) == [(Entity.MEETING, older.id)]


@pytest.mark.parametrize("ranked", [True, False])
def test_our_own_people_have_no_partner_to_open_and_are_left_out(
    store: Store, northwind: Partner, ranked: bool
) -> None:
    ours = store.people.add(Person(full_name="Maria Lopez", title="Dean"))
    assert found(store, "maria", ranked=ranked) == []
    theirs = store.people.update(Person(**{**ours.__dict__, "partner_id": northwind.id}))
    assert found(store, "maria", ranked=ranked) == [(Entity.PERSON, theirs.id)]
    store.people.update(Person(**{**theirs.__dict__, "partner_id": None}))
    assert found(store, "maria", ranked=ranked) == []
    assert_index_sound(store)


# -- what a search returns --------------------------------------------------------------------


def test_hits_carry_partner_title_date_and_marked_words(store: Store, northwind: Partner) -> None:
    meeting = store.meetings.add(
        Meeting(
            partner_id=northwind.id,
            starts_at=MARCH,
            title="Internship kick-off",
            notes="Long talk. " * 30 + "They need an internship calendar by May. " + "More. " * 30,
        )
    )
    [hit] = store.search.query("internship cal")
    assert hit == SearchHit(
        kind=Entity.MEETING,
        id=meeting.id,
        partner_id=northwind.id,
        partner_name="Northwind Bank",
        title=f"{START}Internship{END} kick-off",
        snippet=hit.snippet,
        date=MARCH.astimezone().date(),
        rank=hit.rank,
    )
    assert f"an {START}internship{END} {START}calendar{END} by" in hit.snippet
    assert hit.snippet.startswith("…")
    assert hit.snippet.endswith("…")
    assert len(hit.plain_snippet) < 120
    assert hit.rank < 0


def test_markup_in_user_text_comes_back_as_the_same_text(store: Store) -> None:
    hostile = '<b>Acme</b><a href="x">y</a>'
    partner = store.partners.add(Partner(name=hostile, summary=f"About {hostile} again"))
    [hit] = store.search.query("acme")
    assert hit.partner_name == hostile
    assert hit.plain_title == hostile
    assert hit.title == f'<b>{START}Acme{END}</b><a href="x">y</a>'
    assert hit.id == partner.id


def test_diacritics_and_case_do_not_matter(store: Store) -> None:
    partner = store.partners.add(Partner(name="José Martínez Consulting"))
    assert found(store, "jose martinez") == [(Entity.PARTNER, partner.id)]
    assert found(store, "JOSÉ") == [(Entity.PARTNER, partner.id)]


@pytest.mark.parametrize(
    "typed",
    ['"', "AND", "NEAR(", "*", "don't", "Q3-review", "body:secret", "!", "   ", "שלום", "😀",
     "x" * 10_240, "(a OR b) NOT c", "title:bank^", "\x00", "-bank"],
)  # fmt: skip
def test_hostile_text_never_raises(store: Store, northwind: Partner, typed: str) -> None:
    assert isinstance(store.search.query(typed), list)


def test_groups_follow_the_kind_order_and_the_limit_is_shared(
    store: Store, northwind: Partner
) -> None:
    for number in range(6):
        store.meetings.add(
            Meeting(partner_id=northwind.id, starts_at=MARCH, title=f"Bank meeting {number}")
        )
        store.commitments.add(
            Commitment(
                partner_id=northwind.id, direction=Direction.OURS, description=f"Bank memo {number}"
            )
        )
    hits = store.search.query("bank", limit=5)
    assert [hit.kind for hit in hits] == [
        Entity.PARTNER,
        Entity.MEETING,
        Entity.MEETING,
        Entity.COMMITMENT,
        Entity.COMMITMENT,
    ]
    assert len(store.search.query("bank")) == 13
    only = store.search.query("bank", kinds=["commitment"], limit=4)
    assert [hit.kind for hit in only] == [Entity.COMMITMENT] * 4
    assert store.search.query("bank", limit=0) == []
    with pytest.raises(ValueError, match="offer"):
        store.search.query("bank", kinds=["offer"])


def test_better_matches_rank_first_within_a_kind(store: Store, northwind: Partner) -> None:
    in_notes = store.meetings.add(
        Meeting(partner_id=northwind.id, starts_at=MARCH, notes="We spoke of robotics once.")
    )
    in_title = store.meetings.add(
        Meeting(partner_id=northwind.id, starts_at=MARCH, title="Robotics lab tour")
    )
    assert found(store, "robotics") == [
        (Entity.MEETING, in_title.id),
        (Entity.MEETING, in_notes.id),
    ]


def test_unranked_the_newest_come_first_and_the_same_records_are_found(
    store: Store, northwind: Partner
) -> None:
    in_title = store.meetings.add(
        Meeting(partner_id=northwind.id, starts_at=MARCH, title="Robotics lab tour")
    )
    in_notes = store.meetings.add(
        Meeting(partner_id=northwind.id, starts_at=MARCH, notes="We spoke of robotics once.")
    )
    ranked = store.search.query("robot")
    quick = store.search.query("robot", ranked=False)
    assert [hit.id for hit in ranked] == [in_title.id, in_notes.id]
    assert [hit.id for hit in quick] == [in_notes.id, in_title.id]
    assert {(hit.id, hit.title, hit.snippet) for hit in quick} == {
        (hit.id, hit.title, hit.snippet) for hit in ranked
    }


@pytest.mark.parametrize("ranked", [True, False])
def test_dates_narrow_meetings_and_commitments_only(
    store: Store, northwind: Partner, ranked: bool
) -> None:
    early = store.meetings.add(
        Meeting(partner_id=northwind.id, starts_at=datetime(2026, 1, 10, 12, tzinfo=UTC),
                title="Bank visit")
    )  # fmt: skip
    late = store.meetings.add(
        Meeting(partner_id=northwind.id, starts_at=datetime(2026, 6, 10, 12, tzinfo=UTC),
                title="Bank visit")
    )  # fmt: skip
    due = store.commitments.add(
        Commitment(partner_id=northwind.id, direction=Direction.THEIRS,
                   description="Bank letter", due_on=date(2026, 6, 30))
    )  # fmt: skip
    store.commitments.add(
        Commitment(partner_id=northwind.id, direction=Direction.THEIRS,
                   description="Bank letter without a date")
    )  # fmt: skip
    hits = found(store, "bank", ranked=ranked, since=date(2026, 6, 1), until=date(2026, 6, 30))
    assert hits == [
        (Entity.PARTNER, northwind.id),
        (Entity.MEETING, late.id),
        (Entity.COMMITMENT, due.id),
    ]
    assert (Entity.MEETING, early.id) in found(
        store, "bank", ranked=ranked, until=date(2026, 1, 10)
    )
    assert (Entity.MEETING, late.id) not in found(
        store, "bank", ranked=ranked, until=date(2026, 1, 10)
    )


def test_raw_match_counts_what_the_index_alone_finds(store: Store, northwind: Partner) -> None:
    store.meetings.add(Meeting(partner_id=northwind.id, starts_at=MARCH, notes="bank holiday"))
    assert store.search.raw_match('"bank"*') == 2
    assert store.search.raw_match('"bank"*', limit=1) == 2  # one per kind
    assert store.search.raw_match('"nothing"') == 0


# -- rebuilding and checking -------------------------------------------------------------------


def test_a_damaged_index_is_reported_and_rebuilt(store: Store, northwind: Partner) -> None:
    with store.database.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO search_partners (search_partners) VALUES ('delete-all')"
        )
    assert found(store, "northwind") == []
    [problem] = store.search.integrity_problems()
    assert "partners" in problem
    steps: list[tuple[int, int]] = []
    assert store.search.rebuild(lambda done, total: steps.append((done, total))) is True
    assert steps == [(1, 5), (2, 5), (3, 5), (4, 5), (5, 5)]
    assert found(store, "northwind") == [(Entity.PARTNER, northwind.id)]
    assert_index_sound(store)


def test_a_rebuild_stopped_by_its_progress_changes_nothing(
    store: Store, northwind: Partner
) -> None:
    with store.database.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO search_partners (search_partners) VALUES ('delete-all')"
        )
    assert store.search.rebuild(lambda done, _total: done < 2) is False
    assert found(store, "northwind") == []


# -- bulk loads and migrations -----------------------------------------------------------------


def test_a_bulk_load_is_indexed_and_the_triggers_are_back_afterwards(store: Store) -> None:
    stamp = datetime(2026, 1, 1, tzinfo=UTC)
    store.bulk_load(
        [
            ("partners", [{"id": 7, "name": "Bulk Partner", "kind": "company", "stage": "active"}]),
            (
                "meetings",
                [
                    {"partner_id": 7, "starts_at": stamp, "mode": "video", "notes": "quantum",
                     "deleted_at": None},
                    {"partner_id": 7, "starts_at": stamp, "mode": "video", "notes": "quantum",
                     "deleted_at": stamp},
                ],
            ),
        ]
    )  # fmt: skip
    assert [kind for kind, _id in found(store, "quantum")] == [Entity.MEETING]
    assert found(store, "bulk") == [(Entity.PARTNER, 7)]
    assert_index_sound(store)
    store.partners.add(Partner(name="Added Later"))
    assert len(found(store, "added later")) == 1


def test_a_failed_bulk_load_leaves_index_and_triggers_as_they_were(store: Store) -> None:
    with pytest.raises(KeyError):
        store.bulk_load([("partners", [{"name": "Ghost", "kind": "company", "stage": "active"}]),
                         ("no_such_table", [{"x": 1}])])  # fmt: skip
    assert found(store, "ghost") == []
    store.partners.add(Partner(name="Ghost Two"))
    assert len(found(store, "ghost")) == 1
    assert_index_sound(store)


def test_the_first_revision_notebook_is_indexed_when_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.partnerdesk"
    shutil.copyfile(FIXTURE_0001, path)
    store = Store.open(path, tmp_path / "backups")
    try:
        assert [hit.partner_name for hit in store.search.query("northwind")] == ["Northwind Bank"]
        assert [hit.plain_title for hit in store.search.query("internship cal")] == [
            "Send the internship calendar"
        ]
        assert [hit.kind for hit in store.search.query("analysts")] == [Entity.MEETING]
        assert_index_sound(store)
    finally:
        store.close()


def test_a_notebook_of_revision_0004_is_upgraded_with_its_rows_indexed(tmp_path: Path) -> None:
    path = tmp_path / "0004.partnerdesk"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0004")
    engine.dispose()
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA application_id={APPLICATION_ID}")
    stamp = "2026-03-01 09:00:00.000000"
    raw.execute(
        "INSERT INTO partners (id, uuid, name, kind, stage, sector, website, address, city,"
        " country, summary, offer_text, created_at, updated_at, deleted_at) VALUES"
        " (1, 'p1', 'Fabrikam', 'company', 'active', '', '', '', '', '', 'Solar panels', '',"
        " ?, ?, NULL), (2, 'p2', 'Fabrikam Trash', 'company', 'active', '', '', '', '', '',"
        " '', '', ?, ?, ?)",
        (stamp, stamp, stamp, stamp, stamp),
    )
    raw.commit()
    raw.close()
    assert inspect_notebook(path).revision == "0004"
    store = Store.open(path, tmp_path / "backups")
    try:
        assert inspect_notebook(path).revision == HEAD_REVISION
        assert found(store, "fabrikam") == [(Entity.PARTNER, 1)]
        assert found(store, "solar") == [(Entity.PARTNER, 1)]
        store.trash.restore("partner", 2)
        assert sorted(found(store, "fabrikam")) == [(Entity.PARTNER, 1), (Entity.PARTNER, 2)]
        assert_index_sound(store)
    finally:
        store.close()
