"""Contacts arriving from a spreadsheet or an address book, and how they meet the notebook.

Pure rules shared by every contact format (CSV, vCard): what a contact row holds, how it is
checked, how a partner's kind is guessed from its name, and the plan that says which rows
create, update or skip which partners and people. The store carries the plan out.
"""

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from partnerdesk.domain.enums import PartnerKind, PartnerStage
from partnerdesk.domain.interchange import ImportFileError, Progress, no_progress
from partnerdesk.domain.models import Person

PROGRESS_EVERY = 500


class ContactField(StrEnum):
    """What a column (or a vCard property) can become in the notebook."""

    FULL_NAME = "full_name"
    FIRST_NAME = "first_name"
    MIDDLE_NAME = "middle_name"
    LAST_NAME = "last_name"
    EMAIL = "email"
    PHONE = "phone"
    TITLE = "title"
    ROLE = "role"
    NOTES = "notes"
    SIDE = "side"
    UUID = "uuid"
    ORGANIZATION = "organization"
    WEBSITE = "website"
    SECTOR = "sector"
    ADDRESS = "address"
    CITY = "city"
    COUNTRY = "country"
    KIND = "kind"
    STAGE = "stage"


# The mapping value of a column that is not imported.
SKIP = "skip"

# The most characters each stored field takes (names as `validation.clean_name` allows).
FIELD_LIMITS: Mapping[str, int] = {
    "full_name": 200,
    "organization": 200,
    "title": 200,
    "email": 320,
    "phone": 60,
    "role": 120,
    "website": 300,
    "sector": 120,
    "city": 120,
    "country": 120,
    "address": 2000,
    "notes": 100_000,
    "uuid": 36,
}
MULTILINE_FIELDS = frozenset({"notes", "address"})
FIELD_WORDS: Mapping[str, str] = {
    "full_name": "name",
    "organization": "organization",
    "title": "title",
    "email": "e-mail address",
    "phone": "phone number",
    "role": "role",
    "website": "website",
    "sector": "sector",
    "city": "city",
    "country": "country",
    "address": "address",
    "notes": "notes",
    "uuid": "uuid",
}


@dataclass(frozen=True, kw_only=True)
class ImportContact:
    """One row or card: a person (with their organization), or an organization alone.

    `location` says where it came from in the user's terms ("line 14", "card 3 (line 40)").
    """

    location: str
    full_name: str = ""
    email: str = ""
    phone: str = ""
    title: str = ""
    role: str = ""
    notes: str = ""
    ours: bool = False
    uuid: str = ""
    organization: str = ""
    website: str = ""
    sector: str = ""
    address: str = ""
    city: str = ""
    country: str = ""
    kind: PartnerKind | None = None
    stage: PartnerStage | None = None

    @property
    def is_person(self) -> bool:
        return bool(self.full_name or self.email)


def checked_contact(contact: ImportContact) -> ImportContact:
    """The contact with single-line fields tidied, or an ImportFileError naming its place.

    A person known only by an e-mail address is named by it, as address books show them.
    """
    values: dict[str, Any] = {}
    for name, limit in FIELD_LIMITS.items():
        value: str = getattr(contact, name)
        if not value:
            continue
        # Notes and addresses keep their line breaks; every other field is one line.
        if name in MULTILINE_FIELDS:
            value = value.replace("\r\n", "\n").replace("\r", "\n").strip()
        else:
            value = " ".join(value.split())
        if "\x00" in value:
            raise ImportFileError(
                f"the {FIELD_WORDS[name]} contains a NUL character", contact.location
            )
        if len(value) > limit:
            raise ImportFileError(
                f"the {FIELD_WORDS[name]} is too long ({len(value):,} characters; "
                f"at most {limit:,})",
                contact.location,
            )
        values[name] = value
    if values.get("phone", "")[:4].lower() == "tel:":
        values["phone"] = values["phone"][4:]  # vCard 4.0 writes phone numbers as tel: URIs
    email = values.get("email", "")
    if email[:7].lower() == "mailto:":
        email = values["email"] = email[7:]
    if not values.get("full_name") and email:
        values["full_name"] = email[: FIELD_LIMITS["full_name"]]
    return ImportContact(
        location=contact.location,
        ours=contact.ours,
        kind=contact.kind,
        stage=contact.stage,
        **values,
    )


