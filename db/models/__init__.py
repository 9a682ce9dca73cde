"""Every table of the domain, importable from one place."""
from .appraisals import Appraisal, AppraisalTargetReview, AuditEvent, CalibrationAdjustment, SignatureRecord, SigningCertificate
from .base import Base, utcnow
from .calibration import (
    POTENTIAL_LEVELS,
    SCOPE_KINDS,
    CalibrationCode,
    CalibrationMember,
    CalibrationParticipant,
    CalibrationSession,
    PositionRanking,
)
from .cycles import MAX_SCORE, Cycle, CycleParticipant, CycleStageEvent, RatingBand
from .enums import *  # noqa: F401,F403 - the vocabularies belong to the model API
from .feedback import (
    Answer,
    Competency,
    ExternalRater,
    FeedbackRequest,
    FormQuestion,
    FormSection,
    FormTemplate,
    QuestionAnchor,
    RaterScore,
)
from .goals import CycleGoal
from .kpis import Actual, Evidence, Kpi, KpiTemplate, KpiTemplateItem, StoredFile, Target
from .organisation import AppSetting, AppUser, Department, Employee, Position
from .plans import (
    ImprovementPlan,
    PlanAcknowledgement,
    PlanAction,
    PlanCheckIn,
    PlanCheckInGoal,
    PlanEvent,
    PlanGoal,
    PlanGoalRevision,
    PlanSignatureRecord,
    PlanWarning,
)
