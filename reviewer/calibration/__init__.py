"""Calibration: sessions over a scope of a cycle, moves with reasons, the distribution against the guideline, the grid."""
