"""`main.py goal ...`: add, list with the roll-up, link, remove; refusals exit 1 with the
coded message and no traceback; Chinese titles all the way."""
from __future__ import annotations

import json

import pytest

from reviewer.cli.runner import run
from tests.reviewer.goals.company import build_goal_company


@pytest.fixture
def db(database, database_url):
    with database.session() as session:
        build_goal_company(session)
    return database_url


def _run(capsys, db, *args):
    code = run([*args, "--db", db])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def test_goals_are_added_linked_listed_and_removed(db, capsys):
    assert _run(capsys, db, "goal", "add", "--cycle", "2027 H1", "--title", "提高收入", "--measure", "营业收入",
                "--target-value", "5000", "--unit", "万元")[0] == 0
    assert _run(capsys, db, "goal", "add", "--cycle", "2027 H1", "--title", "扩大销售", "--parent", "提高收入",
                "--department", "销售部")[0] == 0
    for employee, kpi in (("E3", "K0"), ("E3", "K1"), ("E4", "K0"), ("E4", "K1"), ("E5", "K0")):
        code, out, _err = _run(capsys, db, "goal", "link", "--cycle", "2027 H1", "--employee", employee,
                               "--kpi", kpi, "--goal", "扩大销售")
        assert code == 0 and "扩大销售" in out
    code, out, _err = _run(capsys, db, "goal", "list", "--cycle", "2027 H1")
    assert code == 0 and "提高收入" in out and "  扩大销售 [总部/销售部]" in out and "94.4 %" in out
    code, out, _err = _run(capsys, db, "goal", "list", "--cycle", "2027 H1", "--json")
    listed = json.loads(out)
    assert [(g["title"], g["depth"], g["attainment_pct"], g["targets"], g["people"]) for g in listed] == [
        ("提高收入", 0, 94.4, 5, 3), ("扩大销售", 1, 94.4, 5, 3)]
    assert _run(capsys, db, "goal", "link", "--cycle", "2027 H1", "--employee", "E5", "--kpi", "K0",
                "--none")[0] == 0
    code, _out, err = _run(capsys, db, "goal", "remove", "--cycle", "2027 H1", "--goal", "扩大销售")
    assert code == 1 and "4 targets serving it" in err
    assert _run(capsys, db, "goal", "remove", "--cycle", "2027 H1", "--goal", "扩大销售", "--unlink")[0] == 0
    code, out, _err = _run(capsys, db, "goal", "list", "--cycle", "2027 H1", "--json")
    assert [g["title"] for g in json.loads(out)] == ["提高收入"]


def test_refusals_name_what_to_do(db, capsys):
    _run(capsys, db, "goal", "add", "--cycle", "2027 H1", "--title", "扩大销售", "--department", "销售部")
    code, _out, err = _run(capsys, db, "goal", "link", "--cycle", "2027 H1", "--employee", "E6", "--kpi", "K0",
                           "--goal", "扩大销售")
    assert code == 1 and "Lou" in err and "销售部" in err
    code, _out, err = _run(capsys, db, "goal", "link", "--cycle", "2027 H1", "--employee", "E6", "--kpi", "K1",
                           "--goal", "扩大销售")
    assert code == 1 and "no target on K1" in err
    code, out, err = _run(capsys, db, "goal", "add", "--cycle", "2027 H1", "--title", " ", "--json")
    assert code == 1 and json.loads(out)["code"] == "goal_title_required"
    code, _out, err = _run(capsys, db, "goal", "add", "--cycle", "2027 H1", "--title", "子目标", "--parent", "没有")
    assert code == 1 and "no goal called '没有'" in err
    code, _out, err = _run(capsys, db, "goal", "edit", "--cycle", "2027 H1", "--goal", "扩大销售",
                           "--parent", "扩大销售")
    assert code == 1 and "cannot serve itself" in err
    assert _run(capsys, db, "goal", "edit", "--cycle", "2027 H1", "--goal", "扩大销售", "--measure", "销售额")[0] == 0
