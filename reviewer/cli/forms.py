"""Command-line 360 rounds: assign raters, follow progress, export fillable PDFs
and import the returned ones."""
from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from ..progress import Progress


def add_commands(commands, common: argparse.ArgumentParser) -> None:
    forms = commands.add_parser("forms", parents=[common], help="offline 360 and self-review forms as fillable PDFs")
    actions = forms.add_subparsers(dest="forms_action", metavar="ACTION", required=True)
    export = actions.add_parser("export", parents=[common],
                                help="one fillable PDF per rater for the cycle's open requests, or with "
                                     "--kind self-review one per person whose self-review is open")
    export.add_argument("--cycle", required=True, help="the cycle's name, e.g. '2026 H2'")
    export.add_argument("--kind", choices=["360", "self-review"], default="360",
                        help="360 feedback forms (default) or self-review forms")
    export.add_argument("--out", type=Path, required=True, help="folder to write the forms into")
    export.add_argument("--language", choices=["en", "zh"], default="en", help="language of the form's labels")
    export.set_defaults(handler=run_export)
    importing = actions.add_parser("import", parents=[common],
                                   help="import returned 360 and self-review forms (files or folders of PDFs)")
    importing.add_argument("paths", type=Path, nargs="+", metavar="PATH")
    importing.set_defaults(handler=run_import)
    assign = actions.add_parser("assign", parents=[common],
                                help="ask raters by the default rule: self, manager, direct reports, N peers")
    assign.add_argument("--cycle", required=True, help="the cycle's name")
    assign.add_argument("--peers", type=int, default=3, help="peers per person (default 3)")
    assign.add_argument("--no-reports", action="store_true", help="do not ask managers' direct reports")
    assign.add_argument("--due", type=date.fromisoformat, help="due date, e.g. 2026-12-15")
    assign.set_defaults(handler=run_assign)
    progress = actions.add_parser("progress", parents=[common],
                                  help="completion by department and the overdue requests")
    progress.add_argument("--cycle", required=True, help="the cycle's name")
    progress.set_defaults(handler=run_progress)
    release = actions.add_parser("release", parents=[common],
                                 help="publish the cycle's 360 results before its 360 stage ends (HR); "
                                      "from then on no more answers are accepted")
    release.add_argument("--cycle", required=True, help="the cycle's name")
    when = release.add_mutually_exclusive_group()
    when.add_argument("--on", type=date.fromisoformat, metavar="DATE",
                      help="publish from this day, e.g. 2026-12-01 (default: today)")
    when.add_argument("--clear", action="store_true", help="take the release date back")
    release.set_defaults(handler=run_release)


