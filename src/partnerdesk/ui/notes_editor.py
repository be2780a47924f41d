"""The meeting-notes editor: a formatting toolbar over a text edit whose stored form is Markdown."""

import re
import string
import unicodedata
from collections.abc import Callable, Sequence
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
    QTextList,
    QTextListFormat,
)
from PySide6.QtWidgets import QInputDialog, QMenu, QTextEdit, QToolBar, QVBoxLayout, QWidget

# -- Markdown in and out -----------------------------------------------------------------------

_GITHUB = QTextDocument.MarkdownFeature.MarkdownDialectGitHub
_NO_HTML = QTextDocument.MarkdownFeature.MarkdownNoHTML
# md4c's "permissive autolink" flags (URL, e-mail, www), which Qt passes straight through.
# Bare addresses stay text: md4c ignores backslash escapes inside them, so the escaping that
# keeps typed characters literal could not work there. Links come from the Link action.
_PERMISSIVE_AUTOLINKS = 0x4 | 0x8 | 0x400
# md4c's underline flag: without it "_x_" is emphasis, as on GitHub, and is written "*x*".
_UNDERLINE = 0x4000
# Raw HTML in notes is shown as the characters it is, never interpreted (no <img> fetching).
LOAD_FEATURES = QTextDocument.MarkdownFeature(
    (_GITHUB.value & ~_PERMISSIVE_AUTOLINKS & ~_UNDERLINE) | _NO_HTML.value
)

MARKDOWN_MIME_TYPE = "text/markdown"
OPENABLE_SCHEMES = frozenset({"http", "https", "mailto"})
CHECKLIST_MARKERS = (QTextBlockFormat.MarkerType.Unchecked, QTextBlockFormat.MarkerType.Checked)
HEADING_FONT_SIZE_ADJUSTMENT = {1: 3, 2: 2, 3: 1}  # what Qt's Markdown reader gives headings

# Qt's Markdown writer escapes too little and wraps lines in ways that change the text, so
# the text of a copy of the document is prepared first: each character that matters is
# swapped for a private-use character the writer passes through untouched, and swapped
# back in the written Markdown.
_PLACEHOLDER_BASE = 0xE000
# Characters that mean something in Markdown: restored with a backslash before them.
_ALWAYS_ESCAPED = frozenset("\\*`~[<")
_ESCAPED_AT_LINE_START = frozenset("#-+=>|:")
_ESCAPABLE = "\\*`~[<#-+=>|:_&.)"
_ESCAPED = {char: chr(_PLACEHOLDER_BASE + index) for index, char in enumerate(_ESCAPABLE)}
# Characters restored as they are. Qt wraps long lines at spaces (with Qt 6.12 it then drops
# a character next to a word longer than a line) and between runs; with no space to see it
# wraps only between runs, and every newline it puts inside a paragraph is taken out again.
# A ">" is hidden so that the writer's "> " quote prefixes are the only ones left.
_LITERALS = " \t>\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u202f\u205f\u3000" + "".join(
    chr(code) for code in range(0x2000, 0x200B)
)
# In code every character is literal, but Qt escapes some there too; only "`" stays visible,
# as the writer picks the code fence by it.
_CODE_LITERALS = _LITERALS + "".join(
    char for char in string.punctuation if char not in _LITERALS and char != "`"
)
_LITERAL = {
    char: chr(_PLACEHOLDER_BASE + 0x40 + index) for index, char in enumerate(_CODE_LITERALS)
}
# A line break inside a paragraph (from pasted text) becomes a paragraph break: Qt reads a
# Markdown hard break as a new paragraph anyway, so this is what reads back the same.
_LINE_BREAK = chr(_PLACEHOLDER_BASE + 0xF0)
_LINE_SEPARATOR = "\u2028"
# Around each paragraph's text, so that the newlines of the writer's wrapping can be found.
_TEXT_START = chr(_PLACEHOLDER_BASE + 0xF1)
_TEXT_END = chr(_PLACEHOLDER_BASE + 0xF2)
_WRAPPED_TEXT = re.compile(f"{_TEXT_START}(.*?){_TEXT_END}", re.DOTALL)
_WRAP = re.compile(r"\n[ >]*")
_MARKER_PROPERTY = QTextFormat.Property.UserProperty + 1
_RESTORED = (
    {ord(place): "\\" + char for char, place in _ESCAPED.items()}
    | {ord(place): char for char, place in _LITERAL.items()}
    | {ord(_LINE_BREAK): "\n\n"}
)
_PLACEHOLDER_RANGE = re.compile(f"[{chr(_PLACEHOLDER_BASE)}-{chr(_PLACEHOLDER_BASE + 0xFF)}]")
_ENTITY = re.compile(r"&(#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)")
_ORDINAL = re.compile(r"[0-9]{1,9}([.)])(\s|$)")
_INLINE_WHITESPACE = " \t"
# What the writer marks with delimiters that must touch the text they mark.
_EMPHASIS_PROPERTIES = (
    QTextFormat.Property.FontWeight,
    QTextFormat.Property.FontItalic,
    QTextFormat.Property.FontStrikeOut,
    QTextFormat.Property.FontUnderline,
    QTextFormat.Property.TextUnderlineStyle,
)


