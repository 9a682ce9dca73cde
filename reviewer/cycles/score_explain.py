"""How a score was computed, step by step, as rows the window and the command line
render in the user's language: each row is a message code (reviewer.messages) with
its figures, at a depth (0: a part's result; 1: an input or term; 2: the rule
applied to it)."""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from db.models import Appraisal, KpiDirection, ScoringRule

from ..messages import Listed
from ..pdf.language import is_chinese, localised

if TYPE_CHECKING:
    from .scoring import CycleScoring, ScoreBreakdown

GROUP_LABELS = {
    "self": ("Self", "自评"), "manager": ("Manager", "上级"), "peer": ("Peers", "同事"),
    "direct_report": ("Direct reports", "下属"), "customer": ("Customers", "客户"), "others": ("Others (combined)", "其他（合并）"),
}


@dataclass(frozen=True)
class ExplainRow:
    part: str  # cycle, kpi, competency, final or band
    depth: int
    code: str
    params: dict[str, Any]
    figure: float | None = None  # the figure this row arrives at, if any


@dataclass(frozen=True)
class Explanation:
    cycle_id: int
    employee_id: int
    employee_no: str
    name: str
    kpi_score: float | None
    competency_score: float | None
    final_score: float | None
    band_code: str | None
    rows: tuple[ExplainRow, ...]

    def as_dict(self) -> dict[str, Any]:
        from ..messages import render

        return {**{k: v for k, v in asdict(self).items() if k != "rows"},
                "steps": [{**asdict(r), "message": render(r.code, r.params)} for r in self.rows]}


def number(value: float | None) -> str:
    """A figure as the explanation prints it: two decimals, no trailing noise."""
    if value is None:
        return "—"
    if math.isinf(value):
        return "∞"
    return f"{value:,.2f}"


def amount(value: float | None) -> str:
    """An input as it was entered (a target, a result, a weight)."""
    return "—" if value is None else f"{value:,.10g}"


def percent(ratio: float | None) -> str:
    if ratio is None:
        return "—"
    return "∞" if math.isinf(ratio) else f"{100 * ratio:,.1f}"


def group_label(group: str, language: str) -> str:
    english, chinese = GROUP_LABELS.get(group, (group, group))
    return chinese if is_chinese(language) else english


def _kpi_rows(score: ScoreBreakdown, language: str) -> list[ExplainRow]:
    rows = []
    if score.kpi_score is None:
        rows.append(ExplainRow("kpi", 0, "score_kpi_part_none", {}))
    else:
        rows.append(ExplainRow("kpi", 0, "score_kpi_part", {"score": number(score.kpi_score)}, score.kpi_score))
    for target in score.targets:
        kpi = f"{localised(target.kpi_name, target.kpi_name_zh, language)} ({target.kpi_code})"
        base = {"kpi": kpi, "target": amount(target.target_value), "weight": amount(target.weight)}
        if target.actual is None:
            rows.append(ExplainRow("kpi", 1, "score_target_no_result", base))
            continue
        rows.append(ExplainRow("kpi", 1, "score_target_result", {
            **base, "actual": amount(target.actual), "as_of": target.as_of.isoformat()}, target.points))
        figures = {"target": amount(target.target_value), "actual": amount(target.actual),
                   "attainment": percent(target.attainment), "points": number(target.points)}
        if target.attainment is None:
            rows.append(ExplainRow("kpi", 2, "score_attainment_undefined", figures))
        elif target.direction == KpiDirection.TARGET_BAND:
            low = target.band_low if target.band_low is not None else target.target_value
            high = target.band_high if target.band_high is not None else target.target_value
            rows.append(ExplainRow("kpi", 2, "score_attainment_band",
                                   {**figures, "low": amount(low), "high": amount(high)}))
        else:
            code = "score_attainment_lower" if target.direction == KpiDirection.LOWER_BETTER else "score_attainment_higher"
            rows.append(ExplainRow("kpi", 2, code, figures))  # the figure is the percentage in the text
        if target.rule == ScoringRule.STEPS:
            steps = Listed(", ".join(f"≥ {percent(t)} % → {amount(p)}" for t, p in sorted(target.steps, reverse=True)))
            rows.append(ExplainRow("kpi", 2, "score_rule_steps", {**figures, "steps": steps}, target.points))
        elif target.rule == ScoringRule.BAND:
            rows.append(ExplainRow("kpi", 2, "score_rule_band", figures, target.points))
        else:
            rows.append(ExplainRow("kpi", 2, "score_rule_linear", {
                **figures, "floor": percent(target.floor_ratio), "cap": percent(target.cap_ratio)}, target.points))
    counted = [t for t in score.targets if t.points is not None]
    if counted:
        rows.append(ExplainRow("kpi", 1, "score_kpi_formula", {
            "products": Listed(" + ".join(f"{number(t.points)} × {amount(t.weight)}" for t in counted)),
            "weights": amount(sum(t.weight for t in counted)), "score": number(score.kpi_raw)}, score.kpi_raw))
    if score.kpi_raw is not None and score.kpi_score is not None and score.kpi_raw > score.kpi_score:
        rows.append(ExplainRow("kpi", 1, "score_kpi_capped", {"cap": number(score.kpi_score)}, score.kpi_score))
    return rows


