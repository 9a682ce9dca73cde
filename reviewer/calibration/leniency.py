"""Leniency and severity of managers: does a manager rate their people higher or lower
than the organisation does, and do the bands they propose follow the guideline?

The figures, for one cycle:
- A person's rating is their manager-group 360 score: for each competency the mean of
  the manager-group raters' scores, then 100 x (mean over competencies) / the top point
  of the cycle's rating scale. Only submitted forms count, only once the cycle's 360
  results are published (feedback.release), and only as the anonymity rules publish
  them (feedback.anonymity: the manager group is named and shown whenever it answered);
  the score is the manager term of feedback.published_score, the same code the cycle's
  competency part uses. Before publication there is no figure at all.
- A manager's team is the rated people whose manager-group rater was that manager.
  When a person had several manager-group raters the ratings cannot be told apart (the
  group is published as one cell), so the person counts in the team of their direct
  manager (employees.manager_id); with no direct manager, in no team.
- The organisation's mean and standard deviation are over every rated person of the
  cycle. The standard deviation is the SAMPLE one (ddof = 1, divided by n - 1).
- z = (team mean - organisation mean) / (organisation SD / sqrt(team size)).
- Chi-square: the counts of the bands the manager proposed for their team (the current
  appraisal's proposed_band_id) against the cycle's guideline shares (RatingBand.
  guideline_pct normalised to sum 1 over the bands that have a share above 0; bands
  without one, and the people proposed into them, are left out), dof = bands - 1,
  p from reviewer.calibration.stats.
- Flagged when |z| >= 2 or p < 0.05; only managers with at least ``min_team`` rated people.

Who sees what: HR and auditors every manager. Inside a calibration session, whoever may
read the session (HR, auditors, its participants) sees the managers of its members;
while a blind session is open they appear as their codes (M-03), never by name. A
participant who does not see everyone gets the organisation's figures only when the rated
people outside the session's rows are none, or at least min_team from at least two teams:
the organisation minus the rows must never be a few people's ratings. Anyone
else sees only their own row, and the organisation's figures only when the rated people
outside their team are at least 2 x min_team from at least two other teams, so that
"organisation minus my team" is never one other manager's team.
"""
from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace

from sqlalchemy import Float, cast, func, select
from sqlalchemy.orm import Session

from db.engine import batches
from db.models import (
    Appraisal,
    CalibrationMember,
    Cycle,
    Employee,
    FeedbackRequest,
    RaterScore,
    RatingBand,
    Relationship,
    RequestStatus,
)

from ..access import acting
from ..errors import NotFound, ValidationError
from ..feedback.anonymity import NAMED
from ..feedback.published_score import rating_scale_top
from ..feedback.release import feedback_release
from .blind import Labels, names_of, session_labels
from .sessions import readable_session
from .stats import chi_square_sf, chi_square_statistic, mean, sample_sd

Z_LIMIT = 2.0  # |z| at or above this: the team mean is unlike the organisation's
P_LIMIT = 0.05  # p below this: the proposed bands are unlike the guideline
MANAGER = Relationship.MANAGER.value
UNCODED = "M-?"  # a manager of a blind session's member who drew no code (not their direct manager)


@dataclass(frozen=True)
class BandCount:
    """One guideline band in a manager's chi-square test."""
    code: str
    observed: int
    expected: float


@dataclass(frozen=True)
class ManagerLeniency:
    manager: str  # the manager's name; their code (M-03) while a blind session is open
    manager_id: int | None  # None while a blind session is open
    manager_no: str | None  # employee number; None while a blind session is open
    team_size: int  # rated people in the team
    mean: float  # the team's mean rating (0-100)
    difference: float | None  # team mean - organisation mean, in points
    z: float | None
    proposed: int  # team members whose proposed band has a guideline share (the test's n)
    chi_square: float | None
    dof: int | None
    p_value: float | None
    flagged: bool
    sentence_code: str  # reviewer.messages: the plain-language verdict
    sentence_params: dict = field(default_factory=dict)
    bands: tuple[BandCount, ...] = ()


