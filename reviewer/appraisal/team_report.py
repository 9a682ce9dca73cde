"""The team summary of a cycle: how ratings are distributed (against the bands'
guidelines) and every person's score and rating, as PDF and as XLSX."""
from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Cycle, Department, RatingBand

from ..errors import NotFound
from ..feedback.release import database_today, feedback_published
from ..io.writers import save_workbook, storable, storable_row
from ..pdf.appraisal_labels import label
from ..pdf.language import is_chinese, localised
from .listing import AppraisalRow, appraisal_rows


@dataclass(frozen=True)
class BandShare:
    name: str
    count: int
    share: float  # of the people with a rating
    guideline_pct: float | None


@dataclass(frozen=True)
class TeamSummary:
    cycle_name: str
    scope: str  # the department's name, or "" for the whole company
    rows: list[AppraisalRow]
    distribution: list[BandShare]  # best band first
    feedback_published: bool = True  # False: no 360 score, final score or band yet (see listing)

    @property
    def unrated(self) -> int:
        return sum(r.band is None for r in self.rows)


def team_summary(session: Session, cycle_id: int, department_id: int | None, language: str = "en",
                 today: date | None = None) -> TeamSummary:
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        raise NotFound.coded("cycle_unknown_id", id=cycle_id)
    published = feedback_published(cycle, today or database_today(session))
    rows = appraisal_rows(session, cycle_id, department_id, language, today)
    rated = sum(r.band is not None for r in rows) or 1
    distribution = []
    bands = session.scalars(select(RatingBand).where(RatingBand.cycle_id == cycle_id).order_by(
        RatingBand.min_score.desc()))
    for band in bands:
        name = localised(band.name, band.name_zh, language)
        count = sum(r.band == name for r in rows)
        distribution.append(BandShare(name, count, count / rated, band.guideline_pct))
    department = session.get(Department, department_id) if department_id else None
    return TeamSummary(cycle.name, department.name if department else "", rows, distribution, published)


def _headers(language: str) -> list[str]:
    return [label(k, language) for k in ("employee_no", "employee", "department", "kpi_score", "competency_score",
                                         "final_score", "band")]


def render_team_pdf(summary: TeamSummary, language: str = "en") -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    from ..pdf.appraisal_pdf import MARGIN, Styles, escape, numbered_canvas, table_style
    from ..pdf.charts import distribution_bars
    from ..pdf.fonts import register_page_font

    font = register_page_font()
    styles = Styles(font)
    title = label("team_title", language)
    scope = summary.scope or label("whole_company", language)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
        title=f"{title} — {summary.cycle_name} — {scope}", author=label("author", language),
        subject=summary.cycle_name, creator=label("author", language), lang="zh-CN" if is_chinese(language) else "en")
    width = A4[0] - 2 * MARGIN
    p = lambda text, style: Paragraph(escape(text), style)  # noqa: E731
    story = [p(title, styles.title), p(f"{summary.cycle_name} · {scope}", styles.subtitle),
             p(label("team_counts", language, people=len(summary.rows), unrated=summary.unrated), styles.body),
             *([] if summary.feedback_published else [p(label("feedback_unpublished", language), styles.body)]),
             p(label("distribution", language), styles.heading),
             distribution_bars([(s.name, s.share, s.count, s.guideline_pct) for s in summary.distribution], font,
                               width, label("guideline", language)),
             Spacer(1, 8), p(label("people", language), styles.heading)]
    number = lambda v: "—" if v is None else f"{v:.1f}"  # noqa: E731
    table_rows = [[p(h, styles.small) for h in _headers(language)]] + [
        [r.employee_no, p(r.name, styles.cell), p(r.department, styles.cell), number(r.kpi_score),
         number(r.competency_score), number(r.final_score), p(r.band or label("not_scored", language), styles.cell)]
        for r in summary.rows]
    widths = [0.11, 0.15, 0.26, 0.11, 0.11, 0.11, 0.15]
    table = Table(table_rows, colWidths=[width * w for w in widths], repeatRows=1)
    table.setStyle(table_style(font, ("ALIGN", (3, 1), (5, -1), "RIGHT")))
    story.append(table)
    document.build(story, canvasmaker=numbered_canvas(f"{title} · {summary.cycle_name} · {scope}", language, font))
    return buffer.getvalue()


def write_team_xlsx(summary: TeamSummary, path: Path, language: str = "en") -> None:
    """Two sheets: the people, and the distribution with a bar chart Excel draws itself."""
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, Reference
    from openpyxl.styles import Font

    workbook = Workbook()
    people = workbook.active
    people.title = label("people", language)[:31]
    people.append(_headers(language))
    for row in summary.rows:
        people.append(storable_row([row.employee_no, row.name, row.department, row.kpi_score,
                                    row.competency_score, row.final_score, row.band]))
    if not summary.feedback_published:
        people.append([])
        people.append([label("feedback_unpublished", language)])
    people.freeze_panes = "A2"
    for cell in people[1]:
        cell.font = Font(bold=True)
    for column, width in zip("ABCDEFG", (12, 14, 30, 10, 10, 10, 14)):
        people.column_dimensions[column].width = width
    shares = workbook.create_sheet(label("distribution", language)[:31])
    shares.append([label("band", language), label("headcount", language), label("share", language),
                   label("guideline", language)])
    for share in summary.distribution:
        shares.append([storable(share.name), share.count, round(share.share, 4),
                       None if share.guideline_pct is None else share.guideline_pct / 100])
    for row in shares.iter_rows(min_row=2, min_col=3, max_col=4):
        for cell in row:
            cell.number_format = "0%"
    chart = BarChart()
    chart.title = label("distribution", language)
    chart.add_data(Reference(shares, min_col=3, max_col=4, min_row=1, max_row=len(summary.distribution) + 1),
                   titles_from_data=True)
    chart.set_categories(Reference(shares, min_col=1, min_row=2, max_row=len(summary.distribution) + 1))
    shares.add_chart(chart, "F2")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    save_workbook(workbook, path)


def write_team_pdf(summary: TeamSummary, path: Path, language: str = "en") -> None:
    from ..io.files import write_whole

    write_whole(Path(path), render_team_pdf(summary, language))
