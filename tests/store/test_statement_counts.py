"""The reads behind the partner list, the workspace and Today take a few statements, and
as many for a big notebook or a busy partner as for a small one: no query per row."""

from datetime import UTC, datetime
from math import ceil, log

from partnerdesk.domain.agenda import GOING_COLD_SETTING, cold_days_setting
from partnerdesk.domain.partner_list import PartnerListQuery, PartnerSort
from partnerdesk.store.store import Store
from tests.conftest import TODAY
from tests.notebook_growth import busy_partner, more_partners

NOW = datetime(2026, 11, 27, 12, tzinfo=UTC)
LIMIT = 101  # as many as the follow-up list asks for


def statements(store: Store, read: object) -> int:
    assert callable(read)
    with store.database.statement_counter() as log:
        read()
    return log.count


def test_a_page_of_the_partner_list_takes_as_many_statements_for_300_partners_as_for_3(
    store: Store,
) -> None:
    more_partners(store, 3)
    queries = [PartnerListQuery(sort=sort) for sort in PartnerSort]
    small = [statements(store, lambda q=q: store.partner_list.page(q, None, 200)) for q in queries]
    more_partners(store, 300)
    big = [statements(store, lambda q=q: store.partner_list.page(q, None, 200)) for q in queries]
    assert big == small
    assert max(big) <= 2  # the ids in order, then their rows


def test_the_workspace_reads_take_as_many_statements_for_200_meetings_as_for_2(
    store: Store,
) -> None:
    quiet = busy_partner(store, "Quiet", meetings=2, commitments=1)
    busy = busy_partner(store, "Busy", meetings=200, commitments=60)
    for read in (
        lambda partner: store.workspace.header(partner.id, NOW),
        lambda partner: store.meetings.for_partner(partner.id),
    ):
        assert statements(store, lambda r=read: r(quiet)) == statements(
            store, lambda r=read: r(busy)
        )
    assert statements(store, lambda: store.workspace.header(busy.id, NOW)) == 3
    assert statements(store, lambda: store.meetings.for_partner(busy.id)) == 2
    attendees = store.meetings.for_partner(busy.id)[0].attendee_ids
    assert statements(store, lambda: store.workspace.attendees(attendees)) == 1


def test_today_takes_as_many_statements_for_300_partners_as_for_3(store: Store) -> None:
    def today() -> None:
        # What the Today view reads: its going-cold threshold, then its sections.
        cold_days = cold_days_setting(store.settings.get(GOING_COLD_SETTING))
        store.agenda.today(TODAY, cold_days)

    more_partners(store, 3)
    small = statements(store, today)
    more_partners(store, 300)
    assert statements(store, today) == small
    assert small <= 7  # the setting, then one per section (six sections)


def test_the_follow_ups_of_today_take_rounds_that_grow_with_the_logarithm_only(
    store: Store,
) -> None:
    def follow_ups() -> None:
        store.follow_ups.due(TODAY, limit=LIMIT)

    more_partners(store, 3)
    assert statements(store, follow_ups) == 4  # the marks, then one per kind of fact
    more_partners(store, 300)
    # A round reads each kind of fact up to a batch; when the batch may have left out a
    # follow-up due earlier than the last one kept, the next round reads four times as
    # many: rounds grow with the logarithm of the facts, never with each row.
    facts = 2 * 303
    rounds = 1 + ceil(log(facts / LIMIT, 4))
    assert statements(store, follow_ups) <= 1 + 3 * rounds


def test_the_counter_logs_each_statement_once_and_only_inside_its_block(store: Store) -> None:
    more_partners(store, 2)
    with store.database.statement_counter() as log:
        store.partner_list.tag_names()
    store.partner_list.tag_names()
    assert log.count == 1
    assert "tags" in log.statements[0]
