"""Speed and memory of Appraisal Workstation, each against a plain-library
baseline measured in the same run. Prints a Markdown table.

    python benchmarks/run.py                  # 20,000 employees (generates once, ~30 s)
    python benchmarks/run.py --employees 2000 --no-answers   # quick look
"""
from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Worker processes are spawned and import this module again: they must share the
# parent's sandbox (and its cached field font), not make their own.
SANDBOX = Path(os.environ.get("APPRAISAL_BENCH_SANDBOX") or tempfile.mkdtemp(prefix="appraisal-bench-"))
os.environ["APPRAISAL_BENCH_SANDBOX"] = str(SANDBOX)
os.environ["XDG_CONFIG_HOME"] = str(SANDBOX / "config")  # no remembered window state
os.environ["APPRAISAL_DATA_DIR"] = str(SANDBOX / "data")

ROWS: list[tuple[str, str, str, str, str]] = []


def row(what: str, ours: float, baseline: float | None, unit: str, goal: str = "", baseline_name: str = "") -> None:
    ratio = f"{ours / baseline:.2f}×" if baseline else "—"
    fmt = (lambda v: f"{v:.1f}") if unit in ("ms", "MiB") else (lambda v: f"{v:.2f}")
    base = f"{fmt(baseline)} {unit} ({baseline_name})" if baseline is not None else "—"
    ROWS.append((what, f"{fmt(ours)} {unit}", base, ratio, goal))
    print(f"  {what}: {fmt(ours)} {unit}", file=sys.stderr, flush=True)


def bench_database_creation() -> None:
    from db.location import resolve_database_url
    from db.migrate import open_database

    path = SANDBOX / "create.sqlite3"
    start = time.perf_counter()
    database, _ = open_database(resolve_database_url(str(path)))
    ours = time.perf_counter() - start
    with database.engine.connect() as conn:
        ddl = [r[0] for r in conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'")]
    database.dispose()
    plain = sqlite3.connect(SANDBOX / "create-plain.sqlite3")
    start = time.perf_counter()
    plain.executescript(";\n".join(ddl) + ";")
    plain.commit()
    baseline = time.perf_counter() - start
    plain.close()
    row("Create a database (migrate to head)", ours, baseline, "s", "", "sqlite3 runs the same DDL")


def bench_demo() -> None:
    from db.location import resolve_database_url
    from db.migrate import open_database
    from reviewer.demo import build_demo

    database, _ = open_database(resolve_database_url(str(SANDBOX / "demo.sqlite3")))
    start = time.perf_counter()
    with database.session() as session:
        build_demo(session)
    row("Load the demo company (250 people, 2 cycles)", time.perf_counter() - start, None, "s")
    database.dispose()


def bench_generation(path: Path, employees: int, answers: bool) -> None:
    from benchmarks.generate import QUESTIONS, answer_rows, generate

    report = generate(path, employees, answers)
    total = sum(report.seconds.values())
    row(f"Generate {report.employees:,} employees, {report.targets:,} targets, {report.answers:,} answers",
        total, None, "s")
    if not answers:
        return
    # Baseline: the same answer rows into a bare table (no keys, checks or indexes).
    plain = sqlite3.connect(SANDBOX / "answers-plain.sqlite3")
    plain.execute("PRAGMA journal_mode=WAL")
    plain.execute("PRAGMA synchronous=NORMAL")
    plain.execute("CREATE TABLE answers (request_id INT, question_id INT, rating INT, cannot_judge INT, updated_at TEXT)")
    rng = random.Random(1)
    requests = [(i, 0.0) for i in range(1, report.requests + 1)]
    start = time.perf_counter()
    plain.executemany("INSERT INTO answers VALUES (?, ?, ?, ?, ?)", answer_rows(requests, list(range(QUESTIONS)), rng))
    plain.commit()
    baseline = time.perf_counter() - start
    plain.close()
    row(f"… of which {report.answers:,} 360 answers (keys, checks, indexes)", report.seconds["360 answers"],
        baseline, "s", "", "sqlite3 executemany, bare table")


def _start_once(args: list[str]) -> dict[str, tuple[float, int, int, str]]:
    """Times from process start to each event the probe reports (SHOWN, LISTED)."""
    env = {**os.environ, "XDG_CONFIG_HOME": str(Path(tempfile.mkdtemp(dir=SANDBOX)))}
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, str(ROOT / "benchmarks" / "startup_probe.py"), *args],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    events = {}
    for line in process.stdout:
        event, rss, rows, heavy = line.split()
        events[event] = (time.perf_counter() - start, int(rss), int(rows), heavy)
    process.wait(timeout=60)
    if "SHOWN" not in events:
        raise RuntimeError(f"start-up probe {args} never showed a window (exit {process.returncode})")
    return events


