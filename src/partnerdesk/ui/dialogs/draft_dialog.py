"""A drafted follow-up e-mail, editable, to open in the mail app or copy."""

from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.domain.email_drafts import Draft, mailto_url

OpenUrl = Callable[[QUrl], bool]


def _open_with_desktop(url: QUrl) -> bool:
    return QDesktopServices.openUrl(url)


class DraftDialog(QDialog):
    """Using the draft (opening it in the mail app, or copying it) calls `on_used` once.

    Once per dialog: opening and then copying the same e-mail is still one follow-up.
    """

    def __init__(
        self,
        draft: Draft,
        on_used: Callable[[], None],
        parent: QWidget | None = None,
        open_url: OpenUrl = _open_with_desktop,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("draftDialog")
        self.setWindowTitle(self.tr("Follow-up e-mail"))
        self._on_used = on_used
        self._open_url = open_url
        self.used = False

        self.to = QLineEdit(draft.to, self)
        self.to.setObjectName("draftTo")
        self.subject = QLineEdit(draft.subject, self)
        self.subject.setObjectName("draftSubject")
        self.body = QPlainTextEdit(self)
        self.body.setObjectName("draftBody")
        self.body.setPlainText(draft.body)
        self.body.setTabChangesFocus(True)
        self.body.setMinimumSize(520, 300)

        form = QFormLayout()
        form.addRow(self.tr("&To:"), self.to)
        form.addRow(self.tr("&Subject:"), self.subject)
        form.addRow(self.tr("&Body:"), self.body)

        self.status = QLabel(self)
        self.status.setObjectName("draftStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = QPushButton(self.tr("&Open in mail app"), self)
        self.open_button.setObjectName("draftOpenInMail")
        self.open_button.setDefault(True)
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.copy_button.setObjectName("draftCopy")
        self.copy_button.setToolTip(self.tr("Copy the subject and body to the clipboard"))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self.open_in_mail_app)
        self.copy_button.clicked.connect(self.copy_to_clipboard)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.setTabOrder(self.to, self.subject)
        self.setTabOrder(self.subject, self.body)
        self.setTabOrder(self.body, self.open_button)
        self.setTabOrder(self.open_button, self.copy_button)
        self.body.setFocus()

    def draft(self) -> Draft:
        """The e-mail as it stands in the fields, with the user's edits."""
        return Draft(self.to.text().strip(), self.subject.text(), self.body.toPlainText())

    def open_in_mail_app(self) -> None:
        url = QUrl.fromEncoded(
            mailto_url(self.draft()).encode("ascii"), QUrl.ParsingMode.StrictMode
        )
        if not self._open_url(url):
            self._show_status(
                self.tr("No mail app could be opened. Use Copy and paste the e-mail instead.")
            )
            return
        self._show_status(self.tr("Opened in your mail app."))
        self._mark_used()

    def copy_to_clipboard(self) -> None:
        draft = self.draft()
        QGuiApplication.clipboard().setText(f"{draft.subject}\n\n{draft.body}")
        self._show_status(self.tr("Copied. Paste it into your e-mail."))
        self._mark_used()

    def _show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()

    def _mark_used(self) -> None:
        if not self.used:
            self.used = True
            self._on_used()
