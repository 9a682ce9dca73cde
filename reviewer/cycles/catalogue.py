"""The shipped catalogue: KPI library, role templates, competencies, 360 forms
and default rating bands (resources/templates/catalogue.json)."""
from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import (
    Competency,
    FormQuestion,
    FormSection,
    FormTemplate,
    Kpi,
    KpiTemplate,
    KpiTemplateItem,
    Position,
    QuestionAnchor,
    QuestionKind,
)

from ..resources import CATALOGUE_PATH


@lru_cache(maxsize=1)
def load_catalogue() -> dict[str, Any]:
    with open(CATALOGUE_PATH, encoding="utf-8") as handle:
        return json.load(handle)


# Chinese texts of the KPI catalogue that have no column: shown, never stored.
DISPLAY_ONLY = ("category_zh", "description_zh")


@lru_cache(maxsize=1)
def _kpi_chinese() -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    kpis = load_catalogue()["kpis"]
    categories = {k["category"]: k["category_zh"] for k in kpis if k.get("category_zh")}
    descriptions = {k["code"]: (k["description"], k["description_zh"]) for k in kpis if k.get("description_zh")}
    return categories, descriptions


def category_zh(category: str) -> str | None:
    """The Chinese name of a catalogue category (KPIs store the English one)."""
    return _kpi_chinese()[0].get(category.strip())


def description_zh(code: str, description: str | None) -> str | None:
    """The catalogue's Chinese description of a KPI, while its English description
    is still the catalogue's: once someone rewrote it, the translation no longer fits."""
    english, chinese = _kpi_chinese()[1].get(code, (None, None))
    return chinese if description is not None and description.strip() == english else None


def install_catalogue(session: Session) -> None:
    """Add whatever part of the catalogue the database lacks; never overwrites edits."""
    data = load_catalogue()
    kpis = {k.code: k for k in session.scalars(select(Kpi))}
    for item in data["kpis"]:
        if item["code"] not in kpis:
            kpis[item["code"]] = Kpi(**{k: v for k, v in item.items() if k not in DISPLAY_ONLY})
            session.add(kpis[item["code"]])

    positions = {p.title: p for p in session.scalars(select(Position))}
    existing_templates = set(session.scalars(select(KpiTemplate.code)))
    for tpl in data["templates"]:
        if tpl["code"] in existing_templates:
            continue
        position = positions.get(tpl["position"])
        template = KpiTemplate(
            code=tpl["code"], name=tpl["name"], name_zh=tpl["name_zh"],
            position_id=position.id if position else None,
        )
        for order, (code, weight, default_target) in enumerate(tpl["items"]):
            template.items.append(
                KpiTemplateItem(kpi=kpis[code], weight=weight, default_target=default_target, sort_order=order)
            )
        session.add(template)

    competencies = {c.code: c for c in session.scalars(select(Competency))}
    for item in data["competencies"]:
        if item["code"] not in competencies:
            competencies[item["code"]] = Competency(**item)
            session.add(competencies[item["code"]])

    families = set(session.scalars(select(FormTemplate.family)))
    for form in data["forms"]:
        if form["family"] not in families:
            session.add(_build_form(form, competencies, data["anchors"]))
    session.flush()


def _build_form(form: dict[str, Any], competencies: dict[str, Competency], anchors: list[dict]) -> FormTemplate:
    template = FormTemplate(family=form["family"], version=1, name=form["name"], name_zh=form["name_zh"])
    for s_pos, section in enumerate(form["sections"], start=1):
        form_section = FormSection(position=s_pos, title=section["title"], title_zh=section["title_zh"])
        for q_pos, question in enumerate(section["questions"], start=1):
            kind = QuestionKind(question["kind"])
            form_question = FormQuestion(
                position=q_pos,
                kind=kind,
                text=question["text"],
                text_zh=question["text_zh"],
                competency=competencies.get(question.get("competency", "")),
                required=question.get("required", kind == QuestionKind.RATING),
                visible_to=question.get("visible_to"),
            )
            if kind == QuestionKind.RATING:
                for point, anchor in enumerate(anchors, start=1):
                    form_question.anchors.append(
                        QuestionAnchor(point=point, text=anchor["text"], text_zh=anchor["text_zh"])
                    )
            form_section.questions.append(form_question)
        template.sections.append(form_section)
    return template
