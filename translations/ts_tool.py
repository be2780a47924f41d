"""Lists the messages a .ts file still lacks, and fills translations in from a JSON file.

    python translations/ts_tool.py todo translations/partnerdesk_es.ts > todo.json
    (write the translations into todo.json: a string, or a list of forms for %n messages)
    python translations/ts_tool.py fill translations/partnerdesk_es.ts todo.json

The JSON maps context -> English source -> translation. `todo` writes the unfinished
messages with an empty translation ("" or ["", ""]); `fill` copies every non-empty one
into the .ts and marks it finished. `make translations` afterwards tidies the file and
compiles it. Qt Linguist (`.venv/bin/pyside6-linguist`) does the same job with a window.
"""

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

Translations = dict[str, dict[str, str | list[str]]]


def _is_finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is not None and translation.get("type") not in ("unfinished", "vanished")


def unfinished(ts: Path) -> Translations:
    """context -> source -> empty translation, for every message not yet translated."""
    todo: Translations = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            if _is_finished(message):
                continue
            source = message.findtext("source", default="")
            blank: str | list[str] = ["", ""] if message.get("numerus") == "yes" else ""
            todo.setdefault(name, {})[source] = blank
    return todo


def fill(ts: Path, translations: Translations) -> int:
    """Writes the given translations into `ts`; returns how many messages it filled."""
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        wanted = translations.get(context.findtext("name", default=""), {})
        for message in context.iter("message"):
            text = wanted.get(message.findtext("source", default=""))
            if not text:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            for child in list(translation):
                translation.remove(child)
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                forms = [text] if isinstance(text, str) else text
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text if isinstance(text, str) else text[0]
            filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    todo = commands.add_parser("todo", help="print the unfinished messages as JSON")
    todo.add_argument("ts", type=Path)
    apply = commands.add_parser("fill", help="copy translations from JSON into the .ts")
    apply.add_argument("ts", type=Path)
    apply.add_argument("json", type=Path)
    args = parser.parse_args()
    if args.command == "todo":
        json.dump(unfinished(args.ts), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        count = fill(args.ts, json.loads(args.json.read_text(encoding="utf-8")))
        print(f"filled {count} messages in {args.ts}")


if __name__ == "__main__":
    main()
