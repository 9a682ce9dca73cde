"""The 360 score and every output that shows 360 results: built from published
cells only, held back until the cycle's 360 results are published, and a withheld
group's comments withheld with its figures."""
from __future__ import annotations

import math
import re
import subprocess
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import delete, func, select, text, update
from sqlalchemy.orm import Session

from db.migrate import open_database
from db.models import (
    Answer,
    Appraisal,
    AppraisalState,
    AppraisalTargetReview,
    AuditEvent,
    Cycle,
    CycleStage,
    Department,
    Employee,
    ExternalRater,
    FeedbackRequest,
    FormTemplate,
    Frequency,
    QuestionKind,
    RaterScore,
    RatingBand,
    Relationship,
    RequestStatus,
)
from reviewer.appraisal.document import appraisal_document
from reviewer.appraisal.listing import appraisal_rows
from reviewer.appraisal.team_report import render_team_pdf, team_summary, write_team_xlsx
from reviewer.cycles.catalogue import install_catalogue
from reviewer.cycles.scoring import compute_scores
from reviewer.cli.runner import run
from reviewer.io.exports import results_table
from reviewer.feedback.anonymity import OTHERS, Cell, publish
from reviewer.feedback.filling import Given, open_filling, save_answer, submit
from reviewer.feedback.published_score import published_competency_score, published_competency_scores
from reviewer.feedback.release import feedback_published, set_feedback_release
from reviewer.feedback.results import feedback_report, publish_cycle
from reviewer.feedback.scores import record_scores
from reviewer.messages import render
from reviewer.pdf.appraisal_pdf import render_appraisal
from reviewer.kpi import scoring

CLOSED, OPEN = "2026 H1", "2026 H2"


# -- the formula -------------------------------------------------------------------------

def test_score_weighs_each_published_group_and_ignores_a_withheld_customer():
    first = publish({"self": Cell.of([5.0]), "manager": Cell.of([4.0]), "peer": Cell.of([3.0, 4.0, 5.0]),
                     "customer": Cell.of([1.0])}, 3)
    second = publish({"self": Cell.of([5.0]), "manager": Cell.of([5.0]), "peer": Cell.of([2.0, 3.0, 4.0]),
                      "customer": Cell.of([5.0])}, 3)
    assert first.withheld == ("customer",)
    # manager 100 x 4.5 / 5 = 90, peers 100 x 3.5 / 5 = 70; weights 50 and 20; self counts for nothing.
    assert published_competency_score([first, second]) == pytest.approx((90 * 50 + 70 * 20) / 70)


def test_pooled_others_weigh_the_groups_pooled_into_them():
    publication = publish({"manager": Cell.of([4.0]), "peer": Cell.of([3.0, 5.0]), "customer": Cell.of([2.0])}, 3)
    assert set(publication.cells) == {"manager", OTHERS}
    # manager 80 (weight 50), others 100 x (10/3) / 5 (weight peer 20 + customer 10).
    assert published_competency_score([publication]) == pytest.approx((80 * 50 + 200 / 3 * 30) / 80)


def test_no_published_group_but_self_means_no_score():
    assert published_competency_score([publish({"self": Cell.of([5.0]), "peer": Cell.of([4.0])}, 3)]) is None


ratings = st.lists(st.integers(1, 5).map(float), max_size=6)
competency = st.fixed_dictionaries({
    "self": st.lists(st.integers(1, 5).map(float), max_size=1),
    "manager": st.lists(st.integers(1, 5).map(float), max_size=1),
    "peer": ratings, "direct_report": ratings, "customer": ratings})


@given(st.lists(competency, min_size=1, max_size=5), st.integers(1, 5), st.randoms(use_true_random=False))
def test_the_score_never_changes_when_a_withheld_groups_ratings_change(competencies, threshold, rng):
    before = [publish({g: Cell.of(v) for g, v in groups.items()}, threshold) for groups in competencies]
    changed = []
    for groups, publication in zip(competencies, before):
        changed.append({g: ([float(rng.randint(1, 5)) for _ in v] if g in publication.withheld else v)
                        for g, v in groups.items()})
    after = [publish({g: Cell.of(v) for g, v in groups.items()}, threshold) for groups in changed]
    score_before = published_competency_score(before)
    score_after = published_competency_score(after)
    assert (score_before is None) == (score_after is None)
    if score_before is not None:
        assert math.isclose(score_before, score_after, rel_tol=1e-12)


