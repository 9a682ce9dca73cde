"""The competency library and 360 form templates. A template that any cycle or
request uses is never changed: saving it creates the next version, so answers
always point at the exact questions they answered."""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from db.models import (
    AuditEvent,
    Competency,
    Cycle,
    FeedbackRequest,
    FormQuestion,
    FormSection,
    FormTemplate,
    QuestionAnchor,
    QuestionKind,
    Relationship,
)

from ..access import require_hr
from ..errors import NotFound, RowProblem, ValidationError

RELATIONS = tuple(r.value for r in Relationship)


@dataclass
class CompetencyDraft:
    code: str
    name: str
    name_zh: str | None = None
    description: str | None = None
    description_zh: str | None = None
    for_managers: bool = False
    id: int | None = None


@dataclass
class QuestionDraft:
    kind: QuestionKind
    text: str
    text_zh: str | None = None
    competency_id: int | None = None
    scale_min: int = 1
    scale_max: int = 5
    allow_cannot_judge: bool = True
    required: bool = True
    visible_to: list[str] | None = None  # None: every rater group
    anchors: dict[int, tuple[str, str | None]] = field(default_factory=dict)  # point -> (text, text_zh)


@dataclass
class SectionDraft:
    title: str
    title_zh: str | None = None
    questions: list[QuestionDraft] = field(default_factory=list)


@dataclass
class TemplateDraft:
    family: str
    name: str
    name_zh: str | None = None
    description: str | None = None
    sections: list[SectionDraft] = field(default_factory=list)


@dataclass(frozen=True)
class TemplateSummary:
    id: int
    family: str
    version: int
    name: str
    name_zh: str | None
    is_active: bool
    questions: int
    in_use: bool


# -- competencies ----------------------------------------------------------------------
def list_competencies(session: Session) -> list[CompetencyDraft]:
    return [CompetencyDraft(c.code, c.name, c.name_zh, c.description, c.description_zh, c.for_managers, c.id)
            for c in session.scalars(select(Competency).order_by(Competency.id))]


def save_competency(session: Session, draft: CompetencyDraft) -> int:
    """Create or change a competency of the company-wide catalogue: HR only."""
    require_hr(session)
    code, name = draft.code.strip().lower().replace(" ", "_"), draft.name.strip()
    if not code or not name:
        raise ValidationError.coded("competency_needs_names")
    if len(code) > 40 or len(name) > 100 or len(draft.name_zh or "") > 100:
        raise ValidationError.coded("competency_too_long")
    clash = session.scalar(select(Competency.id).where(Competency.code == code))
    if clash is not None and clash != draft.id:
        raise ValidationError.coded("competency_code_taken", code=code)
    competency = session.get(Competency, draft.id) if draft.id else Competency()
    if competency is None:
        raise NotFound.coded("competency_unknown", id=draft.id)
    competency.code, competency.name = code, name
    competency.name_zh = (draft.name_zh or "").strip() or None
    competency.description = (draft.description or "").strip() or None
    competency.description_zh = (draft.description_zh or "").strip() or None
    competency.for_managers = draft.for_managers
    session.add(competency)
    session.flush()
    return competency.id


def delete_competency(session: Session, competency_id: int) -> None:
    """Remove an unused competency from the company-wide catalogue: HR only."""
    require_hr(session)
    used = session.scalar(select(func.count()).select_from(FormQuestion)
                          .where(FormQuestion.competency_id == competency_id))
    if used:
        raise ValidationError.coded("competency_in_use", count=used)
    competency = session.get(Competency, competency_id)
    if competency is not None:
        session.delete(competency)
        session.flush()


# -- templates -------------------------------------------------------------------------
def _used_template_ids(session: Session) -> set[int]:
    by_requests = session.scalars(select(FeedbackRequest.template_id).distinct())
    by_cycles = session.scalars(select(Cycle.form_template_id).where(Cycle.form_template_id.is_not(None)))
    return set(by_requests) | set(by_cycles)


def list_templates(session: Session) -> list[TemplateSummary]:
    used = _used_template_ids(session)
    counts = dict(session.execute(select(FormSection.template_id, func.count(FormQuestion.id))
                                  .join(FormQuestion, FormQuestion.section_id == FormSection.id)
                                  .group_by(FormSection.template_id)).all())
    return [TemplateSummary(t.id, t.family, t.version, t.name, t.name_zh, t.is_active, counts.get(t.id, 0),
                            t.id in used)
            for t in session.scalars(select(FormTemplate).order_by(FormTemplate.family,
                                                                   FormTemplate.version.desc()))]


