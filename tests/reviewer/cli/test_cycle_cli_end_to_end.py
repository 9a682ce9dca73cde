"""One appraisal cycle through the command line only, from an empty database and a
roster file to a closed cycle: every step a `main.py` command, exit codes 0, 1 and 2
as promised, and never a traceback on stderr."""
from __future__ import annotations

import json

import pytest

from reviewer.cli.runner import run
from tests.reviewer.reviews.test_offline_self_review import fill

CYCLE = "2026 下半年"
ROSTER = [
    ["工号", "姓名", "邮箱", "部门", "职位", "直属上级", "入职日期"],
    ["E1", "张伟", "zhang.wei@example.com", "总部", "总经理", "", "2015-03-01"],
    ["E2", "王芳", "wang.fang@example.com", "总部/销售部", "销售经理", "E1", "2018-07-15"],
    ["E3", "李强", "li.qiang@example.com", "总部/销售部", "客户经理", "E2", "2021-05-06"],
]
TARGETS = [
    ["工号", "指标", "目标值", "权重"],
    ["E1", "CM_SALES_GROWTH", "30", "100"],
    ["E2", "CM_NEW_CUST", "30", "100"],
    ["E3", "CM_NEW_CUST", "20", "60"],
    ["E3", "CM_CSAT", "90", "40"],
]
ACTUALS = [
    ["工号", "指标", "实际值", "日期"],
    ["E1", "CM_SALES_GROWTH", "27", "2026-11-30"],
    ["E2", "CM_NEW_CUST", "31", "2026-11-30"],
    ["E3", "CM_NEW_CUST", "22", "2026-11-30"],
    ["E3", "CM_CSAT", "85", "2026-11-30"],
]
SELF_REVIEWS = [
    ["工号", "部分", "主要成绩", "困难与挑战"],
    ["E1", "自评", "公司销售额增长27%", "市场竞争激烈"],
    ["E2", "自评", "团队新增客户31家", "人手不足"],
]
MANAGER_HEADERS = ["工号", "部分", "优势", "总体评价", "建议等级", "等级理由", "仅HR可见备注"]


def _csv(folder, name, rows):
    path = folder / name
    path.write_text("\n".join(",".join(row) for row in rows) + "\n", encoding="utf-8")
    return str(path)


class Cli:
    """Runs commands against one database and checks that no traceback ever shows."""

    def __init__(self, db, capsys):
        self.db, self.capsys = db, capsys

    def __call__(self, *argv, expect=0, json_out=False):
        code = run([*argv, "--db", self.db] + (["--json"] if json_out else []))
        out, err = self.capsys.readouterr()
        assert "Traceback" not in err and "Traceback" not in out, err
        assert code == expect, f"{argv} -> {code}\nstdout: {out}\nstderr: {err}"
        return json.loads(out) if json_out and out.strip() else out + err


