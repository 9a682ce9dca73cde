"""`main.py pdf ...`: appraisal documents as PDF files."""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def add_commands(commands, common: argparse.ArgumentParser) -> None:
    pdf = commands.add_parser("pdf", parents=[common], help="appraisal documents as PDF")
    actions = pdf.add_subparsers(dest="pdf_action", metavar="ACTION", required=True)
    appraisal = actions.add_parser("appraisal", parents=[common], help="one person's appraisal in a cycle")
    appraisal.add_argument("--cycle", required=True, help="the cycle's name, e.g. '2026 H1'")
    appraisal.add_argument("--employee", required=True, help="the employee number, e.g. E10058")
    appraisal.add_argument("--out", type=Path, required=True, help="the PDF file to write")
    appraisal.add_argument("--language", choices=["en", "zh"], default="en", help="language of the document")
    appraisal.add_argument("--hr-copy", action="store_true",
                           help="HR's copy: adds the proposed band, the rank and the calibration record; "
                                "not for the employee and cannot be signed (HR only)")
    appraisal.set_defaults(handler=run_appraisal)
    batch = actions.add_parser("batch", parents=[common], help="every appraisal of a cycle, one PDF each")
    batch.add_argument("--cycle", required=True, help="the cycle's name")
    batch.add_argument("--department", help="only this department (and the ones under it): name or path A/B")
    batch.add_argument("--out", type=Path, required=True, help="the folder to write into")
    batch.add_argument("--sign-as", metavar="IDENTITY",
                       help="sign as manager with this identity (id or holder name): only the documents of its "
                            "holder's direct reports are written; the password is asked for, or read from "
                            "APPRAISAL_SIGNING_PASSWORD")
    batch.add_argument("--language", choices=["en", "zh"], default="en")
    batch.set_defaults(handler=run_batch)
    team = actions.add_parser("team", parents=[common], help="team summary: rating distribution and people")
    team.add_argument("--cycle", required=True)
    team.add_argument("--department", help="only this department (and the ones under it)")
    team.add_argument("--out", type=Path, required=True, help="a .pdf or .xlsx file")
    team.add_argument("--language", choices=["en", "zh"], default="en")
    team.set_defaults(handler=run_team)
    verify = commands.add_parser("verify", parents=[common],
                                 help="check the signatures of PDF files (exit 0 only for a document this database "
                                      "issued, signed in order by the holders of the roles, and unchanged since)")
    verify.add_argument("files", nargs="+", type=Path, metavar="FILE.pdf")
    verify.add_argument("--extend-ltv", action="store_true",
                        help="first extend each file for long-term validation (PAdES B-LT): embed its signers' and "
                             "timestamp authorities' certificate chains and the revocation data their services give; "
                             "only a file that verifies is extended (replaced whole)")
    verify.set_defaults(handler=run_verify)


def run_appraisal(args) -> tuple[dict[str, Any], str]:
    from ..appraisal.document import appraisal_document
    from ..appraisal.export import employee_id_by_number, issued_pdf
    from ..io.files import write_whole
    from .runner import workstation_from_args
    from ..io.exports import cycle_id_by_name

    workstation = workstation_from_args(args)
    with workstation.unit() as session:
        cycle_id = cycle_id_by_name(session, args.cycle)
        hr_copy = getattr(args, "hr_copy", False)
        document = appraisal_document(session, cycle_id, employee_id_by_number(session, args.employee),
                                      hr_copy=hr_copy)
        if hr_copy:  # never sealed: it must not pass for the document the signers sign
            from ..pdf.appraisal_pdf import render_appraisal

            pdf = render_appraisal(document, args.language)
        else:
            pdf = issued_pdf(session, document, args.language)
    write_whole(args.out, pdf)
    payload = {"file": str(args.out), "cycle": args.cycle, "employee": args.employee, "name": document.employee_name,
               "draft": document.draft, "evidence_files": len(document.evidence)}
    state = "a draft (the cycle is not closed or the appraisal not released)" if document.draft else "final"
    return payload, f"Wrote the appraisal of {document.employee_name} in {args.cycle} to {args.out}; it is {state}."


