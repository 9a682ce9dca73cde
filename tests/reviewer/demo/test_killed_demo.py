"""Loading the demo company, killed outright (SIGKILL) part-way or around its commit:
the database passes its integrity check and holds the whole demo or nothing at all,
never half a demo that the next start would take for a loaded one (it loads the demo
again only into a database without people). Loading it again then completes it."""
from __future__ import annotations

import sys

import pytest

from ...killing import finish, integrity, kill_at_moments, scalar, start_program

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
TABLES = ("employees", "departments", "cycles", "kpis", "targets", "answers", "appraisals", "app_users",
          "improvement_plans")


def _counts(url: str) -> dict[str, int]:
    return {table: scalar(url, f"SELECT count(*) FROM {table}") for table in TABLES}


def test_a_killed_demo_load_leaves_the_whole_demo_or_nothing(database_url):
    command = ["demo", "--db", database_url]
    empty = _counts(database_url)
    assert empty["employees"] == 0
    outcomes = kill_at_moments(
        command, (("Collecting 360 feedback", 0.3), ("Saving", 0.0), ("Saving", 0.6)), database_url, _counts,
        lambda counts: all(counts[table] > empty[table] for table in TABLES if table != "kpis"))

    if outcomes[-1][2] == "nothing kept":  # the next start finds no people and loads it again
        finish(start_program(command))
    loaded = _counts(database_url)
    assert loaded["employees"] == 252 and loaded["cycles"] == 2
    assert integrity(database_url) == "ok"
