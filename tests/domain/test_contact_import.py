import re

import pytest

from partnerdesk.domain.contact_import import (
    ImportContact,
    KnownPerson,
    PeopleIndex,
    checked_contact,
    guess_partner_kind,
    person_changes,
    plan_contacts,
)
from partnerdesk.domain.enums import PartnerKind
from partnerdesk.domain.interchange import ImportFileError
from partnerdesk.domain.models import Person


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Universidad de Sevilla", PartnerKind.UNIVERSITY),
        ("Aarhus Universitet", PartnerKind.UNIVERSITY),
        ("Imperial College London", PartnerKind.UNIVERSITY),
        ("Escuela Técnica Superior", PartnerKind.SCHOOL),
        ("Ministerio de Universidades", PartnerKind.GOVERNMENT),
        ("Ministry of Education", PartnerKind.GOVERNMENT),
        ("Fundación Océano Azul", PartnerKind.NONPROFIT),
        ("Acme Corp", PartnerKind.COMPANY),
        ("Collegeville Bakery", PartnerKind.COMPANY),
    ],
)
def test_partner_kind_from_its_name(name: str, kind: PartnerKind) -> None:
    assert guess_partner_kind(name) is kind


def test_checked_contact_tidies_and_names_by_email() -> None:
    contact = checked_contact(
        ImportContact(
            location="line 2",
            email=" mailto:ana@acme.example ",
            phone="tel:+34 600",
            title="  Chief \n Technologist ",
            notes="one\r\ntwo\rthree\n",
            organization=" Acme  Corp ",
        )
    )
    assert (contact.full_name, contact.email, contact.phone) == (
        "ana@acme.example",
        "ana@acme.example",
        "+34 600",
    )
    assert (contact.title, contact.notes, contact.organization) == (
        "Chief Technologist",
        "one\ntwo\nthree",
        "Acme Corp",
    )


@pytest.mark.parametrize(
    ("field", "value", "says"),
    [
        ("full_name", "x" * 201, "name is too long (201 characters; at most 200)"),
        ("phone", "1" * 61, "phone number is too long"),
        ("organization", "Ac\x00me", "organization contains a NUL"),
    ],
)
def test_checked_contact_refuses_with_the_location(field: str, value: str, says: str) -> None:
    with pytest.raises(ImportFileError, match=re.escape(says)) as caught:
        checked_contact(ImportContact(location="card 3 (line 40)", **{field: value}))
    assert caught.value.location == "card 3 (line 40)"


def test_person_changes_fill_and_replace_but_never_blank_or_rename() -> None:
    stored = Person(id=1, full_name="Ana Gil", title="CTO", phone="1", notes="Met in May.")
    same = ImportContact(location="line 2", full_name="Gil, Ana", title="CTO", notes="Met in May.")
    assert person_changes(stored, same) == {}
    newer = ImportContact(location="line 2", title="CEO", email="ana@x.example", notes="Moved.")
    assert person_changes(stored, newer) == {
        "title": "CEO",
        "email": "ana@x.example",
        "notes": "Met in May.\n\nMoved.",
    }


def test_plan_matches_by_uuid_then_email_then_name_within_the_partner() -> None:
    index = PeopleIndex(
        [
            KnownPerson(1, "u-1", "Ana Gil", "ana@acme.example", 10),
            KnownPerson(2, "u-2", "Bob Ray", "", 10),
            KnownPerson(3, "u-3", "Bob Ray", "", 20),
        ]
    )
    contacts = [
        ImportContact(location="line 2", full_name="Anything", uuid="u-3", organization="Acme"),
        ImportContact(
            location="line 3", full_name="A.", email="ANA@acme.example", organization="X"
        ),
        ImportContact(location="line 4", full_name="bob ray", organization="ACME"),
        ImportContact(location="line 5", full_name="Bob Ray", organization="New Co"),
        ImportContact(location="line 6", full_name="Bob  Ray", organization="new co", phone="9"),
        ImportContact(location="line 7", organization="Only A Partner"),
        ImportContact(location="line 8"),
    ]
    plan = plan_contacts(contacts, {"acme": 10, "globex": 20}, index)
    assert set(plan.matches) == {1, 2, 3}
    assert [partner.name for partner in plan.new_partners] == ["New Co", "Only A Partner"]
    [bob] = plan.new_people
    assert (bob.partner, bob.contact.phone) == ("new co", "9")  # line 6 filled in line 5
    assert plan.repeated_rows == [("line 6", "line 5")]
    assert plan.empty_rows == ["line 8"]
    # "X" is not created: Ana is matched by e-mail and stays where she is.
    assert "x" not in {partner.key for partner in plan.new_partners}


def test_a_later_row_with_an_address_seen_earlier_finds_the_same_person() -> None:
    contacts = [
        ImportContact(location="line 2", full_name="Ana Gil", email="a1@x", organization="Acme"),
        ImportContact(location="line 3", full_name="Ana Gil", email="a2@x", organization="Acme"),
        ImportContact(location="line 4", full_name="Bob Ray", email="A2@x", organization="Globex"),
    ]
    plan = plan_contacts(contacts, {}, PeopleIndex([]))
    [ana] = plan.new_people
    assert ana.contact.email == "a1@x"
    assert plan.repeated_rows == [("line 3", "line 2"), ("line 4", "line 2")]
    assert [partner.name for partner in plan.new_partners] == ["Acme"]
