"""Editing the KPI library."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from db.models import Kpi, KpiDirection, KpiKind, KpiUnit, ScoringRule
from reviewer.kpi import scoring
from reviewer.errors import ValidationError
from reviewer.kpi.library import KpiInput, delete_kpi, kpi_input, list_kpis, save_kpi


def new_kpi(**overrides) -> KpiInput:
    values = dict(code="CS_NPS", name="Net promoter score", name_zh="净推荐值", unit=KpiUnit.SCORE,
                  direction=KpiDirection.HIGHER_BETTER, kind=KpiKind.QUANTITATIVE, category="Retention")
    values.update(overrides)
    return KpiInput(**values)


def test_a_steps_kpi_round_trips_and_scores_by_its_steps(database):
    with database.session() as session:
        kpi_id = save_kpi(session, new_kpi(rule=ScoringRule.STEPS, steps=[(100, 100), (110, 120), (80, 60)]))
        loaded = kpi_input(session, kpi_id)
        kpi = session.get(Kpi, kpi_id)
    assert loaded.steps == [(110.0, 120), (100.0, 100), (80.0, 60)]
    ratio = scoring.attainment(kpi.direction, 50, 55)  # 110 %
    assert scoring.target_points(kpi.scoring_rule, ratio, steps=kpi.scoring_params["steps"]) == 120


@pytest.mark.parametrize("overrides, field, code", [
    ({"code": "CM_CSAT"}, "code", "kpi_code_taken"),
    ({"name": " "}, "name", "missing"),
    ({"floor_pct": 90, "cap_pct": 80}, "scoring", "floor_above_cap"),
    ({"rule": ScoringRule.STEPS, "steps": []}, "scoring", "steps_missing"),
    ({"rule": ScoringRule.STEPS, "steps": [(100, 100), (100, 90)]}, "scoring", "steps_repeat"),
    ({"rule": ScoringRule.BAND}, "scoring", "band_needs_band_direction"),
    ({"warning_below_pct": 50, "critical_below_pct": 70}, "alerts", "critical_above_warning"),
])
def test_bad_values_are_reported_by_field(demo_database, overrides, field, code):
    with demo_database.session() as session, pytest.raises(ValidationError) as error:
        save_kpi(session, new_kpi(**overrides))
    assert (field, code) in {(p.field, p.code) for p in error.value.problems}


def test_a_kpi_in_use_is_retired_not_deleted(demo_database):
    with demo_database.session() as session:
        used = session.scalar(select(Kpi).where(Kpi.code == "CM_CSAT"))
        with pytest.raises(ValidationError, match="retire"):
            delete_kpi(session, used.id)
        fresh = save_kpi(session, new_kpi())
        delete_kpi(session, fresh)
        rows = {r.code: r for r in list_kpis(session)}
    assert "CS_NPS" not in rows and rows["CM_CSAT"].targets > 100
