"""The leniency panel: each manager with their figures and sentence, flagged rows marked,
the formulas in its help, and a manager seeing only their own row."""
from __future__ import annotations

from PySide6.QtCore import Qt

from reviewer.access import Actor, UserRole
from reviewer.workstation import Workstation
from tests.reviewer.calibration.leniency_company import build_cycle
from ui.calibration.leniency_panel import MANAGER, VERDICT, Z, LeniencyPanel


def _panel(qtbot, database, actor=None):
    with database.session() as session:
        data = build_cycle(session)
    workstation = Workstation(database) if actor is None else Workstation(database, actor(data))
    panel = LeniencyPanel(workstation)
    qtbot.addWidget(panel)
    panel.resize(1100, 400)
    panel.show()
    with qtbot.waitSignal(panel.loaded, timeout=20000):
        panel.show_session(data.cycle_id, None)
    return panel, data


def _cell(panel, row, column, role=Qt.ItemDataRole.DisplayRole):
    return panel.model.data(panel.model.index(row, column), role)


def test_each_manager_is_shown_with_the_sentence_and_flagged_rows_marked(app, qtbot, empty_sqlite_database):
    panel, data = _panel(qtbot, empty_sqlite_database)
    assert panel.model.rowCount() == 3
    assert [_cell(panel, r, MANAGER) for r in range(3)] == ["经理1", "经理3", "经理2"]
    assert _cell(panel, 0, Z) == "+2.86"
    assert _cell(panel, 0, VERDICT) == ("Rates higher than the organisation by 20.5 points (z = 2.9) and proposes "
                                        "bands unlike the guideline (p < 0.001).")
    assert _cell(panel, 1, VERDICT) == "In line with the organisation."
    assert _cell(panel, 0, MANAGER, Qt.ItemDataRole.DecorationRole) is not None  # flagged: marked
    assert _cell(panel, 1, MANAGER, Qt.ItemDataRole.DecorationRole) is None
    assert "20 rated people, mean 69.5, standard deviation 16.1 (sample). 2 of 3 managers flagged." in (
        panel.summary.text())
    assert "divided by n − 1" in panel.help.text() and "|z| ≥ 2 or p < 0.05" in panel.help.text()
    # A smaller minimum brings in the manager of three.
    with qtbot.waitSignal(panel.loaded, timeout=20000):
        panel.min_team.setValue(3)
    assert panel.model.rowCount() == 4


def test_a_manager_sees_only_their_own_row(app, qtbot, empty_sqlite_database):
    def manager(data):
        return Actor(user_id=None, username="m2", display_name="经理2", role=UserRole.MANAGER,
                     employee_id=data.managers["M2"])

    panel, data = _panel(qtbot, empty_sqlite_database, manager)
    assert panel.model.rowCount() == 1 and _cell(panel, 0, MANAGER) == "经理2"
