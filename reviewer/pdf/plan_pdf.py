"""The plan document as a PDF: who and what (header), why (reason and cause analysis),
goals with their revisions, actions, the support the company commits to, the check-in
timeline as a chart and as a table, warnings and recognition, acknowledgements, the
outcome, and a signature page with the appraisal's three empty signature fields, so that
plan PDFs sign and verify like appraisals (reviewer.appraisal.kinds)."""
from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table

from ..plans.document import PlanDocument
from .appraisal_pdf import (
    MARGIN,
    SEAL_PLACEHOLDER,
    SIGNER_ROLES,
    Styles,
    _SignatureBox,
    escape,
    numbered_canvas,
    table_style,
)
from .fonts import register_page_font
from .language import is_chinese, localised
from .plan_chart import Marker, Series, timeline
from .plan_labels import label


def plan_keywords(document: PlanDocument) -> str:
    """Which plan and version a file shows, readable back by signing and verification."""
    return (f"appraisal-workstation plan={document.plan_id} version={document.version} "
            f"{SEAL_PLACEHOLDER.decode('ascii')}")


def render_plan(document: PlanDocument, language: str = "en") -> bytes:
    font = register_page_font()
    styles = Styles(font)
    row = document.view.row
    title = label(f"title.{row.kind}", language)
    buffer = io.BytesIO()
    pdf = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
        title=f"{title} — {row.person} — v{row.version}", author=label("author", language),
        subject=f"{row.employee_no} · {row.start_date.isoformat()} – {row.end_date.isoformat()}",
        creator=label("author", language), lang="zh-CN" if is_chinese(language) else "en",
        keywords=plan_keywords(document))
    width = A4[0] - 2 * MARGIN
    parts = _Parts(document, language, styles, width)
    story = (parts.heading() + parts.reason() + parts.goals() + parts.actions() + parts.support()
             + parts.timeline() + parts.check_ins() + parts.notes() + parts.acknowledgements() + parts.outcome()
             + parts.signatures())
    pdf.build(story, canvasmaker=numbered_canvas(
        f"{title} · {row.person} · v{row.version}", language, font, row.stage == "draft"))
    return buffer.getvalue()


