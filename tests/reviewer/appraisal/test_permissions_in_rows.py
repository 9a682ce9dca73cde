"""Who may correct an appraisal and which identities may sign: answered by the services."""
from __future__ import annotations

from reviewer.access import Actor
from reviewer.appraisal.identities import create_company_ca, signing_identities
from reviewer.appraisal.listing import appraisal_rows
from reviewer.cycles.choices import cycle_choices
from reviewer.vocabulary import CycleStage, UserRole
from reviewer.workstation import Workstation


def test_an_unsigned_appraisal_cannot_be_corrected_and_the_row_says_why(demo_database):
    workstation = Workstation(demo_database)
    closed = next(c for c in workstation.call(cycle_choices) if c.stage == CycleStage.CLOSED)
    rows = workstation.call(appraisal_rows, closed.id)
    assert rows and all(not r.signed_roles and not r.can_correct for r in rows)
    assert {r.correct_refusal_code for r in rows} == {"appraisal_not_signed"}
    auditor = Workstation(demo_database, Actor(9, "a", "Auditor", UserRole.AUDITOR))
    assert {r.correct_refusal_code for r in auditor.call(appraisal_rows, closed.id)} == {"auditor_reads_only"}


def test_signed_appraisals_can_be_corrected(signed_appraisal):
    workstation = Workstation(signed_appraisal.database)
    closed = next(c for c in workstation.call(cycle_choices) if c.stage == CycleStage.CLOSED)
    row = next(r for r in workstation.call(appraisal_rows, closed.id) if r.signed_roles)
    assert row.can_correct and row.correct_refusal_code is None


def test_a_company_ca_never_signs_an_appraisal(demo_database):
    workstation = Workstation(demo_database)
    workstation.call(create_company_ca, "华信商贸", "correct horse 42")
    assert workstation.call(signing_identities) == []
