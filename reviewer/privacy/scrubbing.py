"""A leaver's identifying words (name, employee number, email, profile name) found and
replaced wherever else they were written: every text and JSON column of every table but
those the erasure rewrites by hand. Whole words only, ignoring case; a Chinese name
(no word boundaries) everywhere but inside another person's longer name."""
from __future__ import annotations

import json
import re
from typing import Any, Iterable

from sqlalchemy import JSON, Enum, String, Table, and_, cast, or_, select, update
from sqlalchemy import Text as TextType
from sqlalchemy.orm import Session

from db.models import Base

_LIKE_SPECIAL = re.compile(r"[!%_]")
# Rewritten by hand (the person's own rows, or rows where a homonym must not be renamed);
# the audit trail has its own rewrite.
_NOT_SCANNED = frozenset({"employees", "app_users", "signing_certificates", "audit_events"})


class Identifiers:
    """The person's identifying words and what replaces each, matched as whole words
    (not inside a longer word or number, so E12 does not touch E123), ignoring case.
    A name written in Chinese has no word boundaries: it is replaced wherever it occurs, but
    for inside ``protected``, other people's longer names that hold it (刘强 in 刘强波)."""

    def __init__(self, replacements: dict[str, str], protected: Iterable[str] = ()):
        self.replacements = {old: new for old, new in replacements.items() if old and len(old.strip()) >= 2}
        words = sorted(self.replacements, key=len, reverse=True)  # the longest first: a name before its part
        self._lookup = {old.casefold(): new for old, new in self.replacements.items()}
        self._protected = {name.casefold() for name in protected if name and any(
            word.casefold() in name.casefold() and word.casefold() != name.casefold() for word in words)}
        # Another's name is tried first at each place, and a match of it is written back as it was.
        keep = [re.escape(name) for name in sorted(self._protected, key=len, reverse=True)]
        self._pattern = re.compile("|".join(keep + [f"(?<![A-Za-z0-9]){re.escape(w)}(?![A-Za-z0-9])"
                                                    for w in words]), re.IGNORECASE) if words else None

    def like_patterns(self) -> list[str]:
        """LIKE patterns (escape character !) for the words as written and as JSON escapes them."""
        forms = set()
        for word in self.replacements:
            forms.add(word)
            forms.add(json.dumps(word)[1:-1])
        return ["%" + _LIKE_SPECIAL.sub(r"!\g<0>", form) + "%" for form in sorted(forms)]

    def _replacement(self, found: str) -> str:
        if found.casefold() in self._protected:
            return found
        new = self._lookup.get(found.casefold())
        if new is None:  # matched ignoring case in a way casefold() does not (rare letters)
            new = next(v for k, v in self.replacements.items() if re.fullmatch(re.escape(k), found, re.IGNORECASE))
        return new

    def replaced(self, value: Any) -> Any:
        if self._pattern is None:
            return value
        if isinstance(value, str):
            return self._pattern.sub(lambda m: self._replacement(m.group(0)), value)
        if isinstance(value, dict):
            return {self.replaced(k): self.replaced(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.replaced(v) for v in value]
        return value


def _text_columns(table: Table):
    for column in table.columns:
        kind = column.type
        if isinstance(kind, JSON):
            yield column, True
        elif isinstance(kind, String) and not isinstance(kind, Enum):
            yield column, False


def replace_identifiers(session: Session, identifiers: Identifiers) -> int:
    """Their name, number, email and profile name wherever else they were written."""
    patterns = identifiers.like_patterns()
    if not patterns:
        return 0
    replaced = 0
    for table in Base.metadata.sorted_tables:
        if table.name in _NOT_SCANNED:
            continue
        key = list(table.primary_key.columns)
        for column, is_json in _text_columns(table):
            if column.primary_key:
                continue
            searched = cast(column, TextType) if is_json else column
            found = session.execute(select(*key, column).where(or_(*[searched.ilike(p, escape="!")
                                                                      for p in patterns]))).all()
            for row in found:
                value = row[-1]
                new = identifiers.replaced(value)
                if new == value:
                    continue
                where = and_(*[k == row[i] for i, k in enumerate(key)])
                session.execute(update(table).where(where).values({column.name: new}))
                replaced += 1
    return replaced
