"""Running a 360 round: guided filling with drafts, rater assignment and progress."""
from __future__ import annotations

from datetime import date
from urllib.parse import unquote

import pytest
from sqlalchemy import func, select

from db.models import Answer, Cycle, CycleStage, Employee, FeedbackRequest, Relationship, RequestStatus
from reviewer.errors import PermissionDenied, StageBlocked, ValidationError
from reviewer.feedback import assignment, tracking
from reviewer.feedback.filling import Given, decline, open_filling, save_answer, submit

OPEN_CYCLE, CLOSED_CYCLE = 2, 1


def _open_request(session, status=RequestStatus.OPEN) -> int:
    return session.scalar(select(FeedbackRequest.id).where(FeedbackRequest.cycle_id == OPEN_CYCLE,
                                                           FeedbackRequest.status == status).limit(1))


def test_drafts_are_kept_and_submit_needs_every_required_answer(demo_database):
    with demo_database.session() as session:
        request_id = _open_request(session)
        filling = open_filling(session, request_id)
        questions = filling.form.questions()
        first_rating = next(q for q in questions if q.is_rating)
        save_answer(session, request_id, first_rating.id, Given(rating=first_rating.scale_max))
    with demo_database.session() as session:
        filling = open_filling(session, request_id)
        assert filling.status == RequestStatus.IN_PROGRESS
        assert filling.given[first_rating.id].rating == first_rating.scale_max
        with pytest.raises(ValidationError, match="still need an answer"):
            submit(session, request_id)
    with demo_database.session() as session:
        for question in questions:
            given = Given(rating=question.scale_min) if question.is_rating else Given(text="继续保持 ✓")
            save_answer(session, request_id, question.id, given)
        submit(session, request_id)
    with demo_database.session() as session:
        with pytest.raises(PermissionDenied, match="confidential"):  # returned: only its rater reopens it
            open_filling(session, request_id)
        with pytest.raises(StageBlocked, match="already submitted"):
            save_answer(session, request_id, first_rating.id, Given(rating=first_rating.scale_min))


def test_answers_out_of_range_or_on_closed_requests_are_refused(demo_database):
    with demo_database.session() as session:
        request_id = _open_request(session)
        rating = next(q for q in open_filling(session, request_id).form.questions() if q.is_rating)
        with pytest.raises(ValidationError, match="not a point"):
            save_answer(session, request_id, rating.id, Given(rating=rating.scale_max + 1))
        closed = session.scalar(select(FeedbackRequest.id).where(FeedbackRequest.cycle_id == CLOSED_CYCLE,
                                                                 FeedbackRequest.status == RequestStatus.SUBMITTED)
                                .limit(1))
        with pytest.raises(StageBlocked):
            save_answer(session, closed, rating.id, Given(rating=3))


def test_clearing_an_answer_removes_it_and_decline_discards_drafts(demo_database):
    with demo_database.session() as session:
        request_id = _open_request(session, RequestStatus.IN_PROGRESS)
        filling = open_filling(session, request_id)
        question_id = next(iter(filling.given))
        save_answer(session, request_id, question_id, Given())
        assert question_id not in open_filling(session, request_id).given
        decline(session, request_id)
        assert session.scalar(select(func.count()).select_from(Answer).where(Answer.request_id == request_id)) == 0
        assert open_filling(session, request_id).status == RequestStatus.DECLINED


@pytest.fixture
def fresh_cycle(demo_database):
    """A new cycle in the demo company, with no raters yet."""
    with demo_database.session() as session:
        cycle = Cycle(name="2027 H1", period_start=date(2027, 1, 1), period_end=date(2027, 6, 30),
                      frequency="half_year", stage=CycleStage.SELF_REVIEW_360)
        session.add(cycle)
        session.flush()
        return cycle.id


