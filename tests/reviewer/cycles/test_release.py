"""Release: before it an appraisal is a draft for the manager and HR; after it the
manager's parts are in the employee's document, and the private note never is."""
import shutil
import subprocess
from datetime import datetime

import pytest
from sqlalchemy import select

from db.models import AppraisalTargetReview, Cycle, CycleStage, Target
from reviewer.appraisal.document import appraisal_document
from reviewer.appraisal.export import issued_pdf, signing_copy
from reviewer.cycles.participation import ensure_appraisals
from reviewer.cycles.release import release
from reviewer.errors import StageBlocked

from .company import appraisal_of, build_company, give_targets

PRIVATE = "Considering a transfer to Shanghai"


def _reviewed_company(session):
    company = build_company(session)
    cycle = session.get(Cycle, company.cycle_id)
    cycle.stage = CycleStage.GOAL_SETTING
    ensure_appraisals(session, cycle)
    targets = give_targets(session, company, "Ann")
    appraisal = appraisal_of(session, company, "Ann")
    appraisal.strengths, appraisal.development_areas = "Wins trust fast", "Forecasting"
    appraisal.manager_comment, appraisal.manager_private_note = "A strong half year", PRIVATE
    appraisal.manager_submitted_at = datetime(2027, 6, 20)
    session.add(AppraisalTargetReview(appraisal_id=appraisal.id, target_id=targets[0].id,
                                      manager_comment="Beat the quarter's visit plan"))
    cycle.stage = CycleStage.SIGN_OFF
    session.flush()
    return company


def test_before_release_the_document_is_a_draft_and_not_the_employees(database):
    with database.session() as session:
        company = _reviewed_company(session)
        document = appraisal_document(session, company.cycle_id, company.ids["Ann"])
        assert document.draft and document.strengths == "Wins trust fast"
        for attempt in (lambda: appraisal_document(session, company.cycle_id, company.ids["Ann"], for_employee=True),
                        lambda: signing_copy(session, company.cycle_id, company.ids["Ann"])):
            with pytest.raises(StageBlocked) as refused:
                attempt()
            assert refused.value.code == "appraisal_not_released"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_after_release_the_managers_parts_are_in_the_employees_document_but_never_the_private_note(
        database, tmp_path):
    with database.session() as session:
        company = _reviewed_company(session)
        draft_text = _text(issued_pdf(session, appraisal_document(session, company.cycle_id, company.ids["Ann"])),
                           tmp_path / "draft.pdf")
        assert "DRAFT" in draft_text and PRIVATE not in draft_text
        assert release(session, company.cycle_id) == 6
        document = appraisal_document(session, company.cycle_id, company.ids["Ann"], for_employee=True)
        assert not document.draft
        assert document.target_comments == [("K0", "Beat the quarter's visit plan")]
        text = _text(issued_pdf(session, document), tmp_path / "released.pdf")
        for part in ("Wins trust fast", "Forecasting", "A strong half year", "Beat the quarter's visit plan"):
            assert part in text
        assert PRIVATE not in text and "DRAFT" not in text
        assert signing_copy(session, company.cycle_id, company.ids["Ann"]).exists()
        with pytest.raises(StageBlocked) as twice:
            release(session, company.cycle_id)
        assert twice.value.code == "cycle_already_released"
        assert session.scalar(select(Target.id).limit(1)) is not None


def _text(pdf: bytes, path) -> str:
    path.write_bytes(pdf)
    return " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_the_employees_document_holds_their_submitted_self_review_and_not_a_draft_one(database, tmp_path):
    with database.session() as session:
        company = _reviewed_company(session)
        ann, mei = appraisal_of(session, company, "Ann"), appraisal_of(session, company, "Mei")
        ann.self_achievements, ann.self_challenges = "签下 12 家新客户", "Long payment cycles"
        ann.self_development_wishes, ann.self_submitted_at = "Negotiation course", datetime(2027, 6, 10)
        target = session.scalar(select(Target).where(Target.employee_id == company.ids["Ann"]).order_by(Target.id))
        session.add(AppraisalTargetReview(appraisal_id=ann.id, target_id=target.id + 1, self_rating=4,
                                          self_comment="Above plan"))
        mei.self_achievements = "Still typing this"  # a draft: not submitted
        session.flush()
        release(session, company.cycle_id)
        document = appraisal_document(session, company.cycle_id, company.ids["Ann"], for_employee=True)
        assert (document.self_achievements, document.self_development_wishes) == ("签下 12 家新客户",
                                                                                   "Negotiation course")
        assert document.self_target_reviews == [("K1", 4, "Above plan")]
        text = _text(issued_pdf(session, document), tmp_path / "ann.pdf")
        for part in ("Self-review", "签下 12 家新客户", "Long payment cycles", "self-rating 4 of 5 · Above plan"):
            assert part in text
        mei_document = appraisal_document(session, company.cycle_id, company.ids["Mei"], for_employee=True)
        assert mei_document.self_achievements is None
