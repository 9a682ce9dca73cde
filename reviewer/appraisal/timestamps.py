"""Timestamped signatures (PAdES B-T): HR names an RFC 3161 timestamp server, kept with the
data set (app_settings); every signature made while one is named carries the server's
timestamp token, so the document proves its date after the signer's certificate expires.

Trust is decided once, when HR saves the address: the server is asked for a timestamp
then, and the certificates its token carries are stored and trusted for timestamps from
then on (also after the address changes or is cleared, so older documents still verify).
A server that cannot be reached is refused at saving and at signing: a signature is never
made without the timestamp HR asked for.
"""
from __future__ import annotations

import base64
import hashlib
import json
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

from sqlalchemy.orm import Session

from db.models import AppSetting

from ..access import require_hr
from ..errors import ValidationError
from ..text import refuse_hidden_characters

SERVER_KEY = "signing.timestamp_server"
CERTIFICATES_KEY = "signing.timestamp_certificates"  # every timestamp authority trusted here, DER in base64
MAX_URL_LENGTH = 500
TIMEOUT_SECONDS = 20


@dataclass(frozen=True)
class TimestampServer:
    url: str | None  # None: signatures carry no timestamp
    trusted_certificates: int  # how many timestamp authority certificates this data set trusts


def timestamp_server_url(session: Session) -> str | None:
    """The timestamp server signatures ask, or None."""
    stored = session.get(AppSetting, SERVER_KEY)
    return (stored.value.strip() or None) if stored is not None else None


def timestamp_server(session: Session) -> TimestampServer:
    return TimestampServer(timestamp_server_url(session), len(_stored_certificates(session)))


def trusted_timestamp_certificates(session: Session) -> list:
    """The certificates of every timestamp server HR named (trust roots for timestamp tokens)."""
    from asn1crypto import x509

    certificates = []
    for der in _stored_certificates(session):
        try:
            certificates.append(x509.Certificate.load(der))
        except ValueError:  # a hand-edited value: that one is not trusted
            continue
    return certificates


def _stored_certificates(session: Session) -> list[bytes]:
    stored = session.get(AppSetting, CERTIFICATES_KEY)
    if stored is None:
        return []
    try:
        return [base64.b64decode(item) for item in json.loads(stored.value)]
    except (ValueError, TypeError):
        return []


def check_timestamp_url(url: str) -> str:
    """The address trimmed, or ValidationError when it is no http(s) address."""
    url = url.strip()
    refuse_hidden_characters("timestamp_server", url)
    try:
        parts = urlsplit(url)
        valid = parts.scheme in ("http", "https") and bool(parts.hostname) and parts.port != 0
    except ValueError:  # e.g. a port that is not a number
        valid = False
    if not valid or len(url) > MAX_URL_LENGTH or any(c.isspace() for c in url):
        raise ValidationError.coded("timestamp_url_invalid", value=url[:80])
    return url


def save_timestamp_server(session: Session, url: str | None) -> TimestampServer:
    """Name the timestamp server (HR); empty or None: signatures carry no timestamp. A named server
    must answer with a timestamp now: the certificates it shows are trusted from then on."""
    require_hr(session)
    url = (url or "").strip()
    stored = session.get(AppSetting, SERVER_KEY) or AppSetting(key=SERVER_KEY, value="")
    if url:
        url = check_timestamp_url(url)
        try:
            token = _run(UrlTimeStamper(url).async_timestamp(hashlib.sha256(b"timestamp check").digest(), "sha256"))
        except (OSError, ValueError) as error:
            raise ValidationError.coded("timestamp_server_not_saved", url=url, detail=_detail(error)) from None
        known = _stored_certificates(session)
        carried = [wrapped.chosen.dump() for wrapped in token["content"]["certificates"] or ()]
        certificates = session.get(AppSetting, CERTIFICATES_KEY) or AppSetting(key=CERTIFICATES_KEY, value="[]")
        certificates.value = json.dumps([base64.b64encode(der).decode("ascii")
                                         for der in known + [der for der in carried if der not in known]])
        session.add(certificates)
    stored.value = url
    session.add(stored)
    session.flush()
    return timestamp_server(session)


def _run(coroutine):
    import asyncio

    return asyncio.run(coroutine)


def _detail(error: BaseException) -> str:
    reason = getattr(error, "reason", None)
    return str(reason if reason is not None else error)[:200] or type(error).__name__


def _timestamper_base():
    from pyhanko.sign.timestamps.api import TimeStamper

    return TimeStamper


class UrlTimeStamper(_timestamper_base()):
    """pyHanko's timestamp client over the standard library (pyHanko's own needs ``requests``)."""

    def __init__(self, url: str, timeout: float = TIMEOUT_SECONDS):
        super().__init__()
        self.url = url
        self.timeout = timeout

    async def async_request_tsa_response(self, req):
        from asn1crypto import tsp
        from pyhanko.sign.timestamps.common_utils import TimestampRequestError

        request = urllib.request.Request(self.url, data=req.dump(), method="POST",
                                         headers={"Content-Type": "application/timestamp-query"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as answer:
                kind = answer.headers.get("Content-Type", "")
                body = answer.read(1_000_000)
        except (urllib.error.URLError, OSError, ValueError) as error:
            raise TimestampRequestError(_detail(error)) from error
        if kind.split(";")[0].strip() != "application/timestamp-reply":
            raise TimestampRequestError(f"the answer is {kind or 'untyped'}, not a timestamp")
        try:
            return tsp.TimeStampResp.load(body)
        except ValueError as error:
            raise TimestampRequestError("the answer is not a timestamp") from error


def timestamper_for(url: str | None):
    """The timestamper a signature asks (None: no timestamp)."""
    return UrlTimeStamper(url) if url else None


def refuse_unreachable(url: str, error: BaseException) -> ValidationError:
    return ValidationError.coded("timestamp_server_unreachable", url=url, detail=_detail(error))
