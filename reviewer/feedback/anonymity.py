"""Which 360 results may be shown, decided once here so that no screen, export or
PDF can show more than the rules allow.

Each rater contributes one score per competency (the mean of their ratings on
that competency's questions). A *cell* is the scores of one rater group for one
competency. Self and manager are named and always shown. A confidential group
(peers, direct reports, customers) is shown on its own only when at least
``threshold`` raters answered; the confidential groups below the threshold are
pooled into one "others" cell, shown only if the pool reaches the threshold and
withheld otherwise.

Why this cannot be subtracted apart: the published cells of one competency are
disjoint sets of raters (a pooled cell never contains a group that is also shown
alone), and every total this module offers (everyone but self, a team) is a sum
of published cells only, never of the raw groups. So any difference of published
figures is itself a union of published cells, each of at least ``threshold``
raters when confidential.
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import NamedTuple

from db.models import Relationship

OTHERS = "others"
NAMED = (Relationship.SELF.value, Relationship.MANAGER.value)
CONFIDENTIAL = (Relationship.PEER.value, Relationship.DIRECT_REPORT.value, Relationship.CUSTOMER.value)
GROUP_ORDER = (*NAMED, *CONFIDENTIAL, OTHERS)
DEFAULT_THRESHOLD = 3


class Cell(NamedTuple):
    """Additive statistics of rater scores: count, sum and sum of squares. A named
    tuple because a cycle's results build half a million of them."""

    count: int = 0
    total: float = 0.0
    squares: float = 0.0

    @classmethod
    def of(cls, scores: Iterable[float]) -> Cell:
        values = list(scores)
        return cls(len(values), math.fsum(values), math.fsum(v * v for v in values))

    def __add__(self, other: Cell) -> Cell:  # type: ignore[override]  # statistics add up, not concatenate
        return Cell(self.count + other.count, self.total + other.total, self.squares + other.squares)

    @property
    def mean(self) -> float | None:
        return self.total / self.count if self.count else None

    @property
    def spread(self) -> float | None:
        """Standard deviation across raters (how much they disagree); None for one rater."""
        if self.count < 2:
            return None
        variance = (self.squares - self.total * self.total / self.count) / (self.count - 1)
        return math.sqrt(max(variance, 0.0))


@dataclass(frozen=True)
class GroupScore:
    group: str  # a Relationship value, or OTHERS for the pooled small groups
    count: int
    mean: float
    spread: float | None
    pooled_from: tuple[str, ...] = ()  # for OTHERS: which groups were pooled

    @classmethod
    def of(cls, group: str, cell: Cell, pooled_from: tuple[str, ...] = ()) -> GroupScore:
        return cls(group, cell.count, round(cell.mean, 4), None if cell.spread is None else round(cell.spread, 4),
                   pooled_from)


@dataclass(frozen=True)
class Publication:
    """What may be shown for one competency: the published cells and what was held back."""

    cells: dict[str, Cell]  # group -> statistics; disjoint rater sets
    pooled_from: tuple[str, ...]
    withheld: tuple[str, ...]  # groups with answers that nothing shown contains

    def scores(self) -> list[GroupScore]:
        return [GroupScore.of(g, self.cells[g], self.pooled_from if g == OTHERS else ())
                for g in GROUP_ORDER if g in self.cells]

    def everyone_but_self(self) -> Cell:
        return sum((c for g, c in self.cells.items() if g != Relationship.SELF.value), Cell())

    def confidential(self) -> Cell:
        """Every published rater that is neither self nor manager."""
        return sum((c for g, c in self.cells.items() if g not in NAMED), Cell())


def publish(groups: Mapping[str, Cell], threshold: int = DEFAULT_THRESHOLD) -> Publication:
    """Apply the anonymity rules to one competency's cells (group -> statistics)."""
    if threshold < 1:
        raise ValueError("the anonymity threshold is at least 1")
    cells = {g: c for g, c in groups.items() if g in NAMED and c.count}
    small = []
    for group in CONFIDENTIAL:
        cell = groups.get(group)
        if not cell or not cell.count:
            continue
        if cell.count >= threshold:
            cells[group] = cell
        else:
            small.append(group)
    pool = sum((groups[g] for g in small), Cell())
    if small and pool.count >= threshold:
        cells[OTHERS] = pool
        return Publication(cells, tuple(small), ())
    return Publication(cells, (), tuple(small))


def pool_publications(publications: Iterable[Publication]) -> Publication:
    """A team's view: the sum of each person's *published* cells, group by group.
    Built from publications only, so a team view minus a person's view is again a
    sum of published cells."""
    cells: dict[str, Cell] = {}
    pooled: set[str] = set()
    withheld: set[str] = set()
    for publication in publications:
        for group, cell in publication.cells.items():
            cells[group] = cells.get(group, Cell()) + cell
        pooled.update(publication.pooled_from)
        withheld.update(publication.withheld)
    order = {g: n for n, g in enumerate(GROUP_ORDER)}
    return Publication(cells, tuple(sorted(pooled, key=order.get)), tuple(sorted(withheld, key=order.get)))