# -- the demo's stored scores -------------------------------------------------------------

def _cycle_id(session: Session, name: str) -> int:
    return session.scalar(select(Cycle.id).where(Cycle.name == name))


def _lone_withheld(session: Session, cycle_id: int) -> dict[int, tuple[str, set[int]]]:
    """Demo people with exactly one withheld group, which has a single rater: the
    group and the competencies where it is withheld (a "cannot judge" elsewhere
    can pool it, published, with a shrunken group)."""
    found = {}
    for subject, by_competency in publish_cycle(session, cycle_id).items():
        withheld = {g for p in by_competency.values() for g in p.withheld}
        if len(withheld) != 1:
            continue
        group = withheld.pop()
        raters = session.scalar(select(func.count()).select_from(FeedbackRequest).where(
            FeedbackRequest.cycle_id == cycle_id, FeedbackRequest.subject_id == subject,
            FeedbackRequest.status == RequestStatus.SUBMITTED, FeedbackRequest.relation == Relationship(group)))
        if raters == 1:
            found[subject] = group, {c for c, p in by_competency.items() if group in p.withheld}
    return found


def _outputs(session: Session, cycle_id: int, subject: int):
    """Everything the program shows about a person's appraisal."""
    document = appraisal_document(session, cycle_id, subject)
    rows = [r for r in appraisal_rows(session, cycle_id) if r.employee_id == subject]
    no = session.get(Employee, subject).employee_no
    export = [r for r in results_table(session, CLOSED).rows if r[1] == no]
    return document, rows, export, published_competency_scores(session, cycle_id, [subject])


def test_the_demo_scores_read_nothing_a_lone_withheld_rater_gave(demo_database):
    with demo_database.session() as session:
        cycle_id = _cycle_id(session, CLOSED)
        lone = _lone_withheld(session, cycle_id)
        assert len(lone) >= 10  # the issue reproduced the leak for 15 of them
        scores = published_competency_scores(session, cycle_id)
        for appraisal in session.scalars(select(Appraisal).where(Appraisal.cycle_id == cycle_id)):
            # The stored 360 score is the published-cells score, nothing else.
            expected = scores.get(appraisal.employee_id)
            assert appraisal.competency_score == (None if expected is None else pytest.approx(expected))
        for subject, (group, competencies) in lone.items():
            before = _outputs(session, cycle_id, subject)
            requests = select(FeedbackRequest.id).where(
                FeedbackRequest.cycle_id == cycle_id, FeedbackRequest.subject_id == subject,
                FeedbackRequest.relation == Relationship(group))
            # The lone rater's ratings, mirrored (1 <-> 5): every output stays the same.
            session.execute(update(RaterScore).where(RaterScore.request_id.in_(requests),
                                                     RaterScore.competency_id.in_(competencies))
                            .values(total=6 * RaterScore.ratings - RaterScore.total))
            assert _outputs(session, cycle_id, subject) == before
        session.rollback()


def _old_leaky_scores(session: Session) -> None:
    """What the earlier demo stored: the 360 score from every non-self rating."""
    for appraisal in session.scalars(select(Appraisal)):
        cycle = session.get(Cycle, appraisal.cycle_id)
        total, count = session.execute(
            select(text("sum(rater_scores.total)"), text("sum(rater_scores.ratings)"))
            .select_from(RaterScore).join(FeedbackRequest, FeedbackRequest.id == RaterScore.request_id)
            .where(FeedbackRequest.cycle_id == appraisal.cycle_id, FeedbackRequest.subject_id == appraisal.employee_id,
                   FeedbackRequest.status == RequestStatus.SUBMITTED,
                   FeedbackRequest.relation != Relationship.SELF)).one()
        competency = None if not count else 100.0 * total / count / 5
        parts = scoring.combine_parts(appraisal.kpi_score, competency, cycle.kpi_weight, cycle.competency_weight)
        appraisal.competency_score = None if competency is None else round(competency, 1)
        appraisal.final_score = round(parts.final, 1)
        bands = [(b.id, b.min_score) for b in cycle.rating_bands]
        appraisal.proposed_band_id = scoring.band_for_score(appraisal.final_score, bands)
        if not appraisal.calibrations:
            appraisal.calibrated_band_id = appraisal.proposed_band_id
        for move in appraisal.calibrations:
            move.from_score = move.to_score = appraisal.final_score