def bench_startup(path: Path, employees: int, runs: int) -> None:
    _start_once(["bare"])  # warm the OS file cache for both, fairly
    _start_once(["app", str(path)])
    bare, ours = [], []
    for _ in range(runs):  # interleaved, so both see the same machine conditions
        bare.append(_start_once(["bare"]))
        ours.append(_start_once(["app", str(path)]))
    bare_time = statistics.median(r["SHOWN"][0] for r in bare)
    shown = statistics.median(r["SHOWN"][0] for r in ours)
    listed = statistics.median(r["LISTED"][0] for r in ours)
    rows_listed, heavy = ours[0]["LISTED"][2], ours[0]["SHOWN"][3]
    baseline = "bare QApplication + empty window"
    row(f"Cold start to the main window shown (median of {runs})", shown, bare_time, "s",
        f"≤ bare + 0.7 s = {bare_time + 0.7:.2f} s", baseline)
    row(f"Cold start until {rows_listed:,} people are listed (median of {runs})", listed, bare_time, "s", "", baseline)
    row("Peak memory at start-up, people listed", max(r["LISTED"][1] for r in ours) / 1024,
        max(r["SHOWN"][1] for r in bare) / 1024, "MiB", "", baseline)
    print(f"  heavy modules loaded at start-up: {heavy}", file=sys.stderr)
    ROWS.append(("Heavy modules imported before the window shows", heavy, "—", "—", "none of pandas, matplotlib, alembic"))


def bench_filter(path: Path, who: str = "", actor=None) -> None:
    from PySide6.QtWidgets import QApplication

    from db.location import resolve_database_url
    from db.migrate import open_database
    from reviewer.access import LOCAL_OWNER
    from reviewer.workstation import Workstation
    from ui.app import create_application
    from ui.main_window import MainWindow

    app = QApplication.instance() or create_application([], "en")
    database, _ = open_database(resolve_database_url(str(path)))
    workstation = Workstation(database, actor or LOCAL_OWNER)
    window = MainWindow(workstation)
    window.resize(1280, 760)
    window.show()
    page = window.people_page
    while page.stack.currentIndex() == page.LOADING:  # the list loads in the background
        QApplication.processEvents()
        time.sleep(0.005)
    first_name = page.model.index(0, 1).data()
    surname = first_name[0]
    keystrokes = [surname, first_name[:2], surname, "", "E", "E1", "E12", "E123", "E1234", "E123", "",
                  "h", "hu", "hua", "huax", "huaxi", "", "l", "li", "li.", "", "z", "zh", "zha", "zhan", "zhang", ""]
    times = []
    for text in keystrokes * 3:
        start = time.perf_counter()
        page.search.setText(text)
        QApplication.processEvents()
        times.append((time.perf_counter() - start) * 1000)
    rows = page.model._all
    search_keys = [f"{r.employee_no}\t{r.name}\t{r.email or ''}".casefold() for r in rows]
    base = []
    for text in keystrokes * 3:
        start = time.perf_counter()
        needle = text.casefold()
        _ = [k for k in search_keys if needle in k]
        base.append((time.perf_counter() - start) * 1000)
    row(f"People filter per keystroke at {len(rows):,} people{who} (median)", statistics.median(times),
        statistics.median(base), "ms", "≤ 50 ms", "list comprehension over the same strings")
    row(f"People filter per keystroke at {len(rows):,} people{who} (worst)", max(times), max(base), "ms", "≤ 50 ms",
        "list comprehension over the same strings")

    from reviewer.people.directory import list_people

    start = time.perf_counter()
    people = workstation.call(list_people)
    ours = time.perf_counter() - start
    plain = sqlite3.connect(path)
    start = time.perf_counter()
    plain.execute(
        "SELECT e.id, e.employee_no, e.name, e.email, e.department_id, d.name, p.title, p.title_zh, m.name, "
        "e.hire_date, e.is_active FROM employees e JOIN departments d ON d.id = e.department_id "
        "LEFT JOIN positions p ON p.id = e.position_id LEFT JOIN employees m ON m.id = e.manager_id "
        "ORDER BY e.employee_no").fetchall()
    baseline = time.perf_counter() - start
    plain.close()
    row(f"Read the people list ({len(people):,} rows{who})", ours * 1000, baseline * 1000, "ms", "",
        "sqlite3 runs the same query over everyone")
    window.close()
    database.dispose()
    del app


