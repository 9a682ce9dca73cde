"""Command line: starting on your own data (init) and appraisal cycles
(cycle create|list|show|set|add; the stage moves and scores come from
cycle_stages and cycle_score)."""
from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

FREQUENCIES = {"month": "month", "quarter": "quarter", "half-year": "half_year", "year": "year"}
GROUP_ALIASES = {"report": "direct_report", "direct-report": "direct_report", "reports": "direct_report"}


def add_commands(commands, common: argparse.ArgumentParser) -> None:
    init = commands.add_parser("init", parents=[common],
                               help="start on your own data: add the shipped KPI library, role templates, "
                                    "competencies and 360 forms (what the database lacks); safe to run again")
    init.set_defaults(handler=_run_init)

    cycle = commands.add_parser("cycle", parents=[common], help="appraisal cycles: create, list, show, settings, stages, scores, release, close")
    actions = cycle.add_subparsers(dest="cycle_command", metavar="ACTION", required=True)
    create = actions.add_parser("create", parents=[common],
                                help="a new cycle in draft with everyone active on its start date in scope")
    create.add_argument("name")
    create.add_argument("--start", required=True, type=_date, metavar="DATE", help="first day, e.g. 2027-01-01")
    create.add_argument("--end", required=True, type=_date, metavar="DATE", help="last day, e.g. 2027-06-30")
    create.add_argument("--frequency", required=True, choices=sorted(FREQUENCIES))
    create.add_argument("--departments", metavar="D,...",
                        help="only these departments (name, code or path) with their sub-departments "
                             "(default: the whole company)")
    create.add_argument("--from", dest="copy_from", metavar="CYCLE",
                        help="copy settings, bands, 360 form and targets from this earlier cycle")
    create.set_defaults(handler=_run_create)

    listing = actions.add_parser("list", parents=[common], help="every cycle with its stage and progress")
    listing.set_defaults(handler=_run_list)

    show = actions.add_parser("show", parents=[common],
                              help="a cycle's settings, stage, progress, participants and the next gate's blockers")
    _cycle_option(show)
    show.set_defaults(handler=_run_show)

    settings = actions.add_parser("set", parents=[common], help="change a cycle's settings (until calibration)")
    _cycle_option(settings)
    settings.add_argument("--kpi-weight", type=float, metavar="N", help="weight of the KPI part (with the "
                          "competency part: 100)")
    settings.add_argument("--competency-weight", type=float, metavar="N")
    settings.add_argument("--group-weights", type=_as_option(_group_weights), metavar="GROUP=N,...",
                          help="rater groups inside the competency part, e.g. "
                               "manager=50,peer=20,report=20,customer=10,self=0 (groups not named keep theirs)")
    settings.add_argument("--anonymity-threshold", type=int, metavar="N", help="1 to 20")
    settings.add_argument("--bands", type=Path, metavar="FILE",
                          help=".csv or .xlsx with columns code,name,name_zh,min_score,guideline_pct")
    settings.add_argument("--form", metavar="ID|by-role",
                          help="the 360 form's id (see cycle show), or by-role for each person's default form")
    settings.add_argument("--due", action="append", default=[], type=_as_option(_due), metavar="STAGE=DATE",
                          help="the date a stage is due, e.g. goal_setting=2027-01-31 (STAGE= removes it); "
                               "repeat for more stages")
    settings.add_argument("--distribution-margin", type=float, metavar="POINTS",
                          help="how far (percentage points, 0 to 100) a band's share may stray from its guideline "
                               "before calibration warns (default 10); may change in calibration too")
    settings.add_argument("--enforce-distribution", action=argparse.BooleanOptionalAction, default=None,
                          help="refuse to close a calibration session while a band is off by more than the margin")
    settings.set_defaults(handler=_run_set)

    join = actions.add_parser("add", parents=[common], help="add people who joined during the cycle")
    _cycle_option(join)
    join.add_argument("employees", nargs="+", metavar="EMPLOYEE_NO")
    join.set_defaults(handler=_run_add)

    from .cycle_score import add_score_commands
    from .cycle_stages import add_stage_commands

    add_stage_commands(actions, common)
    add_score_commands(actions, common)


def _cycle_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--cycle", required=True, metavar="C", help="the cycle's name or id")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date; write it as 2027-01-31") from None


# -- handlers ---------------------------------------------------------------------------------
def _run_init(args) -> tuple[dict[str, Any], str]:
    from db.location import describe_url

    from ..cycles.setup import install_shipped_catalogue
    from ..database.opening import has_no_people
    from .runner import workstation_from_args

    workstation = workstation_from_args(args)
    added = workstation.call(install_shipped_catalogue)
    no_people = has_no_people(workstation)
    result = {"database": describe_url(workstation.database.url), "added": added.as_dict(),
              "has_people": not no_people}
    if added.anything:
        text = (f"Catalogue added to {result['database']}: {added.kpis} KPIs, {added.role_templates} role templates, "
                f"{added.competencies} competencies, {added.forms} 360 forms.")
    else:
        text = f"{result['database']} already has the whole catalogue; nothing was added."
    if no_people:
        text += "\nNext: import your roster, e.g. main.py import people roster.xlsx"
    return result, text


