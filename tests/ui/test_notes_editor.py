"""The notes editor: formatting to Markdown, stable round trips, safe pasting and links."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QKeySequence,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextListFormat,
)
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from partnerdesk.domain.meeting_template import capture_headings, capture_template
from partnerdesk.ui.notes_editor import (
    NotesEditor,
    load_markdown,
    plain_text_from_html,
    to_markdown,
)

# Documents need the application even with no widget.
pytestmark = pytest.mark.usefixtures("qapp")

MEETING = 7


@pytest.fixture
def editor(qtbot: QtBot) -> NotesEditor:
    widget = NotesEditor()
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_meeting(MEETING, "")
    widget.text_edit.setFocus()
    return widget


@pytest.fixture
def opened(editor: NotesEditor) -> list[QUrl]:
    urls: list[QUrl] = []
    editor.text_edit.open_url = urls.append
    return urls


def markdown_after_reload(markdown: str) -> str:
    document = QTextDocument()
    load_markdown(document, markdown)
    return to_markdown(document)


def plain_text_of(markdown: str) -> str:
    document = QTextDocument()
    load_markdown(document, markdown)
    return document.toPlainText()


def select_all(editor: NotesEditor) -> None:
    cursor = editor.text_edit.textCursor()
    cursor.select(QTextCursor.SelectionType.Document)
    editor.text_edit.setTextCursor(cursor)


def type_and_select(qtbot: QtBot, editor: NotesEditor, text: str) -> None:
    qtbot.keyClicks(editor.text_edit, text)
    select_all(editor)


# -- the object and its toolbar ----------------------------------------------------------------


def test_the_text_has_the_contract_object_name(editor: NotesEditor) -> None:
    assert editor.text_edit.objectName() == "notesEditor"
    assert editor.findChild(type(editor.text_edit), "notesEditor") is editor.text_edit


@pytest.mark.parametrize(
    ("name", "shortcut"),
    [
        ("bold", "Ctrl+B"),
        ("italic", "Ctrl+I"),
        ("heading", "Ctrl+Alt+2"),
        ("body", "Ctrl+Alt+0"),
        ("bullets", "Ctrl+Shift+8"),
        ("numbers", "Ctrl+Shift+7"),
        ("checklist", "Ctrl+Shift+9"),
        ("link", "Ctrl+L"),
    ],
)
def test_each_action_has_its_shortcut_shown_and_an_accessible_button(
    editor: NotesEditor, name: str, shortcut: str
) -> None:
    action = editor.actions_by_name[name]

    assert action.shortcut().toString() == shortcut
    assert action.toolTip().endswith(
        f"({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
    )
    button = editor.toolbar.widgetForAction(action)
    assert button is not None
    assert button.accessibleName()


def test_ctrl_k_is_left_to_the_global_search(editor: NotesEditor) -> None:
    shortcuts = {action.shortcut().toString() for action in editor.actions_by_name.values()}

    assert "Ctrl+K" not in shortcuts


def test_without_a_meeting_the_editor_is_read_only(editor: NotesEditor) -> None:
    editor.set_meeting(None, "")

    assert editor.text_edit.isReadOnly()
    assert not editor.toolbar.isEnabled()
    assert editor.text_edit.placeholderText()


# -- toolbar actions produce Markdown --------------------------------------------------------------


def test_bold_on_a_selection_writes_double_stars(qtbot: QtBot, editor: NotesEditor) -> None:
    type_and_select(qtbot, editor, "x")

    editor.actions_by_name["bold"].trigger()

    assert editor.markdown().strip() == "**x**"


def test_ctrl_b_then_typing_writes_bold(qtbot: QtBot, editor: NotesEditor) -> None:
    qtbot.keyClicks(editor.text_edit, "a ")
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.text_edit, "strong")

    assert editor.markdown().strip() == "a **strong**"
    assert editor.actions_by_name["bold"].isChecked()


def test_italic_writes_single_stars(qtbot: QtBot, editor: NotesEditor) -> None:
    type_and_select(qtbot, editor, "x")

    editor.actions_by_name["italic"].trigger()

    assert editor.markdown().strip() == "*x*"


def test_heading_writes_a_level_two_heading(qtbot: QtBot, editor: NotesEditor) -> None:
    qtbot.keyClicks(editor.text_edit, "x")

    qtbot.keyClick(
        editor.text_edit,
        Qt.Key.Key_2,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )

    assert editor.markdown().strip() == "## x"


def test_body_text_turns_a_heading_back_into_a_paragraph(qtbot: QtBot, editor: NotesEditor) -> None:
    editor.set_meeting(MEETING, "## x\n")
    editor.text_edit.moveCursor(QTextCursor.MoveOperation.End)

    editor.actions_by_name["body"].trigger()

    assert editor.markdown().strip() == "x"
    fragment_format = editor.text_edit.document().firstBlock().begin().fragment().charFormat()
    assert fragment_format.property(QTextFormat.Property.FontSizeAdjustment) in (0, None)


def test_checklist_writes_an_open_task(qtbot: QtBot, editor: NotesEditor) -> None:
    qtbot.keyClicks(editor.text_edit, "x")

    editor.actions_by_name["checklist"].trigger()

    assert editor.markdown().strip() == "- [ ] x"
    assert editor.actions_by_name["checklist"].isChecked()


def test_checklist_again_makes_it_a_paragraph(qtbot: QtBot, editor: NotesEditor) -> None:
    qtbot.keyClicks(editor.text_edit, "x")
    editor.actions_by_name["checklist"].trigger()

    editor.actions_by_name["checklist"].trigger()

    assert editor.markdown().strip() == "x"


def test_ctrl_return_ticks_a_checklist_item(qtbot: QtBot, editor: NotesEditor) -> None:
    editor.set_meeting(MEETING, "- [ ] call Ann\n")
    editor.text_edit.moveCursor(QTextCursor.MoveOperation.End)

    qtbot.keyClick(editor.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert editor.markdown().strip() == "- [x] call Ann"


def test_return_in_a_checklist_starts_an_open_item(qtbot: QtBot, editor: NotesEditor) -> None:
    editor.set_meeting(MEETING, "- [x] done\n")
    editor.text_edit.moveCursor(QTextCursor.MoveOperation.End)

    qtbot.keyClick(editor.text_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.text_edit, "next")

    assert editor.markdown().strip() == "- [x] done\n- [ ] next"


def test_bullets_and_numbers(qtbot: QtBot, editor: NotesEditor) -> None:
    qtbot.keyClicks(editor.text_edit, "one")
    qtbot.keyClick(
        editor.text_edit,
        Qt.Key.Key_8,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert editor.markdown().strip() == "- one"

    editor.actions_by_name["numbers"].trigger()
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.text_edit, "two")

    assert editor.markdown().split() == ["1.", "one", "2.", "two"]
    assert editor.actions_by_name["numbers"].isChecked()
    assert not editor.actions_by_name["bullets"].isChecked()


def test_return_after_a_heading_continues_in_body_text(qtbot: QtBot, editor: NotesEditor) -> None:
    editor.set_meeting(MEETING, capture_template())
    editor.text_edit.moveCursor(QTextCursor.MoveOperation.EndOfBlock)

    qtbot.keyClick(editor.text_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.text_edit, "They need data engineers")

    lines = editor.markdown().splitlines()
    assert lines[:3] == ["## Their needs and concerns", "", "They need data engineers"]


def test_shift_return_keeps_the_line_break(qtbot: QtBot, editor: NotesEditor) -> None:
    qtbot.keyClicks(editor.text_edit, "first")
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(editor.text_edit, "second")

    assert plain_text_of(editor.markdown()).split("\n") == ["first", "second"]


# -- links -------------------------------------------------------------------------------------


def test_a_link_is_written_as_markdown(qtbot: QtBot, editor: NotesEditor) -> None:
    type_and_select(qtbot, editor, "Acme site")

    editor.insert_link("https://acme.example/jobs")

    assert editor.markdown().strip() == "[Acme site](https://acme.example/jobs)"


def test_a_link_without_selection_inserts_the_address(qtbot: QtBot, editor: NotesEditor) -> None:
    editor.insert_link("acme.example")
    qtbot.keyClicks(editor.text_edit, " more")

    document = QTextDocument()
    load_markdown(document, editor.markdown())
    assert document.toPlainText() == "http://acme.example more"
    first = document.firstBlock().begin().fragment()
    assert first.text() == "http://acme.example"
    assert first.charFormat().anchorHref() == "http://acme.example"


def link_point(editor: NotesEditor) -> QPoint:
    cursor = QTextCursor(editor.text_edit.document())
    cursor.setPosition(2)
    return editor.text_edit.cursorRect(cursor).center()


def test_a_plain_click_on_a_link_opens_nothing(
    qtbot: QtBot, editor: NotesEditor, opened: list[QUrl]
) -> None:
    editor.set_meeting(MEETING, "[jobs](https://acme.example/jobs)\n")

    qtbot.mouseClick(editor.text_edit.viewport(), Qt.MouseButton.LeftButton, pos=link_point(editor))

    assert opened == []


def test_ctrl_click_opens_a_web_link_through_the_desktop(
    qtbot: QtBot, editor: NotesEditor, opened: list[QUrl]
) -> None:
    editor.set_meeting(MEETING, "[jobs](https://acme.example/jobs)\n")

    qtbot.mouseClick(
        editor.text_edit.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        link_point(editor),
    )

    assert opened == [QUrl("https://acme.example/jobs")]


@pytest.mark.parametrize("href", ["file:///etc/passwd", "javascript:alert(1)", "smb://host/x"])
def test_links_to_files_or_scripts_are_never_opened(
    qtbot: QtBot, editor: NotesEditor, opened: list[QUrl], href: str
) -> None:
    editor.set_meeting(MEETING, f"[xx]({href})\n")

    qtbot.mouseClick(
        editor.text_edit.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        link_point(editor),
    )

    assert opened == []
    assert not editor.text_edit.open_link(href)


def test_loading_notes_opens_nothing(editor: NotesEditor, opened: list[QUrl]) -> None:
    editor.set_meeting(MEETING, "<https://acme.example> [a](mailto:a@acme.example)\n")
    QApplication.processEvents()

    assert opened == []


# -- pasting and resources ------------------------------------------------------------------------


def test_pasted_html_inserts_its_text_and_no_image(editor: NotesEditor) -> None:
    mime = QMimeData()
    mime.setHtml('<p>Hello <b>there</b><img src="file:///etc/passwd"></p>')

    editor.text_edit.insertFromMimeData(mime)

    markdown = editor.markdown()
    assert markdown.strip() == "Hello there"
    assert "passwd" not in markdown
    assert "\ufffc" not in editor.text_edit.toPlainText()
    assert not _has_image(editor.text_edit.document())


def test_pasted_html_with_text_alternative_inserts_the_plain_text(editor: NotesEditor) -> None:
    mime = QMimeData()
    mime.setHtml('<img src="https://tracker.example/pixel.gif"><i>Hi</i>')
    mime.setText("Hi")

    editor.text_edit.insertFromMimeData(mime)

    assert editor.markdown().strip() == "Hi"
    assert not _has_image(editor.text_edit.document())


def test_pasted_markdown_keeps_formatting_but_drops_images(editor: NotesEditor) -> None:
    mime = QMimeData()
    mime.setData("text/markdown", b"**bold** ![x](file:///etc/passwd) [a](https://a.example)")

    editor.text_edit.insertFromMimeData(mime)

    markdown = editor.markdown()
    assert "**bold**" in markdown
    assert "[a](https://a.example)" in markdown
    assert "passwd" not in markdown
    assert not _has_image(editor.text_edit.document())


def test_html_to_text_reads_no_style_sheet_or_image() -> None:
    text = plain_text_from_html(
        '<html><head><link rel="stylesheet" href="file:///etc/passwd"></head>'
        '<body><p>a<img src="file:///etc/hosts">b</p></body></html>'
    )

    assert text.strip() == "ab"


def test_the_editor_loads_no_resources(editor: NotesEditor) -> None:
    editor.set_meeting(MEETING, "![x](file:///etc/passwd)\n")
    QApplication.processEvents()

    document = editor.text_edit.document()
    for url in ("file:///etc/passwd", "https://tracker.example/pixel.gif"):
        assert document.resource(QTextDocument.ResourceType.ImageResource, QUrl(url)) is None
        assert (
            editor.text_edit.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(url))
            is None
        )


def test_raw_html_in_notes_is_shown_as_text(editor: NotesEditor) -> None:
    editor.set_meeting(MEETING, "<b>x</b> <img src=x>\n")

    assert editor.text_edit.toPlainText() == "<b>x</b> <img src=x>"
    assert plain_text_of(editor.markdown()) == "<b>x</b> <img src=x>"


def _has_image(document: QTextDocument) -> bool:
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            if iterator.fragment().charFormat().isImageFormat():
                return True
            iterator += 1
        block = block.next()
    return False


# -- signals ---------------------------------------------------------------------------------------


def test_loading_a_meeting_is_not_an_edit(qtbot: QtBot, editor: NotesEditor) -> None:
    edits: list[None] = []
    editor.edited.connect(lambda: edits.append(None))

    editor.set_meeting(MEETING + 1, capture_template())
    editor.reload("other")
    QApplication.processEvents()

    assert edits == []
    assert editor.meeting_id == MEETING + 1
    assert not editor.text_edit.document().isUndoAvailable()


def test_typing_and_formatting_are_edits(qtbot: QtBot, editor: NotesEditor) -> None:
    with qtbot.waitSignal(editor.edited):
        qtbot.keyClicks(editor.text_edit, "a")
    select_all(editor)
    with qtbot.waitSignal(editor.edited):
        editor.actions_by_name["bold"].trigger()


def test_focus_loss_is_reported(qtbot: QtBot, editor: NotesEditor) -> None:
    other = QApplication.focusWidget()
    assert other is editor.text_edit
    editor.toolbar.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    with qtbot.waitSignal(editor.focus_lost):
        editor.toolbar.setFocus()


# -- round trips --------------------------------------------------------------------------------

ROUND_TRIP_SAMPLES = [
    capture_template(),
    "## Next steps\n\n- [ ] send the MoU draft\n- [x] book the lab visit\n",
    "# Visit\n\nWe met **Ann** and *Bo* at [Acme](https://acme.example/about).\n",
    "1. first\n2. second\n3. third\n\nAfter the list.\n",
    "- outer\n  - inner\n- back\n",
    "Text with `code` and ~~gone~~ and a_snake_case_name.\n",
    "> quoted\n\n---\n\nafter the rule\n",
    "```\nfenced > code *stays*\n```\n",
    "| a | b |\n|---|---|\n| 1 | 2 |\n",
    "Line one\\\nline two\n",
]


@pytest.mark.parametrize("markdown", ROUND_TRIP_SAMPLES)
def test_saving_without_edits_gives_markdown_that_loads_the_same(
    editor: NotesEditor, markdown: str
) -> None:
    editor.set_meeting(MEETING, markdown)
    saved = editor.markdown()

    assert plain_text_of(saved) == plain_text_of(markdown)
    assert markdown_after_reload(saved) == saved


def test_the_template_round_trips_as_six_headings(editor: NotesEditor) -> None:
    editor.set_meeting(MEETING, capture_template())

    document = QTextDocument()
    load_markdown(document, editor.markdown())
    blocks = []
    block = document.begin()
    while block.isValid():
        blocks.append((block.blockFormat().headingLevel(), block.text()))
        block = block.next()
    assert blocks == [(2, heading) for heading in capture_headings()]


def test_typed_markdown_characters_stay_literal(qtbot: QtBot, editor: NotesEditor) -> None:
    typed = "> 50 students * 2 _maybe_ ~~ok~~ 1) first <b>x</b> [1](y) &amp; C #"
    qtbot.keyClicks(editor.text_edit, typed)

    assert plain_text_of(editor.markdown()) == typed


def test_a_long_word_after_a_short_one_loses_no_character(editor: NotesEditor) -> None:
    # Qt 6.12's writer, wrapping at 80 columns, dropped a character here.
    text = "see " + "https://acme.example/" + "x" * 90 + "/end"
    editor.text_edit.setPlainText(text)

    assert plain_text_of(editor.markdown()) == text


def test_emphasis_ending_in_a_space_still_closes(editor: NotesEditor) -> None:
    editor.text_edit.setPlainText("a bold text")
    cursor = editor.text_edit.textCursor()
    cursor.setPosition(2)
    cursor.setPosition(7, QTextCursor.MoveMode.KeepAnchor)  # "bold " with its space
    editor.text_edit.setTextCursor(cursor)

    editor.actions_by_name["bold"].trigger()

    assert editor.markdown().strip() == "a **bold** text"


def test_text_with_placeholder_characters_still_saves(editor: NotesEditor) -> None:
    editor.text_edit.setPlainText("private \ue000 use")

    assert plain_text_of(editor.markdown()) == "private \ue000 use"


_ALPHABET = st.sampled_from(
    [*"ab1 2~_&>.)*`[]!<#+-=|\\:/();'\"{}é中😀\t\u00a0", "http://", "&amp;", "&#65;", "1. ",
     "- ", "* ", "# ", "> ", "```", "---", "<b>", "</b>", "[a](b)", "![i](file:///x)",
     "\u2028", "abcdefghijklmnopqrstuvwxyz" * 3, "  "]
)  # fmt: skip
_LINE = st.lists(_ALPHABET, max_size=20).map("".join)
_LINES = st.lists(_LINE, min_size=1, max_size=5).map("\n".join)


def _normalized_lines(text: str) -> list[str]:
    """Lines with runs of whitespace as one space; empty lines gone (Markdown keeps neither)."""
    lines = text.replace("\u2028", "\n").split("\n")
    return [" ".join(line.split()) for line in lines if line.split()]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_LINES)
def test_any_typed_text_survives_saving_and_loading(text: str) -> None:
    document = QTextDocument()
    document.setPlainText(text)

    assert _normalized_lines(plain_text_of(to_markdown(document))) == _normalized_lines(text)


# Plain text as notes are mostly written: lines that start with a letter (no list, quote or
# heading syntax), with emphasis and entities but no links or code, whose corner cases
# (emphasis inside link text, spaces at the edges of code) Qt's writer does not get right.
_PLAIN_PIECES = st.sampled_from(
    [*"ab1 2_&*#.:;!?'\"()-+=/@%$é中😀\t\u00a0\u2028", "&amp;", "&#65;", "1. ", "- ", "* ",
     "# ", "---", "abcdefghijklmnopqrstuvwxyz" * 3, "  "]
)  # fmt: skip
_PLAIN_LINES = st.lists(
    st.tuples(st.sampled_from("aZé"), st.lists(_PLAIN_PIECES, max_size=20).map("".join)).map(
        "".join
    ),
    min_size=1,
    max_size=5,
).map("\n".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_PLAIN_LINES)
def test_plain_lines_read_as_markdown_are_stable_after_one_save(text: str) -> None:
    once = markdown_after_reload(text)

    assert markdown_after_reload(once) == once
    assert _normalized_lines(plain_text_of(once)) == _normalized_lines(plain_text_of(text))


BlockKind = str
_KINDS = ["paragraph", "heading", "bullet", "numbered", "open task", "done task"]
_WORDS = st.sampled_from(
    ["Acme", "needs", "data", "engineers", "*", "_", "&", "#", "1.", "-", ">", "[x]", "`a`",
     "<b>", "\\", "~", "Zoë", "😀", "http://a.example/x_y"]
)  # fmt: skip
_RUN = st.tuples(
    st.lists(_WORDS, min_size=1, max_size=4).map(" ".join), st.booleans(), st.booleans()
)
_BLOCK = st.tuples(st.sampled_from(_KINDS), st.lists(_RUN, min_size=1, max_size=3))


def _build(blocks: list[tuple[BlockKind, list[tuple[str, bool, bool]]]]) -> QTextDocument:
    """A document as the toolbar makes them: headings, lists, tasks, bold and italic runs."""
    document = QTextDocument()
    cursor = QTextCursor(document)
    for index, (kind, runs) in enumerate(blocks):
        if index:
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        for text, bold, italic in runs:
            char_format = QTextCharFormat()
            char_format.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
            char_format.setFontItalic(italic)
            cursor.insertText(text + " ", char_format)
        block_format = QTextBlockFormat()
        if kind == "heading":
            block_format.setHeadingLevel(2)
        elif kind in ("open task", "done task"):
            block_format.setMarker(
                QTextBlockFormat.MarkerType.Unchecked
                if kind == "open task"
                else QTextBlockFormat.MarkerType.Checked
            )
        cursor.setBlockFormat(block_format)
        if kind not in ("paragraph", "heading"):
            decimal = kind == "numbered"
            style = QTextListFormat.Style.ListDecimal if decimal else QTextListFormat.Style.ListDisc
            above = cursor.block().previous().textList()
            if above is not None and above.format().style() == style:
                above.add(cursor.block())  # as the toolbar does: continue the list above
            else:
                cursor.createList(style)
    return document


def _structure(document: QTextDocument) -> list[tuple[BlockKind, str, str]]:
    """Each block's kind, text, and which of its characters are bold or italic."""
    out = []
    block = document.begin()
    while block.isValid():
        text = " ".join(block.text().split())
        if text:
            block_format = block.blockFormat()
            text_list = block.textList()
            if block_format.headingLevel():
                kind = "heading"
            elif block_format.marker() == QTextBlockFormat.MarkerType.Unchecked:
                kind = "open task"
            elif block_format.marker() == QTextBlockFormat.MarkerType.Checked:
                kind = "done task"
            elif text_list is not None:
                decimal = text_list.format().style() == QTextListFormat.Style.ListDecimal
                kind = "numbered" if decimal else "bullet"
            else:
                kind = "paragraph"
            emphasis = ""
            if kind != "heading":  # Qt writes headings without emphasis
                iterator = block.begin()
                while not iterator.atEnd():
                    fragment = iterator.fragment()
                    char_format = fragment.charFormat()
                    mark = ("B" if char_format.fontWeight() >= QFont.Weight.Bold.value else "") + (
                        "I" if char_format.fontItalic() else ""
                    )
                    emphasis += "".join(
                        f"{char}{mark}" for char in fragment.text() if not char.isspace()
                    )
                    iterator += 1
            out.append((kind, text, emphasis))
        block = block.next()
    return out


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(blocks=st.lists(_BLOCK, min_size=1, max_size=6))
def test_documents_made_in_the_editor_read_back_the_same(
    blocks: list[tuple[BlockKind, list[tuple[str, bool, bool]]]],
) -> None:
    document = _build(blocks)
    saved = to_markdown(document)
    reloaded = QTextDocument()
    load_markdown(reloaded, saved)

    assert _structure(reloaded) == _structure(document)
    assert to_markdown(reloaded) == saved