def template_draft(session: Session, template_id: int) -> TemplateDraft:
    template = session.scalar(select(FormTemplate).where(FormTemplate.id == template_id).options(
        selectinload(FormTemplate.sections).selectinload(FormSection.questions).selectinload(FormQuestion.anchors)))
    if template is None:
        raise NotFound.coded("template_unknown", id=template_id)
    return TemplateDraft(template.family, template.name, template.name_zh, template.description, [
        SectionDraft(s.title, s.title_zh, [
            QuestionDraft(q.kind, q.text, q.text_zh, q.competency_id, q.scale_min, q.scale_max,
                          q.allow_cannot_judge, q.required, list(q.visible_to) if q.visible_to else None,
                          {a.point: (a.text, a.text_zh) for a in q.anchors})
            for q in s.questions])
        for s in template.sections])


def check_template(session: Session, draft: TemplateDraft) -> list[RowProblem]:
    """Everything wrong with a draft, each naming the section and question."""
    problems: list[RowProblem] = []

    def problem(code: str, **params) -> None:
        problems.append(RowProblem(None, None, code, params))

    if not draft.name.strip():
        problem("template_needs_name")
    if not draft.family.strip():
        problem("template_needs_family")
    if not any(s.questions for s in draft.sections):
        problem("template_no_questions")
    competencies = set(session.scalars(select(Competency.id)))
    for s_no, section in enumerate(draft.sections, start=1):
        if not section.title.strip():
            problem("section_needs_title", section=s_no)
        for q_no, question in enumerate(section.questions, start=1):
            where = {"section": s_no, "question": q_no}
            if not question.text.strip():
                problem("question_no_text", **where)
            if question.visible_to is not None and (not question.visible_to or
                                                    set(question.visible_to) - set(RELATIONS)):
                problem("question_no_groups", **where)
            if question.kind != QuestionKind.RATING:
                continue
            if question.competency_id is not None and question.competency_id not in competencies:
                problem("question_competency_gone", **where)
            if not (0 <= question.scale_min < question.scale_max <= question.scale_min + 10):
                problem("question_scale_invalid", **where)
                continue
            missing = [p for p in range(question.scale_min, question.scale_max + 1)
                       if not (question.anchors.get(p, ("", None))[0] or "").strip()]
            if missing:
                problem("question_anchors_missing", points=", ".join(map(str, missing)), **where)
    return problems


def _fill(template: FormTemplate, draft: TemplateDraft) -> None:
    template.name, template.name_zh = draft.name.strip(), (draft.name_zh or "").strip() or None
    template.description = draft.description
    template.sections = [
        FormSection(position=s_no, title=s.title.strip(), title_zh=(s.title_zh or "").strip() or None, questions=[
            FormQuestion(position=q_no, kind=q.kind, text=q.text.strip(), text_zh=(q.text_zh or "").strip() or None,
                         competency_id=q.competency_id if q.kind == QuestionKind.RATING else None,
                         scale_min=q.scale_min, scale_max=q.scale_max, allow_cannot_judge=q.allow_cannot_judge,
                         required=q.required, visible_to=q.visible_to,
                         anchors=[QuestionAnchor(point=p, text=t.strip(), text_zh=(zh or "").strip() or None)
                                  for p, (t, zh) in sorted(q.anchors.items())
                                  if q.kind == QuestionKind.RATING and q.scale_min <= p <= q.scale_max])
            for q_no, q in enumerate(s.questions, start=1)])
        for s_no, s in enumerate(draft.sections, start=1)]


def save_template(session: Session, template_id: int | None, draft: TemplateDraft) -> tuple[int, bool]:
    """Store the draft; returns (id, whether a new version was made). An unused
    template is changed in place; a used one gets a successor and is retired. HR only."""
    require_hr(session)
    problems = check_template(session, draft)
    if problems:
        raise ValidationError.listing(problems)
    family = draft.family.strip()
    if template_id is None:
        if session.scalar(select(FormTemplate.id).where(FormTemplate.family == family)):
            raise ValidationError.coded("template_family_taken", family=family)
        template = FormTemplate(family=family, version=1)
        _fill(template, draft)
        session.add(template)
        session.flush()
        return template.id, False
    current = session.get(FormTemplate, template_id)
    if current is None:
        raise NotFound.coded("template_unknown", id=template_id)
    if template_id not in _used_template_ids(session):
        current.sections.clear()
        session.flush()  # old rows go before new ones take their positions
        _fill(current, draft)
        session.flush()
        return current.id, False
    newest = session.scalar(select(func.max(FormTemplate.version)).where(FormTemplate.family == current.family))
    successor = FormTemplate(family=current.family, version=newest + 1, is_active=True)
    _fill(successor, draft)
    session.add(successor)
    for older in session.scalars(select(FormTemplate).where(FormTemplate.family == current.family,
                                                            FormTemplate.is_active.is_(True))):
        older.is_active = False
    successor.is_active = True
    session.flush()
    session.add(AuditEvent(action="feedback.template_versioned", entity_type="form_templates",
                           entity_id=successor.id, details={"from": current.id, "version": successor.version}))
    session.flush()
    return successor.id, True
