"""`main.py plans list [--status S] [--due-before DATE] [--json]`: the improvement and
development plans the signed-in user may see, over reviewer.plans."""
from __future__ import annotations

import argparse
from typing import Any

from .cycles import _date

STAGE_WORDS = {"draft": "draft", "awaiting_acknowledgement": "awaiting acknowledgement", "active": "active",
               "extended": "extended", "closed": "closed"}
HEALTH_WORDS = {"on_track": "on track", "at_risk": "at risk", "not_checked": "not checked yet"}


def add_commands(commands, common: argparse.ArgumentParser) -> None:
    plans = commands.add_parser("plans", parents=[common], help="improvement and development plans")
    actions = plans.add_subparsers(dest="plans_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", parents=[common], help="the plans you may see, soonest end first")
    listing.add_argument("--status", metavar="S", choices=tuple(STAGE_WORDS),
                         help="only plans at this stage: " + ", ".join(STAGE_WORDS))
    listing.add_argument("--due-before", type=_date, metavar="DATE",
                         help="only plans with a check-in or a decision due before this day, e.g. 2027-03-01")
    listing.set_defaults(handler=_run_list)


def _run_list(args) -> tuple[dict[str, Any], str]:
    from ..plans.reading import list_plans
    from .runner import workstation_from_args

    rows = workstation_from_args(args).call(list_plans, status=args.status, due_before=args.due_before)
    data = {"plans": [row.as_dict() for row in rows]}
    if not rows:
        return data, "No plans match."
    lines = []
    for row in rows:
        due = row.next_check_in.isoformat() if row.next_check_in else "-"
        flags = (" MISSED" if row.check_in_missed else "") + (" DECISION DUE" if row.decision_due else "")
        lines.append(f"{row.id:>5}  {row.employee_no}  {row.person}  {row.kind}  {STAGE_WORDS[row.stage]}, "
                     f"{HEALTH_WORDS[row.health]}  ends {row.end_date.isoformat()}  next check-in {due}{flags}")
    return data, "\n".join(lines)
