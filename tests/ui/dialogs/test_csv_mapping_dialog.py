from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from partnerdesk.interchange.csv_import import import_csv
from partnerdesk.store.store import Store
from partnerdesk.ui.dialogs.csv_mapping_dialog import CsvMappingDialog
from tests.interchange.contact_files import DATA

WAIT_MS = 15_000


def opened(qtbot: QtBot, store: Store, path: Path) -> CsvMappingDialog:
    dialog = CsvMappingDialog(store, path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.summary.text() != "", timeout=WAIT_MS)
    return dialog


def settle(qtbot: QtBot, dialog: CsvMappingDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=WAIT_MS)


def test_shows_the_file_guesses_columns_and_says_what_would_happen(
    qtbot: QtBot, store: Store, qtmodeltester: ModelTester
) -> None:
    dialog = opened(qtbot, store, DATA / "linkedin-Connections.csv")
    assert dialog.objectName() == "csvMappingDialog"
    assert dialog.is_ready()
    assert dialog.preview is not None
    qtmodeltester.check(dialog.preview)
    assert (dialog.encoding_label.text(), dialog.delimiter_label.text()) == ("UTF-8", "comma")
    assert "line 4" in dialog.rows_label.text()
    mapping = dialog.mapping()
    assert (mapping["Position"], mapping["Company"], mapping["URL"]) == (
        "title",
        "organization",
        "skip",
    )
    assert "create 3 partners and 3 people" in dialog.summary.text()
    assert any("passed over" in line for line in dialog.notes.text().splitlines())
    preview = dialog.preview
    assert preview.rowCount() == 5
    assert preview.headerData(5, Qt.Orientation.Horizontal) == "Position\n→ Job title"
    assert preview.headerData(0, Qt.Orientation.Vertical) == "5"  # the file's line
    assert preview.data(preview.index(0, 2), Qt.ItemDataRole.ForegroundRole) is not None
    assert dialog.import_button.isEnabled()


def test_changing_a_column_updates_preview_and_dry_run(qtbot: QtBot, store: Store) -> None:
    dialog = opened(qtbot, store, DATA / "linkedin-Connections.csv")
    company = dialog.combo("Company")
    company.setCurrentIndex(company.findData("skip"))
    assert not dialog.import_button.isEnabled()  # until the new dry run answers
    settle(qtbot, dialog)
    assert "create 0 partners and 0 people" in dialog.summary.text()
    assert "without an organization" in dialog.notes.text()
    assert dialog.preview is not None
    assert dialog.preview.headerData(4, Qt.Orientation.Horizontal).endswith("Don't import —")
    url = dialog.combo("URL")
    url.setCurrentIndex(url.findData("notes"))
    company.setCurrentIndex(company.findData("organization"))
    settle(qtbot, dialog)
    assert dialog.is_ready()
    assert dialog.mapping()["URL"] == "notes"


def test_a_mapping_that_cannot_import_says_why_and_blocks_import(
    qtbot: QtBot, store: Store
) -> None:
    dialog = opened(qtbot, store, DATA / "pipedrive-people.csv")
    for header in dialog.mapping():
        combo = dialog.combo(header)
        combo.setCurrentIndex(combo.findData("skip"))
    settle(qtbot, dialog)
    assert "cannot be imported" in dialog.summary.text()
    assert "no column holds a name" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()


def test_an_unreadable_file_is_explained(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    path = tmp_path / "broken.csv"
    path.write_bytes(b'Name,Company\nAna,Acme\nBob,"Globex\nCarl,Initech\n')
    dialog = opened(qtbot, store, path)
    assert dialog.summary.text() == (
        "This file cannot be imported: line 3: a quote opens here and is never closed, so the "
        "rest of the file would be read as one value; close it, or double a quote that is part "
        'of the text ("")'
    )
    assert not dialog.import_button.isEnabled()


def test_accepting_hands_back_the_mapping_to_import_with(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("Who,<b>Where</b>\nAna Gil,Acme\n", encoding="utf-8")
    dialog = opened(qtbot, store, path)
    # A header is user text: shown literally, never as rich text.
    [label] = [w for w in dialog.findChildren(QLabel) if w.text() == "<b>Where</b>"]
    assert label.textFormat() == Qt.TextFormat.PlainText
    who, where = dialog.combo("Who"), dialog.combo("<b>Where</b>")
    who.setCurrentIndex(who.findData("full_name"))
    where.setCurrentIndex(where.findData("organization"))
    settle(qtbot, dialog)
    dialog.import_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    import_csv(store, path, dry_run=False, mapping=dialog.mapping())
    [line] = store.table_export.people()
    assert (line.person.full_name, line.partner_name) == ("Ana Gil", "Acme")


def test_columns_empty_in_every_row_are_hidden_until_asked_for(qtbot: QtBot, store: Store) -> None:
    dialog = opened(qtbot, store, DATA / "outlook-contacts.csv")
    assert dialog.hide_empty.text() == "&Hide the 66 columns that are empty in every row"
    suffix = dialog.combo("Suffix")
    assert suffix.isHidden()
    assert dialog.preview_view.isColumnHidden(4)
    assert not dialog.combo("Company").isHidden()
    dialog.hide_empty.setChecked(False)
    assert not suffix.isHidden()
    assert not dialog.preview_view.isColumnHidden(4)
    assert (
        dialog.summary.text()
        == "Importing would create 4 partners and 4 people. It would skip 2 people."
    )
