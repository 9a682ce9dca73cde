"""The rejected-rows report: each problem row with its reasons and original cells."""
from __future__ import annotations

from pathlib import Path

from ..errors import RowProblem
from ..messages import MAX_LISTED, shorten
from .limits import LIMITS
from .tables import Table
from .writers import write_table

MAX_CELL_CHARS = 1_000  # longer than any field a row can carry; a cell of megabytes is cut
MAX_COLUMNS = LIMITS.max_columns  # what a file may hold; a report never grows wider


def write_rejected_rows(path: str | Path, table: Table, problems: list[RowProblem]) -> Path:
    """Write .csv or .xlsx with Row, Problems, then the row as it was in the file
    (cells and columns cut to size, at most MAX_LISTED problems named per row)."""
    by_row: dict[int, list[str]] = {}
    for problem in problems:
        text = f"{problem.field_label}: {problem.message}" if problem.field else problem.message
        by_row.setdefault(problem.row or 0, []).append(text)
    rows = [[number, _problems_text(found), *_cells(table.rows[number - 2] if number >= 2 else [])]
            for number, found in sorted(by_row.items())]
    return write_table(path, ["Row", "Problems", *_cells(table.headers)], rows, title="Rejected")


def _problems_text(found: list[str]) -> str:
    text = "; ".join(found[:MAX_LISTED])
    return text if len(found) <= MAX_LISTED else f"{text}; … (+{len(found) - MAX_LISTED})"


def _cells(values: list) -> list:
    return [shorten(value, MAX_CELL_CHARS) if isinstance(value, str) else value for value in values[:MAX_COLUMNS]]
