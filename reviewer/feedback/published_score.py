"""A person's 360 ("competency") score, computed only from what the anonymity rules
publish, so that no score can be combined with the published figures to recover a
withheld group's ratings.

For every published cell that is not self (the manager, each confidential group
shown on its own, the pooled "others"), the group's mean rating per competency;
a group's score is 100 x (mean over competencies of those means) / the scale's top
point; the part is the mean of the group scores weighted by rater-group weights,
the pooled "others" weighing the sum of the groups pooled into it. A withheld
group counts for nothing. (The formula the cycle scoring service will adopt.)
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from statistics import fmean

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import FeedbackRequest, FormQuestion, FormSection, QuestionKind, Relationship

from ..kpi.scoring import weighted_mean
from .anonymity import GROUP_ORDER, OTHERS, Publication
from .results import publish_cycle

DEFAULT_GROUP_WEIGHTS: Mapping[str, float] = {
    Relationship.MANAGER.value: 50.0,
    Relationship.PEER.value: 20.0,
    Relationship.DIRECT_REPORT.value: 20.0,
    Relationship.CUSTOMER.value: 10.0,
    Relationship.SELF.value: 0.0,
}
DEFAULT_SCALE_MAX = 5


@dataclass(frozen=True)
class GroupPart:
    """One published rater group's term in the 360 part."""
    group: str  # a Relationship value, or OTHERS
    raters: int  # the most raters it had on any competency
    competencies: int  # competencies on which it is published
    mean_rating: float  # mean over those competencies of the group's mean rating
    score: float  # 100 x mean_rating / the scale's top point
    weight: float
    pooled_from: tuple[str, ...] = ()


def published_group_scores(publications: Iterable[Publication],
                           group_weights: Mapping[str, float] = DEFAULT_GROUP_WEIGHTS,
                           scale_max: int = DEFAULT_SCALE_MAX) -> list[GroupPart]:
    """Each published group but self with its score (0-100) and weight, in the order
    the groups are shown: the terms of the 360 part, for explaining it."""
    means: dict[str, list[float]] = {}
    raters: dict[str, int] = {}
    pooled: set[str] = set()
    for publication in publications:
        for group, cell in publication.cells.items():
            if group == Relationship.SELF.value or not cell.count:
                continue
            means.setdefault(group, []).append(cell.mean)
            raters[group] = max(raters.get(group, 0), cell.count)
        if OTHERS in publication.cells:
            # The groups pooled may differ between competencies (a "cannot judge"
            # changes a count); the pool weighs every group it ever stood for.
            pooled.update(publication.pooled_from)
    weights = dict(group_weights)
    weights[OTHERS] = sum(group_weights.get(g, 0.0) for g in pooled)
    order = {g: n for n, g in enumerate(GROUP_ORDER)}
    return [GroupPart(group, raters[group], len(values), fmean(values), 100.0 * fmean(values) / scale_max,
                      weights.get(group, 0.0), tuple(sorted(pooled, key=order.get)) if group == OTHERS else ())
            for group, values in sorted(means.items(), key=lambda item: order[item[0]])]


def published_competency_score(publications: Iterable[Publication],
                               group_weights: Mapping[str, float] = DEFAULT_GROUP_WEIGHTS,
                               scale_max: int = DEFAULT_SCALE_MAX) -> float | None:
    """The 360 part (0-100) of one person from their per-competency publications;
    None when no published group other than self carries weight."""
    return weighted_mean((part.score, part.weight)
                         for part in published_group_scores(publications, group_weights, scale_max))


def rating_scale_top(session: Session, cycle_id: int) -> int:
    """The top point of the rating scale the cycle's forms used."""
    top = session.scalar(
        select(func.max(FormQuestion.scale_max))
        .join(FormSection, FormSection.id == FormQuestion.section_id)
        .where(FormQuestion.kind == QuestionKind.RATING, FormSection.template_id.in_(
            select(FeedbackRequest.template_id).where(FeedbackRequest.cycle_id == cycle_id).distinct())))
    return top or DEFAULT_SCALE_MAX


def published_competency_scores(session: Session, cycle_id: int, subject_ids: list[int] | None = None,
                                group_weights: Mapping[str, float] = DEFAULT_GROUP_WEIGHTS) -> dict[int, float]:
    """subject -> 360 part from published cells, for everyone with one in the cycle."""
    scale_max = rating_scale_top(session, cycle_id)
    scores = {}
    for subject, by_competency in publish_cycle(session, cycle_id, subject_ids).items():
        score = published_competency_score(by_competency.values(), group_weights, scale_max)
        if score is not None:
            scores[subject] = score
    return scores
