"""The Appraisals list and the team summary count a person's band as calibration does:
calibrated, else proposed, else the band the final score earns."""
from __future__ import annotations

from db.models import Appraisal
from reviewer.appraisal.listing import appraisal_rows

from ..calibration.company import build_company


def test_a_person_without_a_proposed_band_shows_the_band_the_score_earns(database):
    with database.session() as session:
        company = build_company(session)
        head = session.get(Appraisal, company.appraisals["Chen Wei"])
        head.proposed_band_id = None  # the head of the company: nobody proposes his band
        session.flush()
        rows = {row.name: row for row in appraisal_rows(session, company.cycle_id)}
    assert rows["Chen Wei"].band == "Strong"  # 80 reaches B (75)
    assert rows["Eve Stone"].band == "Below"  # proposed
