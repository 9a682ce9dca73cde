"""Writing appraisal PDFs to disk, whole files only (io.files.write_whole)."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Employee

from ..errors import NotFound
from ..io.files import write_whole
from ..pdf.appraisal_pdf import render_appraisal
from .document import appraisal_document


def employee_id_by_number(session: Session, employee_no: str) -> int:
    employee_id = session.scalar(select(Employee.id).where(Employee.employee_no == employee_no.strip()))
    if employee_id is None:
        raise NotFound.coded("employee_unknown", value=employee_no)
    return employee_id


def issued_pdf(session: Session, document, language: str = "en") -> bytes:
    """The appraisal document as the program issues it: rendered and sealed by this database
    (reviewer.appraisal.seal), so that signing can tell it from a file made or changed elsewhere."""
    from .seal import DocumentSeal

    return DocumentSeal.load(session).apply(render_appraisal(document, language))


def write_appraisal_pdf(session: Session, cycle_id: int, employee_id: int, path: Path, language: str = "en",
                        hr_copy: bool = False) -> Path:
    """The appraisal document; ``hr_copy`` writes HR's copy (with the calibration record),
    which is neither sealed nor signable."""
    if hr_copy:
        write_whole(path, render_appraisal(appraisal_document(session, cycle_id, employee_id, hr_copy=True), language))
        return path
    write_whole(path, issued_pdf(session, appraisal_document(session, cycle_id, employee_id), language))
    return path


def signing_copy(session: Session, cycle_id: int, employee_id: int, language: str = "en") -> Path:
    """The document the program's signers sign, kept in the data folder per appraisal version:
    the employee's document, so refused before HR releases it.

    Built once: later it carries signatures, and rebuilding it would throw them away."""
    from db.location import data_dir

    from ..io.files import safe_file_name

    document = appraisal_document(session, cycle_id, employee_id, for_employee=True)
    name = safe_file_name(f"{document.employee_no}-{document.employee_name}-v{document.version}", "appraisal")
    path = data_dir() / "appraisals" / safe_file_name(document.cycle_name, "cycle") / f"{name}.pdf"
    if not path.exists() or _unsigned_and_unsealed(session, document.appraisal_id, path):
        write_whole(path, issued_pdf(session, document, language), private=True)
    else:
        _back_to_the_recorded_signature(session, document.appraisal_id, path)
    return path


def _back_to_the_recorded_signature(session: Session, appraisal_id: int | None, path: Path) -> None:
    """A copy that carries a signature the database never recorded (the signer's program was
    killed or interrupted after writing the file, before recording it) is taken back to the
    file the last recorded signature produced: signatures are incremental updates, so that
    file is the copy's beginning. Without this the copy could never be signed again."""
    import hashlib

    from db.models import SignatureRecord

    if appraisal_id is None:
        return
    recorded = session.scalar(select(SignatureRecord.document_sha256).where(
        SignatureRecord.appraisal_id == appraisal_id)
        .order_by(SignatureRecord.signed_at.desc(), SignatureRecord.id.desc()).limit(1))
    try:
        pdf = path.read_bytes()
    except OSError:
        return
    if recorded is None or hashlib.sha256(pdf).hexdigest() == recorded:
        return
    for end in _revision_ends(pdf):
        if hashlib.sha256(pdf[:end]).hexdigest() == recorded:
            write_whole(path, pdf[:end], private=True)
            return


def _revision_ends(pdf: bytes) -> list[int]:
    """Where each revision of a PDF ends: after each %%EOF and its line end."""
    ends, start = [], 0
    while (found := pdf.find(b"%%EOF", start)) >= 0:
        end = found + len(b"%%EOF")
        end += 2 if pdf[end:end + 2] == b"\r\n" else 1 if pdf[end:end + 1] in (b"\r", b"\n") else 0
        ends.append(end)
        start = end
    return ends


def _unsigned_and_unsealed(session: Session, appraisal_id: int | None, path: Path) -> bool:
    """A copy written before documents were sealed, or changed since, that nobody signed yet:
    signing would refuse it, and rebuilding it loses nothing."""
    from db.models import SignatureRecord

    from .seal import DocumentSeal

    if appraisal_id is None or session.scalar(select(SignatureRecord.id).where(
            SignatureRecord.appraisal_id == appraisal_id).limit(1)) is not None:
        return False
    try:
        return not DocumentSeal.load(session).holds(path.read_bytes())
    except OSError:
        return True
