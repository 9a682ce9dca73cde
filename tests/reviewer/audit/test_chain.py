"""The audit trail: every change writes who/what/before/after in the same
transaction, and the hash chain shows any entry changed, removed or slipped in."""
from __future__ import annotations

import json
import threading
from datetime import date

import pytest
from sqlalchemy import func, select, text

from db.models import AuditEvent, Department, Employee, UserRole
from reviewer.access import Actor, add_profile, bind
from reviewer.audit import list_entries, verify_chain
from reviewer.errors import PermissionDenied
from reviewer.people.editing import PersonInput, create_person, update_person
from reviewer.workstation import Workstation


def _entries(session, action):
    return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)))


def _a_person(workstation):
    with workstation.unit() as session:
        department = Department(name="审计部")
        session.add(department)
        session.flush()
        return create_person(session, PersonInput(employee_no="A1", name="欧阳明海", department_id=department.id,
                                                  hire_date=date(2024, 3, 1))), department.id


def test_a_change_through_a_service_records_who_and_before_and_after(database):
    with database.session() as session:
        hr = add_profile(session, "hr", "hr_admin", "long enough")
    workstation = Workstation(database, Actor(hr.id, "hr", "HR", UserRole.HR_ADMIN))
    person_id, department_id = _a_person(workstation)
    workstation.call(update_person, person_id, PersonInput(
        employee_no="A1", name="欧阳明海", department_id=department_id, email="ouyang@example.com",
        hire_date=date(2024, 4, 1)))
    with database.session() as session:
        [created] = _entries(session, "employees.created")
        [updated] = _entries(session, "employees.updated")
    assert created.actor_user_id == hr.id and created.actor_name == "hr" and created.entity_id == person_id
    assert created.details["values"]["name"] == "欧阳明海"
    assert updated.details["changes"] == {"email": [None, "ouyang@example.com"],
                                          "hire_date": ["2024-03-01", "2024-04-01"]}
    with database.session() as session:
        report = verify_chain(session)
    assert report.intact and report.entries >= 3


def test_a_failed_change_leaves_no_entry(database):
    workstation = Workstation(database)
    _a_person(workstation)
    with database.session() as session:
        before = session.scalar(select(func.count()).select_from(AuditEvent))
    with pytest.raises(RuntimeError):
        with workstation.unit() as session:
            session.add(Department(name="回滚部"))
            session.flush()
            raise RuntimeError("stop")
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(AuditEvent)) == before
        assert verify_chain(session).intact


@pytest.fixture
def chained(database):
    """A database with a few chained entries; returns the ids in chain order."""
    workstation = Workstation(database)
    person_id, department_id = _a_person(workstation)
    for n in range(3):
        workstation.call(update_person, person_id, PersonInput(
            employee_no="A1", name=f"欧阳明海{n}", department_id=department_id))
    with database.session() as session:
        ids = list(session.scalars(select(AuditEvent.id).order_by(AuditEvent.sequence)))
        assert verify_chain(session).intact
    return ids


def _raw(database, sql, **params):
    with database.engine.begin() as conn:
        conn.execute(text(sql), params)


def test_an_entry_edited_behind_the_programs_back_breaks_the_chain_there(database, chained):
    victim = chained[2]
    with database.engine.connect() as conn:
        details = conn.execute(text("SELECT details FROM audit_events WHERE id = :id"), {"id": victim}).scalar()
    details = details if isinstance(details, dict) else json.loads(details)
    details["changes"]["name"][1] = "张三"
    _raw(database, "UPDATE audit_events SET details = :d WHERE id = :id", d=json.dumps(details), id=victim)
    with database.session() as session:
        report = verify_chain(session)
    assert not report.intact and report.broken_at == victim and report.code == "audit_entry_changed"


def test_an_entry_deleted_behind_the_programs_back_breaks_the_chain_there(database, chained):
    _raw(database, "DELETE FROM audit_events WHERE id = :id", id=chained[1])
    with database.session() as session:
        report = verify_chain(session)
    assert not report.intact and report.broken_at == chained[2] and report.code == "audit_gap"


