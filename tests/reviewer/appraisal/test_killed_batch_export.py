"""A batch PDF export killed outright (SIGKILL) while its documents are being built:
the database passes its integrity check, no visible file of the batch is half-written
(the batch builds into hidden ``.part`` files and shows them only when all are built),
and the next export into the folder removes what the killed one left and writes every
document whole."""
from __future__ import annotations

import shutil
import sys
import time

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


def test_a_batch_export_killed_half_way_leaves_no_half_file_and_the_next_run_writes_every_document(
        demo_template, tmp_path):
    db, out = tmp_path / "batch.sqlite3", tmp_path / "out"
    shutil.copy(demo_template, db)
    url = resolve_database_url(str(db))
    command = ["pdf", "batch", "--db", str(db), "--cycle", "2026 H1", "--department", DEPARTMENT, "--out", str(out)]
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
