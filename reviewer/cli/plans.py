"""`main.py plans list [--status S] [--due-before DATE] [--json]`: the improvement and
development plans the signed-in user may see, over reviewer.plans; `plans pdf|sign`: a
plan's document as a PDF, and signing it as manager (the plan's owner), employee or HR, in
the shape of `appraisal sign`. `main.py verify` checks plan PDFs like appraisals."""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..errors import ValidationError
from .cycles import _date
from .signing import IDENTITY_PASSWORD_VARIABLE, ROLES, sign_and_copy

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
    pdf = actions.add_parser("pdf", parents=[common], help="a plan's document (its current version) as a PDF")
    pdf.add_argument("--plan", required=True, type=int, metavar="ID", help="the plan's id")
    pdf.add_argument("--out", required=True, type=Path, metavar="FILE.pdf", help="the PDF file to write")
    pdf.add_argument("--language", choices=["en", "zh"], default="en", help="language of the document")
    pdf.set_defaults(handler=_run_pdf)
    sign = actions.add_parser(
        "sign", parents=[common],
        help="sign a plan's PDF (written by plans pdf) in place as manager, employee or HR, in that order; "
             f"the identity's password from {IDENTITY_PASSWORD_VARIABLE}, or asked")
    sign.add_argument("--plan", required=True, type=int, metavar="ID", help="the plan's id: the file must show it")
    sign.add_argument("--file", required=True, type=Path, metavar="FILE.pdf", help="the plan's PDF, signed in place")
    sign.add_argument("--as", dest="role", required=True, choices=ROLES, help="the role signed in")
    sign.add_argument("--identity", metavar="EMPLOYEE_NO",
                      help="the signer's employee number (default: the one person holding the role who has an "
                           "identity here)")
    sign.add_argument("--disagree", action="store_true", help="employee only: acknowledged, but I disagree")
    sign.add_argument("--comment", metavar="TEXT", help="becomes part of what is signed")
    sign.add_argument("--out", type=Path, metavar="FILE", help="also write the signed PDF here")
    sign.add_argument("--language", choices=["en", "zh"], default="en", help="language of the stamp")
    sign.set_defaults(handler=_run_sign)


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


def _run_pdf(args) -> tuple[dict[str, Any], str]:
    from ..io.files import write_whole
    from ..plans.document import plan_document
    from ..plans.signing import issued_plan_pdf
    from .runner import workstation_from_args

    with workstation_from_args(args).unit() as session:
        document = plan_document(session, args.plan)
        pdf = issued_plan_pdf(session, args.plan, args.language)
    try:
        write_whole(args.out, pdf)
    except OSError as error:
        raise ValidationError.coded("file_not_written", path=str(args.out),
                                    detail=str(error.strerror or error)) from None
    row = document.view.row
    payload = {"file": str(args.out), "plan": row.id, "version": row.version, "employee_no": row.employee_no,
               "name": row.person, "stage": row.stage}
    return payload, (f"Wrote version {row.version} of the plan of {row.person} ({row.employee_no}) to {args.out}; "
                     f"it is {STAGE_WORDS[row.stage]}.")


def _run_sign(args) -> tuple[dict[str, Any], str]:
    from ..appraisal.export import employee_id_by_number
    from ..plans.signing import plan_signing_state, prepare_plan_signature, sign_plan
    from .runner import workstation_from_args

    comment = (args.comment or "").strip() or None
    workstation = workstation_from_args(args)
    with workstation.unit() as session:  # every refusal but a wrong password comes before it is asked
        signer_id = employee_id_by_number(session, args.identity) if args.identity else None
        prepared = prepare_plan_signature(session, args.file, args.role, signer_id, args.disagree, comment,
                                          plan_id=args.plan)
    if args.out is not None and args.out.is_dir():
        raise ValidationError.coded("file_not_written", path=str(args.out), detail="it is a folder; nothing was signed")
    revision = sign_and_copy(workstation, sign_plan, args.file, args.out, prepared.holder_name, prepared.role,
                             prepared.identity_id, args.disagree, comment, args.language)
    state = workstation.call(plan_signing_state, args.file)
    payload = {"plan": prepared.plan_id, "version": prepared.version, "employee_no": prepared.employee_no,
               "name": prepared.employee_name, "role": revision.role, "signer": revision.signer,
               "signed_at": revision.signed_at.isoformat(timespec="seconds"), "file": str(args.file),
               "signed_roles": state.signed_roles, "next_role": state.next_role}
    waiting = f" Next: {state.next_role}." if state.next_role else " Every signer has signed."
    return payload, (f"Signed version {prepared.version} of the plan of {prepared.employee_name} "
                     f"({prepared.employee_no}) as {revision.role} with the identity of {revision.signer}: "
                     f"{args.file}.{waiting}")