def test_default_rule_asks_self_manager_reports_and_balanced_peers(demo_database, fresh_cycle):
    with demo_database.session() as session:
        people = session.scalars(select(Employee.id).where(Employee.leave_date.is_(None))).all()
        proposals = assignment.propose(session, fresh_cycle, people, assignment.Rule(peers=3))
        created = assignment.assign(session, fresh_cycle, proposals, due_date=date(2027, 6, 1))
        assert created == len(proposals)
        again = assignment.propose(session, fresh_cycle, people, assignment.Rule(peers=3))
        assert again == []  # nothing is asked twice
        by_subject = {}
        for p in proposals:
            by_subject.setdefault(p.subject_id, []).append(p)
        for subject_id, asked in by_subject.items():
            relations = [p.relation for p in asked]
            assert relations.count(Relationship.SELF) == 1
            assert relations.count(Relationship.PEER) <= 3
            manager = session.get(Employee, subject_id).manager_id
            assert (Relationship.MANAGER in relations) == (manager is not None)
            for p in asked:
                if p.relation == Relationship.PEER:
                    assert session.get(Employee, p.rater_id).manager_id == manager
        loads = assignment.workload(session, fresh_cycle, limit=assignment.DEFAULT_MAX_FORMS)
        peer_only = [w for w in loads if not session.scalar(
            select(func.count()).select_from(Employee).where(Employee.manager_id == w.rater_id))]
        assert max(w.total for w in peer_only) <= assignment.DEFAULT_MAX_FORMS


def test_nominations_wait_for_hr_and_small_groups_are_flagged(demo_database, fresh_cycle):
    with demo_database.session() as session:
        subject = session.scalar(select(Employee).where(Employee.manager_id.is_not(None),
                                                        Employee.leave_date.is_(None)).limit(1))
        teammates = session.scalars(select(Employee.id).where(Employee.manager_id == subject.manager_id,
                                                              Employee.id != subject.id,
                                                              Employee.leave_date.is_(None)).limit(2)).all()
        assert assignment.nominate(session, fresh_cycle, subject.id, list(teammates)) == 2
        nominated = session.scalars(select(FeedbackRequest.id).where(
            FeedbackRequest.cycle_id == fresh_cycle, FeedbackRequest.status == RequestStatus.NOMINATED)).all()
        warnings = {w for c in assignment.coverage(session, fresh_cycle) if c.subject_id == subject.id
                    for w in c.warnings}
        assert ("peer", "below_threshold") in warnings and ("peer", "below_minimum") in warnings
        assert assignment.decide_nominations(session, [nominated[0]], approve=True) == 1
        assert assignment.decide_nominations(session, [nominated[1]], approve=False) == 1
        statuses = dict(session.execute(select(FeedbackRequest.id, FeedbackRequest.status)
                                        .where(FeedbackRequest.id.in_(nominated))).all())
        assert statuses == {nominated[0]: RequestStatus.OPEN, nominated[1]: RequestStatus.CANCELLED}
        with pytest.raises(ValidationError, match="own peer"):
            assignment.nominate(session, fresh_cycle, subject.id, [subject.id])


def test_customers_are_capped_and_emails_checked(demo_database, fresh_cycle):
    with demo_database.session() as session:
        assignment.set_group_limits(session, {"customer": (0, 1)})
        subject = session.scalar(select(Employee.id).where(Employee.leave_date.is_(None)).limit(1))
        request = assignment.add_customer(session, fresh_cycle, subject, "王经理", "wang@client.example", "客户公司")
        assert request.relation == Relationship.CUSTOMER
        with pytest.raises(ValidationError, match="most allowed"):
            assignment.add_customer(session, fresh_cycle, subject, "Other", "o@client.example")
        with pytest.raises(ValidationError, match="not an e-mail"):
            assignment.add_customer(session, fresh_cycle, subject + 1, "Other", "no-at-sign")
        with pytest.raises(StageBlocked):
            assignment.add_customer(session, CLOSED_CYCLE, subject, "Late", None)


def test_progress_overdue_and_reminder_with_mailto(demo_database):
    with demo_database.session() as session:
        rows = tracking.request_rows(session, OPEN_CYCLE)
        whole = tracking.completion(rows, "cycle")[0]
        assert whole.total == sum(r.status in tracking.ACTIVE for r in rows)
        assert whole.submitted + whole.in_progress + whole.not_started == whole.total
        departments = tracking.completion(rows, "department")
        assert sum(d.total for d in departments) == whole.total
        late_day = max(r.due_date for r in rows) + (date(2000, 1, 2) - date(2000, 1, 1))
        late = tracking.overdue(rows, late_day)
        assert late and all(r.status in tracking.PENDING for r in late)
        pending = next(r for r in late if r.rater_email)
        note = tracking.reminder(session, OPEN_CYCLE, rows, pending.rater_key, "zh")
        assert pending.rater_name in note.body and "360" in note.subject
        assert unquote(note.mailto.split("body=")[1]) == note.body
        done = next(r for r in rows if all(o.status == RequestStatus.SUBMITTED
                                           for o in rows if o.rater_key == r.rater_key))
        assert tracking.reminder(session, OPEN_CYCLE, rows, done.rater_key) is None


