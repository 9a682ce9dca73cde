"""The calibration record as a part of a PDF (HR's copies only): one row per move with
from → to, reason, who, when and the session; undone moves marked."""
from __future__ import annotations

from reportlab.platypus import CondPageBreak, Paragraph, Spacer, Table

from ..calibration.record import CalibrationRecord, RecordLine, band_text
from .appraisal_labels import label
from .language import is_chinese


def move_text(line: RecordLine, language: str) -> str:
    """"Rating: C Solid → B Strong", the levels of a potential move in words."""
    if line.axis == "potential":
        def level(value: str | None) -> str:
            return label(f"potential.{value}", language) if value in ("low", "medium", "high") else value or "—"
        before, after = level(line.from_value), level(line.to_value)
    else:
        before = band_text(line.from_value, line.from_band_names, language)
        after = band_text(line.to_value, line.to_band_names, language)
    colon = "：" if is_chinese(language) else ": "
    return f"{label(f'axis.{line.axis}', language)}{colon}{before} → {after}"


def record_part(record: CalibrationRecord, language: str, styles, width: float, *, with_person: bool) -> list:
    from .appraisal_pdf import escape, table_style

    p = lambda text, style: Paragraph(escape(text), style)  # noqa: E731
    story: list = [CondPageBreak(120), p(label("calibration_record", language), styles.heading)]
    if not record.lines:
        story.append(p(label("no_calibration_moves", language), styles.body))
    else:
        header = ([label("record_person", language)] if with_person else []) + [
            label("record_move", language), label("record_reason", language), label("record_by", language),
            label("record_when", language), label("record_session", language)]
        rows = [[p(h, styles.small) for h in header]]
        for line in record.lines:
            move = [p(move_text(line, language), styles.cell)]
            if line.undone:  # kept on record, marked, on a line of its own
                move.append(p(label("undone", language, date=line.undone_at.strftime("%Y-%m-%d"),
                                    name=line.undone_by or "—"), styles.small))
            cells = [p(c, styles.cell) for c in (line.reason, line.by, line.at.strftime("%Y-%m-%d %H:%M"),
                                                 line.session or "—")]
            person = [p(f"{line.name} ({line.employee_no})", styles.cell)] if with_person else []
            rows.append([*person, move, *cells])
        fractions = ([0.13, 0.30, 0.21, 0.1, 0.14, 0.12] if with_person else [0.34, 0.27, 0.11, 0.15, 0.13])
        table = Table(rows, colWidths=[width * f for f in fractions], repeatRows=1)
        table.setStyle(table_style(styles.font))
        story += [Spacer(1, 4), table]
    if record.held_back:
        story.append(p(label("record_held_back", language, count=record.held_back), styles.small))
    return story
