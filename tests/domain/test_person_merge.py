"""Which fields a merge takes from whom, and which merges are refused."""

import pytest

from partnerdesk.domain.errors import ValidationError
from partnerdesk.domain.models import Person
from partnerdesk.domain.person_merge import (
    MERGEABLE_FIELDS,
    check_mergeable,
    differing_fields,
    merged_person,
)

KEPT = Person(id=1, full_name="Ana Diaz", title="HR lead", email="ana@acme.test", partner_id=7)
DUPLICATE = Person(
    id=2, full_name="Ana Díaz", title="HR lead", phone="+34 600", role="champion", partner_id=7
)


def test_only_the_fields_that_differ_need_a_choice() -> None:
    assert differing_fields(KEPT, DUPLICATE) == ("full_name", "email", "phone", "role")
    assert differing_fields(KEPT, KEPT) == ()
    assert set(MERGEABLE_FIELDS) == {"full_name", "title", "email", "phone", "role", "notes"}


def test_picked_fields_come_from_the_duplicate_and_the_rest_stay() -> None:
    merged = merged_person(KEPT, DUPLICATE, {"full_name", "phone", "role"})
    assert merged.id == KEPT.id
    assert merged.full_name == "Ana Díaz"
    assert merged.email == "ana@acme.test"  # kept's
    assert merged.phone == "+34 600"
    assert merged.role == "champion"


def test_an_unknown_field_is_refused() -> None:
    with pytest.raises(ValidationError, match="partner_id"):
        merged_person(KEPT, DUPLICATE, {"partner_id"})


def test_merging_a_person_with_themself_is_refused() -> None:
    with pytest.raises(ValidationError, match="Ana Diaz cannot be merged with themself"):
        check_mergeable(KEPT, KEPT)


def test_people_of_different_organizations_are_not_merged() -> None:
    ours = Person(id=3, full_name="Ana Diaz")
    with pytest.raises(ValidationError, match="same organization"):
        check_mergeable(KEPT, ours)
