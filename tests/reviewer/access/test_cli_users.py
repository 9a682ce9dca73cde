"""users and audit on the command line, and the global --user."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def main_py(*args, password=None, stdin=None, db):
    env = {**os.environ}
    env.pop("APPRAISAL_PASSWORD", None)
    if password is not None:
        env["APPRAISAL_PASSWORD"] = password
    return subprocess.run([sys.executable, "main.py", *args, "--db", str(db)], cwd=ROOT, env=env,
                          input=stdin or "", capture_output=True, text=True, timeout=120)


def test_profiles_sign_in_and_the_audit_trail_from_the_command_line(tmp_path):
    db = tmp_path / "team.sqlite3"
    assert main_py("users", "add", "hr", "--role", "hr", stdin="long enough\n", db=db).returncode == 0
    # One HR profile: commands still run without signing in.
    assert main_py("users", "list", db=db).returncode == 0
    added = main_py("users", "add", "审计员", "--role", "auditor", stdin="another password\n", db=db)
    assert added.returncode == 0, added.stderr

    without = main_py("users", "list", db=db)
    assert without.returncode == 2 and "--user" in without.stderr and "Traceback" not in without.stderr

    started = time.monotonic()
    wrong = main_py("--user", "hr", "users", "list", password="guess", db=db)
    assert wrong.returncode == 1 and "password is wrong" in wrong.stderr
    assert time.monotonic() - started >= 1.0  # slowed: no fast guessing

    listed = main_py("users", "list", "--json", "--user", "审计员", password="another password", db=db)
    assert listed.returncode == 0
    assert {p["username"]: p["role"] for p in json.loads(listed.stdout)["profiles"]} == {
        "hr": "hr_admin", "审计员": "auditor"}

    refused = main_py("users", "add", "x", "--role", "hr", "--user", "审计员", password="another password",
                      stdin="long enough\n", db=db)
    assert refused.returncode == 1 and "Only HR" in refused.stderr

    verified = main_py("audit", "verify", "--json", "--user", "hr", password="long enough", db=db)
    assert verified.returncode == 0 and json.loads(verified.stdout)["intact"] is True
    entries = main_py("--user", "hr", "audit", "list", "--json", "--entity", "app_users", "--user", "hr",
                      password="long enough", db=db)
    assert entries.returncode == 0, entries.stderr
    [entry] = json.loads(entries.stdout)["entries"]
    assert entry["details"]["values"]["username"] == "审计员"
    assert entry["details"]["values"]["password_hash"] == "(changed)"

    import sqlite3

    with sqlite3.connect(db) as raw:
        raw.execute("UPDATE audit_events SET action = 'app_users.deleted' WHERE sequence = 1")
    broken = main_py("audit", "verify", "--user", "hr", password="long enough", db=db)
    assert broken.returncode == 1 and "changed after it was written" in broken.stdout
