"""A 20,000-person roster import killed outright (SIGKILL) at moments spread over its
saving: the database opens, passes its integrity check and holds the whole import
or none of it (one transaction); running the import again then completes it."""
from __future__ import annotations

import csv
import sys

import pytest

from ...killing import finish, integrity, kill_at_moments, scalar, start_program

PEOPLE = 20_000
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")


def _write_roster(path, people: int) -> None:
    """20 divisions of 10 teams; everyone after the first 20 reports to someone listed before them."""
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["工号", "姓名", "邮箱", "部门", "职位", "直属上级", "入职日期"])
        for n in range(people):
            writer.writerow([f"K{n:05d}", f"员工{n}", f"k{n}@example.com", f"事业部{n % 20}/组{n % 200}",
                             "专员" if n >= 20 else "总监", f"K{n // 20:05d}" if n >= 20 else "", "2020-01-01"])


def _state(url: str) -> tuple[int, int, int]:
    """(people, departments, roster import entries in the audit trail)."""
    return (scalar(url, "SELECT count(*) FROM employees"), scalar(url, "SELECT count(*) FROM departments"),
            scalar(url, "SELECT count(*) FROM audit_events WHERE action = 'roster.imported'"))


def test_a_killed_20000_person_import_leaves_all_of_it_or_none(database_url, tmp_path):
    roster = tmp_path / "roster.csv"
    _write_roster(roster, PEOPLE)
    command = ["import", "people", "--db", database_url, str(roster)]
    empty = _state(database_url)
    assert empty == (0, 0, 0)
    # Killed while the people are being saved, while the reporting lines are, and around the commit
    # (the service has reported it is done; the unit of work commits next).
    kill_at_moments(command, (("Saving people", 0.5), ("Saving reporting lines", 0.0), ("Imported", 0.0),
                              ("Imported", 0.3)), database_url, _state, lambda state: state == (PEOPLE, 220, 1),
                    under_way="Checking rows")

    # The import again: whatever the kill left, it ends with everyone once.
    said = finish(start_program(command))
    assert "Imported" in said.splitlines()[-1]
    assert _state(database_url)[:2] == (PEOPLE, 220)
    assert scalar(database_url, "SELECT count(DISTINCT employee_no) FROM employees") == PEOPLE
    assert scalar(database_url, "SELECT count(*) FROM employees WHERE manager_id IS NULL") == 20
    assert integrity(database_url) == "ok"
