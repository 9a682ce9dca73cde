"""main.py init and main.py cycle create|list|show|set|add on a company imported from a roster file."""
from __future__ import annotations

import json

import pytest

from reviewer.cli.runner import build_parser, run
from tests.reviewer.cycles.roster_company import write_roster


@pytest.fixture
def db(tmp_path, capsys):
    path = str(tmp_path / "own.sqlite3")
    assert run(["import", "people", str(write_roster(tmp_path)), "--db", path]) == 0
    capsys.readouterr()
    return path


def _json(capsys) -> dict:
    return json.loads(capsys.readouterr().out)


def test_init_adds_the_catalogue_once_and_says_so(db, capsys):
    assert run(["init", "--db", db, "--json"]) == 0
    first = _json(capsys)
    assert first["added"]["forms"] == 2 and first["added"]["kpis"] > 0 and first["has_people"]
    assert run(["init", "--db", db]) == 0
    assert "nothing was added" in capsys.readouterr().out
    assert run(["init", "--db", db, "--json"]) == 0
    assert _json(capsys)["added"] == {"kpis": 0, "role_templates": 0, "competencies": 0, "forms": 0}


def test_create_list_show_set_and_add_a_joiner(db, tmp_path, capsys):
    assert run(["cycle", "list", "--db", db]) == 0
    assert "No cycle yet" in capsys.readouterr().out
    assert run(["cycle", "create", "2027 H1", "--start", "2027-01-01", "--end", "2027-06-30",
                "--frequency", "half-year", "--db", db, "--json"]) == 0
    assert _json(capsys)["cycle"]["participants"] == 5
    assert run(["cycle", "create", "Sales Q2", "--start", "2027-04-01", "--end", "2027-06-30",
                "--frequency", "quarter", "--departments", "销售部", "--from", "2027 H1", "--db", db, "--json"]) == 0
    created = _json(capsys)["cycle"]
    assert created["participants"] == 4 and created["copied_from"] == "2027 H1"

    assert run(["cycle", "list", "--db", db, "--json"]) == 0
    listed = {c["name"]: c for c in _json(capsys)["cycles"]}
    assert listed["2027 H1"]["stage"] == "draft" and listed["Sales Q2"]["participants"] == 4

    bands = tmp_path / "bands.csv"
    bands.write_text("code,name,name_zh,min_score,guideline_pct\nH,High,高,80,30\nM,Middle,中,50,50\n"
                     "L,Low,低,0,20\n", encoding="utf-8")
    assert run(["cycle", "set", "--cycle", "2027 H1", "--kpi-weight", "60",
                "--group-weights", "manager=40,peer=20,report=30,customer=10,self=0", "--anonymity-threshold", "4",
                "--bands", str(bands), "--due", "goal_setting=2027-01-31", "--db", db, "--json"]) == 0
    shown = _json(capsys)["cycle"]
    assert (shown["kpi_weight"], shown["competency_weight"], shown["anonymity_threshold"]) == (60, 40, 4)
    assert shown["group_weights"]["direct_report"] == 30
    assert [b["code"] for b in shown["bands"]] == ["H", "M", "L"]
    assert shown["due_dates"] == {"goal_setting": "2027-01-31"}

    assert run(["cycle", "add", "--cycle", "2027 H1", "E6", "--db", db, "--json"]) == 0
    assert _json(capsys)["added"][0]["added_late"] is True
    assert run(["cycle", "show", "--cycle", "2027 H1", "--db", db]) == 0
    text = capsys.readouterr().out
    assert "KPI 60, competency 40" in text and "孙丽" in text and "(joined late)" in text


def test_refusals_exit_1_with_the_field_named_and_usage_errors_exit_2(db, tmp_path, capsys):
    assert run(["cycle", "create", "2027 H1", "--start", "2027-01-01", "--end", "2027-06-30",
                "--frequency", "year", "--db", db]) == 0
    capsys.readouterr()
    assert run(["cycle", "set", "--cycle", "2027 H1", "--kpi-weight", "70", "--competency-weight", "40",
                "--db", db, "--json"]) == 1
    captured = capsys.readouterr()
    assert "KPI weight" in captured.err and "must make 100" in captured.err
    assert json.loads(captured.out)["ok"] is False
    bad = tmp_path / "bad.csv"
    bad.write_text("code,name,name_zh,min_score,guideline_pct\nH,High,高,80,x\nL,Low,,10,50\n", encoding="utf-8")
    assert run(["cycle", "set", "--cycle", "2027 H1", "--bands", str(bad), "--db", db]) == 1
    err = capsys.readouterr().err
    assert "row 2, Guideline share (%): 'x' is not a number" in err and "row 3" in err
    assert run(["cycle", "show", "--cycle", "2099", "--db", db]) == 1
    assert "2027 H1" in capsys.readouterr().err  # names the cycles there are
    assert run(["cycle", "create", "X", "--start", "2027-01-01", "--end", "2027-01-31", "--frequency", "month",
                "--departments", "Nowhere", "--db", db]) == 1
    assert "Nowhere" in capsys.readouterr().err
    assert run(["cycle", "create", "X", "--start", "01/02/2027", "--end", "2027-01-31", "--frequency", "month",
                "--db", db]) == 2
    assert "write it as 2027-01-31" in capsys.readouterr().err
    assert run(["cycle", "set", "--cycle", "2027 H1", "--db", db]) == 2
    assert run(["cycle", "create", "Y", "--start", "2027-01-01", "--end", "2027-01-31", "--frequency", "weekly",
                "--db", db]) == 2


