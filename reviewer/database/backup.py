"""Backups of a SQLite database and restoring one.

A backup is SQLite's online backup API (a consistent snapshot even while this or
another program writes), written under a temporary name in the target folder and
renamed only once complete and verified, so no partial backup ever carries a
backup's name. Restore first proves the chosen file is a sound database of this
program, keeps the current file aside, and puts the backup in place in one rename.
A PostgreSQL server is backed up with pg_dump on the server's side: both refuse
and say the command. The backup of an encrypted database (db.cipher) is encrypted with
the same passphrase, and restores with it.
"""
from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable

from sqlalchemy.orm import Session

from db.cipher import (PASSPHRASE_ENV_VAR, connect_copy_target, connect_file, database_errors, is_encrypted,
                       operational_errors, opens_with, passphrase_for, remember_passphrase, sqlcipher_available)
from db.location import data_dir, private_file, private_folder, sqlite_path
from db.migrate import BACKUP_KEEP_SETTING, DEFAULT_BACKUP_KEEP, SCHEMA_HEAD, backup_keep_from

from ..errors import DatabaseBusy, NotFound, ValidationError
from .proof import check_backup

BACKUP_FOLDER_NAME = "backups"
DEFAULT_KEEP = DEFAULT_BACKUP_KEEP
KEEP_SETTING = BACKUP_KEEP_SETTING  # app_settings: how many backups of each kind are kept
KEEP_RANGE = (1, 365)  # at least one; a year of daily backups at most
PART_SUFFIX = ".part"
BACKUP_MARK = ".backup-"  # appraisal.backup-20261201-233000-123456.sqlite3
ASIDE_MARK = ".before-restore-"
# A copy in steps of this many pages lets a writer in between and reports progress.
PAGES_PER_STEP = 4096
# SQLite's unix VFS: every connection open on a WAL database holds a shared lock on
# this byte of the -shm file (its "dead man switch"), so an exclusive lock on it is
# only granted when no other program has the database open.
SHM_DMS_OFFSET = 128
# The backup when the window closes proves a copy above this size with quick_check (page
# structure, about a quarter of the time) instead of integrity_check, which also compares
# every index with its table: ~14 s for a 394 MiB file. Restore and a manual backup keep
# the full check.
FULL_CHECK_ON_EXIT_MAX_BYTES = 16 * 1024 * 1024


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    schema_version: str
    removed: tuple[Path, ...] = ()

    def as_dict(self) -> dict:
        return {"backup": str(self.path), "size": self.size, "schema_version": self.schema_version,
                "removed": [str(p) for p in self.removed]}


@dataclass(frozen=True)
class BackupSettings:
    """What Settings ▸ Backups shows: how many backups of each kind are kept, and where
    the automatic ones go (the data folder's backups folder; not a setting)."""
    keep: int
    folder: Path


@dataclass(frozen=True)
class RestoreResult:
    database: Path
    restored_from: Path
    kept_aside: Path | None
    schema_version: str
    upgraded_from: str | None
    # The backup opened only with the passphrase in APPRAISAL_DB_PASSPHRASE (it was made before
    # the passphrase changed): the database opens with that one from now on.
    takes_backup_passphrase: bool = False

    def as_dict(self) -> dict:
        return {"database": str(self.database), "restored_from": str(self.restored_from),
                "kept_aside": str(self.kept_aside) if self.kept_aside else None,
                "schema_version": self.schema_version, "upgraded_from": self.upgraded_from,
                "takes_backup_passphrase": self.takes_backup_passphrase}


def backups_folder() -> Path:
    """Where automatic and manual backups go unless told otherwise."""
    return data_dir() / BACKUP_FOLDER_NAME


def pg_dump_command(url: str) -> str:
    """The command that backs up the server database of ``url``, without its password."""
    from sqlalchemy.engine import make_url

    address = make_url(url).set(drivername="postgresql").render_as_string(hide_password=True)
    address = address.replace(":***@", "@")
    return f'pg_dump --format=custom --file=appraisal.dump "{address}"'


