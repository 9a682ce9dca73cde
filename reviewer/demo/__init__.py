"""A realistic, deterministic demo company to explore the program with."""
from __future__ import annotations

import random
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Actual, AppUser, AuditEvent, Department, Employee, FeedbackRequest, Target, UserRole
from db.sequences import advance_id_sequences

from ..access import require_writer
from ..audit.bulk import record_table
from ..cycles.catalogue import install_catalogue
from ..errors import ValidationError
from ..progress import Progress
from .organisation import insert_organisation, insert_positions, plan_organisation
from .plans import add_demo_plans
from .results import CLOSED, OPEN, ResultsBuilder, add_customer_raters
from ..messages import QT_TRANSLATE_NOOP

DEMO_SEED = 20261123
DEMO_SIZE = 250


@dataclass(frozen=True)
class DemoSummary:
    employees: int
    departments: int
    cycles: list[str]
    improvement_plan_for: str


def build_demo(session: Session, progress: Progress | None = None, size: int = DEMO_SIZE,
               seed: int = DEMO_SEED) -> DemoSummary:
    """Fill an empty database with the demo company. The same seed always gives
    the same company. Runs inside the caller's transaction: on cancel or error
    nothing is kept. Every row it writes in bulk gets its audit entry, like any other."""
    require_writer(session)
    progress = progress or Progress()
    if session.scalar(select(func.count()).select_from(Employee)):
        raise ValidationError.coded("demo_needs_empty_database")
    rng = random.Random(seed)
    progress.step(0.02, QT_TRANSLATE_NOOP("progress", "Creating positions and the KPI catalogue"))
    positions = insert_positions(session)
    install_catalogue(session)
    progress.step(0.10, QT_TRANSLATE_NOOP("progress", "Creating departments and people"))
    plan = plan_organisation(rng, size, positions)
    insert_organisation(session, plan)
    _add_users(session, plan, positions)
    builder = ResultsBuilder(session, rng, plan)
    customers = add_customer_raters(session, rng, plan)

    progress.step(0.25, QT_TRANSLATE_NOOP("progress", "Building the closed cycle"))
    closed = builder.create_cycle(CLOSED)
    kpi_results = builder.add_targets_and_actuals(closed, CLOSED)
    progress.step(0.40, QT_TRANSLATE_NOOP("progress", "Collecting 360 feedback for the closed cycle"))
    ratings = builder.add_feedback(closed, CLOSED, customers, complete=True)
    progress.step(0.60, QT_TRANSLATE_NOOP("progress", "Scoring and calibrating appraisals"))
    appraisals = builder.add_appraisals(closed, kpi_results, ratings)
    improvement = add_demo_plans(session, builder.people, closed, appraisals)

    progress.step(0.70, QT_TRANSLATE_NOOP("progress", "Opening the current cycle"))
    current = builder.create_cycle(OPEN)
    builder.add_targets_and_actuals(current, OPEN)
    progress.step(0.80, QT_TRANSLATE_NOOP("progress", "Adding partial 360 answers"))
    builder.add_feedback(current, OPEN, customers, complete=False)
    progress.step(0.88, QT_TRANSLATE_NOOP("progress", "Writing the current cycle's self-reviews"))
    builder.add_open_appraisals(current)
    session.add(AuditEvent(action="demo.created", entity_type="database", details={"seed": seed, "size": size}))
    session.flush()
    # Bulk statements bypass the ORM's capture; the database was empty, so every row here is the demo's.
    for model in (Department, Employee, Target, Actual):
        record_table(session, model)
    record_table(session, FeedbackRequest, hidden=("token",))
    progress.step(0.95, QT_TRANSLATE_NOOP("progress", "Saving"))
    session.flush()
    advance_id_sequences(session)  # departments and people were inserted with their planned ids
    return DemoSummary(
        employees=len(plan.people),
        departments=len(plan.departments),
        cycles=[CLOSED.name, OPEN.name],
        improvement_plan_for=builder.people[improvement.employee_id].row["name"],
    )


def _add_users(session: Session, plan, positions: dict[str, int]) -> None:
    """HR's sign-in, and one for each department head."""
    def holders(title: str) -> list:
        return [p for p in plan.people if p.row["position_id"] == positions[title]]

    hr_manager = holders("HR Manager")[0]
    users = [AppUser(username="hr.admin", display_name=hr_manager.row["name"], role=UserRole.HR_ADMIN,
                     employee_id=hr_manager.id)]
    for n, head in enumerate(holders("Department Head"), start=1):
        users.append(AppUser(username=f"manager{n}", display_name=head.row["name"], role=UserRole.MANAGER,
                             employee_id=head.id))
    session.add_all(users)
