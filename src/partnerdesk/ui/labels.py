"""Human words for the stored enum values, translated through Qt."""

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from partnerdesk.domain.enum_words import ENUM_WORDS


def label(value: StrEnum) -> str:
    """The translated word for an enum value; every value of the data model has one."""
    return QCoreApplication.translate(type(value).__name__, ENUM_WORDS[value])
