"""The appraisal document as a PDF (reportlab platypus): facts, KPI results and
chart, the 360 summary and radar, the written assessment, the improvement plan, an
evidence manifest and a signature page with one empty signature field per signer."""
from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFString
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from ..appraisal.document import AppraisalDocument
from .appraisal_labels import label
from .charts import Bar, attainment_bars, radar
from .fonts import register_page_font
from .language import is_chinese, localised

MARGIN = 48
SIGNER_ROLES = ("manager", "employee", "hr")  # the signing order
SIGNATURE_BOX = (230, 80)  # width, height in points
# Replaced by the document's seal (reviewer.appraisal.seal) before the file is written.
SEAL_PLACEHOLDER = b"seal=" + b"0" * 64


def document_keywords(document: AppraisalDocument) -> str:
    """Which appraisal a file shows, readable back by signing and verification. HR's copy
    names none: signing and verification must never take it for the employee's document."""
    if document.hr_copy:
        return f"appraisal-workstation hr-copy of appraisal {document.appraisal_id or 0} v{document.version}"
    return (f"appraisal-workstation appraisal={document.appraisal_id or 0} version={document.version} "
            f"{SEAL_PLACEHOLDER.decode('ascii')}")


def signature_field_name(role: str) -> str:
    return f"sig_{role}"


class Styles:
    def __init__(self, font: str):
        self.font = font
        base = dict(fontName=font, wordWrap="CJK", textColor=colors.HexColor("#1f2328"))
        self.title = ParagraphStyle("title", fontSize=20, leading=26, spaceAfter=4, **base)
        # A rating name such as "Exceeds expectations" must wrap between words, not inside one.
        self.band = ParagraphStyle("band", fontSize=14, leading=18, **{**base, "wordWrap": None})
        self.subtitle = ParagraphStyle("subtitle", fontSize=11, leading=15, spaceAfter=8,
                                       **{**base, "textColor": colors.HexColor("#4b5563")})
        self.heading = ParagraphStyle("heading", fontSize=13, leading=18, spaceBefore=12, spaceAfter=6,
                                      **{**base, "textColor": colors.HexColor("#1d4f8c")})
        self.body = ParagraphStyle("body", fontSize=9.5, leading=14, **base)
        self.small = ParagraphStyle("small", fontSize=8, leading=11, **{**base, "textColor": colors.HexColor("#4b5563")})
        self.cell = ParagraphStyle("cell", fontSize=8.5, leading=11, **base)
        self.banner = ParagraphStyle("banner", fontSize=10, leading=14, alignment=TA_CENTER, **{
            **base, "textColor": colors.HexColor("#8a4b00"), "backColor": colors.HexColor("#fff4e0"),
            "borderPadding": 5})


def table_style(font: str, *extra) -> TableStyle:
    return TableStyle([*TABLE_STYLE, ("FONT", (0, 0), (-1, -1), font, 8.5), *extra])


TABLE_STYLE = [
    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#c9ced6")),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef2f7")),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
]


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _number(value: float | None, digits: int = 1) -> str:
    if value is None:
        return "—"
    return f"{value:,.{digits}f}".rstrip("0").rstrip(".") if digits else f"{value:,.0f}"


