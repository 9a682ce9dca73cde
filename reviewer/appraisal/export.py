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


def write_appraisal_pdf(session: Session, cycle_id: int, employee_id: int, path: Path, language: str = "en") -> Path:
    write_whole(path, render_appraisal(appraisal_document(session, cycle_id, employee_id), language))
    return path


def signing_copy(session: Session, cycle_id: int, employee_id: int, language: str = "en") -> Path:
    """The document the program's signers sign, kept in the data folder per appraisal version.

    Built once: later it carries signatures, and rebuilding it would throw them away."""
    from db.location import data_dir

    from ..io.files import safe_file_name

    document = appraisal_document(session, cycle_id, employee_id)
    name = safe_file_name(f"{document.employee_no}-{document.employee_name}-v{document.version}", "appraisal")
    path = data_dir() / "appraisals" / safe_file_name(document.cycle_name, "cycle") / f"{name}.pdf"
    if not path.exists():
        write_whole(path, render_appraisal(document, language), private=True)
    return path
