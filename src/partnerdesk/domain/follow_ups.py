"""Follow-up rules: which thank-yous, status checks, nudges, escalations and check-ins are due.

The rules (issue 4):
- After an in-person meeting, a thank-you is due two days later, and a status check a
  week later when the partner has open commitments (either side). Only meetings of the
  last `MEETING_WINDOW_DAYS` days count: a thank-you a month late is no longer a
  thank-you, so older meetings drop out instead of piling up.
- When one of *their* open commitments is overdue, nudge 1 is due two days after its due
  date, nudge 2 a week after that, nudge 3 two weeks after that; the day after nudge 3's
  date, or as soon as nudge 3 was sent, the commitment is flagged for escalation. A nudge
  counts as sent when its follow-up is marked done or the commitment's follow-up count
  has reached its number. Only the next outstanding step of each commitment shows.
- An initiative's check-in is due on its next check-in date.

Every follow-up has a stable key; the user marks it done or snoozes it under that key.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from partnerdesk.domain.changes import Entity
from partnerdesk.domain.navigation import Target

THANK_YOU_DAYS = 2
STATUS_CHECK_DAYS = 7
# Days after the due date for nudges 1, 2 and 3: 2, then 7 more, then 14 more.
NUDGE_DAYS = (2, 2 + 7, 2 + 7 + 14)
ESCALATE_DAYS = NUDGE_DAYS[-1] + 1
NUDGES = len(NUDGE_DAYS)
MEETING_WINDOW_DAYS = 30
DEFAULT_HORIZON_DAYS = 7


class FollowUpKind(StrEnum):
    THANK_YOU = "thank_you"
    STATUS_CHECK = "status_check"
    NUDGE = "nudge"
    ESCALATE = "escalate"
    CHECK_IN = "check_in"


class FollowUpStatus(StrEnum):
    """What the user did with a follow-up: sent it, or put it off until a day."""

    DONE = "done"
    SNOOZED = "snoozed"


@dataclass(frozen=True, kw_only=True)
class FollowUp:
    """One thing to send or do, on or from `due_on`, about a meeting, commitment or initiative."""

    key: str
    kind: FollowUpKind
    partner_id: int
    partner_name: str
    due_on: date
    subject: str
    meeting_id: int | None = None
    commitment_id: int | None = None
    initiative_id: int | None = None
    nudge: int | None = None

    @property
    def target(self) -> Target:
        """Where "Open" takes the user: the item the follow-up is about, on its partner."""
        if self.meeting_id is not None:
            return Target(self.partner_id, Entity.MEETING, self.meeting_id)
        if self.commitment_id is not None:
            return Target(self.partner_id, Entity.COMMITMENT, self.commitment_id)
        if self.initiative_id is not None:
            return Target(self.partner_id, Entity.INITIATIVE, self.initiative_id)
        return Target(self.partner_id)

    def days_late(self, today: date) -> int:
        """How many days past its date the follow-up is; 0 when due today or later."""
        return max(0, (today - self.due_on).days)


@dataclass(frozen=True, kw_only=True)
class MeetingFact:
    """An in-person meeting held on `day` (local); whether its partner has open commitments."""

    meeting_id: int
    partner_id: int
    partner_name: str
    day: date
    title: str = ""
    open_commitments: bool = False


@dataclass(frozen=True, kw_only=True)
class TheirCommitmentFact:
    """An open commitment the partner made, with how often we have already followed it up."""

    commitment_id: int
    partner_id: int
    partner_name: str
    description: str
    due_on: date
    follow_up_count: int = 0
    last_follow_up_on: date | None = None


@dataclass(frozen=True, kw_only=True)
class InitiativeFact:
    initiative_id: int
    partner_id: int
    partner_name: str
    name: str
    next_check_in_on: date


@dataclass(frozen=True)
class FollowUpState:
    """The user's word on one follow-up key: done, or snoozed until a day."""

    status: FollowUpStatus
    until: date | None = None

    def hides(self, today: date) -> bool:
        if self.status is FollowUpStatus.DONE:
            return True
        return self.until is not None and self.until > today


def thank_you_key(meeting_id: int) -> str:
    return f"thank_you:meeting:{meeting_id}"


def status_check_key(meeting_id: int) -> str:
    return f"status_check:meeting:{meeting_id}"


def nudge_key(commitment_id: int, number: int) -> str:
    return f"nudge:commitment:{commitment_id}:{number}"


def escalate_key(commitment_id: int) -> str:
    return f"escalate:commitment:{commitment_id}"


def check_in_key(initiative_id: int, day: date) -> str:
    # The date is part of the key: a new check-in date is a new check-in, not a done one.
    return f"check_in:initiative:{initiative_id}:{day.isoformat()}"


