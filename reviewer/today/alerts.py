"""Critical KPI alerts on the user's direct reports (reviewer.kpi.alerts decides what an
alert is; warnings stay on the Alerts tab, like the sidebar badge). Deeper in the line,
each report's own manager sees theirs: a head of thousands is not listed every alert."""
from __future__ import annotations

from sqlalchemy import select

from db.models import Employee

from ..kpi.alerts import CRITICAL, kpi_alerts
from ..messages import Named
from .context import TodayContext
from .items import PLACE_TARGETS, source


@source
def alerts_on_my_people(ctx: TodayContext):
    if ctx.me is None:
        return []
    ids = {cycle.name: cycle.id for cycle in ctx.cycles.values()}
    items = []
    for alert in kpi_alerts(ctx.session, people=select(Employee.id).where(Employee.manager_id == ctx.me)):
        if alert.level != CRITICAL or alert.cycle not in ids:  # a draft cycle: nothing to act on yet
            continue
        items.append(ctx.item("kpi_alert", "today_kpi_alert", None, PLACE_TARGETS,
                              params={"kpi": Named(alert.kpi_name, alert.kpi_name_zh), "name": alert.name, "number": alert.employee_no,
                                      "attainment": f"{alert.attainment:.0%}", "cycle": alert.cycle},
                              employee_id=alert.employee_id, employee_no=alert.employee_no, person=alert.name,
                              cycle_id=ids[alert.cycle]))
    return items