def test_migration_0006_recomputes_leaky_stored_scores_from_published_cells(database):
    from reviewer.demo import build_demo

    demo_database = database
    with demo_database.session() as session:
        build_demo(session)
    with demo_database.session() as session:
        # The earlier demo had appraisals in its closed cycle only.
        open_cycle = select(Appraisal.id).where(Appraisal.cycle_id == _cycle_id(session, OPEN))
        session.execute(delete(AppraisalTargetReview).where(AppraisalTargetReview.appraisal_id.in_(open_cycle)))
        session.execute(delete(Appraisal).where(Appraisal.id.in_(open_cycle)))
        _old_leaky_scores(session)
        leaky = {a.id: a.competency_score for a in session.scalars(select(Appraisal))}
        moved = {a.id: a.calibrated_band_id for a in session.scalars(select(Appraisal)) if a.calibrations}
    assert moved
    # Back to the schema before 0006, as a database made by the earlier program is.
    from alembic import command

    from db.migrate import SCHEMA_HEAD, alembic_config

    with demo_database.engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0005")
    url = demo_database.url
    demo_database.dispose()
    database, upgrade = open_database(url)
    try:
        assert (upgrade.from_revision, upgrade.to_revision) == ("0005", SCHEMA_HEAD)
        with database.session() as session:
            changed = 0
            for appraisal in session.scalars(select(Appraisal)):
                cycle = session.get(Cycle, appraisal.cycle_id)
                score = published_competency_scores(session, cycle.id, [appraisal.employee_id]).get(
                    appraisal.employee_id)
                assert appraisal.competency_score == (None if score is None else round(score, 1))
                final = scoring.combine_parts(appraisal.kpi_score, score, cycle.kpi_weight, cycle.competency_weight)
                assert appraisal.final_score == round(final.final, 1)
                band = scoring.band_for_score(appraisal.final_score, [(b.id, b.min_score) for b in cycle.rating_bands])
                assert appraisal.proposed_band_id == band
                # A band moved in calibration stays where people put it; the others follow the score.
                assert appraisal.calibrated_band_id == moved.get(appraisal.id, band)
                for move in appraisal.calibrations:
                    assert move.from_score == move.to_score == appraisal.final_score
                changed += appraisal.competency_score != leaky[appraisal.id]
            assert changed > 0
            events = session.scalars(select(AuditEvent).where(
                AuditEvent.action == "appraisal.competency_score_republished")).all()
            assert len(events) >= changed
            assert all(set(e.details) <= {"revision", "competency_score", "final_score"} for e in events)
    finally:
        database.dispose()


# -- results held back until published ---------------------------------------------------------

class Stage:
    def __init__(self, stage, release=None):
        self.stage, self.feedback_release_date = stage, release


@pytest.mark.parametrize("stage, release, today, published", [
    (CycleStage.GOAL_SETTING, None, date(2026, 9, 1), False),
    (CycleStage.SELF_REVIEW_360, None, date(2026, 9, 1), False),
    (CycleStage.SELF_REVIEW_360, date(2026, 9, 2), date(2026, 9, 1), False),
    (CycleStage.SELF_REVIEW_360, date(2026, 9, 1), date(2026, 9, 1), True),
    (CycleStage.MANAGER_REVIEW, None, date(2026, 9, 1), True),
    (CycleStage.CLOSED, None, date(2026, 9, 1), True),
])
def test_360_results_are_published_after_the_360_stage_or_from_the_release_date(stage, release, today, published):
    assert feedback_published(Stage(stage, release), today) is published


def _answer_everything(session: Session, request_id: int, rating: int) -> None:
    for question in open_filling(session, request_id).form.questions():
        if question.is_rating:
            save_answer(session, request_id, question.id, Given(rating=rating))
        else:
            save_answer(session, request_id, question.id, Given(text=f"意见 {rating}"))
    submit(session, request_id)


