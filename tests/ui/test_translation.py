"""The Chinese catalogue is complete and actually used."""
from __future__ import annotations

from reviewer.workstation import Workstation
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from reviewer.resources import TRANSLATIONS_DIR
from ui.i18n import install_translators

ROOT = Path(__file__).resolve().parents[2]


def test_every_string_in_the_catalogue_is_translated():
    tree = ET.parse(TRANSLATIONS_DIR / "appraisal_zh_CN.ts")
    unfinished = [m.findtext("source") for m in tree.iter("message")
                  if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
                  or not m.findtext("translation")]
    assert unfinished == []


def test_the_catalogue_covers_every_translatable_string_in_the_code(tmp_path):
    scripts = Path(sys.executable).parent
    lupdate = next(p for p in (scripts / "pyside6-lupdate", scripts / "pyside6-lupdate.exe") if p.exists())
    fresh = tmp_path / "fresh.ts"
    sys.path.insert(0, str(ROOT))
    from run import translation_sources  # the same files the catalogue is made from

    sources = translation_sources()
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    in_code = {m.findtext("source") for m in ET.parse(fresh).iter("message")}
    in_catalogue = {m.findtext("source") for m in ET.parse(TRANSLATIONS_DIR / "appraisal_zh_CN.ts").iter("message")}
    assert in_code - in_catalogue == set(), "run: python run.py translations"


def test_main_window_speaks_chinese_when_chosen(qapp, qtbot, demo_database):
    translators = install_translators(qapp, "zh_CN")
    try:
        from ui.main_window import PAGE_KEYS, MainWindow

        main = MainWindow(Workstation(demo_database))
        qtbot.addWidget(main)
        assert main.windowTitle() == "绩效考核工作台"
        sidebar = [main.sidebar.item(i).text() for i in range(main.sidebar.count())]
        assert sidebar[PAGE_KEYS.index("people")] == "人员" and "360 评估" in sidebar
        assert main.people_page.model.headerData(1, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) == "姓名"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        install_translators(qapp, "en")


def test_service_errors_and_returned_form_verdicts_are_said_in_chinese(qapp, demo_database, tmp_path):
    from reviewer.errors import StageBlocked
    from reviewer.feedback.offline_import import import_forms
    from ui.problem_text import coded_text, error_text

    not_a_pdf = tmp_path / "回执.pdf"
    not_a_pdf.write_text("hello", encoding="utf-8")
    with demo_database.session() as session:
        [result] = import_forms(session, [not_a_pdf])
    translators = install_translators(qapp, "zh_CN")
    try:
        assert error_text(StageBlocked.coded("request_submitted")) == "此评估已提交，答案已锁定。"
        assert coded_text(result.text, result.params) == "这不是 PDF 文件。请评估人发回 PDF 表单本身。"
        assert result.message.startswith("This is not a PDF file")  # the command line stays English
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        install_translators(qapp, "en")


def test_stages_and_signers_named_in_messages_are_said_in_chinese(qapp, empty_sqlite_database):
    from db.models import Cycle, CycleStage, SignerRole
    from reviewer.cycles.blockers import gate_blockers
    from reviewer.cycles.participation import ensure_appraisals
    from reviewer.errors import ValidationError
    from reviewer.messages import Term
    from tests.reviewer.cycles.company import appraisal_of, build_company, sign
    from ui.vocabulary import stage_name
    from ui.problem_text import coded_text, error_text

    with empty_sqlite_database.session() as session:
        company = build_company(session)
        cycle = session.get(Cycle, company.cycle_id)
        cycle.stage = CycleStage.GOAL_SETTING
        ensure_appraisals(session, cycle)
        for first in company.ids:
            sign(session, appraisal_of(session, company, first), *((SignerRole.MANAGER,) if first == "Cai" else SignerRole))
        [blocker] = gate_blockers(session, cycle, CycleStage.SIGN_OFF)
    reopened = ValidationError.coded("reopen_not_back", stage=Term("stage", CycleStage.SIGN_OFF),
                                     to=Term("stage", CycleStage.CLOSED))
    translators = install_translators(qapp, "zh_CN")
    try:
        signatures = coded_text(blocker.message_code, blocker.params)
        assert "员工" in signatures and "人力资源" in signatures
        assert "employee" not in signatures and "hr" not in signatures
        assert error_text(reopened) == "周期处于 签署；退回须选择比它更早的阶段，而不是 已关闭。"
        assert stage_name(CycleStage.SIGN_OFF) == "签署"  # the window's name and the message's are one word
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        install_translators(qapp, "en")
    assert "still needs the signatures of: Employee, HR." in coded_text(blocker.message_code, blocker.params)
    assert error_text(reopened).startswith("The cycle is at Sign-off;")
