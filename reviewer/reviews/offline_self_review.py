"""The self-review on paper: one fillable PDF per participant whose self-review is
still open, and the returned files stored through the same self-review service and
rules as the window (reviewer.reviews.self_review and .rules), each file accepted
whole or rejected whole with its reason (like the 360 offline forms, whose reading,
verdicts and HR-only rule this reuses).

The token needs no column of its own: it is a keyed MAC over the appraisal and its
self-review "generation" (when it was last returned to the employee). It is single
use because a submitted self-review takes no second form, and a form issued before a
return is refused once the self-review has been returned for another round."""
from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from db.models import (Appraisal, AppraisalState, AppraisalTargetReview, AuditEvent, Cycle, CycleParticipant,
                       CycleStage, Department, Employee, Kpi, Target)

from ..database.locking import get_for_update
from ..access import reviewable_condition, require_all_in_scope
from ..database.secrets import stored_secret
from ..errors import ReviewerError, ValidationError
from ..feedback.offline_export import partial_path, require_forms_officer, write_forms_whole
from ..feedback.offline_import import FormImportResult, Rejected, import_forms, read_form_fields, reason_of
from ..feedback.tokens import KEY_SETTING
from ..io.files import safe_file_name
from ..messages import Term
from ..pdf.language import localised
from ..progress import Progress
from .rules import MANAGER_REVIEW_STAGE, MAX_TEXT, SELF_REVIEW_STAGE, clean_text, load, self_review_write_refusal
from .self_review import SELF_FIELDS, parse_self_rating, submit_whole_self_review
from .self_review_pdf import NO_RATING, TEXT_FIELDS, TOKEN_FIELD, SelfReviewSheet, TargetLine, build_self_review_pdf

PREFIX = "AWS1"
# Exported from goal setting on (so HR can send them when the stage opens), and in the
# manager review stage for self-reviews the manager returned; taken back whenever the
# self-review rules (reviewer.reviews.rules) let the self-review be written.
EXPORT_STAGES = frozenset({CycleStage.GOAL_SETTING, SELF_REVIEW_STAGE})
FIELD_OF_COLUMN = {column: field for field, column in SELF_FIELDS.items()}
# A refusal of the self-review rules as a file's one-word verdict (others: "closed").
VERDICT_OF_REFUSAL = {"self_review_submitted": "answered", "self_review_submitted_final": "answered"}
_TARGET_FIELD = re.compile(r"^t(\d+)_(rating|comment)$")


# -- the token ---------------------------------------------------------------------
def _generation(appraisal: Appraisal) -> str:
    returned = appraisal.self_returned_at
    # To the microsecond: two returns in one second must still make the first form stale.
    return returned.strftime("%Y%m%d%H%M%S%f") if returned else "0"


class SelfReviewKey:
    """Signs and checks self-review form tokens with the data set's offline-form key
    (a different prefix keeps them apart from 360 tokens)."""

    def __init__(self, secret: bytes):
        self._secret = secret

    @classmethod
    def load(cls, session: Session) -> SelfReviewKey:
        return cls(stored_secret(session, KEY_SETTING))

    def _mac(self, appraisal_id: int, employee_id: int, cycle_id: int, generation: str) -> str:
        message = f"{PREFIX}:{appraisal_id}:{employee_id}:{cycle_id}:{generation}".encode()
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()[:40]

    def token_for(self, appraisal: Appraisal) -> str:
        generation = _generation(appraisal)
        mac = self._mac(appraisal.id, appraisal.employee_id, appraisal.cycle_id, generation)
        return f"{PREFIX}:{appraisal.id}:{generation}:{mac}"

    def appraisal_of(self, session: Session, token: str) -> tuple[Appraisal, str] | None:
        """The appraisal a token was issued for and the generation it was issued in, or
        None when the token is forged, altered or unknown."""
        parts = token.strip().split(":")
        if len(parts) != 4 or parts[0] != PREFIX or not parts[1].isdigit() or len(parts[1]) > 18:
            return None
        appraisal = session.get(Appraisal, int(parts[1]))
        if appraisal is None:
            return None
        expected = self._mac(appraisal.id, appraisal.employee_id, appraisal.cycle_id, parts[2])
        if not hmac.compare_digest(expected, parts[3]):
            return None
        return appraisal, parts[2]


