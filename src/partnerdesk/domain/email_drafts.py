"""Follow-up e-mails drafted from the user's Jinja2 templates, and their `mailto:` links."""

from __future__ import annotations

import re
import traceback
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from partnerdesk.domain.errors import ERRORS, ValidationError
from partnerdesk.domain.text import QT_TRANSLATE_NOOP, Phrase, Translate, untranslated

if TYPE_CHECKING:
    from jinja2.sandbox import SandboxedEnvironment

# Jinja2 names the source of a template built from a string like this; its rewritten
# tracebacks carry frames with this file name and the template's own line numbers.
_TEMPLATE_FILENAME = "<template>"

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def english_date(day: date) -> str:
    """ "27 November 2026": the default, independent of the process locale."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


class DraftKind(StrEnum):
    THANK_YOU = "thank_you"
    WHERE_ARE_WE = "where_are_we"
    THEIR_REMINDER = "their_reminder"
    OUR_REPORT = "our_report"


def draft_kind_label(kind: DraftKind, translate: Translate = untranslated) -> str:
    """The name a person sees for a kind of draft."""
    labels = {
        DraftKind.THANK_YOU: QT_TRANSLATE_NOOP("EmailDrafts", "Thank you"),
        DraftKind.WHERE_ARE_WE: QT_TRANSLATE_NOOP("EmailDrafts", "Where are we on…?"),
        DraftKind.THEIR_REMINDER: QT_TRANSLATE_NOOP("EmailDrafts", "Reminder of their commitment"),
        DraftKind.OUR_REPORT: QT_TRANSLATE_NOOP("EmailDrafts", "Report on our commitments"),
    }
    return translate("EmailDrafts", labels[kind])


@dataclass(frozen=True)
class EmailTemplate:
    kind: DraftKind
    subject: str
    body: str


@dataclass(frozen=True)
class CommitmentLine:
    """One of our commitments as a draft lists it."""

    description: str
    due_on: date | None = None
    done_on: date | None = None


@dataclass(frozen=True)
class DraftContext:
    """Everything a template may use; empty strings and lists where a fact is unknown."""

    partner_name: str = ""
    recipient_name: str = ""
    recipient_email: str = ""
    signer_name: str = ""
    meeting_date: date | None = None
    meeting_title: str = ""
    initiative_name: str = ""
    initiative_goal: str = ""
    check_in_date: date | None = None
    commitment_description: str = ""
    commitment_due_on: date | None = None
    our_open_commitments: tuple[CommitmentLine, ...] = ()
    our_done_commitments: tuple[CommitmentLine, ...] = ()
    # How dates are written into the text; the UI may pass its locale's long format.
    format_date: Callable[[date], str] = field(default=english_date, compare=False)

    def variables(self) -> dict[str, Any]:
        """The names a template sees: plain strings, and lists of plain mappings."""

        def when(day: date | None) -> str:
            return "" if day is None else self.format_date(day)

        def lines(items: tuple[CommitmentLine, ...]) -> list[dict[str, str]]:
            return [
                {
                    "description": item.description,
                    "due": when(item.due_on),
                    "done": when(item.done_on),
                }
                for item in items
            ]

        return {
            "partner_name": self.partner_name,
            "recipient_name": self.recipient_name,
            "recipient_email": self.recipient_email,
            "signer_name": self.signer_name,
            "meeting_date": when(self.meeting_date),
            "meeting_title": self.meeting_title,
            "initiative_name": self.initiative_name,
            "initiative_goal": self.initiative_goal,
            "check_in_date": when(self.check_in_date),
            "commitment_description": self.commitment_description,
            "commitment_due": when(self.commitment_due_on),
            "our_open_commitments": lines(self.our_open_commitments),
            "our_done_commitments": lines(self.our_done_commitments),
        }


def template_variables(translate: Translate = untranslated) -> tuple[tuple[str, str], ...]:
    """(name, what it holds) for every variable a template may use, in a helpful order."""
    described = (
        ("recipient_name", QT_TRANSLATE_NOOP("EmailDrafts", "Their person's full name")),
        ("recipient_email", QT_TRANSLATE_NOOP("EmailDrafts", "Their person's e-mail address")),
        ("partner_name", QT_TRANSLATE_NOOP("EmailDrafts", "The partner organization")),
        ("signer_name", QT_TRANSLATE_NOOP("EmailDrafts", "Who signs the e-mail on our side")),
        ("meeting_date", QT_TRANSLATE_NOOP("EmailDrafts", "Date of the meeting, written out")),
        ("meeting_title", QT_TRANSLATE_NOOP("EmailDrafts", "Title of the meeting")),
        ("initiative_name", QT_TRANSLATE_NOOP("EmailDrafts", "The initiative asked about")),
        (
            "initiative_goal",
            QT_TRANSLATE_NOOP("EmailDrafts", "Its goal, as written on the initiative"),
        ),
        (
            "check_in_date",
            QT_TRANSLATE_NOOP("EmailDrafts", "Its next check-in date, written out"),
        ),
        (
            "commitment_description",
            QT_TRANSLATE_NOOP("EmailDrafts", "The commitment this e-mail is about"),
        ),
        ("commitment_due", QT_TRANSLATE_NOOP("EmailDrafts", "Its agreed date, written out")),
        (
            "our_open_commitments",
            QT_TRANSLATE_NOOP("EmailDrafts", "Our open commitments: each has description and due"),
        ),
        (
            "our_done_commitments",
            QT_TRANSLATE_NOOP(
                "EmailDrafts", "Our delivered commitments: each has description and done"
            ),
        ),
    )
    return tuple((name, translate("EmailDrafts", text)) for name, text in described)


EMAIL_TEMPLATES = "EmailTemplates"
# Marked for translation as they are: a translated default is a template in the user's
# language. Each line of the e-mail is one literal ending in "\n"; long sentences continue
# in the next literal (lupdate reads implicit concatenation, not backslash continuations).
_DEFAULTS: dict[DraftKind, tuple[str, str]] = {
    DraftKind.THANK_YOU: (
        QT_TRANSLATE_NOOP(
            "EmailTemplates",
            "Thank you{% if meeting_date %} for our meeting on {{ meeting_date }}{% endif %}",
        ),
        QT_TRANSLATE_NOOP(
            "EmailTemplates",
            'Dear {{ recipient_name or "colleagues" }},\n'
            "\n"
            "Thank you for taking the time to meet with us"
            "{% if meeting_date %} on {{ meeting_date }}{% endif %}. "
            "It was a pleasure to hear about your priorities"
            "{% if partner_name %} at {{ partner_name }}{% endif %}, "
            "and I left our conversation encouraged about what we can do together.\n"
            "{% if our_open_commitments %}\n"
            "\n"
            "As promised, we will follow up on:\n"
            "{% for item in our_open_commitments %}\n"
            "- {{ item.description }}{% if item.due %} (by {{ item.due }}){% endif %}\n"
            "\n"
            "{% endfor %}\n"
            "{% endif %}\n"
            "\n"
            "I look forward to staying in touch.\n"
            "\n"
            "Warm regards,\n"
            "{{ signer_name }}\n",
        ),
    ),
    DraftKind.WHERE_ARE_WE: (
        QT_TRANSLATE_NOOP(
            "EmailTemplates", 'Where are we on {{ initiative_name or "our work together" }}?'
        ),
        QT_TRANSLATE_NOOP(
            "EmailTemplates",
            'Dear {{ recipient_name or "colleagues" }},\n'
            "\n"
            "How are you? I hope all is well"
            "{% if partner_name %} at {{ partner_name }}{% endif %}.\n"
            "\n"
            'I wanted to check in: where are we on {{ initiative_name or "our work together" }}?\n'
            "{% if initiative_goal %}\n"
            "As a reminder, the goal we set together: {{ initiative_goal }}\n"
            "{% endif %}\n"
            "\n"
            "If anything is holding things up, or if there is something we can do on our side, "
            "please let me know.\n"
            "\n"
            "With best wishes,\n"
            "{{ signer_name }}\n",
        ),
    ),
    DraftKind.THEIR_REMINDER: (
        QT_TRANSLATE_NOOP("EmailTemplates", "Following up on what we agreed"),
        QT_TRANSLATE_NOOP(
            "EmailTemplates",
            'Dear {{ recipient_name or "colleagues" }},\n'
            "\n"
            "I hope you are well. A gentle reminder about what we agreed"
            "{% if meeting_date %} when we met on {{ meeting_date }}{% endif %}:\n"
            "\n"
            "{{ commitment_description }}\n"
            "{% if commitment_due %}\n"
            "\n"
            "We had planned it for {{ commitment_due }}.\n"
            "{% endif %}\n"
            "\n"
            "Is there anything you need from us to move it forward? A short note on where things "
            "stand would be very helpful.\n"
            "\n"
            "Thank you, and warm regards,\n"
            "{{ signer_name }}\n",
        ),
    ),
    DraftKind.OUR_REPORT: (
        QT_TRANSLATE_NOOP(
            "EmailTemplates",
            "An update on our commitments{% if partner_name %} to {{ partner_name }}{% endif %}",
        ),
        QT_TRANSLATE_NOOP(
            "EmailTemplates",
            'Dear {{ recipient_name or "colleagues" }},\n'
            "\n"
            "I wanted to give you a short update on what we promised"
            "{% if meeting_date %} when we met on {{ meeting_date }}{% endif %}.\n"
            "{% if our_done_commitments %}\n"
            "\n"
            "Done:\n"
            "{% for item in our_done_commitments %}\n"
            "- {{ item.description }}{% if item.done %} ({{ item.done }}){% endif %}\n"
            "\n"
            "{% endfor %}\n"
            "{% endif %}\n"
            "{% if our_open_commitments %}\n"
            "\n"
            "Under way:\n"
            "{% for item in our_open_commitments %}\n"
            "- {{ item.description }}{% if item.due %} (by {{ item.due }}){% endif %}\n"
            "\n"
            "{% endfor %}\n"
            "{% endif %}\n"
            "\n"
            "Please let me know if there is anything else we can do.\n"
            "\n"
            "Warm regards,\n"
            "{{ signer_name }}\n",
        ),
    ),
}


def default_template(kind: DraftKind, translate: Translate = untranslated) -> EmailTemplate:
    """The template PartnerDesk offers until the user edits it, in the user's language."""
    subject, body = _DEFAULTS[kind]
    return EmailTemplate(
        kind, translate(EMAIL_TEMPLATES, subject), translate(EMAIL_TEMPLATES, body)
    )


