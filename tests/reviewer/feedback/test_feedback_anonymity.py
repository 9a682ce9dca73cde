"""Anonymity of 360 results: nothing the services return lets anyone recover the
rating or identity of a rater in a group smaller than the threshold."""
from __future__ import annotations

import math
import random
import shutil
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.location import resolve_database_url
from db.migrate import open_database
from db.models import (
    Answer,
    Cycle,
    CycleStage,
    Department,
    Employee,
    ExternalRater,
    FeedbackRequest,
    FormTemplate,
    Frequency,
    QuestionKind,
    Relationship,
    RequestStatus,
)
from reviewer.cycles.catalogue import install_catalogue
from reviewer.feedback.anonymity import CONFIDENTIAL, NAMED, OTHERS, Cell, pool_publications, publish
from reviewer.feedback.results import feedback_report
from reviewer.feedback.scores import record_scores

scores = st.lists(st.integers(1, 5).map(float), max_size=7)
group_scores = st.fixed_dictionaries({
    "self": st.lists(st.integers(1, 5).map(float), max_size=1),
    "manager": st.lists(st.integers(1, 5).map(float), max_size=1),
    "peer": scores, "direct_report": scores, "customer": scores,
})


def cells_of(groups: dict[str, list[float]]) -> dict[str, Cell]:
    return {g: Cell.of(v) for g, v in groups.items()}


def same(a, b) -> bool:
    """Equal publications, allowing for the order in which floats were added."""
    if a.cells.keys() != b.cells.keys() or a.pooled_from != b.pooled_from or a.withheld != b.withheld:
        return False
    return all(a.cells[g].count == b.cells[g].count and math.isclose(a.cells[g].total, b.cells[g].total)
               and math.isclose(a.cells[g].squares, b.cells[g].squares) for g in a.cells)


@given(group_scores, st.integers(1, 6))
def test_every_confidential_figure_covers_at_least_threshold_raters(groups, threshold):
    publication = publish(cells_of(groups), threshold)
    for group, cell in publication.cells.items():
        if group not in NAMED:
            assert cell.count >= threshold
    # Each confidential group with answers is in exactly one place: alone, pooled or withheld.
    for group in CONFIDENTIAL:
        places = [group in publication.cells, group in publication.pooled_from, group in publication.withheld]
        assert sum(places) == (1 if groups[group] else 0)
    # Published cells are disjoint: their counts add up to the raters they cover.
    covered = sum(len(groups[g]) for g in groups if g in publication.cells or g in publication.pooled_from)
    assert sum(c.count for c in publication.cells.values()) == covered


@given(group_scores, st.integers(1, 6), st.randoms(use_true_random=False))
def test_withheld_ratings_change_nothing_shown(groups, threshold, rng):
    before = publish(cells_of(groups), threshold)
    changed = {g: ([6.0 - v for v in values] if g in before.withheld else values) for g, values in groups.items()}
    changed = {g: (rng.sample(v, len(v)) if g in before.withheld else v) for g, v in changed.items()}
    assert same(before, publish(cells_of(changed), threshold))


@given(group_scores, st.integers(1, 6), st.randoms(use_true_random=False))
def test_who_in_the_pool_gave_which_rating_cannot_be_told(groups, threshold, rng):
    """Dealing the pooled ratings out among the small groups again (same group sizes)
    gives the same output, so neither a group's ratings nor a rater's can be read off."""
    before = publish(cells_of(groups), threshold)
    pool = [v for g in before.pooled_from for v in groups[g]]
    rng.shuffle(pool)
    dealt = dict(groups)
    for g in before.pooled_from:
        dealt[g], pool = pool[:len(groups[g])], pool[len(groups[g]):]
    assert same(before, publish(cells_of(dealt), threshold))


@given(st.lists(group_scores, min_size=2, max_size=5), st.integers(1, 5), st.data())
def test_a_team_view_minus_a_persons_view_is_only_published_cells(team, threshold, data):
    publications = [publish(cells_of(g), threshold) for g in team]
    left_out = data.draw(st.integers(0, len(team) - 1))
    whole = pool_publications(publications)
    rest = pool_publications(p for n, p in enumerate(publications) if n != left_out)
    person = publications[left_out]
    for group, cell in whole.cells.items():
        difference = cell.count - rest.cells.get(group, Cell()).count
        # What subtraction yields is exactly the person's own published cell.
        assert difference == person.cells.get(group, Cell()).count
    # And the team view does not move when any person's withheld ratings change.
    changed = [publish(cells_of({g: ([6.0 - v for v in vs] if g in p.withheld else vs) for g, vs in groups.items()}),
                       threshold) for groups, p in zip(team, publications)]
    assert same(whole, pool_publications(changed))


# -- through the database: aggregates and comments ----------------------------------------

