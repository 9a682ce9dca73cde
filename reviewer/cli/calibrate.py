"""`main.py calibrate ...`: calibration sessions over the same services the window uses
(open, close, sessions, distribution, move, moves, undo). Other slices add their own
subcommands through ``add_<x>_commands(calibrate_subparsers, common)``, listed in
EXTENSIONS: adding one is one line."""
from __future__ import annotations

import argparse
import importlib
from typing import Any

# (module beside this one, its function adding subcommands to `calibrate`).
EXTENSIONS: tuple[tuple[str, str], ...] = (
    ("calibrate_leniency", "add_leniency_commands"),
    ("calibrate_ranking", "add_ranking_commands"),
    ("calibrate_ninebox", "add_ninebox_commands"),
)


def add_commands(commands, common: argparse.ArgumentParser) -> None:
    calibrate = commands.add_parser(
        "calibrate", parents=[common],
        help="calibration sessions: open, close, the distribution against the guideline, moves with reasons, "
             "undo, leniency, ranking, nine-box")
    calibrate_subparsers = calibrate.add_subparsers(dest="calibrate_command", metavar="ACTION", required=True)
    add_session_commands(calibrate_subparsers, common)
    for module_name, function_name in EXTENSIONS:
        module = importlib.import_module(f".{module_name}", __package__)
        getattr(module, function_name)(calibrate_subparsers, common)


def add_session_commands(calibrate_subparsers, common: argparse.ArgumentParser) -> None:
    """The sessions, the distribution and the moves (the core of `calibrate`)."""
    opening = calibrate_subparsers.add_parser(
        "open", parents=[common], help="open a session over the whole cycle, a department (with the departments "
                                       "below it) or a position across departments; HR, in calibration")
    _cycle_option(opening)
    scope = opening.add_mutually_exclusive_group()
    scope.add_argument("--department", metavar="D", help="the department's code, name or path")
    scope.add_argument("--position", metavar="P", help="the position's title")
    opening.add_argument("--blind", action="store_true",
                         help="hide names behind codes (P-017, M-03) until the session closes")
    opening.add_argument("--name", metavar="NAME", help="the session's name (default: the scope's)")
    opening.add_argument("--participants", metavar="EMPLOYEE_NO,...",
                         help="who may read the session besides HR (default: the members' managers)")
    opening.set_defaults(handler=_run_open)

    closing = calibrate_subparsers.add_parser(
        "close", parents=[common], help="close a session: its moves are locked and the bands become calibrated")
    _session_option(closing)
    closing.set_defaults(handler=_run_close)

    listing = calibrate_subparsers.add_parser("sessions", parents=[common], help="the cycle's sessions")
    _cycle_option(listing)
    listing.set_defaults(handler=_run_sessions)

    shares = calibrate_subparsers.add_parser(
        "distribution", parents=[common],
        help="people per band against the guideline, before and after the moves, with warnings")
    _cycle_option(shares)
    shares.add_argument("--department", metavar="D", help="only this department and the departments below it")
    shares.add_argument("--session", type=int, metavar="S", help="only this session's members (before: at opening)")
    shares.set_defaults(handler=_run_distribution)

    move = calibrate_subparsers.add_parser(
        "move", parents=[common], help="move a person to another band in their open session, with a reason")
    _cycle_option(move)
    move.add_argument("--employee", required=True, metavar="EMPLOYEE_NO")
    move.add_argument("--to", required=True, metavar="BAND", help="the band's code, e.g. A")
    move.add_argument("--reason", required=True, metavar="TEXT", help="why (required; kept with the move)")
    move.set_defaults(handler=_run_move)

    moves = calibrate_subparsers.add_parser("moves", parents=[common], help="every move of a session, undone ones too")
    _session_option(moves)
    moves.set_defaults(handler=_run_moves)

    undo = calibrate_subparsers.add_parser(
        "undo", parents=[common],
        help="undo a move of an open session: the session's newest, or --move M (the person's latest)")
    _session_option(undo)
    undo.add_argument("--move", type=int, metavar="M",
                      help="the move's number (see moves); without it the session's newest move not undone")
    undo.set_defaults(handler=_run_undo)


def _cycle_option(parser) -> None:
    parser.add_argument("--cycle", required=True, help="the cycle's name or id, e.g. '2027 H1'")


def _session_option(parser) -> None:
    parser.add_argument("--session", required=True, type=int, metavar="S", help="the session's number (see sessions)")


def _department_id(session, given: str) -> int:
    from ..cycles.setup import departments_named

    return departments_named(session, [given])[0]


def _position_id(session, given: str) -> int:
    from sqlalchemy import func, select

    from db.models import Position

    from ..errors import NotFound

    found = session.scalar(select(Position.id).where(func.lower(Position.title) == given.strip().lower()))
    if found is None:
        raise NotFound.coded("calibration_position_unknown", value=given)
    return found


def _employee_ids(session, numbers: str) -> list[int]:
    from ..appraisal.export import employee_id_by_number

    return [employee_id_by_number(session, n) for n in numbers.split(",") if n.strip()]


def _header_line(header) -> str:
    scope = header.scope_kind + (f" {header.scope_name}" if header.scope_name else "")
    state = "open" if header.open else f"closed {header.closed_at:%Y-%m-%d %H:%M} by {header.closed_by}"
    blind = ", blind" if header.blind else ""
    return (f"#{header.id} {header.name} ({scope}{blind}): {header.member_count} people, {state}; "
            f"opened {header.opened_at:%Y-%m-%d %H:%M} by {header.opened_by}")


