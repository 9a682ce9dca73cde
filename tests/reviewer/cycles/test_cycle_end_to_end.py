"""One appraisal cycle driven over the services from creation to closed, on a company
built from a roster file (not the demo), as the people who do each step: HR, the
sales manager, and an employee with a profile of their own.

    周立 (HR director, joined after the cycle began: not in it)
      └─ 王芳 (sales manager)
           ├─ 李强 (the employee with a profile; 360 from his manager and two peers)
           ├─ 陈静
           └─ 赵敏 (leaves during sign-off and cannot sign)
"""
from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest
from sqlalchemy import select

from db.models import (
    Appraisal,
    AppUser,
    CycleParticipant,
    CycleStage,
    Employee,
    FeedbackRequest,
    Kpi,
    Relationship,
    Target,
    UserRole,
)
from reviewer.access import Actor
from reviewer.access.profiles import add_profile
from reviewer.appraisal.document import appraisal_document
from reviewer.appraisal.export import signing_copy
from reviewer.appraisal.identities import create_company_ca, create_identity
from reviewer.appraisal.signing import sign_appraisal
from reviewer.cycles.settings import SettingsChange, change_settings
from reviewer.cycles.setup import NewCycle, create_cycle, install_shipped_catalogue
from reviewer.cycles.release import release
from reviewer.cycles.scoring import score_cycle
from reviewer.cycles.stages import GateHeld, advance, check_gate, stage_events
from reviewer.errors import StageBlocked, ValidationError
from reviewer.feedback.assignment import Proposal, assign
from reviewer.feedback.filling import Given, open_filling, save_answer, submit
from reviewer.io.tables import read_table
from reviewer.kpi import targets_import
from reviewer.kpi.actuals import record_actual
from reviewer.people.editing import deactivate_person
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
from reviewer.roster import guess_mapping, import_roster
from reviewer.workstation import Workstation

PASSWORD = "签字口令 correct horse"
START, END = date(2026, 7, 1), date(2026, 12, 31)
ROSTER = [
    ["工号", "姓名", "邮箱", "部门", "职位", "直属上级", "入职日期"],
    ["E01", "周立", "zhou.li@example.com", "总部", "人力资源总监", "", "2026-08-01"],
    ["E02", "王芳", "wang.fang@example.com", "总部/销售部", "销售经理", "E01", "2018-07-15"],
    ["E03", "李强", "li.qiang@example.com", "总部/销售部", "客户经理", "E02", "2021-05-06"],
    ["E04", "陈静", "chen.jing@example.com", "总部/销售部", "客户经理", "E02", "2022-03-01"],
    ["E05", "赵敏", "zhao.min@example.com", "总部/销售部", "客户经理", "E02", "2020-02-03"],
]
# Targets of everyone but the sales manager, whose targets come later (the gate holds her).
TARGETS = [
    ["工号", "指标", "目标值", "权重"],
    ["E03", "CM_NEW_CUST", "20", "60"],
    ["E03", "CM_CSAT", "90", "40"],
    ["E04", "CM_NEW_CUST", "15", "100"],
    ["E05", "CM_NEW_CUST", "10", "100"],
]
MANAGER_TARGETS = [["工号", "指标", "目标值", "权重"], ["E02", "CM_SALES_GROWTH", "30", "100"]]
RESULTS = {("E03", "CM_NEW_CUST"): 22, ("E03", "CM_CSAT"): 85, ("E04", "CM_NEW_CUST"): 15,
           ("E05", "CM_NEW_CUST"): 9, ("E02", "CM_SALES_GROWTH"): 33}
# The 360 answers about 李强: every rating question the same value per rater.
RATINGS = {"E02": 4, "E04": 5, "E05": 4}
PRIVATE_NOTE = "仅供人力资源：明年考虑晋升为销售主管"


def _write_csv(path, rows):
    path.write_text("\n".join(",".join(row) for row in rows) + "\n", encoding="utf-8")
    return path


def _import_targets(hr, path):
    table = read_table(path)
    return hr.call(targets_import.import_targets, table, targets_import.guess_mapping(table.headers),
                   cycle="2026 下半年", source=path)


def _actor(session, username):
    user = session.scalar(select(AppUser).where(AppUser.username == username))
    return Actor(user.id, user.username, user.display_name, user.role, user.employee_id)


