"""Importing 10,000 CSV rows, when PartnerDesk has a CSV importer.

The file is written here the way Outlook exports contacts (its English column names, a
company per contact, some companies repeated) and imported with
`partnerdesk.interchange.csv_import.import_csv(store, path)` into a copy of a
200-partner demo notebook. Baseline: reading the same file with `csv.DictReader`.

Usage: python bench/import_figure.py NOTEBOOK OUTPUT_DIR   (prints one BENCH line)
"""

import csv
import importlib
import importlib.util
import os
import random
import sys
import time
from pathlib import Path

from figures import emit

ROWS = 10_000
SEED = 5
OUTLOOK_COLUMNS = (
    "First Name",
    "Middle Name",
    "Last Name",
    "Title",
    "Company",
    "Department",
    "Job Title",
    "Business Street",
    "Business City",
    "Business State",
    "Business Postal Code",
    "Business Country/Region",
    "Business Phone",
    "Mobile Phone",
    "E-mail Address",
    "Web Page",
    "Notes",
    "Categories",
)
FIRST = ("Ada", "Bruno", "Chiara", "Dmitri", "Elif", "Farah", "Goran", "Hana", "Ines", "Jonas")
LAST = ("Okafor", "Lindqvist", "Moreau", "Tanaka", "Novak", "Reyes", "Schmidt", "Haddad")
WORDS = ("Northwind", "Bluefield", "Cedar", "Harbor", "Summit", "Riverbend", "Ironwood")
KINDS = ("Bank", "Labs", "Health", "Logistics", "Foundation", "Energy", "Software")
CITIES = ("Leeds", "Lyon", "Porto", "Graz", "Utrecht", "Tampere", "Bilbao", "Brno")
TITLES = ("HR Director", "Head of Talent", "CTO", "Partnerships Lead", "Recruiter")


def importer_present() -> bool:
    return importlib.util.find_spec("partnerdesk.interchange.csv_import") is not None


def write_outlook_csv(path: Path, rows: int = ROWS) -> None:
    rng = random.Random(SEED)
    companies = [f"{rng.choice(WORDS)} {rng.choice(KINDS)} {number}" for number in range(rows // 4)]
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.DictWriter(handle, OUTLOOK_COLUMNS)
        writer.writeheader()
        for number in range(rows):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            company = rng.choice(companies)
            domain = company.split()[0].lower()
            writer.writerow(
                {
                    "First Name": first,
                    "Last Name": f"{last}{number}",
                    "Company": company,
                    "Job Title": rng.choice(TITLES),
                    "Business City": rng.choice(CITIES),
                    "Business Phone": f"+44 113 496 {number % 10000:04d}",
                    "E-mail Address": f"{first.lower()}.{last.lower()}{number}@{domain}.example",
                    "Web Page": f"https://{domain}.example",
                    "Notes": "Met at the careers fair; interested in internships.",
                    "Categories": rng.choice(("Talent", "Research", "Alumni")),
                }
            )


def main(notebook: Path, output_dir: Path) -> None:
    source = output_dir / "outlook-contacts.csv"
    write_outlook_csv(source)
    started = time.perf_counter()
    with source.open(newline="", encoding="utf-8-sig") as handle:
        parsed = sum(1 for _row in csv.DictReader(handle))
    baseline = time.perf_counter() - started

    from partnerdesk.store.store import Store

    # By name: the importer is another branch's work, present or not on this one.
    import_csv = importlib.import_module("partnerdesk.interchange.csv_import").import_csv

    store = Store.open(notebook, output_dir / "backups", create=False)
    try:
        started = time.perf_counter()
        report = import_csv(store, source, dry_run=False)
        seconds = time.perf_counter() - started
    finally:
        store.close()
    emit(
        {
            "csv_import_s": seconds,
            "csv_parse_s": baseline,
            "csv_rows": parsed,
            "csv_report": repr(report)[:300],
        }
    )
    os._exit(0)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
