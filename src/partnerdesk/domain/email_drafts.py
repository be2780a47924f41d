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

from partnerdesk.domain.errors import ValidationError

if TYPE_CHECKING:
    from jinja2.sandbox import SandboxedEnvironment

Translate = Callable[[str], str]

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


def _untranslated(text: str) -> str:
    return text


def english_date(day: date) -> str:
    """ "27 November 2026": the default, independent of the process locale."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


class DraftKind(StrEnum):
    THANK_YOU = "thank_you"
    WHERE_ARE_WE = "where_are_we"
    THEIR_REMINDER = "their_reminder"
    OUR_REPORT = "our_report"


def draft_kind_label(kind: DraftKind, translate: Translate = _untranslated) -> str:
    """The name a person sees for a kind of draft."""
    labels = {
        DraftKind.THANK_YOU: "Thank you",
        DraftKind.WHERE_ARE_WE: "Where are we on…?",
        DraftKind.THEIR_REMINDER: "Reminder of their commitment",
        DraftKind.OUR_REPORT: "Report on our commitments",
    }
    return translate(labels[kind])


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


def template_variables(translate: Translate = _untranslated) -> tuple[tuple[str, str], ...]:
    """(name, what it holds) for every variable a template may use, in a helpful order."""
    described = (
        ("recipient_name", "Their person's full name"),
        ("recipient_email", "Their person's e-mail address"),
        ("partner_name", "The partner organization"),
        ("signer_name", "Who signs the e-mail on our side"),
        ("meeting_date", "Date of the meeting, written out"),
        ("meeting_title", "Title of the meeting"),
        ("initiative_name", "The initiative asked about"),
        ("initiative_goal", "Its goal, as written on the initiative"),
        ("check_in_date", "Its next check-in date, written out"),
        ("commitment_description", "The commitment this e-mail is about"),
        ("commitment_due", "Its agreed date, written out"),
        ("our_open_commitments", "Our open commitments: each has description and due"),
        ("our_done_commitments", "Our delivered commitments: each has description and done"),
    )
    return tuple((name, translate(text)) for name, text in described)


_DEFAULTS: dict[DraftKind, tuple[str, str]] = {
    DraftKind.THANK_YOU: (
        "Thank you{% if meeting_date %} for our meeting on {{ meeting_date }}{% endif %}",
        """Dear {{ recipient_name or "colleagues" }},

Thank you for taking the time to meet with us\
{% if meeting_date %} on {{ meeting_date }}{% endif %}. \
It was a pleasure to hear about your priorities\
{% if partner_name %} at {{ partner_name }}{% endif %}, \
and I left our conversation encouraged about what we can do together.
{% if our_open_commitments %}

As promised, we will follow up on:
{% for item in our_open_commitments %}
- {{ item.description }}{% if item.due %} (by {{ item.due }}){% endif %}

{% endfor %}
{% endif %}

I look forward to staying in touch.

Warm regards,
{{ signer_name }}
""",
    ),
    DraftKind.WHERE_ARE_WE: (
        'Where are we on {{ initiative_name or "our work together" }}?',
        """Dear {{ recipient_name or "colleagues" }},

How are you? I hope all is well{% if partner_name %} at {{ partner_name }}{% endif %}.

I wanted to check in: where are we on {{ initiative_name or "our work together" }}?
{% if initiative_goal %}
As a reminder, the goal we set together: {{ initiative_goal }}
{% endif %}

If anything is holding things up, or if there is something we can do on our side, \
please let me know.

With best wishes,
{{ signer_name }}
""",
    ),
    DraftKind.THEIR_REMINDER: (
        "Following up on what we agreed",
        """Dear {{ recipient_name or "colleagues" }},

I hope you are well. A gentle reminder about what we agreed\
{% if meeting_date %} when we met on {{ meeting_date }}{% endif %}:

{{ commitment_description }}
{% if commitment_due %}

We had planned it for {{ commitment_due }}.
{% endif %}

Is there anything you need from us to move it forward? A short note on where things \
stand would be very helpful.

Thank you, and warm regards,
{{ signer_name }}
""",
    ),
    DraftKind.OUR_REPORT: (
        "An update on our commitments{% if partner_name %} to {{ partner_name }}{% endif %}",
        """Dear {{ recipient_name or "colleagues" }},

I wanted to give you a short update on what we promised\
{% if meeting_date %} when we met on {{ meeting_date }}{% endif %}.
{% if our_done_commitments %}

Done:
{% for item in our_done_commitments %}
- {{ item.description }}{% if item.done %} ({{ item.done }}){% endif %}

{% endfor %}
{% endif %}
{% if our_open_commitments %}

Under way:
{% for item in our_open_commitments %}
- {{ item.description }}{% if item.due %} (by {{ item.due }}){% endif %}

{% endfor %}
{% endif %}

Please let me know if there is anything else we can do.

Warm regards,
{{ signer_name }}
""",
    ),
}


def default_template(kind: DraftKind) -> EmailTemplate:
    subject, body = _DEFAULTS[kind]
    return EmailTemplate(kind, subject, body)


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


def _message(error: BaseException) -> str:
    from jinja2.exceptions import UndefinedError

    text = getattr(error, "message", None) or str(error) or type(error).__name__
    if isinstance(error, UndefinedError):
        # Jinja2 says "'x' is undefined"; name it as a person would read it.
        match = re.fullmatch(r"'(\w+)' is undefined", text)
        if match:
            return f"unknown name “{match.group(1)}”"
    return str(text)


def _refusal(error: BaseException, where: str) -> ValidationError:
    line = _line_of(error)
    located = f"line {line}: {_message(error)}" if line is not None else _message(error)
    return ValidationError(f"{where}{located}", where.rstrip(", ").lower())


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
        raise ValidationError(
            f"{where}line {line}: unknown name “{name}”", where.rstrip(", ").lower()
        )
    # Names are fine; try it on a full and an empty context so both sides of the usual
    # `if` are exercised (a wrong attribute or filter only shows when rendered).
    for context in (sample_context(), DraftContext()):
        _render(environment, source, context.variables(), where)


def validate_template(text: str) -> None:
    """Refuses a template that would not render: ValidationError "line N: message"."""
    _check(text, "")


def validate_email_template(template: EmailTemplate) -> None:
    """Both parts of a template; the error names which part and sets `field` to it."""
    _check(template.subject, "Subject, ")
    _check(template.body, "Body, ")


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
    subject = _render(environment, template.subject, variables, "Subject, ")
    body = _render(environment, template.body, variables, "Body, ")
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