def _pdf_text(document, tmp_path, name) -> str:
    path = tmp_path / name
    path.write_bytes(render_appraisal(document))
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def _every_output(session: Session, cycle_id: int, subject: int, tmp_path, tag: str):
    document = appraisal_document(session, cycle_id, subject)
    summary = team_summary(session, cycle_id, None)
    write_team_xlsx(summary, tmp_path / f"team-{tag}.xlsx")
    team_text = tmp_path / f"team-{tag}.pdf"
    team_text.write_bytes(render_team_pdf(summary))
    return (document, _pdf_text(document, tmp_path, f"{tag}.pdf"), summary,
            subprocess.run(["pdftotext", str(team_text), "-"], capture_output=True, text=True).stdout,
            _subject_rows(session, subject))


def _subject_rows(session: Session, subject: int) -> list:
    """The subject's rows of the results export (the open cycle has everyone's appraisal)."""
    number = session.get(Employee, subject).employee_no
    return [r for r in results_table(session, OPEN).rows if r[1] == number]


def test_a_returned_form_changes_no_draft_before_the_results_are_published(demo_database, tmp_path):
    with demo_database.session() as session:
        cycle_id = _cycle_id(session, OPEN)
        # A person with answers already in, and a peer's form still open.
        request = session.scalars(select(FeedbackRequest).where(
            FeedbackRequest.cycle_id == cycle_id, FeedbackRequest.relation == Relationship.PEER,
            FeedbackRequest.status.in_([RequestStatus.OPEN, RequestStatus.IN_PROGRESS]),
            FeedbackRequest.subject_id.in_(select(FeedbackRequest.subject_id).where(
                FeedbackRequest.cycle_id == cycle_id, FeedbackRequest.status == RequestStatus.SUBMITTED,
                FeedbackRequest.relation == Relationship.MANAGER)))).first()
        subject = request.subject_id
        # A draft appraisal whose stored scores include the live 360 part (its KPI part as
        # computed: a returned form makes the scoring service recompute the stored scores).
        band = session.scalar(select(RatingBand).where(RatingBand.cycle_id == cycle_id).limit(1))
        kpi = compute_scores(session, cycle_id, [subject])[1][subject].kpi_score
        appraisal = session.scalar(select(Appraisal).where(Appraisal.cycle_id == cycle_id,
                                                           Appraisal.employee_id == subject))
        appraisal.kpi_score, appraisal.competency_score, appraisal.final_score = kpi, 72.4, 78.8
        appraisal.proposed_band_id, appraisal.state = band.id, AppraisalState.DRAFT
        session.flush()
        before = _every_output(session, cycle_id, subject, tmp_path, "before")
        document, pdf_text, summary, team_text, export = before
        assert document.feedback is None and not document.feedback_published
        assert (document.kpi_score, document.competency_score, document.final_score, document.band) == \
               (kpi, None, None, None)
        assert "360 results are published when the 360 stage ends." in pdf_text
        assert "72.4" not in pdf_text and "78.8" not in pdf_text and f"{kpi:.1f}" in pdf_text
        assert "360 results are published when the 360 stage ends." in team_text
        row = next(r for r in summary.rows if r.employee_id == subject)
        assert (row.kpi_score, row.competency_score, row.final_score, row.band) == (kpi, None, None, None)
        assert [r[6:11] for r in export] == [[render("feedback_unpublished", {}), None, None, None, None]]

        _answer_everything(session, request.id, 1)
        after = _every_output(session, cycle_id, subject, tmp_path, "after")
        assert after == before

        # A release date still ahead publishes nothing yet.
        set_feedback_release(session, cycle_id, date.today() + timedelta(days=3))
        assert appraisal_document(session, cycle_id, subject).feedback is None
        assert "on " + (date.today() + timedelta(days=3)).isoformat() in _subject_rows(session, subject)[0][6]

        # HR publishes: the results and the scores appear.
        set_feedback_release(session, cycle_id, date.today())
        published = appraisal_document(session, cycle_id, subject)
        assert published.feedback is not None and published.feedback.competencies
        # The stored scores followed the returned form (the scoring service recomputed them).
        score = compute_scores(session, cycle_id, [subject])[1][subject]
        assert (published.competency_score, published.final_score) == (score.competency_score, score.final_score)
        assert next(r for r in appraisal_rows(session, cycle_id)
                    if r.employee_id == subject).final_score == score.final_score
        assert _subject_rows(session, subject)[0][6:8] == [score.competency_score, score.final_score]
        assert "360 results are published" not in _pdf_text(published, tmp_path, "published.pdf")
        session.rollback()


