"""Two roster imports adding the same new employee number at the same time.

The race is made deterministic: the first import runs its checks, then (just before
it writes) a second program imports and commits, then the first one writes.
"""
from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

import reviewer.roster as roster
from db.migrate import open_database
from db.models import Employee
from reviewer.cli.runner import run

HEADERS = ["工号", "姓名", "邮箱", "部门", "直属上级"]
BASE = [["E1", "张伟", "zhang.wei@example.com", "总部/销售部", ""]]


def write_roster(path, rows):
    path.write_text("\n".join(",".join(cells) for cells in [HEADERS, *rows]) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def other_programs(monkeypatch):
    """Files that other programs import, one each time this run is about to write."""
    competitors: list = []
    outcomes: list[int] = []
    this_run = threading.current_thread()
    real_apply = roster.apply_roster

    def apply_after_the_others(session, plan, progress=None):
        if threading.current_thread() is this_run and competitors:
            argv = competitors.pop(0)
            other = threading.Thread(target=lambda: outcomes.append(run(argv)))
            other.start()
            other.join(timeout=120)
            assert outcomes and outcomes[-1] == 0, "the other program's import failed"
        return real_apply(session, plan, progress)

    monkeypatch.setattr(roster, "apply_roster", apply_after_the_others)
    return competitors


def count(database_url, number) -> int:
    database, _ = open_database(database_url)
    try:
        with database.session() as session:
            return session.scalar(select(func.count()).select_from(Employee).where(Employee.employee_no == number))
    finally:
        database.dispose()


def test_the_slower_import_checks_again_and_updates_the_person_the_other_one_added(
        database_url, tmp_path, other_programs, capsys):
    assert run(["import", "people", str(write_roster(tmp_path / "base.csv", BASE)), "--db", database_url]) == 0
    mine = write_roster(tmp_path / "mine.csv", [["E7", "孙丽", "sun.li@example.com", "总部/销售部", "E1"],
                                                ["E8", "周杰", "zhou.jie@example.com", "总部/销售部", "E7"]])
    theirs = write_roster(tmp_path / "theirs.csv", [["E7", "孙丽", "sun.li@example.com", "总部/销售部", "E1"]])
    other_programs.append(["import", "people", str(theirs), "--db", database_url])
    capsys.readouterr()

    assert run(["import", "people", str(mine), "--db", database_url, "--json"]) == 0
    err = capsys.readouterr().err
    assert "checking the rows again" in err and "Traceback" not in err
    assert count(database_url, "E7") == 1 and count(database_url, "E8") == 1


def test_when_it_conflicts_again_it_ends_with_a_message_naming_the_number(
        database_url, tmp_path, other_programs, capsys):
    assert run(["import", "people", str(write_roster(tmp_path / "base.csv", BASE)), "--db", database_url]) == 0
    mine = write_roster(tmp_path / "mine.csv", [["E7", "孙丽", "", "总部/销售部", "E1"],
                                                ["E8", "周杰", "", "总部/销售部", "E1"]])
    for number, name in (("E7", "孙丽"), ("E8", "周杰")):
        theirs = write_roster(tmp_path / f"theirs-{number}.csv", [[number, name, "", "总部/销售部", "E1"]])
        other_programs.append(["import", "people", str(theirs), "--db", database_url])
    capsys.readouterr()

    assert run(["import", "people", str(mine), "--db", database_url]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "Another program imported or changed people in this database at the same time" in err
    assert "(this import was adding E8)" in err and "Run the import again." in err
    assert count(database_url, "E7") == 1 and count(database_url, "E8") == 1


def test_two_programs_importing_the_same_new_people_at_once_both_finish_without_a_traceback(database_url, tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[3]
    assert run(["import", "people", str(write_roster(tmp_path / "base.csv", BASE)), "--db", database_url]) == 0
    new = write_roster(tmp_path / "new.csv", [[f"N{i}", f"新人{i}", "", "总部/销售部", "E1"] for i in range(40)])
    programs = [subprocess.Popen([sys.executable, "main.py", "import", "people", str(new), "--db", database_url],
                                 cwd=root, env=os.environ.copy(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 text=True) for _ in range(2)]
    results = [(program.wait(timeout=120), program.stderr.read()) for program in programs]
    for program in programs:
        program.stdout.close()
        program.stderr.close()
    assert [code for code, _ in results] == [0, 0], results
    assert not [err for _, err in results if "Traceback" in err]
    assert count(database_url, "N0") == 1 and count(database_url, "N39") == 1
