"""A brief rendered to HTML and laid out on exactly one page, shortened until it fits.

The template (`templates/brief.html.j2`) is rendered with autoescape on, so every piece
of user text prints as the characters it holds. The document is laid out at 72 dots per
inch, so one document unit is one point and the page size is the printable area in points.

When the brief is longer than one page, it is shortened one step at a time, in this
order, until it fits; each list that loses items says so ("+4 more commitments"):

0. always: no single text is longer than 300 characters, no list longer than 20 items
   (no page holds more);
1. the key lines of each meeting: 1 each;
2. last meetings: 2, then 1;
3. people: 6;
4. needs: 5;
5. promises: 6 on each side;
6. initiatives: 3;
7. talking points: 4;
8. then rounds that halve, in turn, people, needs, promises, initiatives, meetings and
   talking points (meetings' key lines go first), until each section is empty;
9. last, every text is cut to 160, then 80, then 40 characters.

Step 9 with every list empty always fits, so the result is always one page.
"""

import importlib.resources
from collections.abc import Iterator
from dataclasses import dataclass, fields, replace
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QSizeF
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QTextDocument

from partnerdesk.domain.agenda import local_day
from partnerdesk.domain.brief import (
    BriefContent,
    BriefHeader,
    BriefInitiative,
    BriefMeeting,
    BriefNeed,
    BriefPerson,
    BriefPromise,
    DayFormat,
    format_day_plain,
)
from partnerdesk.domain.enum_words import ENUM_WORDS
from partnerdesk.domain.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    # Jinja2 itself loads when a brief is first made (`load_template`), not at start-up.
    import jinja2

_T = TypeVar("_T")
_Clippable = TypeVar("_Clippable", BriefHeader, BriefNeed, BriefPromise, BriefPerson)

POINTS_PER_INCH = 72
MM_PER_INCH = 25.4
FONT_POINTS = 9.0
LIST_INDENT = 12.0  # points; Qt's default of 40 wastes a fifth of the line
MAX_TEXT = 300
MAX_ITEMS = 20
CLIPPED_TEXT_WIDTHS = (160, 80, 40)
# The translation context of the brief's own words. With no translator installed (the
# command line) they stay English.
BRIEF = "Brief"
# Every text the template passes to tr(), so that lupdate finds it (a test keeps the two
# lists equal).
TEMPLATE_TEXTS = (
    QT_TRANSLATE_NOOP("Brief", "Relationship since"),
    QT_TRANSLATE_NOOP("Brief", "Last contact"),
    QT_TRANSLATE_NOOP("Brief", "Last face-to-face"),
    QT_TRANSLATE_NOOP("Brief", "Talking points"),
    QT_TRANSLATE_NOOP("Brief", "Nothing pressing."),
    QT_TRANSLATE_NOOP("Brief", "+{count} more talking point"),
    QT_TRANSLATE_NOOP("Brief", "+{count} more talking points"),
    QT_TRANSLATE_NOOP("Brief", "What they need"),
    QT_TRANSLATE_NOOP("Brief", "an initiative addresses it"),
    QT_TRANSLATE_NOOP("Brief", "No open needs noted."),
    QT_TRANSLATE_NOOP("Brief", "+{count} more need"),
    QT_TRANSLATE_NOOP("Brief", "+{count} more needs"),
    QT_TRANSLATE_NOOP("Brief", "Where we stand"),
    QT_TRANSLATE_NOOP("Brief", "check-in {date}"),
    QT_TRANSLATE_NOOP("Brief", "Pairs:"),
    QT_TRANSLATE_NOOP("Brief", "No initiatives under way."),
    QT_TRANSLATE_NOOP("Brief", "+{count} more initiative"),
    QT_TRANSLATE_NOOP("Brief", "+{count} more initiatives"),
    QT_TRANSLATE_NOOP("Brief", "Promises"),
    QT_TRANSLATE_NOOP("Brief", "Overdue"),
    QT_TRANSLATE_NOOP("Brief", "due {date}"),
    QT_TRANSLATE_NOOP("Brief", "None open."),
    QT_TRANSLATE_NOOP("Brief", "+{count} more commitment"),
    QT_TRANSLATE_NOOP("Brief", "+{count} more commitments"),
    QT_TRANSLATE_NOOP("Brief", "Track record:"),
    QT_TRANSLATE_NOOP("Brief", "Last meetings"),
    QT_TRANSLATE_NOOP("Brief", "No meetings yet."),
    QT_TRANSLATE_NOOP("Brief", "+{count} more meeting"),
    QT_TRANSLATE_NOOP("Brief", "+{count} more meetings"),
    QT_TRANSLATE_NOOP("Brief", "People"),
    QT_TRANSLATE_NOOP("Brief", "Name"),
    QT_TRANSLATE_NOOP("Brief", "Title"),
    QT_TRANSLATE_NOOP("Brief", "Role"),
    QT_TRANSLATE_NOOP("Brief", "Our contact"),
    QT_TRANSLATE_NOOP("Brief", "No people recorded."),
    QT_TRANSLATE_NOOP("Brief", "+{count} more person"),
    QT_TRANSLATE_NOOP("Brief", "+{count} more people"),
    QT_TRANSLATE_NOOP("Brief", "Prepared on {date}"),
)
# Where people print on Letter paper; everywhere else uses A4.
LETTER_TERRITORIES = frozenset(
    {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Philippines,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
        QLocale.Country.PuertoRico,
    }
)