def test_the_newest_entry_deleted_is_noticed_too(database, chained):
    _raw(database, "DELETE FROM audit_events WHERE id = :id", id=chained[-1])
    with database.session() as session:
        report = verify_chain(session)
    assert not report.intact and report.code == "audit_head_mismatch"


def test_an_entry_inserted_behind_the_programs_back_breaks_the_chain(database, chained):
    _raw(database, "INSERT INTO audit_events (occurred_at, action, entity_type, details) "
                   "VALUES (CURRENT_TIMESTAMP, 'employees.updated', 'employees', '{}')")
    with database.session() as session:
        report = verify_chain(session)
    assert not report.intact and report.code == "audit_entry_outside_chain"
    assert report.broken_at == max(chained) + 1 or report.broken_at > max(chained)


def test_an_entry_forged_into_the_middle_breaks_the_chain(database, chained):
    with database.engine.connect() as conn:
        row = conn.execute(text("SELECT sequence, previous_hash, entry_hash FROM audit_events WHERE id = :id"),
                           {"id": chained[1]}).one()
    # Shift the later entries up one place and slip a plausible entry into the gap.
    _raw(database, "UPDATE audit_events SET sequence = sequence + 1000 WHERE sequence > :s", s=row.sequence)
    _raw(database, "UPDATE audit_events SET sequence = sequence - 999 WHERE sequence > 1000")
    _raw(database, "INSERT INTO audit_events (sequence, occurred_at, action, entity_type, details, previous_hash, "
                   "entry_hash) VALUES (:s, CURRENT_TIMESTAMP, 'employees.updated', 'employees', '{}', :p, :h)",
         s=row.sequence + 1, p=row.entry_hash, h="f" * 64)
    with database.session() as session:
        report = verify_chain(session)
    assert not report.intact and report.broken_sequence == row.sequence + 1


def test_a_submitted_360_form_is_recorded_without_its_ratings(demo_database):
    from db.models import Answer, FeedbackRequest, RequestStatus
    from reviewer.feedback.filling import Given, open_filling, save_answer, submit

    with demo_database.session() as session:
        request_id = session.scalar(select(FeedbackRequest.id).where(FeedbackRequest.status == RequestStatus.OPEN)
                                    .order_by(FeedbackRequest.id).limit(1))
        first_entry = session.scalar(select(func.max(AuditEvent.id))) or 0
    with demo_database.session() as session:
        for question in open_filling(session, request_id).form.questions():
            given = Given(rating=question.scale_max) if question.is_rating else Given(text="沟通清楚，值得学习")
            save_answer(session, request_id, question.id, given)
        submit(session, request_id)
    with demo_database.session() as session:
        entries = list(session.scalars(select(AuditEvent).where(AuditEvent.id > first_entry)))
        ratings = [a.rating for a in session.scalars(select(Answer).where(Answer.request_id == request_id))]
    assert any(e.action == "feedback.submitted" and e.entity_id == request_id for e in entries)
    written = json.dumps([e.details for e in entries], ensure_ascii=False)
    assert "沟通清楚" not in written and '"rating"' not in written and "answers" not in {e.entity_type for e in entries}
    assert ratings and all(e.entity_type != "rater_scores" for e in entries)


def test_the_trail_is_read_by_hr_and_auditors_only(database, chained):
    manager = Actor(5, "m", "经理", UserRole.MANAGER, employee_id=1)
    with database.session() as session:
        bind(session, manager)
        with pytest.raises(PermissionDenied):
            list_entries(session)
    with database.session() as session:
        bind(session, Actor(6, "a", "审计", UserRole.AUDITOR))
        rows = list_entries(session, entity="employees")
        assert len(rows) == 4 and rows[0].action == "employees.updated"


def test_two_writers_at_once_keep_one_unbroken_chain(database):
    workstation = Workstation(database)
    person_id, department_id = _a_person(workstation)
    errors = []

    def write(prefix):
        try:
            for n in range(10):
                with workstation.unit() as session:
                    session.add(Department(name=f"{prefix}{n}", parent_id=department_id))
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=write, args=(p,)) for p in ("甲", "乙")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with database.session() as session:
        report = verify_chain(session)
        assert report.intact, report
        assert session.scalar(select(func.count()).select_from(Department)) == 21


