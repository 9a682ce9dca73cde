"""Import of a large roster with full validation, against a plain floor:
pandas reads the same file and sqlite3 inserts the same rows into a bare table."""
from __future__ import annotations

import random
import sqlite3
import time
from pathlib import Path

from reviewer.demo.organisation import POSITIONS, plan_organisation


def write_roster(folder: Path, employees: int) -> tuple[Path, Path]:
    """The same roster as a GBK CSV (as Chinese Excel saves it) and as XLSX."""
    from openpyxl import Workbook

    rng = random.Random(7)
    position_ids = {title: n for n, (title, _zh, _m) in enumerate(POSITIONS, start=1)}
    plan = plan_organisation(rng, employees, position_ids)
    titles = {n: zh for n, (_t, zh, _m) in enumerate(POSITIONS, start=1)}
    depts = {d["id"]: d for d in plan.departments}

    def path_of(dept_id):
        parts = []
        while dept_id:
            parts.insert(0, depts[dept_id]["name"])
            dept_id = depts[dept_id]["parent_id"]
        return "/".join(parts)

    numbers = {p.id: p.row["employee_no"] for p in plan.people}
    headers = ["工号", "姓名", "邮箱", "部门", "职位", "直属上级", "入职日期"]
    rows = [[p.row["employee_no"], p.row["name"], p.row["email"], path_of(p.row["department_id"]),
             titles[p.row["position_id"]], numbers.get(p.row["manager_id"], ""), p.row["hire_date"]]
            for p in plan.people]
    csv_path = folder / "roster-gbk.csv"
    lines = [",".join(headers)] + [",".join(str(c) for c in r[:6]) + "," + r[6].strftime("%Y/%m/%d") for r in rows]
    csv_path.write_bytes(("\r\n".join(lines) + "\r\n").encode("gb18030"))
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("花名册")
    sheet.append(headers)
    for r in rows:
        sheet.append(r)
    xlsx_path = folder / "roster.xlsx"
    workbook.save(xlsx_path)
    return csv_path, xlsx_path


def import_with_validation(database_path: Path, roster: Path) -> tuple[float, int]:
    from db.location import resolve_database_url
    from db.migrate import open_database
    from reviewer.io.tables import read_table
    from reviewer.roster import guess_mapping, import_roster

    database, _ = open_database(resolve_database_url(str(database_path)))
    start = time.perf_counter()
    table = read_table(roster)
    with database.session() as session:
        result = import_roster(session, table, guess_mapping(table.headers))
    elapsed = time.perf_counter() - start
    database.dispose()
    assert result.imported and result.rejected == 0, result.problems[:5]
    return elapsed, result.created


def plain_floor(database_path: Path, roster: Path) -> float:
    import pandas as pd

    start = time.perf_counter()
    if roster.suffix == ".csv":
        frame = pd.read_csv(roster, encoding="gb18030", dtype=str)
    else:
        frame = pd.read_excel(roster, dtype=str)
    connection = sqlite3.connect(database_path)
    connection.execute("CREATE TABLE people (no TEXT, name TEXT, email TEXT, dept TEXT, title TEXT, "
                       "manager TEXT, hired TEXT)")
    connection.executemany("INSERT INTO people VALUES (?, ?, ?, ?, ?, ?, ?)",
                           frame.itertuples(index=False, name=None))
    connection.commit()
    connection.close()
    return time.perf_counter() - start
