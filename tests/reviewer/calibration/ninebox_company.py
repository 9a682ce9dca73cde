"""The small review company (tests/reviewer/reviews/company.py) in calibration, with
bands, scores and potentials that put people in known boxes, and a session over it."""
from __future__ import annotations

from db.models import Appraisal, CalibrationCode, CalibrationMember, CalibrationParticipant, CalibrationSession, \
    CycleStage
from tests.reviewer.reviews.company import Company, build_company

# number -> (final score, proposed band, calibrated band, potential)
RATINGS = {
    "S001": (95.0, None, None, "high"),     # A (high) x high: star
    "S002": (72.0, "C", None, "medium"),    # C (medium) x medium: core player
    "S003": (91.0, "A", "D", "high"),       # calibrated D (low) x high: rough diamond
    "S004": (85.0, None, None, None),       # B (high), potential not rated
    "K001": (None, None, None, "low"),      # no band yet
}
CODES = {"S001": "P-031", "S002": "P-007", "S003": "P-112", "S004": "P-045", "K001": "P-090"}


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
    """A session over everyone, written straight to the tables (the session service is core's)."""
    with company.database.session() as session:
        calibration = CalibrationSession(cycle_id=company.cycle_id, name="销售部 校准", scope_kind="cycle",
                                         blind=blind, opened_by_name="hr")
        session.add(calibration)
        session.flush()
        for number, appraisal_id in company.appraisals.items():
            appraisal = session.get(Appraisal, appraisal_id)
            session.add(CalibrationMember(session_id=calibration.id, appraisal_id=appraisal_id,
                                          band_at_open_id=appraisal.calibrated_band_id or appraisal.proposed_band_id,
                                          potential_at_open=appraisal.potential))
            session.add(CalibrationCode(session_id=calibration.id, employee_id=company.ids[number],
                                        code=CODES[number]))
        for number in participants:
            session.add(CalibrationParticipant(session_id=calibration.id, employee_id=company.ids[number]))
        session.flush()
        return calibration.id
