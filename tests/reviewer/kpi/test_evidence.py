"""The evidence store: deduplicated, safe, bounded, and careful when removing."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from db.models import Cycle, Department, Employee, Frequency, Kpi, KpiDirection, KpiKind, KpiUnit, StoredFile, Target
from reviewer.kpi import evidence
from reviewer.errors import ValidationError


@pytest.fixture
def targets(database):
    with database.session() as session:
        dept = Department(name="销售部")
        session.add(dept)
        session.flush()
        person = Employee(employee_no="E1", name="王芳", department_id=dept.id)
        cycle = Cycle(name="2026 H1", period_start=date(2026, 1, 1), period_end=date(2026, 6, 30),
                      frequency=Frequency.HALF_YEAR)
        kpis = [Kpi(code=f"K{n}", name=f"KPI {n}", unit=KpiUnit.COUNT, direction=KpiDirection.HIGHER_BETTER,
                    kind=KpiKind.QUANTITATIVE, category="Sales") for n in (1, 2)]
        session.add_all([person, cycle, *kpis])
        session.flush()
        rows = [Target(cycle_id=cycle.id, employee_id=person.id, kpi_id=k.id, target_value=10, weight=50) for k in kpis]
        session.add_all(rows)
        session.flush()
        return [t.id for t in rows]


def stored_files_on_disk() -> list:
    root = evidence.store_root()
    return [p for p in root.rglob("*") if p.is_file() and not p.name.startswith(".")] if root.exists() else []


def test_the_same_file_attached_twice_is_stored_once(database, targets, tmp_path):
    contract = tmp_path / "合同.pdf"
    contract.write_bytes(b"%PDF-1.4 signed contract " * 100)
    copy = tmp_path / "copy of contract.pdf"
    copy.write_bytes(contract.read_bytes())
    with database.session() as session:
        first = evidence.attach_file(session, targets[0], contract)
        second = evidence.attach_file(session, targets[1], copy)
        assert first.file_sha256 == second.file_sha256
        assert session.scalar(select(func.count()).select_from(StoredFile)) == 1
        names = [item.title for item in evidence.list_evidence(session, targets[0])]
    assert names == ["合同.pdf"]
    assert [p.name for p in stored_files_on_disk()].count(first.file_sha256) == 1


@pytest.mark.parametrize("given, shown", [
    ("../../etc/passwd", "passwd"),
    ("C:\\Users\\hr\\业绩证明.xlsx", "业绩证明.xlsx"),
    ("bad\x00na\x07me.pdf", "badname.pdf"),
    ("invoice\u202efdp.exe", "invoicefdp.exe"),  # no right-to-left override disguising the ending
    ("  ...hidden  ", "hidden"),
    ("\x01\x02", "attachment"),
])
def test_unsafe_names_are_made_safe(given, shown):
    assert evidence.safe_display_name(given) == shown


def test_a_very_long_name_keeps_its_ending():
    name = evidence.safe_display_name("报" * 500 + ".xlsx")
    assert len(name) <= evidence.MAX_NAME_LENGTH and name.endswith(".xlsx")


def test_a_file_over_the_limit_is_refused_with_a_clear_message(database, targets, tmp_path, monkeypatch):
    monkeypatch.setattr(evidence, "MAX_EVIDENCE_BYTES", 1024)
    big = tmp_path / "录音.wav"
    big.write_bytes(b"x" * 2048)
    with database.session() as session:
        with pytest.raises(ValidationError, match="larger than .* the limit"):
            evidence.attach_file(session, targets[0], big)
        assert session.scalar(select(func.count()).select_from(StoredFile)) == 0


def test_removing_one_attachment_keeps_a_file_another_record_uses(database, targets, tmp_path):
    path = tmp_path / "report.xlsx"
    path.write_bytes(b"numbers" * 50)
    with database.session() as session:
        first = evidence.attach_file(session, targets[0], path).id
        second = evidence.attach_file(session, targets[1], path).id
    with database.session() as session:
        evidence.remove_evidence(session, first)
    assert len(stored_files_on_disk()) == 1
    with database.session() as session:
        evidence.remove_evidence(session, second)
        assert len(stored_files_on_disk()) == 1  # not before the commit
    assert stored_files_on_disk() == []


def test_a_rolled_back_removal_keeps_the_file(database, targets, tmp_path):
    path = tmp_path / "proof.png"
    path.write_bytes(b"\x89PNG" + b"0" * 100)
    with database.session() as session:
        only = evidence.attach_file(session, targets[0], path).id
    with pytest.raises(RuntimeError):
        with database.session() as session:
            evidence.remove_evidence(session, only)
            raise RuntimeError("something else failed")
    assert len(stored_files_on_disk()) == 1


def test_notes_and_links(database, targets):
    with database.session() as session:
        evidence.attach_note(session, targets[0], "客户确认函已收到")
        evidence.attach_link(session, targets[0], "https://crm.example.com/deal/42")
        with pytest.raises(ValidationError):
            evidence.attach_link(session, targets[0], "javascript:alert(1)")
        kinds = [item.kind.value for item in evidence.list_evidence(session, targets[0])]
    assert kinds == ["note", "link"]


def test_an_altered_stored_file_is_detected_on_export(database, targets, tmp_path):
    path = tmp_path / "proof.txt"
    path.write_text("original")
    with database.session() as session:
        item = evidence.attach_file(session, targets[0], path)
        evidence.stored_path(item.file_sha256).write_text("tampered")
        with pytest.raises(ValidationError, match="altered"):
            evidence.export_file(session, item.id, tmp_path)
