"""History in the window: a person's results across cycles (a line chart over a
table), reached from the People page, and a team's cycle-to-cycle comparison with
its export, a tab of the Appraisals page."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewer.appraisal.history import (PersonHistory, TeamComparison, comparable_cycles, export_history,
                                        person_history, team_comparison)
from reviewer.appraisal.listing import appraisal_filters
from reviewer.workstation import Workstation

from ..charts import new_canvas
from ..formatting import is_chinese
from ..models.history_models import ID_ROLE, ComparisonModel, TrendModel
from ..worker import Job

def _language() -> str:
    return "zh" if is_chinese() else "en"


class PersonHistoryView(QWidget):
    """A person's trend: the final score and its parts per cycle, drawn and listed."""

    def __init__(self, workstation: Workstation, parent=None):
        super().__init__(parent)
        self.workstation = workstation
        self.history: PersonHistory | None = None
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.figure, self.canvas = new_canvas()
        self.canvas.setMinimumHeight(220)
        layout.addWidget(self.canvas, 2)
        self.model = TrendModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)

    def show_person(self, employee_id: int) -> None:
        self.history = self.workstation.call(person_history, employee_id, _language())
        history = self.history
        self.title.setText(f"{history.name} ({history.employee_no})  ·  {history.department}")
        self.model.set_rows(list(history.points))
        self.table.resizeColumnsToContents()
        if not history.points:
            self.note.setText(self.tr("No appraisal in any cycle yet."))
        elif any(p.withheld for p in history.points):
            self.note.setText(self.tr("Some results are not shown yet: the 360 results of a running cycle are "
                                      "published when its 360 stage ends, and your own appraisal when it is "
                                      "released to you."))
        else:
            self.note.setText("")
        self.note.setVisible(bool(self.note.text()))
        self._draw()

    def _draw(self) -> None:
        figure = self.figure
        figure.clear()
        axes = figure.add_subplot()
        points = self.history.points if self.history else ()
        names = [p.cycle for p in points]
        drawn = False
        for label, values, style in (
                (self.tr("Final score"), [p.final_score for p in points], {"marker": "o", "linewidth": 2}),
                (self.tr("KPI part"), [p.kpi_score for p in points], {"marker": "s", "linestyle": "--"}),
                (self.tr("Competency part"), [p.competency_score for p in points],
                 {"marker": "^", "linestyle": ":"})):
            shown = [(n, v) for n, v in zip(names, values) if v is not None]
            if not shown:
                continue
            drawn = True
            axes.plot([n for n, _ in shown], [v for _, v in shown], label=label, **style)
            if label == self.tr("Final score"):
                for x, y in shown:
                    axes.annotate(f"{y:.1f}", (x, y), textcoords="offset points", xytext=(0, 7), ha="center")
        if drawn:
            axes.set_ylim(0, 105)
            axes.set_ylabel(self.tr("Score"))
            axes.legend(loc="lower right", frameon=False, fontsize=8)
            axes.set_xticks(range(len(names)), names)  # every cycle, in order, even without a score
        else:
            axes.text(0.5, 0.5, self.tr("No scores to draw yet."), ha="center", va="center",
                      transform=axes.transAxes)
            axes.set_axis_off()
        axes.set_title(self.tr("Results across cycles"))
        self.canvas.draw_idle()

    def drawn_series(self) -> dict[str, list[float]]:
        """What the chart shows, by line label (for tests and screen readers)."""
        if not self.figure.axes:
            return {}
        return {line.get_label(): list(line.get_ydata()) for line in self.figure.axes[0].get_lines()}


class HistoryDialog(QDialog):
    """A person's history, opened from the People page."""

    def __init__(self, workstation: Workstation, employee_id: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("History"))
        layout = QVBoxLayout(self)
        self.view = PersonHistoryView(workstation, self)
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, 620)
        self.view.show_person(employee_id)


