"""What the lossless JSON document holds: its records, their fields, and what each may hold.

docs/json-format.md says the same for people; a test checks that it names every field.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum, StrEnum
from functools import cached_property
from operator import itemgetter
from typing import Any

from partnerdesk.domain.enums import (
    CommitmentEventKind,
    CommitmentStatus,
    Direction,
    InitiativeSize,
    InitiativeStatus,
    MeetingMode,
    NeedCategory,
    NeedStatus,
    OfferKind,
    PartnerKind,
    PartnerStage,
    Priority,
    Side,
)
from partnerdesk.domain.follow_ups import FollowUpStatus
from partnerdesk.domain.validation import MAX_TEXT_LENGTH

FORMAT = "partnerdesk"
VERSION = 1


class Kind(Enum):
    UUID = "uuid"
    STRING = "text"
    ENUM = "one of a list of words"
    BOOL = "true or false"
    INT = "a whole number"
    DATE = "an ISO 8601 date"
    DATETIME = "an ISO 8601 date-time"
    REF = "a uuid"
    ENUM_LIST = "a list of words"
    JSON = "any JSON value"


@dataclass(frozen=True)
class Field:
    """One field of a record: its name in the document, its column, and what it may hold."""

    key: str
    column: str
    kind: Kind
    required: bool = False
    nullable: bool = False
    limit: int = 0  # characters, for text
    nonempty: bool = False
    choices: type[StrEnum] | None = None
    table: str = ""  # what a reference points to
    default: Any = None


class Spec:
    """The fields of one kind of record, in the documented order, and how each is written."""

    def __init__(self, *fields: Field) -> None:
        self.fields = fields
        self.keys = frozenset(field.key for field in fields)

    @cached_property
    def writer(self) -> Callable[[Mapping[str, Any]], dict[str, Any]]:
        """Turns a portable row (as the store reads it) into this record's document object.

        Built once per kind of record, from C-level pieces (itemgetter, zip, isoformat),
        because the scale notebook has some 650,000 records to write.
        """
        columns = [field.column for field in self.fields]
        keys = [field.key for field in self.fields]
        pick = itemgetter(*columns)
        converters: dict[Kind, Callable[[Any], Any]] = {
            # The store reads date-times in UTC, as `+00:00` in the document.
            Kind.DATETIME: datetime.isoformat,
            Kind.DATE: date.isoformat,
            Kind.ENUM: _enum_text,
            Kind.ENUM_LIST: lambda items: [_enum_text(item) for item in items],
        }
        conversions = [
            (field.key, converters[field.kind]) for field in self.fields if field.kind in converters
        ]

        def write(row: Mapping[str, Any]) -> dict[str, Any]:
            values = pick(row)
            result = dict(zip(keys, values if len(keys) > 1 else (values,), strict=True))
            for key, convert in conversions:
                value = result[key]
                if value is not None:
                    result[key] = convert(value)
            return result

        return write


def _text(key: str, limit: int, *, column: str = "", required: bool = False) -> Field:
    return Field(
        key,
        column or key,
        Kind.STRING,
        required=required,
        nonempty=required,
        limit=limit,
        default="",
    )


def _enum(key: str, choices: type[StrEnum], default: StrEnum | None = None) -> Field:
    return Field(key, key, Kind.ENUM, required=default is None, choices=choices, default=default)


def _date(key: str, *, required: bool = False) -> Field:
    return Field(key, key, Kind.DATE, required=required, nullable=not required)


def _ref(key: str, table: str, column: str, *, required: bool = False) -> Field:
    return Field(key, column, Kind.REF, required=required, nullable=not required, table=table)


_ID = Field("uuid", "uuid", Kind.UUID, required=True)
_STAMPS = (
    Field("created_at", "created_at", Kind.DATETIME),
    Field("updated_at", "updated_at", Kind.DATETIME),
)
_TRASH = Field("deleted_at", "deleted_at", Kind.DATETIME, nullable=True)
_TEXT = MAX_TEXT_LENGTH

PERSON = Spec(
    _ID,
    _text("full_name", 200, required=True),
    _text("title", 200),
    _text("email", 320),
    _text("phone", 60),
    _text("role", 120),
    _text("notes", _TEXT),
    *_STAMPS,
    _TRASH,
)
PARTNER = Spec(
    _ID,
    _text("name", 200, required=True),
    _enum("kind", PartnerKind, PartnerKind.COMPANY),
    _enum("stage", PartnerStage, PartnerStage.PROSPECT),
    _text("sector", 120),
    _text("website", 300),
    _text("address", _TEXT),
    _text("city", 120),
    _text("country", 120),
    _text("summary", _TEXT),
    _text("offer_text", _TEXT),
    _ref("owner", "people", "owner_id"),
    *_STAMPS,
    _TRASH,
)
MEETING = Spec(
    _ID,
    Field("starts_at", "starts_at", Kind.DATETIME, required=True),
    Field("duration_minutes", "duration_minutes", Kind.INT, default=60),
    _enum("mode", MeetingMode, MeetingMode.IN_PERSON),
    _text("location", 300),
    Field("at_partner_premises", "at_partner_premises", Kind.BOOL, default=False),
    _text("title", 300),
    _text("notes", _TEXT),
    _date("follow_up_on"),
    *_STAMPS,
    _TRASH,
)
COMMITMENT = Spec(
    _ID,
    _enum("direction", Direction),
    _text("description", _TEXT, required=True),
    _date("due_on"),
    _enum("status", CommitmentStatus, CommitmentStatus.OPEN),
    _date("done_on"),
    _ref("owner", "people", "owner_id"),
    _ref("meeting", "meetings", "meeting_id"),
    _ref("initiative", "initiatives", "initiative_id"),
    Field("follow_up_count", "follow_up_count", Kind.INT, default=0),
    _date("last_follow_up_on"),
    *_STAMPS,
    _TRASH,
)
EVENT = Spec(
    _ID,
    _enum("kind", CommitmentEventKind),
    _date("occurred_on", required=True),
    _date("due_on"),
    *_STAMPS,
)
NEED = Spec(
    _ID,
    _enum("category", NeedCategory, NeedCategory.OTHER),
    _text("description", _TEXT, required=True),
    _enum("priority", Priority, Priority.MEDIUM),
    _enum("status", NeedStatus, NeedStatus.OPEN),
    _ref("meeting", "meetings", "meeting_id"),
    _ref("initiative", "initiatives", "initiative_id"),
    *_STAMPS,
    _TRASH,
)
OFFER = Spec(
    _ID,
    _text("name", 200, required=True),
    _enum("kind", OfferKind, OfferKind.PROGRAM),
    _text("description", _TEXT),
    Field("categories", "categories", Kind.ENUM_LIST, choices=NeedCategory, default=()),
    _text("skills", _TEXT),
    Field("capacity", "capacity", Kind.INT, nullable=True),
    _text("season", 120),
    *_STAMPS,
    _TRASH,
)
INITIATIVE = Spec(
    _ID,
    _text("name", 200, required=True),
    _text("goal", _TEXT),
    _enum("size", InitiativeSize, InitiativeSize.PILOT),
    _enum("status", InitiativeStatus, InitiativeStatus.PROPOSED),
    _date("started_on"),
    _date("target_on"),
    _date("next_check_in_on"),
    *_STAMPS,
    _TRASH,
)
MEMBER = Spec(
    _ref("person", "people", "person_id", required=True),
    _enum("side", Side),
    _text("role", 120),
)
PAIRING = Spec(
    _ref("ours", "people", "our_person_id", required=True),
    _ref("theirs", "people", "their_person_id", required=True),
)
_LOOSE_ID = Field("uuid", "uuid", Kind.UUID)  # matched by name or key; a uuid is made if none
TAG = Spec(_LOOSE_ID, _text("name", 80, required=True), *_STAMPS)
SETTING = Spec(
    _text("key", 120, required=True),
    Field("value", "value", Kind.JSON, required=True),
    _LOOSE_ID,
    *_STAMPS,
)
FOLLOW_UP = Spec(
    _text("key", 200, required=True),
    _enum("state", FollowUpStatus),
    _date("until"),
    _LOOSE_ID,
    *_STAMPS,
)

# The lists a record holds besides its fields, by record.
PARTNER_LISTS = ("tags", "people", "meetings", "commitments", "needs", "initiatives")
TOP_LEVEL = (
    "format",
    "version",
    "exported_at",
    "people",
    "offers",
    "tags",
    "settings",
    "follow_ups",
    "partners",
)
# What the report calls each table's records, in the order it lists them.
REPORTED = {
    "partners": "partners",
    "people": "people",
    "meetings": "meetings",
    "commitments": "commitments",
    "needs": "needs",
    "initiatives": "initiatives",
    "offers": "offers",
    "tags": "tags",
    "settings": "settings",
    "follow_up_states": "follow-up marks",
}


def _enum_text(value: Any) -> str:
    return str(value.value) if isinstance(value, Enum) else str(value)
