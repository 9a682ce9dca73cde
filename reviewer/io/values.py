"""Turning spreadsheet cells into domain values, with messages a user can act on."""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

EXCEL_EPOCH = date(1899, 12, 30)  # Excel's day 0, allowing for its 1900 leap-year bug
_DATE_PATTERNS = (
    re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$"),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
)


class CellError(ValueError):
    """A cell that cannot be used, as a problem code (reviewer.messages) and its details."""

    def __init__(self, code: str, **params):
        from ..messages import render

        super().__init__(render(code, params))
        self.code, self.params = code, params


def as_text(value: Any) -> str | None:
    """A cell as text; whole numbers lose Excel's '.0' (an employee number 10001.0)."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, (datetime, date)):
        value = value.date().isoformat() if isinstance(value, datetime) else value.isoformat()
    text = str(value).strip()
    return text or None


def as_date(value: Any) -> date | None:
    """A date from a date cell, an Excel serial number, or text such as 2024-03-01,
    2024/3/1, 2024.3.1, 2024年3月1日 or 20240301."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 1 <= value < 2958466:  # Excel's range of serial dates
            return EXCEL_EPOCH + timedelta(days=int(value))
        raise CellError("not_a_date", value=value)
    text = str(value).strip()
    if len(text) == 10 and text[4] == "-":
        try:
            return date.fromisoformat(text)  # the common case, in C
        except ValueError:
            pass  # fall through for a precise message
    for pattern in _DATE_PATTERNS:
        match = pattern.match(text)
        if match:
            year, month, day = (int(part) for part in match.groups())
            try:
                return date(year, month, day)
            except ValueError:
                raise CellError("no_such_date", value=text, day=day, month=month, year=year) from None
    raise CellError("not_a_date", value=text)
