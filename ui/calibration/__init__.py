"""Calibration widgets: the tabs and panels of a calibration session."""