def translated_template(template: EmailTemplate, translate: Translate) -> EmailTemplate:
    """A default template in the user's language; a template the user wrote as it is."""
    if template != default_template(template.kind):
        return template
    return default_template(template.kind, translate)


@dataclass(frozen=True)
class Draft:
    to: str
    subject: str
    body: str


def _environment() -> SandboxedEnvironment:
    # Imported here: Jinja2 costs start-up time and only drafting needs it.
    from jinja2 import StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    return SandboxedEnvironment(
        undefined=StrictUndefined,
        # Plain-text e-mail: user text must come out exactly as typed, never escaped.
        autoescape=False,
        keep_trailing_newline=True,
        # A line holding only a block tag leaves no blank line behind.
        trim_blocks=True,
    )


def sample_context() -> DraftContext:
    """A context with every fact known, to try a template against."""
    return DraftContext(
        partner_name="Northwind Bank",
        recipient_name="Maria Lopez",
        recipient_email="maria.lopez@example.com",
        signer_name="Irma Becerra",
        meeting_date=date(2026, 11, 20),
        meeting_title="Internship pipeline",
        initiative_name="Summer analytics cohort",
        initiative_goal="Place 8 analytics interns by June",
        check_in_date=date(2026, 12, 2),
        commitment_description="Send the list of open internship positions",
        commitment_due_on=date(2026, 12, 4),
        our_open_commitments=(CommitmentLine("Share the cohort schedule", date(2026, 12, 1)),),
        our_done_commitments=(
            CommitmentLine("Introduce the dean of engineering", None, date(2026, 11, 24)),
        ),
    )