@pytest.fixture(scope="module")
def feedback_db(tmp_path_factory, sqlite_template):
    path = tmp_path_factory.mktemp("anonymity") / "db.sqlite3"
    shutil.copy(sqlite_template, path)
    database, _ = open_database(resolve_database_url(str(path)))
    with database.session() as session:
        install_catalogue(session)
        session.add(Department(name="销售部"))
        # In manager review: the 360 results are published (before that nobody reads them).
        session.add(Cycle(name="2026 H2", period_start=date(2026, 7, 1), period_end=date(2026, 12, 31),
                          frequency=Frequency.HALF_YEAR, anonymity_threshold=3, stage=CycleStage.MANAGER_REVIEW))
    yield database
    database.dispose()


raters = st.lists(st.sampled_from([Relationship.PEER, Relationship.DIRECT_REPORT, Relationship.CUSTOMER]),
                  max_size=8)


def _build(session: Session, others: list[Relationship], with_manager: bool, seed: int) -> tuple[int, int]:
    rng = random.Random(seed)
    cycle = session.scalar(select(Cycle))
    department = session.scalar(select(Department))
    form = session.scalar(select(FormTemplate).where(FormTemplate.family == "individual_contributor"))
    questions = [q for s in form.sections for q in s.questions]
    people = [Employee(employee_no=f"T{n}", name=f"测试员{n}", department_id=department.id)
              for n in range(len(others) + 2)]
    session.add_all(people)
    session.flush()
    subject, manager, *rest = people
    plan = [(Relationship.SELF, subject.id, None)]
    if with_manager:
        plan.append((Relationship.MANAGER, manager.id, None))
    for relation, person in zip(others, rest):
        if relation == Relationship.CUSTOMER:
            external = ExternalRater(name=f"客户{person.id}")
            session.add(external)
            session.flush()
            plan.append((relation, None, external.id))
        else:
            plan.append((relation, person.id, None))
    for relation, employee_id, external_id in plan:
        request = FeedbackRequest(cycle_id=cycle.id, subject_id=subject.id, rater_employee_id=employee_id,
                                  external_rater_id=external_id, relation=relation, template_id=form.id,
                                  status=RequestStatus.SUBMITTED)
        for question in questions:
            if question.kind == QuestionKind.TEXT:
                if rng.random() < 0.5:
                    request.answers.append(Answer(question_id=question.id, text=f"{relation.value} 说：意见{rng.random()}"))
            elif rng.random() < 0.15:
                request.answers.append(Answer(question_id=question.id, cannot_judge=True))
            else:
                request.answers.append(Answer(question_id=question.id, rating=rng.randint(1, 5)))
        session.add(request)
    session.flush()
    # What submitting does: each form's ratings summed per competency.
    record_scores(session, session.scalars(select(FeedbackRequest.id).where(FeedbackRequest.subject_id == subject.id)))
    return cycle.id, subject.id


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raters, st.booleans(), st.integers(0, 10_000))
def test_reports_hide_small_groups_and_their_comments(feedback_db, others, with_manager, seed):
    with Session(feedback_db.engine) as session:
        cycle_id, subject_id = _build(session, others, with_manager, seed)
        report = feedback_report(session, cycle_id, [subject_id])
        assert report.competencies  # every form rates every competency at least once
        for result in report.competencies:
            for group in result.groups:
                if group.group not in NAMED:
                    assert group.count >= report.threshold
        confidential = [c for c in report.comments if c.group is None]
        if len(others) < report.threshold:
            assert not confidential
            assert report.comments_withheld == any("说" in (a.text or "") for r in session.scalars(
                select(FeedbackRequest).where(FeedbackRequest.relation.in_(others))) for a in r.answers)
        else:
            assert [c.text for c in confidential] == sorted(c.text for c in confidential)
        # Withheld ratings flipped: the report does not move.
        withheld = {(r.competency.id, g) for r in report.competencies for g in r.withheld}
        for answer in session.scalars(select(Answer).join(FeedbackRequest)):
            key = (answer.question.competency_id, answer.request.relation.value)
            if answer.rating is not None and key in withheld:
                answer.rating = 6 - answer.rating
        session.flush()
        record_scores(session, session.scalars(select(FeedbackRequest.id).where(
            FeedbackRequest.subject_id == subject_id)))
        again = feedback_report(session, cycle_id, [subject_id])
        assert [(r.competency.id, r.groups, r.withheld) for r in again.competencies] == \
               [(r.competency.id, r.groups, r.withheld) for r in report.competencies]
        session.rollback()


def test_others_pool_is_shown_only_when_it_reaches_the_threshold():
    two_peers = {"self": Cell.of([4.0]), "peer": Cell.of([3.0, 5.0]), "customer": Cell.of([2.0])}
    publication = publish(two_peers, 3)
    assert set(publication.cells) == {"self", OTHERS} and publication.pooled_from == ("peer", "customer")
    assert publication.cells[OTHERS].mean == pytest.approx(10 / 3)
    alone = publish({"peer": Cell.of([3.0, 5.0])}, 3)
    assert not alone.cells and alone.withheld == ("peer",)
