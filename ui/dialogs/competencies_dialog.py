"""The competency library: the behaviours 360 forms rate, in English and Chinese."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from reviewer.errors import ReviewerError
from reviewer.feedback import templates
from reviewer.feedback.templates import CompetencyDraft
from reviewer.workstation import Workstation

from ..errors import show_error
from ..problem_text import error_text
from ..models.people_model import ID_ROLE

COLUMNS = ("code", "name", "name_zh", "description", "description_zh")


class CompetenciesDialog(QDialog):
    def __init__(self, workstation: Workstation, parent=None):
        super().__init__(parent)
        self.workstation = workstation
        self.setWindowTitle(self.tr("Competency library"))
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Edit in place; each row is saved when you leave it. A competency that a form "
                              "question rates cannot be deleted."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.table = QTableWidget(0, len(COLUMNS) + 1)
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Name"), self.tr("Name (Chinese)"),
                                              self.tr("Description"), self.tr("Description (Chinese)"),
                                              self.tr("For managers")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 1)
        self.message = QLabel()
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        add, delete = QPushButton(self.tr("Add")), QPushButton(self.tr("Delete"))
        add.clicked.connect(self.add)
        delete.clicked.connect(self.delete)
        buttons.addWidget(add)
        buttons.addWidget(delete)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.table.currentCellChanged.connect(self._left_row)
        self.resize(980, 460)
        self.reload()

    def reload(self) -> None:
        rows = self.workstation.call(templates.list_competencies)
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for row, competency in enumerate(rows):
            self._set_row(row, competency)
        self.table.resizeColumnsToContents()
        self.table.blockSignals(False)

    def _set_row(self, row: int, competency: CompetencyDraft) -> None:
        for column, attribute in enumerate(COLUMNS):
            item = QTableWidgetItem(getattr(competency, attribute) or "")
            item.setData(ID_ROLE, competency.id)
            self.table.setItem(row, column, item)
        managers = QTableWidgetItem()
        managers.setFlags(managers.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        managers.setCheckState(Qt.CheckState.Checked if competency.for_managers else Qt.CheckState.Unchecked)
        self.table.setItem(row, len(COLUMNS), managers)

    def draft_of(self, row: int) -> CompetencyDraft:
        texts = [self.table.item(row, c).text() if self.table.item(row, c) else "" for c in range(len(COLUMNS))]
        managers = self.table.item(row, len(COLUMNS))
        return CompetencyDraft(*texts, for_managers=bool(managers and managers.checkState() == Qt.CheckState.Checked),
                               id=self.table.item(row, 0).data(ID_ROLE) if self.table.item(row, 0) else None)

    def save_row(self, row: int) -> bool:
        if row < 0 or row >= self.table.rowCount():
            return True
        draft = self.draft_of(row)
        try:
            saved = self.workstation.call(templates.save_competency, draft)
        except ReviewerError as error:
            self.message.setText(self.tr("Row %1 not saved: %2").replace("%1", str(row + 1)).replace("%2", error_text(error)))
            return False
        for column in range(len(COLUMNS)):
            self.table.item(row, column).setData(ID_ROLE, saved)
        self.message.setText(self.tr("Saved."))
        return True

    def _left_row(self, row: int, _column: int, previous_row: int, _previous_column: int) -> None:
        if previous_row != row and previous_row >= 0:
            self.save_row(previous_row)

    def add(self) -> None:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        self._set_row(row, CompetencyDraft("", ""))
        self.table.blockSignals(False)
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))

    def delete(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        competency_id = self.table.item(row, 0).data(ID_ROLE)
        if competency_id is not None:
            try:
                self.workstation.call(templates.delete_competency, competency_id)
            except ReviewerError as error:
                show_error(self, error)
                return
        self.table.blockSignals(True)
        self.table.removeRow(row)
        self.table.blockSignals(False)

    def done(self, result: int) -> None:
        self.save_row(self.table.currentRow())  # the row being edited when the dialog closes
        super().done(result)