def _line_of(error: BaseException) -> int | None:
    """The template line a rendering error happened on, from Jinja2's rewritten traceback."""
    line = getattr(error, "lineno", None)
    if isinstance(line, int):
        return line
    frames = [
        frame
        for frame in traceback.extract_tb(error.__traceback__)
        if frame.filename == _TEMPLATE_FILENAME
    ]
    return frames[-1].lineno if frames else None


def _unknown_name(name: str) -> Phrase:
    return Phrase(ERRORS, QT_TRANSLATE_NOOP("Errors", "unknown name “{name}”"), {"name": name})


def _message(error: BaseException) -> str | Phrase:
    """What Jinja2 says (in English: its messages are not translated), or our own words."""
    from jinja2.exceptions import UndefinedError

    text = getattr(error, "message", None) or str(error) or type(error).__name__
    if isinstance(error, UndefinedError):
        # Jinja2 says "'x' is undefined"; name it as a person would read it.
        match = re.fullmatch(r"'(\w+)' is undefined", text)
        if match:
            return _unknown_name(match.group(1))
    return str(text)


# Where a template error is, by the part of the template: the field the error answers for.
SUBJECT, BODY, WHOLE = "subject", "body", ""
_AT_LINE = {
    WHOLE: QT_TRANSLATE_NOOP("Errors", "line {line}: {problem}"),
    SUBJECT: QT_TRANSLATE_NOOP("Errors", "Subject, line {line}: {problem}"),
    BODY: QT_TRANSLATE_NOOP("Errors", "Body, line {line}: {problem}"),
}
_ANYWHERE = {
    WHOLE: "{problem}",
    SUBJECT: QT_TRANSLATE_NOOP("Errors", "Subject, {problem}"),
    BODY: QT_TRANSLATE_NOOP("Errors", "Body, {problem}"),
}


