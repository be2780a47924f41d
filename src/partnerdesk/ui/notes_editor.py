"""The meeting-notes editor: a formatting toolbar over a text edit whose stored form is Markdown."""

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QDesktopServices,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPalette,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFormat,
    QTextListFormat,
)
from PySide6.QtWidgets import QInputDialog, QTextEdit, QToolBar, QVBoxLayout, QWidget

# -- Markdown in and out -----------------------------------------------------------------------

_GITHUB = QTextDocument.MarkdownFeature.MarkdownDialectGitHub
_NO_HTML = QTextDocument.MarkdownFeature.MarkdownNoHTML
# md4c's "permissive autolink" flags (URL, e-mail, www), which Qt passes straight through.
# Bare addresses stay text: md4c ignores backslash escapes inside them, so the escaping that
# keeps typed characters literal could not work there. Links come from the Link action.
_PERMISSIVE_AUTOLINKS = 0x4 | 0x8 | 0x400
# Raw HTML in notes is shown as the characters it is, never interpreted (no <img> fetching).
LOAD_FEATURES = QTextDocument.MarkdownFeature(
    (_GITHUB.value & ~_PERMISSIVE_AUTOLINKS) | _NO_HTML.value
)

MARKDOWN_MIME_TYPE = "text/markdown"
OPENABLE_SCHEMES = frozenset({"http", "https", "mailto"})
CHECKLIST_MARKERS = (QTextBlockFormat.MarkerType.Unchecked, QTextBlockFormat.MarkerType.Checked)
HEADING_FONT_SIZE_ADJUSTMENT = {1: 3, 2: 2, 3: 1}  # what Qt's Markdown reader gives headings

# Characters that Qt's Markdown writer would write raw although they mean something in
# Markdown. Before writing, each is swapped for a private-use character that the writer
# passes through untouched; afterwards that becomes the escaped character.
_ALWAYS_ESCAPED = frozenset("\\*`~[<")
_ESCAPED_AT_LINE_START = frozenset("#-+=>|:")
_PLACEHOLDER_BASE = 0xE000
_ESCAPABLE = "\\*`~[<#-+=>|:_&.)"
_PLACEHOLDER = {char: chr(_PLACEHOLDER_BASE + index) for index, char in enumerate(_ESCAPABLE)}
# Spaces and tabs are swapped too: Qt wraps long paragraphs at spaces and, doing so, drops a
# character next to a word longer than a line (seen with Qt 6.12). Unwrapped lines are valid.
_SPACE = chr(_PLACEHOLDER_BASE + 0x40)
_TAB = chr(_PLACEHOLDER_BASE + 0x41)
# A line break inside a paragraph (Shift+Enter, pasted text) is a hard break in Markdown.
_LINE_BREAK = chr(_PLACEHOLDER_BASE + 0x42)
_LINE_SEPARATOR = "\u2028"
# Every other character Qt takes for a space is a wrap point as well.
_OTHER_SPACES = "\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_SPACE_PLACEHOLDER = {
    space: chr(_PLACEHOLDER_BASE + 0x50 + index) for index, space in enumerate(_OTHER_SPACES)
}
_RESTORED = (
    {ord(place): "\\" + char for char, place in _PLACEHOLDER.items()}
    | {ord(place): space for space, place in _SPACE_PLACEHOLDER.items()}
    | {ord(_SPACE): " ", ord(_TAB): "\t", ord(_LINE_BREAK): "\\\n"}
)
_PLACEHOLDER_RANGE = re.compile(f"[{chr(_PLACEHOLDER_BASE)}-{chr(_PLACEHOLDER_BASE + 0xFF)}]")
_ENTITY = re.compile(r"&(#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)")
_ORDINAL = re.compile(r"[0-9]{1,9}([.)])(\s|$)")
_INLINE_WHITESPACE = " \t"
_EMPHASIS_PROPERTIES = (
    QTextFormat.Property.FontWeight,
    QTextFormat.Property.FontItalic,
    QTextFormat.Property.FontStrikeOut,
)


