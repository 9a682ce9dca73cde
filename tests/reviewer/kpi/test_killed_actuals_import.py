"""A 20,000-row import of actual results killed outright (SIGKILL) while it saves or
around its commit: the database passes its integrity check and holds every reading of
the file and the scores they move, or none of it (one transaction); running the import
again then adds each reading once."""
from __future__ import annotations

import csv
import shutil
import sqlite3
import sys
from datetime import date, timedelta

import pytest

from db.location import resolve_database_url

from ...killing import finish, integrity, kill_at_moments, scalar, start_program

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
ROWS = 20_000


def _write_actuals(db, path) -> None:
    """Weekly readings for every target of the demo's open cycle, 20,000 rows in all."""
    with sqlite3.connect(db) as conn:
        targets = conn.execute(
            "SELECT e.employee_no, k.code FROM targets t JOIN employees e ON e.id = t.employee_id "
            "JOIN kpis k ON k.id = t.kpi_id JOIN cycles c ON c.id = t.cycle_id WHERE c.name = '2026 H2' "
            "ORDER BY e.employee_no, k.code").fetchall()
    rows = [(number, code, 50 + week, (date(2026, 7, 1) + timedelta(weeks=week)).isoformat())
            for week in range(26) for number, code in targets][:ROWS]
    assert len(rows) == ROWS
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["employee_no", "kpi", "value", "date"])
        writer.writerows(rows)


def _state(url: str) -> tuple:
    return (scalar(url, "SELECT count(*) FROM actuals"),
            scalar(url, "SELECT count(*) FROM audit_events WHERE action = 'actuals.imported'"),
            scalar(url, "SELECT count(kpi_score) FROM appraisals a JOIN cycles c ON c.id = a.cycle_id "
                        "WHERE c.name = '2026 H2'"))


def test_a_killed_20000_row_actuals_import_leaves_all_of_it_or_none(demo_template, tmp_path):
    db, results = tmp_path / "actuals.sqlite3", tmp_path / "actuals.csv"
    shutil.copy(demo_template, db)
    url = resolve_database_url(str(db))
    _write_actuals(db, results)
    command = ["import", "actuals", "--db", str(db), str(results)]
    before = _state(url)
    outcomes = kill_at_moments(command, (("Saving", 0.5), ("Saving", 1.2), ("Imported", 0.0), ("Imported", 0.3)),
                               url, _state, lambda state: state[:2] == (before[0] + ROWS, before[1] + 1))

    if outcomes[-1][2] == "nothing kept":
        finish(start_program(command))
        assert _state(url)[:2] == (before[0] + ROWS, before[1] + 1)
    assert scalar(url, "SELECT count(*) FROM (SELECT target_id, as_of FROM actuals GROUP BY target_id, as_of "
                       "HAVING count(*) > 1) AS twice") == 0
    assert integrity(url) == "ok"
