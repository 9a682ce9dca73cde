"""The import wizard: choose a file (and, for targets and reviews, the running cycle
they belong to), match its columns, see every problem, then import all or only the
valid rows. What is imported (a roster, results, targets, reviews) is an ImportKind;
all work happens in its reviewer services, off the UI thread."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from reviewer.cycles.choices import cycle_choices, newest_running
from reviewer.errors import ValidationError
from reviewer.io import columns
from reviewer.io.tables import Table, read_table
from reviewer.io.rejected import write_rejected_rows
from reviewer.vocabulary import CycleStage
from reviewer.workstation import Workstation

from ..errors import show_error
from ..models.import_preview_model import ImportPreviewModel
from ..worker import Job
from .import_kinds import ROSTER, Checked, ImportKind, guess

ENCODINGS = (("", QCoreApplication.translate("ImportRosterWizard", "Detect automatically")),
             ("utf-8", "UTF-8"), ("gb18030", "GBK / GB18030"), ("utf-16", "UTF-16"), ("big5", "Big5"))

class FilePage(QWizardPage):
    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("A CSV or Excel (.xlsx) file exported from another system, Excel or WPS, "
                                 "with a header row and one record per row."))
        form = QFormLayout(self)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Path of a .csv or .xlsx file"))
        self.path.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addRow(self.tr("File:"), row)
        self.encoding = QComboBox()
        for code, label in ENCODINGS:
            self.encoding.addItem(label, code)
        form.addRow(self.tr("Text encoding (CSV):"), self.encoding)
        self.sheet = QLineEdit()
        self.sheet.setPlaceholderText(self.tr("First sheet"))
        form.addRow(self.tr("Sheet (Excel):"), self.sheet)
        self.cycle = QComboBox()  # targets and reviews belong to a cycle that is still running
        self.no_cycle = QLabel(self.tr("There is no running cycle to import into: create a cycle on the "
                                       "Cycles page first."))
        self.no_cycle.setWordWrap(True)
        self.no_cycle.hide()
        if wizard.kind.needs_cycle:
            form.addRow(self.tr("Cycle:"), self.cycle)
            form.addRow(self.no_cycle)
            self.cycle.currentIndexChanged.connect(self.completeChanged)
            self._offer_running_cycles()

    def _offer_running_cycles(self) -> None:
        try:
            choices = self.owner.workstation.call(cycle_choices)
        except Exception as error:  # the database went away: say so, offer nothing
            show_error(self, error)
            choices = []
        running = [c for c in choices if c.stage != CycleStage.CLOSED]
        for choice in running:
            self.cycle.addItem(choice.name, choice.name)
        preferred = next((c for c in running if c.name == self.owner.preferred_cycle), None) \
            or newest_running(running)
        if preferred is not None:
            self.cycle.setCurrentIndex(self.cycle.findData(preferred.name))
        self.no_cycle.setVisible(not running)

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the file"), self.path.text(),
                                              self.tr("Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"))
        if path:
            self.path.setText(path)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip()) and (not self.owner.kind.needs_cycle or bool(self.cycle.currentData()))

    def validatePage(self) -> bool:
        """Reading happens in the background; the wizard moves on when it is done."""
        if self.owner.table is not None and self.owner.table_source == self._source():
            return True
        self.owner.read_file(*self._source())
        return False

    def _source(self):
        return (self.path.text().strip(), self.encoding.currentData() or None, self.sheet.text().strip() or None)


class MappingPage(QWizardPage):
    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Columns were matched by their headers; check them. Fields marked * are required."))
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addLayout(self.form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.combos: dict[str, QComboBox] = {}
        self.samples: dict[str, QLabel] = {}
        for field in wizard.kind.fields:
            combo = QComboBox()
            combo.currentIndexChanged.connect(self._changed)
            sample = QLabel()
            sample.setMinimumWidth(160)
            row = QHBoxLayout()
            row.addWidget(combo, 1)
            row.addWidget(sample, 1)
            label = wizard.kind.field_label(field.key) + (" *" if field.required else "") + ":"
            self.form.addRow(label, row)
            self.combos[field.key], self.samples[field.key] = combo, sample

    def initializePage(self) -> None:
        table = self.owner.table
        guessed = self.owner.workstation.call(guess, self.owner.kind, table.headers)
        for key, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— not in the file —"), None)
            for index, header in enumerate(table.headers):
                combo.addItem(header, index)
            combo.setCurrentIndex(combo.findData(guessed[key]) if key in guessed else 0)
            combo.blockSignals(False)
        self._changed()

    def mapping(self) -> dict[str, int]:
        return {key: combo.currentData() for key, combo in self.combos.items() if combo.currentData() is not None}

    def _changed(self) -> None:
        first = self.owner.table.rows[0] if self.owner.table and self.owner.table.rows else []
        for key, combo in self.combos.items():
            index = combo.currentData()
            value = first[index] if index is not None and index < len(first) else None
            self.samples[key].setText(self.tr("e.g. %1").replace("%1", str(value)) if value is not None else "")
        try:
            columns.check_mapping(self.mapping(), self.owner.table.headers, self.owner.kind.fields)
            self.message.clear()
        except Exception as error:  # a ValidationError explains what is missing
            from ..problem_text import error_text

            self.message.setText(error_text(error))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.owner.table is not None and not self.message.text()

    def validatePage(self) -> bool:
        if self.owner.checked is not None and self.owner.checked_mapping == self.mapping() \
                and self.owner.checked_options == self.owner.options():
            return True
        self.owner.check(self.mapping())
        return False


class PreviewPage(QWizardPage):
    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Check before importing"))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.only_problems = QCheckBox(self.tr("Show only rows with problems"))
        layout.addWidget(self.only_problems)
        self.model = ImportPreviewModel(self)
        self.only_problems.toggled.connect(self.model.show_only_problems)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAlternatingRowColors(True)
        layout.addWidget(self.table, 1)
        self.import_nothing = QRadioButton(self.tr("Import nothing until the file is fixed"))
        self.import_valid = QRadioButton(self.tr("Import only the valid rows"))
        self.choice = QButtonGroup(self)
        for button in (self.import_nothing, self.import_valid):
            self.choice.addButton(button)
            layout.addWidget(button)
            button.toggled.connect(self.completeChanged)
        self.import_nothing.setChecked(True)
        self.report_button = QPushButton(self.tr("Save the problems as a spreadsheet…"))
        self.report_button.clicked.connect(self.save_report)
        layout.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.report_saved = QLabel()  # where the report went, so the user can find it
        self.report_saved.setWordWrap(True)
        self.report_saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report_saved.hide()
        layout.addWidget(self.report_saved)

    def initializePage(self) -> None:
        owner = self.owner
        checked: Checked = owner.checked
        counts = checked.summary
        text = self.tr("%1 rows: %2 new, %3 to update, %4 unchanged, %5 with problems.")
        for n, key in enumerate(("rows", "create", "update", "unchanged", "rejected"), start=1):
            text = text.replace(f"%{n}", str(counts[key]))
        self.summary.setText(text)
        keys = owner.kind.preview_keys
        mapping = owner.checked_mapping
        rows = []
        for index, values in enumerate(owner.table.rows):
            number = Table.row_number(index)
            cells = [values[mapping[k]] if k in mapping and mapping[k] < len(values) else None for k in keys]
            rows.append((number, checked.outcomes.get(number), cells))
        self.model.set_preview([owner.kind.field_label(k) for k in keys], rows, checked.problems)
        self.table.resizeColumnsToContents()
        rejected = counts["rejected"]
        for widget in (self.import_nothing, self.import_valid, self.report_button, self.only_problems):
            widget.setVisible(rejected > 0)
        self.report_saved.hide()
        self.only_problems.setChecked(rejected > 0)
        self.model.show_only_problems(rejected > 0)
        self.setFinalPage(True)

    def isComplete(self) -> bool:
        checked = self.owner.checked
        if checked is None or not (checked.summary["create"] or checked.summary["update"]):
            return False
        return not checked.problems or self.import_valid.isChecked()

    def save_report(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the problems"), "rejected-rows.xlsx",
                                              self.tr("Excel (*.xlsx);;CSV (*.csv)"))
        if path:
            self.owner.save_report(Path(path))

    def validatePage(self) -> bool:
        if self.owner.result is not None:
            return True
        self.owner.run_import(valid_only=self.import_valid.isChecked())
        return False


class ImportWizard(QWizard):
    """Owns the state of one import; pages ask it to do the work."""

    imported = Signal(object)  # the kind's import result

    def __init__(self, workstation: Workstation, kind: ImportKind, parent=None, cycle: str | None = None):
        super().__init__(parent)
        self.workstation, self.kind = workstation, kind
        self.preferred_cycle = cycle  # the cycle the opening page shows, offered first when running
        self.table: Table | None = None
        self.table_source = None
        self.checked: Checked | None = None
        self.checked_mapping: dict[str, int] | None = None
        self.checked_options: dict[str, str] | None = None  # the cycle the rows were checked against
        self.result = None
        self.setWindowTitle(kind.title())
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.file_page, self.mapping_page, self.preview_page = FilePage(self), MappingPage(self), PreviewPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Import"))
        self.resize(900, 620)

    def options(self) -> dict[str, str]:
        """What the kind's services need besides the file: the chosen cycle's name."""
        return {"cycle": self.file_page.cycle.currentData()} if self.kind.needs_cycle else {}

    def read_file(self, path: str, encoding: str | None, sheet: str | None) -> None:
        def done(table: Table) -> None:
            self.table, self.table_source, self.checked = table, (path, encoding, sheet), None
            self.next()

        Job(self, self.tr("Reading %1").replace("%1", Path(path).name),
            lambda _progress: read_table(path, encoding=encoding, sheet=sheet), done).start()

    def check(self, mapping: dict[str, int]) -> None:
        options = self.options()

        def work(workstation, progress):
            return workstation.call(self.kind.check, self.table, mapping, progress, **options)

        def done(checked: Checked) -> None:
            self.checked, self.checked_mapping, self.checked_options = checked, mapping, options
            self.next()

        Job(self, self.tr("Checking every row"), work, done, workstation=self.workstation).start()

    def run_import(self, valid_only: bool) -> None:
        mapping, options = self.checked_mapping, self.checked_options

        def work(workstation, progress):
            return workstation.call(self.kind.run, self.table, mapping, valid_only, self.table_source[0], progress,
                                    **options)

        def done(result) -> None:
            self.result = result
            self.imported.emit(result)
            if result.imported:
                self.accept()
            else:  # the database changed since the check: show the new findings
                self.checked = None
                self.result = None
                show_error(self, ValidationError(self.tr(
                    "Nothing was imported: the data changed while you were checking. Check the file again.")))

        Job(self, self.tr("Importing"), work, done, workstation=self.workstation,
            changes=lambda result: self.kind.changes if result.imported else ()).start()

    def save_report(self, path: Path) -> None:
        try:
            saved = write_rejected_rows(path, self.table, self.checked.problems).resolve()
        except Exception as error:
            show_error(self, error)
            return
        label = self.preview_page.report_saved
        label.setText(self.tr("Saved the rows with problems and their reasons to %1").replace("%1", str(saved)))
        label.show()


class ImportRosterWizard(ImportWizard):
    def __init__(self, workstation: Workstation, parent=None):
        super().__init__(workstation, ROSTER, parent)