@dataclass(frozen=True)
class LeniencyReport:
    cycle_id: int
    cycle_name: str
    published: bool  # False: the 360 results are not published yet, so there are no figures
    notice_code: str | None  # what to say when unpublished (or the organisation is withheld)
    notice_params: dict
    min_team: int
    scale_max: int
    org_mean: float | None
    org_sd: float | None  # sample standard deviation (ddof = 1)
    org_count: int
    guideline: tuple[tuple[str, float], ...]  # (band code, normalised share), highest band first
    rows: tuple[ManagerLeniency, ...]
    session_id: int | None = None
    blind: bool = False
    organisation_withheld: bool = False  # the reader may not see the organisation's figures

    def as_dict(self) -> dict:
        return asdict(self)


# -- reading ------------------------------------------------------------------------------

@dataclass
class _Ratings:
    by_person: dict[int, float]  # person -> manager-group score (0-100)
    team_of: dict[int, int]  # person -> the manager whose team they count in


def _manager_ratings(session: Session, cycle: Cycle, scale_max: int) -> _Ratings:
    """Each rated person's published manager-group score and the manager they count under.

    The manager group is named: the anonymity rules (feedback.anonymity.publish) show its
    cell whenever it has answers, whatever the other groups hold, so its published cell
    per competency is all its submitted scores and the published score's manager term
    (feedback.published_score.published_group_scores) is 100 x the mean over competencies
    of the cell means / the scale's top point. Computed here in one grouped query: a
    cycle of 20,000 people has 160,000 such cells, too many to publish one by one within
    a second. tests/reviewer/calibration/test_leniency.py checks the two agree."""
    if MANAGER not in NAMED:  # the rule this shortcut rests on; never silently outlive it
        raise RuntimeError("the manager group is no longer always published")
    score = cast(RaterScore.total, Float) / RaterScore.ratings
    cells = (select(FeedbackRequest.subject_id.label("subject"), func.avg(score).label("mean"),
                    func.min(FeedbackRequest.rater_employee_id).label("low"),
                    func.max(FeedbackRequest.rater_employee_id).label("high"))
             .join(RaterScore, RaterScore.request_id == FeedbackRequest.id)
             .where(FeedbackRequest.cycle_id == cycle.id, FeedbackRequest.status == RequestStatus.SUBMITTED,
                    FeedbackRequest.relation == Relationship.MANAGER, RaterScore.ratings > 0)
             .group_by(FeedbackRequest.subject_id, RaterScore.competency_id)
             .subquery())
    query = (select(cells.c.subject, func.avg(cells.c.mean), func.min(cells.c.low), func.max(cells.c.high))
             .group_by(cells.c.subject))
    by_person, team_of, shared = {}, {}, []
    for subject, mean_rating, low, high in session.connection().execute(query):
        by_person[subject] = 100.0 * float(mean_rating) / scale_max
        if low == high:
            team_of[subject] = low
        else:
            shared.append(subject)
    # Several manager-group raters: one published cell, so the direct manager's team.
    for chunk in batches(shared):
        team_of.update({person: manager for person, manager in session.execute(
            select(Employee.id, Employee.manager_id).where(Employee.id.in_(chunk), Employee.manager_id.is_not(None)))})
    return _Ratings(by_person, team_of)


def _proposed_bands(session: Session, cycle_id: int) -> dict[int, int]:
    """person -> the band proposed in their current (newest) appraisal."""
    newest: dict[int, tuple[int, int | None]] = {}
    for person, version, band in session.connection().execute(
            select(Appraisal.employee_id, Appraisal.version, Appraisal.proposed_band_id)
            .where(Appraisal.cycle_id == cycle_id)):
        if person not in newest or version > newest[person][0]:
            newest[person] = (version, band)
    return {person: band for person, (_, band) in newest.items() if band is not None}


