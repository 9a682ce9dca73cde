"""Results across cycles: one person's trend and a team's cycle-to-cycle comparison,
as frozen rows for the window and as a spreadsheet.

What a row may show follows the Appraisals page: the 360 part, the final score and
the bands wait until the cycle's 360 results are published; a manager sees their
line, and their own record only as far as it is theirs to see (the KPI part, and
the rest once their appraisal is released to them)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Appraisal, AppraisalState, Cycle, Employee, RatingBand

from ..access import acting, reporting_line, require_in_scope, reviewable_employee_ids
from ..errors import NotFound, ValidationError
from ..feedback.release import database_today, feedback_published
from ..io.writers import write_table
from ..kpi.scoring import band_earned
from ..pdf.language import localised, pick
from ..people.directory import department_paths, department_subtree, list_departments

RELEASED_STATES = frozenset({AppraisalState.RELEASED, AppraisalState.SIGNED})


@dataclass(frozen=True)
class TrendPoint:
    """One cycle of a person's history."""
    cycle_id: int
    cycle: str
    period_start: date
    period_end: date
    kpi_score: float | None
    competency_score: float | None
    final_score: float | None
    band: str | None  # the band the final score reaches
    calibrated_band: str | None
    withheld: bool = False  # the 360 part, final score and bands are not shown (yet)


@dataclass(frozen=True)
class PersonHistory:
    employee_id: int
    employee_no: str
    name: str
    department: str
    points: tuple[TrendPoint, ...]  # oldest cycle first


@dataclass(frozen=True)
class CycleResult:
    score: float | None
    band: str | None  # calibrated band, else the band the score reaches
    change: float | None  # score minus the score in the previous chosen cycle


@dataclass(frozen=True)
class ComparisonRow:
    employee_id: int
    employee_no: str
    name: str
    department: str
    is_active: bool
    results: tuple[CycleResult | None, ...]  # one per chosen cycle; None: no appraisal there


@dataclass(frozen=True)
class TeamComparison:
    cycles: tuple[tuple[int, str], ...]  # (id, name), oldest first
    rows: tuple[ComparisonRow, ...]


def band_reached(bands: list[RatingBand], score: float | None) -> RatingBand | None:
    """The highest band whose minimum the score, rounded to one decimal as shown, reaches."""
    band_id = band_earned(score, [(b.id, b.min_score) for b in bands])
    return next((b for b in bands if b.id == band_id), None)


def _current_appraisals(session: Session, employee_ids, cycle_ids=None) -> dict[tuple[int, int], Appraisal]:
    """(employee, cycle) -> the current version of the appraisal."""
    query = select(Appraisal).where(Appraisal.employee_id.in_(list(employee_ids)),
                                    Appraisal.state != AppraisalState.SUPERSEDED)
    if cycle_ids is not None:
        query = query.where(Appraisal.cycle_id.in_(list(cycle_ids)))
    found: dict[tuple[int, int], Appraisal] = {}
    for appraisal in session.scalars(query.order_by(Appraisal.version)):
        found[(appraisal.employee_id, appraisal.cycle_id)] = appraisal
    return found


def _bands(session: Session, cycle_ids) -> dict[int, list[RatingBand]]:
    bands: dict[int, list[RatingBand]] = {}
    for band in session.scalars(select(RatingBand).where(RatingBand.cycle_id.in_(list(cycle_ids)))):
        bands.setdefault(band.cycle_id, []).append(band)
    return bands


def _department_path(session: Session) -> dict[int, str]:
    return {i: "/".join(p) for i, p in department_paths(session).items()}