def load_markdown(document: QTextDocument, markdown: str) -> None:
    """Replaces the document's content with the given Markdown (raw HTML shown as text)."""
    document.setMarkdown(markdown, LOAD_FEATURES)
    _repair_import(document)


def _repair_import(document: QTextDocument) -> None:
    """Undoes two slips of Qt's Markdown reader (seen with Qt 6.12).

    A paragraph after a task list inherits the task's checkbox without being in the list,
    and a code fence's language is decoded as Latin-1 where UTF-8 was written.
    """
    block = document.begin()
    while block.isValid():
        block_format = block.blockFormat()
        changed = False
        if block.textList() is None and block_format.marker() in CHECKLIST_MARKERS:
            block_format.setMarker(QTextBlockFormat.MarkerType.NoMarker)
            changed = True
        language = block_format.stringProperty(QTextFormat.Property.BlockCodeLanguage)
        if not language.isascii():
            try:
                repaired = language.encode("latin-1").decode("utf-8")
            except UnicodeError:
                repaired = language
            block_format.setProperty(QTextFormat.Property.BlockCodeLanguage, repaired)
            changed = changed or repaired != language
        if changed:
            QTextCursor(block).setBlockFormat(block_format)
        block = block.next()


def to_markdown(document: QTextDocument) -> str:
    """The document as GitHub-flavoured Markdown that loads back to the same text.

    Qt's writer does the structure (headings, lists, checklists, emphasis, links); the text
    of each run is prepared first so that characters the user typed stay literal.
    """
    if _PLACEHOLDER_RANGE.search(document.toRawText()):
        # The placeholders are in the text itself (very unlikely): write it as Qt does.
        return _one_final_newline(document.toMarkdown(_GITHUB))
    prepared = document.clone()
    prepared.setUndoRedoEnabled(False)
    block = prepared.lastBlock()
    while block.isValid():
        previous = block.previous()
        if not _is_code_block(block):
            _prepare_block(prepared, block)
        block = previous
    markdown = _WRAPPED_TEXT.sub(_unwrapped, prepared.toMarkdown(_GITHUB))
    return _one_final_newline(markdown.translate(_RESTORED))


def _one_final_newline(markdown: str) -> str:
    """Ends the text with exactly one newline (none if empty), whatever Qt ended it with."""
    markdown = markdown.rstrip("\n")
    return markdown + "\n" if markdown else ""


def _unwrapped(text: re.Match[str]) -> str:
    return _WRAP.sub("", text.group(1))


def _is_code_block(block: QTextBlock) -> bool:
    block_format = block.blockFormat()
    return block_format.hasProperty(
        QTextFormat.Property.BlockCodeFence
    ) or block_format.hasProperty(QTextFormat.Property.BlockCodeLanguage)


