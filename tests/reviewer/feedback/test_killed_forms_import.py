"""Importing returned 360 forms, killed outright (SIGKILL) part-way through the files or
around the commit: the database passes its integrity check and holds every form of the
run or none (one transaction), so no form counts as returned without its answers;
importing the same files again then accepts each once."""
from __future__ import annotations

import shutil
import sys

import pytest

from db.location import resolve_database_url
from db.migrate import open_database
from reviewer.feedback.offline_export import export_forms, open_requests

from ...killing import finish, kill_at_moments, scalar, start_program
from .test_offline_forms import fill

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
REQUESTS = 12  # of the demo's open cycle, on fewer forms (one per rater)


def _returned_forms(url: str, folder) -> list:
    database, _ = open_database(url)
    try:
        with database.session() as session:
            forms = export_forms(session, open_requests(session, 2)[:REQUESTS], folder / "sent")
    finally:
        database.dispose()
    returned = folder / "returned"
    returned.mkdir()
    for form in forms:
        fill(form.path, returned / form.path.name)
    return sorted(returned.iterdir())


def _state(url: str) -> tuple[int, int]:
    return (scalar(url, "SELECT count(*) FROM answers"),
            scalar(url, "SELECT count(*) FROM feedback_requests WHERE status = 'SUBMITTED' OR status = 'submitted'"))


def test_a_killed_forms_import_keeps_every_form_of_the_run_or_none(demo_template, tmp_path):
    db = tmp_path / "forms.sqlite3"
    shutil.copy(demo_template, db)
    url = resolve_database_url(str(db))
    files = _returned_forms(url, tmp_path)
    assert len(files) >= 4
    command = ["forms", "import", "--db", str(db), *map(str, files)]
    before = _state(url)
    half_way = f"[{len(files) // 2 / len(files):4.0%}] Importing forms"
    outcomes = kill_at_moments(command, ((half_way, 0.0), ("Forms imported", 0.0), ("Forms imported", 0.3)), url,
                               _state, lambda state: state[1] == before[1] + REQUESTS and state[0] > before[0])
    if outcomes[-1][2] == "nothing kept":
        finish(start_program(command))
    after = _state(url)
    assert after[1] == before[1] + REQUESTS
    again = start_program(command)  # the same files once more: refused as answered, nothing added twice
    again.communicate(timeout=120)
    assert _state(url) == after
