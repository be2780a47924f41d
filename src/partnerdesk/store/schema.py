"""The notebook's tables as SQLAlchemy ORM classes (only the store sees these)."""

import uuid as uuid_module
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Connection,
    Date,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    event,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

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
from partnerdesk.store.search_schema import INDEXED_TABLES, create_statements
from partnerdesk.store.types import UTCDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> datetime:
    return datetime.now(UTC)


def new_uuid() -> str:
    return str(uuid_module.uuid4())


def enum_column(enum: type[StrEnum]) -> Enum:
    """Stores an enum by its value as plain text, portable to any SQL database."""
    return Enum(
        enum,
        native_enum=False,
        create_constraint=False,
        length=24,
        values_callable=lambda members: [member.value for member in members],
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime()}


class Tracked:
    """Identity and timestamps every table carries (DESIGN §3)."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now, onupdate=utc_now)


class Deletable:
    """Rows a user can delete go to the Trash first."""

    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)


class PartnerRow(Tracked, Deletable, Base):
    __tablename__ = "partners"

    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[PartnerKind] = mapped_column(enum_column(PartnerKind))
    stage: Mapped[PartnerStage] = mapped_column(enum_column(PartnerStage))
    sector: Mapped[str] = mapped_column(String(120), default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    country: Mapped[str] = mapped_column(String(120), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    offer_text: Mapped[str] = mapped_column(Text, default="")
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL", use_alter=True), default=None
    )

    tags: Mapped[list["TagRow"]] = relationship(secondary="partner_tags", lazy="selectin")

    __table_args__ = (Index("ix_partners_name_nocase", text("name COLLATE NOCASE"), "id"),)


class PersonRow(Tracked, Deletable, Base):
    __tablename__ = "people"

    full_name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    partner_id: Mapped[int | None] = mapped_column(
        ForeignKey("partners.id", ondelete="CASCADE"), default=None, index=True
    )
    role: Mapped[str] = mapped_column(String(120), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class MeetingRow(Tracked, Deletable, Base):
    __tablename__ = "meetings"

    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id", ondelete="CASCADE"))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    duration_minutes: Mapped[int] = mapped_column(Integer, default=60)
    mode: Mapped[MeetingMode] = mapped_column(enum_column(MeetingMode))
    location: Mapped[str] = mapped_column(String(300), default="")
    at_partner_premises: Mapped[bool] = mapped_column(Boolean, default=False)
    title: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    follow_up_on: Mapped[date | None] = mapped_column(Date, default=None)

    attendees: Mapped[list["MeetingAttendeeRow"]] = relationship(
        lazy="selectin", cascade="all, delete-orphan"
    )

    __table_args__ = (
        Index("ix_meetings_partner_starts", "partner_id", "starts_at", "deleted_at"),
        Index("ix_meetings_starts", "starts_at", "partner_id", "deleted_at"),
    )


class MeetingAttendeeRow(Base):
    """A person at a meeting; a link row, identified by its two ends."""

    __tablename__ = "meeting_attendees"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class CommitmentRow(Tracked, Deletable, Base):
    __tablename__ = "commitments"

    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id", ondelete="CASCADE"))
    direction: Mapped[Direction] = mapped_column(enum_column(Direction))
    description: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), default=None, index=True
    )
    due_on: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[CommitmentStatus] = mapped_column(enum_column(CommitmentStatus))
    done_on: Mapped[date | None] = mapped_column(Date, default=None)
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), default=None, index=True
    )
    initiative_id: Mapped[int | None] = mapped_column(
        ForeignKey("initiatives.id", ondelete="SET NULL"), default=None, index=True
    )
    follow_up_count: Mapped[int] = mapped_column(Integer, default=0)
    last_follow_up_on: Mapped[date | None] = mapped_column(Date, default=None)

    __table_args__ = (
        Index("ix_commitments_partner_due", "partner_id", "due_on"),
        Index(
            "ix_commitments_status_due", "status", "due_on", "direction", "partner_id", "deleted_at"
        ),
    )


class CommitmentEventRow(Tracked, Base):
    """A dated fact in a commitment's life: created, rescheduled, done, dropped, reopened."""

    __tablename__ = "commitment_events"

    commitment_id: Mapped[int] = mapped_column(
        ForeignKey("commitments.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[CommitmentEventKind] = mapped_column(enum_column(CommitmentEventKind))
    occurred_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date | None] = mapped_column(Date, default=None)


class NeedRow(Tracked, Deletable, Base):
    __tablename__ = "needs"

    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partners.id", ondelete="CASCADE"), index=True
    )
    category: Mapped[NeedCategory] = mapped_column(enum_column(NeedCategory))
    description: Mapped[str] = mapped_column(Text)
    priority: Mapped[Priority] = mapped_column(enum_column(Priority))
    status: Mapped[NeedStatus] = mapped_column(enum_column(NeedStatus))
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), default=None
    )
    initiative_id: Mapped[int | None] = mapped_column(
        ForeignKey("initiatives.id", ondelete="SET NULL"), default=None
    )


