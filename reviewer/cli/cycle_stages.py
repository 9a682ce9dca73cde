"""`main.py cycle advance|reopen|release|close`: moving a cycle through its stages.

The `cycle` command group belongs to reviewer/cli/cycles.py; it calls
``add_stage_commands`` to add these."""
from __future__ import annotations

import argparse
from typing import Any

STAGES = ("draft", "goal_setting", "self_review_360", "manager_review", "calibration", "sign_off", "closed")


def _exception(text: str) -> tuple[str, str]:
    number, sep, reason = text.partition("=")
    if not sep or not number.strip() or not reason.strip():
        raise argparse.ArgumentTypeError(f"'{text}' should look like EMPLOYEE_NO=REASON, e.g. E1001='left in May'")
    return number.strip(), reason.strip()


def add_stage_commands(cycle_subparsers, common: argparse.ArgumentParser) -> None:
    """Add advance, reopen, release and close to the `cycle` command group."""
    advance = cycle_subparsers.add_parser(
        "advance", parents=[common],
        help="move the cycle to its next stage; lists every blocker (exit 1) when its gate holds")
    advance.add_argument("--cycle", required=True, help="the cycle's name or id, e.g. '2027 H1'")
    advance.add_argument("--dry-run", action="store_true", help="check the gate only; change nothing")
    _except_option(advance)
    advance.set_defaults(handler=run_advance)
    reopen = cycle_subparsers.add_parser("reopen", parents=[common], help="take the cycle back to an earlier stage")
    reopen.add_argument("--cycle", required=True)
    reopen.add_argument("--to", required=True, choices=STAGES[:-1], metavar="STAGE",
                        help=f"the earlier stage: {', '.join(STAGES[:-1])}")
    reopen.add_argument("--reason", required=True, help="why; kept with the cycle")
    reopen.set_defaults(handler=run_reopen)
    release = cycle_subparsers.add_parser(
        "release", parents=[common], help="release the appraisals of a cycle in sign-off to their employees")
    release.add_argument("--cycle", required=True)
    release.set_defaults(handler=run_release)
    close = cycle_subparsers.add_parser(
        "close", parents=[common],
        help="close a released cycle once every appraisal is signed by manager, employee and HR")
    close.add_argument("--cycle", required=True)
    _except_option(close)
    close.set_defaults(handler=run_close)


def _except_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--except", dest="exceptions", action="append", type=_exception, default=[],
                        metavar="EMPLOYEE_NO=REASON",
                        help="let this person past the gate, with the reason (repeat for more people)")


def _moved(args, service) -> tuple[Any, str, int]:
    from ..cycles.stages import GateHeld
    from ..cycles.setup import find_cycle
    from ..messages import counted, term_word
    from .runner import EXIT_OK, workstation_from_args

    workstation = workstation_from_args(args)
    try:
        with workstation.unit() as session:
            check = service(session, find_cycle(session, args.cycle), dict(args.exceptions),
                            getattr(args, "dry_run", False))
            stage_from, stage_to = term_word("stage", check.from_stage), term_word("stage", check.to_stage)
    except GateHeld as held:
        return _blocked(held.blockers, str(held))
    if check.held:  # a dry run
        return _blocked(check.blockers, f"{args.cycle} cannot move from {stage_from} to {stage_to} yet.")
    let_past = counted(len({b.employee_id for b in check.excepted}), "person", "people")
    excepted = f" ({let_past} let past with a reason)" if check.excepted else ""
    if not check.moved:
        return [], f"{args.cycle} may move from {stage_from} to {stage_to}: nothing holds it{excepted}.", EXIT_OK
    return [], f"{args.cycle} moved from {stage_from} to {stage_to}{excepted}.", EXIT_OK


def _blocked(blockers, headline: str) -> tuple[list[dict[str, Any]], str, int]:
    from .runner import EXIT_REJECTED

    lines = [headline, *(f"  {b.employee_no} {b.name}: {b.message}" for b in blockers)]
    return [b.as_dict() for b in blockers], "\n".join(lines), EXIT_REJECTED


def run_advance(args) -> tuple[Any, str, int]:
    from ..cycles.stages import advance

    return _moved(args, advance)


def run_close(args) -> tuple[Any, str, int]:
    from ..cycles.closing import close

    args.dry_run = False
    return _moved(args, close)


def run_reopen(args) -> tuple[dict[str, Any], str]:
    from ..cycles.stages import reopen
    from ..cycles.setup import find_cycle
    from ..messages import term_word
    from .runner import workstation_from_args

    with workstation_from_args(args).unit() as session:
        stage = reopen(session, find_cycle(session, args.cycle), args.to, args.reason)
    return {"cycle": args.cycle, "stage": stage.value}, f"{args.cycle} is back at {term_word('stage', stage)}."


def run_release(args) -> tuple[dict[str, Any], str]:
    from ..cycles.release import release
    from ..cycles.setup import find_cycle
    from ..messages import counted
    from .runner import workstation_from_args

    with workstation_from_args(args).unit() as session:
        count = release(session, find_cycle(session, args.cycle))
    return ({"cycle": args.cycle, "released": count},
            f"Released {counted(count, 'appraisal', 'appraisals')} of {args.cycle} to their employees; "
            "they can now be signed.")
