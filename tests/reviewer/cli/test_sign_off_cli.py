"""Sign-off on the command line (issue 15, items 6 and 8): HR creates the company CA and
each signer's identity, the released appraisals are signed by manager, employee and HR with
`appraisal sign`, and the cycle closes with no exception; signing out of order, in a role
that is not the signer's, before the release or with a wrong password is refused (exit 1)
with a coded message, before anything is recorded."""
from __future__ import annotations

import io
import json
import sys

import pytest

from reviewer.cli.runner import run

CYCLE = "2026 下半年"
ROSTER = [
    ["工号", "姓名", "邮箱", "部门", "职位", "直属上级", "入职日期"],
    ["E1", "张伟", "zhang.wei@example.com", "总部", "总经理", "", "2015-03-01"],
    ["E2", "王芳", "wang.fang@example.com", "总部/销售部", "销售经理", "E1", "2018-07-15"],
    ["E3", "李强", "li.qiang@example.com", "总部/销售部", "客户经理", "E2", "2021-05-06"],
    ["E4", "赵敏", "zhao.min@example.com", "总部/人事部", "人事经理", "E1", "2019-02-11"],
]
TARGETS = [["工号", "指标", "目标值", "权重"], ["E2", "CM_NEW_CUST", "30", "100"], ["E3", "CM_NEW_CUST", "20", "100"]]
ACTUALS = [["工号", "指标", "实际值", "日期"], ["E2", "CM_NEW_CUST", "31", "2026-11-30"],
           ["E3", "CM_NEW_CUST", "22", "2026-11-30"]]
SELF_REVIEWS = [["工号", "部分", "主要成绩", "困难与挑战"], ["E2", "自评", "新增客户31家", "人手不足"],
                ["E3", "自评", "新增客户22家", "市场竞争激烈"]]
MANAGER_REVIEWS = [["工号", "部分", "优势", "总体评价", "建议等级"], ["E2", "上级", "带队有方", "超额完成", "S"],
                   ["E3", "上级", "开拓能力强", "表现优秀", "S"]]
HR_PROFILE_PASSWORD = "人事部的登录密码 2026"
CA_PASSWORD = "公司根证书密码 2026"
PASSWORDS = {"E1": "张伟的签名密码 2026", "E2": "王芳的签名密码 2026", "E3": "李强的签名密码 2026", "E4": "赵敏的签名密码 2026"}


def _csv(folder, name, rows):
    path = folder / name
    path.write_text("\n".join(",".join(row) for row in rows) + "\n", encoding="utf-8")
    return str(path)


class Cli:
    """Runs commands against one database, signed in once there is a profile, and checks
    that no traceback ever shows."""

    def __init__(self, db, capsys, monkeypatch):
        self.db, self.capsys, self.monkeypatch, self.user = db, capsys, monkeypatch, None

    def __call__(self, *argv, expect=0, json_out=False, stdin=None, password=None):
        self.monkeypatch.setattr(sys, "stdin", io.StringIO(stdin or ""))  # not a terminal: nothing is typed
        if password is None:
            self.monkeypatch.delenv("APPRAISAL_SIGNING_PASSWORD", raising=False)
        else:
            self.monkeypatch.setenv("APPRAISAL_SIGNING_PASSWORD", password)
        user = ["--user", self.user] if self.user else []
        code = run([*argv, "--db", self.db, *user] + (["--json"] if json_out else []))
        out, err = self.capsys.readouterr()
        assert "Traceback" not in err and "Traceback" not in out, err
        assert code == expect, f"{argv} -> {code}\nstdout: {out}\nstderr: {err}"
        return json.loads(out) if json_out and out.strip() else out + err

    def sign(self, employee, role, *extra, expect=0, password=None):
        return self(*("appraisal", "sign", "--cycle", CYCLE, "--employee", employee, "--as", role, *extra),
                    expect=expect, json_out=True, password=password)

    def status(self):
        return {row["employee_no"]: row for row in self("appraisal", "status", "--cycle", CYCLE,
                                                        json_out=True)["appraisals"]}


