"""Profiles: the people who use this program, each with a role, a password and,
for managers, the employee they are. Managed by HR; listed for HR and auditors."""
from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Callable, ContextManager

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from db.models import AppUser, Employee, UserRole, utcnow

from ..errors import NotFound, ValidationError
from .actor import Actor, acting, require_hr
from .passwords import MIN_LENGTH, hash_password, needs_rehash, password_matches

MAX_NAME = 64
# Each failed sign-in doubles the wait before the next try is even checked, up to this.
MAX_WAIT_SECONDS = 30.0
FAILED_SIGN_IN_DELAY = 1.0


@dataclass(frozen=True)
class ProfileRow:
    id: int
    username: str
    display_name: str
    role: UserRole
    employee_no: str | None
    employee_name: str | None
    is_active: bool
    can_sign_in: bool

    def as_dict(self) -> dict:
        return {"username": self.username, "display_name": self.display_name, "role": self.role.value,
                "employee_no": self.employee_no, "employee": self.employee_name, "active": self.is_active}


def _clean_username(username: str) -> str:
    from ..text import refuse_hidden_characters

    name = (username or "").strip()
    refuse_hidden_characters("username", name)
    if not name or len(name) > MAX_NAME or any(c.isspace() or not c.isprintable() for c in name):
        raise ValidationError.coded("username_invalid", limit=MAX_NAME)
    return name


def _check_password(password: str) -> None:
    if len(password or "") < MIN_LENGTH:
        raise ValidationError.coded("password_too_short", limit=MIN_LENGTH)


def _profile(session: Session, username: str) -> AppUser:
    user = session.scalar(select(AppUser).where(AppUser.username == username))
    if user is None:
        raise NotFound.coded("profile_unknown", name=username)
    return user


def _row(user: AppUser) -> ProfileRow:
    employee = user.employee
    return ProfileRow(user.id, user.username, user.display_name, user.role,
                      employee.employee_no if employee else None, employee.name if employee else None,
                      user.is_active, bool(user.password_hash) and user.is_active)


def add_profile(session: Session, username: str, role: UserRole | str, password: str,
                employee_no: str | None = None, display_name: str | None = None) -> ProfileRow:
    """A new profile. A manager must be linked to the employee they are, whose
    reporting line they will see."""
    require_hr(session)
    name = _clean_username(username)
    role = UserRole(role)
    _check_password(password)
    if session.scalar(select(AppUser.id).where(AppUser.username == name)) is not None:
        raise ValidationError.coded("username_taken", name=name)
    employee = None
    if employee_no:
        employee = session.scalar(select(Employee).where(Employee.employee_no == employee_no.strip()))
        if employee is None:
            raise ValidationError.coded("employee_unknown", value=employee_no)
        holder = session.scalar(select(AppUser.username).where(AppUser.employee_id == employee.id))
        if holder is not None:
            raise ValidationError.coded("employee_has_profile", name=employee.name, profile=holder)
    if role == UserRole.MANAGER and employee is None:
        raise ValidationError.coded("manager_needs_employee")
    _refuse_locking_hr_out(session, role, name)
    user = AppUser(username=name, display_name=(display_name or (employee.name if employee else name)).strip()[:100],
                   role=role, employee_id=employee.id if employee else None, is_active=True,
                   password_hash=hash_password(password), failed_sign_ins=0)
    session.add(user)
    session.flush()
    return _row(user)


def list_profiles(session: Session) -> list[ProfileRow]:
    """Every profile, for HR and auditors; anyone else sees only their own."""
    actor = acting(session)
    query = select(AppUser).order_by(AppUser.username)
    if not actor.sees_everyone:
        query = query.where(AppUser.id == actor.user_id)
    return [_row(u) for u in session.scalars(query)]


def change_password(session: Session, username: str, new_password: str) -> None:
    """HR sets anyone's password; everyone else only their own."""
    actor = acting(session)
    user = _profile(session, username)
    if not actor.is_hr and actor.user_id != user.id:
        require_hr(session)
    _check_password(new_password)
    _refuse_locking_hr_out(session, user.role, user.username)
    user.password_hash = hash_password(new_password)
    user.failed_sign_ins, user.last_failed_at = 0, None


def disable_profile(session: Session, username: str) -> None:
    """The profile can no longer sign in; what it did stays on the audit trail."""
    require_hr(session)
    user = _profile(session, username)
    if user.role == UserRole.HR_ADMIN and user.is_active and _active_hr_count(session) <= 1:
        raise ValidationError.coded("last_hr_profile")
    user.is_active = False


def _refuse_locking_hr_out(session: Session, role: UserRole, username: str) -> None:
    """Once a profile can sign in, the database asks who you are; if no HR profile could
    answer, nobody could manage profiles again. So HR gets a password first."""
    if role == UserRole.HR_ADMIN:
        return
    hr_can_sign_in = session.scalar(select(AppUser.id).where(_can_sign_in(), AppUser.role == UserRole.HR_ADMIN)
                                    .limit(1))
    if hr_can_sign_in is None:
        raise ValidationError.coded("hr_password_first", name=username)