def _size(size: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return ""


class _SignatureBox(Flowable):
    """A framed box with the signer's role under it and an empty signature field
    inside, which the signer's digital signature later fills with its stamp."""

    def __init__(self, role: str, caption: str, font: str):
        super().__init__()
        self.role, self.caption, self.font = role, caption, font
        self.width, self.height = SIGNATURE_BOX[0], SIGNATURE_BOX[1] + 16

    def draw(self) -> None:
        canvas = self.canv
        box_w, box_h = SIGNATURE_BOX
        canvas.setStrokeColor(colors.HexColor("#9aa3af"))
        canvas.setLineWidth(0.6)
        canvas.rect(0, 16, box_w, box_h)
        canvas.setFont(self.font, 9)
        canvas.setFillColor(colors.HexColor("#374151"))
        canvas.drawString(0, 4, self.caption)
        x, y = canvas.absolutePosition(0, 16)
        field = PDFDictionary({
            "FT": PDFName("Sig"), "T": PDFString(signature_field_name(self.role)), "Type": PDFName("Annot"),
            "Subtype": PDFName("Widget"), "F": 4, "Rect": PDFArray([x, y, x + box_w, y + box_h]),
            "P": canvas._doc.thisPageRef(),
        })
        if self.role == SIGNER_ROLES[-1]:
            # The last signer locks the document (DocMDP "no changes"): readers then
            # flag any later edit as a violation instead of an ordinary update.
            field["Lock"] = PDFDictionary({"Type": PDFName("SigFieldLock"), "Action": PDFName("All"), "P": 1})
        canvas._addAnnotation(field)
        form = canvas.acroForm
        form.fields.append(form.getRef(field))


def numbered_canvas(header: str, language: str, font: str, draft: bool = False):
    """A canvas class with the header line, "page X of Y" and, for drafts, a watermark."""

    class NumberedCanvas(Canvas):
        """Draws "page X of Y" once the number of pages is known (pages are kept until save)."""

        def __init__(self, *args, **kwargs):
            # reportlab opens every page in Helvetica, which would be listed as an unembedded font.
            super().__init__(*args, **{**kwargs, "initialFontName": font})
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._decorate(number, total)
                super().showPage()
            super().save()

        def _decorate(self, number: int, total: int) -> None:
            width, height = A4
            self.saveState()
            self.setFont(font, 8)
            self.setFillColor(colors.HexColor("#6b7280"))
            self.drawString(MARGIN, height - MARGIN + 18, header)
            self.drawRightString(width - MARGIN, MARGIN - 24, label("page", language, page=number, pages=total))
            self.setStrokeColor(colors.HexColor("#d1d5db"))
            self.line(MARGIN, height - MARGIN + 12, width - MARGIN, height - MARGIN + 12)
            if draft:
                self.setFont(font, 64)
                self.setFillColor(colors.Color(0.85, 0.35, 0.1, alpha=0.09))
                self.translate(width / 2, height / 2)
                self.rotate(40)
                self.drawCentredString(0, 0, label("draft", language).split(" ")[0])
            self.restoreState()

    return NumberedCanvas


def render_appraisal(document: AppraisalDocument, language: str = "en") -> bytes:
    font = register_page_font()
    styles = Styles(font)
    buffer = io.BytesIO()
    pdf = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
        title=f"{label('title', language)} — {document.employee_name} — {document.cycle_name}",
        author=label("author", language), subject=f"{document.cycle_name} · {document.employee_no}",
        creator=label("author", language), lang="zh-CN" if is_chinese(language) else "en",
        keywords=document_keywords(document),
    )
    width = A4[0] - 2 * MARGIN
    story: list = []
    story += _heading_part(document, language, styles, width)
    story += _kpi_part(document, language, styles, width, font)
    story += _feedback_part(document, language, styles, width, font)
    story += _narrative_part(document, language, styles)
    story += _plan_part(document, language, styles, width)
    story += _evidence_part(document, language, styles, width)
    if document.hr_copy:
        from .calibration_part import record_part

        if document.calibration_record is not None:
            story += record_part(document.calibration_record, language, styles, width, with_person=False)
    else:
        story += _signature_part(language, styles, font)
    pdf.build(story, canvasmaker=numbered_canvas(
        f"{label('title', language)} · {document.employee_name} · {document.cycle_name}", language, font,
        document.draft))
    return buffer.getvalue()


def _p(text: str, style) -> Paragraph:
    return Paragraph(escape(text), style)


