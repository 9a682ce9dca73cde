"""Scoring a whole cycle: 20,000 employees with 10 KPI targets each and the 360 part
over 4.8 M answers, against a plain pandas computation of the same formula (the same
stored inputs: targets, actuals, the per-rater competency sums) in the same run.

The organisation is generated once (benchmarks.generate) and kept as a cached SQLite
file, since 4.8 M answers take minutes to build on a shared 2-core machine; the
benchmark then gives everyone 10 targets with a result and makes them participants.
"""
from __future__ import annotations

import shutil
import sqlite3
import time
from datetime import date
from pathlib import Path

TARGETS_PER_PERSON = 10
GROUP_WEIGHTS = {"manager": 50.0, "peer": 20.0, "direct_report": 20.0, "customer": 10.0, "self": 0.0}
MAX_SCORE = 150.0


def build(cache: Path, employees: int) -> Path:
    """The cached benchmark database: generated organisation + 10 targets each + participants."""
    if cache.exists():
        return cache
    import random

    from sqlalchemy import insert, select

    from benchmarks.generate import generate
    from db.location import resolve_database_url
    from db.migrate import open_database
    from db.models import Actual, Cycle, CycleParticipant, Employee, Kpi, Target

    building = cache.with_suffix(".building")
    generate(building, employees, True)
    database, _ = open_database(resolve_database_url(str(building)))
    rng = random.Random(15)
    with database.session() as session:
        cycle = session.scalar(select(Cycle).where(Cycle.name == "Benchmark cycle"))
        cycle.anonymity_threshold = 3
        kpis = list(session.scalars(select(Kpi.id).order_by(Kpi.id)))
        have: dict[int, set[int]] = {}
        for employee_id, kpi_id in session.execute(select(Target.employee_id, Target.kpi_id)
                                                   .where(Target.cycle_id == cycle.id)):
            have.setdefault(employee_id, set()).add(kpi_id)
        people = list(session.scalars(select(Employee.id).order_by(Employee.id)))
        rows = []
        for person in people:
            mine = have.setdefault(person, set())
            for kpi_id in kpis:
                if len(mine) >= TARGETS_PER_PERSON:
                    break
                if kpi_id not in mine:
                    mine.add(kpi_id)
                    rows.append({"cycle_id": cycle.id, "employee_id": person, "kpi_id": kpi_id,
                                 "target_value": float(rng.randint(10, 200)), "weight": 10.0})
        ids = session.scalars(insert(Target).returning(Target.id, sort_by_parameter_order=True), rows).all()
        session.execute(insert(Actual), [{"target_id": tid, "value": row["target_value"] * rng.uniform(0.6, 1.3),
                                          "as_of": date(2026, 6, 30), "source": "benchmark"}
                                         for tid, row in zip(ids, rows)])
        session.execute(insert(CycleParticipant), [{"cycle_id": cycle.id, "employee_id": p, "added_late": False}
                                                   for p in people])
    with database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.dispose()
    building.rename(cache)
    return cache


