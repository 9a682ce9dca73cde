"""Command-line offline 360 forms: export fillable PDFs, import the returned ones."""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from .progress import Progress


def add_commands(commands, common: argparse.ArgumentParser) -> None:
    forms = commands.add_parser("forms", parents=[common], help="offline 360 forms as fillable PDFs")
    actions = forms.add_subparsers(dest="forms_action", metavar="ACTION", required=True)
    export = actions.add_parser("export", parents=[common],
                                help="one fillable PDF per rater for the cycle's open requests")
    export.add_argument("--cycle", required=True, help="the cycle's name, e.g. '2026 H2'")
    export.add_argument("--out", type=Path, required=True, help="folder to write the forms into")
    export.add_argument("--language", choices=["en", "zh"], default="en", help="language of the form's labels")
    export.set_defaults(handler=run_export)
    importing = actions.add_parser("import", parents=[common],
                                   help="import returned forms (files or folders of PDFs)")
    importing.add_argument("paths", type=Path, nargs="+", metavar="PATH")
    importing.set_defaults(handler=run_import)


def _pdfs(paths: list[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() == ".pdf")
        else:
            found.append(path)
    return found


def run_export(args) -> tuple[dict[str, Any], str]:
    from .cli import open_from_args, say
    from .exports import cycle_id_by_name
    from .feedback.offline_export import export_forms, open_requests

    database = open_from_args(args)
    progress = Progress(report=lambda f, m: say(f"[{f:4.0%}] {m}"))
    with database.session() as session:
        cycle_id = cycle_id_by_name(session, args.cycle)
        requests = open_requests(session, cycle_id)
        written = export_forms(session, requests, args.out, language=args.language, progress=progress)
    payload = {"cycle": args.cycle, "folder": str(args.out), "requests": len(requests),
               "forms": [{"file": str(f.path), "rater": f.rater, "requests": f.requests} for f in written]}
    if not requests:
        return payload, f"{args.cycle} has no open feedback requests; no forms were written."
    return payload, f"Wrote {len(written)} forms for {len(requests)} open requests to {args.out}."


def run_import(args) -> tuple[dict[str, Any], str, int]:
    from .cli import open_from_args, say
    from .feedback.offline_import import import_forms

    files = _pdfs(args.paths)
    database = open_from_args(args)
    progress = Progress(report=lambda f, m: say(f"[{f:4.0%}] {m}"))
    with database.session() as session:
        results = import_forms(session, files, progress=progress)
    accepted = sum(r.accepted for r in results)
    lines = [f"{'accepted' if r.accepted else 'REJECTED'}  {r.file}: {r.message}" for r in results]
    lines.append(f"{accepted} of {len(results)} files accepted.")
    payload = {"accepted": accepted, "rejected": len(results) - accepted, "files": [r.as_dict() for r in results]}
    return payload, "\n".join(lines), 0 if accepted == len(results) else 1
