"""Scope, enforced in the services: a manager's lists hold exactly their line, reading
or changing anyone else is refused, their own appraisal stays confidential to them,
and an auditor reads everything and changes nothing."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from db.models import Appraisal, AppUser, Cycle, Department, Employee, Target, UserRole
from reviewer.access import Actor, add_profile, bind, reporting_line
from reviewer.appraisal.batch import cycle_people, export_appraisals
from reviewer.appraisal.corrections import Correction, correct_appraisal
from reviewer.appraisal.document import appraisal_document
from reviewer.appraisal.export import write_appraisal_pdf
from reviewer.appraisal.listing import appraisal_rows
from reviewer.appraisal.team_report import team_summary
from reviewer.demo import build_demo
from reviewer.errors import PermissionDenied
from reviewer.feedback.assignment import coverage
from reviewer.feedback.release import set_feedback_release
from reviewer.feedback.results import competency_cells, feedback_report
from reviewer.feedback.tracking import request_rows
from reviewer.io.exports import actuals_table, people_table, results_table, targets_table
from reviewer.io.tables import Table
from reviewer.kpi.actuals import record_actual
from reviewer.kpi.actuals_import import import_actuals
from reviewer.kpi.alerts import kpi_alerts
from reviewer.kpi.dashboard import scope_people
from reviewer.kpi.evidence import attach_note, list_evidence
from reviewer.kpi.targets import person_targets, select_people, update_target, weight_totals
from reviewer.people.departments import create_department
from reviewer.people.directory import department_paths, list_departments, list_people, person_detail, set_manager
from reviewer.people.editing import PersonInput, create_person, update_person
from reviewer.roster import import_roster
from reviewer.workstation import Workstation

AUDITOR = Actor(None, "audit", "Auditor", UserRole.AUDITOR)


def _as_input(person: Employee, **changes) -> PersonInput:
    values = dict(employee_no=person.employee_no, name=person.name, department_id=person.department_id,
                  email=person.email, manager_id=person.manager_id, hire_date=person.hire_date)
    values.update(changes)
    return PersonInput(**values)


@pytest.fixture
def company(database):
    """The demo company on each backend, seen by HR, by a team lead whose line is more
    than one level deep (as their manager profile), and by an auditor."""
    from types import SimpleNamespace

    with database.session() as session:
        build_demo(session)
    with database.session() as session:
        leads = session.scalars(select(Employee).where(Employee.manager_id.is_not(None),
                                                       Employee.id.in_(select(Employee.manager_id)))).all()

        def deep(lead):
            line = reporting_line(session, lead.id)
            return (any(session.get(Employee, e).manager_id != lead.id for e in line), -len(line))

        lead = max(leads, key=deep)
        user = session.scalar(select(AppUser).where(AppUser.employee_id == lead.id))
        if user is None:
            profile = add_profile(session, "lead", "manager", "long enough", employee_no=lead.employee_no)
            user = session.get(AppUser, profile.id)
        manager = Actor(user.id, user.username, user.display_name, UserRole.MANAGER, user.employee_id)
        line = reporting_line(session, manager.employee_id)
        assert deep(lead)[0], "a line more than one level deep"
        everyone = set(session.scalars(select(Employee.id)))
        outsider = min(everyone - line - {manager.employee_id})
        number = {e.id: e.employee_no for e in session.scalars(select(Employee))}
        closed = session.scalar(select(Cycle.id).where(Cycle.stage == "closed").order_by(Cycle.id))
        current = session.scalar(select(Cycle.id).where(Cycle.id != closed).order_by(Cycle.id))
    return SimpleNamespace(database=database, hr=Workstation(database), manager=Workstation(database, manager),
                           auditor=Workstation(database, AUDITOR), me=manager.employee_id, line=line,
                           visible=line | {manager.employee_id}, outsider=outsider, number=number,
                           closed=closed, current=current)


def _numbers(company, ids):
    return {company.number[i] for i in ids}


def test_every_people_list_and_export_holds_exactly_the_line_and_the_manager(company):
    call = company.manager.call
    assert {p.id for p in call(list_people)} == company.visible
    assert {row[0] for row in call(people_table).rows} == _numbers(company, company.visible)
    assert set(call(scope_people)) == company.visible
    assert set(call(select_people)) <= company.line  # targets are given to the line only
    departments = {d.id for d in call(list_departments)}
    with company.hr.unit() as session:
        theirs = set(session.scalars(select(Employee.department_id).where(Employee.id.in_(company.visible))))
    assert theirs <= departments
    assert sum(d.headcount for d in call(list_departments)) == len(
        [p for p in call(list_people) if p.is_active])


def test_kpi_lists_and_exports_hold_the_line_and_the_managers_own_targets(company):
    call = company.manager.call
    for cycle in (company.closed, company.current):
        assert set(call(weight_totals, cycle)) <= company.visible
        everyone = set(company.hr.call(weight_totals, cycle))
        assert set(call(weight_totals, cycle)) == everyone & company.visible
    assert {a.employee_id for a in call(kpi_alerts)} <= company.visible
    assert {a.employee_id for a in call(kpi_alerts)} == {
        a.employee_id for a in company.hr.call(kpi_alerts)} & company.visible
    visible_numbers = _numbers(company, company.visible)
    for table in (targets_table, actuals_table):
        mine, all_rows = call(table).rows, company.hr.call(table).rows
        assert mine and {r[1] for r in mine} <= visible_numbers
        assert len(mine) == len([r for r in all_rows if r[1] in visible_numbers])


def test_360_progress_and_results_hold_exactly_the_line(company):
    call = company.manager.call
    for cycle in (company.closed, company.current):
        mine = call(request_rows, cycle)
        assert mine and {r.subject_id for r in mine} == {
            r.subject_id for r in company.hr.call(request_rows, cycle)} & company.line
        assert {c.subject_id for c in call(coverage, cycle)} <= company.line
    cells = call(competency_cells, company.closed)
    assert cells and set(cells) == set(company.hr.call(competency_cells, company.closed)) & company.line
    someone = min(set(cells))
    assert call(feedback_report, company.closed, [someone]).competencies
    with pytest.raises(PermissionDenied) as outside:
        call(feedback_report, company.closed, [company.outsider])
    assert outside.value.code == "outside_scope"


def test_appraisal_lists_reports_and_pdfs_hold_exactly_the_line(company, tmp_path):
    call = company.manager.call
    everyone = {e for e, _a in company.hr.call(cycle_people, company.closed)}
    expected = everyone & company.line
    assert expected and {e for e, _a in call(cycle_people, company.closed)} == expected
    assert {r.employee_id for r in call(appraisal_rows, company.closed)} == expected
    assert {r.employee_id for r in call(team_summary, company.closed, None).rows} == expected
    assert {r[1] for r in call(results_table).rows} <= _numbers(company, company.line)
    someone = min(expected)
    pdf = call(write_appraisal_pdf, company.closed, someone, tmp_path / "one.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    with pytest.raises(PermissionDenied):
        call(write_appraisal_pdf, company.closed, company.outsider, tmp_path / "other.pdf")
    result = call(export_appraisals, company.closed, tmp_path / "batch")
    written = sorted(Path(tmp_path / "batch").glob("*.pdf"))
    assert len(written) == len(expected) == len(result.written)


def test_reading_or_changing_anyone_outside_the_line_is_refused(company):
    call, outsider = company.manager.call, company.outsider
    with company.hr.unit() as session:
        person = session.get(Employee, outsider)
        target_id = session.scalar(select(Target.id).where(Target.employee_id == outsider,
                                                           Target.cycle_id == company.current))
        appraisal_id = session.scalar(select(Appraisal.id).where(Appraisal.employee_id == outsider))
        inside = min(company.line)
    refused = [
        lambda: call(person_detail, outsider),
        lambda: call(person_targets, company.current, outsider),
        lambda: call(scope_people, outsider),
        lambda: call(appraisal_document, company.closed, outsider),
        lambda: call(update_person, outsider, _as_input(person, name="改名")),
        lambda: call(set_manager, outsider, company.me),
        lambda: call(set_manager, inside, outsider),
        lambda: call(create_person, PersonInput("N-1", "新人", person.department_id, manager_id=outsider)),
    ]
    if target_id:
        refused += [lambda: call(update_target, target_id, 10.0, 50.0),
                    lambda: call(record_actual, target_id, 1.0, date.today()),
                    lambda: call(attach_note, target_id, "证据"),
                    lambda: call(list_evidence, target_id)]
    if appraisal_id:
        refused.append(lambda: call(correct_appraisal, appraisal_id, Correction(reason="错了", final_score=80)))
    for attempt in refused:
        with pytest.raises(PermissionDenied) as denied:
            attempt()
        assert denied.value.code in ("outside_scope", "own_review_confidential")
    with pytest.raises(PermissionDenied) as tree:
        call(create_department, "影子部", None)
    assert tree.value.code == "hr_only"


def test_a_manager_reads_their_own_record_and_targets_but_changes_nothing_of_their_own(company):
    call, me = company.manager.call, company.me
    assert call(person_detail, me).id == me
    own_targets = call(person_targets, company.current, me)
    with company.hr.unit() as session:
        own = session.get(Employee, me)
    with pytest.raises(PermissionDenied):
        call(update_person, me, _as_input(own, name="自己改名"))
    if own_targets:
        with pytest.raises(PermissionDenied):
            call(update_target, own_targets[0].id, 1.0, 100.0)


def test_a_manager_cannot_read_the_confidential_parts_of_their_own_appraisal(company):
    call, me = company.manager.call, company.me
    with company.hr.unit() as session:
        assert session.scalar(select(Appraisal.id).where(Appraisal.employee_id == me))  # there is one to hide
    assert company.hr.call(appraisal_document, company.closed, me).employee_id == me
    for attempt in (lambda: call(appraisal_document, company.closed, me),
                    lambda: call(feedback_report, company.closed, [me])):
        with pytest.raises(PermissionDenied) as denied:
            attempt()
        assert denied.value.code == "own_review_confidential"
    assert me not in call(competency_cells, company.closed)
    assert me not in {e for e, _a in call(cycle_people, company.closed)}
    assert company.number[me] not in {r[1] for r in call(results_table).rows}
    assert me not in {r.subject_id for r in call(request_rows, company.closed)}


def test_an_auditor_reads_everything_and_every_write_is_refused(company, tmp_path):
    call = company.auditor.call
    assert len(call(list_people)) == len(company.hr.call(list_people))
    assert len(call(results_table).rows) == len(company.hr.call(results_table).rows)
    assert call(appraisal_document, company.closed, company.me).employee_id == company.me
    with company.hr.unit() as session:
        person = session.get(Employee, company.outsider)
        target_id = session.scalar(select(Target.id).where(Target.cycle_id == company.current))
        appraisal_id = session.scalar(select(Appraisal.id))
        kpi_code = session.scalar(select(Target).where(Target.id == target_id)).kpi.code
        number = session.get(Employee, session.scalar(select(Target.employee_id).where(
            Target.id == target_id))).employee_no
    roster = Table(["Employee no.", "Name", "Department"], [["Z-1", "审计新人", "总部"]])
    actuals = Table(["Employee no.", "KPI", "Value", "As of"], [[number, kpi_code, 1, date.today()]])

    def add_directly(session):
        session.add(Department(name="后门部"))
        session.flush()

    writes = [
        lambda: call(update_person, company.outsider, _as_input(person, name="改名")),
        lambda: call(create_person, PersonInput("N-2", "新人", person.department_id)),
        lambda: call(create_department, "审计部2", None),
        lambda: call(update_target, target_id, 10.0, 50.0),
        lambda: call(record_actual, target_id, 1.0, date.today()),
        lambda: call(attach_note, target_id, "证据"),
        lambda: call(correct_appraisal, appraisal_id, Correction(reason="错了", final_score=80)),
        lambda: call(set_feedback_release, company.current, date.today()),
        lambda: call(import_roster, roster, {"employee_no": 0, "name": 1, "department": 2}),
        lambda: call(import_actuals, actuals, {"employee_no": 0, "kpi": 1, "value": 2, "as_of": 3}),
        lambda: call(build_demo),
        lambda: call(add_directly),  # no service check at all: the flush guard refuses it
    ]
    for attempt in writes:
        with pytest.raises(PermissionDenied) as denied:
            attempt()
        assert denied.value.code in ("auditor_reads_only", "hr_only")
    with company.hr.unit() as session:
        assert session.scalar(select(Department.id).where(Department.name == "后门部")) is None
        assert session.get(Employee, company.outsider).name == person.name


def test_a_manager_imports_only_rows_about_their_line(company):
    with company.hr.unit() as session:
        inside = session.get(Employee, min(company.line))
        outside = session.get(Employee, company.outsider)
        department = "/".join(department_paths(session)[inside.department_id])
    table = Table(["Employee no.", "Name", "Department", "Manager"], [
        [inside.employee_no, inside.name + "改", department, ""],
        [outside.employee_no, outside.name + "改", department, ""],
        ["NEW-1", "新同事", department, company.number[company.me]],
    ])
    mapping = {"employee_no": 0, "name": 1, "department": 2, "manager": 3}
    result = company.manager.call(import_roster, table, mapping, valid_only=True)
    assert result.imported and result.rejected == 1
    assert [(p.row, p.code) for p in result.problems] == [(3, "row_outside_scope")]
    with company.hr.unit() as session:
        assert session.get(Employee, outside.id).name == outside.name
        assert session.get(Employee, inside.id).name == inside.name + "改"
        assert session.scalar(select(Employee.manager_id).where(Employee.employee_no == "NEW-1")) == company.me


# -- random organisations ------------------------------------------------------------------


@st.composite
def organisations(draw):
    """A random reporting tree of 5-30 people (parents[i] < i, None for a root), a
    manager among them and a list of service calls (kind, person index)."""
    size = draw(st.integers(5, 30))
    parents = [None] + [draw(st.one_of(st.none(), st.integers(0, i - 1))) for i in range(1, size)]
    manager = draw(st.integers(0, size - 1))
    calls = draw(st.lists(st.tuples(st.sampled_from(["list", "read", "change", "move"]), st.integers(0, size - 1)),
                          min_size=1, max_size=8))
    return parents, manager, calls


def _below(parents, manager):
    children = {}
    for child, parent in enumerate(parents):
        children.setdefault(parent, []).append(child)
    found, pending = set(), list(children.get(manager, []))
    while pending:
        person = pending.pop()
        found.add(person)
        pending.extend(children.get(person, []))
    return found


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(organisation=organisations())
def test_random_organisations_keep_every_call_inside_the_managers_line(database, organisation):
    parents, manager, calls = organisation
    session = database._sessions()
    try:
        department = Department(name="随机部")
        session.add(department)
        session.flush()
        people = []
        for n, parent in enumerate(parents):
            person = Employee(employee_no=f"R{n:03d}", name=f"员工{n}", department_id=department.id,
                              manager_id=people[parent].id if parent is not None else None)
            session.add(person)
            session.flush()
            people.append(person)
        ids = [p.id for p in people]
        line = {ids[i] for i in _below(parents, manager)}
        me = ids[manager]
        bind(session, Actor(None, "m", "经理", UserRole.MANAGER, me))
        for kind, index in calls:
            who = ids[index]
            if kind == "list":
                assert {p.id for p in list_people(session)} == line | {me}
                assert {r[0] for r in people_table(session).rows} == {f"R{ids.index(i):03d}" for i in line | {me}}
                assert set(select_people(session)) == line
            elif kind == "read":
                if who in line | {me}:
                    assert person_detail(session, who).id == who
                else:
                    with pytest.raises(PermissionDenied):
                        person_detail(session, who)
            elif kind == "change":
                person = session.get(Employee, who)
                if who in line:
                    update_person(session, who, _as_input(person, name=person.name + "·"))
                else:
                    with pytest.raises(PermissionDenied):
                        update_person(session, who, _as_input(person, name="越权"))
                    assert session.get(Employee, who).name != "越权"
            else:  # move someone to report directly to the manager
                if who in line:
                    set_manager(session, who, me)
                    parents[index] = manager
                else:
                    with pytest.raises(PermissionDenied):
                        set_manager(session, who, me)
            line = reporting_line(session, me)
            assert line == {ids[i] for i in _below(parents, manager)}
    finally:
        session.rollback()
        session.close()


def test_company_wide_catalogue_and_signing_identities_are_changed_by_hr_only(company, tmp_path):
    from dataclasses import replace

    from reviewer.appraisal.identities import create_company_ca, create_identity, identities_dir, import_identity
    from reviewer.feedback.templates import (delete_competency, list_competencies, list_templates,
                                             save_competency, save_template, template_draft)
    from reviewer.kpi.library import delete_kpi, kpi_input, list_kpis, save_kpi

    kpi_id = company.hr.call(list_kpis)[0].id
    competency = company.hr.call(list_competencies)[0]
    template_id = company.hr.call(list_templates)[0].id
    changes = {
        "save_kpi": lambda s: save_kpi(s, replace(kpi_input(s, kpi_id), name="Renamed by a manager"), kpi_id),
        "delete_kpi": lambda s: delete_kpi(s, kpi_id),
        "save_competency": lambda s: save_competency(s, replace(competency, name="Renamed by a manager")),
        "delete_competency": lambda s: delete_competency(s, competency.id),
        "save_template": lambda s: save_template(s, template_id, template_draft(s, template_id)),
        "create_company_ca": lambda s: create_company_ca(s, "Evil", "long enough pass"),
        "create_identity": lambda s: create_identity(s, "Someone", "long enough pass", employee_id=company.me),
        "import_identity": lambda s: import_identity(s, tmp_path / "any.p12", "long enough pass"),
    }
    for who in (company.manager, company.auditor):
        for name, change in changes.items():
            with pytest.raises(PermissionDenied) as refused:
                who.call(change)
            assert refused.value.code == "hr_only", name
    assert not identities_dir().exists() or not list(identities_dir().iterdir())  # checked before any key file
    assert company.hr.call(list_kpis)[0].name != "Renamed by a manager"
    assert company.hr.call(changes["save_competency"]) == competency.id  # HR still may


def test_offline_forms_and_form_contents_are_hrs_and_the_raters_only(company, tmp_path):
    from db.models import FeedbackRequest
    from reviewer.feedback.forms import request_forms
    from reviewer.feedback.offline_export import export_forms, open_requests
    from reviewer.feedback.offline_import import import_forms

    with company.hr.unit() as session:
        requests = list(session.scalars(select(FeedbackRequest).where(FeedbackRequest.cycle_id == company.current)))
        about_line = next(r.id for r in requests if r.subject_id in company.line
                          and r.rater_employee_id != company.me)
        about_me = next(r.id for r in requests if r.subject_id == company.me and r.rater_employee_id != company.me)
        mine = next(r.id for r in requests if r.rater_employee_id == company.me)
    call = company.manager.call
    for refused_call in (lambda: call(open_requests, company.current),
                         lambda: call(export_forms, [about_line], tmp_path / "forms"),
                         lambda: call(import_forms, [tmp_path / "filled.pdf"])):
        with pytest.raises(PermissionDenied) as refused:
            refused_call()
        assert refused.value.code == "offline_forms_hr_only"
    assert not (tmp_path / "forms").exists()
    for request_id in (about_line, about_me):
        with pytest.raises(PermissionDenied) as refused:
            call(request_forms, [request_id])
        assert refused.value.code == "form_not_yours"
    assert call(request_forms, [mine])[0].request_id == mine  # the rater reads the form they were given
    assert [f.request_id for f in company.auditor.call(request_forms, [about_me])] == [about_me]
    assert company.hr.call(open_requests, company.current)


def test_a_managers_own_appraisal_row_and_the_database_counts_are_refused(company):
    from reviewer.appraisal.document import current_appraisal
    from reviewer.database.info import database_info

    with pytest.raises(PermissionDenied) as own:
        company.manager.call(current_appraisal, company.closed, company.me)
    assert own.value.code == "own_review_confidential"
    with pytest.raises(PermissionDenied):
        company.manager.call(current_appraisal, company.closed, company.outsider)
    someone = min(company.line)
    assert company.manager.call(current_appraisal, company.closed, someone).employee_id == someone
    with pytest.raises(PermissionDenied) as counts:
        company.manager.call(database_info)
    assert counts.value.code == "audit_hr_or_auditor"
    assert company.auditor.call(database_info).counts["employees"] == len(company.number)
