"""`main.py encryption on|off|change`, over reviewer.database.encryption, and the
passphrase of an encrypted database for every command (--passphrase-file FILE,
APPRAISAL_DB_PASSPHRASE, or asked on a terminal).

HR only where profiles exist (the owner of a database without profiles may too), as for backups.
"""
from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from ..errors import ValidationError

NEW_PASSPHRASE_ENV_VAR = "APPRAISAL_DB_NEW_PASSPHRASE"


def add_commands(commands, common: argparse.ArgumentParser) -> None:
    encryption = commands.add_parser(
        "encryption", parents=[common],
        help="encrypt the SQLite database with a passphrase (SQLCipher), remove the encryption, or change "
             "the passphrase")
    actions = encryption.add_subparsers(dest="encryption_action", metavar="ACTION", required=True)
    for name, help_text in (("on", "encrypt the database; the plain file is kept aside"),
                            ("off", "write the database back unencrypted; the encrypted file is kept aside"),
                            ("change", "give the encrypted database a new passphrase")):
        action = actions.add_parser(name, parents=[common], help=help_text)
        if name != "off":
            action.add_argument("--new-passphrase-file", metavar="FILE", type=Path,
                                help=f"the new passphrase, on the file's first line (else {NEW_PASSPHRASE_ENV_VAR}, "
                                     "else asked twice on the terminal)")
        action.set_defaults(handler=_run_encryption)


def read_passphrase_file(path: Path) -> str:
    """The passphrase on the first line of ``path`` (its line break not included)."""
    try:
        text = Path(path).expanduser().read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise ValidationError.coded("passphrase_file_unreadable", path=str(path), detail=str(error)) from error
    passphrase = text.splitlines()[0] if text else ""
    if not passphrase:
        raise ValidationError.coded("passphrase_file_empty", path=str(path))
    return passphrase


def remember_given_passphrase(args) -> None:
    """Before a command opens the database: the passphrase of --passphrase-file, or, for an
    encrypted file without one on a terminal, the one the user types."""
    from db import cipher
    from db.location import resolve_database_url, sqlite_path

    path = sqlite_path(resolve_database_url(getattr(args, "db", None)))
    if path is None:
        return
    given = getattr(args, "passphrase_file", None)
    if given is not None:
        cipher.remember_passphrase(path, read_passphrase_file(given))
    elif cipher.is_encrypted(path) and cipher.passphrase_for(path) is None and sys.stdin.isatty():
        cipher.remember_passphrase(path, getpass.getpass(f"Passphrase for {path}: "))


def _new_passphrase(args) -> str:
    from ..database.encryption import check_new_passphrase

    if getattr(args, "new_passphrase_file", None) is not None:
        passphrase = read_passphrase_file(args.new_passphrase_file)
    elif os.environ.get(NEW_PASSPHRASE_ENV_VAR):
        passphrase = os.environ[NEW_PASSPHRASE_ENV_VAR]
    elif sys.stdin.isatty():
        passphrase = getpass.getpass("New passphrase: ")
        check_new_passphrase(passphrase, getpass.getpass("The new passphrase again: "))
    else:
        raise ValidationError.coded("encryption_new_passphrase_not_given")
    check_new_passphrase(passphrase)
    return passphrase


def _run_encryption(args) -> tuple[dict[str, Any], str]:
    from db.location import resolve_database_url

    from ..database import encryption
    from .runner import workstation_from_args

    url = resolve_database_url(args.db)
    path = encryption.database_path(url)  # a server database: refused before anything opens it
    encryption.require_sqlcipher()
    if args.encryption_action == "on" and encryption.is_database_encrypted(url):
        raise ValidationError.coded("encryption_already_on", path=str(path))
    if args.encryption_action != "on" and not encryption.is_database_encrypted(url):
        raise ValidationError.coded("encryption_already_off", path=str(path))
    new = _new_passphrase(args) if args.encryption_action != "off" else None
    workstation = workstation_from_args(args)
    try:
        if args.encryption_action == "on":
            result = encryption.encrypt_workstation(workstation, new)
            text = (f"Encrypted {result.database}; open it with its passphrase from now on "
                    f"(--passphrase-file FILE or APPRAISAL_DB_PASSPHRASE). The unencrypted file was kept as "
                    f"{result.kept_aside}: delete it once the encrypted database opens.")
            if result.plain_backups:
                text += (f" {len(result.plain_backups)} backup(s) made before are not encrypted, in "
                         f"{result.plain_backups[0].parent}.")
        else:
            current = encryption.current_passphrase(url)
            if args.encryption_action == "off":
                result = encryption.decrypt_workstation(workstation, current)
                text = f"Removed the encryption of {result.database}; the encrypted file was kept as {result.kept_aside}."
            else:
                result = encryption.change_workstation_passphrase(workstation, current, new)
                text = f"Changed the passphrase of {result.database}."
    finally:
        workstation.database.dispose()
    return result.as_dict(), text
