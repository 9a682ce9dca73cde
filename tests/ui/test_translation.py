"""The Chinese catalogue is complete and actually used."""
from __future__ import annotations

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
    sources = [str(p) for p in (ROOT / "ui").rglob("*.py")] + [str(ROOT / "reviewer" / "messages.py")]
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    in_code = {m.findtext("source") for m in ET.parse(fresh).iter("message")}
    in_catalogue = {m.findtext("source") for m in ET.parse(TRANSLATIONS_DIR / "appraisal_zh_CN.ts").iter("message")}
    assert in_code - in_catalogue == set(), "run: python run.py translations"


def test_main_window_speaks_chinese_when_chosen(qapp, qtbot, demo_database):
    translators = install_translators(qapp, "zh_CN")
    try:
        from ui.main_window import MainWindow

        main = MainWindow(demo_database)
        qtbot.addWidget(main)
        assert main.windowTitle() == "绩效考核工作台"
        sidebar = [main.sidebar.item(i).text() for i in range(main.sidebar.count())]
        assert sidebar[0] == "人员" and "360 评估" in sidebar
        assert main.people_page.model.headerData(1, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) == "姓名"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        install_translators(qapp, "en")
