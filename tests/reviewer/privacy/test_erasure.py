"""Erasure after the retention period: a leaver becomes a pseudonym, their free text and
evidence go, and every statistic, signature hash and the audit chain read as before."""
from __future__ import annotations

import json
import re
from datetime import date

import pytest
from sqlalchemy import JSON, Enum, String, func, select, text, update

from db.models import (
    Answer,
    Appraisal,
    AppUser,
    AuditEvent,
    Base,
    Employee,
    Evidence,
    FeedbackRequest,
    GoalHorizon,
    ImprovementPlan,
    PlanGoal,
    RaterScore,
    Relationship,
    RequestStatus,
    SignatureRecord,
    StoredFile,
    Target,
    UserRole,
)
from reviewer.access import Actor, bind
from reviewer.audit import verify_chain
from reviewer.errors import PermissionDenied, ValidationError
from reviewer.kpi.evidence import attach_file, attach_note, stored_path
from reviewer.privacy import anonymise_leavers, leavers_due, retention_months, save_retention_months
from reviewer.privacy.erasure import PSEUDONYM_PREFIX, pseudonym_code
from reviewer.privacy.retention import retention_ends
from reviewer.progress import Cancelled, Progress

LATER = date(2030, 1, 1)  # well past 36 months after the demo's leavers left in 2026
LEFT = date(2026, 8, 1)


def _distinct_name(session, employee_id: int) -> bool:
    """Their name is nobody else's and not part of anybody else's (so a scan finds only them)."""
    name = session.get(Employee, employee_id).name
    others = session.scalars(select(Employee.name).where(Employee.id != employee_id))
    return all(name not in other and other not in name for other in others)


def _rated_rater(session) -> int:
    """Someone who was rated in confidence and rated others, with an appraisal and targets."""
    raters = select(FeedbackRequest.rater_employee_id).where(FeedbackRequest.status == RequestStatus.SUBMITTED,
                                                             FeedbackRequest.relation != Relationship.SELF)
    candidates = session.scalars(
        select(FeedbackRequest.subject_id).where(FeedbackRequest.status == RequestStatus.SUBMITTED,
                                                 FeedbackRequest.subject_id.in_(raters),
                                                 FeedbackRequest.subject_id.in_(select(Appraisal.employee_id)),
                                                 FeedbackRequest.subject_id.in_(select(Target.employee_id)))
        .group_by(FeedbackRequest.subject_id).order_by(func.count().desc(), FeedbackRequest.subject_id))
    return next(c for c in candidates if _distinct_name(session, c))


def _make_leaver(session, employee_id: int, tmp_path) -> dict:
    """Make them a leaver with a profile, evidence, a plan and words written about them
    elsewhere; returns what identifies them."""
    person = session.get(Employee, employee_id)
    if person.hire_date and person.hire_date > LEFT:
        person.hire_date = date(2020, 1, 1)
    person.is_active, person.leave_date = False, LEFT
    if not person.email:
        person.email = f"leaver{employee_id}@example.com"
    session.add(AppUser(username=f"leaver.login{employee_id}", display_name=person.name, role=UserRole.MANAGER,
                        employee_id=employee_id))
    session.flush()
    user_id = session.scalar(select(AppUser.id).where(AppUser.employee_id == employee_id))
    for appraisal in session.scalars(select(Appraisal).where(Appraisal.employee_id == employee_id)):
        appraisal.strengths = f"{person.name} closes hard deals"
        appraisal.self_achievements = "我完成了全年目标"
        appraisal.manager_private_note = "private"
    target = session.scalar(select(Target).where(Target.employee_id == employee_id).order_by(Target.id))
    evidence_file = tmp_path / "visit-report.txt"
    evidence_file.write_text(f"visited customers with {person.name}", encoding="utf-8")
    attach_file(session, target.id, evidence_file)
    attach_note(session, target.id, f"note by {person.name}")
    plan = ImprovementPlan(employee_id=employee_id, owner_id=person.manager_id or employee_id,
                           reason=f"{person.name} missed the sales target", start_date=date(2026, 1, 1),
                           end_date=date(2026, 3, 31), support="weekly coaching")
    session.add(plan)
    session.flush()
    session.add(PlanGoal(plan_id=plan.id, horizon=GoalHorizon.SHORT_TERM, description="Raise sales",
                         measure="10 visits a week", due_date=date(2026, 2, 1)))
    for answer in session.scalars(select(Answer).join(FeedbackRequest).where(
            FeedbackRequest.rater_employee_id == employee_id, FeedbackRequest.status == RequestStatus.SUBMITTED)
            .limit(2)):
        answer.text = "A comment they gave"
    other = session.scalar(select(Appraisal).where(Appraisal.employee_id != employee_id).order_by(Appraisal.id))
    other.manager_comment = f"Learned a lot from {person.name} ({person.employee_no}, {person.email.upper()})."
    session.flush()
    # Something they did themselves, under their own profile: the audit trail names them as the actor.
    bind(session, Actor(user_id, f"leaver.login{employee_id}", person.name, UserRole.HR_ADMIN, employee_id))
    other.hr_comment = "checked"
    session.flush()
    bind(session, Actor(None, "hr", "HR", UserRole.HR_ADMIN))
    return {"name": person.name, "employee_no": person.employee_no, "email": person.email,
            "username": f"leaver.login{employee_id}", "file": stored_path(session.scalar(
                select(Evidence.file_sha256).where(Evidence.target_id == target.id,
                                                   Evidence.file_sha256.is_not(None))))}


