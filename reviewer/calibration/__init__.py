"""Calibration: sessions over a scope of a cycle, moves with reasons, distribution, nine-box, leniency."""
