"""What a store operation changed, so that views can refresh themselves."""

from dataclasses import dataclass
from enum import StrEnum


class Entity(StrEnum):
    PARTNER = "partner"
    PERSON = "person"
    MEETING = "meeting"
    COMMITMENT = "commitment"
    NEED = "need"
    OFFER = "offer"
    INITIATIVE = "initiative"
    TAG = "tag"
    SETTING = "setting"
    FOLLOW_UP = "follow_up"
    NOTEBOOK = "notebook"


class Action(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    DELETED = "deleted"
    RESTORED = "restored"
    PURGED = "purged"


@dataclass(frozen=True)
class Change:
    """One committed change: which kind of record, which ids, and which partners it touches."""

    entity: Entity
    action: Action
    ids: frozenset[int] = frozenset()
    partner_ids: frozenset[int] = frozenset()