class _Parts:
    """The document's sections, each a list of flowables."""

    def __init__(self, document: PlanDocument, language: str, styles: Styles, width: float):
        self.department = document.department
        self.doc, self.row = document.view, document.view.row
        self.language, self.styles, self.width = language, styles, width
        self.colon = "：" if is_chinese(language) else ": "
        self.number = {goal.id: n for n, goal in enumerate(self.doc.goals, start=1)}
        # "short term" wraps between its words, never inside one
        self.keep_words = ParagraphStyle("keep_words", parent=styles.cell, wordWrap=None)

    def L(self, key: str, **params) -> str:  # noqa: N802 - the labels' short name, as in appraisal_pdf
        return label(key, self.language, **params)

    def p(self, text: str, style=None) -> Paragraph:
        return Paragraph(escape(text), style or self.styles.body)

    def cell(self, text: str | None) -> Paragraph:
        return self.p(text or "—", self.styles.cell)

    def head(self, *texts: str) -> list[Paragraph]:
        return [self.p(text, self.styles.small) for text in texts]

    def table(self, rows: list, fractions: list[float], *extra) -> Table:
        table = Table(rows, colWidths=[self.width * f for f in fractions], repeatRows=1)
        table.setStyle(table_style(self.styles.font, *extra))
        return table

    def heading(self) -> list:
        doc, row, L = self.doc, self.row, self.L
        story = [self.p(L(f"title.{row.kind}"), self.styles.title),
                 self.p(f"{row.person} · {row.start_date.isoformat()} – {row.end_date.isoformat()}",
                        self.styles.subtitle)]
        if row.stage == "draft":
            story += [self.p(L("draft"), self.styles.banner), Spacer(1, 10)]
        stage = L(f"stage.{row.stage}")
        if row.stage in ("active", "extended"):
            stage += f" · {L(f'health.{row.health}')}"
        approved = (f"{doc.approved_at:%Y-%m-%d} · {doc.approved_by}" if doc.approved_at and doc.approved_by
                    else f"{doc.approved_at:%Y-%m-%d}" if doc.approved_at else L("not_approved"))
        facts = [
            (L("employee"), f"{row.person} ({row.employee_no})", L("kind"), L(f"kind.{row.kind}")),
            (L("position"), localised(*(doc.position or (None, None)), self.language) or "—",
             L("period"), f"{row.start_date.isoformat()} – {row.end_date.isoformat()}"),
            (L("department"), self.department or "—", L("stage"), stage),
            (L("manager"), row.owner, L("version"), str(row.version)),
            (L("cadence"), L("cadence_days", days=doc.cadence_days), L("approved"), approved),
        ]
        if row.cycle_name:
            facts.append((L("cycle"), row.cycle_name, "", ""))
        rows = [[self.p(a, self.styles.small), self.cell(b), self.p(c, self.styles.small), self.cell(d or " ")]
                for a, b, c, d in facts]
        table = Table(rows, colWidths=[self.width * f for f in (0.16, 0.34, 0.14, 0.36)])
        table.setStyle(table_style(self.styles.font, ("GRID", (0, 0), (-1, -1), 0, "white"),
                                   ("BACKGROUND", (0, 0), (-1, 0), "white"), ("VALIGN", (0, 0), (-1, -1), "TOP")))
        return story + [table]

    def reason(self) -> list:
        doc, L = self.doc, self.L
        story = [self.p(L("reason_heading"), self.styles.heading), self.p(L("reason"), self.styles.small),
                 self.p(doc.reason), Spacer(1, 4)]
        if doc.root_cause:
            story += [self.p(L("root_cause"), self.styles.small), self.p(L(f"cause.{doc.root_cause}")), Spacer(1, 4)]
        return story + [self.p(L("analysis"), self.styles.small), self.p(doc.analysis or L("none"))]

    def goals(self) -> list:
        doc, L = self.doc, self.L
        story: list = [CondPageBreak(120), self.p(L("goals"), self.styles.heading)]
        if not doc.goals:
            return story + [self.p(L("no_goals"))]
        rows = [self.head(L("number"), L("horizon"), L("goal"), L("baseline"), L("target"), L("due"), L("latest"),
                          L("status"))]
        for n, goal in enumerate(doc.goals, start=1):
            latest = "—" if goal.latest_progress is None else (
                f"{goal.latest_progress}% · {L(f'state.{goal.latest_state}')}")
            what = f"{goal.description}\n{L('measure')}{self.colon}{goal.measure}"
            rows.append([str(n), Paragraph(escape(L(goal.horizon)), self.keep_words),
                         Paragraph(escape(what).replace("\n", "<br/>"), self.styles.cell),
                         self.cell(goal.baseline), self.cell(goal.target), goal.due_date.isoformat(),
                         self.cell(latest), self.cell(L(f"status.{goal.status}"))])
        story.append(self.table(rows, [0.04, 0.1, 0.3, 0.1, 0.1, 0.12, 0.14, 0.1],
                                ("VALIGN", (0, 0), (-1, -1), "TOP")))
        story.append(Spacer(1, 4))
        revisions = [(n, revision) for n, goal in enumerate(doc.goals, start=1) for revision in goal.revisions]
        for n, revision in revisions:
            story.append(self.p(L("revision", number=n, date=f"{revision.changed_at:%Y-%m-%d}", by=revision.by,
                                  reason=revision.reason), self.styles.small))
        return story

    def actions(self) -> list:
        doc, L = self.doc, self.L
        story: list = [CondPageBreak(100), self.p(L("actions"), self.styles.heading)]
        if not doc.actions:
            return story + [self.p(L("no_actions"))]
        rows = [self.head(L("action_kind"), L("action"), L("owner"), L("action_due"), L("done"))]
        for action in doc.actions:
            rows.append([self.cell(L(f"action.{action.kind}")), self.cell(action.description), self.cell(action.owner),
                         action.due_date.isoformat() if action.due_date else "—",
                         action.done_on.isoformat() if action.done_on else "—"])
        return story + [self.table(rows, [0.12, 0.46, 0.14, 0.14, 0.14])]

    def support(self) -> list:
        return [CondPageBreak(60), self.p(self.L("support"), self.styles.heading),
                self.p(self.doc.support or self.L("no_support"))]

    def timeline(self) -> list:
        doc, L = self.doc, self.L
        story: list = [CondPageBreak(240), self.p(L("timeline"), self.styles.heading)]
        if not doc.check_ins:
            return story + [self.p(L("no_check_ins"))]
        overall = Series(L("overall"), tuple((c.held_on, c.progress_pct) for c in doc.check_ins))
        goals = [Series(L("goal_n", number=n), tuple((c.held_on, g.progress_pct) for c in doc.check_ins
                                                     for g in c.goals if g.goal_id == goal.id))
                 for n, goal in enumerate(doc.goals, start=1)]
        markers = [Marker(note.kind, note.issued_on) for note in doc.notes]
        chart = timeline(overall, [g for g in goals if g.points], markers, self.row.start_date, self.row.end_date,
                         self.styles.font, self.width,
                         {kind: L(f"marker.{kind}") for kind in ("warning", "recognition")})
        return story + [KeepTogether([self.p(L("timeline_note"), self.styles.small), chart])]

    def check_ins(self) -> list:
        doc, L = self.doc, self.L
        if not doc.check_ins:
            return []
        rows = [self.head(L("date"), L("progress"), L("per_goal"), L("notes"), L("by"))]
        for check_in in doc.check_ins:
            per_goal = "; ".join(f"{self.number.get(g.goal_id, '?')}: {g.progress_pct}% {L(f'state.{g.state}')}"
                                 for g in sorted(check_in.goals, key=lambda g: self.number.get(g.goal_id, 0)))
            rows.append([check_in.held_on.isoformat(), f"{check_in.progress_pct}%", self.cell(per_goal),
                         self.cell(check_in.notes), self.cell(check_in.by)])
        return [CondPageBreak(100), self.p(L("check_ins"), self.styles.heading),
                self.table(rows, [0.13, 0.09, 0.3, 0.34, 0.14], ("VALIGN", (0, 0), (-1, -1), "TOP"))]

    def notes(self) -> list:
        doc, L = self.doc, self.L
        story: list = [CondPageBreak(80), self.p(L("warnings"), self.styles.heading)]
        if not doc.notes:
            return story + [self.p(L("no_warnings"))]
        for note in doc.notes:
            numbers = [str(self.number[i]) for i in note.goal_ids if i in self.number]
            named = f" ({L('goals_named', goals=', '.join(numbers))})" if numbers else ""
            story.append(self.p(f"{note.issued_on.isoformat()} · {L(note.kind)}{named}{self.colon}{note.wording}"))
        return story

    def acknowledgements(self) -> list:
        doc, L = self.doc, self.L
        story: list = [CondPageBreak(80), self.p(L("acknowledgements"), self.styles.heading),
                       self.p(L("ack_note"), self.styles.small)]
        if not doc.acknowledgements:
            return story + [self.p(L("no_acknowledgement"))]
        for ack in doc.acknowledgements:
            line = L("ack_line", version=ack.version, date=f"{ack.at:%Y-%m-%d}")
            if ack.disagrees:
                line += f" · {L('ack_disagrees')}"
            story.append(self.p(line + (f"{self.colon}{ack.comment}" if ack.comment else "")))
        return story

    def outcome(self) -> list:
        doc, L = self.doc, self.L
        story: list = [CondPageBreak(80), self.p(L("outcome"), self.styles.heading)]
        if doc.outcome is None:
            story.append(self.p(L("open_outcome", end=self.row.end_date.isoformat())))
        else:
            story.append(self.p(f"{L(f'outcome.{doc.outcome}')}{self.colon}{doc.outcome_note or L('none')}"))
            if doc.closed_at:
                story.append(self.p(L("closed_by", date=f"{doc.closed_at:%Y-%m-%d}", by=doc.closed_by or "—"),
                                    self.styles.small))
        if doc.extensions:
            story.append(self.p(L("extensions", count=doc.extensions), self.styles.small))
        return story

    def signatures(self) -> list:
        story: list = [PageBreak(), self.p(self.L("signatures"), self.styles.heading),
                       self.p(self.L("signatures_note"), self.styles.small), Spacer(1, 14)]
        for role in SIGNER_ROLES:
            story += [_SignatureBox(role, self.L(f"role.{role}"), self.styles.font), Spacer(1, 18)]
        return story
