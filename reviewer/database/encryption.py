"""Encrypting the SQLite database with SQLCipher, removing the encryption, and changing
its passphrase.

Encrypting and decrypting write a whole new file (SQLCipher's sqlcipher_export into an
attached database), check it, and only then swap it in with one rename; the file as it
was is kept aside next to it. The database is never half encrypted: a crash leaves the
old file in place and at most a ``.part`` file beside it. Needs the optional sqlcipher3
module (pip install sqlcipher3-wheels); without it every action says so.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from db import cipher
from db.location import private_file, sqlite_path

from ..errors import NotFound, ValidationError
from .backup import PART_SUFFIX, check_backup, ensure_not_in_use, list_backups, replace_keeping_aside

MIN_PASSPHRASE_LENGTH = 8
ENCRYPTED_ASIDE_MARK = ".before-encryption-"
DECRYPTED_ASIDE_MARK = ".before-decryption-"
NEW_FILE_SCHEMA = "rewritten"


@dataclass(frozen=True)
class EncryptionResult:
    database: Path
    encrypted: bool
    kept_aside: Path | None
    # Backups made before the database was encrypted: still readable by anyone with the file.
    plain_backups: tuple[Path, ...] = ()

    def as_dict(self) -> dict:
        return {"database": str(self.database), "encrypted": self.encrypted,
                "kept_aside": str(self.kept_aside) if self.kept_aside else None,
                "plain_backups": [str(p) for p in self.plain_backups]}


def encryption_available() -> bool:
    """Whether this installation can encrypt (the sqlcipher3 module is installed)."""
    return cipher.sqlcipher_available()


def is_database_encrypted(url: str) -> bool:
    """True when the database of ``url`` is an encrypted SQLite file."""
    path = sqlite_path(url)
    return path is not None and cipher.is_encrypted(path)


def unlock(url: str, passphrase: str) -> None:
    """Remember ``passphrase`` for the encrypted database of ``url`` once it proves to open
    it; a wrong one is refused with the message that says so."""
    path = database_path(url)
    require_sqlcipher()
    if not cipher.opens_with(path, passphrase):
        raise ValidationError.coded("database_passphrase_wrong", path=str(path))
    cipher.remember_passphrase(path, passphrase)


def current_passphrase(url: str) -> str | None:
    """The passphrase this process opened the database of ``url`` with (or APPRAISAL_DB_PASSPHRASE)."""
    return cipher.passphrase_for(database_path(url))


def check_new_passphrase(passphrase: str, confirmation: str | None = None) -> None:
    """Refuse a passphrase too short to protect anything, or a confirmation that differs."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise ValidationError.coded("encryption_passphrase_short", length=len(passphrase),
                                    minimum=MIN_PASSPHRASE_LENGTH)
    if confirmation is not None and confirmation != passphrase:
        raise ValidationError.coded("encryption_passphrases_differ")


def encrypt_database(path: Path, passphrase: str) -> EncryptionResult:
    """Encrypt the plain SQLite file at ``path`` with ``passphrase``; the plain file is kept
    aside. No other program may have it open."""
    path = _existing(path)
    require_sqlcipher()
    if cipher.is_encrypted(path):
        raise ValidationError.coded("encryption_already_on", path=str(path))
    check_new_passphrase(passphrase)
    ensure_not_in_use(path)
    aside = _rewrite(path, source_key=None, target_key=passphrase, aside_mark=ENCRYPTED_ASIDE_MARK)
    cipher.remember_passphrase(path, passphrase)
    return EncryptionResult(path, True, aside)


def _encrypted_opening_with(path: Path, passphrase: str) -> Path:
    """``path`` as an existing encrypted file that ``passphrase`` opens; refused otherwise."""
    path = _existing(path)
    require_sqlcipher()
    if not cipher.is_encrypted(path):
        raise ValidationError.coded("encryption_already_off", path=str(path))
    if not cipher.opens_with(path, passphrase):
        raise ValidationError.coded("database_passphrase_wrong", path=str(path))
    return path


def decrypt_database(path: Path, passphrase: str) -> EncryptionResult:
    """Write the encrypted file at ``path`` back as a plain SQLite file; the encrypted one
    is kept aside."""
    path = _encrypted_opening_with(path, passphrase)
    cipher.remember_passphrase(path, passphrase)  # ensure_not_in_use opens it with this key
    ensure_not_in_use(path)
    aside = _rewrite(path, source_key=passphrase, target_key="", aside_mark=DECRYPTED_ASIDE_MARK)
    cipher.forget_passphrase(path)
    return EncryptionResult(path, False, aside)


