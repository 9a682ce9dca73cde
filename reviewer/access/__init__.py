"""Who is acting: profiles that sign in, their roles, and the part of the
organisation each may see and change. Services ask here, never a widget."""
from db.models import UserRole  # the roles' vocabulary, for callers that may not import db

from .actor import LOCAL_OWNER, Actor, acting, bind, require_auditor_or_hr, require_hr, require_writer
from .profiles import (
    ProfileRow,
    ProfilesView,
    profiles_view,
    add_profile,
    change_password,
    disable_profile,
    list_profiles,
    check_sign_in,
    needs_sign_in,
    sole_profile,
)
from . import guard as _guard  # noqa: F401 - registers the listener refusing a reader's changes
from .scope import (
    keep_visible,
    reporting_line,
    require_all_in_scope,
    require_in_scope,
    require_reviewable,
    reviewable_condition,
    reviewable_employee_ids,
    visible_condition,
    visible_employee_ids,
)

__all__ = [
    "LOCAL_OWNER", "Actor", "acting", "bind", "require_auditor_or_hr", "require_hr", "require_writer",
    "ProfileRow", "ProfilesView", "profiles_view", "add_profile", "change_password", "disable_profile", "list_profiles", "needs_sign_in", "check_sign_in",
    "sole_profile",
    "keep_visible", "reporting_line", "require_all_in_scope", "require_in_scope", "require_reviewable",
    "reviewable_condition", "reviewable_employee_ids", "visible_condition", "visible_employee_ids", "UserRole",
]
