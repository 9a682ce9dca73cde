"""The settings dialog of a cycle in calibration: the scores' settings are locked, the
distribution margin and rule still change."""
from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from db.models import Cycle
from reviewer.cycles.settings import form_template_choices
from reviewer.cycles.setup import cycle_detail
from reviewer.workstation import Workstation
from tests.reviewer.calibration.company import build_company
from ui.dialogs.cycle_settings import CycleSettingsDialog


def test_the_distribution_rules_change_in_calibration(app, qtbot, empty_sqlite_database):
    with empty_sqlite_database.session() as session:
        company = build_company(session)
        session.commit()
    workstation = Workstation(empty_sqlite_database)
    with workstation.unit() as session:
        found = cycle_detail(session, company.cycle_id), form_template_choices(session)
    dialog = CycleSettingsDialog(workstation, *found)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.kpi_weight.isEnabled() and dialog.distribution_margin.isEnabled()
    assert dialog.distribution_margin.value() == 10.0 and not dialog.enforce_distribution.isChecked()
    dialog.distribution_margin.setValue(7.5)
    dialog.enforce_distribution.setChecked(True)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save.isEnabled()
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        save.click()
    with empty_sqlite_database.session() as session:
        cycle = session.get(Cycle, company.cycle_id)
        assert (cycle.distribution_margin_pct, cycle.enforce_distribution, cycle.kpi_weight) == (7.5, True, 70.0)
