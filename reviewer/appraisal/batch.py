"""Every appraisal of a cycle (or of one department) as PDF files, optionally signed
by the manager's identity, built on all cores.

Documents are assembled from the database here and built and signed in worker
processes from plain data, each into a hidden ``.<name>.part`` file. Only when every
document is built are the signature records committed and then the files renamed
into place, so a signed PDF never appears without its record; a cancel or a failure
removes every file of the batch and rolls the records back. A killed run leaves only
``.part`` files: the next run into the same folder removes them, or puts in place the
ones whose signature was already committed.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Appraisal, AppraisalState, Employee, SignatureRecord, SigningCertificate

from ..access import reviewable_condition
from ..errors import NotFound, ValidationError
from ..io.files import remove_killed_writers_leftovers, safe_file_name
from ..messages import QT_TRANSLATE_NOOP, render
from ..pdf.parallel import build_all
from ..people.directory import department_subtree, list_departments
from ..progress import Progress
from .document import appraisal_document
from .identities import holder_employee_id, identities_dir
from .seal import DocumentSeal
from .signing import load_signer, open_signer, record_signature, sign_bytes
from .timestamps import timestamp_server_url

BATCH_ROLE = "manager"  # fresh documents take the first signature only


@dataclass(frozen=True)
class Skipped:
    """A person left out of a signing batch, and why (a message code of reviewer.messages)."""
    employee_no: str
    name: str
    code: str
    params: dict

    @property
    def reason(self) -> str:
        return render(self.code, self.params)


@dataclass
class BatchResult:
    written: list[Path] = field(default_factory=list)
    signed: int = 0
    already_signed: list[str] = field(default_factory=list)  # left out of a signing batch: their PDFs stand
    skipped: list[Skipped] = field(default_factory=list)  # everyone left out of a signing batch, with the reason


def cycle_people(session: Session, cycle_id: int, department_id: int | None = None) -> list[tuple[int, int]]:
    """(employee id, current appraisal id) of everyone appraised in the cycle whose
    appraisal the acting user may review (a manager: their line), by employee number."""
    newest = (select(Appraisal.employee_id, func.max(Appraisal.version).label("version"))
              .where(Appraisal.cycle_id == cycle_id).group_by(Appraisal.employee_id).subquery())
    query = (select(Appraisal.employee_id, Appraisal.id).join(newest, (newest.c.employee_id == Appraisal.employee_id)
                                                               & (newest.c.version == Appraisal.version))
             .join(Employee, Employee.id == Appraisal.employee_id)
             .where(Appraisal.cycle_id == cycle_id, reviewable_condition(session, Appraisal.employee_id))
             .order_by(Employee.employee_no))
    if department_id is not None:
        query = query.where(Employee.department_id.in_(department_subtree(list_departments(session), department_id)))
    return [tuple(row) for row in session.execute(query)]


_signers: dict[tuple[str, str], object] = {}  # per worker process: a PKCS#12 file is opened once, not per document


def _build_one(document, language: str, key_file: str | None, password: str | None, holder: str | None,
               when: datetime | None, target: Path, seal: DocumentSeal, timestamp_url: str | None = None) -> str | None:
    """Worker: render, seal (and sign) one appraisal, write it beside its target; the signed revision's SHA-256."""
    from ..pdf.appraisal_pdf import render_appraisal

    pdf = seal.apply(render_appraisal(document, language))
    digest = None
    if key_file is not None:
        signer = _signers.get((key_file, password))
        if signer is None:
            signer = _signers[(key_file, password)] = load_signer(key_file, password)
        pdf = sign_bytes(pdf, BATCH_ROLE, signer, holder, when, language, timestamp_url=timestamp_url)
        digest = hashlib.sha256(pdf).hexdigest()
    target.write_bytes(pdf)
    return digest


def _partial(path: Path) -> Path:
    return path.with_name(f".{path.name}.part")


def _final(partial: Path) -> Path:
    return partial.with_name(partial.name[1:-len(".part")])


def finish_interrupted_batch(session: Session, out_dir: Path) -> int:
    """Tidy what a killed batch left in out_dir: a ``.part`` file whose signed revision is
    recorded here is put in place (its record was committed just before the kill), every
    other one is removed. Returns how many were put in place."""
    if not out_dir.is_dir():
        return 0
    remove_killed_writers_leftovers(out_dir)  # a single document written into the folder and killed
    finished = 0
    for partial in out_dir.glob(".*.pdf.part"):
        try:
            digest = hashlib.sha256(partial.read_bytes()).hexdigest()
        except OSError:
            continue
        if session.scalar(select(SignatureRecord.id).where(SignatureRecord.document_sha256 == digest).limit(1)):
            partial.replace(_final(partial))
            finished += 1
        else:
            partial.unlink(missing_ok=True)
    return finished


