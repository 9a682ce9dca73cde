"""The signed-in user as the services see it, carried by the session of each unit of work."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from db.models import UserRole

from ..errors import PermissionDenied

ACTOR_KEY = "appraisal.actor"


@dataclass(frozen=True)
class Actor:
    """Who is acting. ``user_id`` is None for the owner of a single-user local
    database, who signs in to nothing and is HR admin."""

    user_id: int | None
    username: str
    display_name: str
    role: UserRole
    employee_id: int | None = None

    @property
    def is_hr(self) -> bool:
        return self.role == UserRole.HR_ADMIN

    @property
    def may_write(self) -> bool:
        return self.role != UserRole.AUDITOR

    @property
    def sees_everyone(self) -> bool:
        return self.role in (UserRole.HR_ADMIN, UserRole.AUDITOR)


LOCAL_OWNER = Actor(user_id=None, username="local", display_name="Local user", role=UserRole.HR_ADMIN)


def bind(session: Session, actor: Actor) -> Session:
    """Make ``actor`` the one acting for everything done in ``session``."""
    session.info[ACTOR_KEY] = actor
    return session


def acting(session: Session) -> Actor:
    """Who acts in this unit of work. A session nobody bound (a test, a migration,
    the demo loader) acts as the local owner."""
    return session.info.get(ACTOR_KEY, LOCAL_OWNER)


def require_writer(session: Session) -> Actor:
    """The acting user, if they may change data at all."""
    actor = acting(session)
    if not actor.may_write:
        raise PermissionDenied.coded("auditor_reads_only", name=actor.display_name)
    return actor


def require_hr(session: Session) -> Actor:
    actor = acting(session)
    if not actor.is_hr:
        raise PermissionDenied.coded("hr_only", name=actor.display_name)
    return actor


def require_auditor_or_hr(session: Session) -> Actor:
    actor = acting(session)
    if not actor.sees_everyone:
        raise PermissionDenied.coded("audit_hr_or_auditor", name=actor.display_name)
    return actor
