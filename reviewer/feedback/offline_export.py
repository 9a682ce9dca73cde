"""Offline 360 forms: one fillable PDF per rater, holding each of their requests
with the questions, the scale anchors and a token that binds it to the request."""
from __future__ import annotations

import io
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import Color, black, white
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import batches
from db.models import Answer, Cycle, Employee, ExternalRater, FeedbackRequest

from ..pdf.fonts import field_font, register_page_font
from ..pdf.acroform import FIELD_FONT, FIELD_FONT_SIZE, CjkAcroForm
from ..access import acting, require_all_in_scope, reviewable_condition
from ..errors import PermissionDenied, ValidationError
from ..pdf.language import localised, pick
from ..pdf.layout import MARGIN, Flow, wrap
from ..io.files import safe_file_name
from ..pdf.parallel import build_all
from ..progress import Progress
from .filling import OPEN_STATES, Given
from .forms import Question, RequestForm, request_forms
from .tokens import FormKey
from ..messages import QT_TRANSLATE_NOOP

FIELD_BORDER = Color(0.45, 0.5, 0.58)
CANNOT_JUDGE = "na"
TOKEN_FIELD = re.compile(r"^r(\d+)_token$")

LABELS = {
    "title": ("360-degree feedback", "360 度评估"),
    "rater": ("Rater", "评估人"),
    "cycle": ("Cycle", "考核周期"),
    "due": ("Please return by", "请于以下日期前交回"),
    "how": ("Fill in the fields in any PDF reader, save the file and send it back to HR. "
            "Rate each statement by choosing one point of the scale; choose N/A if you cannot judge.",
            "请在任意 PDF 阅读器中填写，保存后将文件发回人力资源部。每项陈述请选择一个分值；无法判断时请选择“无法评价”。"),
    "about": ("About", "被评估人"),
    "as": ("You answer as", "您的身份"),
    "na": ("N/A", "无法评价"),
    "relation.self": ("yourself", "本人自评"),
    "relation.manager": ("manager", "直属上级"),
    "relation.peer": ("peer", "同事"),
    "relation.direct_report": ("direct report", "下属"),
    "relation.customer": ("customer", "客户"),
}


def label(key: str, language: str) -> str:
    return pick(LABELS, key, language)


def field_name(request_id: int, question_id: int) -> str:
    return f"r{request_id}_q{question_id}"


def token_field(request_id: int) -> str:
    return f"r{request_id}_token"


def request_of_token_field(name: str) -> int | None:
    """The request id in a token field's name (see token_field), or None for other fields."""
    match = TOKEN_FIELD.match(name)
    return int(match.group(1)) if match else None


@dataclass(frozen=True)
class ExportedForm:
    path: Path
    rater: str
    requests: int


def require_forms_officer(session: Session) -> None:
    """Offline forms are HR's job: a form shows who rates whom and the answers typed so far,
    and a returned one is submitted in its rater's name."""
    actor = acting(session)
    if not actor.is_hr:
        raise PermissionDenied.coded("offline_forms_hr_only", name=actor.display_name)


def open_requests(session: Session, cycle_id: int, subject_ids: list[int] | None = None) -> list[int]:
    """Open requests of the cycle, for HR to print as offline forms."""
    require_forms_officer(session)
    query = select(FeedbackRequest.id).where(FeedbackRequest.cycle_id == cycle_id,
                                             FeedbackRequest.status.in_(OPEN_STATES),
                                             reviewable_condition(session, FeedbackRequest.subject_id))
    if subject_ids is not None:
        query = query.where(FeedbackRequest.subject_id.in_(subject_ids))
    return list(session.scalars(query.order_by(FeedbackRequest.id)))


