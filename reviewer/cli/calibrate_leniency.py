"""`main.py calibrate leniency --cycle C [--min-team N] [--session S] [--json]`: each
manager's leniency or severity (team size, mean, z, chi-square, p, flag and a sentence)
from reviewer.calibration.leniency."""
from __future__ import annotations

import argparse
from typing import Any


def add_leniency_commands(calibrate_subparsers, common: argparse.ArgumentParser) -> None:
    """Adds `leniency` to the `calibrate` command group."""
    command = calibrate_subparsers.add_parser(
        "leniency", parents=[common],
        help="each manager with enough rated people: team mean against the organisation (z), proposed bands "
             "against the guideline (chi-square, p), flagged when |z| >= 2 or p < 0.05")
    command.add_argument("--cycle", required=True, help="the cycle's name or id, e.g. '2026 H1'")
    command.add_argument("--min-team", type=int, default=5, metavar="N",
                         help="only managers with at least N rated people (default 5)")
    command.add_argument("--session", type=int, metavar="S",
                         help="only the managers of this calibration session's members (codes while it is blind)")
    command.set_defaults(handler=run_leniency)


def _figure(value: float | None, digits: int = 2) -> float | None:
    return None if value is None else round(value, digits)


def _text(value: float | None, width: int, digits: int = 2) -> str:
    return f"{'—' if value is None else f'{value:.{digits}f}':>{width}}"


def run_leniency(args) -> tuple[Any, str]:
    from ..calibration.leniency import leniency
    from ..cycles.setup import find_cycle
    from ..messages import render
    from .runner import workstation_from_args

    workstation = workstation_from_args(args)
    with workstation.unit() as session:
        cycle_id = find_cycle(session, args.cycle)
        report = leniency(session, cycle_id, min_team=args.min_team, session_id=args.session)
    rows = [{"manager": r.manager, "manager_no": r.manager_no, "team_size": r.team_size, "mean": _figure(r.mean),
             "difference": _figure(r.difference), "z": _figure(r.z, 3), "proposed": r.proposed,
             "chi_square": _figure(r.chi_square, 3), "dof": r.dof, "p_value": _figure(r.p_value, 4),
             "flagged": r.flagged, "sentence": render(r.sentence_code, r.sentence_params)} for r in report.rows]
    result = {"cycle": report.cycle_name, "published": report.published, "min_team": report.min_team,
              "session": report.session_id, "blind": report.blind, "org_count": report.org_count,
              "org_mean": _figure(report.org_mean), "org_sd": _figure(report.org_sd),
              "guideline": {code: round(share, 4) for code, share in report.guideline}, "managers": rows}
    if not report.published:
        return result, render(report.notice_code, report.notice_params) + " No leniency figures until then."
    lines = []
    if report.organisation_withheld:
        lines.append(render(report.notice_code, report.notice_params))
    else:
        # The SD is the sample one (divided by n - 1), as the help of the window says too.
        lines.append(f"{report.cycle_name}: {report.org_count} rated people, mean {report.org_mean:.2f}, "
                     f"standard deviation {report.org_sd:.2f} (sample, n − 1)" if report.org_sd is not None else
                     f"{report.cycle_name}: {report.org_count} rated people; too few for a standard deviation")
    if not rows:
        lines.append(f"No manager with at least {report.min_team} rated people that you may read.")
        return result, "\n".join(lines)
    # The manager and the sentence come last: Chinese characters are two columns wide.
    lines.append(f"{'Team':>5}{'Mean':>8}{'z':>8}{'Chi²':>9}{'p':>8}  Flag  Manager: verdict")
    for r, listed in zip(report.rows, rows):
        lines.append(f"{r.team_size:>5}{_text(r.mean, 8)}{_text(r.z, 8)}{_text(r.chi_square, 9)}"
                     f"{_text(r.p_value, 8, 3)}  {'  ! ' if r.flagged else '    '}  {r.manager}: {listed['sentence']}")
    return result, "\n".join(lines)