def pandas_scores(path: Path, cycle_id: int, threshold: int, scale_max: int, kpi_weight: float,
                  competency_weight: float):
    """The same formula in plain pandas: employee -> (kpi, competency, final)."""
    import numpy as np
    import pandas as pd

    connection = sqlite3.connect(path)
    start, end = connection.execute("SELECT period_start, period_end FROM cycles WHERE id = ?", (cycle_id,)).fetchone()
    targets = pd.read_sql(
        "SELECT t.id, t.employee_id, t.target_value, t.weight, t.band_low, t.band_high, t.floor_ratio, t.cap_ratio, "
        "t.thresholds, k.direction, k.scoring_rule, k.scoring_params FROM targets t JOIN kpis k ON k.id = t.kpi_id "
        "WHERE t.cycle_id = ?", connection, params=(cycle_id,))
    actuals = pd.read_sql(
        "SELECT a.target_id, a.as_of, a.id, a.value FROM actuals a JOIN targets t ON t.id = a.target_id "
        "WHERE t.cycle_id = ? AND a.as_of BETWEEN ? AND ?", connection, params=(cycle_id, start, end))
    ratings = pd.read_sql(
        "SELECT r.subject_id, s.competency_id, r.relation, CAST(s.total AS REAL) / s.ratings AS score "
        "FROM rater_scores s JOIN feedback_requests r ON r.id = s.request_id "
        "WHERE r.cycle_id = ? AND r.status = 'submitted'", connection, params=(cycle_id,))
    connection.close()

    # KPI part: the latest reading by date, attainment by direction, points by rule.
    latest = actuals.sort_values(["target_id", "as_of", "id"]).groupby("target_id")["value"].last()
    t = targets.join(latest, on="id", how="inner")
    value, target = t["value"].to_numpy(dtype=float), t["target_value"].to_numpy(dtype=float)
    low = t["band_low"].astype(float).fillna(t["target_value"]).to_numpy(dtype=float)
    high = t["band_high"].astype(float).fillna(t["target_value"]).to_numpy(dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        higher = np.where(target == 0, np.nan, value / target)
        lower = np.where(value <= 0, np.where(target <= 0, np.nan, np.inf), target / value)
        edge = np.where(value < low, low, high)
        band = np.where((low <= value) & (value <= high), 1.0,
                        np.where(edge == 0, 0.0, np.maximum(0.0, 1 - np.abs(value - edge) / np.abs(edge))))
    direction = t["direction"].to_numpy()
    ratio = np.select([direction == "target_band", direction == "lower_better"], [band, lower], higher)
    rule = t["scoring_rule"].to_numpy()
    linear = np.where(ratio < t["floor_ratio"].to_numpy(), 0.0, 100 * np.minimum(ratio, t["cap_ratio"].to_numpy()))
    points = np.select([rule == "band", rule == "linear"], [100 * np.clip(ratio, 0, 1), linear], 0.0)
    stepped = np.flatnonzero(rule == "steps")
    if len(stepped):
        import json

        steps_of = t["thresholds"].where(t["thresholds"].notna(), t["scoring_params"]).to_numpy()
        for i in stepped:
            raw = json.loads(steps_of[i]) if isinstance(steps_of[i], str) else steps_of[i]
            steps = raw.get("steps", []) if isinstance(raw, dict) else raw
            points[i] = next((p for th, p in sorted(steps or [], reverse=True) if ratio[i] >= th), 0.0)
    points = np.where(np.isnan(ratio), 0.0, points)
    t = t.assign(points=points, product=points * t["weight"])
    grouped = t.groupby("employee_id")[["product", "weight"]].sum()
    kpi = (grouped["product"] / grouped["weight"]).clip(upper=MAX_SCORE)

    # Competency part: the anonymity rules, then group scores and weights.
    cells = ratings.groupby(["subject_id", "competency_id", "relation"])["score"].agg(["count", "sum"]).reset_index()
    confidential = cells["relation"].isin(["peer", "direct_report", "customer"])
    small = confidential & (cells["count"] < threshold)
    cells["group"] = np.where(small, "others", cells["relation"])
    published = cells.groupby(["subject_id", "competency_id", "group"])[["count", "sum"]].sum().reset_index()
    published = published[((published["group"] != "others") | (published["count"] >= threshold))
                          & (published["group"] != "self")]
    published = published.assign(mean=published["sum"] / published["count"])
    pooled_in = cells[small].merge(published.loc[published["group"] == "others", ["subject_id", "competency_id"]])
    others_weight = (pooled_in.drop_duplicates(["subject_id", "relation"])
                     .assign(w=lambda f: f["relation"].map(GROUP_WEIGHTS)).groupby("subject_id")["w"].sum())
    groups = (published.groupby(["subject_id", "group"])["mean"].mean() * 100 / scale_max).reset_index()
    groups["w"] = groups["group"].map(GROUP_WEIGHTS)
    is_others = groups["group"] == "others"
    groups.loc[is_others, "w"] = groups.loc[is_others, "subject_id"].map(others_weight).fillna(0.0)
    groups = groups.assign(product=groups["mean"] * groups["w"])
    summed = groups.groupby("subject_id")[["product", "w"]].sum()
    summed = summed[summed["w"] > 0]
    competency = summed["product"] / summed["w"]

    both = pd.DataFrame({"kpi": kpi, "competency": competency})
    weights = pd.DataFrame({"kpi": np.where(both["kpi"].notna(), kpi_weight, 0.0),
                            "competency": np.where(both["competency"].notna(), competency_weight, 0.0)},
                           index=both.index)
    total = weights.sum(axis=1)
    final = (both.fillna(0.0) * weights).sum(axis=1) / total.where(total > 0)
    return both.assign(final=final)


def bench(cache: Path, employees: int) -> tuple[float, float, int, float, int]:
    """(ours, floor, people scored, largest difference between the two results, answers)."""
    from sqlalchemy import select

    from db.location import resolve_database_url
    from db.migrate import open_database
    from db.models import Cycle
    from reviewer.cycles.scoring import score_cycle
    from reviewer.feedback.published_score import rating_scale_top

    path = build(cache, employees)
    with sqlite3.connect(path) as counting:
        answers = counting.execute("SELECT count(*) FROM answers").fetchone()[0]
    work = path.with_name("scoring-run.sqlite3")
    shutil.copy(path, work)
    database, _ = open_database(resolve_database_url(str(work)))
    with database.session() as session:
        cycle = session.scalar(select(Cycle).where(Cycle.name == "Benchmark cycle"))
        settings = (cycle.id, cycle.anonymity_threshold, rating_scale_top(session, cycle.id), cycle.kpi_weight,
                    cycle.competency_weight)
    start = time.perf_counter()
    frame = pandas_scores(work, *settings)
    floor = time.perf_counter() - start
    start = time.perf_counter()
    with database.session() as session:
        rows = score_cycle(session, settings[0])
    ours = time.perf_counter() - start
    database.dispose()
    worst = 0.0
    for row in rows:
        if row.employee_id in frame.index:
            theirs = frame.loc[row.employee_id]
            for mine, other in ((row.kpi_score, theirs["kpi"]), (row.competency_score, theirs["competency"]),
                                (row.final_score, theirs["final"])):
                if mine is None:
                    worst = max(worst, 0.0 if other != other else float("inf"))  # NaN on both sides agrees
                else:
                    worst = max(worst, abs(mine - other))
    return ours, floor, len(rows), worst, answers
