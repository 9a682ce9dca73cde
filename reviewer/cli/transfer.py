"""Command-line import and export: the same services the import wizard uses."""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..progress import Progress


def _import_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="a .csv or .xlsx file")
    parser.add_argument("--mapping", help="columns, e.g. 'employee_no=工号,value=实际值' "
                                          "(default: recognised from the headers)")
    parser.add_argument("--encoding", help="CSV text encoding, e.g. gbk or utf-8 (default: detected)")
    parser.add_argument("--sheet", help="XLSX sheet name (default: the first)")
    parser.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
    parser.add_argument("--valid-only", action="store_true", help="import the valid rows even if others are bad")
    parser.add_argument("--report", type=Path, help="where to write rejected rows, .csv or .xlsx "
                                                    "(default: FILE.rejected.csv in the current folder)")


def add_commands(commands, common: argparse.ArgumentParser) -> None:
    importing = commands.add_parser("import", parents=[common], help="import people, actuals, reviews or targets from CSV or XLSX")
    kinds = importing.add_subparsers(dest="import_kind", metavar="WHAT", required=True)
    explanation = ("By default nothing is imported while any row has a problem; the rejected rows "
                   "and their reasons are written to a CSV report.")
    people = kinds.add_parser("people", parents=[common], description=explanation,
                              help="import or update a roster (matched by employee number)")
    _import_options(people)
    people.set_defaults(handler=run_import)
    actuals = kinds.add_parser("actuals", parents=[common], description=explanation,
                               help="add actual results: employee number, KPI code, value, date")
    _import_options(actuals)
    actuals.add_argument("--cycle", help="the cycle the values belong to (default: found from each date)")
    actuals.set_defaults(handler=run_import)
    reviews = kinds.add_parser("reviews", parents=[common], description=explanation,
                               help="self-reviews and manager reviews: employee number, part (self or "
                                    "manager), one column per field")
    _import_options(reviews)
    reviews.add_argument("--cycle", required=True, help="the cycle whose appraisals the reviews belong to")
    reviews.add_argument("--submit", action="store_true", help="also submit (lock) each imported review")
    reviews.set_defaults(handler=run_import)
    targets = kinds.add_parser("targets", parents=[common], description=explanation + (
        " Each person's rows are their whole set of targets in the cycle; their weights must total 100."),
                               help="targets: employee number, KPI code, target, weight, optional band limits")
    _import_options(targets)
    targets.add_argument("--cycle", required=True, help="the cycle the targets belong to")
    targets.set_defaults(handler=run_import)

    exporting = commands.add_parser("export", parents=[common],
                                    help="export people, targets, actuals, results or history")
    exporting.add_argument("what", choices=["people", "targets", "actuals", "results", "history"])
    exporting.add_argument("file", type=Path, help="a .xlsx or .csv file to write")
    exporting.add_argument("--cycle", help="only this cycle (targets, actuals, results)")
    _history_options(exporting)
    exporting.set_defaults(handler=run_export)


def _history_options(parser: argparse.ArgumentParser) -> None:
    whose = parser.add_mutually_exclusive_group()
    whose.add_argument("--employee", metavar="NO", help="history: one person's results across cycles")
    whose.add_argument("--department", metavar="D",
                       help="history: compare a department (with its sub-departments) across cycles")
    whose.add_argument("--manager", metavar="NO", help="history: compare a manager's reporting line across cycles")
    parser.add_argument("--cycles", metavar="C1,C2",
                        help="history: only these cycles, by name (default: every cycle with appraisals)")
    parser.add_argument("--language", choices=["en", "zh"], default="en", help="history: language of the headers")


def _report_path(args) -> Path:
    """--report, else the current folder: the input may sit in a shared or read-only
    folder (a mail attachment, a network share) where a report of personal data must not go."""
    from ..io.files import safe_file_name

    return args.report or Path.cwd() / f"{safe_file_name(args.file.stem, 'import')}.rejected.csv"


def _import(args, session, table, progress):
    if args.import_kind == "people":
        from ..roster import guess_mapping, import_roster, remembered_mapping
        from ..roster.columns import parse_mapping_option

        mapping = (parse_mapping_option(args.mapping, table.headers) if args.mapping
                   else guess_mapping(table.headers, remembered_mapping(session)))
        return import_roster(session, table, mapping, valid_only=args.valid_only, dry_run=args.dry_run,
                             source=args.file, progress=progress)
    if args.import_kind in ("reviews", "targets"):
        module = _cycle_import_module(args.import_kind)
        mapping = (module.parse_mapping_option(args.mapping, table.headers) if args.mapping
                   else module.guess_mapping(table.headers, module.remembered_mapping(session)))
        options = {"submit": args.submit} if args.import_kind == "reviews" else {}
        run = module.import_reviews if args.import_kind == "reviews" else module.import_targets
        return run(session, table, mapping, cycle=args.cycle, valid_only=args.valid_only, dry_run=args.dry_run,
                   source=args.file, progress=progress, **options)
    from ..kpi.actuals_import import guess_mapping, import_actuals, parse_mapping_option, remembered_mapping

    mapping = (parse_mapping_option(args.mapping, table.headers) if args.mapping
               else guess_mapping(table.headers, remembered_mapping(session)))
    return import_actuals(session, table, mapping, cycle=args.cycle, valid_only=args.valid_only,
                          dry_run=args.dry_run, source=args.file, progress=progress)


