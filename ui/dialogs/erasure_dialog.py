"""The preview before leavers are anonymised: who, when they left, when their retention
period ended, and how much of theirs will be erased; Anonymise asks once more."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QMessageBox, QTableView, QVBoxLayout

from reviewer.privacy import LeaverDue

from ..formatting import format_date


class LeaversDueModel(QAbstractTableModel):
    def __init__(self, rows: list[LeaverDue], parent=None):
        super().__init__(parent)
        self.rows = rows
        self.headers = [self.tr("Employee no."), self.tr("Name"), self.tr("Department"), self.tr("Left on"),
                        self.tr("Retention ended"), self.tr("Appraisals"), self.tr("Plans"),
                        self.tr("360 comments"), self.tr("Evidence"), self.tr("Signatures")]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return row.employee_id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (row.employee_no, row.name, row.department, format_date(row.left_on),
                format_date(row.retention_ended), row.appraisals, row.plans, row.feedback_comments, row.evidence,
                row.signatures)[index.column()]


class ErasurePreviewDialog(QDialog):
    confirmed = Signal()

    def __init__(self, due: list[LeaverDue], months: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Anonymise leavers past retention"))
        self.due = due
        layout = QVBoxLayout(self)
        if due:
            text = self.tr("%n leaver(s) left more than %1 months ago. Their name, employee number, email and "
                           "profile become a pseudonym; reviews, comments, notes, plan texts, 360 comments and "
                           "evidence about or by them are erased. Scores, bands, counts and signed documents' "
                           "hashes stay.", "", len(due)).replace("%1", str(months))
        else:
            text = self.tr("No leaver is past the retention period of %1 months; nobody is anonymised.").replace(
                "%1", str(months))
        self.summary = QLabel(text)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = LeaversDueModel(due, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setVisible(bool(due))
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.anonymise_button = self.buttons.addButton(self.tr("Anonymise…"),
                                                       QDialogButtonBox.ButtonRole.AcceptRole)
        self.anonymise_button.setEnabled(bool(due))
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(900, 400)

    def _confirm(self) -> None:
        """The last question before names and texts are gone for good."""
        answer = QMessageBox.question(
            self, self.tr("Anonymise leavers"),
            self.tr("Anonymise %n leaver(s) now? This cannot be undone.", "", len(self.due)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if self.due and answer == QMessageBox.StandardButton.Yes:
            self.accept()
            self.confirmed.emit()
