"""A program killed outright (SIGKILL) while it writes a file leaves only its hidden
temporary file, never a half file under the real name; the next write into that
folder, of any file, or the next batch export into it, removes the leftover."""
from __future__ import annotations

import sys

import pytest

from ...killing import kill_when_said, start_driver

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")

WRITE_HALF_AND_HANG = """
import sys, time
from pathlib import Path
from reviewer.io.files import written_whole
with written_whole(Path(sys.argv[1])) as partial, open(partial, "wb") as handle:
    handle.write(b"PK half a workbook")
    handle.flush()
    print("writing", file=sys.stderr, flush=True)
    time.sleep(120)
"""


def _killed_while_writing(target) -> list[str]:
    kill_when_said(start_driver(WRITE_HALF_AND_HANG, str(target)), "writing")
    return sorted(p.name for p in target.parent.iterdir())


def test_a_writer_killed_half_way_leaves_no_file_under_the_real_name_and_the_next_write_clears_it(tmp_path):
    from reviewer.io.files import write_whole

    left = _killed_while_writing(tmp_path / "people.xlsx")
    assert len(left) == 1 and left[0].startswith(".people.xlsx.") and left[0].endswith(".part")
    write_whole(tmp_path / "targets.xlsx", b"another file")  # not the one that was killed
    assert sorted(p.name for p in tmp_path.iterdir()) == ["targets.xlsx"]


def test_a_live_writers_temporary_file_is_left_alone(tmp_path):
    from reviewer.io.files import remove_killed_writers_leftovers
    import os

    mine = tmp_path / f".people.xlsx.{os.getppid()}.part"  # the test runner's parent is running
    mine.write_bytes(b"being written")
    not_ours = tmp_path / "download.part"
    not_ours.write_bytes(b"someone else's")
    assert remove_killed_writers_leftovers(tmp_path) == 0
    assert mine.exists() and not_ours.exists()


def test_a_batch_export_into_the_folder_clears_a_killed_writers_leftover(demo_database, tmp_path):
    from sqlalchemy import select

    from db.models import Cycle
    from reviewer.appraisal.batch import finish_interrupted_batch

    out = tmp_path / "out"
    out.mkdir()
    _killed_while_writing(out / "E10001-someone.pdf")
    with demo_database.session() as session:
        assert session.scalar(select(Cycle.id).limit(1))
        finish_interrupted_batch(session, out)  # the first step of every batch export
    assert list(out.iterdir()) == []
