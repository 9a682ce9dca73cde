"""Every kind of change writes its audit entry with the right before and after:
people, KPIs, targets, actuals, evidence, 360 requests and submissions, appraisal
corrections, signatures, profiles, and the bulk imports and demo loader."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from db.models import (
    Actual,
    Appraisal,
    AppUser,
    AuditEvent,
    Cycle,
    Department,
    Employee,
    FeedbackRequest,
    RequestStatus,
    Target,
    UserRole,
)
from reviewer.access import Actor, add_profile
from reviewer.access.profiles import change_password
from reviewer.appraisal.corrections import Correction, correct_appraisal
from reviewer.audit import verify_chain
from reviewer.demo import build_demo
from reviewer.feedback.assignment import nominate
from reviewer.feedback.filling import Given, open_filling, save_answer, submit
from reviewer.io.tables import Table
from reviewer.kpi.actuals import record_actual
from reviewer.kpi.actuals_import import import_actuals
from reviewer.kpi.evidence import attach_note
from reviewer.kpi.library import KpiInput, kpi_input, save_kpi
from reviewer.kpi.targets import update_target
from reviewer.people.editing import PersonInput, update_person
from reviewer.roster import import_roster
from reviewer.workstation import Workstation


def _newest(session, action, entity_id=None) -> AuditEvent:
    query = select(AuditEvent).where(AuditEvent.action == action)
    if entity_id is not None:
        query = query.where(AuditEvent.entity_id == entity_id)
    entry = session.scalar(query.order_by(AuditEvent.id.desc()).limit(1))
    assert entry is not None, f"no {action} entry"
    return entry


def _count(session, action) -> int:
    return session.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.action == action))


@pytest.fixture
def company(database):
    """The demo company on each backend and an HR profile acting on it."""
    with database.session() as session:
        build_demo(session)
        profile = add_profile(session, "hr.audit", "hr_admin", "long enough")
    return Workstation(database, Actor(profile.id, "hr.audit", "HR", UserRole.HR_ADMIN))


def test_the_demo_writes_an_entry_per_person_and_actual_and_keeps_the_chain(company):
    with company.unit() as session:
        assert _count(session, "employees.created") == session.scalar(select(func.count()).select_from(Employee))
        assert _count(session, "actuals.created") == session.scalar(select(func.count()).select_from(Actual))
        assert _count(session, "feedback_requests.created") == session.scalar(
            select(func.count()).select_from(FeedbackRequest))
        person = session.scalar(select(Employee).order_by(Employee.id).limit(1))
        values = _newest(session, "employees.created", person.id).details["values"]
        assert values["employee_no"] == person.employee_no and values["name"] == person.name
        assert "token" not in values or values["token"] in (None, "(changed)")
        assert verify_chain(session).intact


def test_people_kpi_target_actual_and_evidence_changes_record_before_and_after(company):
    with company.unit() as session:
        person = session.scalar(select(Employee).where(Employee.email.is_not(None)).order_by(Employee.id).limit(1))
        target = session.scalar(select(Target).join(Cycle).where(Cycle.stage != "closed").order_by(Target.id))
        target_id, old_value, old_weight = target.id, target.target_value, target.weight
        kpi_id = target.kpi_id
        person_id, old_name = person.id, person.name
        data = PersonInput(person.employee_no, "改过的名字", person.department_id, person.email,
                           position=person.position.title if person.position else None,
                           manager_id=person.manager_id, hire_date=person.hire_date)
        period_start = session.get(Cycle, target.cycle_id).period_start
    company.call(update_person, person_id, data)
    company.call(update_target, target_id, old_value + 5, old_weight)
    actual_id = company.call(record_actual, target_id, 12.5, period_start, "CRM")
    note_id = company.call(attach_note, target_id, "拜访记录见附件").id
    kpi = company.call(kpi_input, kpi_id)
    company.call(save_kpi, KpiInput(**{**kpi.__dict__, "name": kpi.name + " (revised)"}), kpi_id)
    with company.unit() as session:
        assert _newest(session, "employees.updated", person_id).details["changes"] == {
            "name": [old_name, "改过的名字"]}
        assert _newest(session, "targets.updated", target_id).details["changes"] == {
            "target_value": [old_value, old_value + 5]}
        actual = _newest(session, "actuals.created", actual_id)
        assert actual.details["values"]["value"] == 12.5 and actual.details["values"]["source"] == "CRM"
        assert actual.actor_name == "hr.audit"
        assert _newest(session, "evidence.created", note_id).details["values"]["note"] == "拜访记录见附件"
        assert _newest(session, "kpis.updated", kpi_id).details["changes"]["name"] == [kpi.name,
                                                                                        kpi.name + " (revised)"]
        assert verify_chain(session).intact


def test_360_requests_and_submissions_are_recorded_without_ratings(company):
    with company.unit() as session:
        request = session.scalar(select(FeedbackRequest).where(FeedbackRequest.status == RequestStatus.OPEN)
                                 .order_by(FeedbackRequest.id))
        request_id, cycle_id, subject_id = request.id, request.cycle_id, request.subject_id
        asked = set(session.scalars(select(FeedbackRequest.rater_employee_id).where(
            FeedbackRequest.cycle_id == cycle_id, FeedbackRequest.subject_id == subject_id)))
        peer = session.scalar(select(Employee.id).where(Employee.is_active, Employee.id != subject_id,
                                                        Employee.id.not_in([a for a in asked if a])))
    before = company.call(lambda s: _count(s, "feedback_requests.created"))
    assert company.call(nominate, cycle_id, subject_id, [peer]) == 1
    with company.unit() as session:
        assert _count(session, "feedback_requests.created") == before + 1
        values = _newest(session, "feedback_requests.created").details["values"]
        assert values["subject_id"] == subject_id and values["rater_employee_id"] == peer
        assert values["status"] == "nominated"
        for question in open_filling(session, request_id).form.questions():
            save_answer(session, request_id, question.id,
                        Given(rating=question.scale_max) if question.is_rating else Given(text="很好"))
        submit(session, request_id)
    with company.unit() as session:
        submitted = _newest(session, "feedback.submitted", request_id)
        status = _newest(session, "feedback_requests.updated", request_id).details["changes"]
        assert status["status"][1] == "submitted"
        text = str(submitted.details) + str(status)
        assert "rating" not in text and "很好" not in text


def test_a_correction_records_the_new_version_and_the_superseded_one(signed_appraisal):
    from reviewer.workstation import Workstation as Front

    front = Front(signed_appraisal.database)
    with front.unit() as session:
        signed = _count(session, "appraisal.signed")
        assert signed >= 3  # manager, employee and HR, each chained
        assert _count(session, "signature_records.created") >= 3
        old = session.get(Appraisal, signed_appraisal.appraisal_id)
        old_score = old.final_score
    new = front.call(correct_appraisal, signed_appraisal.appraisal_id, Correction(reason="口径更正", final_score=77.0))
    with front.unit() as session:
        created = _newest(session, "appraisals.created", new.id).details["values"]
        assert created["final_score"] == 77.0 and created["version"] == 2
        superseded = _newest(session, "appraisals.updated", signed_appraisal.appraisal_id).details["changes"]
        assert superseded["state"][1] == "superseded"
        assert old_score != 77.0
        assert verify_chain(session).intact


def test_profile_changes_are_recorded_without_the_password(company):
    holders = select(AppUser.employee_id).where(AppUser.employee_id.is_not(None))
    number = company.call(lambda s: s.scalar(select(Employee.employee_no).where(Employee.id.not_in(holders))
                                             .order_by(Employee.id).limit(1)))
    company.call(add_profile, "mgr.audit", "manager", "long enough", employee_no=number)
    company.call(change_password, "mgr.audit", "another long one")
    with company.unit() as session:
        created = _newest(session, "app_users.created").details["values"]
        assert created["username"] == "mgr.audit" and created["role"] == "manager"
        assert created["password_hash"] == "(changed)"
        changed = _newest(session, "app_users.updated").details["changes"]
        assert changed["password_hash"] == ["(changed)", "(changed)"]


def test_imports_write_an_entry_per_person_and_actual_with_the_values(company):
    with company.unit() as session:
        person = session.scalar(select(Employee).where(Employee.manager_id.is_not(None)).order_by(Employee.id))
        department = session.get(Department, person.department_id).name
        manager_no = session.get(Employee, person.manager_id).employee_no
        target = session.scalar(select(Target).join(Cycle).where(Cycle.stage != "closed").order_by(Target.id))
        kpi_code, owner_no = target.kpi.code, session.get(Employee, target.employee_id).employee_no
        as_of = session.get(Cycle, target.cycle_id).period_start
        person_id, old_name = person.id, person.name
    roster = Table(["Employee no.", "Name", "Department", "Manager"], [
        [person.employee_no, old_name + "新", department, manager_no],
        ["IMP-1", "导入新人", department, manager_no],
        ["IMP-2", "导入新人二", department, "IMP-1"],
    ])
    result = company.call(import_roster, roster, {"employee_no": 0, "name": 1, "department": 2, "manager": 3})
    assert (result.created, result.updated) == (2, 1)
    actuals = Table(["Employee no.", "KPI", "Value", "As of"], [[owner_no, kpi_code, 42.5, as_of]])
    assert company.call(import_actuals, actuals, {"employee_no": 0, "kpi": 1, "value": 2, "as_of": 3}).created == 1
    with company.unit() as session:
        new = {no: i for no, i in session.execute(select(Employee.employee_no, Employee.id).where(
            Employee.employee_no.in_(["IMP-1", "IMP-2"])))}
        first = _newest(session, "employees.created", new["IMP-1"])
        assert first.actor_name == "hr.audit"
        assert first.details["values"]["name"] == "导入新人"
        assert _newest(session, "employees.created", new["IMP-2"]).details["values"]["manager_id"] == new["IMP-1"]
        assert _newest(session, "employees.updated", person_id).details["changes"] == {"name": [old_name,
                                                                                                old_name + "新"]}
        assert _newest(session, "roster.imported").details["created"] == 2
        actual_id = session.scalar(select(Actual.id).where(Actual.target_id == target.id, Actual.value == 42.5))
        values = _newest(session, "actuals.created", actual_id).details["values"]
        assert values["value"] == 42.5 and values["target_id"] == target.id and values["as_of"] == as_of.isoformat()
        assert session.get(Actual, actual_id).entered_by_id == company.actor.user_id
        assert verify_chain(session).intact
