"""Where a click should take the user: a partner, and optionally one item of theirs."""

from dataclasses import dataclass

from partnerdesk.domain.changes import Entity


@dataclass(frozen=True)
class Target:
    """A partner to show and, when set, the meeting, commitment or other item to select."""

    partner_id: int
    entity: Entity = Entity.PARTNER
    item_id: int | None = None
    # Words to select in the item's text, e.g. what a search found in a meeting's notes.
    words: tuple[str, ...] = ()
