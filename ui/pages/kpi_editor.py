"""The KPI editor form: every field of a KPI, its scoring rule and alert bands,
with problems shown beside the fields as you type."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer.errors import RowProblem
from reviewer.kpi.library import KpiInput
from reviewer.vocabulary import KpiDirection, KpiKind, KpiUnit, ScoringRule

from ..formatting import localized
from ..problem_text import problem_text
from ..vocabulary import name_of


def _left(box: QWidget) -> QHBoxLayout:
    """The box at its own width at the start of its form row."""
    line = QHBoxLayout()
    line.addWidget(box)
    line.addStretch(1)
    return line


def _percent_box(maximum: float = 300.0) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0, maximum)
    box.setDecimals(1)
    box.setSuffix(" %")
    return box


class KpiEditor(QWidget):
    """Shows one KpiInput and gives back what the user made of it."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addLayout(form)
        self.errors: dict[str, QLabel] = {}
        self._shown: KpiInput | None = None

        def row(key: str | None, label: str, widget) -> int:
            box = QVBoxLayout()
            box.setSpacing(2)
            (box.addWidget if isinstance(widget, QWidget) else box.addLayout)(widget)
            if key:
                error = QLabel()
                error.setWordWrap(True)
                error.hide()
                box.addWidget(error)
                self.errors[key] = error
            form.addRow(label, box)
            return form.rowCount() - 1

        self.code = QLineEdit()
        row("code", self.tr("Code:"), self.code)
        self.name = QLineEdit()
        row("name", self.tr("Name (English):"), self.name)
        self.name_zh = QLineEdit()
        row(None, self.tr("Name (Chinese):"), self.name_zh)
        self.category = QComboBox()
        self.category.setEditable(True)
        row("category", self.tr("Category:"), self.category)
        self.unit, self.direction, self.kind, self.rule = QComboBox(), QComboBox(), QComboBox(), QComboBox()
        for combo, values in ((self.unit, KpiUnit), (self.direction, KpiDirection), (self.kind, KpiKind),
                              (self.rule, ScoringRule)):
            for value in values:
                combo.addItem(name_of(value), value)
        row(None, self.tr("Unit:"), self.unit)
        row(None, self.tr("Direction:"), self.direction)
        row(None, self.tr("Kind:"), self.kind)
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(self.fontMetrics().height() * 4)
        row(None, self.tr("Description:"), self.description)

        self.rule_settings = QStackedWidget()
        linear = QWidget()  # its two fields are rows of the form, below the rule
        self.floor, self.cap = _percent_box(), _percent_box()
        steps = QWidget()
        steps_layout = QVBoxLayout(steps)
        steps_layout.setContentsMargins(0, 0, 0, 0)
        self.steps = QTableWidget(0, 2)
        self.steps.setHorizontalHeaderLabels([self.tr("From attainment (%)"), self.tr("Points")])
        self.steps.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.steps.verticalHeader().hide()
        self.steps.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.steps.setFixedHeight(self.fontMetrics().height() * 9)
        buttons = QHBoxLayout()
        add_step, remove_step = QPushButton(self.tr("Add step")), QPushButton(self.tr("Remove step"))
        add_step.clicked.connect(lambda: self._add_step(100.0, 100.0))
        remove_step.clicked.connect(self._remove_step)
        buttons.addWidget(add_step)
        buttons.addWidget(remove_step)
        buttons.addStretch(1)
        steps_layout.addWidget(self.steps)
        steps_layout.addLayout(buttons)
        band = QLabel(self.tr("Full points when the result lies inside the band each target sets; "
                              "fewer the further outside it is."))
        band.setWordWrap(True)
        for widget in (linear, steps, band):
            self.rule_settings.addWidget(widget)
        row(None, self.tr("Scoring:"), self.rule)
        # Whole sentences as labels, each with its figure: read naturally in either language
        # (a sentence cut around the fields did not).
        self._form = form
        self._linear_rows = (row(None, self.tr("No points below:"), _left(self.floor)),
                             row(None, self.tr("Counted up to:"), _left(self.cap)))
        self.floor.setToolTip(self.tr("A target whose attainment is below this earns no points"))
        self.cap.setToolTip(self.tr("Attainment above this earns no more points"))
        row("scoring", "", self.rule_settings)

        alerts = QGridLayout()
        self.warning_on, self.critical_on = QCheckBox(self.tr("Warn below")), QCheckBox(self.tr("critical below"))
        self.warning, self.critical = _percent_box(), _percent_box()
        for line, (check, box) in enumerate(((self.warning_on, self.warning), (self.critical_on, self.critical))):
            alerts.addWidget(check, line, 0)
            alerts.addWidget(box, line, 1)
        alerts.setColumnStretch(2, 1)
        self.warning_on.toggled.connect(self.warning.setEnabled)
        self.critical_on.toggled.connect(self.critical.setEnabled)
        row("alerts", self.tr("Alerts (attainment):"), alerts)
        self.active = QCheckBox(self.tr("In use (offered for new targets)"))
        row(None, "", self.active)
        layout.addStretch(1)

        self.rule.currentIndexChanged.connect(self._show_rule_settings)
        self._show_rule_settings(self.rule.currentIndex())
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.changed)
        for signal in (self.code.textChanged, self.name.textChanged, self.name_zh.textChanged,
                       self.category.currentTextChanged, self.unit.currentIndexChanged,
                       self.direction.currentIndexChanged, self.kind.currentIndexChanged,
                       self.rule.currentIndexChanged, self.floor.valueChanged, self.cap.valueChanged,
                       self.warning.valueChanged, self.critical.valueChanged, self.warning_on.toggled,
                       self.critical_on.toggled, self.steps.itemChanged, self.active.toggled):
            signal.connect(self._timer.start)

    def _show_rule_settings(self, index: int) -> None:
        """The current rule's settings only, at their own height (a stacked widget is
        otherwise as tall as its tallest page, which spread the linear rule's two fields)."""
        self.rule_settings.setCurrentIndex(index)
        for page in range(self.rule_settings.count()):
            policy = QSizePolicy.Policy.Preferred if page == index else QSizePolicy.Policy.Ignored
            self.rule_settings.widget(page).setSizePolicy(policy, policy)
        self.rule_settings.adjustSize()
        linear = self.rule.currentData() == ScoringRule.LINEAR
        for line in self._linear_rows:
            self._form.setRowVisible(line, linear)

    def _add_step(self, percent: float, points: float) -> None:
        row = self.steps.rowCount()
        self.steps.insertRow(row)
        self.steps.setItem(row, 0, QTableWidgetItem(f"{percent:g}"))
        self.steps.setItem(row, 1, QTableWidgetItem(f"{points:g}"))
        self._timer.start()

    def _remove_step(self) -> None:
        if self.steps.currentRow() >= 0:
            self.steps.removeRow(self.steps.currentRow())
            self._timer.start()

    def set_categories(self, categories) -> None:
        """Categories as (stored name, Chinese name): shown in the user's language, saved as stored."""
        current = self._category_value()
        self.category.blockSignals(True)
        self.category.clear()
        for name, name_zh in sorted(set(categories)):
            self.category.addItem(localized(name, name_zh), name)
        self.category.blockSignals(False)
        self._show_category(current)

    def _show_category(self, value: str) -> None:
        index = self.category.findData(value)
        if index >= 0:
            self.category.setCurrentIndex(index)
        else:
            self.category.setCurrentText(value)

    def _category_value(self) -> str:
        """The stored category: the entry's own name when a translated entry is shown, else what was typed."""
        text = self.category.currentText()
        index = self.category.findText(text)
        return self.category.itemData(index) if index >= 0 and self.category.itemData(index) else text

    def show_kpi(self, data: KpiInput) -> None:
        self.blockSignals(True)
        self.code.setText(data.code)
        self.name.setText(data.name)
        self.name_zh.setText(data.name_zh or "")
        self._shown = data
        self._show_category(data.category)
        self.description.setPlainText(localized(data.description, data.description_zh))
        for combo, value in ((self.unit, data.unit), (self.direction, data.direction), (self.kind, data.kind),
                             (self.rule, data.rule)):
            combo.setCurrentIndex(combo.findData(value))
        self.floor.setValue(data.floor_pct)
        self.cap.setValue(data.cap_pct)
        self.steps.setRowCount(0)
        for percent, points in data.steps:
            self._add_step(percent, points)
        self.warning_on.setChecked(data.warning_below_pct is not None)
        self.warning.setValue(data.warning_below_pct or 0)
        self.warning.setEnabled(data.warning_below_pct is not None)
        self.critical_on.setChecked(data.critical_below_pct is not None)
        self.critical.setValue(data.critical_below_pct or 0)
        self.critical.setEnabled(data.critical_below_pct is not None)
        self.active.setChecked(data.is_active)
        self.blockSignals(False)
        self.show_problems([])

    def value(self) -> KpiInput:
        steps = []
        for row in range(self.steps.rowCount()):
            try:
                steps.append((float(self.steps.item(row, 0).text()), float(self.steps.item(row, 1).text())))
            except (AttributeError, ValueError):
                steps.append((-1.0, -1.0))  # reported as out of range
        return KpiInput(
            code=self.code.text(), name=self.name.text(), name_zh=self.name_zh.text() or None,
            description=self._description_value(), unit=self.unit.currentData(),
            direction=self.direction.currentData(), kind=self.kind.currentData(),
            category=self._category_value(), rule=self.rule.currentData(),
            floor_pct=self.floor.value(), cap_pct=self.cap.value(), steps=steps,
            warning_below_pct=self.warning.value() if self.warning_on.isChecked() else None,
            critical_below_pct=self.critical.value() if self.critical_on.isChecked() else None,
            is_active=self.active.isChecked())

    def _description_value(self) -> str | None:
        """What the description field means: the stored English text while the
        catalogue's translation is shown unchanged, else what the user wrote."""
        text = self.description.toPlainText()
        shown = self._shown
        if shown is not None and shown.description_zh and text == shown.description_zh:
            return shown.description
        return text or None

    def show_problems(self, problems: list[RowProblem]) -> None:
        messages: dict[str, list[str]] = {}
        for problem in problems:
            messages.setdefault(problem.field, []).append("⚠ " + problem_text(problem, with_field=False))
        for key, label in self.errors.items():
            label.setText("\n".join(messages.get(key, [])))
            label.setVisible(key in messages)
