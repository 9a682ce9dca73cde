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
    appraisal.set_defaults(handler=run_appraisal)
    verify = commands.add_parser("verify", parents=[common],
                                 help="check the signatures of PDF files (exit 0 only if every one is intact)")
    verify.add_argument("files", nargs="+", type=Path, metavar="FILE.pdf")
    verify.set_defaults(handler=run_verify)


def run_appraisal(args) -> tuple[dict[str, Any], str]:
    from .appraisal.document import appraisal_document
    from .appraisal.export import employee_id_by_number
    from .io.files import write_whole
    from .cli import open_from_args
    from .exports import cycle_id_by_name
    from .pdf.appraisal_pdf import render_appraisal

    database = open_from_args(args)
    with database.session() as session:
        cycle_id = cycle_id_by_name(session, args.cycle)
        document = appraisal_document(session, cycle_id, employee_id_by_number(session, args.employee))
    write_whole(args.out, render_appraisal(document, args.language))
    payload = {"file": str(args.out), "cycle": args.cycle, "employee": args.employee, "name": document.employee_name,
               "draft": document.draft, "evidence_files": len(document.evidence)}
    state = "a draft (the cycle is not closed or the appraisal not released)" if document.draft else "final"
    return payload, f"Wrote the appraisal of {document.employee_name} in {args.cycle} to {args.out}; it is {state}."


def run_verify(args) -> tuple[dict[str, Any], str, int]:
    from .appraisal.verdicts import as_dict, signature_lines, summary
    from .appraisal.verify import verify_pdf
    from .cli import open_from_args

    database = open_from_args(args)
    with database.session() as session:
        checks = [verify_pdf(session, path) for path in args.files]
    lines = []
    for check in checks:
        lines += [f"{check.path}:", *(f"  {line}" for line in summary(check))]
        for signature in check.signatures:
            first, *rest = signature_lines(signature)
            lines += [f"  - {first}", *(f"    {line}" for line in rest)]
    every_intact = all(check.intact for check in checks)
    return {"documents": [as_dict(c) for c in checks]}, "\n".join(lines), 0 if every_intact else 1
