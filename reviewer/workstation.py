"""The one front door: the open database and who is acting. The window, the
command line and the benchmarks hold a Workstation and call every service through
it; each call is one unit of work whose session knows the acting user, so every
service checks scope and permissions in one place and the audit trail names them."""
from __future__ import annotations

from contextlib import contextmanager
from typing import Any, Callable, Iterator, TypeVar

from sqlalchemy.orm import Session

from db.engine import Database

from . import audit as _audit  # noqa: F401 - every unit of work is audited
from .access import LOCAL_OWNER, Actor, bind, check_sign_in, needs_sign_in, sole_profile
from .errors import SignInRefused, SignInRequired

T = TypeVar("T")


class Workstation:
    def __init__(self, database: Database, actor: Actor = LOCAL_OWNER):
        self.database = database
        self.actor = actor

    @property
    def shared(self) -> bool:
        """A database other people use at the same time (PostgreSQL)."""
        return self.database.engine.dialect.name != "sqlite"

    @contextmanager
    def unit(self) -> Iterator[Session]:
        """One unit of work as the acting user: commits on success, rolls back on error."""
        with self.database.session() as session:
            yield bind(session, self.actor)

    def call(self, service: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
        """``service(session, *args, **kwargs)`` in its own unit of work."""
        with self.unit() as session:
            return service(session, *args, **kwargs)

    def close(self) -> None:
        self.database.dispose()


def sign_in_needed(database: Database) -> bool:
    """Whether this database asks who is using it before anything else."""
    with database.session() as session:
        return needs_sign_in(session, shared=database.engine.dialect.name != "sqlite")


def identify(database: Database, username: str | None = None, password: str | None = None) -> Workstation:
    """The workstation for whoever is acting: the signed-in profile; without a name,
    the only HR profile or the owner of a database that has no profiles. Raises
    SignInRequired when the database wants a name, SignInRefused on a wrong one."""
    if username is None:
        with database.session() as session:
            if needs_sign_in(session, shared=database.engine.dialect.name != "sqlite"):
                raise SignInRequired.coded("sign_in_required")
            return Workstation(database, sole_profile(session) or LOCAL_OWNER)
    # Outside any unit of work: the try is counted and committed before it waits and is checked.
    actor = check_sign_in(database.session, username, password or "")
    if actor is None:
        raise SignInRefused.coded("sign_in_refused")
    return Workstation(database, actor)
