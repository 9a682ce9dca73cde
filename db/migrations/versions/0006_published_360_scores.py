"""360 release date per cycle; stored 360 scores recomputed from published cells only

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24

Databases made by the earlier demo hold a competency score computed from every
non-self rating, withheld groups included; with the published figures it gives a
lone withheld rater's mean away. This revision recomputes each such score (and the
final score and computed band made from it) from what the anonymity rules publish.
A downgrade keeps the recomputed scores: the leaky ones are gone on purpose.

The rules are written out here rather than imported: a migration is a snapshot of
the rules on the day it ran and must not change when the services change later
(and db/ never imports reviewer/). A test checks it agrees with
reviewer.feedback.published_score.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timezone
from statistics import fmean

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

NAMED = ("self", "manager")
CONFIDENTIAL = ("peer", "direct_report", "customer")
GROUP_WEIGHTS = {"manager": 50.0, "peer": 20.0, "direct_report": 20.0, "customer": 10.0, "self": 0.0}
MAX_SCORE = 150.0

appraisals = sa.table(
    "appraisals", sa.column("id", sa.Integer), sa.column("cycle_id", sa.Integer),
    sa.column("employee_id", sa.Integer), sa.column("kpi_score", sa.Float), sa.column("competency_score", sa.Float),
    sa.column("final_score", sa.Float), sa.column("proposed_band_id", sa.Integer),
    sa.column("calibrated_band_id", sa.Integer))
adjustments = sa.table("calibration_adjustments", sa.column("appraisal_id", sa.Integer),
                       sa.column("from_score", sa.Float), sa.column("to_score", sa.Float))
audit_events = sa.table(
    "audit_events", sa.column("occurred_at", sa.DateTime), sa.column("action", sa.String),
    sa.column("entity_type", sa.String), sa.column("entity_id", sa.Integer), sa.column("details", sa.JSON))


def upgrade() -> None:
    op.add_column("cycles", sa.Column("feedback_release_date", sa.Date(), nullable=True))
    _republish_scores(op.get_bind())


def downgrade() -> None:
    # A plain ALTER (SQLite 3.35+ and PostgreSQL): recreating the table, as batch
    # mode would, trips the foreign keys that point at cycles.
    op.execute("ALTER TABLE cycles DROP COLUMN feedback_release_date")


def _republish_scores(bind) -> None:
    cells = _cells(bind)
    if not cells:
        return
    cycles = {row.id: row for row in bind.execute(sa.text(
        "SELECT id, anonymity_threshold, kpi_weight, competency_weight FROM cycles"))}
    bands: dict[int, list[tuple[int, float]]] = defaultdict(list)
    for band_id, cycle_id, min_score in bind.execute(sa.text("SELECT id, cycle_id, min_score FROM rating_bands")):
        bands[cycle_id].append((band_id, min_score))
    scales = dict(bind.execute(sa.text(
        "SELECT r.cycle_id, max(q.scale_max) FROM form_questions q "
        "JOIN form_sections s ON s.id = q.section_id "
        "JOIN (SELECT DISTINCT cycle_id, template_id FROM feedback_requests) r ON r.template_id = s.template_id "
        "WHERE q.kind = 'rating' GROUP BY r.cycle_id")).all())
    calibrated = {row[0] for row in bind.execute(sa.text("SELECT DISTINCT appraisal_id FROM calibration_adjustments"))}
    hand_set = _finals_set_by_hand(bind)
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    for appraisal in bind.execute(sa.select(appraisals)).all():
        by_competency = cells.get((appraisal.cycle_id, appraisal.employee_id))
        if not by_competency:
            continue
        cycle = cycles[appraisal.cycle_id]
        competency = _competency_score(by_competency, cycle.anonymity_threshold, scales.get(cycle.id) or 5)
        changes: dict = {"competency_score": None if competency is None else round(competency, 1)}
        if appraisal.id not in hand_set:
            final = _final(appraisal.kpi_score, competency, cycle.kpi_weight, cycle.competency_weight)
            changes["final_score"] = final
            band = None if final is None else _band(final, bands[appraisal.cycle_id])
            changes["proposed_band_id"] = band
            # A band nobody moved was only a copy of the computed one; a band moved in
            # calibration is a person's decision and stays.
            if appraisal.calibrated_band_id is not None and appraisal.id not in calibrated:
                changes["calibrated_band_id"] = band
        if all(getattr(appraisal, name) == value for name, value in changes.items()):
            continue
        bind.execute(appraisals.update().where(appraisals.c.id == appraisal.id).values(**changes))
        if "final_score" in changes and appraisal.final_score is not None:
            # The calibration record quotes the score it saw; the old one is the leaky figure.
            for column in ("from_score", "to_score"):
                bind.execute(adjustments.update().where(
                    adjustments.c.appraisal_id == appraisal.id, adjustments.c[column] == appraisal.final_score)
                    .values({column: changes["final_score"]}))
        # Only the new figures: recording the old ones would keep the leak.
        bind.execute(audit_events.insert().values(
            occurred_at=now, action="appraisal.competency_score_republished", entity_type="appraisals",
            entity_id=appraisal.id, details={"revision": revision, **{
                k: v for k, v in changes.items() if k in ("competency_score", "final_score")}}))


def _cells(bind) -> dict[tuple[int, int], dict[int, dict[str, tuple[int, float]]]]:
    """(cycle, subject) -> competency -> group -> (raters, sum of rater means)."""
    rows = bind.execute(sa.text(
        "SELECT r.cycle_id, r.subject_id, s.competency_id, r.relation, count(*), "
        "sum(CAST(s.total AS FLOAT) / s.ratings) "
        "FROM rater_scores s JOIN feedback_requests r ON r.id = s.request_id "
        "WHERE r.status = 'submitted' GROUP BY r.cycle_id, r.subject_id, s.competency_id, r.relation"))
    cells: dict = defaultdict(lambda: defaultdict(dict))
    for cycle_id, subject_id, competency_id, relation, count, total in rows:
        cells[(cycle_id, subject_id)][competency_id][str(relation)] = (int(count), float(total))
    return cells


def _published(groups: dict[str, tuple[int, float]], threshold: int) -> tuple[dict[str, tuple[int, float]], set]:
    """The anonymity rules of reviewer.feedback.anonymity.publish: named groups
    always; a confidential group alone when it reaches the threshold; the others
    pooled when the pool reaches it, withheld otherwise."""
    shown = {g: c for g, c in groups.items() if g in NAMED and c[0]}
    small = []
    for group in CONFIDENTIAL:
        cell = groups.get(group)
        if not cell or not cell[0]:
            continue
        if cell[0] >= threshold:
            shown[group] = cell
        else:
            small.append(group)
    pool = (sum(groups[g][0] for g in small), sum(groups[g][1] for g in small))
    if small and pool[0] >= threshold:
        shown["others"] = pool
        return shown, set(small)
    return shown, set()


def _competency_score(by_competency, threshold: int, scale_max: int) -> float | None:
    means: dict[str, list[float]] = defaultdict(list)
    pooled: set[str] = set()
    for groups in by_competency.values():
        shown, pooled_here = _published(groups, threshold)
        pooled |= pooled_here
        for group, (count, total) in shown.items():
            if group != "self":
                means[group].append(total / count)
    weights = dict(GROUP_WEIGHTS, others=sum(GROUP_WEIGHTS[g] for g in pooled))
    pairs = [(100.0 * fmean(values) / scale_max, weights[group]) for group, values in means.items()]
    weight = sum(w for _, w in pairs)
    return sum(v * w for v, w in pairs) / weight if weight else None


def _final(kpi: float | None, competency: float | None, kpi_weight: float, competency_weight: float) -> float | None:
    pairs = [(v, w) for v, w in ((kpi, kpi_weight), (competency, competency_weight)) if v is not None]
    weight = sum(w for _, w in pairs)
    if not weight:
        return None
    return round(min(sum(v * w for v, w in pairs) / weight, MAX_SCORE), 1)


def _band(score: float, bands: list[tuple[int, float]]) -> int | None:
    for band_id, min_score in sorted(bands, key=lambda b: b[1], reverse=True):
        if score >= min_score:
            return band_id
    return None


def _finals_set_by_hand(bind) -> set[int]:
    """Appraisals whose final score HR typed in a correction: that score is theirs to keep."""
    rows = bind.execute(sa.select(audit_events.c.entity_id, audit_events.c.details).where(
        audit_events.c.action == "appraisal.corrected"))
    return {entity_id for entity_id, details in rows if "final_score" in ((details or {}).get("fields") or [])}