def load_markdown(document: QTextDocument, markdown: str) -> None:
    """Replaces the document's content with the given Markdown (raw HTML shown as text)."""
    document.setMarkdown(markdown, LOAD_FEATURES)


def to_markdown(document: QTextDocument) -> str:
    """The document as GitHub-flavoured Markdown that loads back to the same text.

    Qt's writer does the structure (headings, lists, checklists, emphasis, links); the text
    of each run is prepared first so that characters the user typed stay literal.
    """
    if _PLACEHOLDER_RANGE.search(document.toRawText()):
        # The placeholders are in the text itself (very unlikely): write it as Qt does.
        return document.toMarkdown(_GITHUB)
    prepared = document.clone()
    prepared.setUndoRedoEnabled(False)
    block = prepared.lastBlock()
    while block.isValid():
        previous = block.previous()
        if not _is_code_block(block):
            _prepare_block(prepared, block)
        block = previous
    return prepared.toMarkdown(_GITHUB).translate(_RESTORED)


def _is_code_block(block: QTextBlock) -> bool:
    block_format = block.blockFormat()
    return block_format.hasProperty(
        QTextFormat.Property.BlockCodeFence
    ) or block_format.hasProperty(QTextFormat.Property.BlockCodeLanguage)


def _prepare_block(document: QTextDocument, block: QTextBlock) -> None:
    """Rewrites one block's runs with placeholders, from the last run so positions hold."""
    text = block.text()
    replacements = _replacements(text)
    # Positions in Qt count UTF-16 units; indexes into `text` count code points.
    runs: list[tuple[int, int, int, str, QTextCharFormat]] = []
    offset = 0
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        run_text = fragment.text()
        runs.append(
            (fragment.position(), fragment.length(), offset, run_text, fragment.charFormat())
        )
        offset += len(run_text)
        iterator += 1
    cursor = QTextCursor(document)
    for position, length, offset, original, char_format in reversed(runs):
        if char_format.isImageFormat() or char_format.hasProperty(
            QTextFormat.Property.FontFixedPitch
        ):
            continue  # an image, or code whose characters Markdown keeps literally anyway
        pieces = replacements[offset : offset + len(original)]
        if "".join(pieces) == original and not _has_emphasis_at_edges(original, char_format):
            continue
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        for piece_text, piece_format in _split_emphasis(original, pieces, char_format):
            cursor.insertText(piece_text, piece_format)


def _replacements(text: str) -> list[str]:
    """For each character of a block's text: what to write instead ("" drops it)."""
    out = list(text)
    line_starts = [0] + [index + 1 for index, char in enumerate(text) if char == _LINE_SEPARATOR]
    for index, char in enumerate(text):
        if char in _ALWAYS_ESCAPED:
            out[index] = _PLACEHOLDER[char]
        elif char == " ":
            out[index] = _SPACE
        elif char == "\t":
            out[index] = _TAB
        elif char == _LINE_SEPARATOR:
            out[index] = _LINE_BREAK
        elif char in _SPACE_PLACEHOLDER:
            out[index] = _SPACE_PLACEHOLDER[char]
        elif char == "_" and not (
            0 < index < len(text) - 1 and text[index - 1].isalnum() and text[index + 1].isalnum()
        ):
            # An underscore inside a word never starts emphasis; elsewhere it may.
            out[index] = _PLACEHOLDER[char]
        elif char == "&" and _ENTITY.match(text, index):
            out[index] = _PLACEHOLDER[char]
        elif char == "#" and index > 0 and text[index - 1] in _INLINE_WHITESPACE:
            # " #" may close an ATX heading and vanish.
            out[index] = _PLACEHOLDER[char]
    for start in line_starts:
        # Leading whitespace is not kept by Markdown and four spaces would start code.
        index = start
        while index < len(text) and text[index] in _INLINE_WHITESPACE + _LINE_SEPARATOR:
            out[index] = ""
            index += 1
        if index < len(text) and text[index] in _ESCAPED_AT_LINE_START:
            out[index] = _PLACEHOLDER[text[index]]
        ordinal = _ORDINAL.match(text, index)
        if ordinal:
            out[ordinal.start(1)] = _PLACEHOLDER[ordinal.group(1)]
    end = len(text)
    while end > 0 and text[end - 1] in _INLINE_WHITESPACE + _LINE_SEPARATOR:
        end -= 1
        out[end] = ""  # trailing whitespace means nothing, a trailing break even less
    return out