def _answer_and_submit(ws, request_id, rating):
    filling = ws.call(open_filling, request_id)
    for question in filling.form.questions():
        if question.is_rating:
            ws.call(save_answer, request_id, question.id, Given(rating=rating))
        elif question.required:
            ws.call(save_answer, request_id, question.id, Given(text="合作顺畅，客户反馈很好。"))
    ws.call(submit, request_id)


def _pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_a_cycle_runs_from_creation_to_closed_on_a_company_from_a_roster_file(database, tmp_path):
    # -- first run on our own data: the roster file, the catalogue, the profiles ----------------
    roster = read_table(_write_csv(tmp_path / "花名册.csv", ROSTER))
    with database.session() as session:
        assert import_roster(session, roster, guess_mapping(roster.headers)).created == 5
        added = install_shipped_catalogue(session)
        assert added.kpis and added.competencies and added.forms == 2
        add_profile(session, "zhou.li", UserRole.HR_ADMIN, PASSWORD, employee_no="E01")
        add_profile(session, "wang.fang", UserRole.MANAGER, PASSWORD, employee_no="E02")
        # 李强 leads nobody: his profile is him, to write his own self-review and sign it.
        add_profile(session, "li.qiang", UserRole.MANAGER, PASSWORD, employee_no="E03")
        ids = dict(session.execute(select(Employee.employee_no, Employee.id)).all())
        hr, manager, employee = (Workstation(database, _actor(session, name))
                                 for name in ("zhou.li", "wang.fang", "li.qiang"))

    # -- the cycle over the whole company, its settings ----------------------------------------
    created = hr.call(create_cycle, NewCycle("2026 下半年", START, END, "half_year"))
    cycle_id = created.id
    assert created.participants == 4  # 周立 joined after the start: not in this cycle
    hr.call(change_settings, cycle_id, SettingsChange(
        kpi_weight=70, group_weights={"manager": 60, "peer": 40, "direct_report": 0, "customer": 0},
        anonymity_threshold=2))

    # -- goal setting: one appraisal each, targets from a file, a gate that holds --------------
    assert hr.call(advance, cycle_id).to_stage == CycleStage.GOAL_SETTING
    with database.session() as session:
        appraisals = dict(session.execute(select(Employee.employee_no, Appraisal.id).join(
            Appraisal, Appraisal.employee_id == Employee.id).where(Appraisal.cycle_id == cycle_id)).all())
    assert sorted(appraisals) == ["E02", "E03", "E04", "E05"]
    result = _import_targets(hr, _write_csv(tmp_path / "目标.csv", TARGETS))
    assert result.imported and result.created == 4, result.problems
    with pytest.raises(GateHeld) as held:
        hr.call(advance, cycle_id)
    assert [(b.employee_no, b.code) for b in held.value.blockers] == [("E02", "no_targets")]
    assert "王芳" in held.value.blockers[0].message
    assert _import_targets(hr, _write_csv(tmp_path / "经理目标.csv", MANAGER_TARGETS)).imported
    assert hr.call(advance, cycle_id).to_stage == CycleStage.SELF_REVIEW_360

    # -- 360 about 李强: his manager and two peers, each answering ------------------------------
    assert hr.call(assign, cycle_id, [Proposal(ids["E03"], Relationship.MANAGER, ids["E02"]),
                                      Proposal(ids["E03"], Relationship.PEER, ids["E04"]),
                                      Proposal(ids["E03"], Relationship.PEER, ids["E05"])]) == 3
    with database.session() as session:
        requests = {number: request_id for number, request_id in session.execute(
            select(Employee.employee_no, FeedbackRequest.id).join(
                FeedbackRequest, FeedbackRequest.rater_employee_id == Employee.id)
            .where(FeedbackRequest.cycle_id == cycle_id))}
        targets = {(number, code): target_id for number, code, target_id in session.execute(
            select(Employee.employee_no, Kpi.code, Target.id).join(Target, Target.employee_id == Employee.id)
            .join(Kpi, Kpi.id == Target.kpi_id).where(Target.cycle_id == cycle_id))}
    _answer_and_submit(manager, requests["E02"], RATINGS["E02"])  # the manager fills her own form
    for peer in ("E04", "E05"):  # the peers' paper forms, typed in by HR
        _answer_and_submit(hr, requests[peer], RATINGS[peer])

    # -- self-reviews: 李强 writes his own, is sent back with a note and resubmits --------------
    mine = appraisals["E03"]
    employee.call(save_self_review_field, mine, "achievements", "新增客户22家，超额完成目标。")
    employee.call(save_self_review_field, mine, "challenges", "客户满意度调查回收率低。")
    employee.call(save_self_target_field, mine, targets[("E03", "CM_NEW_CUST")], "self_rating", 5)
    employee.call(submit_self_review, mine)
    with pytest.raises(StageBlocked):  # submitted: locked
        employee.call(save_self_review_field, mine, "achievements", "改一下")
    manager.call(return_self_review, mine, "请补充满意度未达标的原因。")
    sheet = employee.call(review_sheet, mine)
    assert sheet.self_review.return_note == "请补充满意度未达标的原因。" and sheet.self_review.can_edit
    employee.call(save_self_review_field, mine, "challenges", "满意度调查回收率低，两家大客户投诉处理偏慢。")
    employee.call(save_self_review_field, mine, "development_wishes", "希望参加大客户谈判培训。")
    employee.call(submit_self_review, mine)
    for number in ("E02", "E04", "E05"):  # the others' self-reviews, typed in by HR from paper
        hr.call(save_self_review_field, appraisals[number], "achievements", f"{number} 的年度工作总结")
        hr.call(submit_self_review, appraisals[number])

    # -- results --------------------------------------------------------------------------------
    for (number, code), value in RESULTS.items():
        hr.call(record_actual, targets[(number, code)], value, date(2026, 11, 30))

    assert hr.call(advance, cycle_id).to_stage == CycleStage.MANAGER_REVIEW

    # -- the scores, by hand for 李强 -------------------------------------------------------------
    # KPI: new customers 22/20 = 1.10 -> 110 points (linear); satisfaction 85/90 = 0.944 -> 80
    # points (steps: at least 0.9 earns 80); weighted 60/40: 110*0.6 + 80*0.4 = 98.
    # 360: manager mean 4 -> 80; peers (2 >= threshold 2) mean 4.5 -> 90; weights 60/40: 84.
    # Final: 98*0.7 + 84*0.3 = 93.8 -> band A (85 <= 93.8 < 95).
    scores = {row.employee_no: row for row in hr.call(score_cycle, cycle_id)}
    li = scores["E03"]
    assert (li.kpi_score, li.competency_score, li.final_score, li.band_code) == pytest.approx(
        (98.0, 84.0, 93.8, "A"))
    assert (scores["E04"].final_score, scores["E04"].band_code) == (pytest.approx(100.0), "S")
    assert scores["E04"].competency_score is None  # no 360: left out, not counted as zero
    assert (scores["E05"].final_score, scores["E05"].band_code) == (pytest.approx(90.0), "A")

    # -- manager reviews: an S for 李强 (computed A) needs a justification ----------------------
    manager.call(save_manager_target_comment, mine, targets[("E03", "CM_NEW_CUST")], "新客户开拓成绩突出。")
    manager.call(save_manager_review_field, mine, "strengths", "客户开拓能力强，主动性高。")
    manager.call(save_manager_review_field, mine, "development_areas", "提升投诉处理速度。")
    manager.call(save_manager_review_field, mine, "overall_comment", "全年表现优秀，超额完成任务。")
    manager.call(save_manager_review_field, mine, "private_note", PRIVATE_NOTE)
    manager.call(save_proposed_band, mine, "S")
    with pytest.raises(ValidationError, match="justif"):
        manager.call(submit_manager_review, mine)
    manager.call(save_manager_review_field, mine, "justification", "牵头拿下年度最大客户，贡献超出指标所能反映。")
    manager.call(submit_manager_review, mine)
    for number, band in (("E04", "S"), ("E05", "A")):
        manager.call(save_manager_review_field, appraisals[number], "overall_comment", "达成目标。")
        manager.call(save_proposed_band, appraisals[number], band)
        manager.call(submit_manager_review, appraisals[number])
    # 王芳's own review is written by HR: she may not review herself.
    with pytest.raises(Exception):
        manager.call(save_manager_review_field, appraisals["E02"], "overall_comment", "我自己")
    hr.call(save_manager_review_field, appraisals["E02"], "overall_comment", "团队业绩增长稳定。")
    hr.call(save_proposed_band, appraisals["E02"], "S")
    hr.call(submit_manager_review, appraisals["E02"])
    # Before release 李强 sees his own review but not his manager's parts.
    assert not employee.call(review_sheet, mine).manager_review.readable

    # -- calibration: the scores freeze; a later result is flagged, not applied -----------------
    assert hr.call(advance, cycle_id).to_stage == CycleStage.CALIBRATION
    hr.call(record_actual, targets[("E03", "CM_NEW_CUST")], 30, date(2026, 12, 1))
    li = {row.employee_no: row for row in hr.call(score_cycle, cycle_id)}["E03"]
    assert li.final_score == pytest.approx(93.8) and li.inputs_changed_at is not None
    with database.session() as session:
        assert session.get(Appraisal, mine).final_score == pytest.approx(93.8)
    assert hr.call(advance, cycle_id).to_stage == CycleStage.SIGN_OFF

    # -- release: the employee's document holds the manager's parts, never the private note ------
    assert hr.call(release, cycle_id) == 4
    sheet = employee.call(review_sheet, mine)
    assert sheet.manager_review.readable and sheet.manager_review.strengths == "客户开拓能力强，主动性高。"
    assert sheet.manager_review.private_note is None and not sheet.manager_review.private_note_readable
    document = hr.call(appraisal_document, cycle_id, ids["E03"], for_employee=True)
    assert document.strengths == "客户开拓能力强，主动性高。"
    assert document.manager_comment == "全年表现优秀，超额完成任务。"
    assert PRIVATE_NOTE not in repr(document)
    copies = {number: hr.call(signing_copy, cycle_id, ids[number], "zh") for number in ("E02", "E03", "E04")}
    text = _pdf_text(copies["E03"])
    assert "客户开拓能力强" in text and "全年表现优秀" in text and "新客户开拓成绩突出" in text
    assert "明年考虑晋升" not in text

    # -- sign-off: manager, employee, HR; 赵敏 leaves and cannot sign ----------------------------
    with database.session() as session:
        create_company_ca(session, "华信销售", PASSWORD)
        identity = {number: create_identity(session, name, PASSWORD, ids[number], ca_password=PASSWORD).id
                    for number, name in (("E01", "周立"), ("E02", "王芳"), ("E03", "李强"), ("E04", "陈静"))}
    manager.call(sign_appraisal, copies["E03"], "manager", identity["E02"], PASSWORD, language="zh")
    employee.call(sign_appraisal, copies["E03"], "employee", identity["E03"], PASSWORD, language="zh")
    hr.call(sign_appraisal, copies["E03"], "hr", identity["E01"], PASSWORD, language="zh")
    manager.call(sign_appraisal, copies["E04"], "manager", identity["E02"], PASSWORD)
    hr.call(sign_appraisal, copies["E04"], "employee", identity["E04"], PASSWORD)  # signed on HR's machine
    hr.call(sign_appraisal, copies["E04"], "hr", identity["E01"], PASSWORD)
    hr.call(sign_appraisal, copies["E02"], "manager", identity["E01"], PASSWORD)
    manager.call(sign_appraisal, copies["E02"], "employee", identity["E02"], PASSWORD)
    hr.call(sign_appraisal, copies["E02"], "hr", identity["E01"], PASSWORD)
    hr.call(deactivate_person, ids["E05"], date(2026, 12, 15))

    with pytest.raises(GateHeld) as held:
        hr.call(advance, cycle_id)
    assert [(b.employee_no, b.code, b.leaver) for b in held.value.blockers] == [
        ("E05", "signatures_missing", True)]
    closed = hr.call(advance, cycle_id, {"E05": "已于12月15日离职，无法签字"})
    assert closed.to_stage == CycleStage.CLOSED and closed.moved
    exceptions = [e for e in hr.call(stage_events, cycle_id) if e.kind == "exception"]
    assert [(e.employee_no, e.blocker, e.reason) for e in exceptions] == [
        ("E05", "signatures_missing", "已于12月15日离职，无法签字")]

    # -- closed: read-only ------------------------------------------------------------------------
    with pytest.raises(StageBlocked):
        hr.call(record_actual, targets[("E04", "CM_NEW_CUST")], 20, date(2026, 12, 20))
    with pytest.raises(StageBlocked):
        hr.call(save_manager_review_field, appraisals["E04"], "strengths", "补充")
    with pytest.raises(StageBlocked):
        hr.call(change_settings, cycle_id, SettingsChange(kpi_weight=50))
    with pytest.raises(StageBlocked):
        hr.call(advance, cycle_id)
    assert _import_targets(hr, _write_csv(tmp_path / "迟到的目标.csv", MANAGER_TARGETS)).imported is False
    assert hr.call(check_gate, cycle_id).blockers == ()
    with database.session() as session:
        assert session.scalar(select(CycleParticipant.id).where(
            CycleParticipant.cycle_id == cycle_id, CycleParticipant.employee_id == ids["E05"])) is not None
