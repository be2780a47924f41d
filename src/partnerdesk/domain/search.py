"""What a full-text search finds: hits with highlighted words, and the kinds searched."""

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from partnerdesk.domain.changes import Entity

# Private control characters around each matched word in a title or snippet. They cannot
# be typed into a form, and they are not markup: the UI escapes every piece of text and
# only then turns these into bold, so a note holding `<b>` or a link stays plain text.
HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"

# The kinds of record the index covers, in the order their groups are shown.
SEARCHABLE = (Entity.PARTNER, Entity.PERSON, Entity.MEETING, Entity.COMMITMENT, Entity.NEED)
# Kinds that have a date (a meeting's day, a commitment's due date): `since`/`until` narrow these.
DATED = frozenset({Entity.MEETING, Entity.COMMITMENT})


@dataclass(frozen=True)
class SearchHit:
    """One record that matched, with the words that matched marked in `title` and `snippet`.

    `title` is the record's name (a partner's or person's name, a meeting's title, a
    commitment's or need's description); `snippet` the matching passage of its longer text.
    Both may hold HIGHLIGHT_START/HIGHLIGHT_END markers; `plain_title`/`plain_snippet` drop
    them. `rank` is FTS5's bm25 score among hits of the same kind: lower is better.
    """

    kind: Entity
    id: int
    partner_id: int
    partner_name: str
    title: str
    snippet: str
    date: date | None
    rank: float

    @property
    def plain_title(self) -> str:
        return strip_highlights(self.title)

    @property
    def plain_snippet(self) -> str:
        return strip_highlights(self.snippet)

    @property
    def matched_words(self) -> tuple[str, ...]:
        """The words as they are written in the record, marked in the title or the snippet."""
        found = [
            part
            for text in (self.snippet, self.title)
            for part, marked in highlight_runs(text)
            if marked and part.strip()
        ]
        return tuple(dict.fromkeys(found))


def strip_highlights(text: str) -> str:
    return text.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")


_MARKERS = re.compile(f"([{HIGHLIGHT_START}{HIGHLIGHT_END}])")


def highlight_runs(text: str) -> Iterator[tuple[str, bool]]:
    """The text in runs of (piece, marked), for any arrangement of markers.

    A start marker begins a marked run and an end marker ends it; stray, repeated or
    unbalanced markers never nest or leak: the runs always alternate cleanly.
    """
    marked = False
    piece = ""
    for part in _MARKERS.split(text):
        if part in (HIGHLIGHT_START, HIGHLIGHT_END):
            now_marked = part == HIGHLIGHT_START
            if now_marked != marked:
                if piece:
                    yield piece, marked
                piece = ""
                marked = now_marked
        else:
            piece += part
    if piece:
        yield piece, marked


_M = f"[{HIGHLIGHT_START}{HIGHLIGHT_END}]*"  # markers may sit anywhere around a token
_LINE_MARKUP = re.compile(
    rf"^(?P<lead>…?)[ \t]*(?:#{{1,6}}[ \t]+|>[ \t]*|(?:[-*+]|\d+[.)])[ \t]+"
    rf"(?:\[{_M}[ xX]?{_M}\][ \t]+)?)",
    re.MULTILINE,
)
_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)")
_EMPHASIS = re.compile(r"\*\*|__|`+|~~")


def readable_snippet(markdown: str) -> str:
    """A passage of Markdown as one line of prose: no heading, list or emphasis marks.

    The highlight markers are kept where they are; lines are joined with " · ".
    """
    text = _LINE_MARKUP.sub(r"\g<lead>", markdown)
    text = _LINK.sub(r"\1", text)
    text = _EMPHASIS.sub("", text)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return " · ".join(line for line in lines if strip_highlights(line).strip(" …"))
