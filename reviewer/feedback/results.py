"""360 results of a cycle, per person and per team, with the anonymity rules
applied before anything leaves this module.

Before the cycle's 360 results are published (feedback.release) nobody, HR
included, gets a figure built from answers: two readings before and after one more
form would give its rater away. What may be read then is how many forms were asked
and returned, per person and rater group: request statuses, not answers."""
from __future__ import annotations

import gc
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Float, String, cast, func, select, true, type_coerce
from sqlalchemy.orm import Session

from db.models import (
    Answer,
    Competency,
    Cycle,
    Employee,
    FeedbackRequest,
    FormQuestion,
    QuestionKind,
    RaterScore,
    Relationship,
    RequestStatus,
)

from ..access import require_all_in_scope, reviewable_condition
from ..errors import NotFound, StageBlocked
from ..people.directory import department_paths, list_departments
from .release import feedback_release
from .anonymity import NAMED, Cell, GroupScore, Publication, pool_publications, publish

# A gap of this many scale points between self and others marks a blind spot
# (self higher) or a hidden strength (others higher).
NOTABLE_GAP = 0.5
# Requests a rater was asked to answer, as the Progress tab counts them (a nomination
# awaits HR; a declined or cancelled request will bring no form).
ASKED_STATES = (RequestStatus.OPEN, RequestStatus.IN_PROGRESS, RequestStatus.SUBMITTED)


@dataclass(frozen=True)
class CompetencyInfo:
    id: int
    code: str
    name: str
    name_zh: str | None


@dataclass(frozen=True)
class CompetencyResult:
    competency: CompetencyInfo
    groups: list[GroupScore]
    withheld: tuple[str, ...]
    self_score: float | None
    manager_score: float | None
    others_score: float | None  # every published rater but self (manager included)
    others_count: int

    @property
    def gap(self) -> float | None:
        """Self minus others: positive means the person rates themself higher."""
        if self.self_score is None or self.others_score is None:
            return None
        return round(self.self_score - self.others_score, 4)

    @property
    def verdict(self) -> str | None:
        gap = self.gap
        if gap is None:
            return None
        if gap >= NOTABLE_GAP:
            return "blind_spot"
        if gap <= -NOTABLE_GAP:
            return "hidden_strength"
        return "aligned"


@dataclass(frozen=True)
class Comment:
    text: str
    group: str | None  # self or manager; None for the confidential pool


@dataclass
class FeedbackReport:
    cycle_id: int
    threshold: int
    subject_ids: tuple[int, ...]
    competencies: list[CompetencyResult] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    comments_withheld: bool = False
    responses: dict[str, int] = field(default_factory=dict)  # group -> submitted forms

    def blind_spots(self) -> list[CompetencyResult]:
        return sorted((c for c in self.competencies if c.verdict == "blind_spot"), key=lambda c: -(c.gap or 0))

    def hidden_strengths(self) -> list[CompetencyResult]:
        return sorted((c for c in self.competencies if c.verdict == "hidden_strength"), key=lambda c: c.gap or 0)


def competency_cells(session: Session, cycle_id: int, subject_ids: list[int] | None = None, *,
                     unscoped: bool = False) -> dict[int, dict[int, dict[str, Cell]]]:
    """subject -> competency -> group -> statistics of rater scores (each rater's mean
    rating on the competency), aggregated in the database from the submitted forms' sums.
    Only people whose results the acting user may read (a manager: their line), unless
    ``unscoped``: the scoring service stores everyone's score whoever changed an input,
    and shows it only within the reader's scope."""
    score = cast(RaterScore.total, Float) / RaterScore.ratings
    query = (
        select(FeedbackRequest.subject_id, RaterScore.competency_id,
               # as text: converting half a million values to the enum and back costs ~0.3 s
               type_coerce(FeedbackRequest.relation, String), func.count(), func.sum(score), func.sum(score * score))
        .join(FeedbackRequest, FeedbackRequest.id == RaterScore.request_id)
        .where(FeedbackRequest.cycle_id == cycle_id, FeedbackRequest.status == RequestStatus.SUBMITTED,
               true() if unscoped else reviewable_condition(session, FeedbackRequest.subject_id))
        .group_by(FeedbackRequest.subject_id, RaterScore.competency_id, FeedbackRequest.relation)
    )
    if subject_ids is not None:
        query = query.where(FeedbackRequest.subject_id.in_(subject_ids))
    cells: dict[int, dict[int, dict[str, Cell]]] = defaultdict(lambda: defaultdict(dict))
    # A Core query on the session's connection: the ORM's row handling adds ~20%
    # and nothing here is an entity.
    with _collector_paused():
        for subject, competency, relation, count, total, squares in session.connection().execute(query):
            cells[subject][competency][relation] = Cell(count, float(total), float(squares))
    return cells