def _verify(database, expect_head=None):
    with database.session() as session:
        return verify_chain(session, expect_head)


def _head(database):
    report = _verify(database)
    assert report.intact, report
    return report.head_sequence, report.head_hash


def test_every_entry_taken_out_of_the_chain_with_its_head_is_noticed(database, chained):
    _raw(database, "UPDATE audit_events SET sequence = NULL")
    _raw(database, "DELETE FROM app_settings WHERE key = 'audit_chain_head'")
    report = _verify(database)
    assert not report.intact and report.code == "audit_entry_outside_chain" and report.broken_at in chained


def test_an_entry_outside_the_chain_with_a_low_id_does_not_pass_for_an_older_one(database, chained):
    _raw(database, "INSERT INTO audit_events (id, occurred_at, action, entity_type, details) "
                   "VALUES (-1, CURRENT_TIMESTAMP, 'employees.updated', 'employees', '{}')")
    report = _verify(database)
    assert not report.intact and report.code == "audit_entry_outside_chain" and report.broken_at == -1


def test_the_whole_trail_deleted_with_its_head_is_noticed(database, chained):
    _raw(database, "DELETE FROM audit_events")
    _raw(database, "DELETE FROM app_settings WHERE key = 'audit_chain_head'")
    report = _verify(database)
    assert not report.intact and report.code == "audit_head_missing"


def test_a_fresh_database_has_an_anchor_and_an_empty_head_and_is_intact(database):
    report = _verify(database)
    assert report.intact and report.entries == 0 and report.head_sequence == 0
    assert _verify(database, (0, "0" * 64)).intact


def test_a_missing_anchor_is_reported(database, chained):
    _raw(database, "DELETE FROM app_settings WHERE key = 'audit_chain_anchor'")
    report = _verify(database)
    assert not report.intact and report.code == "audit_anchor_missing"


def test_entries_older_than_the_chain_stay_outside_it_but_may_not_be_removed(database, chained):
    # An upgraded database: one entry written before the chain existed, named by the anchor.
    _raw(database, "INSERT INTO audit_events (id, occurred_at, action, entity_type, details) "
                   "VALUES (1000000, CURRENT_TIMESTAMP, 'employees.updated', 'employees', '{}')")
    _raw(database, "UPDATE app_settings SET value = '1000000:1' WHERE key = 'audit_chain_anchor'")
    report = _verify(database)
    assert report.intact and report.before_chain == 1
    _raw(database, "DELETE FROM audit_events WHERE id = 1000000")
    report = _verify(database)
    assert not report.intact and report.code == "audit_older_entries_changed"


def test_the_newest_entries_removed_and_the_head_rewritten_are_caught_by_a_head_kept_elsewhere(database, chained):
    kept = _head(database)
    _raw(database, "DELETE FROM audit_events WHERE sequence > :s", s=kept[0] - 2)
    with database.engine.connect() as conn:
        last = conn.execute(text("SELECT sequence, entry_hash FROM audit_events ORDER BY sequence DESC")).first()
    _raw(database, "UPDATE app_settings SET value = :v WHERE key = 'audit_chain_head'", v=f"{last[0]}:{last[1]}")
    assert _verify(database).intact  # nothing inside the database can tell...
    report = _verify(database, kept)  # ...but the head printed earlier can
    assert not report.intact and report.code == "audit_expected_head_missing"


def test_a_head_kept_elsewhere_still_matches_after_more_entries(database, chained):
    kept = _head(database)
    with Workstation(database).unit() as session:
        session.add(Department(name="新部门"))
    report = _verify(database, kept)
    assert report.intact and report.head_sequence > kept[0]
    assert not _verify(database, (kept[0], "a" * 64)).intact


