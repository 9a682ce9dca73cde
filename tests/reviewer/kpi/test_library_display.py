"""What the KPI page shows: catalogue texts in Chinese, weights' 100 % rule, who may edit."""
from __future__ import annotations

from sqlalchemy import select

from db.models import Kpi
from reviewer.access import Actor
from reviewer.cycles.catalogue import category_zh, description_zh
from reviewer.cycles.choices import cycle_choices
from reviewer.kpi.library import kpi_input, kpi_library
from reviewer.kpi.targets import cycle_targets, person_target_sheet, weights_balanced
from reviewer.vocabulary import UserRole
from reviewer.workstation import Workstation


def test_catalogue_categories_and_unchanged_descriptions_have_chinese(demo_database):
    library = Workstation(demo_database).call(kpi_library)
    cac = next(r for r in library.rows if r.code == "CM_CAC")
    assert (cac.category_zh, cac.description_zh) == ("获客", "每获得一位新客户所花费的销售和市场费用。")
    assert ("Acquisition", "获客") in library.categories and library.can_edit
    with demo_database.session() as session:
        session.scalar(select(Kpi).where(Kpi.code == "CM_CAC")).description = "Our own wording."
    assert Workstation(demo_database).call(kpi_input, cac.id).description_zh is None  # no longer the catalogue's
    assert category_zh("Made-up category") is None and description_zh("CM_CAC", None) is None


def test_an_auditor_may_not_edit_the_library(demo_database):
    library = Workstation(demo_database, Actor(9, "a", "Auditor", UserRole.AUDITOR)).call(kpi_library)
    assert not library.can_edit and library.read_only_code == "auditor_reads_only"


def test_weights_total_100_within_rounding_only():
    assert weights_balanced(33.3 + 33.3 + 33.4)
    assert not weights_balanced(99.9) and not weights_balanced(100.01)


def test_targets_of_a_closed_cycle_are_shown_read_only(demo_database):
    workstation = Workstation(demo_database)
    by_name = {c.name: c.id for c in workstation.call(cycle_choices)}
    closed, running = workstation.call(cycle_targets, by_name["2026 H1"]), workstation.call(cycle_targets, by_name["2026 H2"])
    assert closed.people and not closed.editable and closed.read_only_code == "cycle_read_only"
    assert running.editable
    person = running.people[0]
    sheet = workstation.call(person_target_sheet, by_name["2026 H2"], person.employee_id)
    assert sheet.editable and sheet.total_weight == person.total and sheet.balanced == person.balanced
