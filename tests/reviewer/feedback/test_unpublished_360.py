"""Before a cycle's 360 results are published nobody, HR included, reads a figure
built from answers: HR reading any 360 output before and after one more returned
form (and the Requests tab says whose) would recover that rater's ratings. Only the
counts of forms asked and returned may move."""
from __future__ import annotations

import dataclasses
import subprocess
from datetime import date

import pytest
from sqlalchemy import select

from db.models import (
    Appraisal,
    AppraisalState,
    Cycle,
    CycleStage,
    Department,
    Employee,
    FeedbackRequest,
    FormTemplate,
    Frequency,
    Relationship,
    RequestStatus,
)
from reviewer.appraisal.document import appraisal_document
from reviewer.appraisal.history import person_history, team_comparison
from reviewer.appraisal.listing import appraisal_rows
from reviewer.appraisal.team_report import render_team_pdf, team_summary, write_team_xlsx
from reviewer.cycles.catalogue import install_catalogue
from reviewer.cycles.scoring import explain, refresh_cycle_scores, score_cycle
from reviewer.errors import StageBlocked
from reviewer.feedback.filling import Given, open_filling, save_answer, submit
from reviewer.feedback.release import set_feedback_release
from reviewer.feedback.results import feedback_report, others_means, response_progress, subject_results
from reviewer.io.exports import results_table
from reviewer.pdf.appraisal_pdf import render_appraisal
from reviewer.reviews.sheet import review_sheet

CYCLE = "2026 H2"
PEERS = 5


def _build(session):
    """One person in the 360 stage with a manager, five peers and a self-review asked;
    the manager, self and three peers have answered, two peers have not."""
    install_catalogue(session)
    department = Department(name="销售部")
    cycle = Cycle(name=CYCLE, period_start=date(2026, 7, 1), period_end=date(2026, 12, 31),
                  frequency=Frequency.HALF_YEAR, anonymity_threshold=3, stage=CycleStage.SELF_REVIEW_360)
    session.add_all([department, cycle])
    session.flush()
    manager = Employee(employee_no="M1", name="经理甲", department_id=department.id)
    session.add(manager)
    session.flush()
    subject, *peers = [Employee(employee_no=f"P{n}", name=f"员工{n}", department_id=department.id,
                                manager_id=manager.id) for n in range(PEERS + 1)]
    session.add_all([subject, *peers])
    session.flush()
    form = session.scalar(select(FormTemplate).where(FormTemplate.family == "individual_contributor"))
    raters = [(Relationship.SELF, subject), (Relationship.MANAGER, manager)] + \
             [(Relationship.PEER, p) for p in peers]
    requests = []
    for relation, rater in raters:
        request = FeedbackRequest(cycle_id=cycle.id, subject_id=subject.id, rater_employee_id=rater.id,
                                  relation=relation, template_id=form.id, status=RequestStatus.OPEN)
        session.add(request)
        requests.append(request)
    session.add(Appraisal(cycle_id=cycle.id, employee_id=subject.id, state=AppraisalState.DRAFT))
    session.flush()
    for n, request in enumerate(requests[:-2]):
        _answer(session, request.id, 2 + n % 3)
    refresh_cycle_scores(session, cycle.id, {subject.id})
    return cycle.id, subject.id, manager.id, department.id, requests[-1].id


def _answer(session, request_id: int, rating: int) -> None:
    for question in open_filling(session, request_id).form.questions():
        save_answer(session, request_id, question.id,
                    Given(rating=rating) if question.is_rating else Given(text=f"意见 {rating}"))
    submit(session, request_id)


def _pdf_text(data: bytes, path) -> str:
    path.write_bytes(data)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def _refused(call) -> str:
    with pytest.raises(StageBlocked) as refused:
        call()
    return refused.value.code


def _without_returned_counts(results):
    """The results with every count of returned forms taken out: what must not move."""
    progress = tuple(dataclasses.replace(p, groups=tuple(dataclasses.replace(g, submitted=0) for g in p.groups))
                     for p in results.progress)
    return dataclasses.replace(results, progress=progress)


