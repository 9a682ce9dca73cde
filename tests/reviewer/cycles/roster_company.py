"""A small company built from a roster file (not the demo), for the cycle tests."""
from __future__ import annotations

from pathlib import Path

from reviewer.io.tables import read_table
from reviewer.roster import guess_mapping, import_roster

HEADERS = ["工号", "姓名", "邮箱", "部门", "职位", "直属上级", "入职日期"]
ROWS = [
    ["E1", "张伟", "zhang.wei@example.com", "总部", "总经理", "", "2015-03-01"],
    ["E2", "王芳", "wang.fang@example.com", "总部/销售部", "销售经理", "E1", "2018-07-15"],
    ["E3", "李强", "li.qiang@example.com", "总部/销售部/销售一组", "客户经理", "E2", "2021-05-06"],
    ["E4", "Emily Chen", "emily.chen@example.com", "总部/销售部/销售一组", "客户经理", "E3", "2023-01-02"],
    ["E5", "赵敏", "zhao.min@example.com", "总部/财务部", "会计", "E1", "2020-02-03"],
    # Joins after the cycles in the tests start: not a starting participant.
    ["E6", "孙丽", "sun.li@example.com", "总部/销售部", "客户经理", "E2", "2027-03-01"],
]


def write_roster(folder: Path) -> Path:
    path = folder / "roster.csv"
    path.write_text("\n".join(",".join(row) for row in [HEADERS, *ROWS]) + "\n", encoding="utf-8")
    return path


def import_company(database, folder: Path) -> None:
    table = read_table(write_roster(folder))
    with database.session() as session:
        result = import_roster(session, table, guess_mapping(table.headers))
    assert result.imported and result.created == len(ROWS), result
