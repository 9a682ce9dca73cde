"""The data-access export: everything this database stores about one person, as one ZIP
(a workbook, their appraisal and plan PDFs, their evidence files), for HR to hand over.

What the person may not see stays out, by the same rules as their documents: the
manager's private note for HR, the potential rating (the nine-box axis; the employee's
document never shows it), and anything that tells who gave which 360 rating. 360 results
about them appear only as published (group scores under the anonymity rules, pooled
comments); forms they filled as a rater appear with their own answers but without the
person they rated, who may be one of their own raters. Audit entries are those about
their own rows, with the hidden fields removed from what changed.

The ZIP is written beside its target and renamed into place: a failure or a cancel
leaves no partial file (io.files.written_whole)."""
from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from db.models import (
    Actual,
    Answer,
    Appraisal,
    AppraisalTargetReview,
    AuditEvent,
    Cycle,
    Employee,
    Evidence,
    EvidenceKind,
    FeedbackRequest,
    FormQuestion,
    ImprovementPlan,
    Kpi,
    PlanAcknowledgement,
    PlanCheckIn,
    PlanGoal,
    PlanSignatureRecord,
    PlanWarning,
    RatingBand,
    Relationship,
    SignatureRecord,
    Target,
)

from ..access import require_hr
from ..errors import NotFound, ValidationError
from ..feedback.release import database_today, feedback_published
from ..feedback.results import feedback_report
from ..io.files import safe_file_name, written_whole
from ..io.writers import storable, workbook_bytes
from ..kpi.evidence import safe_display_name, stored_path
from ..messages import QT_TRANSLATE_NOOP
from ..people.directory import department_paths
from ..progress import Progress

GATHERING = QT_TRANSLATE_NOOP("progress", "Gathering the personal data")
WRITING_DOCUMENTS = QT_TRANSLATE_NOOP("progress", "Writing appraisal and plan PDFs")
COPYING_EVIDENCE = QT_TRANSLATE_NOOP("progress", "Copying evidence files")
FINISHED = QT_TRANSLATE_NOOP("progress", "Personal data written")

# Fields the person never sees, removed wherever they would travel (audit details included).
HIDDEN_FIELDS = frozenset({"manager_private_note", "potential", "from_potential", "to_potential"})
# Figures that move with each returned 360 form: their history would let someone who knows
# the order of the forms work out one rater's ratings. Their current value is in the
# appraisals sheet once the cycle's 360 results are published.
MOVING_SCORES = frozenset({"competency_score", "final_score"})
# Rows whose audit entries are about the person (by table): their record and what hangs on it.
# 360 requests, answers and rater scores are left out: their entries name the raters.
AUDITED_TABLES = ("employees", "appraisals", "appraisal_target_reviews", "targets", "actuals",
                  "improvement_plans", "plan_goals", "plan_check_ins", "plan_warnings",
                  "plan_acknowledgements", "signature_records", "plan_signature_records")

