"""What the window holds besides the Workstation: a notice that data changed, so
each page refreshes itself after a job instead of every caller reloading by hand.

Areas are plain names ("people", "kpis", "feedback", "appraisals", "profiles");
a page listens for the ones it shows."""
from __future__ import annotations

import weakref
from typing import Iterable

from PySide6.QtCore import QObject, Signal

from reviewer.workstation import Workstation

PEOPLE, KPIS, FEEDBACK, APPRAISALS, PROFILES = "people", "kpis", "feedback", "appraisals", "profiles"
EVERYTHING = frozenset({PEOPLE, KPIS, FEEDBACK, APPRAISALS, PROFILES})


class Changes(QObject):
    """One per Workstation: ``changed`` carries the frozenset of areas a job changed."""

    changed = Signal(object)


_changes: "weakref.WeakKeyDictionary[Workstation, Changes]" = weakref.WeakKeyDictionary()


def changes(workstation: Workstation) -> Changes:
    """The change notice of this workstation (made on first use, on the UI thread)."""
    notice = _changes.get(workstation)
    if notice is None:
        notice = _changes[workstation] = Changes()
    return notice


def announce(workstation: Workstation, areas: Iterable[str]) -> None:
    """Tell every page of this workstation that these areas changed."""
    areas = frozenset(areas)
    if areas:
        changes(workstation).changed.emit(areas)
