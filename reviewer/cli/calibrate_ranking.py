"""`main.py calibrate ranking --cycle C --position P [--json]`: the ranking of one
position in a cycle, best first (the saved order, else the scores' order)."""
from __future__ import annotations

import argparse
from typing import Any


def add_ranking_commands(calibrate_subparsers, common: argparse.ArgumentParser) -> None:
    """Adds `ranking` to the `calibrate` command group."""
    ranking = calibrate_subparsers.add_parser(
        "ranking", parents=[common], help="the people of one position ranked best first, with score and band")
    ranking.add_argument("--cycle", required=True, help="the cycle's name or id, e.g. '2026 H1'")
    ranking.add_argument("--position", required=True, help="the position's title (English or Chinese) or id")
    ranking.set_defaults(handler=run_ranking)


def find_position(session, title_or_id: str) -> int:
    from sqlalchemy import select

    from db.models import Position

    from ..errors import NotFound
    from ..messages import name_some

    text = title_or_id.strip()
    found = session.scalar(select(Position.id).where((Position.title == text) | (Position.title_zh == text)))
    if found is None and text.isdigit() and len(text) < 10:
        found = session.scalar(select(Position.id).where(Position.id == int(text)))
    if found is None:
        titles = list(session.scalars(select(Position.title).order_by(Position.title)))
        raise NotFound.coded("position_unknown", value=text, options=name_some(titles))
    return found


def run_ranking(args) -> tuple[Any, str]:
    from ..calibration.ranking import position_ranking
    from ..cycles.setup import find_cycle
    from .runner import workstation_from_args

    workstation = workstation_from_args(args)
    with workstation.unit() as session:
        ranking = position_ranking(session, find_cycle(session, args.cycle), find_position(session, args.position))
    listed = {"cycle": args.cycle, "position": ranking.position_title, "saved": ranking.saved,
              "ranked_by": ranking.ranked_by, "ranked_at": ranking.ranked_at,
              "rows": [{"rank": r.rank, "employee_no": r.employee_no, "name": r.label,
                        "score": None if r.score is None else round(r.score, 2), "band": r.band_code,
                        "manager": r.manager, "department": r.department} for r in ranking.rows]}
    how = (f"saved by {ranking.ranked_by} on {ranking.ranked_at:%Y-%m-%d}" if ranking.saved
           else "by score (no order saved)")
    lines = [f"{ranking.position_title}, {args.cycle}: {len(ranking.rows)} people, {how}",
             f"{'Rank':>4}  {'Employee':<12}{'Score':>7}  Band  Name"]
    lines += [f"{r.rank:>4}  {r.employee_no or '—':<12}{'—' if r.score is None else f'{r.score:.1f}':>7}  "
              f"{r.band_code or '—':<4}  {r.label}" for r in ranking.rows]
    return listed, "\n".join(lines)