def test_forms_release_sets_and_takes_back_the_release_date(tmp_path, capsys):
    import json

    db = str(tmp_path / "release.sqlite3")
    assert run(["demo", "--db", db]) == 0
    capsys.readouterr()
    later = (date.today() + timedelta(days=30)).isoformat()
    assert run(["forms", "release", "--db", db, "--cycle", OPEN, "--on", later, "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["release_date"] == later
    assert run(["forms", "release", "--db", db, "--cycle", OPEN, "--clear", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["release_date"] is None
    # Once published, a release stays: taking it back would reopen answering.
    assert run(["forms", "release", "--db", db, "--cycle", OPEN, "--on", date.today().isoformat()]) == 0
    capsys.readouterr()
    assert run(["forms", "release", "--db", db, "--cycle", OPEN, "--clear"]) == 1
    assert "cannot be taken back" in capsys.readouterr().err
    assert run(["forms", "release", "--db", db, "--cycle", OPEN, "--on", later]) == 1
    assert run(["forms", "release", "--db", db, "--cycle", "nope"]) == 1
    assert run(["forms", "release", "--db", db, "--cycle", OPEN, "--on", "1 December"]) == 2


# -- comments follow the figures -------------------------------------------------------------------

def test_a_withheld_groups_comments_are_withheld(empty_sqlite_database):
    with empty_sqlite_database.session() as session:
        install_catalogue(session)
        department = Department(name="销售部")
        cycle = Cycle(name="2026 H2", period_start=date(2026, 7, 1), period_end=date(2026, 12, 31),
                      frequency=Frequency.HALF_YEAR, anonymity_threshold=3, stage=CycleStage.MANAGER_REVIEW)
        session.add_all([department, cycle])
        session.flush()
        form = session.scalar(select(FormTemplate).where(FormTemplate.family == "individual_contributor"))
        questions = [q for s in form.sections for q in s.questions]
        subject, *peers = [Employee(employee_no=f"C{n}", name=f"员工{n}", department_id=department.id)
                           for n in range(4)]
        session.add_all([subject, *peers])
        customer = ExternalRater(name="客户甲")
        session.add(customer)
        session.flush()
        raters = [(Relationship.PEER, p.id, None) for p in peers] + [(Relationship.CUSTOMER, None, customer.id)]
        for relation, employee_id, external_id in raters:
            request = FeedbackRequest(cycle_id=cycle.id, subject_id=subject.id, rater_employee_id=employee_id,
                                      external_rater_id=external_id, relation=relation, template_id=form.id,
                                      status=RequestStatus.SUBMITTED)
            for question in questions:
                request.answers.append(
                    Answer(question_id=question.id, text=f"{relation.value} {employee_id or 'ext'} 的意见")
                    if question.kind == QuestionKind.TEXT else Answer(question_id=question.id, rating=4))
            session.add(request)
        session.flush()
        record_scores(session, session.scalars(select(FeedbackRequest.id)))
        report = feedback_report(session, cycle.id, [subject.id])
        assert {g for r in report.competencies for g in r.withheld} == {"customer"}
        shown = [c.text for c in report.comments]
        assert shown and all(t.startswith("peer ") for t in shown)
        assert report.comments_withheld


# -- publishing closes answering (issue 13 item 5) ---------------------------------------------------

def _open_peer_request(session: Session, cycle_id: int) -> FeedbackRequest:
    return session.scalars(select(FeedbackRequest).where(
        FeedbackRequest.cycle_id == cycle_id, FeedbackRequest.relation == Relationship.PEER,
        FeedbackRequest.status.in_([RequestStatus.OPEN, RequestStatus.IN_PROGRESS]))
        .order_by(FeedbackRequest.id)).first()


def test_once_published_no_answer_is_taken_and_outputs_stay_as_they_were(demo_database, tmp_path):
    from reviewer.errors import StageBlocked
    from reviewer.feedback.filling import decline

    with demo_database.session() as session:
        cycle_id = _cycle_id(session, OPEN)
        request = _open_peer_request(session, cycle_id)
        question = open_filling(session, request.id).form.questions()[0]
        set_feedback_release(session, cycle_id, date.today())
        before = _every_output(session, cycle_id, request.subject_id, tmp_path, "before")
        refusals = [lambda: save_answer(session, request.id, question.id, Given(rating=1)),
                    lambda: _answer_everything(session, request.id, 1),
                    lambda: submit(session, request.id), lambda: decline(session, request.id)]
        for attempt in refusals:
            with pytest.raises(StageBlocked) as refused:
                attempt()
            assert refused.value.code == "answers_closed_published"
            assert str(refused.value) == f"The 360 results of {OPEN} are published; no more answers are accepted."
        assert session.get(FeedbackRequest, request.id).status in (RequestStatus.OPEN, RequestStatus.IN_PROGRESS)
        assert _every_output(session, cycle_id, request.subject_id, tmp_path, "after") == before


def test_a_form_returned_after_publication_gets_its_own_refusal(demo_database, tmp_path):
    from reviewer.feedback.offline_export import export_forms, open_requests
    from reviewer.feedback.offline_import import import_forms
    from tests.reviewer.feedback.test_offline_forms import fill

    with demo_database.session() as session:
        cycle_id = _cycle_id(session, OPEN)
        requested = open_requests(session, cycle_id)[:2]
        forms = export_forms(session, requested, tmp_path / "out")
    filled = []
    for form in forms:
        fill(form.path, tmp_path / f"filled-{form.path.name}", rating="/1")
        filled.append(tmp_path / f"filled-{form.path.name}")
    with demo_database.session() as session:
        set_feedback_release(session, cycle_id, date.today())
        before = results_table(session, OPEN).rows
        results = import_forms(session, filled)
        assert [(r.accepted, r.code, r.message) for r in results] == [
            (False, "closed", f"The 360 results of {OPEN} are published; no more answers are accepted.")] * len(forms)
        assert results_table(session, OPEN).rows == before
        assert not session.scalar(select(func.count()).select_from(FeedbackRequest).where(
            FeedbackRequest.id.in_(requested), FeedbackRequest.status == RequestStatus.SUBMITTED))


def test_no_new_raters_or_reminders_once_published(demo_database):
    from reviewer.errors import StageBlocked
    from reviewer.feedback import assignment
    from reviewer.feedback.tracking import reminder, request_rows

    with demo_database.session() as session:
        cycle_id = _cycle_id(session, OPEN)
        request = _open_peer_request(session, cycle_id)
        rows = request_rows(session, cycle_id)
        rater_key = next(r.rater_key for r in rows if r.id == request.id)
        assert reminder(session, cycle_id, rows, rater_key) is not None
        set_feedback_release(session, cycle_id, date.today())
        people = list(session.scalars(select(Employee.id).where(Employee.is_active)))
        for attempt in (lambda: assignment.propose(session, cycle_id, people),
                        lambda: assignment.assign(session, cycle_id, []),
                        lambda: assignment.add_customer(session, cycle_id, request.subject_id, "客户 王"),
                        lambda: reminder(session, cycle_id, rows, rater_key)):
            with pytest.raises(StageBlocked, match="are published; no more answers are accepted"):
                attempt()


def test_forms_release_says_that_it_closes_answering_and_what_is_still_open(tmp_path, capsys):
    import json

    db = str(tmp_path / "release.sqlite3")
    assert run(["demo", "--db", db]) == 0
    capsys.readouterr()
    ahead = (date.today() + timedelta(days=5)).isoformat()
    assert run(["forms", "release", "--db", db, "--cycle", OPEN, "--on", ahead]) == 0
    assert re.search(r"Answering closes then; \d+ requests are still open\.", capsys.readouterr().out)
    assert run(["forms", "release", "--db", db, "--cycle", OPEN, "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["answering_closed"] and payload["requests_still_open"] > 0
    assert run(["forms", "release", "--db", db, "--cycle", OPEN]) == 0
    assert (f"Answering is closed: {payload['requests_still_open']} requests still open accept no more answers."
            in capsys.readouterr().out)