def _has_emphasis_at_edges(text: str, char_format: QTextCharFormat) -> bool:
    return _is_emphasized(char_format) and text != text.strip(_INLINE_WHITESPACE)


def _is_emphasized(char_format: QTextCharFormat) -> bool:
    return any(char_format.hasProperty(prop) for prop in _EMPHASIS_PROPERTIES)


def _split_emphasis(
    original: str, pieces: list[str], char_format: QTextCharFormat
) -> list[tuple[str, QTextCharFormat]]:
    """The run as (text, format) parts, with emphasis taken off whitespace at its edges.

    Markdown cannot close "**bold **": emphasis must not end or start with a space.
    """
    if not _is_emphasized(char_format):
        return [("".join(pieces), char_format)]
    plain = QTextCharFormat(char_format)
    for prop in _EMPHASIS_PROPERTIES:
        plain.clearProperty(prop)
    lead = len(original) - len(original.lstrip(_INLINE_WHITESPACE))
    trail = len(original.rstrip(_INLINE_WHITESPACE))
    if lead >= trail:
        return [("".join(pieces), plain)]
    parts = [
        ("".join(pieces[:lead]), plain),
        ("".join(pieces[lead:trail]), char_format),
        ("".join(pieces[trail:]), plain),
    ]
    return [(text, part_format) for text, part_format in parts if text]


# -- Documents that never fetch anything --------------------------------------------------------


class InertDocument(QTextDocument):
    """A text document that loads no resources: no remote or local images, no style sheets."""

    def loadResource(self, type: int, name: QUrl) -> Any:
        return None


def plain_text_from_html(html: str) -> str:
    """The text of an HTML fragment, with images and everything else that is not text dropped."""
    document = InertDocument()
    document.setHtml(html)
    return document.toPlainText().replace("\ufffc", "")


def safe_fragment_from_markdown(markdown: str) -> QTextDocumentFragment:
    """Markdown as a fragment to insert: its formatting kept, its images left out."""
    document = InertDocument()
    load_markdown(document, markdown)
    cursor = QTextCursor(document)
    block = document.lastBlock()
    while block.isValid():
        iterator = block.begin()
        images: list[tuple[int, int]] = []
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().isImageFormat():
                images.append((fragment.position(), fragment.length()))
            iterator += 1
        for position, length in reversed(images):
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
        block = block.previous()
    return QTextDocumentFragment(document)


def is_openable(url: QUrl) -> bool:
    """Whether a link may be handed to the desktop: web pages and e-mail only, never files."""
    return url.isValid() and url.scheme().lower() in OPENABLE_SCHEMES


# -- The text edit ------------------------------------------------------------------------------


