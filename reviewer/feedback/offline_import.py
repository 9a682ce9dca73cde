"""Importing returned offline forms. Every file is checked completely before
anything of it is written: token genuine, request still open and unanswered,
answers in range, required answers present. A file is accepted whole or rejected
whole, with a reason a person can act on."""
from __future__ import annotations

import logging
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from db.models import Answer, AuditEvent, Cycle, CycleStage, FeedbackRequest, RequestStatus, utcnow

from ..access import reviewable_employee_ids
from ..io.deadline import TookTooLong, time_limit
from ..messages import QT_TRANSLATE_NOOP, Term, render
from ..progress import Progress
from .forms import Question, RequestForm, request_forms
from .filling import MAX_TEXT, OPEN_STATES
from .offline_export import CANNOT_JUDGE, field_name, request_of_token_field, require_forms_officer
from .release import ANSWERS_CLOSED_CODE, database_today, feedback_published
from .scores import record_scores
from ..cycles.scoring import refresh_scores_of
from .tokens import FormKey

MAX_FILE_BYTES = 50 * 1024 * 1024
# A returned form of ours reads in well under a second; a hostile one can hold millions of
# objects in a few MB. `forms import` may read a file twice (self-review or 360), so twice
# this stays within the 10 s any file may cost.
READ_SECONDS = 4
# A scale point as the form writes it: ASCII digits only ("²".isdigit() is true, int("²") fails),
# and short enough that int() never meets Python's digit limit.
_POINT = re.compile(r"-?[0-9]{1,6}")
_REASON_LIMIT = 200  # characters of an unexpected error shown in a verdict


class Rejected(Exception):
    """A returned file refused: ``code`` says why in one word (for --json), ``text``
    and ``params`` the sentence (reviewer.messages) in the user's language."""

    def __init__(self, code: str, text: str, **params: Any):
        super().__init__(render(text, params))
        self.code, self.text, self.params = code, text, params


@dataclass
class FormImportResult:
    file: str
    accepted: bool
    code: str  # accepted / not_pdf / unreadable / no_form / forged / closed / answered / invalid_answer / missing
    text: str  # message code (reviewer.messages) of the sentence below
    params: dict[str, Any] = field(default_factory=dict)
    submitted: list[int] = field(default_factory=list)  # request ids stored
    skipped: list[int] = field(default_factory=list)  # left blank: still open

    @property
    def message(self) -> str:
        return render(self.text, self.params)

    def as_dict(self) -> dict[str, Any]:
        return {"file": self.file, "accepted": self.accepted, "code": self.code, "message": self.message,
                "submitted": self.submitted, "skipped": self.skipped}


@dataclass
class _Request:
    form: RequestForm
    answers: list[dict]


def read_form_fields(path: Path) -> dict[str, Any]:
    """Name -> value of a returned PDF form's fields; a file that is no PDF, too large,
    encrypted or damaged is Rejected with its verdict (any returned form, 360 or self-review)."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            head = handle.read(1024)
    except OSError as error:
        raise Rejected("unreadable", "form_unreadable", reason=error.strerror or str(error)) from error
    if b"%PDF-" not in head:
        raise Rejected("not_pdf", "form_not_pdf")
    if size > MAX_FILE_BYTES:
        raise Rejected("unreadable", "form_too_large")
    try:
        with _pypdf_quiet(), time_limit(READ_SECONDS):
            reader = PdfReader(path, strict=False)
            if reader.is_encrypted and not _opens_without_password(reader):
                raise Rejected("unreadable", "form_encrypted")
            return _top_level_values(reader)
    except TookTooLong:
        raise Rejected("unreadable", "form_too_complex", seconds=READ_SECONDS) from None
    except (PdfReadError, ValueError, KeyError, TypeError, IndexError, AttributeError, RecursionError) as error:
        raise Rejected("unreadable", "form_damaged") from error


@contextmanager
def _pypdf_quiet():
    """pypdf logs every repair of a damaged file ("Ignoring wrong pointing object …") on stderr;
    the file's own verdict already says whether it could be read."""
    logger = logging.getLogger("pypdf")  # its modules log to children of it, which inherit the level
    before = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        logger.setLevel(before)