def _template_error(where: str, line: int | None, problem: str | Phrase) -> ValidationError:
    """ "Body, line 3: …"; `field` names the part, and the fields keep `line` for the editor."""
    if line is None:
        return ValidationError(_ANYWHERE[where], where, problem=problem)
    return ValidationError(_AT_LINE[where], where, line=line, problem=problem)


def _refusal(error: BaseException, where: str) -> ValidationError:
    return _template_error(where, _line_of(error), _message(error))


def _undeclared_name(source: str) -> tuple[str, int] | None:
    """The first name the template uses that no context provides, with its line."""
    from jinja2 import meta, nodes

    environment = _environment()
    tree = environment.parse(source)
    known = set(sample_context().variables()) | set(environment.globals)
    unknown = meta.find_undeclared_variables(tree) - known
    if not unknown:
        return None
    uses = [
        (name.lineno, name.name)
        for name in tree.find_all(nodes.Name)
        if name.ctx == "load" and name.name in unknown
    ]
    line, name = min(uses)
    return name, line


def _check(source: str, where: str) -> None:
    from jinja2 import TemplateError

    environment = _environment()
    try:
        environment.parse(source)
    except TemplateError as error:
        raise _refusal(error, where) from None
    undeclared = _undeclared_name(source)
    if undeclared is not None:
        name, line = undeclared
        raise _template_error(where, line, _unknown_name(name))
    # Names are fine; try it on a full and an empty context so both sides of the usual
    # `if` are exercised (a wrong attribute or filter only shows when rendered).
    for context in (sample_context(), DraftContext()):
        _render(environment, source, context.variables(), where)


def validate_template(text: str) -> None:
    """Refuses a template that would not render: ValidationError "line N: message"."""
    _check(text, WHOLE)


def validate_email_template(template: EmailTemplate) -> None:
    """Both parts of a template; the error names which part and sets `field` to it."""
    _check(template.subject, SUBJECT)
    _check(template.body, BODY)


def _render(
    environment: SandboxedEnvironment, source: str, variables: Mapping[str, Any], where: str
) -> str:
    from jinja2 import TemplateError

    try:
        # Rendered whole into a string: an error leaves nothing half-written behind.
        return environment.from_string(source).render(variables)
    except TemplateError as error:  # SecurityError and UndefinedError are TemplateErrors
        raise _refusal(error, where) from None
    except (ArithmeticError, TypeError, ValueError, LookupError, AttributeError) as error:
        raise _refusal(error, where) from None


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _one_line(text: str) -> str:
    """A subject is one line; a line break a template left in it becomes a space."""
    return _LINE_BREAK.sub(" ", text).strip(" ")


def render_draft(template: EmailTemplate, context: DraftContext) -> Draft:
    """The e-mail a template gives for a context; ValidationError if the template is wrong."""
    environment = _environment()
    variables = context.variables()
    subject = _render(environment, template.subject, variables, SUBJECT)
    body = _render(environment, template.body, variables, BODY)
    return Draft(to=context.recipient_email, subject=_one_line(subject), body=body)


def _crlf(text: str) -> str:
    """Every line break as CRLF, as RFC 6068 asks of a body."""
    # Only CR, LF and CRLF: other Unicode separators are user text and stay as they are.
    return _LINE_BREAK.sub("\r\n", text)


def mailto_url(draft: Draft) -> str:
    """A `mailto:` link (RFC 6068) with recipient, subject and body, all percent-encoded."""
    to = quote(draft.to.strip(), safe="@")
    subject = quote(draft.subject, safe="")
    body = quote(_crlf(draft.body), safe="")
    return f"mailto:{to}?subject={subject}&body={body}"