# Sheet titles and column headings as (English, Chinese): written without Qt, like the PDFs.
_WORDS: dict[str, tuple[str, str]] = {
    "record": ("Record", "个人档案"), "targets": ("Targets and results", "目标与结果"),
    "evidence": ("Evidence", "佐证材料"), "appraisals": ("Appraisals", "考核结果"),
    "self_reviews": ("Self-reviews", "自评"), "feedback": ("360 results", "360反馈结果"),
    "feedback_comments": ("360 comments", "360评语"), "feedback_given": ("360 forms filled", "已填写的360问卷"),
    "plans": ("Plans", "改进计划"), "plan_goals": ("Plan goals", "计划目标"),
    "check_ins": ("Check-ins", "进度检查"), "warnings": ("Warnings and recognition", "警告与表彰"),
    "acknowledgements": ("Acknowledgements", "确认记录"), "signatures": ("Signatures", "签名记录"),
    "audit": ("Audit entries", "审计记录"),
    "field": ("Field", "字段"), "value": ("Value", "值"), "cycle": ("Cycle", "考核周期"),
    "kpi": ("KPI", "指标"), "kpi_name": ("KPI name", "指标名称"), "target": ("Target", "目标值"),
    "weight": ("Weight", "权重"), "actual": ("Actual", "实际值"), "as_of": ("As of", "截至"),
    "source": ("Source", "来源"), "note": ("Note", "备注"), "kind": ("Kind", "类型"),
    "supports": ("Supports", "支持对象"), "name": ("Name", "名称"), "file": ("File in this ZIP", "压缩包内文件"),
    "sha256": ("SHA-256", "SHA-256"), "link": ("Link", "链接"), "added": ("Added", "添加时间"),
    "version": ("Version", "版本"), "state": ("State", "状态"), "kpi_score": ("KPI score", "KPI得分"),
    "competency_score": ("Competency score", "能力得分"), "final_score": ("Final score", "最终得分"),
    "band": ("Rating band", "评级"), "strengths": ("Strengths", "优势"),
    "development_areas": ("Development areas", "待发展领域"), "self_comment": ("Self comment", "自我评价"),
    "manager_comment": ("Manager's comment", "经理评语"), "hr_comment": ("HR comment", "HR评语"),
    "rating_justification": ("Rating justification", "评级理由"), "released": ("Released", "发布时间"),
    "achievements": ("Achievements", "主要成绩"), "challenges": ("Challenges", "挑战"),
    "wishes": ("Development wishes", "发展意愿"), "submitted": ("Submitted", "提交时间"),
    "self_rating": ("Self-rating", "自评分"), "comment": ("Comment", "评语"),
    "competency": ("Competency", "能力项"), "group": ("Rater group", "评价者类别"),
    "raters": ("Raters", "评价人数"), "mean": ("Mean", "平均分"), "withheld": ("Withheld groups", "未公布类别"),
    "relation": ("As", "身份"), "status": ("Status", "状态"), "question": ("Question", "问题"),
    "rating": ("Rating", "评分"), "answer": ("Answer", "回答"), "plan": ("Plan", "计划"),
    "reason": ("Reason", "原因"), "start": ("Start", "开始"), "end": ("End", "结束"),
    "outcome": ("Outcome", "结果"), "support": ("Support", "支持措施"), "description": ("Description", "描述"),
    "measure": ("Measure", "衡量标准"), "due": ("Due", "截止"), "held_on": ("Held on", "日期"),
    "progress": ("Progress %", "进度%"), "issued_on": ("Issued on", "发出日期"),
    "acknowledged": ("Acknowledged", "确认时间"), "disagrees": ("Disagrees", "不同意"),
    "document": ("Document", "文件"), "role": ("Role", "角色"), "signer": ("Signer", "签名人"),
    "signed_at": ("Signed at", "签名时间"), "document_sha256": ("Document SHA-256", "文件SHA-256"),
    "when": ("When", "时间"), "who": ("Who", "操作人"), "action": ("Action", "操作"),
    "entity": ("Row", "记录"), "details": ("Details", "详情"),
    "employee_no": ("Employee number", "工号"), "email": ("Email", "电子邮件"),
    "department": ("Department", "部门"), "position": ("Position", "岗位"), "manager": ("Manager", "直属经理"),
    "hire_date": ("Hire date", "入职日期"), "leave_date": ("Leave date", "离职日期"),
    "active": ("Active", "在职"), "appraisal": ("Appraisal", "考核"), "pooled": ("(confidential pool)", "（保密汇总）"),
}


def _word(key: str, language: str) -> str:
    english, chinese = _WORDS[key]
    return chinese if language.startswith("zh") else english


@dataclass(frozen=True)
class AccessExport:
    """What one export wrote: the ZIP and what it holds."""

    path: Path
    employee_no: str
    sheets: int
    pdfs: int
    evidence_files: int


@dataclass
class _Sheet:
    key: str
    headers: tuple[str, ...]
    rows: list[list[Any]]


