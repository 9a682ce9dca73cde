"""Self-reviews and manager reviews: saved as typed, locked on submission, returned
with a note, written only by the right people in the right stage."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from db.models import Appraisal, AppraisalTargetReview, AuditEvent, Cycle, CycleStage
from reviewer.errors import PermissionDenied, StageBlocked, ValidationError
from reviewer.reviews.manager_review import (
    save_manager_review_field,
    save_manager_target_comment,
    save_proposed_band,
    submit_manager_review,
)
from reviewer.reviews.self_review import (
    return_self_review,
    save_self_review_field,
    save_self_target_field,
    submit_self_review,
)
from reviewer.reviews.sheet import review_sheet

from .company import build_company


def _stored(company, number):
    with company.database.session() as session:
        appraisal = session.get(Appraisal, company.appraisals[number])
        session.expunge(appraisal)
        return appraisal


def test_the_employee_writes_their_self_review_field_by_field_and_submitting_locks_it(database):
    company = build_company(database)
    me, appraisal_id = company.as_("wanglei"), company.appraisals["S003"]
    me.call(save_self_review_field, appraisal_id, "achievements", "签下 12 家新客户")
    me.call(save_self_review_field, appraisal_id, "challenges", "Long sales cycles")
    me.call(save_self_target_field, appraisal_id, company.targets["S003"][0], "self_rating", "4")
    me.call(save_self_target_field, appraisal_id, company.targets["S003"][0], "self_comment", "超额完成")
    sheet = me.call(review_sheet, appraisal_id)
    assert sheet.self_review.achievements == "签下 12 家新客户" and sheet.self_review.can_edit
    first = sheet.targets[0]
    assert (first.self_rating, first.self_comment) == (4, "超额完成")
    me.call(submit_self_review, appraisal_id)
    sheet = me.call(review_sheet, appraisal_id)
    assert not sheet.self_review.can_edit and sheet.self_review.read_only_code == "self_review_submitted"
    with pytest.raises(StageBlocked) as refused:
        me.call(save_self_review_field, appraisal_id, "achievements", "changed")
    assert refused.value.code == "self_review_submitted"
    with database.session() as session:  # every change is on the audit trail
        assert session.scalar(select(AuditEvent.id).where(AuditEvent.entity_type == "appraisals",
                                                          AuditEvent.entity_id == appraisal_id).limit(1))


def test_a_self_review_needs_its_achievements_before_it_is_submitted(database):
    company = build_company(database)
    with pytest.raises(ValidationError) as refused:
        company.as_("wanglei").call(submit_self_review, company.appraisals["S003"])
    assert refused.value.code == "self_review_incomplete"


@pytest.mark.parametrize("rating", ["0", "6", "3.5", "很好"])
def test_a_self_rating_is_a_whole_number_from_one_to_five(database, rating):
    company = build_company(database)
    with pytest.raises(ValidationError) as refused:
        company.as_("wanglei").call(save_self_target_field, company.appraisals["S003"],
                                    company.targets["S003"][0], "self_rating", rating)
    assert refused.value.code == "self_rating_off_scale"


def test_someone_elses_target_is_refused(database):
    company = build_company(database)
    with pytest.raises(Exception) as refused:
        company.as_("wanglei").call(save_self_target_field, company.appraisals["S003"],
                                    company.targets["S004"][0], "self_comment", "x")
    assert refused.value.code == "review_target_unknown"


def test_only_the_person_or_hr_writes_a_self_review(database):
    company = build_company(database)
    appraisal_id = company.appraisals["S003"]
    for who, code in (("lina", "self_review_not_yours"), ("audit", "auditor_reads_only")):
        with pytest.raises(PermissionDenied) as refused:
            company.as_(who).call(save_self_review_field, appraisal_id, "achievements", "x")
        assert refused.value.code == code
    with pytest.raises(PermissionDenied) as refused:  # another team's lead may not even read it
        company.as_("zhaomin").call(review_sheet, appraisal_id)
    assert refused.value.code == "self_review_hidden"
    company.as_("hr").call(save_self_review_field, appraisal_id, "achievements", "typed in by HR")
    assert _stored(company, "S003").self_achievements == "typed in by HR"
    sheet = company.as_("lina").call(review_sheet, appraisal_id)  # the manager reads it, read-only
    assert sheet.self_review.achievements == "typed in by HR" and not sheet.self_review.can_edit


@pytest.mark.parametrize("stage", [CycleStage.GOAL_SETTING, CycleStage.MANAGER_REVIEW, CycleStage.CALIBRATION])
def test_a_self_review_is_written_in_the_self_review_stage_only(database, stage):
    company = build_company(database, stage)
    with pytest.raises(StageBlocked) as refused:
        company.as_("wanglei").call(save_self_review_field, company.appraisals["S003"], "achievements", "x")
    assert refused.value.code == "self_review_stage" and "2027 上半年" in str(refused.value)
    sheet = company.as_("wanglei").call(review_sheet, company.appraisals["S003"])
    assert sheet.self_review.read_only_code == "self_review_stage"


def test_the_manager_returns_a_self_review_with_a_note_and_it_opens_again(database):
    company = build_company(database)
    me, appraisal_id = company.as_("wanglei"), company.appraisals["S003"]
    me.call(save_self_review_field, appraisal_id, "achievements", "Good year")
    me.call(submit_self_review, appraisal_id)
    assert company.as_("lina").call(review_sheet, appraisal_id).self_review.can_return
    assert not me.call(review_sheet, appraisal_id).self_review.can_return
    with pytest.raises(ValidationError) as refused:
        company.as_("lina").call(return_self_review, appraisal_id, "  ")
    assert refused.value.code == "return_note_required"
    company.set_stage(CycleStage.MANAGER_REVIEW)
    company.as_("lina").call(return_self_review, appraisal_id, "请写上具体的客户名称")
    sheet = me.call(review_sheet, appraisal_id)
    assert sheet.self_review.can_edit and sheet.self_review.return_note == "请写上具体的客户名称"
    me.call(save_self_review_field, appraisal_id, "achievements", "Signed 华信, 远大 and 9 more")
    me.call(submit_self_review, appraisal_id)
    assert _stored(company, "S003").self_submitted_at is not None
    with pytest.raises(PermissionDenied):  # another team's lead cannot return it
        company.as_("zhaomin").call(return_self_review, appraisal_id, "no")


def _fill_manager_review(ws, company, number="S003", band="C"):
    appraisal_id = company.appraisals[number]
    ws.call(save_manager_review_field, appraisal_id, "strengths", "客户关系维护得好")
    ws.call(save_manager_review_field, appraisal_id, "development_areas", "Forecasting")
    ws.call(save_manager_review_field, appraisal_id, "overall_comment", "A solid half-year")
    ws.call(save_manager_review_field, appraisal_id, "private_note", "Flight risk; discuss pay")
    ws.call(save_manager_target_comment, appraisal_id, company.targets[number][0], "Above target")
    ws.call(save_proposed_band, appraisal_id, band)


def test_the_manager_writes_and_submits_the_review_in_the_manager_review_stage(database):
    company = build_company(database, CycleStage.MANAGER_REVIEW)
    company.set_score("S003", 74.96)  # shown as 75.0: band C
    lina, appraisal_id = company.as_("lina"), company.appraisals["S003"]
    _fill_manager_review(lina, company)
    sheet = lina.call(review_sheet, appraisal_id)
    part = sheet.manager_review
    assert part.can_edit and part.proposed_band_id == company.bands["C"] == part.computed_band_id
    assert part.private_note == "Flight risk; discuss pay" and sheet.targets[0].manager_comment == "Above target"
    lina.call(submit_manager_review, appraisal_id)
    part = lina.call(review_sheet, appraisal_id).manager_review
    assert not part.can_edit and part.read_only_code == "manager_review_submitted"
    with pytest.raises(StageBlocked):
        lina.call(save_manager_review_field, appraisal_id, "strengths", "changed")


def test_a_band_other_than_the_computed_one_needs_a_justification(database):
    company = build_company(database, CycleStage.MANAGER_REVIEW)
    company.set_score("S003", 79.94)  # 79.9: band C, 0.06 below B
    lina, appraisal_id = company.as_("lina"), company.appraisals["S003"]
    _fill_manager_review(lina, company, band="优秀")  # B, by its Chinese name
    assert lina.call(review_sheet, appraisal_id).manager_review.justification_needed
    with pytest.raises(ValidationError) as refused:
        lina.call(submit_manager_review, appraisal_id)
    assert refused.value.code == "justification_required"
    assert refused.value.params == {"proposed": "Exceeds", "computed": "Meets"}
    lina.call(save_manager_review_field, appraisal_id, "justification", "Won the biggest account of the year")
    lina.call(submit_manager_review, appraisal_id)


def test_without_a_score_any_band_may_be_proposed_without_justification(database):
    company = build_company(database, CycleStage.MANAGER_REVIEW)
    lina, appraisal_id = company.as_("lina"), company.appraisals["S003"]
    _fill_manager_review(lina, company, band="A")
    lina.call(submit_manager_review, appraisal_id)


def test_a_band_of_another_cycle_or_unknown_is_refused(database):
    company = build_company(database, CycleStage.MANAGER_REVIEW)
    with pytest.raises(ValidationError) as refused:
        company.as_("lina").call(save_proposed_band, company.appraisals["S003"], "Z")
    assert refused.value.code == "band_not_in_cycle"


def test_a_submitted_manager_review_needs_an_overall_comment_and_a_band(database):
    company = build_company(database, CycleStage.MANAGER_REVIEW)
    with pytest.raises(ValidationError) as refused:
        company.as_("lina").call(submit_manager_review, company.appraisals["S003"])
    assert refused.value.code == "manager_review_incomplete"


@pytest.mark.parametrize("stage", [CycleStage.SELF_REVIEW_360, CycleStage.CALIBRATION])
def test_the_manager_review_is_written_in_its_own_stage_only(database, stage):
    company = build_company(database, stage)
    with pytest.raises(StageBlocked) as refused:
        company.as_("lina").call(save_manager_review_field, company.appraisals["S003"], "strengths", "x")
    assert refused.value.code == "manager_review_stage"


def test_who_writes_the_manager_review(database):
    company = build_company(database, CycleStage.MANAGER_REVIEW)
    appraisal_id = company.appraisals["S003"]
    for who, code in (("wanglei", "own_review_confidential"), ("zhaomin", "manager_review_not_yours"),
                      ("audit", "auditor_reads_only")):
        with pytest.raises(PermissionDenied) as refused:
            company.as_(who).call(save_manager_review_field, appraisal_id, "strengths", "x")
        assert refused.value.code == code
    # The manager's manager and HR may.
    company.as_("head").call(save_manager_review_field, appraisal_id, "strengths", "from the head of sales")
    company.as_("hr").call(save_manager_review_field, appraisal_id, "strengths", "from HR")


def test_the_person_reads_the_manager_review_only_after_release_and_never_the_private_note(database):
    company = build_company(database, CycleStage.MANAGER_REVIEW)
    company.set_score("S002", 81.0)
    # Lina's own appraisal is written by the head of sales; Lina is a manager herself.
    _fill_manager_review(company.as_("head"), company, "S002", band="B")
    lina, appraisal_id = company.as_("lina"), company.appraisals["S002"]
    part = lina.call(review_sheet, appraisal_id).manager_review
    assert not part.readable and part.read_only_code == "manager_review_unreleased"
    assert (part.strengths, part.overall_comment, part.private_note, part.proposed_band_id) == (None,) * 4
    assert lina.call(review_sheet, appraisal_id).targets[0].manager_comment is None
    with database.session() as session:
        session.get(Cycle, company.cycle_id).released_at = session.get(Cycle, company.cycle_id).created_at
    part = lina.call(review_sheet, appraisal_id).manager_review
    assert part.readable and part.strengths == "客户关系维护得好" and part.private_note is None
    assert not part.private_note_readable
    auditor = company.as_("audit").call(review_sheet, appraisal_id).manager_review
    assert auditor.strengths and auditor.private_note is None and not auditor.can_edit
    for who in ("head", "hr"):
        assert company.as_(who).call(review_sheet, appraisal_id).manager_review.private_note == \
            "Flight risk; discuss pay"


def test_a_cleared_field_is_stored_empty(database):
    company = build_company(database)
    me, appraisal_id = company.as_("wanglei"), company.appraisals["S003"]
    me.call(save_self_review_field, appraisal_id, "development_wishes", "Negotiation course")
    me.call(save_self_review_field, appraisal_id, "development_wishes", "   ")
    me.call(save_self_target_field, appraisal_id, company.targets["S003"][1], "self_rating", "")
    assert _stored(company, "S003").self_development_wishes is None
    with database.session() as session:
        row = session.scalar(select(AppraisalTargetReview).where(
            AppraisalTargetReview.appraisal_id == appraisal_id))
        assert row.self_rating is None


def test_an_unknown_field_is_refused(database):
    company = build_company(database)
    with pytest.raises(ValidationError) as refused:
        company.as_("wanglei").call(save_self_review_field, company.appraisals["S003"], "manager_comment", "x")
    assert refused.value.code == "review_field_unknown"


def test_a_submitted_self_review_says_it_can_be_returned_only_while_a_return_is_possible(database):
    company = build_company(database)
    me, appraisal_id = company.as_("wanglei"), company.appraisals["S003"]
    me.call(save_self_review_field, appraisal_id, "achievements", "签下 12 家新客户")
    me.call(submit_self_review, appraisal_id)
    company.set_stage(CycleStage.MANAGER_REVIEW)  # the manager may still send it back
    sheet = me.call(review_sheet, appraisal_id)
    assert sheet.self_review.read_only_code == "self_review_submitted"
    assert company.as_("lina").call(review_sheet, appraisal_id).self_review.can_return
    company.set_stage(CycleStage.CALIBRATION)  # past the return stages: saying "can return" would be false
    sheet = me.call(review_sheet, appraisal_id)
    assert sheet.self_review.read_only_code == "self_review_submitted_final"
    assert sheet.self_review.read_only_params == {"person": "王磊", "cycle": "2027 上半年"}
    assert not company.as_("lina").call(review_sheet, appraisal_id).self_review.can_return
    with pytest.raises(StageBlocked) as refused:
        me.call(save_self_review_field, appraisal_id, "achievements", "changed")
    assert refused.value.code == "self_review_submitted_final"
    with pytest.raises(StageBlocked) as refused:
        company.as_("lina").call(return_self_review, appraisal_id, "More detail")
    assert refused.value.code == "self_review_return_stage"


def test_a_manager_review_answer_changed_by_another_person_meanwhile_is_refused_naming_them(database):
    """Two people write the same answer (a manager and HR, or two windows): the save that
    read the field before the other's is refused, naming who wrote it; a blank read as ""
    or spaces still matches a blank field; a save that does not say what it read is not checked."""
    from reviewer.errors import ChangedMeanwhile
    from reviewer.reviews.manager_review import save_manager_target_comment, save_potential

    company = build_company(database, CycleStage.MANAGER_REVIEW)
    appraisal, lina, hr = company.appraisals["S003"], company.as_("lina"), company.as_("hr")
    lina.call(save_manager_review_field, appraisal, "strengths", "Lina's first words", value_read="  ")
    hr.call(save_manager_review_field, appraisal, "strengths", "HR's words", value_read="Lina's first words")
    with pytest.raises(ChangedMeanwhile) as refused:
        lina.call(save_manager_review_field, appraisal, "strengths", "Lina's second words",
                  value_read="Lina's first words")
    assert refused.value.code == "answer_changed_meanwhile" and refused.value.params["who"] == "hr"
    target = company.targets["S003"][0]
    hr.call(save_manager_target_comment, appraisal, target, "HR 的评语", value_read=None)
    with pytest.raises(ChangedMeanwhile):
        lina.call(save_manager_target_comment, appraisal, target, "lina", value_read="")
    hr.call(save_potential, appraisal, "high", value_read=None)
    with pytest.raises(ChangedMeanwhile):
        lina.call(save_potential, appraisal, "low", value_read=None)
    lina.call(save_potential, appraisal, "low")  # not checked: the command line's way
    with database.session() as session:
        stored = session.get(Appraisal, appraisal)
        assert (stored.strengths, stored.potential) == ("HR's words", "low")
