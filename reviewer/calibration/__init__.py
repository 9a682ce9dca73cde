"""Calibration: sessions, moves, distribution, nine-box, ranking, leniency, person context."""
