"""run.py, the one command a new user types first."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

RUN = Path(__file__).resolve().parents[1] / "run.py"


def run_script(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(RUN), *args], capture_output=True, text=True, timeout=60)


def test_help_is_printed_and_is_no_error():
    for flag in ("--help", "-h"):
        shown = run_script(flag)
        assert shown.returncode == 0 and "python3 run.py test" in shown.stdout


def test_an_unknown_action_is_a_usage_error():
    refused = run_script("tests")
    assert refused.returncode == 2 and "python3 run.py test" in refused.stdout
