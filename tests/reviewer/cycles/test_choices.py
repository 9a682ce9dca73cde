"""Which cycle a page opens on, and when a cycle is read-only: decided by the service."""
from __future__ import annotations

from dataclasses import replace

from reviewer.access import Actor
from reviewer.cycles.choices import cycle_choices, newest_running, newest_with_appraisals
from reviewer.vocabulary import CycleStage, UserRole
from reviewer.workstation import Workstation

AUDITOR = Actor(99, "audit", "审计员", UserRole.AUDITOR)


def test_appraisals_open_on_the_newest_cycle_that_has_them(demo_database):
    choices = Workstation(demo_database).call(cycle_choices)
    assert [c.name for c in choices] == ["2026 H2", "2026 H1"]
    assert choices[0].appraisals > 0 and choices[1].appraisals > 0  # the demo's open cycle has its appraisals
    assert newest_with_appraisals(choices).name == "2026 H2"
    assert newest_with_appraisals([replace(choices[0], appraisals=0), choices[1]]).name == "2026 H1"
    assert newest_running(choices).name == "2026 H2"
    assert newest_with_appraisals([]) is None


def test_a_closed_cycle_is_read_only_and_says_why(demo_database):
    by_name = {c.name: c for c in Workstation(demo_database).call(cycle_choices)}
    closed, running = by_name["2026 H1"], by_name["2026 H2"]
    assert closed.stage == CycleStage.CLOSED and closed.read_only
    assert (closed.read_only_code, closed.read_only_params) == ("cycle_read_only", {"cycle": "2026 H1"})
    assert not running.read_only


def test_an_auditor_finds_every_cycle_read_only(demo_database):
    choices = Workstation(demo_database, AUDITOR).call(cycle_choices)
    assert all(c.read_only_code == "auditor_reads_only" for c in choices)
