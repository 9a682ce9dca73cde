"""Export people, targets, actuals or results to a spreadsheet."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
)

from reviewer.appraisal.listing import cycles
from reviewer.io.exports import export
from reviewer.workstation import Workstation

from ..worker import Job


class ExportDialog(QDialog):
    exported = Signal(str, int)  # path, rows

    def __init__(self, workstation: Workstation, parent=None):
        super().__init__(parent)
        self.workstation = workstation
        self.setWindowTitle(self.tr("Export to a spreadsheet"))
        form = QFormLayout(self)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.what = QComboBox()
        for key, label in (("people", self.tr("People")), ("targets", self.tr("Targets")),
                           ("actuals", self.tr("Actual results")), ("results", self.tr("Appraisal results"))):
            self.what.addItem(label, key)
        form.addRow(self.tr("Export:"), self.what)
        self.cycle = QComboBox()
        self.cycle.addItem(self.tr("All cycles"), None)
        for _cycle_id, name in workstation.call(cycles):  # newest first
            self.cycle.addItem(name, name)
        form.addRow(self.tr("Cycle:"), self.cycle)
        self.what.currentIndexChanged.connect(self._what_changed)
        row = QHBoxLayout()
        self.path = QLineEdit(str(Path.home() / "people.xlsx"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addRow(self.tr("File:"), row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.run_export)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.path.textChanged.connect(self._path_changed)
        self._what_changed()

    def _what_changed(self) -> None:
        key = self.what.currentData()
        self.cycle.setEnabled(key != "people")
        current = Path(self.path.text())
        self.path.setText(str(current.with_name(f"{key}{current.suffix or '.xlsx'}")))

    def _path_changed(self, text: str) -> None:
        ok = Path(text).suffix.lower() in (".xlsx", ".csv")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)
        self.path.setToolTip("" if ok else self.tr("The file must end in .xlsx or .csv"))

    def browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path.text(),
                                              self.tr("Excel (*.xlsx);;CSV (*.csv)"))
        if path:
            self.path.setText(path)

    def run_export(self) -> None:
        what, cycle, path = self.what.currentData(), self.cycle.currentData(), self.path.text()

        def work(workstation, _progress):
            return workstation.call(export, what, path, cycle=cycle if what != "people" else None)

        def done(result) -> None:
            written, rows = result
            self.exported.emit(str(written), rows)
            self.accept()

        Job(self, self.tr("Exporting"), work, done, workstation=self.workstation).start()