def full_name_of(first: str, middle: str, last: str) -> str:
    return " ".join(part for part in (first.strip(), middle.strip(), last.strip()) if part)


def folded(text: str) -> str:
    """The key two names match by: spacing and case (in any script) do not count."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return " ".join(text.split()).casefold()


# Words in an organization's name that say what kind of organization it is, most telling first.
_KIND_WORDS: tuple[tuple[PartnerKind, tuple[str, ...]], ...] = (
    (
        PartnerKind.UNIVERSITY,
        (
            "university",
            "universidad",
            "universitat",
            "universität",
            "université",
            "universite",
            "universidade",
            "universitet",
            "universiteit",
            "uniwersytet",
            "università",
            "college",
            "polytechnic",
            "politécnica",
            "politecnica",
            "institute of technology",
        ),
    ),
    (PartnerKind.SCHOOL, ("school", "escuela", "colegio", "academy", "lycée", "instituto de")),
    (
        PartnerKind.GOVERNMENT,
        (
            "ministry",
            "ministerio",
            "department of",
            "agency",
            "government",
            "gobierno",
            "ayuntamiento",
            "city of",
            "county",
            "council",
        ),
    ),
    (
        PartnerKind.NONPROFIT,
        ("foundation", "fundación", "fundacion", "association", "asociación", "charity", "ngo"),
    ),
)


def guess_partner_kind(name: str) -> PartnerKind:
    """A new partner's kind read from its name ("Universidad de Sevilla" is a university)."""
    words = f" {folded(name)} "
    for kind, markers in _KIND_WORDS:
        if any(f" {marker} " in words for marker in markers):
            return kind
    return PartnerKind.COMPANY


# -- the plan ------------------------------------------------------------------------------


@dataclass(frozen=True)
class KnownPerson:
    """What matching needs of a person already in the notebook."""

    id: int
    uuid: str
    full_name: str
    email: str
    partner_id: int | None


@dataclass(frozen=True, kw_only=True)
class NewPartner:
    """A partner the import creates; `key` is its folded name, which people refer to."""

    key: str
    name: str
    kind: PartnerKind
    stage: PartnerStage
    website: str = ""
    sector: str = ""
    address: str = ""
    city: str = ""
    country: str = ""


# Which partner a person belongs to: an existing partner's id, a new partner's key, or
# None for one of our own people.
PartnerRef = int | str | None


@dataclass(frozen=True, kw_only=True)
class NewPerson:
    contact: ImportContact
    partner: PartnerRef


@dataclass(kw_only=True)
class ContactPlan:
    """What an import will do; `matches` still have to be compared with the stored people."""

    new_partners: list[NewPartner] = field(default_factory=list)
    new_people: list[NewPerson] = field(default_factory=list)
    # An existing person's id, and the file's rows about them merged into one contact.
    matches: dict[int, ImportContact] = field(default_factory=dict)
    partners_matched: set[int] = field(default_factory=set)
    skipped_partners: int = 0
    skipped_people: int = 0
    repeated_rows: list[tuple[str, str]] = field(default_factory=list)
    without_organization: list[str] = field(default_factory=list)
    empty_rows: list[str] = field(default_factory=list)


class PeopleIndex:
    """The notebook's people, found by uuid, by e-mail, and by name within a partner."""

    def __init__(self, people: Iterable[KnownPerson]) -> None:
        self.by_uuid: dict[str, int] = {}
        self.by_email: dict[str, int] = {}
        self.by_name: dict[tuple[int | None, str], int] = {}
        for person in people:
            self.by_uuid.setdefault(person.uuid, person.id)
            if person.email.strip():
                # The oldest person with an address is the one an import updates.
                self.by_email.setdefault(folded(person.email), person.id)
            self.by_name.setdefault((person.partner_id, folded(person.full_name)), person.id)

    def find_by_identity(self, contact: ImportContact) -> int | None:
        """By uuid, then e-mail address."""
        if contact.uuid and contact.uuid in self.by_uuid:
            return self.by_uuid[contact.uuid]
        if contact.email:
            return self.by_email.get(folded(contact.email))
        return None

    def find_by_name(self, contact: ImportContact, partner: PartnerRef) -> int | None:
        """By name among the people of an existing partner (or ours)."""
        if isinstance(partner, str):
            return None  # a partner the import creates has nobody yet
        return self.by_name.get((partner, folded(contact.full_name)))