def _statistics(session) -> dict:
    """What charts and distributions are made of."""
    return {
        "appraisals": sorted(session.execute(select(
            Appraisal.id, Appraisal.cycle_id, Appraisal.employee_id, Appraisal.kpi_score, Appraisal.competency_score,
            Appraisal.final_score, Appraisal.proposed_band_id, Appraisal.calibrated_band_id, Appraisal.potential,
            Appraisal.state)).all()),
        "ratings": session.execute(select(func.count(Answer.id), func.sum(Answer.rating))).one(),
        "rater_scores": sorted(session.execute(select(RaterScore.request_id, RaterScore.competency_id,
                                                      RaterScore.total, RaterScore.ratings)).all()),
        "people": sorted(session.execute(select(Employee.id, Employee.department_id, Employee.position_id,
                                                Employee.manager_id, Employee.is_active, Employee.hire_date,
                                                Employee.leave_date)).all()),
        "targets": sorted(session.execute(select(Target.id, Target.employee_id, Target.kpi_id,
                                                 Target.target_value, Target.weight)).all()),
        "signatures": sorted(session.execute(select(SignatureRecord.id, SignatureRecord.document_sha256,
                                                    SignatureRecord.certificate_sha256, SignatureRecord.signed_at,
                                                    SignatureRecord.role)).all()),
    }


def _found_anywhere(session, words: list[str]) -> list[tuple[str, str, str]]:
    """Every text or JSON value of every table holding one of the words (whole, any case)."""
    pattern = re.compile("|".join(f"(?<![A-Za-z0-9]){re.escape(w)}(?![A-Za-z0-9])" for w in words), re.IGNORECASE)
    found = []
    for table in Base.metadata.sorted_tables:
        columns = [c for c in table.columns if isinstance(c.type, JSON)
                   or (isinstance(c.type, String) and not isinstance(c.type, Enum))]
        if not columns:
            continue
        for row in session.execute(select(*columns)):
            for column, value in zip(columns, row):
                shown = json.dumps(value, ensure_ascii=False) if isinstance(column.type, JSON) else value
                if shown and pattern.search(shown):
                    found.append((table.name, column.name, shown[:80]))
    return found


