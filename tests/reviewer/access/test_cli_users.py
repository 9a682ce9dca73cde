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


def test_every_command_acts_as_the_signed_in_profile(tmp_path):
    """--user reaches every command's services: a manager's export holds their line only,
    an auditor's import is refused."""
    import csv
    import sqlite3

    db = tmp_path / "demo.sqlite3"
    assert main_py("demo", db=db).returncode == 0
    with sqlite3.connect(db) as raw:
        # a team lead with a line of their own, and nobody's profile yet
        lead_no, lead_id = raw.execute(
            "SELECT employee_no, id FROM employees e WHERE EXISTS (SELECT 1 FROM employees r WHERE r.manager_id = e.id)"
            " AND e.manager_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM app_users u WHERE u.employee_id = e.id)"
            " ORDER BY e.id LIMIT 1").fetchone()
        line = {row[0] for row in raw.execute(
            "WITH RECURSIVE below(id) AS (SELECT id FROM employees WHERE manager_id = ? "
            "UNION SELECT e.id FROM employees e JOIN below b ON e.manager_id = b.id) "
            "SELECT employee_no FROM employees WHERE id IN (SELECT id FROM below) OR id = ?", (lead_id, lead_id))}
        everyone = raw.execute("SELECT count(*) FROM employees").fetchone()[0]
    assert main_py("users", "add", "hr", "--role", "hr", stdin="long enough\n", db=db).returncode == 0
    assert main_py("users", "add", "lead", "--role", "manager", "--employee", lead_no, "--user", "hr",
                   password="long enough", stdin="lead password\n", db=db).returncode == 0
    assert main_py("users", "add", "audit", "--role", "auditor", "--user", "hr", password="long enough",
                   stdin="audit password\n", db=db).returncode == 0

    exported = main_py("export", "people", str(tmp_path / "mine.csv"), "--user", "lead", password="lead password",
                       db=db)
    assert exported.returncode == 0, exported.stderr
    with open(tmp_path / "mine.csv", encoding="utf-8-sig") as handle:
        numbers = {row[0] for row in list(csv.reader(handle))[1:]}
    assert numbers == line and len(numbers) < everyone

    roster = tmp_path / "roster.csv"
    roster.write_text("工号,姓名,部门\nZ1,新员工,销售部\n", encoding="utf-8")
    refused = main_py("import", "people", str(roster), "--user", "audit", password="audit password", db=db)
    assert refused.returncode == 1 and "auditor" in refused.stderr and "Traceback" not in refused.stderr
