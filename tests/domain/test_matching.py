"""Talent-gap matching over a small table of needs and offers, with the expected ranking."""

from datetime import UTC, datetime

import pytest

from partnerdesk.domain.enums import NeedCategory, NeedStatus, OfferKind, Priority
from partnerdesk.domain.matching import (
    CategoryFit,
    MatchReason,
    OfferMatcher,
    PartnerNeed,
    category_fit,
    compact,
    content_words,
    is_matchable,
    skill_phrases,
    sort_gaps,
    stem,
)
from partnerdesk.domain.models import Need, Offer

TALENT, SKILLS = NeedCategory.TALENT, NeedCategory.SKILLS

OFFERS = (
    Offer(
        id=1,
        name="Data Science Certificate",
        kind=OfferKind.PROGRAM,
        description="Four evening courses for working professionals.",
        categories=(SKILLS,),
        skills="Python, SQL, statistics, machine learning",
        capacity=40,
    ),
    Offer(
        id=2,
        name="Computing Capstone Projects",
        kind=OfferKind.PROGRAM,
        description="Senior teams build a working prototype over two semesters.",
        categories=(TALENT, NeedCategory.RESEARCH),
        skills="software development, data science, UX design",
        capacity=25,
    ),
    Offer(
        id=3,
        name="Nursing Clinical Placements",
        kind=OfferKind.STUDENT_COHORT,
        description="BSN students in supervised clinical rotations.",
        categories=(TALENT,),
        skills="nursing, patient care, registered nurse",
        capacity=80,
    ),
    Offer(
        id=4,
        name="Applied AI Lab",
        kind=OfferKind.LAB,
        description="GPU lab for joint machine-learning projects.",
        categories=(NeedCategory.RESEARCH, NeedCategory.FACILITIES),
        skills="machine learning, computer vision",
    ),
    Offer(
        id=5,
        name="Cybersecurity Bootcamp",
        kind=OfferKind.PROGRAM,
        description="Twelve-week intensive for career changers and staff.",
        categories=(SKILLS, TALENT),
        skills="network security, incident response, cyber security",
        capacity=30,
    ),
    Offer(
        id=6,
        name="Analytics Scholars",
        kind=OfferKind.STUDENT_COHORT,
        description="Honors students placed part-time with a partner.",
        categories=(),
        skills="data analytics",
        capacity=10,
    ),
    Offer(
        id=7,
        name="Full Python Cohort",
        kind=OfferKind.STUDENT_COHORT,
        description="Every place taken this year.",
        categories=(TALENT,),
        skills="Python",
        capacity=0,
    ),
)


def need(
    need_id: int,
    description: str,
    category: NeedCategory = TALENT,
    status: NeedStatus = NeedStatus.OPEN,
    priority: Priority = Priority.MEDIUM,
    created_day: int = 1,
) -> Need:
    return Need(
        id=need_id,
        partner_id=100 + need_id,
        description=description,
        category=category,
        status=status,
        priority=priority,
        created_at=datetime(2026, 1, created_day, tzinfo=UTC),
    )


# (need description, category, expected offer ids best first)
RANKING_TABLE = [
    # Same category first (2: talent), then the sibling category (1, 5: skills) by score.
    ("Python developers and data scientists", TALENT, [2, 1, 6]),
    # A skill spelled with a hyphen is a close match; the lab (research) never fills talent.
    ("Summer interns in machine-learning", SKILLS, [1]),
    # Words of the name count; the capacity-0 cohort is left out though it says Python.
    ("Short courses in Python", SKILLS, [1]),
    ("12 entry-level registered nurses a year", TALENT, [3]),
    # "cybersecurity" is the skill "cyber security" written as one word.
    ("Upskill staff in cybersecurity and incident response", SKILLS, [5]),
    # An uncategorized offer comes after every categorized one, whatever its score.
    ("Data analytics and data science interns", TALENT, [2, 1, 6]),
    # Nothing on our side: a gap.
    ("Diverse candidates for dispatcher roles", TALENT, []),
    # A generic word alone ("certificate") is below the threshold.
    ("GIS certificate for their supervisors", SKILLS, []),
]


@pytest.mark.parametrize(("description", "category", "expected"), RANKING_TABLE)
def test_offers_are_ranked_by_category_then_score(
    description: str, category: NeedCategory, expected: list[int]
) -> None:
    matches = OfferMatcher(OFFERS).matches(need(1, description, category))
    assert [match.offer.id for match in matches] == expected


def test_the_reason_says_category_skills_words_and_close_pairs() -> None:
    matcher = OfferMatcher(OFFERS)
    [science, certificate, *_] = matcher.matches(
        need(1, "Python developers and data scientists for machine-learning", TALENT)
    )
    assert science.offer.id == 2
    assert science.reason == MatchReason(
        category=TALENT, fit=CategoryFit.SAME, words=("data",), skills=(), close=()
    )
    assert certificate.offer.id == 1
    assert certificate.reason.fit is CategoryFit.RELATED
    assert certificate.reason.skills == ("Python",)
    assert certificate.reason.close == (("machine learning", "machine-learning"),)
    assert certificate.score > science.score  # ranked lower all the same: category first


def test_a_typo_is_a_close_pair_with_its_similarity_in_the_score() -> None:
    [match] = OfferMatcher(OFFERS).matches(need(1, "Training in statistcs", SKILLS))
    assert match.offer.id == 1
    assert match.reason.close == (("statistics", "statistcs"),)
    assert 3 * 0.88 <= match.score < 3.0  # a near skill counts nearly as much as a skill