# Someone a row turned out to be: ("stored", person id) or ("new", index in new_people).
Found = tuple[str, int]


def plan_contacts(
    contacts: Sequence[ImportContact],
    partners: Mapping[str, int],
    people: PeopleIndex,
    progress: Progress = no_progress,
) -> ContactPlan:
    """Decides, row by row, what each contact creates, updates or skips.

    `partners` maps the folded names of the notebook's partners to their ids. Duplicates
    are recognised by uuid, then e-mail, then name within the organization, against the
    notebook and against earlier rows of the same file (a repeated row fills in what the
    first one left empty).
    """
    plan = ContactPlan()
    new_partner_keys: dict[str, NewPartner] = {}
    # Who each e-mail address of the file turned out to be, so that a later row with the
    # same address finds the same person whichever way the first row was matched.
    file_emails: dict[str, Found] = {}
    new_by_name: dict[tuple[PartnerRef, str], int] = {}
    first_location: dict[int, str] = {}  # stored person id -> the first row that matched it
    total = len(contacts)
    for index, contact in enumerate(contacts):
        if index % PROGRESS_EVERY == 0:
            progress(index, total)
        partner = _partner_of(contact, partners, plan)
        if not contact.is_person:
            if isinstance(partner, str):
                if partner in new_partner_keys:
                    plan.skipped_partners += 1
                _add_partner(new_partner_keys, partner, contact)
            elif partner is not None:
                plan.skipped_partners += 1
            continue
        if partner is None and not contact.ours:
            plan.without_organization.append(contact.location)
            plan.skipped_people += 1
            continue
        email = folded(contact.email) if contact.email else ""
        found = _find(contact, partner, email, people, file_emails, new_by_name)
        if found is None:
            if isinstance(partner, str):
                # A partner is created only for the new people who belong to it.
                _add_partner(new_partner_keys, partner, contact)
            found = ("new", len(plan.new_people))
            plan.new_people.append(NewPerson(contact=contact, partner=partner))
            new_by_name.setdefault((partner, folded(contact.full_name)), found[1])
        elif found[0] == "stored":
            person_id = found[1]
            if person_id in plan.matches:
                plan.repeated_rows.append((contact.location, first_location[person_id]))
                plan.skipped_people += 1
                plan.matches[person_id] = _filled(plan.matches[person_id], contact)
            else:
                first_location[person_id] = contact.location
                plan.matches[person_id] = contact
        else:
            first = plan.new_people[found[1]]
            plan.repeated_rows.append((contact.location, first.contact.location))
            plan.skipped_people += 1
            plan.new_people[found[1]] = NewPerson(
                contact=_filled(first.contact, contact), partner=first.partner
            )
        if email:
            file_emails.setdefault(email, found)
    progress(total, total)
    plan.new_partners = list(new_partner_keys.values())
    return plan


def _find(
    contact: ImportContact,
    partner: PartnerRef,
    email: str,
    people: PeopleIndex,
    file_emails: Mapping[str, Found],
    new_by_name: Mapping[tuple[PartnerRef, str], int],
) -> Found | None:
    """Uuid, then e-mail (the notebook's, then the file's), then name within the partner."""
    stored = people.find_by_identity(contact)
    if stored is not None:
        return ("stored", stored)
    if email and email in file_emails:
        return file_emails[email]
    stored = people.find_by_name(contact, partner)
    if stored is not None:
        return ("stored", stored)
    earlier = new_by_name.get((partner, folded(contact.full_name)))
    return None if earlier is None else ("new", earlier)


def _partner_of(
    contact: ImportContact, partners: Mapping[str, int], plan: ContactPlan
) -> PartnerRef:
    """The existing partner's id, the folded name of one to create, or None (ours, or none)."""
    if contact.ours or not contact.organization:
        if not contact.is_person:
            plan.empty_rows.append(contact.location)
        return None
    key = folded(contact.organization)
    if key in partners:
        plan.partners_matched.add(partners[key])
        return partners[key]
    return key


