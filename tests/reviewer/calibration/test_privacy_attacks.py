"""Attacks on calibration's privacy and access, each closed: what a participant (a manager
who sees only their own line elsewhere) could learn by reading two outputs side by side,
or the same output at two moments, and what the 360 must not give away before it is
published."""
from __future__ import annotations

from sqlalchemy import select

from db.models import Appraisal, Cycle, CycleStage
from reviewer.access import bind
from reviewer.calibration.distribution import distribution
from reviewer.calibration.ninebox import nine_box

from .company import build_company
from .test_blind import HR


def test_no_band_comes_from_the_final_score_before_the_360_is_published(database):
    # In the 360 stage the final score holds the forms returned so far: the band it earns,
    # read beside the KPI part (or again after one more form), would tell the raters' marks.
    with database.session() as session:
        company = build_company(session, stage=CycleStage.MANAGER_REVIEW)
        appraisals = list(session.scalars(select(Appraisal).where(Appraisal.cycle_id == company.cycle_id)))
        for appraisal in appraisals:
            appraisal.proposed_band_id = None
        cycle = session.get(Cycle, company.cycle_id)
        cycle.stage = CycleStage.SELF_REVIEW_360
        session.flush()
        hr = bind(session, HR)
        shares = distribution(hr, company.cycle_id)
        assert shares.total == 0 and all(row.count_after == 0 for row in shares.rows)
        box = nine_box(hr, company.cycle_id)
        assert {person.band_id for person in box.performance_not_rated} == {None}
        assert len(box.performance_not_rated) == len(appraisals)
        # Once published, the same scores earn their bands.
        cycle.stage = CycleStage.MANAGER_REVIEW
        session.flush()
        assert distribution(hr, company.cycle_id).total == len(appraisals)