def export_personal_data(session: Session, employee_id: int, path: str | Path, language: str = "en",
                         progress: Progress | None = None) -> AccessExport:
    """Everything stored about one person as a ZIP at ``path`` (written whole), HR only.
    Confidential raters and their individual ratings are never part of it."""
    require_hr(session)
    progress = progress or Progress()
    person = session.get(Employee, employee_id)
    if person is None:
        raise NotFound.coded("employee_unknown_id", id=employee_id)
    path = Path(path)
    progress.step(0.0, GATHERING)
    appraisals = list(session.scalars(select(Appraisal).where(Appraisal.employee_id == employee_id)
                                      .order_by(Appraisal.cycle_id, Appraisal.version)))
    plans = list(session.scalars(select(ImprovementPlan).where(ImprovementPlan.employee_id == employee_id)
                                 .order_by(ImprovementPlan.id)))
    cycles = {c.id: c for c in session.scalars(select(Cycle))}
    evidence_sheet, evidence_files = _evidence(session, employee_id, plans, cycles)
    sheets = [_record(session, person, language), _targets(session, employee_id, cycles), evidence_sheet,
              _appraisals(session, appraisals, cycles), _self_reviews(session, appraisals, cycles),
              *_feedback_received(session, employee_id, cycles, language), _feedback_given(session, employee_id, cycles),
              *_plans(session, plans), _signatures(session, employee_id, appraisals, plans, cycles),
              _audit(session, employee_id, appraisals, plans)]
    progress.step(0.2, WRITING_DOCUMENTS)
    workbook = _workbook(sheets, language)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with written_whole(path, private=True) as partial, \
                zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(safe_file_name(f"{person.employee_no}-{person.name}", "person") + ".xlsx", workbook)
            pdfs = _write_pdfs(session, archive, employee_id, appraisals, plans, cycles, language, progress)
            for index, (name, evidence) in enumerate(evidence_files):
                progress.step(0.8 + 0.2 * index / max(1, len(evidence_files)), COPYING_EVIDENCE)
                archive.writestr(f"evidence/{name}", _stored_bytes(evidence))
    except OSError as error:
        raise ValidationError.coded("file_not_written", path=str(path),
                                    detail=str(error.strerror or error)) from None
    progress.step(1.0, FINISHED)
    return AccessExport(path, person.employee_no, len(sheets), pdfs, len(evidence_files))


def _workbook(sheets: list[_Sheet], language: str) -> bytes:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for sheet in sheets:
        worksheet = workbook.create_sheet(_word(sheet.key, language)[:31])
        worksheet.append([_word(h, language) for h in sheet.headers])
        for row in sheet.rows:
            worksheet.append([_cell_value(v) for v in row])
    return workbook_bytes(workbook)  # a comment that begins with "=" stays text


def _cell_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, default=str)
    if hasattr(value, "value") and not isinstance(value, (int, float, str, date)):
        return value.value  # an enum: its code
    return storable(value)


def _record(session: Session, person: Employee, language: str) -> _Sheet:
    manager = session.get(Employee, person.manager_id) if person.manager_id else None
    department = "/".join(department_paths(session).get(person.department_id, ()))
    rows = [["employee_no", person.employee_no], ["name", person.name], ["email", person.email],
            ["department", department], ["position", person.position.title if person.position else None],
            ["manager", f"{manager.employee_no} {manager.name}" if manager else None],
            ["hire_date", person.hire_date], ["leave_date", person.leave_date], ["active", person.is_active]]
    rows = [[_word(field, language), value] for field, value in rows]
    return _Sheet("record", ("field", "value"), rows)


def _targets(session: Session, employee_id: int, cycles: dict[int, Cycle]) -> _Sheet:
    rows = []
    query = (select(Target, Kpi).join(Kpi, Kpi.id == Target.kpi_id).where(Target.employee_id == employee_id)
             .order_by(Target.cycle_id, Kpi.code))
    for target, kpi in session.execute(query):
        actuals = sorted(target.actuals, key=lambda a: (a.as_of, a.id))
        base = [cycles[target.cycle_id].name, kpi.code, kpi.name_zh or kpi.name, target.target_value, target.weight]
        if not actuals:
            rows.append(base + [None, None, None, None])
        for actual in actuals:
            rows.append(base + [actual.value, actual.as_of, actual.source, actual.note])
    return _Sheet("targets", ("cycle", "kpi", "kpi_name", "target", "weight", "actual", "as_of", "source", "note"),
                  rows)


def _evidence(session: Session, employee_id: int, plans: list[ImprovementPlan], cycles: dict[int, Cycle]
              ) -> tuple[_Sheet, list[tuple[str, Evidence]]]:
    """Evidence on their targets and on their plans' check-ins; files go under evidence/."""
    plan_ids = [p.id for p in plans]
    query = (select(Evidence, Target, Kpi, PlanCheckIn)
             .outerjoin(Target, Target.id == Evidence.target_id).outerjoin(Kpi, Kpi.id == Target.kpi_id)
             .outerjoin(PlanCheckIn, PlanCheckIn.id == Evidence.check_in_id)
             .where(or_(Target.employee_id == employee_id, PlanCheckIn.plan_id.in_(plan_ids)))
             .order_by(Evidence.id))
    rows, files = [], []
    for evidence, target, kpi, check_in in session.execute(query):
        if target is not None:
            supports = f"{cycles[target.cycle_id].name} {kpi.code}"
        else:
            supports = f"plan {check_in.plan_id} {check_in.held_on.isoformat()}"
        name = None
        if evidence.kind == EvidenceKind.FILE:
            name = f"{evidence.id}-{safe_display_name(evidence.original_name)}"
            files.append((name, evidence))
        rows.append([evidence.kind, supports, evidence.original_name, f"evidence/{name}" if name else None,
                     evidence.file_sha256, evidence.note, evidence.url, evidence.added_at])
    return _Sheet("evidence", ("kind", "supports", "name", "file", "sha256", "note", "link", "added"), rows), files


