"""The best-performer comparison: the person's results by the cycle scoring's rule beside
the median and top quartile of the others in the same position and cycle, published
only over enough people."""
from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from db.models import Cycle, CycleStage, UserRole
from reviewer.access import Actor, bind
from reviewer.errors import PermissionDenied
from reviewer.plans.comparison import best_performer_comparison, peer_figures, percentile
from reviewer.plans.settings import PlanSettings

from .company import build_plans_company


@pytest.fixture
def company(database):
    with database.session() as session:
        return build_plans_company(session)


def manager(company, name: str) -> Actor:
    return Actor(None, name.split()[0].lower(), name, UserRole.MANAGER, company.ids[name])


def compare(database, company, person="Eve Stone", actor=None, **settings):
    with database.session() as session:
        if actor is not None:
            bind(session, actor)
        return best_performer_comparison(session, company.cycle_id, company.ids[person], PlanSettings(**settings))


# -- the percentile method ------------------------------------------------------------------------

values = st.lists(st.floats(-1e6, 1e6, allow_nan=False), min_size=1, max_size=40)


@given(values, st.sampled_from([0.0, 0.25, 0.5, 0.75, 1.0]) | st.floats(0, 1))
def test_percentiles_match_numpy_and_pandas_default_linear_interpolation(data, share):
    ours = percentile(data, share)
    assert ours == pytest.approx(float(np.percentile(data, share * 100)), rel=1e-9, abs=1e-6)
    assert ours == pytest.approx(float(pd.Series(data).quantile(share)), rel=1e-9, abs=1e-6)


def test_the_top_quartile_of_a_lower_is_better_value_is_its_25th_percentile():
    figures = peer_figures([4.0, 4.5, 5.0, 6.0], 3, best="low")
    assert figures.median == pytest.approx(4.75)
    assert figures.top_quartile == pytest.approx(4.375)  # h = 3 x 0.25 = 0.75: 4 + 0.75 x 0.5


def test_a_group_below_the_minimum_is_too_few_to_compare():
    figures = peer_figures([88.0, 95.0], 3)
    assert not figures.published and figures.median is None and figures.top_quartile is None
    assert figures.count == 2 and figures.withheld.code == "plans_too_few_to_compare"
    assert "2 other people have a result" in figures.withheld.message


# -- on a constructed company -------------------------------------------------------------------

def test_eve_beside_the_other_reps_hand_checked(company, database):
    result = compare(database, company)
    assert result.position_title == "Rep"
    sales = result.kpi("SALES")
    # The latest result in the cycle period (50 on 1 May), not the earlier 40 nor July's 200.
    assert (sales.actual, sales.as_of) == (50.0, date(2027, 5, 1))
    assert sales.attainment == pytest.approx(0.5) and sales.points == pytest.approx(50.0)
    # Others (Ann, Bo, Cai, Dan; Fay is not in the cycle): attainment 1.2, 1.0, 0.9, 0.8.
    assert sales.peers_attainment.count == 4
    assert sales.peers_attainment.median == pytest.approx(0.95)
    assert sales.peers_attainment.top_quartile == pytest.approx(1.05)  # h = 2.25: 1.0 + 0.25 x 0.2
    assert (sales.peers_actual.median, sales.peers_actual.top_quartile) == pytest.approx((95.0, 105.0))
    assert sales.gap_to_median == pytest.approx(-0.45)


def test_a_lower_is_better_kpi_is_compared_by_direction(company, database):
    churn = compare(database, company).kpi("CHURN")
    assert churn.direction == "lower_better"
    assert churn.actual == 10.0 and churn.attainment == pytest.approx(0.5)  # 5 / 10
    # Others' churn 4, 5, 6, 4.5: attainment 5/4, 5/5, 5/6, 5/4.5; best actual is the lowest.
    expected = sorted([1.25, 1.0, 5 / 6, 5 / 4.5])
    assert churn.peers_attainment.median == pytest.approx(np.percentile(expected, 50))
    assert churn.peers_attainment.top_quartile == pytest.approx(np.percentile(expected, 75))
    assert churn.peers_actual.median == pytest.approx(4.75)
    assert churn.peers_actual.top_quartile == pytest.approx(4.375)


def test_a_kpi_only_two_others_carry_is_too_few_to_compare(company, database):
    csat = compare(database, company).kpi("CSAT")
    assert csat.actual == 85.0 and csat.points == pytest.approx(100 * 85 / 90)
    for figures in (csat.peers_attainment, csat.peers_actual):
        assert figures.count == 2 and figures.median is None and figures.top_quartile is None
        assert figures.withheld.code == "plans_too_few_to_compare"
    # With the minimum lowered to two the same figures are published.
    assert compare(database, company, min_peers=2).kpi("CSAT").peers_actual.median == pytest.approx(91.5)


def test_the_positions_scores_are_the_stored_frozen_ones(company, database):
    result = compare(database, company)
    assert (result.kpi_score, result.final_score) == (40.0, 40.0)
    # Others' final scores 92, 76, 65, 61.
    assert result.peers_final_score.median == pytest.approx(70.5)
    assert result.peers_final_score.top_quartile == pytest.approx(80.0)
    assert result.peers_kpi_score.count == 4
    assert compare(database, company, min_peers=5).peers_final_score.withheld.code == "plans_too_few_to_compare"


def test_the_manager_compares_their_report_with_people_they_cannot_see(company, database):
    result = compare(database, company, actor=manager(company, "Lin Hua"))
    assert result.kpi("SALES").peers_attainment.median == pytest.approx(0.95)
    payload = result.as_dict()
    assert payload["kpis"][0]["peers_actual"]["median"] == pytest.approx(95.0)
    # Only figures over the group travel: no other person's name or number.
    text = repr(payload)
    assert all(name not in text for name in ("Ann", "Bo Zhang", "Cai", "Dan", "C004", "C005"))


@pytest.mark.parametrize("who", ["Mei Lan", "Eve Stone"])
def test_someone_who_may_not_review_the_person_is_refused(company, database, who):
    with pytest.raises(PermissionDenied) as refused:
        compare(database, company, actor=manager(company, who))
    assert refused.value.code in {"outside_scope", "own_review_confidential"}


def test_before_the_360_is_published_the_final_scores_are_held_back(company, database):
    with database.session() as session:
        session.get(Cycle, company.cycle_id).stage = CycleStage.SELF_REVIEW_360
    result = compare(database, company)
    assert result.final_score is None and result.peers_final_score.median is None
    assert result.peers_final_score.withheld.code == "plans_final_unpublished"
    assert "plans_final_unpublished" in {n.code for n in result.notices}
    assert result.kpi("SALES").peers_attainment.median == pytest.approx(0.95)
