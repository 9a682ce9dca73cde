"""How was this score computed: every input, the rule applied and each intermediate
figure of one person's score, as a tree in the user's language."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTreeView, QVBoxLayout

from reviewer.cycles.scoring import explain
from reviewer.workstation import Workstation

from ..errors import show_error
from ..problem_text import coded_text
from ..worker import Job

FIGURE_ROLE = Qt.ItemDataRole.UserRole + 1


def _figure(value: float | None) -> str:
    return "" if value is None else f"{value:,.2f}"


class ScoreExplainDialog(QDialog):
    """Opens at once and fills itself from a background job (the service reads every
    input of the person's score)."""

    def __init__(self, workstation: Workstation, cycle_id: int, employee_id: int, language: str, parent=None):
        super().__init__(parent)
        self.workstation = workstation
        self.explanation = None
        self.setWindowTitle(self.tr("How was this score computed?"))
        self.heading = QLabel(self.tr("Loading…"))
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels([self.tr("Step"), self.tr("Figure")])
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Copy), self, self.copy_steps)
        self.resize(900, 600)

        def work(_progress):
            return workstation.call(explain, cycle_id, employee_id, language)

        self._job = Job(self, self.windowTitle(), work, self.show_explanation, self._failed, dialog=False).start()

    def _failed(self, error: Exception) -> None:
        self.heading.setText("")
        show_error(self, error)
        self.reject()

    def show_explanation(self, explanation) -> None:
        self.explanation = explanation
        self.heading.setText(self.tr("%1 %2: KPI part %3, competency part %4, final score %5.")
                             .replace("%1", explanation.employee_no).replace("%2", explanation.name)
                             .replace("%3", _figure(explanation.kpi_score) or "—")
                             .replace("%4", _figure(explanation.competency_score) or "—")
                             .replace("%5", _figure(explanation.final_score) or self.tr("not scored")))
        self.model.removeRows(0, self.model.rowCount())
        parents: list[QStandardItem] = [self.model.invisibleRootItem()]
        for row in explanation.rows:
            text = QStandardItem(coded_text(row.code, row.params))
            text.setToolTip(text.text())
            figure = QStandardItem(_figure(row.figure))
            figure.setData(row.figure, FIGURE_ROLE)
            figure.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if row.depth == 0:
                font = text.font()
                font.setBold(True)
                text.setFont(font)
                figure.setFont(font)
            del parents[row.depth + 1:]
            parents[-1].appendRow([text, figure])
            parents.append(text)
        self.tree.expandAll()

    def step_texts(self) -> list[str]:
        """The steps as shown, indented by depth (what Ctrl+C copies)."""
        lines = []

        def walk(item: QStandardItem, depth: int) -> None:
            for n in range(item.rowCount()):
                child = item.child(n, 0)
                figure = item.child(n, 1).text()
                lines.append("  " * depth + child.text() + (f"\t{figure}" if figure else ""))
                walk(child, depth + 1)

        walk(self.model.invisibleRootItem(), 0)
        return lines

    def copy_steps(self) -> None:
        from PySide6.QtWidgets import QApplication

        QApplication.clipboard().setText("\n".join(self.step_texts()))
