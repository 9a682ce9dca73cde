"""`main.py today`: the signed-in user's Today items as text and as JSON."""
from __future__ import annotations

import json

from sqlalchemy import update

from db.models import AppUser
from reviewer.access.passwords import hash_password
from reviewer.cli.runner import run

PASSWORD = "今天的密码 2026"


def test_today_for_a_demo_manager_as_json_and_text(demo_database, monkeypatch, capsys):
    with demo_database.session() as session:
        session.execute(update(AppUser).where(AppUser.username == "manager1")
                        .values(password_hash=hash_password(PASSWORD)))
    url = demo_database.url
    monkeypatch.setenv("APPRAISAL_PASSWORD", PASSWORD)
    assert run(["today", "--db", url, "--user", "manager1", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["ok"] and document["items"]
    first = document["items"][0]
    assert {"kind", "title", "code", "params", "due", "urgency", "place", "person"} <= set(first)
    assert sum(document["counts"].values()) == len(document["items"])
    assert run(["today", "--db", url, "--user", "manager1"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("Today for ") and "Fill in the 360 form about" in text


def test_today_needs_a_known_profile(demo_database, monkeypatch, capsys):
    monkeypatch.setenv("APPRAISAL_PASSWORD", "wrong")
    assert run(["today", "--db", str(demo_database.url), "--user", "manager1"]) != 0
    assert "Traceback" not in capsys.readouterr().err