class PaperSize(StrEnum):
    A4 = "A4"
    LETTER = "Letter"


def default_page_size(locale: QLocale | None = None) -> PaperSize:
    """Letter where the locale measures in US units or its country prints on Letter; else A4."""
    locale = locale if locale is not None else QLocale()
    if (
        locale.measurementSystem() is QLocale.MeasurementSystem.ImperialUSSystem
        or locale.territory() in LETTER_TERRITORIES
    ):
        return PaperSize.LETTER
    return PaperSize.A4


@dataclass(frozen=True)
class PageSetup:
    """The paper and its margins (the same on every side, in millimetres)."""

    paper: PaperSize = PaperSize.A4
    margin_mm: float = 14.0

    def page_size(self) -> QPageSize:
        size_id = (
            QPageSize.PageSizeId.Letter
            if self.paper is PaperSize.LETTER
            else (QPageSize.PageSizeId.A4)
        )
        return QPageSize(size_id)

    def margins(self) -> QMarginsF:
        """The margins in millimetres."""
        m = self.margin_mm
        return QMarginsF(m, m, m, m)

    def page_layout(self) -> QPageLayout:
        return QPageLayout(
            self.page_size(),
            QPageLayout.Orientation.Portrait,
            self.margins(),
            QPageLayout.Unit.Millimeter,
        )

    def body_size(self) -> QSizeF:
        """The printable area in points: the page less its margins."""
        paper = self.page_size().size(QPageSize.Unit.Millimeter)
        width = paper.width() - 2 * self.margin_mm
        height = paper.height() - 2 * self.margin_mm
        scale = POINTS_PER_INCH / MM_PER_INCH
        return QSizeF(width * scale, height * scale)


@dataclass(frozen=True)
class Limits:
    """How many items of each section to keep (None: all) and how long a text may be."""

    talking_points: int | None = MAX_ITEMS
    needs: int | None = MAX_ITEMS
    initiatives: int | None = MAX_ITEMS
    promises: int | None = MAX_ITEMS  # on each side
    meetings: int | None = MAX_ITEMS
    key_lines: int | None = None
    people: int | None = MAX_ITEMS
    text: int = MAX_TEXT


@dataclass(frozen=True)
class LeftOut:
    """How many items of each section the shortening took out, for "+N more" lines."""

    talking_points: int = 0
    needs: int = 0
    initiatives: int = 0
    our_promises: int = 0
    their_promises: int = 0
    meetings: int = 0
    people: int = 0


