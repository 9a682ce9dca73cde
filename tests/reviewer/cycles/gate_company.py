"""A generated mid-size cycle (a few thousand people) for checking that the gates and
the dashboard keep their results when their queries change: every gate holds some of
them, with the edge cases of each rule planted on purpose.

The same seed gives the same rows (and ids, on a fresh database) on SQLite and on
PostgreSQL, so one set of expected values serves both."""
from __future__ import annotations

import random
from datetime import date, datetime

from sqlalchemy import insert, select

from db.models import (
    Actual,
    Appraisal,
    CalibrationMember,
    CalibrationSession,
    Cycle,
    CycleParticipant,
    CycleStage,
    Department,
    Employee,
    FeedbackRequest,
    FormTemplate,
    Frequency,
    Kpi,
    KpiDirection,
    KpiKind,
    KpiUnit,
    RatingBand,
    SignatureRecord,
    Target,
)

START, END = date(2027, 1, 1), date(2027, 6, 30)
NOW = datetime(2027, 7, 1)
BANDS = (("A", 90.0), ("B", 75.0), ("C", 60.05), ("D", 0.0))  # C's minimum sits on a rounding edge
RELATIONS = ("manager", "peer", "direct_report", "customer")
STATUSES = ("submitted", "submitted", "submitted", "open", "in_progress", "declined", "cancelled", "nominated")


def _score(rng: random.Random) -> float | None:
    """Mostly ordinary scores, many on the edges of the one-decimal rounding and of the bands."""
    kind = rng.random()
    if kind < 0.03:
        return None
    if kind < 0.25:  # x.x5 and its neighbours: where rounding to one decimal decides
        return round(rng.randint(0, 1000) / 10 + 0.05, 2) + rng.choice((0.0, 0.0, 1e-9, -1e-9, 0.001, -0.001))
    if kind < 0.45:  # at, just under and just over a band's minimum
        return max(0.0, rng.choice((90.0, 75.0, 60.05, 60.0, 60.1)) + rng.choice((0.0, -0.04, -0.05, -0.06, 0.04,
                                                                                  0.05, -0.1, 0.1, -1e-9)))
    return rng.uniform(40, 110)


