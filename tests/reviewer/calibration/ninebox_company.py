"""The small review company (tests/reviewer/reviews/company.py) in calibration, with
bands, scores and potentials that put people in known boxes, and a session over it."""
from __future__ import annotations

from sqlalchemy import select

from db.models import Appraisal, CalibrationCode, CycleStage
from reviewer.calibration.sessions import open_session
from tests.reviewer.reviews.company import Company, build_company

# number -> (final score, proposed band, calibrated band, potential)
RATINGS = {
    "S001": (95.0, None, None, "high"),     # A (high) x high: star
    "S002": (72.0, "C", None, "medium"),    # C (medium) x medium: core player
    "S003": (91.0, "A", "D", "high"),       # calibrated D (low) x high: rough diamond
    "S004": (85.0, None, None, None),       # B (high), potential not rated
    "K001": (None, None, None, "low"),      # no band yet
}


def calibration_company(database) -> Company:
    company = build_company(database, CycleStage.CALIBRATION)
    with database.session() as session:
        for number, (score, proposed, calibrated, potential) in RATINGS.items():
            appraisal = session.get(Appraisal, company.appraisals[number])
            appraisal.final_score = score
            appraisal.proposed_band_id = company.bands[proposed] if proposed else None
            appraisal.calibrated_band_id = company.bands[calibrated] if calibrated else None
            appraisal.potential = potential
    return company


def open_test_session(company: Company, *, blind: bool = False, participants=("S002",)) -> int:
    """A session over the whole cycle, opened by HR with the session service."""
    return company.as_("hr").call(open_session, company.cycle_id, blind=blind, name="销售部 校准",
                                  participant_ids=[company.ids[n] for n in participants])


def codes_of(company: Company, session_id: int) -> dict[str, str]:
    """Employee number -> the code drawn for them in the session."""
    numbers = {i: n for n, i in company.ids.items()}
    with company.database.session() as session:
        return {numbers[e]: c for e, c in session.execute(select(CalibrationCode.employee_id, CalibrationCode.code)
                                                          .where(CalibrationCode.session_id == session_id))}
