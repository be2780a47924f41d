"""Reading a promise out of a line of meeting notes: who promised, what, and by when.

Due dates are read by a small set of deterministic rules first (the phrases people write in
notes); only where they find nothing is dateparser asked. Conventions of the rules:

- A weekday ("Friday", "by Friday", "on Fri") is the first such day *after* today: "by Friday"
  said on a Friday means next week's Friday (the same day would be "today"). "this Friday"
  may be today; "next Friday" is the Friday of next calendar week (weeks start on Monday).
- "next week" is the Friday of next week; "this week"/"end of the week" this week's Friday.
- A month ("end of March", "mid-March", "beginning of March", "15 March") is this year's
  unless that day has passed, then next year's.
- Numeric dates are day first, European order: "15/04", "15.04.2027", "15/04/27".
  ISO dates ("2027-04-15") are read as ISO.
- A date-shaped phrase that is no date ("31/02", "in 99999 days") gives no date and a reason;
  it is not handed on to dateparser.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache

from partnerdesk.domain.enums import Direction

# -- direction ---------------------------------------------------------------------------------

_OURS = re.compile(
    r"\b(?:we(?:'ll| will| shall| promised| agreed| are going to|'re going to| owe| need to)"
    r"|i(?:'ll| will| shall| promised| agreed)|our|ours)\b"
)
_THEIRS = re.compile(
    r"\b(?:they(?:'ll| will| shall| promised| agreed| are going to|'re going to| owe)"
    r"|their(?:\s+\w+){0,2}\s+(?:will|shall|promised|agreed)|theirs)\b"
)
# First words of partner names that say nothing about who is meant ("the university will").
_VAGUE_FIRST_WORDS = frozenset(
    {"the", "a", "an", "university", "college", "school", "institute", "company", "city",
     "national", "new", "st", "saint", "de", "la", "le", "el", "our", "their"}
)  # fmt: skip


def guess_direction(text: str, partner_name: str) -> Direction:
    """Who made the promise in `text`: the earliest clue wins; with no clue, ours."""
    lowered = _normalized(text)
    clues: list[tuple[int, Direction]] = []
    for pattern, direction in ((_OURS, Direction.OURS), (_THEIRS, Direction.THEIRS)):
        found = pattern.search(lowered)
        if found:
            clues.append((found.start(), direction))
    for name in _partner_names(partner_name):
        found = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", lowered)
        if found:
            clues.append((found.start(), Direction.THEIRS))
    if not clues:
        return Direction.OURS
    # At the same place, a partner's name beats nothing else; the order is stable.
    return min(clues, key=lambda clue: clue[0])[1]


def _normalized(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").replace("\u2018", "'").lower().split())


def _partner_names(partner_name: str) -> list[str]:
    name = _normalized(partner_name)
    if not name:
        return []
    names = [name]
    first = name.split()[0].strip(".,;:'\"()")
    if first != name and len(first) >= 3 and first not in _VAGUE_FIRST_WORDS:
        names.append(first)
    return names


# -- text --------------------------------------------------------------------------------------

_LIST_MARKER = re.compile(r"^\s*(?:>\s*)*(?:(?:[-*+]|\d{1,9}[.)])\s+)?(?:\[[ xX]?\]\s+)?")


def clean_commitment_text(line: str) -> str:
    """A notes line without its Markdown list marker or checkbox, whitespace tidied."""
    return " ".join(_LIST_MARKER.sub("", line, count=1).split())


# -- due dates ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class DueGuess:
    """What was read: the date (None if none), the phrase it came from, and why."""

    due_on: date | None
    phrase: str
    reason: str


# Written out rather than taken from `calendar`, whose names follow the process locale.
_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
MONTHS = {name: number for number, name in enumerate(_MONTH_NAMES, start=1)} | {
    name[:3]: number for number, name in enumerate(_MONTH_NAMES, start=1)
}
MONTHS["sept"] = 9
WEEKDAYS = {
    name: number
    for number, name in enumerate(
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    )
}
_WEEKDAY_ABBREVIATIONS = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
    "sat": 5, "sun": 6,
}  # fmt: skip
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "a couple of": 2, "a couple": 2, "couple of": 2,
}  # fmt: skip
FRIDAY = 4
# Further ahead than this is a slip of the keyboard, not a due date.
LONGEST_DAYS_AHEAD = 3660

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_FULL_WEEKDAY = "|".join(WEEKDAYS)
_SHORT_WEEKDAY = "|".join(sorted(_WEEKDAY_ABBREVIATIONS, key=len, reverse=True))
_COUNT = r"\d{1,9}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_ORDINAL = r"(?:st|nd|rd|th)?"


class _NotADate(Exception):
    """A phrase shaped like a date that names no real day."""


_Rule = Callable[[re.Match[str], date], date]


def _weekday_after(today: date, weekday: int) -> date:
    return today + timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)


def _weekday_number(name: str) -> int:
    name = name.lower()
    return WEEKDAYS.get(name, _WEEKDAY_ABBREVIATIONS.get(name, 0))


def _next_weekday(found: re.Match[str], today: date) -> date:
    return _weekday_after(today, _weekday_number(found["day"]))


def _this_weekday(found: re.Match[str], today: date) -> date:
    weekday = _weekday_number(found["day"])
    return today if today.weekday() == weekday else _weekday_after(today, weekday)


def _weekday_of_next_week(found: re.Match[str], today: date) -> date:
    next_monday = today + timedelta(days=7 - today.weekday())
    return next_monday + timedelta(days=_weekday_number(found["day"]))


def _friday_of_next_week(_found: re.Match[str], today: date) -> date:
    return today + timedelta(days=7 - today.weekday() + FRIDAY)


def _end_of_this_week(_found: re.Match[str], today: date) -> date:
    if today.weekday() <= FRIDAY:
        return today + timedelta(days=FRIDAY - today.weekday())
    return _weekday_after(today, FRIDAY)  # at the weekend, the coming Friday


def _end_of_month(year: int, month: int) -> date:
    return date(year, month, _days_in_month(year, month))


def _days_in_month(year: int, month: int) -> int:
    following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return (following - timedelta(days=1)).day


def _end_of_this_month(_found: re.Match[str], today: date) -> date:
    return _end_of_month(today.year, today.month)


def _end_of_next_month(_found: re.Match[str], today: date) -> date:
    year, month = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
    return _end_of_month(year, month)


def _end_of_year(_found: re.Match[str], today: date) -> date:
    return date(today.year, 12, 31)


def _upcoming(today: date, month: int, day: int | None) -> date:
    """This year's day of `month` (its last day if `day` is None), or next year's if past.

    A 29 February is the next one there is.
    """
    for year in range(today.year, today.year + 5):
        try:
            candidate = _end_of_month(year, month) if day is None else date(year, month, day)
        except ValueError:
            continue  # 29 February in a year without it: try the next
        if candidate >= today:
            return candidate
    raise _NotADate


def _month_end(found: re.Match[str], today: date) -> date:
    return _upcoming(today, MONTHS[found["month"].lower()], None)


def _month_middle(found: re.Match[str], today: date) -> date:
    month = found["month"] or found["month2"]
    return _upcoming(today, MONTHS[month.lower()], 15)


def _month_start(found: re.Match[str], today: date) -> date:
    return _upcoming(today, MONTHS[found["month"].lower()], 1)


def _day_and_month_name(found: re.Match[str], today: date) -> date:
    month = MONTHS[found["month"].lower()]
    day = int(found["dom"])
    if found["year"]:
        return date(_full_year(found["year"]), month, day)
    if not 1 <= day <= 31:
        raise _NotADate
    return _upcoming(today, month, day)


def _numeric(found: re.Match[str], today: date) -> date:
    day, month = int(found["dom"]), int(found["mon"])
    if found["year"]:
        return date(_full_year(found["year"]), month, day)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        raise _NotADate
    return _upcoming(today, month, day)


def _iso(found: re.Match[str], _today: date) -> date:
    return date(int(found["year"]), int(found["mon"]), int(found["dom"]))


def _full_year(text: str) -> int:
    return 2000 + int(text) if len(text) == 2 else int(text)


def _count(text: str) -> int:
    text = " ".join(text.lower().split())
    return NUMBER_WORDS[text] if text in NUMBER_WORDS else int(text)


def _after_a_while(found: re.Match[str], today: date) -> date:
    count = _count(found["count"])
    unit = found["unit"].lower()
    if unit.startswith("day"):
        days = count
    elif unit.startswith("week"):
        days = count * 7
    elif unit.startswith("fortnight"):
        days = count * 14
    else:  # months: the same day so many months on, or the month's last day
        if count > LONGEST_DAYS_AHEAD // 28:
            raise _NotADate
        months = today.month - 1 + count
        year, month = today.year + months // 12, months % 12 + 1
        return date(year, month, min(today.day, _days_in_month(year, month)))
    if days > LONGEST_DAYS_AHEAD:
        raise _NotADate
    return today + timedelta(days=days)


def _fortnight(_found: re.Match[str], today: date) -> date:
    return today + timedelta(days=14)


def _tomorrow(_found: re.Match[str], today: date) -> date:
    return today + timedelta(days=1)


def _day_after_tomorrow(_found: re.Match[str], today: date) -> date:
    return today + timedelta(days=2)


def _today(_found: re.Match[str], today: date) -> date:
    return today


_END = r"(?:(?:the\s+)?end\s+of|(?:the\s+)?close\s+of)"
_BOUNDARY_BEFORE = r"(?<![\w/.\-])"
_BOUNDARY_AFTER = r"(?![\w/\-]|\.\d)"


@cache
def _rules() -> tuple[tuple[re.Pattern[str], _Rule], ...]:
    """Each rule: a pattern (matched case-insensitively) and its reading.

    Compiled on first use: compiling them takes milliseconds that start-up need not pay.
    Where two rules match at the same place, the longer wins ("next Friday" over "Friday").
    """
    return tuple(
        (re.compile(_BOUNDARY_BEFORE + pattern + _BOUNDARY_AFTER, re.IGNORECASE), rule)
        for pattern, rule in (
            (r"(?P<year>\d{4})-(?P<mon>\d{1,2})-(?P<dom>\d{1,2})", _iso),
            (r"(?P<dom>\d{1,2})[/.\-](?P<mon>\d{1,2})(?:[/.\-](?P<year>\d{4}|\d{2}))?", _numeric),
            (
                rf"(?P<dom>\d{{1,2}}){_ORDINAL}(?:\s+of)?\s+(?P<month>{_MONTH})\.?"
                r"(?:,?\s+(?P<year>\d{4}))?",
                _day_and_month_name,
            ),
            (
                rf"(?P<month>{_MONTH})\.?\s+(?P<dom>\d{{1,2}}){_ORDINAL}(?:,?\s+(?P<year>\d{{4}}))?",
                _day_and_month_name,
            ),
            (rf"{_END}\s+(?:the\s+)?(?:this\s+)?month|month[\s-]end", _end_of_this_month),
            (rf"{_END}\s+next\s+month", _end_of_next_month),
            (rf"{_END}\s+(?:the\s+|this\s+)?year|year[\s-]end", _end_of_year),
            (rf"{_END}\s+(?P<month>{_MONTH})", _month_end),
            (
                rf"mid[\s-]?(?P<month>{_MONTH})|(?:the\s+)?middle\s+of\s+(?P<month2>{_MONTH})",
                _month_middle,
            ),
            (
                rf"(?:(?:the\s+)?(?:beginning|start)\s+of|early)\s+(?P<month>{_MONTH})",
                _month_start,
            ),
            (rf"{_END}\s+(?:the\s+|this\s+)?week|this\s+week", _end_of_this_week),
            (rf"{_END}\s+next\s+week|next\s+week", _friday_of_next_week),
            (rf"next\s+(?P<day>{_FULL_WEEKDAY}|{_SHORT_WEEKDAY})", _weekday_of_next_week),
            (rf"this\s+(?P<day>{_FULL_WEEKDAY}|{_SHORT_WEEKDAY})", _this_weekday),
            (rf"(?P<day>{_FULL_WEEKDAY})", _next_weekday),
            (rf"(?:by|on|until|till|before)\s+(?P<day>{_SHORT_WEEKDAY})\.?", _next_weekday),
            (
                rf"(?:in|within)\s+(?P<count>{_COUNT})\s+(?P<unit>days?|weeks?|fortnights?|months?)",
                _after_a_while,
            ),
            (r"(?:in|within)\s+a\s+fortnight", _fortnight),
            (r"(?:the\s+)?day\s+after\s+tomorrow", _day_after_tomorrow),
            (r"tomorrow", _tomorrow),
            (r"today|tonight|end\s+of\s+(?:the\s+)?day|eod", _today),
        )
    )


def read_due_date(text: str, today: date) -> DueGuess:
    """The due date a line of notes names, read by our rules first, then by dateparser.

    The earliest phrase our rules read wins; a phrase shaped like a date that names no day
    is passed over, and if nothing else is found it is named in the reason. Never raises:
    without a date, `due_on` is None and `reason` says why.
    """
    if not text.strip():
        return DueGuess(None, "", "The text is empty.")
    unreadable = ""
    for match, rule in _rule_matches(text):
        phrase = match.group(0)
        try:
            due_on = rule(match, today)
        except (_NotADate, ValueError, OverflowError):
            unreadable = unreadable or phrase
            continue
        if abs((due_on - today).days) > LONGEST_DAYS_AHEAD:
            unreadable = unreadable or phrase
            continue
        return DueGuess(due_on, phrase, f"Read “{phrase}” by the built-in rules.")
    if unreadable:
        return DueGuess(None, unreadable, f"“{unreadable}” is not a date that can be read.")
    guessed = _search_with_dateparser(text, today)
    if guessed is not None:
        phrase, due_on = guessed
        return DueGuess(due_on, phrase, f"Read “{phrase}” with dateparser.")
    return DueGuess(None, "", "No date found.")


def _rule_matches(text: str) -> list[tuple[re.Match[str], _Rule]]:
    """Every phrase the rules match, earliest first, the longest first at one place."""
    matches = [(found, rule) for pattern, rule in _rules() for found in pattern.finditer(text)]
    matches.sort(key=lambda item: (item[0].start(), -len(item[0].group(0))))
    return matches


# Words dateparser reads as dates though in notes they hardly ever are ("We" as Wednesday,
# "may" as May, "second" as a time).
_DATEPARSER_NOISE = frozenset({"may", "march", "now", "second", "sun", "sat", "wed", "mon"})


def _search_with_dateparser(text: str, today: date) -> tuple[str, date] | None:
    """The first plausible future date dateparser finds in the text, or None on anything else."""
    try:
        # Imported here: it takes a good while to import and is only needed now.
        from dateparser.search import search_dates

        found = search_dates(
            text,
            languages=["en"],
            settings={
                "PREFER_DATES_FROM": "future",
                "RELATIVE_BASE": datetime(today.year, today.month, today.day),
                "DATE_ORDER": "DMY",
            },
        )
    except Exception:  # whatever goes wrong in there means "nothing found"
        return None
    for phrase, moment in found or ():
        if not isinstance(phrase, str) or not isinstance(moment, datetime):
            continue
        words = phrase.strip().split()
        if len(words) == 1 and (len(words[0]) <= 3 or words[0].lower() in _DATEPARSER_NOISE):
            continue
        day = moment.date()
        if today <= day and (day - today).days <= LONGEST_DAYS_AHEAD:
            return phrase.strip(), day
    return None
