from datetime import date
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from partnerdesk.domain.email_drafts import (
    CommitmentLine,
    Draft,
    DraftContext,
    DraftKind,
    EmailTemplate,
    default_template,
    mailto_url,
    render_draft,
    sample_context,
    template_variables,
    validate_email_template,
    validate_template,
)
from partnerdesk.domain.errors import ValidationError

HOSTILE = (
    'He said "no" & it\'s {{ 1 + 1 }} {% if x %}<script>alert(1)</script>\nمرحبا 你好 🎉\r\nend'
)


def _parse(url: str) -> tuple[str, dict[str, list[str]]]:
    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    assert parts.fragment == ""
    return unquote(parts.path), parse_qs(parts.query, keep_blank_values=True)


@pytest.mark.parametrize("kind", list(DraftKind))
def test_every_default_renders_with_all_facts_and_with_none(kind: DraftKind) -> None:
    validate_email_template(default_template(kind))
    full = render_draft(default_template(kind), sample_context())
    assert full.to == "maria.lopez@example.com"
    assert "Dear Maria Lopez," in full.body
    assert full.body.rstrip().endswith("Irma Becerra")
    assert "\n\n\n" not in full.body
    assert full.subject
    assert "\n" not in full.subject
    empty = render_draft(default_template(kind), DraftContext())
    assert "Dear colleagues," in empty.body


def test_where_are_we_asks_about_the_initiative() -> None:
    draft = render_draft(
        default_template(DraftKind.WHERE_ARE_WE), DraftContext(initiative_name="Data lab")
    )
    assert draft.subject == "Where are we on Data lab?"
    assert "How are you?" in draft.body


def test_our_report_lists_done_and_open_commitments_with_dates() -> None:
    context = DraftContext(
        our_open_commitments=(CommitmentLine("Send the MoU", date(2026, 12, 1)),),
        our_done_commitments=(CommitmentLine("Visit the plant", None, date(2026, 11, 2)),),
    )
    body = render_draft(default_template(DraftKind.OUR_REPORT), context).body
    assert "- Visit the plant (2 November 2026)\n" in body
    assert "- Send the MoU (by 1 December 2026)\n" in body


def test_dates_use_the_given_format() -> None:
    context = DraftContext(meeting_date=date(2026, 11, 20), format_date=date.isoformat)
    assert "on 2026-11-20" in render_draft(default_template(DraftKind.THANK_YOU), context).body


@pytest.mark.parametrize("kind", list(DraftKind))
def test_hostile_user_text_is_kept_exactly(kind: DraftKind) -> None:
    context = DraftContext(
        partner_name=HOSTILE,
        recipient_name=HOSTILE,
        initiative_name=HOSTILE,
        commitment_description=HOSTILE,
        our_open_commitments=(CommitmentLine(HOSTILE),),
        our_done_commitments=(CommitmentLine(HOSTILE),),
    )
    body = render_draft(default_template(kind), context).body
    assert HOSTILE in body
    assert "&amp;" not in body
    assert "&lt;" not in body


def test_user_text_in_a_subject_is_kept_except_line_breaks() -> None:
    draft = render_draft(
        default_template(DraftKind.WHERE_ARE_WE),
        DraftContext(initiative_name='«Ü» "x" & <y>\nz 你好'),
    )
    assert draft.subject == 'Where are we on «Ü» "x" & <y> z 你好?'


def test_a_syntax_error_is_refused_with_its_line() -> None:
    with pytest.raises(ValidationError, match=r"^line 3: "):
        validate_template("Dear {{ recipient_name }},\n\nAt {{ partner_name }.\nBye\n")
    with pytest.raises(ValidationError, match=r"^line 4: .*endif"):
        validate_template("Dear {{ recipient_name }},\n\n{% if partner_name %}\nno end\n")


def test_an_unknown_name_is_refused_with_its_line() -> None:
    with pytest.raises(ValidationError, match=r"^line 2: unknown name “recipient_nmae”"):
        validate_template("Hello\n{{ recipient_nmae }}\n")


def test_an_unknown_name_in_a_branch_not_taken_is_still_refused() -> None:
    with pytest.raises(ValidationError, match=r"^line 1: unknown name “nope”"):
        validate_template("{% if false %}{{ nope }}{% endif %}")


def test_an_unknown_attribute_is_refused_with_its_line() -> None:
    template = "{% for item in our_open_commitments %}\n{{ item.owner }}\n{% endfor %}"
    with pytest.raises(ValidationError, match=r"^line 2: "):
        validate_template(template)


def test_the_part_with_the_error_is_named() -> None:
    with pytest.raises(ValidationError, match=r"^Subject, line 1: ") as caught:
        validate_email_template(EmailTemplate(DraftKind.THANK_YOU, "{{ oops", "fine"))
    assert caught.value.field == "subject"
    with pytest.raises(ValidationError, match=r"^Body, line 2: ") as caught:
        validate_email_template(EmailTemplate(DraftKind.THANK_YOU, "fine", "a\n{{ x }}"))
    assert caught.value.field == "body"


def test_render_refuses_a_broken_template_instead_of_half_rendering() -> None:
    template = EmailTemplate(DraftKind.THANK_YOU, "Hi", "Start {{ partner_name }}\n{{ 1 / 0 }}\n")
    with pytest.raises(ValidationError, match=r"^Body, line 2: "):
        render_draft(template, sample_context())


@pytest.mark.parametrize(
    "source",
    [
        "{{ ''.__class__ }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ partner_name.__class__.__init__.__globals__ }}",
        "{{ our_open_commitments.__class__ }}",
    ],
)
def test_the_sandbox_refuses_reaching_into_python(source: str) -> None:
    with pytest.raises(ValidationError):
        validate_template(source)
    with pytest.raises(ValidationError):
        render_draft(EmailTemplate(DraftKind.THANK_YOU, "s", source), sample_context())


def test_every_listed_variable_is_usable() -> None:
    source = "\n".join("{{ " + name + " }}" for name, _ in template_variables())
    validate_template(source)
    assert len(template_variables()) == len(sample_context().variables())


def test_mailto_encodes_every_reserved_character() -> None:
    draft = Draft("a+b@example.com", "Q&A? #1 100% sure", "Line one\nLine two é 你")
    url = mailto_url(draft)
    assert url.startswith("mailto:a%2Bb@example.com?subject=")
    assert "Q%26A%3F%20%231%20100%25%20sure" in url
    assert "Line%20one%0D%0ALine%20two%20%C3%A9%20%E4%BD%A0" in url
    assert url.isascii()
    assert " " not in url
    assert "\n" not in url


def test_mailto_keeps_an_existing_crlf_as_one_line_break() -> None:
    url = mailto_url(Draft("x@example.com", "s", "a\r\nb\rc\n"))
    assert url.endswith("body=a%0D%0Ab%0D%0Ac%0D%0A")


_TEXT = st.text(st.characters(blacklist_categories=("Cs",)))


@given(to=st.emails(), subject=_TEXT.filter(lambda t: "\r" not in t and "\n" not in t), body=_TEXT)
def test_mailto_parses_back_to_the_same_draft(to: str, subject: str, body: str) -> None:
    recipient, query = _parse(mailto_url(Draft(to, subject, body)))
    assert recipient == to
    assert query["subject"] == [subject]
    expected = body.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")
    assert query["body"] == [expected]
