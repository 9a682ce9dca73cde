"""The demo's cycles: one closed with complete results, one open in the 360 stage
with partial answers (the plans are in plans.py)."""
from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable
from datetime import date, datetime, timedelta

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from db.models import (
    Actual,
    Answer,
    Appraisal,
    AppraisalTargetReview,
    AppUser,
    CalibrationCode,
    CalibrationMember,
    CalibrationParticipant,
    CalibrationSession,
    CycleParticipant,
    AppraisalState,
    CalibrationAdjustment,
    Competency,
    Cycle,
    CycleStage,
    ExternalRater,
    FeedbackRequest,
    FormQuestion,
    FormSection,
    FormTemplate,
    Frequency,
    Kpi,
    KpiDirection,
    KpiTemplate,
    KpiUnit,
    QuestionKind,
    RatingBand,
    Relationship,
    RequestStatus,
    ScoringRule,
    Target,
)

from ..calibration.blind import draw_codes
from ..cycles.participation import ensure_appraisals
from ..cycles.scoring import compute_scores, refresh_cycle_scores
from ..cycles.catalogue import load_catalogue
from ..feedback.results import publish_cycle
from ..feedback.scores import record_cycle_scores
from . import phrases
from .organisation import TYPICAL_ATTAINMENT, OrganisationPlan, PlannedPerson


@dataclass(frozen=True)
class CycleSpec:
    name: str
    start: date
    end: date
    stage: CycleStage
    checkpoints: tuple[date, ...]


CLOSED = CycleSpec("2026 H1", date(2026, 1, 1), date(2026, 6, 30), CycleStage.CLOSED,
                   (date(2026, 2, 28), date(2026, 4, 30), date(2026, 6, 30)))
OPEN = CycleSpec("2026 H2", date(2026, 7, 1), date(2026, 12, 31), CycleStage.SELF_REVIEW_360,
                 (date(2026, 8, 31), date(2026, 10, 31)))
MAX_PEERS, MAX_REPORTS = 3, 6


@dataclass
class KpiInfo:
    id: int
    code: str
    unit: KpiUnit
    direction: KpiDirection
    rule: ScoringRule
    params: dict


@dataclass
class FormInfo:
    id: int
    # (id, kind, competency code, visible_to, English text) in form order
    questions: list[tuple[int, QuestionKind, str | None, list[str] | None, str]]


# When the demo's finished cycle went through its stages.
CALIBRATION_OPENED, CALIBRATION_CLOSED = datetime(2026, 7, 8, 9, 0), datetime(2026, 7, 8, 17, 0)
SELF_REVIEWS_DONE = datetime(2026, 6, 20, 10, 0)
MANAGER_REVIEWS_DONE = datetime(2026, 7, 3, 16, 0)
RELEASED_ON = datetime(2026, 7, 15, 9, 0)
CLOSED_ON = datetime(2026, 7, 31, 17, 0)


def _sentences(phrases_: Iterable[str]) -> str | None:
    """Phrases joined as one Chinese sentence: "a；b。", not "a。；b。"."""
    parts = [p.rstrip("。") for p in phrases_]
    return "；".join(parts) + "。" if parts else None


def active_during(person: PlannedPerson, spec: CycleSpec) -> bool:
    row = person.row
    hired_in_time = row["hire_date"] is None or row["hire_date"] <= spec.end
    left_before = row["leave_date"] is not None and row["leave_date"] < spec.start
    return hired_in_time and not left_before


def _round_for_unit(value: float, unit: KpiUnit) -> float:
    if unit == KpiUnit.COUNT:
        return float(max(0, round(value)))
    if unit == KpiUnit.CURRENCY:
        return float(max(0, round(value, -2)))
    if unit == KpiUnit.PERCENT:
        return round(min(100.0, max(0.0, value)), 1)
    if unit == KpiUnit.SCORE:
        return round(min(5.0, max(1.0, value)), 1)
    return round(max(0.1, value), 1)


