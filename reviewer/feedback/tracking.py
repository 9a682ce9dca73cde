"""How far a cycle's feedback has come: the request list, completion by department
and by rater, overdue requests and a reminder per rater ready to paste or mail.

Progress shows who has *returned* a form, never what anyone answered.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from urllib.parse import quote

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from db.models import Answer, Cycle, Employee, ExternalRater, FeedbackRequest, FormQuestion, RequestStatus

from ..access import reviewable_condition
from ..errors import NotFound
from ..people.directory import department_paths
from .filling import OPEN_STATES
from .release import refuse_answers_when_published

PENDING = OPEN_STATES
ACTIVE = (*PENDING, RequestStatus.SUBMITTED)


@dataclass(frozen=True)
class RequestRow:
    id: int
    subject_id: int
    subject_name: str
    department: str
    rater_key: str  # "e<id>" for an employee, "x<id>" for an external rater
    rater_name: str
    rater_email: str | None
    relation: str
    status: RequestStatus
    due_date: date | None
    answers: int

    def overdue(self, today: date) -> bool:
        return self.status in PENDING and self.due_date is not None and self.due_date < today


@dataclass(frozen=True)
class Completion:
    label: str
    total: int
    submitted: int
    in_progress: int
    not_started: int
    overdue: int

    @property
    def share(self) -> float:
        return self.submitted / self.total if self.total else 0.0


@dataclass(frozen=True)
class Reminder:
    rater_name: str
    email: str | None
    subject: str
    body: str

    @property
    def mailto(self) -> str | None:
        if not self.email:
            return None
        return f"mailto:{quote(self.email, safe='@')}?subject={quote(self.subject)}&body={quote(self.body)}"


def request_rows(session: Session, cycle_id: int) -> list[RequestRow]:
    """The cycle's 360 requests with their progress; a manager's list holds their line's only."""
    if session.get(Cycle, cycle_id) is None:
        raise NotFound.coded("cycle_unknown_id", id=cycle_id)
    subject, rater = aliased(Employee), aliased(Employee)
    # Required questions only: whether a rater wrote the optional comments would tell HR
    # who wrote the unattributed comments once results are published.
    answered = (select(Answer.request_id, func.count().label("n")).join(FeedbackRequest)
                .join(FormQuestion, FormQuestion.id == Answer.question_id)
                .where(FeedbackRequest.cycle_id == cycle_id, FormQuestion.required.is_(True))
                .group_by(Answer.request_id).subquery())
    paths = department_paths(session)
    rows = session.execute(
        select(FeedbackRequest.id, FeedbackRequest.subject_id, subject.name, subject.department_id,
               FeedbackRequest.rater_employee_id, FeedbackRequest.external_rater_id,
               func.coalesce(rater.name, ExternalRater.name), func.coalesce(rater.email, ExternalRater.email),
               FeedbackRequest.relation, FeedbackRequest.status, FeedbackRequest.due_date,
               func.coalesce(answered.c.n, 0))
        .join(subject, FeedbackRequest.subject_id == subject.id)
        .outerjoin(rater, FeedbackRequest.rater_employee_id == rater.id)
        .outerjoin(ExternalRater, FeedbackRequest.external_rater_id == ExternalRater.id)
        .outerjoin(answered, answered.c.request_id == FeedbackRequest.id)
        .where(FeedbackRequest.cycle_id == cycle_id, reviewable_condition(session, FeedbackRequest.subject_id))
        .order_by(subject.name, FeedbackRequest.id))
    return [RequestRow(rid, sid, sname, "/".join(paths.get(dept, ())), f"e{emp}" if emp else f"x{ext}",
                       rname, email, relation.value, status, due, answers)
            for rid, sid, sname, dept, emp, ext, rname, email, relation, status, due, answers in rows]


def _tally(label: str, rows: list[RequestRow], today: date) -> Completion:
    active = [r for r in rows if r.status in ACTIVE]
    return Completion(label, len(active), sum(r.status == RequestStatus.SUBMITTED for r in active),
                      sum(r.status == RequestStatus.IN_PROGRESS for r in active),
                      sum(r.status == RequestStatus.OPEN for r in active),
                      sum(r.overdue(today) for r in active))


def completion(rows: list[RequestRow], by: str, today: date | None = None) -> list[Completion]:
    """Completion per "department" (of the subject), per "rater", or for the whole "cycle"."""
    today = today or date.today()
    if by == "cycle":
        return [_tally("", rows, today)]
    groups: dict[str, list[RequestRow]] = defaultdict(list)
    for row in rows:
        groups[row.department if by == "department" else row.rater_name].append(row)
    tallies = [_tally(label, members, today) for label, members in groups.items()]
    return sorted((t for t in tallies if t.total), key=lambda t: (t.share, t.label))


def overdue(rows: list[RequestRow], today: date | None = None) -> list[RequestRow]:
    today = today or date.today()
    return sorted((r for r in rows if r.overdue(today)), key=lambda r: (r.due_date, r.rater_name))


REMINDER_TEXT = {
    "en": ("Reminder: 360 feedback for {cycle}",
           "Dear {rater},\n\nYou were asked for 360-degree feedback in the {cycle} review cycle. "
           "These forms are still open:\n\n{items}\n\nYour answers about peers, direct reports and customers "
           "are shown only combined with others' and never with your name. It takes about ten minutes per "
           "person.\n\nThank you,\nHR"),
    "zh": ("提醒：{cycle} 360 度评估",
           "{rater}，您好：\n\n您受邀参与 {cycle} 考核周期的 360 度评估，以下评估表尚未完成：\n\n{items}\n\n"
           "您对同事、下属和客户关系的评价只会与他人的评价合并展示，不会显示您的姓名。每人约需十分钟。\n\n谢谢！\n人力资源部"),
}
ITEM_TEXT = {"en": "- {subject} (due {due})", "zh": "- {subject}（截止 {due}）"}
NO_DUE = {"en": "no date set", "zh": "未设截止日期"}
OWN_FORM = {"en": "yourself", "zh": "本人自评"}


def reminder(session: Session, cycle_id: int, rows: list[RequestRow], rater_key: str,
             language: str = "en") -> Reminder | None:
    """The reminder for one rater's unfinished forms, or None when nothing is pending."""
    language = "zh" if language.startswith("zh") else "en"
    pending = sorted((r for r in rows if r.rater_key == rater_key and r.status in PENDING),
                     key=lambda r: (r.due_date or date.max, r.subject_name))
    if not pending:
        return None
    cycle = refuse_answers_when_published(session, cycle_id).name  # nothing to remind of once published
    items = "\n".join(ITEM_TEXT[language].format(
        subject=OWN_FORM[language] if r.relation == "self" else r.subject_name,
        due=r.due_date.isoformat() if r.due_date else NO_DUE[language]) for r in pending)
    subject, body = REMINDER_TEXT[language]
    return Reminder(pending[0].rater_name, pending[0].rater_email, subject.format(cycle=cycle),
                    body.format(rater=pending[0].rater_name, cycle=cycle, items=items))
