"""Preferences ▸ E-mail templates: saving checks first, errors show their line, reset works."""

import pytest
from pytestqt.qtbot import QtBot

from partnerdesk.domain.changes import Change
from partnerdesk.domain.email_drafts import DraftKind, EmailTemplate, default_template
from partnerdesk.store.repositories.context import Context
from partnerdesk.store.repositories.templates import TemplateRepository
from partnerdesk.store.store import Store
from partnerdesk.ui.dialogs.templates_dialog import TemplatesDialog
from tests.conftest import TODAY


@pytest.fixture
def templates(store: Store, changes: list[Change]) -> TemplateRepository:
    return TemplateRepository(Context(store.database, changes.append, lambda: TODAY))


@pytest.fixture
def dialog(qtbot: QtBot, templates: TemplateRepository) -> TemplatesDialog:
    widget = TemplatesDialog(templates)
    qtbot.addWidget(widget)
    return widget


def test_it_lists_the_four_kinds_and_shows_the_first(dialog: TemplatesDialog) -> None:
    assert dialog.kinds.count() == len(DraftKind)
    assert dialog.current_kind() is DraftKind.THANK_YOU
    assert dialog.subject.text() == default_template(DraftKind.THANK_YOU).subject
    assert dialog.body.toPlainText() == default_template(DraftKind.THANK_YOU).body
    names = [dialog.variables.item(row).text() for row in range(dialog.variables.count())]
    assert any(name.startswith("{{ initiative_name }}") for name in names)


def test_an_edit_is_saved_exactly(dialog: TemplatesDialog, templates: TemplateRepository) -> None:
    dialog.select_kind(DraftKind.WHERE_ARE_WE)
    dialog.subject.setText("Où en est {{ initiative_name }} ?")
    dialog.body.setPlainText('Bonjour "{{ recipient_name }}",\n\n你好 🎉\n')
    assert dialog.kinds.item(1).text().endswith("*")
    dialog.save_button.click()
    assert not dialog.error.isVisibleTo(dialog)
    assert templates.get(DraftKind.WHERE_ARE_WE) == EmailTemplate(
        DraftKind.WHERE_ARE_WE,
        "Où en est {{ initiative_name }} ?",
        'Bonjour "{{ recipient_name }}",\n\n你好 🎉\n',
    )
    assert not dialog.kinds.item(1).text().endswith("*")
    assert not dialog.has_unsaved_edits()


def test_an_error_is_shown_with_its_line_and_nothing_is_stored(
    dialog: TemplatesDialog, templates: TemplateRepository
) -> None:
    dialog.body.setPlainText("Dear {{ recipient_name }},\n\nAbout {{ initiative }}.\n")
    assert dialog.save() is False
    assert dialog.error.isVisibleTo(dialog)
    assert dialog.error.text() == "Body, line 3: unknown name “initiative”"
    assert dialog.body.textCursor().blockNumber() == 2
    assert templates.get(DraftKind.THANK_YOU) == default_template(DraftKind.THANK_YOU)
    assert not templates.is_customized(DraftKind.THANK_YOU)


def test_a_subject_error_is_named(dialog: TemplatesDialog, templates: TemplateRepository) -> None:
    dialog.subject.setText("Thanks {{ oops")
    dialog.save_button.click()
    assert dialog.error.text().startswith("Subject, line 1: ")
    assert not templates.is_customized(DraftKind.THANK_YOU)


def test_switching_kinds_keeps_unsaved_edits(dialog: TemplatesDialog) -> None:
    dialog.body.setPlainText("Edited thanks")
    dialog.select_kind(DraftKind.OUR_REPORT)
    assert dialog.body.toPlainText() == default_template(DraftKind.OUR_REPORT).body
    dialog.select_kind(DraftKind.THANK_YOU)
    assert dialog.body.toPlainText() == "Edited thanks"
    assert dialog.has_unsaved_edits()


def test_reset_to_default_forgets_the_saved_edit(
    qtbot: QtBot, templates: TemplateRepository
) -> None:
    templates.save(EmailTemplate(DraftKind.OUR_REPORT, "Report", "Our report."))
    widget = TemplatesDialog(templates)
    qtbot.addWidget(widget)
    widget.select_kind(DraftKind.OUR_REPORT)
    assert widget.body.toPlainText() == "Our report."
    widget.reset_button.click()
    assert widget.body.toPlainText() == default_template(DraftKind.OUR_REPORT).body
    assert not templates.is_customized(DraftKind.OUR_REPORT)
    assert not widget.has_unsaved_edits()


def test_activating_a_variable_inserts_it_into_the_body(dialog: TemplatesDialog) -> None:
    dialog.body.setPlainText("Hi ")
    dialog.body.moveCursor(dialog.body.textCursor().MoveOperation.End)
    dialog.variables.itemActivated.emit(dialog.variables.item(0))
    assert dialog.body.toPlainText() == "Hi {{ recipient_name }}"


def test_closing_with_unsaved_edits_asks_first(
    dialog: TemplatesDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = [False, True]
    monkeypatch.setattr(dialog, "confirm_discard", lambda: answers.pop(0))
    dialog.show()
    dialog.body.setPlainText("Unsaved")
    dialog.reject()
    assert dialog.isVisible()
    dialog.reject()
    assert not dialog.isVisible()
    assert answers == []


def test_closing_without_edits_does_not_ask(
    dialog: TemplatesDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail() -> bool:
        raise AssertionError("asked")

    monkeypatch.setattr(dialog, "confirm_discard", fail)
    dialog.show()
    dialog.reject()
    assert not dialog.isVisible()