def database_file(url: str) -> Path:
    """The SQLite file behind ``url``; a server database is refused with the pg_dump command."""
    path = sqlite_path(url)
    if path is None:
        if url.startswith("postgresql"):
            raise ValidationError.coded("backup_on_server", command=pg_dump_command(url))
        raise ValidationError.coded("backup_in_memory")
    return path


def stored_keep(session: Session) -> int:
    """How many backups rotation keeps (app_settings), DEFAULT_KEEP when not set."""
    from db.models import AppSetting

    setting = session.get(AppSetting, KEEP_SETTING)
    return backup_keep_from(setting.value if setting is not None else None)


def backup_settings(session: Session) -> BackupSettings:
    """The backup settings as Settings ▸ Backups shows them."""
    return BackupSettings(stored_keep(session), backups_folder())


def set_keep(session: Session, keep: int) -> None:
    """HR sets how many backups of each kind to keep (automatic ones in the backups folder,
    pre-upgrade ones beside the database): 1 to 365."""
    from db.models import AppSetting

    from ..access import require_hr

    require_hr(session)
    least, most = KEEP_RANGE
    if isinstance(keep, bool) or not isinstance(keep, int) or not least <= keep <= most:
        raise ValidationError.coded("backup_keep_invalid", keep=keep, least=least, most=most)
    setting = session.get(AppSetting, KEEP_SETTING) or AppSetting(key=KEEP_SETTING, value="")
    setting.value = str(keep)
    session.add(setting)


