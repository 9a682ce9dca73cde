"""The team summary of a cycle: how ratings are distributed (against the bands'
guidelines) and every person's score and rating, as PDF and as XLSX. Each person's
rating shows what the manager proposed and the calibrated band beside it, with their
rank in their position; HR's copy adds the calibration record (every move with its
reason, who and when)."""
from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Appraisal, Cycle, Department, RatingBand

from ..access import acting
from ..calibration.ranking import ranks_of
from ..calibration.record import CalibrationRecord, calibration_record
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
    # appraisal id -> (the manager's proposed band, the calibrated band), names; empty before publication
    bands: dict[int, tuple[str | None, str | None]] = field(default_factory=dict)
    ranks: dict[int, tuple[int, int]] = field(default_factory=dict)  # employee id -> (rank, of) in the position
    record: CalibrationRecord | None = None  # HR's copy only

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
    names = {b.id: localised(b.name, b.name_zh, language) for b in cycle.rating_bands}
    decided = {}
    if published:
        for chunk in _chunks([r.appraisal_id for r in rows]):
            decided.update({i: (names.get(p), names.get(c)) for i, p, c in session.execute(
                select(Appraisal.id, Appraisal.proposed_band_id, Appraisal.calibrated_band_id)
                .where(Appraisal.id.in_(chunk)))})
    record = calibration_record(session, [r.appraisal_id for r in rows]) if acting(session).is_hr else None
    return TeamSummary(cycle.name, department.name if department else "", rows, distribution, published,
                       decided, ranks_of(session, cycle_id), record)


def _chunks(ids: list[int]):
    from db.engine import batches

    return batches(ids)


def _rank_text(summary: TeamSummary, employee_id: int, language: str) -> str:
    rank = summary.ranks.get(employee_id)
    return "—" if rank is None else label("rank_of", language, rank=rank[0], count=rank[1])


def _headers(language: str) -> list[str]:
    return [label(k, language) for k in ("employee_no", "employee", "department", "kpi_score", "competency_score",
                                         "final_score", "proposed_band", "calibrated_band", "rank")]


def _wrapping(style, text: str):
    """The style as is for text with Chinese (it breaks between any characters), else a
    copy that breaks only between words: "Meets expectations" in a narrow column must
    not become "Meets expect / ations"."""
    from reportlab.lib.styles import ParagraphStyle

    if any(ord(char) >= 0x2E80 for char in text):
        return style
    return ParagraphStyle(f"{style.name}-words", parent=style, wordWrap=None)


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
    p = lambda text, style: Paragraph(escape(text), _wrapping(style, text))  # noqa: E731
    story = [p(title, styles.title), p(f"{summary.cycle_name} · {scope}", styles.subtitle),
             p(label("team_counts", language, people=len(summary.rows), unrated=summary.unrated), styles.body),
             *([] if summary.feedback_published else [p(label("feedback_unpublished", language), styles.body)]),
             p(label("distribution", language), styles.heading),
             distribution_bars([(s.name, s.share, s.count, s.guideline_pct) for s in summary.distribution], font,
                               width, label("guideline", language)),
             Spacer(1, 8), p(label("people", language), styles.heading)]
    number = lambda v: "—" if v is None else f"{v:.1f}"  # noqa: E731
    table_rows = [[p(h, styles.small) for h in _headers(language)]]
    for r in summary.rows:
        proposed, calibrated = summary.bands.get(r.appraisal_id, (None, None))
        table_rows.append([
            r.employee_no, p(r.name, styles.cell), p(r.department, styles.cell), number(r.kpi_score),
            number(r.competency_score), number(r.final_score),
            p(proposed or (label("not_scored", language) if r.final_score is None else "—"), styles.cell),
            p(calibrated or "—", styles.cell), p(_rank_text(summary, r.employee_id, language), styles.cell)])
    widths = [0.11, 0.12, 0.16, 0.08, 0.08, 0.08, 0.14, 0.14, 0.09]
    table = Table(table_rows, colWidths=[width * w for w in widths], repeatRows=1)
    table.setStyle(table_style(font, ("ALIGN", (3, 1), (5, -1), "RIGHT")))
    story.append(table)
    if summary.record is not None:
        from ..pdf.calibration_part import record_part

        story += record_part(summary.record, language, styles, width, with_person=True)
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
        proposed, calibrated = summary.bands.get(row.appraisal_id, (None, None))
        rank = summary.ranks.get(row.employee_id)
        people.append(storable_row([row.employee_no, row.name, row.department, row.kpi_score,
                                    row.competency_score, row.final_score, proposed, calibrated,
                                    None if rank is None else f"{rank[0]}/{rank[1]}"]))
    if not summary.feedback_published:
        people.append([])
        people.append([label("feedback_unpublished", language)])
    people.freeze_panes = "A2"
    for cell in people[1]:
        cell.font = Font(bold=True)
    for column, width in zip("ABCDEFGHI", (12, 14, 30, 10, 10, 10, 14, 14, 8)):
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
    if summary.record is not None:
        _record_sheet(workbook, summary.record, language)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    save_workbook(workbook, path)


def _record_sheet(workbook, record: CalibrationRecord, language: str) -> None:
    from openpyxl.styles import Font

    from ..pdf.calibration_part import move_text

    sheet = workbook.create_sheet(label("calibration_record", language)[:31])
    sheet.append([label(k, language) for k in ("employee_no", "employee", "record_move", "record_reason",
                                               "record_by", "record_when", "record_session", "record_undone")])
    for line in record.lines:
        undone = (label("undone", language, date=line.undone_at.strftime("%Y-%m-%d"), name=line.undone_by or "—")
                  if line.undone else None)
        sheet.append(storable_row([line.employee_no, line.name, move_text(line, language), line.reason, line.by,
                                   line.at.replace(microsecond=0), line.session or None, undone]))
    if record.held_back:
        sheet.append([])
        sheet.append([label("record_held_back", language, count=record.held_back)])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for column, width in zip("ABCDEFGH", (12, 14, 34, 40, 14, 18, 20, 26)):
        sheet.column_dimensions[column].width = width


def write_team_pdf(summary: TeamSummary, path: Path, language: str = "en") -> None:
    from ..io.files import write_whole

    write_whole(Path(path), render_team_pdf(summary, language))
