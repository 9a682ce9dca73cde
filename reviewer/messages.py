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
    "duplicate_number_in_file": QT_TRANSLATE_NOOP(
        "problems", "{value} is also on row {row}; only row {row} counts (and is the manager of whoever reports "
                    "to {value})"),
    "date_too_early": QT_TRANSLATE_NOOP("problems", "{value} is before {earliest}; check the year"),
    "date_too_far_ahead": QT_TRANSLATE_NOOP("problems", "{value} is more than a year ahead; check the year"),
    "leave_date_implausible": QT_TRANSLATE_NOOP(
        "problems", "The leave date {value} is before 1900 or more than a year ahead; check the year."),
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
    # 360 feedback: filling, assignment, templates, offline forms
    "cycle_unknown_id": QT_TRANSLATE_NOOP("problems", "There is no cycle with id {id}."),
    "cycle_closed_for": QT_TRANSLATE_NOOP("problems", "{cycle} is closed; its {what} can no longer change."),
    "request_unknown": QT_TRANSLATE_NOOP("problems", "There is no feedback request with id {id}."),
    "request_submitted": QT_TRANSLATE_NOOP(
        "problems", "This feedback was already submitted; its answers are locked."),
    "request_not_open": QT_TRANSLATE_NOOP(
        "problems", "This feedback request is {status}; it cannot be filled in."),
    "question_not_on_form": QT_TRANSLATE_NOOP("problems", "Question {id} is not on this rater's form."),
    "rating_off_scale": QT_TRANSLATE_NOOP(
        "problems", "{rating} is not a point of this question's scale ({low}–{high})."),
    "no_cannot_judge": QT_TRANSLATE_NOOP("problems", "This question has no 'cannot judge' choice."),
    "answer_too_long": QT_TRANSLATE_NOOP(
        "problems", "The answer is {length} characters long; at most {limit} fit."),
    "answers_missing": QT_TRANSLATE_NOOP(
        "problems", "Question(s) {numbers} still need an answer before the form can be submitted."),
    "request_not_open_for_form": QT_TRANSLATE_NOOP(
        "problems", "Feedback request {id} is not open; only open requests get forms."),
    "group_not_confidential": QT_TRANSLATE_NOOP("problems", "'{group}' is not a confidential rater group."),
    "group_limits_invalid": QT_TRANSLATE_NOOP(
        "problems", "{group}: the minimum ({low}) must be between 0 and the maximum ({high}), "
                    "and the maximum at most 50."),
    "no_active_template": QT_TRANSLATE_NOOP(
        "problems", "There is no active '{family}' form template; add one under 360 Reviews → Form templates."),
    "own_peer": QT_TRANSLATE_NOOP("problems", "A person cannot be nominated as their own peer."),
    "employee_gone": QT_TRANSLATE_NOOP("problems", "Employee {id} has left or does not exist."),
    "employee_unknown_id": QT_TRANSLATE_NOOP("problems", "There is no employee with id {id}."),
    "external_needs_name": QT_TRANSLATE_NOOP("problems", "The external rater needs a name."),
    "email_invalid_sentence": QT_TRANSLATE_NOOP("problems", "'{value}' is not an e-mail address."),
    "customers_full": QT_TRANSLATE_NOOP(
        "problems", "This person already has {count} customer raters, the most allowed."),
    "already_asked": QT_TRANSLATE_NOOP("problems", "{name} is already asked about this person in this cycle."),
    "competency_needs_names": QT_TRANSLATE_NOOP("problems", "A competency needs a code and an English name."),
    "competency_too_long": QT_TRANSLATE_NOOP(
        "problems", "The code is at most 40 characters, the names at most 100."),
    "competency_code_taken": QT_TRANSLATE_NOOP("problems", "The code {code} is already used by another competency."),
    "competency_unknown": QT_TRANSLATE_NOOP("problems", "There is no competency with id {id}."),
    "competency_in_use": QT_TRANSLATE_NOOP(
        "problems", "{count} form question(s) rate this competency; it cannot be deleted. "
                    "Remove it from the templates first (older versions keep it)."),
    "template_unknown": QT_TRANSLATE_NOOP("problems", "There is no form template with id {id}."),
    "template_family_taken": QT_TRANSLATE_NOOP(
        "problems", "A template family '{family}' exists already; edit it or choose another name."),
    "template_needs_name": QT_TRANSLATE_NOOP("problems", "The template needs a name."),
    "template_needs_family": QT_TRANSLATE_NOOP(
        "problems", "The template needs a family (e.g. individual_contributor)."),
    "template_no_questions": QT_TRANSLATE_NOOP("problems", "The template has no questions."),
    "section_needs_title": QT_TRANSLATE_NOOP("problems", "Section {section} needs a title."),
    "question_no_text": QT_TRANSLATE_NOOP("problems", "Section {section}, question {question} has no text."),
    "question_no_groups": QT_TRANSLATE_NOOP(
        "problems", "Section {section}, question {question}: choose at least one known rater group to show it to."),
    "question_competency_gone": QT_TRANSLATE_NOOP(
        "problems", "Section {section}, question {question} rates a competency that no longer exists."),
    "question_scale_invalid": QT_TRANSLATE_NOOP(
        "problems", "Section {section}, question {question}: the scale must run upwards over 2 to 11 points."),
    "question_anchors_missing": QT_TRANSLATE_NOOP(
        "problems", "Section {section}, question {question}: point(s) {points} of the scale need anchor text."),
    "form_unreadable": QT_TRANSLATE_NOOP("problems", "The file cannot be read: {reason}."),
    "form_not_pdf": QT_TRANSLATE_NOOP(
        "problems", "This is not a PDF file. Ask the rater to send back the PDF form itself."),
    "form_too_large": QT_TRANSLATE_NOOP("problems", "The file is larger than any returned form can be (50 MB)."),
    "form_encrypted": QT_TRANSLATE_NOOP(
        "problems", "The PDF is protected by a password; ask the rater to save the form again without one."),
    "form_damaged": QT_TRANSLATE_NOOP(
        "problems", "The PDF is damaged or incomplete (perhaps cut off while sending); ask the rater to send "
                    "it again."),
    "form_no_cannot_judge": QT_TRANSLATE_NOOP(
        "problems", "About {subject}, question {number} ({question}): 'cannot judge' is not allowed for this question."),
    "form_off_scale": QT_TRANSLATE_NOOP("problems", "About {subject}, question {number} ({question}): the answer '{value}' is not on the scale {low}–{high}."),
    "form_text_too_long": QT_TRANSLATE_NOOP("problems", "About {subject}, question {number} ({question}): the answer is longer than {limit} characters."),
    "form_unanswered": QT_TRANSLATE_NOOP("problems", "About {subject}, question {number} ({question}) is not answered."),
    "form_unanswered_more": QT_TRANSLATE_NOOP("problems", "About {subject}, question {number} ({question}) is not answered (and {more} more)."),
    "form_forged": QT_TRANSLATE_NOOP(
        "problems", "The form's security token is not valid: the form was altered or was not issued by this "
                    "database. Export a new form for the rater."),
    "form_none": QT_TRANSLATE_NOOP("problems", "No 360 feedback form was found in this PDF."),
    "form_already_submitted": QT_TRANSLATE_NOOP(
        "problems", "The feedback about {subject} was already submitted; this file is a duplicate or arrived late."),
    "form_request_closed": QT_TRANSLATE_NOOP(
        "problems", "The request for feedback about {subject} is closed ({status})."),
    "form_cycle_closed": QT_TRANSLATE_NOOP(
        "problems", "The request for feedback about {subject} is closed (its cycle is closed)."),
    "form_answered_in_batch": QT_TRANSLATE_NOOP(
        "problems", "Another file in this batch already answered the feedback about {subject}."),
    "form_empty": QT_TRANSLATE_NOOP("problems", "The form was returned empty; nothing was imported."),
    "form_submitted": QT_TRANSLATE_NOOP("problems", "{count} form(s) submitted."),
    "form_submitted_some_blank": QT_TRANSLATE_NOOP(
        "problems", "{count} form(s) submitted, {blank} left blank and still open."),
    # signing identities and signatures
    "password_too_short": QT_TRANSLATE_NOOP("problems", "The password needs at least {limit} characters."),
    "identity_needs_name": QT_TRANSLATE_NOOP("problems", "The signing identity needs the holder's name."),
    "no_company_ca": QT_TRANSLATE_NOOP(
        "problems", "There is no company CA yet; HR creates it under Signatures → Company CA."),
    "identity_file_missing": QT_TRANSLATE_NOOP(
        "problems", "The identity file {path} is missing; import the PKCS#12 file again."),
    "identity_wrong_password": QT_TRANSLATE_NOOP(
        "problems", "The password does not open this identity (or the file is not a PKCS#12 file)."),
    "identity_without_key": QT_TRANSLATE_NOOP(
        "problems", "The PKCS#12 file holds no private key and certificate; it cannot sign."),
    "identity_known": QT_TRANSLATE_NOOP("problems", "This certificate ({fingerprint}…) is already known."),
    "identity_unknown": QT_TRANSLATE_NOOP("problems", "There is no signing identity with id {id}."),
    "role_unknown": QT_TRANSLATE_NOOP("problems", "'{role}' is not a signer role (manager, employee or hr)."),
    "not_an_appraisal_pdf": QT_TRANSLATE_NOOP(
        "problems", "This PDF is not an appraisal document of this database; export the appraisal again."),
    "appraisal_locked": QT_TRANSLATE_NOOP(
        "problems", "This appraisal is signed by HR and read-only; a correction creates a new version."),
    "signing_order": QT_TRANSLATE_NOOP(
        "problems", "Signatures go manager → employee → HR: the next signer is {expected}, not {role}."),
    "batch_nobody": QT_TRANSLATE_NOOP("problems", "Nobody is appraised in this cycle (and department) yet."),
    "batch_all_signed": QT_TRANSLATE_NOOP(
        "problems", "Every appraisal here already carries signatures; their signed PDFs stand."),
    "appraisal_unknown": QT_TRANSLATE_NOOP("problems", "There is no appraisal with id {id}."),
    "appraisal_superseded": QT_TRANSLATE_NOOP(
        "problems", "Version {version} of this appraisal is already superseded; correct the newest version."),
    "appraisal_not_signed": QT_TRANSLATE_NOOP(
        "problems", "Nobody has signed this appraisal yet; change it directly instead of correcting it."),
    "correction_needs_reason": QT_TRANSLATE_NOOP(
        "problems", "Say why the appraisal is corrected; the reason is kept with the new version."),
    "correction_unknown_field": QT_TRANSLATE_NOOP("problems", "{field} cannot be corrected."),
    "score_out_of_range": QT_TRANSLATE_NOOP("problems", "The score {value} is outside 0–100."),
    "only_employee_disagrees": QT_TRANSLATE_NOOP(
        "problems", "Only the employee can sign with \"acknowledged, I disagree\"."),
}


def render(code: str, params: dict[str, Any], template: str | None = None) -> str:
    """The text of a problem; ``template`` is a translation of PROBLEMS[code]."""
    return (template or PROBLEMS[code]).format(**params)
