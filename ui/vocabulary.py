"""Display names of the domain's closed vocabularies, in the user's language."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from reviewer.messages import term_word
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
}
# Rater groups and request statuses are named as messages name them (reviewer.messages.VOCABULARIES).
_TERMS = {Relationship: "rater_group", RequestStatus: "request_status"}


def name_of(value) -> str:
    vocabulary = _TERMS.get(type(value))
    if vocabulary:
        return term_word(vocabulary, value, QCoreApplication.translate)
    return QCoreApplication.translate("vocabulary", _NAMES[value])


def group_name(group: str) -> str:
    """A rater group of a 360 result: self, manager, peer, direct_report, customer or others."""
    return term_word("rater_group", group, QCoreApplication.translate)


def stage_name(stage) -> str:
    """A cycle stage (reviewer's CycleStage, a string enum) in the user's language."""
    return term_word("stage", stage, QCoreApplication.translate)


def frequency_name(value) -> str:
    """A cycle frequency (reviewer's Frequency, a string enum) in the user's language."""
    return term_word("frequency", value, QCoreApplication.translate)


def appraisal_state_name(state) -> str:
    """An appraisal's state (draft, released, signed …) in the user's language."""
    return term_word("appraisal_state", state, QCoreApplication.translate)
