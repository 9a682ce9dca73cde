"""`main.py today [--user NAME] [--json]`: what needs the signed-in user now, over reviewer.today."""
from __future__ import annotations

import argparse
from typing import Any

URGENCY_HEADINGS = {"overdue": "Overdue", "due_today": "Due today", "due_later": "Due later"}


def add_commands(commands, common: argparse.ArgumentParser) -> None:
    today = commands.add_parser("today", parents=[common],
                                help="what needs the signed-in user now (--user NAME), most urgent first")
    today.set_defaults(handler=_run_today)


def _run_today(args) -> tuple[dict[str, Any], str]:
    from ..today import today
    from .runner import workstation_from_args

    view = workstation_from_args(args).call(today)
    if not view.items:
        return view.as_dict(), f"Nothing needs {view.user} today ({view.as_of.isoformat()})."
    lines = [f"Today for {view.user}, {view.as_of.isoformat()}:"]
    for urgency, items in view.by_urgency().items():
        if items:
            lines.append(f"{URGENCY_HEADINGS[urgency]} ({len(items)}):")
            lines += [f"  {item.due.isoformat() if item.due else '          '}  {item.title}" for item in items]
    return view.as_dict(), "\n".join(lines)
