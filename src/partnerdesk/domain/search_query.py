"""Turns whatever a user types into a safe SQLite FTS5 MATCH expression, or into no query.

FTS5 has its own query language (`AND`, `OR`, `NOT`, `NEAR(...)`, `col:term`, `*`, `^`,
parentheses, double quotes), and an expression it cannot parse is an SQL error. So nothing
the user types is ever handed over as syntax: the text is split on white space and each
word becomes one double-quoted FTS5 string (a `"` inside is doubled), which FTS5 reads as
plain text and tokenizes like the indexed text. `Q3-review` stays one phrase (`q3` then
`review`), `body:secret` is two words in a row rather than a column filter, `NEAR(` is the
word "near", and the words are joined by FTS5's implicit AND.

The last word is a prefix (`"interns"*`) so results follow typing, unless its last token
is a single character or the text ends in a space (the word is finished). A one-letter
prefix matches nearly every row of a notebook, which ranks nothing and is the one prefix
FTS5 cannot answer quickly, so `a`, `Q3-r` or `don't` end in a whole word.

Words that hold no letter or digit (lone punctuation, emoji) could never match a token of
the `unicode61` tokenizer, so they are dropped; text with no word left gives no query.
"""

import unicodedata
from dataclasses import dataclass

# More words than this narrow nothing a person means; the rest of a pasted page is ignored.
MAX_WORDS = 24
MIN_PREFIX_LENGTH = 2

# The character classes `unicode61` keeps inside tokens (its default `categories`).
_TOKEN_CATEGORIES = ("L", "N", "Co")


@dataclass(frozen=True)
class SearchQuery:
    """The words searched for, and the FTS5 expression that finds them."""

    words: tuple[str, ...]
    prefix: bool

    @property
    def match_expression(self) -> str:
        quoted = [_quoted(word) for word in self.words]
        if self.prefix:
            quoted[-1] += "*"
        return " ".join(quoted)


def parse_search(text: str) -> SearchQuery | None:
    """The query for `text`, or None when it holds nothing that could be searched for."""
    words = [word for word in text.split() if _has_token_character(word)][:MAX_WORDS]
    if not words:
        return None
    prefix = _token_length(words[-1]) >= MIN_PREFIX_LENGTH and not text[-1:].isspace()
    return SearchQuery(words=tuple(words), prefix=prefix)


def match_expression(text: str) -> str | None:
    """The FTS5 MATCH expression for `text`, or None when there is nothing to search for."""
    query = parse_search(text)
    return None if query is None else query.match_expression


def _quoted(word: str) -> str:
    # A NUL would end the expression early inside SQLite's parser, and a lone surrogate
    # cannot be written as UTF-8; neither is ever part of a token.
    kept = "".join(" " if char == "\x00" or _is_surrogate(char) else char for char in word)
    cleaned = kept.replace('"', '""')
    return f'"{cleaned}"'


def _is_token_character(char: str) -> bool:
    return unicodedata.category(char).startswith(_TOKEN_CATEGORIES)


def _is_surrogate(char: str) -> bool:
    return "\ud800" <= char <= "\udfff"


def _has_token_character(word: str) -> bool:
    return any(_is_token_character(char) for char in word)


def _token_length(word: str) -> int:
    """Characters in the word's last token, as the prefix FTS5 would look up."""
    length = 0
    for char in reversed(word):
        if _is_token_character(char):
            length += 1
        elif length:
            break
    return length
