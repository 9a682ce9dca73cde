"""Appraisals to sign at the sign-off stage, in the signing order (manager, employee,
HR: reviewer.appraisal.roles says who holds each role): the user's own signatures,
and late signatures of the people they chase."""
from __future__ import annotations

from sqlalchemy import and_, exists, func, select

from db.models import Appraisal, AppraisalState, CycleStage, Employee, SignatureRecord, SignerRole

from ..messages import Term
from .context import TodayContext
from .items import PLACE_APPRAISALS, source


def _signed(role: SignerRole):
    return exists().where(SignatureRecord.appraisal_id == Appraisal.id, SignatureRecord.role == role)


# Whose turn it is: each role signs once the roles before it have (sign_off.prepare_signature).
NEXT = {
    SignerRole.MANAGER: ~_signed(SignerRole.MANAGER),
    SignerRole.EMPLOYEE: and_(_signed(SignerRole.MANAGER), ~_signed(SignerRole.EMPLOYEE)),
    SignerRole.HR: and_(_signed(SignerRole.MANAGER), _signed(SignerRole.EMPLOYEE), ~_signed(SignerRole.HR)),
}


@source
def signatures(ctx: TodayContext):
    items = []
    for cycle in ctx.at_stage(CycleStage.SIGN_OFF):
        if not cycle.released:
            continue
        due = cycle.due(CycleStage.SIGN_OFF)
        waiting = (Appraisal.cycle_id == cycle.id, Appraisal.state == AppraisalState.RELEASED)

        def people(*conditions):
            return ctx.session.execute(
                select(Employee.id, Employee.employee_no, Employee.name, Employee.manager_id)
                .join(Appraisal, Appraisal.employee_id == Employee.id)
                .where(*waiting, *conditions).order_by(Employee.employee_no)).all()

        def add(kind, code, row, mine=True):
            employee_id, number, name, manager = row
            items.append(ctx.item(kind, code, due, PLACE_APPRAISALS,
                                  params={"name": name, "number": number, "cycle": cycle.name},
                                  employee_id=employee_id, employee_no=number, person=name, cycle_id=cycle.id,
                                  manager_id=manager, mine=mine))

        me = ctx.me if ctx.me is not None else -1
        if ctx.me is not None:
            for row in people(NEXT[SignerRole.MANAGER], Employee.manager_id == me):
                add("sign", "today_sign_manager", row)
            for row in people(NEXT[SignerRole.EMPLOYEE], Employee.id == me):
                add("sign", "today_sign_employee", row)
            if ctx.actor.is_hr:  # countersigned by whoever holds an HR profile: counted, not listed
                count = ctx.session.scalar(select(func.count()).select_from(Appraisal).join(
                    Employee, Employee.id == Appraisal.employee_id).where(*waiting, NEXT[SignerRole.HR],
                                                                          Employee.id != me))
                if count:
                    items.append(ctx.item("sign_hr", "today_sign_hr", due, PLACE_APPRAISALS,
                                          params={"count": count, "cycle": cycle.name}, cycle_id=cycle.id,
                                          count=count))
        if ctx.late(due):
            for role, whose in ((SignerRole.MANAGER, (Employee.manager_id.is_not(None), Employee.manager_id != me)),
                                (SignerRole.EMPLOYEE, (Employee.id != me,))):
                late = (select(Employee.id).join(Appraisal, Appraisal.employee_id == Employee.id)
                        .where(*waiting, NEXT[role], *whose, ctx.chased(Employee.id)))
                items += ctx.late_work("sign_chase", "today_sign_chase", PLACE_APPRAISALS, cycle, late, due,
                                       role=Term("signer_role", role.value))
    return items
