"""Matching a file's columns to the fields an import needs, by header name."""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy.orm import Session

from db.models import AppSetting

from ..errors import ValidationError
from ..messages import name_some


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    required: bool
    max_length: int | None
    synonyms: tuple[str, ...]


_NOISE = re.compile(r"[\s_\-./:()（）：*#·]+")


def normalise_header(text: str) -> str:
    """Headers compare equal despite full-width forms, case, spaces and punctuation."""
    return _NOISE.sub("", unicodedata.normalize("NFKC", text)).casefold()


def guess_mapping(headers: list[str], fields: tuple[Field, ...],
                  remembered: dict[str, str] | None = None) -> dict[str, int]:
    """Field -> column index, from what the user chose for these headers before,
    else from known English and Chinese header names."""
    keys = {f.key for f in fields}
    mapping: dict[str, int] = {}
    for index, header in enumerate(headers):
        key = (remembered or {}).get(header)
        if key in keys and key not in mapping:
            mapping[key] = index
    synonyms = {normalise_header(s): f.key for f in fields for s in (f.label, *f.synonyms)}
    for index, header in enumerate(headers):
        key = synonyms.get(normalise_header(header))
        if key and key not in mapping and index not in mapping.values():
            mapping[key] = index
    return mapping


def parse_mapping_option(text: str, headers: list[str], fields: tuple[Field, ...]) -> dict[str, int]:
    """A command-line mapping such as 'employee_no=工号,manager=上级工号' (fields
    named on the left, column headers or 1-based column numbers on the right)."""
    keys = [f.key for f in fields]
    mapping: dict[str, int] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        if "=" not in part:
            raise ValidationError.coded("mapping_bad_part", part=part)
        key, column = (s.strip() for s in part.split("=", 1))
        if key not in keys:
            raise ValidationError.coded("mapping_unknown_field", field=key, fields=name_some(keys))
        if column.isdigit() and 1 <= int(column) <= len(headers):
            mapping[key] = int(column) - 1
        elif column in headers:
            mapping[key] = headers.index(column)
        else:
            raise ValidationError.coded("mapping_no_column", column=column, columns=name_some(headers))
    return mapping


def check_mapping(mapping: dict[str, int], headers: list[str], fields: tuple[Field, ...]) -> None:
    """Refuse a mapping that misses a required field or uses one column twice."""
    labels = {f.key: f.label for f in fields}
    missing = [f.label for f in fields if f.required and f.key not in mapping]
    if missing:
        raise ValidationError.coded("mapping_missing", fields=name_some(missing), columns=name_some(headers))
    used: dict[int, str] = {}
    for key, index in mapping.items():
        if index in used:
            raise ValidationError.coded("mapping_column_twice", column=headers[index], first=labels[used[index]],
                                        second=labels[key])
        used[index] = key


def remembered_mapping(session: Session, setting_key: str) -> dict[str, str]:
    setting = session.get(AppSetting, setting_key)
    return json.loads(setting.value) if setting else {}


def remember_mapping(session: Session, setting_key: str, mapping: dict[str, int], headers: list[str]) -> None:
    """Keep header -> field choices (merged with earlier ones) for the next import."""
    known = remembered_mapping(session, setting_key)
    known.update({headers[index]: key for key, index in mapping.items()})
    setting = session.get(AppSetting, setting_key) or AppSetting(key=setting_key, value="{}")
    setting.value = json.dumps(known, ensure_ascii=False)
    session.add(setting)
