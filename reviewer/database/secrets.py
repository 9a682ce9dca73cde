"""Keys that belong to the data set (the 360 form MAC key, the appraisal seal key):
made on first use, kept in app_settings, never shown on the audit trail."""
from __future__ import annotations

import secrets

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.models import AppSetting


def stored_secret(session: Session, key: str) -> bytes:
    """The 32-byte secret stored under ``key``, made now if there is none. Two first
    uses at once (two programs on one database): the second reads the first's key."""
    setting = session.get(AppSetting, key)
    if setting is None:
        try:
            with session.begin_nested():
                session.add(AppSetting(key=key, value=secrets.token_hex(32)))
        except IntegrityError:
            pass
        setting = session.get(AppSetting, key)
    return bytes.fromhex(setting.value)
