"""Calibration benchmarks (issue 16): the grid and the distribution of a session over a
2,000-person department, and one move saved, against plain sqlite3 doing the same reads
and writes in the same run."""
from __future__ import annotations

import random
import sqlite3
import statistics
import time
from collections import Counter
from datetime import datetime
from pathlib import Path

DEPARTMENT_SIZE = 2000
BANDS = (("A", 90, 20.0), ("B", 75, 30.0), ("C", 60, 40.0), ("D", 0, 10.0))


def prepare(path: Path, size: int = DEPARTMENT_SIZE) -> tuple[int, int]:
    """The generated cycle in calibration: everyone a participant with a scored appraisal
    and a proposed band, ``size`` of them in one department. Returns (cycle id, department id)."""
    rng = random.Random(16)
    connection = sqlite3.connect(path)
    cycle_id = connection.execute("SELECT id FROM cycles WHERE name = 'Benchmark cycle'").fetchone()[0]
    people = [r[0] for r in connection.execute("SELECT id FROM employees ORDER BY id")]
    now = datetime(2026, 11, 1).isoformat(sep=" ")
    with connection:
        connection.execute("UPDATE cycles SET stage = 'calibration', scores_frozen_at = ? WHERE id = ?",
                           (now, cycle_id))
        department = connection.execute("INSERT INTO departments (name) VALUES ('Calibrated department')").lastrowid
        connection.executemany("UPDATE employees SET department_id = ? WHERE id = ?",
                               [(department, p) for p in people[:size]])
        connection.executemany("INSERT INTO cycle_participants (cycle_id, employee_id, added_late, added_at) "
                               "VALUES (?, ?, 0, ?)", [(cycle_id, p, now) for p in people])
        bands = [connection.execute("INSERT INTO rating_bands (cycle_id, code, name, min_score, guideline_pct) "
                                    "VALUES (?, ?, ?, ?, ?)", (cycle_id, code, code, minimum, share)).lastrowid
                 for code, minimum, share in BANDS]
        rows = []
        for person in people:
            score = rng.uniform(50, 100)
            proposed = bands[0 if score >= 90 else 1 if score >= 75 else 2 if score >= 60 else 3]
            rows.append((cycle_id, person, 1, score, score, score, proposed, now, "manager_review", now, now))
        connection.executemany(
            "INSERT INTO appraisals (cycle_id, employee_id, version, final_score, kpi_score, competency_score, "
            "proposed_band_id, manager_submitted_at, state, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    connection.close()
    return cycle_id, department


def open_department_session(workstation, cycle_id: int, department_id: int) -> int:
    from reviewer.calibration.sessions import open_session

    return workstation.call(open_session, cycle_id, scope="department", department_id=department_id, blind=True)


def grid_and_distribution(workstation, cycle_id: int, session_id: int, runs: int = 5) -> tuple[float, int]:
    """Median seconds to read the session's grid and distribution in one unit of work."""
    from reviewer.calibration.distribution import distribution
    from reviewer.calibration.grid import calibration_grid

    def both(session):
        return calibration_grid(session, session_id), distribution(session, cycle_id, session_id=session_id)

    times, people = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        grid, _shares = workstation.call(both)
        times.append(time.perf_counter() - start)
        people = len(grid.rows)
    return statistics.median(times), people


def grid_and_distribution_floor(path: Path, session_id: int, runs: int = 5) -> float:
    """sqlite3 fetching the grid's rows and counting the bands before and after."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        connection = sqlite3.connect(path)
        rows = connection.execute(
            "SELECT a.id, a.employee_id, a.final_score, a.kpi_score, a.competency_score, a.calibrated_band_id, "
            "a.proposed_band_id, a.potential, m.band_at_open_id, e.manager_id, d.name, c.code "
            "FROM calibration_members m JOIN appraisals a ON a.id = m.appraisal_id "
            "JOIN employees e ON e.id = a.employee_id JOIN departments d ON d.id = e.department_id "
            "LEFT JOIN calibration_codes c ON c.session_id = m.session_id AND c.employee_id = a.employee_id "
            "WHERE m.session_id = ?", (session_id,)).fetchall()
        Counter(r[5] or r[6] for r in rows), Counter(r[8] for r in rows)
        connection.close()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def moves(workstation, session_id: int, runs: int = 9) -> float:
    """Median seconds to save one band move (its own unit of work, committed)."""
    from reviewer.calibration.grid import calibration_grid
    from reviewer.calibration.moves import move_band

    grid = workstation.call(calibration_grid, session_id)
    top, bottom = grid.bands[0].id, grid.bands[-1].id
    times = []
    for row in grid.rows[:runs]:
        target = bottom if row.band_id == top else top
        start = time.perf_counter()
        workstation.call(move_band, session_id, row.appraisal_id, target, "benchmark move",
                         expected_band_id=row.band_id)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def moves_floor(path: Path, session_id: int, runs: int = 9) -> float:
    """sqlite3 writing the same move: the appraisal's band and the move's row, committed."""
    connection = sqlite3.connect(path)
    members = [r[0] for r in connection.execute(
        "SELECT appraisal_id FROM calibration_members WHERE session_id = ? ORDER BY id DESC LIMIT ?",
        (session_id, runs))]
    band = connection.execute("SELECT id FROM rating_bands ORDER BY min_score DESC LIMIT 1").fetchone()[0]
    times = []
    for appraisal_id in members:
        start = time.perf_counter()
        with connection:
            connection.execute("UPDATE appraisals SET calibrated_band_id = ? WHERE id = ?", (band, appraisal_id))
            connection.execute(
                "INSERT INTO calibration_adjustments (appraisal_id, session_id, axis, adjusted_by_name, "
                "to_band_id, reason, created_at) VALUES (?, ?, 'band', 'x', ?, 'floor', ?)",
                (appraisal_id, session_id, band, datetime.now().isoformat(sep=" ")))
        times.append(time.perf_counter() - start)
    connection.close()
    return statistics.median(times)
