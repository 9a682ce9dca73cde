"""Dates, durations and figures as the user's language writes them."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale


def is_chinese() -> bool:
    return QLocale().language() == QLocale.Language.Chinese


def format_date(value: date | None) -> str:
    """2026-11-23 in English, 2026年11月23日 in Chinese; empty for no date."""
    if value is None:
        return ""
    if is_chinese():
        return f"{value.year}年{value.month}月{value.day}日"
    return value.isoformat()


def format_number(value: float | None, empty: str = "—") -> str:
    """A figure with at most two decimals and no trailing zeros: 116.67, 80, 1,250.5
    (never 116.666667 or 1.25e+06)."""
    if value is None:
        return empty
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def format_tenure(months: int) -> str:
    years, rest = divmod(months, 12)
    if years and rest:
        return QCoreApplication.translate("format", "%1 yr %2 mo").replace("%1", str(years)).replace("%2", str(rest))
    if years:
        return QCoreApplication.translate("format", "%1 yr").replace("%1", str(years))
    return QCoreApplication.translate("format", "%1 mo").replace("%1", str(rest))


def localized(english: str | None, chinese: str | None) -> str:
    """The Chinese variant of a catalogue name when the UI is Chinese and one exists."""
    if is_chinese() and chinese:
        return chinese
    return english or chinese or ""
