"""Importing self-reviews and manager reviews from CSV or XLSX: one row per person
and part (self or manager), one column per field.

Like the roster import, every row is checked first (the person, their appraisal in
the cycle, the part, who may write it and whether its stage allows it), nothing is
written while any row is bad unless only the valid rows are asked for, and it is one
transaction either way. A blank cell keeps what is stored."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Appraisal, AuditEvent, Cycle, Employee, utcnow

from ..database.locking import get_for_update
from ..access import require_writer
from ..errors import RowProblem, ValidationError
from ..io import columns
from ..io.columns import Field
from ..io.mojibake import encoding_problems
from ..io.tables import Table
from ..io.values import as_text
from ..messages import QT_TRANSLATE_NOOP
from ..progress import Progress
from ..roster.columns import BY_KEY as ROSTER_FIELDS
from .manager_review import MANAGER_FIELDS, computed_band_id, cycle_bands, find_band
from .potential import potential_level
from .rules import CONTROL_CHARACTERS, MAX_TEXT, load, manager_review_write_refusal, self_review_write_refusal
from .self_review import SELF_FIELDS

SELF, MANAGER = "self", "manager"
FIELDS = (
    ROSTER_FIELDS["employee_no"],
    Field("part", "Part", True, None, ("部分", "评价部分", "评价类型", "类型", "自评/上级", "part", "type",
                                       "reviewtype", "kind")),
    Field("achievements", "Achievements", False, MAX_TEXT,
          ("主要成绩", "工作成绩", "成绩", "业绩总结", "工作业绩", "achievements", "accomplishments")),
    Field("challenges", "Challenges", False, MAX_TEXT,
          ("困难与挑战", "挑战", "遇到的困难", "困难", "challenges", "difficulties")),
    Field("development_wishes", "Development wishes", False, MAX_TEXT,
          ("发展意愿", "发展需求", "培训需求", "developmentwishes", "developmentneeds")),
    Field("strengths", "Strengths", False, MAX_TEXT, ("优势", "优点", "主要优势", "strengths")),
    Field("development_areas", "Development areas", False, MAX_TEXT,
          ("待提高方面", "待改进", "待改进方面", "改进方向", "developmentareas", "areastoimprove")),
    Field("overall_comment", "Overall comment", False, MAX_TEXT,
          ("总体评价", "综合评价", "上级评语", "评语", "overallcomment", "overall", "managercomment")),
    Field("proposed_band", "Proposed band", False, 60,
          ("建议等级", "建议评级", "评级", "等级", "proposedband", "band", "rating")),
    Field("justification", "Justification", False, MAX_TEXT,
          ("等级理由", "评级理由", "理由", "评级说明", "justification", "ratingjustification", "reason")),
    Field("private_note", "Private note for HR", False, MAX_TEXT,
          ("仅HR可见备注", "给HR的备注", "私密备注", "HR备注", "privatenote", "notetohr", "hrnote")),
    Field("potential", "Potential", False, 20, ("潜力", "潜力评级", "潜力等级", "发展潜力", "potential",
                                                "potentialrating")),
)
REMEMBERED_KEY = "import.reviews.columns"
PART_FIELDS = {SELF: tuple(SELF_FIELDS), MANAGER: (*MANAGER_FIELDS, "proposed_band", "potential")}
PART_NAMES = {
    SELF: ("self", "self-review", "selfreview", "employee", "自评", "自我评价", "员工自评", "本人"),
    MANAGER: ("manager", "manager review", "managerreview", "上级", "上级评价", "经理", "主管", "领导评价"),
}


@dataclass
class ReviewsResult:
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    imported: bool = False
    created: int = 0  # reviews are written into existing appraisals: never a new one
    problems: list[RowProblem] = field(default_factory=list)
    outcomes: dict[int, str] = field(default_factory=dict)  # row -> update (rows ready to write, for a preview)

    def as_dict(self) -> dict:
        return {"updated": self.updated, "unchanged": self.unchanged, "rejected": self.rejected,
                "imported": self.imported, "problems": [p.as_dict() for p in self.problems]}


@dataclass(frozen=True)
class _ReadyRow:
    row: int
    appraisal_id: int
    part: str
    values: dict[str, Any]  # appraisal column -> value (only the cells that were filled)


def guess_mapping(headers: list[str], remembered: dict[str, str] | None = None) -> dict[str, int]:
    return columns.guess_mapping(headers, FIELDS, remembered)


def remembered_mapping(session: Session) -> dict[str, str]:
    return columns.remembered_mapping(session, REMEMBERED_KEY)


def parse_mapping_option(text: str, headers: list[str]) -> dict[str, int]:
    return columns.parse_mapping_option(text, headers, FIELDS)


def _part(text: str) -> str | None:
    wanted = columns.normalise_header(text)
    for part, names in PART_NAMES.items():
        if wanted in {columns.normalise_header(n) for n in names}:
            return part
    return None


def check_reviews(session: Session, table: Table, mapping: dict[str, int], cycle: Cycle,
                  submit: bool = False, progress: Progress | None = None) -> tuple[list[_ReadyRow], list[RowProblem], int]:
    """Rows ready to write, every problem by row, and how many rows repeat what is stored."""
    progress = progress or Progress()
    columns.check_mapping(mapping, table.headers, FIELDS)
    people = dict(session.execute(select(Employee.employee_no, Employee.id)).all())
    latest = dict(session.execute(select(Appraisal.employee_id, func.max(Appraisal.id))
                                  .where(Appraisal.cycle_id == cycle.id).group_by(Appraisal.employee_id)).all())
    problems: list[RowProblem] = []
    misread: dict[int, list[RowProblem]] = {}
    for found in encoding_problems(table, mapping):
        misread.setdefault(found.row, []).append(found)
    ready: list[_ReadyRow] = []
    unchanged, seen = 0, {}

    def problem(at_row, key, code, **params):
        problems.append(RowProblem(at_row, key, code, params))

    def cell(values, key):
        index = mapping.get(key)
        return as_text(values[index]) if index is not None and index < len(values) else None

    total = len(table.rows) or 1
    for index, values in enumerate(table.rows):
        if index % 2000 == 0:
            progress.step(0.1 + 0.7 * index / total, QT_TRANSLATE_NOOP("progress", "Checking rows"))
        row = Table.row_number(index)
        start = len(problems)
        problems.extend(misread.get(row, ()))
        number, part_text = cell(values, "employee_no"), cell(values, "part")
        employee_id = people.get(number) if number else None
        appraisal_id = latest.get(employee_id) if employee_id else None
        if number is None:
            problem(row, "employee_no", "missing")
        elif employee_id is None:
            problem(row, "employee_no", "employee_unknown", value=number)
        elif appraisal_id is None:
            problem(row, "employee_no", "review_not_in_cycle", person=number, cycle=cycle.name)
        part = _part(part_text) if part_text else None
        if part_text is None:
            problem(row, "part", "missing")
        elif part is None:
            problem(row, "part", "review_part_unknown", value=part_text)
        filled = {}
        for item in FIELDS[2:]:
            text = cell(values, item.key)
            if text is None:
                continue
            if part and item.key not in PART_FIELDS[part]:
                problem(row, item.key, "review_field_wrong_part",
                        part=SELF if item.key in PART_FIELDS[SELF] else MANAGER)
            elif len(text) > item.max_length:
                problem(row, item.key, "too_long", length=len(text), limit=item.max_length)
            elif CONTROL_CHARACTERS.search(text):
                problem(row, item.key, "review_text_control")
            else:
                filled[item.key] = text
        if part and not filled and not submit and len(problems) == start:
            problem(row, "part", "review_row_empty")
        if appraisal_id is None or part is None or len(problems) > start:
            continue
        key = (appraisal_id, part)
        if key in seen:
            problem(row, "part", "duplicate_review_row", person=number, part=part, row=seen[key])
            continue
        seen[key] = row
        appraisal, _, person = load(session, appraisal_id)
        refusal = (self_review_write_refusal if part == SELF else manager_review_write_refusal)(
            session, appraisal, cycle, person)
        if refusal is not None:
            problem(row, "part", refusal[0], **refusal[1])
            continue
        stored = {}
        for key_name, text in filled.items():
            if key_name == "proposed_band":
                try:
                    stored["proposed_band_id"] = find_band(session, cycle, text)
                except ValidationError as error:
                    problem(row, key_name, error.code, **error.params)
            elif key_name == "potential":
                try:
                    stored["potential"] = potential_level(text)
                except ValidationError as error:
                    problem(row, key_name, error.code, **error.params)
            else:
                stored[(SELF_FIELDS if part == SELF else MANAGER_FIELDS)[key_name]] = text
        if len(problems) > start:
            continue
        if submit:
            _check_submission(row, appraisal, part, stored, session, problem)
        if len(problems) > start:
            continue
        if not submit and all(getattr(appraisal, column) == value for column, value in stored.items()):
            unchanged += 1
            continue
        ready.append(_ReadyRow(row, appraisal_id, part, stored))
    return ready, problems, unchanged


def _check_submission(row: int, appraisal: Appraisal, part: str, stored: dict, session: Session, problem) -> None:
    """What submitting would refuse, said for the row."""
    after = {column: stored.get(column, getattr(appraisal, column)) for column in (
        "self_achievements", "manager_comment", "proposed_band_id", "rating_justification")}
    if part == SELF and not after["self_achievements"]:
        problem(row, "achievements", "self_review_incomplete")
    if part == MANAGER:
        if not after["manager_comment"] or after["proposed_band_id"] is None:
            problem(row, "overall_comment", "manager_review_incomplete")
            return
        computed = computed_band_id(session, appraisal)
        if computed is not None and computed != after["proposed_band_id"] and not after["rating_justification"]:
            names = {b.id: b.name for b in cycle_bands(session, appraisal.cycle_id)}
            problem(row, "justification", "justification_required", proposed=names[after["proposed_band_id"]],
                    computed=names[computed])


def import_reviews(session: Session, table: Table, mapping: dict[str, int], *, cycle: str | None,
                   submit: bool = False, valid_only: bool = False, dry_run: bool = False,
                   source: str | Path | None = None, progress: Progress | None = None) -> ReviewsResult:
    """Check the rows and write each into its appraisal's self or manager review (and,
    with ``submit``, lock it). An auditor imports nothing; a manager only their line's
    manager reviews; each part only in its stage."""
    require_writer(session)
    progress = progress or Progress()
    found = session.scalar(select(Cycle).where(Cycle.name == cycle)) if cycle else None
    if found is None:
        problems = [RowProblem(None, "cycle", "cycle_unknown", {"value": cycle})] if cycle else \
            [RowProblem(None, "cycle", "cycle_required", {})]
        return ReviewsResult(problems=problems)
    ready, problems, unchanged = check_reviews(session, table, mapping, found, submit, progress)
    result = ReviewsResult(updated=len(ready), unchanged=unchanged,
                           rejected=len({p.row for p in problems if p.row is not None}), problems=problems,
                           outcomes={item.row: "update" for item in ready})
    if dry_run or (problems and not valid_only) or not ready or any(p.row is None for p in problems):
        progress.step(1.0, QT_TRANSLATE_NOOP("progress", "Checked; nothing was imported"))
        return result
    progress.step(0.9, QT_TRANSLATE_NOOP("progress", "Saving"))
    # Locked and read afresh, then checked again: a review submitted (or a stage moved)
    # by another writer since the rows were checked is not overwritten.
    locked, late = {}, []
    current = session.get(Cycle, found.id, populate_existing=True)
    for item in ready:
        appraisal = get_for_update(session, Appraisal, item.appraisal_id)
        refusal = (self_review_write_refusal if item.part == SELF else manager_review_write_refusal)(
            session, appraisal, current, session.get(Employee, appraisal.employee_id))
        if refusal is not None:
            late.append(RowProblem(item.row, "part", refusal[0], refusal[1]))
        locked[item.row] = appraisal
    if late:
        result.problems.extend(late)
        result.rejected, result.updated = len({p.row for p in result.problems if p.row is not None}), 0
        progress.step(1.0, QT_TRANSLATE_NOOP("progress", "Checked; nothing was imported"))
        return result
    now = utcnow()
    for item in ready:
        appraisal = locked[item.row]
        for column, value in item.values.items():
            setattr(appraisal, column, value)
        if submit:
            setattr(appraisal, "self_submitted_at" if item.part == SELF else "manager_submitted_at", now)
    columns.remember_mapping(session, REMEMBERED_KEY, mapping, table.headers)
    session.add(AuditEvent(action="reviews.imported", entity_type="appraisals", details={
        "source": Path(source).name if source else None, "cycle": found.name, "updated": result.updated,
        "rejected": result.rejected, "submitted": submit}))
    session.flush()
    progress.step(1.0, QT_TRANSLATE_NOOP("progress", "Imported"))
    result.imported = True
    return result