class OfferRow(Tracked, Deletable, Base):
    __tablename__ = "offers"

    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[OfferKind] = mapped_column(enum_column(OfferKind))
    description: Mapped[str] = mapped_column(Text, default="")
    categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    skills: Mapped[str] = mapped_column(Text, default="")
    capacity: Mapped[int | None] = mapped_column(Integer, default=None)
    season: Mapped[str] = mapped_column(String(120), default="")


class InitiativeRow(Tracked, Deletable, Base):
    __tablename__ = "initiatives"

    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partners.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    goal: Mapped[str] = mapped_column(Text, default="")
    size: Mapped[InitiativeSize] = mapped_column(enum_column(InitiativeSize))
    status: Mapped[InitiativeStatus] = mapped_column(enum_column(InitiativeStatus))
    started_on: Mapped[date | None] = mapped_column(Date, default=None)
    target_on: Mapped[date | None] = mapped_column(Date, default=None)
    next_check_in_on: Mapped[date | None] = mapped_column(Date, default=None)

    members: Mapped[list["InitiativeMemberRow"]] = relationship(
        lazy="selectin", cascade="all, delete-orphan"
    )
    pairings: Mapped[list["PairingRow"]] = relationship(
        lazy="selectin", cascade="all, delete-orphan"
    )


class InitiativeMemberRow(Base):
    __tablename__ = "initiative_members"

    initiative_id: Mapped[int] = mapped_column(
        ForeignKey("initiatives.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    side: Mapped[Side] = mapped_column(enum_column(Side))
    role: Mapped[str] = mapped_column(String(120), default="")


class PairingRow(Base):
    __tablename__ = "initiative_pairings"

    initiative_id: Mapped[int] = mapped_column(
        ForeignKey("initiatives.id", ondelete="CASCADE"), primary_key=True
    )
    our_person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    their_person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )


class TagRow(Tracked, Base):
    __tablename__ = "tags"

    name: Mapped[str] = mapped_column(String(80), unique=True)


class PartnerTagRow(Base):
    __tablename__ = "partner_tags"

    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partners.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(
        ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class SettingRow(Tracked, Base):
    """Preferences that travel with the data (e-mail templates, thresholds), as JSON."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(120))
    value: Mapped[Any] = mapped_column(JSON)

    __table_args__ = (UniqueConstraint("key"),)


class FollowUpStateRow(Tracked, Base):
    """The user's word on one follow-up, by its key: done, or snoozed until a day."""

    __tablename__ = "follow_up_states"

    key: Mapped[str] = mapped_column(String(200))
    state: Mapped[str] = mapped_column(String(24))
    until: Mapped[date | None] = mapped_column(Date, default=None)

    __table_args__ = (UniqueConstraint("key"),)


@event.listens_for(Base.metadata, "after_create")
def _create_search_index(_metadata: MetaData, connection: Connection, **_kw: Any) -> None:
    """A new notebook gets the full-text index the migrations give an upgraded one."""
    for indexed in INDEXED_TABLES:
        for statement in create_statements(indexed):
            connection.exec_driver_sql(statement)
