"""The leniency panel of a calibration session: each manager's team mean against the
organisation (z) and the bands they proposed against the guideline (chi-square, p),
with a plain-language sentence beside each manager and the flagged ones marked."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewer.calibration.leniency import LeniencyReport, ManagerLeniency, leniency

from ..models.base import RowsTableModel
from ..problem_text import coded_text
from ..worker import Job

CONTEXT = "LeniencyModel"
MANAGER, TEAM, MEAN, DIFFERENCE, Z, CHI_SQUARE, P, VERDICT = range(8)
_HEADERS = (
    QT_TRANSLATE_NOOP("LeniencyModel", "Manager"),
    QT_TRANSLATE_NOOP("LeniencyModel", "Rated people"),
    QT_TRANSLATE_NOOP("LeniencyModel", "Team mean"),
    QT_TRANSLATE_NOOP("LeniencyModel", "Difference"),
    QT_TRANSLATE_NOOP("LeniencyModel", "z"),
    QT_TRANSLATE_NOOP("LeniencyModel", "Chi-square"),
    QT_TRANSLATE_NOOP("LeniencyModel", "p"),
    QT_TRANSLATE_NOOP("LeniencyModel", "Verdict"),
)
ID_ROLE = Qt.ItemDataRole.UserRole


def _figure(value: float | None, digits: int = 2, signed: bool = False) -> str:
    if value is None:
        return "—"
    return f"{value:+.{digits}f}" if signed else f"{value:.{digits}f}"


def _p(value: float | None) -> str:
    if value is None:
        return "—"
    return "< 0.001" if value < 0.001 else f"{value:.3f}"


class LeniencyModel(RowsTableModel):
    CONTEXT = CONTEXT
    HEADERS = _HEADERS

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row: ManagerLeniency = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                MANAGER: row.manager,
                TEAM: str(row.team_size),
                MEAN: _figure(row.mean, 1),
                DIFFERENCE: _figure(row.difference, 1, signed=True),
                Z: _figure(row.z, 2, signed=True),
                CHI_SQUARE: _figure(row.chi_square, 2),
                P: _p(row.p_value),
                VERDICT: coded_text(row.sentence_code, row.sentence_params),
            }[column]
        if role == Qt.ItemDataRole.DecorationRole and column == MANAGER and row.flagged:
            # The platform's warning icon: visible in light and dark palettes alike.
            from PySide6.QtWidgets import QApplication

            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.FontRole and row.flagged:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (TEAM, MEAN, DIFFERENCE, Z, CHI_SQUARE, P):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == VERDICT:
                return coded_text(row.sentence_code, row.sentence_params)
            if column == CHI_SQUARE and row.bands:
                return QCoreApplication.translate(CONTEXT, "Proposed against the guideline: %1").replace(
                    "%1", ", ".join(f"{b.code} {b.observed} / {b.expected:.1f}" for b in row.bands))
            if row.flagged:
                return QCoreApplication.translate(CONTEXT, "Flagged: |z| ≥ 2 or p < 0.05")
        if role == ID_ROLE:
            return row.manager_id  # None while a blind session is open
        return None


class LeniencyPanel(QWidget):
    """Each manager of the session (or of the cycle) with their leniency figures."""

    changed = Signal()  # the panel changes nothing; here for the calibration page's contract
    loaded = Signal()

    def __init__(self, workstation, parent=None):
        super().__init__(parent)
        self.workstation = workstation
        self.cycle_id: int | None = None
        self.session_id: int | None = None
        self.report: LeniencyReport | None = None
        self._job = None

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.min_team = QSpinBox()
        self.min_team.setRange(1, 999)
        self.min_team.setValue(5)
        self.min_team.setAccessibleName(self.tr("Smallest team shown"))
        self.min_team.valueChanged.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(QLabel(self.tr("Teams of at least")))
        top.addWidget(self.min_team)
        top.addWidget(QLabel(self.tr("rated people")))

        self.model = LeniencyModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)  # a long verdict wraps rather than being cut off
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(VERDICT, QHeaderView.ResizeMode.Stretch)

        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.help = QLabel(self.help_text())
        self.help.setWordWrap(True)
        self.help.setTextFormat(Qt.TextFormat.PlainText)
        help_font = self.help.font()
        help_font.setPointSizeF(help_font.pointSizeF() * 0.9)
        self.help.setFont(help_font)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.help)

    def help_text(self) -> str:
        return self.tr(
            "Each person's rating is their manager-group 360 score: 100 × mean rating ÷ the scale's top point, "
            "from published 360 results only. A manager's team is the people they rated (the direct manager's "
            "when several managers rated one person). "
            "z = (team mean − organisation mean) ÷ (organisation SD ÷ √team size); the SD is the sample standard "
            "deviation over every rated person of the cycle (divided by n − 1). "
            "Chi-square compares the bands the manager proposed with the cycle's guideline shares (bands without "
            "a share left out; degrees of freedom = bands − 1); with few people its p is rough. "
            "Flagged (marked ⚠ and bold) when |z| ≥ 2 or p < 0.05.")

    # -- the contract of the calibration page's panels ----------------------------------------
    def show_session(self, cycle_id: int, session_id: int | None) -> None:
        self.cycle_id, self.session_id = cycle_id, session_id
        self.refresh()

    def refresh(self) -> None:
        if self.cycle_id is None:
            return
        cycle_id, session_id, min_team = self.cycle_id, self.session_id, self.min_team.value()

        def work(_progress):
            return self.workstation.call(leniency, cycle_id, min_team=min_team, session_id=session_id)

        self.summary.setText(self.tr("Loading…"))
        self._job = Job(self, "", work, self.show_report, dialog=False).start()

    # -- showing --------------------------------------------------------------------------------
    def show_report(self, report: LeniencyReport) -> None:
        self.report = report
        self.model.set_rows(list(report.rows))
        self.table.resizeRowsToContents()
        notice = coded_text(report.notice_code, report.notice_params) if report.notice_code else ""
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        if not report.published:
            self.summary.setText(self.tr("No leniency figures until the 360 results are published."))
        elif report.org_mean is None:
            self.summary.setText(self.tr("Managers shown: %1.").replace("%1", str(len(report.rows))))
        else:
            flagged = sum(r.flagged for r in report.rows)
            self.summary.setText(
                self.tr("Organisation: %1 rated people, mean %2, standard deviation %3 (sample). "
                        "%4 of %5 managers flagged.")
                .replace("%1", str(report.org_count)).replace("%2", _figure(report.org_mean, 1))
                .replace("%3", _figure(report.org_sd, 1)).replace("%4", str(flagged))
                .replace("%5", str(len(report.rows))))
        self.loaded.emit()
