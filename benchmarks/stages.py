"""Stage-gate benchmarks (issue 15): checking each gate of a cycle of 20,000 people,
and the cycle dashboard's service, against plain sqlite3 fetching the same facts."""
from __future__ import annotations

import random
import sqlite3
import statistics
import time
from datetime import datetime
from pathlib import Path

STAGES = ("draft", "goal_setting", "self_review_360", "manager_review", "calibration", "sign_off")

# The facts each gate needs, fetched raw: the floor a set-based check cannot beat.
FLOOR_QUERIES = {
    "draft": ["SELECT e.id, e.employee_no, e.name, e.manager_id FROM employees e JOIN cycle_participants p "
              "ON p.employee_id = e.id WHERE p.cycle_id = :c"],
    "goal_setting": ["SELECT employee_id, sum(weight) FROM targets WHERE cycle_id = :c GROUP BY employee_id"],
    "self_review_360": [
        "SELECT employee_id, self_submitted_at FROM appraisals WHERE cycle_id = :c",
        "SELECT subject_id, relation, count(*), sum(status = 'submitted') FROM feedback_requests "
        "WHERE cycle_id = :c AND relation <> 'self' GROUP BY subject_id, relation"],
    "manager_review": [
        "SELECT employee_id, manager_submitted_at FROM appraisals WHERE cycle_id = :c",
        "SELECT t.employee_id, k.code FROM targets t JOIN kpis k ON k.id = t.kpi_id WHERE t.cycle_id = :c AND NOT "
        "EXISTS (SELECT 1 FROM actuals a WHERE a.target_id = t.id AND a.as_of BETWEEN :s AND :e)"],
    "calibration": ["SELECT employee_id, final_score, proposed_band_id, rating_justification FROM appraisals "
                    "WHERE cycle_id = :c AND proposed_band_id IS NOT NULL"],
    "sign_off": ["SELECT a.employee_id, s.role FROM appraisals a JOIN signature_records s "
                 "ON s.appraisal_id = a.id WHERE a.cycle_id = :c"],
}


def prepare(path: Path) -> int:
    """Turn the generated cycle into a running one: everyone a participant with an
    appraisal, most reviews submitted, bands, most signatures. Returns the cycle id."""
    rng = random.Random(15)
    connection = sqlite3.connect(path)
    cycle_id = connection.execute("SELECT id FROM cycles WHERE name = 'Benchmark cycle'").fetchone()[0]
    people = [r[0] for r in connection.execute("SELECT id FROM employees ORDER BY id")]
    now = datetime(2026, 7, 1).isoformat(sep=" ")
    with connection:
        connection.execute("UPDATE cycles SET stage = 'manager_review' WHERE id = ?", (cycle_id,))
        connection.executemany("INSERT INTO cycle_participants (cycle_id, employee_id, added_late, added_at) "
                               "VALUES (?, ?, 0, ?)", [(cycle_id, p, now) for p in people])
        bands = []
        for code, minimum in (("A", 90), ("B", 75), ("C", 60), ("D", 0)):
            bands.append(connection.execute(
                "INSERT INTO rating_bands (cycle_id, code, name, min_score) VALUES (?, ?, ?, ?)",
                (cycle_id, code, code, minimum)).lastrowid)
        rows = []
        for person in people:
            score = rng.uniform(50, 100)
            proposed = bands[0 if score >= 90 else 1 if score >= 75 else 2 if score >= 60 else 3]
            if rng.random() < 0.05:
                proposed = rng.choice(bands)
            rows.append((cycle_id, person, 1, score, proposed, now if rng.random() < 0.95 else None,
                         now if rng.random() < 0.95 else None, "released", now, now, now,
                         "Agreed in calibration" if rng.random() < 0.5 else None))
        connection.executemany(
            "INSERT INTO appraisals (cycle_id, employee_id, version, final_score, proposed_band_id, "
            "self_submitted_at, manager_submitted_at, state, released_at, created_at, updated_at, "
            "rating_justification) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        appraisals = [r[0] for r in connection.execute("SELECT id FROM appraisals WHERE cycle_id = ?", (cycle_id,))]
        signatures = [(a, role, "x", now, "c" * 64, f"{a:032x}{n:032x}", 0)
                      for a in appraisals for n, role in enumerate(("manager", "employee", "hr"))
                      if rng.random() < 0.97]
        connection.executemany(
            "INSERT INTO signature_records (appraisal_id, role, signer_name, signed_at, certificate_sha256, "
            "document_sha256, disagrees) VALUES (?, ?, ?, ?, ?, ?, ?)", signatures)
        connection.execute("UPDATE feedback_requests SET status = 'open' WHERE cycle_id = ? AND id % 20 = 0",
                           (cycle_id,))
    connection.close()
    return cycle_id


def _floor(path: Path, cycle_id: int, stage: str) -> float:
    connection = sqlite3.connect(path)
    start, end = connection.execute("SELECT period_start, period_end FROM cycles WHERE id = ?", (cycle_id,)).fetchone()
    began = time.perf_counter()
    for query in FLOOR_QUERIES[stage]:
        connection.execute(query, {"c": cycle_id, "s": start, "e": end}).fetchall()
    took = time.perf_counter() - began
    connection.close()
    return took


def gate_checks(path: Path, cycle_id: int, runs: int = 3) -> list[tuple[str, float, float, int]]:
    """(stage, ours, floor, blockers) per gate: the median of ``runs`` checks each."""
    from db.location import resolve_database_url
    from db.migrate import open_database
    from db.models import Cycle, CycleStage
    from reviewer.cycles.blockers import gate_blockers
    from reviewer.workstation import Workstation

    database, _ = open_database(resolve_database_url(str(path)))
    workstation = Workstation(database)
    results = []
    for stage in STAGES:
        ours, count = [], 0
        for _ in range(runs):
            began = time.perf_counter()
            with workstation.unit() as session:
                count = len(gate_blockers(session, session.get(Cycle, cycle_id), CycleStage(stage)))
            ours.append(time.perf_counter() - began)
        floors = [_floor(path, cycle_id, stage) for _ in range(runs)]
        results.append((stage, statistics.median(ours), statistics.median(floors), count))
    database.dispose()
    return results


def dashboard(path: Path, cycle_id: int, runs: int = 5) -> tuple[float, float, int]:
    """(ours, floor, people): the dashboard's service against the floor of its gate."""
    from db.location import resolve_database_url
    from db.migrate import open_database
    from reviewer.cycles.dashboard import cycle_dashboard
    from reviewer.workstation import Workstation

    database, _ = open_database(resolve_database_url(str(path)))
    workstation = Workstation(database)
    times, people = [], 0
    for _ in range(runs):
        began = time.perf_counter()
        view = workstation.call(cycle_dashboard, cycle_id)
        times.append(time.perf_counter() - began)
        people = view.progress.total if view.progress else 0
    database.dispose()
    floor = statistics.median(_floor(path, cycle_id, "draft") + _floor(path, cycle_id, "manager_review")
                              for _ in range(runs))
    return statistics.median(times), floor, people