class BriefDocument(QTextDocument):
    """A QTextDocument laid out at 72 dots per inch (one unit is one point) on one page size."""

    def __init__(self, html: str, body: QSizeF) -> None:
        super().__init__()
        # The layout measures fonts on this device; without one it would use the screen's
        # resolution, and the same brief would break pages differently on each computer.
        self._device = QImage(1, 1, QImage.Format.Format_ARGB32)
        dots_per_metre = round(POINTS_PER_INCH / MM_PER_INCH * 1000)
        self._device.setDotsPerMeterX(dots_per_metre)
        self._device.setDotsPerMeterY(dots_per_metre)
        self.documentLayout().setPaintDevice(self._device)
        # Unhinted glyph widths: the same line breaks at 72 dpi as on 1200 dpi paper.
        self.setUseDesignMetrics(True)
        self.setDocumentMargin(0)
        self.setIndentWidth(LIST_INDENT)
        font = QFont()
        font.setStyleHint(QFont.StyleHint.SansSerif)
        font.setFamilies(["Helvetica", "Arial", "Liberation Sans", "DejaVu Sans"])
        font.setPointSizeF(FONT_POINTS)
        # Without ligatures the PDF's text is searchable and copies as typed ("fi", not "ﬁ").
        for ligatures in ("liga", "clig"):
            font.setFeature(QFont.Tag(ligatures), 0)
        self.setDefaultFont(font)
        # A page size makes the document paginated, which also keeps printing from adding
        # page numbers.
        self.setPageSize(body)
        self.setHtml(html)


def fit_to_one_page(
    content: BriefContent, page: PageSetup, *, template: "jinja2.Template | None" = None
) -> tuple[str, QTextDocument]:
    """The brief's HTML and its document, shortened (see the module) until it is one page.

    `template` (from `load_template`) saves compiling it again for each brief of a batch.
    """
    template = template if template is not None else load_template()
    body = page.body_size()
    shown: BriefContent | None = None
    html = ""
    document: QTextDocument | None = None
    for limits in _shortening_steps():
        trimmed, left_out = shorten(content, limits)
        if trimmed == shown:
            continue  # This step takes nothing out of this brief.
        shown = trimmed
        html = render_html(trimmed, left_out, template)
        document = BriefDocument(html, body)
        if document.pageCount() <= 1:
            break
    assert document is not None  # The first step always lays out a document.
    return html, document


def render_html(
    content: BriefContent,
    left_out: LeftOut | None = None,
    template: "jinja2.Template | None" = None,
) -> str:
    """The brief as HTML in Qt's rich-text subset; user text is escaped."""
    template = template if template is not None else load_template()
    left_out = left_out if left_out is not None else LeftOut()
    header = content.header
    meta = [_label(header.kind), _label(header.stage), header.sector, header.city]
    if header.owner_name:
        meta.append(
            QCoreApplication.translate("Brief", "Owner: {name}").format(name=header.owner_name)
        )
    return template.render(
        content=content,
        more=left_out,
        meta_line=" · ".join(part for part in meta if part),
        promise_columns=(
            (
                QCoreApplication.translate("Brief", "Ours, open"),
                content.our_promises,
                left_out.our_promises,
            ),
            (
                QCoreApplication.translate("Brief", "Theirs, open"),
                content.their_promises,
                left_out.their_promises,
            ),
        ),
        track_record=content.record.summary(QCoreApplication.translate),
    )


def shorten(content: BriefContent, limits: Limits) -> tuple[BriefContent, LeftOut]:
    """A copy of `content` within `limits`, and how many items of each section it left out."""
    width = limits.text
    talking_points, tp_out = _keep(content.talking_points, limits.talking_points)
    needs, needs_out = _keep(content.needs, limits.needs)
    initiatives, initiatives_out = _keep(content.initiatives, limits.initiatives)
    ours, ours_out = _keep(content.our_promises, limits.promises)
    theirs, theirs_out = _keep(content.their_promises, limits.promises)
    meetings, meetings_out = _keep(content.meetings, limits.meetings)
    people, people_out = _keep(content.people, limits.people)
    trimmed = replace(
        content,
        header=_clip_fields(content.header, width),
        talking_points=tuple(_clip(point, width) for point in talking_points),
        needs=tuple(_clip_fields(need, width) for need in needs),
        initiatives=tuple(_clip_initiative(item, width) for item in initiatives),
        our_promises=tuple(_clip_fields(promise, width) for promise in ours),
        their_promises=tuple(_clip_fields(promise, width) for promise in theirs),
        meetings=tuple(_clip_meeting(meeting, limits.key_lines, width) for meeting in meetings),
        people=tuple(_clip_fields(person, width) for person in people),
    )
    left_out = LeftOut(
        talking_points=tp_out,
        needs=needs_out,
        initiatives=initiatives_out,
        our_promises=ours_out,
        their_promises=theirs_out,
        meetings=meetings_out,
        people=people_out,
    )
    return trimmed, left_out