# -- export ---------------------------------------------------------------------------
@dataclass(frozen=True)
class ExportedSelfReview:
    path: Path
    employee_no: str
    name: str


def open_self_reviews(session: Session, cycle_id: int, employee_ids: list[int] | None = None) -> list[int]:
    """Appraisals of the cycle's participants whose self-review is not submitted, for HR
    to send out as forms. HR only; the cycle must be in goal setting or self-review."""
    require_forms_officer(session)
    cycle = session.get(Cycle, cycle_id)
    if cycle.stage not in EXPORT_STAGES and cycle.stage != MANAGER_REVIEW_STAGE:
        raise ValidationError.coded("self_review_forms_stage", cycle=cycle.name, stage=Term("stage", cycle.stage))
    query = (select(Appraisal.id).join(CycleParticipant, (CycleParticipant.cycle_id == Appraisal.cycle_id)
                                        & (CycleParticipant.employee_id == Appraisal.employee_id))
             .where(Appraisal.cycle_id == cycle_id, Appraisal.state != AppraisalState.SUPERSEDED,
                    Appraisal.self_submitted_at.is_(None), reviewable_condition(session, Appraisal.employee_id)))
    if cycle.stage == MANAGER_REVIEW_STAGE:  # only those the manager returned may still be written
        query = query.where(Appraisal.self_returned_at.is_not(None))
    if employee_ids is not None:
        query = query.where(Appraisal.employee_id.in_(employee_ids))
    return list(session.scalars(query.order_by(Appraisal.id)))


def export_self_review_forms(session: Session, appraisal_ids: list[int], out_dir: Path, language: str = "en",
                             progress: Progress | None = None) -> list[ExportedSelfReview]:
    """Write one fillable self-review PDF per appraisal into out_dir, each file appearing
    whole; a cancelled or failed export leaves none of its files. HR only."""
    require_forms_officer(session)
    progress = progress or Progress()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    for stale in out_dir.glob("*.pdf.part"):  # what a killed export left behind
        stale.unlink(missing_ok=True)
    key = SelfReviewKey.load(session)
    appraisals = list(session.scalars(select(Appraisal).where(Appraisal.id.in_(appraisal_ids))
                                      .order_by(Appraisal.id)))
    require_all_in_scope(session, {a.employee_id for a in appraisals}, change=True)
    sheets = _sheets(session, appraisals, key, language)
    # The key is committed before any form is written, so every form that appears can come back.
    session.commit()
    jobs, targets = [], []
    used: set[str] = set()
    for appraisal, (sheet, employee_no, name) in zip(appraisals, sheets):
        stem = safe_file_name(f"{name}-{employee_no}-{sheet.cycle}-{_file_kind(language)}", "self-review")
        while stem in used:
            stem += "_"
        used.add(stem)
        exported = ExportedSelfReview(out_dir / f"{stem}.pdf", employee_no, name)
        targets.append(exported)
        jobs.append((sheet, language, partial_path(exported.path)))
    return targets[:write_forms_whole(_write_pdf, jobs, [t.path for t in targets], progress)]


def _file_kind(language: str) -> str:
    return "自我评估" if language.startswith("zh") else "self-review"


def _write_pdf(sheet: SelfReviewSheet, language: str, target: Path) -> None:
    target.write_bytes(build_self_review_pdf(sheet, language))


def _target_text(value: float, unit: str) -> str:
    shown = f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{shown} %" if unit == "percent" else shown


