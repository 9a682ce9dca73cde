"""Texts of the problems services report about rows and cells, by code.

Services keep a code and its parameters; the command line shows the English text
below, and the window translates it. The marker lets pyside6-lupdate collect these
strings into the translation catalogue without this package importing Qt.
"""
from __future__ import annotations

from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


FIELD_LABELS = {
    "employee_no": QT_TRANSLATE_NOOP("fields", "Employee no."),
    "name": QT_TRANSLATE_NOOP("fields", "Name"),
    "email": QT_TRANSLATE_NOOP("fields", "Email"),
    "department": QT_TRANSLATE_NOOP("fields", "Department"),
    "position": QT_TRANSLATE_NOOP("fields", "Position"),
    "manager": QT_TRANSLATE_NOOP("fields", "Manager"),
    "hire_date": QT_TRANSLATE_NOOP("fields", "Hire date"),
    "leave_date": QT_TRANSLATE_NOOP("fields", "Leave date"),
    "kpi": QT_TRANSLATE_NOOP("fields", "KPI code"),
    "value": QT_TRANSLATE_NOOP("fields", "Value"),
    "as_of": QT_TRANSLATE_NOOP("fields", "As of"),
    "cycle": QT_TRANSLATE_NOOP("fields", "Cycle"),
    "source": QT_TRANSLATE_NOOP("fields", "Source"),
    "note": QT_TRANSLATE_NOOP("fields", "Note"),
    "code": QT_TRANSLATE_NOOP("fields", "Code"),
    "category": QT_TRANSLATE_NOOP("fields", "Category"),
    "scoring": QT_TRANSLATE_NOOP("fields", "Scoring"),
    "alerts": QT_TRANSLATE_NOOP("fields", "Alerts"),
}

PROBLEMS = {
    "missing": QT_TRANSLATE_NOOP("problems", "is missing"),
    "employee_no_missing": QT_TRANSLATE_NOOP("problems", "is missing; every person needs an employee number"),
    "too_long": QT_TRANSLATE_NOOP("problems", "is {length} characters long; at most {limit} fit"),
    "email_invalid": QT_TRANSLATE_NOOP("problems", "'{value}' is not an e-mail address"),
    "leave_before_hire": QT_TRANSLATE_NOOP("problems", "{leave} is before the hire date {hire}"),
    "department_empty_level": QT_TRANSLATE_NOOP(
        "problems", "'{value}' has an empty level; write it like 销售部/销售一组"),
    "department_name_too_long": QT_TRANSLATE_NOOP(
        "problems", "a department name is longer than {limit} characters"),
    "department_ambiguous": QT_TRANSLATE_NOOP("problems", "'{value}' could mean {options}; write the full path"),
    "duplicate_in_file": QT_TRANSLATE_NOOP("problems", "{value} is also on row {row}"),
    "email_taken": QT_TRANSLATE_NOOP("problems", "{value} already belongs to {name} ({number})"),
    "manager_ambiguous": QT_TRANSLATE_NOOP(
        "problems", "{count} people are called {value} ({numbers}); give the manager's employee number"),
    "manager_unknown": QT_TRANSLATE_NOOP(
        "problems", "'{value}' is neither an employee number nor a name in this file or the database"),
    "own_manager": QT_TRANSLATE_NOOP("problems", "a person cannot be their own manager"),
    "number_taken": QT_TRANSLATE_NOOP("problems", "{value} is already {name}'s employee number"),
    "reporting_loop": QT_TRANSLATE_NOOP("problems", "the reporting line goes in a circle: {path}"),
    "manager_row_rejected": QT_TRANSLATE_NOOP("problems", "the manager's own row {row} has problems"),
    "not_a_number": QT_TRANSLATE_NOOP("problems", "'{value}' is not a number"),
    "not_a_date": QT_TRANSLATE_NOOP("problems", "'{value}' is not a date; write it as 2024-03-01"),
    "no_such_date": QT_TRANSLATE_NOOP(
        "problems", "{value} is not a real date (no day {day} in month {month} of {year})"),
    "employee_unknown": QT_TRANSLATE_NOOP("problems", "{value} is not a known employee number"),
    "kpi_unknown": QT_TRANSLATE_NOOP("problems", "'{value}' is not a KPI code in the library"),
    "kpi_ambiguous": QT_TRANSLATE_NOOP("problems", "{count} KPIs are called '{value}'; use the KPI code"),
    "cycle_unknown": QT_TRANSLATE_NOOP("problems", "there is no cycle called '{value}'"),
    "no_target_in_cycle": QT_TRANSLATE_NOOP("problems", "{person} has no target for {kpi} in {cycle}"),
    "no_target_on_date": QT_TRANSLATE_NOOP(
        "problems", "{person} has no target for {kpi} in a cycle covering {date}"),
    "several_cycles": QT_TRANSLATE_NOOP(
        "problems", "{date} falls in more than one cycle with this target; add a Cycle column"),
    "cycle_closed": QT_TRANSLATE_NOOP("problems", "{cycle} is closed; its results can no longer change"),
    "duplicate_reading": QT_TRANSLATE_NOOP("problems", "a value for this target on {date} is also on row {row}"),
    "kpi_code_taken": QT_TRANSLATE_NOOP("problems", "{value} is already the code of {name}"),
    "percent_range": QT_TRANSLATE_NOOP("problems", "percentages must lie between {low}% and {high}%"),
    "floor_above_cap": QT_TRANSLATE_NOOP("problems", "the floor ({floor}%) is above the cap ({cap}%)"),
    "steps_missing": QT_TRANSLATE_NOOP("problems", "add at least one step: from this attainment, these points"),
    "steps_repeat": QT_TRANSLATE_NOOP("problems", "two steps start at the same attainment"),
    "steps_range": QT_TRANSLATE_NOOP("problems", "steps need attainments of 0% or more and points from 0 to 150"),
    "band_needs_band_direction": QT_TRANSLATE_NOOP(
        "problems", "band scoring needs the direction 'target band' (each target then gives its band)"),
    "critical_above_warning": QT_TRANSLATE_NOOP(
        "problems", "the critical level ({critical}%) must not be above the warning level ({warning}%)"),
}


def render(code: str, params: dict[str, Any], template: str | None = None) -> str:
    """The text of a problem; ``template`` is a translation of PROBLEMS[code]."""
    return (template or PROBLEMS[code]).format(**params)
