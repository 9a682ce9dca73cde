"""A person's KPI results beside the best performers' in the same position and cycle:
seed 003's first step ("compare with the best performers in the same role").

The person's figures are the cycle scoring's own (reviewer.cycles.scoring: the latest
result in the cycle period, its attainment and points by the KPI's rule); nothing is
scored again here. For each of their KPIs the other people in the same position with a
result on that KPI give a count, a median and a top quartile, of attainment and of the
actual value; the position's KPI and final scores likewise.

Percentiles use linear interpolation between the closest ranks (numpy's and pandas'
default): the p-th percentile of n sorted values x[0..n-1] sits at h = (n - 1) x p,
x[floor h] + (h - floor h) x (x[floor h + 1] - x[floor h]). The top quartile is the
75th percentile where higher is better and the 25th of the actual values of a
lower-is-better KPI; a target-band KPI has no better end of its actual values, so only
its attainment has a top quartile.

The group figures include people the acting user may not see, so they are published
only over at least ``PlanSettings.min_peers`` other people: a median of one other
person would be their result. People in the user's own line do not count towards that
minimum when others are in the group: the user knows their results and could take them
out of the median and quartile, leaving the one or two outsiders' results.
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Employee, KpiDirection, Position

from ..access import require_reviewable
from ..access.scope import reviewable_employee_ids
from ..cycles.scoring import TargetScore, compute_scores, current_appraisals, cycle_scoring, participant_ids
from ..errors import NotFound
from ..feedback.release import cycle_feedback_published
from .notices import Notice
from .settings import PlanSettings

MEDIAN, TOP_QUARTILE, BOTTOM_QUARTILE = 0.5, 0.75, 0.25


def percentile(values: Iterable[float], share: float) -> float | None:
    """The ``share`` (0-1) percentile by linear interpolation (numpy's and pandas' default)."""
    ordered = sorted(values)
    if not ordered:
        return None
    position = (len(ordered) - 1) * share
    low = math.floor(position)
    fraction = position - low
    if fraction == 0:
        return ordered[low]
    return ordered[low] + fraction * (ordered[low + 1] - ordered[low])


@dataclass(frozen=True)
class PeerFigures:
    """One figure over the other people of the position: published or too few to compare."""
    count: int  # other people with this figure
    median: float | None  # None while withheld
    top_quartile: float | None  # None while withheld, or where no end is better (a target band's actual)
    withheld: Notice | None = None  # "too few to compare"

    @property
    def published(self) -> bool:
        return self.withheld is None

    def as_dict(self) -> dict[str, Any]:
        return {"count": self.count, "median": self.median, "top_quartile": self.top_quartile,
                "published": self.published, "withheld": None if self.withheld is None else self.withheld.as_dict()}


def peer_figures(values: Sequence[float], min_peers: int, *, best: str = "high",
                 unseen: int | None = None) -> PeerFigures:
    """Count, median and top quartile of the others' ``values``; ``best`` is 'high', 'low'
    (the top quartile is the 25th percentile) or 'none' (no top quartile). ``unseen``: how
    many of the values are of people the acting user may not review (None: all of them);
    one or a few such among values the user knows would be readable, so they are withheld too."""
    if len(values) < min_peers:
        return PeerFigures(len(values), None, None,
                           Notice("plans_too_few_to_compare", {"count": len(values), "minimum": min_peers}))
    if unseen is not None and 0 < unseen < min_peers:
        return PeerFigures(len(values), None, None, Notice("plans_too_few_outside_line", {
            "count": len(values), "unseen": unseen, "minimum": min_peers}))
    top = {"high": TOP_QUARTILE, "low": BOTTOM_QUARTILE}.get(best)
    return PeerFigures(len(values), percentile(values, MEDIAN), None if top is None else percentile(values, top))


def _actual_best_end(direction: KpiDirection) -> str:
    return {KpiDirection.HIGHER_BETTER: "high", KpiDirection.LOWER_BETTER: "low"}.get(direction, "none")


@dataclass(frozen=True)
class KpiComparison:
    """One KPI target of the person beside the others' results on the same KPI."""
    kpi_code: str
    kpi_name: str
    kpi_name_zh: str | None
    direction: str  # higher_better, lower_better or target_band
    target_value: float
    band_low: float | None
    band_high: float | None
    weight: float
    actual: float | None  # the latest result in the cycle period, as the scoring reads it
    as_of: date | None
    attainment: float | None  # 1.0 = on target, direction-aware
    points: float | None
    peers_attainment: PeerFigures
    peers_actual: PeerFigures

    @property
    def below_target(self) -> bool:
        return self.attainment is not None and self.attainment < 1.0

    @property
    def gap_to_median(self) -> float | None:
        """Attainment minus the others' median attainment (negative: behind them)."""
        if self.attainment is None or self.peers_attainment.median is None:
            return None
        return self.attainment - self.peers_attainment.median

    def as_dict(self) -> dict[str, Any]:
        return {"kpi": self.kpi_code, "name": self.kpi_name, "name_zh": self.kpi_name_zh,
                "direction": self.direction, "target": self.target_value, "band_low": self.band_low,
                "band_high": self.band_high, "weight": self.weight, "actual": self.actual,
                "as_of": None if self.as_of is None else self.as_of.isoformat(), "attainment": self.attainment,
                "points": self.points, "gap_to_median": self.gap_to_median,
                "peers_attainment": self.peers_attainment.as_dict(), "peers_actual": self.peers_actual.as_dict()}


