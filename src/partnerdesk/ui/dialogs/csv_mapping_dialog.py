"""Import ▸ CSV: what the file is, its first rows, which column becomes which field, and what
the import would do, updated as the columns are chosen."""

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import cast

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.domain.contact_import import SKIP, ContactField
from partnerdesk.domain.interchange import ImportFileError, ImportReport
from partnerdesk.interchange.csv_fields import guess_mapping
from partnerdesk.interchange.csv_import import import_table
from partnerdesk.interchange.csv_table import CsvTable, read_csv_table
from partnerdesk.store.store import Store
from partnerdesk.ui.background import BackgroundJob, start
from partnerdesk.ui.domain_text import error_text
from partnerdesk.ui.models.csv_preview_model import PREVIEW_ROWS, CsvPreviewModel

# A dry run waits for the user to stop choosing for this long, so one runs per pause.
DRY_RUN_DELAY_MS = 150
EXAMPLE_CHARS = 40
PERSON_FIELDS = (
    ContactField.FULL_NAME,
    ContactField.FIRST_NAME,
    ContactField.MIDDLE_NAME,
    ContactField.LAST_NAME,
    ContactField.EMAIL,
    ContactField.PHONE,
    ContactField.TITLE,
    ContactField.ROLE,
    ContactField.NOTES,
    ContactField.SIDE,
    ContactField.UUID,
)
PARTNER_FIELDS = (
    ContactField.ORGANIZATION,
    ContactField.WEBSITE,
    ContactField.SECTOR,
    ContactField.ADDRESS,
    ContactField.CITY,
    ContactField.COUNTRY,
    ContactField.KIND,
    ContactField.STAGE,
)
DryRunResult = tuple[int, ImportReport | None, str]


def _dry_run(
    store: Store, table: CsvTable, mapping: Mapping[str, str], generation: int
) -> DryRunResult:
    """Runs on the thread pool: a refusal is an answer here, not a failure."""
    try:
        return generation, import_table(store, table, dry_run=True, mapping=mapping), ""
    except ImportFileError as error:
        return generation, None, error_text(error)


