"""The domain's English text in the user's language: errors and phrases, translated here."""

from PySide6.QtCore import QCoreApplication

from partnerdesk.domain.errors import PartnerDeskError
from partnerdesk.domain.text import Phrase


def translated(phrase: Phrase) -> str:
    """A phrase marked in the domain, translated and filled in."""
    return phrase.render(QCoreApplication.translate)


def error_text(error: PartnerDeskError) -> str:
    """What to show for an expected failure, in the user's language."""
    return translated(error.phrase)