def bench_roster_import(employees: int) -> None:
    from benchmarks.roster_import import constrained_floor, import_with_validation, plain_floor, write_roster

    folder = SANDBOX / "roster"
    folder.mkdir()
    csv_path, xlsx_path = write_roster(folder, employees)
    for label, path in (("GBK CSV", csv_path), ("XLSX", xlsx_path)):
        ours, created = import_with_validation(folder / f"import-{path.suffix[1:]}.sqlite3", path)
        floor = constrained_floor(folder / f"floor-{path.suffix[1:]}.sqlite3", path)
        bare = plain_floor(folder / f"bare-{path.suffix[1:]}.sqlite3", path)
        goal = "≤ 2 s and ≤ 3× floor" if path.suffix == ".csv" else "≤ 3× floor"
        row(f"Import a {created:,}-person roster, {label}, fully checked", ours, floor, "s", goal,
            "pandas read + sqlite3 executemany into the same constrained tables")
        row("… the same against a bare table (information)", ours, bare, "s", "",
            "pandas read + sqlite3 executemany, no constraints")


def bench_feedback(path: Path, forms: int) -> None:
    from benchmarks.feedback import aggregate, form_round_trip

    ours, floor, subjects = aggregate(path)
    row(f"Aggregate a 360 cycle with anonymity rules ({subjects:,} subjects)", ours, floor, "s",
        "≤ 5 s and ≤ 2× floor", "pandas read_sql of the answers + one groupby")
    folder = SANDBOX / "forms"
    folder.mkdir(exist_ok=True)
    exported, imported, written, accepted = form_round_trip(path, folder, forms)
    row(f"Export {written:,} fillable 360 forms (30 questions each, 2 processes)", exported, None, "s", "≤ 30 s")
    row(f"Import {written:,} filled forms ({accepted:,} accepted)", imported, None, "s", "≤ 30 s")


def bench_appraisals(org_path: Path, count: int) -> None:
    from benchmarks.appraisals import batch_signed, single_signed

    ours, floor = single_signed(SANDBOX / "demo.sqlite3", SANDBOX / "signed")
    row("One signed appraisal PDF end to end (query, layout, charts, signature stamp with a Chinese name)",
        ours * 1000, floor * 1000, "ms", "≤ 250 ms and ≤ 1.5× floor",
        "plain reportlab draws the same text on as many pages + one plain pyHanko signature, default stamp")
    seconds, signed, reports = batch_signed(org_path, SANDBOX / "batch", count)
    row(f"Batch of {signed:,} signed appraisals on {min(os.cpu_count() or 1, 8)} processes "
        f"({reports:,} progress reports)", seconds, signed * floor / min(os.cpu_count() or 1, 8), "s", "≤ 150 s",
        "the single floor × documents ÷ processes")


def bench_access(employees: int, runs: int) -> None:
    """Issue 14: the audit trail's cost on a roster import, and the people list, its
    filter and the cold start for HR and for a manager of about 2,000 people."""
    from benchmarks.access import manager_actor, manager_of_about, roster_import_with_and_without_audit
    from benchmarks.generate import generate
    from benchmarks.roster_import import write_roster
    from db.location import resolve_database_url
    from db.migrate import open_database

    folder = SANDBOX / "access"
    folder.mkdir()
    csv_path, _xlsx = write_roster(folder, employees)
    template = folder / "empty.sqlite3"
    open_database(resolve_database_url(str(template)))[0].dispose()
    audited, plain, created, entries = roster_import_with_and_without_audit(folder, csv_path, template, runs)
    row(f"Import a {created:,}-person roster, GBK CSV, with the audit trail ({entries:,} entries; median of {runs})",
        audited, plain, "s", "≤ 2 s and ≤ 1.3×", "the same import writing no audit")

    path = SANDBOX / f"org-{employees}.sqlite3"
    if not path.exists():
        generate(path, employees, False)
    manager, line = manager_of_about(path, 2000)
    print(f"  manager: employee {manager} with {line:,} people below", file=sys.stderr)
    _start_once(["bare"])
    _start_once(["app", str(path)])
    bare, as_hr, as_manager = [], [], []
    for _ in range(runs):  # interleaved, so all three see the same machine conditions
        bare.append(_start_once(["bare"]))
        as_hr.append(_start_once(["app", str(path)]))
        as_manager.append(_start_once(["app", str(path), str(manager)]))
    bare_time = statistics.median(r["SHOWN"][0] for r in bare)
    for who, starts in (("HR", as_hr), (f"a manager of {line:,}", as_manager)):
        shown = statistics.median(r["SHOWN"][0] for r in starts)
        listed = statistics.median(r["LISTED"][0] for r in starts)
        row(f"Cold start to the main window shown, {who} (median of {runs})", shown, bare_time, "s",
            f"≤ bare + 0.7 s = {bare_time + 0.7:.2f} s", "bare QApplication + empty window")
        row(f"Cold start until {starts[0]['LISTED'][2]:,} people are listed, {who} (median of {runs})", listed,
            bare_time, "s", "", "bare QApplication + empty window")
    bench_filter(path, ", HR")
    bench_filter(path, f", manager of {line:,}", manager_actor(manager))