def person_history(session: Session, employee_id: int, language: str = "en",
                   today: date | None = None) -> PersonHistory:
    """A person's results in every cycle they had an appraisal in, oldest first."""
    require_in_scope(session, employee_id)
    actor = acting(session)
    own = not actor.sees_everyone and actor.employee_id == employee_id
    person = session.get(Employee, employee_id)
    today = today or database_today(session)
    appraisals = _current_appraisals(session, [employee_id])
    cycles = {c.id: c for c in session.scalars(select(Cycle).where(Cycle.id.in_({c for _, c in appraisals})))}
    bands = _bands(session, cycles)
    points = []
    for (_, cycle_id), appraisal in appraisals.items():
        cycle = cycles[cycle_id]
        withheld = not feedback_published(cycle, today) or (own and appraisal.state not in RELEASED_STATES)
        by_id = {b.id: b for b in bands.get(cycle_id, [])}
        reached = band_reached(bands.get(cycle_id, []), appraisal.final_score)
        calibrated = by_id.get(appraisal.calibrated_band_id)
        points.append(TrendPoint(
            cycle_id, cycle.name, cycle.period_start, cycle.period_end, appraisal.kpi_score,
            None if withheld else appraisal.competency_score, None if withheld else appraisal.final_score,
            None if withheld or reached is None else localised(reached.name, reached.name_zh, language),
            None if withheld or calibrated is None else localised(calibrated.name, calibrated.name_zh, language),
            withheld))
    points.sort(key=lambda p: (p.period_start, p.cycle_id))
    return PersonHistory(person.id, person.employee_no, person.name,
                         _department_path(session).get(person.department_id, ""), tuple(points))


def comparable_cycles(session: Session) -> list[tuple[int, str]]:
    """Cycles that have appraisals, oldest first: what a comparison can choose from."""
    return [tuple(r) for r in session.execute(
        select(Cycle.id, Cycle.name).where(Cycle.id.in_(select(Appraisal.cycle_id)))
        .order_by(Cycle.period_start, Cycle.id))]


def team_comparison(session: Session, cycle_ids: list[int] | None = None, *, manager_id: int | None = None,
                    department_id: int | None = None, language: str = "en",
                    today: date | None = None) -> TeamComparison:
    """Per person of a manager's line or a department (sub-departments included), or of
    everyone the user may review: score and band in each chosen cycle and the change from
    the previous chosen cycle. Only people the acting user may review are listed."""
    chosen = comparable_cycles(session) if cycle_ids is None else [
        (c.id, c.name) for c in session.scalars(select(Cycle).where(Cycle.id.in_(cycle_ids))
                                                .order_by(Cycle.period_start, Cycle.id))]
    if not chosen:
        raise ValidationError.coded("history_no_cycles")
    ids = [c for c, _ in chosen]
    today = today or database_today(session)
    cycles = {c.id: c for c in session.scalars(select(Cycle).where(Cycle.id.in_(ids)))}
    published = {c: feedback_published(cycles[c], today) for c in ids}
    people_query = select(Employee)
    if manager_id is not None:
        people_query = people_query.where(Employee.id.in_(reporting_line(session, manager_id) or {-1}))
    if department_id is not None:
        subtree = department_subtree(list_departments(session), department_id)
        people_query = people_query.where(Employee.department_id.in_(subtree))
    allowed = reviewable_employee_ids(session)
    if allowed is not None:
        people_query = people_query.where(Employee.id.in_(allowed or {-1}))
    people = {e.id: e for e in session.scalars(people_query)}
    appraisals = _current_appraisals(session, people, ids) if people else {}
    bands = _bands(session, ids)
    paths = _department_path(session)
    rows = []
    for employee_id in sorted({e for e, _ in appraisals}, key=lambda e: people[e].employee_no):
        results, previous = [], None
        for cycle_id in ids:
            appraisal = appraisals.get((employee_id, cycle_id))
            if appraisal is None:
                results.append(None)
                continue
            score = appraisal.final_score if published[cycle_id] else None
            band = None
            if published[cycle_id]:
                by_id = {b.id: b for b in bands.get(cycle_id, [])}
                band = by_id.get(appraisal.calibrated_band_id) or band_reached(bands.get(cycle_id, []), score)
            change = None if score is None or previous is None else round(score - previous, 2)
            results.append(CycleResult(score, None if band is None else localised(band.name, band.name_zh, language),
                                       change))
            if score is not None:
                previous = score
        person = people[employee_id]
        rows.append(ComparisonRow(employee_id, person.employee_no, person.name,
                                  paths.get(person.department_id, ""), person.is_active, tuple(results)))
    return TeamComparison(tuple(chosen), tuple(rows))


