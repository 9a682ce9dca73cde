"""Command line: profiles (users add/list/passwd/disable) and the audit trail (audit verify/list)."""
from __future__ import annotations

import getpass
import os
import sys
from datetime import date
from typing import Any

from ..errors import ValidationError

ROLES = {"hr": "hr_admin", "manager": "manager", "auditor": "auditor"}
PASSWORD_VARIABLE = "APPRAISAL_PASSWORD"


def add_commands(commands, common) -> None:
    users = commands.add_parser("users", parents=[common], help="profiles that sign in (HR only)")
    actions = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", parents=[common], help="a new profile; the password is read from "
                             "standard input when it is not a terminal, otherwise asked twice")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=sorted(ROLES))
    add.add_argument("--employee", metavar="EMPLOYEE_NO", help="the employee this profile is (managers: required)")
    add.add_argument("--display-name", metavar="TEXT")
    add.set_defaults(handler=_run_add)
    listing = actions.add_parser("list", parents=[common], help="every profile")
    listing.set_defaults(handler=_run_list)
    passwd = actions.add_parser("passwd", parents=[common], help="set a profile's password")
    passwd.add_argument("name")
    passwd.set_defaults(handler=_run_passwd)
    disable = actions.add_parser("disable", parents=[common], help="the profile can no longer sign in")
    disable.add_argument("name")
    disable.set_defaults(handler=_run_disable)

    audit = commands.add_parser("audit", parents=[common], help="the audit trail (HR and auditors)")
    audit_actions = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = audit_actions.add_parser("verify", parents=[common],
                                      help="check the hash chain; exit 0 when intact, 1 naming the first broken entry")
    verify.add_argument("--expect-head", metavar="POSITION:HASH",
                        help="a head printed by an earlier verify and kept elsewhere: exit 1 unless the chain "
                             "still holds that entry (notices the newest entries removed or rewritten)")
    verify.set_defaults(handler=_run_verify)
    from .runner import common_options

    listing = audit_actions.add_parser("list", parents=[common_options(top_level=False, sign_in=False)],
                                       help="entries, newest first (sign in before the command: "
                                            "main.py --user NAME audit list --user OTHER)")
    listing.add_argument("--since", type=date.fromisoformat, metavar="DATE")
    listing.add_argument("--entity", metavar="KIND", help="e.g. employees, targets, appraisals")
    listing.add_argument("--user", dest="by_user", metavar="NAME", help="entries by this profile")
    listing.add_argument("--limit", type=int, default=1000)
    listing.set_defaults(handler=_run_audit_list)


def new_password(prompt: str = "New password: ") -> str:
    """From standard input when it is not a terminal (scripts), else typed twice."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(prompt)
    if getpass.getpass("Again: ") != first:
        raise ValidationError.coded("passwords_differ")
    return first


def sign_in_password(username: str) -> str:
    """The password of ``--user``: from APPRAISAL_PASSWORD, else asked on the terminal."""
    if PASSWORD_VARIABLE in os.environ:
        return os.environ[PASSWORD_VARIABLE]
    if not sys.stdin.isatty():
        raise ValidationError.coded("password_not_given", name=username, variable=PASSWORD_VARIABLE)
    return getpass.getpass(f"Password for {username}: ")


def _run_add(args) -> tuple[dict[str, Any], str]:
    from ..access import add_profile
    from .runner import workstation_from_args

    workstation = workstation_from_args(args)
    row = workstation.call(add_profile, args.name, ROLES[args.role], new_password(),
                           employee_no=args.employee, display_name=args.display_name)
    return row.as_dict(), f"Profile {row.username} added ({args.role})."


def _run_list(args) -> tuple[dict[str, Any], str]:
    from ..access import list_profiles
    from .runner import workstation_from_args

    rows = workstation_from_args(args).call(list_profiles)
    lines = [f"{r.username:<20} {r.role.value:<9} {'active' if r.is_active else 'disabled':<9} "
             f"{r.employee_no or '':<10} {r.display_name}" for r in rows]
    return {"profiles": [r.as_dict() for r in rows]}, "\n".join(lines) or "No profiles: nobody needs to sign in."


def _run_passwd(args) -> tuple[dict[str, Any], str]:
    from ..access import change_password
    from .runner import workstation_from_args

    workstation = workstation_from_args(args)
    workstation.call(change_password, args.name, new_password())
    return {"profile": args.name}, f"Password of {args.name} changed."


def _run_disable(args) -> tuple[dict[str, Any], str]:
    from ..access import disable_profile
    from .runner import workstation_from_args

    workstation_from_args(args).call(disable_profile, args.name)
    return {"profile": args.name}, f"Profile {args.name} disabled; what it did stays on the audit trail."


def _run_verify(args):
    from ..access import require_auditor_or_hr
    from ..audit import verify_chain
    from ..audit.chain import parse_head
    from .runner import EXIT_REJECTED, workstation_from_args

    expect_head = None
    if args.expect_head is not None:
        try:
            expect_head = parse_head(args.expect_head)
        except ValueError:
            raise ValidationError.coded("audit_expected_head_invalid", value=args.expect_head) from None
    workstation = workstation_from_args(args)
    with workstation.unit() as session:
        require_auditor_or_hr(session)
        report = verify_chain(session, expect_head)
    result = report.as_dict()
    if report.intact:
        text = f"The audit trail is intact: {report.entries} entries in the chain"
        text += f" ({report.before_chain} older entries predate it)." if report.before_chain else "."
        if report.erased:
            text += (f"\n{report.erased} entries had a leaver's personal data erased; each rewrite is witnessed by "
                     f"a later privacy.anonymised entry.")
        text += (f"\nHead: {report.head_sequence}:{report.head_hash} (keep it elsewhere; "
                 f"--expect-head {report.head_sequence}:{report.head_hash} later shows whether it was rewritten)")
        return result, text
    return result, f"The audit trail is broken: {result['problem']}", EXIT_REJECTED


def _run_audit_list(args) -> tuple[dict[str, Any], str]:
    from ..audit import list_entries
    from .runner import workstation_from_args

    rows = workstation_from_args(args).call(list_entries, since=args.since, entity=args.entity, user=args.by_user,
                                     limit=args.limit)
    lines = [f"{r.occurred_at:%Y-%m-%d %H:%M:%S}  {r.user or '-':<12} {r.action:<32} {r.entity_type} "
             f"{r.entity_id if r.entity_id is not None else ''}" for r in rows]
    return {"entries": [r.as_dict() for r in rows]}, "\n".join(lines) or "No entries."
