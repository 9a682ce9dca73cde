"""`main.py calibrate ninebox ...`: the nine-box of a cycle, a session or a department,
written as a picture (.png), a page (.pdf) or a workbook (.xlsx)."""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def add_ninebox_commands(calibrate_subparsers, common: argparse.ArgumentParser) -> None:
    """Add `ninebox` to the `calibrate` group."""
    ninebox = calibrate_subparsers.add_parser(
        "ninebox", parents=[common], help="performance against potential, three by three, as PNG, PDF or XLSX")
    ninebox.add_argument("--cycle", required=True, help="the cycle's name, e.g. '2026 H1'")
    ninebox.add_argument("--out", type=Path, required=True, metavar="FILE.png|.pdf|.xlsx",
                         help="the file to write; its ending says the format")
    ninebox.add_argument("--session", type=int, metavar="S",
                         help="only this calibration session's members (codes instead of names while a blind "
                              "session is open)")
    ninebox.add_argument("--department", help="only this department (and the ones under it): name or path A/B")
    ninebox.add_argument("--flip", action="store_true",
                         help="potential across and performance up (default: performance across)")
    ninebox.add_argument("--language", choices=["en", "zh"], default="en", help="language of the box names")
    ninebox.set_defaults(handler=run_ninebox)


def run_ninebox(args) -> tuple[dict[str, Any], str]:
    from ..calibration.ninebox import nine_box
    from ..calibration.ninebox_export import ENDINGS, write_ninebox
    from ..errors import ValidationError
    from ..io.exports import cycle_id_by_name
    from .pdf import _department_id
    from .runner import workstation_from_args

    if args.out.suffix.lower() not in ENDINGS:  # said before the database is opened
        raise ValidationError.coded("ninebox_file_ending", file=args.out.name)
    workstation = workstation_from_args(args)
    with workstation.unit() as session:
        grid = nine_box(session, cycle_id_by_name(session, args.cycle), session_id=args.session,
                        department_id=_department_id(session, args.department), flipped=args.flip)
    write_ninebox(grid, args.out, args.language)
    boxes = {box.kind.key: box.count for box in grid.boxes}
    payload = {"file": str(args.out), "cycle": grid.cycle_name, "session": grid.session_id, "blind": grid.blind,
               "people": grid.total, "boxes": boxes, "potential_not_rated": len(grid.potential_not_rated),
               "no_band": len(grid.performance_not_rated)}
    counts = ", ".join(f"{box.kind.name} {box.count}" for box in grid.boxes if box.count)
    text = f"Wrote the nine-box of {grid.total} people in {grid.cycle_name} to {args.out}: {counts or 'no one rated'}."
    if grid.potential_not_rated:
        text += f" {len(grid.potential_not_rated)} without a potential rating."
    if grid.performance_not_rated:
        text += f" {len(grid.performance_not_rated)} without a band yet."
    return payload, text
