"""The Nine-box tab: boxes with names, counts and people; flipping the axes; moving a
person by keyboard or by drop, with a reason that is required; blind codes; export."""
from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QDialogButtonBox

from reviewer.calibration.moves import session_moves
from tests.reviewer.calibration.ninebox_company import calibration_company, codes_of, open_test_session
from ui.calibration.ninebox_view import MIME_TYPE, MoveReasonDialog, NineBoxView


def _view(qtbot, company, session_id, who="hr") -> NineBoxView:
    view = NineBoxView(company.as_(who))
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=30000):
        view.show_session(company.cycle_id, session_id)
    return view


def _answer(monkeypatch, reason: str | None, asked: list):
    def ask(self, person, from_box, to_box):
        asked.append((person, from_box, to_box))
        return reason
    monkeypatch.setattr(NineBoxView, "_ask_reason", ask)


def test_the_boxes_show_names_counts_and_people_and_flip(app, qtbot, empty_sqlite_database):
    company = calibration_company(empty_sqlite_database)
    view = _view(qtbot, company, open_test_session(company))
    assert view.box_labels()["star"] == ["周建国"] and view.box_labels()["core_player"] == ["李娜"]
    assert view.frames["star"].count.text() == "<b>1</b>" and "Star" in view.frames["star"].title.text()
    assert "ready for a bigger role" in view.frames["star"].meaning.text()
    assert (view.box_at(0, 2), view.box_at(2, 2)) == ("star", "trusted_professional")
    assert [p.label for p in view.not_rated_model.rows] == ["陈静"] and "(1)" in view.not_rated_title.text()
    assert view.across_label.text().startswith("Performance")
    view.flip.setChecked(True)
    assert view.across_label.text().startswith("Potential")
    assert (view.box_at(0, 0), view.box_at(0, 2)) == ("trusted_professional", "star")


def test_a_person_moves_by_keyboard_with_a_reason_and_the_move_is_recorded(app, qtbot, empty_sqlite_database,
                                                                          monkeypatch):
    company = calibration_company(empty_sqlite_database)
    session_id = open_test_session(company)
    view = _view(qtbot, company, session_id)
    asked = []
    _answer(monkeypatch, "带队拿下华东大客户", asked)
    people_list = view.select_person(company.appraisals["S002"])
    with qtbot.waitSignal(view.changed, timeout=30000):
        qtbot.keyClick(people_list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert asked == [("李娜", "Core player", "High potential")]
    qtbot.waitUntil(lambda: view.box_labels()["high_potential"] == ["李娜"], timeout=30000)
    moves = company.as_("hr").call(session_moves, session_id)
    assert [(m.axis, m.from_level, m.to_level, m.reason) for m in moves] == [
        ("potential", "medium", "high", "带队拿下华东大客户")]

    # Dropped on the star box: the band moves too (C to B).
    with qtbot.waitSignal(view.changed, timeout=30000):
        data = QMimeData()
        data.setData(MIME_TYPE, str(company.appraisals["S002"]).encode())
        view.frames["star"].model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, view.frames["star"].list.rootIndex())
    qtbot.waitUntil(lambda: "李娜" in view.box_labels()["star"], timeout=30000)
    assert [m.axis for m in company.as_("hr").call(session_moves, session_id)][-1] == "band"


def test_no_reason_no_move(app, qtbot, empty_sqlite_database, monkeypatch):
    company = calibration_company(empty_sqlite_database)
    session_id = open_test_session(company)
    dialog = MoveReasonDialog("李娜", "Core player", "Star")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.reason.setPlainText("   ")
    assert not ok.isEnabled()
    dialog.reason.setPlainText("Led the key account")
    assert ok.isEnabled()
    view = _view(qtbot, company, session_id)
    _answer(monkeypatch, None, [])  # the user cancels the reason
    view.request_move(company.appraisals["S002"], "star")
    qtbot.wait(200)
    assert company.as_("hr").call(session_moves, session_id) == [] and view.box_labels()["core_player"] == ["李娜"]


def test_blind_session_shows_codes_and_a_reader_cannot_move(app, qtbot, empty_sqlite_database, monkeypatch):
    company = calibration_company(empty_sqlite_database)
    session_id = open_test_session(company, blind=True, participants=("S002",))
    view = _view(qtbot, company, session_id, who="lina")
    codes = codes_of(company, session_id)
    assert view.box_labels()["star"] == [codes["S001"]]
    shown = " ".join(label for labels in view.box_labels().values() for label in labels)
    assert "周建国" not in shown and "Blind session" in view.notice.text() and "Read only" in view.notice.text()
    asked = []
    _answer(monkeypatch, "x", asked)
    view.request_move(company.appraisals["S002"], "star")
    assert asked == []  # a participant reads; only HR moves


def test_export_writes_the_file_in_the_background(app, qtbot, empty_sqlite_database, tmp_path):
    company = calibration_company(empty_sqlite_database)
    view = _view(qtbot, company, open_test_session(company))
    view.export_to(str(tmp_path / "nine.xlsx"))
    qtbot.waitUntil(lambda: "Saved" in view.notice.text(), timeout=30000)
    assert (tmp_path / "nine.xlsx").exists()