def test_audit_verify_prints_the_head_and_checks_one_kept_elsewhere(tmp_path, capsys):
    from reviewer.cli.runner import run

    db = str(tmp_path / "team.sqlite3")
    assert run(["audit", "verify", "--db", db]) == 0
    capsys.readouterr()
    assert run(["audit", "verify", "--json", "--db", db]) == 0
    head = json.loads(capsys.readouterr().out)["head"]
    assert head == {"position": 0, "hash": "0" * 64}
    kept = f"{head['position']}:{head['hash']}"
    assert run(["audit", "verify", "--db", db, "--expect-head", kept]) == 0
    assert f"Head: {kept}" in capsys.readouterr().out
    assert run(["audit", "verify", "--db", db, "--expect-head", "3:" + "b" * 64]) == 1
    assert "does not hold entry 3" in capsys.readouterr().out
    assert run(["audit", "verify", "--db", db, "--expect-head", "nonsense"]) == 1
    assert "POSITION:HASH" in capsys.readouterr().err


def test_a_persons_history_reaches_past_newer_entries_about_others(database):
    workstation = Workstation(database)
    person_id, department_id = _a_person(workstation)
    for n in range(5):
        with workstation.unit() as session:
            session.add(Department(name=f"后来的部门{n}", parent_id=department_id))
    history = workstation.call(list_entries, employee_id=person_id, limit=2)
    assert [row.action for row in history] == ["employees.created"]
    assert [row.entity_type for row in workstation.call(list_entries, entity="depart", limit=2)] == [
        "departments", "departments"]


def _path(parents, department_id):
    name, parent = parents[department_id]
    return (_path(parents, parent) if parent else []) + [name]


def test_every_person_of_a_bulk_import_is_in_their_history_and_a_tampered_row_breaks_the_chain(database):
    from reviewer.io.tables import Table
    from reviewer.roster import import_roster

    workstation = Workstation(database)
    mapping = {"employee_no": 0, "name": 1, "department": 2, "manager": 3, "hire_date": 4}
    # New departments three deep (parents and children created in one go), a reporting tree.
    rows = [[f"B{n:03d}", f"批量{n}", f"总部/区域{n % 3}/组{n % 5}", f"B{(n - 1) // 4:03d}" if n else "",
             date(2020, 1, 1 + n % 28)] for n in range(40)]
    assert workstation.call(import_roster, Table(["No", "Name", "Dept", "Manager", "Hired"], rows), mapping).created == 40
    # Again, with names changed and every tenth person moved under the first.
    again = [[no, name + "改" if n % 2 else name, dept, "B000" if n % 10 == 5 else manager, hired]
             for n, (no, name, dept, manager, hired) in enumerate(rows)]
    assert workstation.call(import_roster, Table(["No", "Name", "Dept", "Manager", "Hired"], again), mapping).updated == 20
    with database.session() as session:
        ids = dict(session.execute(select(Employee.employee_no, Employee.id)).all())
        parents = {d.id: (d.name, d.parent_id) for d in session.scalars(select(Department))}
    paths = {"/".join(_path(parents, d)) for d in parents}
    assert {row[2] for row in rows} <= paths
    for n, (number, name, *_rest) in enumerate(rows):
        history = workstation.call(list_entries, employee_id=ids[number])
        [created] = [row for row in history if row.action == "employees.created" and row.entity_id == ids[number]]
        assert created.details["values"]["name"] == name and created.details["values"]["employee_no"] == number
        updates = [row.details["changes"] for row in history
                   if row.action == "employees.updated" and row.entity_id == ids[number]]
        expected = {}
        if n % 2:
            expected["name"] = [name, name + "改"]
        if n % 10 == 5:
            expected["manager_id"] = [ids[rows[n][3]], ids["B000"]]
        assert updates == ([expected] if expected else []), number
    with database.session() as session:
        assert verify_chain(session).intact
        victim = session.scalar(select(AuditEvent.id).where(AuditEvent.action == "employees.created",
                                                            AuditEvent.entity_id == ids["B017"]))
        session.execute(text("UPDATE audit_events SET details = :d WHERE id = :id"),
                        {"d": json.dumps({"values": {"name": "改名换姓"}}), "id": victim})
        session.commit()
    with database.session() as session:
        report = verify_chain(session)
    assert not report.intact and report.broken_at == victim and report.code == "audit_entry_changed"
