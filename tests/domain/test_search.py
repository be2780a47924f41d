"""Search hits: the highlight markers split cleanly, whatever text they sit in."""

from datetime import date

import pytest

from partnerdesk.domain.changes import Entity
from partnerdesk.domain.search import (
    HIGHLIGHT_END as END,
)
from partnerdesk.domain.search import (
    HIGHLIGHT_START as START,
)
from partnerdesk.domain.search import (
    SearchHit,
    highlight_runs,
    readable_snippet,
    strip_highlights,
)


def hit(title: str, snippet: str) -> SearchHit:
    return SearchHit(
        kind=Entity.MEETING,
        id=1,
        partner_id=2,
        partner_name="Northwind",
        title=title,
        snippet=snippet,
        date=date(2026, 11, 27),
        rank=-1.5,
    )


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("", []),
        ("plain", [("plain", False)]),
        (f"a {START}bank{END} loan", [("a ", False), ("bank", True), (" loan", False)]),
        (f"{START}José{END}", [("José", True)]),
        (f"{END}stray{END} end", [("stray end", False)]),
        (f"{START}{START}twice{END}", [("twice", True)]),
        (f"{START}never closed", [("never closed", True)]),
        (f"x{START}{END}y", [("x", False), ("y", False)]),
    ],
)
def test_runs_alternate_whatever_the_markers(text: str, runs: list[tuple[str, bool]]) -> None:
    assert list(highlight_runs(text)) == runs


def test_plain_text_drops_the_markers() -> None:
    found = hit(f"{START}Kick{END}-off", f"…about the {START}internship{END} plan")
    assert found.plain_title == "Kick-off"
    assert found.plain_snippet == "…about the internship plan"
    assert strip_highlights(f"<b>{START}x{END}</b>") == "<b>x</b>"


def test_matched_words_come_from_the_snippet_first_once_each() -> None:
    found = hit(
        f"{START}Internship{END} review",
        f"the {START}internship{END} and {START}José{END}, again {START}internship{END}",
    )
    assert found.matched_words == ("internship", "José", "Internship")


@pytest.mark.parametrize(
    ("markdown", "line"),
    [
        ("## Next steps\n- [x] Schedule the visit", "Next steps · Schedule the visit"),
        (f"…needs **40 {START}data{END}** analysts", f"…needs 40 {START}data{END} analysts"),
        ("1. first\n2) second\n> quoted", "first · second · quoted"),
        ("See [the plan](https://x.example/plan) now", "See the plan now"),
        (f"- [ ] {START}Call{END} Renee…", f"{START}Call{END} Renee…"),
        ("…- item\n\n\n", "…item"),
        ("a * b and 3 - 2", "a * b and 3 - 2"),
    ],
)
def test_snippets_of_markdown_read_as_one_line(markdown: str, line: str) -> None:
    assert readable_snippet(markdown) == line
