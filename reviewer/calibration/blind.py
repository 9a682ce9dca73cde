"""How people appear in a session's results: by name, or, while a blind session is open,
by the code drawn for them (P-017 for a member, M-03 for a manager). The record keeps
the real ids; only what services hand out is masked."""
from __future__ import annotations

import re
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import batches
from db.models import CalibrationCode, CalibrationSession, Employee

MEMBER_PREFIX = "P"
MANAGER_PREFIX = "M"


def draw_codes(member_ids: Iterable[int], manager_ids: Iterable[int]) -> dict[int, str]:
    """A code per person, drawn at random (a code says nothing of the name or the order
    of the list): members P-001..., managers who are not members M-01..."""
    members = list(dict.fromkeys(member_ids))
    managers = [m for m in dict.fromkeys(manager_ids) if m not in set(members)]
    codes: dict[int, str] = {}
    shuffle = secrets.SystemRandom().shuffle
    for people, prefix, least in ((members, MEMBER_PREFIX, 3), (managers, MANAGER_PREFIX, 2)):
        numbers = list(range(1, len(people) + 1))
        shuffle(numbers)
        width = max(least, len(str(len(people))))
        codes.update({person: f"{prefix}-{number:0{width}d}" for person, number in zip(people, numbers)})
    return codes


@dataclass
class Labels:
    """Says a person as the session's readers may see them."""
    blind: bool
    codes: dict[int, str]
    names: dict[int, tuple[str, str]] = field(default_factory=dict)  # id -> (employee no, name)
    _scrubbers: list[tuple[re.Pattern[str], dict[str, str], Callable[[str], str]]] | None = None

    def label(self, employee_id: int | None) -> str | None:
        if employee_id is None:
            return None
        if self.blind:
            return self.codes.get(employee_id, "?")
        return self.names.get(employee_id, ("", "?"))[1]

    def number(self, employee_id: int | None) -> str | None:
        if employee_id is None or self.blind:
            return None
        return self.names.get(employee_id, (None, None))[0]

    def scrub(self, text: str | None) -> str | None:
        """Free text (a reason, a profile name) with every coded person's name, each word of
        it and their number replaced by their code while blind: a reason that names the
        person must not give them away."""
        if text is None or not self.blind or not self.names:
            return text
        if self._scrubbers is None:
            self._scrubbers = self._build_scrubbers()
        for pattern, words, key in self._scrubbers:
            text = pattern.sub(lambda m: words.get(key(m.group(0)), "?"), text)
        return text

    def _build_scrubbers(self) -> list[tuple[re.Pattern[str], dict[str, str], Callable[[str], str]]]:
        whole: dict[str, str] = {}  # full names and numbers, in any case
        parts: dict[str, str] = {}  # a given name or a surname alone, as written ("Will", not "will")
        for employee_id, (number, name) in self.names.items():
            code = self.codes.get(employee_id, "?")
            for word in (name, number):
                if word and word.strip():
                    whole.setdefault(word.casefold(), code)
            for part in (name or "").split():
                if len(part) > 1:
                    parts.setdefault(part, code)
        found = []
        for words, flags, key in ((whole, re.IGNORECASE, str.casefold), (parts, 0, str)):
            if words:
                # Latin names only as whole words ("Bo" is not in "about"); Chinese ones anywhere.
                alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                found.append((re.compile(f"(?<![A-Za-z0-9])(?:{alternatives})(?![A-Za-z0-9])", flags), words, key))
        return found


def session_labels(session: Session, calibration: CalibrationSession) -> Labels:
    """The labels of a session: codes while it is open and blind, names otherwise."""
    blind = bool(calibration.blind and calibration.closed_at is None)
    codes = dict(session.execute(select(CalibrationCode.employee_id, CalibrationCode.code)
                                 .where(CalibrationCode.session_id == calibration.id)).all())
    labels = Labels(blind, codes)
    labels.names = names_of(session, codes)
    return labels


def refuse_department_while_blind(labels: Labels, session_name: str, department_id: int | None) -> None:
    """A blind open session is read whole: narrowed to a department it would tell which
    codes work there, and a department says whose team it is."""
    if department_id is not None and labels.blind:
        from ..errors import ValidationError

        raise ValidationError.coded("calibration_blind_department", session=labels.scrub(session_name))


def names_of(session: Session, employee_ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    found: dict[int, tuple[str, str]] = {}
    for chunk in batches(list(employee_ids)):
        found.update({i: (no, name) for i, no, name in session.execute(
            select(Employee.id, Employee.employee_no, Employee.name).where(Employee.id.in_(chunk)))})
    return found