def build_gate_company(session, people: int = 2400, seed: int = 2027) -> int:
    """The company and its cycle (at manager review); returns the cycle id."""
    rng = random.Random(seed)
    departments = [Department(name=f"Dept {n:02d}") for n in range(24)]
    session.add_all(departments)
    session.flush()
    department_ids = [d.id for d in departments]
    cycle = Cycle(name="Gates 2027", period_start=START, period_end=END, frequency=Frequency.HALF_YEAR,
                  anonymity_threshold=3, stage=CycleStage.MANAGER_REVIEW)
    cycle.rating_bands = [RatingBand(code=code, name=code, min_score=minimum) for code, minimum in BANDS]
    session.add(cycle)
    kpis = [Kpi(code=f"K{n}", name=f"KPI {n}", unit=KpiUnit.COUNT, direction=KpiDirection.HIGHER_BETTER,
                kind=KpiKind.QUANTITATIVE, category="Sales") for n in range(4)]
    session.add_all(kpis)
    template = FormTemplate(family="t", name="Form")
    session.add(template)
    session.flush()
    band_ids = [b.id for b in sorted(cycle.rating_bands, key=lambda b: -b.min_score)]

    # People: a tree eight wide; a few heads without a manager, some inactive.
    first_id = (session.scalar(select(Employee.id).order_by(Employee.id.desc()).limit(1)) or 0) + 1
    rows = []
    for n in range(people):
        manager = None if n < 3 or rng.random() < 0.01 else first_id + rng.randrange(max(1, min(n, n // 8 + 3)))
        rows.append({"id": first_id + n, "employee_no": f"G{n:05d}", "name": f"Person {n}",
                     "department_id": department_ids[(n // 60) % len(department_ids)],
                     "manager_id": manager, "is_active": True, "leave_date": None})
        if rng.random() < 0.03:
            rows[-1].update(is_active=False, leave_date=date(2027, 3, 1))
    session.execute(insert(Employee), rows)
    ids = [r["id"] for r in rows]
    everyone = [e for e in ids if rng.random() > 0.02]  # a few employees are not in the cycle
    session.execute(insert(CycleParticipant), [
        {"cycle_id": cycle.id, "employee_id": e, "added_late": False, "added_at": NOW} for e in everyone])

    # Targets: weights that total 100, or not (by a little, within the tolerance, or a lot); some none.
    targets = []
    for e in everyone:
        pick = rng.random()
        if pick < 0.03:
            continue
        weights = ((50, 30, 20) if pick > 0.1 else rng.choice(((50, 30, 19), (50, 30, 20.004), (60, 50),
                                                              (33.33, 33.33, 33.34), (40, 40))))
        for kpi, weight in zip(kpis, weights):
            targets.append({"cycle_id": cycle.id, "employee_id": e, "kpi_id": kpi.id, "target_value": 10,
                            "weight": weight, "floor_ratio": 0, "cap_ratio": 1.2})
    session.execute(insert(Target), targets)
    target_ids = session.execute(select(Target.id).where(Target.cycle_id == cycle.id).order_by(Target.id)).scalars()
    actuals = []
    for target_id in target_ids:
        pick = rng.random()
        if pick < 0.02:
            continue  # no result at all
        as_of = date(2026, 12, 31) if pick < 0.04 else date(2027, 7, 1) if pick < 0.05 else date(2027, 6, 30)
        actuals.append({"target_id": target_id, "value": 9, "as_of": as_of})
    session.execute(insert(Actual), actuals)

    # 360: a manager and up to five others per person, in every status.
    requests = []
    for e in everyone:
        raters = rng.sample(ids, 6)
        for n, rater in enumerate(raters):
            if rater == e or rng.random() < 0.1:
                continue
            relation = "manager" if n == 0 else rng.choice(RELATIONS[1:])
            requests.append({"cycle_id": cycle.id, "subject_id": e, "rater_employee_id": rater,
                             "relation": relation, "template_id": template.id, "status": rng.choice(STATUSES),
                             "created_at": NOW})
    session.execute(insert(FeedbackRequest), requests)

    # Appraisals: some superseded by a newer version; proposed bands right, wrong, justified or not.
    appraisals = []
    for e in everyone:
        if rng.random() < 0.02:
            continue
        score = _score(rng)
        earned = None if score is None else next((b for b, (_c, m) in zip(band_ids, BANDS) if round(score, 1) >= m),
                                                 None)
        proposed = earned if rng.random() > 0.15 else rng.choice((*band_ids, None))
        justification = rng.choice((None, None, None, "", "   ", "\t\n", " Agreed in calibration "))
        row = {"cycle_id": cycle.id, "employee_id": e, "version": 1, "state": "manager_review",
               "final_score": score, "proposed_band_id": proposed, "rating_justification": justification,
               "self_submitted_at": NOW if rng.random() > 0.08 else None,
               "manager_submitted_at": NOW if rng.random() > 0.08 else None, "created_at": NOW, "updated_at": NOW}
        if rng.random() < 0.03:  # a correction: the old version no longer counts
            appraisals.append({**row, "state": "superseded", "final_score": 50.0, "proposed_band_id": band_ids[0],
                               "rating_justification": None, "self_submitted_at": None,
                               "manager_submitted_at": None})
            row["version"] = 2
        appraisals.append(row)
    session.execute(insert(Appraisal), appraisals)
    appraisal_ids = session.execute(select(Appraisal.id, Appraisal.state).where(Appraisal.cycle_id == cycle.id)
                                    .order_by(Appraisal.id)).all()
    signatures = []
    for appraisal_id, _state in appraisal_ids:
        for role in ("manager", "employee", "hr"):
            if rng.random() < 0.9:
                signatures.append({"appraisal_id": appraisal_id, "role": role, "signer_name": role, "signed_at": NOW,
                                   "certificate_sha256": "c" * 64, "document_sha256": f"{appraisal_id:064x}",
                                   "disagrees": False})
    session.execute(insert(SignatureRecord), signatures)

    # Calibration sessions: one open over a few people, one closed.
    for name, closed in (("Open panel", None), ("Closed panel", NOW)):
        panel = CalibrationSession(cycle_id=cycle.id, name=name, scope_kind="cycle", blind=False,
                                   opened_by_name="HR", opened_at=NOW, closed_at=closed)
        session.add(panel)
        session.flush()
        session.execute(insert(CalibrationMember), [
            {"session_id": panel.id, "appraisal_id": a} for a, _s in rng.sample(appraisal_ids, 40)])
    session.flush()
    return cycle.id
