"""What a plan's PDF shows: the plan as the plan page reads it (reading.plan_view) and the
one fact about the person the view does not carry, their department."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Department, Employee

from .reading import PlanView, plan_view


@dataclass(frozen=True)
class PlanDocument:
    view: PlanView
    department: str | None

    @property
    def plan_id(self) -> int:
        return self.view.row.id

    @property
    def version(self) -> int:
        return self.view.row.version


def plan_document(session: Session, plan_id: int) -> PlanDocument:
    """The plan's document as it stands now, for someone who may read the plan."""
    view = plan_view(session, plan_id)  # refuses a plan the user may not read
    department = session.scalar(select(Department.name).join(Employee, Employee.department_id == Department.id)
                                .where(Employee.id == view.row.employee_id))
    return PlanDocument(view, department)