def backup_name(database: Path, when: datetime | None = None) -> str:
    """A name that sorts by time: the database's name with a timestamp to the microsecond."""
    stamp = (when or datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    return f"{database.stem}{BACKUP_MARK}{stamp}{database.suffix}"


def back_up(url: str, out: Path | None = None, keep: int = DEFAULT_KEEP,
            report: Callable[[float], None] | None = None, quick_check: bool = False) -> BackupResult:
    """Copy the database of ``url`` to ``out`` (or a timestamped file in the backups
    folder, which then keeps only the newest ``keep``), verified before it gets its name
    (by integrity_check, or the faster quick_check when asked)."""
    source_path = database_file(url)
    if not source_path.exists():
        raise NotFound.coded("backup_source_missing", path=str(source_path))
    if out is None:
        target = private_folder(backups_folder()) / backup_name(source_path)
    else:
        target = Path(out).expanduser().resolve()
        if target.is_dir():
            target = target / backup_name(source_path)
        if target == source_path.resolve():
            raise ValidationError.coded("backup_onto_itself", path=str(target))
    partial = target.with_name(target.name + PART_SUFFIX)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        private_file(partial)  # personal data: the user's eyes only, like the database
        _copy(source_path, partial, report)
        revision = check_backup(partial, shown_as=target, quick=quick_check, passphrase=passphrase_of(url))
        os.replace(partial, target)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise ValidationError.coded("backup_write_failed", path=str(target), detail=str(error)) from error
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    removed = rotate(target.parent, source_path, keep) if out is None else ()
    return BackupResult(target, target.stat().st_size, revision, removed)


def _copy(source_path: Path, target: Path, report: Callable[[float], None] | None) -> None:
    def progress(_status, remaining, total) -> None:
        if report is not None and total:
            report(1 - remaining / total)

    source = connect_file(source_path, timeout=30)
    try:
        destination = connect_copy_target(source_path, target)
        try:
            # A read transaction held on the source pins its snapshot: a backup in steps restarts
            # whenever another program commits, and one that never stops writing would keep it
            # restarting for ever. Writers go on meanwhile (WAL); the copy is of this moment.
            source.execute("BEGIN")
            source.execute("SELECT count(*) FROM sqlite_master").fetchone()
            source.backup(destination, pages=PAGES_PER_STEP, progress=progress)
            source.rollback()
            # A backup stands alone: no WAL file beside it to lose when it is copied.
            destination.execute("PRAGMA journal_mode=DELETE")
        finally:
            destination.close()
    except database_errors() as error:
        raise ValidationError.coded("backup_source_unreadable", path=str(source_path), detail=str(error)) from error
    finally:
        source.close()


def rotate(folder: Path, database: Path, keep: int) -> tuple[Path, ...]:
    """Remove all but the newest ``keep`` backups of ``database`` in ``folder``."""
    backups = sorted(p for p in folder.glob(f"{database.stem}{BACKUP_MARK}*{database.suffix}")
                     if not p.name.endswith(PART_SUFFIX))
    old = backups[:-keep] if keep >= 1 else []
    for path in old:
        path.unlink(missing_ok=True)
    return tuple(old)


def list_backups(url: str) -> list[Path]:
    """Backups of the database of ``url`` in the backups folder, newest first."""
    database = database_file(url)
    folder = backups_folder()
    return sorted(folder.glob(f"{database.stem}{BACKUP_MARK}*{database.suffix}"), reverse=True)


def passphrase_of(url: str) -> str | None:
    """The passphrase of the encrypted database of ``url`` (its backups share it), or None."""
    path = sqlite_path(url)
    return passphrase_for(path) if path is not None else None


def ensure_not_in_use(database: Path) -> None:
    """Refuse while another program has ``database`` open: replacing the file under it
    would let it write on into the file kept aside. This process must have closed its own
    connections first."""
    shm = database.with_name(database.name + "-shm")
    if os.name == "posix" and shm.exists():
        import fcntl

        try:
            descriptor = os.open(shm, os.O_RDWR)
        except OSError:
            descriptor = None
        if descriptor is not None:
            try:
                fcntl.lockf(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, SHM_DMS_OFFSET)
                fcntl.lockf(descriptor, fcntl.LOCK_UN, 1, SHM_DMS_OFFSET)
            except OSError as error:
                raise DatabaseBusy.coded("restore_in_use", path=str(database)) from error
            finally:
                os.close(descriptor)
    connection = connect_file(database, timeout=0)
    try:
        connection.execute("BEGIN EXCLUSIVE")  # no writer or reader mid-transaction either
        connection.rollback()
        # Fold the WAL into the file: what is kept aside is then the whole database.
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except operational_errors() as error:
        raise DatabaseBusy.coded("restore_in_use", path=str(database)) from error
    finally:
        connection.close()


def backup_passphrase(url: str, backup: Path) -> str | None:
    """The passphrase to open ``backup`` with: the database's, else the one in
    APPRAISAL_DB_PASSPHRASE when only that opens it (a backup made before the passphrase
    changed, while the database's own came from --passphrase-file or the window)."""
    current = passphrase_of(url)
    given = os.environ.get(PASSPHRASE_ENV_VAR) or None
    if given is None or given == current or not sqlcipher_available() or not is_encrypted(backup):
        return current
    if current is not None and opens_with(backup, current):
        return current
    return given if opens_with(backup, given) else current


def replace_keeping_aside(database: Path, incoming: Path, aside_mark: str) -> Path | None:
    """Put the whole file ``incoming`` in place of ``database`` with one rename, the current
    file (if any) kept aside under a timestamped name; returns that name. The current file
    gets its second name first, so the database path always names a whole database, the old
    one or the new one. Its WAL, shared-memory and journal files belong to the file kept
    aside (the caller folded them in) and go."""
    aside = None
    if database.exists():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        aside = database.with_name(f"{database.stem}{aside_mark}{stamp}{database.suffix}")
        try:
            os.link(database, aside)
        except OSError:
            shutil.copy2(database, aside)
    for side in ("-wal", "-shm", "-journal"):
        database.with_name(database.name + side).unlink(missing_ok=True)
    os.replace(incoming, database)
    return aside


def restore(url: str, backup: Path) -> RestoreResult:
    """Put ``backup`` in place of the database of ``url``: checked first, the current file
    kept aside under a timestamped name, the swap one rename; an older schema is then upgraded.
    The caller closes its own connections to the database first."""
    database = database_file(url)
    backup = Path(backup).expanduser().resolve()
    passphrase = backup_passphrase(url, backup)
    revision = check_backup(backup, passphrase=passphrase)
    if database.exists():
        if backup == database.resolve():
            raise ValidationError.coded("backup_onto_itself", path=str(backup))
        ensure_not_in_use(database)
    database.parent.mkdir(parents=True, exist_ok=True)
    incoming = database.with_name(database.name + ".restoring" + PART_SUFFIX)
    try:
        private_file(incoming)
        shutil.copyfile(backup, incoming)
        with open(incoming, "rb+") as stream:
            os.fsync(stream.fileno())
        aside = replace_keeping_aside(database, incoming, ASIDE_MARK)
    except OSError as error:
        incoming.unlink(missing_ok=True)
        raise ValidationError.coded("restore_failed", path=str(database), detail=str(error)) from error
    takes_backup_passphrase = passphrase is not None and passphrase != passphrase_of(url) and is_encrypted(database)
    if takes_backup_passphrase:
        remember_passphrase(database, passphrase)  # the upgrade below and the next unit of work open it
    upgraded_from = None
    if revision != SCHEMA_HEAD:
        from db.migrate import connect, upgrade_to_head

        engine = connect(url)
        try:
            upgraded_from = upgrade_to_head(engine, url).from_revision
        finally:
            engine.dispose()
    return RestoreResult(database, backup, aside, SCHEMA_HEAD, upgraded_from, takes_backup_passphrase)


# -- the open workstation's database (the window and the command line) ---------------
ON_EXIT_ENV_VAR = "APPRAISAL_BACKUP_ON_EXIT"  # "0": no backup when the window closes


def is_backed_up_here(url: str) -> bool:
    """True for a SQLite file, which this program backs up; False for a server or memory."""
    return sqlite_path(url) is not None


def back_up_now(workstation, out: Path | None = None, report: Callable[[float], None] | None = None) -> BackupResult:
    """A backup asked for by HR (the owner of a database without profiles is HR)."""
    from ..access import require_hr

    url = workstation.database.url
    database_file(url)
    workstation.call(require_hr)
    return back_up(url, out=out, keep=workstation.call(stored_keep), report=report)


def exit_backup_wanted(workstation) -> bool:
    """Whether closing the window backs the file up: a SQLite file that changed since its
    newest backup, unless switched off (APPRAISAL_BACKUP_ON_EXIT=0)."""
    if os.environ.get(ON_EXIT_ENV_VAR, "1").strip() == "0":
        return False
    path = sqlite_path(workstation.database.url)
    if path is None or not path.exists():
        return False
    newest = next(iter(list_backups(workstation.database.url)), None)
    if newest is None:
        return True
    changed = max(p.stat().st_mtime for p in (path, path.with_name(path.name + "-wal")) if p.exists())
    return changed > newest.stat().st_mtime


def database_size(workstation) -> int:
    """Bytes of the SQLite file with its WAL; 0 for a server database."""
    path = sqlite_path(workstation.database.url)
    if path is None:
        return 0
    return sum(p.stat().st_size for p in (path, path.with_name(path.name + "-wal")) if p.exists())


def back_up_on_exit(workstation, report: Callable[[float], None] | None = None) -> BackupResult:
    """The automatic backup when the window closes, rotated like every automatic one; a
    file above FULL_CHECK_ON_EXIT_MAX_BYTES is proven with quick_check, so closing stays quick."""
    url = workstation.database.url
    quick = database_size(workstation) > FULL_CHECK_ON_EXIT_MAX_BYTES
    return back_up(url, keep=workstation.call(stored_keep), report=report, quick_check=quick)


def restore_into(workstation, backup: Path) -> RestoreResult:
    """HR restores ``backup`` over the workstation's database. The workstation's own
    connections are closed first; the next unit of work opens the restored file, with a
    new engine since the backup may be encrypted where the file was not, or the reverse."""
    from ..access import require_hr

    url = workstation.database.url
    database_file(url)
    workstation.call(require_hr)  # restore() proves the file before it touches anything
    workstation.database.dispose()
    try:
        return restore(url, backup)
    finally:
        workstation.database.reopen()


def server_backup_explained(url: str) -> ValidationError:
    """What the window says about backups of a server database: the pg_dump command."""
    return ValidationError.coded("backup_on_server", command=pg_dump_command(url))
