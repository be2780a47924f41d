"""Writes the pseudo-locale: every string accented and made 40 % longer, to find cut text.

Reads the messages lupdate extracted (`partnerdesk_es.ts`, for its sources only) and writes
`partnerdesk_pseudo.ts` with a translation for each. Placeholders (`{name}`, `%n`, `%1`),
mnemonics (`&F`) and the `…` of menu entries stay intact so the strings still work.
"""

import argparse
import re
import xml.etree.ElementTree as ET
from pathlib import Path

ACCENTED = str.maketrans(
    "AaCcDdEeGgHhIiJjKkLlNnOoRrSsTtUuWwYyZz",
    "ÅåÇçÐðÉéĜĝĤĥÎîĴĵĶķĻļÑñÖöŔŕŠšŢţÜüŴŵÝýŽž",
)
# Pieces that code relies on: format fields, Qt's %n/%1, mnemonics, entities.
PROTECTED = re.compile(r"\{[^{}]*\}|%n|%L?\d|&&|&(?=\w)|\n")
GROWTH = 0.4


def pseudo(text: str) -> str:
    """`Save` → `[Šåvé·~~]`: recognisably the same, accented, and longer."""
    pieces: list[str] = []
    position = 0
    for match in PROTECTED.finditer(text):
        pieces.append(text[position : match.start()].translate(ACCENTED))
        pieces.append(match.group())
        position = match.end()
    pieces.append(text[position:].translate(ACCENTED))
    body = "".join(pieces)
    padding = "~" * max(1, round(len(text) * GROWTH))
    return f"[{body}{padding}]"


def write_pseudo(source_ts: Path, target_ts: Path) -> int:
    """Writes `target_ts` with a pseudo translation of every message; returns how many."""
    tree = ET.parse(source_ts)
    root = tree.getroot()
    root.set("language", "eo")  # any language Qt knows; the file name selects it
    count = 0
    for message in root.iter("message"):
        source = message.findtext("source", default="")
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.clear()
        numerus = message.get("numerus") == "yes"
        for child in list(translation):
            translation.remove(child)
        if numerus:
            translation.text = None
            for _form in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo(source)
        else:
            translation.text = pseudo(source)
        count += 1
    tree.write(target_ts, encoding="utf-8", xml_declaration=True)
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("source_ts", type=Path)
    parser.add_argument("target_ts", type=Path)
    args = parser.parse_args()
    count = write_pseudo(args.source_ts, args.target_ts)
    print(f"pseudo-locale: {count} messages in {args.target_ts}")


if __name__ == "__main__":
    main()
