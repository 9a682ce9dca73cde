"""`main.py identity ...` and `main.py appraisal sign|status`: signing identities and
sign-off (manager → employee → HR) on the command line, over the services the window's
Signing identities and Preview and sign… use.

Passwords never come from the command line: a new identity's from standard input when it
is not a terminal, otherwise typed twice; a signing identity's from
APPRAISAL_SIGNING_PASSWORD or typed; the company CA's from APPRAISAL_CA_PASSWORD or typed.
"""
from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from ..errors import ValidationError

IDENTITY_PASSWORD_VARIABLE = "APPRAISAL_SIGNING_PASSWORD"
CA_PASSWORD_VARIABLE = "APPRAISAL_CA_PASSWORD"
ROLES = ("manager", "employee", "hr")


def add_commands(commands, common: argparse.ArgumentParser) -> None:
    identity = commands.add_parser("identity", parents=[common],
                                   help="signing identities: a key and certificate per signer (HR creates them)")
    actions = identity.add_subparsers(dest="identity_command", metavar="ACTION", required=True)
    create = actions.add_parser(
        "create", parents=[common],
        help="a signing identity for an employee (HR); issued by the company CA when there is one. The new "
             "password is read from standard input when it is not a terminal, otherwise asked twice")
    create.add_argument("--employee", required=True, metavar="EMPLOYEE_NO", help="whose identity, e.g. E10058")
    create.add_argument("--self-signed", action="store_true",
                        help="not issued by the company CA (otherwise its password is needed: "
                             f"{CA_PASSWORD_VARIABLE}, or asked)")
    create.set_defaults(handler=_run_identity_create)
    create_ca = actions.add_parser(
        "create-ca", parents=[common],
        help="the company CA that issues identities (HR, once); the password as for identity create")
    create_ca.add_argument("organisation", help="the company's name, e.g. 华信商贸")
    create_ca.set_defaults(handler=_run_identity_create_ca)
    listing = actions.add_parser("list", parents=[common], help="every signing identity and whose it is")
    listing.set_defaults(handler=_run_identity_list)
    timestamps = actions.add_parser(
        "timestamp-server", parents=[common],
        help="the RFC 3161 timestamp server every signature then carries a timestamp from (PAdES B-T): show it, "
             "name it (HR; the server must answer now, and the certificates it shows are trusted for "
             "timestamps), or --clear it")
    timestamps.add_argument("url", nargs="?", metavar="URL", help="http:// or https:// address of the server")
    timestamps.add_argument("--clear", action="store_true", help="signatures carry no timestamp from now on")
    timestamps.set_defaults(handler=_run_timestamp_server)
    long_term = actions.add_parser(
        "long-term-validation", parents=[common],
        help="whether each signature is followed by the document's validation data (PAdES B-LT: certificate "
             "chains and the revocation data their services give): show it, or turn it on or off (HR)")
    long_term.add_argument("state", nargs="?", choices=["on", "off"])
    long_term.set_defaults(handler=_run_long_term_validation)

    appraisal = commands.add_parser("appraisal", parents=[common],
                                    help="sign-off: sign a released appraisal in a role, and who has signed")
    appraisal_actions = appraisal.add_subparsers(dest="appraisal_command", metavar="ACTION", required=True)
    sign = appraisal_actions.add_parser(
        "sign", parents=[common],
        help="sign a person's current appraisal as manager, employee or HR (in that order, once released); "
             f"the identity's password from {IDENTITY_PASSWORD_VARIABLE}, or asked")
    sign.add_argument("--cycle", required=True, metavar="C", help="the cycle's name or id")
    sign.add_argument("--employee", required=True, metavar="EMPLOYEE_NO", help="whose appraisal")
    sign.add_argument("--as", dest="role", required=True, choices=ROLES, help="the role signed in")
    sign.add_argument("--identity", metavar="EMPLOYEE_NO",
                      help="the signer's employee number (default: the one person holding the role who has an "
                           "identity here)")
    sign.add_argument("--disagree", action="store_true", help="employee only: acknowledged, but I disagree")
    sign.add_argument("--comment", metavar="TEXT", help="becomes part of what is signed")
    sign.add_argument("--out", type=Path, metavar="FILE", help="also write the signed PDF here")
    sign.add_argument("--file", type=Path, metavar="FILE.pdf",
                      help="sign this copy in place (e.g. one `pdf batch --sign-as` wrote) instead of the "
                           "program's signing copy; it must be the person's current appraisal")
    sign.add_argument("--language", choices=["en", "zh"], default="en",
                      help="language of the document (when it is first written) and of the stamp")
    sign.set_defaults(handler=_run_sign)
    status = appraisal_actions.add_parser("status", parents=[common],
                                          help="each appraisal's signatures (who, role, when) and what is missing")
    status.add_argument("--cycle", required=True, metavar="C", help="the cycle's name or id")
    status.set_defaults(handler=_run_status)


