"""The command line: batch jobs over the same services the windows use.

Exit codes: 0 success, 1 input rejected (the message says why), 2 usage error.
With --json the result goes to stdout as JSON; progress and messages go to stderr.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Callable

from .. import __version__
from ..errors import ReviewerError, SignInRequired
from ..progress import Progress
from ..text import is_hidden, visible_lines

EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2


def common_options(top_level: bool, sign_in: bool = True) -> argparse.ArgumentParser:
    """--db and --json, accepted before or after the command. Below the top level
    the defaults are suppressed, or they would overwrite a value given before it."""
    default = {} if top_level else {"default": argparse.SUPPRESS}
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH|URL", **default,
                        help="database file or postgresql:// URL (default: APPRAISAL_DB, "
                             "else appraisal.sqlite3 in your data folder)")
    common.add_argument("--json", action="store_true", **default,
                        help="print a machine-readable result on stdout")
    common.add_argument("--passphrase-file", metavar="FILE", type=Path, **default,
                        help="the passphrase of an encrypted database, on the file's first line "
                             "(else APPRAISAL_DB_PASSPHRASE, else asked on a terminal)")
    if not sign_in:  # the command has a --user of its own; sign in before the command
        return common
    common.add_argument("--user", metavar="NAME", **default,
                        help="sign in as this profile (password from APPRAISAL_PASSWORD or asked); "
                             "needed once a database has more than one profile")
    return common


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="main.py",
        description="Appraisal Workstation. Without a command, opens the main window.",
        parents=[common_options(top_level=True)],
    )
    common = common_options(top_level=False)
    parser.add_argument("--version", action="version", version=f"Appraisal Workstation {__version__}")
    parser.add_argument("--demo-if-empty", action="store_true",
                        help="(window) load the demo company when the database has no people yet")
    parser.add_argument("--lang", choices=("en", "zh_CN"),
                        help="(window) the window's language: en or zh_CN (Simplified Chinese); "
                             "remembered, and also chosen in Settings")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", parents=[common], help="fill an empty database with the demo company")
    demo.set_defaults(handler=_run_demo)

    db = commands.add_parser("db", parents=[common], help="database maintenance")
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    upgrade = db_commands.add_parser("upgrade", parents=[common],
                                     help="bring the schema up to date (backs up a SQLite file first)")
    upgrade.set_defaults(handler=_run_db_upgrade)
    info = db_commands.add_parser("info", parents=[common], help="schema version, location and rows per table")
    info.set_defaults(handler=_run_db_info)

    from . import access, calibrate, cycles, forms, goals, pdf, plans, privacy, signing, today, transfer

    for area in (access, transfer, forms, pdf, cycles, signing, goals, calibrate, plans, today, privacy):
        area.add_commands(commands, common)
    from . import backup

    backup.add_commands(commands, common)
    from . import encryption

    encryption.add_commands(commands, common)
    return parser


def say(message: str) -> None:
    """Messages and progress go to stderr, so --json output on stdout stays clean."""
    print(visible_lines(message), file=sys.stderr, flush=True)


def _json_text(document: dict[str, Any], indent: int | None = None) -> str:
    """The document as JSON to print. json.dumps escapes C0 controls but would print DEL, C1
    controls and the marks that reorder text raw; they are written as \\u escapes too."""
    lines = json.dumps(document, ensure_ascii=False, indent=indent, default=str).split("\n")
    return "\n".join(line if line.isprintable() else "".join(json.dumps(c)[1:-1] if is_hidden(c) else c for c in line)
                     for line in lines)


def _stderr_progress() -> Progress:
    return Progress(report=lambda fraction, message: say(f"[{fraction:4.0%}] {message}"))


def workstation_from_args(args):
    """The database of --db, opened as the profile of --user: every command acts as someone."""
    from db.location import resolve_database_url
    from db.migrate import open_database

    from ..workstation import identify

    database, upgrade = open_database(resolve_database_url(args.db))
    if upgrade.backup:
        say(f"Upgraded the database schema; the previous file was saved as {upgrade.backup}")
    username = getattr(args, "user", None)
    if username is None:
        return identify(database)
    from .access import sign_in_password

    return identify(database, username, sign_in_password(username))




def _run_demo(args) -> tuple[dict[str, Any], str]:
    from db.location import describe_url

    from ..demo import build_demo

    workstation = workstation_from_args(args)
    with workstation.unit() as session:
        summary = build_demo(session, _stderr_progress())
    result = {"database": describe_url(workstation.database.url), "employees": summary.employees,
              "departments": summary.departments, "cycles": summary.cycles,
              "improvement_plan_for": summary.improvement_plan_for}
    text = (f"Demo company created in {result['database']}: {summary.employees} people in "
            f"{summary.departments} departments, cycles {', '.join(summary.cycles)}.")
    return result, text


def _run_db_upgrade(args) -> tuple[dict[str, Any], str]:
    from db.location import describe_url, resolve_database_url
    from db.migrate import DatabaseOpenError, connect, upgrade_to_head

    url = resolve_database_url(args.db)
    engine = connect(url)
    try:
        outcome = upgrade_to_head(engine, url)
    except DatabaseOpenError:
        raise
    except Exception as error:  # driver errors: unreachable server, unreadable file
        raise DatabaseOpenError.coded("database_unopenable", path=describe_url(url),
                                      detail=str(getattr(error, "orig", error))) from error
    finally:
        engine.dispose()
    result = {"database": describe_url(url), "from_revision": outcome.from_revision,
              "to_revision": outcome.to_revision, "backup": str(outcome.backup) if outcome.backup else None}
    if not outcome.changed:
        text = f"{result['database']} is already at schema version {outcome.to_revision}."
    else:
        text = f"{result['database']} upgraded from {outcome.from_revision or 'empty'} to {outcome.to_revision}."
    return result, text


def _run_db_info(args) -> tuple[dict[str, Any], str]:
    from ..database.info import database_info

    info = workstation_from_args(args).call(database_info)
    lines = [f"Database:       {info.location}", f"Backend:        {info.backend}",
             f"Schema version: {info.schema_version}", "Rows per table:"]
    lines += [f"  {name:<26}{count:>10}" for name, count in info.counts.items()]
    return info.as_dict(), "\n".join(lines)


def run(argv: list[str]) -> int:
    """Run one command; returns the process exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # argparse has printed usage or help
        return int(exit_.code or 0)
    handler: Callable | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_usage(sys.stderr)
        return EXIT_USAGE
    from db.migrate import DatabaseOpenError

    try:
        from .encryption import remember_given_passphrase

        remember_given_passphrase(args)
        result, text, *code = handler(args)
    except SignInRequired as error:
        say(f"error: {error}")
        return EXIT_USAGE
    except (ReviewerError, DatabaseOpenError) as error:
        say(f"error: {error}")
        if args.json:
            code = {"code": error.code} if getattr(error, "code", None) else {}  # what a script can test
            print(_json_text({"ok": False, "error": str(error), **code}))
        return EXIT_REJECTED
    except KeyboardInterrupt:
        say("Interrupted; nothing was saved.")
        return 130
    exit_code = code[0] if code else EXIT_OK
    if args.json:
        # A command whose result is a list (e.g. blockers) prints the list itself.
        document = result if isinstance(result, list) else {"ok": exit_code == EXIT_OK, **result}
        print(_json_text(document, indent=2))
    else:
        print(visible_lines(text))
    return exit_code
