"""Talent-gap matching over the whole notebook: offers for a need, needs for an offer, gaps.

Each question reads the live offers in one query and the open talent and skills needs in
another (only what matching reads: id, description, category), and hands them
to the domain's `OfferMatcher`; the full rows, with their partners' names, are then read
for the needs in the answer only. Turning thousands of rows into records costs more than
matching them. The matcher is kept while the offers stay the same, so what it learnt
about the needs' descriptions makes the next question cheap; any change to an offer
builds a new one. A lock keeps the matcher to one caller at a time, as the Gaps view asks
from the thread pool while the Needs tab may ask from the GUI thread.
"""

import threading
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from partnerdesk.domain.enums import NeedCategory, NeedStatus, OfferKind, Priority
from partnerdesk.domain.errors import NotFound
from partnerdesk.domain.matching import (
    MATCHED_CATEGORIES,
    UNMET_STATUSES,
    Match,
    OfferMatcher,
    PartnerNeed,
    need_rank,
    sort_gaps,
)
from partnerdesk.domain.models import Need, Offer
from partnerdesk.domain.text import QT_TRANSLATE_NOOP
from partnerdesk.store.repositories.context import Context
from partnerdesk.store.schema import NeedRow, OfferRow, PartnerRow

_OFFER_COLUMNS = (
    OfferRow.id,
    OfferRow.uuid,
    OfferRow.created_at,
    OfferRow.updated_at,
    OfferRow.name,
    OfferRow.kind,
    OfferRow.description,
    OfferRow.categories,
    OfferRow.skills,
    OfferRow.capacity,
    OfferRow.season,
)
_NEED_COLUMNS = (
    NeedRow.id,
    NeedRow.uuid,
    NeedRow.created_at,
    NeedRow.updated_at,
    NeedRow.partner_id,
    NeedRow.description,
    NeedRow.category,
    NeedRow.priority,
    NeedRow.status,
    NeedRow.meeting_id,
    NeedRow.initiative_id,
    PartnerRow.name,
)
_CATEGORIES = {category.value: category for category in NeedCategory}
# Ids per IN list: well under every database's limit on bound parameters.
_CHUNK = 500
_OfferKey = tuple[tuple[int, datetime | None], ...]


