"""Import of a large roster with full validation, against two plain floors measured
in the same run: pandas reads the same file and sqlite3 inserts the same rows

- into the same constrained tables of a migrated database (keys, unique numbers and
  e-mails, CHECKs and the reporting-loop triggers): the floor the goal is set against;
- into a bare table with no constraints: information only."""
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


def _read_frame(roster: Path):
    import pandas as pd

    if roster.suffix == ".csv":
        return pd.read_csv(roster, encoding="gb18030", dtype=str, keep_default_na=False)
    return pd.read_excel(roster, dtype=str, keep_default_na=False)


def constrained_floor(database_path: Path, roster: Path) -> float:
    """pandas read, then plain sqlite3 executemany of the same departments, positions
    and people into the program's own constrained tables (no checks in Python beyond
    resolving names to ids, which any loader must do)."""
    from db.location import resolve_database_url
    from db.migrate import open_database

    database, _ = open_database(resolve_database_url(str(database_path)))
    database.dispose()
    start = time.perf_counter()
    frame = _read_frame(roster)
    connection = sqlite3.connect(database_path)
    connection.execute("PRAGMA foreign_keys = ON")
    department_ids: dict[tuple[str, ...], int] = {}
    department_rows = []
    for path in sorted({tuple(p.split("/")) for p in frame.iloc[:, 3]}, key=len):
        for depth in range(1, len(path) + 1):
            key = path[:depth]
            if key not in department_ids:
                department_ids[key] = len(department_ids) + 1
                department_rows.append((department_ids[key], key[-1], department_ids.get(key[:-1])))
    connection.executemany("INSERT INTO departments (id, name, parent_id) VALUES (?, ?, ?)", department_rows)
    position_ids = {title: n for n, title in enumerate(sorted(set(frame.iloc[:, 4]) - {""}), start=1)}
    connection.executemany("INSERT INTO positions (id, title, is_manager_role) VALUES (?, ?, 0)",
                           [(n, title) for title, n in position_ids.items()])
    records = list(frame.itertuples(index=False, name=None))
    employee_ids = {r[0]: n for n, r in enumerate(records, start=1)}
    # Managers before their reports, as the foreign key and loop triggers demand.
    depth: dict[str, int] = {}

    def level(number: str) -> int:
        chain = []
        while number and number not in depth:
            chain.append(number)
            number = records[employee_ids[number] - 1][5]
        base = depth.get(number, -1)
        for n in reversed(chain):
            base += 1
            depth[n] = base
        return depth[chain[0]] if chain else base

    now = "2026-01-01 00:00:00"
    ordered = sorted(records, key=lambda r: level(r[0]))
    connection.executemany(
        "INSERT INTO employees (id, employee_no, name, email, department_id, position_id, manager_id, "
        "hire_date, is_active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
        [(employee_ids[r[0]], r[0], r[1], r[2] or None, department_ids[tuple(r[3].split("/"))],
          position_ids.get(r[4]), employee_ids.get(r[5]), str(r[6])[:10].replace("/", "-"), now, now)
         for r in ordered])
    connection.commit()
    elapsed = time.perf_counter() - start
    stored = connection.execute("SELECT count(*) FROM employees").fetchone()[0]
    connection.close()
    assert stored == len(records), (stored, len(records))
    return elapsed


def plain_floor(database_path: Path, roster: Path) -> float:
    start = time.perf_counter()
    frame = _read_frame(roster)
    connection = sqlite3.connect(database_path)
    connection.execute("CREATE TABLE people (no TEXT, name TEXT, email TEXT, dept TEXT, title TEXT, "
                       "manager TEXT, hired TEXT)")
    connection.executemany("INSERT INTO people VALUES (?, ?, ?, ?, ?, ?, ?)",
                           frame.itertuples(index=False, name=None))
    connection.commit()
    connection.close()
    return time.perf_counter() - start
