"""Ranking the people of one position from best to worst (seed 002's relative method).

A position's ranking starts from the scores (final score, highest first; equal scores
by employee number) and HR may reorder it in calibration; the order HR saves is kept
per cycle (position_rankings) and shown beside the bands. People who join the
position's appraisals after it was saved are appended in score order.

Who reads it: HR and auditors; a manager only a position whose people are all in
their reporting line (never a ranking that names someone outside it, nor themselves)."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import (
    Appraisal,
    Cycle,
    CycleStage,
    Department,
    Employee,
    Position,
    PositionRanking,
    RatingBand,
    utcnow,
)

from ..access import acting, require_hr, reviewable_employee_ids
from ..cycles.scoring import current_appraisals
from ..database.locking import get_for_update
from ..errors import NotFound, PermissionDenied, StageBlocked, ValidationError
from ..feedback.release import cycle_feedback_published
from ..messages import name_some
from .bands import current_band_id
from .session_access import blind_codes, readable_session


@dataclass(frozen=True)
class RankRow:
    employee_id: int
    label: str  # the name, or the blind code while a blind session is open
    employee_no: str | None  # None in a blind session
    rank: int  # 1 = best
    score: float | None  # the final score; None until the 360 results are published
    band_code: str | None
    band_name: str | None
    band_name_zh: str | None
    manager: str | None  # name, or code in a blind session
    department: str


@dataclass(frozen=True)
class Ranking:
    cycle_id: int
    position_id: int
    position_title: str
    position_title_zh: str | None
    rows: tuple[RankRow, ...]
    saved: bool  # False: the order the scores give, nothing saved yet
    ranked_by: str | None
    ranked_at: datetime | None
    may_edit: bool  # HR, while the cycle is in calibration

    @property
    def employee_ids(self) -> list[int]:
        return [r.employee_id for r in self.rows]


@dataclass(frozen=True)
class RankedPosition:
    position_id: int
    title: str
    title_zh: str | None
    people: int
    saved: bool


def _cycle(session: Session, cycle_id: int) -> Cycle:
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        raise NotFound.coded("cycle_unknown_id", id=cycle_id)
    return cycle


def _position(session: Session, position_id: int) -> Position:
    position = session.get(Position, position_id)
    if position is None:
        raise NotFound.coded("position_unknown_id", id=position_id)
    return position


def _position_people(session: Session, cycle_id: int, position_id: int | None = None
                     ) -> dict[int, tuple[Appraisal, Employee]]:
    """employee id -> (current appraisal, employee) of the cycle's people in the position
    (every position when None)."""
    appraisals = current_appraisals(session, cycle_id)
    query = select(Employee).where(Employee.id.in_(list(appraisals)) if appraisals else Employee.id.is_(None))
    query = query.where(Employee.position_id.is_not(None) if position_id is None
                        else Employee.position_id == position_id)
    return {e.id: (appraisals[e.id], e) for e in session.scalars(query)}


def _score_order(people: dict[int, tuple[Appraisal, Employee]], published: bool) -> list[int]:
    """Best first: the final score once the 360 is published (before, the KPI part, the
    only figure that may be read), then by employee number."""
    def key(employee_id: int):
        appraisal, employee = people[employee_id]
        score = appraisal.final_score if published else appraisal.kpi_score
        return (score is None, -(score or 0.0), employee.employee_no)
    return sorted(people, key=key)


def _require_may_read(session: Session, employee_ids) -> None:
    allowed = reviewable_employee_ids(session)
    if allowed is not None and any(e not in allowed for e in employee_ids):
        raise PermissionDenied.coded("ranking_outside_scope", name=acting(session).display_name)


def _effective_order(session: Session, cycle_id: int, position_id: int,
                     people: dict[int, tuple[Appraisal, Employee]], published: bool
                     ) -> tuple[list[int], PositionRanking | None]:
    saved = list(session.scalars(select(PositionRanking).where(
        PositionRanking.cycle_id == cycle_id, PositionRanking.position_id == position_id)
        .order_by(PositionRanking.rank, PositionRanking.id)))
    by_score = _score_order(people, published)
    if not saved:
        return by_score, None
    kept = [r.employee_id for r in saved if r.employee_id in people]
    joined = [e for e in by_score if e not in set(kept)]
    return kept + joined, max(saved, key=lambda r: r.ranked_at)


def position_ranking(session: Session, cycle_id: int, position_id: int, *, session_id: int | None = None
                     ) -> Ranking:
    """The ranking of a position in a cycle: the saved order, else the scores' order.
    With ``session_id`` naming an open blind session, its members and their managers
    show as their codes and no employee number appears."""
    cycle = _cycle(session, cycle_id)
    position = _position(session, position_id)
    codes = None
    if session_id is not None:
        calibration = readable_session(session, session_id)
        codes = blind_codes(session, calibration)
    people = _position_people(session, cycle_id, position_id)
    _require_may_read(session, people)
    published = cycle_feedback_published(session, cycle_id)
    order, latest = _effective_order(session, cycle_id, position_id, people, published)
    bands = {b.id: b for b in session.scalars(select(RatingBand).where(RatingBand.cycle_id == cycle_id))}
    limits = [(b.id, b.min_score) for b in bands.values()]
    managers = dict(session.execute(select(Employee.id, Employee.name).where(Employee.id.in_(
        {e.manager_id for _, e in people.values() if e.manager_id}))).all())
    departments = dict(session.execute(select(Department.id, Department.name)).all())
    rows = []
    for rank, employee_id in enumerate(order, start=1):
        appraisal, employee = people[employee_id]
        band = bands.get(current_band_id(appraisal, limits)) if published else None
        label, number = employee.name, employee.employee_no
        manager = managers.get(employee.manager_id)
        if codes is not None:
            label, number = codes.get(employee_id, employee.name), None
            if employee.manager_id in codes:
                manager = codes[employee.manager_id]
        rows.append(RankRow(employee_id, label, number, rank, appraisal.final_score if published else None,
                            band.code if band else None, band.name if band else None, band.name_zh if band else None,
                            manager, departments.get(employee.department_id, "")))
    return Ranking(cycle_id, position_id, position.title, position.title_zh, tuple(rows), latest is not None,
                   latest.ranked_by_name if latest else None, latest.ranked_at if latest else None,
                   acting(session).is_hr and cycle.stage == CycleStage.CALIBRATION)


def ranking_positions(session: Session, cycle_id: int, *, session_id: int | None = None) -> list[RankedPosition]:
    """The positions of the cycle's people that the acting user may rank or read, by title;
    with ``session_id``, only the positions of that session's members."""
    _cycle(session, cycle_id)
    people = _position_people(session, cycle_id)
    if session_id is not None:
        calibration = readable_session(session, session_id)
        members = {m.appraisal_id for m in calibration.members}
        positions_in_session = {e.position_id for a, e in people.values() if a.id in members}
        people = {k: v for k, v in people.items() if v[1].position_id in positions_in_session}
    by_position: dict[int, list[int]] = defaultdict(list)
    for employee_id, (_, employee) in people.items():
        by_position[employee.position_id].append(employee_id)
    allowed = reviewable_employee_ids(session)
    saved = set(session.scalars(select(PositionRanking.position_id).where(PositionRanking.cycle_id == cycle_id)))
    result = []
    for position in session.scalars(select(Position).where(Position.id.in_(list(by_position)))):
        ids = by_position[position.id]
        if allowed is not None and any(e not in allowed for e in ids):
            continue
        result.append(RankedPosition(position.id, position.title, position.title_zh, len(ids), position.id in saved))
    return sorted(result, key=lambda p: p.title)