def change_passphrase(path: Path, old: str, new: str) -> EncryptionResult:
    """Re-encrypt the file at ``path`` from ``old`` to ``new`` in place (PRAGMA rekey, one
    transaction: a crash leaves it under the old passphrase)."""
    path = _encrypted_opening_with(path, old)
    check_new_passphrase(new)
    cipher.remember_passphrase(path, old)
    ensure_not_in_use(path)
    connection = cipher.connect_encrypted(path, old)
    try:
        connection.execute(cipher.key_pragma(new, pragma="rekey"))
    except cipher.database_errors() as error:
        raise ValidationError.coded("encryption_failed", path=str(path), detail=str(error)) from error
    finally:
        connection.close()
    check_backup(path, passphrase=new)
    cipher.remember_passphrase(path, new)
    return EncryptionResult(path, True, None)


# -- the open workstation's database (the window and the command line) ----------------------
def encrypt_workstation(workstation, passphrase: str) -> EncryptionResult:
    """HR encrypts the workstation's database; its connections are opened again with the key."""
    path = _hr_database(workstation)
    result = _with_connections_closed(workstation, lambda: encrypt_database(path, passphrase))
    plain = tuple(p for p in list_backups(workstation.database.url) if not cipher.is_encrypted(p))
    return EncryptionResult(result.database, True, result.kept_aside, plain)


def decrypt_workstation(workstation, passphrase: str) -> EncryptionResult:
    """HR removes the encryption of the workstation's database."""
    path = _hr_database(workstation)
    return _with_connections_closed(workstation, lambda: decrypt_database(path, passphrase))


def change_workstation_passphrase(workstation, old: str, new: str) -> EncryptionResult:
    """HR gives the workstation's encrypted database a new passphrase."""
    path = _hr_database(workstation)
    return _with_connections_closed(workstation, lambda: change_passphrase(path, old, new))


def _hr_database(workstation) -> Path:
    from ..access import require_hr

    path = database_path(workstation.database.url)
    workstation.call(require_hr)
    return path


def _with_connections_closed(workstation, action):
    # Our own pooled connections would count as another program using the file, and the
    # engine's driver and key must match the file as it is afterwards, whatever happened.
    workstation.database.dispose()
    try:
        return action()
    finally:
        workstation.database.reopen()


def database_path(url: str) -> Path:
    """The SQLite file of ``url``; a server or in-memory database is refused."""
    path = sqlite_path(url)
    if path is None:
        raise ValidationError.coded("encryption_on_server" if url.startswith("postgresql")
                                    else "backup_in_memory")
    return path


def _existing(path: Path) -> Path:
    path = Path(path).expanduser().resolve()
    if not path.is_file():
        raise NotFound.coded("encryption_no_file", path=str(path))
    return path


def require_sqlcipher() -> None:
    """Refuse, saying how to install it, when the sqlcipher3 module is missing."""
    if not cipher.sqlcipher_available():
        raise ValidationError.coded("encryption_unavailable", command=cipher.INSTALL_HINT)


def _rewrite(path: Path, source_key: str | None, target_key: str, aside_mark: str) -> Path:
    """Export the file at ``path`` into a new file keyed with ``target_key`` ('' for plain),
    check it, keep the old file aside and rename the new one over it. The aside path."""
    partial = path.with_name(path.name + ".rewriting" + PART_SUFFIX)
    try:
        partial.unlink(missing_ok=True)  # a copy cut short by a crash last time
        private_file(partial)  # personal data: the user's eyes only, like the database
        connection = (cipher.connect_encrypted(path, source_key) if source_key is not None
                      else cipher.sqlcipher().connect(str(path)))
        try:
            connection.execute(cipher.attach_statement(partial, NEW_FILE_SCHEMA, target_key))
            connection.execute(f"SELECT sqlcipher_export('{NEW_FILE_SCHEMA}')")
            connection.execute(f"DETACH DATABASE {NEW_FILE_SCHEMA}")
        finally:
            connection.close()
        with open(partial, "rb+") as stream:
            os.fsync(stream.fileno())
        check_backup(partial, shown_as=path, passphrase=target_key)  # integrity and schema version
        # ensure_not_in_use folded the WAL into the file first.
        aside = replace_keeping_aside(path, partial, aside_mark)
    except (OSError, *cipher.database_errors()) as error:
        partial.unlink(missing_ok=True)
        raise ValidationError.coded("encryption_failed", path=str(path), detail=str(error)) from error
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return aside
