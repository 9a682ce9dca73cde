"""Editing a 360 template in use creates a new version; the competency library is edited in place."""
from __future__ import annotations

from reviewer.workstation import Workstation

from sqlalchemy import func, select

from db.models import Competency, FormTemplate
from ui.dialogs.competencies_dialog import CompetenciesDialog
from ui.dialogs.template_editor import TemplateEditor


def test_editing_a_used_template_saves_a_new_version(app, qtbot, demo_database):
    editor = TemplateEditor(Workstation(demo_database))
    qtbot.addWidget(editor)
    with demo_database.session() as session:
        before = session.scalar(select(func.count()).select_from(FormTemplate))
    first_section = editor.tree.topLevelItem(0)
    editor.tree.setCurrentItem(first_section.child(0))
    assert editor.editors.currentWidget() is editor.question_editor
    editor.question_editor.text_zh.setText("主动分享信息")
    editor.question_editor.scale_max.setValue(6)  # a new point needs its words before saving
    assert editor.question_editor.anchors.rowCount() == 6
    editor.question_editor.anchors.item(5, 0).setText("Exceptional")
    editor.add_question()
    editor.question_editor.kind.setCurrentIndex(1)
    editor.question_editor.text.setText("What should they start doing?")
    editor.question_editor.text_zh.setText("建议开始做些什么？")
    editor.save()
    assert "new version" in editor.message.text()
    with demo_database.session() as session:
        assert session.scalar(select(func.count()).select_from(FormTemplate)) == before + 1
        newest = session.scalar(select(FormTemplate).order_by(FormTemplate.id.desc()).limit(1))
        questions = [q for s in newest.sections for q in s.questions]
        assert questions[0].text_zh == "主动分享信息" and questions[0].scale_max == 6
        assert questions[0].anchors[-1].text == "Exceptional"
        assert any(q.text_zh == "建议开始做些什么？" for q in questions)


def test_competency_rows_are_saved_when_left(app, qtbot, demo_database, monkeypatch):
    shown = []
    monkeypatch.setattr("ui.dialogs.competencies_dialog.show_error", lambda _parent, error: shown.append(error))
    dialog = CompetenciesDialog(Workstation(demo_database))
    qtbot.addWidget(dialog)
    rows = dialog.table.rowCount()
    dialog.add()
    for column, text in enumerate(("innovation", "Innovation", "创新意识")):
        dialog.table.item(rows, column).setText(text)
    dialog.table.setCurrentCell(0, 0)  # leaving the row saves it
    with demo_database.session() as session:
        assert session.scalar(select(Competency.name_zh).where(Competency.code == "innovation")) == "创新意识"
    dialog.table.setCurrentCell(0, 0)
    dialog.delete()  # rated by form questions: refused, row kept
    assert "cannot be deleted" in str(shown[0]) and dialog.table.rowCount() == rows + 1
