"""The self-review as a fillable PDF: what the employee writes (achievements,
challenges, development wishes) and, per KPI target, an optional self-rating and
comment, with a hidden token binding the file to its appraisal. Built without a
session (in worker processes), from plain data."""
from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date

from reportlab.lib.colors import Color, black, white

from ..pdf.acroform import FIELD_FONT, FIELD_FONT_SIZE, CjkAcroForm
from ..pdf.fonts import register_page_font
from ..pdf.language import pick
from ..pdf.layout import MARGIN, Flow, wrap

FIELD_BORDER = Color(0.45, 0.5, 0.58)
TOKEN_FIELD = "self_token"
TEXT_FIELDS = ("self_achievements", "self_challenges", "self_development_wishes")
SELF_RATINGS = range(1, 6)  # the rating scale of appraisal_target_reviews.self_rating
NO_RATING = "none"

LABELS = {
    "title": ("Self-review", "自我评估"),
    "employee": ("Employee", "员工"),
    "cycle": ("Cycle", "考核周期"),
    "period": ("Period", "考核期间"),
    "due": ("Please return by", "请于以下日期前交回"),
    "how": ("Fill in the fields in any PDF reader, save the file and send it back to HR. "
            "Rating your own KPIs is optional.",
            "请在任意 PDF 阅读器中填写，保存后将文件发回人力资源部。各项 KPI 的自评分为选填。"),
    "self_achievements": ("Achievements: what went well in this period", "主要成绩：本期做得好的方面"),
    "self_challenges": ("Challenges: what was difficult, and why", "困难与挑战：遇到了哪些困难，原因是什么"),
    "self_development_wishes": ("Development wishes: what you would like to learn or do next",
                                "发展意愿：希望学习或尝试的方向"),
    "targets": ("Your KPI targets", "您的 KPI 目标"),
    "target": ("Target {target} · weight {weight}%", "目标值 {target} · 权重 {weight}%"),
    "rating": ("Your rating (optional)", "自评分（选填）"),
    "comment": ("Comment", "说明"),
    "point.1": ("1 far below", "1 远低于目标"),
    "point.2": ("2 below", "2 低于目标"),
    "point.3": ("3 met", "3 达到目标"),
    "point.4": ("4 above", "4 高于目标"),
    "point.5": ("5 far above", "5 远超目标"),
    "none": ("no rating", "不评分"),
}


def rating_field(target_id: int) -> str:
    return f"t{target_id}_rating"


def comment_field(target_id: int) -> str:
    return f"t{target_id}_comment"


@dataclass(frozen=True)
class TargetLine:
    target_id: int
    kpi: str  # the KPI's name in the form's language
    target: str  # the target value as shown
    weight: float
    rating: int | None = None  # what was typed in the program already
    comment: str = ""


@dataclass(frozen=True)
class SelfReviewSheet:
    """Everything one form shows; plain data, so a worker process can build it."""
    token: str
    employee: str  # name and employee number
    department: str
    cycle: str
    period: str
    due: date | None
    texts: dict[str, str] = field(default_factory=dict)  # TEXT_FIELDS -> draft typed in the program
    targets: tuple[TargetLine, ...] = ()


def build_self_review_pdf(sheet: SelfReviewSheet, language: str) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    font = register_page_font()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(595.2756, 841.8898), pageCompression=1)
    title = pick(LABELS, "title", language)
    canvas.setTitle(f"{title} · {sheet.employee} · {sheet.cycle}")
    canvas.setAuthor("Appraisal Workstation")
    canvas.setSubject(title)
    form = CjkAcroForm.install(canvas)
    flow = Flow(canvas, font)
    flow.text(title, size=18, gap=6)
    flow.text(f"{pick(LABELS, 'employee', language)}: {sheet.employee}    {sheet.department}", size=11)
    flow.text(f"{pick(LABELS, 'cycle', language)}: {sheet.cycle}    {pick(LABELS, 'period', language)}: "
              f"{sheet.period}", size=11)
    if sheet.due:
        flow.text(f"{pick(LABELS, 'due', language)}: {sheet.due.isoformat()}", size=11)
    flow.text(pick(LABELS, "how", language), size=9, gap=10, colour=(0.3, 0.3, 0.35))
    # One font for every field: reportlab writes a second field font as a duplicate /Font key.
    form.textfield(name=TOKEN_FIELD, value=sheet.token, x=0, y=0, width=1, height=1, borderWidth=0,
                   fieldFlags="readOnly", annotationFlags="hidden", fontName=FIELD_FONT)
    for name in TEXT_FIELDS:
        flow.need(120)
        flow.text(pick(LABELS, name, language), size=12, gap=4, colour=(0.1, 0.3, 0.55))
        _text_box(flow, name, sheet.texts.get(name, ""), 96)
    if sheet.targets:
        flow.need(60)
        flow.rule(12)
        flow.text(pick(LABELS, "targets", language), size=14, gap=4)
        for line in sheet.targets:
            _target_block(flow, line, language)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _text_box(flow: Flow, name: str, value: str, height: float) -> None:
    flow.canvas.acroForm.text_field(name, value, x=MARGIN, y=flow.y - height, width=flow.text_width,
                                    height=height, fieldFlags="multiline", fontName=FIELD_FONT,
                                    fontSize=FIELD_FONT_SIZE, borderWidth=1, borderColor=FIELD_BORDER,
                                    fillColor=white, textColor=black, forceBorder=True)
    flow.y -= height + 10


def _target_block(flow: Flow, line: TargetLine, language: str) -> None:
    flow.need(150)
    flow.text(line.kpi, size=11, gap=1)
    flow.text(pick(LABELS, "target", language, target=line.target, weight=f"{line.weight:g}"), size=9, gap=3,
              colour=(0.3, 0.3, 0.35))
    flow.text(pick(LABELS, "rating", language), size=9, gap=2)
    options = [(str(p), pick(LABELS, f"point.{p}", language)) for p in SELF_RATINGS]
    options.append((NO_RATING, pick(LABELS, "none", language)))
    chosen = str(line.rating) if line.rating else None
    column = flow.text_width / len(options)
    top = flow.y
    for n, (value, caption) in enumerate(options):
        x = MARGIN + n * column
        flow.canvas.acroForm.radio_button(rating_field(line.target_id), value, x, top - 11, 12, FIELD_BORDER,
                                          white, selected=value == chosen)
        for k, text in enumerate(wrap(caption, flow.font, 7.5, column - 18)[:2]):
            flow.canvas.setFont(flow.font, 7.5)
            flow.canvas.setFillColorRGB(0.25, 0.25, 0.3)
            flow.canvas.drawString(x + 16, top - 10 - k * 9, text)
    flow.y = top - 30
    flow.text(pick(LABELS, "comment", language), size=9, gap=2)
    _text_box(flow, comment_field(line.target_id), line.comment, 44)