def bench_stages(employees: int) -> None:
    """Issue 15: each stage gate of a cycle of N people, and the cycle dashboard's service."""
    from benchmarks.generate import generate
    from benchmarks.stages import dashboard, gate_checks, prepare

    path = SANDBOX / f"stages-{employees}.sqlite3"
    generate(path, employees, False)
    cycle_id = prepare(path)
    for stage, ours, floor, blockers in gate_checks(path, cycle_id):
        row(f"Gate check leaving {stage}, {employees:,} people ({blockers:,} blockers; median of 3)", ours, floor,
            "s", "≤ 2 s", "sqlite3 fetching the same facts")
    ours, floor, people = dashboard(path, cycle_id)
    row(f"Cycle dashboard service, {people:,} people (median of 5)", ours * 1000, floor * 1000, "ms", "≤ 300 ms",
        "sqlite3 fetching the people and the gate's facts")
def bench_scoring(employees: int) -> None:
    """Issue 15: a whole cycle's scores against plain pandas over the same stored inputs."""
    from benchmarks.scoring import bench

    cache = Path(os.environ.get("APPRAISAL_BENCH_SCORING_CACHE") or SANDBOX / f"scoring-{employees}.sqlite3")
    ours, floor, people, worst, answers = bench(cache, employees)
    print(f"  scored {people:,} people; largest difference from the pandas result {worst:.2e}", file=sys.stderr)
    row(f"Score a whole cycle ({people:,} people, 10 KPIs each, 360 part over {answers:,} answers)",
        ours, floor, "s", f"≤ 5 s and ≤ 2× floor = {2 * floor:.2f} s",
        "pandas computes the same formula from the same stored inputs")


def bench_calibration(employees: int) -> None:
    """Issue 16: a blind session over a 2,000-person department: its grid and distribution,
    and one move saved."""
    from benchmarks.calibration import (DEPARTMENT_SIZE, grid_and_distribution, grid_and_distribution_floor,
                                        moves, moves_floor, open_department_session, prepare)
    from benchmarks.generate import generate
    from db.location import resolve_database_url
    from db.migrate import open_database
    from reviewer.workstation import Workstation

    path = SANDBOX / f"calibration-{employees}.sqlite3"
    generate(path, max(employees, DEPARTMENT_SIZE), False)
    cycle_id, department_id = prepare(path)
    database, _ = open_database(resolve_database_url(str(path)))
    workstation = Workstation(database)
    session_id = open_department_session(workstation, cycle_id, department_id)
    ours, people = grid_and_distribution(workstation, cycle_id, session_id)
    floor = grid_and_distribution_floor(path, session_id)
    row(f"Calibration grid + distribution, {people:,}-person department (blind; median of 5)", ours * 1000,
        floor * 1000, "ms", "≤ 300 ms", "sqlite3 fetching the same rows and counting the bands")
    ours = moves(workstation, session_id)
    floor = moves_floor(path, session_id)
    row("Calibration move saved (band, reason, record, audit; median of 9)", ours * 1000, floor * 1000, "ms",
        "≤ 50 ms", "sqlite3 updating the band and inserting the move")
    database.dispose()


def bench_leniency(employees: int, runs: int) -> None:
    """Issue 16: every manager's leniency in a cycle of N people, against plain pandas + scipy."""
    from benchmarks.leniency import bench

    cache = Path(os.environ.get("APPRAISAL_BENCH_LENIENCY_CACHE") or SANDBOX / f"leniency-{employees}.sqlite3")
    ours, floor, people, managers, worst = bench(cache, employees, runs)
    print(f"  {managers:,} managers; largest difference from the pandas result {worst:.2e}", file=sys.stderr)
    row(f"Leniency of every manager, {people:,} rated people, {managers:,} managers with 5 or more "
        f"(median of {runs})", ours, floor, "s", "≤ 1 s", "pandas + scipy compute the same figures from the same rows")


