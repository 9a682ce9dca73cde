"""The nine-box: performance (the person's current band folded into three levels)
against potential (the manager's rating in the manager review), three by three, with
the usual box names and who sits in each box.

A blind session shows codes, never names; people without a potential rating (or
without any band yet) are listed apart rather than guessed into a box. Moving a
person to another box is a move on one or both axes, made by calibration's own
move services so it is recorded, with its reason, like any other move."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Appraisal, CalibrationMember, CalibrationSession, Cycle, CycleParticipant, Employee

from ..access import acting, reviewable_employee_ids
from ..cycles.scoring import current_appraisals
from ..errors import NotFound, ValidationError
from ..people.directory import departments_below
from ..reviews.potential import LEVEL_NAMES, LEVELS
from .bands import current_band_id, cycle_bands, earning_limits, limits_of, performance_levels
from .blind import Labels, names_of, refuse_department_while_blind, session_labels
from .sessions import load_session, readable_session

AXIS_NAMES: dict[str, tuple[str, str]] = {
    "performance": ("Performance", "绩效"),
    "potential": ("Potential", "潜力"),
}


@dataclass(frozen=True)
class BoxKind:
    """One of the nine boxes: where it sits, its usual name and what it means."""

    key: str
    performance: str
    potential: str
    name: str
    name_zh: str
    meaning: str
    meaning_zh: str


# The names most nine-box guides use (performance across, potential up), with the usual
# Chinese for each; one line each on what the box asks of the organisation.
BOX_KINDS: tuple[BoxKind, ...] = (
    BoxKind("rough_diamond", "low", "high", "Rough diamond", "璞玉",
            "High potential, not yet delivering: find out why (new in the role, wrong fit, support).",
            "潜力高但尚未出业绩：找出原因（新上岗、岗位不匹配或缺乏支持）。"),
    BoxKind("high_potential", "medium", "high", "High potential", "高潜人才",
            "Delivers and can do much more: stretch with bigger goals and coaching.",
            "有业绩且潜力大：给予更高目标和辅导，加快培养。"),
    BoxKind("star", "high", "high", "Star", "明星",
            "Top performer ready for a bigger role: plan the next move and keep them.",
            "绩效突出、可担更大职责：规划下一步发展，重点保留。"),
    BoxKind("inconsistent_player", "low", "medium", "Inconsistent player", "表现不稳定者",
            "Some potential but results fall short: clear goals and close coaching.",
            "有一定潜力但业绩不达标：明确目标，密切辅导。"),
    BoxKind("core_player", "medium", "medium", "Core player", "中坚力量",
            "Solid in the role with room to grow: the team's backbone, develop steadily.",
            "胜任岗位且有成长空间：团队骨干，稳步培养。"),
    BoxKind("high_performer", "high", "medium", "High performer", "高绩效者",
            "Delivers strongly in the role: recognise, and broaden with new challenges.",
            "在岗位上业绩出色：给予认可，并以新挑战拓展其能力。"),
    BoxKind("underperformer", "low", "low", "Underperformer", "待改进者",
            "Below expectations with little growth in view: an improvement plan or another role.",
            "业绩未达预期且成长空间有限：制定改进计划或调整岗位。"),
    BoxKind("effective_employee", "medium", "low", "Effective employee", "称职员工",
            "Meets expectations in the current role: keep skills current.",
            "在当前岗位达到要求：持续更新技能。"),
    BoxKind("trusted_professional", "high", "low", "Trusted professional", "可靠专家",
            "Excellent in the current role, growth in depth: recognise and retain the expertise.",
            "在当前岗位表现优秀、向专业纵深发展：认可并保留其专长。"),
)
BOX_BY_POSITION = {(kind.performance, kind.potential): kind for kind in BOX_KINDS}
BOX_BY_KEY = {kind.key: kind for kind in BOX_KINDS}


@dataclass(frozen=True)
class BoxPerson:
    appraisal_id: int
    label: str  # the name, or the blind code (P-017) while a blind session is open
    employee_no: str | None  # None in a blind session
    band_id: int | None
    band_code: str | None
    band_name: str | None
    band_name_zh: str | None
    performance: str | None  # None: no band yet
    potential: str | None  # None: not rated


@dataclass(frozen=True)
class Box:
    kind: BoxKind
    people: tuple[BoxPerson, ...]

    @property
    def count(self) -> int:
        return len(self.people)


@dataclass(frozen=True)
class BandLevel:
    band_id: int
    code: str
    name: str
    name_zh: str | None
    level: str  # the performance level the band folds into


@dataclass(frozen=True)
class NineBox:
    cycle_id: int
    cycle_name: str
    session_id: int | None
    session_name: str | None
    blind: bool  # names are hidden behind codes
    flipped: bool  # potential runs across and performance up, instead of the other way round
    boxes: tuple[Box, ...]  # in BOX_KINDS order
    potential_not_rated: tuple[BoxPerson, ...]
    performance_not_rated: tuple[BoxPerson, ...]  # no band at all yet (no score, no proposal)
    bands: tuple[BandLevel, ...]  # lowest first
    may_move: bool  # an open session and an HR user: boxes may be changed

    @property
    def total(self) -> int:
        return sum(box.count for box in self.boxes) + len(self.potential_not_rated) + len(self.performance_not_rated)

    @property
    def across(self) -> str:
        """The axis that runs left to right."""
        return "potential" if self.flipped else "performance"

    @property
    def up(self) -> str:
        """The axis that runs bottom to top."""
        return "performance" if self.flipped else "potential"

    def box(self, performance: str, potential: str) -> Box:
        return next(b for b in self.boxes if (b.kind.performance, b.kind.potential) == (performance, potential))

    def rows(self) -> list[list[Box]]:
        """The boxes as drawn: the top row first, each row left to right."""
        def at(across_level: str, up_level: str) -> Box:
            if self.flipped:
                return self.box(up_level, across_level)
            return self.box(across_level, up_level)
        return [[at(across_level, up_level) for across_level in LEVELS] for up_level in reversed(LEVELS)]

    def person(self, appraisal_id: int) -> BoxPerson | None:
        for person in (*(p for b in self.boxes for p in b.people), *self.potential_not_rated,
                       *self.performance_not_rated):
            if person.appraisal_id == appraisal_id:
                return person
        return None


def _appraisals(session: Session, cycle_id: int, calibration: CalibrationSession | None,
                department_id: int | None) -> list[Appraisal]:
    """Whom the nine-box shows: the session's members, else the cycle's participants the
    reader may review (a manager: their line, never themselves); narrowed to a department."""
    if calibration is not None:
        found = list(session.scalars(
            select(Appraisal).join(CalibrationMember, CalibrationMember.appraisal_id == Appraisal.id)
            .where(CalibrationMember.session_id == calibration.id)))
    else:
        participants = select(CycleParticipant.employee_id).where(CycleParticipant.cycle_id == cycle_id)
        allowed = reviewable_employee_ids(session)
        found = [a for a in current_appraisals(session, cycle_id).values()
                 if (allowed is None or a.employee_id in allowed)]
        taking_part = set(session.scalars(participants))
        found = [a for a in found if a.employee_id in taking_part]
    if department_id is not None:
        departments = departments_below(session, [department_id])
        in_scope = set(session.scalars(select(Employee.id).where(Employee.department_id.in_(departments))))
        found = [a for a in found if a.employee_id in in_scope]
    return found


def nine_box(session: Session, cycle_id: int, *, session_id: int | None = None, department_id: int | None = None,
             flipped: bool = False) -> NineBox:
    """The cycle's people (or a session's members, or a department's with the ones below
    it) in the nine boxes, with counts; codes instead of names while a blind session is open."""
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        raise NotFound.coded("cycle_unknown_id", id=cycle_id)
    calibration = readable_session(session, session_id) if session_id is not None else None
    if calibration is not None and calibration.cycle_id != cycle_id:
        raise NotFound.coded("calibration_session_unknown", id=session_id)
    if calibration is not None:
        refuse_department_while_blind(session_labels(session, calibration), calibration.name, department_id)
    bands = sorted(cycle_bands(session, cycle_id), key=lambda b: b.min_score)
    levels = performance_levels(bands)
    by_id = {b.id: b for b in bands}
    limits = earning_limits(session, cycle_id, bands)
    appraisals = _appraisals(session, cycle_id, calibration, department_id)
    if calibration is not None:
        labels = session_labels(session, calibration)
    else:
        labels = Labels(False, {}, names_of(session, {a.employee_id for a in appraisals}))
    blind = labels.blind
    placed: dict[tuple[str, str], list[BoxPerson]] = {position: [] for position in BOX_BY_POSITION}
    potential_not_rated, performance_not_rated = [], []
    for appraisal in appraisals:
        band_id = current_band_id(appraisal, limits)
        band = by_id.get(band_id)
        row = BoxPerson(appraisal.id, labels.label(appraisal.employee_id), labels.number(appraisal.employee_id),
                        band_id, band.code if band else None,
                        band.name if band else None, band.name_zh if band else None,
                        levels.get(band_id), appraisal.potential)
        if row.performance is None:
            performance_not_rated.append(row)
        elif row.potential is None:
            potential_not_rated.append(row)
        else:
            placed[(row.performance, row.potential)].append(row)
    # Best band first within a box, then by label, so the order says something and is stable.
    rank = {b.id: n for n, b in enumerate(bands)}

    def ordered(rows: list[BoxPerson]) -> tuple[BoxPerson, ...]:
        return tuple(sorted(rows, key=lambda p: (-rank.get(p.band_id, -1), p.label)))

    actor = acting(session)
    return NineBox(cycle.id, cycle.name, calibration.id if calibration else None,
                   calibration.name if calibration else None, blind, flipped,
                   tuple(Box(kind, ordered(placed[(kind.performance, kind.potential)])) for kind in BOX_KINDS),
                   ordered(potential_not_rated), ordered(performance_not_rated),
                   tuple(BandLevel(b.id, b.code, b.name, b.name_zh, levels[b.id]) for b in bands),
                   calibration is not None and calibration.closed_at is None and actor.is_hr)


@dataclass(frozen=True)
class BoxMove:
    """What moving a person to a box changes: the band (to the nearest band of the new
    performance level) and/or the potential. None: that axis stays."""

    to_band_id: int | None
    to_potential: str | None


def plan_box_move(bands: list[tuple[int, str]], current_band: int | None, current_potential: str | None,
                  to_performance: str, to_potential: str) -> BoxMove:
    """The rating changes behind a move to the box (to_performance, to_potential), given
    the bands lowest first as (band id, level). The new band is the band of the target
    level nearest (in rank) to the current one, so a move says no more than the box does."""
    current_level = next((level for band_id, level in bands if band_id == current_band), None)
    to_band = None
    if current_level != to_performance:
        if current_band is None:
            raise ValidationError.coded("ninebox_no_band")
        position = [band_id for band_id, _ in bands].index(current_band)
        candidates = [(abs(n - position), band_id) for n, (band_id, level) in enumerate(bands)
                      if level == to_performance]
        if not candidates:
            raise ValidationError.coded("ninebox_level_without_band", level=to_performance)
        to_band = min(candidates)[1]
    to_level = None if current_potential == to_potential else to_potential
    if to_band is None and to_level is None:
        raise ValidationError.coded("ninebox_same_box")
    return BoxMove(to_band, to_level)


def move_to_box(session: Session, session_id: int, appraisal_id: int, box: str, reason: str) -> list:
    """Move a member of an open session to another box (a BoxKind key), with a reason:
    recorded as a potential move and/or a band move of the session. Returns the moves."""
    from .moves import move_band, move_potential

    kind = BOX_BY_KEY.get(box)
    if kind is None:
        raise ValidationError.coded("ninebox_box_unknown", value=box)
    # Checked before either axis moves: a box move is recorded whole or not at all.
    if reason is None or not str(reason).strip():
        raise ValidationError.coded("calibration_reason_missing")
    calibration = load_session(session, session_id)
    appraisal = session.get(Appraisal, appraisal_id)
    if appraisal is None:
        raise NotFound.coded("appraisal_unknown", id=appraisal_id)
    bands = sorted(cycle_bands(session, calibration.cycle_id), key=lambda b: b.min_score)
    levels = performance_levels(bands)
    current = current_band_id(appraisal, limits_of(bands))
    plan = plan_box_move([(b.id, levels[b.id]) for b in bands], current, appraisal.potential,
                         kind.performance, kind.potential)
    moves = []
    if plan.to_potential is not None:
        moves.append(move_potential(session, session_id, appraisal_id, plan.to_potential, reason,
                                    expected_level=appraisal.potential))
    if plan.to_band_id is not None:
        moves.append(move_band(session, session_id, appraisal_id, plan.to_band_id, reason,
                               expected_band_id=current))
    return moves


def level_word(level: str | None, language: str = "en") -> str:
    """'High' / '高' for a level of either axis."""
    if level is None:
        return ""
    english, chinese = LEVEL_NAMES[level]
    return chinese if language.startswith("zh") else english
