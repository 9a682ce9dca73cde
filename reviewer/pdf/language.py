"""English or Chinese in PDFs. Documents are built in worker processes without Qt,
so each kind of document carries its labels as (English, Chinese) pairs."""
from __future__ import annotations


def is_chinese(language: str) -> bool:
    return language.startswith("zh")


def pick(labels: dict[str, tuple[str, str]], key: str, language: str, **params) -> str:
    english, chinese = labels[key]
    text = chinese if is_chinese(language) else english
    return text.format(**params) if params else text


def localised(english: str | None, chinese: str | None, language: str) -> str:
    """A catalogue name in the document's language, falling back to the other one."""
    if is_chinese(language) and chinese:
        return chinese
    return english or chinese or ""