def test_editing_a_used_template_makes_a_new_version_and_old_answers_keep_theirs(demo_database):
    from db.models import FormTemplate, QuestionKind
    from reviewer.feedback import templates

    with demo_database.session() as session:
        used = next(t for t in templates.list_templates(session) if t.in_use and t.is_active)
        draft = templates.template_draft(session, used.id)
        draft.sections[0].questions[0].text = "Explains decisions clearly"
        draft.sections[0].questions[0].text_zh = "清楚地解释决定"
        new_id, versioned = templates.save_template(session, used.id, draft)
        assert versioned and new_id != used.id
        old = session.get(FormTemplate, used.id)
        new = session.get(FormTemplate, new_id)
        assert (old.is_active, new.is_active, new.version) == (False, True, old.version + 1)
        assert old.sections[0].questions[0].text != "Explains decisions clearly"
        assert new.sections[0].questions[0].text_zh == "清楚地解释决定"
        # The new version is not used yet: a second edit changes it in place.
        draft.name = "Renamed"
        assert templates.save_template(session, new_id, draft) == (new_id, False)
        # Requests already made still point at the version they answered.
        assert session.scalar(select(func.count()).select_from(FeedbackRequest)
                              .where(FeedbackRequest.template_id == used.id)) > 0

        broken = templates.template_draft(session, new_id)
        broken.sections[0].questions[0].anchors.pop(broken.sections[0].questions[0].scale_max)
        broken.sections[0].questions.append(templates.QuestionDraft(QuestionKind.TEXT, "  "))
        problems = templates.check_template(session, broken)
        assert {p.code for p in problems} == {"question_anchors_missing", "question_no_text"}
        assert any("need anchor text" in p.message for p in problems)
        with pytest.raises(ValidationError, match="Section 1, question 1"):
            templates.save_template(session, new_id, broken)


def test_competencies_are_unique_by_code_and_kept_while_rated(demo_database):
    from reviewer.feedback import templates

    with demo_database.session() as session:
        existing = templates.list_competencies(session)
        new_id = templates.save_competency(session, templates.CompetencyDraft("Innovation ", "Innovation", "创新"))
        assert templates.list_competencies(session)[-1].code == "innovation"
        with pytest.raises(ValidationError, match="already used"):
            templates.save_competency(session, templates.CompetencyDraft(existing[0].code.upper(), "Copy"))
        with pytest.raises(ValidationError, match="cannot be deleted"):
            templates.delete_competency(session, existing[0].id)
        templates.delete_competency(session, new_id)
        assert len(templates.list_competencies(session)) == len(existing)


def test_the_answer_count_of_a_request_does_not_tell_who_wrote_the_optional_comments(demo_database):
    """Two forms returned alike but for an optional comment show the same count: else,
    once results are published, the count would name the author of an unattributed comment."""
    with demo_database.session() as session:
        open_requests = session.execute(select(FeedbackRequest.id, FeedbackRequest.relation,
                                               FeedbackRequest.template_id).where(
            FeedbackRequest.cycle_id == OPEN_CYCLE, FeedbackRequest.status == RequestStatus.OPEN)).all()
        first, relation, template = open_requests[0]
        second = next(i for i, r, t in open_requests[1:] if (r, t) == (relation, template))
        questions = open_filling(session, first).form.questions()
        optional = [q for q in questions if not q.required]
        assert optional, "the demo form has an optional comment"
        for request_id, comment in ((first, True), (second, False)):
            for question in open_filling(session, request_id).form.questions():
                if question.is_rating:
                    save_answer(session, request_id, question.id, Given(rating=question.scale_min))
                elif question.required or comment:
                    save_answer(session, request_id, question.id, Given(text="沟通及时"))
        counts = {r.id: r.answers for r in tracking.request_rows(session, OPEN_CYCLE) if r.id in (first, second)}
        assert counts[first] == counts[second] > 0
