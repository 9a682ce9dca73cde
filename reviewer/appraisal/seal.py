"""The seal that proves an unsigned appraisal PDF is the one this program wrote.

Every appraisal document is rendered with a placeholder in its keywords
(``seal=000…``); before the file is written the placeholder is replaced by a keyed
MAC over the whole file (placeholder zeroed). The key never leaves the database
(app_settings, made on first use), so only this database can seal a document, and
any byte added or changed afterwards, an incremental update included, breaks the
seal. The first signer may only sign a sealed document; later signers sign exactly
the file the previous signature produced (its SHA-256 is recorded).
"""
from __future__ import annotations

import hashlib
import hmac
import re

from sqlalchemy.orm import Session


from ..database.secrets import stored_secret
from ..pdf.appraisal_pdf import SEAL_PLACEHOLDER

KEY_SETTING = "appraisal.document_seal_key"
DOMAIN = b"appraisal-workstation document seal v1\0"  # this key signs nothing else in the same way
SEALED = re.compile(rb"seal=([0-9a-f]{64})")


class DocumentSeal:
    """Seals and checks appraisal PDFs; plain bytes inside, so batch workers can use it."""

    def __init__(self, secret: bytes):
        self._secret = secret

    @classmethod
    def load(cls, session: Session) -> DocumentSeal:
        return cls(stored_secret(session, KEY_SETTING))

    def _mac(self, unsealed: bytes) -> bytes:
        return hmac.new(self._secret, DOMAIN + unsealed, hashlib.sha256).hexdigest().encode("ascii")

    def apply(self, pdf: bytes) -> bytes:
        """The rendered document with its seal in place of the placeholder."""
        if pdf.count(SEAL_PLACEHOLDER) != 1:
            raise ValueError("an appraisal PDF carries exactly one seal placeholder")
        return pdf.replace(SEAL_PLACEHOLDER, b"seal=" + self._mac(pdf))

    def holds(self, pdf: bytes) -> bool:
        """Whether pdf is, byte for byte, a document this database sealed."""
        found = list(SEALED.finditer(pdf))
        if len(found) != 1:
            return False
        start, end = found[0].span()
        unsealed = pdf[:start] + SEAL_PLACEHOLDER + pdf[end:]
        return hmac.compare_digest(found[0].group(1), self._mac(unsealed))
