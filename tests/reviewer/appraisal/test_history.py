"""History: a person's trend across cycles and a team's cycle-to-cycle comparison,
what a manager may see of them, and the spreadsheet (SQLite and PostgreSQL)."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from db.models import Appraisal, AppraisalState

from reviewer.access import Actor, UserRole, bind
from reviewer.appraisal.history import export_history, person_history, team_comparison
from reviewer.errors import PermissionDenied

from .history_company import build_history_company


@pytest.fixture
def company(database):
    with database.session() as session:
        ids = build_history_company(session)
        session.commit()
    return ids


def _as_manager(session, ids):
    return bind(session, Actor(9, "wang", "王建国", UserRole.MANAGER, ids["M1"]))


def test_a_persons_trend_lists_each_cycle_oldest_first_with_parts_and_bands(database, company):
    with database.session() as session:
        history = person_history(session, company["E1"], language="zh")
    assert history.name == "李娜" and history.department == "销售部/销售一组"
    assert [p.cycle for p in history.points] == ["2025 H1", "2025 H2", "2026 H1"]
    first, second, running = history.points
    assert (first.kpi_score, first.competency_score, first.final_score, first.band, first.calibrated_band) == (
        70.0, 72.0, 70.6, "良好", None)
    assert (second.final_score, second.band, second.calibrated_band) == (90.4, "卓越", "卓越")
    # The running cycle's 360 results are not published: only the KPI part shows.
    assert running.withheld and running.kpi_score == 88.0
    assert (running.competency_score, running.final_score, running.band) == (None, None, None)


def test_the_band_is_reached_by_the_score_as_shown(database, company):
    with database.session() as session:
        [point] = [p for p in person_history(session, company["E3"]).points if p.final_score is not None]
    assert point.final_score == 74.96 and point.band == "Strong"  # 74.96 shows as 75.0, band B's minimum


def test_a_manager_sees_their_line_and_only_the_released_parts_of_their_own_record(database, company):
    with database.session() as session:
        # 2025 H2 is published but his appraisal there is not yet released to him.
        appraisal = session.scalar(select(Appraisal).where(Appraisal.employee_id == company["M1"],
                                                           Appraisal.cycle_id == company["2025 H2"]))
        appraisal.state = AppraisalState.CALIBRATED
        session.commit()
        assert person_history(session, company["M1"]).points[1].final_score == 85.9  # HR sees it
    with database.session() as session:
        _as_manager(session, company)
        assert person_history(session, company["E2"]).points[0].final_score == 57.0
        own = person_history(session, company["M1"])
        # The signed (released) appraisal is his to see; the others show nothing confidential.
        assert [p.final_score for p in own.points] == [80.6, None, None]
        assert [p.withheld for p in own.points] == [False, True, True]
        assert (own.points[1].kpi_score, own.points[1].calibrated_band, own.points[1].band) == (85.0, None, None)
        session.info.clear()
        bind(session, Actor(10, "li", "李娜", UserRole.MANAGER, company["E1"]))
        with pytest.raises(PermissionDenied):
            person_history(session, company["E2"])


def test_a_team_comparison_shows_score_band_and_change_per_cycle(database, company):
    with database.session() as session:
        comparison = team_comparison(session, [company["2025 H1"], company["2025 H2"]],
                                     department_id=company["sales"])
    assert [name for _, name in comparison.cycles] == ["2025 H1", "2025 H2"]
    rows = {r.employee_no: r for r in comparison.rows}
    assert set(rows) == {"M1", "E1", "E2", "E3", "E4"}  # sub-departments included
    first, second = rows["E1"].results
    assert (first.score, first.band, first.change) == (70.6, "Solid", None)
    assert (second.score, second.band, second.change) == (90.4, "Outstanding", 19.8)
    assert rows["E2"].results[1].band == "Strong"  # the calibrated band wins over the reached one
    assert rows["E3"].results[0] is None and rows["E4"].results[1] is None
    assert not rows["E4"].is_active


def test_a_manager_compares_their_line_but_never_themselves(database, company):
    with database.session() as session:
        _as_manager(session, company)
        comparison = team_comparison(session)
    assert [r.employee_no for r in comparison.rows] == ["E1", "E2", "E3", "E4"]
    assert [name for _, name in comparison.cycles] == ["2025 H1", "2025 H2", "2026 H1"]
    running = comparison.rows[0].results[2]
    assert (running.score, running.band, running.change) == (None, None, None)  # not published yet


def test_the_export_writes_chinese_names_and_neutralises_formulas(database, company, tmp_path):
    with database.session() as session:
        path, count = export_history(session, tmp_path / "team.xlsx", manager_id=company["M1"], language="zh")
        trend, trend_rows = export_history(session, tmp_path / "li.xlsx", employee_id=company["E1"],
                                           language="zh")
    assert count == 4 and trend_rows == 3
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("工号", "姓名", "部门", "状态") and rows[0][4] == "2025 H1 得分"
    names = [r[1] for r in rows[1:]]
    assert "李娜" in names
    hostile = next(c for c in sheet["B"] if c.value and str(c.value).startswith("=cmd"))
    assert hostile.data_type == "s" and hostile.quotePrefix  # shown as text, never run
    li = load_workbook(trend).active
    assert [c.value for c in li["D"]][1:] == ["2025 H1", "2025 H2", "2026 H1"]
    assert li["J4"].value == "暂不显示"


def test_export_history_on_the_command_line(database, database_url, company, tmp_path, capsys):
    from reviewer.cli.runner import run

    target = tmp_path / "history.xlsx"
    assert run(["export", "history", str(target), "--db", database_url, "--department", "销售一组",
                "--cycles", "2025 H1,2025 H2", "--json"]) == 0
    assert '"rows": 4' in capsys.readouterr().out
    header = next(load_workbook(target).active.iter_rows(values_only=True))
    assert header[-3:] == ("2025 H2 score", "2025 H2 band", "2025 H2 change")
    assert run(["export", "history", str(target), "--db", database_url, "--employee", "NOPE"]) == 1
    assert "There is no employee with the number NOPE." in capsys.readouterr().err