def _require_rankable(session: Session, cycle_id: int):
    actor = require_hr(session)
    # The cycle's row, locked: two people saving the same position take turns (the second
    # finds the first's rows and updates them) instead of both inserting the same rank rows.
    cycle = get_for_update(session, Cycle, cycle_id)
    if cycle is None:
        raise NotFound.coded("cycle_unknown_id", id=cycle_id)
    if cycle.stage != CycleStage.CALIBRATION:
        raise StageBlocked.coded("ranking_needs_calibration", cycle=cycle.name)
    return actor


def save_ranking(session: Session, cycle_id: int, position_id: int, ordered_employee_ids: list[int]) -> Ranking:
    """Keep this order (best first) for the position. The list must name each of the
    position's people with an appraisal in the cycle exactly once. HR only, in calibration;
    the whole order is written in this one unit of work."""
    actor = _require_rankable(session, cycle_id)
    position = _position(session, position_id)
    people = _position_people(session, cycle_id, position_id)
    ordered = list(ordered_employee_ids)
    duplicated = sorted({e for e in ordered if ordered.count(e) > 1})
    missing = [e for e in people if e not in set(ordered)]
    extra = [e for e in dict.fromkeys(ordered) if e not in people]
    numbers = dict(session.execute(select(Employee.id, Employee.employee_no).where(
        Employee.id.in_(set(ordered) | set(people)))).all())
    named = lambda ids: name_some([numbers.get(e, str(e)) for e in ids])  # noqa: E731
    if duplicated:
        raise ValidationError.coded("ranking_duplicate", people=named(duplicated))
    if extra:
        raise ValidationError.coded("ranking_not_in_position", people=named(extra), position=position.title)
    if missing:
        raise ValidationError.coded("ranking_missing", people=named(missing), position=position.title)
    existing = {r.employee_id: r for r in session.scalars(select(PositionRanking).where(
        PositionRanking.cycle_id == cycle_id,
        (PositionRanking.position_id == position_id) | PositionRanking.employee_id.in_(ordered)))}
    now = utcnow()
    for row in existing.values():
        if row.employee_id not in people:
            session.delete(row)  # left the position since the last save
    # Rows are updated in place: (cycle, employee) is unique, and a delete-then-insert
    # in one flush would insert first.
    for rank, employee_id in enumerate(ordered, start=1):
        row = existing.get(employee_id)
        if row is None:
            session.add(PositionRanking(cycle_id=cycle_id, position_id=position_id, employee_id=employee_id,
                                        rank=rank, ranked_by_name=actor.display_name, ranked_at=now))
        else:
            row.position_id, row.rank, row.ranked_by_name, row.ranked_at = position_id, rank, actor.display_name, now
    session.flush()
    return position_ranking(session, cycle_id, position_id)