def _guideline(session: Session, cycle_id: int) -> list[tuple[int, str, float]]:
    """(band id, code, share) for the bands with a guideline share above 0, shares summing to 1."""
    bands = session.execute(select(RatingBand.id, RatingBand.code, RatingBand.guideline_pct)
                            .where(RatingBand.cycle_id == cycle_id, RatingBand.guideline_pct > 0)
                            .order_by(RatingBand.min_score.desc())).all()
    total = math.fsum(pct for _, _, pct in bands)
    return [(band_id, code, pct / total) for band_id, code, pct in bands]


# -- the figures ----------------------------------------------------------------------------

def _p_text(p: float) -> str:
    return "< 0.001" if p < 0.001 else f"= {p:.3f}"


def _sentence(difference: float | None, z: float | None, p: float | None) -> tuple[str, dict]:
    unlike_org = z is not None and abs(z) >= Z_LIMIT
    unlike_guideline = p is not None and p < P_LIMIT
    params: dict = {}
    if unlike_org:
        params.update(points=f"{abs(difference):.1f}", z=f"{z:.1f}")
    if unlike_guideline:
        params["p"] = _p_text(p)
    if unlike_org:
        direction = "higher" if z > 0 else "lower"
        return f"leniency_{direction}{'_unlike_guideline' if unlike_guideline else ''}", params
    if unlike_guideline:
        return "leniency_unlike_guideline", params
    if z is None and p is None:
        return "leniency_no_comparison", params
    return "leniency_in_line", params


def _row(manager: str, manager_id: int | None, manager_no: str | None, ratings: list[float],
         proposed: Iterable[int | None], org_mean: float | None, org_sd: float | None,
         guideline: list[tuple[int, str, float]]) -> ManagerLeniency:
    team_mean = mean(ratings)
    difference = z = None
    if org_mean is not None:
        difference = team_mean - org_mean
        if org_sd:  # a spread of 0 (everyone rated alike) gives no z
            z = difference / (org_sd / math.sqrt(len(ratings)))
    counts = dict.fromkeys((band_id for band_id, _, _ in guideline), 0)
    for band in proposed:
        if band in counts:
            counts[band] += 1
    n = sum(counts.values())
    chi = dof = p = None
    bands: tuple[BandCount, ...] = ()
    if n and len(guideline) >= 2:
        observed = [counts[band_id] for band_id, _, _ in guideline]
        expected = [n * share for _, _, share in guideline]
        chi, dof = chi_square_statistic(observed, expected), len(guideline) - 1
        p = chi_square_sf(chi, dof)
        bands = tuple(BandCount(code, o, e) for (_, code, _), o, e in zip(guideline, observed, expected))
    code, params = _sentence(difference, z, p)
    flagged = (z is not None and abs(z) >= Z_LIMIT) or (p is not None and p < P_LIMIT)
    return ManagerLeniency(manager, manager_id, manager_no, len(ratings), team_mean, difference, z, n, chi, dof, p,
                           flagged, code, params, bands)


def _outside_is_wide(team_of: dict[int, int], rated: Iterable[int], manager_id: int, min_team: int) -> bool:
    """Whether the rated people outside this manager's team are many enough, and from enough
    teams, that the organisation's figures tell the manager no other team's ratings."""
    outside = [team_of.get(person) for person in rated if team_of.get(person) != manager_id]
    return len(outside) >= 2 * min_team and len(set(outside)) >= 2


def _rest_is_wide(team_of: dict[int, int], rated: Iterable[int], in_rows: set[int], min_team: int) -> bool:
    """Whether the organisation's figures beside a session's rows tell a participant no few
    people's ratings: the organisation minus every row is no one, or at least min_team people
    (as many as a row's mean is over) from at least two teams (never one absent manager's team)."""
    rest = [team_of.get(person) for person in rated if person not in in_rows]
    return not rest or (len(rest) >= min_team and len(set(rest)) >= 2)