def check_erasure_of_a_leaver(database, tmp_path):
    with database.session() as session:
        person_id = _rated_rater(session)
        identity = _make_leaver(session, person_id, tmp_path)
    assert identity["file"].exists()
    words = [identity["name"], identity["employee_no"], identity["email"], identity["username"]]
    with database.session() as session:
        before = _statistics(session)
        assert verify_chain(session).intact
        tables_naming_them = {table for table, _, _ in _found_anywhere(session, words)}
        assert {"employees", "appraisals", "app_users", "audit_events", "improvement_plans"} <= tables_naming_them
        due = leavers_due(session, LATER)
        assert person_id in [d.employee_id for d in due]
        preview = next(d for d in due if d.employee_id == person_id)
        assert preview.name == identity["name"] and preview.left_on == LEFT and preview.evidence == 2
        assert preview.plans == 1 and preview.appraisals >= 1 and preview.feedback_comments >= 2
        assert preview.retention_ended == date(2029, 8, 1)
    steps = []
    with database.session() as session:
        result = anonymise_leavers(session, [person_id], LATER, Progress(report=lambda f, m: steps.append(f)))
    assert steps[-1] == 1.0
    (done,) = result.people
    assert done.pseudonym == f"{PSEUDONYM_PREFIX}{pseudonym_code(person_id)}"
    assert done.evidence_removed == 2 and done.files_deleted == 1 and done.texts_erased >= 5
    assert done.audit_entries_rewritten > 0
    assert not identity["file"].exists()  # gone from the store once the erasure committed
    with database.session() as session:
        assert _statistics(session) == before
        assert _found_anywhere(session, words) == []
        person = session.get(Employee, person_id)
        assert person.name == done.pseudonym and person.email is None and person.anonymised_at is not None
        assert person.employee_no.startswith("FORMER-")
        assert not session.scalar(select(AppUser.is_active).where(AppUser.employee_id == person_id))
        assert session.scalar(select(func.count()).select_from(Evidence).join(Target).where(
            Target.employee_id == person_id)) == 0
        assert session.scalar(select(func.count()).select_from(StoredFile).where(
            StoredFile.sha256 == identity["file"].name)) == 0
        for appraisal in session.scalars(select(Appraisal).where(Appraisal.employee_id == person_id)):
            assert appraisal.strengths is None and appraisal.self_achievements is None
            assert appraisal.manager_private_note is None
        plan = session.scalar(select(ImprovementPlan).where(ImprovementPlan.employee_id == person_id))
        assert plan.reason == "[erased]" and plan.support is None
        report = verify_chain(session)
        assert report.intact, report.as_dict()
        assert report.erased == done.audit_entries_rewritten
        event = session.scalar(select(AuditEvent).where(AuditEvent.action == "privacy.anonymised"))
        assert event.entity_id == person_id and event.details["evidence_removed"] == 2
        assert event.details["audit_entries_rewritten"] == done.audit_entries_rewritten
        assert person_id not in [d.employee_id for d in leavers_due(session, LATER)]
    return person_id


def test_a_leaver_past_retention_is_anonymised_keeping_every_statistic(demo_database, tmp_path):
    check_erasure_of_a_leaver(demo_database, tmp_path)


@pytest.mark.postgres
def test_the_erasure_on_postgresql(postgres_demo, tmp_path):
    check_erasure_of_a_leaver(postgres_demo, tmp_path)


def test_a_tampered_entry_is_still_caught_after_an_erasure(demo_database, tmp_path):
    person_id = check_erasure_of_a_leaver(demo_database, tmp_path)
    with demo_database.session() as session:
        witness = session.scalar(select(AuditEvent.details).where(AuditEvent.action == "privacy.anonymised"))
        position = int(next(iter(witness["rewritten_entries"])))
        rewritten = session.scalar(select(AuditEvent).where(AuditEvent.sequence == position))
        session.execute(update(AuditEvent).where(AuditEvent.id == rewritten.id).values(
            details={"note": "rewritten again by hand"}))
    with demo_database.session() as session:
        report = verify_chain(session)
        assert not report.intact and report.code == "audit_entry_changed" and report.broken_sequence == position
    assert person_id


