"""Signed appraisal benchmarks: one document end to end against plain reportlab and
plain pyHanko doing the same job, and a batch of signed appraisals on all cores."""
from __future__ import annotations

import io
import random
import shutil
import statistics
import time
from pathlib import Path

PASSWORD = "benchmark-pass-1"


def _identity(session, holder: str, employee_id: int | None = None):
    from reviewer.appraisal.identities import company_ca, create_company_ca, create_identity

    if company_ca(session) is None:
        create_company_ca(session, "华信商贸", PASSWORD)
    return create_identity(session, holder, PASSWORD, employee_id, ca_password=PASSWORD)


def _manager_of_everyone_appraised(session, cycle_id: int) -> int:
    """A batch signs only for the identity holder's direct reports: one new manager leads
    everyone appraised, so the batch signs them all."""
    from sqlalchemy import select, update

    from db.models import Appraisal, Department, Employee

    manager = Employee(employee_no="BENCH-M1", name="王经理", department_id=session.scalar(select(Department.id).limit(1)))
    session.add(manager)
    session.flush()
    session.execute(update(Employee).where(Employee.id.in_(
        select(Appraisal.employee_id).where(Appraisal.cycle_id == cycle_id))).values(manager_id=manager.id))
    return manager.id


def _page_lines(pdf: bytes) -> list[list[str]]:
    from pypdf import PdfReader

    return [page.extract_text().splitlines() for page in PdfReader(io.BytesIO(pdf)).pages]


def _floor_once(lines: list[list[str]], key_file: str) -> None:
    """Plain reportlab drawing the same text on the same number of pages in the same
    font, then one plain pyHanko signature with its default stamp in a new field."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from reportlab.pdfgen.canvas import Canvas

    from reviewer.pdf.fonts import register_page_font

    font = register_page_font()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, initialFontName=font)
    for page in lines:
        canvas.setFont(font, 9)
        for n, line in enumerate(page):
            canvas.drawString(48, 800 - n * 12, line)
        canvas.showPage()
    canvas.save()
    signer = signers.SimpleSigner.load_pkcs12(key_file, passphrase=PASSWORD.encode())
    writer = IncrementalPdfFileWriter(io.BytesIO(buffer.getvalue()))
    signers.sign_pdf(writer, signers.PdfSignatureMetadata(field_name="Signature"), signer=signer,
                     new_field_spec=fields.SigFieldSpec("Signature", on_page=len(lines) - 1, box=(48, 48, 278, 128)),
                     output=io.BytesIO())


def single_signed(demo_path: Path, folder: Path, runs: int = 15) -> tuple[float, float]:
    """Median seconds: ours (query, layout, charts, signature with a Chinese-name stamp,
    file written, signature recorded) and the floor, interleaved run by run."""
    from sqlalchemy import select

    from db.location import resolve_database_url
    from db.migrate import open_database
    from db.models import Appraisal, Employee
    from reviewer.appraisal.export import write_appraisal_pdf
    from reviewer.appraisal.signing import sign_appraisal
    from reviewer.pdf.appraisal_pdf import render_appraisal
    from reviewer.appraisal.document import appraisal_document

    database, _ = open_database(resolve_database_url(str(demo_path)))
    folder.mkdir(parents=True, exist_ok=True)
    with database.session() as session:
        identity = _identity(session, "杜勇艳")
        employee_id = session.scalar(select(Appraisal.employee_id).join(Employee, Employee.id == Appraisal.employee_id)
                                     .where(Appraisal.cycle_id == 1, Employee.manager_id.is_not(None))
                                     .order_by(Appraisal.id))
        lines = _page_lines(render_appraisal(appraisal_document(session, 1, employee_id), "zh"))
        key_file = str(identity.key_file)
    ours, floor = [], []
    for run in range(runs + 1):
        start = time.perf_counter()
        session = database._sessions()
        try:
            path = folder / f"signed-{run}.pdf"
            write_appraisal_pdf(session, 1, employee_id, path, "zh")
            sign_appraisal(session, path, "manager", identity.id, PASSWORD, language="zh")
        finally:
            session.rollback()  # the next run signs the same appraisal first again
            session.close()
        elapsed = time.perf_counter() - start
        start = time.perf_counter()
        _floor_once(lines, key_file)
        if run:  # the first run of each warms caches (fonts, imports)
            ours.append(elapsed)
            floor.append(time.perf_counter() - start)
    database.dispose()
    return statistics.median(ours), statistics.median(floor)


def _add_appraisals(org_path: Path, count: int) -> None:
    """The generated organisation has targets and actuals but no results: give the
    first ``count`` people of its closed cycle an appraisal with scores."""
    from sqlalchemy import insert, select

    from db.location import resolve_database_url
    from db.migrate import open_database
    from db.models import Appraisal, AppraisalState, Cycle, Employee

    rng = random.Random(7)
    database, _ = open_database(resolve_database_url(str(org_path)))
    with database.session() as session:
        cycle_id = session.scalar(select(Cycle.id).order_by(Cycle.id))
        people = session.scalars(select(Employee.id).order_by(Employee.id).limit(count)).all()
        rows = []
        for person in people:
            kpi, competency = rng.uniform(55, 110), rng.uniform(50, 95)
            rows.append({"cycle_id": cycle_id, "employee_id": person, "version": 1, "kpi_score": min(kpi, 100),
                         "competency_score": competency, "final_score": min(100, 0.7 * kpi + 0.3 * competency),
                         "state": AppraisalState.RELEASED, "strengths": "沟通清晰，客户导向强。",
                         "development_areas": "需要加强数据分析能力。", "manager_comment": "整体表现良好。"})
        session.execute(insert(Appraisal), rows)
    database.dispose()


def batch_signed(org_path: Path, folder: Path, count: int = 1000) -> tuple[float, int, int]:
    """Seconds to write ``count`` signed appraisals on all cores, documents written,
    progress reports received."""
    from sqlalchemy import select

    from db.location import resolve_database_url
    from db.migrate import open_database
    from db.models import Cycle
    from reviewer.appraisal.batch import export_appraisals
    from reviewer.progress import Progress

    copy = folder / "batch.sqlite3"
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(org_path, copy)
    _add_appraisals(copy, count)
    database, _ = open_database(resolve_database_url(str(copy)))
    reports = []
    with database.session() as session:
        cycle_id = session.scalar(select(Cycle.id).order_by(Cycle.id))
        identity = _identity(session, "王经理", _manager_of_everyone_appraised(session, cycle_id))
    start = time.perf_counter()
    with database.session() as session:
        result = export_appraisals(session, cycle_id, folder / "pdf", "zh", sign_as=(identity.id, PASSWORD),
                                   progress=Progress(report=lambda fraction, message: reports.append(fraction)))
    elapsed = time.perf_counter() - start
    database.dispose()
    return elapsed, result.signed, len(reports)

