"""Improvement and development plans attacked as a hostile or careless user would:
reading others' results through the comparison, Today items for people out of reach,
dates out of range, more goals than a plan holds, warnings dated in the future."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from reviewer.errors import PermissionDenied, ValidationError
from reviewer.plans.comparison import best_performer_comparison

from .test_comparison import manager
from .test_lifecycle import act, company  # noqa: F401  (the fixture)


def _sales(database, company, person, actor=None):
    with act(database, actor) as session:
        return best_performer_comparison(session, company.cycle_id, company.ids[person])


def test_a_comparison_over_own_people_and_two_outsiders_is_withheld(database, company):
    # Mei's line holds Ann, Bo and Cai; beside Ann the others are Bo and Cai (Mei knows their
    # results) and only Dan and Eve from outside: median and quartile over four would give
    # Mei the better outsider's result. Every group figure is withheld for her.
    result = _sales(database, company, "Ann Smith", manager(company, "Mei Lan"))
    sales = result.kpi("SALES")
    for figures in (sales.peers_actual, sales.peers_attainment, result.peers_kpi_score):
        assert not figures.published and figures.median is None and figures.top_quartile is None
        assert figures.count == 4 and figures.withheld.code == "plans_too_few_outside_line"
        assert "only 2 are outside your reporting line" in figures.withheld.message
    # HR, and the CEO whose line is everyone, know every result: nothing to hide from them.
    for actor in (None, manager(company, "Chen Wei")):
        published = _sales(database, company, "Ann Smith", actor).kpi("SALES").peers_actual
        assert published.published and published.median == pytest.approx(85.0)
    # Lin beside Eve: Dan is Lin's, Ann, Bo and Cai are three outsiders: shown.
    beside_eve = _sales(database, company, "Eve Stone", manager(company, "Lin Hua")).kpi("SALES").peers_actual
    assert beside_eve.published and beside_eve.count == 4


def test_today_names_no_plan_of_someone_who_left_the_owners_line(database, company):
    from sqlalchemy import update

    from db.models import Employee
    from reviewer.plans.reading import plan_view
    from reviewer.today import today
    from reviewer.workstation import Workstation

    from .test_lifecycle import running

    lin = manager(company, "Lin Hua")
    plan_id = running(database, company)  # Eve's plan, Lin's to run; first check-in due 15 February
    with act(database) as session:  # Eve moves to Mei's team: Lin may no longer open her plan
        session.execute(update(Employee).where(Employee.id == company.ids["Eve Stone"])
                        .values(manager_id=company.ids["Mei Lan"]))
    with pytest.raises(PermissionDenied):
        with act(database, lin) as session:
            plan_view(session, plan_id)
    view = Workstation(database, lin).call(today, now=datetime(2027, 2, 16, 9))
    assert [item for item in view.items if item.kind.startswith("plan")] == []
    # Mei, whose line Eve is in now, is told the check-in is late.
    view = Workstation(database, manager(company, "Mei Lan")).call(today, now=datetime(2027, 2, 16, 9))
    assert [item.kind for item in view.items if item.kind.startswith("plan")] == ["plan_check_in_chase"]
