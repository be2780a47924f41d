"""The draft dialog: edits are kept, the mail link is exact, and using it records once."""

from urllib.parse import parse_qs, urlsplit

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from partnerdesk.domain.email_drafts import (
    Draft,
    DraftContext,
    DraftKind,
    default_template,
    render_draft,
)
from partnerdesk.domain.enums import Direction
from partnerdesk.domain.models import Partner
from partnerdesk.store.store import Store
from partnerdesk.ui.dialogs.draft_dialog import DraftDialog
from tests.conftest import TODAY
from tests.factories import add_promise

HOSTILE_BODY = 'Dear "Zoë" & co,\n<b>not bold</b> {{ x }}\nمرحبا 你好 🎉 100% #1?\n'


class Opener:
    def __init__(self, succeeds: bool = True) -> None:
        self.urls: list[QUrl] = []
        self.succeeds = succeeds

    def __call__(self, url: QUrl) -> bool:
        self.urls.append(url)
        return self.succeeds


def _dialog(qtbot: QtBot, draft: Draft, used: list[int], opener: Opener) -> DraftDialog:
    dialog = DraftDialog(draft, lambda: used.append(1), open_url=opener)
    qtbot.addWidget(dialog)
    return dialog


def test_the_fields_show_the_draft_exactly(qtbot: QtBot) -> None:
    draft = Draft("a@example.com", 'Où en est "X" & <Y>?', HOSTILE_BODY)
    dialog = _dialog(qtbot, draft, [], Opener())
    assert dialog.to.text() == "a@example.com"
    assert dialog.subject.text() == draft.subject
    assert dialog.body.toPlainText() == HOSTILE_BODY
    assert dialog.draft() == draft


def test_open_in_mail_app_opens_the_edited_draft_and_counts_as_used(qtbot: QtBot) -> None:
    used: list[int] = []
    opener = Opener()
    dialog = _dialog(qtbot, Draft("a@example.com", "Hello", "Body"), used, opener)
    dialog.subject.setText("Q&A? #1 100%")
    dialog.body.setPlainText(HOSTILE_BODY)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert used == [1]
    assert len(opener.urls) == 1
    encoded = bytes(opener.urls[0].toEncoded().data()).decode("ascii")
    parts = urlsplit(encoded)
    assert parts.scheme == "mailto"
    assert parts.path == "a@example.com"
    query = parse_qs(parts.query, keep_blank_values=True)
    assert query["subject"] == ["Q&A? #1 100%"]
    assert query["body"] == [HOSTILE_BODY.replace("\n", "\r\n")]


def test_a_mail_app_that_cannot_be_opened_is_said_and_not_counted(qtbot: QtBot) -> None:
    used: list[int] = []
    dialog = _dialog(qtbot, Draft("a@example.com", "Hello", "Body"), used, Opener(succeeds=False))
    dialog.open_in_mail_app()
    assert used == []
    assert dialog.status.isVisibleTo(dialog)
    assert "Copy" in dialog.status.text()


def test_copy_puts_subject_and_body_on_the_clipboard_and_counts_once(qtbot: QtBot) -> None:
    used: list[int] = []
    opener = Opener()
    dialog = _dialog(qtbot, Draft("a@example.com", "Hello", HOSTILE_BODY), used, opener)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "Hello\n\n" + HOSTILE_BODY
    dialog.open_in_mail_app()
    dialog.copy_to_clipboard()
    assert used == [1]


def test_using_a_draft_records_a_follow_up_on_the_commitment(qtbot: QtBot, store: Store) -> None:
    partner = store.partners.add(Partner(name="Northwind Bank"))
    commitment = add_promise(store, partner, TODAY, Direction.THEIRS)
    context = DraftContext(
        partner_name=partner.name,
        recipient_email="maria@example.com",
        commitment_description=commitment.description,
        commitment_due_on=commitment.due_on,
    )
    draft = render_draft(default_template(DraftKind.THEIR_REMINDER), context)
    assert commitment.description in draft.body
    dialog = DraftDialog(
        draft, lambda: store.commitments.record_follow_up(commitment.id), open_url=Opener()
    )
    qtbot.addWidget(dialog)
    dialog.open_in_mail_app()
    recorded = store.commitments.get(commitment.id)
    assert recorded.follow_up_count == commitment.follow_up_count + 1
    assert recorded.last_follow_up_on == TODAY
