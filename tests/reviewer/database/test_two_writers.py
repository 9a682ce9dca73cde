"""Two programs writing to one SQLite file at once (the window and the command line, or
two windows): writes wait their turn, none is lost, and "database is locked" never
reaches a user."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from db.location import resolve_database_url
from db.migrate import open_database
from db.models import Actual, Appraisal, AuditEvent, Cycle, CycleStage, Target
from reviewer.audit.chain import verify_chain
from reviewer.errors import ReviewerError
from reviewer.reviews.manager_review import save_manager_review_field
from reviewer.workstation import Workstation

ROOT = Path(__file__).resolve().parents[3]
# The issue asks for 30 seconds; the test stays in the normal suite at about 35 s.
WRITING_SECONDS = float(os.environ.get("APPRAISAL_TWO_WRITERS_SECONDS", "30"))


def _rows_to_write(path: Path) -> tuple[list[int], list[int], date]:
    """Targets to enter actuals for and appraisals of other people whose manager review
    can be saved, in one open cycle of the demo company."""
    database, _ = open_database(resolve_database_url(str(path)))
    workstation = Workstation(database)
    try:
        with workstation.unit() as session:
            cycle = session.scalars(select(Cycle).where(Cycle.stage != CycleStage.CLOSED).order_by(Cycle.id)).first()
            cycle.stage = CycleStage.MANAGER_REVIEW  # the demo's open cycle is a stage before
            appraisals = session.scalars(select(Appraisal).where(Appraisal.cycle_id == cycle.id)).all()
            candidates = [(a.id, a.employee_id) for a in appraisals]
            as_of = min(cycle.period_end, date.today())
        reviewed, reviewed_people = [], set()
        for appraisal_id, employee_id in candidates:
            try:
                workstation.call(save_manager_review_field, appraisal_id, "overall_comment", "first")
            except ReviewerError:
                continue
            reviewed.append(appraisal_id)
            reviewed_people.add(employee_id)
            if len(reviewed) == 5:
                break
        with workstation.unit() as session:
            targets = session.scalars(select(Target.id).where(Target.cycle_id == cycle.id,
                                                              Target.employee_id.not_in(reviewed_people))
                                      .order_by(Target.id).limit(5)).all()
        assert reviewed and targets
        return list(targets), reviewed, as_of
    finally:
        database.dispose()


def _start(kind: str, path: Path, ids: list[int], as_of: date) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.reviewer.database.writer_process", kind, str(path), str(WRITING_SECONDS),
         ",".join(map(str, ids)), as_of.isoformat()],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)})


def test_two_programs_writing_one_file_for_30_seconds_lose_nothing_and_show_no_lock_error(tmp_path, demo_template):
    path = tmp_path / "shared.sqlite3"
    shutil.copy(demo_template, path)
    targets, appraisals, as_of = _rows_to_write(path)
    database, _ = open_database(resolve_database_url(str(path)))
    with database.session() as session:
        actuals_before = session.scalar(select(func.count(Actual.id)))
        trail_before = session.scalar(select(func.max(AuditEvent.id)))
    database.dispose()
    writers = [_start("actuals", path, targets, as_of), _start("reviews", path, appraisals, as_of)]
    results = []
    for writer in writers:
        out, err = writer.communicate(timeout=WRITING_SECONDS + 120)
        assert writer.returncode == 0, err
        assert "Traceback" not in err
        results.append(json.loads(out))
    entered, reviewed = results
    for result in results:
        assert result["crashes"] == []
        assert result["shown"] == []  # no "database is locked", nor any other message
    assert sum(entered["saved"].values()) > 0 and sum(reviewed["saved"].values()) > 0

    database, _ = open_database(resolve_database_url(str(path)))
    try:
        with database.session() as session:
            # every reading entered is there, once
            for target_id, count in entered["saved"].items():
                stored = session.scalar(select(func.count(Actual.id)).where(Actual.target_id == int(target_id),
                                                                            Actual.source == "writer"))
                assert stored == count
            assert session.scalar(select(func.count(Actual.id))) == actuals_before + sum(entered["saved"].values())
            # every review save landed: the last one is what is stored, and each left its audit entry
            for appraisal_id, number in reviewed["last"].items():
                assert session.get(Appraisal, int(appraisal_id)).manager_comment == f"comment {number}"
            review_entries = session.scalar(select(func.count(AuditEvent.id)).where(
                AuditEvent.id > trail_before, AuditEvent.action == "appraisals.updated",
                AuditEvent.entity_id.in_([int(i) for i in reviewed["saved"]])))
            assert review_entries >= sum(reviewed["saved"].values())
            assert verify_chain(session).intact  # both programs appended to one unbroken chain
            assert session.connection().exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        database.dispose()
    print(f"two writers, {WRITING_SECONDS:g} s: {sum(entered['saved'].values())} actuals entered, "
          f"{sum(reviewed['saved'].values())} review saves")
