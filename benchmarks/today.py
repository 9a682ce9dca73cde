"""The Today view for HR (issue 17) at 20,000 employees with their cycles: the generated
cycle reopened at the 360 stage past its deadline (a fifth of the 360 forms still open),
and a second cycle at the manager-review stage past its deadline (a third of the reviews
unwritten), and plans for one person in fifty (running ones with missed check-ins, some
awaiting acknowledgement, drafts for HR to approve), against plain sqlite3 fetching the same
facts in the same run."""
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
        _add_plans(connection, rng, stamp)
    connection.close()
    return head


def _add_plans(connection, rng: random.Random, stamp: str) -> None:
    """One person in fifty on a plan owned by their manager: four in five running (acknowledged,
    half with check-ins), the rest approved and awaiting acknowledgement or drafts with a goal."""
    managed = connection.execute("SELECT id, manager_id FROM employees WHERE manager_id IS NOT NULL "
                                 "ORDER BY id").fetchall()
    for employee, manager in rng.sample(managed, len(managed) // 50):
        roll = rng.random()
        status, approved = ("active", stamp) if roll < 0.9 else ("draft", stamp if roll < 0.95 else None)
        plan = connection.execute(
            "INSERT INTO improvement_plans (employee_id, owner_id, reason, start_date, end_date, status, created_at, "
            "kind, source, cadence_days, version, extensions, approved_at, approved_by_name) VALUES "
            "(?, ?, 'Below target', '2026-09-01', '2027-02-28', ?, ?, 'improvement', 'scratch', 14, 1, 0, ?, ?)",
            (employee, manager, status, stamp, approved, "HR" if approved else None)).lastrowid
        connection.execute("INSERT INTO plan_goals (plan_id, position, horizon, description, measure, due_date, "
                           "status) VALUES (?, 1, 'short_term', 'Calls', 'Calls a week', '2026-10-01', 'open')",
                           (plan,))
        if status == "active":
            connection.execute("INSERT INTO plan_acknowledgements (plan_id, version, employee_id, acknowledged_at, "
                               "disagrees) VALUES (?, 1, ?, '2026-09-01 09:00:00', 0)", (plan, employee))
            if rng.random() < 0.5:
                connection.execute("INSERT INTO plan_check_ins (plan_id, held_on, progress_pct) VALUES (?, ?, 40)",
                                   (plan, date(2026, 11, rng.randint(1, 30)).isoformat()))


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
    """sqlite3 fetching the same facts: HR's own open forms, per manager the overdue forms,
    self-reviews and manager reviews of their people, and the open plans with their latest
    acknowledgement and check-in (no scope, no rules, no messages)."""
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
        connection.execute(
            "SELECT p.id, p.owner_id, p.status, p.approved_at, p.version, p.start_date, p.end_date, p.cadence_days, "
            "(SELECT min(acknowledged_at) FROM plan_acknowledgements a WHERE a.plan_id = p.id), "
            "(SELECT max(version) FROM plan_acknowledgements a WHERE a.plan_id = p.id), "
            "(SELECT max(held_on) FROM plan_check_ins c WHERE c.plan_id = p.id) FROM improvement_plans p "
            "JOIN employees e ON e.id = p.employee_id WHERE p.status != 'closed' AND e.is_active").fetchall()
        connection.close()
        times.append(time.perf_counter() - start)
    return statistics.median(times)