def reset_ranking(session: Session, cycle_id: int, position_id: int) -> Ranking:
    """Forget the saved order of the position: it follows the scores again. HR only, in calibration."""
    _require_rankable(session, cycle_id)
    _position(session, position_id)
    for row in session.scalars(select(PositionRanking).where(
            PositionRanking.cycle_id == cycle_id, PositionRanking.position_id == position_id)):
        session.delete(row)
    session.flush()
    return position_ranking(session, cycle_id, position_id)


def ranks_of(session: Session, cycle_id: int) -> dict[int, tuple[int, int]]:
    """employee id -> (rank, people in the position) for everyone with a position whose
    ranking the acting user may read: the saved order where there is one, else the scores'.
    What the grid and the exports show beside the band."""
    _cycle(session, cycle_id)
    published = cycle_feedback_published(session, cycle_id)
    everyone = _position_people(session, cycle_id)
    by_position: dict[int, dict[int, tuple[Appraisal, Employee]]] = defaultdict(dict)
    for employee_id, pair in everyone.items():
        by_position[pair[1].position_id][employee_id] = pair
    allowed = reviewable_employee_ids(session)
    ranks: dict[int, tuple[int, int]] = {}
    for position_id, people in by_position.items():
        if allowed is not None and any(e not in allowed for e in people):
            continue
        order, _ = _effective_order(session, cycle_id, position_id, people, published)
        ranks.update({e: (n, len(order)) for n, e in enumerate(order, start=1)})
    return ranks