def run_verify(args) -> tuple[dict[str, Any], str, int]:
    from ..appraisal.verdicts import as_dict, extension_lines, signature_lines, summary
    from ..appraisal.verify import verify_pdf
    from .runner import workstation_from_args

    workstation = workstation_from_args(args)
    extensions = {}
    if args.extend_ltv:
        from ..appraisal.long_term import extend_pdf

        for path in args.files:
            extensions[path] = workstation.call(extend_pdf, path)
    with workstation.unit() as session:
        checks = [verify_pdf(session, path) for path in args.files]
    lines = []
    for path, check in zip(args.files, checks):
        lines += [f"{check.path}:"]
        if path in extensions:
            lines += [f"  {line}" for line in extension_lines(extensions[path])]
        lines += [f"  {line}" for line in summary(check)]
        for signature in check.signatures:
            first, *rest = signature_lines(signature)
            lines += [f"  - {first}", *(f"    {line}" for line in rest)]
    every_valid = all(check.valid for check in checks)  # intact and not changed beyond what the signatures allow
    documents = [as_dict(c) for c in checks]
    for path, document in zip(args.files, documents):
        if path in extensions:
            document["extension"] = _extension_dict(extensions[path])
    return {"documents": documents}, "\n".join(lines), 0 if every_valid else 1


def _extension_dict(extension) -> dict[str, Any]:
    return {"written": extension.written, "signatures": extension.signatures,
            "certificates": extension.certificates, "crls": extension.crls, "ocsps": extension.ocsps,
            "without_revocation": [{"subject": item.subject, "reason": item.reason}
                                   for item in extension.without_revocation],
            "unvalidated": list(extension.unvalidated)}


def _department_id(session, name: str | None) -> int | None:
    from ..errors import NotFound
    from ..people.directory import department_paths

    if not name:
        return None
    wanted = name.strip().strip("/")
    matches = [i for i, path in department_paths(session).items()
               if f"/{'/'.join(path)}".endswith(f"/{wanted}")]  # a name, a full path or its tail
    if len(matches) != 1:
        raise NotFound.coded("department_name_ambiguous" if matches else "department_name_unknown", name=name)
    return matches[0]


def _identity_id(session, wanted: str) -> int:
    from ..appraisal.identities import list_identities
    from ..errors import NotFound

    for identity in list_identities(session):
        if not identity.is_ca and identity.key_file and wanted in (str(identity.id), identity.holder_name):
            return identity.id
    raise NotFound.coded("identity_unknown_name", name=wanted)


def _signing_password() -> str:
    import getpass
    import os

    return os.environ.get("APPRAISAL_SIGNING_PASSWORD") or getpass.getpass("Password of the signing identity: ")


def run_batch(args) -> tuple[dict[str, Any], str]:
    from ..appraisal.batch import export_appraisals
    from .runner import _stderr_progress, workstation_from_args
    from ..io.exports import cycle_id_by_name

    workstation = workstation_from_args(args)
    with workstation.unit() as session:
        cycle_id = cycle_id_by_name(session, args.cycle)
        sign_as = (_identity_id(session, args.sign_as), _signing_password()) if args.sign_as else None
        result = export_appraisals(session, cycle_id, args.out, args.language, _department_id(session, args.department),
                                   sign_as, _stderr_progress())
    payload = {"folder": str(args.out), "written": len(result.written), "signed": result.signed,
               "already_signed": result.already_signed,
               "skipped": [{"employee_no": s.employee_no, "name": s.name, "reason": s.code, "message": s.reason}
                           for s in result.skipped]}
    text = f"Wrote {len(result.written)} appraisal PDFs to {args.out}" + (
        f"; {result.signed} signed as manager" if sign_as else "") + "."
    if result.skipped:
        text += f" Left out {len(result.skipped)}:" + "".join(f"\n  {s.employee_no} {s.reason}" for s in result.skipped)
    return payload, text


def run_team(args) -> tuple[dict[str, Any], str]:
    from ..appraisal.team_report import team_summary, write_team_pdf, write_team_xlsx
    from .runner import workstation_from_args
    from ..errors import ValidationError
    from ..io.exports import cycle_id_by_name

    suffix = args.out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise ValidationError.coded("report_file_ending", file=args.out.name)
    workstation = workstation_from_args(args)
    with workstation.unit() as session:
        summary = team_summary(session, cycle_id_by_name(session, args.cycle),
                               _department_id(session, args.department), args.language)
    (write_team_pdf if suffix == ".pdf" else write_team_xlsx)(summary, args.out, args.language)
    shares = {s.name: s.count for s in summary.distribution}
    return ({"file": str(args.out), "people": len(summary.rows), "distribution": shares},
            f"Wrote the team summary of {len(summary.rows)} people to {args.out}: "
            + ", ".join(f"{name} {count}" for name, count in shares.items()) + ".")
