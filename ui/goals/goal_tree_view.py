"""The goal tree with each goal's roll-up drawn as a bar, for the Goals tab (all columns)
and the cycle dashboard (compact: the goal and its bar)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QTreeView,
)

from reviewer.goals.rollup import GoalNode

ID_ROLE = Qt.ItemDataRole.UserRole
ATTAINMENT_ROLE = Qt.ItemDataRole.UserRole + 1
HEADERS = (QT_TRANSLATE_NOOP("GoalTree", "Goal"), QT_TRANSLATE_NOOP("GoalTree", "Attained"),
           QT_TRANSLATE_NOOP("GoalTree", "Department"), QT_TRANSLATE_NOOP("GoalTree", "Measure"),
           QT_TRANSLATE_NOOP("GoalTree", "Targets"), QT_TRANSLATE_NOOP("GoalTree", "People"))
COMPACT_COLUMNS = 2
BAR_TOP = 100  # on target fills the bar; beyond it (up to the cap) the figure says by how much


def tr(text: str) -> str:
    return QCoreApplication.translate("GoalTree", text)


def percent_text(attainment: float | None) -> str:
    return QCoreApplication.translate("GoalTree", "no result yet") if attainment is None else f"{100 * attainment:.1f} %"


def measure_text(node: GoalNode) -> str:
    text = node.measure or ""
    if node.target_value is not None:
        text += (": " if text else "") + f"{node.target_value:g}" + (f" {node.unit}" if node.unit else "")
    return text


class RollupBarDelegate(QStyledItemDelegate):
    """A goal's attainment as a progress bar with its percent, in the platform's style."""

    TEXT_WIDTH = 64  # room for "100.0 %" beside the bar

    def paint(self, painter, option, index):
        attainment = index.data(ATTAINMENT_ROLE)
        if attainment is None:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else QApplication.style()
        # The row's background (selection, alternating colour) first, then the bar and the figure.
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        rect = option.rect
        text_rect = rect.adjusted(rect.width() - self.TEXT_WIDTH, 0, -4, 0)
        bar = QStyleOptionProgressBar()
        bar.rect = rect.adjusted(3, 4, -self.TEXT_WIDTH - 2, -4)
        bar.minimum, bar.maximum = 0, BAR_TOP
        bar.progress = int(round(min(100 * attainment, BAR_TOP)))
        bar.textVisible = False
        bar.state = option.state | QStyle.StateFlag.State_Horizontal
        bar.palette = option.palette
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setPen(option.palette.color(QPalette.ColorRole.HighlightedText if selected
                                            else QPalette.ColorRole.Text))
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                         index.data(Qt.ItemDataRole.DisplayRole))
        painter.restore()


class GoalTreeView(QTreeView):
    """Goals as a tree; ``compact`` shows only the goal and its bar."""

    def __init__(self, compact: bool = False, parent=None):
        super().__init__(parent)
        self.compact = compact
        self.goal_model = QStandardItemModel(self)
        self.setModel(self.goal_model)
        self.setItemDelegateForColumn(1, RollupBarDelegate(self))
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.nodes: dict[int, GoalNode] = {}
        self.set_nodes([])

    def set_nodes(self, nodes: list[GoalNode]) -> None:
        keep = self.current_goal_id()
        model = self.goal_model
        model.clear()
        columns = HEADERS[:COMPACT_COLUMNS] if self.compact else HEADERS
        model.setHorizontalHeaderLabels([tr(h) for h in columns])
        self.nodes = {node.id: node for node in nodes}
        parents: dict[int, QStandardItem] = {}
        for node in nodes:
            cells = [node.title, percent_text(node.attainment), node.department or QCoreApplication.translate("GoalTree", "Company"),
                     measure_text(node), str(node.targets), str(node.people)][:len(columns)]
            items = [QStandardItem(text) for text in cells]
            for item in items:
                item.setData(node.id, ID_ROLE)
            items[0].setToolTip("\n".join(filter(None, (node.title, node.description, measure_text(node)))))
            items[1].setData(node.attainment, ATTAINMENT_ROLE)
            items[1].setToolTip(QCoreApplication.translate("GoalTree", "%1 of %2 targets with a result; %3 people")
                                .replace("%1", str(node.measured)).replace("%2", str(node.targets))
                                .replace("%3", str(node.people)))
            for item in items[4:]:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            (parents.get(node.parent_id) or model.invisibleRootItem()).appendRow(items)
            parents[node.id] = items[0]
        self.expandAll()
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(columns)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(column, max(self.sizeHintForColumn(column) + 16, 190 if column == 1 else 70))
        if keep is not None:
            self.select_goal(keep)

    def current_goal_id(self) -> int | None:
        index = self.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def current_node(self) -> GoalNode | None:
        goal_id = self.current_goal_id()
        return self.nodes.get(goal_id) if goal_id is not None else None

    def select_goal(self, goal_id: int) -> None:
        found = self.goal_model.match(self.goal_model.index(0, 0), ID_ROLE, goal_id, 1,
                                      Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
        if found:
            self.setCurrentIndex(found[0])