def _cycle_in_sign_off(cli: Cli, folder, release: bool = True) -> None:
    """王芳 and 李强 of the sales department appraised up to sign-off; HR (赵敏's profile)
    and everyone's identity, issued by the company CA, in place."""
    cli("import", "people", _csv(folder, "花名册.csv", ROSTER))
    cli("init")
    cli("users", "add", "hr", "--role", "hr", "--employee", "E4", stdin=HR_PROFILE_PASSWORD + "\n")
    cli.monkeypatch.setenv("APPRAISAL_PASSWORD", HR_PROFILE_PASSWORD)
    cli.user = "hr"
    cli("cycle", "create", CYCLE, "--start", "2026-07-01", "--end", "2026-12-31", "--frequency", "half-year",
        "--departments", "销售部")
    cli("cycle", "advance", "--cycle", CYCLE)
    cli("import", "targets", _csv(folder, "目标.csv", TARGETS), "--cycle", CYCLE)
    cli("cycle", "advance", "--cycle", CYCLE)
    cli("import", "reviews", _csv(folder, "自评.csv", SELF_REVIEWS), "--cycle", CYCLE, "--submit")
    cli("import", "actuals", _csv(folder, "实际.csv", ACTUALS), "--cycle", CYCLE)
    cli("cycle", "advance", "--cycle", CYCLE)
    cli("import", "reviews", _csv(folder, "上级评价.csv", MANAGER_REVIEWS), "--cycle", CYCLE, "--submit")
    cli("cycle", "advance", "--cycle", CYCLE)
    cli("cycle", "advance", "--cycle", CYCLE)

    cli("identity", "create-ca", "华信商贸", stdin=CA_PASSWORD + "\n")
    cli("identity", "create-ca", "华信商贸", stdin=CA_PASSWORD + "\n", expect=1)  # once
    cli("identity", "create", "--employee", "E1", stdin=PASSWORDS["E1"] + "\n", expect=1)  # no CA password
    cli.monkeypatch.setenv("APPRAISAL_CA_PASSWORD", CA_PASSWORD)
    for number, password in PASSWORDS.items():
        created = cli("identity", "create", "--employee", number, stdin=password + "\n", json_out=True)
        assert created["identity"]["employee_no"] == number and created["identity"]["kind"] == "issued_by_ca"
    if release:
        cli("cycle", "release", "--cycle", CYCLE)


@pytest.fixture
def cli(database_url, capsys, monkeypatch):
    return Cli(database_url, capsys, monkeypatch)


def test_signed_by_manager_employee_and_hr_then_the_cycle_closes_without_exceptions(cli, tmp_path):
    _cycle_in_sign_off(cli, tmp_path)
    listed = cli("identity", "list", json_out=True)["identities"]
    assert sorted((i["employee_no"], i["kind"]) for i in listed if i["employee_no"]) == [
        (n, "issued_by_ca") for n in ("E1", "E2", "E3", "E4")]
    assert "赵敏" in cli("identity", "list")
    before = cli.status()
    assert before["E3"]["missing"] == ["manager", "employee", "hr"] and before["E3"]["next_role"] == "manager"

    held = cli("cycle", "close", "--cycle", CYCLE, expect=1, json_out=True)
    assert sorted(b["employee_no"] for b in held) == ["E2", "E3"]

    # 李强: his manager 王芳, himself (acknowledging, disagreeing), HR; each identity chosen by role.
    signed = cli.sign("E3", "manager", password=PASSWORDS["E2"])
    assert (signed["signer"], signed["next_role"]) == ("王芳", "employee")
    cli.sign("E3", "employee", "--disagree", "--comment", "我对客户指标的口径有异议", password=PASSWORDS["E3"])
    out = tmp_path / "签字件" / "李强-已签.pdf"
    done = cli.sign("E3", "hr", "--out", str(out), password=PASSWORDS["E4"])
    assert done["missing"] == [] and done["next_role"] is None and out.is_file()
    checked = cli("verify", str(out), json_out=True)
    assert [s["role"] for s in checked["documents"][0]["signatures"]] == ["manager", "employee", "hr"]
    # 王芳: 张伟 named explicitly; the text output says who signs next.
    assert "Next: employee" in cli("appraisal", "sign", "--cycle", CYCLE, "--employee", "E2", "--as", "manager",
                                   "--identity", "E1", password=PASSWORDS["E1"])
    cli.sign("E2", "employee", password=PASSWORDS["E2"])
    cli.sign("E2", "hr", "--identity", "E4", password=PASSWORDS["E4"])

    after = cli.status()
    assert [(s["role"], s["signer"], s["signer_employee_no"]) for s in after["E3"]["signatures"]] == [
        ("manager", "王芳", "E2"), ("employee", "李强", "E3"), ("hr", "赵敏", "E4")]
    assert after["E3"]["signatures"][1]["disagrees"] is True
    assert all(row["missing"] == [] and row["state"] == "signed" for row in after.values())
    assert "2 of 2 appraisal(s) signed" in cli("appraisal", "status", "--cycle", CYCLE)
    refused = cli.sign("E2", "hr", expect=1, password=PASSWORDS["E4"])  # all three have signed
    assert refused["code"] == "appraisal_locked"

    cli("cycle", "close", "--cycle", CYCLE)
    assert cli("cycle", "show", "--cycle", CYCLE, json_out=True)["cycle"]["stage"] == "closed"


