"""A SQLite write lock held by another program, told as a DatabaseBusy error; a
file SQLite may not write to, told as PermissionDenied.

SQLite lets one program write at a time; the others wait up to the busy timeout
(db.engine.busy_timeout_seconds) and then get a bare "database is locked" from the
driver. Every statement and commit of every engine passes through here, so each
interface shows the same message whatever the unit of work was doing.
"""
from __future__ import annotations

from sqlalchemy import Engine, event

from db.cipher import operational_errors
from db.engine import busy_timeout_seconds
from db.location import describe_url

from ..errors import DatabaseBusy, PermissionDenied


def _shown_path(engine) -> str:
    if engine is None:
        return "the database"
    return describe_url(engine.url.render_as_string())


def _name_the_held_lock(context) -> None:
    error = context.original_exception
    if isinstance(error, operational_errors()) and "database is locked" in str(error):
        path = _shown_path(context.engine)
        busy = DatabaseBusy.coded("database_busy", path=path, seconds=f"{busy_timeout_seconds():g}")
        raise busy from context.sqlalchemy_exception
    if isinstance(error, operational_errors()) and "readonly database" in str(error):
        # A file on a read-only share or without write permission: it opens and reads,
        # and refuses the first write.
        path = _shown_path(context.engine)
        raise PermissionDenied.coded("database_read_only", path=path) from context.sqlalchemy_exception


if not event.contains(Engine, "handle_error", _name_the_held_lock):
    event.listen(Engine, "handle_error", _name_the_held_lock)
