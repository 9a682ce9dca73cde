"""The reporting tree as a Qt item model, built lazily over plain OrgNode objects."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap

from reviewer.people.directory import DepartmentNode, OrgNode, top_departments

from ..formatting import localized
from .people_model import ID_ROLE

_HEADERS = (
    QT_TRANSLATE_NOOP("OrgChartModel", "Name"),
    QT_TRANSLATE_NOOP("OrgChartModel", "Position"),
    QT_TRANSLATE_NOOP("OrgChartModel", "Department"),
    QT_TRANSLATE_NOOP("OrgChartModel", "Direct reports"),
    QT_TRANSLATE_NOOP("OrgChartModel", "Headcount"),
)
GOLDEN_RATIO = 0.618033988749895


class OrgChartModel(QAbstractItemModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._roots: list[OrgNode] = []
        self._parents: dict[int, OrgNode | None] = {}
        self._nodes: dict[int, OrgNode] = {}
        self._rows: dict[int, int] = {}  # a person's row among their siblings
        self._swatches: dict[int, QIcon] = {}
        self._colour_of: dict[int, int] = {}

    def set_tree(self, roots: list[OrgNode], departments: list[DepartmentNode]) -> None:
        self.beginResetModel()
        self._roots = roots
        self._parents, self._nodes, self._rows = {}, {}, {}
        stack = [(root, None, row) for row, root in enumerate(roots)]
        while stack:
            node, parent, row = stack.pop()
            self._parents[node.person.id], self._nodes[node.person.id] = parent, node
            self._rows[node.person.id] = row
            stack.extend((child, node, n) for n, child in enumerate(node.reports))
        main = top_departments(departments)
        order = sorted({main[d.id] for d in departments})
        # Evenly spread hues, one per main department; swatches are small, so they
        # read in light and dark palettes alike.
        self._swatches = {}
        for n, dept_id in enumerate(order):
            pixmap = QPixmap(12, 12)
            pixmap.fill(QColor.fromHsvF((n * GOLDEN_RATIO) % 1.0, 0.55, 0.85))
            self._swatches[dept_id] = QIcon(pixmap)
        self._colour_of = main
        self.endResetModel()

    def _node(self, index: QModelIndex) -> OrgNode | None:
        return index.internalPointer() if index.isValid() else None

    def _children(self, node: OrgNode | None) -> list[OrgNode]:
        return node.reports if node is not None else self._roots

    def index(self, row, column, parent=QModelIndex()):
        children = self._children(self._node(parent))
        if not (0 <= row < len(children) and 0 <= column < len(_HEADERS)):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index=QModelIndex()):
        node = self._node(index)
        parent = self._parents.get(node.person.id) if node else None
        if parent is None:
            return QModelIndex()
        return self.createIndex(self._rows[parent.person.id], 0, parent)

    def rowCount(self, parent=QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(self._node(parent)))

    def columnCount(self, parent=QModelIndex()) -> int:
        return len(_HEADERS)

    def hasChildren(self, parent=QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("OrgChartModel", _HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        node = self._node(index)
        if node is None:
            return None
        person, column = node.person, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (person.name, localized(person.position, person.position_zh), person.department,
                    len(node.reports) or "", node.headcount if node.reports else "")[column]
        if role == Qt.ItemDataRole.DecorationRole and column == 2:
            return self._swatches.get(self._colour_of.get(person.department_id))
        if role == ID_ROLE:
            return person.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def index_of(self, employee_id: int) -> QModelIndex:
        """The index of a person, for selecting them (invalid if not in the tree)."""
        node = self._nodes.get(employee_id)
        if node is None:
            return QModelIndex()
        return self.createIndex(self._rows[employee_id], 0, node)
