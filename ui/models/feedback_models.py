"""Tables of the 360 Reviews page: requests, completion, coverage, workload and results."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor

from reviewer.feedback.anonymity import GROUP_ORDER
from reviewer.feedback.assignment import Coverage
from reviewer.feedback.results import CompetencyResult
from reviewer.feedback.tracking import RequestRow
from reviewer.vocabulary import Relationship

from ..formatting import format_date, localized
from ..vocabulary import group_name, name_of
from .base import RowsTableModel
from .people_model import ID_ROLE

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LATE = QColor("#c0392b")


class RequestsModel(RowsTableModel):
    CONTEXT = "RequestsModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("RequestsModel", "About"),
        QT_TRANSLATE_NOOP("RequestsModel", "Department"),
        QT_TRANSLATE_NOOP("RequestsModel", "Rater"),
        QT_TRANSLATE_NOOP("RequestsModel", "As"),
        QT_TRANSLATE_NOOP("RequestsModel", "Status"),
        QT_TRANSLATE_NOOP("RequestsModel", "Due"),
        QT_TRANSLATE_NOOP("RequestsModel", "Answers"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self._all: list[RequestRow] = []
        self._text, self._status = "", None
        self._subject: int | None = None  # only the requests about this person
        self.today = date.today()

    def set_rows(self, rows: list[RequestRow]) -> None:
        self._all = rows
        self._apply()

    def all_rows(self) -> list[RequestRow]:
        return self._all

    def set_filter(self, text: str | None = None, status=..., subject=...) -> None:
        if text is not None:
            self._text = text.strip().casefold()
        if status is not ...:
            self._status = status
        if subject is not ...:
            self._subject = subject
        self._apply()

    def _apply(self) -> None:
        self.beginResetModel()
        self._rows = [r for r in self._all if self._matches(r)]
        self.endResetModel()

    def _matches(self, row: RequestRow) -> bool:
        if self._subject is not None and row.subject_id != self._subject:
            return False
        if self._status == "overdue":
            if not row.overdue(self.today):
                return False
        elif self._status is not None and row.status != self._status:
            return False
        text = self._text
        return not text or text in row.subject_name.casefold() or text in row.rater_name.casefold() \
            or text in row.department.casefold()

    def row_at(self, row: int) -> RequestRow:
        return self._rows[row]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.subject_name, row.department, row.rater_name, name_of(Relationship(row.relation)),
                    name_of(row.status), format_date(row.due_date), str(row.answers))[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 5 and row.overdue(self.today):
            return LATE
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 6:
            return RIGHT
        if role == ID_ROLE:
            return row.id
        return None


class CompletionModel(RowsTableModel):
    CONTEXT = "CompletionModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("CompletionModel", "Name"),
        QT_TRANSLATE_NOOP("CompletionModel", "Forms"),
        QT_TRANSLATE_NOOP("CompletionModel", "Submitted"),
        QT_TRANSLATE_NOOP("CompletionModel", "In progress"),
        QT_TRANSLATE_NOOP("CompletionModel", "Not started"),
        QT_TRANSLATE_NOOP("CompletionModel", "Overdue"),
        QT_TRANSLATE_NOOP("CompletionModel", "Complete"),
    )

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.label, str(row.total), str(row.submitted), str(row.in_progress), str(row.not_started),
                    str(row.overdue), f"{row.share:.0%}")[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column == 5 and row.overdue:
            return LATE
        return None


def warning_text(group: str, code: str, threshold: int) -> str:
    text = {
        "below_threshold": QCoreApplication.translate(
            "CoverageModel", "%1: fewer than %2 raters, answers will be pooled or withheld"),
        "below_minimum": QCoreApplication.translate("CoverageModel", "%1: below the minimum"),
        "above_maximum": QCoreApplication.translate("CoverageModel", "%1: above the maximum"),
    }[code]
    return text.replace("%1", group_name(group)).replace("%2", str(threshold))


class CoverageModel(RowsTableModel):
    CONTEXT = "CoverageModel"
    GROUPS = ("self", "manager", "peer", "direct_report", "customer")
    HEADERS = (
        QT_TRANSLATE_NOOP("CoverageModel", "About"),
        QT_TRANSLATE_NOOP("CoverageModel", "Self"),
        QT_TRANSLATE_NOOP("CoverageModel", "Manager"),
        QT_TRANSLATE_NOOP("CoverageModel", "Peers"),
        QT_TRANSLATE_NOOP("CoverageModel", "Reports"),
        QT_TRANSLATE_NOOP("CoverageModel", "Customers"),
        QT_TRANSLATE_NOOP("CoverageModel", "Warnings"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self.threshold = 3

    def set_rows(self, rows: list[Coverage], threshold: int) -> None:
        self.beginResetModel()
        self._rows, self.threshold = rows, threshold
        self.endResetModel()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.subject_name
            if column <= len(self.GROUPS):
                return str(row.counts.get(self.GROUPS[column - 1], 0))
            return "; ".join(warning_text(g, c, self.threshold) for g, c in row.warnings)
        if role == Qt.ItemDataRole.ForegroundRole and 0 < column <= len(self.GROUPS):
            group = self.GROUPS[column - 1]
            if any(g == group for g, _c in row.warnings):
                return LATE
        if role == Qt.ItemDataRole.TextAlignmentRole and 0 < column <= len(self.GROUPS):
            return RIGHT
        if role == ID_ROLE:
            return row.subject_id
        return None


class WorkloadModel(RowsTableModel):
    CONTEXT = "WorkloadModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("WorkloadModel", "Rater"),
        QT_TRANSLATE_NOOP("WorkloadModel", "Forms"),
        QT_TRANSLATE_NOOP("WorkloadModel", "Open"),
        QT_TRANSLATE_NOOP("WorkloadModel", "Submitted"),
    )

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.name, str(row.total), str(row.open), str(row.submitted))[column]
        if role == Qt.ItemDataRole.ForegroundRole and row.over_limit:
            return LATE
        if role == Qt.ItemDataRole.ToolTipRole and row.over_limit:
            return QCoreApplication.translate("WorkloadModel", "More forms than one rater can answer with care")
        if role == Qt.ItemDataRole.TextAlignmentRole and column:
            return RIGHT
        return None


class ResponseProgressModel(RowsTableModel):
    """Before publication: per person, forms returned of forms asked in each rater group."""
    CONTEXT = "ResponseProgressModel"
    GROUPS = ("self", "manager", "peer", "direct_report", "customer")
    HEADERS = (
        QT_TRANSLATE_NOOP("ResponseProgressModel", "About"),
        QT_TRANSLATE_NOOP("ResponseProgressModel", "Self"),
        QT_TRANSLATE_NOOP("ResponseProgressModel", "Manager"),
        QT_TRANSLATE_NOOP("ResponseProgressModel", "Peers"),
        QT_TRANSLATE_NOOP("ResponseProgressModel", "Reports"),
        QT_TRANSLATE_NOOP("ResponseProgressModel", "Customers"),
        QT_TRANSLATE_NOOP("ResponseProgressModel", "Returned"),
    )

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.name
            if column == len(self.HEADERS) - 1:
                return f"{row.submitted} / {row.asked}"
            group = next((g for g in row.groups if g.group == self.GROUPS[column - 1]), None)
            return "—" if group is None else f"{group.submitted} / {group.asked}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return RIGHT
        if role == ID_ROLE:
            return row.subject_id
        return None


class ResultsModel(RowsTableModel):
    """One row per competency: the published groups' means with counts, and the gap."""

    CONTEXT = "ResultsModel"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.groups: tuple[str, ...] = ()

    def set_rows(self, rows: list[CompetencyResult]) -> None:
        self.beginResetModel()
        self._rows = rows
        shown = {g.group for r in rows for g in r.groups}
        self.groups = tuple(g for g in GROUP_ORDER if g in shown)
        self.endResetModel()

    def columnCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else 3 + len(self.groups)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return QCoreApplication.translate("ResultsModel", "Competency")
        if section <= len(self.groups):
            return group_name(self.groups[section - 1])
        return (QCoreApplication.translate("ResultsModel", "Self − others"),
                QCoreApplication.translate("ResultsModel", "Reading"))[section - len(self.groups) - 1]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return localized(row.competency.name, row.competency.name_zh)
            if column <= len(self.groups):
                score = next((g for g in row.groups if g.group == self.groups[column - 1]), None)
                if score is None:
                    return "—"
                spread = f", ±{score.spread:.2f}" if score.spread is not None else ""
                return f"{score.mean:.2f}  (n={score.count}{spread})"
            if column == len(self.groups) + 1:
                return f"{row.gap:+.2f}" if row.gap is not None else "—"
            return verdict_text(row.verdict)
        if role == Qt.ItemDataRole.TextAlignmentRole and 0 < column <= len(self.groups) + 1:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column == len(self.groups) + 2 and row.verdict == "blind_spot":
            return LATE
        return None


def verdict_text(verdict: str | None) -> str:
    return {
        "blind_spot": QCoreApplication.translate("ResultsModel", "Blind spot: rates self higher"),
        "hidden_strength": QCoreApplication.translate("ResultsModel", "Hidden strength: others rate higher"),
        "aligned": QCoreApplication.translate("ResultsModel", "Aligned"),
        None: "",
    }[verdict]