def _opens_without_password(reader) -> bool:
    """Forms saved with permissions only (an empty user password) still open."""
    try:
        return bool(reader.decrypt(""))
    except Exception:  # noqa: BLE001 - unsupported algorithm, missing crypto library: not openable here
        return False


# What no form of ours holds: scripts or actions run on opening the document or on a field
# (JavaScript, launching programs, sending the form away), and files carried inside.
_CATALOGUE_ACTIVE = ("/OpenAction", "/AA")
_NAMES_ACTIVE = ("/JavaScript", "/EmbeddedFiles")
_FIELD_ACTIVE = ("/AA", "/A")


def _top_level_values(reader) -> dict[str, Any]:
    """Name -> value of the form's fields. Our forms keep every field at the top of
    the field tree, with a radio group's answer on the group; reading only those
    (not pypdf's get_fields, which visits every radio button) is 10× faster.
    A form carrying scripts, actions or embedded files is Rejected: ours never do."""
    root = reader.trailer["/Root"]
    names = root.get("/Names")
    if any(key in root for key in _CATALOGUE_ACTIVE) or (
            names is not None and any(key in names.get_object() for key in _NAMES_ACTIVE)):
        raise Rejected("unreadable", "form_active_content")
    acro_form = root.get("/AcroForm")
    if acro_form is None:
        return {}
    values: dict[str, Any] = {}
    for reference in acro_form.get_object().get("/Fields", []):
        field = reference.get_object()
        widgets = [field, *(kid.get_object() for kid in field.get("/Kids", []))]
        if any(key in widget for widget in widgets for key in _FIELD_ACTIVE):
            raise Rejected("unreadable", "form_active_content")
        name = field.get("/T")
        if name is not None:
            values[str(name)] = field.get("/V")
    return values


def _rating_of(value: Any, question: Question, where: dict[str, Any]) -> tuple[int | None, bool]:
    """(rating, cannot_judge) from a radio group's value; (None, False) when unanswered."""
    text = str(value or "").lstrip("/").strip()
    if text in ("", "Off"):
        return None, False
    if text == CANNOT_JUDGE:
        if not question.allow_cannot_judge:
            raise Rejected("invalid_answer", "form_no_cannot_judge", **where)
        return None, True
    if not _POINT.fullmatch(text) or not question.accepts(int(text)):
        raise Rejected("invalid_answer", "form_off_scale", value=text, low=question.scale_min,
                       high=question.scale_max, **where)
    return int(text), False


def _answers_for(form: RequestForm, values: dict[str, Any]) -> list[dict]:
    answers, missing = [], []
    for number, question in enumerate(form.questions(), start=1):
        where = {"subject": form.subject_name, "number": number, "question": question.text}
        value = values.get(field_name(form.request_id, question.id))
        if question.is_rating:
            rating, cannot_judge = _rating_of(value, question, where)
            answered = rating is not None or cannot_judge
            row = {"question_id": question.id, "rating": rating, "cannot_judge": cannot_judge, "text": None}
        else:
            text = str(value or "").strip()
            if len(text) > MAX_TEXT:
                raise Rejected("invalid_answer", "form_text_too_long", limit=MAX_TEXT, **where)
            answered = bool(text)
            row = {"question_id": question.id, "rating": None, "cannot_judge": False, "text": text or None}
        if answered:
            answers.append(row)
        elif question.required:
            missing.append(where)
    if answers and missing:
        if len(missing) > 1:
            raise Rejected("missing", "form_unanswered_more", more=len(missing) - 1, **missing[0])
        raise Rejected("missing", "form_unanswered", **missing[0])
    return answers