def _heading_part(doc: AppraisalDocument, language: str, styles: Styles, width: float) -> list:
    L = lambda key, **kw: label(key, language, **kw)  # noqa: E731
    story = [_p(L("title"), styles.title), _p(f"{doc.employee_name} · {doc.cycle_name}", styles.subtitle)]
    if doc.hr_copy:
        story += [_p(L("hr_copy"), styles.banner), Spacer(1, 10)]
    if doc.draft:
        story += [_p(f"{L('draft')}. {L('draft_note')}", styles.banner), Spacer(1, 10)]
    if doc.version > 1:
        story += [_p(L("corrected", version=doc.version, previous=doc.version - 1), styles.banner), Spacer(1, 10)]
    position = localised(doc.position, doc.position_zh, language) or "—"
    facts = [
        (L("employee"), f"{doc.employee_name} ({doc.employee_no})", L("cycle"), doc.cycle_name),
        (L("position"), position, L("period"), f"{doc.period_start.isoformat()} – {doc.period_end.isoformat()}"),
        (L("department"), doc.department or "—", L("manager"), doc.manager_name or "—"),
    ]
    rows = [[_p(a, styles.small), _p(b, styles.cell), _p(c, styles.small), _p(d, styles.cell)] for a, b, c, d in facts]
    table = Table(rows, colWidths=[width * 0.14, width * 0.36, width * 0.14, width * 0.36])
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), styles.font, 9), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, -1), (-1, -1), 0.4, colors.HexColor("#c9ced6"))]))
    story.append(table)
    held = L("not_yet_published")  # scores that include the unpublished 360 part
    band = (localised(doc.band.name, doc.band.name_zh, language) if doc.band
            else L("not_scored") if doc.feedback_published else held)
    later = (lambda value: _p(_number(value), styles.title)) if doc.feedback_published else (  # noqa: E731
        lambda value: _p(held, styles.band))
    result = [[_p(L("kpi_score"), styles.small), _p(L("competency_score"), styles.small),
               _p(L("final_score"), styles.small), _p(L("band_calibrated" if doc.calibrated else "band"), styles.small)],
              [_p(_number(doc.kpi_score), styles.title), later(doc.competency_score),
               later(doc.final_score), _p(band, styles.band)]]
    summary = Table(result, colWidths=[width / 4] * 4)
    summary.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), styles.font, 9), ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f5f7fa")),
                                 ("BOX", (0, 0), (-1, -1), 0.4, colors.HexColor("#c9ced6"))]))
    story += [_p(L("summary"), styles.heading), summary,
              _p(L("weights", kpi=_number(doc.kpi_weight, 0), competency=_number(doc.competency_weight, 0)),
                 styles.small)]
    if doc.hr_copy:
        if doc.proposed_band is not None:
            story.append(_p(L("proposed_by_manager", band=localised(doc.proposed_band.name, doc.proposed_band.name_zh,
                                                                    language)), styles.small))
        if doc.rank is not None:
            story.append(_p(L("rank_in_position", rank=doc.rank[0], count=doc.rank[1]), styles.small))
    return story


def _kpi_part(doc: AppraisalDocument, language: str, styles: Styles, width: float, font: str) -> list:
    L = lambda key, **kw: label(key, language, **kw)  # noqa: E731
    story: list = [CondPageBreak(160), _p(L("kpis"), styles.heading)]
    if not doc.targets:
        return story + [_p(L("no_kpis"), styles.body)]
    header = [L("kpi"), L("target"), L("actual"), L("attainment"), L("points"), L("weight"), L("unit")]
    rows = [[_p(h, styles.small) for h in header]]
    for target in doc.targets:
        attainment = "—" if target.attainment is None else f"{target.attainment * 100:.0f}%"
        rows.append([_p(localised(target.kpi_name, target.kpi_name_zh, language), styles.cell),
                     _number(target.target_value, 2), _number(target.actual, 2), attainment,
                     _number(target.points), f"{target.weight:g}%", _p(L(f"unit.{target.unit.value}"), styles.cell)])
    table = Table(rows, colWidths=[width * 0.34] + [width * 0.11] * 6, repeatRows=1)
    table.setStyle(table_style(font, ("ALIGN", (1, 1), (-2, -1), "RIGHT")))
    bars = [Bar(localised(t.kpi_name, t.kpi_name_zh, language), t.attainment) for t in doc.targets]
    chart = attainment_bars(bars, font, width, L("no_result"))
    return story + [table, Spacer(1, 8), KeepTogether([_p(L("kpi_chart"), styles.small), chart])]


