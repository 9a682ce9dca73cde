"""The Today view for HR (issue 17) at 20,000 employees with their cycles: the generated
cycle reopened at the 360 stage past its deadline (a fifth of the 360 forms still open),
and a second cycle at the manager-review stage past its deadline (a third of the reviews
unwritten), against plain sqlite3 fetching the same facts in the same run."""
from __future__ import annotations

import json
import random
import sqlite3
import statistics
import time
from datetime import date, datetime
from pathlib import Path

DUE = date(2026, 11, 20)
NOW = datetime(2026, 12, 1, 9, 0)


def prepare(path: Path) -> int:
    """Put the generated company's cycles to work; returns HR's employee id (the company's head)."""
    rng = random.Random(17)
    connection = sqlite3.connect(path)
    people = [r[0] for r in connection.execute("SELECT id FROM employees ORDER BY id")]
    head = connection.execute("SELECT id FROM employees WHERE manager_id IS NULL ORDER BY id").fetchone()[0]
    stamp = NOW.isoformat(sep=" ")
    with connection:
        first = connection.execute("SELECT id FROM cycles WHERE name = 'Benchmark cycle'").fetchone()[0]
        connection.execute("UPDATE cycles SET stage = 'self_review_360', stage_due_dates = ? WHERE id = ?",
                           (json.dumps({"self_review_360": DUE.isoformat()}), first))
        connection.executemany("INSERT INTO cycle_participants (cycle_id, employee_id, added_late, added_at) "
                               "VALUES (?, ?, 0, ?)", [(first, p, stamp) for p in people])
        requests = [r[0] for r in connection.execute("SELECT id FROM feedback_requests WHERE cycle_id = ?", (first,))]
        connection.executemany("UPDATE feedback_requests SET status = 'open', due_date = ? WHERE id = ?",
                               [(DUE.isoformat(), r) for r in requests if rng.random() < 0.2])
        connection.executemany(
            "INSERT INTO appraisals (cycle_id, employee_id, version, self_submitted_at, state, created_at, updated_at) "
            "VALUES (?, ?, 1, ?, 'draft', ?, ?)",
            [(first, p, stamp if rng.random() < 0.6 else None, stamp, stamp) for p in people])
        second = connection.execute(
            "INSERT INTO cycles (name, period_start, period_end, frequency, stage, kpi_weight, competency_weight, "
            "anonymity_threshold, enforce_distribution, stage_due_dates, created_at) VALUES "
            "('Benchmark H2', '2026-07-01', '2026-12-31', 'half_year', 'manager_review', 70, 30, 3, 0, ?, ?)",
            (json.dumps({"manager_review": DUE.isoformat()}), stamp)).lastrowid
        connection.executemany("INSERT INTO cycle_participants (cycle_id, employee_id, added_late, added_at) "
                               "VALUES (?, ?, 0, ?)", [(second, p, stamp) for p in people])
        connection.executemany(
            "INSERT INTO appraisals (cycle_id, employee_id, version, self_submitted_at, manager_submitted_at, state, "
            "created_at, updated_at) VALUES (?, ?, 1, ?, ?, 'manager_review', ?, ?)",
            [(second, p, stamp, stamp if rng.random() < 0.67 else None, stamp, stamp) for p in people])
    connection.close()
    return head


def today_for_hr(workstation, runs: int = 5) -> tuple[float, int, int]:
    """Median seconds of the Today view as HR; (seconds, items, people counted in them)."""
    from reviewer.today import today

    times, view = [], None
    for _ in range(runs):
        start = time.perf_counter()
        view = workstation.call(today, now=NOW)
        times.append(time.perf_counter() - start)
    return statistics.median(times), len(view.items), sum(item.count for item in view.items if not item.mine)


def floor(path: Path, head: int, runs: int = 5) -> float:
    """sqlite3 fetching the same facts: HR's own open forms, and per manager the overdue forms,
    self-reviews and manager reviews of their people (no scope, no rules, no messages)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        connection = sqlite3.connect(path)
        connection.execute("SELECT subject_id, due_date FROM feedback_requests WHERE rater_employee_id = ? "
                           "AND status IN ('open', 'in_progress')", (head,)).fetchall()
        connection.execute(
            "SELECT e.manager_id, count(*), min(r.due_date) FROM feedback_requests r JOIN employees e "
            "ON e.id = r.subject_id JOIN cycles c ON c.id = r.cycle_id WHERE c.stage = 'self_review_360' "
            "AND r.status IN ('open', 'in_progress') AND r.due_date < ? GROUP BY e.manager_id",
            (NOW.date().isoformat(),)).fetchall()
        for stage, column in (("self_review_360", "self_submitted_at"), ("manager_review", "manager_submitted_at")):
            connection.execute(
                f"SELECT e.manager_id, count(*) FROM cycle_participants p JOIN cycles c ON c.id = p.cycle_id "
                f"JOIN employees e ON e.id = p.employee_id WHERE c.stage = ? AND e.is_active AND NOT EXISTS "
                f"(SELECT 1 FROM appraisals a WHERE a.cycle_id = c.id AND a.employee_id = e.id "
                f"AND a.{column} IS NOT NULL) GROUP BY e.manager_id", (stage,)).fetchall()
        connection.close()
        times.append(time.perf_counter() - start)
    return statistics.median(times)