def test_out_of_order_and_wrong_role_are_refused_before_a_password_is_asked(cli, tmp_path):
    _cycle_in_sign_off(cli, tmp_path)
    # No password is set and standard input is no terminal: a refusal here is the check's own.
    assert cli.sign("E3", "employee", expect=1)["code"] == "signing_order"
    assert cli.sign("E3", "hr", expect=1)["code"] == "signing_order"
    refused = cli.sign("E3", "manager", "--identity", "E1", expect=1)  # 张伟 is not 李强's manager
    assert refused["code"] == "signing_not_the_manager" and "王芳" in refused["error"]
    assert cli.sign("E3", "manager", "--identity", "E9", expect=1)["code"] == "employee_unknown"
    assert cli.sign("E3", "manager", "--disagree", expect=1)["code"] == "only_employee_disagrees"
    assert cli.sign("E3", "manager", expect=1)["code"] == "password_not_given"  # the checks passed

    cli.sign("E3", "manager", password=PASSWORDS["E2"])
    assert cli.sign("E3", "employee", "--identity", "E2", expect=1)["code"] == "signing_not_the_employee"
    cli.sign("E3", "employee", password=PASSWORDS["E3"])
    assert cli.sign("E3", "hr", "--identity", "E3", expect=1)["code"] == "signing_not_the_hr"
    assert cli.status()["E3"]["missing"] == ["hr"]
    cli("cycle", "close", "--cycle", CYCLE, expect=1)


def test_a_wrong_password_signs_nothing(cli, tmp_path):
    _cycle_in_sign_off(cli, tmp_path)
    refused = cli.sign("E3", "manager", expect=1, password=PASSWORDS["E3"])  # 李强's, not 王芳's
    assert refused["code"] == "identity_wrong_password" and refused["ok"] is False
    assert "does not open" in cli("appraisal", "sign", "--cycle", CYCLE, "--employee", "E3", "--as", "manager",
                                  expect=1, password="wrong")
    assert cli.status()["E3"]["signatures"] == []
    cli.sign("E3", "manager", password=PASSWORDS["E2"])  # the file was left as it was: it still signs


def test_a_copy_that_cannot_be_written_is_found_before_anything_is_signed(cli, tmp_path):
    _cycle_in_sign_off(cli, tmp_path)
    (tmp_path / "不是文件夹").write_text("a file where a folder should be")
    refused = cli.sign("E3", "manager", "--out", str(tmp_path / "不是文件夹" / "李强.pdf"), expect=1,
                       password=PASSWORDS["E2"])
    assert refused["code"] == "file_not_written" and "nothing was signed" in refused["error"]
    assert cli.status()["E3"]["signatures"] == []


def test_an_appraisal_is_signed_only_once_released(cli, tmp_path):
    _cycle_in_sign_off(cli, tmp_path, release=False)
    assert cli.sign("E3", "manager", expect=1, password=PASSWORDS["E2"])["code"] == "appraisal_not_released"
    status = cli.status()["E3"]
    assert (status["released"], status["next_role"]) == (False, None)
    assert "not released yet" in cli("appraisal", "status", "--cycle", CYCLE)


@pytest.mark.parametrize("argv", [["appraisal"], ["identity"], ["identity", "create"],
                                  ["appraisal", "sign", "--cycle", CYCLE, "--employee", "E3"],
                                  ["appraisal", "sign", "--cycle", CYCLE, "--employee", "E3", "--as", "boss"]])
def test_usage_errors_exit_2(database_url, argv, capsys):
    code = run([*argv, "--db", database_url])
    out, err = capsys.readouterr()
    assert code == 2 and "Traceback" not in out + err


def test_a_copy_the_signed_batch_wrote_is_signed_on_with_file(cli, tmp_path):
    _cycle_in_sign_off(cli, tmp_path)
    batch = tmp_path / "批量"
    cli("pdf", "batch", "--cycle", CYCLE, "--out", str(batch), "--sign-as", "王芳",  # 李强's manager signs
        password=PASSWORDS["E2"])
    (copy,) = batch.glob("E3-*.pdf")
    # The program's own signing copy does not carry the batch's signature: it is not signed on.
    assert cli.sign("E3", "employee", expect=1, password=PASSWORDS["E3"])["code"] == "signing_not_latest"
    other = cli.sign("E2", "manager", "--file", str(copy), expect=1, password=PASSWORDS["E1"])
    assert other["code"] == "signing_file_other_appraisal"
    assert cli.sign("E3", "employee", "--file", str(tmp_path / "无.pdf"), expect=1)["code"] == "signing_file_missing"
    cli.sign("E3", "employee", "--file", str(copy), password=PASSWORDS["E3"])
    cli.sign("E3", "hr", "--file", str(copy), password=PASSWORDS["E4"])
    assert cli("verify", str(copy), json_out=True)["ok"] is True
    assert cli.status()["E3"]["missing"] == []


def test_a_manager_signs_her_report_under_her_own_profile_but_creates_no_identity(cli, tmp_path):
    _cycle_in_sign_off(cli, tmp_path)
    cli("users", "add", "王芳", "--role", "manager", "--employee", "E2", stdin="王芳的登录密码 2026\n")
    cli.monkeypatch.setenv("APPRAISAL_PASSWORD", "王芳的登录密码 2026")
    cli.user = "王芳"
    assert cli("identity", "create", "--employee", "E2", expect=1, json_out=True,
               stdin="another password\n")["code"] == "hr_only"
    assert cli.sign("E3", "manager", password=PASSWORDS["E2"])["signer"] == "王芳"
    assert list(cli.status()) == ["E3"]  # her line only