class NotesTextEdit(QTextEdit):
    """The editing surface: Markdown-safe pasting, no resource loading, links opened on demand."""

    focus_lost = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesEditor")
        self.setDocument(InertDocument(self))
        self.setTabChangesFocus(False)
        self.setMouseTracking(True)
        # Replaceable so that tests do not open a browser.
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self._pressed_anchor = ""

    # Pasting and dropping: plain text, or our own Markdown without images; never HTML.

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText() or source.hasHtml() or source.hasFormat(MARKDOWN_MIME_TYPE)

    def insertFromMimeData(self, source: QMimeData) -> None:
        cursor = self.textCursor()
        if source.hasFormat(MARKDOWN_MIME_TYPE):
            markdown = bytes(source.data(MARKDOWN_MIME_TYPE).data()).decode("utf-8", "replace")
            cursor.insertFragment(safe_fragment_from_markdown(markdown))
        elif source.hasText():
            cursor.insertText(source.text())
        elif source.hasHtml():
            cursor.insertText(plain_text_from_html(source.html()))
        self.ensureCursorVisible()

    def loadResource(self, type: int, name: QUrl) -> Any:
        return None  # notes never fetch images or anything else, local or remote

    # Links: opened only by an explicit Ctrl+click or the context menu.

    def link_at(self, position: QPoint) -> str:
        return self.anchorAt(position)

    def open_link(self, href: str) -> bool:
        """Hands a web or e-mail link to the desktop; anything else is refused."""
        url = QUrl(href)
        if not is_openable(url):
            return False
        self.open_url(url)
        return True

    def mousePressEvent(self, event: QMouseEvent) -> None:
        position = event.position().toPoint()
        self._pressed_anchor = ""
        if event.button() == Qt.MouseButton.LeftButton:
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self._pressed_anchor = self.anchorAt(position)
                if self._pressed_anchor:
                    event.accept()
                    return
            elif self._toggle_checkbox_at(position):
                event.accept()
                return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pressed, self._pressed_anchor = self._pressed_anchor, ""
        if pressed and pressed == self.anchorAt(event.position().toPoint()):
            self.open_link(pressed)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        over_link = bool(self.anchorAt(event.position().toPoint()))
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        shape = (
            Qt.CursorShape.PointingHandCursor if over_link and ctrl else Qt.CursorShape.IBeamCursor
        )
        self.viewport().setCursor(shape)
        self.viewport().setToolTip(self.tr("Ctrl+click to open the link") if over_link else "")

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            href = self.anchorAt(event.pos())
        else:
            href = self.textCursor().charFormat().anchorHref()
        if href:
            menu.insertSeparator(menu.actions()[0] if menu.actions() else None)
            action = QAction(self.tr("&Open Link"), menu)
            action.setEnabled(is_openable(QUrl(href)))
            action.triggered.connect(lambda: self.open_link(href))
            menu.insertAction(menu.actions()[0], action)
        menu.exec(event.globalPos())
        menu.deleteLater()

    # Checklists: a click on the box, or Ctrl+Return, ticks the item.

    def toggle_checkbox(self, block: QTextBlock) -> bool:
        block_format = block.blockFormat()
        marker = block_format.marker()
        if marker not in CHECKLIST_MARKERS:
            return False
        unchecked = QTextBlockFormat.MarkerType.Unchecked
        block_format.setMarker(
            QTextBlockFormat.MarkerType.Checked if marker == unchecked else unchecked
        )
        cursor = QTextCursor(block)
        cursor.setBlockFormat(block_format)
        return True

    def _toggle_checkbox_at(self, position: QPoint) -> bool:
        block = self.cursorForPosition(position).block()
        if block.blockFormat().marker() not in CHECKLIST_MARKERS:
            return False
        text_left = self.cursorRect(QTextCursor(block)).left()
        return position.x() < text_left and self.toggle_checkbox(block)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        modifiers = event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if modifiers & Qt.KeyboardModifier.ControlModifier:
                if self.toggle_checkbox(self.textCursor().block()):
                    event.accept()
                    return
            elif modifiers & Qt.KeyboardModifier.ShiftModifier:
                # A soft line break would read back as a space; a new paragraph keeps the line.
                self.textCursor().insertBlock()
                self.ensureCursorVisible()
                event.accept()
                return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_lost.emit()


# -- The editor with its toolbar -----------------------------------------------------------------


