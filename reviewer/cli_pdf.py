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
