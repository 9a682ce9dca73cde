"""The Progress and Raters tabs of 360 Reviews: completion by department or rater,
who is overdue, coverage of each rater group and each rater's workload."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewer.feedback import assignment
from reviewer.feedback.tracking import completion, overdue
from reviewer.workstation import Workstation

from ..errors import show_error
from ..models.feedback_models import CompletionModel, CoverageModel, WorkloadModel
from ..vocabulary import group_name


def _table(model) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setStretchLastSection(True)
    table.setSortingEnabled(False)
    return table


class ProgressTab(QWidget):
    show_overdue = Signal()  # the user wants the overdue requests listed on the Requests tab

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows = []
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Group by:")))
        self.by = QComboBox()
        self.by.addItem(self.tr("Department of the person rated"), "department")
        self.by.addItem(self.tr("Rater"), "rater")
        self.by.currentIndexChanged.connect(lambda _i: self._show())
        bar.addWidget(self.by)
        bar.addStretch(1)
        self.overdue_button = QPushButton(self.tr("List overdue requests"))
        self.overdue_button.clicked.connect(self.show_overdue)
        bar.addWidget(self.overdue_button)
        layout.addLayout(bar)
        self.model = CompletionModel(self)
        self.table = _table(self.model)
        layout.addWidget(self.table, 1)

    def show_rows(self, rows) -> None:
        self._rows = rows
        self._show()

    def _show(self) -> None:
        whole = completion(self._rows, "cycle")[0]
        late = len(overdue(self._rows))
        self.summary.setText(self.tr("%1 of %2 forms submitted (%3), %4 in progress, %5 not started; %6 overdue.")
                             .replace("%1", str(whole.submitted)).replace("%2", str(whole.total))
                             .replace("%3", f"{whole.share:.0%}").replace("%4", str(whole.in_progress))
                             .replace("%5", str(whole.not_started)).replace("%6", str(late))
                             if whole.total else self.tr("No raters are assigned in this cycle yet."))
        self.overdue_button.setEnabled(late > 0)
        self.model.set_rows(completion(self._rows, self.by.currentData()))
        self.table.resizeColumnsToContents()


class RatersTab(QWidget):
    """Whether each person has enough raters per group, and whether anyone has too many forms."""

    limits_changed = Signal()

    def __init__(self, workstation: Workstation, parent=None):
        super().__init__(parent)
        self.workstation = workstation
        self.cycle_id = None
        layout = QVBoxLayout(self)
        limits = QGroupBox(self.tr("Raters per group (minimum – maximum)"))
        form = QHBoxLayout(limits)
        self.spins: dict[str, tuple[QSpinBox, QSpinBox]] = {}
        for group in assignment.DEFAULT_LIMITS:
            low, high = QSpinBox(), QSpinBox()
            low.setRange(0, 50)
            high.setRange(0, 50)
            row = QFormLayout()
            pair = QHBoxLayout()
            pair.addWidget(low)
            pair.addWidget(QLabel("–"))
            pair.addWidget(high)
            row.addRow(group_name(group) + ":", pair)
            form.addLayout(row)
            self.spins[group] = (low, high)
        self.max_forms = QSpinBox()
        self.max_forms.setRange(1, 100)
        self.max_forms.setValue(assignment.DEFAULT_MAX_FORMS)
        self.max_forms.setToolTip(self.tr("Raters asked for more forms than this are flagged"))
        form.addWidget(QLabel(self.tr("Flag raters with more than")))
        form.addWidget(self.max_forms)
        self.save_limits = QPushButton(self.tr("Save limits"))
        self.save_limits.clicked.connect(self._save_limits)
        form.addWidget(self.save_limits)
        form.addStretch(1)
        layout.addWidget(limits)
        splitter = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.only_warnings = QCheckBox(self.tr("Only people with warnings"))
        self.only_warnings.setChecked(True)
        self.only_warnings.toggled.connect(lambda _on: self.reload())
        left_layout.addWidget(self.only_warnings)
        self.coverage_model = CoverageModel(self)
        self.coverage = _table(self.coverage_model)
        left_layout.addWidget(self.coverage)
        splitter.addWidget(left)
        self.workload_model = WorkloadModel(self)
        self.workload = _table(self.workload_model)
        splitter.addWidget(self.workload)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self.max_forms.valueChanged.connect(lambda _v: self.reload())

    def set_cycle(self, cycle_id: int, threshold: int) -> None:
        self.cycle_id, self.threshold = cycle_id, threshold
        self.save_limits.setEnabled(self.workstation.actor.may_write)
        self.reload()

    def reload(self) -> None:
        if self.cycle_id is None:
            return
        overview = self.workstation.call(assignment.rater_overview, self.cycle_id, self.max_forms.value(),
                                         self.only_warnings.isChecked())
        for group, (low, high) in overview.limits.items():
            self.spins[group][0].setValue(low)
            self.spins[group][1].setValue(high)
        self.coverage_model.set_rows(list(overview.coverage), self.threshold)
        self.workload_model.set_rows(list(overview.workload))
        self.coverage.resizeColumnsToContents()
        self.workload.resizeColumnsToContents()

    def _save_limits(self) -> None:
        try:
            self.workstation.call(assignment.set_group_limits,
                                  {g: (lo.value(), hi.value()) for g, (lo, hi) in self.spins.items()})
        except Exception as error:
            show_error(self, error)
            return
        self.reload()
        self.limits_changed.emit()
