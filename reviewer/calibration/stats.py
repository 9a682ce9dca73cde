"""The few statistics calibration needs, in plain Python: a mean, the sample standard
deviation, and the chi-square survival function (the p-value of a chi-square test).

No scipy in the product: it would add tens of megabytes and a second of start-up for
one function. The survival function is the regularized upper incomplete gamma
function Q(k/2, x/2), computed as in Numerical Recipes (section 6.2): the series for
the lower function P when x < a + 1 (then Q = 1 - P, which is not small there, so
nothing cancels), otherwise the continued fraction for Q by the modified Lentz method.
Both run until a term changes the result by less than 1e-15 relative, so the result
agrees with scipy.stats.chi2.sf to about 1e-12 over the degrees of freedom and values
a calibration meets (tests/reviewer/calibration/test_stats.py).
"""
from __future__ import annotations

import math
from collections.abc import Sequence

_EPSILON = 1e-15
_TINY = 1e-300  # keeps Lentz's method from dividing by zero
_MAX_STEPS = 10_000


def mean(values: Sequence[float]) -> float:
    """The arithmetic mean (math.fsum, so long lists lose no digits); ValueError when empty."""
    if not values:
        raise ValueError("the mean of no values")
    return math.fsum(values) / len(values)


def sample_sd(values: Sequence[float]) -> float | None:
    """The sample standard deviation (ddof = 1: divided by n - 1); None for fewer than two values."""
    if len(values) < 2:
        return None
    centre = mean(values)
    return math.sqrt(math.fsum((v - centre) ** 2 for v in values) / (len(values) - 1))


def _lower_series(a: float, x: float) -> float:
    """P(a, x) by its series: e^-x x^a / Gamma(a+1) * sum x^n / ((a+1)...(a+n))."""
    term = total = 1.0 / a
    denominator = a
    for _ in range(_MAX_STEPS):
        denominator += 1.0
        term *= x / denominator
        total += term
        if abs(term) < abs(total) * _EPSILON:
            break
    return total * math.exp(-x + a * math.log(x) - math.lgamma(a))


def _upper_fraction(a: float, x: float) -> float:
    """Q(a, x) by its continued fraction (modified Lentz)."""
    b = x + 1.0 - a
    c = 1.0 / _TINY
    d = 1.0 / b
    h = d
    for i in range(1, _MAX_STEPS):
        an = -i * (i - a)
        b += 2.0
        d = an * d + b
        if abs(d) < _TINY:
            d = _TINY
        c = b + an / c
        if abs(c) < _TINY:
            c = _TINY
        d = 1.0 / d
        step = d * c
        h *= step
        if abs(step - 1.0) < _EPSILON:
            break
    return math.exp(-x + a * math.log(x) - math.lgamma(a)) * h


def upper_gamma_regularized(a: float, x: float) -> float:
    """Q(a, x) = Gamma(a, x) / Gamma(a), for a > 0 and x >= 0."""
    if a <= 0:
        raise ValueError("the shape a must be positive")
    if x < 0:
        raise ValueError("x must not be negative")
    if x == 0:
        return 1.0
    if math.isinf(x):
        return 0.0
    if x < a + 1.0:
        return max(0.0, 1.0 - _lower_series(a, x))
    return min(1.0, _upper_fraction(a, x))


def chi_square_sf(statistic: float, dof: int) -> float:
    """P(X >= statistic) for X chi-square with ``dof`` degrees of freedom: the p-value."""
    if dof < 1:
        raise ValueError("a chi-square test needs at least one degree of freedom")
    if statistic <= 0:
        return 1.0
    return upper_gamma_regularized(dof / 2.0, statistic / 2.0)


def chi_square_statistic(observed: Sequence[float], expected: Sequence[float]) -> float:
    """Pearson's statistic: the sum of (observed - expected)^2 / expected (every expected > 0)."""
    if len(observed) != len(expected):
        raise ValueError("observed and expected counts differ in length")
    return math.fsum((o - e) ** 2 / e for o, e in zip(observed, expected))
