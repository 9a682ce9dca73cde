"""A cycle's settings: part weights, rater-group weights, rating bands, anonymity
threshold, 360 form and due dates. Editable until calibration."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer.cycles.settings import (
    MAX_BANDS,
    MIN_BANDS,
    STAGES_WITH_DUE_DATES,
    Band,
    SettingsChange,
    change_settings,
)
from reviewer.cycles.setup import CycleDetail
from reviewer.workstation import Workstation

from ..context import APPRAISALS
from ..formatting import localized
from ..vocabulary import stage_name
from ..problem_text import coded_text
from ..vocabulary import group_name
from ..worker import Job
from .cycle_new import pydate, qdate

GROUPS = ("manager", "peer", "direct_report", "customer", "self")
BAND_COLUMNS = ("code", "name", "name_zh", "min_score", "guideline_pct")


class CycleSettingsDialog(QDialog):
    """``forms``: (id, name, Chinese name, version) of the 360 forms to choose from."""

    saved = Signal()

    def __init__(self, workstation: Workstation, detail: CycleDetail, forms: list[tuple], parent=None):
        super().__init__(parent)
        self.workstation, self.cycle_id = workstation, detail.row.id
        self.setWindowTitle(self.tr("Settings of %1").replace("%1", detail.row.name))
        self.setMinimumWidth(820)
        layout = QVBoxLayout(self)
        self.locked_note = QLabel(coded_text(detail.locked_code, detail.locked_params) if detail.locked_code else "")
        self.locked_note.setWordWrap(True)
        self.locked_note.setVisible(bool(detail.locked_code))
        layout.addWidget(self.locked_note)

        columns = QHBoxLayout()
        left = QVBoxLayout()
        parts = QGroupBox(self.tr("Parts of the final score"))
        parts_form = QFormLayout(parts)
        parts_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.kpi_weight = self._weight(detail.kpi_weight)
        self.competency_weight = self._weight(detail.competency_weight)
        self.kpi_weight.valueChanged.connect(lambda value: self._pair(self.competency_weight, value))
        self.competency_weight.valueChanged.connect(lambda value: self._pair(self.kpi_weight, value))
        parts_form.addRow(self.tr("KPI part (%):"), self.kpi_weight)
        parts_form.addRow(self.tr("Competency part (%):"), self.competency_weight)
        left.addWidget(parts)

        groups = QGroupBox(self.tr("Rater groups in the competency part"))
        groups_form = QFormLayout(groups)
        groups_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.group_weights: dict[str, QDoubleSpinBox] = {}
        for group in GROUPS:
            spin = self._weight(detail.group_weights.get(group, 0.0))
            self.group_weights[group] = spin
            groups_form.addRow(group_name(group) + ":", spin)
        left.addWidget(groups)

        other = QGroupBox(self.tr("Other settings"))
        other_form = QFormLayout(other)
        other_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.threshold = QSpinBox()
        self.threshold.setRange(1, 20)
        self.threshold.setValue(detail.anonymity_threshold)
        self.threshold.setToolTip(self.tr("A rater group with fewer answers than this is not shown on its own"))
        other_form.addRow(self.tr("Anonymity threshold:"), self.threshold)
        self.form_template = QComboBox()
        self.form_template.addItem(self.tr("By role (each person's default form)"), 0)
        for form_id, name, name_zh, version in forms:
            self.form_template.addItem(f"{localized(name, name_zh)} (v{version})", form_id)
        index = self.form_template.findData(detail.form_template_id or 0)
        self.form_template.setCurrentIndex(max(index, 0))
        # A long form name is cut in the box (the list shows it whole), not the dialog widened.
        self.form_template.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.form_template.setMinimumContentsLength(18)
        other_form.addRow(self.tr("360 form:"), self.form_template)
        left.addWidget(other)

        # Calibration's distribution rules change no score: they stay editable in calibration.
        calibration = QGroupBox(self.tr("Calibration"))
        calibration_form = QFormLayout(calibration)
        calibration_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.distribution_margin = QDoubleSpinBox()
        self.distribution_margin.setRange(0, 100)
        self.distribution_margin.setDecimals(1)
        self.distribution_margin.setSuffix(self.tr(" points"))
        self.distribution_margin.setValue(10.0 if detail.distribution_margin_pct is None
                                          else detail.distribution_margin_pct)
        self.distribution_margin.setToolTip(self.tr("How far a band's share may stray from its guideline before "
                                                    "calibration warns"))
        calibration_form.addRow(self.tr("Distribution margin:"), self.distribution_margin)
        self.enforce_distribution = QCheckBox(self.tr("Refuse to close a session while a band is off by more"))
        self.enforce_distribution.setChecked(detail.enforce_distribution)
        calibration_form.addRow("", self.enforce_distribution)
        self.settings_locked = bool(detail.locked_code)
        left.addStretch(1)
        columns.addLayout(left)

        right = QVBoxLayout()
        bands = QGroupBox(self.tr("Rating bands (2 to 9)"))
        bands_layout = QVBoxLayout(bands)
        self.bands = QTableWidget(0, len(BAND_COLUMNS))
        self.bands.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Name"), self.tr("Chinese name"),
                                              self.tr("From score"), self.tr("Guideline %")])
        self.bands.verticalHeader().hide()
        # Every column fits without a scroll bar: the figures and the code at their own width,
        # the English name takes what is left.
        header = self.bands.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BAND_COLUMNS.index("name"), QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.bands.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.bands.setWordWrap(False)
        self.bands.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for band in detail.bands:
            self.add_band(band)
        bands_layout.addWidget(self.bands)
        band_buttons = QHBoxLayout()
        self.add_band_button = QPushButton(self.tr("Add band"))
        self.add_band_button.clicked.connect(lambda: self.add_band())
        self.remove_band_button = QPushButton(self.tr("Remove band"))
        self.remove_band_button.clicked.connect(self.remove_band)
        band_buttons.addWidget(self.add_band_button)
        band_buttons.addWidget(self.remove_band_button)
        band_buttons.addStretch(1)
        bands_layout.addLayout(band_buttons)
        self.bands_total = QLabel()
        bands_layout.addWidget(self.bands_total)
        self.bands.itemChanged.connect(lambda _item: self._show_total())
        right.addWidget(bands, 3)

        due = QGroupBox(self.tr("Due dates"))
        due_form = QFormLayout(due)
        due_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.due: dict[str, tuple[QCheckBox, QDateEdit]] = {}
        for stage in STAGES_WITH_DUE_DATES:
            given = detail.due_dates.get(stage.value)
            check = QCheckBox()
            edit = QDateEdit(qdate(date.fromisoformat(given)) if given else qdate(detail.row.period_end))
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(bool(given))
            check.setChecked(bool(given))
            check.toggled.connect(edit.setEnabled)
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            row_layout.addWidget(check)
            row_layout.addWidget(edit, 1)
            self.due[stage.value] = (check, edit)
            due_form.addRow(stage_name(stage) + ":", row)
        right.addWidget(due, 2)
        right.addWidget(calibration)  # beside the bands it judges; the left column stays narrow
        columns.addLayout(right, 1)
        layout.addLayout(columns)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._show_total()
        self.resize(920, self.sizeHint().height())  # room for the band names beside the other settings
        if detail.locked_code or not detail.row.may_change:
            for widget in (parts, groups, other, bands, due):
                widget.setEnabled(False)
            # A cycle in calibration or sign-off keeps its distribution rules editable.
            rules_open = workstation.actor.is_hr and detail.row.stage != "closed"
            calibration.setEnabled(rules_open)
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(rules_open)

    @staticmethod
    def _weight(value: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(0, 100)
        spin.setDecimals(1)
        spin.setValue(value)
        return spin

    @staticmethod
    def _pair(other: QDoubleSpinBox, value: float) -> None:
        """The two parts make 100: changing one moves the other."""
        other.blockSignals(True)
        other.setValue(100 - value)
        other.blockSignals(False)

    def add_band(self, band: Band | None = None) -> None:
        if self.bands.rowCount() >= MAX_BANDS:
            return
        row = self.bands.rowCount()
        self.bands.insertRow(row)
        values = band.as_dict() if band else {"code": "", "name": "", "name_zh": "", "min_score": 0,
                                              "guideline_pct": 0}
        for column, key in enumerate(BAND_COLUMNS):
            value = values[key]
            text = "" if value is None else (f"{value:g}" if isinstance(value, float) else str(value))
            self.bands.setItem(row, column, QTableWidgetItem(text))

    def remove_band(self) -> None:
        if self.bands.rowCount() > MIN_BANDS and self.bands.currentRow() >= 0:
            self.bands.removeRow(self.bands.currentRow())
            self._show_total()

    def band_rows(self) -> list[Band]:
        """The table as bands; a cell that is not a number becomes one the service refuses,
        so the message names its row and field."""
        def cell(row: int, column: int) -> str:
            item = self.bands.item(row, column)
            return item.text().strip() if item else ""

        def number(text: str):
            try:
                return float(text.rstrip("%"))
            except ValueError:
                return text  # refused by the service with the text quoted

        return [Band(cell(r, 0), cell(r, 1), cell(r, 2), number(cell(r, 3)), number(cell(r, 4)))
                for r in range(self.bands.rowCount())]

    def _show_total(self) -> None:
        total = sum(b.guideline_pct for b in self.band_rows() if isinstance(b.guideline_pct, float))
        self.bands_total.setText(self.tr("Guideline shares total %1 % (must be 100 %)").replace("%1", f"{total:g}"))

    def change(self) -> SettingsChange:
        rules = {"distribution_margin_pct": self.distribution_margin.value(),
                 "enforce_distribution": self.enforce_distribution.isChecked()}
        if self.settings_locked:
            return SettingsChange(**rules)
        return SettingsChange(**rules,
            kpi_weight=self.kpi_weight.value(), competency_weight=self.competency_weight.value(),
            group_weights={group: spin.value() for group, spin in self.group_weights.items()},
            bands=self.band_rows(), anonymity_threshold=self.threshold.value(),
            form_template_id=self.form_template.currentData(),
            due_dates={stage: pydate(edit.date()) if check.isChecked() else None
                       for stage, (check, edit) in self.due.items()})

    def save(self) -> None:
        change, cycle_id = self.change(), self.cycle_id

        def work(workstation, _progress):
            workstation.call(change_settings, cycle_id, change)

        def done(_result) -> None:
            self.saved.emit()
            self.accept()

        self.job = Job(self, self.tr("Saving the settings"), work, done, workstation=self.workstation,
                       changes=(APPRAISALS,)).start()

