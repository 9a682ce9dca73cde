"""How much of a spreadsheet the program agrees to read.

A file may claim anything about itself; these limits are checked against what is
actually read, as it is read, so a hostile or broken file is refused in seconds and
without gigabytes of memory. Real rosters and results sheets stay far below them.
"""
from __future__ import annotations

from dataclasses import dataclass

EXCEL_MAX_ROWS = 1_048_576  # a row number beyond Excel's own last row means a damaged file
EXCEL_MAX_COLUMNS = 16_384  # column XFD


@dataclass(frozen=True)
class Limits:
    max_rows: int = 200_000  # rows of data, not counting the header
    max_columns: int = 200  # columns holding a value
    max_cells: int = 1_500_000  # cells read (an XLSX's cell entries, a CSV's fields); read in < 10 s
    max_unpacked_bytes: int = 200 * 1024 * 1024  # an XLSX's parts together, unpacked
    max_part_bytes: int = 100 * 1024 * 1024  # the sheet read, and the shared texts, each unpacked
    max_structure_part_bytes: int = 20 * 1024 * 1024  # workbook, styles, relations: parsed whole
    max_compression_ratio: int = 300  # a part over 1 MB unpacked and packed tighter is a zip bomb (real sheets: 5-100)
    max_line_chars: int = 1_000_000  # one line of a CSV file


LIMITS = Limits()