class ResultsBuilder:
    def __init__(self, session: Session, rng: random.Random, plan: OrganisationPlan):
        self.session, self.rng, self.plan = session, rng, plan
        self.people = plan.by_id()
        self.kpis = {
            k.code: KpiInfo(k.id, k.code, k.unit, k.direction, k.scoring_rule, k.scoring_params)
            for k in session.scalars(select(Kpi))
        }
        self.templates = {
            t.code: [(i.kpi.code, i.weight, i.default_target) for i in t.items]
            for t in session.scalars(select(KpiTemplate))
        }
        self.forms = {f.family: self._form_info(f) for f in session.scalars(select(FormTemplate))}
        self.bands = load_catalogue()["rating_bands"]

    def _form_info(self, form: FormTemplate) -> FormInfo:
        rows = self.session.execute(
            select(FormQuestion.id, FormQuestion.kind, FormQuestion.competency_id, FormQuestion.visible_to, FormQuestion.text)
            .join(FormSection)
            .where(FormSection.template_id == form.id)
            .order_by(FormSection.position, FormQuestion.position)
        ).all()
        codes = {q.competency_id: q.competency.code for s in form.sections for q in s.questions if q.competency}
        return FormInfo(form.id, [(qid, kind, codes.get(cid), visible, text) for qid, kind, cid, visible, text in rows])

    # -- cycles ---------------------------------------------------------------
    def create_cycle(self, spec: CycleSpec) -> Cycle:
        cycle = Cycle(
            name=spec.name, period_start=spec.start, period_end=spec.end, frequency=Frequency.HALF_YEAR,
            stage=spec.stage, kpi_weight=70, competency_weight=30, anonymity_threshold=3,
            form_template_id=self.forms["individual_contributor"].id,
        )
        cycle.rating_bands = [RatingBand(**band) for band in self.bands]
        self.session.add(cycle)
        self.session.flush()
        participants = [{"cycle_id": cycle.id, "employee_id": person.id, "added_late": False}
                        for person in self.plan.people if active_during(person, spec)]
        if participants:
            self.session.execute(insert(CycleParticipant), participants)
        return cycle

    # -- targets and actuals ---------------------------------------------------
    def add_targets_and_actuals(self, cycle: Cycle, spec: CycleSpec) -> dict[int, list[tuple]]:
        """Returns, per employee, (kpi, target row, final actual) for scoring."""
        target_rows, plan_rows = [], []
        for person in self.plan.people:
            if not person.template or not active_during(person, spec):
                continue
            for code, weight, default in self.templates[person.template]:
                kpi = self.kpis[code]
                value = _round_for_unit(default * self.rng.uniform(0.9, 1.1), kpi.unit) or default
                row = {"cycle_id": cycle.id, "employee_id": person.id, "kpi_id": kpi.id,
                       "target_value": value, "weight": weight, "floor_ratio": 0.0, "cap_ratio": 1.2,
                       "band_low": None, "band_high": None}
                if kpi.direction == KpiDirection.TARGET_BAND:
                    row["band_low"], row["band_high"] = round(value * 0.85, 1), round(value * 1.15, 1)
                target_rows.append(row)
                plan_rows.append((person, kpi, row))
        ids = self.session.scalars(
            insert(Target).returning(Target.id, sort_by_parameter_order=True), target_rows
        ).all()

        actual_rows, results = [], defaultdict(list)
        for target_id, (person, kpi, row) in zip(ids, plan_rows):
            left = person.row["leave_date"]
            final = self._final_actual(person, kpi, row)
            for n, checkpoint in enumerate(spec.checkpoints, start=1):
                if left and checkpoint > left:
                    break
                cumulative = kpi.unit in (KpiUnit.COUNT, KpiUnit.CURRENCY)
                share = n / len(CLOSED.checkpoints) if cumulative else 1.0
                wobble = 1.0 if n == len(spec.checkpoints) else self.rng.uniform(0.93, 1.07)
                value = _round_for_unit(final * min(share, 1.0) * wobble, kpi.unit)
                actual_rows.append({"target_id": target_id, "value": value, "as_of": checkpoint,
                                    "source": self.rng.choice(phrases.ACTUAL_SOURCES),
                                    "entered_at": datetime.combine(checkpoint + timedelta(days=2), datetime.min.time())})
                results[person.id].append((kpi, row, value))
        self.session.execute(insert(Actual), actual_rows)
        # Scoring uses the latest value reported for each target.
        return {pid: list({r[1]["kpi_id"]: r for r in rows}.values()) for pid, rows in results.items()}

    def _final_actual(self, person: PlannedPerson, kpi: KpiInfo, row: dict) -> float:
        ratio = max(0.3, person.performance + self.rng.gauss(0, 0.07))
        target = row["target_value"]
        if kpi.direction == KpiDirection.LOWER_BETTER:
            return target / ratio
        if kpi.direction == KpiDirection.TARGET_BAND:
            return target * (1 + (1 - ratio) * self.rng.choice((-1.5, 1.5)))
        return target * ratio

    # -- 360 feedback --------------------------------------------------------------
    def raters_for(self, subject: PlannedPerson, spec: CycleSpec) -> list[tuple[Relationship, int]]:
        raters = [(Relationship.SELF, subject.id)]
        manager_id = subject.row["manager_id"]
        if manager_id and active_during(self.people[manager_id], spec):
            raters.append((Relationship.MANAGER, manager_id))
            teammates = [
                pid for pid in self.people[manager_id].reports
                if pid != subject.id and active_during(self.people[pid], spec)
            ]
            for peer in self.rng.sample(teammates, k=min(MAX_PEERS, len(teammates))):
                raters.append((Relationship.PEER, peer))
        reports = [pid for pid in subject.reports if active_during(self.people[pid], spec)]
        for report in self.rng.sample(reports, k=min(MAX_REPORTS, len(reports))):
            raters.append((Relationship.DIRECT_REPORT, report))
        return raters

    def add_feedback(self, cycle: Cycle, spec: CycleSpec, customers: dict[int, int], complete: bool) -> dict[int, list]:
        """Requests and answers; returns subject -> [(relation, competency, rating)] of submitted answers."""
        request_rows, meta = [], []
        due = spec.end - timedelta(days=20) if not complete else date(2026, 6, 20)
        for subject in self.plan.people:
            if not active_during(subject, spec) or (not complete and subject.row["leave_date"]):
                continue
            family = "people_manager" if subject.reports else "individual_contributor"
            raters = [(rel, pid, None) for rel, pid in self.raters_for(subject, spec)]
            if subject.id in customers:
                raters.append((Relationship.CUSTOMER, None, customers[subject.id]))
            for relation, rater_id, external_id in raters:
                status = self._request_status(complete)
                request_rows.append({
                    "cycle_id": cycle.id, "subject_id": subject.id, "rater_employee_id": rater_id,
                    "external_rater_id": external_id, "relation": relation, "template_id": self.forms[family].id,
                    "status": status, "due_date": due,
                    "submitted_at": datetime.combine(due - timedelta(days=self.rng.randrange(1, 12)), datetime.min.time())
                    if status == RequestStatus.SUBMITTED else None,
                })
                meta.append((subject, relation, family, status))
        ids = self.session.scalars(
            insert(FeedbackRequest).returning(FeedbackRequest.id, sort_by_parameter_order=True), request_rows
        ).all()

        answer_rows, ratings = [], defaultdict(list)
        for request_id, (subject, relation, family, status) in zip(ids, meta):
            if status in (RequestStatus.OPEN, RequestStatus.DECLINED):
                continue
            questions = [q for q in self.forms[family].questions if q[3] is None or relation.value in q[3]]
            if status == RequestStatus.IN_PROGRESS:
                questions = questions[: self.rng.randrange(1, max(2, len(questions) // 2 + 1))]
            for question_id, kind, competency, _visible, text in questions:
                row = {"request_id": request_id, "question_id": question_id, "rating": None,
                       "cannot_judge": False, "text": None}
                if kind == QuestionKind.TEXT:
                    if self.rng.random() > 0.4:
                        continue
                    pool = phrases.KEEP_DOING if "keep" in text.lower() else phrases.DO_BETTER
                    row["text"] = self.rng.choice(pool)
                elif relation in (Relationship.PEER, Relationship.CUSTOMER) and self.rng.random() < 0.03:
                    row["cannot_judge"] = True
                else:
                    row["rating"] = self._rating(subject, relation)
                    if status == RequestStatus.SUBMITTED:
                        ratings[subject.id].append((relation, competency, row["rating"]))
                answer_rows.append(row)
        self.session.execute(insert(Answer), answer_rows)
        record_cycle_scores(self.session, cycle.id)
        return ratings

    def _request_status(self, complete: bool) -> RequestStatus:
        roll = self.rng.random()
        if complete:
            return RequestStatus.DECLINED if roll < 0.02 else RequestStatus.SUBMITTED
        if roll < 0.45:
            return RequestStatus.SUBMITTED
        return RequestStatus.IN_PROGRESS if roll < 0.65 else RequestStatus.OPEN

    def _rating(self, subject: PlannedPerson, relation: Relationship) -> int:
        base = 3.5 + (subject.performance - TYPICAL_ATTAINMENT) * 5 + (0.45 if relation == Relationship.SELF else 0.0)
        return int(min(5, max(1, round(self.rng.gauss(base, 0.75)))))

    # -- appraisals -------------------------------------------------------------------
    def add_appraisals(self, cycle: Cycle, kpi_results: dict, ratings: dict) -> list[Appraisal]:
        """The closed cycle's appraisals, scored by the cycle scoring service like any
        cycle's (kpi_results and ratings only say who took part)."""
        bands = {b.code: b for b in cycle.rating_bands}
        code_of = {b.id: b.code for b in cycle.rating_bands}
        appraisals = []
        _settings, scores = compute_scores(self.session, cycle)
        # The strengths, like the scores, read only what the anonymity rules publish:
        # anything built from a withheld group's ratings would give them away.
        published = publish_cycle(self.session, cycle.id)
        codes = dict(self.session.execute(select(Competency.id, Competency.code)).all())
        for person in self.plan.people:
            score = scores.get(person.id)
            if (person.id not in kpi_results and person.id not in ratings) or score is None \
                    or score.final_score is None:
                continue
            publications = published.get(person.id, {})
            others = {codes[c]: p.everyone_but_self().mean for c, p in publications.items()
                      if p.everyone_but_self().count}
            means = sorted(others, key=others.get)
            appraisal = Appraisal(
                cycle_id=cycle.id, employee_id=person.id, kpi_score=score.kpi_score,
                competency_score=score.competency_score, final_score=score.final_score,
                proposed_band_id=score.band_id, calibrated_band_id=score.band_id,
                strengths=_sentences(phrases.STRENGTHS[c] for c in means[-2:]),
                development_areas=_sentences(phrases.DEVELOPMENT[c] for c in means[:2]),
                self_comment=self.rng.choice(phrases.SELF_COMMENTS),
                manager_comment=phrases.MANAGER_SUMMARY[code_of[score.band_id]],
                state=AppraisalState.RELEASED, released_at=RELEASED_ON,
            )
            # The finished cycle's reviews were submitted in their stages, as a real one's are.
            appraisal.self_achievements = self.rng.choice(phrases.SELF_ACHIEVEMENTS)
            appraisal.self_challenges = self.rng.choice(phrases.SELF_CHALLENGES)
            appraisal.self_development_wishes = self.rng.choice(phrases.SELF_DEVELOPMENT_WISHES)
            appraisal.self_submitted_at = SELF_REVIEWS_DONE
            appraisal.manager_submitted_at = MANAGER_REVIEWS_DONE
            appraisals.append(appraisal)
        cycle.scores_frozen_at, cycle.released_at = MANAGER_REVIEWS_DONE, RELEASED_ON
        if cycle.stage == CycleStage.CLOSED:
            cycle.closed_at = CLOSED_ON
        self.session.add_all(appraisals)
        self.session.flush()
        self._calibrate(appraisals, bands)
        return appraisals

    def _calibrate(self, appraisals: list[Appraisal], bands: dict[str, RatingBand]) -> None:
        """The finished cycle's calibration: potential ratings from the managers, and one
        closed session over the whole cycle in which HR moved a few people near a band's edge."""
        potentials = _potential_ratings(appraisals, self.people)
        for appraisal in appraisals:
            appraisal.potential = potentials[appraisal.employee_id]
        # By name only: no row of this history points at a profile, so a downgrade past the
        # profiles migration (0007) can rebuild app_users under it.
        hr_name = self.session.scalar(select(AppUser.display_name).where(AppUser.username == "hr.admin")) or "HR"
        calibration = CalibrationSession(
            cycle_id=appraisals[0].cycle_id, name="Company-wide calibration", scope_kind="cycle", blind=False,
            opened_by_name=hr_name, opened_at=CALIBRATION_OPENED, closed_by_name=hr_name, closed_at=CALIBRATION_CLOSED)
        self.session.add(calibration)
        self.session.flush()
        managers = [self.people[a.employee_id].row.get("manager_id") for a in appraisals]
        self.session.add_all(CalibrationMember(session_id=calibration.id, appraisal_id=a.id,
                                               band_at_open_id=a.proposed_band_id, potential_at_open=a.potential)
                             for a in appraisals)
        self.session.add_all(CalibrationParticipant(session_id=calibration.id, employee_id=m)
                             for m in dict.fromkeys(managers) if m is not None)
        codes = draw_codes((a.employee_id for a in appraisals), (m for m in managers if m is not None))
        self.session.add_all(CalibrationCode(session_id=calibration.id, employee_id=e, code=c) for e, c in codes.items())
        order = sorted(bands.values(), key=lambda b: b.min_score)
        near_edge = [a for a in appraisals if any(0 < a.final_score - b.min_score < 1.5 for b in order[1:])]
        for n, appraisal in enumerate(self.rng.sample(near_edge, k=min(4, len(near_edge)))):
            current = next(b for b in order if b.id == appraisal.proposed_band_id)
            index = order.index(current)
            target = order[index + 1] if n % 2 == 0 and index + 1 < len(order) else order[max(0, index - 1)]
            if target.id == current.id:
                continue
            appraisal.calibrated_band_id = target.id
            self.session.add(CalibrationAdjustment(
                appraisal_id=appraisal.id, session_id=calibration.id, axis="band",
                adjusted_by_name=hr_name,
                from_band_id=current.id, to_band_id=target.id,
                from_score=appraisal.final_score, to_score=appraisal.final_score,
                reason=phrases.CALIBRATION_REASONS[n % len(phrases.CALIBRATION_REASONS)],
                created_at=datetime(2026, 7, 8, 14, 30),
            ))

    def add_open_appraisals(self, cycle: Cycle) -> None:
        """The open cycle's appraisals, as the program makes them, and self-reviews as far
        as people got in the self-review stage: about half submitted (with self-ratings on
        most KPIs), some drafts, two returned by the manager with a note, the rest not
        started; scored by the cycle scoring service."""
        ensure_appraisals(self.session, cycle)
        targets: dict[int, list[int]] = defaultdict(list)
        for employee_id, target_id in self.session.execute(
                select(Target.employee_id, Target.id).where(Target.cycle_id == cycle.id).order_by(Target.id)):
            targets[employee_id].append(target_id)
        appraisals = self.session.scalars(select(Appraisal).where(Appraisal.cycle_id == cycle.id)
                                          .order_by(Appraisal.employee_id)).all()
        reviews, returned = [], 0
        for appraisal in appraisals:
            roll = self.rng.random()
            if roll < 0.30:
                continue  # not started
            appraisal.self_achievements = self.rng.choice(phrases.SELF_ACHIEVEMENTS)
            if roll < 0.45:  # a draft: only the achievements so far
                continue
            appraisal.self_challenges = self.rng.choice(phrases.SELF_CHALLENGES)
            appraisal.self_development_wishes = self.rng.choice(phrases.SELF_DEVELOPMENT_WISHES)
            if returned < len(phrases.RETURN_NOTES) and roll > 0.97:
                appraisal.self_returned_at = datetime(2026, 11, 12 + returned, 16, 0)
                appraisal.self_return_note = phrases.RETURN_NOTES[returned]
                returned += 1
                continue
            appraisal.self_submitted_at = datetime(2026, 11, self.rng.randint(2, 20), self.rng.randint(9, 18),
                                                   self.rng.randint(0, 59))
            person = self.people[appraisal.employee_id]
            for target_id in targets.get(appraisal.employee_id, ()):
                if self.rng.random() < 0.25:
                    continue  # the self-rating is optional
                base = 3.3 + (person.performance - TYPICAL_ATTAINMENT) * 5
                reviews.append(AppraisalTargetReview(
                    appraisal_id=appraisal.id, target_id=target_id,
                    self_rating=int(min(5, max(1, round(self.rng.gauss(base, 0.7))))),
                    self_comment=self.rng.choice(phrases.SELF_TARGET_COMMENTS) if self.rng.random() < 0.4 else None))
        self.session.add_all(reviews)
        self.session.flush()
        refresh_cycle_scores(self.session, cycle)


def add_customer_raters(session: Session, rng: random.Random, plan: OrganisationPlan) -> dict[int, int]:
    """A customer contact for some key-account managers; returns subject -> external rater id."""
    companies = ["鼎盛能源", "远航物流", "华茂建材", "Northwind Foods", "金桥电子", "恒信煤业", "Bluewave Retail"]
    key_accounts = [p for p in plan.people if p.template == "key_accounts" and not p.is_manager]
    chosen = rng.sample(key_accounts, k=min(len(companies), len(key_accounts)))
    raters = [ExternalRater(name=f"{company}采购负责人" if not company.isascii() else f"Purchasing lead, {company}",
                            email=f"buyer{n}@customer{n}.example.com", organisation=company)
              for n, company in enumerate(companies[: len(chosen)], start=1)]
    session.add_all(raters)
    session.flush()
    return {person.id: rater.id for person, rater in zip(chosen, raters)}



def _potential_ratings(appraisals: list[Appraisal], people: dict) -> dict[int, str]:
    """Each person's potential as their manager saw it: likelier high for strong performers,
    with a manager's own judgement mixed in. Its own random stream, so the rest of the demo
    stays as it was."""
    rng = random.Random(2026)
    rated = {}
    for appraisal in sorted(appraisals, key=lambda a: a.employee_id):
        performance = people[appraisal.employee_id].performance
        roll = rng.gauss(performance, 0.12)
        rated[appraisal.employee_id] = "high" if roll > 1.0 else "low" if roll < 0.75 else "medium"
    return rated