def _feedback_part(doc: AppraisalDocument, language: str, styles: Styles, width: float, font: str) -> list:
    L = lambda key, **kw: label(key, language, **kw)  # noqa: E731
    report = doc.feedback
    story: list = [CondPageBreak(200), _p(L("feedback"), styles.heading)]
    if not doc.feedback_published:
        return story + [_p(L("feedback_unpublished"), styles.body)]
    if report is None or not report.competencies:
        return story + [_p(L("no_feedback"), styles.body)]
    story.append(_p(L("feedback_rules", threshold=report.threshold), styles.small))
    story.append(Spacer(1, 4))
    header = [L("competency"), L("self"), L("manager_group"), L("others"), L("gap"), L("raters")]
    rows = [[_p(h, styles.small) for h in header]]
    for result in report.competencies:
        verdict = f" ({L(result.verdict)})" if result.verdict and result.verdict != "aligned" else ""
        rows.append([_p(localised(result.competency.name, result.competency.name_zh, language), styles.cell),
                     _number(result.self_score, 2), _number(result.manager_score, 2), _number(result.others_score, 2),
                     _p(("—" if result.gap is None else f"{result.gap:+.2f}") + verdict, styles.cell),
                     str(result.others_count)])
    table = Table(rows, colWidths=[width * 0.3, width * 0.12, width * 0.12, width * 0.12, width * 0.22,
                                   width * 0.12], repeatRows=1)
    table.setStyle(table_style(font, ("ALIGN", (1, 1), (-1, -1), "RIGHT")))
    axes = [localised(r.competency.name, r.competency.name_zh, language) for r in report.competencies]
    series = [(L("self"), [r.self_score for r in report.competencies]),
              (L("manager_group"), [r.manager_score for r in report.competencies]),
              (L("others"), [r.others_score for r in report.competencies])]
    chart = radar(axes, series, font, min(width, 330))
    story += [table, Spacer(1, 8), KeepTogether([_p(L("radar"), styles.small), chart])]
    if report.comments or report.comments_withheld:
        story.append(_p(L("comments"), styles.heading))
        who = {"self": L("from_self"), "manager": L("from_manager"), None: L("from_others")}
        for comment in report.comments:
            story.append(_p(f"{who[comment.group]}：{comment.text}" if is_chinese(language)
                            else f"{who[comment.group]}: {comment.text}", styles.body))
        if report.comments_withheld:
            story.append(_p(L("comments_withheld"), styles.small))
    return story


def _narrative_part(doc: AppraisalDocument, language: str, styles: Styles) -> list:
    L = lambda key, **kw: label(key, language, **kw)  # noqa: E731
    story: list = [CondPageBreak(120), _p(L("narrative"), styles.heading)]
    for key, text in (("strengths", doc.strengths), ("development", doc.development_areas),
                      ("manager_comment", doc.manager_comment), ("self_comment", doc.self_comment),
                      ("hr_comment", doc.hr_comment)):
        story += [_p(L(key), styles.small), _p(text or L("none"), styles.body), Spacer(1, 4)]
    names = {t.kpi_code: localised(t.kpi_name, t.kpi_name_zh, language) for t in doc.targets}
    colon = "：" if is_chinese(language) else ": "
    if doc.target_comments:
        story.append(_p(L("target_comments"), styles.small))
        for code, comment in doc.target_comments:
            story.append(_p(f"{names.get(code, code)}{colon}{comment}", styles.body))
    return story + _self_review_part(doc, language, styles, names, colon)