def test_the_stage_and_score_actions_are_in_the_one_cycle_group():
    from reviewer.cli.cycle_score import run_score
    from reviewer.cli.cycle_stages import run_advance

    assert build_parser().parse_args(["cycle", "advance", "--cycle", "C"]).handler is run_advance
    assert build_parser().parse_args(["cycle", "score", "--cycle", "C"]).handler is run_score


def test_show_gives_the_next_gates_blockers_in_text_and_json(db, capsys):
    assert run(["cycle", "create", "2027 H1", "--start", "2027-01-01", "--end", "2027-06-30",
                "--frequency", "half-year", "--db", db]) == 0
    capsys.readouterr()
    assert run(["cycle", "show", "--cycle", "2027 H1", "--db", db, "--json"]) == 0
    shown = _json(capsys)
    assert shown["next_stage"] == "goal_setting"
    assert [(b["employee_no"], b["code"]) for b in shown["blockers"]] == [("E1", "no_manager_top")]
    assert set(shown["blockers"][0]) == {"employee_no", "code", "message"} and "张伟" in shown["blockers"][0]["message"]
    assert run(["cycle", "show", "--cycle", "2027 H1", "--db", db]) == 0
    text = capsys.readouterr().out
    assert "Next gate (Draft → Goal setting): 1 blocker holds 1 person:" in text and "  E1 张伟: " in text

    assert run(["cycle", "advance", "--cycle", "2027 H1", "--except", "E1=Heads the company", "--db", db]) == 0
    capsys.readouterr()
    assert run(["cycle", "show", "--cycle", "2027 H1", "--db", db, "--json"]) == 0
    shown = _json(capsys)
    assert shown["cycle"]["stage"] == "goal_setting" and shown["next_stage"] == "self_review_360"
    assert {(b["employee_no"], b["code"]) for b in shown["blockers"]} >= {(f"E{n}", "no_targets") for n in range(2, 6)}


def test_show_and_list_say_stages_frequencies_and_groups_in_words_and_json_keeps_the_values(db, capsys):
    assert run(["cycle", "create", "2027 H1", "--start", "2027-01-01", "--end", "2027-06-30",
                "--frequency", "half-year", "--db", db]) == 0
    assert run(["cycle", "set", "--cycle", "2027 H1", "--due", "goal_setting=2027-01-31",
                "--group-weights", "report=30", "--db", db]) == 0
    assert run(["cycle", "advance", "--cycle", "2027 H1", "--except", "E1=Heads the company", "--db", db]) == 0
    capsys.readouterr()

    assert run(["cycle", "show", "--cycle", "2027 H1", "--db", db]) == 0
    text = capsys.readouterr().out
    assert "(Half-yearly), stage: Goal setting" in text
    assert "Direct report 30" in text and "Due: Goal setting 2027-01-31" in text
    assert "Next gate (Goal setting → Self-review and 360): " in text
    assert not any(value in text for value in ("goal_setting", "half_year", "self_review_360", "direct_report"))
    assert "(s)" not in text
    assert run(["cycle", "list", "--db", db]) == 0
    listed = capsys.readouterr().out
    assert "Goal setting" in listed and "goal_setting" not in listed

    assert run(["cycle", "show", "--cycle", "2027 H1", "--db", db, "--json"]) == 0
    shown = _json(capsys)
    assert (shown["cycle"]["stage"], shown["cycle"]["frequency"]) == ("goal_setting", "half_year")
    assert shown["next_stage"] == "self_review_360" and shown["cycle"]["due_dates"] == {"goal_setting": "2027-01-31"}
    assert shown["cycle"]["group_weights"]["direct_report"] == 30
    assert run(["cycle", "list", "--db", db, "--json"]) == 0
    assert _json(capsys)["cycles"][0]["stage"] == "goal_setting"
