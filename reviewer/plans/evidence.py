"""Evidence for a plan's check-ins: the person's target evidence a check-in may link
(listed newest first, a bounded number), new files, notes and links attached to a
check-in itself, and a check-in's file copied out to open or keep. Files go through the
evidence store (reviewer/kpi/evidence.py), so each content is stored once."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Cycle, Evidence, EvidenceKind, Kpi, PlanCheckIn, StoredFile, Target

from ..access import acting
from ..errors import NotFound, ValidationError
from ..kpi.evidence import checked_link, copy_out, safe_display_name, store_file
from .guard import clean_text, plan_to_change, readable_plan

MAX_CHOICES = 200  # a check-in links a few recent items; older ones stay on the KPI page
KINDS = tuple(kind.value for kind in EvidenceKind)


@dataclass(frozen=True)
class EvidenceChoice:
    """One piece of the person's target evidence a check-in may link."""
    id: int
    kind: str  # file, note or link
    title: str  # the file's name, the note's text or the link
    kpi_code: str  # the KPI it supports
    kpi_name: str
    kpi_name_zh: str | None
    cycle: str | None
    added_at: datetime
    size_bytes: int | None


@dataclass(frozen=True)
class EvidenceChoices:
    items: tuple[EvidenceChoice, ...]  # newest first
    more: bool  # older evidence exists beyond the bound


@dataclass(frozen=True)
class NewEvidence:
    """Evidence to attach to a check-in: a file (``value`` is its path), a note (its text)
    or a link (its address)."""
    kind: str
    value: str


def evidence_to_choose(session: Session, plan_id: int, *, limit: int = MAX_CHOICES) -> EvidenceChoices:
    """The evidence on the plan's person's targets, newest first, at most ``limit`` items;
    only for someone the acting user may review."""
    plan = readable_plan(session, plan_id)
    limit = max(1, min(int(limit), MAX_CHOICES))
    rows = session.execute(
        select(Evidence, Kpi.code, Kpi.name, Kpi.name_zh, Cycle.name, StoredFile.size_bytes)
        .join(Target, Target.id == Evidence.target_id)
        .join(Kpi, Kpi.id == Target.kpi_id)
        .outerjoin(Cycle, Cycle.id == Target.cycle_id)
        .outerjoin(StoredFile, StoredFile.sha256 == Evidence.file_sha256)
        .where(Target.employee_id == plan.employee_id)
        .order_by(Evidence.added_at.desc(), Evidence.id.desc())
        .limit(limit + 1)).all()
    items = tuple(
        EvidenceChoice(item.id, item.kind.value, item.original_name or item.note or item.url or "", code, name,
                       name_zh, cycle, item.added_at, size)
        for item, code, name, name_zh, cycle, size in rows[:limit])
    return EvidenceChoices(items, len(rows) > limit)


def _checked(item: NewEvidence) -> NewEvidence:
    """Refuse what cannot be attached before anything is written."""
    if not isinstance(item, NewEvidence) or item.kind not in KINDS:
        raise ValidationError.coded("plan_evidence_kind_unknown", value=str(getattr(item, "kind", item)))
    if item.kind == EvidenceKind.NOTE.value:
        return NewEvidence(item.kind, clean_text(item.value, "note", required=True))
    if item.kind == EvidenceKind.LINK.value:
        return NewEvidence(item.kind, checked_link(item.value))
    if not Path(item.value or "").is_file():
        raise ValidationError.coded("no_file", path=str(item.value or ""))
    return item


def attach_new(session: Session, check_in: PlanCheckIn, items) -> list[int]:
    """Attach new evidence to a check-in whose plan the caller has locked and checked
    (record_check_in and ``attach_to_check_in``); every item is checked first."""
    checked = [_checked(item) for item in items]
    added_by = acting(session).user_id
    rows = []
    for item in checked:
        if item.kind == EvidenceKind.FILE.value:
            sha256, name = store_file(session, item.value)
            row = Evidence(kind=EvidenceKind.FILE, check_in_id=check_in.id, file_sha256=sha256, original_name=name,
                           added_by_id=added_by)
        elif item.kind == EvidenceKind.NOTE.value:
            row = Evidence(kind=EvidenceKind.NOTE, check_in_id=check_in.id, note=item.value, added_by_id=added_by)
        else:
            row = Evidence(kind=EvidenceKind.LINK, check_in_id=check_in.id, url=item.value, added_by_id=added_by)
        session.add(row)
        rows.append(row)
    session.flush()
    return [row.id for row in rows]


def attach_to_check_in(session: Session, check_in_id: int, *items: NewEvidence) -> list[int]:
    """Attach new files, notes or links to a recorded check-in; refused when the plan is
    closed or its person is outside the acting user's line."""
    check_in = session.get(PlanCheckIn, check_in_id)
    if check_in is None:
        raise NotFound.coded("check_in_unknown", id=check_in_id)
    plan_to_change(session, check_in.plan_id)
    return attach_new(session, check_in, items)


def export_check_in_file(session: Session, evidence_id: int, destination: str | Path) -> Path:
    """Copy a check-in's file out, as target evidence is exported: into ``destination``
    under its (safe) name when that is a folder, else to that path; the stored copy is
    checked against its SHA-256 first. Anyone who may read the plan may do this."""
    evidence = session.get(Evidence, evidence_id)
    if evidence is None or evidence.check_in_id is None or evidence.file_sha256 is None:
        raise NotFound.coded("file_evidence_unknown", id=evidence_id)
    readable_plan(session, session.get(PlanCheckIn, evidence.check_in_id).plan_id)
    destination = Path(destination)
    if destination.is_dir():
        destination = destination / safe_display_name(evidence.original_name)
    return copy_out(evidence, destination)
