"""A plan's closed vocabularies (stage, health, kind, outcome, goal state...) in the user's language."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_WORDS = {
    "stage": {
        "draft": QT_TRANSLATE_NOOP("plans", "Draft"),
        "awaiting_acknowledgement": QT_TRANSLATE_NOOP("plans", "Awaiting acknowledgement"),
        "active": QT_TRANSLATE_NOOP("plans", "Active"),
        "extended": QT_TRANSLATE_NOOP("plans", "Extended"),
        "closed": QT_TRANSLATE_NOOP("plans", "Closed"),
    },
    "health": {
        "on_track": QT_TRANSLATE_NOOP("plans", "On track"),
        "at_risk": QT_TRANSLATE_NOOP("plans", "At risk"),
        "not_checked": QT_TRANSLATE_NOOP("plans", "Not checked yet"),
    },
    "goal_state": {
        "on_track": QT_TRANSLATE_NOOP("plans", "On track"),
        "at_risk": QT_TRANSLATE_NOOP("plans", "At risk"),
        "off_track": QT_TRANSLATE_NOOP("plans", "Off track"),
    },
    "goal_status": {
        "open": QT_TRANSLATE_NOOP("plans", "Open"),
        "met": QT_TRANSLATE_NOOP("plans", "Met"),
        "missed": QT_TRANSLATE_NOOP("plans", "Missed"),
    },
    "kind": {
        "improvement": QT_TRANSLATE_NOOP("plans", "Improvement"),
        "development": QT_TRANSLATE_NOOP("plans", "Development"),
    },
    "source": {
        "appraisal": QT_TRANSLATE_NOOP("plans", "From an appraisal"),
        "alert": QT_TRANSLATE_NOOP("plans", "From a KPI alert"),
        "scratch": QT_TRANSLATE_NOOP("plans", "From scratch"),
    },
    "outcome": {
        "success": QT_TRANSLATE_NOOP("plans", "Succeeded"),
        "extended": QT_TRANSLATE_NOOP("plans", "Extended"),
        "transferred": QT_TRANSLATE_NOOP("plans", "Transferred"),
        "terminated": QT_TRANSLATE_NOOP("plans", "Ended"),
    },
    "horizon": {
        "short_term": QT_TRANSLATE_NOOP("plans", "Short-term"),
        "long_term": QT_TRANSLATE_NOOP("plans", "Long-term"),
    },
    "action_kind": {
        "training": QT_TRANSLATE_NOOP("plans", "Training"),
        "mentoring": QT_TRANSLATE_NOOP("plans", "Mentoring"),
        "course": QT_TRANSLATE_NOOP("plans", "Course"),
        "other": QT_TRANSLATE_NOOP("plans", "Other"),
    },
    "event": {
        "approved": QT_TRANSLATE_NOOP("plans", "Approved"),
        "acknowledged": QT_TRANSLATE_NOOP("plans", "Acknowledged"),
        "extended": QT_TRANSLATE_NOOP("plans", "Extended"),
        "closed": QT_TRANSLATE_NOOP("plans", "Closed"),
        "goals_changed": QT_TRANSLATE_NOOP("plans", "Goals changed"),
    },
    "root_cause": {
        "skills": QT_TRANSLATE_NOOP("plans", "Skills"),
        "process": QT_TRANSLATE_NOOP("plans", "Process"),
        "market": QT_TRANSLATE_NOOP("plans", "Market"),
        "other": QT_TRANSLATE_NOOP("plans", "Other"),
    },
    "evidence_kind": {
        "file": QT_TRANSLATE_NOOP("plans", "File"),
        "note": QT_TRANSLATE_NOOP("plans", "Note"),
        "link": QT_TRANSLATE_NOOP("plans", "Link"),
    },
    "note": {
        "warning": QT_TRANSLATE_NOOP("plans", "Warning"),
        "recognition": QT_TRANSLATE_NOOP("plans", "Recognition"),
    },
}

STAGES = tuple(_WORDS["stage"])
GOAL_STATES = tuple(_WORDS["goal_state"])
OUTCOMES = tuple(_WORDS["outcome"])
HORIZONS = tuple(_WORDS["horizon"])


def plan_word(vocabulary: str, value) -> str:
    """``value`` (a string or a string enum) of a plan vocabulary, translated; an unknown
    value shows as it is stored rather than failing."""
    key = getattr(value, "value", value)
    if key is None:
        return ""
    source = _WORDS[vocabulary].get(key)
    return QCoreApplication.translate("plans", source) if source else str(key)