def export_forms(session: Session, request_ids: list[int], out_dir: Path, language: str = "en",
                 progress: Progress | None = None) -> list[ExportedForm]:
    """Write one PDF per rater into out_dir. Tokens are given to requests that have none
    and committed (the caller's transaction with them) before any form is written, so
    every form that appears can be imported, even if the export is killed half-way. HR only."""
    require_forms_officer(session)
    progress = progress or Progress()
    out_dir.mkdir(parents=True, exist_ok=True)
    for stale in out_dir.glob("*.pdf.part"):  # what a killed export left behind
        stale.unlink(missing_ok=True)
    key = FormKey.load(session)
    requests = {r.id: r for r in session.scalars(select(FeedbackRequest).where(FeedbackRequest.id.in_(request_ids)))}
    require_all_in_scope(session, {r.subject_id for r in requests.values()}, change=True)
    closed = [i for i, r in requests.items() if r.status not in OPEN_STATES]
    if closed:
        raise ValidationError.coded("request_not_open_for_form", id=closed[0])
    forms = {f.request_id: f for f in request_forms(session, list(request_ids))}
    by_rater: dict[tuple, list[int]] = defaultdict(list)
    for request_id in request_ids:
        request = requests[request_id]
        by_rater[(request.cycle_id, request.rater_employee_id, request.external_rater_id)].append(request_id)
    cycles = dict(session.execute(select(Cycle.id, Cycle.name)).all())
    drafts = _drafts(session, request_ids)
    jobs, targets = [], []
    used_names: set[str] = set()
    for (cycle_id, employee_id, external_id), ids in by_rater.items():
        tokens = {i: key.token_for(requests[i]) for i in ids}
        due = min((requests[i].due_date for i in ids if requests[i].due_date), default=None)
        rater = forms[ids[0]].rater_name
        cycle = cycles.get(cycle_id, "")
        tag = _rater_tag(session, employee_id, external_id)
        stem = safe_file_name("-".join(part for part in (rater, tag, cycle) if part), "rater")
        # Two raters whose names come out the same (also on a file system that ignores case)
        # still get a file each.
        number = 1
        unique = stem
        while unique.casefold() in used_names:
            number += 1
            unique = f"{stem} ({number})"
        used_names.add(unique.casefold())
        stem = unique
        targets.append(ExportedForm(out_dir / f"{stem}.pdf", rater, len(ids)))
        jobs.append(([forms[i] for i in ids], tokens, {i: drafts.get(i, {}) for i in ids}, cycle, due, language,
                     partial_path(targets[-1].path)))
    # A form whose token is not stored is rejected as forged; a stored token without its form
    # is harmless (exporting again prints the same token).
    session.commit()
    field_font()  # built (and cached on disk) here once, not in every worker process
    # Cancelled or failed: nothing of the export stays (its tokens stay stored, unused).
    return targets[:write_forms_whole(_write_pdf, jobs, [t.path for t in targets], progress)]


def _rater_tag(session: Session, employee_id: int | None, external_id: int | None) -> str:
    """What tells the rater apart in a file name, as HR knows them: an employee's number
    (as on the self-review forms), an external rater's organisation (unless their name says it)."""
    if employee_id is not None:
        person = session.get(Employee, employee_id)
        return person.employee_no if person else ""
    rater = session.get(ExternalRater, external_id) if external_id is not None else None
    organisation = (rater.organisation or "").strip() if rater else ""
    return "" if not organisation or organisation.casefold() in rater.name.casefold() else organisation


def write_forms_whole(write_pdf, jobs: list[tuple], paths: list[Path], progress: Progress) -> int:
    """Build each job's form in worker processes (``write_pdf(*job)``, whose last argument
    is ``partial_path`` of its path) and rename it into place, so each file appears whole;
    on cancel or failure none of them stays. Returns how many were written (all)."""
    written: list[Path] = []
    try:
        # Workers write the bytes themselves (a form is ~0.8 MB: sending it back costs
        # more than building it); the rename here makes each file appear whole.
        built = build_all(write_pdf, jobs, progress, QT_TRANSLATE_NOOP("progress", "Writing forms"))
        try:
            for path, _ in zip(paths, built):
                partial_path(path).replace(path)
                written.append(path)
        finally:
            built.close()  # waits for the workers still writing, so the clean-up below finds their files
    except BaseException:
        for path in paths:
            partial_path(path).unlink(missing_ok=True)
        for path in written:
            path.unlink(missing_ok=True)
        raise
    progress.step(1.0, QT_TRANSLATE_NOOP("progress", "Forms written"))
    return len(written)


def partial_path(path: Path) -> Path:
    """Where a form is written before it is renamed into place."""
    return path.with_suffix(".pdf.part")


def _drafts(session: Session, request_ids: Iterable[int]) -> dict[int, dict[int, Given]]:
    """What raters already typed in the program, so their form starts from it."""
    drafts: dict[int, dict[int, Given]] = defaultdict(dict)
    for batch in batches(request_ids):
        for answer in session.execute(select(Answer.request_id, Answer.question_id, Answer.rating, Answer.cannot_judge,
                                             Answer.text).where(Answer.request_id.in_(batch))):
            drafts[answer.request_id][answer.question_id] = Given(answer.rating, answer.cannot_judge, answer.text)
    return drafts


def _write_pdf(forms: list[RequestForm], tokens: dict[int, str], drafts: dict[int, dict[int, Given]], cycle: str,
               due, language: str, target: Path) -> None:
    target.write_bytes(_build_pdf(forms, tokens, drafts, cycle, due, language))