class MatchingQueries:
    """Read-only: which offers could fill which needs, and which needs nothing fills."""

    def __init__(self, context: Context) -> None:
        self._context = context
        self._db = context.database
        self._matcher_key: _OfferKey | None = None
        self._matcher = OfferMatcher(())
        self._lock = threading.Lock()

    def offers_for_need(self, need_id: int) -> list[Match]:
        """The offers that could fill this need, best first (empty if it is not matchable)."""
        with self._lock, self._db.session() as session:
            row = session.execute(
                select(*_NEED_COLUMNS)
                .join(PartnerRow, PartnerRow.id == NeedRow.partner_id)
                .where(NeedRow.id == need_id, NeedRow.deleted_at.is_(None))
            ).first()
            if row is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Errors", "There is no need with id {id}."), id=need_id
                )
            item = _partner_need(row)
            return self._current_matcher(session).matches(item.need, item.partner_name)

    def needs_for_offer(self, offer_id: int) -> list[Match]:
        """The open needs, across all partners, that this offer could fill; best first."""
        with self._lock, self._db.session() as session:
            live = session.scalar(
                select(OfferRow.id).where(OfferRow.id == offer_id, OfferRow.deleted_at.is_(None))
            )
            if live is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Errors", "There is no offer with id {id}."), id=offer_id
                )
            matcher = self._current_matcher(session)
            offer = matcher.offer(offer_id)
            if offer is None:
                return []  # no places left: it fills nothing
            fits = {}
            for need_id, description, category in self._open_needs(session, None):
                fit = matcher.fit(offer_id, description, category)
                if fit is not None:
                    fits[need_id] = fit
            needs = _partner_needs(session, list(fits))
        matches = [
            Match(
                need=item.need,
                offer=offer,
                score=fits[item.need.id][0],
                reason=fits[item.need.id][1],
                partner_name=item.partner_name,
            )
            for item in needs
        ]
        return sorted(matches, key=need_rank)

    def gaps(self, category: NeedCategory | None = None) -> list[PartnerNeed]:
        """Open talent and skills needs that no offer fills yet, by priority then newest.

        `category` (talent or skills) narrows the list to one of the two.
        """
        with self._lock, self._db.session() as session:
            matcher = self._current_matcher(session)
            gap_ids = [
                need_id
                for need_id, description, need_category in self._open_needs(session, category)
                if not matcher.fills(description, need_category)
            ]
            return sort_gaps(_partner_needs(session, gap_ids))

    # -- the pieces --------------------------------------------------------------------------

    def _current_matcher(self, session: Session) -> OfferMatcher:
        offers = [
            _offer(row)
            for row in session.execute(
                select(*_OFFER_COLUMNS).where(OfferRow.deleted_at.is_(None)).order_by(OfferRow.id)
            )
        ]
        key = tuple((offer.id, offer.updated_at) for offer in offers)
        if key != self._matcher_key:
            self._matcher = OfferMatcher(offers)
            self._matcher_key = key
        return self._matcher

    @staticmethod
    def _open_needs(
        session: Session, category: NeedCategory | None
    ) -> list[tuple[int, str, NeedCategory]]:
        """The open talent and skills needs as matching sees them: id, text, category.

        The category comes back as plain text and is mapped here: the enum column's own
        conversion costs more than the rest of the row.
        """
        categories = sorted(MATCHED_CATEGORIES if category is None else {category})
        query = (
            select(NeedRow.id, NeedRow.description, type_coerce(NeedRow.category, String()))
            .join(PartnerRow, PartnerRow.id == NeedRow.partner_id)
            .where(
                NeedRow.deleted_at.is_(None),
                PartnerRow.deleted_at.is_(None),
                NeedRow.category.in_(categories),
                NeedRow.status.in_(sorted(UNMET_STATUSES)),
            )
        )
        return [
            (need_id, description, _CATEGORIES[value])
            for need_id, description, value in session.execute(query)
        ]


def _partner_needs(session: Session, need_ids: Sequence[int]) -> list[PartnerNeed]:
    """The needs with these ids as full records, with their partners' names."""
    found: list[PartnerNeed] = []
    for start in range(0, len(need_ids), _CHUNK):
        chunk = need_ids[start : start + _CHUNK]
        query = (
            select(*_NEED_COLUMNS)
            .join(PartnerRow, PartnerRow.id == NeedRow.partner_id)
            .where(NeedRow.id.in_(chunk))
        )
        found.extend(_partner_need(row) for row in session.execute(query))
    return found


def _offer(row: Sequence[Any]) -> Offer:
    (
        offer_id,
        uuid,
        created_at,
        updated_at,
        name,
        kind,
        description,
        categories,
        skills,
        capacity,
        season,
    ) = row
    return Offer(
        id=offer_id,
        uuid=uuid,
        created_at=created_at,
        updated_at=updated_at,
        name=name,
        kind=OfferKind(kind),
        description=description,
        categories=tuple(NeedCategory(value) for value in categories or []),
        skills=skills,
        capacity=capacity,
        season=season,
    )


def _partner_need(row: Sequence[Any]) -> PartnerNeed:
    (
        need_id,
        uuid,
        created_at,
        updated_at,
        partner_id,
        description,
        category,
        priority,
        status,
        meeting_id,
        initiative_id,
        partner_name,
    ) = row
    need = Need(
        id=need_id,
        uuid=uuid,
        created_at=created_at,
        updated_at=updated_at,
        partner_id=partner_id,
        description=description,
        category=NeedCategory(category),
        priority=Priority(priority),
        status=NeedStatus(status),
        meeting_id=meeting_id,
        initiative_id=initiative_id,
    )
    return PartnerNeed(need=need, partner_name=partner_name)
