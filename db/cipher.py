"""SQLite files encrypted with SQLCipher: telling one from a plain file, the passphrase
that opens it, and connections keyed with it.

An encrypted file has no "SQLite format 3" header (its first bytes are a random salt),
so a glance at the header says which driver opens it: plain files keep the standard
sqlite3 module, encrypted ones need the optional sqlcipher3 module (the
``encryption`` extra). Passphrases given in this process (a prompt, --passphrase-file)
are remembered per file; APPRAISAL_DB_PASSPHRASE is the fallback for every file.
"""
from __future__ import annotations

import os
from pathlib import Path

PASSPHRASE_ENV_VAR = "APPRAISAL_DB_PASSPHRASE"
SQLITE_HEADER = b"SQLite format 3\x00"
INSTALL_HINT = "pip install sqlcipher3-wheels"

_passphrases: dict[Path, str] = {}


def _key(path: Path) -> Path:
    return Path(path).expanduser().resolve()


def remember_passphrase(path: Path, passphrase: str) -> None:
    """Use ``passphrase`` for the file at ``path`` from now on in this process."""
    _passphrases[_key(path)] = passphrase


def forget_passphrase(path: Path) -> None:
    _passphrases.pop(_key(path), None)


def passphrase_for(path: Path) -> str | None:
    """The passphrase given for ``path`` in this process, else APPRAISAL_DB_PASSPHRASE, else None."""
    return _passphrases.get(_key(path)) or os.environ.get(PASSPHRASE_ENV_VAR) or None


# SQLite pages are a power of two from 512 bytes: a file of another size is no database.
SMALLEST_PAGE = 512


def is_encrypted(path: Path) -> bool:
    """True when ``path`` looks like an encrypted database: whole pages but no SQLite
    header. A file of random pages cannot be told from one; opening it with a passphrase
    then says the passphrase does not open it."""
    try:
        size = os.path.getsize(path)
        with open(path, "rb") as stream:
            header = stream.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return size > 0 and size % SMALLEST_PAGE == 0 and header != SQLITE_HEADER


def sqlcipher_available() -> bool:
    try:
        import sqlcipher3  # noqa: F401
    except ImportError:
        return False
    return True


def sqlcipher():
    """The sqlcipher3 module; ImportError when the encryption extra is not installed."""
    import sqlcipher3

    return sqlcipher3


def key_pragma(passphrase: str, pragma: str = "key") -> str:
    """``PRAGMA key = '...'`` with the passphrase quoted as an SQL string."""
    return f"PRAGMA {pragma} = '{passphrase.replace(chr(39), chr(39) * 2)}'"


def attach_statement(path: Path, schema: str, passphrase: str) -> str:
    """ATTACH the file at ``path`` as ``schema`` with ``passphrase`` ('' for a plain file)."""
    quoted_path = str(path).replace("'", "''")
    quoted_key = passphrase.replace("'", "''")
    return f"ATTACH DATABASE '{quoted_path}' AS {schema} KEY '{quoted_key}'"


def connect_encrypted(path: Path, passphrase: str, **kwargs):
    """A sqlcipher3 connection to ``path`` keyed with ``passphrase``; the key is checked
    when the first statement reads the file (a wrong one fails with "file is not a database")."""
    connection = sqlcipher().connect(str(path), **kwargs)
    # SQLCipher logs a failed page check to stderr; a wrong passphrase is told as a message instead.
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(key_pragma(passphrase))
    return connection


def opens_with(path: Path, passphrase: str) -> bool:
    """Whether ``passphrase`` opens the encrypted file at ``path``."""
    module = sqlcipher()
    connection = connect_encrypted(path, passphrase)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except module.DatabaseError:
        return False
    finally:
        connection.close()


def database_errors() -> tuple[type[BaseException], ...]:
    """The DB-API errors a file connection may raise: sqlite3's, and sqlcipher3's when installed."""
    import sqlite3

    errors: tuple[type[BaseException], ...] = (sqlite3.DatabaseError,)
    if sqlcipher_available():
        errors += (sqlcipher().DatabaseError,)
    return errors


def operational_errors() -> tuple[type[BaseException], ...]:
    import sqlite3

    errors: tuple[type[BaseException], ...] = (sqlite3.OperationalError,)
    if sqlcipher_available():
        errors += (sqlcipher().OperationalError,)
    return errors


def connect_file(path: Path, passphrase: str | None = None, read_only: bool = False, **kwargs):
    """A DB-API connection to the SQLite file at ``path``: sqlite3 for a plain file,
    sqlcipher3 keyed with ``passphrase`` (or the remembered one) for an encrypted file."""
    import sqlite3

    path = Path(path)
    target = f"{path.resolve().as_uri()}?mode=ro" if read_only else str(path)
    if read_only:
        kwargs["uri"] = True
    if not is_encrypted(path):
        return sqlite3.connect(target, **kwargs)
    passphrase = passphrase if passphrase is not None else passphrase_for(path)
    if passphrase is None or not sqlcipher_available():
        # Without key or driver the file reads as "not a database"; sqlite3 says so itself.
        return sqlite3.connect(target, **kwargs)
    return connect_encrypted(target, passphrase, **kwargs)


def connect_copy_target(source: Path, target: Path, **kwargs):
    """A connection to ``target``, a new file to receive a copy of ``source``: keyed with
    ``source``'s passphrase when that is encrypted, so the copy is as closed as the original."""
    import sqlite3

    if not is_encrypted(source) or passphrase_for(source) is None or not sqlcipher_available():
        return sqlite3.connect(str(target), **kwargs)
    return connect_encrypted(str(target), passphrase_for(source), **kwargs)
