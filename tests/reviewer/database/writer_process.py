"""One of two programs writing to one SQLite file, run as its own process by
test_two_writers.py: it saves through the real services for a given time, one unit of
work per save, and prints what it saved and every error a user would have seen.

    python -m tests.reviewer.database.writer_process actuals|reviews FILE SECONDS ID,ID,...
"""
from __future__ import annotations

import json
import sys
import time
import traceback
from datetime import date

from db.location import resolve_database_url
from db.migrate import open_database
from reviewer.errors import ReviewerError
from reviewer.kpi.actuals import record_actual
from reviewer.reviews.manager_review import save_manager_review_field
from reviewer.workstation import Workstation


def save_once(workstation: Workstation, kind: str, row_id: int, number: int, as_of: date) -> None:
    if kind == "actuals":
        workstation.call(record_actual, row_id, float(number), as_of, source="writer")
    else:
        workstation.call(save_manager_review_field, row_id, "overall_comment", f"comment {number}")


def main(kind: str, path: str, seconds: float, ids: list[int], as_of: date) -> dict:
    database, _ = open_database(resolve_database_url(path))
    workstation = Workstation(database)
    saved: dict[int, int] = {row_id: 0 for row_id in ids}
    last: dict[int, int] = {}
    shown, crashes = [], []
    number = 0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        row_id = ids[number % len(ids)]
        number += 1
        try:
            save_once(workstation, kind, row_id, number, as_of)
        except ReviewerError as error:  # what a window or the command line would show
            shown.append(f"{type(error).__name__}: {error}")
            continue
        except Exception:  # noqa: BLE001 - a raw error would reach the user as a traceback
            crashes.append(traceback.format_exc())
            continue
        saved[row_id] += 1
        last[row_id] = number
    database.dispose()
    return {"saved": saved, "last": last, "shown": shown, "crashes": crashes}


if __name__ == "__main__":
    kind, path, seconds, ids, as_of = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4], sys.argv[5]
    result = main(kind, path, seconds, [int(i) for i in ids.split(",")], date.fromisoformat(as_of))
    print(json.dumps(result))
