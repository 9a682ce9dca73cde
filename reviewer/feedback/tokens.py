"""Tokens that bind an offline form to its request and cannot be forged: a random
identifier stored with the request plus a keyed MAC whose key never leaves the
database (it is created on first use and kept in app_settings)."""
from __future__ import annotations

import hashlib
import hmac
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import FeedbackRequest

from ..database.secrets import stored_secret

KEY_SETTING = "feedback.form_mac_key"
PREFIX = "AW1"


class FormKey:
    def __init__(self, secret: bytes):
        self._secret = secret

    @classmethod
    def load(cls, session: Session) -> FormKey:
        return cls(stored_secret(session, KEY_SETTING))

    def _mac(self, request_id: int, nonce: str) -> str:
        message = f"{PREFIX}:{request_id}:{nonce}".encode()
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()[:40]

    def token_for(self, request: FeedbackRequest) -> str:
        """The token printed into the request's form; gives the request a nonce if it has none."""
        if not request.token:
            request.token = secrets.token_urlsafe(18)
        return f"{PREFIX}:{request.id}:{request.token}:{self._mac(request.id, request.token)}"

    def request_id_of(self, session: Session, token: str) -> int | None:
        """The request a token was issued for, or None when it is forged, altered or unknown."""
        parts = token.strip().split(":")
        if len(parts) != 4 or parts[0] != PREFIX or not parts[1].isdigit():
            return None
        request_id, nonce, mac = int(parts[1]), parts[2], parts[3]
        if not hmac.compare_digest(mac, self._mac(request_id, nonce)):
            return None
        stored = session.scalar(select(FeedbackRequest.token).where(FeedbackRequest.id == request_id))
        if stored is None or not hmac.compare_digest(stored, nonce):
            return None
        return request_id
