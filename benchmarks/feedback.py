"""360 benchmarks: aggregating a whole cycle with the anonymity rules, and the
offline form round trip (export 1,000 fillable PDFs, import 1,000 filled ones)."""
from __future__ import annotations

import shutil
import sqlite3
import time
from pathlib import Path

FLOOR_QUERY = (
    "SELECT r.subject_id, q.competency_id, r.relation, a.rating FROM answers a "
    "JOIN feedback_requests r ON a.request_id = r.id JOIN form_questions q ON a.question_id = q.id "
    "WHERE r.cycle_id = ? AND r.status = 'submitted' AND a.rating IS NOT NULL"
)


def aggregate(path: Path) -> tuple[float, float, int]:
    """(ours, floor, subjects): publish_cycle against pandas read_sql + one groupby."""
    import pandas as pd

    from db.location import resolve_database_url
    from db.migrate import open_database
    from reviewer.feedback.results import publish_cycle

    connection = sqlite3.connect(path)
    cycle_id = connection.execute("SELECT id FROM cycles WHERE name = 'Benchmark cycle'").fetchone()[0]
    start = time.perf_counter()
    frame = pd.read_sql(FLOOR_QUERY, connection, params=(cycle_id,))
    frame.groupby(["subject_id", "competency_id", "relation"])["rating"].agg(["mean", "count", "std"])
    floor = time.perf_counter() - start
    connection.close()

    database, _ = open_database(resolve_database_url(str(path)))
    start = time.perf_counter()
    with database.session() as session:
        published = publish_cycle(session, cycle_id)
    ours = time.perf_counter() - start
    database.dispose()
    return ours, floor, len(published)


def form_round_trip(path: Path, folder: Path, forms: int) -> tuple[float, float, int, int]:
    """(export seconds, import seconds, forms, accepted) on a copy of the database:
    ``forms`` raters get one open request each, exported, filled with pypdf, imported."""
    from pypdf import PdfReader, PdfWriter
    from sqlalchemy import select, update

    from db.location import resolve_database_url
    from db.migrate import open_database
    from db.models import Cycle, CycleStage, FeedbackRequest, RequestStatus
    from reviewer.feedback.offline_export import export_forms
    from reviewer.feedback.offline_import import import_forms

    copy = folder / "forms.sqlite3"
    shutil.copy(path, copy)
    database, _ = open_database(resolve_database_url(str(copy)))
    with database.session() as session:
        chosen: dict[int, int] = {}
        for request_id, rater in session.execute(select(FeedbackRequest.id, FeedbackRequest.rater_employee_id)
                                                 .where(FeedbackRequest.relation != "self")):
            chosen.setdefault(rater, request_id)
            if len(chosen) == forms:
                break
        ids = list(chosen.values())
        session.execute(update(FeedbackRequest).where(FeedbackRequest.id.in_(ids))
                        .values(status=RequestStatus.OPEN, submitted_at=None))
        session.execute(update(Cycle).values(stage=CycleStage.SELF_REVIEW_360))  # collecting feedback again
    out = folder / "forms"
    with database.session() as session:
        start = time.perf_counter()
        written = export_forms(session, ids, out, language="zh")
        exported = time.perf_counter() - start

    filled_dir = folder / "filled"
    filled_dir.mkdir(exist_ok=True)
    filled = []
    for form in written:  # the raters' part, not timed
        reader = PdfReader(form.path)
        writer = PdfWriter(clone_from=reader)
        values = {n: ("/4" if f.get("/FT") == "/Btn" else "很好") for n, f in reader.get_fields().items()
                  if not n.endswith("_token")}
        for page in writer.pages:
            writer.update_page_form_field_values(page, values, auto_regenerate=False)
        target = filled_dir / form.path.name
        writer.write(target)
        filled.append(target)
    with database.session() as session:
        start = time.perf_counter()
        results = import_forms(session, filled)
        imported = time.perf_counter() - start
    database.dispose()
    return exported, imported, len(written), sum(r.accepted for r in results)
