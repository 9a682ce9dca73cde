"""`main.py plans list`: the plans the user may see, filtered by stage and by what is due."""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

from reviewer.cli.runner import run
from reviewer.plans.checkins import GoalProgress, record_check_in
from reviewer.plans.drafting import draft_from_proposal, save_draft
from reviewer.plans.lifecycle import acknowledge_plan, approve_plan
from reviewer.plans.proposals import improvement_proposal

from .company import build_plans_company


def test_plans_list_filters_by_stage_and_due_date(database, capsys):
    with database.session() as session:
        company = build_plans_company(session)
        today = date.today()
        proposal = improvement_proposal(session, company.appraisals["Eve Stone"], today=today)
        running = save_draft(session, draft_from_proposal(proposal, reason="Sales below target"))
        drafted = save_draft(session, draft_from_proposal(proposal, reason="A second draft"))
        approve_plan(session, running)
        acknowledge_plan(session, running)
    url = database.url if isinstance(database.url, str) else database.url.render_as_string(hide_password=False)
    assert run(["plans", "list", "--db", url, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["plans"]
    assert {(r["id"], r["stage"]) for r in rows} == {(running, "active"), (drafted, "draft")}
    assert run(["plans", "list", "--db", url, "--json", "--status", "draft"]) == 0
    assert [r["id"] for r in json.loads(capsys.readouterr().out)["plans"]] == [drafted]
    due = (today + timedelta(days=14)).isoformat()  # the first check-in, two weeks after the receipt
    assert run(["plans", "list", "--db", url, "--json", "--due-before", due]) == 0
    assert json.loads(capsys.readouterr().out)["plans"] == []
    after = (today + timedelta(days=15)).isoformat()
    assert run(["plans", "list", "--db", url, "--due-before", after]) == 0
    text = capsys.readouterr().out
    assert "Eve Stone" in text and f"next check-in {due}" in text
    assert run(["plans", "list", "--db", url, "--due-before", "2027-02-30"]) != 0
    assert "is not a date" in capsys.readouterr().err
