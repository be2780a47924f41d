"""Cells a spreadsheet must not run as formulas (CSV injection), and how to read them back.

Excel, LibreOffice and Google Sheets treat a cell that starts with = + - @ (and, through
the characters they skip, tab or carriage return) as a formula. An export puts a quote
before such a cell, which spreadsheets show as text; an import takes that quote off again,
so ordinary text and defused text both come back as typed.
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"
_RISKY_FIRST = frozenset("=+-@\t\r'")


def defused(text: str) -> str:
    """The cell as exported: a quote before a formula-like start.

    A cell that already starts with a quote and a formula-like character gets another
    quote, so that reading it back (`undefused`) gives the text exactly as it was.
    """
    if not text or text[0] not in _RISKY_FIRST:
        return text  # nearly every cell: one look at its first character
    if text.startswith(FORMULA_STARTS) or (
        text.startswith(QUOTE) and text[1:].startswith(FORMULA_STARTS)
    ):
        return QUOTE + text
    return text


def undefused(text: str) -> str:
    """The cell as typed, without the quote `defused` (or another exporter) put in front."""
    rest = text[1:]
    if text.startswith(QUOTE) and (
        rest.startswith(FORMULA_STARTS)
        or (rest.startswith(QUOTE) and rest[1:].startswith(FORMULA_STARTS))
    ):
        return rest
    return text
