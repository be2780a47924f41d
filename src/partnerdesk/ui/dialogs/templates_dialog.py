"""Preferences ▸ E-mail templates: edit, check and reset the follow-up e-mail templates."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.domain.email_drafts import (
    DraftKind,
    EmailTemplate,
    draft_kind_label,
    template_variables,
    translated_template,
)
from partnerdesk.domain.errors import ValidationError
from partnerdesk.store.repositories.templates import TemplateRepository
from partnerdesk.ui.domain_text import error_text
from partnerdesk.ui.typed_text import typed_text

_KIND_ROLE = Qt.ItemDataRole.UserRole
_VARIABLE_ROLE = Qt.ItemDataRole.UserRole


class TemplatesDialog(QDialog):
    """Edits of each kind are kept while the dialog is open; Save stores the kind shown."""

    def __init__(self, templates: TemplateRepository, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templatesDialog")
        self.setWindowTitle(self.tr("E-mail templates"))
        self._templates = templates
        # What the editors hold per kind, stored or not, so switching kinds loses nothing.
        self._edits: dict[DraftKind, EmailTemplate] = {}
        self._stored: dict[DraftKind, EmailTemplate] = {}
        self._current: DraftKind | None = None

        self.kinds = QListWidget(self)
        self.kinds.setObjectName("templateKinds")
        self.kinds.setAccessibleName(self.tr("Kinds of e-mail"))
        for kind in DraftKind:
            item = QListWidgetItem(draft_kind_label(kind, QCoreApplication.translate))
            item.setData(_KIND_ROLE, kind.value)
            self.kinds.addItem(item)
            self._stored[kind] = translated_template(
                templates.get(kind), QCoreApplication.translate
            )
        # As wide as its longest name (with the unsaved mark) in the user's language.
        names = [self.kinds.item(row).text() + " *" for row in range(self.kinds.count())]
        widest = max(self.kinds.fontMetrics().horizontalAdvance(name) for name in names)
        self.kinds.setMaximumWidth(max(220, widest + 2 * self.kinds.frameWidth() + 12))

        self.subject = QLineEdit(self)
        self.subject.setObjectName("templateSubject")
        self.body = QPlainTextEdit(self)
        self.body.setObjectName("templateBody")
        self.body.setTabChangesFocus(True)
        self.body.setMinimumSize(480, 280)
        self.subject.textEdited.connect(self._remember_edit)
        self.body.textChanged.connect(self._remember_edit)

        self.variables = QListWidget(self)
        self.variables.setObjectName("templateVariables")
        self.variables.setAccessibleName(self.tr("Variables you may use"))
        self.variables.setToolTip(self.tr("Press Enter or double-click to insert into the body"))
        for name, description in template_variables(QCoreApplication.translate):
            item = QListWidgetItem(f"{{{{ {name} }}}} — {description}")
            item.setData(_VARIABLE_ROLE, name)
            self.variables.addItem(item)
        self.variables.itemActivated.connect(self._insert_variable)

        self.error = QLabel(self)
        self.error.setObjectName("templateError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()

        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("templateSave")
        self.reset_button = QPushButton(self.tr("&Reset to default"), self)
        self.reset_button.setObjectName("templateReset")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.reset_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset_to_default)

        form = QFormLayout()
        form.addRow(self.tr("S&ubject:"), self.subject)
        form.addRow(self.tr("&Body:"), self.body)
        variables_label = QLabel(self.tr("&Variables you may use:"), self)
        variables_label.setBuddy(self.variables)
        form.addRow(variables_label)
        form.addRow(self.variables)
        editor = QVBoxLayout()
        editor.addLayout(form)
        editor.addWidget(self.error)
        columns = QHBoxLayout()
        columns.addWidget(self.kinds)
        columns.addLayout(editor, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(buttons)

        self.kinds.currentItemChanged.connect(self._show_current_kind)
        self.kinds.setCurrentRow(0)
        self.kinds.setFocus()

    # -- what is shown -----------------------------------------------------------------------

    def current_kind(self) -> DraftKind:
        assert self._current is not None
        return self._current

    def select_kind(self, kind: DraftKind) -> None:
        self.kinds.setCurrentRow(list(DraftKind).index(kind))

    def has_unsaved_edits(self) -> bool:
        return any(self._edits[kind] != self._stored[kind] for kind in self._edits)

    def _show_current_kind(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        kind = DraftKind(item.data(_KIND_ROLE))
        template = self._edits.get(kind, self._stored[kind])
        self._current = None  # no edit is remembered while the editors are filled
        self.subject.setText(template.subject)
        self.body.setPlainText(template.body)
        self._current = kind
        self.error.hide()
        self._update_marks()

    def _remember_edit(self) -> None:
        if self._current is None:
            return
        self._edits[self._current] = EmailTemplate(
            self._current, self.subject.text(), typed_text(self.body)
        )
        self._update_marks()

    def _update_marks(self) -> None:
        # A mark on each kind with edits not yet saved.
        for row, kind in enumerate(DraftKind):
            item = self.kinds.item(row)
            label = draft_kind_label(kind, QCoreApplication.translate)
            unsaved = kind in self._edits and self._edits[kind] != self._stored[kind]
            item.setText(f"{label} *" if unsaved else label)

    def _insert_variable(self, item: QListWidgetItem) -> None:
        self.body.insertPlainText(f"{{{{ {item.data(_VARIABLE_ROLE)} }}}}")
        self.body.setFocus()

    # -- saving --------------------------------------------------------------------------------

    def save(self) -> bool:
        """Stores the kind shown; an error is shown in place, at its line, and nothing stored."""
        kind = self.current_kind()
        template = EmailTemplate(kind, self.subject.text(), typed_text(self.body))
        try:
            saved = self._templates.save(template)
        except ValidationError as error:
            self._show_error(error)
            return False
        self._stored[kind] = saved
        self._edits.pop(kind, None)
        self.error.hide()
        self._update_marks()
        return True

    def reset_to_default(self) -> None:
        kind = self.current_kind()
        self._stored[kind] = translated_template(
            self._templates.reset(kind), QCoreApplication.translate
        )
        self._edits.pop(kind, None)
        self._show_current_kind(self.kinds.currentItem())

    def _show_error(self, error: ValidationError) -> None:
        self.error.setText(error_text(error))
        self.error.show()
        if error.field == "subject":
            self.subject.setFocus()
            return
        self.body.setFocus()
        line = error.phrase.fields.get("line")
        if isinstance(line, int):
            block = self.body.document().findBlockByNumber(line - 1)
            if block.isValid():
                cursor = QTextCursor(block)
                self.body.setTextCursor(cursor)

    def reject(self) -> None:
        if self.has_unsaved_edits() and not self.confirm_discard():
            return
        super().reject()

    def confirm_discard(self) -> bool:
        """Asks before unsaved edits are thrown away; tests replace it."""
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved templates"),
            self.tr("Some templates have changes that were not saved. Close and lose them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard
