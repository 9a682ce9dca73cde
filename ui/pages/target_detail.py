"""One target's results and evidence: add a reading, attach files (drop them here),
notes and links, open them with the system's viewer."""
from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer.errors import ReviewerError
from reviewer.kpi import evidence
from reviewer.kpi.actuals import record_actual
from reviewer.kpi.targets import TargetRow
from reviewer.vocabulary import EvidenceKind
from reviewer.workstation import Workstation

from ..errors import show_error
from ..formatting import format_date, localized
from ..worker import Job

_KIND_ICONS = {EvidenceKind.FILE: QStyle.StandardPixmap.SP_FileIcon,
               EvidenceKind.NOTE: QStyle.StandardPixmap.SP_FileDialogDetailedView,
               EvidenceKind.LINK: QStyle.StandardPixmap.SP_DriveNetIcon}


class TargetDetailPanel(QWidget):
    changed = Signal()

    def __init__(self, workstation: Workstation, parent=None):
        super().__init__(parent)
        self.workstation = workstation
        self.target: TargetRow | None = None
        self.editable = False
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self.tr("Select a target to see its results and evidence."))
        layout.addWidget(self.title)
        row = QHBoxLayout()
        layout.addLayout(row, 1)

        results = QGroupBox(self.tr("Results"))
        results_layout = QVBoxLayout(results)
        self.readings = QTableWidget(0, 4)
        self.readings.setHorizontalHeaderLabels([self.tr("As of"), self.tr("Value"), self.tr("Source"), self.tr("Note")])
        self.readings.verticalHeader().hide()
        self.readings.horizontalHeader().setStretchLastSection(True)
        self.readings.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        results_layout.addWidget(self.readings)
        self.add_result_button = QPushButton(self.tr("Add result…"))
        self.add_result_button.clicked.connect(lambda: self.add_result())
        results_layout.addWidget(self.add_result_button, 0, Qt.AlignmentFlag.AlignLeft)
        row.addWidget(results, 3)

        proof = QGroupBox(self.tr("Evidence (drop files here)"))
        proof_layout = QVBoxLayout(proof)
        self.evidence = QListWidget()
        self.evidence.itemActivated.connect(lambda _item: self.open_selected())
        proof_layout.addWidget(self.evidence)
        buttons = QHBoxLayout()
        self.attach_button = QPushButton(self.tr("Attach file…"))
        self.note_button = QPushButton(self.tr("Note…"))
        self.link_button = QPushButton(self.tr("Link…"))
        self.open_button = QPushButton(self.tr("Open"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.attach_button.clicked.connect(lambda: self.attach_files())
        self.note_button.clicked.connect(lambda: self.add_note())
        self.link_button.clicked.connect(lambda: self.add_link())
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        for button in (self.attach_button, self.note_button, self.link_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        proof_layout.addLayout(buttons)
        row.addWidget(proof, 2)
        self.show_target(None, False)

    # -- showing -----------------------------------------------------------------
    def show_target(self, target: TargetRow | None, editable: bool) -> None:
        self.target, self.editable = target, editable
        for widget in (self.add_result_button, self.attach_button, self.note_button, self.link_button):
            widget.setEnabled(target is not None and editable)
        self.open_button.setEnabled(target is not None)
        self.remove_button.setEnabled(target is not None and editable)
        self.readings.setRowCount(0)
        self.evidence.clear()
        if target is None:
            self.title.setText(self.tr("Select a target to see its results and evidence."))
            return
        self.title.setText(self.tr("%1 — target %2").replace("%1", localized(target.kpi_name, target.kpi_name_zh))
                           .replace("%2", f"{target.target_value:g}"))
        record = self.workstation.call(evidence.target_record, target.id)
        for reading in record.readings:
            row = self.readings.rowCount()
            self.readings.insertRow(row)
            for column, text in enumerate((format_date(reading.as_of), f"{reading.value:g}",
                                           reading.source or "", reading.note or "")):
                self.readings.setItem(row, column, QTableWidgetItem(text))
        for item in record.evidence:
            size = f"  ·  {item.size_bytes / 1024:,.0f} KB" if item.size_bytes else ""
            entry = QListWidgetItem(QApplication.style().standardIcon(_KIND_ICONS[item.kind]), item.title + size)
            entry.setData(Qt.ItemDataRole.UserRole, (item.id, item.kind, item.title))
            self.evidence.addItem(entry)

    def _refresh(self, changed: bool = True) -> None:
        self.show_target(self.target, self.editable)
        if changed:
            self.changed.emit()

    def _run(self, action) -> bool:
        try:
            self.workstation.call(action)
        except ReviewerError as error:
            show_error(self, error)
            return False
        self._refresh()
        return True

    # -- results -----------------------------------------------------------------
    def add_result(self, value: float | None = None, as_of: date | None = None, source: str = "",
                   note: str = "") -> None:
        if self.target is None:
            return
        if value is None:
            dialog = _ResultDialog(self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            value, as_of, source, note = dialog.values()
        self._run(lambda s: record_actual(s, self.target.id, value, as_of or date.today(), source, note))

    # -- evidence ----------------------------------------------------------------
    def attach_files(self, paths: list[str] | None = None) -> None:
        if self.target is None or not self.editable:
            return
        if paths is None:
            paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach evidence"))
        if not paths:
            return
        target_id = self.target.id

        def work(progress):
            for n, path in enumerate(paths):
                progress.step(n / len(paths), Path(path).name)
                self.workstation.call(evidence.attach_file, target_id, path)
            return len(paths)

        self._attach_job = Job(self, self.tr("Attaching evidence"), work, lambda _n: self._refresh()).start()

    def add_note(self, text: str | None = None) -> None:
        if self.target is None:
            return
        if text is None:
            text, ok = QInputDialog.getMultiLineText(self, self.tr("Evidence note"), self.tr("Note:"))
            if not ok:
                return
        self._run(lambda s: evidence.attach_note(s, self.target.id, text))

    def add_link(self, url: str | None = None) -> None:
        if self.target is None:
            return
        if url is None:
            url, ok = QInputDialog.getText(self, self.tr("Evidence link"), self.tr("Link (https://…):"))
            if not ok:
                return
        self._run(lambda s: evidence.attach_link(s, self.target.id, url))

    def _selected(self):
        item = self.evidence.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def open_selected(self) -> None:
        selected = self._selected()
        if selected is None:
            return
        evidence_id, kind, title = selected
        if kind == EvidenceKind.NOTE:
            QMessageBox.information(self, self.tr("Evidence note"), title)
            return
        if kind == EvidenceKind.LINK:
            QDesktopServices.openUrl(QUrl(title))
            return
        try:
            # A copy under its own name, so the viewer knows the file type.
            path = self.workstation.call(evidence.export_file, evidence_id, tempfile.mkdtemp(prefix="evidence-"))
        except ReviewerError as error:
            show_error(self, error)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def remove_selected(self) -> None:
        selected = self._selected()
        if selected is not None:
            self._run(lambda s: evidence.remove_evidence(s, selected[0]))

    # -- drag and drop ---------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if self.target is not None and self.editable and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.attach_files(paths)
            event.acceptProposedAction()


class _ResultDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a result"))
        form = QFormLayout(self)
        self.value = QLineEdit()
        self.value.setPlaceholderText(self.tr("e.g. 12 or 85.5"))
        self.as_of = QDateEdit(QDate.currentDate())
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        self.source, self.note = QLineEdit(), QLineEdit()
        form.addRow(self.tr("Value:"), self.value)
        form.addRow(self.tr("As of:"), self.as_of)
        form.addRow(self.tr("Source:"), self.source)
        form.addRow(self.tr("Note:"), self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.value.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        try:
            float(self.value.text().replace(",", ""))
            ok = True
        except ValueError:
            ok = False
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def values(self):
        day = self.as_of.date()
        return (float(self.value.text().replace(",", "")), date(day.year(), day.month(), day.day()),
                self.source.text(), self.note.text())
