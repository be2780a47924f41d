"""The text of a plain-text field exactly as the user typed it."""

from PySide6.QtWidgets import QPlainTextEdit


def typed_text(editor: QPlainTextEdit) -> str:
    """The editor's text with its line breaks as "\\n" and every other character as typed.

    `toPlainText()` also turns each no-break space into a plain space (and U+FDD0 and
    U+FDD1 into line breaks), which would change the user's words on their way into the
    notebook.
    """
    return editor.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")