def test_signatures_keep_their_hashes_and_the_signed_pdf_still_verifies(signed_appraisal, tmp_path):
    from reviewer.appraisal.verify import verify_pdf

    database = signed_appraisal.database
    with database.session() as session:
        before = verify_pdf(session, signed_appraisal.path)
        assert before.valid
        person = session.get(Employee, signed_appraisal.employee_id)
        person.is_active, person.leave_date = False, LEFT
        if person.hire_date and person.hire_date > LEFT:
            person.hire_date = date(2020, 1, 1)
        records = sorted(session.execute(select(SignatureRecord.id, SignatureRecord.document_sha256,
                                                SignatureRecord.signed_at, SignatureRecord.certificate_sha256)
                                         .where(SignatureRecord.appraisal_id == signed_appraisal.appraisal_id)))
    key_file = signed_appraisal.identities["employee"].key_file
    assert key_file.exists()
    with database.session() as session:
        anonymise_leavers(session, [signed_appraisal.employee_id], LATER)
    assert not key_file.exists()  # nobody signs as a leaver; the certificate stays for verification
    with database.session() as session:
        after = verify_pdf(session, signed_appraisal.path)
        assert after.valid and after.issued_here
        assert [(s.recorded, s.role, s.intact) for s in after.signatures] == \
            [(s.recorded, s.role, s.intact) for s in before.signatures]
        assert sorted(session.execute(select(SignatureRecord.id, SignatureRecord.document_sha256,
                                             SignatureRecord.signed_at, SignatureRecord.certificate_sha256)
                                      .where(SignatureRecord.appraisal_id == signed_appraisal.appraisal_id))) \
            == records
        employee_record = session.scalar(select(SignatureRecord).where(
            SignatureRecord.appraisal_id == signed_appraisal.appraisal_id, SignatureRecord.role == "employee"))
        assert employee_record.signer_name.startswith(PSEUDONYM_PREFIX) and employee_record.comment is None
        assert signed_appraisal.employee not in json.dumps(
            [r.details for r in session.scalars(select(AuditEvent))], ensure_ascii=False)
        assert verify_chain(session).intact


def _some_employee(session, **where) -> Employee:
    return session.scalar(select(Employee).filter_by(**where).order_by(Employee.id))


def test_a_person_who_has_not_left_is_refused_by_name(demo_database):
    with demo_database.session() as session:
        person = _some_employee(session, is_active=True)
        with pytest.raises(ValidationError) as refused:
            anonymise_leavers(session, [person.id], LATER)
        assert refused.value.code == "privacy_not_a_leaver"
        assert person.name in str(refused.value) and person.employee_no in str(refused.value)


def test_a_leaver_within_retention_is_refused_naming_the_day_it_ends(demo_database):
    with demo_database.session() as session:
        person = _some_employee(session, is_active=False)
        with pytest.raises(ValidationError) as refused:
            anonymise_leavers(session, [person.id], person.leave_date)
        assert refused.value.code == "privacy_retention_running"
        ends = retention_ends(person.leave_date, 36).isoformat()
        assert person.name in str(refused.value) and ends in str(refused.value)
        assert session.get(Employee, person.id).anonymised_at is None


def test_an_anonymised_leaver_is_not_anonymised_twice(demo_database):
    with demo_database.session() as session:
        person_id = _some_employee(session, is_active=False).id
        anonymise_leavers(session, [person_id], LATER)
    with demo_database.session() as session:
        with pytest.raises(ValidationError) as refused:
            anonymise_leavers(session, [person_id], LATER)
        assert refused.value.code == "privacy_already_anonymised"


def test_a_manager_may_neither_preview_nor_erase(demo_database):
    with demo_database.session() as session:
        leaver = _some_employee(session, is_active=False)
        bind(session, Actor(None, "boss", "Boss", UserRole.MANAGER, leaver.manager_id))
        with pytest.raises(PermissionDenied):
            leavers_due(session, LATER)
        with pytest.raises(PermissionDenied):
            anonymise_leavers(session, [leaver.id], LATER)


def test_the_retention_period_decides_who_is_due(demo_database):
    with demo_database.session() as session:
        assert retention_months(session) == 36
        leavers = list(session.scalars(select(Employee).where(Employee.is_active.is_(False))))
        latest = max(p.leave_date for p in leavers)
        assert leavers_due(session, latest) == []
        save_retention_months(session, 1)
    with demo_database.session() as session:
        assert retention_months(session) == 1
        due = leavers_due(session, retention_ends(latest, 1))
        assert {d.employee_id for d in due} == {p.id for p in leavers}
        with pytest.raises(ValidationError) as refused:
            save_retention_months(session, 0)
        assert refused.value.problems[0].code == "privacy_retention_range"


