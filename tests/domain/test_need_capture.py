"""Guessing a need's category from a line of notes, only where the words are plain."""

import pytest

from partnerdesk.domain.enums import NeedCategory
from partnerdesk.domain.need_capture import guess_need_category


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("They struggle to hire data engineers", NeedCategory.TALENT),
        ("- Recruiting 12 graduates for the Lisbon office", NeedCategory.TALENT),
        ("Looking for summer interns", NeedCategory.TALENT),
        ("High attrition in the call centre", NeedCategory.TALENT),
        ("Their staff need Python skills", NeedCategory.TALENT),  # the first named wins
        ("Upskilling their analysts in Python", NeedCategory.SKILLS),
        ("Need skills in cloud security", NeedCategory.SKILLS),
        ("A short course on project management", NeedCategory.SKILLS),
        ("Certification for their nurses", NeedCategory.SKILLS),
        ("Co-funding for the new battery research", NeedCategory.FUNDING),
        ("Research partner for battery chemistry", NeedCategory.RESEARCH),
        ("Lab space for the prototype", NeedCategory.FACILITIES),
        ("More visibility among students", NeedCategory.VISIBILITY),
        ("A fundamental rethink of their strategy", NeedCategory.OTHER),
        ("They want to know more about us", NeedCategory.OTHER),
        ("", NeedCategory.OTHER),
    ],
)
def test_the_category_is_guessed_from_plain_words(text: str, category: NeedCategory) -> None:
    assert guess_need_category(text) is category
