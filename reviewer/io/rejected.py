"""The rejected-rows report: each problem row with its reasons and original cells."""
from __future__ import annotations

from pathlib import Path

from ..errors import RowProblem
from .tables import Table
from .writers import write_table


def write_rejected_rows(path: str | Path, table: Table, problems: list[RowProblem]) -> Path:
    """Write .csv or .xlsx with Row, Problems, then the row as it was in the file."""
    by_row: dict[int, list[str]] = {}
    for problem in problems:
        text = f"{problem.field_label}: {problem.message}" if problem.field else problem.message
        by_row.setdefault(problem.row or 0, []).append(text)
    rows = [[number, "; ".join(found), *(table.rows[number - 2] if number >= 2 else [])]
            for number, found in sorted(by_row.items())]
    return write_table(path, ["Row", "Problems", *table.headers], rows, title="Rejected")
