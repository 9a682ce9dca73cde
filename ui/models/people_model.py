"""The people table: plain rows, filtered and sorted in Python lists.

A QSortFilterProxyModel would call back into Python once per row and column on
every keystroke; precomputed search keys keep a 20,000-row filter to a few
milliseconds.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from reviewer.people.directory import PersonRow

from .base import RowsTableModel

from ..formatting import format_date, localized

ID_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = ("employee_no", "name", "department", "position", "manager", "hire_date", "email")
_HEADERS = {
    "employee_no": QT_TRANSLATE_NOOP("PeopleTableModel", "Employee no."),
    "name": QT_TRANSLATE_NOOP("PeopleTableModel", "Name"),
    "department": QT_TRANSLATE_NOOP("PeopleTableModel", "Department"),
    "position": QT_TRANSLATE_NOOP("PeopleTableModel", "Position"),
    "manager": QT_TRANSLATE_NOOP("PeopleTableModel", "Manager"),
    "email": QT_TRANSLATE_NOOP("PeopleTableModel", "Email"),
    "hire_date": QT_TRANSLATE_NOOP("PeopleTableModel", "Hired"),
}


def _search_key(row: PersonRow) -> str:
    return f"{row.employee_no}\t{row.name}\t{row.email or ''}".casefold()


class PeopleTableModel(RowsTableModel):
    CONTEXT = "PeopleTableModel"
    HEADERS = tuple(_HEADERS[c] for c in COLUMNS)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._all: list[PersonRow] = []
        self._keys: dict[int, str] = {}
        self._rows: list[PersonRow] = []
        self._text = ""
        self._departments: set[int] | None = None
        self._show_leavers = False
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)

    # -- data --------------------------------------------------------------
    def set_people(self, rows: list[PersonRow]) -> None:
        self._all = list(rows)
        self._keys = {row.id: _search_key(row) for row in self._all}
        self._sort_all()
        self._apply()

    def set_filter(self, text: str | None = None, departments: set[int] | None | bool = False,
                   show_leavers: bool | None = None) -> None:
        """Change any of the filters; ``departments=None`` means all departments."""
        if text is not None:
            self._text = text.strip().casefold()
        if departments is not False:
            self._departments = departments
        if show_leavers is not None:
            self._show_leavers = show_leavers
        self._apply()

    def _apply(self) -> None:
        text, departments, keys = self._text, self._departments, self._keys
        rows = self._all
        if not self._show_leavers:
            rows = [r for r in rows if r.is_active]
        if departments is not None:
            rows = [r for r in rows if r.department_id in departments]
        if text:
            rows = [r for r in rows if text in keys[r.id]]
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    @property
    def total_count(self) -> int:
        return sum(1 for r in self._all if r.is_active or self._show_leavers)

    def row_of(self, employee_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row.id == employee_id:
                return number
        return None

    def person_at(self, row: int) -> PersonRow:
        return self._rows[row]

    # -- Qt model API ----------------------------------------------------------
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, COLUMNS[index.column()])
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and not row.is_active:
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.ToolTipRole and not row.is_active:
            return QCoreApplication.translate("PeopleTableModel", "Has left the company")
        return None

    @staticmethod
    def _display(row: PersonRow, column: str) -> str:
        if column == "position":
            return localized(row.position, row.position_zh)
        if column == "manager":
            return row.manager_name or ""
        if column == "hire_date":
            return format_date(row.hire_date)
        return getattr(row, column) or ""

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._sort_all()
        self._apply_without_reset()
        self.layoutChanged.emit()

    def _sort_all(self) -> None:
        column, order = self._sort
        name = COLUMNS[column]
        if name == "hire_date":
            key = lambda r: (r.hire_date is None, r.hire_date or 0)  # noqa: E731
        else:
            key = lambda r: (self._display(r, name) or "\uffff").casefold()  # noqa: E731
        self._all.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def _apply_without_reset(self) -> None:
        visible = {r.id for r in self._rows}
        self._rows = [r for r in self._all if r.id in visible]