def _prepare_block(document: QTextDocument, block: QTextBlock) -> None:
    """Rewrites one block's text with placeholders and wrap markers, in one pass."""
    text = block.text()
    if not text.strip():
        _drop_empty_structure(block)
    if block.length() <= 1:
        return
    replacements = _replacements(text)
    marker_format = QTextCharFormat()
    marker_format.setProperty(_MARKER_PROPERTY, True)
    # The markers are runs of their own, so the writer may wrap after the start, not before.
    parts: list[tuple[str, QTextCharFormat]] = [(_TEXT_START, marker_format)]
    offset = 0  # in code points, as `text` counts; Qt's positions count UTF-16 units
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        original = fragment.text()
        char_format = fragment.charFormat()
        parts.extend(_prepared_run(text, offset, original, char_format, replacements))
        offset += len(original)
        iterator += 1
    parts.append((_TEXT_END, marker_format))
    # Rewriting the whole block at once is much quicker than run by run in a long block.
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    for part_text, part_format in parts:
        cursor.insertText(part_text, part_format)


def _prepared_run(
    text: str, offset: int, original: str, char_format: QTextCharFormat, replacements: list[str]
) -> list[tuple[str, QTextCharFormat]]:
    """One run of a block as the parts to write instead."""
    if char_format.isImageFormat():
        return [(original, char_format)]
    if char_format.isAnchor() and _is_emphasized(char_format):
        # Qt writes a link without its emphasis but keeps the emphasis around it open,
        # which may then not close; so links are written plain, as Qt would anyway.
        char_format = _without_emphasis(char_format)
    if char_format.hasProperty(QTextFormat.Property.FontFixedPitch):
        # Code keeps its characters literally; only what the writer would wrap at hides.
        # A line break in code reads back as a space; write it as one.
        pieces = [_LITERAL.get(char.replace(_LINE_SEPARATOR, " "), char) for char in original]
    else:
        pieces = replacements[offset : offset + len(original)]
    return _split_emphasis(text, offset, pieces, char_format)


def _drop_empty_structure(block: QTextBlock) -> None:
    """An empty heading or list item does not read back as one; write it as blank space."""
    text_list = block.textList()
    if text_list is not None:
        text_list.remove(block)
    block_format = block.blockFormat()
    if block_format.headingLevel() or block_format.marker() != QTextBlockFormat.MarkerType.NoMarker:
        block_format.setHeadingLevel(0)
        block_format.setMarker(QTextBlockFormat.MarkerType.NoMarker)
        block_format.setIndent(0)
        QTextCursor(block).setBlockFormat(block_format)


def _replacements(text: str) -> list[str]:
    """For each character of a block's text: what to write instead ("" drops it)."""
    # Qt adds escapes of its own here and there; hidden, every character is left to us.
    out = [_LITERAL.get(char, char) for char in text]
    line_starts = [0] + [index + 1 for index, char in enumerate(text) if char == _LINE_SEPARATOR]
    for index, char in enumerate(text):
        if char in _ALWAYS_ESCAPED:
            out[index] = _ESCAPED[char]
        elif char == _LINE_SEPARATOR:
            out[index] = _LINE_BREAK
        elif char == "_" and not (
            0 < index < len(text) - 1 and text[index - 1].isalnum() and text[index + 1].isalnum()
        ):
            # An underscore inside a word never starts emphasis; elsewhere it may.
            out[index] = _ESCAPED[char]
        elif char == "&" and _ENTITY.match(text, index):
            out[index] = _ESCAPED[char]
        elif char == "#" and index > 0 and text[index - 1] in _INLINE_WHITESPACE:
            # " #" may close an ATX heading and vanish.
            out[index] = _ESCAPED[char]
    for start in line_starts:
        # Leading whitespace is not kept by Markdown and four spaces would start code.
        index = start
        while index < len(text) and text[index] in _INLINE_WHITESPACE + _LINE_SEPARATOR:
            out[index] = ""
            index += 1
        if index < len(text) and text[index] in _ESCAPED_AT_LINE_START:
            out[index] = _ESCAPED[text[index]]
        ordinal = _ORDINAL.match(text, index)
        if ordinal:
            out[ordinal.start(1)] = _ESCAPED[ordinal.group(1)]
    line_ends = [index for index, char in enumerate(text) if char == _LINE_SEPARATOR]
    for end in [*line_ends, len(text)]:
        # Trailing whitespace means nothing to Markdown, a trailing break even less.
        while end > 0 and text[end - 1] in _INLINE_WHITESPACE:
            end -= 1
            out[end] = ""
    end = len(text)
    while end > 0 and text[end - 1] in _INLINE_WHITESPACE + _LINE_SEPARATOR:
        end -= 1
        out[end] = ""
    return out


