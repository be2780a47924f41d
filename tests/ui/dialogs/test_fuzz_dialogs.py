"""Any text pasted into any field of any form: stored as the field shows it, or refused in
the form with a message; never an exception, never cut short behind the user's back.

What a widget itself does to pasted text is part of what the user sees, and is allowed:
a single-line field holds at most 32,767 UTF-16 units (and stops before a character it
cannot hold whole); a multi-line one turns CR LF, CR and the Unicode line and paragraph
separators into its own line breaks; and on the way in from Python, half a surrogate
pair is dropped, and so is a byte-order mark at the very start. The store's own rules
(`tests/store/test_fuzz_text.py`) then apply to what the field shows.
"""

import dataclasses
import os
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QDialog, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from partnerdesk.domain.email_drafts import DraftKind
from partnerdesk.domain.enums import Direction
from partnerdesk.domain.models import Commitment, Initiative, Meeting, Need, Partner, Person
from partnerdesk.store.store import Store
from partnerdesk.ui.change_bus import ChangeBus
from partnerdesk.ui.dialogs.capture_commitment_dialog import CaptureCommitmentDialog
from partnerdesk.ui.dialogs.commitment_dialog import CommitmentDialog
from partnerdesk.ui.dialogs.initiative_dialog import InitiativeDialog
from partnerdesk.ui.dialogs.meeting_dialog import MeetingDialog
from partnerdesk.ui.dialogs.need_dialog import NeedDialog
from partnerdesk.ui.dialogs.partner_dialog import PartnerDialog
from partnerdesk.ui.dialogs.person_dialog import PersonDialog
from partnerdesk.ui.dialogs.templates_dialog import TemplatesDialog
from partnerdesk.ui.typed_text import typed_text
from partnerdesk.ui.workspace.overview_tab import OverviewTab
from tests.conftest import TODAY
from tests.store.test_fuzz_text import (
    as_description,
    as_name,
    as_raw,
    as_stripped,
    as_text,
    small_texts,
    texts,
)

pytestmark = pytest.mark.filterwarnings(
    "ignore:Generating overly large repr:hypothesis.errors.HypothesisWarning"
)

