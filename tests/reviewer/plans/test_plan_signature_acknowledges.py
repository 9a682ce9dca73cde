"""The employee's signature on a plan PDF is their acknowledgement (issue 17, item 6): signing
a version not yet acknowledged records the acknowledgement (with the same "I disagree" and
comment, the plan active on the first) in the same unit of work; a version acknowledged
already gets only the signature; "I disagree" without a comment is refused before anything
is signed, as acknowledge_plan refuses it."""
from __future__ import annotations

from types import SimpleNamespace

import pytest
from sqlalchemy import func, select

from db.models import AppUser, ImprovementPlan, PlanAcknowledgement, PlanSignatureRecord, PlanStatus, UserRole
from reviewer.errors import ValidationError
from reviewer.plans.lifecycle import acknowledge_plan, approve_plan
from reviewer.plans.reading import plan_view
from reviewer.plans.signing import prepare_plan_signature, sign_plan, write_plan_pdf

from .company import build_plans_company
from .test_lifecycle import NOON, START, act, drafted
from .test_plan_pdf import PASSWORD, _identities

COMMENT = "The targets ignore the market drop in March."


@pytest.fixture
def approved_plan_pdf(database, tmp_path):
    """A plan HR approved but the employee has not acknowledged, its PDF, an identity per signer."""
    with database.session() as session:
        company = build_plans_company(session)
    plan_id = drafted(database, company)
    path = tmp_path / "plan.pdf"
    with act(database) as session:
        approve_plan(session, plan_id, now=NOON)
        session.add(AppUser(username="hr", display_name="Mei Lan", role=UserRole.HR_ADMIN,
                            employee_id=company.ids["Mei Lan"]))
        session.flush()
        plan = session.get(ImprovementPlan, plan_id)
        identities = _identities(session, {"manager": plan.owner_id, "employee": plan.employee_id,
                                           "hr": company.ids["Mei Lan"], "other": company.ids["Ann Smith"]})
        write_plan_pdf(session, plan_id, path, "en")
        ids = {role: identity.id for role, identity in identities.items()}
    return SimpleNamespace(database=database, plan_id=plan_id, path=path, identities=ids)


def _sign(plan, role, **kwargs):
    with act(plan.database) as session:
        sign_plan(session, plan.path, role, plan.identities[role], PASSWORD, **kwargs)


def test_the_employee_signature_records_the_acknowledgement_of_that_version(approved_plan_pdf):
    plan = approved_plan_pdf
    _sign(plan, "manager")
    with act(plan.database) as session:
        assert plan_view(session, plan.plan_id, today=START).row.stage == "awaiting_acknowledgement"
    _sign(plan, "employee", disagrees=True, comment=COMMENT)
    with act(plan.database) as session:
        view = plan_view(session, plan.plan_id, today=START)
        assert view.row.stage == "active" and view.row.acknowledged_version == 1
        assert [(a.version, a.disagrees, a.comment) for a in view.acknowledgements] == [(1, True, COMMENT)]
        acknowledged = [e for e in view.events if e.kind == "acknowledged"]
        assert len(acknowledged) == 1 and acknowledged[0].reason == COMMENT
        record = session.scalar(select(PlanSignatureRecord).where(PlanSignatureRecord.role == "employee"))
        assert (record.disagrees, record.comment) == (True, COMMENT)
        assert session.get(ImprovementPlan, plan.plan_id).status == PlanStatus.ACTIVE
    _sign(plan, "hr")
    with act(plan.database) as session:
        assert session.scalar(select(func.count(PlanAcknowledgement.id))) == 1


def test_a_version_acknowledged_already_gets_only_the_signature(approved_plan_pdf):
    plan = approved_plan_pdf
    with act(plan.database) as session:
        acknowledge_plan(session, plan.plan_id, now=NOON)
    _sign(plan, "manager")
    _sign(plan, "employee", disagrees=True, comment=COMMENT)
    with act(plan.database) as session:
        view = plan_view(session, plan.plan_id, today=START)
        assert [(a.version, a.disagrees, a.comment) for a in view.acknowledgements] == [(1, False, None)]
        assert [e.kind for e in view.events].count("acknowledged") == 1
        assert session.scalar(select(PlanSignatureRecord.disagrees).where(PlanSignatureRecord.role == "employee"))


def test_disagreeing_without_a_comment_is_refused_and_nothing_is_signed(approved_plan_pdf):
    plan = approved_plan_pdf
    _sign(plan, "manager")
    before = plan.path.read_bytes()
    with act(plan.database) as session:
        with pytest.raises(ValidationError) as early:
            prepare_plan_signature(session, plan.path, "employee", disagrees=True, comment="  ")
    assert early.value.problems[0].field == "comment"
    with pytest.raises(ValidationError) as refused:
        _sign(plan, "employee", disagrees=True, comment=None)
    assert refused.value.problems[0].code == "plan_field_required"
    assert plan.path.read_bytes() == before
    with act(plan.database) as session:
        assert session.scalar(select(func.count(PlanAcknowledgement.id))) == 0
        assert session.scalar(select(func.count(PlanSignatureRecord.id))) == 1
