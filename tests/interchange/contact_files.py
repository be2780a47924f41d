"""The sample contact files in tests/data, and a helper that checks a refusal left no trace."""

from pathlib import Path

from partnerdesk.domain.models import Counts
from partnerdesk.store.store import Store

DATA = Path(__file__).resolve().parent.parent / "data"
CSV_FILES = (
    "outlook-contacts.csv",
    "google-contacts.csv",
    "linkedin-Connections.csv",
    "excel-unicode-text.txt",
    "excel-semicolon.csv",
    "hubspot-contacts.csv",
    "salesforce-contacts.csv",
    "pipedrive-people.csv",
)
VCARD_FILES = ("icloud-contacts.vcf", "contacts-4.0.vcf")


def snapshot(store: Store) -> tuple[Counts, list[str]]:
    """What a refused import must not change: the counts, and every person as exported."""
    people = [
        f"{line.person.full_name}|{line.person.email}|{line.person.title}|{line.partner_name}"
        for line in store.table_export.people()
    ]
    return store.counts(), people
