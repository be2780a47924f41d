"""Matching over a real notebook: offers for a need, needs for an offer, and the gaps."""

import dataclasses

import pytest

from partnerdesk.domain.enums import NeedCategory, NeedStatus, OfferKind, Priority
from partnerdesk.domain.errors import NotFound, ValidationError
from partnerdesk.domain.models import Need, Offer, Partner
from partnerdesk.store.store import Store

TALENT, SKILLS = NeedCategory.TALENT, NeedCategory.SKILLS


@pytest.fixture
def notebook(store: Store) -> Store:
    store.offers.add(
        Offer(
            name="Data Science Certificate",
            kind=OfferKind.PROGRAM,
            categories=(SKILLS,),
            skills="Python, SQL, machine learning",
        )
    )
    store.offers.add(
        Offer(
            name="Nursing Clinical Placements",
            kind=OfferKind.STUDENT_COHORT,
            categories=(TALENT,),
            skills="nursing, registered nurse",
        )
    )
    return store


def add_need(
    store: Store,
    partner: Partner,
    description: str,
    category: NeedCategory = TALENT,
    status: NeedStatus = NeedStatus.OPEN,
    priority: Priority = Priority.MEDIUM,
) -> Need:
    return store.needs.add(
        Need(
            partner_id=partner.id,
            description=description,
            category=category,
            status=status,
            priority=priority,
        )
    )


def test_offers_for_a_need_are_ranked_with_the_reason(notebook: Store) -> None:
    acme = notebook.partners.add(Partner(name="Acme"))
    need = add_need(notebook, acme, "Short courses in machine-learning and Python", SKILLS)
    [match] = notebook.matching.offers_for_need(need.id)
    assert match.offer.name == "Data Science Certificate"
    assert match.partner_name == "Acme"
    assert match.reason.skills == ("Python",)
    assert match.reason.close == (("machine learning", "machine-learning"),)
    research = add_need(notebook, acme, "Python research", NeedCategory.RESEARCH)
    assert notebook.matching.offers_for_need(research.id) == []
    with pytest.raises(NotFound):
        notebook.matching.offers_for_need(9999)


def test_needs_for_an_offer_across_partners(notebook: Store) -> None:
    acme = notebook.partners.add(Partner(name="Acme"))
    care = notebook.partners.add(Partner(name="Care Clinic"))
    gone = notebook.partners.add(Partner(name="Gone"))
    add_need(notebook, acme, "Registered nurses for the night shift", priority=Priority.LOW)
    wanted = add_need(notebook, care, "Registered nurses", priority=Priority.HIGH)
    add_need(notebook, care, "Nurses", status=NeedStatus.MET)
    add_need(notebook, gone, "Registered nurses")
    notebook.partners.delete(gone.id)
    nursing = next(o for o in notebook.offers.all() if o.name.startswith("Nursing"))
    matches = notebook.matching.needs_for_offer(nursing.id)
    assert [(m.partner_name, m.need.priority) for m in matches] == [
        ("Care Clinic", Priority.HIGH),
        ("Acme", Priority.LOW),
    ]
    assert matches[0].need == notebook.needs.get(wanted.id)
    notebook.offers.delete(nursing.id)
    with pytest.raises(NotFound):
        notebook.matching.needs_for_offer(nursing.id)


def test_gaps_are_open_needs_nothing_fills_and_change_with_the_offers(notebook: Store) -> None:
    acme = notebook.partners.add(Partner(name="Acme"))
    welders = add_need(notebook, acme, "Certified welders", priority=Priority.HIGH)
    drivers = add_need(notebook, acme, "Truck drivers")
    add_need(notebook, acme, "Registered nurses")
    add_need(notebook, acme, "GIS short courses", SKILLS)
    add_need(notebook, acme, "Truck drivers", status=NeedStatus.DECLINED)
    add_need(notebook, acme, "Lab space", NeedCategory.FACILITIES)

    gaps = notebook.matching.gaps()
    assert [gap.need.description for gap in gaps] == [
        "Certified welders",
        "GIS short courses",
        "Truck drivers",
    ]
    assert {gap.partner_name for gap in gaps} == {"Acme"}
    assert [g.need.description for g in notebook.matching.gaps(SKILLS)] == ["GIS short courses"]

    offer = notebook.offers.add(
        Offer(name="Welding Apprenticeships", categories=(TALENT,), skills="welding, welders")
    )
    assert welders.id not in {gap.need.id for gap in notebook.matching.gaps()}
    notebook.offers.update(dataclasses.replace(offer, skills="forklift"))
    assert welders.id in {gap.need.id for gap in notebook.matching.gaps()}
    notebook.needs.update(dataclasses.replace(drivers, status=NeedStatus.MET))
    assert drivers.id not in {gap.need.id for gap in notebook.matching.gaps()}


def test_an_offer_without_a_name_or_with_negative_capacity_is_refused(notebook: Store) -> None:
    before = notebook.offers.all()
    with pytest.raises(ValidationError, match="name"):
        notebook.offers.add(Offer(name="   ", categories=(TALENT,)))
    with pytest.raises(ValidationError, match="capacity") as caught:
        notebook.offers.add(Offer(name="Cohort", capacity=-1))
    assert caught.value.field == "capacity"
    assert notebook.offers.all() == before
