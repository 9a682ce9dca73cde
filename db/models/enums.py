"""Closed vocabularies of the domain, stored as their string values."""
from __future__ import annotations

from enum import StrEnum


class UserRole(StrEnum):
    HR_ADMIN = "hr_admin"  # everything
    MANAGER = "manager"  # their reporting line below them
    AUDITOR = "auditor"  # reads everything, changes nothing


class KpiUnit(StrEnum):
    COUNT = "count"
    PERCENT = "percent"
    CURRENCY = "currency"
    HOURS = "hours"
    DAYS = "days"
    SCORE = "score"


class KpiDirection(StrEnum):
    HIGHER_BETTER = "higher_better"
    LOWER_BETTER = "lower_better"
    TARGET_BAND = "target_band"


class KpiKind(StrEnum):
    QUANTITATIVE = "quantitative"
    QUALITATIVE = "qualitative"


class ScoringRule(StrEnum):
    LINEAR = "linear"  # attainment clamped between floor and cap
    STEPS = "steps"  # attainment thresholds mapped to points
    BAND = "band"  # full points inside [band_low, band_high]


class Frequency(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    HALF_YEAR = "half_year"
    YEAR = "year"


class CycleStage(StrEnum):
    DRAFT = "draft"
    GOAL_SETTING = "goal_setting"
    SELF_REVIEW_360 = "self_review_360"
    MANAGER_REVIEW = "manager_review"
    CALIBRATION = "calibration"
    SIGN_OFF = "sign_off"
    CLOSED = "closed"


class QuestionKind(StrEnum):
    RATING = "rating"
    TEXT = "text"


class Relationship(StrEnum):
    SELF = "self"
    MANAGER = "manager"
    PEER = "peer"
    DIRECT_REPORT = "direct_report"
    CUSTOMER = "customer"


class RequestStatus(StrEnum):
    NOMINATED = "nominated"  # proposed by a manager, awaiting HR approval
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    SUBMITTED = "submitted"
    DECLINED = "declined"
    CANCELLED = "cancelled"


class EvidenceKind(StrEnum):
    FILE = "file"
    NOTE = "note"
    LINK = "link"


class AppraisalState(StrEnum):
    DRAFT = "draft"
    MANAGER_REVIEW = "manager_review"
    CALIBRATED = "calibrated"
    RELEASED = "released"
    SIGNED = "signed"
    SUPERSEDED = "superseded"


class RootCause(StrEnum):
    SKILLS = "skills"
    PROCESS = "process"
    MARKET = "market"
    OTHER = "other"


class PlanStatus(StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    EXTENDED = "extended"
    CLOSED = "closed"


class PlanOutcome(StrEnum):
    SUCCESS = "success"
    EXTENDED = "extended"
    TRANSFERRED = "transferred"
    TERMINATED = "terminated"


class GoalHorizon(StrEnum):
    SHORT_TERM = "short_term"  # about a month
    LONG_TERM = "long_term"  # about a quarter


class GoalStatus(StrEnum):
    OPEN = "open"
    MET = "met"
    MISSED = "missed"


class ActionKind(StrEnum):
    TRAINING = "training"
    MENTORING = "mentoring"
    COURSE = "course"
    OTHER = "other"


class SignerRole(StrEnum):
    MANAGER = "manager"
    EMPLOYEE = "employee"
    HR = "hr"