def _shortening_steps() -> Iterator[Limits]:
    """The limits to try, from the whole brief to the barest (the order in the module doc)."""
    limits = Limits()
    yield limits
    for change in (
        {"key_lines": 1},
        {"meetings": 2},
        {"meetings": 1},
        {"people": 6},
        {"needs": 5},
        {"promises": 6},
        {"initiatives": 3},
        {"talking_points": 4},
        {"key_lines": 0},
    ):
        limits = replace(limits, **change)
        yield limits
    halved = ("people", "needs", "promises", "initiatives", "meetings", "talking_points")
    while any(getattr(limits, name) for name in halved):
        for name in halved:
            count = getattr(limits, name)
            if count:
                limits = replace(limits, **{name: count // 2})
                yield limits
    for width in CLIPPED_TEXT_WIDTHS:
        limits = replace(limits, text=width)
        yield limits


def _keep(items: tuple[_T, ...], limit: int | None) -> tuple[tuple[_T, ...], int]:
    if limit is None or len(items) <= limit:
        return items, 0
    return items[:limit], len(items) - limit


def _clip(text: str, width: int) -> str:
    if len(text) <= width:
        return text
    return text[: width - 1].rstrip() + "…"


def _clip_fields(value: _Clippable, width: int) -> _Clippable:
    """`value` with each of its text fields at most `width` characters."""
    changes: dict[str, Any] = {
        field.name: _clip(text, width)
        for field in fields(value)
        if isinstance(text := getattr(value, field.name), str) and len(text) > width
    }
    return replace(value, **changes) if changes else value


def _clip_initiative(initiative: BriefInitiative, width: int) -> BriefInitiative:
    return replace(
        initiative,
        name=_clip(initiative.name, width),
        goal=_clip(initiative.goal, width),
        pairings=tuple((_clip(a, width), _clip(b, width)) for a, b in initiative.pairings),
    )


def _clip_meeting(meeting: BriefMeeting, key_lines: int | None, width: int) -> BriefMeeting:
    lines = meeting.key_lines if key_lines is None else meeting.key_lines[:key_lines]
    return replace(
        meeting,
        title=_clip(meeting.title, width),
        key_lines=tuple(_clip(line, width) for line in lines),
    )


def _tr(text: str) -> str:
    return QCoreApplication.translate(BRIEF, text)


def _label(value: StrEnum) -> str:
    """An enum value as words: "in_person" -> "In person", in the user's language."""
    return QCoreApplication.translate(type(value).__name__, ENUM_WORDS[value])


def load_template(format_day: DayFormat = format_day_plain) -> "jinja2.Template":
    """The brief template, compiled, with autoescape on and its filters.

    `format_day` writes its dates: "3 Mar 2026" by default, whatever the locale; the user
    interface passes its locale's format. Jinja2 loads here, when a brief is first made.
    """
    import jinja2

    def day(value: date | None) -> str:
        return (
            QCoreApplication.translate("Brief", "not yet") if value is None else format_day(value)
        )

    source = (
        importlib.resources.files("partnerdesk.briefs")
        .joinpath("templates", "brief.html.j2")
        .read_text(encoding="utf-8")
    )
    environment = jinja2.Environment(
        autoescape=True, undefined=jinja2.StrictUndefined, keep_trailing_newline=False
    )
    environment.filters["label"] = _label
    environment.filters["day"] = day
    environment.globals["tr"] = _tr
    environment.filters["local_day"] = local_day
    return environment.from_string(source)