def bench_today(employees: int) -> None:
    """Issue 17: the Today view for HR at N employees with their cycles."""
    from benchmarks.generate import generate
    from benchmarks.today import floor, prepare, today_for_hr
    from db.location import resolve_database_url
    from db.migrate import open_database
    from reviewer.access import Actor, UserRole
    from reviewer.workstation import Workstation

    path = SANDBOX / f"today-{employees}.sqlite3"
    generate(path, employees, False)
    head = prepare(path)
    database, _ = open_database(resolve_database_url(str(path)))
    workstation = Workstation(database, Actor(None, "hr", "HR", UserRole.HR_ADMIN, employee_id=head))
    ours, items, people = today_for_hr(workstation)
    row(f"Today for HR, {employees:,} employees, 2 cycles past their deadlines ({items:,} items counting "
        f"{people:,} late; median of 5)", ours * 1000, floor(path, head) * 1000, "ms", "≤ 200 ms",
        "sqlite3 fetching the same facts grouped by manager")
    database.dispose()


def bench_backup(employees: int, with_answers: bool, runs: int) -> None:
    """Issue 18: a backup of the demo-scale database against sqlite3's own .backup of the
    same file, alternated in the same run (median of ``runs``). Ours is shown twice: the copy
    alone (SQLite's online backup API, to a temporary name, renamed) and the whole backup as
    the program makes it, which also proves the copy sound (integrity_check, schema version),
    and as closing the window makes it, proven by the quicker quick_check."""
    import shutil

    from benchmarks.generate import generate
    from db.location import resolve_database_url
    from reviewer.database import backup as backups

    cache = Path(os.environ.get("APPRAISAL_BENCH_BACKUP_CACHE") or SANDBOX / f"backup-{employees}.sqlite3")
    if not cache.exists():
        start = time.perf_counter()
        generate(cache, employees, with_answers)
        print(f"  generated {cache} in {time.perf_counter() - start:.0f} s", file=sys.stderr, flush=True)
    with sqlite3.connect(cache) as conn:
        answers = conn.execute("SELECT count(*) FROM answers").fetchone()[0] if with_answers else 0
        people = conn.execute("SELECT count(*) FROM employees").fetchone()[0]
    size = cache.stat().st_size / 2**20
    url = resolve_database_url(str(cache))
    out = SANDBOX / "backups-out"
    out.mkdir(exist_ok=True)
    cli = shutil.which("sqlite3")

    def plain() -> float:
        target = out / "plain.sqlite3"
        target.unlink(missing_ok=True)
        start = time.perf_counter()
        if cli:
            subprocess.run([cli, str(cache), f".backup '{target}'"], check=True)
        else:
            source, destination = sqlite3.connect(cache), sqlite3.connect(target)
            source.backup(destination)
            destination.close(), source.close()
        return time.perf_counter() - start

    def copy_only() -> float:
        target = out / "ours-copy.sqlite3"
        target.unlink(missing_ok=True)  # as for the baseline: removing the last copy is not timed
        start = time.perf_counter()
        partial = target.with_name(target.name + backups.PART_SUFFIX)
        backups._copy(cache, partial, None)
        os.replace(partial, target)
        return time.perf_counter() - start

    def whole(quick: bool = False) -> float:
        target = out / "ours.sqlite3"
        target.unlink(missing_ok=True)
        start = time.perf_counter()
        backups.back_up(url, out=target, quick_check=quick)
        return time.perf_counter() - start

    times: dict[str, list[float]] = {"plain": [], "copy": [], "whole": [], "exit": []}
    for _ in range(runs):
        times["plain"].append(plain())
        times["copy"].append(copy_only())
        times["whole"].append(whole())
        times["exit"].append(whole(quick=True))
    median = {key: statistics.median(values) for key, values in times.items()}
    baseline_name = "sqlite3 CLI .backup of the same file" if cli else "Python sqlite3 backup of the same file"
    what = f"{people:,} employees, {answers:,} answers, {size:,.0f} MiB; median of {runs}"
    row(f"Back up the database: the copy ({what})", median["copy"], median["plain"], "s", "≤ 1.2×", baseline_name)
    row(f"Back up the database as the program does: copy + integrity_check + schema version ({what})",
        median["whole"], median["plain"], "s", "information", baseline_name)
    row(f"Back up on closing the window (a file this big is proven by quick_check) ({what})",
        median["exit"], median["plain"], "s", "information", baseline_name)


