"""`main.py cycle score --cycle C [--explain EMPLOYEE_NO]`: every participant's scores,
or how one person's score was computed, from the cycle scoring service."""
from __future__ import annotations

import argparse
from typing import Any

SCORE_KEYS = ("employee_no", "kpi_score", "competency_score", "final_score", "band")


def add_score_commands(cycle_subparsers, common: argparse.ArgumentParser) -> None:
    """Adds `score` to the `cycle` command group."""
    score = cycle_subparsers.add_parser(
        "score", parents=[common], help="each participant's KPI, competency and final score and band; "
                                        "--explain shows how one person's was computed")
    score.add_argument("--cycle", required=True, help="the cycle's name or id, e.g. '2026 H1'")
    score.add_argument("--explain", metavar="EMPLOYEE_NO",
                       help="every input, rule and intermediate figure of this person's score")
    score.set_defaults(handler=run_score)


def _figure(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def _text(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def run_score(args) -> tuple[Any, str]:
    from ..appraisal.export import employee_id_by_number
    from ..cycles.scoring import explain, score_cycle
    from ..cycles.setup import find_cycle
    from ..messages import render
    from .runner import workstation_from_args

    workstation = workstation_from_args(args)
    with workstation.unit() as session:
        cycle_id = find_cycle(session, args.cycle)
        if args.explain:
            result = explain(session, cycle_id, employee_id_by_number(session, args.explain))
            lines = [f"{result.employee_no} {result.name}, {args.cycle}:"]
            lines += ["  " * (row.depth + 1) + render(row.code, row.params) for row in result.rows]
            return result.as_dict(), "\n".join(lines)
        rows = score_cycle(session, cycle_id)
    listed = [{"employee_no": r.employee_no, "kpi_score": _figure(r.kpi_score),
               "competency_score": _figure(r.competency_score), "final_score": _figure(r.final_score),
               "band": r.band_code} for r in rows]
    # The name comes last: Chinese characters are two columns wide and would shift the figures.
    lines = [f"{'Employee':<12}{'KPI':>9}{'360':>9}{'Final':>9}  Band  Name"]
    lines += [f"{r.employee_no:<12}{_text(r.kpi_score):>9}{_text(r.competency_score):>9}{_text(r.final_score):>9}"
              f"  {r.band_code or '—':<4}  {r.name}" for r in rows]
    if not rows:
        lines = [f"No one in {args.cycle} whose scores you may read."]
    return listed, "\n".join(lines)
