"""Profiles, passwords and who must sign in."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from db.models import AppUser, Employee, UserRole
from reviewer.access import LOCAL_OWNER, Actor, add_profile, bind, check_sign_in, disable_profile, list_profiles
from reviewer.access.profiles import change_password, needs_sign_in, wait_before_next_try
from reviewer.errors import PermissionDenied, SignInRefused, SignInRequired, ValidationError
from reviewer.workstation import identify

AUDITOR = Actor(99, "audit", "Auditor", UserRole.AUDITOR)


def test_passwords_are_stored_as_argon2id_with_owasp_parameters(database):
    with database.session() as session:
        add_profile(session, "hr", "hr_admin", "s3cret-pass")
    with database.session() as session:
        stored = session.scalar(select(AppUser.password_hash))
    assert stored.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    assert "s3cret-pass" not in stored


def test_a_manager_profile_must_name_their_employee(demo_database):
    with demo_database.session() as session:
        change_password(session, "hr.admin", "hr long enough")  # HR can sign in before a manager can
        holders = select(AppUser.employee_id).where(AppUser.employee_id.is_not(None))
        team_lead = session.scalar(select(Employee.employee_no).where(
            Employee.id.in_(select(Employee.manager_id)), Employee.id.not_in(holders)).limit(1))
        with pytest.raises(ValidationError) as refused:
            add_profile(session, "mgr", "manager", "long enough")
        assert refused.value.code == "manager_needs_employee"
        row = add_profile(session, "mgr", "manager", "long enough", employee_no=team_lead)
        assert row.employee_no == team_lead and row.role == UserRole.MANAGER
        with pytest.raises(ValidationError) as twice:
            add_profile(session, "mgr2", "manager", "long enough", employee_no=team_lead)
        assert twice.value.code == "employee_has_profile"


def test_the_demo_profiles_have_no_password_and_ask_nobody_to_sign_in(demo_database):
    assert identify(demo_database).actor == LOCAL_OWNER


def test_short_passwords_and_odd_names_are_refused(database):
    with database.session() as session:
        with pytest.raises(ValidationError, match="at least 8"):
            add_profile(session, "hr", "hr_admin", "short")
        with pytest.raises(ValidationError):
            add_profile(session, "two words", "hr_admin", "long enough")


def test_only_hr_manages_profiles_and_auditors_change_nothing(database):
    with database.session() as session:
        add_profile(session, "hr", "hr_admin", "long enough")
    with database.session() as session:
        bind(session, AUDITOR)
        with pytest.raises(PermissionDenied):
            add_profile(session, "x", "hr_admin", "long enough")
        with pytest.raises(PermissionDenied):
            disable_profile(session, "hr")
        assert [p.username for p in list_profiles(session)] == ["hr"]


def test_the_last_hr_profile_cannot_be_disabled(database):
    with database.session() as session:
        add_profile(session, "hr", "hr_admin", "long enough")
        with pytest.raises(ValidationError, match="last active HR"):
            disable_profile(session, "hr")


def test_sign_in_is_asked_once_a_second_profile_exists_locally(database):
    shared = database.engine.dialect.name != "sqlite"
    with database.session() as session:
        assert not needs_sign_in(session, shared)
        add_profile(session, "hr", "hr_admin", "long enough")
    with database.session() as session:
        assert needs_sign_in(session, shared) == shared
    if not shared:
        assert identify(database).actor.username == "hr"  # the only HR profile acts without signing in
    with database.session() as session:
        add_profile(session, "audit", "auditor", "long enough")
    with pytest.raises(SignInRequired):
        identify(database)
    assert identify(database, "audit", "long enough").actor.role == UserRole.AUDITOR


def test_a_wrong_password_is_refused_counted_and_slowed(database):
    with database.session() as session:
        add_profile(session, "hr", "hr_admin", "long enough")
    waits: list[float] = []
    clock = [datetime(2026, 12, 1, 9, 0, 0)]
    for attempt in range(3):
        assert check_sign_in(database.session, "hr", "guess", now=lambda: clock[0], sleep=waits.append) is None
    with database.session() as session:
        user = session.scalar(select(AppUser))
        assert user.failed_sign_ins == 3
    # Every failure costs a second; the tries after a failure first wait out 1 s, then 2 s.
    assert waits == [1.0, 1.0, 1.0, 2.0, 1.0]
    actor = check_sign_in(database.session, "hr", "long enough", now=lambda: clock[0] + timedelta(hours=1),
                          sleep=waits.append)
    assert actor is not None and actor.username == "hr"
    with database.session() as session:
        assert session.scalar(select(AppUser.failed_sign_ins)) == 0
    assert wait_before_next_try(10) == 30.0


def test_guesses_made_at_once_are_each_counted_and_each_wait_longer(database):
    import threading

    with database.session() as session:
        add_profile(session, "hr", "hr_admin", "long enough")
    waits: list[float] = []
    lock = threading.Lock()
    clock = datetime(2026, 12, 1, 9, 0, 0)

    def record(seconds):
        with lock:
            waits.append(seconds)

    start = threading.Barrier(8)
    results = []

    def guess(n):
        start.wait()
        results.append(check_sign_in(database.session, "hr", f"guess {n}", now=lambda: clock, sleep=record))

    threads = [threading.Thread(target=guess, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [None] * 8
    with database.session() as session:
        assert session.scalar(select(AppUser.failed_sign_ins)) == 8
    # Each try waits out the delay owed for the tries before it: 0, 1, 2, 4, 8, 16, 30, 30 s.
    assert sorted(waits) == sorted([1.0] * 8 + [1.0, 2.0, 4.0, 8.0, 16.0, 30.0, 30.0])
    assert sum(waits) == 8 * 1.0 + 91.0


def test_identify_refuses_unknown_names_and_disabled_profiles(database):
    with database.session() as session:
        add_profile(session, "hr", "hr_admin", "long enough")
        add_profile(session, "hr2", "hr_admin", "long enough")
        disable_profile(session, "hr2")
    with pytest.raises(SignInRefused):
        identify(database, "nobody", "long enough")
    with pytest.raises(SignInRefused):
        identify(database, "hr2", "long enough")


def test_people_change_their_own_password_only(database):
    with database.session() as session:
        add_profile(session, "hr", "hr_admin", "long enough")
        add_profile(session, "audit", "auditor", "long enough")
    auditor = identify(database, "audit", "long enough")
    auditor.call(change_password, "audit", "a new password")
    with pytest.raises(PermissionDenied):
        auditor.call(change_password, "hr", "a new password")
    assert identify(database, "audit", "a new password").actor.username == "audit"
    assert LOCAL_OWNER.is_hr


def test_a_manager_gets_no_password_while_no_hr_profile_can_sign_in(demo_database):
    """The demo's profiles have no password: giving one to a manager first would make the
    database ask who you are with nobody able to answer as HR."""
    with demo_database.session() as session:
        with pytest.raises(ValidationError) as passwd:
            change_password(session, "manager1", "long enough")
        assert passwd.value.code == "hr_password_first"
        number = session.scalar(select(Employee.employee_no).where(
            Employee.id.not_in(select(AppUser.employee_id).where(AppUser.employee_id.is_not(None)))).limit(1))
        with pytest.raises(ValidationError) as added:
            add_profile(session, "auditor", "auditor", "long enough")
        assert added.value.code == "hr_password_first"
        with pytest.raises(ValidationError):
            add_profile(session, "lead", "manager", "long enough", employee_no=number)
    assert identify(demo_database).actor == LOCAL_OWNER  # nothing changed: the owner still works
    with demo_database.session() as session:
        change_password(session, "hr.admin", "hr long enough")
        change_password(session, "manager1", "long enough")
    with pytest.raises(SignInRequired) as asked:
        identify(demo_database)
    assert "asks who you are" in str(asked.value)
    assert identify(demo_database, "hr.admin", "hr long enough").actor.is_hr