@contextmanager
def _collector_paused():
    """Building half a million small objects triggers the cyclic garbage collector
    dozens of times for nothing (none of them form cycles): ~25% of the time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def publish_cycle(session: Session, cycle_id: int, subject_ids: list[int] | None = None, *,
                  unscoped: bool = False) -> dict[int, dict[int, Publication]]:
    """subject -> competency -> what may be shown, for a whole cycle or some people."""
    threshold = _threshold(session, cycle_id)
    cells = competency_cells(session, cycle_id, subject_ids, unscoped=unscoped)
    with _collector_paused():
        return {subject: {competency: publish(groups, threshold) for competency, groups in by_competency.items()}
                for subject, by_competency in cells.items()}


def _threshold(session: Session, cycle_id: int) -> int:
    threshold = session.scalar(select(Cycle.anonymity_threshold).where(Cycle.id == cycle_id))
    if threshold is None:
        raise NotFound.coded("cycle_unknown_id", id=cycle_id)
    return threshold


def _competencies(session: Session) -> dict[int, CompetencyInfo]:
    return {row.id: CompetencyInfo(row.id, row.code, row.name, row.name_zh)
            for row in session.execute(select(Competency.id, Competency.code, Competency.name, Competency.name_zh))}


def _result(info: CompetencyInfo, publication: Publication) -> CompetencyResult:
    others = publication.everyone_but_self()
    own = publication.cells.get(Relationship.SELF.value)
    manager = publication.cells.get(Relationship.MANAGER.value)
    return CompetencyResult(
        competency=info, groups=publication.scores(), withheld=publication.withheld,
        self_score=None if own is None else round(own.mean, 4),
        manager_score=None if manager is None else round(manager.mean, 4),
        others_score=None if not others.count else round(others.mean, 4), others_count=others.count)


def feedback_report(session: Session, cycle_id: int, subject_ids: list[int]) -> FeedbackReport:
    """The 360 results of one person, or of a team when given several people: each
    person's cells are published first and only then pooled. Refused for anyone the
    acting user may not review (a manager's own results included), and for everyone
    before the cycle's 360 results are published."""
    require_all_in_scope(session, subject_ids, review=True)
    refuse_unpublished(session, cycle_id)
    threshold = _threshold(session, cycle_id)
    published = publish_cycle(session, cycle_id, subject_ids)
    competencies = _competencies(session)
    report = FeedbackReport(cycle_id, threshold, tuple(subject_ids))
    by_competency: dict[int, list[Publication]] = defaultdict(list)
    for per_subject in published.values():
        for competency, publication in per_subject.items():
            by_competency[competency].append(publication)
    for competency in sorted(by_competency):  # catalogue order
        report.competencies.append(_result(competencies[competency], pool_publications(by_competency[competency])))
    report.responses = _responses(session, cycle_id, subject_ids)
    report.comments, report.comments_withheld = _comments(session, cycle_id, subject_ids, threshold)
    return report


def _responses(session: Session, cycle_id: int, subject_ids: list[int]) -> dict[str, int]:
    rows = session.execute(
        select(FeedbackRequest.relation, func.count())
        .where(FeedbackRequest.cycle_id == cycle_id, FeedbackRequest.subject_id.in_(subject_ids),
               FeedbackRequest.status == RequestStatus.SUBMITTED)
        .group_by(FeedbackRequest.relation))
    return {str(relation): count for relation, count in rows}


def _comments(session: Session, cycle_id: int, subject_ids: list[int], threshold: int
              ) -> tuple[list[Comment], bool]:
    """Self and manager comments with their group; everyone else's without any
    attribution, in alphabetical order (which says nothing about who wrote what).
    A confidential group's comments follow its figures: shown when the group is
    published, alone or in the pooled "others" (counted by returned forms); a
    withheld group's comments are withheld, never mixed into the others'."""
    rows = session.execute(
        select(FeedbackRequest.subject_id, FeedbackRequest.relation, Answer.text)
        .join(Answer, Answer.request_id == FeedbackRequest.id)
        .join(FormQuestion, Answer.question_id == FormQuestion.id)
        .where(FeedbackRequest.cycle_id == cycle_id, FeedbackRequest.subject_id.in_(subject_ids),
               FeedbackRequest.status == RequestStatus.SUBMITTED, FormQuestion.kind == QuestionKind.TEXT,
               Answer.text.is_not(None)))
    named: list[Comment] = []
    confidential: dict[tuple[int, str], list[str]] = defaultdict(list)
    for subject, relation, text in rows:
        text = text.strip()
        if not text:
            continue
        if str(relation) in NAMED:
            named.append(Comment(text, str(relation)))
        else:
            confidential[(subject, str(relation))].append(text)
    forms: dict[int, dict[str, Cell]] = defaultdict(dict)
    for subject, relation, count in session.execute(
            select(FeedbackRequest.subject_id, FeedbackRequest.relation, func.count())
            .where(FeedbackRequest.cycle_id == cycle_id, FeedbackRequest.subject_id.in_(subject_ids),
                   FeedbackRequest.status == RequestStatus.SUBMITTED,
                   FeedbackRequest.relation.not_in([Relationship(g) for g in NAMED]))
            .group_by(FeedbackRequest.subject_id, FeedbackRequest.relation)):
        forms[subject][str(relation)] = Cell(count)
    published = {subject: publish(groups, threshold) for subject, groups in forms.items()}
    shown, withheld = [], False
    for (subject, group), texts in confidential.items():
        publication = published[subject]
        if group in publication.cells or group in publication.pooled_from:
            shown.extend(texts)
        else:
            withheld = True
    order = {g: n for n, g in enumerate(NAMED)}
    named.sort(key=lambda c: (order[c.group], c.text))
    return named + [Comment(text, None) for text in sorted(shown)], withheld


def others_means(session: Session, cycle_id: int, subject_ids: list[int]) -> dict[int, float]:
    """Each person's overall score from everyone but themself, over all competencies,
    built from published cells only: the spread of a team for a distribution chart.
    Refused before the cycle's 360 results are published."""
    require_all_in_scope(session, subject_ids, review=True)
    refuse_unpublished(session, cycle_id)
    means = {}
    for subject, publications in publish_cycle(session, cycle_id, subject_ids).items():
        pooled = sum((p.everyone_but_self() for p in publications.values()), Cell())
        if pooled.count:
            means[subject] = round(pooled.mean, 4)
    return means


def refuse_unpublished(session: Session, cycle_id: int) -> None:
    """StageBlocked until the cycle's 360 results are published, for everyone: HR
    reading a figure before and after one returned form would recover that form."""
    release = feedback_release(session, cycle_id)
    if not release.published:
        raise StageBlocked.coded("results_unpublished", cycle=session.get(Cycle, cycle_id).name)


@dataclass(frozen=True)
class GroupProgress:
    group: str  # a rater group: self, manager, peer, direct_report, customer
    asked: int
    submitted: int


@dataclass(frozen=True)
class PersonProgress:
    """How many forms about one person were asked and returned, per rater group."""
    subject_id: int
    name: str
    groups: tuple[GroupProgress, ...]

    @property
    def asked(self) -> int:
        return sum(g.asked for g in self.groups)

    @property
    def submitted(self) -> int:
        return sum(g.submitted for g in self.groups)


def response_progress(session: Session, cycle_id: int, subject_ids: list[int]) -> tuple[PersonProgress, ...]:
    """Per person and rater group, forms asked and returned: counted from request
    statuses only, never from answers, so it may be read before publication."""
    require_all_in_scope(session, subject_ids, review=True)
    counts: dict[int, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for subject, relation, status, count in session.execute(
            select(FeedbackRequest.subject_id, FeedbackRequest.relation, FeedbackRequest.status, func.count())
            .where(FeedbackRequest.cycle_id == cycle_id, FeedbackRequest.subject_id.in_(subject_ids),
                   FeedbackRequest.status.in_(ASKED_STATES))
            .group_by(FeedbackRequest.subject_id, FeedbackRequest.relation, FeedbackRequest.status)):
        cell = counts[subject][Relationship(relation).value]
        cell[0] += count
        cell[1] += count if status == RequestStatus.SUBMITTED else 0
    order = {g.value: n for n, g in enumerate(Relationship)}
    names = dict(session.execute(select(Employee.id, Employee.name).where(Employee.id.in_(subject_ids))).all())
    return tuple(PersonProgress(subject, names.get(subject, ""),
                                tuple(GroupProgress(g, *counts[subject][g])
                                      for g in sorted(counts[subject], key=order.__getitem__)))
                 for subject in sorted(subject_ids, key=lambda s: (names.get(s, ""), s)))


@dataclass(frozen=True)
class ResultsSetting:
    """What the Results tab needs to choose from in a cycle: the departments (with
    their full paths, as request rows name them) and whether results are published."""
    departments: tuple
    paths: dict[int, str]
    published: bool
    notice_code: str | None
    notice_params: dict
    cycle_name: str = ""


def results_setting(session: Session, cycle_id: int) -> ResultsSetting:
    release = feedback_release(session, cycle_id)
    return ResultsSetting(tuple(list_departments(session)),
                          {d: "/".join(p) for d, p in department_paths(session).items()},
                          release.published, release.notice_code, release.notice_params,
                          session.get(Cycle, cycle_id).name)


@dataclass(frozen=True)
class SubjectResults:
    """What the Results tab shows of a person or a team: once published, the report
    and (for a team) each person's mean score from others; before, only the progress
    of the forms and the notice saying when the results will be published."""
    published: bool
    report: FeedbackReport | None
    means: dict[int, float]
    progress: tuple[PersonProgress, ...]
    notice_code: str
    notice_params: dict


def subject_results(session: Session, cycle_id: int, subject_ids: list[int], team: bool) -> SubjectResults:
    """A person's or a team's 360 results, or before publication their forms' progress."""
    release = feedback_release(session, cycle_id)
    if not release.published:
        return SubjectResults(False, None, {}, response_progress(session, cycle_id, subject_ids),
                              release.notice_code, release.notice_params)
    return SubjectResults(True, feedback_report(session, cycle_id, subject_ids),
                          others_means(session, cycle_id, subject_ids) if team else {}, (),
                          release.notice_code, release.notice_params)