# -- the spreadsheet -------------------------------------------------------------------
LABELS = {
    "employee_no": ("Employee no.", "工号"),
    "name": ("Name", "姓名"),
    "department": ("Department", "部门"),
    "cycle": ("Cycle", "考核周期"),
    "period_start": ("Period start", "期间开始"),
    "period_end": ("Period end", "期间结束"),
    "kpi": ("KPI part", "KPI 部分"),
    "competency": ("Competency part", "能力部分"),
    "final": ("Final score", "最终得分"),
    "band": ("Band", "等级"),
    "calibrated": ("Calibrated band", "校准后等级"),
    "withheld": ("Not shown yet", "暂不显示"),
    "score_in": ("{cycle} score", "{cycle} 得分"),
    "band_in": ("{cycle} band", "{cycle} 等级"),
    "change_in": ("{cycle} change", "{cycle} 变化"),
    "left": ("Left", "已离职"),
    "status": ("Status", "状态"),
    "trend_sheet": ("History", "历史"),
    "team_sheet": ("Comparison", "对比"),
}


def trend_table(history: PersonHistory, language: str) -> tuple[list[str], list[list]]:
    label = lambda key: pick(LABELS, key, language)  # noqa: E731
    headers = [label(k) for k in ("employee_no", "name", "department", "cycle", "period_start", "period_end",
                                  "kpi", "competency", "final", "band", "calibrated")]
    rows = [[history.employee_no, history.name, history.department, p.cycle, p.period_start, p.period_end,
             _rounded(p.kpi_score), _rounded(p.competency_score), _rounded(p.final_score),
             label("withheld") if p.withheld else p.band, None if p.withheld else p.calibrated_band]
            for p in history.points]
    return headers, rows


def comparison_table(comparison: TeamComparison, language: str) -> tuple[list[str], list[list]]:
    label = lambda key, **kw: pick(LABELS, key, language, **kw)  # noqa: E731
    headers = [label("employee_no"), label("name"), label("department"), label("status")]
    for _, name in comparison.cycles:
        headers += [label("score_in", cycle=name), label("band_in", cycle=name), label("change_in", cycle=name)]
    rows = []
    for row in comparison.rows:
        values = [row.employee_no, row.name, row.department, "" if row.is_active else label("left")]
        for result in row.results:
            values += [None, None, None] if result is None else [_rounded(result.score), result.band,
                                                                 _rounded(result.change)]
        rows.append(values)
    return headers, rows


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def export_history(session: Session, path: str | Path, *, employee_id: int | None = None,
                   manager_id: int | None = None, department_id: int | None = None,
                   cycle_ids: list[int] | None = None, language: str = "en") -> tuple[Path, int]:
    """Write a person's trend (with employee_id) or a team's comparison as XLSX or CSV;
    returns the file and its number of rows."""
    if employee_id is not None:
        history = person_history(session, employee_id, language)
        if cycle_ids is not None:
            history = PersonHistory(history.employee_id, history.employee_no, history.name, history.department,
                                    tuple(p for p in history.points if p.cycle_id in set(cycle_ids)))
        headers, rows = trend_table(history, language)
        title = pick(LABELS, "trend_sheet", language)
    else:
        headers, rows = comparison_table(team_comparison(
            session, cycle_ids, manager_id=manager_id, department_id=department_id, language=language), language)
        title = pick(LABELS, "team_sheet", language)
    return write_table(path, headers, rows, title=title), len(rows)


# -- resolving what the command line names -------------------------------------------------
def employee_by_number(session: Session, employee_no: str) -> int:
    found = session.scalar(select(Employee.id).where(Employee.employee_no == employee_no.strip()))
    if found is None:
        raise NotFound.coded("history_unknown_employee", value=employee_no)
    return found


def department_by_name(session: Session, name: str) -> int:
    """A department by its full path (销售部/销售一组) or, when unique, its own name."""
    wanted = name.strip().strip("/")
    paths = department_paths(session)
    matches = [i for i, p in paths.items() if "/".join(p) == wanted]
    if not matches:
        matches = [i for i, p in paths.items() if p[-1] == wanted]
    if len(matches) != 1:
        raise NotFound.coded("history_unknown_department", value=name)
    return matches[0]
