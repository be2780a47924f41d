"""How a match's reason and a need's age read, in the user's language."""

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from partnerdesk.domain.matching import CategoryFit, MatchReason
from partnerdesk.ui.labels import label


def reason_text(reason: MatchReason) -> str:
    """One line: "category talent; skills: python; words: data; close: 'a' ~ 'b'"."""
    if reason.fit is CategoryFit.SAME and reason.category is not None:
        parts = [
            QCoreApplication.translate("MatchWords", "category {name}").format(
                name=label(reason.category).lower()
            )
        ]
    elif reason.fit is CategoryFit.RELATED:
        parts = [QCoreApplication.translate("MatchWords", "related category")]
    else:
        parts = [QCoreApplication.translate("MatchWords", "no category")]
    if reason.skills:
        parts.append(
            QCoreApplication.translate("MatchWords", "skills: {list}").format(
                list=", ".join(reason.skills)
            )
        )
    if reason.words:
        parts.append(
            QCoreApplication.translate("MatchWords", "words: {list}").format(
                list=", ".join(reason.words)
            )
        )
    if reason.close:
        pairs = ", ".join(f"'{skill}' ~ '{phrase}'" for skill, phrase in reason.close)
        parts.append(QCoreApplication.translate("MatchWords", "close: {pairs}").format(pairs=pairs))
    return "; ".join(parts)


def age_text(created_at: datetime | None, today: date) -> str:
    """How long ago a need was recorded: "today", "5 days", "3 months", "2 years"."""
    if created_at is None:
        return ""
    days = max(0, (today - created_at.astimezone().date()).days)
    if days == 0:
        return QCoreApplication.translate("MatchWords", "today")
    if days < 60:
        return (
            QCoreApplication.translate("MatchWords", "1 day")
            if days == 1
            else QCoreApplication.translate("MatchWords", "{count} days").format(count=days)
        )
    if days < 730:
        return QCoreApplication.translate("MatchWords", "{count} months").format(count=days // 30)
    return QCoreApplication.translate("MatchWords", "{count} years").format(count=days // 365)
