"""Display names of the domain's closed vocabularies, in the user's language."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from reviewer.vocabulary import KpiDirection, KpiKind, KpiUnit, Relationship, RequestStatus, ScoringRule

_NAMES = {
    KpiUnit.COUNT: QT_TRANSLATE_NOOP("vocabulary", "Count"),
    KpiUnit.PERCENT: QT_TRANSLATE_NOOP("vocabulary", "Percent"),
    KpiUnit.CURRENCY: QT_TRANSLATE_NOOP("vocabulary", "Currency"),
    KpiUnit.HOURS: QT_TRANSLATE_NOOP("vocabulary", "Hours"),
    KpiUnit.DAYS: QT_TRANSLATE_NOOP("vocabulary", "Days"),
    KpiUnit.SCORE: QT_TRANSLATE_NOOP("vocabulary", "Score"),
    KpiDirection.HIGHER_BETTER: QT_TRANSLATE_NOOP("vocabulary", "Higher is better"),
    KpiDirection.LOWER_BETTER: QT_TRANSLATE_NOOP("vocabulary", "Lower is better"),
    KpiDirection.TARGET_BAND: QT_TRANSLATE_NOOP("vocabulary", "Within a target band"),
    KpiKind.QUANTITATIVE: QT_TRANSLATE_NOOP("vocabulary", "Quantitative"),
    KpiKind.QUALITATIVE: QT_TRANSLATE_NOOP("vocabulary", "Qualitative"),
    ScoringRule.LINEAR: QT_TRANSLATE_NOOP("vocabulary", "In proportion to attainment"),
    ScoringRule.STEPS: QT_TRANSLATE_NOOP("vocabulary", "Points by attainment steps"),
    ScoringRule.BAND: QT_TRANSLATE_NOOP("vocabulary", "Full points inside the band"),
    Relationship.SELF: QT_TRANSLATE_NOOP("vocabulary", "Self"),
    Relationship.MANAGER: QT_TRANSLATE_NOOP("vocabulary", "Manager"),
    Relationship.PEER: QT_TRANSLATE_NOOP("vocabulary", "Peer"),
    Relationship.DIRECT_REPORT: QT_TRANSLATE_NOOP("vocabulary", "Direct report"),
    Relationship.CUSTOMER: QT_TRANSLATE_NOOP("vocabulary", "Customer"),
    RequestStatus.NOMINATED: QT_TRANSLATE_NOOP("vocabulary", "Nominated, awaiting approval"),
    RequestStatus.OPEN: QT_TRANSLATE_NOOP("vocabulary", "Not started"),
    RequestStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("vocabulary", "In progress"),
    RequestStatus.SUBMITTED: QT_TRANSLATE_NOOP("vocabulary", "Submitted"),
    RequestStatus.DECLINED: QT_TRANSLATE_NOOP("vocabulary", "Declined"),
    RequestStatus.CANCELLED: QT_TRANSLATE_NOOP("vocabulary", "Cancelled"),
}
# Rater groups as results name them: the relations plus the pooled group.
GROUP_NAMES = {
    "others": QT_TRANSLATE_NOOP("vocabulary", "Others (combined)"),
}


def name_of(value) -> str:
    return QCoreApplication.translate("vocabulary", _NAMES[value])


def group_name(group: str) -> str:
    """A rater group of a 360 result: self, manager, peer, direct_report, customer or others."""
    if group in GROUP_NAMES:
        return QCoreApplication.translate("vocabulary", GROUP_NAMES[group])
    return name_of(Relationship(group))
