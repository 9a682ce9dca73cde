"""What one feedback request asks: the questions its rater group sees, in order,
with their scales and anchors. Shared by guided filling, offline PDFs and imports."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.models import (
    Department,
    Employee,
    ExternalRater,
    FeedbackRequest,
    FormQuestion,
    FormSection,
    FormTemplate,
    Position,
    QuestionKind,
)

from ..access import acting
from ..errors import NotFound, PermissionDenied


@dataclass(frozen=True)
class Anchor:
    point: int
    text: str
    text_zh: str | None


@dataclass(frozen=True)
class Question:
    id: int
    kind: QuestionKind
    text: str
    text_zh: str | None
    scale_min: int
    scale_max: int
    allow_cannot_judge: bool
    required: bool
    anchors: tuple[Anchor, ...]

    @property
    def is_rating(self) -> bool:
        return self.kind == QuestionKind.RATING

    def accepts(self, rating: int) -> bool:
        return self.scale_min <= rating <= self.scale_max


@dataclass(frozen=True)
class Section:
    title: str
    title_zh: str | None
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class RequestForm:
    request_id: int
    cycle_id: int
    subject_name: str
    subject_context: str  # department and position, to tell namesakes apart
    rater_name: str
    relation: str
    template_name: str
    template_name_zh: str | None
    sections: tuple[Section, ...]

    def questions(self) -> list[Question]:
        return [q for s in self.sections for q in s.questions]


def _sections(template: FormTemplate, relation: str) -> tuple[Section, ...]:
    sections = []
    for section in template.sections:
        questions = tuple(
            Question(q.id, q.kind, q.text, q.text_zh, q.scale_min, q.scale_max, q.allow_cannot_judge, q.required,
                     tuple(Anchor(a.point, a.text, a.text_zh) for a in q.anchors))
            for q in section.questions if q.visible_to is None or relation in q.visible_to)
        if questions:
            sections.append(Section(section.title, section.title_zh, questions))
    return tuple(sections)


def request_forms(session: Session, request_ids: list[int]) -> list[RequestForm]:
    """The forms of these requests, in the order given; a missing id is an error.
    A form tells who rates whom: only HR, an auditor or the rater asked may read it
    (a manager sees who was asked about their line in the progress lists, not here)."""
    requests = {r.id: r for r in session.scalars(select(FeedbackRequest).where(FeedbackRequest.id.in_(request_ids)))}
    missing = [i for i in request_ids if i not in requests]
    if missing:
        raise NotFound.coded("request_unknown", id=missing[0])
    actor = acting(session)
    if not actor.sees_everyone and any(actor.employee_id is None or r.rater_employee_id != actor.employee_id
                                       for r in requests.values()):
        raise PermissionDenied.coded("form_not_yours", name=actor.display_name)
    templates = {t.id: t for t in session.scalars(
        select(FormTemplate).where(FormTemplate.id.in_({r.template_id for r in requests.values()}))
        .options(selectinload(FormTemplate.sections).selectinload(FormSection.questions)
                 .selectinload(FormQuestion.anchors)))}
    people_ids = {r.subject_id for r in requests.values()} | {r.rater_employee_id for r in requests.values()
                                                              if r.rater_employee_id}
    people = {row.id: row for row in session.execute(
        select(Employee.id, Employee.name, Department.name.label("department"), Position.title, Position.title_zh)
        .join(Department, Employee.department_id == Department.id)
        .outerjoin(Position, Employee.position_id == Position.id).where(Employee.id.in_(people_ids)))}
    externals = dict(session.execute(select(ExternalRater.id, ExternalRater.name).where(
        ExternalRater.id.in_({r.external_rater_id for r in requests.values() if r.external_rater_id}))).all())
    cache: dict[tuple[int, str], tuple[Section, ...]] = {}
    forms = []
    for request_id in request_ids:
        request = requests[request_id]
        relation = request.relation.value
        key = (request.template_id, relation)
        if key not in cache:
            cache[key] = _sections(templates[request.template_id], relation)
        subject = people[request.subject_id]
        rater = people[request.rater_employee_id].name if request.rater_employee_id \
            else externals[request.external_rater_id]
        template = templates[request.template_id]
        context = " · ".join(p for p in (subject.department, subject.title_zh or subject.title) if p)
        forms.append(RequestForm(request.id, request.cycle_id, subject.name, context, rater, relation,
                                 template.name, template.name_zh, cache[key]))
    return forms
