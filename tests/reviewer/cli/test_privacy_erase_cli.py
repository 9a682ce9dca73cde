"""`main.py privacy erase --dry-run | --confirm [--employee NO]`: leavers past retention anonymised."""
from __future__ import annotations

import json

from sqlalchemy import select

from db.models import Employee
from reviewer.cli.runner import run
from reviewer.feedback.release import database_today
from reviewer.privacy import save_retention_months
from reviewer.privacy.retention import retention_ends


def _leavers_due_with_one_month(database) -> dict[str, str]:
    """A one-month retention: the demo's leavers who left over a month ago are due."""
    with database.session() as session:
        save_retention_months(session, 1)
        today = database_today(session)
        return {no: name for no, name, left in session.execute(
            select(Employee.employee_no, Employee.name, Employee.leave_date).where(Employee.is_active.is_(False)))
            if retention_ends(left, 1) <= today}


def test_dry_run_lists_who_is_due_and_changes_nothing(demo_database, tmp_path, capsys):
    due = _leavers_due_with_one_month(demo_database)
    assert due
    db = str(tmp_path / "demo.sqlite3")
    assert run(["privacy", "erase", "--db", db, "--dry-run", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["dry_run"] and result["retention_months"] == 1
    assert {r["employee_no"] for r in result["leavers"]} == set(due)
    with demo_database.session() as session:
        assert set(session.scalars(select(Employee.name).where(Employee.employee_no.in_(due)))) == set(due.values())


def test_confirm_anonymises_them_and_says_so(demo_database, tmp_path, capsys):
    due = _leavers_due_with_one_month(demo_database)
    db = str(tmp_path / "demo.sqlite3")
    assert run(["privacy", "erase", "--db", db, "--confirm"]) == 0
    captured = capsys.readouterr()
    assert f"Anonymised {len(due)} leavers past the retention period of 1 months." in captured.out
    with demo_database.session() as session:
        assert session.scalar(select(Employee.id).where(Employee.employee_no.in_(due))) is None
        assert not set(session.scalars(select(Employee.name))) & set(due.values())
    assert run(["privacy", "erase", "--db", db, "--confirm"]) == 0
    assert "nothing was anonymised" in capsys.readouterr().out
    assert run(["audit", "verify", "--db", db]) == 0
    assert "personal data erased" in capsys.readouterr().out


def test_one_employee_not_past_retention_is_refused_by_name(demo_database, tmp_path, capsys):
    with demo_database.session() as session:
        person = session.scalar(select(Employee).where(Employee.is_active.is_(False)).order_by(Employee.id))
        number, name = person.employee_no, person.name
    db = str(tmp_path / "demo.sqlite3")
    assert run(["privacy", "erase", "--db", db, "--confirm", "--employee", number]) == 1
    error = capsys.readouterr().err
    assert f"{name} ({number}) left on" in error and "Nothing was anonymised" in error and "Traceback" not in error
    with demo_database.session() as session:
        assert session.scalar(select(Employee.name).where(Employee.employee_no == number)) == name


def test_one_employee_past_retention_is_anonymised_alone(demo_database, tmp_path, capsys):
    due = _leavers_due_with_one_month(demo_database)
    number, *others = sorted(due)
    db = str(tmp_path / "demo.sqlite3")
    assert run(["privacy", "erase", "--db", db, "--confirm", "--employee", number, "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert len(result["anonymised"]) == 1
    with demo_database.session() as session:
        remaining = set(session.scalars(select(Employee.employee_no).where(Employee.employee_no.in_(due))))
    assert remaining == set(others)


def test_an_active_employee_and_a_missing_choice_are_messages(demo_database, tmp_path, capsys):
    with demo_database.session() as session:
        person = session.scalar(select(Employee).where(Employee.is_active.is_(True)).order_by(Employee.id))
    db = str(tmp_path / "demo.sqlite3")
    assert run(["privacy", "erase", "--db", db, "--dry-run", "--employee", person.employee_no]) == 1
    assert f"{person.name} ({person.employee_no}) has not left" in capsys.readouterr().err
    assert run(["privacy", "erase", "--db", db]) == 2