def _competency_rows(settings: CycleScoring, score: ScoreBreakdown, language: str) -> list[ExplainRow]:
    if score.competency_score is None:
        rows = [ExplainRow("competency", 0, "score_competency_none", {})]
    else:
        rows = [ExplainRow("competency", 0, "score_competency_part", {"score": number(score.competency_score)},
                           score.competency_score)]
    for group in score.groups:
        params = {"group": group_label(group.group, language), "raters": group.raters,
                  "competencies": group.competencies, "mean": number(group.mean_rating), "scale": settings.scale_max,
                  "score": number(group.score), "weight": amount(group.weight)}
        if group.pooled_from:
            params |= {"pooled": ", ".join(group_label(g, language) for g in group.pooled_from),
                       "threshold": settings.threshold}
            rows.append(ExplainRow("competency", 1, "score_group_pooled", params, group.score))
        else:
            rows.append(ExplainRow("competency", 1, "score_group", params, group.score))
    for group in score.withheld:
        rows.append(ExplainRow("competency", 1, "score_group_withheld",
                               {"group": group_label(group, language), "threshold": settings.threshold}))
    weighted = [g for g in score.groups if g.weight]
    if score.competency_score is not None:
        rows.append(ExplainRow("competency", 1, "score_competency_formula", {
            "products": Listed(" + ".join(f"{number(g.score)} × {amount(g.weight)}" for g in weighted)),
            "weights": amount(sum(g.weight for g in weighted)), "score": number(score.competency_score)},
            score.competency_score))
    return rows


def _final_rows(settings: CycleScoring, score: ScoreBreakdown, see_360: bool) -> list[ExplainRow]:
    final = score.final_score
    if final is None:
        return [ExplainRow("final", 0, "score_final_not_scored", {})]
    rows = [ExplainRow("final", 0, "score_final", {"score": number(final)}, final)]
    kpi, competency = score.kpi_score, score.competency_score
    if kpi is not None and competency is not None and settings.kpi_weight and settings.competency_weight:
        rows.append(ExplainRow("final", 1, "score_final_formula", {
            "kpi": number(kpi), "kpi_weight": amount(settings.kpi_weight), "competency": number(competency),
            "competency_weight": amount(settings.competency_weight),
            "weights": amount(settings.kpi_weight + settings.competency_weight), "score": number(final)}, final))
    elif competency is None or not settings.competency_weight:
        rows.append(ExplainRow("final", 1, "score_final_kpi_only", {"score": number(final)}, final))
    else:
        rows.append(ExplainRow("final", 1, "score_final_competency_only", {"score": number(final)}, final))
    return rows