def test_all_leavers_due_are_anonymised_at_once_and_the_chain_holds(demo_database):
    with demo_database.session() as session:
        due = {d.employee_id for d in leavers_due(session, LATER)}
        assert len(due) >= 2
        result = anonymise_leavers(session, None, LATER)
        assert {p.employee_id for p in result.people} == due
    with demo_database.session() as session:
        report = verify_chain(session)
        assert report.intact, report.as_dict()
        assert session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "privacy.anonymised")) == len(due)


def test_a_cancel_midway_changes_nothing(demo_database):
    with demo_database.session() as session:
        due = [d.employee_id for d in leavers_due(session, LATER)]
        names = dict(session.execute(select(Employee.id, Employee.name).where(Employee.id.in_(due))).all())
    calls = []

    def cancel_after_the_first() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(Cancelled):
        with demo_database.session() as session:
            anonymise_leavers(session, None, LATER, Progress(is_cancelled=cancel_after_the_first))
    with demo_database.session() as session:
        assert dict(session.execute(select(Employee.id, Employee.name).where(Employee.id.in_(due))).all()) == names
        assert verify_chain(session).intact


def test_the_migration_goes_down_and_up_keeping_who_was_anonymised(database):
    from alembic import command
    from sqlalchemy import inspect as inspect_schema

    from db.migrate import SCHEMA_HEAD, alembic_config, open_database
    from db.models import Department

    with database.session() as session:
        department = Department(name="Sales")
        session.add(department)
        session.flush()
        session.add(Employee(employee_no="E1", name="Ann", department_id=department.id))
    url = database.url
    database.dispose()
    command.downgrade(alembic_config(url=url), "0012")
    from sqlalchemy import create_engine

    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            assert "anonymised_at" not in {c["name"] for c in inspect_schema(connection).get_columns("employees")}
            assert connection.execute(text("SELECT count(*) FROM employees")).scalar() == 1
    finally:
        engine.dispose()
    reopened, upgrade = open_database(url)
    try:
        assert (upgrade.from_revision, upgrade.to_revision) == ("0012", SCHEMA_HEAD)
        with reopened.session() as session:
            assert session.scalar(select(Employee.anonymised_at).where(Employee.employee_no == "E1")) is None
    finally:
        reopened.dispose()


def test_a_preview_shown_before_another_erasure_committed_does_not_erase_twice(database):
    """Two HR people on one database: the second confirms a preview made before the first
    erasure committed; the person is read afresh and refused, not anonymised again."""
    from db.models import Department

    with database.session() as session:
        department = Department(name="Sales")
        session.add(department)
        session.flush()
        session.add(Employee(employee_no="E1", name="Ann Leaver", department_id=department.id,
                             hire_date=date(2020, 1, 1), leave_date=LEFT, is_active=False))
    with database.session() as first_hr:
        (due,) = leavers_due(first_hr, LATER)
        shown = first_hr.get(Employee, due.employee_id)  # what the first session read, held on to
        with database.session() as second_hr:
            anonymise_leavers(second_hr, None, LATER)
        with pytest.raises(ValidationError) as refused:
            anonymise_leavers(first_hr, [due.employee_id], LATER)
        assert refused.value.code == "privacy_already_anonymised" and shown.anonymised_at is not None
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "privacy.anonymised")) == 1
        assert verify_chain(session).intact


def test_identifying_words_are_replaced_whole_and_in_any_case():
    from reviewer.privacy.scrubbing import Identifiers

    words = Identifiers({"Ann Smith": "P", "E12": "N", "ann@example.com": "P", "王伟": "P"})
    assert words.replaced({"note": "ANN SMITH and E12, not E123; ANN@example.com 王伟", "list": ["E12."]}) == \
        {"note": "P and N, not E123; P P", "list": ["N."]}
    assert "%\\u738b\\u4f1f%" in words.like_patterns()  # as a JSON column written by json.dumps holds it