def _typed_or_refused(prompt: str, variable: str, refusal) -> str:
    """The password in ``variable``, else typed on the terminal; ``refusal`` when neither."""
    if variable in os.environ:
        return os.environ[variable]
    if not sys.stdin.isatty():
        raise refusal
    try:
        return getpass.getpass(prompt)
    except EOFError:  # Ctrl-D at the prompt
        raise refusal from None


def sign_and_copy(workstation, sign, path: Path, out: Path | None, holder_name: str, role: str, identity_id: int,
                  disagrees: bool, comment: str | None, language: str):
    """Sign ``path`` in place with ``sign`` (an appraisal's or a plan's signing service) and,
    with ``out``, copy the signed file there. A signature cannot be taken back, so ``out`` is
    checked writable before the password is asked; a file that cannot be replaced fails the
    unit of work, so nothing is recorded."""
    from ..io.files import check_writable, write_whole

    if out is not None:
        try:
            check_writable(out)
        except OSError as error:
            raise ValidationError.coded("file_not_written", path=str(out),
                                        detail=f"{error.strerror or error}; nothing was signed") from None
    password = _identity_password(holder_name)
    try:
        revision = workstation.call(sign, path, role, identity_id, password, disagrees, comment, language)
    except OSError as error:
        raise ValidationError.coded("file_not_written", path=str(path), detail=str(error.strerror or error)) from None
    if out is not None:
        try:
            write_whole(out, path.read_bytes())
        except OSError as error:
            raise ValidationError.coded("file_not_written", path=str(out), detail=(
                f"{error.strerror or error}; the signature is made and kept in {path}")) from None
    return revision


def _identity_password(holder: str) -> str:
    return _typed_or_refused(f"Password of {holder}'s signing identity: ", IDENTITY_PASSWORD_VARIABLE,
                             ValidationError.coded("password_not_given", name=holder,
                                                   variable=IDENTITY_PASSWORD_VARIABLE))


def _new_password(prompt: str) -> str:
    from .access import new_password

    try:
        return new_password(prompt)
    except EOFError:  # Ctrl-D at the prompt: no password, which the service refuses as too short
        return ""


# -- identities ------------------------------------------------------------------------------------------
def _run_identity_create(args) -> tuple[dict[str, Any], str]:
    from ..access import require_hr
    from ..appraisal.export import employee_id_by_number
    from ..appraisal.identities import company_ca, create_employee_identity
    from .runner import workstation_from_args

    workstation = workstation_from_args(args)
    with workstation.unit() as session:  # refused before any password is asked
        require_hr(session)
        employee_id = employee_id_by_number(session, args.employee)
        by_ca = not args.self_signed and company_ca(session) is not None
    ca_password = _typed_or_refused("Password of the company CA: ", CA_PASSWORD_VARIABLE, ValidationError.coded(
        "ca_password_not_given", variable=CA_PASSWORD_VARIABLE)) if by_ca else None
    password = _new_password("Password of the new signing identity: ")
    created = workstation.call(create_employee_identity, employee_id, password, ca_password)
    issued = "issued by the company CA" if by_ca else "self-signed"
    return ({"identity": _identity_dict(created, args.employee.strip())},
            f"Signing identity of {created.holder_name} ({args.employee.strip()}) created, {issued}; "
            f"valid until {created.not_after.date()}. Keep its password safe: it is stored nowhere.")


def _identity_dict(identity, employee_no: str | None) -> dict[str, Any]:
    from ..appraisal.identities import IdentityRow

    return IdentityRow(identity, employee_no).as_dict()


def _run_identity_create_ca(args) -> tuple[dict[str, Any], str]:
    from ..access import require_hr
    from ..appraisal.identities import company_ca, create_company_ca
    from ..text import refuse_hidden_characters
    from .runner import workstation_from_args

    workstation = workstation_from_args(args)
    with workstation.unit() as session:
        require_hr(session)
        refuse_hidden_characters("name", args.organisation)
        existing = company_ca(session)
        if existing is not None:
            raise ValidationError.coded("company_ca_exists", name=existing.holder_name)
    password = _new_password("Password of the company CA: ")
    created = workstation.call(create_company_ca, args.organisation.strip(), password)
    return ({"identity": _identity_dict(created, None)},
            f"Company CA {created.holder_name} created; identity create now issues identities from it "
            f"(its password from {CA_PASSWORD_VARIABLE}, or asked).")


def _run_identity_list(args) -> tuple[dict[str, Any], str]:
    from ..appraisal.identities import identity_rows
    from .runner import workstation_from_args

    rows = [row.as_dict() for row in workstation_from_args(args).call(identity_rows)]
    kinds = {"ca": "company CA", "issued_by_ca": "issued by CA", "self_signed_or_imported": "self-signed/imported"}
    lines = [f"{r['id']:>4}  {r['employee_no'] or '-':<10} {kinds[r['kind']]:<21} {r['valid_until']}  "
             f"{r['fingerprint'][:16]}…  {r['holder']}" for r in rows]
    return {"identities": rows}, "\n".join(lines) or \
        "No signing identity yet. HR creates one: main.py identity create --employee EMPLOYEE_NO"


