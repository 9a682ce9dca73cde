"""The scoring core the demo and later the appraisal service rely on."""
from __future__ import annotations

import pytest

from db.models import KpiDirection, ScoringRule
from reviewer.kpi import scoring


def test_higher_is_better_attainment_is_actual_over_target():
    assert scoring.attainment(KpiDirection.HIGHER_BETTER, 200, 150) == pytest.approx(0.75)


def test_lower_is_better_attainment_is_inverted():
    assert scoring.attainment(KpiDirection.LOWER_BETTER, 4, 8) == pytest.approx(0.5)


def test_zero_target_on_higher_is_better_has_no_attainment():
    assert scoring.attainment(KpiDirection.HIGHER_BETTER, 0, 5) is None
    assert scoring.target_points(ScoringRule.LINEAR, None) == 0.0


def test_inside_a_target_band_is_full_attainment_and_outside_falls_off():
    assert scoring.attainment(KpiDirection.TARGET_BAND, 100, 104, 95, 105) == 1.0
    assert scoring.attainment(KpiDirection.TARGET_BAND, 100, 84, 95, 105) == pytest.approx(1 - 11 / 95)


def test_linear_points_are_capped_and_floored():
    assert scoring.target_points(ScoringRule.LINEAR, 1.5, cap_ratio=1.2) == pytest.approx(120)
    assert scoring.target_points(ScoringRule.LINEAR, 0.49, floor_ratio=0.5) == 0.0
    assert scoring.target_points(ScoringRule.LINEAR, 0.5, floor_ratio=0.5) == pytest.approx(50)


def test_step_points_apply_at_exactly_the_threshold():
    steps = [[1.1, 120], [1.0, 100], [0.8, 60]]
    assert scoring.target_points(ScoringRule.STEPS, 1.0, steps=steps) == 100
    assert scoring.target_points(ScoringRule.STEPS, 0.9999, steps=steps) == 60
    assert scoring.target_points(ScoringRule.STEPS, 0.5, steps=steps) == 0


def test_a_part_without_data_is_left_out_not_counted_as_zero():
    parts = scoring.combine_parts(None, 80.0, kpi_weight=70, competency_weight=30)
    assert parts.final == pytest.approx(80.0)
    both = scoring.combine_parts(90.0, 60.0, kpi_weight=70, competency_weight=30)
    assert both.final == pytest.approx(81.0)


def test_band_is_the_highest_whose_minimum_is_reached():
    bands = [(1, 95), (2, 85), (3, 70), (4, 0)]
    assert scoring.band_for_score(85.0, bands) == 2
    assert scoring.band_for_score(84.99, bands) == 3