def _add_partner(new_partners: dict[str, NewPartner], key: str, contact: ImportContact) -> None:
    """Plans the partner `key`, or fills in what its plan lacks from a later row."""
    if key in new_partners:
        new_partners[key] = _partner_filled(new_partners[key], contact)
        return
    new_partners[key] = NewPartner(
        key=key,
        name=contact.organization,
        kind=contact.kind or guess_partner_kind(contact.organization),
        stage=contact.stage or PartnerStage.PROSPECT,
        website=contact.website,
        sector=contact.sector,
        address=contact.address,
        city=contact.city,
        country=contact.country,
    )


def _partner_filled(partner: NewPartner, contact: ImportContact) -> NewPartner:
    """A new partner, with what its first row left empty taken from a later row."""
    values = {
        name: getattr(contact, name)
        for name in ("website", "sector", "address", "city", "country")
        if not getattr(partner, name) and getattr(contact, name)
    }
    return replace(partner, **values) if values else partner


def _filled(first: ImportContact, later: ImportContact) -> ImportContact:
    """The first row, with what it left empty taken from a later row about the same person."""
    values = {
        name: getattr(later, name)
        for name in ("full_name", "email", "phone", "title", "role", "notes", "uuid")
        if not getattr(first, name) and getattr(later, name)
    }
    return replace(first, **values) if values else first


def person_changes(stored: Person, contact: ImportContact) -> dict[str, str]:
    """What a matched row changes on a stored person (empty: nothing, the row is skipped).

    A value the file has replaces a different stored one; an empty cell never blanks a
    stored value. The stored name stays (a file may write "Smith, John" for "John Smith").
    Notes are added to the stored ones, never replacing them, and only once.
    """
    changes: dict[str, str] = {}
    for name in ("title", "email", "phone", "role"):
        value: str = getattr(contact, name)
        if value and value != getattr(stored, name):
            changes[name] = value
    if contact.notes and contact.notes not in stored.notes:
        changes["notes"] = f"{stored.notes}\n\n{contact.notes}" if stored.notes else contact.notes
    return changes


@dataclass(frozen=True, kw_only=True)
class ContactsOutcome:
    """What a contacts import did (or, for a dry run, would do)."""

    partners_created: int = 0
    partners_matched: int = 0
    partners_skipped: int = 0
    people_created: int = 0
    people_updated: int = 0
    people_skipped: int = 0
    notes: tuple[str, ...] = ()


def outcome_notes(plan: ContactPlan, people_unchanged: int) -> tuple[str, ...]:
    """The plan's notable facts, in the user's terms, with a few example locations."""
    notes: list[str] = []
    if plan.partners_matched:
        matched = counted(len(plan.partners_matched), "organization", "organizations")
        notes.append(f"{matched} matched partners already in the notebook.")
    if people_unchanged:
        unchanged = counted(people_unchanged, "person", "people")
        notes.append(f"{unchanged} already in the notebook had nothing new.")
    if plan.repeated_rows:
        location, first = plan.repeated_rows[0]
        repeated = counted(len(plan.repeated_rows), "row repeats", "rows repeat")
        notes.append(
            f"{repeated} an earlier one and {'was' if len(plan.repeated_rows) == 1 else 'were'} "
            f"merged into it ({location} repeats {first})."
        )
    if plan.without_organization:
        without = counted(len(plan.without_organization), "person", "people")
        notes.append(
            f"Skipped {without} without an organization ({_some(plan.without_organization)});"
            " give them one, or mark them as ours in a Side column."
        )
    if plan.empty_rows:
        empty = counted(len(plan.empty_rows), "row", "rows")
        notes.append(
            f"Skipped {empty} with neither a name, an e-mail address nor an organization "
            f"({_some(plan.empty_rows)})."
        )
    return tuple(notes)


def counted(count: int, singular: str, plural: str) -> str:
    """ "1 row", "3 rows"."""
    return f"{count:,} {singular if count == 1 else plural}"


def _some(locations: Sequence[str], shown: int = 3) -> str:
    more = f", and {len(locations) - shown:,} more" if len(locations) > shown else ""
    return ", ".join(locations[:shown]) + more