def _run_timestamp_server(args) -> tuple[dict[str, Any], str]:
    from ..appraisal.timestamps import save_timestamp_server, timestamp_server
    from .runner import workstation_from_args

    workstation = workstation_from_args(args)
    if args.clear and args.url:
        raise ValidationError.coded("timestamp_url_invalid", value=f"{args.url} --clear")
    if args.clear or args.url is not None:
        server = workstation.call(save_timestamp_server, None if args.clear else args.url)
    else:
        server = workstation.call(timestamp_server)
    payload = {"timestamp_server": server.url, "trusted_timestamp_certificates": server.trusted_certificates}
    if server.url is None:
        return payload, "No timestamp server: signatures carry no timestamp. HR names one: " \
                         "main.py identity timestamp-server URL"
    return payload, (f"Timestamp server: {server.url}. Every signature carries its timestamp (PAdES B-T); "
                     f"{server.trusted_certificates} timestamp certificate(s) trusted.")


def _run_long_term_validation(args) -> tuple[dict[str, Any], str]:
    from ..appraisal.long_term import embeds_on_signing, save_embeds_on_signing
    from .runner import workstation_from_args

    workstation = workstation_from_args(args)
    if args.state is not None:
        embeds = workstation.call(save_embeds_on_signing, args.state == "on")
    else:
        embeds = workstation.call(embeds_on_signing)
    if embeds:
        return {"embed_validation_data": True}, ("Each signature is followed by the document's validation data "
                                                 "(PAdES B-LT).")
    return {"embed_validation_data": False}, ("Signatures are not followed by validation data; extend a file "
                                              "with: main.py verify --extend-ltv FILE")


# -- sign-off --------------------------------------------------------------------------------------------
def _run_sign(args) -> tuple[dict[str, Any], str]:
    from ..appraisal.export import employee_id_by_number
    from ..appraisal.sign_off import prepare_signature, sign_off_status
    from ..appraisal.signing import sign_appraisal
    from ..cycles.setup import find_cycle
    from .runner import workstation_from_args

    comment = (args.comment or "").strip() or None
    workstation = workstation_from_args(args)
    with workstation.unit() as session:  # every refusal but a wrong password comes before it is asked
        cycle_id = find_cycle(session, args.cycle)
        employee_id = employee_id_by_number(session, args.employee)
        signer_id = employee_id_by_number(session, args.identity) if args.identity else None
        prepared = prepare_signature(session, cycle_id, employee_id, args.role, signer_id, args.disagree, comment,
                                     args.language, args.file)
    if args.out is not None and args.out.is_dir():
        raise ValidationError.coded("file_not_written", path=str(args.out), detail="it is a folder")
    revision = sign_and_copy(workstation, sign_appraisal, prepared.path, args.out, prepared.holder_name,
                             prepared.role, prepared.identity_id, args.disagree, comment, args.language)
    status = next(row for row in workstation.call(sign_off_status, cycle_id)
                  if row.employee_no == prepared.employee_no)
    payload = {"cycle": args.cycle, "employee_no": prepared.employee_no, "name": prepared.employee_name,
               "role": revision.role, "signer": revision.signer,
               "signed_at": revision.signed_at.isoformat(timespec="seconds"),
               "file": str(args.out if args.out is not None else prepared.path),
               "missing": list(status.missing), "next_role": status.next_role}
    waiting = f" Next: {status.next_role}." if status.next_role else " Every signer has signed."
    return payload, (f"Signed the appraisal of {prepared.employee_name} ({prepared.employee_no}) as "
                     f"{revision.role} with the identity of {revision.signer}: {payload['file']}.{waiting}")


def _run_status(args) -> tuple[dict[str, Any], str]:
    from ..appraisal.sign_off import sign_off_status
    from ..cycles.setup import find_cycle
    from .runner import workstation_from_args

    with workstation_from_args(args).unit() as session:
        rows = sign_off_status(session, find_cycle(session, args.cycle))
    lines = []
    for row in rows:
        signed = "; ".join(f"{s.role} {s.signer} {s.signed_at.astimezone():%Y-%m-%d %H:%M}" + (" (disagrees)" if s.disagrees else "")
                           for s in row.signatures) or "no signature"
        if not row.missing:
            waiting = "complete"
        elif not row.released:
            waiting = "not released yet"
        else:
            waiting = "missing: " + ", ".join(row.missing)
        lines.append(f"{row.employee_no} {row.name} (version {row.version}): {signed} — {waiting}")
    complete = sum(1 for row in rows if not row.missing)
    lines.append(f"{complete} of {len(rows)} appraisal(s) signed by manager, employee and HR.")
    return {"cycle": args.cycle, "appraisals": [row.as_dict() for row in rows]}, "\n".join(lines)