def _stored_bytes(evidence: Evidence) -> bytes:
    try:
        return stored_path(evidence.file_sha256).read_bytes()
    except FileNotFoundError:
        raise ValidationError.coded("evidence_damaged", name=evidence.original_name) from None


def _band_name(session: Session, band_id: int | None) -> str | None:
    band = session.get(RatingBand, band_id) if band_id else None
    return f"{band.code} {band.name_zh or band.name}" if band else None


def _appraisals(session: Session, appraisals: list[Appraisal], cycles: dict[int, Cycle]) -> _Sheet:
    """Scores, band and review texts; as in the appraisal document, the 360 and final score and
    the band only once the cycle's 360 results are published."""
    today = database_today(session)
    rows = []
    for a in appraisals:
        published = feedback_published(cycles[a.cycle_id], today)
        rows.append([cycles[a.cycle_id].name, a.version, a.state, a.kpi_score,
                     a.competency_score if published else None, a.final_score if published else None,
                     _band_name(session, a.calibrated_band_id or a.proposed_band_id) if published else None,
                     a.strengths, a.development_areas, a.self_comment, a.manager_comment, a.rating_justification,
                     a.hr_comment, a.released_at])
    return _Sheet("appraisals", ("cycle", "version", "state", "kpi_score", "competency_score", "final_score", "band",
                                 "strengths", "development_areas", "self_comment", "manager_comment",
                                 "rating_justification", "hr_comment", "released"), rows)


def _self_reviews(session: Session, appraisals: list[Appraisal], cycles: dict[int, Cycle]) -> _Sheet:
    """Their self-reviews (drafts too: the words are theirs) with the per-KPI self-ratings."""
    rows = []
    for appraisal in appraisals:
        cycle = cycles[appraisal.cycle_id].name
        rows.append([cycle, appraisal.version, None, None, None, appraisal.self_achievements,
                     appraisal.self_challenges, appraisal.self_development_wishes, appraisal.self_submitted_at])
        query = (select(AppraisalTargetReview, Kpi).join(Target, Target.id == AppraisalTargetReview.target_id)
                 .join(Kpi, Kpi.id == Target.kpi_id).where(AppraisalTargetReview.appraisal_id == appraisal.id)
                 .order_by(Kpi.code))
        for review, kpi in session.execute(query):
            rows.append([cycle, appraisal.version, kpi.code, review.self_rating, review.self_comment,
                         None, None, None, None])
    return _Sheet("self_reviews", ("cycle", "version", "kpi", "self_rating", "self_comment", "achievements",
                                   "challenges", "wishes", "submitted"), rows)


def _feedback_received(session: Session, employee_id: int, cycles: dict[int, Cycle], language: str
                       ) -> list[_Sheet]:
    """360 results about them exactly as published to them: group scores and pooled comments."""
    scores, comments = [], []
    today = database_today(session)
    subject_cycles = session.scalars(select(FeedbackRequest.cycle_id).where(
        FeedbackRequest.subject_id == employee_id).distinct().order_by(FeedbackRequest.cycle_id))
    for cycle_id in list(subject_cycles):
        cycle = cycles[cycle_id]
        if not feedback_published(cycle, today):
            continue
        report = feedback_report(session, cycle_id, [employee_id])
        for result in report.competencies:
            name = result.competency.name_zh if language.startswith("zh") and result.competency.name_zh \
                else result.competency.name
            for group in result.groups:
                scores.append([cycle.name, name, group.group, group.count, group.mean, ", ".join(result.withheld)])
        for comment in report.comments:
            comments.append([cycle.name, comment.group or _word("pooled", language), comment.text])
    return [_Sheet("feedback", ("cycle", "competency", "group", "raters", "mean", "withheld"), scores),
            _Sheet("feedback_comments", ("cycle", "group", "comment"), comments)]


