"""Today: what needs the signed-in user now, across the program, each item one click
from where it is done. Each kind of work is one registered source function (items.source);
importing the modules below registers them."""
from . import alerts, calibration, deadlines, feedback, plans, reviews, signing  # noqa: F401 - registers the sources
from .items import DUE_LATER, DUE_TODAY, OVERDUE, URGENCIES, TodayItem, source, urgency_of
from .view import TodayView, today

__all__ = ["DUE_LATER", "DUE_TODAY", "OVERDUE", "URGENCIES", "TodayItem", "TodayView", "source", "today",
           "urgency_of"]
