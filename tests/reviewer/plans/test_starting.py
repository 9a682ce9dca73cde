"""Where a plan starts from: the program proposes an improvement plan for a low appraisal
once it is released or signed; a plan from scratch reads the person's newest cycle."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, update

from db.models import Appraisal, AppraisalState
from reviewer.errors import ValidationError
from reviewer.plans.starting import plan_candidates, plan_offer, plan_start, threshold_band_code
from reviewer.workstation import Workstation

TODAY = date(2026, 12, 2)


def _eligible(workstation) -> Appraisal:
    """A low appraisal of the demo's first cycle whose person has KPI results."""
    with workstation.unit() as session:
        for appraisal in session.scalars(select(Appraisal).where(Appraisal.cycle_id == 1).order_by(Appraisal.id)):
            if plan_offer(session, appraisal.id).eligible and appraisal.kpi_score is not None:
                session.expunge(appraisal)
                return appraisal
    raise AssertionError("no low appraisal in the demo")


def test_the_threshold_is_the_second_lowest_band(demo_database):
    assert Workstation(demo_database).call(threshold_band_code, 1) == "C"


def test_a_low_appraisal_is_proposed_a_plan_only_once_released_or_signed(demo_database):
    workstation = Workstation(demo_database)
    appraisal = _eligible(workstation)
    assert workstation.call(plan_offer, appraisal.id).proposed
    with demo_database.session() as session:
        session.execute(update(Appraisal).where(Appraisal.id == appraisal.id)
                        .values(state=AppraisalState.CALIBRATED))
    offer = workstation.call(plan_offer, appraisal.id)
    assert offer.eligible and not offer.proposed


def test_a_plan_from_an_appraisal_reads_its_proposal_comparison_and_dates(demo_database):
    workstation = Workstation(demo_database)
    appraisal = _eligible(workstation)
    start = workstation.call(plan_start, kind="improvement", source="appraisal", today=TODAY,
                             appraisal_id=appraisal.id)
    assert (start.employee_id, start.cycle_id, start.appraisal_id) == (appraisal.employee_id, 1, appraisal.id)
    assert start.proposal.goals and start.comparison.kpis
    assert (start.start_date, start.end_date, start.earliest_end, start.latest_end) == (
        TODAY, date(2027, 3, 2), date(2027, 3, 2), date(2027, 6, 2))
    assert start.reason.code == "plans_reason_appraisal"


def test_from_scratch_the_newest_cycle_is_read_and_a_bad_kind_is_refused(demo_database):
    workstation = Workstation(demo_database)
    person = workstation.call(plan_candidates)[5]
    start = workstation.call(plan_start, kind="development", source="scratch", today=TODAY,
                             employee_id=person.employee_id)
    assert start.cycle_id == person.cycle_id == 2 and start.reason.code == "plans_reason_development"
    with pytest.raises(ValidationError) as refused:
        workstation.call(plan_start, kind="punitive", source="scratch", today=TODAY, employee_id=person.employee_id)
    assert refused.value.code == "plan_kind_unknown"
