"""Settings ▸ Plans: HR sets the plan rules; a manager reads them and cannot change them."""
from __future__ import annotations

from unittest.mock import patch

from sqlalchemy import select

from db.models import AppUser
from reviewer.access import Actor
from reviewer.plans.rules import plan_rules
from reviewer.workstation import Workstation
from ui.pages.plan_rules_tab import PlanRulesTab


def test_hr_saves_the_plan_rules_and_a_manager_only_reads_them(app, qtbot, demo_database):
    hr = PlanRulesTab(Workstation(demo_database))
    qtbot.addWidget(hr)
    assert hr.months.value() == 3 and hr.extensions.value() == 1 and hr.threshold.text() == ""
    hr.threshold.setText("C")
    hr.months.setValue(6)
    hr.extensions.setValue(2)
    hr.save_button.click()
    with demo_database.session() as session:
        rules = plan_rules(session)
        user = session.scalar(select(AppUser).where(AppUser.username == "manager1"))
        manager = Actor(user.id, user.username, user.display_name, user.role, user.employee_id)
    assert (rules.threshold_band, rules.plan_months, rules.extensions_allowed) == ("C", 6, 2)
    reader = PlanRulesTab(Workstation(demo_database, manager))
    qtbot.addWidget(reader)
    assert reader.months.value() == 6 and not reader.save_button.isEnabled()
    with patch("ui.pages.hr_setting_tab.show_error") as shown:
        hr.threshold.setText("Z")  # a band no cycle has is refused with a message, nothing stored
        hr.save_button.click()
    assert shown.called
    with demo_database.session() as session:
        assert plan_rules(session).threshold_band == "C"
