"""Where the data lives: the user's data folder by default, or what --db / the
environment names (a file path or a PostgreSQL URL)."""
from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "AppraisalWorkstation"
DB_ENV_VAR = "APPRAISAL_DB"
DATA_DIR_ENV_VAR = "APPRAISAL_DATA_DIR"
DEFAULT_DB_FILENAME = "appraisal.sqlite3"


def data_dir() -> Path:
    """The folder for the default database, evidence files and backups."""
    override = os.environ.get(DATA_DIR_ENV_VAR)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


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
