"""Leniency of every manager in a 20,000-person cycle (issue 16), against plain pandas
(+ scipy's chi-square survival function) computing the same figures from the same
stored rows in the same run.

The generated organisation (benchmarks.generate, without answers: 8 submitted 360
requests per person, one of them the manager's) gets the per-rater competency sums a
submission writes (rater_scores) for every request, so the table leniency reads is as
large as in a cycle with every form returned (about a million rows); each manager rates
with a bias of their own, so some teams come out lenient and some severe. Everyone
gets an appraisal with a proposed band, the cycle four bands with guideline shares,
and the cycle is put in calibration (its 360 results published).
"""
from __future__ import annotations

import random
import shutil
import sqlite3
import statistics
import time
from pathlib import Path

BANDS = (("A", 90.0, 10.0), ("B", 75.0, 20.0), ("C", 60.0, 50.0), ("D", 0.0, 20.0))
SCALE_MAX = 5


def build(cache: Path, employees: int) -> Path:
    """The cached benchmark database (generated once, reused across runs)."""
    if cache.exists():
        return cache
    from benchmarks.generate import generate

    building = cache.with_suffix(".building")
    generate(building, employees, False)
    rng = random.Random(16)
    connection = sqlite3.connect(building)
    with connection:
        cycle_id = connection.execute("SELECT id FROM cycles WHERE name = 'Benchmark cycle'").fetchone()[0]
        connection.execute("UPDATE cycles SET stage = 'calibration', anonymity_threshold = 3 WHERE id = ?",
                           (cycle_id,))
        bands = {}
        for code, minimum, share in BANDS:
            bands[code] = connection.execute(
                "INSERT INTO rating_bands (cycle_id, code, name, min_score, guideline_pct) VALUES (?, ?, ?, ?, ?)",
                (cycle_id, code, code, minimum, share)).lastrowid
        competencies = sorted({c for (c,) in connection.execute(
            "SELECT DISTINCT q.competency_id FROM form_questions q JOIN form_sections s ON s.id = q.section_id "
            "JOIN form_templates t ON t.id = s.template_id WHERE t.family = 'benchmark_30'")})
        requests = connection.execute(
            "SELECT id, subject_id, rater_employee_id, relation FROM feedback_requests WHERE cycle_id = ?",
            (cycle_id,)).fetchall()
        bias: dict[int, float] = {}
        rows, by_subject = [], {}
        for request_id, subject, rater, relation in requests:
            lean = bias.setdefault(rater, rng.gauss(0.0, 0.35)) if relation == "manager" else 0.0
            for competency in competencies:
                # Five questions per competency, each 1-5.
                ratings = [min(5, max(1, round(rng.gauss(3.5 + lean, 0.8)))) for _ in range(5)]
                rows.append((request_id, competency, 5, sum(ratings)))
                if relation == "manager":
                    by_subject.setdefault(subject, []).append(sum(ratings) / 5)
        connection.executemany("INSERT INTO rater_scores (request_id, competency_id, ratings, total) "
                               "VALUES (?, ?, ?, ?)", rows)
        appraisals = []
        for (person,) in connection.execute("SELECT id FROM employees ORDER BY id").fetchall():
            marks = by_subject.get(person)
            score = 100 * statistics.fmean(marks) / SCALE_MAX if marks else rng.uniform(50, 100)
            code = next(code for code, minimum, _ in BANDS if score + rng.gauss(0, 5) >= minimum or minimum == 0)
            appraisals.append((cycle_id, person, 1, bands[code], "manager_review", "2026-07-01 00:00:00"))
        connection.executemany(
            "INSERT INTO appraisals (cycle_id, employee_id, version, proposed_band_id, state, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", [(*a, a[-1]) for a in appraisals])
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    building.rename(cache)
    return cache