def _band_rows(settings: CycleScoring, score: ScoreBreakdown, language: str) -> list[ExplainRow]:
    from .scoring import shown

    final = score.final_score
    if final is None:
        return []
    band = next((b for b in settings.bands if b.id == score.band_id), None)
    figures = {"score": number(final), "shown": f"{shown(final):.1f}"}
    if band is None:
        lowest = min((b.min_score for b in settings.bands), default=None)
        return [ExplainRow("band", 0, "score_band_none", {}),
                ExplainRow("band", 1, "score_band_below_all", {**figures, "minimum": amount(lowest)})]
    name = f"{localised(band.name, band.name_zh, language)} ({band.code})"
    return [ExplainRow("band", 0, "score_band", {"band": name}),
            ExplainRow("band", 1, "score_band_rule", {**figures, "band": name, "minimum": amount(band.min_score)},
                       band.min_score)]


def _decision_rows(settings: CycleScoring, stored: Appraisal | None, language: str) -> list[ExplainRow]:
    """The bands people decided, beside the one the score reaches: the manager's proposal
    and the calibrated band. The appraisal carries the calibrated band, else the proposed
    one (what the Appraisals list shows)."""
    if stored is None:
        return []
    names = {b.id: f"{localised(b.name, b.name_zh, language)} ({b.code})" for b in settings.bands}
    proposed, calibrated = names.get(stored.proposed_band_id), names.get(stored.calibrated_band_id)
    if proposed is None:
        rows = [ExplainRow("band", 0, "score_band_proposed_none", {})]
    elif stored.rating_justification and stored.rating_justification.strip():
        rows = [ExplainRow("band", 0, "score_band_proposed_justified", {"band": proposed})]
    else:
        rows = [ExplainRow("band", 0, "score_band_proposed_unjustified", {"band": proposed})]
    if calibrated is not None:
        rows.append(ExplainRow("band", 0, "score_band_calibrated", {"band": calibrated}))
    elif proposed is not None:
        rows.append(ExplainRow("band", 0, "score_band_not_calibrated_proposed", {"band": proposed}))
    else:
        rows.append(ExplainRow("band", 0, "score_band_not_calibrated", {}))
    return rows


def explanation(settings: CycleScoring, score: ScoreBreakdown, employee_no: str, name: str,
                stored: Appraisal | None, see_360: bool, language: str = "en") -> Explanation:
    """The steps of one person's score. Without ``see_360`` (the 360 results are not yet
    published, whoever reads) the competency part and what includes it are held back."""
    rows = [ExplainRow("cycle", 0, "score_cycle_settings", {
        "cycle": settings.name, "start": settings.period_start.isoformat(), "end": settings.period_end.isoformat(),
        "kpi_weight": amount(settings.kpi_weight), "competency_weight": amount(settings.competency_weight)})]
    if settings.frozen_at is not None:
        changed = stored is not None and stored.score_inputs_changed_at is not None
        rows.append(ExplainRow("cycle", 1, "score_frozen_changed" if changed else "score_frozen", {
            "date": settings.frozen_at.date().isoformat(),
            "stored": number(stored.final_score) if stored is not None else "—"}))
    rows += _kpi_rows(score, language)
    if see_360:
        rows += _competency_rows(settings, score, language)
        rows += _final_rows(settings, score, see_360)
        rows += _band_rows(settings, score, language)
        rows += _decision_rows(settings, stored, language)
    else:
        rows.append(ExplainRow("competency", 0, "score_competency_unpublished", {}))
    band = next((b for b in settings.bands if b.id == score.band_id), None)
    return Explanation(settings.cycle_id, score.employee_id, employee_no, name, score.kpi_score,
                       score.competency_score if see_360 else None, score.final_score if see_360 else None,
                       band.code if band and see_360 else None, tuple(rows))