def _without_emphasis(char_format: QTextCharFormat) -> QTextCharFormat:
    plain = QTextCharFormat(char_format)
    for prop in _EMPHASIS_PROPERTIES:
        plain.clearProperty(prop)
    return plain


def _is_emphasized(char_format: QTextCharFormat) -> bool:
    return any(char_format.hasProperty(prop) for prop in _EMPHASIS_PROPERTIES)


def _split_emphasis(
    text: str, offset: int, pieces: list[str], char_format: QTextCharFormat
) -> list[tuple[str, QTextCharFormat]]:
    """The run at `offset` of the block `text` as (text, format) parts, written readably.

    Emphasis comes off whitespace and line breaks at its edges (Markdown cannot close
    "**bold **", nor carry emphasis over a paragraph break), and off a part whose "*"
    would not be read back as a delimiter (as in "a*(b)*"): plain text beats stray stars.
    """
    if not _is_emphasized(char_format):
        return [("".join(pieces), char_format)]
    plain = _without_emphasis(char_format)
    parts: list[tuple[str, QTextCharFormat]] = []
    start, stop = offset, offset + len(pieces)
    while start < stop:
        end = text.find(_LINE_SEPARATOR, start, stop)
        end = stop if end < 0 else end + 1  # each line keeps its break, plain
        line = text[start:end]
        lead = start + len(line) - len(line.lstrip())  # any whitespace, no-break too
        trail = start + len(line.rstrip())
        core_format = char_format if _can_delimit(text, lead, trail) else plain
        for part_start, part_end, part_format in (
            (start, lead, plain),
            (lead, max(lead, trail), core_format),
            (max(lead, trail), end, plain),
        ):
            parts.append(("".join(pieces[part_start - offset : part_end - offset]), part_format))
        start = end
    return [(part, part_format) for part, part_format in parts if part]


def _can_delimit(text: str, lead: int, trail: int) -> bool:
    """Whether "*" before text[lead] and after text[trail - 1] would read back as emphasis.

    CommonMark's flanking rules: a delimiter next to punctuation inside must have
    whitespace or punctuation outside.
    """
    if lead >= trail:
        return False
    first, last = text[lead], text[trail - 1]
    before = text[lead - 1] if lead > 0 else " "
    after = text[trail] if trail < len(text) else " "
    opens = not _is_punctuation(first) or before.isspace() or _is_punctuation(before)
    closes = not _is_punctuation(last) or after.isspace() or _is_punctuation(after)
    return opens and closes


def _is_punctuation(char: str) -> bool:
    return char in string.punctuation or unicodedata.category(char)[0] in "PS"


# -- Documents that never fetch anything --------------------------------------------------------


class InertDocument(QTextDocument):
    """A text document that loads no resources: no remote or local images, no style sheets."""

    def loadResource(self, type: int, name: QUrl | str) -> Any:
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


INTERNAL_SCHEME = "partnerdesk"