EXAMPLES = max(5, int(os.environ.get("PARTNERDESK_FUZZ_EXAMPLES", "16")) // 2)
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
SEPARATORS = str.maketrans({"\u2028": "\n", "\u2029": "\n"})


def put(widget: QWidget, value: str) -> str:
    """Pastes `value` over the field's text; returns what the field then shows, after
    checking that it is `value` but for what the widget itself is known to do."""
    valid = value[1:] if value[:1] in ("\ufeff", "\ufffe") else value  # taken for a BOM
    # Two halves side by side make one character in Qt; a half alone is dropped.
    valid = valid.encode("utf-16", "surrogatepass").decode("utf-16", "ignore")
    if isinstance(widget, QLineEdit):
        widget.selectAll()
        widget.insert(value)  # as a paste over the field's text: an edit, not a load
        shown = widget.text()
        assert shown == utf16_prefix(valid, widget.maxLength())
    else:
        assert isinstance(widget, QPlainTextEdit)
        widget.setPlainText(value)
        shown = typed_text(widget)  # what the forms store; toPlainText() loses no-break spaces
        lines = valid.replace("\r\n", "\n").replace("\r", "\n").translate(SEPARATORS)
        assert shown == lines
    return shown


def utf16_prefix(text: str, units: int) -> str:
    """The longest start of `text` within `units` UTF-16 code units (a Qt length)."""
    used = 0
    for index, char in enumerate(text):
        used += 2 if ord(char) > 0xFFFF else 1
        if used > units:
            return text[:index]
    return text


def tags_of(shown: str) -> tuple[str, ...] | None:
    names = [as_name(tag.strip()) for tag in shown.split(",") if tag.strip()]
    if any(name is None for name in names):
        return None
    return tuple(sorted({name for name in names if name is not None}))


def stripped_then(rule: Callable[[str], Any]) -> Callable[[str], Any]:
    return lambda shown: rule(shown.strip()) if as_raw(shown) is not None else None


@pytest.fixture
def partner(store: Store) -> Partner:
    return store.partners.add(Partner(name="Northwind Bank"))


@pytest.fixture
def person(store: Store, partner: Partner) -> Person:
    return store.people.add(Person(full_name="Sam Carter", partner_id=partner.id))


@pytest.fixture
def meeting(store: Store, partner: Partner) -> Meeting:
    return store.meetings.add(Meeting(partner_id=partner.id, starts_at=datetime.now(UTC)))


Opened = tuple[QDialog, Callable[[], Any]]  # the dialog, and how to read the stored record


def partner_dialog(store: Store, partner: Partner, **_: Any) -> Opened:
    dialog = PartnerDialog(partner, store.people.ours(), store.partners.update)
    return dialog, lambda: store.partners.get(partner.id)


def person_dialog(store: Store, person: Person, **_: Any) -> Opened:
    return PersonDialog(person, store.people.update), lambda: store.people.get(person.id)


def meeting_dialog(store: Store, meeting: Meeting, **_: Any) -> Opened:
    dialog = MeetingDialog(store, store.meetings.update, meeting=meeting)
    return dialog, lambda: store.meetings.get(meeting.id)


def commitment_dialog(store: Store, partner: Partner, **_: Any) -> Opened:
    blank = Commitment(partner_id=partner.id, direction=Direction.OURS, description="")
    dialog = CommitmentDialog(blank, store.people.for_partner(partner.id), store.commitments.add)
    return dialog, lambda: dialog.saved  # type: ignore[attr-defined]


def need_dialog(store: Store, partner: Partner, **_: Any) -> Opened:
    dialog = NeedDialog(Need(partner_id=partner.id, description=""), store.needs.add)
    return dialog, lambda: dialog.saved  # type: ignore[attr-defined]


def initiative_dialog(store: Store, partner: Partner, **_: Any) -> Opened:
    existing = store.initiatives.add(Initiative(partner_id=partner.id, name="Joint lab"))
    dialog = InitiativeDialog(existing, [], store.initiatives.update)
    return dialog, lambda: store.initiatives.get(existing.id)


def capture_dialog(store: Store, partner: Partner, meeting: Meeting, **_: Any) -> Opened:
    dialog = CaptureCommitmentDialog(store, partner.id, meeting.id, "They will call", TODAY)
    return dialog, lambda: dialog.saved


FORMS = [
    # opener, widget attribute, record field, what is stored for what the field shows
    (partner_dialog, "name", "name", as_name),
    (partner_dialog, "sector", "sector", stripped_then(as_raw)),
    (partner_dialog, "city", "city", stripped_then(as_raw)),
    (partner_dialog, "country", "country", stripped_then(as_raw)),
    (partner_dialog, "website", "website", stripped_then(as_raw)),
    (partner_dialog, "tags", "tags", tags_of),
    (person_dialog, "full_name", "full_name", as_name),
    (person_dialog, "title_field", "title", stripped_then(as_raw)),
    (person_dialog, "email", "email", as_stripped),
    (person_dialog, "phone", "phone", stripped_then(as_raw)),
    (person_dialog, "role", "role", stripped_then(as_raw)),
    (person_dialog, "notes", "notes", as_text),
    (meeting_dialog, "place", "location", stripped_then(as_raw)),
    (meeting_dialog, "title_edit", "title", as_stripped),
    (commitment_dialog, "description", "description", as_description),
    (need_dialog, "description", "description", as_description),
    (initiative_dialog, "name", "name", as_name),
    (initiative_dialog, "goal", "goal", as_raw),
    (capture_dialog, "description", "description", as_description),
]


@pytest.mark.parametrize(
    ("opener", "widget_name", "field", "expect"),
    FORMS,
    ids=[f"{opener.__name__}.{widget}" for opener, widget, _, _ in FORMS],
)
@FUZZ
@given(value=texts)
def test_a_form_field_stores_what_it_shows_or_says_why_not(
    qtbot: QtBot,
    store: Store,
    partner: Partner,
    person: Person,
    meeting: Meeting,
    opener: Callable[..., Opened],
    widget_name: str,
    field: str,
    expect: Callable[[str], Any],
    value: str,
) -> None:
    dialog, stored = opener(store, partner=partner, person=person, meeting=meeting)
    qtbot.addWidget(dialog)
    before = stored()
    shown = put(getattr(dialog, widget_name), value)
    expected = expect(shown)

    dialog.accept()

    if expected is None:
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert dialog.error.isVisibleTo(dialog)  # type: ignore[attr-defined]
        assert dialog.error.text().strip()  # type: ignore[attr-defined]
        assert stored() == before
    else:
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert getattr(stored(), field) == expected


OVERVIEW_FIELDS = [
    ("name", "name", as_name),
    ("sector", "sector", stripped_then(as_raw)),
    ("website", "website", stripped_then(as_raw)),
    ("address", "address", stripped_then(as_raw)),
    ("city", "city", stripped_then(as_raw)),
    ("country", "country", stripped_then(as_raw)),
    ("tags", "tags", tags_of),
    ("summary", "summary", as_text),
    ("offer", "offer_text", as_text),
]


@pytest.mark.parametrize(
    ("widget_name", "field", "expect"), OVERVIEW_FIELDS, ids=[w for w, _, _ in OVERVIEW_FIELDS]
)
@FUZZ
@given(value=texts)
def test_the_partner_overview_stores_what_it_shows_or_says_why_not(
    qtbot: QtBot,
    store: Store,
    partner: Partner,
    widget_name: str,
    field: str,
    expect: Callable[[str], Any],
    value: str,
) -> None:
    tab = OverviewTab(store)
    qtbot.addWidget(tab)
    tab.show_partner(store.partners.get(partner.id))
    before = store.partners.get(partner.id)
    shown = put(getattr(tab, widget_name), value)
    expected = expect(shown)
    dirty = tab.is_dirty()

    saved = tab.save()

    if not dirty:  # the field already held it: nothing to save
        assert saved
        assert store.partners.get(partner.id) == before
    elif expected is None:
        assert not saved
        assert tab.status.text().startswith("Not saved: ")
        assert store.partners.get(partner.id) == before
    else:
        assert saved
        assert getattr(store.partners.get(partner.id), field) == expected
    tab.deleteLater()


@FUZZ
@given(subject=small_texts, body=texts, kind=st.sampled_from(DraftKind))
def test_an_email_template_form_stores_what_it_shows_or_says_why_not(
    qtbot: QtBot, store: Store, bus: ChangeBus, subject: str, body: str, kind: DraftKind
) -> None:
    dialog = TemplatesDialog(store.templates)
    qtbot.addWidget(dialog)
    dialog.select_kind(kind)
    before = store.templates.get(kind)
    shown_subject = put(dialog.subject, subject)
    shown_body = put(dialog.body, body)

    if dialog.save():
        stored = store.templates.get(kind)
        assert (stored.subject, stored.body) == (shown_subject, shown_body)
        assert dialog.error.isHidden()
    else:
        assert dialog.error.isVisibleTo(dialog)
        assert dialog.error.text().strip()
        assert store.templates.get(kind) == before
    # Closing with the edits unsaved asks first; these tests do not answer dialogs.
    dialog.subject.setText(before.subject)
    dialog.body.setPlainText(before.body)
    dataclasses.replace(before)  # the template is a value: nothing to tidy up
