"""The closed vocabularies of the data model; values are what the notebook stores."""

from enum import StrEnum


class PartnerKind(StrEnum):
    COMPANY = "company"
    UNIVERSITY = "university"
    SCHOOL = "school"
    NONPROFIT = "nonprofit"
    GOVERNMENT = "government"
    OTHER = "other"


class PartnerStage(StrEnum):
    PROSPECT = "prospect"
    EXPLORING = "exploring"
    ACTIVE = "active"
    STRATEGIC = "strategic"
    DORMANT = "dormant"
    ENDED = "ended"


class MeetingMode(StrEnum):
    IN_PERSON = "in_person"
    VIDEO = "video"
    PHONE = "phone"
    EMAIL = "email"
    EVENT = "event"
    NOTE = "note"


class Direction(StrEnum):
    """Who made the promise: `ours` means we promised, `theirs` that the partner did."""

    OURS = "ours"
    THEIRS = "theirs"


class CommitmentStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class CommitmentEventKind(StrEnum):
    CREATED = "created"
    RESCHEDULED = "rescheduled"
    DONE = "done"
    DROPPED = "dropped"
    REOPENED = "reopened"


class NeedCategory(StrEnum):
    TALENT = "talent"
    SKILLS = "skills"
    RESEARCH = "research"
    FUNDING = "funding"
    FACILITIES = "facilities"
    VISIBILITY = "visibility"
    OTHER = "other"


class NeedStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    MET = "met"
    DECLINED = "declined"


class Priority(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class OfferKind(StrEnum):
    PROGRAM = "program"
    STUDENT_COHORT = "student_cohort"
    INTERNSHIP = "internship"
    LAB = "lab"
    FACULTY_EXPERTISE = "faculty_expertise"
    OTHER = "other"


class InitiativeSize(StrEnum):
    """The ladder an initiative climbs: start small, grow with trust."""

    PILOT = "pilot"
    PROGRAM = "program"
    STRATEGIC = "strategic"


class InitiativeStatus(StrEnum):
    PROPOSED = "proposed"
    ACTIVE = "active"
    PAUSED = "paused"
    DONE = "done"


class Side(StrEnum):
    OURS = "ours"
    THEIRS = "theirs"
