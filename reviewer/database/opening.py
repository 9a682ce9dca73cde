"""Opening the database for the window: where it is, upgrading it, and whether
it still needs its first HR profile. The window reaches the database only
through here and the Workstation, never through db."""
from __future__ import annotations

from pathlib import Path

from db.location import data_dir, describe_url, resolve_database_url
from db.migrate import DatabaseOpenError, UpgradeResult, open_database

from ..access.profiles import active_profile_count
from ..workstation import Workstation

__all__ = ["DatabaseOpenError", "UpgradeResult", "data_dir", "describe_url", "resolve_database_url",
           "open_database", "location", "backend", "needs_first_profile", "has_no_people"]


def location(workstation: Workstation) -> str:
    """The open database as a user reads it: the file path, or the server URL without password."""
    return describe_url(workstation.database.url)


def backend(workstation: Workstation) -> str:
    """The database engine's name (sqlite, postgresql)."""
    return workstation.database.engine.dialect.name


def needs_first_profile(workstation: Workstation) -> bool:
    """A shared database nobody can sign in to yet: its first HR profile must be made
    before anyone works in it, or everyone would act as its owner."""
    if not workstation.shared:
        return False
    with workstation.database.session() as session:
        return active_profile_count(session) == 0


def has_no_people(workstation: Workstation) -> bool:
    """A first run: the database holds nobody yet."""
    from .info import is_empty

    return is_empty(workstation.database)


def data_folder() -> Path:
    return data_dir()
