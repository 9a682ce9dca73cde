"""The calibration statistics in plain Python agree with scipy (used here only)."""
from __future__ import annotations

import math
import statistics

import pytest
from scipy import stats as scipy_stats

from reviewer.calibration.stats import chi_square_sf, chi_square_statistic, mean, sample_sd, upper_gamma_regularized


@pytest.mark.parametrize("dof", [1, 2, 3, 4, 5, 6, 9, 12, 20, 40])
def test_chi_square_survival_matches_scipy_over_the_range_a_calibration_meets(dof):
    # Below and above the switch from the series to the continued fraction (x = dof + 2),
    # from a statistic near 0 out to p-values below 1e-40.
    points = [1e-9, 1e-4, 0.05, 0.5, dof - 0.5, dof, dof + 1.999, dof + 2, dof + 2.001, dof + 10, 50.0, 120.0, 250.0]
    for x in (p for p in points if p > 0):
        ours, theirs = chi_square_sf(x, dof), scipy_stats.chi2.sf(x, dof)
        assert ours == pytest.approx(theirs, rel=1e-10, abs=1e-14), (x, dof)


def test_chi_square_survival_edges():
    assert chi_square_sf(0.0, 3) == 1.0
    assert chi_square_sf(math.inf, 3) == 0.0
    assert chi_square_sf(7.814727903251178, 3) == pytest.approx(0.05, rel=1e-12)  # the textbook 5 % point
    assert upper_gamma_regularized(1.0, 2.0) == pytest.approx(math.exp(-2.0), rel=1e-14)  # Q(1, x) = e^-x
    with pytest.raises(ValueError):
        chi_square_sf(1.0, 0)


def test_statistic_mean_and_sample_sd():
    observed, expected = [3, 1, 0, 0], [4 / 9, 8 / 9, 16 / 9, 8 / 9]
    assert chi_square_statistic(observed, expected) == pytest.approx(
        scipy_stats.chisquare(observed, expected).statistic, rel=1e-12)
    values = [90, 90, 80, 100, 90, 50, 60, 40]
    assert mean(values) == pytest.approx(statistics.fmean(values))
    assert sample_sd(values) == pytest.approx(statistics.stdev(values), rel=1e-14)  # ddof = 1
    assert sample_sd([70.0]) is None
