"""The cycles a page offers to choose from, newest first, each with whether the
acting user may still change anything in it and, if not, why."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Appraisal, Cycle, CycleStage

from ..access import Actor, acting, visible_employee_ids


@dataclass(frozen=True)
class CycleChoice:
    id: int
    name: str
    stage: CycleStage
    anonymity_threshold: int
    appraisals: int  # current and older versions of the appraisals the user may see
    read_only_code: str | None = None  # a message code saying why nothing here may change; None: it may
    read_only_params: dict[str, Any] = field(default_factory=dict)

    @property
    def read_only(self) -> bool:
        return self.read_only_code is not None


def read_only_reason(cycle: Cycle, actor: Actor) -> tuple[str, dict[str, Any]] | None:
    """Why ``actor`` may change nothing in ``cycle`` (a message code and its
    parameters), or None when they may: the one place this rule lives."""
    if not actor.may_write:
        return "auditor_reads_only", {"name": actor.display_name}
    if cycle.stage == CycleStage.CLOSED:
        return "cycle_read_only", {"cycle": cycle.name}
    return None


def cycle_choices(session: Session) -> list[CycleChoice]:
    """Every cycle, newest first, with what the acting user may do in it."""
    actor = acting(session)
    visible = visible_employee_ids(session)
    if visible is None:
        counts = dict(session.execute(select(Appraisal.cycle_id, func.count()).group_by(Appraisal.cycle_id)).all())
    else:
        counts: dict[int, int] = {}
        for cycle_id, employee_id in session.execute(select(Appraisal.cycle_id, Appraisal.employee_id)):
            if employee_id in visible:
                counts[cycle_id] = counts.get(cycle_id, 0) + 1
    choices = []
    for cycle in session.scalars(select(Cycle).order_by(Cycle.period_start.desc(), Cycle.id.desc())):
        code, params = read_only_reason(cycle, actor) or (None, {})
        choices.append(CycleChoice(cycle.id, cycle.name, cycle.stage, cycle.anonymity_threshold,
                                   counts.get(cycle.id, 0), code, params))
    return choices


def newest_running(choices: list[CycleChoice]) -> CycleChoice | None:
    """The cycle a page opens on when it works on running cycles: the newest not
    closed, else the newest."""
    return next((c for c in choices if c.stage != CycleStage.CLOSED), choices[0] if choices else None)


def newest_with_appraisals(choices: list[CycleChoice]) -> CycleChoice | None:
    """The cycle the Appraisals page opens on: the newest that has appraisals, else the newest."""
    return next((c for c in choices if c.appraisals), choices[0] if choices else None)
