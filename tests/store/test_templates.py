"""The user's e-mail templates: stored when valid, defaults otherwise, reset on request."""

import pytest

from partnerdesk.domain.changes import Change, Entity
from partnerdesk.domain.email_drafts import DraftKind, EmailTemplate, default_template
from partnerdesk.domain.errors import ValidationError
from partnerdesk.store.repositories.context import Context
from partnerdesk.store.repositories.templates import TEMPLATES_KEY, TemplateRepository
from partnerdesk.store.store import Store
from tests.conftest import TODAY


@pytest.fixture
def templates(store: Store, changes: list[Change]) -> TemplateRepository:
    return TemplateRepository(Context(store.database, changes.append, lambda: TODAY))


@pytest.mark.parametrize("kind", list(DraftKind))
def test_an_unedited_kind_gives_its_default(templates: TemplateRepository, kind: DraftKind) -> None:
    assert templates.get(kind) == default_template(kind)
    assert not templates.is_customized(kind)


def test_a_saved_template_is_read_back_exactly(
    templates: TemplateRepository, store: Store, changes: list[Change]
) -> None:
    edited = EmailTemplate(
        DraftKind.WHERE_ARE_WE,
        "Où en est {{ initiative_name }} ?",
        'Bonjour "{{ recipient_name }}",\n\n你好 🎉\n',
    )
    assert templates.save(edited) == edited
    assert templates.get(DraftKind.WHERE_ARE_WE) == edited
    assert templates.is_customized(DraftKind.WHERE_ARE_WE)
    assert templates.get(DraftKind.THANK_YOU) == default_template(DraftKind.THANK_YOU)
    assert changes[-1].entity is Entity.SETTING
    # It lives in the notebook's settings, under one key.
    assert store.settings.get(TEMPLATES_KEY)["where_are_we"]["body"] == edited.body


def test_saving_one_kind_keeps_the_others(templates: TemplateRepository) -> None:
    first = EmailTemplate(DraftKind.THANK_YOU, "Thanks", "Thank you, {{ recipient_name }}.")
    second = EmailTemplate(DraftKind.OUR_REPORT, "Report", "Here is our report.")
    templates.save(first)
    templates.save(second)
    assert templates.get(DraftKind.THANK_YOU) == first
    assert templates.get(DraftKind.OUR_REPORT) == second


@pytest.mark.parametrize(
    ("subject", "body", "pattern"),
    [
        ("{{ oops", "fine", r"^Subject, line 1: "),
        (
            "fine",
            "Dear {{ recipient_name }},\n{{ nobody }}",
            r"^Body, line 2: unknown name “nobody”",
        ),
        ("fine", "{{ ''.__class__ }}", r"^Body, "),
    ],
)
def test_an_invalid_template_is_refused_and_nothing_is_stored(
    templates: TemplateRepository, changes: list[Change], subject: str, body: str, pattern: str
) -> None:
    kept = EmailTemplate(DraftKind.THANK_YOU, "Thanks", "Kept.")
    templates.save(kept)
    changes.clear()
    with pytest.raises(ValidationError, match=pattern):
        templates.save(EmailTemplate(DraftKind.THANK_YOU, subject, body))
    assert templates.get(DraftKind.THANK_YOU) == kept
    assert changes == []


def test_reset_brings_back_the_default_and_keeps_the_others(templates: TemplateRepository) -> None:
    templates.save(EmailTemplate(DraftKind.THANK_YOU, "Thanks", "Thank you."))
    templates.save(EmailTemplate(DraftKind.OUR_REPORT, "Report", "Our report."))
    assert templates.reset(DraftKind.THANK_YOU) == default_template(DraftKind.THANK_YOU)
    assert templates.get(DraftKind.THANK_YOU) == default_template(DraftKind.THANK_YOU)
    assert not templates.is_customized(DraftKind.THANK_YOU)
    assert templates.get(DraftKind.OUR_REPORT).body == "Our report."


def test_a_malformed_stored_value_falls_back_to_the_defaults(
    templates: TemplateRepository, store: Store
) -> None:
    store.settings.set(TEMPLATES_KEY, {"thank_you": {"subject": 3}, "where_are_we": "text"})
    assert templates.get(DraftKind.THANK_YOU) == default_template(DraftKind.THANK_YOU)
    assert templates.get(DraftKind.WHERE_ARE_WE) == default_template(DraftKind.WHERE_ARE_WE)
    store.settings.set(TEMPLATES_KEY, ["not", "a", "dict"])
    assert templates.get(DraftKind.OUR_REPORT) == default_template(DraftKind.OUR_REPORT)
    templates.save(EmailTemplate(DraftKind.OUR_REPORT, "Report", "Ours."))
    assert templates.get(DraftKind.OUR_REPORT).body == "Ours."
