"""The words a person reads for the stored enum values, marked for translation.

Each word is marked in the context named after its enum, so that one English word can be
translated differently where it means different things (a partner's kind "Other" and a
need's category "Other" take different genders in Spanish).
"""

from enum import StrEnum

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
from partnerdesk.domain.text import QT_TRANSLATE_NOOP, Phrase

ENUM_WORDS: dict[StrEnum, str] = {
    PartnerKind.COMPANY: QT_TRANSLATE_NOOP("PartnerKind", "Company"),
    PartnerKind.UNIVERSITY: QT_TRANSLATE_NOOP("PartnerKind", "University"),
    PartnerKind.SCHOOL: QT_TRANSLATE_NOOP("PartnerKind", "School"),
    PartnerKind.NONPROFIT: QT_TRANSLATE_NOOP("PartnerKind", "Nonprofit"),
    PartnerKind.GOVERNMENT: QT_TRANSLATE_NOOP("PartnerKind", "Government"),
    PartnerKind.OTHER: QT_TRANSLATE_NOOP("PartnerKind", "Other"),
    PartnerStage.PROSPECT: QT_TRANSLATE_NOOP("PartnerStage", "Prospect"),
    PartnerStage.EXPLORING: QT_TRANSLATE_NOOP("PartnerStage", "Exploring"),
    PartnerStage.ACTIVE: QT_TRANSLATE_NOOP("PartnerStage", "Active"),
    PartnerStage.STRATEGIC: QT_TRANSLATE_NOOP("PartnerStage", "Strategic"),
    PartnerStage.DORMANT: QT_TRANSLATE_NOOP("PartnerStage", "Dormant"),
    PartnerStage.ENDED: QT_TRANSLATE_NOOP("PartnerStage", "Ended"),
    MeetingMode.IN_PERSON: QT_TRANSLATE_NOOP("MeetingMode", "In person"),
    MeetingMode.VIDEO: QT_TRANSLATE_NOOP("MeetingMode", "Video"),
    MeetingMode.PHONE: QT_TRANSLATE_NOOP("MeetingMode", "Phone"),
    MeetingMode.EMAIL: QT_TRANSLATE_NOOP("MeetingMode", "E-mail"),
    MeetingMode.EVENT: QT_TRANSLATE_NOOP("MeetingMode", "Event"),
    MeetingMode.NOTE: QT_TRANSLATE_NOOP("MeetingMode", "Note"),
    Direction.OURS: QT_TRANSLATE_NOOP("Direction", "Ours"),
    Direction.THEIRS: QT_TRANSLATE_NOOP("Direction", "Theirs"),
    CommitmentStatus.OPEN: QT_TRANSLATE_NOOP("CommitmentStatus", "Open"),
    CommitmentStatus.DONE: QT_TRANSLATE_NOOP("CommitmentStatus", "Done"),
    CommitmentStatus.DROPPED: QT_TRANSLATE_NOOP("CommitmentStatus", "Dropped"),
    NeedCategory.TALENT: QT_TRANSLATE_NOOP("NeedCategory", "Talent"),
    NeedCategory.SKILLS: QT_TRANSLATE_NOOP("NeedCategory", "Skills"),
    NeedCategory.RESEARCH: QT_TRANSLATE_NOOP("NeedCategory", "Research"),
    NeedCategory.FUNDING: QT_TRANSLATE_NOOP("NeedCategory", "Funding"),
    NeedCategory.FACILITIES: QT_TRANSLATE_NOOP("NeedCategory", "Facilities"),
    NeedCategory.VISIBILITY: QT_TRANSLATE_NOOP("NeedCategory", "Visibility"),
    NeedCategory.OTHER: QT_TRANSLATE_NOOP("NeedCategory", "Other"),
    NeedStatus.OPEN: QT_TRANSLATE_NOOP("NeedStatus", "Open"),
    NeedStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("NeedStatus", "In progress"),
    NeedStatus.MET: QT_TRANSLATE_NOOP("NeedStatus", "Met"),
    NeedStatus.DECLINED: QT_TRANSLATE_NOOP("NeedStatus", "Declined"),
    Priority.HIGH: QT_TRANSLATE_NOOP("Priority", "High"),
    Priority.MEDIUM: QT_TRANSLATE_NOOP("Priority", "Medium"),
    Priority.LOW: QT_TRANSLATE_NOOP("Priority", "Low"),
    OfferKind.PROGRAM: QT_TRANSLATE_NOOP("OfferKind", "Program"),
    OfferKind.STUDENT_COHORT: QT_TRANSLATE_NOOP("OfferKind", "Student cohort"),
    OfferKind.INTERNSHIP: QT_TRANSLATE_NOOP("OfferKind", "Internship scheme"),
    OfferKind.LAB: QT_TRANSLATE_NOOP("OfferKind", "Lab"),
    OfferKind.FACULTY_EXPERTISE: QT_TRANSLATE_NOOP("OfferKind", "Faculty expertise"),
    OfferKind.OTHER: QT_TRANSLATE_NOOP("OfferKind", "Other"),
    InitiativeSize.PILOT: QT_TRANSLATE_NOOP("InitiativeSize", "Pilot"),
    InitiativeSize.PROGRAM: QT_TRANSLATE_NOOP("InitiativeSize", "Program"),
    InitiativeSize.STRATEGIC: QT_TRANSLATE_NOOP("InitiativeSize", "Strategic"),
    InitiativeStatus.PROPOSED: QT_TRANSLATE_NOOP("InitiativeStatus", "Proposed"),
    InitiativeStatus.ACTIVE: QT_TRANSLATE_NOOP("InitiativeStatus", "Active"),
    InitiativeStatus.PAUSED: QT_TRANSLATE_NOOP("InitiativeStatus", "Paused"),
    InitiativeStatus.DONE: QT_TRANSLATE_NOOP("InitiativeStatus", "Done"),
    Side.OURS: QT_TRANSLATE_NOOP("Side", "Ours"),
    Side.THEIRS: QT_TRANSLATE_NOOP("Side", "Theirs"),
}


def enum_phrase(value: StrEnum) -> Phrase:
    """The word for an enum value, in English until the interface translates it."""
    return Phrase(type(value).__name__, ENUM_WORDS[value])
