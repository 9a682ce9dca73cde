"""Editing 360 form templates: sections and questions in a tree, the selected one
edited beside it. Saving goes through reviewer.feedback.templates, which makes a
new version when a cycle already uses the template."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer.errors import ReviewerError
from reviewer.feedback import templates
from reviewer.feedback.templates import QuestionDraft, SectionDraft, TemplateDraft
from reviewer.vocabulary import QuestionKind, Relationship
from reviewer.workstation import Workstation

from ..errors import show_error
from ..problem_text import problem_text
from ..formatting import localized
from ..vocabulary import name_of

DRAFT_ROLE = Qt.ItemDataRole.UserRole


class QuestionEditor(QWidget):
    """The fields of one question; writes every change into the draft it shows."""

    def __init__(self, competencies, parent=None):
        super().__init__(parent)
        self.question: QuestionDraft | None = None
        form = QFormLayout(self)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Rating on a scale"), QuestionKind.RATING)
        self.kind.addItem(self.tr("Written answer"), QuestionKind.TEXT)
        self.text, self.text_zh = QLineEdit(), QLineEdit()
        self.competency = QComboBox()
        self.competency.addItem(self.tr("(none)"), None)
        for competency in competencies:
            self.competency.addItem(localized(competency.name, competency.name_zh), competency.id)
        self.scale_min, self.scale_max = QSpinBox(), QSpinBox()
        self.scale_min.setRange(0, 10)
        self.scale_max.setRange(1, 20)
        scale = QHBoxLayout()
        scale.addWidget(self.scale_min)
        scale.addWidget(QLabel("–"))
        scale.addWidget(self.scale_max)
        scale.addStretch(1)
        self.cannot_judge = QCheckBox(self.tr("Offer \"cannot judge\""))
        self.required = QCheckBox(self.tr("Required"))
        self.groups = {r.value: QCheckBox(name_of(r)) for r in Relationship}
        groups = QHBoxLayout()
        for box in self.groups.values():
            groups.addWidget(box)
        self.anchors = QTableWidget(0, 2)
        self.anchors.setHorizontalHeaderLabels([self.tr("Anchor (English)"), self.tr("Anchor (Chinese)")])
        self.anchors.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Text:"), self.text)
        form.addRow(self.tr("Text (Chinese):"), self.text_zh)
        form.addRow(self.tr("Competency:"), self.competency)
        form.addRow(self.tr("Scale:"), scale)
        form.addRow(self.cannot_judge)
        form.addRow(self.required)
        form.addRow(self.tr("Shown to:"), groups)
        form.addRow(self.tr("Words for each point:"), self.anchors)
        for signal in (self.kind.currentIndexChanged, self.text.textChanged, self.text_zh.textChanged,
                       self.competency.currentIndexChanged, self.scale_min.valueChanged, self.scale_max.valueChanged,
                       self.cannot_judge.toggled, self.required.toggled,
                       *(box.toggled for box in self.groups.values())):
            signal.connect(self._store)
        self.anchors.itemChanged.connect(lambda _item: self._store())

    def show_question(self, question: QuestionDraft) -> None:
        self.question = None  # no writes while filling the fields
        self.kind.setCurrentIndex(self.kind.findData(question.kind))
        self.text.setText(question.text)
        self.text_zh.setText(question.text_zh or "")
        self.competency.setCurrentIndex(max(self.competency.findData(question.competency_id), 0))
        self.scale_min.setValue(question.scale_min)
        self.scale_max.setValue(question.scale_max)
        self.cannot_judge.setChecked(question.allow_cannot_judge)
        self.required.setChecked(question.required)
        for group, box in self.groups.items():
            box.setChecked(question.visible_to is None or group in question.visible_to)
        self._fill_anchors(question)
        self.question = question
        self._enable()

    def _fill_anchors(self, question: QuestionDraft) -> None:
        self.anchors.blockSignals(True)
        points = list(range(question.scale_min, question.scale_max + 1)) if question.kind == QuestionKind.RATING else []
        self.anchors.setRowCount(len(points))
        self.anchors.setVerticalHeaderLabels([str(p) for p in points])
        for row, point in enumerate(points):
            text, text_zh = question.anchors.get(point, ("", None))
            self.anchors.setItem(row, 0, QTableWidgetItem(text))
            self.anchors.setItem(row, 1, QTableWidgetItem(text_zh or ""))
        self.anchors.blockSignals(False)

    def _enable(self) -> None:
        rating = self.kind.currentData() == QuestionKind.RATING
        for widget in (self.competency, self.scale_min, self.scale_max, self.cannot_judge, self.anchors):
            widget.setEnabled(rating)

    def _store(self) -> None:
        question = self.question
        if question is None:
            return
        rescale = (question.kind, question.scale_min, question.scale_max) != (
            self.kind.currentData(), self.scale_min.value(), self.scale_max.value())
        if not rescale:
            for row in range(self.anchors.rowCount()):
                point = int(self.anchors.verticalHeaderItem(row).text())
                english = self.anchors.item(row, 0).text() if self.anchors.item(row, 0) else ""
                chinese = self.anchors.item(row, 1).text() if self.anchors.item(row, 1) else ""
                question.anchors[point] = (english, chinese or None)
        question.kind = self.kind.currentData()
        question.text, question.text_zh = self.text.text(), self.text_zh.text() or None
        question.competency_id = self.competency.currentData()
        question.scale_min, question.scale_max = self.scale_min.value(), self.scale_max.value()
        question.allow_cannot_judge, question.required = self.cannot_judge.isChecked(), self.required.isChecked()
        chosen = [g for g, box in self.groups.items() if box.isChecked()]
        question.visible_to = None if len(chosen) == len(self.groups) else chosen
        if rescale:
            self._fill_anchors(question)
        self._enable()


class SectionEditor(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.section: SectionDraft | None = None
        form = QFormLayout(self)
        self.title, self.title_zh = QLineEdit(), QLineEdit()
        form.addRow(self.tr("Section title:"), self.title)
        form.addRow(self.tr("Title (Chinese):"), self.title_zh)
        self.title.textChanged.connect(self._store)
        self.title_zh.textChanged.connect(self._store)

    def show_section(self, section: SectionDraft) -> None:
        self.section = None
        self.title.setText(section.title)
        self.title_zh.setText(section.title_zh or "")
        self.section = section

    def _store(self) -> None:
        if self.section is not None:
            self.section.title, self.section.title_zh = self.title.text(), self.title_zh.text() or None


class TemplateEditor(QDialog):
    def __init__(self, workstation: Workstation, parent=None):
        super().__init__(parent)
        self.workstation = workstation
        self.template_id: int | None = None
        self.draft: TemplateDraft | None = None
        self.setWindowTitle(self.tr("360 form templates"))
        competencies = workstation.call(templates.list_competencies)
        splitter = QSplitter()
        self.list = QListWidget()
        self.list.currentItemChanged.connect(lambda *_: self.open_selected())
        splitter.addWidget(self.list)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        names = QFormLayout()
        self.name, self.name_zh = QLineEdit(), QLineEdit()
        self.name.textChanged.connect(lambda text: setattr(self.draft, "name", text) if self.draft else None)
        self.name_zh.textChanged.connect(lambda text: setattr(self.draft, "name_zh", text or None)
                                         if self.draft else None)
        names.addRow(self.tr("Template name:"), self.name)
        names.addRow(self.tr("Name (Chinese):"), self.name_zh)
        middle_layout.addLayout(names)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.currentItemChanged.connect(lambda *_: self._show_item())
        middle_layout.addWidget(self.tree, 1)
        buttons = QHBoxLayout()
        self.add_section_button = QPushButton(self.tr("Add section"))
        self.add_question_button = QPushButton(self.tr("Add question"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button, self.down_button = QPushButton(self.tr("Up")), QPushButton(self.tr("Down"))
        self.add_section_button.clicked.connect(self.add_section)
        self.add_question_button.clicked.connect(self.add_question)
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        for button in (self.add_section_button, self.add_question_button, self.remove_button, self.up_button,
                       self.down_button):
            buttons.addWidget(button)
        middle_layout.addLayout(buttons)
        splitter.addWidget(middle)
        self.editors = QStackedWidget()
        self.editors.addWidget(QLabel(self.tr("Choose a section or question to edit it.")))
        self.section_editor = SectionEditor()
        self.question_editor = QuestionEditor(competencies)
        self.section_editor.title.textChanged.connect(lambda _t: self._relabel())
        self.question_editor.text.textChanged.connect(lambda _t: self._relabel())
        self.editors.addWidget(self.section_editor)
        self.editors.addWidget(self.question_editor)
        splitter.addWidget(self.editors)
        splitter.setSizes([220, 360, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        self.message = QLabel()
        self.message.setWordWrap(True)
        bottom.addWidget(self.message, 1)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S); a template in use is saved as a new version"))
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        bottom.addWidget(self.save_button)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.resize(1180, 720)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        summaries = self.workstation.call(templates.list_templates)
        self.list.blockSignals(True)
        self.list.clear()
        for summary in summaries:
            state = self.tr("in use") if summary.in_use else self.tr("not used yet")
            if not summary.is_active:
                state = self.tr("retired")
            item = QListWidgetItem(self.tr("%1 v%2 (%3)").replace("%1", localized(summary.name, summary.name_zh))
                                   .replace("%2", str(summary.version)).replace("%3", state))
            item.setData(DRAFT_ROLE, summary.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        ids = [s.id for s in summaries]
        self.list.setCurrentRow(ids.index(select_id) if select_id in ids else 0)

    def open_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.template_id = item.data(DRAFT_ROLE)
        self.draft = self.workstation.call(templates.template_draft, self.template_id)
        self.name.setText(self.draft.name)
        self.name_zh.setText(self.draft.name_zh or "")
        self._fill_tree()
        self.message.clear()

    def _fill_tree(self, current: object | None = None) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        chosen = None
        for section in self.draft.sections:
            parent = QTreeWidgetItem([localized(section.title, section.title_zh)])
            parent.setData(0, DRAFT_ROLE, section)
            self.tree.addTopLevelItem(parent)
            chosen = parent if section is current else chosen
            for question in section.questions:
                child = QTreeWidgetItem([localized(question.text, question.text_zh)])
                child.setData(0, DRAFT_ROLE, question)
                parent.addChild(child)
                chosen = child if question is current else chosen
        self.tree.expandAll()
        self.tree.blockSignals(False)
        self.tree.setCurrentItem(chosen or self.tree.topLevelItem(0))
        self._show_item()

    def _selected(self):
        item = self.tree.currentItem()
        return item.data(0, DRAFT_ROLE) if item else None

    def _section_of(self, thing) -> SectionDraft | None:
        if isinstance(thing, SectionDraft):
            return thing
        return next((s for s in self.draft.sections if any(q is thing for q in s.questions)), None)

    def _show_item(self) -> None:
        thing = self._selected()
        if isinstance(thing, SectionDraft):
            self.section_editor.show_section(thing)
            self.editors.setCurrentWidget(self.section_editor)
        elif isinstance(thing, QuestionDraft):
            self.question_editor.show_question(thing)
            self.editors.setCurrentWidget(self.question_editor)
        else:
            self.editors.setCurrentIndex(0)

    def _relabel(self) -> None:
        item, thing = self.tree.currentItem(), self._selected()
        if item is None:
            return
        if isinstance(thing, SectionDraft):
            item.setText(0, localized(thing.title, thing.title_zh))
        elif isinstance(thing, QuestionDraft):
            item.setText(0, localized(thing.text, thing.text_zh))

    # -- structure -----------------------------------------------------------------
    def add_section(self) -> None:
        section = SectionDraft(self.tr("New section"))
        self.draft.sections.append(section)
        self._fill_tree(section)

    def add_question(self) -> None:
        section = self._section_of(self._selected())
        if section is None:
            if not self.draft.sections:
                self.draft.sections.append(SectionDraft(self.tr("New section")))
            section = self.draft.sections[-1]
        scale = {1: "Rarely", 2: "Sometimes", 3: "Usually", 4: "Almost always", 5: "Always, a model for others"}
        question = QuestionDraft(QuestionKind.RATING, self.tr("New question"),
                                 anchors={p: (t, None) for p, t in scale.items()})
        section.questions.append(question)
        self._fill_tree(question)

    def remove(self) -> None:
        thing = self._selected()
        section = self._section_of(thing)
        if isinstance(thing, SectionDraft):
            self.draft.sections = [s for s in self.draft.sections if s is not thing]
        elif section is not None:
            section.questions = [q for q in section.questions if q is not thing]
        self._fill_tree(section if section in self.draft.sections else None)

    def move(self, step: int) -> None:
        thing = self._selected()
        section = self._section_of(thing)
        items = self.draft.sections if isinstance(thing, SectionDraft) else section.questions if section else None
        if not items:
            return
        index = next(i for i, x in enumerate(items) if x is thing)
        target = index + step
        if 0 <= target < len(items):
            items[index], items[target] = items[target], items[index]
            self._fill_tree(thing)

    # -- saving --------------------------------------------------------------------
    def save(self) -> None:
        if self.draft is None:
            return
        try:
            problems = self.workstation.call(templates.check_template, self.draft)
            if problems:
                QMessageBox.warning(self, self.tr("The template is not complete"), "\n".join(problem_text(p) for p in problems[:20]))
                return
            saved_id, versioned = self.workstation.call(templates.save_template, self.template_id, self.draft)
        except ReviewerError as error:
            show_error(self, error)
            return
        self.reload(saved_id)
        self.message.setText(self.tr("Saved as a new version: cycles and answers already made keep the version "
                                     "they used.") if versioned else self.tr("Saved."))
