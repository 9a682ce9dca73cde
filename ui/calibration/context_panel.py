"""A calibrated person's context beside the grid: bands of the last three cycles next to
this one, the KPI table and the 360 summary (as the anonymity rules publish it)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from reviewer.calibration.context import PersonContext, person_context

from ..formatting import format_number, localized
from ..models.base import RowsTableModel
from ..problem_text import coded_text
from ..worker import Job


def _percent(ratio: float | None) -> str:
    return "—" if ratio is None else f"{100 * ratio:.0f}%"


class CycleBandsModel(RowsTableModel):
    CONTEXT = "ContextPanel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ContextPanel", "Cycle"),
        QT_TRANSLATE_NOOP("ContextPanel", "Band"),
        QT_TRANSLATE_NOOP("ContextPanel", "Final score"),
    )

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            band = f"{row.band_code} {localized(row.band_name, row.band_name_zh)}" if row.band_code else "—"
            cycle = row.cycle_name
            if row.current:
                cycle = QCoreApplication.translate("ContextPanel", "%1 (this cycle)").replace("%1", cycle)
            return (cycle, band, format_number(row.final_score))[index.column()]
        if role == Qt.ItemDataRole.FontRole and row.current:
            font = QFont()
            font.setBold(True)
            return font
        return None


class KpiLinesModel(RowsTableModel):
    CONTEXT = "ContextPanel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ContextPanel", "KPI"),
        QT_TRANSLATE_NOOP("ContextPanel", "Target"),
        QT_TRANSLATE_NOOP("ContextPanel", "Actual"),
        QT_TRANSLATE_NOOP("ContextPanel", "Attainment"),
        QT_TRANSLATE_NOOP("ContextPanel", "Points"),
        QT_TRANSLATE_NOOP("ContextPanel", "Weight"),
    )

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (f"{localized(row.kpi_name, row.kpi_name_zh)} ({row.kpi_code})", format_number(row.target),
                    format_number(row.actual), _percent(row.attainment), format_number(row.points),
                    format_number(row.weight))[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class CompetencyModel(RowsTableModel):
    CONTEXT = "ContextPanel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ContextPanel", "Competency"),
        QT_TRANSLATE_NOOP("ContextPanel", "Self"),
        QT_TRANSLATE_NOOP("ContextPanel", "Manager"),
        QT_TRANSLATE_NOOP("ContextPanel", "Others"),
        QT_TRANSLATE_NOOP("ContextPanel", "Gap"),
    )

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            gap = "—" if row.gap is None else f"{row.gap:+.2f}"
            return (localized(row.name, row.name_zh), format_number(row.self_score),
                    format_number(row.manager_score), format_number(row.others_score), gap)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _table(model) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ContextPanel(QWidget):
    """Contract of the calibration page's panels: show_session(cycle_id, session_id),
    show_person(cycle_id, appraisal_id, session_id), changed (never emitted: it only reads)."""

    changed = Signal()
    loaded = Signal()

    def __init__(self, workstation, parent=None):
        super().__init__(parent)
        self.workstation = workstation
        self.context: PersonContext | None = None
        self._job = None
        self.title = QLabel(self.tr("Choose a person to see their context."))
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.subtitle = QLabel()
        self.bands = CycleBandsModel(self)
        self.kpis = KpiLinesModel(self)
        self.competencies = CompetencyModel(self)
        self.feedback_note = QLabel()
        self.feedback_note.setWordWrap(True)
        self.comments = QLabel()
        self.comments.setWordWrap(True)
        self.comments.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self._heading(self.tr("Bands: the last three cycles and this one")))
        self.bands_table = _table(self.bands)
        layout.addWidget(self.bands_table)
        layout.addWidget(self._heading(self.tr("KPI results")))
        self.kpi_table = _table(self.kpis)
        layout.addWidget(self.kpi_table)
        layout.addWidget(self._heading(self.tr("360 summary")))
        self.feedback_table = _table(self.competencies)
        layout.addWidget(self.feedback_table)
        layout.addWidget(self.feedback_note)
        layout.addWidget(self.comments)

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def show_session(self, cycle_id: int, session_id: int | None) -> None:
        """A new session: nobody chosen yet."""
        self.context = None
        self.title.setText(self.tr("Choose a person to see their context."))
        self.subtitle.clear()
        for model in (self.bands, self.kpis, self.competencies):
            model.set_rows([])
        self.feedback_note.clear()
        self.comments.clear()

    def show_person(self, cycle_id: int, appraisal_id: int, session_id: int | None) -> None:
        self.title.setText(self.tr("Loading…"))

        def work(workstation, progress):
            return workstation.call(person_context, cycle_id, appraisal_id, session_id=session_id)

        self._job = Job(self, self.tr("Loading the person's context"), work, self._context_loaded, dialog=False,
                        workstation=self.workstation).start()

    def _context_loaded(self, context: PersonContext) -> None:
        self.context = context
        self.title.setText(f"{context.label} ({context.employee_no})" if context.employee_no else context.label)
        parts = []
        if context.manager:
            parts.append(self.tr("Manager: %1").replace("%1", context.manager))
        if context.blind:
            parts.append(self.tr("Blind session: names are shown when HR closes it."))
        self.subtitle.setText(" · ".join(parts))
        self.bands.set_rows(list(context.cycles))
        self.kpis.set_rows(list(context.kpi_lines))
        feedback = context.feedback
        self.competencies.set_rows(list(feedback.competencies) if feedback else [])
        self.feedback_table.setVisible(feedback is not None and bool(feedback.competencies))
        notes = []
        if feedback is None:
            notes.append(coded_text(context.feedback_notice_code, context.feedback_notice_params))
        elif not feedback.competencies:
            notes.append(self.tr("No 360 results for this person in this cycle."))
        else:
            notes.append(self.tr("Groups with fewer than %1 answers are pooled as “others” or withheld; "
                                 "comments carry no names.").replace("%1", str(feedback.threshold)))
            if feedback.comments_hidden_blind:
                notes.append(coded_text("context_comments_hidden_blind", {}))
        self.feedback_note.setText(" ".join(notes))
        if feedback is not None and feedback.comments:
            self.comments.setText("\n".join(f"• {c.text}" for c in feedback.comments[:20]))
        else:
            self.comments.clear()
        self.loaded.emit()