def _file_bytes_naming(path, words: list[str]) -> dict[str, int]:
    """How often each word is still readable in the database file and its WAL, free pages included."""
    found = {}
    for part in (path, path.with_name(path.name + "-wal")):
        if part.exists():
            data = part.read_bytes()
            for word in words:
                found[word] = found.get(word, 0) + data.count(word.encode("utf-8"))
    return {word: count for word, count in found.items() if count}


def test_the_erased_words_are_gone_from_the_file_bytes_while_another_program_has_it_open(demo_database, tmp_path):
    """A SQLite built without SECURE_DELETE (Python's own builds for Windows and macOS) leaves
    deleted bytes in free space; and while the window has the file open, nothing copies the
    erasure from the WAL into the file. Either way the old name stays readable in the file."""
    import sqlite3

    from sqlalchemy import event

    path = tmp_path / "demo.sqlite3"

    def like_windows_builds(dbapi_connection, _record):
        dbapi_connection.execute("PRAGMA secure_delete=OFF")

    demo_database.engine.dispose()
    event.listen(demo_database.engine, "connect", like_windows_builds, insert=True)
    with demo_database.session() as session:
        person_id = _rated_rater(session)
        identity = _make_leaver(session, person_id, tmp_path)
    words = [identity["name"], identity["employee_no"], identity["email"], identity["username"]]
    window = sqlite3.connect(path)  # another program with the file open, idle
    try:
        window.execute("PRAGMA secure_delete=OFF")
        assert window.execute("SELECT count(*) FROM employees").fetchone()[0] > 0
        with demo_database.session() as session:
            anonymise_leavers(session, [person_id], LATER)
        assert _file_bytes_naming(path, words) == {}
    finally:
        window.close()


def test_another_persons_longer_name_holding_the_leavers_is_left_whole(demo_database):
    """A Chinese name has no word boundaries, so 刘强 is also inside 刘强波: the erasure of
    刘强 must not turn 刘强波 into "Former employee #…波" in texts, signature records or the
    audit entries about 刘强波."""
    with demo_database.session() as session:
        names = {e.id: e.name for e in session.scalars(select(Employee))}
        leaver_id, other_id = next((a, b) for a, short in names.items() for b, long in names.items()
                                   if a != b and short != long and short in long
                                   and any("\u4e00" <= c <= "\u9fff" for c in short))
        leaver = session.get(Employee, leaver_id)
        leaver.is_active, leaver.leave_date = False, LEFT
        if leaver.hire_date and leaver.hire_date > LEFT:
            leaver.hire_date = date(2020, 1, 1)
        other = session.get(Employee, other_id)
        appraisal = session.scalar(select(Appraisal).where(Appraisal.employee_id != leaver_id)
                                   .order_by(Appraisal.id))
        appraisal.manager_comment = f"{other.name}与{leaver.name}合作良好"
        other.email = "changed.to.be.audited@example.com"  # an audit entry about the other person, naming them
        long_name, short_name, appraisal_id = other.name, leaver.name, appraisal.id
    with demo_database.session() as session:
        about_other_before = [e.details for e in session.scalars(select(AuditEvent).where(
            AuditEvent.entity_type == "employees", AuditEvent.entity_id == other_id).order_by(AuditEvent.id))]
        assert long_name in json.dumps(about_other_before, ensure_ascii=False)
        anonymise_leavers(session, [leaver_id], LATER)
    with demo_database.session() as session:
        assert session.get(Employee, other_id).name == long_name
        comment = session.get(Appraisal, appraisal_id).manager_comment
        assert comment.startswith(f"{long_name}与") and short_name not in comment.replace(long_name, "")
        about_other = [e.details for e in session.scalars(select(AuditEvent).where(
            AuditEvent.entity_type == "employees", AuditEvent.entity_id == other_id).order_by(AuditEvent.id))]
        assert about_other == about_other_before
        assert verify_chain(session).intact
