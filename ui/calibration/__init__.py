"""The Calibration page's widgets: the session list, the open-session dialog, and the
session's tabs (distribution, grid, record)."""
