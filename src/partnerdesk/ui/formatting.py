"""Dates and times as the user's locale writes them."""

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone

# Short formats are all digits and ambiguous across locales ("3/4"); a month name is not.
DAY_FORMAT = "d MMM yyyy"


def format_day(day: date | None) -> str:
    """A calendar date as "3 Mar 2026", with the month named in the user's language."""
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), DAY_FORMAT)


def format_moment(moment: datetime | None) -> str:
    """An aware datetime in local time, e.g. "27 Nov 2026 10:42"."""
    if moment is None:
        return ""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone())
    return QLocale().toString(local, f"{DAY_FORMAT} HH:mm")


def format_time(moment: datetime) -> str:
    local = moment.astimezone()
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def format_meeting(starts_at: datetime, title: str) -> str:
    """A meeting as a list names it: "20 Nov 2026 · Internship pipeline"."""
    day = format_day(starts_at.astimezone().date())
    return f"{day} · {title}" if title else day


def long_day(day: date) -> str:
    """A date written out for a letter: "27 November 2026", "27 de noviembre de 2026"."""
    # The pattern is translated: languages join day, month and year with their own words.
    pattern = QCoreApplication.translate("Formatting", "d MMMM yyyy")
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)