class NotesTextEdit(QTextEdit):
    """The editing surface: Markdown-safe pasting, no resource loading, links opened on demand."""

    focus_lost = Signal()
    # A link to something in the notebook (`partnerdesk:commitment/12`) was Ctrl+clicked.
    internal_link_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesEditor")
        self.setDocument(InertDocument(self))
        self.setTabChangesFocus(False)
        self.setMouseTracking(True)
        # Replaceable so that tests do not open a browser.
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self._pressed_anchor = ""
        self._hover = (False, False)  # over a link; and with Ctrl held
        # Actions that act on the notes (record a line as a commitment, a need…), offered
        # at the top of the context menu.
        self.context_actions: list[QAction] = []

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

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        return None  # notes never fetch images or anything else, local or remote

    # Links: opened only by an explicit Ctrl+click or the context menu.

    def link_at(self, position: QPoint) -> str:
        return self.anchorAt(position)

    def open_link(self, href: str) -> bool:
        """Hands a web or e-mail link to the desktop, and a notebook link to the app;
        anything else is refused. Nothing goes outside the app but web and e-mail links."""
        url = QUrl(href)
        if url.scheme().lower() == INTERNAL_SCHEME:
            self.internal_link_activated.emit(href)
            return True
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
        hover = (over_link, over_link and ctrl)
        if hover == self._hover:
            return  # mouse moves come often: change the pointer only when it must change
        self._hover = hover
        shape = Qt.CursorShape.PointingHandCursor if hover[1] else Qt.CursorShape.IBeamCursor
        self.viewport().setCursor(shape)
        self.viewport().setToolTip(self.tr("Ctrl+click to open the link") if over_link else "")

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            href = self.anchorAt(event.pos())
        else:
            href = self.textCursor().charFormat().anchorHref()
        if href:
            action = QAction(self.tr("&Open Link"), menu)
            action.setEnabled(is_openable(QUrl(href)))
            action.triggered.connect(lambda: self.open_link(href))
            first = menu.actions()[0] if menu.actions() else None
            if first is None:
                menu.addAction(action)
            else:
                menu.insertAction(first, action)
                menu.insertSeparator(first)
        self._add_context_actions(menu)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def _add_context_actions(self, menu: QMenu) -> None:
        if not self.context_actions:
            return
        first = menu.actions()[0] if menu.actions() else None
        if first is None:
            menu.addActions(self.context_actions)
            return
        menu.insertActions(first, self.context_actions)
        menu.insertSeparator(first)

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

    def add_context_action(self, action: QAction) -> None:
        """Offers an action on the notes (a capture) in the text's context menu."""
        self.text_edit.context_actions.append(action)

    def select_first_of(self, words: Sequence[str]) -> bool:
        """Selects the earliest place any of `words` appears, scrolled into view.

        Whole words are preferred, case ignored; a word found only inside a longer one
        still counts. Returns False (leaving the cursor alone) when none appears.
        """
        document = self.text_edit.document()
        best: QTextCursor | None = None
        whole = QTextDocument.FindFlag.FindWholeWords
        for flags in (whole, QTextDocument.FindFlag(0)):
            for word in words:
                found = document.find(word, 0, flags) if word.strip() else QTextCursor()
                if not found.isNull() and (best is None or found.position() < best.position()):
                    best = found
            if best is not None:
                break
        if best is None:
            return False
        self.text_edit.setTextCursor(best)
        self.text_edit.ensureCursorVisible()
        return True

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
        self.actions_by_name["checklist"].setStatusTip(
            self.tr("Ctrl+Return ticks or unticks the item at the cursor")
        )
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
        current: QTextList | None = cursor.currentList()
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
                previous = blocks[0].previous()
                above: QTextList | None = previous.textList() if previous.isValid() else None
                if above is not None and above.format().style() == style:
                    # Continue the list just above rather than start one: it keeps counting.
                    for block in blocks:
                        above.add(block)
                else:
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
        text_list = cursor.currentList()
        style = text_list.format().style() if text_list is not None else None
        boxed = cursor.blockFormat().marker() in CHECKLIST_MARKERS
        states = {
            "bold": not heading and char_format.fontWeight() >= QFont.Weight.Bold.value,
            "italic": char_format.fontItalic(),
            "bullets": style == QTextListFormat.Style.ListDisc and not boxed,
            "numbers": style == QTextListFormat.Style.ListDecimal,
            "checklist": boxed,
        }
        for name, checked in states.items():
            action = self.actions_by_name[name]
            if action.isChecked() != checked:  # runs on every keystroke: change only what changed
                action.setChecked(checked)

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