def _sheets(session: Session, appraisals: list[Appraisal], key: SelfReviewKey,
            language: str) -> list[tuple[SelfReviewSheet, str, str]]:
    cycles = {c.id: c for c in session.scalars(select(Cycle).where(
        Cycle.id.in_({a.cycle_id for a in appraisals})))}
    people = {e.id: e for e in session.scalars(select(Employee).where(
        Employee.id.in_({a.employee_id for a in appraisals})))}
    departments = dict(session.execute(select(Department.id, Department.name)).all())
    reviews = {(r.appraisal_id, r.target_id): r for r in session.scalars(select(AppraisalTargetReview).where(
        AppraisalTargetReview.appraisal_id.in_([a.id for a in appraisals])))}
    sheets = []
    for appraisal in appraisals:
        cycle, person = cycles[appraisal.cycle_id], people[appraisal.employee_id]
        lines = []
        for target, kpi in session.execute(select(Target, Kpi).join(Kpi, Kpi.id == Target.kpi_id).where(
                Target.cycle_id == cycle.id, Target.employee_id == person.id).order_by(Target.id)):
            review = reviews.get((appraisal.id, target.id))
            lines.append(TargetLine(target.id, localised(kpi.name, kpi.name_zh, language),
                                    _target_text(target.target_value, kpi.unit.value), target.weight,
                                    review.self_rating if review else None,
                                    (review.self_comment or "") if review else ""))
        due = (cycle.stage_due_dates or {}).get(SELF_REVIEW_STAGE.value)
        sheet = SelfReviewSheet(
            token=key.token_for(appraisal), employee=f"{person.name} ({person.employee_no})",
            department=departments.get(person.department_id, ""), cycle=cycle.name,
            period=f"{cycle.period_start.isoformat()} – {cycle.period_end.isoformat()}",
            due=_date_or_none(due), texts={name: getattr(appraisal, name) or "" for name in TEXT_FIELDS},
            targets=tuple(lines))
        sheets.append((sheet, person.employee_no, person.name))
    return sheets


def _date_or_none(text: str | None):
    from datetime import date

    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


# -- import ---------------------------------------------------------------------------
def is_self_review_form(values: dict[str, Any]) -> bool:
    return TOKEN_FIELD in values


def import_returned_forms(session: Session, paths: list[Path], progress: Progress | None = None
                          ) -> list[FormImportResult]:
    """``forms import``: every returned file gets its verdict, in the order given;
    self-review forms are taken in here, everything else goes to the 360 import. HR only."""
    require_forms_officer(session)
    progress = progress or Progress()
    paths = [Path(p) for p in paths]
    self_reviews: dict[int, dict[str, Any]] = {}
    unreadable: dict[int, FormImportResult] = {}  # refused as read: not read a second time
    for number, path in enumerate(paths):
        try:
            values = read_form_fields(path)
        except Rejected as rejection:
            unreadable[number] = FormImportResult(path.name, False, rejection.code, rejection.text, rejection.params)
            continue
        except Exception:  # noqa: BLE001 - the 360 import reads it again and gives the verdict
            continue
        if is_self_review_form(values):
            self_reviews[number] = values
    others = [p for n, p in enumerate(paths) if n not in self_reviews and n not in unreadable]
    answered = iter(import_forms(session, others, progress) if others else [])
    key = SelfReviewKey.load(session) if self_reviews else None
    results = []
    for number, path in enumerate(paths):
        if number in unreadable:
            results.append(unreadable[number])
        elif number in self_reviews:
            results.append(_import_one(session, key, path, self_reviews[number]))
        else:
            results.append(next(answered))
    session.flush()
    return results


def _import_one(session: Session, key: SelfReviewKey, path: Path, values: dict[str, Any]) -> FormImportResult:
    try:
        appraisal, texts, targets, name = _check(session, key, values)
        submit_whole_self_review(session, appraisal.id, texts, targets)
    except Rejected as rejection:
        return FormImportResult(path.name, False, rejection.code, rejection.text, rejection.params)
    except ReviewerError as refused:  # the self-review service's own rules refused it
        return FormImportResult(path.name, False, _verdict_of(refused.code), refused.code, refused.params)
    except SQLAlchemyError:
        raise  # the database's trouble, not this file's: the whole import stops and says so
    except Exception as error:  # noqa: BLE001 - a hostile file must cost its own verdict, not the batch
        return FormImportResult(path.name, False, "unreadable", "form_unreadable", {"reason": reason_of(error)})
    session.add(AuditEvent(action="reviews.self_review_form_imported", entity_type="appraisals",
                           entity_id=appraisal.id, details={"file": path.name}))
    return FormImportResult(path.name, True, "accepted", "self_review_form_submitted", {"name": name},
                            submitted=[appraisal.id])


