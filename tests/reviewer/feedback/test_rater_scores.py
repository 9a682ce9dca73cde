"""The per-form competency sums that results read must always equal what the
answers say: after the demo's bulk load, guided submission, an offline import and
the migration that fills them for databases made before they existed."""
from __future__ import annotations

from collections import defaultdict

from sqlalchemy import delete, select, text

from db.migrate import alembic_config
from db.models import Answer, FeedbackRequest, FormQuestion, RaterScore, RequestStatus
from reviewer.feedback.filling import Given, open_filling, save_answer, submit
from reviewer.feedback.results import competency_cells


def _from_answers(session, cycle_id):
    """subject -> competency -> relation -> (raters, sum of rater means), straight from answers."""
    per_rater = defaultdict(list)
    rows = session.execute(
        select(FeedbackRequest.id, FeedbackRequest.subject_id, FeedbackRequest.relation, FormQuestion.competency_id,
               Answer.rating)
        .join(Answer, Answer.request_id == FeedbackRequest.id).join(FormQuestion, FormQuestion.id == Answer.question_id)
        .where(FeedbackRequest.cycle_id == cycle_id, FeedbackRequest.status == RequestStatus.SUBMITTED,
               Answer.rating.is_not(None), FormQuestion.competency_id.is_not(None)))
    for request_id, subject, relation, competency, rating in rows:
        per_rater[(subject, competency, relation.value, request_id)].append(rating)
    expected = defaultdict(lambda: [0, 0.0])
    for (subject, competency, relation, _), ratings in per_rater.items():
        cell = expected[(subject, competency, relation)]
        cell[0] += 1
        cell[1] += sum(ratings) / len(ratings)
    return {key: (count, round(total, 9)) for key, (count, total) in expected.items()}


def _from_results(session, cycle_id):
    return {(subject, competency, relation): (cell.count, round(cell.total, 9))
            for subject, by_competency in competency_cells(session, cycle_id).items()
            for competency, groups in by_competency.items() for relation, cell in groups.items()}


def test_demo_results_match_the_answers_and_a_guided_submit_adds_its_form(demo_database):
    with demo_database.session() as session:
        for cycle_id in (1, 2):
            assert _from_results(session, cycle_id) == _from_answers(session, cycle_id) != {}
        request = session.scalar(select(FeedbackRequest).where(FeedbackRequest.cycle_id == 2,
                                                               FeedbackRequest.status == RequestStatus.OPEN))
        before = _from_results(session, 2)
        for question in open_filling(session, request.id).form.questions():
            save_answer(session, request.id, question.id,
                        Given(rating=question.scale_max) if question.is_rating else Given(text="很好"))
        submit(session, request.id)
        after = _from_results(session, 2)
        assert after == _from_answers(session, 2) and after != before


def test_the_migration_fills_sums_for_forms_submitted_before_it(demo_database):
    from alembic import command

    with demo_database.session() as session:
        expected = _from_results(session, 1)
    with demo_database.engine.begin() as connection:
        config = alembic_config(connection)
        command.downgrade(config, "0003")
        assert "rater_scores" not in {r[0] for r in connection.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'table'"))}
        command.upgrade(config, "0004")
    with demo_database.session() as session:
        assert _from_results(session, 1) == expected
        session.execute(delete(RaterScore))
        assert _from_results(session, 1) == {}  # results really come from the sums