def _check_file(session: Session, key: FormKey, path: Path, allowed: set[int] | None = None) -> list[_Request]:
    values = read_form_fields(path)
    request_ids = []
    for name, value in values.items():
        named = request_of_token_field(name)
        if named is None:
            continue
        request_id = key.request_id_of(session, str(value or ""))
        if request_id is None or request_id != named:
            raise Rejected("forged", "form_forged")
        request_ids.append(request_id)
    if not request_ids:
        raise Rejected("no_form", "form_none")
    statuses = {r.id: (r.status, cycle) for r, cycle in session.execute(
        select(FeedbackRequest, Cycle).join(Cycle, FeedbackRequest.cycle_id == Cycle.id)
        .where(FeedbackRequest.id.in_(request_ids)))}
    checked = []
    subjects = dict(session.execute(select(FeedbackRequest.id, FeedbackRequest.subject_id)
                                    .where(FeedbackRequest.id.in_(request_ids))).all())
    today = database_today(session)
    for form in request_forms(session, request_ids):
        if allowed is not None and subjects[form.request_id] not in allowed:
            raise Rejected("outside_scope", "form_outside_scope", subject=form.subject_name)
        status, cycle = statuses[form.request_id]
        if status == RequestStatus.SUBMITTED:
            raise Rejected("answered", "form_already_submitted", subject=form.subject_name)
        if cycle.stage == CycleStage.CLOSED:
            raise Rejected("closed", "form_cycle_closed", subject=form.subject_name)
        if feedback_published(cycle, today):  # a late form would show in the published figures' change
            raise Rejected("closed", ANSWERS_CLOSED_CODE, cycle=cycle.name)
        if status not in OPEN_STATES:
            raise Rejected("closed", "form_request_closed", subject=form.subject_name,
                           status=Term("request_status", status))
        checked.append(_Request(form, _answers_for(form, values)))
    return checked


def import_forms(session: Session, paths: list[Path], progress: Progress | None = None) -> list[FormImportResult]:
    """Check and store each returned form; one result per file, in the order given.
    HR only: an accepted form is submitted in its rater's name."""
    require_forms_officer(session)
    allowed = reviewable_employee_ids(session)
    progress = progress or Progress()
    key = FormKey.load(session)
    results: list[FormImportResult] = []
    claimed: set[int] = set()  # requests answered by an earlier file of this batch
    for number, path in enumerate(paths):
        progress.step(number / max(len(paths), 1), QT_TRANSLATE_NOOP("progress", "Importing forms"))
        path = Path(path)
        try:
            requests = _check_file(session, key, path, allowed)
            duplicate = next((r for r in requests if r.form.request_id in claimed and r.answers), None)
            if duplicate:
                raise Rejected("answered", "form_answered_in_batch", subject=duplicate.form.subject_name)
        except Rejected as rejection:
            results.append(FormImportResult(path.name, False, rejection.code, rejection.text, rejection.params))
            continue
        except SQLAlchemyError:
            raise  # the database's trouble, not this file's: the whole import stops and says so
        except Exception as error:  # noqa: BLE001 - a hostile file must cost its own verdict, not the batch
            results.append(FormImportResult(path.name, False, "unreadable", "form_unreadable",
                                            {"reason": reason_of(error)}))
            continue
        result = FormImportResult(path.name, True, "accepted", "form_submitted")
        for request in requests:
            if not request.answers:
                result.skipped.append(request.form.request_id)
                continue
            _store(session, request)
            claimed.add(request.form.request_id)
            result.submitted.append(request.form.request_id)
        if not result.submitted:
            result.accepted, result.code = False, "missing"
            result.text = "form_empty"
        else:
            result.params = {"count": len(result.submitted), "blank": len(result.skipped)}
            if result.skipped:
                result.text = "form_submitted_some_blank"
            session.add(AuditEvent(action="feedback.form_imported", entity_type="feedback_requests",
                                   details={"file": path.name, "requests": result.submitted}))
        results.append(result)
    session.flush()
    record_scores(session, claimed)
    if claimed:
        refresh_scores_of(session, session.execute(select(FeedbackRequest.cycle_id, FeedbackRequest.subject_id)
                                                   .where(FeedbackRequest.id.in_(claimed))).all())
    progress.step(1.0, QT_TRANSLATE_NOOP("progress", "Forms imported"))
    return results


def reason_of(error: BaseException) -> str:
    """One short line about an unexpected error, for the file's verdict."""
    text = " ".join(str(error).split()) or type(error).__name__
    return text if len(text) <= _REASON_LIMIT else text[:_REASON_LIMIT - 1] + "…"


def _store(session: Session, request: _Request) -> None:
    request_id = request.form.request_id
    session.execute(delete(Answer).where(Answer.request_id == request_id))  # drafts typed in the program
    now = utcnow()
    session.add_all(Answer(request_id=request_id, updated_at=now, **row) for row in request.answers)
    stored = session.get(FeedbackRequest, request_id)
    stored.status = RequestStatus.SUBMITTED
    stored.submitted_at = now
