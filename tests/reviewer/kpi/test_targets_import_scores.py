"""A targets import is an input change like any other: until calibration the stored
scores follow it; once they are frozen the appraisal is flagged, never silently moved."""
from __future__ import annotations

from datetime import date, datetime

from db.models import Appraisal, Cycle, CycleStage
from reviewer.kpi.actuals import record_actual
from tests.reviewer.kpi.test_targets_import import HEADERS, _import
from tests.reviewer.reviews.company import build_company
from tests.reviewer.roster.test_roster_import import write_csv


def _with_results(database):
    company = build_company(database)
    with database.session() as session:
        new_customers, satisfaction = company.targets["S003"]
        record_actual(session, new_customers, 100, date(2027, 3, 1))  # 100 points, weight 60
        record_actual(session, satisfaction, 50, date(2027, 3, 1))  # 50 points, weight 40
    return company


def _scores(company, number):
    with company.database.session() as session:
        appraisal = session.get(Appraisal, company.appraisals[number])
        return appraisal.kpi_score, appraisal.score_inputs_changed_at


def test_a_targets_import_recomputes_the_stored_kpi_score(database, tmp_path):
    company = _with_results(database)
    assert _scores(company, "S003")[0] == 80.0  # (100 x 60 + 50 x 40) / 100
    path = write_csv(tmp_path / "t.csv", HEADERS, [["S003", "NEW_CUST", "100", "20", "", ""],
                                                   ["S003", "SAT", "100", "80", "", ""]], encoding="utf-8")
    assert _import(company, path).imported
    assert _scores(company, "S003")[0] == 60.0  # (100 x 20 + 50 x 80) / 100


def test_a_targets_import_after_the_freeze_flags_the_appraisal_and_keeps_its_score(database, tmp_path):
    company = _with_results(database)
    with database.session() as session:
        cycle = session.get(Cycle, company.cycle_id)
        cycle.stage, cycle.scores_frozen_at = CycleStage.CALIBRATION, datetime(2027, 7, 1)
    path = write_csv(tmp_path / "t.csv", HEADERS, [["S003", "NEW_CUST", "100", "20", "", ""],
                                                   ["S003", "SAT", "100", "80", "", ""]], encoding="utf-8")
    assert _import(company, path).imported
    kpi_score, changed_at = _scores(company, "S003")
    assert kpi_score == 80.0
    assert changed_at is not None