def _run_create(args) -> tuple[dict[str, Any], str]:
    from ..cycles.setup import NewCycle, create_cycle, departments_named, find_cycle
    from .runner import workstation_from_args

    workstation = workstation_from_args(args)
    with workstation.unit() as session:
        departments = departments_named(session, args.departments.split(",")) if args.departments else None
        copy_from = find_cycle(session, args.copy_from) if args.copy_from else None
        created = create_cycle(session, NewCycle(args.name, args.start, args.end, FREQUENCIES[args.frequency],
                                                 departments, copy_from))
    text = f"Cycle {created.name} created in draft with {created.participants} participants."
    if created.copied_from:
        text += f" Settings, bands and form copied from {created.copied_from}; {created.targets_copied} targets copied."
    return {"cycle": created.as_dict()}, text


def _run_list(args) -> tuple[dict[str, Any], str]:
    from ..cycles.setup import list_cycles
    from ..messages import term_word
    from .runner import workstation_from_args

    rows = workstation_from_args(args).call(list_cycles)
    lines = [f"{'Cycle':<20} {'Period':<23} {'Stage':<19} {'People':>6} {'Left':>5} {'Targets':>8} "
             f"{'Self':>5} {'Manager':>8} {'Signed':>7}"] if rows else []
    lines += [f"{r.name:<20} {r.period_start} – {r.period_end} {term_word('stage', r.stage):<19} {r.participants:>6} {r.leavers:>5} "
              f"{r.with_targets:>8} {r.self_reviews:>5} {r.manager_reviews:>8} {r.signed:>7}" for r in rows]
    return {"cycles": [r.as_dict() for r in rows]}, "\n".join(lines) or \
        "No cycle yet. Create one: main.py cycle create NAME --start DATE --end DATE --frequency quarter"


def _run_show(args) -> tuple[dict[str, Any], str]:
    from ..cycles.setup import cycle_detail, find_cycle
    from ..cycles.stages import check_gate
    from ..messages import term_word
    from .runner import workstation_from_args

    workstation = workstation_from_args(args)
    with workstation.unit() as session:
        cycle_id = find_cycle(session, args.cycle)
        detail = cycle_detail(session, cycle_id)
        gate = check_gate(session, cycle_id)
    r = detail.row
    # Words for the stage, frequency and groups; --json keeps their values.
    lines = [f"{r.name}: {r.period_start} – {r.period_end} ({term_word('frequency', r.frequency)}), "
             f"stage: {term_word('stage', r.stage)}",
             f"Scope: {', '.join(detail.departments) if detail.departments is not None else 'the whole company'}"
             + (f"; copied from {detail.copied_from}" if detail.copied_from else ""),
             f"Parts: KPI {detail.kpi_weight:g}, competency {detail.competency_weight:g}",
             "Rater groups: " + ", ".join(f"{term_word('rater_group', k)} {v:g}" for k, v in detail.group_weights.items()),
             f"Anonymity threshold: {detail.anonymity_threshold}",
             _distribution_line(detail),
             f"360 form: {detail.form_template or 'by role (each person’s default form)'}",
             "Due: " + (", ".join(f"{term_word('stage', k)} {v}" for k, v in detail.due_dates.items()) or "no dates set"),
             "Bands:"]
    lines += [f"  {b.code:<6} from {b.min_score:>5g}  {b.guideline_pct or 0:>4g} %  {b.name} / {b.name_zh or ''}"
              for b in detail.bands]
    lines.append(f"Progress: {r.participants} participants ({r.leavers} left), {r.with_targets} with targets, "
                 f"{r.self_reviews} self-reviews and {r.manager_reviews} manager reviews submitted, {r.signed} signed")
    if detail.locked_code:
        lines.append("Settings can no longer change (calibration reached).")
    lines.append("Participants:")
    lines += [f"  {p.employee_no:<10} {p.name:<20} {p.department:<16}"
              + (" (left)" if p.is_leaver else "") + (" (joined late)" if p.added_late else "")
              for p in detail.participants]
    lines += _gate_lines(gate)
    # The blockers as `cycle advance --json` lists them; next_stage is null once closed.
    next_stage = gate.to_stage.value if gate.to_stage != gate.from_stage else None
    return ({"cycle": detail.as_dict(), "next_stage": next_stage, "blockers": [b.as_dict() for b in gate.blockers]},
            "\n".join(lines))


def _distribution_line(detail) -> str:
    from ..calibration.distribution import DEFAULT_MARGIN_PCT

    margin = DEFAULT_MARGIN_PCT if detail.distribution_margin_pct is None else detail.distribution_margin_pct
    rule = "closing a calibration session is refused while a band is off by more" if detail.enforce_distribution \
        else "a warning only"
    return f"Distribution margin: {margin:g} points ({rule})"