def _run_open(args) -> tuple[dict[str, Any], str]:
    from ..calibration.sessions import open_session, session_header
    from ..cycles.setup import find_cycle
    from .runner import workstation_from_args

    workstation = workstation_from_args(args)
    with workstation.unit() as session:
        cycle_id = find_cycle(session, args.cycle)
        scope, department_id, position_id = "cycle", None, None
        if args.department:
            scope, department_id = "department", _department_id(session, args.department)
        elif args.position:
            scope, position_id = "position", _position_id(session, args.position)
        participants = _employee_ids(session, args.participants) if args.participants else None
        session_id = open_session(session, cycle_id, scope=scope, department_id=department_id,
                                  position_id=position_id, name=args.name, blind=args.blind,
                                  participant_ids=participants)
        header = session_header(session, session_id)
    return {"session": header.as_dict()}, "Opened " + _header_line(header)


def _run_close(args) -> tuple[dict[str, Any], str]:
    from ..calibration.sessions import close_session, session_header
    from .runner import workstation_from_args

    workstation = workstation_from_args(args)
    with workstation.unit() as session:
        close_session(session, args.session)
        header = session_header(session, args.session)
    return {"session": header.as_dict()}, "Closed " + _header_line(header)


def _run_sessions(args) -> tuple[dict[str, Any], str]:
    from ..calibration.sessions import list_sessions
    from ..cycles.setup import find_cycle
    from .runner import workstation_from_args

    workstation = workstation_from_args(args)
    with workstation.unit() as session:
        headers = list_sessions(session, find_cycle(session, args.cycle))
    text = "\n".join(_header_line(h) for h in headers) or "No calibration session yet (main.py calibrate open)."
    return {"sessions": [h.as_dict() for h in headers]}, text


def _run_distribution(args) -> tuple[dict[str, Any], str]:
    from ..calibration.distribution import distribution
    from ..cycles.setup import find_cycle
    from .runner import workstation_from_args

    workstation = workstation_from_args(args)
    with workstation.unit() as session:
        cycle_id = find_cycle(session, args.cycle)
        department_id = _department_id(session, args.department) if args.department else None
        shares = distribution(session, cycle_id, session_id=args.session, department_id=department_id)
    return shares.as_dict(), distribution_text(shares)


def distribution_text(shares) -> str:
    def figure(value) -> str:
        return "—" if value is None else f"{value:+.1f}"

    lines = [f"{'Band':<8}{'Before':>8}{'Share':>9}{'After':>8}{'Share':>9}{'Guideline':>11}{'Difference':>12}"]
    for row in shares.rows:
        guideline = "—" if row.guideline is None else f"{row.guideline:g} %"
        lines.append(f"{row.code:<8}{row.count_before:>8}{row.share_before:>7.1f} %{row.count_after:>8}"
                     f"{row.share_after:>7.1f} %{guideline:>11}{figure(row.difference):>12}"
                     + ("  off" if row.off else ""))
    lines.append(f"{shares.total} people with a band" + (f", {shares.unbanded} without" if shares.unbanded else "")
                 + f"; margin {shares.margin:g} points")
    lines += [f"Warning: {w.message}" for w in shares.warnings]
    return "\n".join(lines)


def _move_line(move) -> str:
    if move.axis == "band":
        change = f"{move.from_band_code or '—'} → {move.to_band_code}" + (" (big mover)" if move.big_mover else "")
    else:
        change = f"potential {move.from_level or '—'} → {move.to_level}"
    undone = f" [undone {move.undone_at:%Y-%m-%d %H:%M} by {move.undone_by}]" if move.undone else ""
    return f"#{move.id} {move.at:%Y-%m-%d %H:%M} {move.person}: {change} by {move.by}: {move.reason}{undone}"


def _run_move(args) -> tuple[dict[str, Any], str]:
    from ..calibration.moves import move_band, open_session_of_person
    from ..cycles.setup import find_cycle
    from .runner import workstation_from_args

    workstation = workstation_from_args(args)
    with workstation.unit() as session:
        cycle_id = find_cycle(session, args.cycle)
        session_id, appraisal_id = open_session_of_person(session, cycle_id, args.employee)
        move = move_band(session, session_id, appraisal_id, args.to, args.reason)
    return {"move": move.as_dict()}, "Moved " + _move_line(move)


def _run_moves(args) -> tuple[dict[str, Any], str]:
    from ..calibration.moves import session_moves
    from .runner import workstation_from_args

    workstation = workstation_from_args(args)
    with workstation.unit() as session:
        moves = session_moves(session, args.session)
    return {"moves": [m.as_dict() for m in moves]}, "\n".join(map(_move_line, moves)) or "No move yet."


def _run_undo(args) -> tuple[dict[str, Any], str]:
    from ..calibration.moves import undo_last_move, undo_move
    from .runner import workstation_from_args

    workstation = workstation_from_args(args)
    with workstation.unit() as session:
        move = (undo_last_move(session, args.session) if args.move is None
                else undo_move(session, args.session, args.move))
    return {"move": move.as_dict()}, "Undone " + _move_line(move)
