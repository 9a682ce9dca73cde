"""Today: what needs the signed-in user now, grouped by urgency like a to-do list
(overdue, due today, due later), each item one double-click (or Enter) from the place
where it is done. Read in the background; F5 (the window's Refresh) reads it again."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QStackedWidget, QTreeView, QVBoxLayout, QWidget

from reviewer.today import DUE_LATER, DUE_TODAY, OVERDUE, TodayView, today
from reviewer.workstation import Workstation

from ..formatting import format_date
from ..problem_text import coded_text
from ..typography import page_heading
from ..worker import Job
from .cycle_dashboard import place_name

GROUP_TITLES = {
    OVERDUE: QT_TRANSLATE_NOOP("TodayPage", "Overdue (%1)"),
    DUE_TODAY: QT_TRANSLATE_NOOP("TodayPage", "Due today (%1)"),
    DUE_LATER: QT_TRANSLATE_NOOP("TodayPage", "Due later (%1)"),
}
# A to-do list's colours: red for late, amber for today; later items keep the palette's text colour.
# Mid-tone hues read on light and dark backgrounds alike.
URGENCY_COLOURS = {OVERDUE: QColor(211, 47, 47), DUE_TODAY: QColor(230, 140, 0)}
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


class TodayPage(QWidget):
    """``go_to(place, employee_id, code, cycle_id, ref)`` asks the window to open a place
    (``ref``: the row there, such as a plan; 0 for none); ``counted(overdue, due_today,
    due_later)`` gives the sidebar its figures."""

    go_to = Signal(str, int, str, int, int)
    counted = Signal(int, int, int)
    loaded = Signal()
    LIST, EMPTY, LOADING = range(3)
    refreshes_itself = False

    def __init__(self, workstation: Workstation, parent=None):
        super().__init__(parent)
        self.workstation = workstation
        self.view: TodayView | None = None
        self._generation = 0  # only the newest read is shown (an F5 while reading)
        self.clock = None  # a test's controlled clock: a callable returning the datetime to read Today at
        self._job: Job | None = None
        layout = QVBoxLayout(self)
        self.heading = page_heading(self.tr("Today"))
        layout.addWidget(self.heading)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.stack = QStackedWidget()
        self.model = QStandardItemModel(self)
        self.list = QTreeView()
        self.list.setObjectName("today_list")
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setUniformRowHeights(True)
        self.list.doubleClicked.connect(self.open_item)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.list, self._open_current,
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Enter), self.list, self._open_current,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.stack.addWidget(self.list)
        self.empty = QLabel(self.tr("Nothing needs you today. Forms to fill, reviews to write, appraisals to "
                                    "sign and deadlines appear here when they do."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setObjectName("today_empty")
        self.stack.addWidget(self.empty)
        self.loading = QLabel(self.tr("Loading…"))
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading)
        layout.addWidget(self.stack, 1)
        self.stack.setCurrentIndex(self.LOADING)

    def reload(self) -> None:
        """Read the Today items in the background."""
        now = self.clock() if self.clock else None
        self._generation += 1
        generation = self._generation

        def read(workstation, _progress):
            return workstation.call(today, now=now)

        def show(view: TodayView) -> None:
            if generation == self._generation:
                self.show_view(view)

        self._job = Job(self, self.tr("Loading Today"), read, show, dialog=False,
                        workstation=self.workstation).start()

    def show_view(self, view: TodayView) -> None:
        self.view = view
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self.tr("What"), self.tr("Who"), self.tr("Due"), self.tr("Where")])
        for urgency, items in view.by_urgency().items():
            if not items:
                continue
            group = QStandardItem(QCoreApplication.translate("TodayPage", GROUP_TITLES[urgency]).replace("%1", str(len(items))))
            font = QFont(group.font())
            font.setBold(True)
            group.setFont(font)
            if urgency in URGENCY_COLOURS:
                group.setForeground(QBrush(URGENCY_COLOURS[urgency]))
            group.setData(urgency, Qt.ItemDataRole.UserRole)
            for item in items:
                who = item.person or ""
                if item.employee_no and item.person:
                    who = f"{item.person} ({item.employee_no})"
                cells = [QStandardItem(coded_text(item.message_code, item.params)), QStandardItem(who),
                         QStandardItem(format_date(item.due) if item.due else "—"),
                         QStandardItem(self._place_text(item.place))]
                for cell in cells:
                    cell.setData(item, ITEM_ROLE)
                    cell.setToolTip(cells[0].text())
                if urgency in URGENCY_COLOURS:
                    cells[0].setForeground(QBrush(URGENCY_COLOURS[urgency]))
                    cells[2].setForeground(QBrush(URGENCY_COLOURS[urgency]))
                group.appendRow(cells)
            self.model.appendRow([group, QStandardItem(), QStandardItem(), QStandardItem()])
        self.list.expandAll()
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        counts = view.counts()
        self.summary.setText(self.tr("%1 overdue, %2 due today, %3 later — %4").replace(
            "%1", str(counts[OVERDUE])).replace("%2", str(counts[DUE_TODAY])).replace(
            "%3", str(counts[DUE_LATER])).replace("%4", format_date(view.as_of)))
        self.stack.setCurrentIndex(self.LIST if view.items else self.EMPTY)
        self.summary.setVisible(bool(view.items))
        if view.items:
            first = self.model.index(0, 0)
            self.list.setCurrentIndex(self.model.index(0, 0, first))
        self.counted.emit(counts[OVERDUE], counts[DUE_TODAY], counts[DUE_LATER])
        self.loaded.emit()

    @staticmethod
    def _place_text(place: str) -> str:
        if place == "cycles":
            return QCoreApplication.translate("TodayPage", "Cycles")
        if place == "calibration":
            return QCoreApplication.translate("TodayPage", "Calibration")
        if place == "plans":
            return QCoreApplication.translate("TodayPage", "Improvement Plans")
        return place_name(place)

    def _open_current(self) -> None:
        self.open_item(self.list.currentIndex())

    def open_item(self, index: QModelIndex) -> None:
        """Ask the window to open the place of the item at ``index`` (a group row opens nothing)."""
        item = index.data(ITEM_ROLE) if index.isValid() else None
        if item is None:
            return
        self.go_to.emit(item.place, item.employee_id or 0, item.place_code, item.cycle_id or 0, item.ref or 0)