def _skip_unmanaged(session: Session, people: list[tuple[int, int]], record: SigningCertificate,
                    result: BatchResult) -> list[tuple[int, int]]:
    """Only the identity's holder's direct reports: a manager signs for their own people, not
    for a whole department or a line further down (their own manager signs those)."""
    holder = holder_employee_id(session, record)
    if holder is None:
        raise ValidationError.coded("batch_identity_not_a_person", identity=record.holder_name)
    mine = []
    for employee_id, appraisal_id in people:
        employee = session.get(Employee, employee_id)
        if employee.manager_id == holder:
            mine.append((employee_id, appraisal_id))
            continue
        manager = session.get(Employee, employee.manager_id) if employee.manager_id else None
        result.skipped.append(Skipped(
            employee.employee_no, employee.name, "batch_skip_not_their_manager",
            {"name": employee.name, "identity": record.holder_name, "manager": manager.name if manager else "-"}))
    if not mine:
        raise ValidationError.coded("batch_manages_nobody", identity=record.holder_name, count=len(people))
    return mine


def export_appraisals(session: Session, cycle_id: int, out_dir: Path, language: str = "en",
                      department_id: int | None = None, sign_as: tuple[int, str] | None = None,
                      progress: Progress | None = None) -> BatchResult:
    """Write one PDF per appraised person; with ``sign_as`` (identity id, password) only the
    identity holder's direct reports are written, each signed as manager, and the signature
    records are committed (the caller's transaction with them) before the files appear."""
    progress = progress or Progress()
    finish_interrupted_batch(session, out_dir)
    people = cycle_people(session, cycle_id, department_id)
    if not people:
        raise NotFound.coded("batch_nobody")
    result = BatchResult()
    record = None
    if sign_as is not None:
        record = session.get(SigningCertificate, sign_as[0])
        if record is None or record.key_file is None or record.is_ca:
            raise NotFound.coded("identity_unknown", id=sign_as[0])
        open_signer(record, sign_as[1])  # a wrong password fails here, before any work
        people = _skip_unmanaged(session, people, record, result)
        signed_before = set(session.scalars(select(SignatureRecord.appraisal_id).where(
            SignatureRecord.appraisal_id.in_([a for _, a in people]))))
        locked = set(session.scalars(select(Appraisal.id).where(
            Appraisal.id.in_([a for _, a in people]), Appraisal.state.in_(
                [AppraisalState.SIGNED, AppraisalState.SUPERSEDED]))))
        skipped = signed_before | locked
        for employee_id, appraisal_id in people:
            if appraisal_id in skipped:
                employee = session.get(Employee, employee_id)
                result.already_signed.append(employee.name)
                result.skipped.append(Skipped(employee.employee_no, employee.name, "batch_skip_already_signed",
                                              {"name": employee.name}))
        people = [(e, a) for e, a in people if a not in skipped]
        if not people:
            raise ValidationError.coded("batch_all_signed")
    out_dir.mkdir(parents=True, exist_ok=True)
    collecting = QT_TRANSLATE_NOOP("progress", "Collecting appraisals")
    jobs, targets = [], []
    when = datetime.now(timezone.utc)
    key_file = str(identities_dir() / record.key_file) if record else None
    seal = DocumentSeal.load(session)
    timestamp_url = timestamp_server_url(session) if record else None
    for done, (employee_id, _appraisal_id) in enumerate(people):
        if done % 20 == 0:
            progress.step(0.2 * done / len(people), collecting)
        # Signed documents go to the employees: only released ones.
        document = appraisal_document(session, cycle_id, employee_id, for_employee=sign_as is not None)
        target = out_dir / f"{safe_file_name(f'{document.employee_no}-{document.employee_name}', 'appraisal')}.pdf"
        targets.append(target)
        jobs.append((document, language, key_file, sign_as[1] if sign_as else None,
                     record.holder_name if record else None, when, _partial(target), seal, timestamp_url))
    building = QT_TRANSLATE_NOOP("progress", "Writing appraisal PDFs")
    scaled = Progress(report=lambda fraction, message: progress.report(0.2 + 0.8 * fraction, message),
                      is_cancelled=progress.is_cancelled)
    built: list[tuple[int, Path, str | None]] = []
    try:
        for (_employee_id, appraisal_id), target, digest in zip(people, targets,
                                                                build_all(_build_one, jobs, scaled, building)):
            built.append((appraisal_id, target, digest))
        for appraisal_id, _target, digest in built:
            if digest is not None:
                record_signature(session, session.get(Appraisal, appraisal_id), BATCH_ROLE, record, when, digest)
                result.signed += 1
        if result.signed:
            session.commit()  # the records first: a signed file must never stand without its record
    except BaseException:
        for target in targets:
            _partial(target).unlink(missing_ok=True)
        raise
    for _appraisal_id, target, _digest in built:
        _partial(target).replace(target)
        result.written.append(target)
    # report, not step: once the records are committed, a late cancel must not take the files away
    progress.report(1.0, QT_TRANSLATE_NOOP("progress", "Appraisal PDFs written"))
    return result
