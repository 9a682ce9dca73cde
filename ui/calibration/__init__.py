"""Widgets of the calibration page: grids, charts and panels over a session."""