def test_a_cycle_runs_from_an_empty_database_to_closed_through_the_command_line(database_url, tmp_path, capsys):
    cli = Cli(database_url, capsys)
    folder = tmp_path

    # -- first run: roster, catalogue, the cycle and its settings -------------------------------
    assert cli("import", "people", _csv(folder, "花名册.csv", ROSTER), json_out=True)["created"] == 3
    cli("init")
    created = cli("cycle", "create", CYCLE, "--start", "2026-07-01", "--end", "2026-12-31",
                  "--frequency", "half-year", json_out=True)
    assert created["cycle"]["participants"] == 3
    cli("cycle", "create", "坏周期", "--start", "2026-13-01", "--end", "2026-12-31", "--frequency", "year",
        expect=2)  # not a date: a usage error
    cli("cycle", "set", "--cycle", CYCLE, "--group-weights", "manager=60,peer=abc", expect=2)  # unreadable
    cli("cycle", "set", "--cycle", CYCLE, "--group-weights", "manager=60,peer=-5", expect=1)  # refused
    cli("cycle", "set", "--cycle", CYCLE, "--kpi-weight", "70",
        "--group-weights", "manager=60,peer=40,report=0,customer=0,self=0")

    # -- leaving draft: the head of the company has nobody above them ---------------------------
    # `cycle show` names the next gate's blockers (issue 15: settings, stage, progress, blockers).
    shown = cli("cycle", "show", "--cycle", CYCLE, json_out=True)
    assert shown["next_stage"] == "goal_setting"
    assert [(b["employee_no"], b["code"]) for b in shown["blockers"]] == [("E1", "no_manager_top")]
    assert "E1 张伟" in cli("cycle", "show", "--cycle", CYCLE)
    blockers = cli("cycle", "advance", "--cycle", CYCLE, expect=1, json_out=True)
    assert [(b["employee_no"], b["code"]) for b in blockers] == [("E1", "no_manager_top")]
    assert set(blockers[0]) == {"employee_no", "code", "message"} and "张伟" in blockers[0]["message"]
    cli("cycle", "advance", "--cycle", CYCLE, "--except", "E1=由董事会考核")

    # -- goal setting: targets from a file --------------------------------------------------------
    bad = _csv(folder, "坏目标.csv", [TARGETS[0], ["E3", "CM_NEW_CUST", "20", "60"]])
    assert "weight" in cli("import", "targets", bad, "--cycle", CYCLE, expect=1).lower()
    cli("import", "targets", _csv(folder, "目标.csv", TARGETS), "--cycle", CYCLE)
    cli("cycle", "advance", "--cycle", CYCLE)

    # -- self-reviews: 李强's as a filled PDF form, the others from a spreadsheet -----------------
    out = folder / "forms"
    cli("forms", "export", "--cycle", CYCLE, "--kind", "self-review", "--out", str(out), "--language", "zh")
    returned = folder / "returned"
    returned.mkdir()
    (form,) = [f for f in out.glob("*.pdf") if "李强" in f.name]
    fill(form, returned / form.name)
    assert "1 of 1 files accepted." in cli("forms", "import", str(returned))
    cli("forms", "import", str(returned), expect=1)  # already submitted
    cli("import", "reviews", _csv(folder, "自评.csv", SELF_REVIEWS), "--cycle", CYCLE, "--submit")
    held = cli("cycle", "advance", "--cycle", CYCLE, "--dry-run", json_out=True)
    assert held == [] or held.get("blockers") in ([], None)

    # -- results ----------------------------------------------------------------------------------
    cli("import", "actuals", _csv(folder, "实际.csv", ACTUALS), "--cycle", CYCLE)
    cli("cycle", "advance", "--cycle", CYCLE)

    # -- manager reviews: a band other than the computed one wants its reason --------------------
    unjustified = [MANAGER_HEADERS,
                   ["E1", "上级", "战略清晰", "稳健", "A", "", ""],
                   ["E2", "上级", "带队有方", "超额完成", "S", "", ""],
                   ["E3", "上级", "开拓能力强", "表现优秀", "A", "", "仅供HR：考虑晋升"]]
    refused = cli("import", "reviews", _csv(folder, "上级评价.csv", unjustified), "--cycle", CYCLE, "--submit",
                  expect=1)
    assert "1 rejected" in refused and "write a justification" in refused
    unjustified[3][5] = "大客户续约贡献未体现在指标中"
    cli("import", "reviews", _csv(folder, "上级评价.csv", unjustified), "--cycle", CYCLE, "--submit")

    # -- the scores: exactly these keys, two decimals ------------------------------------------
    scores = cli("cycle", "score", "--cycle", CYCLE, json_out=True)
    assert all(set(row) == {"employee_no", "kpi_score", "competency_score", "final_score", "band"}
               for row in scores)
    by_number = {row["employee_no"]: row for row in scores}
    # 王芳: 31 new customers of 30 -> 103.333 points; no 360: the KPI part is the final score.
    assert by_number["E2"] == {"employee_no": "E2", "kpi_score": 103.33, "competency_score": None,
                               "final_score": 103.33, "band": "S"}
    # 李强: 22/20 -> 110 points, 85/90 -> 80 points (steps); 110*0.6 + 80*0.4 = 98.
    assert by_number["E3"]["final_score"] == 98.0 and by_number["E3"]["band"] == "S"
    # 张伟: 27/30 -> 90 points.
    assert (by_number["E1"]["final_score"], by_number["E1"]["band"]) == (90.0, "A")
    table = cli("cycle", "score", "--cycle", CYCLE).splitlines()
    assert table[0].split() == ["Employee", "KPI", "360", "Final", "Band", "Name"]
    assert next(line for line in table if line.startswith("E3")).endswith("李强")  # who, not only a number
    explained = cli("cycle", "score", "--cycle", CYCLE, "--explain", "E3")
    assert "CM_NEW_CUST" in explained and "98" in explained
    cli("cycle", "score", "--cycle", CYCLE, "--explain", "E9", expect=1)

    # -- calibration, sign-off, release, close past the people who signed on paper ----------------
    cli("cycle", "advance", "--cycle", CYCLE)
    cli("cycle", "release", "--cycle", CYCLE, expect=1)  # not in sign-off yet
    cli("cycle", "advance", "--cycle", CYCLE)
    cli("cycle", "release", "--cycle", CYCLE)
    cli("cycle", "close", "--cycle", CYCLE, "--except", "E1", expect=2)  # no reason: usage
    held = cli("cycle", "close", "--cycle", CYCLE, expect=1, json_out=True)
    assert sorted(b["employee_no"] for b in held) == ["E1", "E2", "E3"]
    assert {b["code"] for b in held} == {"signatures_missing"}
    cli("cycle", "close", "--cycle", CYCLE, "--except", "E1=纸质签字存档", "--except", "E2=纸质签字存档",
        "--except", "E3=已离职，无法签字")

    # -- closed: read-only ------------------------------------------------------------------------
    shown = cli("cycle", "show", "--cycle", CYCLE, json_out=True)
    assert shown["cycle"]["stage"] == "closed" and shown["blockers"] == [] and shown["next_stage"] is None
    cli("import", "actuals", _csv(folder, "迟到.csv", ACTUALS[:2]), "--cycle", CYCLE, expect=1)
    cli("cycle", "set", "--cycle", CYCLE, "--kpi-weight", "50", expect=1)
    cli("cycle", "advance", "--cycle", CYCLE, expect=1)
    assert cli("cycle", "score", "--cycle", CYCLE, json_out=True) == scores


@pytest.mark.parametrize("argv", [["cycle"], ["cycle", "advance"], ["cycle", "score", "--cycle"],
                                  ["cycle", "set", "--cycle", "x", "--group-weights", "manager"]])
def test_usage_errors_exit_2_without_a_traceback(database_url, argv, capsys):
    code = run([*argv, "--db", database_url])
    out, err = capsys.readouterr()
    assert code == 2 and "Traceback" not in err + out
