"""Calibration: sessions, moves, distribution, nine-box, ranking and leniency."""
