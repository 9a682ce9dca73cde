"""Calibration: sessions, moves, distribution, the nine-box, leniency, ranking."""