def test_ties_are_broken_by_name_then_id() -> None:
    twins = [
        Offer(id=9, name="Beta nursing cohort", categories=(TALENT,), skills="nursing"),
        Offer(id=3, name="alpha nursing cohort", categories=(TALENT,), skills="nursing"),
        Offer(id=8, name="Alpha nursing cohort", categories=(TALENT,), skills="nursing"),
    ]
    matches = OfferMatcher(twins).matches(need(1, "Nursing graduates"))
    assert [match.offer.id for match in matches] == [3, 8, 9]
    again = OfferMatcher(reversed(twins)).matches(need(1, "Nursing graduates"))
    assert [match.offer.id for match in again] == [3, 8, 9]


def test_only_open_talent_and_skills_needs_are_matched() -> None:
    matcher = OfferMatcher(OFFERS)
    assert matcher.matches(need(1, "Registered nurses", status=NeedStatus.MET)) == []
    assert matcher.matches(need(1, "Registered nurses", status=NeedStatus.DECLINED)) == []
    assert matcher.matches(need(1, "Registered nurses", category=NeedCategory.RESEARCH)) == []
    assert [m.offer.id for m in matcher.matches(need(1, "Registered nurses"))] == [3]
    in_progress = need(1, "Registered nurses", status=NeedStatus.IN_PROGRESS)
    assert is_matchable(in_progress)
    assert matcher.is_filled(in_progress)


def test_needs_for_an_offer_are_ranked_with_their_partner() -> None:
    needs = [
        PartnerNeed(
            need=need(1, "Python developers", TALENT, priority=Priority.LOW), partner_name="Zed"
        ),
        PartnerNeed(need=need(2, "Short courses in Python", SKILLS), partner_name="Acme"),
        PartnerNeed(
            need=need(3, "Courses in Python", SKILLS, priority=Priority.HIGH), partner_name="Bo"
        ),
        PartnerNeed(need=need(4, "Registered nurses", TALENT), partner_name="Care"),
        PartnerNeed(need=need(5, "Python", SKILLS, status=NeedStatus.MET), partner_name="Done"),
    ]
    matches = OfferMatcher(OFFERS).needs_for(1, needs)
    # Same category (skills) before related (talent); equal scores by priority.
    assert [(m.need.id, m.partner_name) for m in matches] == [(3, "Bo"), (2, "Acme"), (1, "Zed")]
    assert OfferMatcher(OFFERS).needs_for(404, needs) == []


def test_gaps_are_the_needs_nothing_fills_by_priority_then_newest() -> None:
    needs = [
        PartnerNeed(need=need(1, "Dispatchers", created_day=1), partner_name="A"),
        PartnerNeed(need=need(2, "Registered nurses"), partner_name="B"),
        PartnerNeed(need=need(3, "Truck drivers", created_day=9), partner_name="C"),
        PartnerNeed(
            need=need(4, "Welders", priority=Priority.HIGH, created_day=2), partner_name="D"
        ),
        PartnerNeed(need=need(5, "Grant money", NeedCategory.FUNDING), partner_name="E"),
        PartnerNeed(need=need(6, "Welders", status=NeedStatus.MET), partner_name="F"),
    ]
    gaps = OfferMatcher(OFFERS).gaps(needs)
    assert [gap.need.id for gap in gaps] == [4, 3, 1]
    assert [gap.need.id for gap in sort_gaps(reversed(gaps))] == [4, 3, 1]


def test_with_no_offers_every_open_talent_need_is_a_gap() -> None:
    needs = [PartnerNeed(need=need(1, "Registered nurses"), partner_name="B")]
    assert OfferMatcher([]).gaps(needs) == needs


def test_hostile_text_is_only_text() -> None:
    hostile = '<b>Acme</b><a href="x">y</a> (((( ** \x00 python'
    offers = [Offer(id=1, name=hostile, categories=(TALENT,), skills="<b>python</b>, ((")]
    [match] = OfferMatcher(offers).matches(need(1, hostile))
    assert match.offer.name == hostile
    assert "acme" in match.reason.words


def test_category_fit() -> None:
    assert category_fit(TALENT, (TALENT,)) is CategoryFit.SAME
    assert category_fit(TALENT, (SKILLS, NeedCategory.OTHER)) is CategoryFit.RELATED
    assert category_fit(SKILLS, ()) is CategoryFit.UNCATEGORIZED
    assert category_fit(TALENT, (NeedCategory.FACILITIES,)) is None


def test_words_stems_and_phrases() -> None:
    assert content_words("The 12 Data-Analysts for our team, C++ and C#!") == [
        "data",
        "analysts",
        "c++",
        "c#",
    ]
    assert [stem(w) for w in ("analysts", "nurses", "analysis", "classes", "companies", "gis")] == [
        "analyst",
        "nurse",
        "analysis",
        "class",
        "company",
        "gis",
    ]
    assert skill_phrases("Python,  SQL; machine\nlearning, , /") == [
        "Python",
        "SQL",
        "machine",
        "learning",
    ]
    assert compact("Machine-Learning") == compact("machine learning") == "machinelearning"


def test_the_store_facing_questions_on_text_agree_with_matches() -> None:
    matcher = OfferMatcher(OFFERS)
    text, category = "Short courses in Python", SKILLS
    [best] = matcher.matches(need(1, text, category))
    assert matcher.fills(text, category)
    assert matcher.fit(best.offer.id, text, category) == (best.score, best.reason)
    assert matcher.fit(3, text, category) is None
    assert not matcher.fills(text, NeedCategory.RESEARCH)
    assert not matcher.fills("Truck drivers", TALENT)
    assert matcher.offer(1) == OFFERS[0]
    assert matcher.offer(7) is None  # no places left: not among those matched