def _feedback_given(session: Session, employee_id: int, cycles: dict[int, Cycle]) -> _Sheet:
    """Forms they filled as a rater: their own answers, without whom they rated (that person
    may be one of their own confidential raters, and is someone else's data)."""
    query = (select(FeedbackRequest, Answer, FormQuestion)
             .join(Answer, Answer.request_id == FeedbackRequest.id)
             .join(FormQuestion, FormQuestion.id == Answer.question_id)
             .where(FeedbackRequest.rater_employee_id == employee_id,
                    FeedbackRequest.relation != Relationship.SELF)
             .order_by(FeedbackRequest.cycle_id, FeedbackRequest.id, FormQuestion.id))
    rows = []
    for request, answer, question in session.execute(query):
        rows.append([cycles[request.cycle_id].name, request.relation, request.status, request.submitted_at,
                     question.text_zh or question.text, answer.rating, answer.text])
    # The self form is theirs in full.
    query = (select(FeedbackRequest, Answer, FormQuestion)
             .join(Answer, Answer.request_id == FeedbackRequest.id)
             .join(FormQuestion, FormQuestion.id == Answer.question_id)
             .where(FeedbackRequest.subject_id == employee_id, FeedbackRequest.relation == Relationship.SELF)
             .order_by(FeedbackRequest.cycle_id, FormQuestion.id))
    for request, answer, question in session.execute(query):
        rows.append([cycles[request.cycle_id].name, request.relation, request.status, request.submitted_at,
                     question.text_zh or question.text, answer.rating, answer.text])
    return _Sheet("feedback_given", ("cycle", "relation", "status", "submitted", "question", "rating", "answer"), rows)


def _plans(session: Session, plans: list[ImprovementPlan]) -> list[_Sheet]:
    plan_rows, goals, check_ins, warnings, acknowledgements = [], [], [], [], []
    for plan in plans:
        plan_rows.append([plan.id, plan.kind, plan.status, plan.reason, plan.start_date, plan.end_date,
                          plan.outcome, plan.outcome_note, plan.support, plan.version])
        for goal in plan.goals:
            goals.append([plan.id, goal.horizon, goal.description, goal.measure, goal.due_date, goal.status])
        for check_in in plan.check_ins:
            check_ins.append([plan.id, check_in.held_on, check_in.progress_pct, check_in.notes])
        for warning in plan.warnings:
            warnings.append([plan.id, warning.kind, warning.issued_on, warning.reason])
        for ack in session.scalars(select(PlanAcknowledgement).where(PlanAcknowledgement.plan_id == plan.id)
                                   .order_by(PlanAcknowledgement.version)):
            acknowledgements.append([plan.id, ack.version, ack.acknowledged_at, ack.disagrees, ack.comment])
    return [_Sheet("plans", ("plan", "kind", "status", "reason", "start", "end", "outcome", "note", "support",
                             "version"), plan_rows),
            _Sheet("plan_goals", ("plan", "kind", "description", "measure", "due", "status"), goals),
            _Sheet("check_ins", ("plan", "held_on", "progress", "note"), check_ins),
            _Sheet("warnings", ("plan", "kind", "issued_on", "reason"), warnings),
            _Sheet("acknowledgements", ("plan", "version", "acknowledged", "disagrees", "comment"), acknowledgements)]


def _signatures(session: Session, employee_id: int, appraisals: list[Appraisal], plans: list[ImprovementPlan],
                cycles: dict[int, Cycle]) -> _Sheet:
    """Signatures on their documents, and signatures they applied (to whose document is not said)."""
    rows = []
    own = {a.id: a for a in appraisals}
    for record in session.scalars(select(SignatureRecord).where(or_(
            SignatureRecord.appraisal_id.in_(list(own)), SignatureRecord.signer_employee_id == employee_id))
            .order_by(SignatureRecord.signed_at)):
        document = (f"{cycles[own[record.appraisal_id].cycle_id].name} v{own[record.appraisal_id].version}"
                    if record.appraisal_id in own else None)
        rows.append([document, record.role, record.signer_name, record.signed_at, record.disagrees, record.comment,
                     record.document_sha256])
    plan_ids = [p.id for p in plans]
    for record in session.scalars(select(PlanSignatureRecord).where(or_(
            PlanSignatureRecord.plan_id.in_(plan_ids), PlanSignatureRecord.signer_employee_id == employee_id))
            .order_by(PlanSignatureRecord.signed_at)):
        document = f"plan {record.plan_id} v{record.version}" if record.plan_id in plan_ids else None
        rows.append([document, record.role, record.signer_name, record.signed_at, record.disagrees, record.comment,
                     record.document_sha256])
    return _Sheet("signatures", ("document", "role", "signer", "signed_at", "disagrees", "comment",
                                 "document_sha256"), rows)