def bench_version_check(saves: int) -> None:
    from benchmarks.version_check import ROUNDS, version_check_cost

    checked, plain = version_check_cost(SANDBOX, saves)
    row(f"Save a target {saves:,} times, one unit of work each, with the row version check (median of "
        f"{ROUNDS})", checked, plain, "s", "small", "plain SQLAlchemy, same table without the version column")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--employees", type=int, default=20000)
    parser.add_argument("--no-answers", action="store_true", help="skip the 4.8 M answers (faster)")
    parser.add_argument("--runs", type=int, default=9, help="cold starts per variant")
    parser.add_argument("--forms", type=int, default=1000, help="offline forms to export and import")
    parser.add_argument("--appraisals", type=int, default=1000, help="signed appraisals in the batch")
    parser.add_argument("--only-appraisals", action="store_true", help="demo, organisation and appraisal rows only")
    parser.add_argument("--only-access", action="store_true",
                        help="issue 14 rows only: audit cost on a roster import; HR and a manager of 2,000")
    parser.add_argument("--only-stages", action="store_true", help="issue 15 rows only: stage gates, dashboard")
    parser.add_argument("--only-scoring", action="store_true",
                        help="issue 15 row only: a whole cycle's scores (builds the 4.8 M answers once into a "
                             "cached file; APPRAISAL_BENCH_SCORING_CACHE names it to reuse it across runs)")
    parser.add_argument("--only-calibration", action="store_true",
                        help="issue 16 rows only: a session's grid and distribution over 2,000 people, one move")
    parser.add_argument("--only-leniency", action="store_true",
                        help="issue 16 row only: every manager's leniency in a cycle of N people (builds the "
                             "cycle once into a cached file; APPRAISAL_BENCH_LENIENCY_CACHE names it)")
    parser.add_argument("--only-today", action="store_true",
                        help="issue 17 row only: the Today view for HR at N employees with their cycles")
    parser.add_argument("--only-backup", action="store_true",
                        help="issue 18 rows only: a backup of the N-employee database (with its answers unless "
                             "--no-answers; APPRAISAL_BENCH_BACKUP_CACHE names a file to reuse) against sqlite3's "
                             "own .backup of the same file")
    parser.add_argument("--only-version-check", action="store_true",
                        help="issue 18 row only: saving a target N times with and without the row version check")
    parser.add_argument("--saves", type=int, default=2000, help="target saves for --only-version-check")
    args = parser.parse_args()
    path = SANDBOX / f"org-{args.employees}.sqlite3"
    print("Measuring (progress on stderr) …", file=sys.stderr)
    if args.only_backup or args.only_version_check:
        if args.only_backup:
            bench_backup(args.employees, not args.no_answers, min(args.runs, 5))
        if args.only_version_check:
            bench_version_check(args.saves)
        _print_table()
        return
    if args.only_today:
        bench_today(args.employees)
        _print_table()
        return
    if args.only_leniency:
        bench_leniency(args.employees, min(args.runs, 5))
        _print_table()
        return
    if args.only_scoring:
        bench_scoring(args.employees)
        _print_table()
        return
    if args.only_access:
        bench_access(args.employees, args.runs)
        _print_table()
        return
    if args.only_calibration:
        bench_calibration(args.employees)
        _print_table()
        return
    if args.only_stages:
        bench_stages(args.employees)
        _print_table()
        return
    if args.only_appraisals:
        bench_demo()
        bench_generation(path, args.employees, False)
        bench_appraisals(path, args.appraisals)
        _print_table()
        return
    bench_database_creation()
    bench_demo()
    bench_roster_import(args.employees)
    bench_generation(path, args.employees, not args.no_answers)
    bench_appraisals(path, args.appraisals)
    if not args.no_answers:
        bench_feedback(path, args.forms)
    bench_startup(path, args.employees, args.runs)
    bench_filter(path)
    _print_table()


def _print_table() -> None:
    import platform

    print(f"\nAppraisal Workstation benchmarks — {platform.python_version()}, {os.cpu_count()} cores, "
          f"{time.strftime('%Y-%m-%d')}\n")
    print("| Measure | Ours | Baseline (same run) | Ratio | Goal |")
    print("|---|---|---|---|---|")
    for cells in ROWS:
        print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
