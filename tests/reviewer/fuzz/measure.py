"""Judge one file in a fresh process and report its verdict, the time taken and the
process's peak memory, so a bomb's cost is measured, not guessed.
Run as: python -m tests.reviewer.fuzz.measure table|form PATH"""
from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path


def peak_mb() -> float:
    """This process's peak resident memory. VmHWM, not ru_maxrss: Linux carries ru_maxrss over
    exec from the parent (pytest, hundreds of MB), VmHWM starts afresh with the new program."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)


def main(kind: str, path: Path) -> None:
    from reviewer.errors import ReviewerError
    from reviewer.feedback.offline_import import Rejected, read_form_fields
    from reviewer.io.tables import read_table

    baseline = peak_mb()
    started = time.monotonic()
    try:
        if kind == "table":
            table = read_table(path)
            verdict, message = "accepted", f"{len(table.rows)} rows read"
        else:
            values = read_form_fields(path)
            verdict, message = "accepted", f"{len(values)} fields read"
    except (ReviewerError, Rejected) as error:
        verdict, message = "refused", str(error)
    except Exception as error:  # noqa: BLE001 - reported, and the test fails on it
        verdict, message = "crash", f"{type(error).__name__}: {error}"
    seconds = time.monotonic() - started
    peak = peak_mb()
    print(json.dumps({"verdict": verdict, "message": message[:400], "seconds": round(seconds, 2),
                      "peak_mb": round(peak), "baseline_mb": round(baseline)}))


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
