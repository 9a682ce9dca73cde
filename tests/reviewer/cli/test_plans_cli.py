"""A plan's document on the command line (issue 17, items 6 and 8): `plans pdf` writes it,
`plans sign` signs it as manager, employee (disagreeing, with a comment) and HR, and
`verify` calls the result valid (exit 0) and an edited copy not (exit 1); a signature out of
order or on another plan's file is refused with a message, exit 1, nothing recorded."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from db.models import Employee, PlanSignatureRecord
from reviewer.appraisal.identities import create_company_ca, create_identity
from reviewer.cli.runner import run
from tests.reviewer.plans.plan_document_company import complete_demo_plan, plan_people

PASSWORD = "correct horse 42"


@pytest.fixture
def demo_plan(demo_database, tmp_path, monkeypatch):
    with demo_database.session() as session:
        plan_id = complete_demo_plan(session)
        people = plan_people(session, plan_id)
        create_company_ca(session, "华信商贸", PASSWORD)
        numbers = {}
        for role in ("manager", "employee", "hr"):
            create_identity(session, f"{role} 签名", PASSWORD, people[role], ca_password=PASSWORD)
            numbers[role] = session.get(Employee, people[role]).employee_no
    monkeypatch.setenv("APPRAISAL_SIGNING_PASSWORD", PASSWORD)
    return plan_id, str(tmp_path / "demo.sqlite3"), numbers


def _run(capsys, *argv, expect=0):
    code = run(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err, err
    assert code == expect, f"{argv} -> {code}\n{out}\n{err}"
    return out, err


def test_a_plan_written_signed_three_times_and_verified(demo_plan, tmp_path, capsys):
    plan_id, db, numbers = demo_plan
    path = tmp_path / "计划.pdf"
    out, _ = _run(capsys, "plans", "pdf", "--plan", str(plan_id), "--out", str(path), "--language", "zh", "--db", db,
                  "--json")
    assert json.loads(out)["version"] == 1 and path.is_file()
    sign = ["plans", "sign", "--plan", str(plan_id), "--file", str(path), "--language", "zh", "--db", db]
    _, err = _run(capsys, *sign, "--as", "employee", expect=1)  # the manager signs first
    assert "the next signer is Manager, not Employee" in err
    _run(capsys, "plans", "sign", "--plan", str(plan_id + 1), "--file", str(path), "--as", "manager", "--db", db,
         expect=1)
    _run(capsys, *sign, "--as", "manager")
    _run(capsys, *sign, "--as", "employee", "--disagree", "--comment", "目标 3 的期限过短。")
    copy = tmp_path / "copy.pdf"
    out, _ = _run(capsys, *sign, "--as", "hr", "--identity", numbers["hr"], "--out", str(copy), "--json")
    assert json.loads(out)["next_role"] is None and copy.read_bytes() == path.read_bytes()

    out, _ = _run(capsys, "verify", str(path), "--db", db, "--json")
    [result] = json.loads(out)["documents"]
    assert result["valid"] and result["kind"] == "plan" and result["plan_id"] == plan_id
    assert [s["role"] for s in result["signatures"]] == ["manager", "employee", "hr"]
    assert "目标 3 的期限过短。" in result["signatures"][1]["statement"]
    out, _ = _run(capsys, "verify", str(path), "--db", db)
    assert f"This is the document of plan {plan_id}, version 1." in out

    edited = tmp_path / "edited.pdf"
    edited.write_bytes(path.read_bytes() + b"\n% appended after the last signature\n")
    out, _ = _run(capsys, "verify", str(edited), "--db", db, expect=1)
    assert "Do not rely on this document" in out


def test_a_refused_signature_records_nothing(demo_plan, demo_database, tmp_path, capsys):
    plan_id, db, numbers = demo_plan
    path = tmp_path / "plan.pdf"
    _run(capsys, "plans", "pdf", "--plan", str(plan_id), "--out", str(path), "--db", db)
    _, err = _run(capsys, "plans", "sign", "--plan", str(plan_id), "--file", str(path), "--as", "manager",
                  "--identity", numbers["employee"], "--db", db, expect=1)
    assert "cannot sign as manager" in err
    _, err = _run(capsys, "plans", "sign", "--plan", str(plan_id), "--file", str(tmp_path / "none.pdf"),
                  "--as", "manager", "--db", db, expect=1)
    _, err = _run(capsys, "plans", "pdf", "--plan", "999", "--out", str(path), "--db", db, expect=1)
    assert "There is no plan 999" in err
    with demo_database.session() as session:
        assert session.scalar(select(PlanSignatureRecord.id)) is None
