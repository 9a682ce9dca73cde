"""A name kept in both languages (a KPI's) is said in the message's language: the window
in Chinese names the KPI in Chinese, the command line and JSON keep the English name."""
from __future__ import annotations

from reviewer.messages import Named, render


def test_a_named_parameter_is_said_in_the_language_of_the_message():
    params = {"kpi": Named("Customer satisfaction", "客户满意度"), "name": "张伟", "number": "P004",
              "attainment": "60%", "cycle": "2026 H2"}
    assert "Customer satisfaction" in render("today_kpi_alert", params)

    def chinese(context: str, text: str) -> str:
        return "zh" if (context, text) == ("language", "en") else text

    assert "客户满意度" in render("today_kpi_alert", params, translate=chinese)
    assert "Customer satisfaction" in render("today_kpi_alert", {**params, "kpi": Named("Customer satisfaction", None)},
                                             translate=chinese)
    assert params["kpi"] == "Customer satisfaction"  # JSON and comparisons keep the English name


def test_the_chinese_catalogue_marks_itself_chinese(qapp):
    from PySide6.QtCore import QCoreApplication

    from reviewer.messages import LANGUAGE_MARK
    from ui.app import create_application

    create_application([], "zh_CN")
    try:
        assert QCoreApplication.translate("language", LANGUAGE_MARK) == "zh"
    finally:
        create_application([], "en")