def pandas_leniency(path: Path, cycle_id: int, min_team: int = 5):
    """The same figures in plain pandas: manager id -> (team size, mean, z, chi-square, p)."""
    import numpy as np
    import pandas as pd
    from scipy.stats import chi2

    connection = sqlite3.connect(path)
    scores = pd.read_sql(
        "SELECT r.subject_id, r.rater_employee_id AS rater, s.competency_id, CAST(s.total AS REAL) / s.ratings AS score "
        "FROM feedback_requests r JOIN rater_scores s ON s.request_id = r.id WHERE r.cycle_id = ? "
        "AND r.status = 'submitted' AND r.relation = 'manager' AND s.ratings > 0", connection, params=(cycle_id,))
    managers = pd.read_sql("SELECT id, manager_id FROM employees", connection).set_index("id")["manager_id"]
    appraisals = pd.read_sql("SELECT employee_id, version, proposed_band_id FROM appraisals WHERE cycle_id = ?",
                             connection, params=(cycle_id,))
    bands = pd.read_sql("SELECT id, guideline_pct FROM rating_bands WHERE cycle_id = ? AND guideline_pct > 0 "
                        "ORDER BY min_score DESC", connection, params=(cycle_id,))
    connection.close()

    person = (scores.groupby(["subject_id", "competency_id"])["score"].mean().groupby("subject_id").mean()
              * 100 / SCALE_MAX)
    raters = scores.groupby("subject_id")["rater"].agg(["nunique", "first"])
    team_of = raters["first"].where(raters["nunique"] == 1, managers.reindex(raters.index))
    frame = pd.DataFrame({"score": person, "manager": team_of}).dropna(subset=["manager"])
    org_mean, org_sd = person.mean(), person.std(ddof=1)
    teams = frame.groupby("manager")["score"].agg(["count", "mean"])
    teams = teams[teams["count"] >= min_team]
    teams["z"] = (teams["mean"] - org_mean) / (org_sd / np.sqrt(teams["count"]))
    current = appraisals.sort_values("version").drop_duplicates("employee_id", keep="last")
    proposed = frame.join(current.set_index("employee_id")["proposed_band_id"])
    proposed = proposed[proposed["manager"].isin(teams.index) & proposed["proposed_band_id"].isin(bands["id"])]
    observed = (proposed.groupby(["manager", "proposed_band_id"]).size().unstack(fill_value=0)
                .reindex(index=teams.index, columns=bands["id"], fill_value=0))
    shares = (bands["guideline_pct"] / bands["guideline_pct"].sum()).to_numpy()
    n = observed.sum(axis=1).to_numpy()[:, None]
    expected = n * shares
    with np.errstate(divide="ignore", invalid="ignore"):
        statistic = ((observed.to_numpy() - expected) ** 2 / expected).sum(axis=1)
    teams["chi_square"] = np.where(n[:, 0] > 0, statistic, np.nan)
    teams["p"] = chi2.sf(teams["chi_square"], len(shares) - 1)
    return teams


def bench(cache: Path, employees: int, runs: int = 5) -> tuple[float, float, int, int, float]:
    """(ours, floor (medians of ``runs``), people rated, managers shown, largest difference of z or p)."""
    from sqlalchemy import select

    from db.location import resolve_database_url
    from db.migrate import open_database
    from db.models import Cycle
    from reviewer.calibration.leniency import leniency

    path = build(cache, employees)
    work = path.with_name("leniency-run.sqlite3")
    shutil.copy(path, work)
    database, _ = open_database(resolve_database_url(str(work)))
    with database.session() as session:
        cycle_id = session.scalar(select(Cycle.id).where(Cycle.name == "Benchmark cycle"))
    floors, ours = [], []
    for _ in range(runs):  # interleaved, so a busy moment on the shared machine hits both sides alike
        start = time.perf_counter()
        frame = pandas_leniency(work, cycle_id)
        floors.append(time.perf_counter() - start)
        start = time.perf_counter()
        with database.session() as session:
            report = leniency(session, cycle_id)
        ours.append(time.perf_counter() - start)
    database.dispose()
    worst = 0.0
    for row in report.rows:
        theirs = frame.loc[row.manager_id]
        worst = max(worst, abs(row.z - theirs["z"]), abs(row.mean - theirs["mean"]))
        if row.p_value is not None:
            worst = max(worst, abs(row.p_value - theirs["p"]), abs(row.chi_square - theirs["chi_square"]))
    if len(report.rows) != len(frame):
        raise AssertionError(f"{len(report.rows)} managers against pandas' {len(frame)}")
    return statistics.median(ours), statistics.median(floors), report.org_count, len(report.rows), worst