class TeamHistoryTab(QWidget):
    """A team's results in the chosen cycles side by side, with the change from cycle
    to cycle; exported as a spreadsheet in the background."""

    status_message = Signal(str)

    def __init__(self, workstation: Workstation, parent=None):
        super().__init__(parent)
        self.workstation = workstation
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Team:")))
        self.department = QComboBox()
        self.department.currentIndexChanged.connect(lambda _i: self.reload_rows())
        bar.addWidget(self.department, 1)
        bar.addWidget(QLabel(self.tr("Cycles:")))
        self.cycles = QListWidget()
        self.cycles.setFlow(QListWidget.Flow.LeftToRight)
        self.cycles.setMaximumHeight(self.cycles.sizeHintForRow(0) + 40)
        self.cycles.itemChanged.connect(lambda _item: self.reload_rows())
        bar.addWidget(self.cycles, 2)
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setToolTip(self.tr("Save the comparison as an Excel workbook (Ctrl+E)"))
        self.export_button.clicked.connect(self.export)
        bar.addWidget(self.export_button)
        layout.addLayout(bar)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.model = ComparisonModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(False)
        layout.addWidget(self.table, 1)
        QShortcut(QKeySequence("Ctrl+E"), self, activated=self.export)
        self._job: Job | None = None

    def reload(self) -> None:
        filters = self.workstation.call(appraisal_filters)
        cycles = self.workstation.call(comparable_cycles)
        current = self.department.currentData()
        self.department.blockSignals(True)
        self.department.clear()
        self.department.addItem(self.tr("Everyone I may review"), None)
        for department_id, path in filters.departments:
            self.department.addItem(path, department_id)
        self.department.setCurrentIndex(max(0, self.department.findData(current)) if current else 0)
        self.department.blockSignals(False)
        checked = self.chosen_cycles()
        self.cycles.blockSignals(True)
        self.cycles.clear()
        for cycle_id, name in cycles:
            item = QListWidgetItem(name)
            item.setData(ID_ROLE, cycle_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if not checked or cycle_id in checked
                               else Qt.CheckState.Unchecked)
            self.cycles.addItem(item)
        self.cycles.blockSignals(False)
        self.reload_rows()

    def chosen_cycles(self) -> list[int]:
        return [self.cycles.item(i).data(ID_ROLE) for i in range(self.cycles.count())
                if self.cycles.item(i).checkState() == Qt.CheckState.Checked]

    def reload_rows(self) -> None:
        chosen = self.chosen_cycles()
        if not chosen:
            self.model.set_comparison(TeamComparison((), ()))
            self.empty.setText(self.tr("Tick the cycles to compare."))
        else:
            comparison = self.workstation.call(team_comparison, chosen, department_id=self.department.currentData(),
                                               language=_language())
            self.model.set_comparison(comparison)
            self.empty.setText("" if comparison.rows else self.tr("Nobody here has an appraisal in these cycles."))
        self.empty.setVisible(bool(self.empty.text()))
        self.export_button.setEnabled(self.model.rowCount() > 0)
        self.table.resizeColumnsToContents()

    def export(self, path: Path | None = None) -> Job | None:
        if self.model.rowCount() == 0:
            return None
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export the comparison"), "",
                                                    self.tr("Excel workbook (*.xlsx)"))
            if not chosen:
                return None
            path = Path(chosen) if chosen.lower().endswith(".xlsx") else Path(chosen + ".xlsx")
        cycles, department_id, language = self.chosen_cycles(), self.department.currentData(), _language()

        def work(workstation, _progress):
            return workstation.call(export_history, path, cycle_ids=cycles, department_id=department_id,
                                    language=language)

        def done(result) -> None:
            written, count = result
            self.status_message.emit(self.tr("Saved %1 rows to %2").replace("%1", str(count))
                                     .replace("%2", str(written)))

        self._job = Job(self, self.tr("Exporting the comparison"), work, done, workstation=self.workstation).start()
        return self._job
