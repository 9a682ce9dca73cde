"""Table models of the Calibration page: sessions, distribution shares and the record of
moves. Plain rows from the services; ids in ID_ROLE."""
from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from reviewer.access import LOCAL_OWNER

from ..formatting import format_date, format_number, localized
from ..models.base import RowsTableModel
from ..models.people_model import ID_ROLE

# Off-guideline rows: a translucent warm tint reads on light and dark palettes alike.
WARNING_TINT = QColor(230, 120, 40, 70)


def local_time(stored: datetime) -> str:
    """A stored (naive UTC) time in the user's time zone and date style."""
    local = stored.replace(tzinfo=timezone.utc).astimezone()
    return f"{format_date(local.date())} {local:%H:%M}"


def band_label(code: str, name: str) -> str:
    return f"{code} · {name}" if name and name != code else code


def scope_text(kind: str, name: str | None) -> str:
    """"Whole cycle", "Department: Sales", "Position: Engineer"."""
    if kind == "department":
        return QCoreApplication.translate("SessionsModel", "Department: %1").replace("%1", name or "")
    if kind == "position":
        return QCoreApplication.translate("SessionsModel", "Position: %1").replace("%1", name or "")
    return QCoreApplication.translate("SessionsModel", "Whole cycle")


def move_ends(move) -> tuple[str, str]:
    """A move's from and to: band codes, or potential levels for a potential move."""
    if move.axis == "potential":
        return potential_text(move.from_level), potential_text(move.to_level)
    return move.from_band_code or "—", move.to_band_code or "—"


_POTENTIAL = {"low": QT_TRANSLATE_NOOP("MovesModel", "potential low"),
              "medium": QT_TRANSLATE_NOOP("MovesModel", "potential medium"),
              "high": QT_TRANSLATE_NOOP("MovesModel", "potential high")}


def potential_text(level: str | None) -> str:
    return QCoreApplication.translate("MovesModel", _POTENTIAL[level]) if level in _POTENTIAL else "—"


class SessionsModel(RowsTableModel):
    """The cycle's sessions: open or closed, scope, blind, how many people."""

    CONTEXT = "SessionsModel"
    HEADERS = (QT_TRANSLATE_NOOP("SessionsModel", "Session"), QT_TRANSLATE_NOOP("SessionsModel", "Scope"),
               QT_TRANSLATE_NOOP("SessionsModel", "State"), QT_TRANSLATE_NOOP("SessionsModel", "Blind"),
               QT_TRANSLATE_NOOP("SessionsModel", "People"))

    def row_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, session_id: int) -> int:
        return next((n for n, row in enumerate(self._rows) if row.id == session_id), -1)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return row.name
            if column == 1:
                return scope_text(row.scope_kind, row.scope_name)
            if column == 2:
                return QCoreApplication.translate("SessionsModel", "Open") if row.open else QCoreApplication.translate("SessionsModel", "Closed")
            if column == 3:
                return QCoreApplication.translate("SessionsModel", "Blind") if row.blind else ""
            if column == 4:
                return str(row.member_count)
        if role == Qt.ItemDataRole.FontRole and row.open:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class DistributionModel(RowsTableModel):
    """Per band: how many before and after, their shares, the guideline share and the
    difference after − guideline in points; rows off the guideline are tinted."""

    CONTEXT = "DistributionModel"
    HEADERS = (QT_TRANSLATE_NOOP("DistributionModel", "Band"),
               QT_TRANSLATE_NOOP("DistributionModel", "Before"),
               QT_TRANSLATE_NOOP("DistributionModel", "Share before"),
               QT_TRANSLATE_NOOP("DistributionModel", "After"),
               QT_TRANSLATE_NOOP("DistributionModel", "Share after"),
               QT_TRANSLATE_NOOP("DistributionModel", "Guideline"),
               QT_TRANSLATE_NOOP("DistributionModel", "Difference"))

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return row.band_id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return band_label(row.code, localized(row.name, row.name_zh))
            if column == 1:
                return str(row.count_before)
            if column == 2:
                return _percent(row.share_before)
            if column == 3:
                return str(row.count_after)
            if column == 4:
                return _percent(row.share_after)
            if column == 5:
                return _percent(row.guideline)
            if column == 6:
                if row.difference is None:
                    return "—"
                sign = "+" if row.difference > 0 else ""
                text = QCoreApplication.translate("DistributionModel", "%1 points").replace("%1", sign + format_number(row.difference))
                return ("⚠ " + text) if row.off else text
        if role == Qt.ItemDataRole.BackgroundRole and row.off:
            return WARNING_TINT
        if role == Qt.ItemDataRole.ToolTipRole and row.off:
            return QCoreApplication.translate("DistributionModel", "Further from the guideline than the cycle's margin allows")
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{format_number(value)} %"


def actor_name(name: str | None) -> str:
    """Who acted, as stored; the program's own "Local user" (a database without profiles)
    in the window's language, as the status bar shows it."""
    if name == LOCAL_OWNER.display_name:
        return QCoreApplication.translate("MainWindow", "Local user")
    return name or ""


class MovesModel(RowsTableModel):
    """The record: every move of the session, undone ones kept and marked."""

    CONTEXT = "MovesModel"
    HEADERS = (QT_TRANSLATE_NOOP("MovesModel", "When"), QT_TRANSLATE_NOOP("MovesModel", "By"),
               QT_TRANSLATE_NOOP("MovesModel", "Person"), QT_TRANSLATE_NOOP("MovesModel", "From"),
               QT_TRANSLATE_NOOP("MovesModel", "To"), QT_TRANSLATE_NOOP("MovesModel", "Reason"),
               QT_TRANSLATE_NOOP("MovesModel", "Note"))

    def row_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        move = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return move.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return local_time(move.at)
            if column == 1:
                return actor_name(move.by)
            if column == 2:
                return move.person
            if column in (3, 4):
                return move_ends(move)[column - 3]
            if column == 5:
                return " ".join(move.reason.split())  # one line in the table; the tooltip keeps it whole
            if column == 6:
                notes = []
                if move.undone:
                    notes.append(QCoreApplication.translate("MovesModel", "undone"))
                if move.big_mover:
                    notes.append(QCoreApplication.translate("MovesModel", "big mover"))
                return ", ".join(notes)
        if role == Qt.ItemDataRole.FontRole and move.undone:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == 5:
            return move.reason
        return None