@dataclass(frozen=True)
class Comparison:
    """The person's results beside their position's in one cycle."""
    cycle_id: int
    cycle_name: str
    employee_id: int
    employee_no: str
    name: str
    position_title: str | None
    position_title_zh: str | None
    min_peers: int
    kpis: tuple[KpiComparison, ...]
    kpi_score: float | None
    final_score: float | None  # None until the cycle's 360 results are published
    peers_kpi_score: PeerFigures
    peers_final_score: PeerFigures
    notices: tuple[Notice, ...]  # why something is missing

    def kpi(self, code: str) -> KpiComparison:
        return next(k for k in self.kpis if k.kpi_code == code)

    def as_dict(self) -> dict[str, Any]:
        return {"cycle_id": self.cycle_id, "cycle": self.cycle_name, "employee_id": self.employee_id,
                "employee_no": self.employee_no, "name": self.name, "position": self.position_title,
                "position_zh": self.position_title_zh, "min_peers": self.min_peers,
                "percentile_method": "linear", "kpis": [k.as_dict() for k in self.kpis],
                "kpi_score": self.kpi_score, "final_score": self.final_score,
                "peers_kpi_score": self.peers_kpi_score.as_dict(),
                "peers_final_score": self.peers_final_score.as_dict(),
                "notices": [n.as_dict() for n in self.notices]}


def _kpi_comparison(target: TargetScore, others: list[tuple[int, TargetScore]], min_peers: int,
                    seen: set[int] | None) -> KpiComparison:
    with_result = [(who, t) for who, t in others if t.actual is not None]
    with_attainment = [(who, t) for who, t in with_result if t.attainment is not None]
    return KpiComparison(
        target.kpi_code, target.kpi_name, target.kpi_name_zh, str(target.direction), target.target_value,
        target.band_low, target.band_high, target.weight, target.actual, target.as_of, target.attainment,
        target.points,
        peer_figures([t.attainment for _, t in with_attainment], min_peers,
                     unseen=_unseen(with_attainment, seen)),
        peer_figures([t.actual for _, t in with_result], min_peers, best=_actual_best_end(target.direction),
                     unseen=_unseen(with_result, seen)))


def _unseen(rows, seen: set[int] | None) -> int | None:
    """How many of the (person, value) rows are of people outside ``seen`` (None: the user sees everyone)."""
    return None if seen is None else sum(1 for who, _ in rows if who not in seen)


def position_peers(session: Session, cycle_id: int, person: Employee) -> list[int]:
    """The other people in the cycle holding the person's position (their position today)."""
    if person.position_id is None:
        return []
    in_cycle = set(participant_ids(session, cycle_id))
    same = session.scalars(select(Employee.id).where(Employee.position_id == person.position_id,
                                                     Employee.id != person.id))
    return sorted(set(same) & in_cycle)


def best_performer_comparison(session: Session, cycle_id: int, employee_id: int,
                              settings: PlanSettings = PlanSettings()) -> Comparison:
    """The person's KPI results (attainment, actual, points) beside the median and top
    quartile of the others in the same position and cycle, and the position's KPI and
    final scores likewise. Refused for anyone the acting user may not review; a group
    figure over fewer than ``settings.min_peers`` others is withheld ("too few to compare")."""
    require_reviewable(session, employee_id)
    person = session.get(Employee, employee_id)
    if person is None:
        raise NotFound.coded("employee_unknown_id", id=employee_id)
    scoring = cycle_scoring(session, cycle_id)
    if employee_id not in participant_ids(session, cycle_id):
        raise NotFound.coded("score_employee_not_in_cycle", employee=person.employee_no, cycle=scoring.name)
    notices: list[Notice] = []
    position = session.get(Position, person.position_id) if person.position_id is not None else None
    if position is None:
        notices.append(Notice("plans_no_position", {"person": person.name}))
    others = position_peers(session, cycle_id, person)
    _, computed = compute_scores(session, scoring.cycle_id, [employee_id, *others])
    seen = reviewable_employee_ids(session)  # None: everyone
    by_kpi: dict[str, list[tuple[int, TargetScore]]] = {}
    for other in others:
        for target in computed[other].targets:
            by_kpi.setdefault(target.kpi_code, []).append((other, target))
    kpis = tuple(_kpi_comparison(t, by_kpi.get(t.kpi_code, []), settings.min_peers, seen)
                 for t in computed[employee_id].targets)
    # The scores as the cycle lists them: the stored ones once frozen; the final score only
    # once the 360 results are published (until then it moves with each returned form).
    stored = current_appraisals(session, cycle_id, [employee_id, *others]) if scoring.frozen_at is not None else {}

    def scores_of(who: int) -> tuple[float | None, float | None]:
        if who in stored:
            return stored[who].kpi_score, stored[who].final_score
        return computed[who].kpi_score, computed[who].final_score

    see_final = cycle_feedback_published(session, cycle_id)
    if not see_final:
        notices.append(Notice("plans_final_unpublished", {"cycle": scoring.name}))
    own_kpi, own_final = scores_of(employee_id)
    other_scores = [(o, *scores_of(o)) for o in others]
    finals = [(o, f) for o, _, f in other_scores if f is not None]
    kpi_scores = [(o, k) for o, k, _ in other_scores if k is not None]
    peers_final = peer_figures([f for _, f in finals], settings.min_peers, unseen=_unseen(finals, seen))
    if not see_final:
        peers_final = PeerFigures(0, None, None, Notice("plans_final_unpublished", {"cycle": scoring.name}))
    return Comparison(
        cycle_id, scoring.name, employee_id, person.employee_no, person.name,
        position.title if position else None, position.title_zh if position else None, settings.min_peers, kpis,
        own_kpi, own_final if see_final else None,
        peer_figures([k for _, k in kpi_scores], settings.min_peers, unseen=_unseen(kpi_scores, seen)), peers_final,
        tuple(notices))