def follow_ups_due(
    meetings: Iterable[MeetingFact],
    commitments: Iterable[TheirCommitmentFact],
    initiatives: Iterable[InitiativeFact],
    states: Mapping[str, FollowUpState],
    today: date,
    horizon_days: int = DEFAULT_HORIZON_DAYS,
    limit: int | None = None,
) -> list[FollowUp]:
    """What is due on or before `today + horizon_days`, not done and not snoozed past today.

    Sorted by date, then partner name, then key, so the most urgent come first; at most
    `limit` of them when it is set.
    """
    last_day = today + timedelta(days=horizon_days)
    # Candidates are cheap tuples (date, name, key, what, fact, nudge); only those that
    # make the list become FollowUp values, which matters with thousands of partners.
    candidates: list[_Candidate] = []
    for meeting in meetings:
        # A meeting still to come needs no thanks yet; one long past is left alone.
        if meeting.day > today or (today - meeting.day).days > MEETING_WINDOW_DAYS:
            continue
        name = meeting.partner_name.casefold()
        candidates.append(
            (
                meeting.day + timedelta(days=THANK_YOU_DAYS),
                name,
                thank_you_key(meeting.meeting_id),
                FollowUpKind.THANK_YOU,
                meeting,
                None,
            )
        )
        if meeting.open_commitments:
            candidates.append(
                (
                    meeting.day + timedelta(days=STATUS_CHECK_DAYS),
                    name,
                    status_check_key(meeting.meeting_id),
                    FollowUpKind.STATUS_CHECK,
                    meeting,
                    None,
                )
            )
    for commitment in commitments:
        step = _next_commitment_step(commitment, states, today)
        if step is not None:
            candidates.append(step)
    for initiative in initiatives:
        candidates.append(
            (
                initiative.next_check_in_on,
                initiative.partner_name.casefold(),
                check_in_key(initiative.initiative_id, initiative.next_check_in_on),
                FollowUpKind.CHECK_IN,
                initiative,
                None,
            )
        )
    due = [
        candidate
        for candidate in candidates
        if candidate[0] <= last_day
        and not ((state := states.get(candidate[2])) is not None and state.hides(today))
    ]
    due.sort(key=lambda candidate: candidate[:3])
    if limit is not None:
        due = due[: max(0, limit)]
    return [_follow_up(candidate) for candidate in due]


Fact = MeetingFact | TheirCommitmentFact | InitiativeFact
_Candidate = tuple[date, str, str, FollowUpKind, Fact, int | None]


def _follow_up(candidate: _Candidate) -> FollowUp:
    due_on, _name, key, kind, fact, nudge = candidate
    if isinstance(fact, MeetingFact):
        return FollowUp(
            key=key,
            kind=kind,
            partner_id=fact.partner_id,
            partner_name=fact.partner_name,
            due_on=due_on,
            subject=fact.title,
            meeting_id=fact.meeting_id,
        )
    if isinstance(fact, TheirCommitmentFact):
        return FollowUp(
            key=key,
            kind=kind,
            partner_id=fact.partner_id,
            partner_name=fact.partner_name,
            due_on=due_on,
            subject=fact.description,
            commitment_id=fact.commitment_id,
            nudge=nudge,
        )
    return FollowUp(
        key=key,
        kind=kind,
        partner_id=fact.partner_id,
        partner_name=fact.partner_name,
        due_on=due_on,
        subject=fact.name,
        initiative_id=fact.initiative_id,
    )


def _next_commitment_step(
    commitment: TheirCommitmentFact, states: Mapping[str, FollowUpState], today: date
) -> _Candidate | None:
    """The one step still outstanding for an overdue commitment of theirs, if any."""
    if commitment.due_on >= today:
        return None
    escalate_on = commitment.due_on + timedelta(days=ESCALATE_DAYS)
    number = next(
        (number for number in range(1, NUDGES + 1) if not _nudge_sent(commitment, number, states)),
        None,
    )
    name = commitment.partner_name.casefold()
    # Past the last nudge's date, nudging again is pointless: it goes to escalation.
    if number is None or today >= escalate_on:
        key = escalate_key(commitment.commitment_id)
        return (escalate_on, name, key, FollowUpKind.ESCALATE, commitment, None)
    return (
        commitment.due_on + timedelta(days=NUDGE_DAYS[number - 1]),
        name,
        nudge_key(commitment.commitment_id, number),
        FollowUpKind.NUDGE,
        commitment,
        number,
    )


def _nudge_sent(
    commitment: TheirCommitmentFact, number: int, states: Mapping[str, FollowUpState]
) -> bool:
    if commitment.follow_up_count >= number:
        return True
    state = states.get(nudge_key(commitment.commitment_id, number))
    return state is not None and state.status is FollowUpStatus.DONE