class CsvMappingDialog(QDialog):
    """Accepting it means "import with `mapping()`"; the caller runs the import itself."""

    def __init__(self, store: Store, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("csvMappingDialog")
        self.setWindowTitle(self.tr("Import contacts from a CSV file"))
        self._store = store
        self._path = path
        self._table: CsvTable | None = None
        self._combos: dict[str, QComboBox] = {}
        # Columns empty in every row (Outlook writes 92, most of them empty): their widgets.
        self._empty_columns: dict[str, tuple[QWidget, ...]] = {}
        self._generation = 0
        self._ready = False
        self._jobs: list[BackgroundJob] = []
        self.preview: CsvPreviewModel | None = None
        self.field_labels = self._field_labels()

        self.file_label = QLabel(path.name, self)
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        bold = QFont(self.file_label.font())
        bold.setBold(True)
        self.file_label.setFont(bold)
        self.encoding_label = self._plain_label()
        self.delimiter_label = self._plain_label()
        self.rows_label = self._plain_label()
        facts = QFormLayout()
        facts.addRow(self.tr("Encoding:"), self.encoding_label)
        facts.addRow(self.tr("Separator:"), self.delimiter_label)
        facts.addRow(self.tr("Rows:"), self.rows_label)

        self.columns_area = QScrollArea(self)
        self.columns_area.setObjectName("csvColumns")
        self.columns_area.setWidgetResizable(True)
        self.columns_area.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview_view = QTableView(self)
        self.preview_view.setObjectName("csvPreview")
        self.preview_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_view.setWordWrap(False)
        self.preview_view.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.hide_empty = QCheckBox(self.tr("&Hide columns that are empty in every row"), self)
        self.hide_empty.setChecked(True)
        self.hide_empty.toggled.connect(self._show_empty_columns)
        columns_box = self._titled(self.tr("Columns: what each one becomes"), self.columns_area)
        columns_box.layout().addWidget(self.hide_empty)  # type: ignore[union-attr]
        self.preview_title = QLabel(self.tr("Preview"), self)
        preview_box = self._titled_label(self.preview_title, self.preview_view)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(columns_box)
        splitter.addWidget(preview_box)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([300, 260])

        self.summary = self._plain_label()
        self.summary.setObjectName("csvImportSummary")
        self.summary.setWordWrap(True)
        self.summary.setText(self.tr("Reading {name}…").format(name=path.name))
        self.notes = self._plain_label()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #5f5f5f;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addLayout(facts)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.notes)
        layout.addWidget(self.buttons)
        self.resize(880, 720)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRY_RUN_DELAY_MS)
        self._timer.timeout.connect(self._start_dry_run)
        self._start(lambda: read_csv_table(path), self._on_table_read, self._on_unreadable)

    # -- what callers and tests use ----------------------------------------------------------

    def mapping(self) -> dict[str, str]:
        """Header -> PartnerDesk field (a `ContactField` value) or "skip", for every column."""
        return {header: str(combo.currentData()) for header, combo in self._combos.items()}

    def combo(self, header: str) -> QComboBox:
        return self._combos[header]

    def is_ready(self) -> bool:
        """True once a dry run of the current mapping succeeded: the import can go ahead."""
        return self._ready

    def is_busy(self) -> bool:
        return bool(self._jobs) or self._timer.isActive()

    # -- reading the file ----------------------------------------------------------------

    def _on_table_read(self, table: object) -> None:
        self._answered()
        assert isinstance(table, CsvTable)
        self._table = table
        self.encoding_label.setText(table.encoding)
        self.delimiter_label.setText(self._delimiter_text(table))
        if table.header_line > 1:
            rows = self.tr("{count} (the header is on line {line})").format(
                count=f"{len(table.rows):,}", line=table.header_line
            )
        else:
            rows = f"{len(table.rows):,}"
        self.rows_label.setText(rows)
        self.preview = CsvPreviewModel(table, self.field_labels, self)
        self.preview_view.setModel(self.preview)
        shown = min(len(table.rows), PREVIEW_ROWS)
        self.preview_title.setText(
            self.tr("Preview: the first {count} rows, as the file has them").format(count=shown)
        )
        self._build_columns(table, guess_mapping(table.headers))
        self.preview.set_mapping(self.mapping())
        self.hide_empty.setText(
            self.tr("&Hide the {count} columns that are empty in every row").format(
                count=len(self._empty_columns)
            )
        )
        self.hide_empty.setVisible(bool(self._empty_columns))
        self.preview_view.resizeColumnsToContents()
        for column in range(len(table.headers)):
            width = self.preview_view.columnWidth(column)
            self.preview_view.setColumnWidth(column, min(max(width, 90), 260))
        self._show_empty_columns(self.hide_empty.isChecked())
        self._start_dry_run()

    def _show_empty_columns(self, hidden: bool) -> None:
        if self._table is None:
            return
        for header, widgets in self._empty_columns.items():
            for widget in widgets:
                widget.setHidden(hidden)
            self.preview_view.setColumnHidden(self._table.column(header), hidden)

    def _on_unreadable(self, message: str) -> None:
        self._answered()
        self.summary.setText(
            self.tr("This file cannot be imported: {reason}").format(reason=message)
        )
        self.summary.setStyleSheet("color: #b3261e;")
        self.columns_area.setEnabled(False)

    def _build_columns(self, table: CsvTable, guessed: Mapping[str, str]) -> None:
        grid_host = QWidget(self.columns_area)
        grid = QGridLayout(grid_host)
        grid.setColumnStretch(2, 1)
        for column, heading in enumerate(
            (self.tr("Column in the file"), self.tr("Import as"), self.tr("Example"))
        ):
            label = QLabel(heading, grid_host)
            bold = QFont(label.font())
            bold.setBold(True)
            label.setFont(bold)
            grid.addWidget(label, 0, column)
        previous: QWidget | None = None
        for row, header in enumerate(table.headers, start=1):
            index = table.column(header)
            example = next((r.cells[index] for r in table.rows if r.cells[index].strip()), "")
            name = QLabel(header, grid_host)
            name.setTextFormat(Qt.TextFormat.PlainText)
            shown = " ".join(example.split())
            if len(shown) > EXAMPLE_CHARS:
                shown = shown[:EXAMPLE_CHARS] + "…"
            sample = QLabel(shown or self.tr("(empty in every row)"), grid_host)
            sample.setTextFormat(Qt.TextFormat.PlainText)
            sample.setStyleSheet("color: #5f5f5f;")
            sample.setToolTip(example[:500])
            combo = self._field_combo(grid_host, guessed.get(header, SKIP))
            combo.setAccessibleName(self.tr("Import column {header} as").format(header=header))
            name.setBuddy(combo)
            combo.currentIndexChanged.connect(self._mapping_changed)
            grid.addWidget(name, row, 0)
            grid.addWidget(combo, row, 1)
            grid.addWidget(sample, row, 2)
            if not example:
                self._empty_columns[header] = (name, combo, sample)
            if previous is not None:
                QWidget.setTabOrder(previous, combo)
            previous = combo
            self._combos[header] = combo
        grid.setRowStretch(len(table.headers) + 1, 1)
        self.columns_area.setWidget(grid_host)
        if previous is not None:
            QWidget.setTabOrder(previous, self.preview_view)

    def _field_combo(self, parent: QWidget, field: str) -> QComboBox:
        combo = QComboBox(parent)
        combo.addItem(self.field_labels[SKIP], SKIP)
        combo.insertSeparator(combo.count())
        for person_field in PERSON_FIELDS:
            combo.addItem(self.field_labels[person_field.value], person_field.value)
        combo.insertSeparator(combo.count())
        for partner_field in PARTNER_FIELDS:
            combo.addItem(self.field_labels[partner_field.value], partner_field.value)
        combo.setCurrentIndex(max(combo.findData(field), 0))
        return combo

    # -- the dry run -------------------------------------------------------------------

    def _mapping_changed(self) -> None:
        self._generation += 1
        self._ready = False
        self.import_button.setEnabled(False)
        if self.preview is not None:
            self.preview.set_mapping(self.mapping())
        self.summary.setText(self.tr("Checking what the import would do…"))
        self._timer.start()

    def _start_dry_run(self) -> None:
        table = self._table
        if table is None:
            return
        store, mapping, generation = self._store, self.mapping(), self._generation
        self._start(
            lambda: _dry_run(store, table, mapping, generation),
            self._on_dry_run,
            self._on_dry_run_failed,
        )

    def _on_dry_run(self, result: object) -> None:
        self._answered()
        generation, report, refusal = cast(DryRunResult, result)
        if generation != self._generation:
            return  # the columns changed since: a newer dry run is on its way
        self.summary.setStyleSheet("" if report is not None else "color: #b3261e;")
        if report is None:
            self.summary.setText(
                self.tr("With these columns the file cannot be imported: {reason}").format(
                    reason=refusal
                )
            )
            self.notes.setText("")
            return
        self.summary.setText(self._summary_text(report))
        self.notes.setText("\n".join(report.notes))
        self._ready = True
        self.import_button.setEnabled(True)

    def _on_dry_run_failed(self, message: str) -> None:
        self._answered()
        self.summary.setStyleSheet("color: #b3261e;")
        self.summary.setText(message)

    def _summary_text(self, report: ImportReport) -> str:
        partners = report.created.get("partners", 0)
        people = report.created.get("people", 0)
        text = self.tr("Importing would create {partners} and {people}.").format(
            partners=self._count(partners, self.tr("1 partner"), self.tr("{n} partners")),
            people=self._count(people, self.tr("1 person"), self.tr("{n} people")),
        )
        updated = report.updated.get("people", 0)
        if updated:
            text += " " + self.tr("It would update {people}.").format(
                people=self._count(updated, self.tr("1 person"), self.tr("{n} people"))
            )
        skipped_people = report.skipped.get("people", 0)
        skipped_partners = report.skipped.get("partners", 0)
        if skipped_people or skipped_partners:
            parts = []
            if skipped_people:
                parts.append(
                    self._count(skipped_people, self.tr("1 person"), self.tr("{n} people"))
                )
            if skipped_partners:
                parts.append(
                    self._count(
                        skipped_partners, self.tr("1 partner row"), self.tr("{n} partner rows")
                    )
                )
            text += " " + self.tr("It would skip {what}.").format(what=self.tr(" and ").join(parts))
        return text

    @staticmethod
    def _count(count: int, one: str, many: str) -> str:
        return one if count == 1 else many.format(n=f"{count:,}")

    # -- helpers -----------------------------------------------------------------------

    def _start(
        self,
        work: Callable[[], object],
        finished: Callable[[object], None],
        failed: Callable[[str], None],
    ) -> None:
        job = BackgroundJob(work)
        # Kept until its answer arrives: the signals object must outlive the work.
        self._jobs.append(job)
        job.signals.finished.connect(finished)
        job.signals.failed.connect(failed)
        start(job)

    def _answered(self) -> None:
        """Called (on the GUI thread) by each handler of a job's answer."""
        if self._jobs:
            self._jobs.pop(0)

    def _plain_label(self) -> QLabel:
        label = QLabel(self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _titled(self, title: str, body: QWidget) -> QWidget:
        return self._titled_label(QLabel(title, self), body)

    def _titled_label(self, label: QLabel, body: QWidget) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 6, 0, 0)
        bold = QFont(label.font())
        bold.setBold(True)
        label.setFont(bold)
        layout.addWidget(label)
        layout.addWidget(body, 1)
        return box

    def _delimiter_text(self, table: CsvTable) -> str:
        names = {
            ",": self.tr("comma"),
            ";": self.tr("semicolon"),
            "\t": self.tr("tab"),
            "|": self.tr("vertical bar"),
        }
        return names[table.delimiter]

    def _field_labels(self) -> dict[str, str]:
        return {
            SKIP: self.tr("— Don't import —"),
            "full_name": self.tr("Full name"),
            "first_name": self.tr("First name"),
            "middle_name": self.tr("Middle name"),
            "last_name": self.tr("Last name"),
            "email": self.tr("E-mail"),
            "phone": self.tr("Phone"),
            "title": self.tr("Job title"),
            "role": self.tr("Role in the partnership"),
            "notes": self.tr("Notes"),
            "side": self.tr("Side (ours or theirs)"),
            "uuid": self.tr("PartnerDesk id (uuid)"),
            "organization": self.tr("Organization (partner)"),
            "website": self.tr("Partner website"),
            "sector": self.tr("Partner sector"),
            "address": self.tr("Partner address"),
            "city": self.tr("Partner city"),
            "country": self.tr("Partner country"),
            "kind": self.tr("Partner kind"),
            "stage": self.tr("Partner stage"),
        }
