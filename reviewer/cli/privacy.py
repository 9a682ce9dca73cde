"""`main.py privacy export --employee NO --out FILE.zip [--language zh]`: everything stored
about one person as a ZIP for a data-access request (HR only); `main.py privacy erase
--dry-run | --confirm [--employee NO]`: leavers past the retention period anonymised.
Both over reviewer.privacy."""
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
    add_erase_command(actions, common)


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


def add_erase_command(actions, common: argparse.ArgumentParser) -> None:
    erase = actions.add_parser(
        "erase", parents=[common],
        help="anonymise leavers whose retention period has run out (HR only): names become a pseudonym, free "
             "text and evidence go, scores and signature hashes stay")
    how = erase.add_mutually_exclusive_group(required=True)
    how.add_argument("--dry-run", action="store_true", help="list who would be anonymised and what goes; change nothing")
    how.add_argument("--confirm", action="store_true", help="anonymise them (cannot be undone)")
    erase.add_argument("--employee", action="append", metavar="NO",
                       help="only this person (repeat for more); refused when they are not past retention")
    erase.set_defaults(handler=_run_erase)


def _run_erase(args) -> tuple[dict[str, Any], str]:
    from ..appraisal.export import employee_id_by_number
    from ..privacy import anonymise_leavers, leavers_due, retention_months
    from ..privacy.erasure import check_due
    from .runner import _stderr_progress, workstation_from_args

    with workstation_from_args(args).unit() as session:
        months = retention_months(session)
        chosen = [employee_id_by_number(session, number) for number in args.employee] if args.employee else None
        due = [check_due(session, employee_id) for employee_id in chosen] if chosen else leavers_due(session)
        if args.dry_run:
            rows = [{"employee_no": d.employee_no, "name": d.name, "department": d.department,
                     "left_on": d.left_on.isoformat(), "retention_ended": d.retention_ended.isoformat(),
                     "appraisals": d.appraisals, "plans": d.plans, "feedback_comments": d.feedback_comments,
                     "evidence": d.evidence, "signatures": d.signatures} for d in due]
            lines = [f"{r['employee_no']}  {r['name']}  left {r['left_on']} ({r['department']}): "
                     f"{r['appraisals']} appraisals, {r['plans']} plans, {r['feedback_comments']} 360 comments, "
                     f"{r['evidence']} evidence items, {r['signatures']} signatures" for r in rows]
            head = (f"{len(rows)} leavers are past the retention period of {months} months; with --confirm their "
                    f"names become a pseudonym and their free text and evidence are erased (scores and signature "
                    f"hashes stay):" if rows else
                    f"No leaver is past the retention period of {months} months; nothing to anonymise.")
            return {"dry_run": True, "retention_months": months, "leavers": rows}, "\n".join([head, *lines])
        if not due:
            return ({"dry_run": False, "retention_months": months, "anonymised": []},
                    f"No leaver is past the retention period of {months} months; nothing was anonymised.")
        result = anonymise_leavers(session, [d.employee_id for d in due], progress=_stderr_progress())
    lines = [f"{d.employee_no} is now {p.pseudonym}: {p.texts_erased} texts erased, {p.evidence_removed} evidence "
             f"items and {p.files_deleted} files removed, {p.audit_entries_rewritten} audit entries rewritten"
             for d, p in zip(due, result.people)]
    return ({"dry_run": False, **result.as_dict()},
            "\n".join([f"Anonymised {len(result.people)} leavers past the retention period of {months} months.",
                       *lines, "Backups and copies kept aside made before now still hold their data: delete "
                               "those you no longer need."]))