def leniency(session: Session, cycle_id: int, *, min_team: int = 5, session_id: int | None = None
             ) -> LeniencyReport:
    """Each manager's leniency or severity in the cycle (see the module's docstring for every
    formula), as the acting user may read it; with ``session_id``, the managers of that
    calibration session's members, under their codes while a blind session is open."""
    if min_team < 1:
        raise ValidationError.coded("leniency_min_team_range", value=min_team)
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        raise NotFound.coded("cycle_unknown_id", id=cycle_id)
    actor = acting(session)
    calibration = labels = None
    if session_id is not None:
        calibration = readable_session(session, session_id)
        if calibration.cycle_id != cycle.id:
            raise NotFound.coded("calibration_session_unknown", id=session_id)
        labels = session_labels(session, calibration)
    blind = labels is not None and labels.blind
    scale_max = rating_scale_top(session, cycle.id)
    guideline = _guideline(session, cycle.id)
    release = feedback_release(session, cycle.id)
    report = dict(cycle_id=cycle.id, cycle_name=cycle.name, min_team=min_team, scale_max=scale_max,
                  guideline=tuple((code, share) for _, code, share in guideline), session_id=session_id,
                  blind=bool(blind))
    if not release.published:
        # Nothing unpublished feeds any figure: before publication there are none.
        return LeniencyReport(published=False, notice_code=release.notice_code, notice_params=release.notice_params,
                              org_mean=None, org_sd=None, org_count=0, rows=(), **report)

    ratings = _manager_ratings(session, cycle, scale_max)
    values = list(ratings.by_person.values())
    org_mean = mean(values) if values else None
    org_sd = sample_sd(values)
    teams: dict[int, list[int]] = defaultdict(list)
    for person, manager in ratings.team_of.items():
        teams[manager].append(person)
    teams = {manager: people for manager, people in teams.items() if len(people) >= min_team}

    withheld = False
    if calibration is not None:
        members = list(session.scalars(select(Appraisal.employee_id).join(
            CalibrationMember, CalibrationMember.appraisal_id == Appraisal.id)
            .where(CalibrationMember.session_id == session_id)))
        shown = {ratings.team_of[m] for m in members if m in ratings.team_of}
        for chunk in batches(members):
            shown |= set(session.scalars(select(Employee.manager_id).where(
                Employee.id.in_(chunk), Employee.manager_id.is_not(None))))
        if not actor.sees_everyone:
            in_rows = {person for manager in shown if manager in teams for person in teams[manager]}
            withheld = not _rest_is_wide(ratings.team_of, ratings.by_person, in_rows, min_team)
    elif actor.sees_everyone:
        shown = set(teams)
    else:
        own = actor.employee_id
        shown = {own} if own is not None else set()
        withheld = own is None or not _outside_is_wide(ratings.team_of, ratings.by_person, own, min_team)
    if withheld:
        org_mean = org_sd = None

    managers = sorted(m for m in shown if m in teams)
    if labels is None:
        labels = Labels(False, {}, names_of(session, managers))
    elif not blind:
        labels.names.update(names_of(session, [m for m in managers if m not in labels.names]))
    proposed = _proposed_bands(session, cycle.id)
    rows = []
    for manager in managers:
        people = teams[manager]
        # While blind, a manager who drew no code (one who rated a member without being
        # their direct manager) is UNCODED, numbered below: never their name.
        label = labels.codes.get(manager, UNCODED) if blind else labels.label(manager)
        rows.append(_row(label, None if blind else manager, labels.number(manager),
                         [ratings.by_person[p] for p in people],
                         (proposed.get(p) for p in people), org_mean, org_sd, guideline))
    # Most lenient first; the order follows the figures, so in a blind session it says
    # nothing of who is who.
    rows.sort(key=lambda r: (r.z is None, -(r.z or 0.0), -r.mean, r.manager))
    if blind:  # uncoded managers told apart by their place in that order, never by name
        uncoded = iter(range(1, len(rows) + 1))
        rows = [replace(r, manager=f"{UNCODED}{next(uncoded)}") if r.manager == UNCODED else r for r in rows]
    notice = ("leniency_organisation_withheld", {}) if withheld else (None, {})
    return LeniencyReport(published=True, notice_code=notice[0], notice_params=notice[1], org_mean=org_mean,
                          org_sd=org_sd, org_count=0 if withheld else len(values), rows=tuple(rows),
                          organisation_withheld=withheld, **report)