def _audit(session: Session, employee_id: int, appraisals: list[Appraisal], plans: list[ImprovementPlan]) -> _Sheet:
    """Audit entries about their own rows, hidden fields removed from what they say."""
    targets = list(session.scalars(select(Target.id).where(Target.employee_id == employee_id)))
    plan_ids = [p.id for p in plans]
    appraisal_ids = [a.id for a in appraisals]
    rows_by_table = {
        "employees": [employee_id],
        "appraisals": appraisal_ids,
        "appraisal_target_reviews": list(session.scalars(select(AppraisalTargetReview.id).where(
            AppraisalTargetReview.appraisal_id.in_(appraisal_ids)))),
        "targets": targets,
        "actuals": list(session.scalars(select(Actual.id).where(Actual.target_id.in_(targets)))),
        "improvement_plans": plan_ids,
        "plan_goals": list(session.scalars(select(PlanGoal.id).where(PlanGoal.plan_id.in_(plan_ids)))),
        "plan_check_ins": list(session.scalars(select(PlanCheckIn.id).where(PlanCheckIn.plan_id.in_(plan_ids)))),
        "plan_warnings": list(session.scalars(select(PlanWarning.id).where(PlanWarning.plan_id.in_(plan_ids)))),
        "plan_acknowledgements": list(session.scalars(select(PlanAcknowledgement.id).where(
            PlanAcknowledgement.plan_id.in_(plan_ids)))),
        "signature_records": list(session.scalars(select(SignatureRecord.id).where(
            SignatureRecord.appraisal_id.in_(appraisal_ids)))),
        "plan_signature_records": list(session.scalars(select(PlanSignatureRecord.id).where(
            PlanSignatureRecord.plan_id.in_(plan_ids)))),
    }
    conditions = [(AuditEvent.entity_type == table) & AuditEvent.entity_id.in_(ids)
                  for table, ids in rows_by_table.items() if ids]
    rows = []
    for event in session.scalars(select(AuditEvent).where(or_(*conditions)).order_by(AuditEvent.id)):
        details = _without_hidden(event.details or {}, MOVING_SCORES if event.entity_type == "appraisals" else ())
        if not details or details in ({"changes": {}}, {"values": {}}):
            continue  # the change touched only hidden fields: nothing of it may be told
        rows.append([event.occurred_at, event.actor_name, event.action, f"{event.entity_type} {event.entity_id}",
                     details])
    return _Sheet("audit", ("when", "who", "action", "entity", "details"), rows)


def _without_hidden(value: Any, also: frozenset[str] | tuple = ()) -> Any:
    if isinstance(value, dict):
        return {k: _without_hidden(v, also) for k, v in value.items() if k not in HIDDEN_FIELDS and k not in also}
    if isinstance(value, list):
        return [_without_hidden(v, also) for v in value]
    return value


def _write_pdfs(session: Session, archive: zipfile.ZipFile, employee_id: int, appraisals: list[Appraisal],
                plans: list[ImprovementPlan], cycles: dict[int, Cycle], language: str, progress: Progress) -> int:
    """Their appraisal documents (the current version per cycle) and plan documents."""
    from ..appraisal.document import appraisal_document
    from ..appraisal.export import issued_pdf
    from ..plans.signing import issued_plan_pdf

    cycle_ids = list(dict.fromkeys(a.cycle_id for a in appraisals))
    total = max(1, len(cycle_ids) + len(plans))
    done = 0
    for cycle_id in cycle_ids:
        name = safe_file_name(cycles[cycle_id].name, "cycle")
        progress.step(0.2 + 0.6 * done / total, WRITING_DOCUMENTS)
        archive.writestr(f"appraisals/{name}.pdf",
                         issued_pdf(session, appraisal_document(session, cycle_id, employee_id), language))
        done += 1
    for plan in plans:
        progress.step(0.2 + 0.6 * done / total, WRITING_DOCUMENTS)
        archive.writestr(f"plans/plan-{plan.id}-v{plan.version}.pdf", issued_plan_pdf(session, plan.id, language))
        done += 1
    return done
