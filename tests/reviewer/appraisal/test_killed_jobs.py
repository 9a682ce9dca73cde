"""A batch of signed appraisals and an export of 360 forms, killed outright (SIGKILL)
half-way: no worker process outlives the program, no signed PDF stands without its
signature record, no form stands without its token, and the next run leaves no
.part file behind."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ...conftest import SIGNING_PASSWORD

ROOT = Path(__file__).resolve().parents[3]
pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc (Linux)")


def _children_of(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat[stat.rindex(")") + 2:].split()[1]) == pid:
                found.add(int(entry.name))
    return found


def _running(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat[stat.rindex(")") + 2] != "Z"  # a zombie has ended; only its exit status is left


def _start(arguments: list[str]) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(ROOT / "main.py"), *arguments], cwd=ROOT, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={**os.environ, "APPRAISAL_SIGNING_PASSWORD": SIGNING_PASSWORD})


def _kill_when(process: subprocess.Popen, ready, timeout: float = 240) -> set[int]:
    """SIGKILL the program (not its workers) once ready() holds; returns its workers' pids."""
    deadline = time.monotonic() + timeout
    workers: set[int] = set()
    while not ready():
        assert process.poll() is None, "the program ended before it could be killed half-way"
        assert time.monotonic() < deadline, "the program never got half-way"
        workers |= _children_of(process.pid)
        time.sleep(0.05)
    workers |= _children_of(process.pid)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert workers, "the program ran no worker processes"
    return workers


def _assert_workers_end(workers: set[int]) -> None:
    deadline = time.monotonic() + 10
    while any(_running(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in workers if _running(pid)], "worker processes outlived the killed program"


def _database_with_manager_identity(demo_template, tmp_path) -> Path:
    from sqlalchemy import select

    from db.location import resolve_database_url
    from db.migrate import open_database
    from db.models import Employee
    from reviewer.appraisal.identities import create_company_ca, create_identity

    db = tmp_path / "killed.sqlite3"
    shutil.copy(demo_template, db)
    database, _ = open_database(resolve_database_url(str(db)))
    with database.session() as session:
        create_company_ca(session, "华信商贸", SIGNING_PASSWORD)
        lead = session.scalar(select(Employee.id).where(Employee.name == "张雨宇"))  # 21 of 销售一组 report to him
        create_identity(session, "张雨宇", SIGNING_PASSWORD, lead, ca_password=SIGNING_PASSWORD)
    database.dispose()
    return db


def _verdicts(db: Path, files: list[Path]):
    from db.location import resolve_database_url
    from db.migrate import open_database
    from reviewer.appraisal.verify import verify_pdf

    database, _ = open_database(resolve_database_url(str(db)))
    try:
        with database.session() as session:
            return {path.name: verify_pdf(session, path) for path in files}
    finally:
        database.dispose()


def test_a_signed_batch_killed_half_way_leaves_no_worker_and_no_unrecorded_signature(demo_template, tmp_path):
    db, out = _database_with_manager_identity(demo_template, tmp_path), tmp_path / "out"
    batch = ["pdf", "batch", "--db", str(db), "--cycle", "2026 H1", "--department", "销售一组", "--sign-as", "张雨宇",
             "--out", str(out)]
    workers = _kill_when(_start(batch), lambda: out.is_dir() and len(list(out.iterdir())) >= 6)
    _assert_workers_end(workers)
    left = sorted(out.glob("*.pdf"))
    assert all(check.valid and check.issued_here for check in _verdicts(db, left).values()), \
        "a signed PDF was left without its signature record"

    again = _start(batch)
    assert again.wait(timeout=300) == 0
    assert not [p.name for p in out.iterdir() if p.name.endswith(".part")]
    verdicts = _verdicts(db, sorted(out.glob("*.pdf")))
    assert len(verdicts) == 21 and all(c.valid and c.issued_here for c in verdicts.values())


def test_a_forms_export_killed_half_way_leaves_no_worker_and_every_form_importable(demo_template, tmp_path):
    from db.location import resolve_database_url
    from db.migrate import open_database
    from reviewer.feedback.offline_import import import_forms

    from ..feedback.test_offline_forms import fill

    db, out = tmp_path / "forms.sqlite3", tmp_path / "forms"
    shutil.copy(demo_template, db)
    export = ["forms", "export", "--db", str(db), "--cycle", "2026 H2", "--out", str(out)]
    workers = _kill_when(_start(export), lambda: out.is_dir() and len(list(out.glob("*.pdf"))) >= 2)
    _assert_workers_end(workers)
    survivor = sorted(out.glob("*.pdf"))[0]
    fill(survivor, tmp_path / "returned.pdf")
    database, _ = open_database(resolve_database_url(str(db)))
    try:
        with database.session() as session:
            [result] = import_forms(session, [tmp_path / "returned.pdf"])
    finally:
        database.dispose()
    assert result.accepted, result.message  # not "forged": its token was stored before the form appeared

    stale = out / "left-over.pdf.part"
    stale.write_bytes(b"%PDF-1.7 half")
    assert any(out.glob("*.part"))
    again = _start(export)
    assert again.wait(timeout=600) == 0
    assert not list(out.glob("*.part"))
