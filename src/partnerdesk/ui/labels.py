"""Human words for the stored enum values, translated through Qt."""

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from partnerdesk.domain.enums import (
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

_WORDS: dict[StrEnum, str] = {
    PartnerKind.COMPANY: "Company",
    PartnerKind.UNIVERSITY: "University",
    PartnerKind.SCHOOL: "School",
    PartnerKind.NONPROFIT: "Nonprofit",
    PartnerKind.GOVERNMENT: "Government",
    PartnerKind.OTHER: "Other",
    PartnerStage.PROSPECT: "Prospect",
    PartnerStage.EXPLORING: "Exploring",
    PartnerStage.ACTIVE: "Active",
    PartnerStage.STRATEGIC: "Strategic",
    PartnerStage.DORMANT: "Dormant",
    PartnerStage.ENDED: "Ended",
    MeetingMode.IN_PERSON: "In person",
    MeetingMode.VIDEO: "Video",
    MeetingMode.PHONE: "Phone",
    MeetingMode.EMAIL: "E-mail",
    MeetingMode.EVENT: "Event",
    MeetingMode.NOTE: "Note",
    Direction.OURS: "Ours",
    Direction.THEIRS: "Theirs",
    CommitmentStatus.OPEN: "Open",
    CommitmentStatus.DONE: "Done",
    CommitmentStatus.DROPPED: "Dropped",
    NeedCategory.TALENT: "Talent",
    NeedCategory.SKILLS: "Skills",
    NeedCategory.RESEARCH: "Research",
    NeedCategory.FUNDING: "Funding",
    NeedCategory.FACILITIES: "Facilities",
    NeedCategory.VISIBILITY: "Visibility",
    NeedCategory.OTHER: "Other",
    NeedStatus.OPEN: "Open",
    NeedStatus.IN_PROGRESS: "In progress",
    NeedStatus.MET: "Met",
    NeedStatus.DECLINED: "Declined",
    Priority.HIGH: "High",
    Priority.MEDIUM: "Medium",
    Priority.LOW: "Low",
    OfferKind.PROGRAM: "Program",
    OfferKind.STUDENT_COHORT: "Student cohort",
    OfferKind.INTERNSHIP: "Internship scheme",
    OfferKind.LAB: "Lab",
    OfferKind.FACULTY_EXPERTISE: "Faculty expertise",
    OfferKind.OTHER: "Other",
    InitiativeSize.PILOT: "Pilot",
    InitiativeSize.PROGRAM: "Program",
    InitiativeSize.STRATEGIC: "Strategic",
    InitiativeStatus.PROPOSED: "Proposed",
    InitiativeStatus.ACTIVE: "Active",
    InitiativeStatus.PAUSED: "Paused",
    InitiativeStatus.DONE: "Done",
    Side.OURS: "Ours",
    Side.THEIRS: "Theirs",
}


def label(value: StrEnum) -> str:
    """The translated word for an enum value; every value of the data model has one."""
    return QCoreApplication.translate("labels", _WORDS[value])