def _active_hr_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(AppUser)
                          .where(AppUser.is_active, AppUser.role == UserRole.HR_ADMIN)) or 0


def _can_sign_in():
    return AppUser.is_active & AppUser.password_hash.is_not(None)


def active_profile_count(session: Session) -> int:
    """Profiles someone can sign in with (a profile without a password, such as the
    demo company's, cannot, and asks nobody to sign in)."""
    return session.scalar(select(func.count()).select_from(AppUser).where(_can_sign_in())) or 0


def needs_sign_in(session: Session, shared: bool) -> bool:
    """Whether someone must say who they are: on a shared database as soon as it
    has a profile, on a local one once it has two (or its only profile is not HR)."""
    count = active_profile_count(session)
    if shared:
        return count > 0
    if count == 1:
        only = session.scalar(select(AppUser.role).where(_can_sign_in()))
        return only != UserRole.HR_ADMIN
    return count > 1


def sole_profile(session: Session) -> Actor | None:
    """The one HR profile of a single-user local database, acting without signing in."""
    users = list(session.scalars(select(AppUser).where(_can_sign_in()).limit(2)))
    if len(users) == 1 and users[0].role == UserRole.HR_ADMIN:
        return _actor(users[0])
    return None


def _actor(user: AppUser) -> Actor:
    return Actor(user.id, user.username, user.display_name, user.role, user.employee_id)


def wait_before_next_try(failed: int) -> float:
    return 0.0 if failed <= 0 else min(2.0 ** (failed - 1), MAX_WAIT_SECONDS)


def reserve_sign_in_attempt(session: Session, username: str, *, now: Callable[[], datetime] = utcnow) -> float:
    """Count one more try for the profile before its password is even looked at, and
    return how long the caller must wait before checking it (the delay owed for the
    tries already made). The count is raised in one statement that also takes the
    row's write lock, so tries made at once each get their own number: none is lost.
    Commit at once; wait outside any transaction."""
    if not username:
        return 0.0
    users = AppUser.__table__
    counted = session.execute(update(users).where(users.c.username == username)
                              .values(failed_sign_ins=users.c.failed_sign_ins + 1)).rowcount
    if not counted:
        return 0.0
    # Read under the lock the update holds: the count before this try and when the last one failed.
    count, last_failed_at = session.execute(select(users.c.failed_sign_ins, users.c.last_failed_at)
                                            .where(users.c.username == username)).one()
    moment = now()
    session.execute(update(users).where(users.c.username == username).values(last_failed_at=moment))
    if last_failed_at is None:
        return 0.0
    ready_at = last_failed_at + timedelta(seconds=wait_before_next_try(count - 1))
    return max(0.0, (ready_at - moment).total_seconds())


def finish_sign_in(session: Session, username: str, password: str) -> Actor | None:
    """The profile's actor when the password is right (its count of failed tries
    starts again from zero), else None (the try reserved for it stays counted)."""
    user = session.scalar(select(AppUser).where(AppUser.username == username)) if username else None
    if user is None or not user.is_active or not password_matches(user.password_hash, password or ""):
        return None
    session.execute(update(AppUser.__table__).where(AppUser.__table__.c.username == username)
                    .values(failed_sign_ins=0, last_failed_at=None))
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    return _actor(user)


def check_sign_in(units: Callable[[], ContextManager[Session]], username: str, password: str, *,
                  now: Callable[[], datetime] = utcnow, sleep: Callable[[float], None] = time.sleep) -> Actor | None:
    """The profile's actor when the password is right, else None. ``units`` opens a
    unit of work (``Database.session``). Each try is counted in the database first (so
    a second process, or ten tries at once, cannot dodge the count), then waits out a
    doubling delay with no transaction open, then is checked: no fast guessing."""
    name = (username or "").strip()
    with units() as session:
        owed = reserve_sign_in_attempt(session, name, now=now)
    if owed > 0:
        sleep(owed)
    with units() as session:
        actor = finish_sign_in(session, name, password)
    if actor is None:
        sleep(FAILED_SIGN_IN_DELAY)
    return actor


@dataclass(frozen=True)
class ProfilesView:
    """Settings → Profiles as the acting user may use it."""

    profiles: list[ProfileRow]  # HR and auditors: everyone; others: their own
    me: str | None  # the acting user's profile name (None for the owner of a local database)
    may_manage: bool  # add, set anyone's password, disable
    may_read_audit: bool


def profiles_view(session: Session) -> ProfilesView:
    """The profiles the acting user may see and what they may do with them."""
    actor = acting(session)
    return ProfilesView(list_profiles(session), actor.username if actor.user_id is not None else None,
                        actor.is_hr, actor.sees_everyone)
