"""The potential rating a manager gives in the manager review (the nine-box's second
axis): its three levels, what each means, and reading a level typed in English or
Chinese. The words travel as (English, Chinese) pairs, so a document written without
Qt (an export from the command line) says them in either language."""
from __future__ import annotations

from typing import Any

from db.models import POTENTIAL_LEVELS

from ..errors import ValidationError

# Lowest first, as the nine-box's axis runs.
LEVELS = POTENTIAL_LEVELS
LEVEL_NAMES: dict[str, tuple[str, str]] = {
    "low": ("Low", "低"),
    "medium": ("Medium", "中"),
    "high": ("High", "高"),
}
# Shown beside the choice, so every manager rates against the same yardstick.
LEVEL_DEFINITIONS: dict[str, tuple[str, str]] = {
    "high": ("Ready for a bigger role within a year: learns fast, already takes on work beyond the current role "
             "and lifts others.",
             "一年内可胜任更大的岗位：学习快，已在承担超出当前岗位的工作，并能带动他人。"),
    "medium": ("Can grow in the current role or move to a role of similar size in one to two years, with "
               "development.",
               "经过培养，可在当前岗位继续成长，或在一到两年内胜任规模相当的其他岗位。"),
    "low": ("Well placed in the current role; growth is expected in depth (skill, quality) rather than in scope.",
            "适合当前岗位；预期在专业深度（技能、质量）上成长，而非扩大职责范围。"),
}
# What may be typed for a level (an import cell, the command line): the code, the words, 高/中/低.
_SPELLINGS = {spelling.casefold(): level for level in LEVELS for spelling in (
    level, *LEVEL_NAMES[level], {"low": "低潜力", "medium": "中潜力", "high": "高潜力"}[level],
    {"low": "l", "medium": "m", "high": "h"}[level], {"low": "1", "medium": "2", "high": "3"}[level])}
_SPELLINGS["med"] = "medium"


def potential_level(value: Any) -> str | None:
    """The level code ('low' / 'medium' / 'high') for what was given; None for a blank.
    Refused with the levels to choose from when it is none of them."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    level = _SPELLINGS.get(str(value).strip().casefold())
    if level is None:
        raise ValidationError.coded("potential_unknown", value=str(value))
    return level


def level_name(level: str | None, language: str = "en") -> str:
    """'High' / '高' (empty for no level)."""
    if level is None:
        return ""
    english, chinese = LEVEL_NAMES[level]
    return chinese if language.startswith("zh") else english
