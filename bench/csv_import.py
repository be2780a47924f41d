"""How long importing 10,000 CSV rows takes (DESIGN §6 budget: at most 2 s).

Writes an Outlook-style contacts file (Windows-1252, Outlook's header, accented names,
about one company for every five people, a tenth of the rows repeating an earlier e-mail),
generates a demo notebook, then times `import_csv` on a fresh copy of that notebook for
each run: reading, guessing the columns, matching, the backup before the import, and the
one transaction. Prints the figures; asserts nothing.

    .venv/bin/python bench/csv_import.py [--rows 10000] [--partners 200] [--runs 5]
"""

import argparse
import csv
import io
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from partnerdesk.demo import generate
from partnerdesk.interchange.csv_import import import_csv
from partnerdesk.interchange.csv_table import read_csv_table
from partnerdesk.store.backup import make_backup
from partnerdesk.store.store import Store

BUDGET_SECONDS = 2.0
OUTLOOK_HEADER = [
    "Title",
    "First Name",
    "Middle Name",
    "Last Name",
    "Suffix",
    "Company",
    "Department",
    "Job Title",
    "Business Street",
    "Business Street 2",
    "Business City",
    "Business State",
    "Business Postal Code",
    "Business Country/Region",
    "Home Street",
    "Home City",
    "Home Postal Code",
    "Home Country/Region",
    "Business Fax",
    "Business Phone",
    "Business Phone 2",
    "Home Phone",
    "Mobile Phone",
    "Categories",
    "E-mail Address",
    "E-mail Type",
    "E-mail Display Name",
    "E-mail 2 Address",
    "Notes",
    "Web Page",
]
FIRST = [
    "Ana",
    "Bruno",
    "Chloé",
    "Daniel",
    "Élodie",
    "Felipe",
    "Grete",
    "Hugo",
    "Inés",
    "Jürgen",
    "Karin",
    "Luis",
    "María",
    "Nuño",
]
LAST = [
    "García",
    "Müller",
    "Dubois",
    "Rossi",
    "Nørgaard",
    "Søren",
    "Lukács",
    "Peña",
    "Costa",
    "Schäfer",
    "Ibáñez",
    "Ortiz",
]
COMPANY_WORDS = [
    "Norte",
    "Vía",
    "Lumen",
    "Crisol",
    "Água",
    "Brücke",
    "Æther",
    "Sierra",
    "Delta",
    "Nimbus",
    "Océano",
    "Kessel",
]
SUFFIXES = ("S.A.", "GmbH", "Ltd", "Inc.", "S.L.", "University", "Foundation", "AG")
CITIES = ("Sevilla", "München", "Lyon", "Zürich", "Bogotá", "Porto", "København")


def outlook_csv(rows: int, seed: int = 7) -> bytes:
    rng = random.Random(seed)
    companies = [
        f"{rng.choice(COMPANY_WORDS)} {rng.choice(COMPANY_WORDS)} {rng.choice(SUFFIXES)} {n}"
        for n in range(max(1, rows // 5))
    ]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(OUTLOOK_HEADER)
    emails: list[str] = []
    for n in range(rows):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        if emails and rng.random() < 0.1:
            email = rng.choice(emails)  # the same person twice, as address books have
        else:
            email = f"{first.lower()}.{last.lower()}.{n}@example.org"
            emails.append(email)
        values = dict.fromkeys(OUTLOOK_HEADER, "")
        values.update(
            {
                "Title": rng.choice(("", "Dr.", "Mr.", "Ms.")),
                "First Name": first,
                "Last Name": last,
                "Company": rng.choice(companies),
                "Job Title": rng.choice(("Director", "Jefa de RR. HH.", "CTO", "Dean", "")),
                "Business City": rng.choice(CITIES),
                "Business Country/Region": "España",
                "Business Phone": f"+34 955 {n:06d}",
                "E-mail Address": email,
                "E-mail Type": "SMTP",
                "E-mail Display Name": f"{first} {last} ({email})",
                "Notes": rng.choice(("", "Met at the fair; wants interns.\r\nCall in May.")),
            }
        )
        writer.writerow(values[column] for column in OUTLOOK_HEADER)
    return out.getvalue().encode("cp1252")


def copy_notebook(source: Path, target: Path) -> None:
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--partners", type=int, default=200, help="demo notebook size")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pd-bench-csv-") as temp:
        folder = Path(temp)
        csv_path = folder / "outlook-contacts.csv"
        csv_path.write_bytes(outlook_csv(args.rows))
        demo_path = folder / "demo.partnerdesk"
        store = Store.open(demo_path, folder / "backups")
        counts = generate(store, args.partners, 1, date.today())
        store.close()
        started = time.perf_counter()
        table = read_csv_table(csv_path)
        read_seconds = time.perf_counter() - started
        started = time.perf_counter()
        make_backup(demo_path, folder / "backup-alone.sqlite")
        backup_seconds = time.perf_counter() - started
        demo_mb = demo_path.stat().st_size / 1024 / 1024
        totals: list[float] = []
        report = None
        for run in range(args.runs):
            notebook = folder / f"run{run}.partnerdesk"
            copy_notebook(demo_path, notebook)
            store = Store.open(notebook, folder / "backups")
            try:
                started = time.perf_counter()
                report = import_csv(store, csv_path, dry_run=False)
                totals.append(time.perf_counter() - started)
            finally:
                store.close()
        store = Store.open(folder / "run0.partnerdesk", folder / "backups")
        try:
            started = time.perf_counter()
            import_csv(store, csv_path, dry_run=True)
            repeat_dry_run = time.perf_counter() - started
        finally:
            store.close()
    size_mb = len(outlook_csv(args.rows)) / 1024 / 1024
    best, median = min(totals), statistics.median(totals)
    print(
        f"CSV import: {len(table.rows):,} rows (Outlook CSV, {table.encoding}, {size_mb:.1f} MB, "
        f"{len(table.headers)} columns) into a demo notebook of {counts.partners:,} partners "
        f"and {counts.people:,} people"
    )
    print(f"  result: {report.summary() if report else '-'}")
    print(f"  reading and checking the file alone: {read_seconds:.3f} s")
    print(f"  the checked backup alone ({demo_mb:.1f} MB notebook): {backup_seconds:.3f} s")
    print(
        f"  whole import (read, map, backup, one transaction): best {best:.3f} s, "
        f"median {median:.3f} s of {len(totals)} runs; budget {BUDGET_SECONDS:.1f} s"
    )
    print(f"  dry run of the same file again (all rows now matches): {repeat_dry_run:.3f} s")
    return 0 if median <= BUDGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