def _build_pdf(forms: list[RequestForm], tokens: dict[int, str], drafts: dict[int, dict[int, Given]], cycle: str,
               due, language: str) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    font = register_page_font()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(595.2756, 841.8898), pageCompression=1)
    rater = forms[0].rater_name
    canvas.setTitle(f"{label('title', language)} · {rater} · {cycle}")
    canvas.setAuthor("Appraisal Workstation")
    canvas.setSubject(label("title", language))
    CjkAcroForm.install(canvas)
    flow = Flow(canvas, font)
    flow.text(label("title", language), size=18, gap=6)
    flow.text(f"{label('rater', language)}: {rater}    {label('cycle', language)}: {cycle}", size=11)
    if due:
        flow.text(f"{label('due', language)}: {due.isoformat()}", size=11)
    flow.text(label("how", language), size=9, gap=10, colour=(0.3, 0.3, 0.35))
    for form in forms:
        _request_block(flow, form, tokens[form.request_id], drafts.get(form.request_id, {}), language)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _request_block(flow: Flow, form: RequestForm, token: str, drafts: dict[int, Given], language: str) -> None:
    canvas = flow.canvas
    flow.need(90)
    flow.rule(12)
    flow.text(f"{label('about', language)}: {form.subject_name}  ({form.subject_context})", size=14, gap=2)
    flow.text(f"{label('as', language)}: {label('relation.' + form.relation, language)}", size=10,
              colour=(0.3, 0.3, 0.35))
    # One font for every field: reportlab writes a second field font as a duplicate /Font key.
    canvas.acroForm.textfield(name=token_field(form.request_id), value=token, x=0, y=0, width=1, height=1,
                              borderWidth=0, fieldFlags="readOnly", annotationFlags="hidden", fontName=FIELD_FONT)
    for section in form.sections:
        flow.need(60)
        flow.text(localised(section.title, section.title_zh, language), size=12, gap=4, colour=(0.1, 0.3, 0.55))
        for question in section.questions:
            if question.is_rating:
                _rating_question(flow, form.request_id, question, drafts.get(question.id), language)
            else:
                _text_question(flow, form.request_id, question, drafts.get(question.id), language)


def _question_text(question: Question, language: str) -> str:
    text = localised(question.text, question.text_zh, language)
    return f"{text} *" if question.required else text


def _rating_question(flow: Flow, request_id: int, question: Question, draft: Given | None, language: str) -> None:
    points = list(range(question.scale_min, question.scale_max + 1))
    anchors = {a.point: localised(a.text, a.text_zh, language) for a in question.anchors}
    options = [(str(p), f"{p} {anchors.get(p, '')}".strip()) for p in points]
    if question.allow_cannot_judge:
        options.append((CANNOT_JUDGE, label("na", language)))
    chosen = None if draft is None else (CANNOT_JUDGE if draft.cannot_judge else str(draft.rating))
    flow.need(70)
    flow.text(_question_text(question, language), size=10, gap=2)
    column = flow.text_width / len(options)
    flow.need(40)
    top = flow.y
    # The drawn circle sits low in its box; this puts it at the middle of the caption's first line,
    # whose baseline is top - 10.
    for n, (value, caption) in enumerate(options):
        x = MARGIN + n * column
        flow.canvas.acroForm.radio_button(field_name(request_id, question.id), value, x, top - 11, 12,
                                          FIELD_BORDER, white, selected=value == chosen)
        for k, line in enumerate(wrap(caption, flow.font, 7.5, column - 18)[:3]):
            flow.canvas.setFont(flow.font, 7.5)
            flow.canvas.setFillColorRGB(0.25, 0.25, 0.3)
            flow.canvas.drawString(x + 16, top - 10 - k * 9, line)
    flow.y = top - 40


def _text_question(flow: Flow, request_id: int, question: Question, draft: Given | None, language: str) -> None:
    flow.need(90)
    flow.text(_question_text(question, language), size=10, gap=2)
    height = 64
    value = (draft.text or "") if draft else ""
    flow.canvas.acroForm.text_field(field_name(request_id, question.id), value, x=MARGIN,
                                    y=flow.y - height, width=flow.text_width, height=height,
                                    fieldFlags="multiline", fontName=FIELD_FONT, fontSize=FIELD_FONT_SIZE,
                                    borderWidth=1, borderColor=FIELD_BORDER, fillColor=white, textColor=black,
                                    forceBorder=True)
    flow.y -= height + 10
