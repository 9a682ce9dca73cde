"""Where the data lives: the user's data folder by default, or what --db / the
environment names (a file path or a PostgreSQL URL)."""
from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "AppraisalWorkstation"
DB_ENV_VAR = "APPRAISAL_DB"
DATA_DIR_ENV_VAR = "APPRAISAL_DATA_DIR"
DEFAULT_DB_FILENAME = "appraisal.sqlite3"
# Appraisal data is personal data: what the program keeps at rest is for the user's eyes
# only, whatever the umask says (which is 022, world-readable, on most Linux machines).
PRIVATE_FILE_MODE, PRIVATE_FOLDER_MODE = 0o600, 0o700
SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


def data_dir() -> Path:
    """The folder for the default database, evidence files and backups."""
    override = os.environ.get(DATA_DIR_ENV_VAR)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def _restrict(path: Path, mode: int) -> None:
    if os.name == "posix":  # Windows keeps its own ACLs; the user's profile is private already
        os.chmod(path, mode)


def private_folder(path: Path) -> Path:
    """``path`` as a folder only the user can open: it and every folder created on
    the way are 0700 (folders that already existed above it are left alone)."""
    path = Path(path)
    created = [p for p in (path, *path.parents) if not p.exists()]
    path.mkdir(parents=True, exist_ok=True)
    for folder in created:
        _restrict(folder, PRIVATE_FOLDER_MODE)
    if path not in created:
        try:
            _restrict(path, PRIVATE_FOLDER_MODE)  # tighten what an older version left open
        except OSError:
            pass  # a folder someone else owns (APPRAISAL_DATA_DIR on a share): theirs to set
    return path


def private_file(path: Path) -> Path:
    """Create ``path`` empty and readable by the user only, or make an existing one so."""
    path = Path(path)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE_MODE)
    os.close(descriptor)
    _restrict(path, PRIVATE_FILE_MODE)
    return path


def prepare_sqlite_file(path: Path) -> None:
    """Before SQLite opens ``path``: a new database file is created 0600 (SQLite then
    gives its -wal and -shm files the database file's mode), and the default database
    in the data folder, with its side files, is made private even if an older version
    created it world-readable. A file the user placed elsewhere keeps the mode they gave it."""
    in_data_folder = path.parent.resolve() == data_dir().resolve()
    if in_data_folder:
        private_folder(path.parent)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        private_file(path)  # an empty file is an empty SQLite database
    elif in_data_folder:
        for candidate in (path, *(path.with_name(path.name + side) for side in SQLITE_SIDE_FILES)):
            try:
                _restrict(candidate, PRIVATE_FILE_MODE)
            except OSError:
                pass  # absent, or not ours to change: opening it is still up to SQLite


def resolve_database_url(requested: str | None = None) -> str:
    """Turn a --db value (or the environment, or the default) into a SQLAlchemy URL.

    Accepts a plain file path, ``sqlite:///...``, or ``postgresql://...``; plain
    PostgreSQL URLs are given the psycopg 3 driver the program ships with.
    """
    value = requested or os.environ.get(DB_ENV_VAR) or str(data_dir() / DEFAULT_DB_FILENAME)
    if value.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + value.split("://", 1)[1]
    if "://" in value:
        return value
    return "sqlite:///" + str(Path(value).expanduser().resolve())


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory ones."""
    if not url.startswith("sqlite"):
        return None
    path = url.split(":///", 1)[1] if ":///" in url else ""
    if not path or path == ":memory:":
        return None
    return Path(path)


def describe_url(url: str) -> str:
    """A URL fit to show a user: the file path, or the server URL without password."""
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)
