"""Evidence: files, notes and links that support a target.

Files are copied into a managed store in the data folder, named by their SHA-256,
so the same file attached twice is stored once. The name the user knew is kept for
display only, made safe. A stored file is deleted only after the last record that
uses it is gone and that change is committed.
"""
from __future__ import annotations

import hashlib
import mimetypes
import os
import re
import shutil
import tempfile
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import urlparse

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from db.location import data_dir, private_folder
from db.models import Evidence, EvidenceKind, StoredFile, Target

from ..access import require_in_scope
from ..errors import NotFound, ValidationError
from ..io.files import written_whole
from .actuals import Reading, readings

MAX_EVIDENCE_BYTES = 50 * 1024 * 1024
MAX_NAME_LENGTH = 200
LINK_SCHEMES = ("http", "https", "mailto")


def store_root() -> Path:
    return data_dir() / "evidence"


def stored_path(sha256: str) -> Path:
    """Where a stored file lives: sharded by the first two hex digits."""
    return store_root() / sha256[:2] / sha256


def safe_display_name(name: str) -> str:
    """A file name fit to show and to save as: no folders, no control or
    direction-changing characters, not hidden, not too long."""
    name = re.split(r"[\\/]", name)[-1]
    name = "".join(ch for ch in unicodedata.normalize("NFC", name)
                   if unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co"))
    name = re.sub(r"\s+", " ", name).strip().lstrip(".").strip()
    if len(name) > MAX_NAME_LENGTH:
        stem, dot, suffix = name.rpartition(".")
        keep = suffix if dot and len(suffix) <= 10 else ""
        name = (stem if keep else name)[: MAX_NAME_LENGTH - len(keep) - 1].rstrip() + ("." + keep if keep else "")
    return name or "attachment"


@dataclass(frozen=True)
class EvidenceItem:
    id: int
    kind: EvidenceKind
    title: str  # file name, note text or link
    size_bytes: int | None
    sha256: str | None
    added_at: datetime


def _check_target(session: Session, target_id: int, change: bool = True) -> None:
    target = session.get(Target, target_id)
    if target is None:
        raise NotFound.coded("target_unknown", id=target_id)
    require_in_scope(session, target.employee_id, change=change)


def _check_evidence(session: Session, evidence: Evidence | None, change: bool) -> None:
    if evidence is not None:
        _check_target(session, evidence.target_id, change)


def _copy_into_store(source: Path) -> tuple[str, int]:
    """Hash while copying to a temporary file in the store, then move it into place."""
    root = private_folder(store_root())
    digest, size = hashlib.sha256(), 0
    handle, temporary = tempfile.mkstemp(dir=root, prefix=".incoming-")
    try:
        with os.fdopen(handle, "wb") as out, open(source, "rb") as inp:
            while chunk := inp.read(1024 * 1024):
                size += len(chunk)
                if size > MAX_EVIDENCE_BYTES:
                    raise _too_big(source.name)
                digest.update(chunk)
                out.write(chunk)
        sha256 = digest.hexdigest()
        final = stored_path(sha256)
        if final.exists():
            os.unlink(temporary)  # the same content is stored already
        else:
            private_folder(final.parent)
            os.replace(temporary, final)
        return sha256, size
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def _too_big(name: str) -> ValidationError:
    return ValidationError.coded("evidence_too_large", name=safe_display_name(name), limit=MAX_EVIDENCE_BYTES // 2**20)


def store_file(session: Session, source: str | Path) -> tuple[str, str]:
    """Copy a file into the store (once per content) with its stored-file row, for
    evidence of any owner: its SHA-256 and the name to show, made safe."""
    source = Path(source)
    if not source.is_file():
        raise ValidationError.coded("no_file", path=str(source))
    if source.stat().st_size > MAX_EVIDENCE_BYTES:
        raise _too_big(source.name)
    try:
        sha256, size = _copy_into_store(source)
    except OSError as error:
        raise ValidationError.coded("evidence_not_stored", name=source.name, detail=str(error.strerror or error)) from None
    if session.get(StoredFile, sha256) is None:
        session.add(StoredFile(sha256=sha256, size_bytes=size,
                               media_type=mimetypes.guess_type(source.name)[0]))
    return sha256, safe_display_name(source.name)


def checked_note(text: str) -> str:
    """A note's text, trimmed; an empty one is refused."""
    if not (text or "").strip():
        raise ValidationError.coded("note_empty")
    return text.strip()


def checked_link(url: str) -> str:
    """A link the user can open (http, https or mailto), trimmed; anything else is refused."""
    parsed = urlparse((url or "").strip())
    if parsed.scheme.lower() not in LINK_SCHEMES or not (parsed.netloc or parsed.scheme == "mailto"):
        raise ValidationError.coded("link_invalid", value=url)
    return url.strip()


def attach_file(session: Session, target_id: int, source: str | Path, added_by: int | None = None) -> Evidence:
    """Copy a file into the store and attach it to a target."""
    _check_target(session, target_id)
    sha256, name = store_file(session, source)
    evidence = Evidence(kind=EvidenceKind.FILE, target_id=target_id, file_sha256=sha256,
                        original_name=name, added_by_id=added_by)
    session.add(evidence)
    session.flush()
    return evidence


def attach_note(session: Session, target_id: int, text: str, added_by: int | None = None) -> Evidence:
    _check_target(session, target_id)
    evidence = Evidence(kind=EvidenceKind.NOTE, target_id=target_id, note=checked_note(text), added_by_id=added_by)
    session.add(evidence)
    session.flush()
    return evidence


def attach_link(session: Session, target_id: int, url: str, added_by: int | None = None) -> Evidence:
    _check_target(session, target_id)
    evidence = Evidence(kind=EvidenceKind.LINK, target_id=target_id, url=checked_link(url), added_by_id=added_by)
    session.add(evidence)
    session.flush()
    return evidence


def list_evidence(session: Session, target_id: int) -> list[EvidenceItem]:
    _check_target(session, target_id, change=False)
    query = (select(Evidence, StoredFile.size_bytes).outerjoin(StoredFile)
             .where(Evidence.target_id == target_id).order_by(Evidence.added_at, Evidence.id))
    return [EvidenceItem(e.id, e.kind, e.original_name or e.note or e.url or "", size, e.file_sha256, e.added_at)
            for e, size in session.execute(query)]


def remove_evidence(session: Session, evidence_id: int) -> None:
    """Detach one piece of evidence. Its file goes from the store only when no other
    record uses it, and only once this transaction has committed."""
    evidence = session.get(Evidence, evidence_id)
    if evidence is None:
        raise NotFound.coded("evidence_unknown", id=evidence_id)
    _check_evidence(session, evidence, change=True)
    sha256 = evidence.file_sha256
    session.delete(evidence)
    session.flush()
    if sha256 is None:
        return
    still_used = session.scalar(select(func.count()).select_from(Evidence).where(Evidence.file_sha256 == sha256))
    if still_used:
        return
    session.delete(session.get(StoredFile, sha256))
    session.flush()

    def delete_file(_session) -> None:
        stored_path(sha256).unlink(missing_ok=True)

    event.listen(session, "after_commit", delete_file, once=True)


def export_file(session: Session, evidence_id: int, folder: str | Path) -> Path:
    """Copy a stored file out under its display name, checking it is unchanged."""
    evidence = session.get(Evidence, evidence_id)
    if evidence is None or evidence.file_sha256 is None or evidence.target_id is None:
        raise NotFound.coded("file_evidence_unknown", id=evidence_id)
    _check_evidence(session, evidence, change=False)
    return copy_out(evidence, Path(folder) / safe_display_name(evidence.original_name))


def copy_out(evidence: Evidence, destination: str | Path) -> Path:
    """Copy a file evidence's stored file to ``destination`` (written whole), refusing
    it when the stored content no longer matches its SHA-256. The caller checks access."""
    source = stored_path(evidence.file_sha256)
    digest = hashlib.sha256()
    try:
        with open(source, "rb") as handle:
            while chunk := handle.read(1024 * 1024):
                digest.update(chunk)
    except FileNotFoundError:
        raise ValidationError.coded("evidence_damaged", name=evidence.original_name) from None
    if digest.hexdigest() != evidence.file_sha256:
        raise ValidationError.coded("evidence_damaged", name=evidence.original_name)
    destination = Path(destination)
    try:
        with written_whole(destination) as partial:
            shutil.copyfile(source, partial)
    except OSError as error:
        raise ValidationError.coded("file_not_written", path=str(destination),
                                    detail=str(error.strerror or error)) from None
    return destination


@dataclass(frozen=True)
class TargetRecord:
    """A target's results, newest last, and the evidence attached to it."""
    readings: tuple[Reading, ...]
    evidence: tuple[EvidenceItem, ...]


def target_record(session: Session, target_id: int) -> TargetRecord:
    return TargetRecord(tuple(readings(session, target_id)), tuple(list_evidence(session, target_id)))