def _cycle_import_module(kind: str):
    if kind == "reviews":
        from ..reviews import importing
        return importing
    from ..kpi import targets_import
    return targets_import


def _import_checking_again_once(args, workstation, table, progress):
    """One transaction; when another program stored the same people between this run's
    checks and its writes, check every row again against what it stored and write once
    more (the people it added are then updated, not added twice)."""
    from .runner import say
    from ..errors import ChangedMeanwhile

    try:
        with workstation.unit() as session:
            return _import(args, session, table, progress)
    except ChangedMeanwhile:
        say("Another program imported people at the same time; checking the rows again against what it stored.")
    with workstation.unit() as session:
        return _import(args, session, table, progress)


def run_import(args) -> tuple[dict[str, Any], str, int]:
    from .runner import workstation_from_args, say
    from ..io.tables import read_table
    from ..errors import ValidationError
    from ..io.rejected import write_rejected_rows

    table = read_table(args.file, encoding=args.encoding, sheet=args.sheet)
    workstation = workstation_from_args(args)
    progress = Progress(report=lambda f, m: say(f"[{f:4.0%}] {m}"))
    result = _import_checking_again_once(args, workstation, table, progress)
    payload = {"file": str(args.file), "rows": len(table.rows), "encoding": table.encoding, **result.as_dict()}
    lines = [f"{args.file.name}: {len(table.rows)} rows — {_written_counts(result)}, {result.unchanged} unchanged, "
             f"{result.rejected} rejected."]
    if result.problems:
        for problem in result.problems[:20]:
            say(f"  {problem}")
        if len(result.problems) > 20:
            say(f"  … and {len(result.problems) - 20} more")
        try:
            report = write_rejected_rows(_report_path(args), table, result.problems).resolve()
        except ValidationError as error:  # the import itself stands; only the report is missing
            lines.append(f"The rejected rows could not be saved: {error} Choose a file with --report.")
        else:
            payload["report"] = str(report)
            lines.append(f"Rejected rows and reasons saved to {report}")
    if result.imported:
        lines.append("Imported." if not result.rejected else "Imported the valid rows only.")
    elif args.dry_run:
        lines.append("Dry run: nothing was written.")
    elif result.problems:
        lines.append("Nothing was imported: fix the rows above, or use --valid-only to import the valid rows.")
    return payload, "\n".join(lines), 1 if result.problems else 0


def _written_counts(result) -> str:
    """What the import wrote; when it wrote nothing (a dry run, or rows were rejected),
    what it would have written, never counts that read as done."""
    kinds = [("new", "would add", result.created)]
    if hasattr(result, "updated"):  # results (actuals) are only ever added
        kinds.append(("updated", "would update", result.updated))
    if getattr(result, "removed", 0):
        kinds.append(("removed", "would remove", result.removed))
    if result.imported:
        return ", ".join(f"{count} {done}" for done, _would, count in kinds)
    would = ", ".join(f"{would} {count}" for _done, would, count in kinds if count)
    return f"nothing imported ({would})" if would else "nothing imported"


def run_export(args) -> tuple[dict[str, Any], str]:
    from .runner import workstation_from_args
    from ..io.exports import export

    workstation = workstation_from_args(args)
    if args.what == "history":
        return _export_history(args, workstation)
    with workstation.unit() as session:
        path, count = export(session, args.what, args.file, cycle=args.cycle)
    return ({"file": str(path), "what": args.what, "rows": count},
            f"Exported {count} rows of {args.what} to {path}.")


def _export_history(args, workstation) -> tuple[dict[str, Any], str]:
    from ..appraisal.history import department_by_name, employee_by_number, export_history
    from ..io.exports import cycle_id_by_name

    with workstation.unit() as session:
        cycle_ids = None if not args.cycles else [
            cycle_id_by_name(session, name.strip()) for name in args.cycles.split(",") if name.strip()]
        path, count = export_history(
            session, args.file, cycle_ids=cycle_ids, language=args.language,
            employee_id=employee_by_number(session, args.employee) if args.employee else None,
            manager_id=employee_by_number(session, args.manager) if args.manager else None,
            department_id=department_by_name(session, args.department) if args.department else None)
    return ({"file": str(path), "what": "history", "rows": count},
            f"Exported {count} rows of history to {path}.")