def _self_review_part(doc: AppraisalDocument, language: str, styles: Styles, names: dict[str, str],
                      colon: str) -> list:
    """The employee's submitted self-review, in their own words."""
    L = lambda key, **kw: label(key, language, **kw)  # noqa: E731
    parts = [(key, text) for key, text in (("self_achievements", doc.self_achievements),
                                           ("self_challenges", doc.self_challenges),
                                           ("self_development_wishes", doc.self_development_wishes)) if text]
    if not parts and not doc.self_target_reviews:
        return []
    story: list = [CondPageBreak(100), _p(L("self_review"), styles.heading)]
    for key, text in parts:
        story += [_p(L(key), styles.small), _p(text, styles.body), Spacer(1, 4)]
    if doc.self_target_reviews:
        story.append(_p(L("self_target_reviews"), styles.small))
        for code, rating, comment in doc.self_target_reviews:
            said = " · ".join(part for part in (L("self_rating", rating=rating) if rating else "", comment or "")
                              if part)
            story.append(_p(f"{names.get(code, code)}{colon}{said}", styles.body))
    return story


def _plan_part(doc: AppraisalDocument, language: str, styles: Styles, width: float) -> list:
    if doc.plan is None:
        return []
    L = lambda key, **kw: label(key, language, **kw)  # noqa: E731
    plan = doc.plan
    story = [CondPageBreak(140), _p(L("plan"), styles.heading),
             _p(L("plan_period", start=plan.start.isoformat(), end=plan.end.isoformat(),
                  status=L(f"status.{plan.status}")), styles.body),
             _p(f"{L('plan_reason')}: {plan.reason}", styles.body)]
    if plan.goals:
        rows = [[_p(L("plan_goals"), styles.small), "", "", ""]]
        for goal in plan.goals:
            rows.append([_p(L(goal.horizon), styles.cell), _p(goal.description, styles.cell),
                         goal.due.isoformat(), _p(L(f"status.{goal.status}"), styles.cell)])
        table = Table(rows, colWidths=[width * 0.14, width * 0.56, width * 0.15, width * 0.15])
        table.setStyle(table_style(styles.font, ("SPAN", (0, 0), (-1, 0))))
        story += [Spacer(1, 4), table]
    progress = "—" if plan.last_progress is None else f"{plan.last_progress}%"
    story.append(_p(L("plan_progress", check_ins=plan.check_ins, progress=progress, warnings=plan.warnings),
                    styles.small))
    return story


def _evidence_part(doc: AppraisalDocument, language: str, styles: Styles, width: float) -> list:
    L = lambda key, **kw: label(key, language, **kw)  # noqa: E731
    story: list = [CondPageBreak(120), _p(L("evidence"), styles.heading)]
    if not doc.evidence:
        return story + [_p(L("no_evidence"), styles.body)]
    story.append(_p(L("evidence_note"), styles.small))
    # The page font, not Courier: every font in the document must be embedded.
    mono = ParagraphStyle("mono", parent=styles.cell, fontSize=7, leading=9, wordWrap=None)
    rows = [[_p(L("file"), styles.small), _p(L("size"), styles.small), _p("SHA-256", styles.small),
             _p(L("supports"), styles.small)]]
    for item in doc.evidence:
        supports = L("plan") if item.supports == "plan" else item.supports
        rows.append([_p(item.name, styles.cell), _size(item.size), Paragraph(item.sha256, mono),
                     _p(supports, styles.cell)])
    table = Table(rows, colWidths=[width * 0.3, width * 0.1, width * 0.45, width * 0.15], repeatRows=1)
    table.setStyle(table_style(styles.font))
    return story + [Spacer(1, 4), table]


def _signature_part(language: str, styles: Styles, font: str) -> list:
    story: list = [PageBreak(), _p(label("signatures", language), styles.heading),
                   _p(label("signatures_note", language), styles.small), Spacer(1, 14)]
    for role in SIGNER_ROLES:
        story += [_SignatureBox(role, label(f"role.{role}", language), font), Spacer(1, 18)]
    return story