class NotesEditor(QWidget):
    """A meeting's notes: toolbar and text, loaded from and saved as Markdown.

    `edited` is emitted when the user changes the text (not when a meeting is loaded);
    `focus_lost` when the text loses the keyboard focus.
    """

    edited = Signal()
    focus_lost = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._meeting_id: int | None = None
        self._loading = False
        self.text_edit = NotesTextEdit(self)
        self.text_edit.setAccessibleName(self.tr("Meeting notes"))
        self.toolbar = QToolBar(self.tr("Formatting"), self)
        self.toolbar.setObjectName("notesToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.actions_by_name: dict[str, QAction] = {}
        self._build_actions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.text_edit)
        self.setFocusProxy(self.text_edit)
        self.text_edit.document().contentsChanged.connect(self._on_contents_changed)
        self.text_edit.currentCharFormatChanged.connect(self._update_toggles)
        self.text_edit.cursorPositionChanged.connect(self._update_toggles)
        self.text_edit.focus_lost.connect(self.focus_lost)
        self.set_meeting(None, "")

    # -- public API --------------------------------------------------------------------------

    @property
    def meeting_id(self) -> int | None:
        return self._meeting_id

    def set_meeting(self, meeting_id: int | None, markdown: str) -> None:
        """Shows a meeting's notes (or none); this is not an edit and has no undo."""
        self._meeting_id = meeting_id
        self._load(markdown)
        self.text_edit.setReadOnly(meeting_id is None)
        self.text_edit.setPlaceholderText(
            self.tr("Choose or create a meeting to take notes.") if meeting_id is None else ""
        )
        self.toolbar.setEnabled(meeting_id is not None)
        self.text_edit.moveCursor(QTextCursor.MoveOperation.Start)

    def reload(self, markdown: str) -> None:
        """Shows newer stored notes of the same meeting, keeping the cursor where it was."""
        position = self.text_edit.textCursor().position()
        self._load(markdown)
        cursor = self.text_edit.textCursor()
        cursor.setPosition(min(position, self.text_edit.document().characterCount() - 1))
        self.text_edit.setTextCursor(cursor)

    def markdown(self) -> str:
        return to_markdown(self.text_edit.document())

    def insert_link(self, address: str, text: str = "") -> None:
        """Makes the selection (or `text`, or the address itself) a link; "" removes links."""
        cursor = self.text_edit.textCursor()
        link_format = QTextCharFormat()
        address = address.strip()
        if not address:
            link_format.setAnchor(False)
            link_format.setAnchorHref("")
            link_format.setForeground(self.palette().brush(QPalette.ColorRole.Text))
            cursor.mergeCharFormat(link_format)
            return
        url = QUrl.fromUserInput(address)
        href = bytes(url.toEncoded().data()).decode("ascii") if url.isValid() else address
        link_format.setAnchor(True)
        link_format.setAnchorHref(href)
        link_format.setForeground(self.palette().brush(QPalette.ColorRole.Link))
        cursor.beginEditBlock()
        if cursor.hasSelection():
            cursor.mergeCharFormat(link_format)
        else:
            plain = QTextCharFormat(cursor.charFormat())
            linked = QTextCharFormat(plain)
            linked.merge(link_format)
            cursor.insertText(text or href, linked)
            # What is typed next is ordinary text again, not more of the link.
            plain.setAnchor(False)
            plain.clearProperty(QTextFormat.Property.AnchorHref)
            plain.clearProperty(QTextFormat.Property.ForegroundBrush)
            self.text_edit.setTextCursor(cursor)
            self.text_edit.setCurrentCharFormat(plain)
        cursor.endEditBlock()

    # -- actions --------------------------------------------------------------------------

    def _build_actions(self) -> None:
        disc = QTextListFormat.Style.ListDisc
        decimal = QTextListFormat.Style.ListDecimal
        bold = QKeySequence(QKeySequence.StandardKey.Bold)
        italic = QKeySequence(QKeySequence.StandardKey.Italic)
        add = self._add_action
        add("bold", self.tr("&Bold"), self.tr("Bold"), bold, self._toggle_bold, checkable=True)
        add("italic", self.tr("&Italic"), self.tr("Italic"), italic, self._toggle_italic, True)
        add("heading", self.tr("&Heading"), self.tr("Heading"), "Ctrl+Alt+2", self._heading)
        add("body", self.tr("Body &text"), self.tr("Body text"), "Ctrl+Alt+0", self._body_text)
        add("bullets", self.tr("B&ullet list"), self.tr("Bullet list"), "Ctrl+Shift+8",
            lambda: self.toggle_list(disc), checkable=True)  # fmt: skip
        add("numbers", self.tr("&Numbered list"), self.tr("Numbered list"), "Ctrl+Shift+7",
            lambda: self.toggle_list(decimal), checkable=True)  # fmt: skip
        add("checklist", self.tr("&Checklist"), self.tr("Checklist"), "Ctrl+Shift+9",
            lambda: self.toggle_list(disc, checklist=True), checkable=True)  # fmt: skip
        # Ctrl+K is the global search; Ctrl+L is the link here.
        add("link", self.tr("&Link…"), self.tr("Link"), "Ctrl+L", self._prompt_link)

    def _add_action(
        self,
        name: str,
        text: str,
        label: str,
        shortcut: QKeySequence | str,
        slot: Callable[[], None],
        checkable: bool = False,
    ) -> None:
        sequence = QKeySequence(shortcut)
        action = QAction(text, self)
        action.setObjectName(f"notes_{name}")
        action.setShortcut(sequence)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        native = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(self.tr("{action} ({shortcut})").format(action=label, shortcut=native))
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.addAction(action)  # so the shortcut works wherever the focus is in the editor
        self.toolbar.addAction(action)
        button = self.toolbar.widgetForAction(action)
        if button is not None:
            button.setAccessibleName(label)
        self.actions_by_name[name] = action

    def _heading(self) -> None:
        self.set_heading(2)

    def _body_text(self) -> None:
        self.set_heading(0)

    def _toggle_bold(self) -> None:
        char_format = QTextCharFormat()
        char_format.setFontWeight(
            QFont.Weight.Bold if self.actions_by_name["bold"].isChecked() else QFont.Weight.Normal
        )
        self._merge_char_format(char_format)

    def _toggle_italic(self) -> None:
        char_format = QTextCharFormat()
        char_format.setFontItalic(self.actions_by_name["italic"].isChecked())
        self._merge_char_format(char_format)

    def _merge_char_format(self, char_format: QTextCharFormat) -> None:
        cursor = self.text_edit.textCursor()
        if cursor.hasSelection():
            cursor.mergeCharFormat(char_format)
        # Without a selection this sets what is typed next; with one it keeps it in step.
        self.text_edit.mergeCurrentCharFormat(char_format)

    def set_heading(self, level: int) -> None:
        """Makes the selected paragraphs headings of `level`, or body text with 0."""
        cursor = self.text_edit.textCursor()
        cursor.beginEditBlock()
        for block in _selected_blocks(cursor):
            block_cursor = QTextCursor(block)
            text_list = block.textList()
            if text_list is not None:
                text_list.remove(block)
            block_format = block.blockFormat()
            block_format.setHeadingLevel(level)
            block_format.setIndent(0)
            block_format.setMarker(QTextBlockFormat.MarkerType.NoMarker)
            block_cursor.setBlockFormat(block_format)
            block_cursor.movePosition(
                QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
            )
            char_format = QTextCharFormat()
            if level:
                char_format.setProperty(
                    QTextFormat.Property.FontSizeAdjustment,
                    HEADING_FONT_SIZE_ADJUSTMENT.get(level, 0),
                )
                char_format.setFontWeight(QFont.Weight.Bold)
            else:
                char_format.setProperty(QTextFormat.Property.FontSizeAdjustment, 0)
                char_format.setFontWeight(QFont.Weight.Normal)
            block_cursor.mergeCharFormat(char_format)
            if block == cursor.block():
                self.text_edit.mergeCurrentCharFormat(char_format)
        cursor.endEditBlock()

    def toggle_list(self, style: QTextListFormat.Style, *, checklist: bool = False) -> None:
        """Makes the selected paragraphs a list of `style` (with boxes), or plain again."""
        cursor = self.text_edit.textCursor()
        blocks = _selected_blocks(cursor)
        current = cursor.currentList()
        wanted_marker = QTextBlockFormat.MarkerType.Unchecked
        same_kind = (
            current is not None
            and current.format().style() == style
            and (cursor.blockFormat().marker() in CHECKLIST_MARKERS) == checklist
        )
        cursor.beginEditBlock()
        if same_kind:
            for block in blocks:
                text_list = block.textList()
                if text_list is not None:
                    text_list.remove(block)
                block_format = block.blockFormat()
                block_format.setIndent(0)
                block_format.setMarker(QTextBlockFormat.MarkerType.NoMarker)
                QTextCursor(block).setBlockFormat(block_format)
        else:
            if current is not None:
                list_format = current.format()
                list_format.setStyle(style)
                current.setFormat(list_format)
                for block in blocks:
                    if block.textList() is None:
                        current.add(block)
            else:
                for block in blocks:
                    block_format = block.blockFormat()
                    block_format.setHeadingLevel(0)
                    QTextCursor(block).setBlockFormat(block_format)
                list_format = QTextListFormat()
                list_format.setStyle(style)
                cursor.createList(list_format)
            for block in _selected_blocks(self.text_edit.textCursor()):
                block_format = block.blockFormat()
                if checklist:
                    if block_format.marker() not in CHECKLIST_MARKERS:
                        block_format.setMarker(wanted_marker)
                else:
                    block_format.setMarker(QTextBlockFormat.MarkerType.NoMarker)
                QTextCursor(block).setBlockFormat(block_format)
        cursor.endEditBlock()
        self._update_toggles()

    def _prompt_link(self) -> None:
        cursor = self.text_edit.textCursor()
        current = cursor.charFormat().anchorHref()
        selected = cursor.selectedText().strip()
        suggestion = current or (selected if "." in selected and " " not in selected else "")
        address, accepted = QInputDialog.getText(
            self,
            self.tr("Link"),
            self.tr("Web or e-mail address (empty removes the link):"),
            text=suggestion,
        )
        if accepted:
            self.insert_link(address)
        self.text_edit.setFocus()

    def _update_toggles(self) -> None:
        cursor = self.text_edit.textCursor()
        char_format = self.text_edit.currentCharFormat()
        heading = cursor.blockFormat().headingLevel() > 0
        self.actions_by_name["bold"].setChecked(
            not heading and char_format.fontWeight() >= QFont.Weight.Bold.value
        )
        self.actions_by_name["italic"].setChecked(char_format.fontItalic())
        text_list = cursor.currentList()
        style = text_list.format().style() if text_list is not None else None
        boxed = cursor.blockFormat().marker() in CHECKLIST_MARKERS
        self.actions_by_name["bullets"].setChecked(
            style == QTextListFormat.Style.ListDisc and not boxed
        )
        self.actions_by_name["numbers"].setChecked(style == QTextListFormat.Style.ListDecimal)
        self.actions_by_name["checklist"].setChecked(boxed)

    # -- loading ----------------------------------------------------------------------------

    def _load(self, markdown: str) -> None:
        self._loading = True
        try:
            document = self.text_edit.document()
            load_markdown(document, markdown)
            document.clearUndoRedoStacks()
            document.setModified(False)
        finally:
            self._loading = False
        self._update_toggles()

    def _on_contents_changed(self) -> None:
        if not self._loading and self._meeting_id is not None:
            self.edited.emit()


def _selected_blocks(cursor: QTextCursor) -> list[QTextBlock]:
    document = cursor.document()
    first = document.findBlock(cursor.selectionStart())
    last = document.findBlock(cursor.selectionEnd())
    blocks = [first]
    while blocks[-1] != last and blocks[-1].next().isValid():
        blocks.append(blocks[-1].next())
    return blocks