def _every_360_output(session, cycle_id, subject, manager, department, tmp_path, tag):
    appraisal_id = session.scalar(select(Appraisal.id).where(Appraisal.employee_id == subject))
    document = appraisal_document(session, cycle_id, subject)
    summary = team_summary(session, cycle_id, department)
    write_team_xlsx(summary, tmp_path / f"team-{tag}.xlsx")
    from openpyxl import load_workbook

    team_sheet = [list(r) for r in load_workbook(tmp_path / f"team-{tag}.xlsx").active.iter_rows(values_only=True)]
    explained = explain(session, cycle_id, subject)
    return {
        "person": _without_returned_counts(subject_results(session, cycle_id, [subject], False)),
        "team": _without_returned_counts(subject_results(session, cycle_id, [subject, manager], True)),
        "report": _refused(lambda: feedback_report(session, cycle_id, [subject])),
        "means": _refused(lambda: others_means(session, cycle_id, [subject, manager])),
        "document": document,
        "pdf": _pdf_text(render_appraisal(document), tmp_path / f"{tag}.pdf"),
        "team summary": summary, "team sheet": team_sheet,
        "team pdf": _pdf_text(render_team_pdf(summary), tmp_path / f"team-{tag}.pdf"),
        "export": results_table(session, CYCLE).rows,
        "appraisals": appraisal_rows(session, cycle_id),
        "history": person_history(session, subject), "comparison": team_comparison(session, [cycle_id]),
        "scores": score_cycle(session, cycle_id), "explained": (explained.competency_score, explained.final_score,
                                                                 [r.code for r in explained.rows]),
        "review sheet": (review_sheet(session, appraisal_id).final_score,
                         review_sheet(session, appraisal_id).manager_review.computed_band_id),
    }


def test_hr_reads_every_360_output_the_same_before_and_after_one_more_form(database, tmp_path):
    with database.session() as session:
        cycle_id, subject, manager, department, last = _build(session)
        returned = [p.submitted for p in response_progress(session, cycle_id, [subject])]
        before = _every_360_output(session, cycle_id, subject, manager, department, tmp_path, "before")
        assert before["person"].report is None and not before["person"].published
        assert before["report"] == before["means"] == "results_unpublished"
        assert before["document"].feedback is None and before["document"].competency_score is None
        assert before["review sheet"] == (None, None)
        assert "360 results are published when the 360 stage ends." in before["pdf"]

        _answer(session, last, 5)  # one more peer: HR sees on the Requests tab whose form came back
        after = _every_360_output(session, cycle_id, subject, manager, department, tmp_path, "after")
        for output in before:
            assert after[output] == before[output], output
        # Only the count of returned forms moved (from request statuses, not answers).
        progress = response_progress(session, cycle_id, [subject])
        assert [p.submitted for p in progress] == [returned[0] + 1]
        assert {g.group: (g.submitted, g.asked) for g in progress[0].groups} == {
            "self": (1, 1), "manager": (1, 1), "peer": (4, PEERS)}

        # Published (the release date set to today): the figures appear.
        set_feedback_release(session, cycle_id, date.today())
        published = subject_results(session, cycle_id, [subject], False)
        assert published.published and published.report.competencies and published.report.comments
        assert published.progress == ()
        peers = {g.group: g.count for c in published.report.competencies for g in c.groups}
        assert peers["peer"] >= 3
        document = appraisal_document(session, cycle_id, subject)
        assert document.feedback is not None and document.competency_score is not None
        assert "360 results are published" not in _pdf_text(render_appraisal(document), tmp_path / "p.pdf")
        assert results_table(session, CYCLE).rows[0][6] == document.competency_score
        assert review_sheet(session, session.scalar(select(Appraisal.id))).final_score is not None
        assert subject_results(session, cycle_id, [subject, manager], True).means
        session.rollback()
