"""Importing returned offline forms. Every file is checked completely before
anything of it is written: token genuine, request still open and unanswered,
answers in range, required answers present. A file is accepted whole or rejected
whole, with a reason a person can act on."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from db.models import Answer, AuditEvent, Cycle, CycleStage, FeedbackRequest, RequestStatus, utcnow

from ..progress import Progress
from .forms import Question, RequestForm, request_forms
from .filling import MAX_TEXT, OPEN_STATES
from .offline_export import CANNOT_JUDGE, field_name, request_of_token_field
from .scores import record_scores
from .tokens import FormKey

MAX_FILE_BYTES = 50 * 1024 * 1024


class Rejected(Exception):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


@dataclass
class FormImportResult:
    file: str
    accepted: bool
    code: str  # accepted / not_pdf / unreadable / no_form / forged / closed / answered / invalid_answer / missing
    message: str
    submitted: list[int] = field(default_factory=list)  # request ids stored
    skipped: list[int] = field(default_factory=list)  # left blank: still open

    def as_dict(self) -> dict[str, Any]:
        return {"file": self.file, "accepted": self.accepted, "code": self.code, "message": self.message,
                "submitted": self.submitted, "skipped": self.skipped}


@dataclass
class _Request:
    form: RequestForm
    answers: list[dict]


def _read_fields(path: Path) -> dict[str, Any]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            head = handle.read(1024)
    except OSError as error:
        raise Rejected("unreadable", f"The file cannot be read: {error.strerror or error}.") from error
    if b"%PDF-" not in head:
        raise Rejected("not_pdf", "This is not a PDF file. Ask the rater to send back the PDF form itself.")
    if size > MAX_FILE_BYTES:
        raise Rejected("unreadable", "The file is larger than any returned form can be (50 MB).")
    try:
        return _top_level_values(PdfReader(path, strict=False))
    except (PdfReadError, ValueError, KeyError, TypeError, IndexError, AttributeError, RecursionError) as error:
        raise Rejected("unreadable", "The PDF is damaged or incomplete (perhaps cut off while sending); "
                                     "ask the rater to send it again.") from error


def _top_level_values(reader) -> dict[str, Any]:
    """Name -> value of the form's fields. Our forms keep every field at the top of
    the field tree, with a radio group's answer on the group; reading only those
    (not pypdf's get_fields, which visits every radio button) is 10× faster."""
    acro_form = reader.trailer["/Root"].get("/AcroForm")
    if acro_form is None:
        return {}
    values: dict[str, Any] = {}
    for reference in acro_form.get_object().get("/Fields", []):
        field = reference.get_object()
        name = field.get("/T")
        if name is not None:
            values[str(name)] = field.get("/V")
    return values


def _rating_of(value: Any, question: Question, where: str) -> tuple[int | None, bool]:
    """(rating, cannot_judge) from a radio group's value; (None, False) when unanswered."""
    text = str(value or "").lstrip("/").strip()
    if text in ("", "Off"):
        return None, False
    if text == CANNOT_JUDGE:
        if not question.allow_cannot_judge:
            raise Rejected("invalid_answer", f"{where}: 'cannot judge' is not allowed for this question.")
        return None, True
    if not text.lstrip("-").isdigit() or not question.accepts(int(text)):
        raise Rejected("invalid_answer", f"{where}: the answer {text!r} is not on the scale "
                                         f"{question.scale_min}–{question.scale_max}.")
    return int(text), False


def _answers_for(form: RequestForm, values: dict[str, Any]) -> list[dict]:
    answers, missing = [], []
    for number, question in enumerate(form.questions(), start=1):
        where = f"About {form.subject_name}, question {number} ({question.text})"
        value = values.get(field_name(form.request_id, question.id))
        if question.is_rating:
            rating, cannot_judge = _rating_of(value, question, where)
            answered = rating is not None or cannot_judge
            row = {"question_id": question.id, "rating": rating, "cannot_judge": cannot_judge, "text": None}
        else:
            text = str(value or "").strip()
            if len(text) > MAX_TEXT:
                raise Rejected("invalid_answer", f"{where}: the answer is longer than {MAX_TEXT} characters.")
            answered = bool(text)
            row = {"question_id": question.id, "rating": None, "cannot_judge": False, "text": text or None}
        if answered:
            answers.append(row)
        elif question.required:
            missing.append(where)
    if answers and missing:
        raise Rejected("missing", f"{missing[0]} is not answered" +
                       (f" (and {len(missing) - 1} more)." if len(missing) > 1 else "."))
    return answers


def _check_file(session: Session, key: FormKey, path: Path) -> list[_Request]:
    values = _read_fields(path)
    request_ids = []
    for name, value in values.items():
        named = request_of_token_field(name)
        if named is None:
            continue
        request_id = key.request_id_of(session, str(value or ""))
        if request_id is None or request_id != named:
            raise Rejected("forged", "The form's security token is not valid: the form was altered or was not "
                                     "issued by this database. Export a new form for the rater.")
        request_ids.append(request_id)
    if not request_ids:
        raise Rejected("no_form", "No 360 feedback form was found in this PDF.")
    statuses = {r.id: (r.status, stage) for r, stage in session.execute(
        select(FeedbackRequest, Cycle.stage).join(Cycle, FeedbackRequest.cycle_id == Cycle.id)
        .where(FeedbackRequest.id.in_(request_ids)))}
    checked = []
    for form in request_forms(session, request_ids):
        status, stage = statuses[form.request_id]
        if status == RequestStatus.SUBMITTED:
            raise Rejected("answered", f"The feedback about {form.subject_name} was already submitted; "
                                       "this file is a duplicate or arrived late.")
        if status not in OPEN_STATES or stage == CycleStage.CLOSED:
            raise Rejected("closed", f"The request for feedback about {form.subject_name} is closed "
                                     f"({status.value if stage != CycleStage.CLOSED else 'cycle closed'}).")
        checked.append(_Request(form, _answers_for(form, values)))
    return checked


def import_forms(session: Session, paths: list[Path], progress: Progress | None = None) -> list[FormImportResult]:
    """Check and store each returned form; one result per file, in the order given."""
    progress = progress or Progress()
    key = FormKey.load(session)
    results: list[FormImportResult] = []
    claimed: set[int] = set()  # requests answered by an earlier file of this batch
    for number, path in enumerate(paths):
        progress.step(number / max(len(paths), 1), "Importing forms")
        path = Path(path)
        try:
            requests = _check_file(session, key, path)
            duplicate = next((r for r in requests if r.form.request_id in claimed and r.answers), None)
            if duplicate:
                raise Rejected("answered", f"Another file in this batch already answered the feedback about "
                                           f"{duplicate.form.subject_name}.")
        except Rejected as rejection:
            results.append(FormImportResult(path.name, False, rejection.code, str(rejection)))
            continue
        result = FormImportResult(path.name, True, "accepted", "")
        for request in requests:
            if not request.answers:
                result.skipped.append(request.form.request_id)
                continue
            _store(session, request)
            claimed.add(request.form.request_id)
            result.submitted.append(request.form.request_id)
        if not result.submitted:
            result.accepted, result.code = False, "missing"
            result.message = "The form was returned empty; nothing was imported."
        else:
            result.message = f"{len(result.submitted)} form(s) submitted" + (
                f", {len(result.skipped)} left blank and still open." if result.skipped else ".")
            session.add(AuditEvent(action="feedback.form_imported", entity_type="feedback_requests",
                                   details={"file": path.name, "requests": result.submitted}))
        results.append(result)
    session.flush()
    record_scores(session, claimed)
    progress.step(1.0, "Forms imported")
    return results


def _store(session: Session, request: _Request) -> None:
    request_id = request.form.request_id
    session.execute(delete(Answer).where(Answer.request_id == request_id))  # drafts typed in the program
    now = utcnow()
    session.add_all(Answer(request_id=request_id, updated_at=now, **row) for row in request.answers)
    stored = session.get(FeedbackRequest, request_id)
    stored.status = RequestStatus.SUBMITTED
    stored.submitted_at = now
