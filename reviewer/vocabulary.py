"""The domain's closed vocabularies (units, directions, rater groups, stages...),
re-exported for the window: widgets name these values without importing db."""
from __future__ import annotations

from db.models import (
    AppraisalState,
    CycleStage,
    EvidenceKind,
    Frequency,
    KpiDirection,
    KpiKind,
    KpiUnit,
    QuestionKind,
    Relationship,
    RequestStatus,
    ScoringRule,
    SignerRole,
    UserRole,
)

__all__ = [
    "AppraisalState",
    "CycleStage",
    "EvidenceKind",
    "Frequency",
    "KpiDirection",
    "KpiKind",
    "KpiUnit",
    "QuestionKind",
    "Relationship",
    "RequestStatus",
    "ScoringRule",
    "SignerRole",
    "UserRole",
]
