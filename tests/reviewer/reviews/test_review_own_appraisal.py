"""Nobody reviews themselves: an HR profile linked to an employee is, for their own
appraisal, the person under review (no manager review of their own, no private note)."""
from __future__ import annotations

import pytest

from db.models import AppUser, CycleStage, UserRole
from reviewer.access import Actor
from reviewer.errors import PermissionDenied
from reviewer.reviews.manager_review import save_manager_review_field, save_proposed_band
from reviewer.reviews.sheet import review_sheet
from reviewer.workstation import Workstation

from .company import build_company


def _hr_who_is(company, number):
    with company.database.session() as session:
        user = AppUser(username="hr.chenjing", display_name="陈静 (HR)", role=UserRole.HR_ADMIN,
                       employee_id=company.ids[number])
        session.add(user)
        session.flush()
        actor = Actor(user.id, user.username, user.display_name, user.role, user.employee_id)
    return Workstation(company.database, actor)


def test_an_hr_profile_does_not_write_the_manager_review_of_its_own_appraisal(database):
    company = build_company(database, CycleStage.MANAGER_REVIEW)
    chen, own = _hr_who_is(company, "S004"), company.appraisals["S004"]
    for call, args in ((save_manager_review_field, (own, "strengths", "I am great")),
                       (save_manager_review_field, (own, "private_note", "promote me")),
                       (save_proposed_band, (own, "A"))):
        with pytest.raises(PermissionDenied) as refused:
            chen.call(call, *args)
        assert refused.value.code == "own_review_confidential"
    part = chen.call(review_sheet, own).manager_review
    assert not part.can_edit and part.read_only_code == "own_review_confidential"
    # Someone else's appraisal is still HR's to write.
    chen.call(save_manager_review_field, company.appraisals["S003"], "strengths", "from HR")


def test_an_hr_profile_never_reads_the_private_note_on_its_own_appraisal(database):
    company = build_company(database, CycleStage.MANAGER_REVIEW)
    own = company.appraisals["S004"]
    company.as_("lina").call(save_manager_review_field, own, "private_note", "Flight risk; discuss pay")
    part = _hr_who_is(company, "S004").call(review_sheet, own).manager_review
    assert part.private_note is None and not part.private_note_readable
    assert company.as_("hr").call(review_sheet, own).manager_review.private_note == "Flight risk; discuss pay"
