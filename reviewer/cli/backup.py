"""`main.py backup [--out FILE]` and `main.py restore FILE`, over reviewer.database.backup.

HR only where profiles exist (the owner of a database without profiles may too). A server
database is refused with the pg_dump command that backs it up instead.
"""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def add_commands(commands, common: argparse.ArgumentParser) -> None:
    backup = commands.add_parser(
        "backup", parents=[common],
        help="back up the SQLite database (default: a dated file in the backups folder of your data "
             "folder, keeping the newest 10)")
    backup.add_argument("--out", metavar="FILE", type=Path,
                        help="write the backup to this file (or folder) instead; not rotated")
    backup.set_defaults(handler=_run_backup)
    restore = commands.add_parser(
        "restore", parents=[common],
        help="put a backup in place of the database after checking it; the current file is kept aside")
    restore.add_argument("file", metavar="FILE", type=Path, help="the backup file to restore")
    restore.set_defaults(handler=_run_restore)


def _hr_workstation(args, url: str):
    """The acting profile, refused unless HR; None when the current file cannot be opened
    (damaged: the reason to restore), which then has no profiles to ask."""
    from db.migrate import DatabaseOpenError

    from ..access import require_hr
    from .runner import workstation_from_args

    try:
        workstation = workstation_from_args(args)
    except DatabaseOpenError:
        if args.handler is _run_restore:
            return None
        raise
    workstation.call(require_hr)
    return workstation


def _run_backup(args) -> tuple[dict[str, Any], str]:
    from db.location import resolve_database_url

    from ..database.backup import back_up, database_file, stored_keep
    from .runner import say

    url = resolve_database_url(args.db)
    database_file(url)  # a server database: refused before anything opens it
    workstation = _hr_workstation(args, url)
    keep = workstation.call(stored_keep)
    workstation.database.dispose()
    result = back_up(url, out=args.out, keep=keep, report=None if args.json else _reporter(say))
    text = f"Backed up to {result.path} ({result.size:,} bytes, schema version {result.schema_version})."
    if result.removed:
        text += f" Removed {len(result.removed)} older backup(s); the newest {keep} are kept."
    return result.as_dict(), text


def _run_restore(args) -> tuple[dict[str, Any], str]:
    from db.location import resolve_database_url

    from ..database.backup import backup_passphrase, check_backup, database_file, restore

    url = resolve_database_url(args.db)
    database_file(url)
    backup = args.file.expanduser().resolve()
    check_backup(backup, passphrase=backup_passphrase(url, backup))  # a wrong file is refused before anyone signs in
    # No file yet: nobody to ask, and signing in would create an empty one to keep aside.
    workstation = _hr_workstation(args, url) if database_file(url).exists() else None
    if workstation is not None:
        workstation.database.dispose()  # our own connections closed: only others' count as in use
    result = restore(url, args.file)
    text = f"Restored {result.database} from {result.restored_from}."
    if result.kept_aside:
        text += f" The previous file was kept as {result.kept_aside}."
    if result.upgraded_from:
        text += f" Its schema was upgraded from {result.upgraded_from} to {result.schema_version}."
    if result.takes_backup_passphrase:
        text += (" It was encrypted with the passphrase in APPRAISAL_DB_PASSPHRASE, which opens the database "
                 "from now on.")
    return result.as_dict(), text


def _reporter(say):
    shown = {"step": -1}

    def report(fraction: float) -> None:
        step = int(fraction * 10)
        if step != shown["step"]:
            shown["step"] = step
            say(f"[{fraction:4.0%}] Backing up")
    return report
