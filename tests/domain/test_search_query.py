"""Any text a user types becomes a safe FTS5 query, or no query: never an SQL error."""

import sqlite3
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from partnerdesk.domain.search_query import MAX_WORDS, match_expression, parse_search

ROWS = [
    "José Martínez runs the Q3-review with the bank",
    "don't forget: body secret, near the campus",
    "שלום עולם — a note in Hebrew",
    "مرحبا بالعالم and Arabic too",
    "Internship calendar for the data analysts",
    "Emoji 😀 party * and stars",
]


@pytest.fixture(scope="module")
def fts() -> Iterator[sqlite3.Connection]:
    """An FTS5 table built like the notebook's index (same tokenizer and prefixes)."""
    connection = sqlite3.connect(":memory:")
    connection.execute(
        "CREATE VIRTUAL TABLE t USING fts5(body, "
        "tokenize='unicode61 remove_diacritics 2', prefix='2 3')"
    )
    connection.executemany("INSERT INTO t (body) VALUES (?)", [(row,) for row in ROWS])
    yield connection
    connection.close()


def found(fts: sqlite3.Connection, text: str) -> list[int]:
    expression = match_expression(text)
    if expression is None:
        return []
    rows = fts.execute("SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid", (expression,))
    return [row[0] for row in rows]


@pytest.mark.parametrize(
    ("typed", "expression"),
    [
        ("bank", '"bank"*'),
        ("the bank", '"the" "bank"*'),
        ("bank ", '"bank"'),  # a space after the word: the word is finished
        ("AND", '"AND"*'),
        ("OR NOT", '"OR" "NOT"*'),
        ("NEAR(", '"NEAR("*'),
        ("don't", '"don\'t"'),  # its last token, "t", is one character
        ("Q3-review", '"Q3-review"*'),
        ("body:secret", '"body:secret"*'),
        ('say "hi', '"say" """hi"*'),
        ("a", '"a"'),  # one character is a whole word, not a prefix of everything
        ("Q3-", '"Q3-"*'),
        ("x.", '"x."'),
        ("emoji 😀", '"emoji"*'),
        ("  spaced\tout\n", '"spaced" "out"'),
        ("שלום", '"שלום"*'),
    ],
)
def test_each_word_is_quoted_and_the_last_one_is_a_prefix(typed: str, expression: str) -> None:
    assert match_expression(typed) == expression


@pytest.mark.parametrize(
    "typed", ["", "   ", "\t\n", '"', '""', "*", "(", ")", "-", "!!!", "😀", "— … ·", "^", ":"]
)
def test_text_with_nothing_to_search_gives_no_query(typed: str) -> None:
    assert match_expression(typed) is None


@pytest.mark.parametrize(
    ("typed", "rows"),
    [
        ("Jose", [1]),  # diacritics folded
        ("martinez", [1]),
        ("q3-review", [1]),
        ("Q3", [1]),
        ("review Q3", [1]),
        ("don't", [2]),
        ("body:secret", [2]),
        ("NEAR(", [2]),
        ("near(the", [2]),
        ("AND", [4, 6]),  # the word "and", not an operator
        ("*", []),
        ("שלום", [3]),
        ("بالعالم", [4]),
        ("Intern", [5]),
        ("data analy", [5]),
        ("the", [1, 2, 5]),
        ('"campus"', [2]),
        ("😀 party", [6]),
        ("stars *", [6]),
    ],
)
def test_hostile_text_finds_what_it_says(
    fts: sqlite3.Connection, typed: str, rows: list[int]
) -> None:
    assert found(fts, typed) == rows


def test_ten_kilobytes_of_text_is_cut_to_a_query_of_a_few_words(fts: sqlite3.Connection) -> None:
    pasted = ('The bank asked about NEAR(interns) AND "data" * col:x. ' * 200)[:10_240]
    query = parse_search(pasted)
    assert query is not None
    assert len(query.words) == MAX_WORDS
    assert found(fts, pasted) == []


def test_a_single_enormous_word_is_still_a_valid_query(fts: sqlite3.Connection) -> None:
    assert found(fts, "a" * 10_240) == []
    assert found(fts, "-".join(["x"] * 5000)) == []


def test_nul_and_lone_surrogates_never_reach_sqlite(fts: sqlite3.Connection) -> None:
    assert found(fts, "ban\x00k") == []
    assert found(fts, "bank\ud800") == [1]


FTS_SYNTAX = st.sampled_from(
    ['"', "'", "AND", "OR", "NOT", "NEAR(", "NEAR", "(", ")", "*", "^", ":", "body:", "-", "+",
     ",", "{", "}", " ", "\t", "\n", "\x00", "é", "Q3", "review", "😀", "ש", "\u200f"]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(FTS_SYNTAX, st.text(max_size=12)), max_size=40).map("".join))
def test_any_text_gives_a_query_that_sqlite_accepts(fts: sqlite3.Connection, text: str) -> None:
    fts.execute("SAVEPOINT example")  # each example's row is taken back below
    try:
        rowid = fts.execute("INSERT INTO t (body) VALUES (?)", (text,)).lastrowid
        expression = match_expression(text)
        if expression is None:
            assert parse_search(text) is None
            return
        found_rows = fts.execute("SELECT rowid FROM t WHERE t MATCH ?", (expression,)).fetchall()
        # Every word of a text is in that text: the query must at least find the text.
        assert (rowid,) in found_rows
    finally:
        fts.execute("ROLLBACK TO example")
        fts.execute("RELEASE example")
