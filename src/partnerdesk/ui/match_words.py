"""How a match's reason and a need's age read, in the user's language."""

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from partnerdesk.domain.matching import CategoryFit, MatchReason
from partnerdesk.ui.labels import label


def _tr(text: str) -> str:
    return QCoreApplication.translate("match_words", text)


def reason_text(reason: MatchReason) -> str:
    """One line: "category talent; skills: python; words: data; close: 'a' ~ 'b'"."""
    if reason.fit is CategoryFit.SAME and reason.category is not None:
        parts = [_tr("category {name}").format(name=label(reason.category).lower())]
    elif reason.fit is CategoryFit.RELATED:
        parts = [_tr("related category")]
    else:
        parts = [_tr("no category")]
    if reason.skills:
        parts.append(_tr("skills: {list}").format(list=", ".join(reason.skills)))
    if reason.words:
        parts.append(_tr("words: {list}").format(list=", ".join(reason.words)))
    if reason.close:
        pairs = ", ".join(f"'{skill}' ~ '{phrase}'" for skill, phrase in reason.close)
        parts.append(_tr("close: {pairs}").format(pairs=pairs))
    return "; ".join(parts)


def age_text(created_at: datetime | None, today: date) -> str:
    """How long ago a need was recorded: "today", "5 days", "3 months", "2 years"."""
    if created_at is None:
        return ""
    days = max(0, (today - created_at.astimezone().date()).days)
    if days == 0:
        return _tr("today")
    if days < 60:
        return _tr("1 day") if days == 1 else _tr("{count} days").format(count=days)
    if days < 730:
        return _tr("{count} months").format(count=days // 30)
    return _tr("{count} years").format(count=days // 365)