def _verdict_of(code: str) -> str:
    if code in VERDICT_OF_REFUSAL:
        return VERDICT_OF_REFUSAL[code]
    return "missing" if code == "self_review_incomplete" else "invalid_answer" if code in (
        "self_rating_off_scale", "review_text_too_long") else "closed"


def _check(session: Session, key: SelfReviewKey, values: dict[str, Any]
           ) -> tuple[Appraisal, dict[str, str | None], dict[int, tuple[int | None, str | None]], str]:
    """The file's appraisal and answers, said per field of the file when one is wrong;
    whether the self-review may be written now is the self-review rules' answer."""
    issued = key.appraisal_of(session, str(values.get(TOKEN_FIELD) or ""))
    if issued is None:
        raise Rejected("forged", "form_forged")
    appraisal, generation = issued
    # Locked and read afresh before the checks: a second writer taking in the same form
    # (or submitting in the window) at the same moment waits, then finds it submitted.
    get_for_update(session, Appraisal, appraisal.id)
    _, cycle, person = load(session, appraisal.id)
    name = person.name
    refusal = self_review_write_refusal(session, appraisal, cycle, person)
    if refusal:
        code, params = refusal
        raise Rejected(_verdict_of(code), code, **params)
    if generation != _generation(appraisal):
        raise Rejected("outdated", "self_review_form_outdated", name=name)
    targets = {t.id: t for t in session.scalars(select(Target).where(
        Target.cycle_id == appraisal.cycle_id, Target.employee_id == appraisal.employee_id))}
    kpis = dict(session.execute(select(Kpi.id, Kpi.name)).all())
    texts: dict[str, str | None] = {}
    given: dict[int, list] = {}
    for field_name, value in values.items():
        if field_name == TOKEN_FIELD:
            continue
        if field_name in TEXT_FIELDS:
            texts[FIELD_OF_COLUMN[field_name]] = _text(value, field_name, name)
            continue
        match = _TARGET_FIELD.match(field_name)
        if not match or int(match.group(1)) not in targets:
            raise Rejected("altered", "self_review_form_altered", name=name, field=field_name)
        target = targets[int(match.group(1))]
        slot = given.setdefault(target.id, [None, None])
        if match.group(2) == "rating":
            slot[0] = _rating(value, kpis.get(target.kpi_id, ""), name)
        else:
            slot[1] = _text(value, field_name, name)
    if not any(texts.values()) and not any(r is not None or c for r, c in given.values()):
        raise Rejected("missing", "form_empty")
    return appraisal, texts, {t: (r, c) for t, (r, c) in given.items()}, name


def _text(value: Any, field_name: str, name: str) -> str | None:
    """The field's text, or the verdict naming the field when the review's limit refuses it."""
    text = str(value or "").strip()
    try:
        return clean_text(text)
    except ValidationError as error:
        if error.code == "review_text_control":
            raise Rejected("invalid_answer", "self_review_text_control", name=name, field=field_name) from error
        raise Rejected("invalid_answer", "self_review_text_too_long", name=name, field=field_name,
                       limit=MAX_TEXT) from error


def _rating(value: Any, kpi: str, name: str) -> int | None:
    """The ticked self-rating on the review's scale, or the verdict naming the KPI."""
    text = str(value or "").lstrip("/").strip()
    if text in ("Off", NO_RATING):
        return None
    try:
        return parse_self_rating(text)
    except ValidationError as error:
        raise Rejected("invalid_answer", "self_review_off_scale", name=name, kpi=kpi, value=text) from error
