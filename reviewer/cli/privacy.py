"""`main.py privacy export --employee NO --out FILE.zip [--language zh]`: everything stored
about one person as a ZIP for a data-access request (HR only), over reviewer.privacy."""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def add_commands(commands, common: argparse.ArgumentParser) -> None:
    privacy = commands.add_parser("privacy", parents=[common], help="personal data requests (HR only)")
    actions = privacy.add_subparsers(dest="privacy_command", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export", parents=[common],
        help="everything stored about one person as a ZIP (workbook, appraisal and plan PDFs, evidence files); "
             "confidential raters and their individual ratings are left out")
    export.add_argument("--employee", required=True, metavar="NO", help="the person's employee number")
    export.add_argument("--out", required=True, type=Path, metavar="FILE.zip", help="the ZIP file to write")
    export.add_argument("--language", choices=["en", "zh"], default="en", help="language of the workbook and PDFs")
    export.set_defaults(handler=_run_export)


def _run_export(args) -> tuple[dict[str, Any], str]:
    from ..appraisal.export import employee_id_by_number
    from ..privacy import export_personal_data
    from .runner import _stderr_progress, workstation_from_args

    with workstation_from_args(args).unit() as session:
        employee_id = employee_id_by_number(session, args.employee)
        result = export_personal_data(session, employee_id, args.out, args.language, _stderr_progress())
    payload = {"file": str(result.path), "employee_no": result.employee_no, "sheets": result.sheets,
               "pdfs": result.pdfs, "evidence_files": result.evidence_files}
    return payload, (f"Wrote the personal data of {result.employee_no} to {result.path}: {result.sheets} sheets, "
                     f"{result.pdfs} PDFs, {result.evidence_files} evidence files.")
