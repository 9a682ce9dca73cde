"""`cycle advance` out of draft for a company of thousands, killed outright (SIGKILL) at
random moments: the database opens, the cycle is in draft with no appraisal or in goal
setting with every appraisal, and the audit trail still verifies."""
from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select

from db.location import resolve_database_url
from db.migrate import open_database
from db.models import Appraisal, Cycle, CycleParticipant, CycleStage, Department, Employee, Frequency

ROOT = Path(__file__).resolve().parents[3]
PEOPLE = 8000
CYCLE = "2027 上半年"
pytestmark = pytest.mark.skipif(os.name != "posix", reason="kills with SIGKILL")


def _company_of_thousands(path: Path) -> None:
    database, _ = open_database(resolve_database_url(str(path)))
    with database.session() as session:
        department = Department(name="销售部")
        session.add(department)
        session.flush()
        boss = Employee(employee_no="E0", name="张总", department_id=department.id)
        session.add(boss)
        session.flush()
        session.execute(insert(Employee), [
            {"employee_no": f"E{n}", "name": f"员工{n}", "department_id": department.id, "manager_id": boss.id}
            for n in range(1, PEOPLE + 1)])
        cycle = Cycle(name=CYCLE, period_start=date(2027, 1, 1), period_end=date(2027, 6, 30),
                      frequency=Frequency.HALF_YEAR)
        session.add(cycle)
        session.flush()
        session.execute(insert(CycleParticipant), [
            {"cycle_id": cycle.id, "employee_id": employee_id}
            for employee_id in session.scalars(select(Employee.id).where(Employee.manager_id == boss.id))])
    database.dispose()


def _main(*argv: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(ROOT / "main.py"), *argv], cwd=ROOT, start_new_session=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _state(path: Path) -> tuple[CycleStage, int]:
    database, _ = open_database(resolve_database_url(str(path)))
    try:
        with database.session() as session:
            stage = session.scalar(select(Cycle.stage).where(Cycle.name == CYCLE))
            return stage, session.scalar(select(func.count()).select_from(Appraisal))
    finally:
        database.dispose()


def test_an_advance_killed_at_random_moments_creates_every_appraisal_or_none(tmp_path):
    db = tmp_path / "千人.sqlite3"
    _company_of_thousands(db)
    rng = random.Random(15)
    advance = ["cycle", "advance", "--cycle", CYCLE, "--db", str(db)]
    for attempt in range(6):
        process = _main(*advance)
        time.sleep(rng.uniform(0.4, 1.6))
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
        process.wait()
        stage, appraisals = _state(db)
        assert (stage, appraisals) in {(CycleStage.DRAFT, 0), (CycleStage.GOAL_SETTING, PEOPLE)}, attempt
        verified = subprocess.run([sys.executable, str(ROOT / "main.py"), "audit", "verify", "--db", str(db)],
                                  cwd=ROOT, capture_output=True, text=True, timeout=300)
        assert verified.returncode == 0, verified.stdout + verified.stderr
        if stage == CycleStage.GOAL_SETTING:
            break
    else:
        finished = _main(*advance)
        assert finished.wait(timeout=300) == 0, finished.stderr.read()
        assert _state(db) == (CycleStage.GOAL_SETTING, PEOPLE)
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith((".part", "-journal"))]
