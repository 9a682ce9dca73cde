"""A batch PDF export killed outright (SIGKILL) while its documents are being built:
the database passes its integrity check, no visible file of the batch is half-written
(the batch builds into hidden ``.part`` files and shows them only when all are built),
and the next export into the folder removes what the killed one left and writes every
document whole."""
from __future__ import annotations

import shutil
import sys
import time
import uuid

import pytest
from pypdf import PdfReader

from db.location import resolve_database_url

from ...killing import finish, integrity, start_program

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
DEPARTMENT, PEOPLE = "外勤拜访部", 41  # the demo's biggest department: 41 appraised in 2026 H1


def _whole_pdf(path) -> bool:
    reader = PdfReader(path)
    return len(reader.pages) > 0 and bool(reader.pages[0].extract_text().strip())


def _kill_once_built(process, out, files: int, timeout: float = 120) -> None:
    """SIGKILL once ``files`` documents have been written into the folder (as .part files)."""
    import signal

    deadline = time.monotonic() + timeout
    while not (out.is_dir() and len(list(out.glob(".*.part"))) >= files):
        assert process.poll() is None, "the export ended before it could be killed half-way"
        assert time.monotonic() < deadline, "the export never got half-way"
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def demo_url(request, tmp_path, demo_template):
    """The demo company on each backend (built afresh on PostgreSQL)."""
    if request.param == "sqlite":
        db = tmp_path / "batch.sqlite3"
        shutil.copy(demo_template, db)
        yield resolve_database_url(str(db))
        return
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    from db.migrate import open_database
    from reviewer.demo import build_demo

    from ...conftest import PG_URL

    admin, template = request.getfixturevalue("postgres_template")
    name = f"appraisal_batch_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    url = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    database, _ = open_database(url)
    with database.session() as session:
        build_demo(session)
    database.dispose()
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def test_a_batch_export_killed_half_way_leaves_no_half_file_and_the_next_run_writes_every_document(
        demo_url, tmp_path):
    url, out = demo_url, tmp_path / "out"
    command = ["pdf", "batch", "--db", url, "--cycle", "2026 H1", "--department", DEPARTMENT, "--out", str(out)]
    started = time.monotonic()
    _kill_once_built(start_program(command), out, PEOPLE // 3)
    killed_after = time.monotonic() - started

    assert integrity(url) == "ok"
    left = sorted(p.name for p in out.iterdir())
    visible = [name for name in left if not name.startswith(".")]
    assert all(_whole_pdf(out / name) for name in visible), "a visible PDF of the killed batch is not whole"
    assert all(name.endswith(".pdf.part") for name in left if name.startswith("."))

    started = time.monotonic()
    finish(start_program(command))
    print(f"killed after {killed_after:.1f} s with {len(left)} files built; the next export took "
          f"{time.monotonic() - started:.1f} s")
    names = sorted(p.name for p in out.iterdir())
    assert not [name for name in names if name.endswith(".part") or name.startswith(".")]
    assert len(names) == PEOPLE
    assert all(_whole_pdf(out / name) for name in names)
