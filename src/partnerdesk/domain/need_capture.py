"""Reading a need out of meeting notes: its category, guessed only where the words are plain.

Talent and skills come first, as the practice does ("What are their talent and skill
needs?"): a line about hiring, graduates or interns is a talent need; one about training,
courses or certificates a skills need. The other categories are guessed from words just
as plain; a line that says nothing clear is left as "other" for the user to choose.
When words of several categories appear, the one named first in the line wins.
"""

import re
from functools import cache

from partnerdesk.domain.enums import NeedCategory

# Words (as regular expressions, matched whole and case-insensitively) that plainly name
# a category; "fund" finds "funds" and "funding" but not "fundamental".
_WORDS: dict[NeedCategory, tuple[str, ...]] = {
    NeedCategory.TALENT: (
        r"talent(?:s|ed)?", r"hir(?:e|es|ed|ing)", r"recruit(?:s|ed|ing|ment|ers?)?",
        r"graduates?", r"grads", r"interns?(?:hips?)?", r"staff(?:ing)?", r"vacanc(?:y|ies)",
        r"headcount", r"workforce", r"candidates?", r"apprentice(?:s|ships?)?", r"co-ops?",
        r"jobs?", r"open positions?", r"employees?", r"retention", r"attrition",
        r"engineers", r"analysts",
    ),
    NeedCategory.SKILLS: (
        r"skill(?:s|ed)?", r"upskill(?:ing)?", r"reskill(?:ing)?", r"training",
        r"train(?:s|ed)?", r"courses?", r"workshops?", r"certificat(?:e|es|ion|ions)",
        r"bootcamps?", r"competenc(?:e|es|y|ies)", r"executive education",
        r"micro-credentials?", r"credentials?", r"know-how", r"learning",
    ),
    NeedCategory.RESEARCH: (
        r"research(?:ers?)?", r"studies", r"r&d", r"prototyp(?:e|es|ing)",
        r"phds?", r"experiments?", r"data analysis",
    ),
    NeedCategory.FUNDING: (
        r"fund(?:s|ed|ing)?", r"co-funding", r"grants?", r"budgets?", r"sponsor(?:s|ship)?",
        r"money", r"financ(?:e|es|ing|ial)", r"donations?", r"investments?",
    ),
    NeedCategory.FACILITIES: (
        r"facilit(?:y|ies)", r"lab space", r"office space", r"spaces?", r"rooms?",
        r"venues?", r"equipment", r"buildings?", r"parking",
    ),
    NeedCategory.VISIBILITY: (
        r"visibility", r"brand(?:ing)?", r"press", r"publicity", r"media", r"marketing",
        r"awareness", r"reputation", r"recognition", r"showcase",
    ),
}  # fmt: skip


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], NeedCategory], ...]:
    """Compiled on first use, so that importing costs nothing."""
    return tuple(
        (re.compile(r"(?<![\w-])(?:" + word + r")(?![\w-])", re.IGNORECASE), category)
        for category, words in _WORDS.items()
        for word in words
    )


def guess_need_category(text: str) -> NeedCategory:
    """The category the words of `text` plainly name, or OTHER when they name none."""
    earliest: tuple[int, int, NeedCategory] | None = None
    for order, (pattern, category) in enumerate(_patterns()):
        found = pattern.search(text)
        if found is None:
            continue
        candidate = (found.start(), order, category)
        if earliest is None or candidate < earliest:
            earliest = candidate
    return earliest[2] if earliest is not None else NeedCategory.OTHER