def _gate_lines(gate) -> list[str]:
    from ..messages import counted, term_word

    if gate.to_stage == gate.from_stage:
        return ["Next gate: none, the cycle is closed."]
    people = len({b.employee_id for b in gate.blockers})
    moving = f"{term_word('stage', gate.from_stage)} → {term_word('stage', gate.to_stage)}"
    if not gate.blockers:
        return [f"Next gate ({moving}): nothing holds it."]
    holding = counted(len(gate.blockers), "blocker holds", "blockers hold")
    return [f"Next gate ({moving}): {holding} {counted(people, 'person', 'people')}:",
            *(f"  {b.employee_no} {b.name}: {b.message}" for b in gate.blockers)]


def _run_set(args) -> tuple[dict[str, Any], str]:
    from ..cycles.bands_file import read_bands
    from ..cycles.settings import SettingsChange, change_settings
    from ..cycles.setup import cycle_detail, find_cycle
    from .runner import workstation_from_args

    group_weights = args.group_weights or None
    due_dates = dict(args.due) if args.due else None
    bands = read_bands(args.bands) if args.bands else None
    form = None
    if args.form is not None:
        form = 0 if args.form.strip().lower() == "by-role" else _whole_number(args.form, "form_template")
    change = SettingsChange(kpi_weight=args.kpi_weight, competency_weight=args.competency_weight,
                            group_weights=group_weights, bands=bands, anonymity_threshold=args.anonymity_threshold,
                            form_template_id=form, due_dates=due_dates,
                            distribution_margin_pct=args.distribution_margin,
                            enforce_distribution=args.enforce_distribution)
    if change == SettingsChange():
        from .runner import EXIT_USAGE

        message = ("nothing to change: give at least one of --kpi-weight, --competency-weight, "
                   "--group-weights, --anonymity-threshold, --bands, --form, --due, --distribution-margin, "
                   "--enforce-distribution")
        return {"error": message}, f"error: {message}", EXIT_USAGE
    workstation = workstation_from_args(args)
    with workstation.unit() as session:
        cycle_id = find_cycle(session, args.cycle)
        change_settings(session, cycle_id, change)
        detail = cycle_detail(session, cycle_id)
    return {"cycle": detail.as_dict()}, f"Settings of {detail.row.name} changed."


def _run_add(args) -> tuple[dict[str, Any], str]:
    from sqlalchemy import select

    from db.models import Employee

    from ..cycles.participants import add_participant
    from ..cycles.setup import find_cycle
    from ..errors import NotFound
    from .runner import workstation_from_args

    workstation = workstation_from_args(args)
    added = []
    with workstation.unit() as session:
        cycle_id = find_cycle(session, args.cycle)
        for number in args.employees:
            employee_id = session.scalar(select(Employee.id).where(Employee.employee_no == number.strip()))
            if employee_id is None:
                raise NotFound.coded("employee_unknown", value=number)
            added.append(add_participant(session, cycle_id, employee_id))
    return ({"added": [row.as_dict() for row in added]},
            f"Added to {args.cycle}: " + ", ".join(f"{row.name} ({row.employee_no})" for row in added) + ".")


# -- option values ----------------------------------------------------------------------------
def _as_option(parse):
    """An option parser whose malformed value is a usage error (exit 2), like any other
    option argparse cannot read, still told with the coded message."""
    def parse_option(text: str):
        from ..errors import ValidationError

        try:
            return parse(text)
        except ValidationError as error:
            raise argparse.ArgumentTypeError(str(error)) from None

    parse_option.__name__ = parse.__name__.strip("_").replace("_", " ")
    return parse_option


def _group_weights(text: str) -> dict[str, float]:
    from ..errors import ValidationError

    weights = {}
    for item in filter(None, (part.strip() for part in text.split(","))):
        group, _, value = item.partition("=")
        group = group.strip().lower()
        try:
            weights[GROUP_ALIASES.get(group, group)] = float(value)
        except ValueError:
            raise ValidationError.coded("group_weights_syntax", value=item) from None
    return weights


def _due(text: str) -> tuple[str, date | None]:
    from ..errors import ValidationError

    stage, sign, day = text.partition("=")
    if not sign or not stage.strip():
        raise ValidationError.coded("due_syntax", value=text)
    stage = stage.strip().lower().replace("-", "_")
    if not day.strip():
        return stage, None
    try:
        return stage, date.fromisoformat(day.strip())
    except ValueError:
        raise ValidationError.coded("not_a_date", value=day.strip()) from None


def _whole_number(text: str, field: str) -> int:
    from ..errors import RowProblem, ValidationError

    if not text.strip().isdigit():
        raise ValidationError.listing([RowProblem(None, field, "not_a_number", {"value": text})])
    return int(text.strip())