def _pdfs(paths: list[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() == ".pdf")
        else:
            found.append(path)
    return found


def run_export(args) -> tuple[dict[str, Any], str]:
    from .runner import workstation_from_args, say
    from ..io.exports import cycle_id_by_name
    from ..feedback.offline_export import export_forms, open_requests

    workstation = workstation_from_args(args)
    progress = Progress(report=lambda f, m: say(f"[{f:4.0%}] {m}"))
    if args.kind == "self-review":
        return _export_self_reviews(args, workstation, progress)
    with workstation.unit() as session:
        cycle_id = cycle_id_by_name(session, args.cycle)
        requests = open_requests(session, cycle_id)
        written = export_forms(session, requests, args.out, language=args.language, progress=progress)
    payload = {"cycle": args.cycle, "folder": str(args.out), "requests": len(requests),
               "forms": [{"file": str(f.path), "rater": f.rater, "requests": f.requests} for f in written]}
    if not requests:
        return payload, f"{args.cycle} has no open feedback requests; no forms were written."
    return payload, f"Wrote {len(written)} forms for {len(requests)} open requests to {args.out}."


def _export_self_reviews(args, workstation, progress) -> tuple[dict[str, Any], str]:
    from ..io.exports import cycle_id_by_name
    from ..reviews.offline_self_review import export_self_review_forms, open_self_reviews

    with workstation.unit() as session:
        appraisals = open_self_reviews(session, cycle_id_by_name(session, args.cycle))
        written = export_self_review_forms(session, appraisals, args.out, language=args.language, progress=progress)
    payload = {"cycle": args.cycle, "kind": "self-review", "folder": str(args.out),
               "forms": [{"file": str(f.path), "employee_no": f.employee_no, "name": f.name} for f in written]}
    if not appraisals:
        return payload, f"Nobody in {args.cycle} has a self-review still to write; no forms were written."
    return payload, f"Wrote {len(written)} self-review forms to {args.out}."


def verdict_line(result) -> str:
    """One returned file's verdict as printed: a file name's line breaks are escaped, so
    each file's verdict stays one line."""
    from ..text import visible

    return f"{'accepted' if result.accepted else 'REJECTED'}  {visible(result.file)}: {result.message}"


def run_import(args) -> tuple[dict[str, Any], str, int]:
    from .runner import workstation_from_args, say
    from ..reviews.offline_self_review import import_returned_forms as import_forms

    files = _pdfs(args.paths)
    workstation = workstation_from_args(args)
    progress = Progress(report=lambda f, m: say(f"[{f:4.0%}] {m}"))
    with workstation.unit() as session:
        results = import_forms(session, files, progress=progress)
    accepted = sum(r.accepted for r in results)
    lines = [verdict_line(r) for r in results]
    lines.append(f"{accepted} of {len(results)} files accepted.")
    payload = {"accepted": accepted, "rejected": len(results) - accepted, "files": [r.as_dict() for r in results]}
    return payload, "\n".join(lines), 0 if accepted == len(results) else 1


def run_assign(args) -> tuple[dict[str, Any], str]:
    from .runner import workstation_from_args
    from ..people.directory import list_people
    from ..io.exports import cycle_id_by_name
    from ..feedback.assignment import Rule, assign, propose

    workstation = workstation_from_args(args)
    with workstation.unit() as session:
        cycle_id = cycle_id_by_name(session, args.cycle)
        people = [person.id for person in list_people(session) if person.is_active]
        proposals = propose(session, cycle_id, people, Rule(peers=args.peers, include_reports=not args.no_reports))
        created = assign(session, cycle_id, proposals, due_date=args.due)
    return {"cycle": args.cycle, "created": created}, f"{created} feedback requests created in {args.cycle}."


def run_progress(args) -> tuple[dict[str, Any], str]:
    from .runner import workstation_from_args
    from ..io.exports import cycle_id_by_name
    from ..feedback.tracking import completion, overdue, request_rows

    workstation = workstation_from_args(args)
    with workstation.unit() as session:
        rows = request_rows(session, cycle_id_by_name(session, args.cycle))
    whole, departments, late = completion(rows, "cycle")[0], completion(rows, "department"), overdue(rows)
    lines = [f"{whole.submitted} of {whole.total} forms submitted ({whole.share:.0%}); {len(late)} overdue."]
    lines += [f"  {d.share:4.0%}  {d.submitted:>5}/{d.total:<5} {d.label}" for d in departments]
    lines += [f"  overdue since {r.due_date}: {r.rater_name} about {r.subject_name}" for r in late[:50]]
    payload = {"submitted": whole.submitted, "total": whole.total,
               "departments": [{"department": d.label, "submitted": d.submitted, "total": d.total}
                               for d in departments],
               "overdue": [{"request": r.id, "rater": r.rater_name, "email": r.rater_email,
                            "subject": r.subject_name, "due": r.due_date.isoformat()} for r in late]}
    return payload, "\n".join(lines)


def run_release(args) -> tuple[dict[str, Any], str]:
    from .runner import workstation_from_args
    from ..io.exports import cycle_id_by_name
    from ..feedback.release import database_today, feedback_published, set_feedback_release, unanswered_requests

    workstation = workstation_from_args(args)
    with workstation.unit() as session:
        # The database's day, not this machine's: HR in another time zone must not close answering early.
        today = database_today(session)
        on = None if args.clear else (args.on or today)
        cycle = set_feedback_release(session, cycle_id_by_name(session, args.cycle), on, today)
        published = feedback_published(cycle, today)
        still_open = unanswered_requests(session, cycle.id)
    payload = {"cycle": args.cycle, "release_date": None if on is None else on.isoformat(), "published": published,
               "answering_closed": published, "requests_still_open": still_open}
    if on is None:
        text = f"The release date of {args.cycle}'s 360 results is taken back; they are published when its 360 stage ends."
    else:
        text = f"The 360 results of {args.cycle} are published from {on.isoformat()}."
    if published and on is None:
        text += " Its 360 stage has ended, so they are published now."
    elif not published:
        text += " They are not published yet."
    # Publishing closes answering: a form stored later would change the published figures by
    # exactly its rater's ratings. Say what that leaves unanswered.
    if published:
        text += (f" Answering is closed: {still_open} requests still open accept no more answers."
                 if still_open else " Answering is closed; every request was answered or closed.")
    elif on is not None:
        text += f" Answering closes then; {still_open} requests are still open."
    return payload, text
