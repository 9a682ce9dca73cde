"""Deterministic generator of a large organisation for benchmarks.

    python benchmarks/generate.py --employees 20000 --out benchmarks/out/org.sqlite3

Builds the demo company's structure at N employees, with the KPI catalogue, one
cycle of targets and actuals, and 360 feedback at 8 raters per subject on a
30-question form (20,000 subjects: 4.8 million answers).
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert, select  # noqa: E402

from db.location import resolve_database_url  # noqa: E402
from db.migrate import open_database  # noqa: E402
from db.sequences import advance_id_sequences  # noqa: E402
from db.models import (  # noqa: E402
    Competency,
    Cycle,
    CycleStage,
    FormQuestion,
    FormSection,
    FormTemplate,
    Frequency,
    Kpi,
    KpiTemplate,
    QuestionKind,
)
from reviewer.cycles.catalogue import install_catalogue  # noqa: E402
from reviewer.feedback.scores import record_cycle_scores  # noqa: E402
from reviewer.demo.organisation import insert_organisation, insert_positions, plan_organisation  # noqa: E402

SEED = 424242
RATERS_PER_SUBJECT = 8
QUESTIONS = 30


@dataclass
class GenerationReport:
    employees: int = 0
    targets: int = 0
    actuals: int = 0
    requests: int = 0
    answers: int = 0
    seconds: dict[str, float] = field(default_factory=dict)


def _timed(report: GenerationReport, name: str):
    class Timer:
        def __enter__(self):
            self.start = time.perf_counter()

        def __exit__(self, *_):
            report.seconds[name] = time.perf_counter() - self.start
    return Timer()


def _benchmark_form(session) -> list[int]:
    competencies = session.scalars(select(Competency).order_by(Competency.id)).all()
    form = FormTemplate(family="benchmark_30", version=1, name="Benchmark form, 30 questions")
    for s in range(6):
        section = FormSection(position=s + 1, title=f"Section {s + 1}")
        for q in range(5):
            section.questions.append(FormQuestion(
                position=q + 1, kind=QuestionKind.RATING, text=f"Question {s * 5 + q + 1}",
                competency=competencies[(s * 5 + q) % len(competencies)]))
        form.sections.append(section)
    session.add(form)
    session.flush()
    return [q.id for s in form.sections for q in s.questions]


def answer_rows(requests: list[tuple[int, int]], question_ids: list[int], rng: random.Random):
    """(request_id, question_id, rating, cannot_judge, updated_at) for every question."""
    stamp = datetime(2026, 6, 20, 12, 0).isoformat(sep=" ")
    for request_id, subject_bias in requests:
        for question_id in question_ids:
            rating = min(5, max(1, round(rng.gauss(3.4 + subject_bias, 0.8))))
            yield (request_id, question_id, rating, 0, stamp)


def generate(path: Path, employees: int, with_answers: bool = True) -> GenerationReport:
    """Create a fresh database at ``path`` holding the generated organisation."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    report = GenerationReport()
    rng = random.Random(SEED)
    with _timed(report, "schema"):
        database, _ = open_database(resolve_database_url(str(path)))
    with _timed(report, "organisation"), database.session() as session:
        positions = insert_positions(session)
        install_catalogue(session)
        plan = plan_organisation(rng, employees, positions)
        insert_organisation(session, plan)
        report.employees = len(plan.people)

    with _timed(report, "targets and actuals"), database.session() as session:
        cycle = Cycle(name="Benchmark cycle", period_start=date(2026, 1, 1), period_end=date(2026, 6, 30),
                      frequency=Frequency.HALF_YEAR, stage=CycleStage.CLOSED)
        session.add(cycle)
        session.flush()
        kpi_ids = dict(session.execute(select(Kpi.code, Kpi.id)).all())
        templates = {t.code: [(kpi_ids[i.kpi.code], i.weight, i.default_target) for i in t.items]
                     for t in session.scalars(select(KpiTemplate))}
        target_rows = []
        for person in plan.people:
            for kpi_id, weight, default in templates.get(person.template, []):
                target_rows.append({"cycle_id": cycle.id, "employee_id": person.id, "kpi_id": kpi_id,
                                    "target_value": default, "weight": weight})
        from db.models import Actual, Target

        target_ids = session.scalars(insert(Target).returning(Target.id, sort_by_parameter_order=True),
                                     target_rows).all()
        actuals = [{"target_id": tid, "value": row["target_value"] * rng.uniform(0.6, 1.3),
                    "as_of": date(2026, 6, 30), "source": "benchmark"}
                   for tid, row in zip(target_ids, target_rows)]
        session.execute(insert(Actual), actuals)
        report.targets, report.actuals = len(target_rows), len(actuals)
        cycle_id = cycle.id

    with _timed(report, "360 requests"), database.session() as session:
        question_ids = _benchmark_form(session)
        form_id = session.scalar(select(FormTemplate.id).where(FormTemplate.family == "benchmark_30"))
        by_team: dict[int, list[int]] = {}
        for person in plan.people:
            by_team.setdefault(person.row["manager_id"] or 0, []).append(person.id)
        everyone = [p.id for p in plan.people]
        request_rows, requests = [], []
        for person in plan.people:
            raters = [("self", person.id)]
            if person.row["manager_id"]:
                raters.append(("manager", person.row["manager_id"]))
            pool = [p for p in by_team.get(person.row["manager_id"] or 0, []) if p != person.id]
            taken = {person.id, person.row["manager_id"]}
            for peer in rng.sample(pool, k=min(len(pool), RATERS_PER_SUBJECT - len(raters))):
                raters.append(("peer", peer))
                taken.add(peer)
            while len(raters) < RATERS_PER_SUBJECT:  # small teams: colleagues from elsewhere
                other = rng.choice(everyone)
                if other not in taken:
                    raters.append(("peer", other))
                    taken.add(other)
            bias = (person.performance - 0.87) * 4
            for relation, rater in raters:
                request_rows.append({"id": len(request_rows) + 1, "cycle_id": cycle_id, "subject_id": person.id,
                                     "rater_employee_id": rater, "relation": relation, "template_id": form_id,
                                     "status": "submitted"})
                requests.append((len(request_rows), bias))
        from db.models import FeedbackRequest

        session.execute(insert(FeedbackRequest), request_rows)
        report.requests = len(request_rows)
        advance_id_sequences(session)  # people, departments and requests came with their own ids

    if with_answers:
        with _timed(report, "360 answers"):
            raw = database.engine.raw_connection()
            try:
                cursor = raw.cursor()
                cursor.executemany(
                    "INSERT INTO answers (request_id, question_id, rating, cannot_judge, updated_at) "
                    "VALUES (?, ?, ?, ?, ?)", answer_rows(requests, question_ids, rng))
                raw.commit()
                report.answers = len(requests) * len(question_ids)
            finally:
                raw.close()
        with _timed(report, "360 rater scores"), database.session() as session:
            record_cycle_scores(session, cycle_id)
    database.dispose()
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--employees", type=int, default=20000)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/out/org.sqlite3"))
    parser.add_argument("--no-answers", action="store_true", help="skip the 360 answers")
    args = parser.parse_args()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    report = generate(args.out, args.employees, not args.no_answers)
    print(report)


if __name__ == "__main__":
    main()
