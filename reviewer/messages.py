"""Texts of the problems services report about rows and cells, by code.

Services keep a code and its parameters; the command line shows the English text
below, and the window translates it. The marker lets pyside6-lupdate collect these
strings into the translation catalogue without this package importing Qt.
"""
from __future__ import annotations

import string
from typing import Any, Callable

from .text import visible


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
    "username": QT_TRANSLATE_NOOP("fields", "Profile name"),
    # review and target imports (issue 15, slice rev)
    "part": QT_TRANSLATE_NOOP("fields", "Part"),
    "achievements": QT_TRANSLATE_NOOP("fields", "Achievements"),
    "challenges": QT_TRANSLATE_NOOP("fields", "Challenges"),
    "development_wishes": QT_TRANSLATE_NOOP("fields", "Development wishes"),
    "strengths": QT_TRANSLATE_NOOP("fields", "Strengths"),
    "development_areas": QT_TRANSLATE_NOOP("fields", "Development areas"),
    "overall_comment": QT_TRANSLATE_NOOP("fields", "Overall comment"),
    "proposed_band": QT_TRANSLATE_NOOP("fields", "Proposed band"),
    "justification": QT_TRANSLATE_NOOP("fields", "Justification"),
    "private_note": QT_TRANSLATE_NOOP("fields", "Private note for HR"),
    "target": QT_TRANSLATE_NOOP("fields", "Target"),
    "weight": QT_TRANSLATE_NOOP("fields", "Weight"),
    "band_low": QT_TRANSLATE_NOOP("fields", "Band low"),
    "band_high": QT_TRANSLATE_NOOP("fields", "Band high"),
}

PROBLEMS = {
    "missing": QT_TRANSLATE_NOOP("problems", "is missing"),
    "employee_no_missing": QT_TRANSLATE_NOOP("problems", "is missing; every person needs an employee number"),
    "too_long": QT_TRANSLATE_NOOP("problems", "is {length} characters long; at most {limit} fit"),
    "hidden_characters": QT_TRANSLATE_NOOP(
        "problems", "holds invisible control or text-direction characters ({characters}); retype it without them"),
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
    "kpi_unknown": QT_TRANSLATE_NOOP(
        "problems", "'{value}' is neither the code nor the name of a KPI in the library; the KPIs page lists them"),
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
    # the services' own refusals: people, departments, KPIs, targets, results, evidence, exports
    "department_unknown_id": QT_TRANSLATE_NOOP("problems", "There is no department with id {id}."),
    "department_needs_name": QT_TRANSLATE_NOOP("problems", "A department needs a name."),
    "name_too_long": QT_TRANSLATE_NOOP("problems", "The name is {length} characters long; at most {limit} fit."),
    "department_name_taken": QT_TRANSLATE_NOOP(
        "problems", "There is already a department called {name} in the same place."),
    "department_inside_itself": QT_TRANSLATE_NOOP(
        "problems", "{name} cannot be moved inside itself or one of its own sub-departments."),
    "department_has_people": QT_TRANSLATE_NOOP(
        "problems", "{name} still has {count} people (current or former); move them to another department first."),
    "department_has_children": QT_TRANSLATE_NOOP(
        "problems", "{name} has sub-departments; move or remove them first."),
    "manager_is_self": QT_TRANSLATE_NOOP("problems", "{name} ({number}) cannot be their own manager."),
    "manager_loop": QT_TRANSLATE_NOOP(
        "problems", "{name} ({number}) cannot report to {manager} ({manager_number}): that would make a loop in "
                    "the reporting line ({path}). Choose a manager who is not below {name}."),
    "manager_refused": QT_TRANSLATE_NOOP("problems", "{name} ({number}) cannot report to {manager}: {detail}"),
    "person_already_left": QT_TRANSLATE_NOOP("problems", "{name} ({number}) has already left."),
    "leave_before_hire_of": QT_TRANSLATE_NOOP(
        "problems", "The leave date {leave} is before {name}'s hire date {hire}."),
    "person_has_history": QT_TRANSLATE_NOOP(
        "problems", "{name} ({number}) has history in this database and cannot be deleted; mark them as having "
                    "left instead."),
    "person_delete_refused": QT_TRANSLATE_NOOP("problems", "{name} cannot be deleted: {detail}"),
    "kpi_unknown_id": QT_TRANSLATE_NOOP("problems", "There is no KPI with id {id}."),
    "kpi_in_use": QT_TRANSLATE_NOOP(
        "problems", "{code} is used by {count} targets or templates; untick 'In use' to retire it instead, so "
                    "past results keep their meaning."),
    "kpi_template_unknown": QT_TRANSLATE_NOOP("problems", "There is no KPI template with id {id}."),
    "target_unknown": QT_TRANSLATE_NOOP("problems", "There is no target with id {id}."),
    "weight_out_of_range": QT_TRANSLATE_NOOP(
        "problems", "A weight must be more than 0 and at most 100 (it is {weight})."),
    "band_reversed": QT_TRANSLATE_NOOP("problems", "The band's low end is above its high end."),
    "value_not_a_number": QT_TRANSLATE_NOOP("problems", "The value must be a number."),
    "date_outside_cycle": QT_TRANSLATE_NOOP("problems", "{date} is outside {cycle} ({start} – {end})."),
    "evidence_too_large": QT_TRANSLATE_NOOP(
        "problems", "{name} is larger than {limit} MB, the limit for evidence files. Attach a smaller file, or a "
                    "link to where the large one is kept."),
    "evidence_not_stored": QT_TRANSLATE_NOOP("problems", "Cannot store {name}: {detail}."),
    "note_empty": QT_TRANSLATE_NOOP("problems", "The note is empty."),
    "link_invalid": QT_TRANSLATE_NOOP(
        "problems", "'{value}' is not a web or mail link; links start with https:// or mailto:."),
    "evidence_unknown": QT_TRANSLATE_NOOP("problems", "There is no evidence with id {id}."),
    "file_evidence_unknown": QT_TRANSLATE_NOOP("problems", "There is no file evidence with id {id}."),
    "evidence_damaged": QT_TRANSLATE_NOOP(
        "problems", "The stored copy of {name} has been altered or damaged; restore it from a backup."),
    "cycle_unknown_named": QT_TRANSLATE_NOOP("problems", "There is no cycle called '{cycle}'. Cycles: {cycles}."),
    "cycle_unknown_none_yet": QT_TRANSLATE_NOOP(
        "problems", "There is no cycle called '{cycle}'; there is no cycle yet."),
    "export_unknown": QT_TRANSLATE_NOOP("problems", "Nothing called '{what}' to export; choose one of {choices}."),
    "table_file_ending": QT_TRANSLATE_NOOP("problems", "{file}: choose a file ending in .xlsx or .csv."),
    "report_file_ending": QT_TRANSLATE_NOOP("problems", "{file}: choose a file ending in .pdf or .xlsx."),
    "folder_missing": QT_TRANSLATE_NOOP("problems", "The folder {folder} does not exist."),
    "file_not_written": QT_TRANSLATE_NOOP("problems", "Cannot write {path}: {detail}."),
    "department_name_unknown": QT_TRANSLATE_NOOP("problems", "{name}: no department has this name."),
    "department_name_ambiguous": QT_TRANSLATE_NOOP(
        "problems", "{name}: several departments have this name; give the path, e.g. A/B."),
    "identity_unknown_name": QT_TRANSLATE_NOOP(
        "problems", "{name}: no signing identity with this id or holder name (see the Appraisals page)."),
    "demo_needs_empty_database": QT_TRANSLATE_NOOP(
        "problems", "This database already has people in it; the demo company only goes into an empty database. "
                    "Open a new file with --db to try the demo."),
    "cancelled": QT_TRANSLATE_NOOP("problems", "Cancelled; nothing was saved."),
    # a database shared with other programs
    "database_busy": QT_TRANSLATE_NOOP(
        "problems", "Another program is writing to {path} and kept it locked for {seconds} s; nothing was "
                    "saved. Wait for it to finish or close it, then try again."),
    "roster_changed_meanwhile": QT_TRANSLATE_NOOP(
        "problems", "Another program imported or changed people in this database at the same time (this import "
                    "was adding {numbers}); nothing was imported. Run the import again."),
    # two people saving the same row (the row version check, reviewer.database.stale)
    "appraisal_changed_meanwhile": QT_TRANSLATE_NOOP(
        "problems", "{person}'s appraisal was changed by {who} at {when} after you opened it; your changes were "
                    "not saved. Open it again to see theirs, then make yours again."),
    "target_changed_meanwhile": QT_TRANSLATE_NOOP(
        "problems", "{person}'s target was changed by {who} at {when} after you opened it; your changes were "
                    "not saved. Open it again to see theirs, then make yours again."),
    "plan_changed_meanwhile": QT_TRANSLATE_NOOP(
        "problems", "{person}'s plan was changed by {who} at {when} after you opened it; your changes were "
                    "not saved. Open it again to see theirs, then make yours again."),
    "answer_changed_meanwhile": QT_TRANSLATE_NOOP(
        "problems", "{who} changed this answer in {person}'s review at {when} while you were writing it; yours "
                    "was not saved. Choose whether to keep yours or take theirs."),
    "answer_changed_meanwhile_elsewhere": QT_TRANSLATE_NOOP(
        "problems", "This answer in {person}'s review was changed by another program while you were writing "
                    "it; yours was not saved. Choose whether to keep yours or take theirs."),
    "plan_goal_changed_meanwhile": QT_TRANSLATE_NOOP(
        "problems", "A goal of {person}'s plan was changed by {who} at {when} after you opened it; your change "
                    "was not saved. Open the plan again to see theirs, then make yours again."),
    "row_changed_meanwhile_elsewhere": QT_TRANSLATE_NOOP(
        "problems", "{person}'s record in {table} was changed by another program after you opened it; your "
                    "changes were not saved. Open it again, then make yours again."),
    # a database that cannot be opened: the same texts as db.migrate.OPEN_PROBLEMS
    "database_foreign_keys_broken": QT_TRANSLATE_NOOP(
        "problems", "Upgrading the schema would leave {count} row(s) of {table} pointing at missing {parent} rows; "
                    "nothing was changed. Report this to the program's maintainers."),
    "database_not_ours": QT_TRANSLATE_NOOP(
        "problems", "This database already has tables but no Appraisal Workstation schema version; it was not "
                    "created by this program. Choose another file with --db."),
    "database_newer": QT_TRANSLATE_NOOP(
        "problems", "This database has schema version {revision}, which is newer than this program understands. "
                    "Update Appraisal Workstation to open it."),
    "database_address_invalid": QT_TRANSLATE_NOOP(
        "problems", "Cannot use database address '{path}': {detail}. Give a file path or a "
                    "postgresql://user@host/dbname URL."),
    "database_folder_failed": QT_TRANSLATE_NOOP("problems", "Cannot create the database folder: {detail}"),
    "database_unopenable": QT_TRANSLATE_NOOP("problems", "Cannot open the database {path}: {detail}"),
    "database_backup_failed": QT_TRANSLATE_NOOP(
        "problems", "The schema of {path} needs an upgrade, but the backup made first could not be written or "
                    "checked ({backup}: {detail}); nothing was upgraded and the database is as it was. Free disk "
                    "space or make its folder writable, then open it again."),
    "database_passphrase_needed": QT_TRANSLATE_NOOP(
        "problems", "The database {path} is encrypted (or is no SQLite database at all). Give its passphrase with "
                    "--passphrase-file FILE or the APPRAISAL_DB_PASSPHRASE environment variable."),
    "database_passphrase_wrong": QT_TRANSLATE_NOOP(
        "problems", "The passphrase does not open the database {path}. Check it (letter case, spaces) and try again."),
    "database_encryption_unavailable": QT_TRANSLATE_NOOP(
        "problems", "The database {path} is encrypted (or is no SQLite database at all); opening an encrypted "
                    "database needs the sqlcipher3 module, which is not installed. Install it with: {command}"),
    # 360 feedback: filling, assignment, templates, offline forms
    "cycle_unknown_id": QT_TRANSLATE_NOOP("problems", "There is no cycle with id {id}."),
    "cycle_closed_for": QT_TRANSLATE_NOOP("problems", "{cycle} is closed; its {what} can no longer change."),
    "cycle_read_only": QT_TRANSLATE_NOOP(
        "problems", "{cycle} is closed: what it holds can be read but no longer changed."),
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
        "problems", "{count:form question rates|form questions rate} this competency; it cannot be deleted. "
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
    "form_active_content": QT_TRANSLATE_NOOP(
        "problems", "The PDF carries scripts, actions or embedded files, which no form of ours does; its answers "
                    "are not taken in. Ask the rater to fill in the form as it was sent and send it back."),
    "form_too_complex": QT_TRANSLATE_NOOP(
        "problems", "The PDF holds far more than a returned form does (it could not be read in {seconds} seconds); "
                    "ask the rater to send back the form itself."),
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
    "form_outside_scope": QT_TRANSLATE_NOOP(
        "problems", "The form about {subject} is outside your reporting line; give it to HR to import."),
    "form_submitted": QT_TRANSLATE_NOOP("problems", "{count:form|forms} submitted."),
    "form_submitted_some_blank": QT_TRANSLATE_NOOP(
        "problems", "{count:form|forms} submitted, {blank} left blank and still open."),
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
    "signing_role_done": QT_TRANSLATE_NOOP(
        "problems", "The appraisal of {name} is already signed as {role} (by {signer}); it was not signed again."),
    "signing_foreign_parts": QT_TRANSLATE_NOOP(
        "problems", "This PDF holds parts the program never puts in an appraisal ({parts}); it is not signed. "
                    "Sign the program's own copy (Preview and sign…, or export the appraisal again)."),
    "signing_not_issued": QT_TRANSLATE_NOOP(
        "problems", "This PDF is not the document this database wrote for version {version} of the appraisal "
                    "(it was changed, or written elsewhere); it is not signed. Export the appraisal again and "
                    "sign that file."),
    "signing_not_latest": QT_TRANSLATE_NOOP(
        "problems", "This PDF is not the file the recorded {role} signature produced (a signature is missing or "
                    "the file was changed since); it is not signed. Sign the file that carries every earlier "
                    "signature."),
    "signing_not_the_manager": QT_TRANSLATE_NOOP(
        "problems", "{identity} cannot sign as manager: it does not belong to the direct manager of {name} "
                    "({manager})."),
    "signing_not_the_employee": QT_TRANSLATE_NOOP(
        "problems", "{identity} cannot sign as employee: it does not belong to {name}, whose appraisal this is."),
    "signing_not_the_hr": QT_TRANSLATE_NOOP(
        "problems", "{identity} cannot sign as HR: it does not belong to someone with an active HR profile here."),
    "batch_nobody": QT_TRANSLATE_NOOP("problems", "Nobody is appraised in this cycle (and department) yet."),
    "batch_all_signed": QT_TRANSLATE_NOOP(
        "problems", "Every appraisal here already carries signatures; their signed PDFs stand."),
    "batch_identity_not_a_person": QT_TRANSLATE_NOOP(
        "problems", "The signing identity {identity} belongs to no employee (none, or several, have this name), "
                    "so it is nobody's manager; sign with the identity of the people's manager."),
    "batch_manages_nobody": QT_TRANSLATE_NOOP(
        "problems", "{identity} is the direct manager of none of the {count} people here; sign with their "
                    "manager's identity, or choose the manager's team."),
    "batch_skip_not_their_manager": QT_TRANSLATE_NOOP(
        "problems", "{name}: not signed, {identity} is not this person's manager (the manager is {manager})."),
    "batch_skip_already_signed": QT_TRANSLATE_NOOP(
        "problems", "{name}: left out, the appraisal already carries signatures; its signed PDF stands."),
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
    # who is acting: profiles, sign-in, scope, audit trail
    "auditor_reads_only": QT_TRANSLATE_NOOP(
        "problems", "{name} signed in as an auditor: auditors read everything and change nothing."),
    "hr_only": QT_TRANSLATE_NOOP("problems", "Only HR may do this; {name} is not signed in as HR."),
    "manager_people_scope": QT_TRANSLATE_NOOP(
        "problems", "{name} signed in as a manager: this list shows your own record and everyone in your reporting "
                    "line. You may add people to your line, edit them, mark them as left and import roster rows "
                    "about them; your own record and the departments are kept by HR."),
    "outside_scope": QT_TRANSLATE_NOOP(
        "problems", "This person is outside the reporting line of {name}; ask HR if you need access."),
    "submitted_form_confidential": QT_TRANSLATE_NOOP(
        "problems", "This form has been returned: its answers are confidential and reach anyone but its rater "
                    "only through the published 360 results, so {name} cannot open it."),
    "form_not_yours": QT_TRANSLATE_NOOP(
        "problems", "This 360 form was given to someone else; {name} may open only the forms they were asked to fill."),
    "offline_forms_hr_only": QT_TRANSLATE_NOOP(
        "problems", "Only HR exports and imports offline 360 forms: a form shows who rates whom and the answers "
                    "typed so far, and is submitted in its rater's name; {name} is not signed in as HR."),
    "row_outside_scope": QT_TRANSLATE_NOOP(
        "problems", "{value} is outside your reporting line; only HR imports rows about other people."),
    "department_new_hr_only": QT_TRANSLATE_NOOP(
        "problems", "the department {value} does not exist yet; only HR adds departments."),
    "own_review_confidential": QT_TRANSLATE_NOOP(
        "problems", "{name} cannot open their own appraisal here: its 360 results, comments and HR notes are "
                    "confidential; HR shares it when it is released."),
    "username_invalid": QT_TRANSLATE_NOOP(
        "problems", "A profile name has 1 to {limit} characters and no spaces."),
    "username_taken": QT_TRANSLATE_NOOP("problems", "There is already a profile called {name}."),
    "profile_unknown": QT_TRANSLATE_NOOP("problems", "There is no profile called {name}."),
    "employee_has_profile": QT_TRANSLATE_NOOP("problems", "{name} already has the profile {profile}."),
    "manager_needs_employee": QT_TRANSLATE_NOOP(
        "problems", "A manager's profile needs the employee number of the manager it belongs to."),
    "last_hr_profile": QT_TRANSLATE_NOOP(
        "problems", "This is the last active HR profile; add another HR profile before disabling it."),
    "sign_in_refused": QT_TRANSLATE_NOOP("problems", "The profile name or the password is wrong."),
    "sign_in_required": QT_TRANSLATE_NOOP(
        "problems", "This database asks who you are: say it with --user NAME "
                    "(the password from APPRAISAL_PASSWORD or typed when asked)."),
    "hr_password_first": QT_TRANSLATE_NOOP(
        "problems", "Give an HR profile a password first (main.py users passwd NAME, or users add NAME --role hr): "
                    "once {name} can sign in, this database asks who you are, and without an HR profile that can "
                    "sign in nobody could manage profiles any more."),
    "passwords_differ": QT_TRANSLATE_NOOP("problems", "The two passwords differ; nothing was changed."),
    "password_not_given": QT_TRANSLATE_NOOP(
        "problems", "No password for {name}: set {variable} or run the command in a terminal to type it."),
    "audit_hr_or_auditor": QT_TRANSLATE_NOOP(
        "problems", "Only HR and auditors read the audit trail; {name} is neither."),
    "audit_gap": QT_TRANSLATE_NOOP(
        "problems", "Entry {id} is at position {sequence} where {expected} was expected: an entry was removed."),
    "audit_link_broken": QT_TRANSLATE_NOOP(
        "problems", "Entry {id} (position {sequence}) does not follow the entry before it: an entry was "
                    "removed, inserted or changed."),
    "audit_entry_changed": QT_TRANSLATE_NOOP(
        "problems", "Entry {id} (position {sequence}) was changed after it was written."),
    "audit_entry_outside_chain": QT_TRANSLATE_NOOP(
        "problems", "Entry {id} was written outside the chain, behind the program's back."),
    "audit_head_mismatch": QT_TRANSLATE_NOOP(
        "problems", "The newest entries are missing: the chain ends at position {sequence} but its recorded "
                    "end is {recorded}."),
    "audit_anchor_missing": QT_TRANSLATE_NOOP(
        "problems", "The record of where the chain begins is missing or damaged: the audit trail cannot be "
                    "trusted. Compare with a head printed earlier and restore the database from a backup."),
    "audit_older_entries_changed": QT_TRANSLATE_NOOP(
        "problems", "{count} entries are outside the chain where {anchored} entries predate it: entries older "
                    "than the chain were removed or added."),
    "audit_head_missing": QT_TRANSLATE_NOOP(
        "problems", "The recorded end of the chain is missing (the chain ends at position {sequence}): "
                    "entries may have been removed."),
    "audit_expected_head_missing": QT_TRANSLATE_NOOP(
        "problems", "The chain does not hold entry {sequence} with the hash given ({hash}); it ends at position "
                    "{end}: the newest entries were removed or rewritten."),
    "audit_expected_head_invalid": QT_TRANSLATE_NOOP(
        "problems", "--expect-head takes POSITION:HASH as audit verify prints it (a number, a colon and 64 "
                    "hexadecimal digits), not {value}."),
    # 360 results before their release
    "answers_closed_published": QT_TRANSLATE_NOOP(
        "problems", "The 360 results of {cycle} are published; no more answers are accepted."),
    "feedback_unpublished": QT_TRANSLATE_NOOP("problems", "360 results are published when the 360 stage ends."),
    "release_cannot_be_taken_back": QT_TRANSLATE_NOOP(
        "problems", "The 360 results of {cycle} are already published; a release cannot be taken back or moved "
                    "later (answering stays closed)."),
    "feedback_unpublished_until": QT_TRANSLATE_NOOP(
        "problems", "360 results are published when the 360 stage ends or on {date}, whichever comes first."),
    "results_unpublished": QT_TRANSLATE_NOOP(
        "problems", "The 360 results of {cycle} are not published yet: until then nobody sees them, HR included, "
                    "only how many forms came back."),
    "results_publish_earlier": QT_TRANSLATE_NOOP(
        "problems", "To publish them earlier, HR sets the release date: forms release --cycle \"{cycle}\" --on "
                    "YYYY-MM-DD (today's date publishes them now and closes answering)."),
    # spreadsheets beyond the limits of reviewer.io.limits, and damaged ones
    "workbook_unpacks_too_large": QT_TRANSLATE_NOOP(
        "problems", "{file} unpacks to more than {limit} MB; larger workbooks are not read. "
                    "Copy the data you need into a new workbook."),
    "workbook_zip_bomb": QT_TRANSLATE_NOOP(
        "problems", "{file} holds a part ({part}) packed {ratio} times smaller than its size: a zip bomb, "
                    "not a workbook. It was not read."),
    "workbook_part_too_large": QT_TRANSLATE_NOOP(
        "problems", "{file}: its part {part} unpacks to more than {limit} MB; larger workbooks are not read. "
                    "Copy the data you need into a new workbook."),
    "workbook_too_many_texts": QT_TRANSLATE_NOOP(
        "problems", "{file} holds more than {limit} different texts; split it into smaller files."),
    "workbook_damaged": QT_TRANSLATE_NOOP(
        "problems", "{file} is damaged ({reason}). Open it in Excel or WPS and save it again as .xlsx."),
    "sheet_unknown": QT_TRANSLATE_NOOP("problems", "{file} has no sheet called '{sheet}'; its sheets are {sheets}."),
    "sheet_declares_too_much": QT_TRANSLATE_NOOP(
        "problems", "{file} declares the range {range} ({rows} rows × {columns} columns); at most {max_rows} rows "
                    "of data and {max_columns} columns are read. Copy the data you need to a new sheet."),
    "sheet_too_many_rows": QT_TRANSLATE_NOOP(
        "problems", "{file} has more than {limit} rows of data; split it into smaller files."),
    "sheet_too_many_columns": QT_TRANSLATE_NOOP(
        "problems", "{file}: row {row} has a value in column {column}; at most {limit} columns are read. "
                    "Delete the columns that are not needed."),
    "sheet_too_many_cells": QT_TRANSLATE_NOOP(
        "problems", "{file} has more than {limit} cells; split it into smaller files."),
    "row_too_many_cells": QT_TRANSLATE_NOOP(
        "problems", "{file}: row {row} has more than {limit} cells, more than any spreadsheet holds."),
    "no_file": QT_TRANSLATE_NOOP("problems", "There is no file at {path}."),
    "file_too_large": QT_TRANSLATE_NOOP(
        "problems", "{file} is {size} MB; files over {limit} MB are not imported. Split it into smaller files."),
    "file_is_xls": QT_TRANSLATE_NOOP(
        "problems", "{file} is an old Excel 97-2003 (.xls) workbook. Open it in Excel or WPS and save it as .xlsx or CSV."),
    "file_is_pdf": QT_TRANSLATE_NOOP(
        "problems", "{file} is a PDF, not a spreadsheet. Export the roster as .xlsx or CSV."),
    "workbook_unreadable": QT_TRANSLATE_NOOP(
        "problems", "{file} is not a readable Excel workbook ({reason}). Open it in Excel or WPS and save it again as .xlsx."),
    "sheet_empty": QT_TRANSLATE_NOOP("problems", "{file}: the sheet '{sheet}' is empty: it needs a header row and data."),
    "csv_empty": QT_TRANSLATE_NOOP(
        "problems", "{file} is empty: it needs a header row and at least one row of data."),
    "csv_binary": QT_TRANSLATE_NOOP("problems", "{file} contains binary data; it does not look like a CSV file."),
    "csv_invalid": QT_TRANSLATE_NOOP("problems", "{file} is not valid CSV: {reason}."),
    "encoding_unknown": QT_TRANSLATE_NOOP(
        "problems", "The text encoding of {file} was not recognised (tried UTF-8, UTF-16 and GBK/GB18030; line "
                    "{line} is neither). Save it as 'CSV UTF-8' from Excel or WPS, or choose the encoding yourself."),
    "encoding_fails": QT_TRANSLATE_NOOP(
        "problems", "{file} cannot be read as {encoding}: {reason}. Choose another encoding."),
    "mapping_bad_part": QT_TRANSLATE_NOOP("problems", "--mapping: '{part}' should look like field=column header."),
    "mapping_unknown_field": QT_TRANSLATE_NOOP("problems", "--mapping: unknown field '{field}'; fields are {fields}."),
    "mapping_no_column": QT_TRANSLATE_NOOP(
        "problems", "--mapping: the file has no column '{column}'; its columns are {columns}."),
    "mapping_missing": QT_TRANSLATE_NOOP(
        "problems", "No column is chosen for: {fields}. The file's columns are: {columns}."),
    "mapping_column_twice": QT_TRANSLATE_NOOP(
        "problems", "The column '{column}' is chosen for both {first} and {second}."),
    "text_misread": QT_TRANSLATE_NOOP(
        "problems", "'{value}' looks like {likely} text read as {read_as} (it would read '{fixed}'): this row "
                    "was saved in another encoding. Save the whole file as UTF-8, or choose its encoding, "
                    "and import it again"),
    "csv_line_too_long": QT_TRANSLATE_NOOP(
        "problems", "{file}: line {line} is {length} characters long; lines of more than {limit} characters "
                    "are not read. This does not look like a table."),
    # cycle stages, gates, release and closing (issue 15, gate slice)
    "blocker_no_manager": QT_TRANSLATE_NOOP(
        "problems", "{name} ({number}) has no manager, so nobody can write their manager review: give them a "
                    "manager under People."),
    "blocker_no_manager_top": QT_TRANSLATE_NOOP(
        "problems", "{name} ({number}) heads the organisation and has no manager, so nobody here writes their "
                    "manager review: let them past with a reason (e.g. reviewed by the board) or give them a "
                    "manager under People."),
    "blocker_no_targets": QT_TRANSLATE_NOOP(
        "problems", "{name} ({number}) has no targets in this cycle: assign targets under KPIs → Targets."),
    "blocker_weights_not_100": QT_TRANSLATE_NOOP(
        "problems", "The target weights of {name} ({number}) total {total} %, not 100 %: adjust them under "
                    "KPIs → Targets."),
    "blocker_self_review_not_submitted": QT_TRANSLATE_NOOP(
        "problems", "{name} ({number}) has not submitted their self-review: remind them, or fill in the "
                    "returned form."),
    "blocker_feedback_short_manager": QT_TRANSLATE_NOOP(
        "problems", "The manager of {name} ({number}) has not answered the 360 form: remind them under "
                    "360 Reviews."),
    "blocker_feedback_short_peer": QT_TRANSLATE_NOOP(
        "problems", "{answered} of {asked} peers of {name} ({number}) answered; at least {minimum} must answer "
                    "(alone or pooled) for their ratings to count: remind them or ask more under 360 Reviews."),
    "blocker_feedback_short_direct_report": QT_TRANSLATE_NOOP(
        "problems", "{answered} of {asked} direct reports of {name} ({number}) answered; at least {minimum} must "
                    "answer (alone or pooled) for their ratings to count: remind them or ask more under "
                    "360 Reviews."),
    "blocker_feedback_short_customer": QT_TRANSLATE_NOOP(
        "problems", "{answered} of {asked} customers of {name} ({number}) answered; at least {minimum} must "
                    "answer (alone or pooled) for their ratings to count: remind them or ask more under "
                    "360 Reviews."),
    "blocker_manager_review_not_submitted": QT_TRANSLATE_NOOP(
        "problems", "The manager review of {name} ({number}) is not submitted: the manager completes and "
                    "submits it."),
    "blocker_target_without_result": QT_TRANSLATE_NOOP(
        "problems", "{name} ({number}) has no result for {kpi} between {start} and {end}: enter one under "
                    "KPIs → Results."),
    "blocker_band_unjustified": QT_TRANSLATE_NOOP(
        "problems", "The proposed rating {proposed} of {name} ({number}) differs from the band of the score "
                    "{score} ({computed}) and has no justification: the manager writes one in the review."),
    "blocker_signatures_missing": QT_TRANSLATE_NOOP(
        "problems", "The appraisal of {name} ({number}) still needs the signatures of: {roles}. Sign it on the "
                    "Appraisals page."),
    "cycle_moved_meanwhile": QT_TRANSLATE_NOOP(
        "problems", "{cycle} is at {stage} now, not at {seen} as shown: someone else moved it meanwhile. Look at "
                    "the cycle again before moving it."),
    "gate_progress": QT_TRANSLATE_NOOP(
        "problems", "{done} of {total} people are through the gate to {stage}; {count:blocker holds|blockers hold} "
                    "{people:person|people}."),
    "gate_held": QT_TRANSLATE_NOOP(
        "problems", "{cycle} cannot move on: {count:blocker holds|blockers hold} {people:person|people}. Fix them, or let "
                    "named people past with a reason each."),
    "stage_reason_missing": QT_TRANSLATE_NOOP("problems", "Say why; the reason is kept with the cycle."),
    "stage_reason_too_long": QT_TRANSLATE_NOOP(
        "problems", "The reason is {length} characters long; at most {limit} fit."),
    "exception_reason_missing": QT_TRANSLATE_NOOP(
        "problems", "Say why {name} ({number}) may pass the gate; the reason is kept with the cycle."),
    "exception_not_held": QT_TRANSLATE_NOOP(
        "problems", "{name} ({number}) is not held at this gate; an exception is only for someone who is."),
    "stage_unknown": QT_TRANSLATE_NOOP("problems", "'{value}' is not a stage; stages are {stages}."),
    "reopen_not_back": QT_TRANSLATE_NOOP(
        "problems", "The cycle is at {stage}; going back means choosing an earlier stage than that, not {to}."),
    "reopen_after_signatures": QT_TRANSLATE_NOOP(
        "problems", "{cycle}'s released appraisals already carry signatures: it cannot go back before sign-off. "
                    "Correct an appraisal on the Appraisals page instead."),
    "release_needs_sign_off": QT_TRANSLATE_NOOP(
        "problems", "{cycle} is not in sign-off yet: appraisals are released once calibration is done."),
    "cycle_already_released": QT_TRANSLATE_NOOP("problems", "The appraisals of {cycle} are already released."),
    "close_needs_sign_off": QT_TRANSLATE_NOOP(
        "problems", "{cycle} is not in sign-off yet: a cycle closes from sign-off."),
    "close_needs_release": QT_TRANSLATE_NOOP(
        "problems", "Release the appraisals of {cycle} first: the employees sign their released appraisal "
                    "before the cycle closes."),
    "appraisal_not_released": QT_TRANSLATE_NOOP(
        "problems", "The appraisal of {name} is not released yet: until HR releases the cycle it is a draft "
                    "for the manager and HR only."),
    # hist slice (issue 15): the offline self-review form and the history views
    "self_review_forms_stage": QT_TRANSLATE_NOOP(
        "problems", "Self-review forms are sent out from goal setting to the end of the self-review and 360 stage, "
                    "and in manager review for self-reviews the manager returned; {cycle} is at {stage}, none of these."),
    "self_review_form_outdated": QT_TRANSLATE_NOOP(
        "problems", "This form was issued before the self-review of {name} was returned for changes; export a new "
                    "form for {name}."),
    "self_review_form_altered": QT_TRANSLATE_NOOP(
        "problems", "The self-review form of {name} was altered: it holds a field ({field}) this database did not "
                    "issue for that appraisal (perhaps a KPI target was removed since). Export a new form."),
    "self_review_off_scale": QT_TRANSLATE_NOOP(
        "problems", "Self-review of {name}, {kpi}: the self-rating '{value}' is not on the scale 1–5."),
    "self_review_text_too_long": QT_TRANSLATE_NOOP(
        "problems", "Self-review of {name}: the field {field} is longer than {limit} characters."),
    "self_review_form_submitted": QT_TRANSLATE_NOOP("problems", "The self-review of {name} was submitted."),
    "history_no_cycles": QT_TRANSLATE_NOOP(
        "problems", "Choose at least one cycle to compare."),
    "history_unknown_employee": QT_TRANSLATE_NOOP("problems", "There is no employee with the number {value}."),
    "history_unknown_department": QT_TRANSLATE_NOOP("problems", "There is no department called {value}."),
    # score slice (issue 15): how a score was computed, step by step (reviewer.cycles.score_explain)
    "score_cycle_settings": QT_TRANSLATE_NOOP(
        "problems", "{cycle}, {start} to {end}: the KPI part weighs {kpi_weight} %, the competency part "
                    "{competency_weight} %."),
    "score_frozen": QT_TRANSLATE_NOOP(
        "problems", "The scores were frozen on {date} when calibration began; they no longer follow their inputs."),
    "score_frozen_changed": QT_TRANSLATE_NOOP(
        "problems", "The scores were frozen on {date} when calibration began, and an input changed afterwards: the "
                    "stored final score {stored} was kept. The steps below use today's inputs."),
    "score_kpi_part": QT_TRANSLATE_NOOP("problems", "KPI part: {score}"),
    "score_kpi_part_none": QT_TRANSLATE_NOOP(
        "problems", "KPI part: no target has a result in the cycle period, so the part is left out."),
    "score_target_result": QT_TRANSLATE_NOOP(
        "problems", "{kpi}: target {target}, weight {weight}; latest result {actual} on {as_of}."),
    "score_target_no_result": QT_TRANSLATE_NOOP(
        "problems", "{kpi}: target {target}, weight {weight}; no result in the cycle period, so it is left out."),
    "score_attainment_higher": QT_TRANSLATE_NOOP(
        "problems", "Higher is better: attainment = result ÷ target = {actual} ÷ {target} = {attainment} %."),
    "score_attainment_lower": QT_TRANSLATE_NOOP(
        "problems", "Lower is better: attainment = target ÷ result = {target} ÷ {actual} = {attainment} %."),
    "score_attainment_band": QT_TRANSLATE_NOOP(
        "problems", "Target band {low} to {high}: attainment is 100 % inside it and falls in proportion to the "
                    "distance outside: {attainment} %."),
    "score_attainment_undefined": QT_TRANSLATE_NOOP(
        "problems", "Attainment cannot be computed (a target of zero): {points} points."),
    "score_rule_linear": QT_TRANSLATE_NOOP(
        "problems", "Linear rule: 100 × attainment, 0 below {floor} %, counted up to {cap} %: {points} points."),
    "score_rule_band": QT_TRANSLATE_NOOP("problems", "Band rule: 100 × attainment, at most 100: {points} points."),
    "score_rule_steps": QT_TRANSLATE_NOOP(
        "problems", "Step rule ({steps}): the highest step the attainment reaches gives {points} points."),
    "score_kpi_formula": QT_TRANSLATE_NOOP(
        "problems", "Weighted mean of the points of the targets with a result: ({products}) ÷ {weights} = {score}."),
    "score_kpi_capped": QT_TRANSLATE_NOOP("problems", "Capped at {cap}, the highest score an appraisal holds."),
    "score_competency_part": QT_TRANSLATE_NOOP("problems", "Competency part (360): {score}"),
    "score_competency_none": QT_TRANSLATE_NOOP(
        "problems", "Competency part (360): no published rating from anyone but self, so the part is left out."),
    "score_competency_unpublished": QT_TRANSLATE_NOOP(
        "problems", "Competency part (360): held back until the cycle's 360 results are published."),
    "score_group": QT_TRANSLATE_NOOP(
        "problems", "{group}: {raters:rater|raters}, mean rating {mean} over {competencies:competency|competencies}; "
                    "100 × {mean} ÷ {scale} = {score}; weight {weight}."),
    "score_group_pooled": QT_TRANSLATE_NOOP(
        "problems", "{group}, pooled from {pooled} (each below {threshold} raters): {raters:rater|raters}, mean rating "
                    "{mean} over {competencies:competency|competencies}; 100 × {mean} ÷ {scale} = {score}; weight {weight}."),
    "score_group_withheld": QT_TRANSLATE_NOOP(
        "problems", "{group}: fewer than {threshold} raters, too few even when pooled; withheld, it counts for "
                    "nothing."),
    "score_competency_formula": QT_TRANSLATE_NOOP(
        "problems", "Weighted mean of the group scores: ({products}) ÷ {weights} = {score}."),
    "score_final": QT_TRANSLATE_NOOP("problems", "Final score: {score}"),
    "score_final_not_scored": QT_TRANSLATE_NOOP("problems", "Not scored: neither part has data."),
    "score_final_formula": QT_TRANSLATE_NOOP(
        "problems", "({kpi} × {kpi_weight} + {competency} × {competency_weight}) ÷ {weights} = {score}."),
    "score_final_kpi_only": QT_TRANSLATE_NOOP(
        "problems", "Only the KPI part has data; it is re-weighted to 100 %: {score}."),
    "score_final_competency_only": QT_TRANSLATE_NOOP(
        "problems", "Only the competency part has data; it is re-weighted to 100 %: {score}."),
    "score_band": QT_TRANSLATE_NOOP("problems", "Band the score reaches: {band}"),
    "score_band_none": QT_TRANSLATE_NOOP("problems", "Band the score reaches: none"),
    "score_band_rule": QT_TRANSLATE_NOOP(
        "problems", "{score} is shown as {shown}; the highest band whose minimum it reaches is {band} (from "
                    "{minimum})."),
    "score_band_below_all": QT_TRANSLATE_NOOP(
        "problems", "{score} is shown as {shown}, below the lowest band's minimum {minimum}: no band."),
    "score_band_proposed_justified": QT_TRANSLATE_NOOP(
        "problems", "Band proposed by the manager: {band}, with a justification."),
    "score_band_proposed_unjustified": QT_TRANSLATE_NOOP(
        "problems", "Band proposed by the manager: {band}, without a justification."),
    "score_band_proposed_none": QT_TRANSLATE_NOOP("problems", "Band proposed by the manager: none yet."),
    "score_band_calibrated": QT_TRANSLATE_NOOP(
        "problems", "Calibrated band: {band}. The appraisal carries this band (the Appraisals list shows it)."),
    "score_band_not_calibrated_proposed": QT_TRANSLATE_NOOP(
        "problems", "Calibrated band: none yet. Until calibration the appraisal carries the proposed band {band} "
                    "(the Appraisals list shows it)."),
    "score_band_not_calibrated": QT_TRANSLATE_NOOP(
        "problems", "Calibrated band: none yet, and no band is proposed."),
    "score_employee_not_in_cycle": QT_TRANSLATE_NOOP(
        "problems", "{employee} is not in the cycle {cycle}; `cycle score --cycle '{cycle}'` lists who is."),
    # self- and manager reviews, review and target imports (issue 15, slice rev)
    "self_review_not_yours": QT_TRANSLATE_NOOP(
        "problems", "{name} cannot write {person}'s self-review: only the person (signed in with their own "
                    "profile) or HR on their behalf may."),
    "self_review_hidden": QT_TRANSLATE_NOOP(
        "problems", "{name} may not read {person}'s self-review: it is for the person, their managers and HR."),
    "self_review_stage": QT_TRANSLATE_NOOP(
        "problems", "Self-reviews are written while the cycle is in its self-review and 360 stage; {cycle} is "
                    "not (a returned self-review may also be corrected during the manager review stage)."),
    "self_review_submitted": QT_TRANSLATE_NOOP(
        "problems", "{person}'s self-review is submitted and locked; the manager can return it with a note."),
    "self_review_submitted_final": QT_TRANSLATE_NOOP(
        "problems", "{person}'s self-review is submitted and locked; it can be returned only during the "
                    "self-review and 360 or the manager review stage, and {cycle} is in neither."),
    "self_review_not_submitted": QT_TRANSLATE_NOOP(
        "problems", "{person}'s self-review is not submitted, so there is nothing to return."),
    "self_review_return_stage": QT_TRANSLATE_NOOP(
        "problems", "A self-review can be returned during the self-review and 360 or the manager review stage; "
                    "{cycle} is in neither."),
    "self_review_incomplete": QT_TRANSLATE_NOOP(
        "problems", "Write the achievements before submitting the self-review."),
    "return_note_required": QT_TRANSLATE_NOOP(
        "problems", "Say in a note what the person should change in the self-review."),
    "review_field_unknown": QT_TRANSLATE_NOOP("problems", "'{value}' is not a field of this review."),
    "review_text_too_long": QT_TRANSLATE_NOOP(
        "problems", "The text is {length} characters long; at most {limit} fit."),
    "self_rating_off_scale": QT_TRANSLATE_NOOP(
        "problems", "'{value}' is not a self-rating; give a whole number from 1 to 5, or leave it empty."),
    "review_target_unknown": QT_TRANSLATE_NOOP(
        "problems", "The target {id} is not one of this appraisal's targets."),
    "manager_review_not_yours": QT_TRANSLATE_NOOP(
        "problems", "{name} cannot write {person}'s manager review: only the person's managers or HR may."),
    "manager_review_stage": QT_TRANSLATE_NOOP(
        "problems", "Manager reviews are written while the cycle is in its manager review stage; {cycle} is not."),
    "manager_review_submitted": QT_TRANSLATE_NOOP(
        "problems", "{person}'s manager review is submitted and locked."),
    "manager_review_unreleased": QT_TRANSLATE_NOOP(
        "problems", "The manager review is shown to the person once HR releases the cycle's appraisals."),
    "manager_review_incomplete": QT_TRANSLATE_NOOP(
        "problems", "Write the overall comment and propose a band before submitting the manager review."),
    "band_not_in_cycle": QT_TRANSLATE_NOOP("problems", "'{value}' is not one of the rating bands of {cycle}."),
    "justification_required": QT_TRANSLATE_NOOP(
        "problems", "The proposed band {proposed} differs from the band the score gives ({computed}); write a "
                    "justification."),
    "review_part_unknown": QT_TRANSLATE_NOOP(
        "problems", "'{value}' is not a part; write self (自评) or manager (上级)."),
    "review_row_empty": QT_TRANSLATE_NOOP("problems", "the row fills none of the review's fields"),
    "review_field_wrong_part": QT_TRANSLATE_NOOP(
        "problems", "belongs to the {part} part; leave it empty on this row or change the part"),
    "review_not_in_cycle": QT_TRANSLATE_NOOP("problems", "{person} has no appraisal in {cycle}"),
    "person_has_bad_rows": QT_TRANSLATE_NOOP(
        "problems", "another row of {person} has problems; a person's targets are imported together"),
    "duplicate_review_row": QT_TRANSLATE_NOOP(
        "problems", "{person}'s {part} part is also on row {row}"),
    "duplicate_target_row": QT_TRANSLATE_NOOP("problems", "{person}'s target for {kpi} is also on row {row}"),
    "weights_not_100": QT_TRANSLATE_NOOP(
        "problems", "{person}'s weights in this file total {total}, not 100 (rows {rows})"),
    "target_has_results": QT_TRANSLATE_NOOP(
        "problems", "{person}'s target for {kpi} already has results or review notes and is kept; the file "
                    "cannot drop it: list it in the file too"),
    "cycle_required": QT_TRANSLATE_NOOP("problems", "Name the cycle with --cycle."),
    # attacks on issue 15 (slice atk1)
    "review_text_control": QT_TRANSLATE_NOOP(
        "problems", "The text holds invisible control characters (such as NUL); retype it or paste it as plain text."),
    "self_review_text_control": QT_TRANSLATE_NOOP(
        "problems", "Self-review of {name}: the field {field} holds invisible control characters (such as NUL); "
                    "the form was altered, send a new one."),
    # backups and restore (issue 18, slice backup)
    "backup_on_server": QT_TRANSLATE_NOOP(
        "problems", "This database lives on a PostgreSQL server; its backups are made there with pg_dump, for "
                    "example: {command} (restore with pg_restore). Ask the server's administrator."),
    "backup_in_memory": QT_TRANSLATE_NOOP(
        "problems", "This database is held in memory only; there is no file to back up or restore."),
    "backup_keep_invalid": QT_TRANSLATE_NOOP(
        "problems", "Keep {keep} backups? Give a whole number from {least} to {most}."),
    "backup_source_missing": QT_TRANSLATE_NOOP(
        "problems", "There is no database file {path} to back up yet."),
    "backup_onto_itself": QT_TRANSLATE_NOOP(
        "problems", "{path} is the database itself; choose another file for the backup."),
    "backup_write_failed": QT_TRANSLATE_NOOP(
        "problems", "Cannot write the backup {path}: {detail}. No backup was made; choose a folder you may "
                    "write to with free space."),
    "backup_source_unreadable": QT_TRANSLATE_NOOP(
        "problems", "Cannot read the database {path} to back it up: {detail}. No backup was made."),
    "backup_missing": QT_TRANSLATE_NOOP(
        "problems", "There is no file {path}; choose a backup file that exists."),
    "backup_unreadable": QT_TRANSLATE_NOOP(
        "problems", "Cannot read {path}: {detail}. Nothing was restored."),
    "backup_not_sqlite": QT_TRANSLATE_NOOP(
        "problems", "{path} is not a SQLite database, so it is no backup of this program; nothing was restored. "
                    "Choose a backup file (name.backup-date.sqlite3)."),
    "backup_damaged": QT_TRANSLATE_NOOP(
        "problems", "{path} is damaged or cut short ({detail}); nothing was restored. Choose another backup."),
    "backup_not_ours": QT_TRANSLATE_NOOP(
        "problems", "{path} is a SQLite database, but not one of Appraisal Workstation (it has no schema "
                    "version); nothing was restored. Choose a backup made by this program."),
    "backup_newer": QT_TRANSLATE_NOOP(
        "problems", "{path} has schema version {revision}, newer than this program's {head}; nothing was "
                    "restored. Update Appraisal Workstation, then restore it."),
    "backup_foreign_objects": QT_TRANSLATE_NOOP(
        "problems", "{path} holds what Appraisal Workstation never puts in its databases ({objects}), which "
                    "would run inside its own changes; nothing was restored. Choose a backup made by this program."),
    "backup_incomplete": QT_TRANSLATE_NOOP(
        "problems", "{path} lacks what every database of its schema version has ({missing}); nothing was "
                    "restored. Choose another backup."),
    "backup_passphrase_wrong": QT_TRANSLATE_NOOP(
        "problems", "{path} is encrypted, and the database's passphrase does not open it; nothing was restored. "
                    "Choose a backup of this database, or give the backup's passphrase in APPRAISAL_DB_PASSPHRASE."),
    # encryption of the SQLite file with SQLCipher (issue 18, slice cipher)
    "encryption_unavailable": QT_TRANSLATE_NOOP(
        "problems", "Encrypting the database needs the sqlcipher3 module, which is not installed. "
                    "Install it with: {command}"),
    "encryption_on_server": QT_TRANSLATE_NOOP(
        "problems", "This database lives on a PostgreSQL server; its data is protected there (disk encryption "
                    "and access rights on the server). Ask the server's administrator."),
    "encryption_no_file": QT_TRANSLATE_NOOP("problems", "There is no database file {path} yet."),
    "encryption_already_on": QT_TRANSLATE_NOOP(
        "problems", "{path} is encrypted already; change its passphrase instead."),
    "encryption_already_off": QT_TRANSLATE_NOOP(
        "problems", "{path} is not encrypted; there is no encryption to remove or passphrase to change."),
    "encryption_passphrase_short": QT_TRANSLATE_NOOP(
        "problems", "The passphrase has {length} characters; give at least {minimum}."),
    "encryption_passphrases_differ": QT_TRANSLATE_NOOP(
        "problems", "The two passphrases differ; type the same passphrase in both fields."),
    "encryption_failed": QT_TRANSLATE_NOOP(
        "problems", "Cannot rewrite {path}: {detail}. The database was left as it was."),
    "encryption_new_passphrase_not_given": QT_TRANSLATE_NOOP(
        "problems", "No new passphrase was given: name a file holding it with --new-passphrase-file FILE, or "
                    "set APPRAISAL_DB_NEW_PASSPHRASE (on a terminal it is asked)."),
    "passphrase_file_unreadable": QT_TRANSLATE_NOOP(
        "problems", "Cannot read the passphrase file {path}: {detail}."),
    "passphrase_file_empty": QT_TRANSLATE_NOOP(
        "problems", "The passphrase file {path} is empty; write the passphrase on its first line."),
    "restore_in_use": QT_TRANSLATE_NOOP(
        "problems", "Another program has {path} open; nothing was restored. Close every other window and "
                    "command using it, then try again."),
    "restore_failed": QT_TRANSLATE_NOOP(
        "problems", "Cannot put the backup in place of {path}: {detail}. The database was left as it was."),
}


MAX_QUOTED_CHARS = 60  # a value quoted in a message; files put anything, up to megabytes, in one cell
MAX_LISTED = 10  # items named in a list such as a file's column headers
# Where something is: the user needs the whole path to find it, but a path can be long too.
MAX_PATH_CHARS = 400
PATH_PARAMETERS = frozenset({"path", "file", "folder", "report", "backup", "command"})
# A driver's or the system's own explanation: its start and its end both tell something.
DETAIL_PARAMETERS = frozenset({"detail"})


def shorten(text: str, limit: int = MAX_QUOTED_CHARS) -> str:
    """``text`` as quoted in a message: hidden characters escaped (a terminal never obeys an
    escape sequence or a text-direction mark from a file), at most ``limit`` characters,
    cut with an ellipsis."""
    text = visible(text)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def shorten_path(text: str, limit: int = MAX_PATH_CHARS) -> str:
    """A path as quoted in a message: hidden characters escaped, cut in the middle, so its
    start and its file name stay."""
    text = visible(text)
    if len(text) <= limit:
        return text
    keep = (limit - 1) // 2
    return text[:keep] + "…" + text[-keep:]


class Listed(str):
    """A list already cut to size by name_some; render leaves it whole."""


def name_some(items, limit: int = MAX_LISTED) -> Listed:
    """The first ``limit`` items, each shortened, and how many more: 'a, b, c, … (+12)'."""
    items = list(items)
    named = ", ".join(shorten(str(item)) for item in items[:limit])
    return Listed(named if len(items) <= limit else f"{named}, … (+{len(items) - limit:,})")


# -- words for the values of closed vocabularies -----------------------------------------------------
# A message parameter naming a stage, a signer role, a frequency, a rater group, a request status or an
# appraisal state is a Term (or Terms): it stays the value (JSON, logs, tests compare it as a string) and
# render says the word for it in the message's language. The contexts are those the window already names
# these values in, so one catalogue entry serves the window's lists and the messages.
VOCABULARIES: dict[str, tuple[str, dict[str, str]]] = {
    "stage": ("stage", {
        "draft": QT_TRANSLATE_NOOP("stage", "Draft"),
        "goal_setting": QT_TRANSLATE_NOOP("stage", "Goal setting"),
        "self_review_360": QT_TRANSLATE_NOOP("stage", "Self-review and 360"),
        "manager_review": QT_TRANSLATE_NOOP("stage", "Manager review"),
        "calibration": QT_TRANSLATE_NOOP("stage", "Calibration"),
        "sign_off": QT_TRANSLATE_NOOP("stage", "Sign-off"),
        "closed": QT_TRANSLATE_NOOP("stage", "Closed"),
    }),
    "frequency": ("frequency", {
        "month": QT_TRANSLATE_NOOP("frequency", "Monthly"),
        "quarter": QT_TRANSLATE_NOOP("frequency", "Quarterly"),
        "half_year": QT_TRANSLATE_NOOP("frequency", "Half-yearly"),
        "year": QT_TRANSLATE_NOOP("frequency", "Yearly"),
    }),
    "signer_role": ("verification", {
        "manager": QT_TRANSLATE_NOOP("verification", "Manager"),
        "employee": QT_TRANSLATE_NOOP("verification", "Employee"),
        "hr": QT_TRANSLATE_NOOP("verification", "HR"),
    }),
    # The relations a rater has to the person, plus the group results pool the small ones into.
    "rater_group": ("vocabulary", {
        "self": QT_TRANSLATE_NOOP("vocabulary", "Self"),
        "manager": QT_TRANSLATE_NOOP("vocabulary", "Manager"),
        "peer": QT_TRANSLATE_NOOP("vocabulary", "Peer"),
        "direct_report": QT_TRANSLATE_NOOP("vocabulary", "Direct report"),
        "customer": QT_TRANSLATE_NOOP("vocabulary", "Customer"),
        "others": QT_TRANSLATE_NOOP("vocabulary", "Others (combined)"),
    }),
    "request_status": ("vocabulary", {
        "nominated": QT_TRANSLATE_NOOP("vocabulary", "Nominated, awaiting approval"),
        "open": QT_TRANSLATE_NOOP("vocabulary", "Not started"),
        "in_progress": QT_TRANSLATE_NOOP("vocabulary", "In progress"),
        "submitted": QT_TRANSLATE_NOOP("vocabulary", "Submitted"),
        "declined": QT_TRANSLATE_NOOP("vocabulary", "Declined"),
        "cancelled": QT_TRANSLATE_NOOP("vocabulary", "Cancelled"),
    }),
    "appraisal_state": ("appraisals", {
        "draft": QT_TRANSLATE_NOOP("appraisals", "Draft"),
        "manager_review": QT_TRANSLATE_NOOP("appraisals", "Manager review"),
        "calibrated": QT_TRANSLATE_NOOP("appraisals", "Calibrated"),
        "released": QT_TRANSLATE_NOOP("appraisals", "Released"),
        "signed": QT_TRANSLATE_NOOP("appraisals", "Signed"),
        "superseded": QT_TRANSLATE_NOOP("appraisals", "Superseded"),
    }),
}
# A list of terms grows by one item at a time: "Manager, Employee"; Chinese lists take 、.
LIST_ITEM = QT_TRANSLATE_NOOP("vocabulary", "{list}, {item}")

Translate = Callable[[str, str], str]


def in_english(context: str, text: str) -> str:
    """The translate of the command line, which speaks English: the source text itself."""
    return text


def term_source(vocabulary: str, value: Any) -> tuple[str, str] | None:
    """(context, English word) of a vocabulary's value, as the catalogue holds it; None if unknown."""
    context, words = VOCABULARIES[vocabulary]
    word = words.get(str(getattr(value, "value", value)))
    return (context, word) if word is not None else None


def term_word(vocabulary: str, value: Any, translate: Translate = in_english) -> str:
    """The word for a vocabulary's value ('goal_setting' → 'Goal setting'); an unknown value
    (someone's typing) is quoted as it is, shortened."""
    source = term_source(vocabulary, value)
    return translate(*source) if source else shorten(str(getattr(value, "value", value)))


class Term(str):
    """One value of a closed vocabulary as a message parameter, e.g. Term("stage", cycle.stage):
    equal to the value as a string, said as its word by render."""

    vocabulary: str
    with_value: bool

    def __new__(cls, vocabulary: str, value: Any, with_value: bool = False) -> Term:
        if vocabulary not in VOCABULARIES:
            raise KeyError(vocabulary)
        term = super().__new__(cls, str(getattr(value, "value", value)))
        term.vocabulary, term.with_value = vocabulary, with_value
        return term

    def __getnewargs__(self):  # copied or pickled (an error crossing threads) it stays a Term
        return self.vocabulary, str(self), self.with_value

    def said(self, translate: Translate = in_english) -> str:
        word = term_word(self.vocabulary, str(self), translate)
        # A choice the user types (a stage for --due): the word and what to type for it.
        return f"{word} ({shorten(str(self))})" if self.with_value and term_source(self.vocabulary, self) else word


class Terms(str):
    """Several values of one vocabulary, e.g. the roles still to sign: equal to the values
    joined by ', ', said as their words joined the language's way."""

    vocabulary: str
    terms: tuple[Term, ...]
    with_value: bool

    def __new__(cls, vocabulary: str, values, with_value: bool = False) -> Terms:
        terms = tuple(Term(vocabulary, value, with_value) for value in values)
        listed = super().__new__(cls, ", ".join(terms))
        listed.vocabulary, listed.terms, listed.with_value = vocabulary, terms, with_value
        return listed

    def __getnewargs__(self):
        return self.vocabulary, [str(term) for term in self.terms], self.with_value

    def said(self, translate: Translate = in_english) -> str:
        words = [term.said(translate) for term in self.terms]
        pattern, text = translate("vocabulary", LIST_ITEM), words[0] if words else ""
        for word in words[1:]:
            text = pattern.format(list=text, item=word)
        return text


def counted(count: Any, one: str, many: str) -> str:
    """'1 blocker', '3 blockers': the number with the noun in its form."""
    shown = f"{count:,}" if isinstance(count, int) else str(count)
    return f"{shown} {one if str(count) == '1' else many}"


# The catalogue says which language a translate function speaks: this entry's Chinese is "zh".
LANGUAGE_MARK = QT_TRANSLATE_NOOP("language", "en")


class Named(str):
    """A name kept in both languages (a KPI's name and 中文名): equal to the English name,
    said in Chinese by a Chinese translate function when there is a Chinese name."""

    chinese: str | None

    def __new__(cls, english: str, chinese: str | None) -> Named:
        named = super().__new__(cls, english)
        named.chinese = chinese
        return named

    def __getnewargs__(self):
        return str(self), self.chinese

    def said(self, translate: Translate = in_english) -> str:
        chinese = self.chinese and translate("language", LANGUAGE_MARK) == "zh"
        return shorten(self.chinese if chinese else str(self))


class _MessageFormatter(string.Formatter):
    """str.format, plus {count:blocker|blockers}: the number and the noun in its form. A
    language without plurals writes {count} and its noun in the translation."""

    def format_field(self, value: Any, format_spec: str) -> str:
        if "|" in format_spec:
            one, many = format_spec.split("|", 1)
            return counted(value, one, many)
        return super().format_field(value, format_spec)


_FORMATTER = _MessageFormatter()


def render(code: str, params: dict[str, Any], template: str | None = None,
           translate: Translate = in_english) -> str:
    """The text of a problem in the language of ``translate`` (Qt's in the window; the command line
    speaks English); ``template`` is a translation of PROBLEMS[code], by default translate's. Every
    text parameter is shortened, so a message stays a sentence whatever the file held, and every
    Term is said as its word."""
    def quoted(key: str, value: Any) -> Any:
        if isinstance(value, (Term, Terms, Named)):
            return value.said(translate)
        if not isinstance(value, str) or isinstance(value, Listed):
            return value
        return shorten_path(value) if key in PATH_PARAMETERS | DETAIL_PARAMETERS else shorten(value)

    text = template or translate("problems", PROBLEMS[code])
    values = {key: quoted(key, value) for key, value in params.items()}
    return _FORMATTER.format(text, **values) if "|" in text else text.format(**values)


# -- cyc slice (issue 15): first run, cycle setup and settings ---------------------------------------------
FIELD_LABELS.update({
    "cycle_name": QT_TRANSLATE_NOOP("fields", "Cycle name"),
    "period_start": QT_TRANSLATE_NOOP("fields", "Start date"),
    "period_end": QT_TRANSLATE_NOOP("fields", "End date"),
    "frequency": QT_TRANSLATE_NOOP("fields", "Frequency"),
    "departments": QT_TRANSLATE_NOOP("fields", "Departments"),
    "kpi_weight": QT_TRANSLATE_NOOP("fields", "KPI weight"),
    "competency_weight": QT_TRANSLATE_NOOP("fields", "Competency weight"),
    "group_weights": QT_TRANSLATE_NOOP("fields", "Rater-group weights"),
    "bands": QT_TRANSLATE_NOOP("fields", "Rating bands"),
    "name_zh": QT_TRANSLATE_NOOP("fields", "Chinese name"),
    "min_score": QT_TRANSLATE_NOOP("fields", "Minimum score"),
    "guideline_pct": QT_TRANSLATE_NOOP("fields", "Guideline share (%)"),
    "anonymity_threshold": QT_TRANSLATE_NOOP("fields", "Anonymity threshold"),
    "form_template": QT_TRANSLATE_NOOP("fields", "360 form"),
    "due": QT_TRANSLATE_NOOP("fields", "Due date"),
})
PROBLEMS.update({
    "cycle_settings_locked": QT_TRANSLATE_NOOP(
        "problems", "{cycle} is at the stage '{stage}'; its settings can change only before calibration. "
                    "Reopen an earlier stage first if they must change."),
    "cycle_form_template_unknown": QT_TRANSLATE_NOOP(
        "problems", "there is no 360 form with id {value}; choose one of the forms listed"),
    "part_weight_out_of_range": QT_TRANSLATE_NOOP("problems", "'{value}' is not a weight from 0 to 100"),
    "part_weights_not_100": QT_TRANSLATE_NOOP(
        "problems", "KPI {kpi} and competency {competency} make {total}; the two parts must make 100"),
    "group_weight_unknown_group": QT_TRANSLATE_NOOP(
        "problems", "'{value}' is not a rater group; use {groups}"),
    "group_weight_negative": QT_TRANSLATE_NOOP(
        "problems", "the weight of {group} is '{value}'; give a number of 0 or more"),
    "group_weights_all_zero": QT_TRANSLATE_NOOP(
        "problems", "every rater group other than self weighs 0; give at least one of them a weight above 0"),
    "band_count": QT_TRANSLATE_NOOP("problems", "there are {count} bands; give from {low} to {high}"),
    "band_field_missing": QT_TRANSLATE_NOOP("problems", "is missing; every band needs a code and both names"),
    "band_min_score_range": QT_TRANSLATE_NOOP(
        "problems", "'{value}' is not a minimum score from 0 to {high}"),
    "band_guideline_range": QT_TRANSLATE_NOOP(
        "problems", "'{value}' is not a share from 0 to 100 %"),
    "band_none_at_zero": QT_TRANSLATE_NOOP(
        "problems", "the lowest band starts at {lowest}; one band must start at 0 so every score gets a band"),
    "band_guidelines_not_100": QT_TRANSLATE_NOOP(
        "problems", "the guideline shares make {total} %; they must make 100 %"),
    "anonymity_threshold_range": QT_TRANSLATE_NOOP(
        "problems", "'{value}' is not a whole number from {low} to {high}"),
    "due_stage_unknown": QT_TRANSLATE_NOOP("problems", "'{value}' is not a stage; use {stages}"),
    "band_in_use": QT_TRANSLATE_NOOP(
        "problems", "The band {code} of {cycle} is already given to someone; keep it (you may rename it or "
                    "change its score) or take it off their appraisal first."),
    "participant_left": QT_TRANSLATE_NOOP(
        "problems", "{name} ({number}) has left; only people still employed can join a cycle."),
    "participant_already_in": QT_TRANSLATE_NOOP("problems", "{name} ({number}) is already in {cycle}."),
    "cycle_name_missing": QT_TRANSLATE_NOOP("problems", "is missing; give the cycle a name such as 2027 H1"),
    "cycle_name_taken": QT_TRANSLATE_NOOP(
        "problems", "a cycle called '{value}' already exists; choose another name"),
    "cycle_end_before_start": QT_TRANSLATE_NOOP(
        "problems", "{end} is before the start date {start}; the cycle must end on or after its start"),
    "cycle_frequency_unknown": QT_TRANSLATE_NOOP("problems", "'{value}' is not a frequency; use {choices}"),
    "cycle_no_departments": QT_TRANSLATE_NOOP(
        "problems", "no department is chosen; choose at least one, or the whole company"),
    "department_unknown_named": QT_TRANSLATE_NOOP(
        "problems", "'{value}' is neither the name nor the code of a department"),
    "group_weights_syntax": QT_TRANSLATE_NOOP(
        "problems", "'{value}' is not GROUP=WEIGHT; write it like manager=50,peer=20,report=20,customer=10,self=0"),
    "due_syntax": QT_TRANSLATE_NOOP(
        "problems", "'{value}' is not STAGE=DATE; write it like goal_setting=2027-01-31"),
    "bands_file_columns": QT_TRANSLATE_NOOP(
        "problems", "{file} lacks the columns {missing}; a bands file has code, name, name_zh, min_score, "
                    "guideline_pct"),
    "bands_file_empty": QT_TRANSLATE_NOOP("problems", "{file} has no bands; give one row per band"),
    # issue 15, cycle setup under attack (atk2)
    "group_weight_range": QT_TRANSLATE_NOOP(
        "problems", "the weight of {group} is {value}; give a number from 0 to {high}"),
    "cycle_name_or_id": QT_TRANSLATE_NOOP(
        "problems", "'{value}' is the name of one cycle and the id of {other}; give the name of the one you "
                    "mean, or the id {id} of the cycle named '{value}'"),
    "database_read_only": QT_TRANSLATE_NOOP(
        "problems", "{path} is read-only here; nothing was saved. Copy it to a folder you may write to, or ask "
                    "for write permission, then try again."),
    "row_not_participant": QT_TRANSLATE_NOOP(
        "problems", "{value} is not in {cycle}; add them to the cycle first (cycle add), or leave the row out"),
})


# -- csign (issue 15): signing identities and sign-off on the command line --------------------------------------
FIELD_LABELS.update({
    "comment": QT_TRANSLATE_NOOP("fields", "Comment"),
})
PROBLEMS.update({
    "signing_no_identity_for_role": QT_TRANSLATE_NOOP(
        "problems", "Nobody who may sign the appraisal of {name} as {role} has a signing identity here; HR creates "
                    "one (main.py identity create --employee EMPLOYEE_NO, or Appraisals → Signing identities…)."),
    "signing_no_identity_of": QT_TRANSLATE_NOOP(
        "problems", "{name} ({number}) has no signing identity here; HR creates one with "
                    "main.py identity create --employee {number}."),
    "signing_choose_identity": QT_TRANSLATE_NOOP(
        "problems", "Several people may sign the appraisal of {name} as {role} ({numbers}); say whose identity "
                    "signs with --identity EMPLOYEE_NO."),
    "ca_password_not_given": QT_TRANSLATE_NOOP(
        "problems", "New identities are issued by the company CA: set {variable} to its password, run the command "
                    "in a terminal to type it, or give --self-signed."),
    "signing_file_missing": QT_TRANSLATE_NOOP("problems", "There is no file {path} to sign."),
    "signing_file_other_appraisal": QT_TRANSLATE_NOOP(
        "problems", "{file} is not the current appraisal of {name} (another person's, or an earlier version); "
                    "it is not signed."),
    "company_ca_exists": QT_TRANSLATE_NOOP(
        "problems", "The company CA ({name}) already exists; identities are issued by it."),
})


# -- goal (issue 16): goal cascading --------------------------------------------------------------------
FIELD_LABELS.update({
    "goal": QT_TRANSLATE_NOOP("fields", "Goal"),
    "title": QT_TRANSLATE_NOOP("fields", "Title"),
    "measure": QT_TRANSLATE_NOOP("fields", "Measure"),
    "unit": QT_TRANSLATE_NOOP("fields", "Unit"),
    "description": QT_TRANSLATE_NOOP("fields", "Description"),
})
VOCABULARIES["goal_field"] = ("fields", {key: FIELD_LABELS[key] for key in ("title", "measure", "unit", "description")})
PROBLEMS.update({
    "goal_cycle_closed": QT_TRANSLATE_NOOP("problems", "{cycle} is closed; its goals can no longer change."),
    "goal_company_hr_only": QT_TRANSLATE_NOOP(
        "problems", "Only HR keeps company goals; {name} may add goals for their own department and the "
                    "departments below it."),
    "goal_department_outside": QT_TRANSLATE_NOOP(
        "problems", "{department} is not {name}'s department or one below it; ask HR to keep its goals."),
    "goal_unknown_id": QT_TRANSLATE_NOOP("problems", "There is no goal with id {id} in this cycle."),
    "goal_unknown_named": QT_TRANSLATE_NOOP(
        "problems", "This cycle has no goal called '{value}'; goal list shows its goals."),
    "goal_title_ambiguous": QT_TRANSLATE_NOOP(
        "problems", "{count} goals of this cycle are called '{value}' (ids {ids}); give the goal's id instead."),
    "goal_title_required": QT_TRANSLATE_NOOP("problems", "A goal needs a title."),
    "goal_text_too_long": QT_TRANSLATE_NOOP(
        "problems", "'{value}' is {length} characters long; at most {limit} fit in a goal's {what}."),
    "goal_target_value_invalid": QT_TRANSLATE_NOOP("problems", "The goal's target value is not a number."),
    "goal_parent_other_cycle": QT_TRANSLATE_NOOP(
        "problems", "The goal '{parent}' belongs to another cycle; a goal serves a goal of its own cycle."),
    "goal_loop": QT_TRANSLATE_NOOP(
        "problems", "'{parent}' is '{goal}' itself or one of its sub-goals; a goal cannot serve itself."),
    "goal_company_under_department": QT_TRANSLATE_NOOP(
        "problems", "'{parent}' is a department goal; a company goal cannot serve it. Choose a department, or "
                    "a company goal as the parent."),
    "goal_department_not_below_parent": QT_TRANSLATE_NOOP(
        "problems", "'{parent}' is a goal of {parent_department}; a goal of {department} cannot serve it. Goals "
                    "cascade down: choose a department at or below {parent_department}."),
    "goal_title_taken": QT_TRANSLATE_NOOP(
        "problems", "There is already a goal called '{title}' in the same place; choose another title."),
    "goal_children_outside": QT_TRANSLATE_NOOP(
        "problems", "The sub-goal '{child}' of '{goal}' is not a goal of {department} or below it; move it first."),
    "goal_targets_outside": QT_TRANSLATE_NOOP(
        "problems", "{count:target|targets} serving '{goal}' belong to people outside {department}; unlink "
                    "them first."),
    "goal_remove_has_links": QT_TRANSLATE_NOOP(
        "problems", "'{goal}' has {goals:sub-goal|sub-goals} and {targets:target|targets} serving it. Remove it "
                    "with unlink to move its sub-goals up and leave those targets without a goal."),
    "goal_remove_others_targets": QT_TRANSLATE_NOOP(
        "problems", "Targets of people outside the reporting line of {name} serve '{goal}'; ask HR to remove it."),
    "goal_link_other_cycle": QT_TRANSLATE_NOOP(
        "problems", "The goal '{goal}' belongs to another cycle; a target serves a goal of its own cycle."),
    "goal_link_outside_department": QT_TRANSLATE_NOOP(
        "problems", "'{goal}' is a goal of {department}, and {person} is not in it or below it; choose a goal of "
                    "their department or a company goal."),
    "goal_target_unknown": QT_TRANSLATE_NOOP(
        "problems", "{person} has no target on {kpi} in {cycle}."),
    "goal_import_unknown": QT_TRANSLATE_NOOP(
        "problems", "{cycle} has no goal called '{value}'; add it first (goal add) or correct the title."),
    "goal_import_ambiguous": QT_TRANSLATE_NOOP(
        "problems", "{count} goals of {cycle} are called '{value}' (ids {ids}); write the goal's id instead."),
})


# -- core (issue 16): calibration sessions, moves, distribution, grid ------------------------------------------
FIELD_LABELS.update({
    "distribution_margin_pct": QT_TRANSLATE_NOOP("fields", "Distribution margin (points)"),
    "enforce_distribution": QT_TRANSLATE_NOOP("fields", "Enforce the distribution"),
})
PROBLEMS.update({
    "calibration_band_unknown": QT_TRANSLATE_NOOP(
        "problems", "'{value}' is not a band of this cycle; use one of {codes}"),
    "calibration_session_unknown": QT_TRANSLATE_NOOP(
        "problems", "There is no calibration session {id} in this cycle; list them with main.py calibrate sessions."),
    "calibration_not_participant": QT_TRANSLATE_NOOP(
        "problems", "{name} does not sit in the calibration session '{session}'; HR and its participants read it."),
    "calibration_session_closed": QT_TRANSLATE_NOOP(
        "problems", "The calibration session '{session}' is closed; its moves are locked. Open a new session to "
                    "calibrate again."),
    "calibration_scope_unknown": QT_TRANSLATE_NOOP("problems", "'{value}' is not a scope; use {scopes}"),
    "calibration_stage_only": QT_TRANSLATE_NOOP(
        "problems", "{cycle} is not in its calibration stage; sessions are opened only then. Advance the cycle "
                    "to calibration first."),
    "calibration_department_unknown": QT_TRANSLATE_NOOP("problems", "There is no department '{value}'."),
    "calibration_position_unknown": QT_TRANSLATE_NOOP("problems", "There is no position '{value}'."),
    "calibration_scope_empty": QT_TRANSLATE_NOOP(
        "problems", "Nobody in {cycle} is in {scope}; choose another department or position."),
    "calibration_person_in_session": QT_TRANSLATE_NOOP(
        "problems", "{count} of these people are already in the open session '{session}'; a person is calibrated "
                    "in one session at a time. Close that session first, or choose another scope."),
    "calibration_name_too_long": QT_TRANSLATE_NOOP(
        "problems", "The session name is {length} characters long; at most {limit} fit."),
    "calibration_distribution_off": QT_TRANSLATE_NOOP(
        "problems", "The session '{session}' cannot close: this cycle enforces its distribution and these bands "
                    "are off the guideline by more than {margin} points (share now, guideline in brackets): {bands}. "
                    "Move people, or HR changes the cycle's margin or rule."),
    "calibration_reason_missing": QT_TRANSLATE_NOOP(
        "problems", "Give a reason for the move; every calibration move is recorded with its reason."),
    "calibration_reason_too_long": QT_TRANSLATE_NOOP(
        "problems", "The reason is {length} characters long; at most {limit} fit."),
    "calibration_not_member": QT_TRANSLATE_NOOP(
        "problems", "Appraisal {id} is not calibrated in the session '{session}'."),
    "calibration_moved_meanwhile": QT_TRANSLATE_NOOP(
        "problems", "Someone else moved {person} meanwhile; they are now in {band}. Look again, then move them "
                    "if you still mean to."),
    "calibration_same_band": QT_TRANSLATE_NOOP("problems", "{person} is already in {band}."),
    "calibration_level_unknown": QT_TRANSLATE_NOOP("problems", "'{value}' is not a potential level; use {levels}"),
    "calibration_potential_moved_meanwhile": QT_TRANSLATE_NOOP(
        "problems", "Someone else changed the potential of {person} meanwhile; it is now {level}. Look again, then "
                    "change it if you still mean to."),
    "calibration_same_level": QT_TRANSLATE_NOOP("problems", "The potential of {person} is already {level}."),
    "calibration_move_unknown": QT_TRANSLATE_NOOP(
        "problems", "There is no move {id} in the session '{session}'; list them with main.py calibrate moves."),
    "calibration_move_undone": QT_TRANSLATE_NOOP("problems", "Move {id} is already undone."),
    "calibration_nothing_to_undo": QT_TRANSLATE_NOOP(
        "problems", "The session '{session}' has no move left to undo."),
    "calibration_undo_not_latest": QT_TRANSLATE_NOOP(
        "problems", "Move {id} is not the latest move of {person}; undo move {latest} first."),
    "calibration_band_above_guideline": QT_TRANSLATE_NOOP(
        "problems", "{band} holds {share} % of the people, {difference} points above its guideline of "
                    "{guideline} % (margin {margin} points)."),
    "calibration_band_below_guideline": QT_TRANSLATE_NOOP(
        "problems", "{band} holds {share} % of the people, {difference} points below its guideline of "
                    "{guideline} % (margin {margin} points)."),
    "review_being_calibrated": QT_TRANSLATE_NOOP(
        "problems", "The manager review of {person} is read-only: {person} is being calibrated in the session "
                    "'{session}'. It can change again after HR closes the session."),
    "blocker_in_calibration_session": QT_TRANSLATE_NOOP(
        "problems", "{name} ({number}) is still in the open calibration session '{session}'; HR closes the "
                    "session first."),
    "calibrate_no_open_session": QT_TRANSLATE_NOOP(
        "problems", "{name} ({number}) is in no open calibration session of {cycle}; HR opens one with main.py "
                    "calibrate open."),
    "calibrate_not_in_cycle": QT_TRANSLATE_NOOP("problems", "{name} ({number}) has no appraisal in {cycle}."),
    "distribution_margin_range": QT_TRANSLATE_NOOP(
        "problems", "'{value}' is not a margin from 0 to 100 percentage points"),
})


# -- len (issue 16): leniency and severity of managers ---------------------------------------------------------
PROBLEMS.update({
    "leniency_higher": QT_TRANSLATE_NOOP(
        "problems", "Rates higher than the organisation by {points} points (z = {z})."),
    "leniency_lower": QT_TRANSLATE_NOOP(
        "problems", "Rates lower than the organisation by {points} points (z = {z})."),
    "leniency_unlike_guideline": QT_TRANSLATE_NOOP("problems", "Proposes bands unlike the guideline (p {p})."),
    "leniency_higher_unlike_guideline": QT_TRANSLATE_NOOP(
        "problems", "Rates higher than the organisation by {points} points (z = {z}) and proposes bands "
                    "unlike the guideline (p {p})."),
    "leniency_lower_unlike_guideline": QT_TRANSLATE_NOOP(
        "problems", "Rates lower than the organisation by {points} points (z = {z}) and proposes bands "
                    "unlike the guideline (p {p})."),
    "leniency_in_line": QT_TRANSLATE_NOOP("problems", "In line with the organisation."),
    "leniency_no_comparison": QT_TRANSLATE_NOOP(
        "problems", "Nothing to compare with: no organisation figures and no proposed bands with a guideline."),
    "leniency_organisation_withheld": QT_TRANSLATE_NOOP(
        "problems", "The organisation's figures are not shown to you: too few people are rated outside your team "
                    "for them to say nothing about another manager's team."),
    "leniency_min_team_range": QT_TRANSLATE_NOOP(
        "problems", "'{value}' is not a team size; give a whole number of 1 or more"),
})


# -- rank (issue 16): position ranking, person context, calibration in reports ------------------------------
PROBLEMS.update({
    "position_unknown_id": QT_TRANSLATE_NOOP("problems", "There is no position with id {id}."),
    "ranking_outside_scope": QT_TRANSLATE_NOOP(
        "problems", "This ranking includes people outside the reporting line of {name}; only HR and auditors may "
                    "read it."),
    "ranking_needs_calibration": QT_TRANSLATE_NOOP(
        "problems", "{cycle} is not in its calibration stage; rankings are saved during calibration."),
    "ranking_duplicate": QT_TRANSLATE_NOOP("problems", "The ranking names {people} more than once; give each "
                                                       "person one place."),
    "ranking_not_in_position": QT_TRANSLATE_NOOP(
        "problems", "{people} are not among the people of {position} with an appraisal in this cycle; leave them "
                    "out of its ranking."),
    "ranking_missing": QT_TRANSLATE_NOOP(
        "problems", "The ranking of {position} leaves out {people}; rank every person of the position."),
    "context_not_in_cycle": QT_TRANSLATE_NOOP("problems", "Appraisal {id} does not belong to this cycle."),
    "context_not_member": QT_TRANSLATE_NOOP(
        "problems", "This person is not calibrated in the session; open their context from the session they are "
                    "in."),
    "context_feedback_not_yours": QT_TRANSLATE_NOOP(
        "problems", "The 360 summary is shown to HR, auditors and the person's own managers only."),
    "context_comments_hidden_blind": QT_TRANSLATE_NOOP(
        "problems", "Comments are hidden while the blind session is open: they may name the person."),
    "appraisal_unknown_id": QT_TRANSLATE_NOOP("problems", "There is no appraisal with id {id}."),
})
PROBLEMS.update({
    "position_unknown": QT_TRANSLATE_NOOP("problems", "There is no position '{value}'; the positions are {options}."),
})


# -- nine (issue 16): the potential rating and the nine-box ------------------------------------------------------
FIELD_LABELS.update({
    "potential": QT_TRANSLATE_NOOP("fields", "Potential"),
})
PROBLEMS.update({
    "potential_unknown": QT_TRANSLATE_NOOP(
        "problems", "'{value}' is not a potential rating; give low, medium or high (低, 中 or 高)"),
    "ninebox_session_unknown": QT_TRANSLATE_NOOP(
        "problems", "There is no calibration session {id} in this cycle; list them with main.py calibrate sessions."),
    "ninebox_session_hidden": QT_TRANSLATE_NOOP(
        "problems", "{name} may not see the calibration session {session}: it is for HR, auditors and the "
                    "session's participants."),
    "ninebox_no_band": QT_TRANSLATE_NOOP(
        "problems", "This person has no band yet (no score and no proposed band), so their performance cannot "
                    "move; give them a band in the grid first."),
    "ninebox_level_without_band": QT_TRANSLATE_NOOP(
        "problems", "The cycle has no band at the performance level '{level}'; the person cannot move there."),
    "ninebox_same_box": QT_TRANSLATE_NOOP(
        "problems", "The person is already in that box; nothing was moved."),
    "ninebox_box_unknown": QT_TRANSLATE_NOOP(
        "problems", "'{value}' is not a box of the nine-box."),
    "ninebox_reason_required": QT_TRANSLATE_NOOP(
        "problems", "Give a reason for the move; every calibration move is recorded with its reason."),
    # atk1 (issue 16 privacy): a blind session is not narrowed to a department.
    "calibration_blind_department": QT_TRANSLATE_NOOP(
        "problems", "The calibration session '{session}' is blind while open: it is shown whole, not by department, "
                    "since a department would tell whose people its codes are. Leave out the department, or narrow "
                    "it once HR has closed the session."),
    "ninebox_file_ending": QT_TRANSLATE_NOOP(
        "problems", "{file}: the nine-box is written as .png, .pdf or .xlsx; give a file name with one of "
                    "these endings."),
})


# -- atk2 (issue 16): calibration robustness ------------------------------------------------------------------
FIELD_LABELS.update({
    "reason": QT_TRANSLATE_NOOP("fields", "Reason"),
})
PROBLEMS.update({
    "cycle_calibration_session_open": QT_TRANSLATE_NOOP(
        "problems", "The cycle '{cycle}' still has the calibration session '{session}' open; close it first "
                    "(main.py calibrate close --session {id}), then move the cycle."),
})


# -- peers (issue 17): best-performer comparison and plan proposals ----------------------------------------
PROBLEMS.update({
    "plans_too_few_to_compare": QT_TRANSLATE_NOOP(
        "problems", "Too few to compare: {count:other person has|other people have} a result in this position; "
                    "the figure is shown from {minimum} on, so that nobody's own result can be read from it."),
    "plans_too_few_outside_line": QT_TRANSLATE_NOOP(
        "problems", "Too few to compare: of the {count} other people with a result in this position, only "
                    "{unseen:is|are} outside your reporting line; the figure is shown once at least {minimum} are, so "
                    "that their results cannot be read from it beside the ones you know."),
    "plans_no_position": QT_TRANSLATE_NOOP(
        "problems", "{person} has no position, so there is nobody in the same role to compare with."),
    "plans_final_unpublished": QT_TRANSLATE_NOOP(
        "problems", "The final scores of {cycle} are shown once its 360 results are published."),
    "plans_months_range": QT_TRANSLATE_NOOP(
        "problems", "'{value}' is not a number of months from {low} to {high}."),
    "plans_months_order": QT_TRANSLATE_NOOP(
        "problems", "Short-term goals ({short} months) must be due no later than long-term goals ({long} months), "
                    "and those no later than the end of the plan ({plan} months)."),
    "plans_min_peers_range": QT_TRANSLATE_NOOP(
        "problems", "'{value}' is not a number of people; compare over at least 1 other person."),
    "plans_goal_kpi_short": QT_TRANSLATE_NOOP(
        "problems", "{kpi}: from {baseline} to {target} by {due} (a first step)."),
    "plans_goal_kpi_long": QT_TRANSLATE_NOOP("problems", "{kpi}: from {baseline} to the target {target} by {due}."),
    "plans_goal_competency": QT_TRANSLATE_NOOP(
        "problems", "{competency}: raise the others' mean rating from {baseline} to {target} by {due}."),
    "plans_goal_blind_spot": QT_TRANSLATE_NOOP(
        "problems", "{competency} (a blind spot: self {self}, others {baseline}): raise the others' mean rating to "
                    "{target} by {due}."),
    "plans_goal_development_areas": QT_TRANSLATE_NOOP(
        "problems", "Work on the development areas the manager review names by {due}: {text}"),
    "plans_hint_peers_reach": QT_TRANSLATE_NOOP(
        "problems", "{kpi}: the {count} others in the position reach {attainment} % of target at the median; "
                    "compare how they work (skills or process)."),
    "plans_hint_peers_miss": QT_TRANSLATE_NOOP(
        "problems", "{kpi}: the {count} others in the position also miss the target ({attainment} % at the "
                    "median); look at the market or the process."),
    "plans_hint_no_peers": QT_TRANSLATE_NOOP(
        "problems", "{kpi}: too few others in the position to compare with; analyse the cause with the person."),
    "plans_hint_no_result": QT_TRANSLATE_NOOP(
        "problems", "{kpi}: no result in the cycle period; check that the results were entered."),
    "plans_hint_blind_spot": QT_TRANSLATE_NOOP(
        "problems", "{competency}: rated {self} by self and {others} by others; talk the difference through."),
    "plans_no_shortfall": QT_TRANSLATE_NOOP(
        "problems", "No KPI of {person} is below target in {cycle}; add goals by hand."),
    "plans_360_unpublished": QT_TRANSLATE_NOOP(
        "problems", "The 360 results of {cycle} are not published yet, so no competency goal is proposed."),
    "plans_no_published_360": QT_TRANSLATE_NOOP(
        "problems", "{person} has no published 360 rating from others in {cycle}, so no competency goal is "
                    "proposed."),
    "plans_development_areas_draft": QT_TRANSLATE_NOOP(
        "problems", "{person}'s manager review is not submitted yet; its development areas are proposed once it is."),
    "plans_no_band": QT_TRANSLATE_NOOP(
        "problems", "{person} has no band yet (none calibrated, proposed or earned), so no plan is proposed."),
    "plans_eligible": QT_TRANSLATE_NOOP(
        "problems", "{person}'s band {band} is at or below {threshold}: an improvement plan is proposed."),
    "plans_not_eligible": QT_TRANSLATE_NOOP(
        "problems", "{person}'s band {band} is above {threshold}: no improvement plan is proposed."),
})


# -- today (issue 17): what needs the signed-in user now --------------------------------------------------------
PROBLEMS.update({
    "today_feedback_form": QT_TRANSLATE_NOOP("problems", "Fill in the 360 form about {name} ({number}), {cycle}"),
    "today_feedback_form_self": QT_TRANSLATE_NOOP("problems", "Fill in your own 360 self-assessment, {cycle}"),
    "today_feedback_chase": QT_TRANSLATE_NOOP(
        "problems", "Chase {count:overdue 360 form|overdue 360 forms} about {name} ({number}), {cycle}"),
    "today_feedback_chase_team": QT_TRANSLATE_NOOP(
        "problems", "Chase {count:overdue 360 form|overdue 360 forms} in the team of {manager} ({number}), {cycle}"),
    "today_self_review": QT_TRANSLATE_NOOP("problems", "Write your self-review, {cycle}"),
    "today_self_review_read": QT_TRANSLATE_NOOP(
        "problems", "Read the self-review of {name} ({number}) and return it if it needs more, {cycle}"),
    "today_self_review_chase": QT_TRANSLATE_NOOP(
        "problems", "{name} ({number}) has not submitted a self-review, {cycle}"),
    "today_self_review_chase_team": QT_TRANSLATE_NOOP(
        "problems", "{count:self-review|self-reviews} not submitted in the team of {manager} ({number}), {cycle}"),
    "today_manager_review": QT_TRANSLATE_NOOP("problems", "Write the manager review of {name} ({number}), {cycle}"),
    "today_manager_review_chase": QT_TRANSLATE_NOOP(
        "problems", "The manager review of {name} ({number}) is not written, {cycle}"),
    "today_manager_review_chase_team": QT_TRANSLATE_NOOP(
        "problems", "{count:manager review|manager reviews} not written in the team of {manager} ({number}), {cycle}"),
    "today_sign_manager": QT_TRANSLATE_NOOP("problems", "Sign the appraisal of {name} ({number}) as manager, {cycle}"),
    "today_sign_employee": QT_TRANSLATE_NOOP("problems", "Sign your own appraisal, {cycle}"),
    "today_sign_hr": QT_TRANSLATE_NOOP("problems", "Countersign {count:appraisal|appraisals} as HR, {cycle}"),
    "today_sign_chase": QT_TRANSLATE_NOOP(
        "problems", "The appraisal of {name} ({number}) waits for the signature of: {role}, {cycle}"),
    "today_sign_chase_team": QT_TRANSLATE_NOOP(
        "problems", "{count:appraisal waits|appraisals wait} for a signature in the team of {manager} ({number}), "
                    "{cycle}"),
    "today_calibration_session": QT_TRANSLATE_NOOP("problems", "Calibration session {session} is open, {cycle}"),
    "today_calibration_close": QT_TRANSLATE_NOOP(
        "problems", "Close the calibration session {session} when it is done, {cycle}"),
    "today_kpi_alert": QT_TRANSLATE_NOOP(
        "problems", "Critical alert: {kpi} of {name} ({number}) is at {attainment} of what was due, {cycle}"),
    "today_stage_deadline": QT_TRANSLATE_NOOP("problems", "The stage {stage} of {cycle} is due"),
    "today_plan_check_in": QT_TRANSLATE_NOOP("problems", "Hold the check-in on the plan of {name} ({number})"),
    "today_plan_check_in_chase": QT_TRANSLATE_NOOP(
        "problems", "The check-in on the plan of {name} ({number}) is overdue; {owner} holds it"),
    "today_plan_check_in_chase_team": QT_TRANSLATE_NOOP(
        "problems", "{count:plan check-in|plan check-ins} overdue on the plans {manager} ({number}) holds"),
    "today_plan_acknowledgement": QT_TRANSLATE_NOOP(
        "problems", "Record that {name} ({number}) received version {version} of their plan"),
    "today_plan_approval": QT_TRANSLATE_NOOP("problems", "{count:plan waits|plans wait} for HR's approval"),
    "today_plan_decision": QT_TRANSLATE_NOOP(
        "problems", "Decide the outcome of the plan of {name} ({number}): its end date has passed"),
})


# -- plans (issue 17): drafting, lifecycle, check-ins, warnings and recognition --------------------------------
FIELD_LABELS.update({
    "horizon": QT_TRANSLATE_NOOP("fields", "Short or long term"),
    "due_date": QT_TRANSLATE_NOOP("fields", "Due date"),
    "baseline": QT_TRANSLATE_NOOP("fields", "Baseline"),
    "kind": QT_TRANSLATE_NOOP("fields", "Kind"),
    "cadence_days": QT_TRANSLATE_NOOP("fields", "Check-in cadence"),
    "root_cause": QT_TRANSLATE_NOOP("fields", "Cause"),
    "action_kind": QT_TRANSLATE_NOOP("fields", "Action kind"),
    "action_due_date": QT_TRANSLATE_NOOP("fields", "Action due date"),
    "action_done_on": QT_TRANSLATE_NOOP("fields", "Action done on"),
    "start_date": QT_TRANSLATE_NOOP("fields", "Start date"),
    "owner": QT_TRANSLATE_NOOP("fields", "Owner"),
    "analysis": QT_TRANSLATE_NOOP("fields", "Cause analysis"),
    "support": QT_TRANSLATE_NOOP("fields", "Support the company commits"),
    "outcome": QT_TRANSLATE_NOOP("fields", "Outcome"),
    "reasoning": QT_TRANSLATE_NOOP("fields", "Reasoning"),
    "end_date": QT_TRANSLATE_NOOP("fields", "End date"),
    "progress_pct": QT_TRANSLATE_NOOP("fields", "Progress (%)"),
    "goal_state": QT_TRANSLATE_NOOP("fields", "On track / at risk / off track"),
    "held_on": QT_TRANSLATE_NOOP("fields", "Check-in date"),
    "issued_on": QT_TRANSLATE_NOOP("fields", "Date"),
    "check_in": QT_TRANSLATE_NOOP("fields", "Check-in"),
    "wording": QT_TRANSLATE_NOOP("fields", "Wording"),
    "notes": QT_TRANSLATE_NOOP("fields", "Notes"),
    "plan_months": QT_TRANSLATE_NOOP("fields", "Plan length (months)"),
    "extensions_allowed": QT_TRANSLATE_NOOP("fields", "Extensions allowed"),
    "threshold_band": QT_TRANSLATE_NOOP("fields", "Plan threshold band"),
})
PROBLEMS.update({
    "plan_unknown": QT_TRANSLATE_NOOP("problems", "There is no plan {id}; list the plans with main.py plans list."),
    "plan_closed": QT_TRANSLATE_NOOP(
        "problems", "Plan {id} is closed and can no longer change; start a new plan if more is needed."),
    "plan_field_required": QT_TRANSLATE_NOOP("problems", "This is required; fill it in."),
    "plan_field_too_long": QT_TRANSLATE_NOOP("problems", "Too long: keep it within {limit} characters."),
    "plan_horizon_unknown": QT_TRANSLATE_NOOP(
        "problems", "'{value}' is neither short_term nor long_term."),
    "plan_goal_due_outside": QT_TRANSLATE_NOOP(
        "problems", "The due date {due} is outside the plan ({start} to {end}); pick a day within it."),
    "plan_competency_unknown": QT_TRANSLATE_NOOP("problems", "There is no competency {id}."),
    "plan_date_out_of_range": QT_TRANSLATE_NOOP(
        "problems", "{value} is not a day between {earliest} and {latest}; check the year."),
    "plan_action_date_outside": QT_TRANSLATE_NOOP(
        "problems", "{value} is outside the plan ({start} to {end}); pick a day within it."),
    "plan_end_before_start": QT_TRANSLATE_NOOP(
        "problems", "The plan would end on {end}, not after it starts on {start}; pick a later end date."),
    "plan_length_range": QT_TRANSLATE_NOOP(
        "problems", "A plan runs {low} to {high} months, so that progress can show and a decision follows; "
                    "{end} is outside that."),
    "plan_kind_unknown": QT_TRANSLATE_NOOP("problems", "'{value}' is not a plan kind; give improvement or development."),
    "plan_source_unknown": QT_TRANSLATE_NOOP(
        "problems", "'{value}' is not where a plan starts; give appraisal, alert or scratch."),
    "plan_cadence_unknown": QT_TRANSLATE_NOOP(
        "problems", "'{value}' days is not a check-in cadence; give 7 (weekly) or 14 (every two weeks)."),
    "plan_cause_unknown": QT_TRANSLATE_NOOP(
        "problems", "'{value}' is not a cause; give skills, process, market or other."),
    "plan_too_many_rows": QT_TRANSLATE_NOOP(
        "problems", "A plan holds at most {goals} goals and {actions} actions; keep to the few that matter."),
    "plan_action_kind_unknown": QT_TRANSLATE_NOOP(
        "problems", "'{value}' is not an action kind; give training, mentoring, course or other."),
    "plan_action_goal_unknown": QT_TRANSLATE_NOOP("problems", "There is no goal {value} in this plan."),
    "plan_appraisal_other_person": QT_TRANSLATE_NOOP(
        "problems", "Appraisal {id} is someone else's; start the plan from the person's own appraisal."),
    "plan_no_owner": QT_TRANSLATE_NOOP(
        "problems", "{name} has no manager to own the plan; set their manager on the People page first."),
    "plan_not_draft": QT_TRANSLATE_NOOP(
        "problems", "Plan {id} is approved, so it is no longer a draft; change its goals one by one with a reason."),
    "plan_other_person": QT_TRANSLATE_NOOP("problems", "Plan {id} belongs to someone else."),
    "plan_already_approved": QT_TRANSLATE_NOOP("problems", "Plan {id} is approved already."),
    "plan_no_goals": QT_TRANSLATE_NOOP("problems", "Plan {id} has no goals yet; add at least one before approval."),
    "plan_not_approved": QT_TRANSLATE_NOOP(
        "problems", "Plan {id} is not approved by HR yet, so there is nothing to acknowledge."),
    "plan_already_acknowledged": QT_TRANSLATE_NOOP(
        "problems", "Version {version} of plan {id} is acknowledged already."),
    "plan_goal_unknown": QT_TRANSLATE_NOOP("problems", "There is no plan goal {id}."),
    "plan_goal_edit_in_draft": QT_TRANSLATE_NOOP(
        "problems", "Plan {id} is still a draft; edit the draft instead (no reason needed before approval)."),
    "plan_goal_unchanged": QT_TRANSLATE_NOOP("problems", "Nothing in goal {id} changed."),
    "plan_not_running": QT_TRANSLATE_NOOP(
        "problems", "Plan {id} is not running: it runs from the employee's first acknowledgement until it is closed."),
    "plan_extensions_used": QT_TRANSLATE_NOOP(
        "problems", "Plan {id} has had the {allowed:extension|extensions} the company allows; decide its outcome now."),
    "plan_extension_not_later": QT_TRANSLATE_NOOP(
        "problems", "The new end date {value} must come after the current one, {end}."),
    "plan_outcome_required": QT_TRANSLATE_NOOP(
        "problems", "Choose the outcome: succeeded, extended, transferred or ended."),
    "plan_outcome_unknown": QT_TRANSLATE_NOOP(
        "problems", "'{value}' is not an outcome; give success, extended, transferred or terminated."),
    "plan_extension_needs_date": QT_TRANSLATE_NOOP("problems", "An extension needs the new end date."),
    "plan_close_draft": QT_TRANSLATE_NOOP(
        "problems", "Plan {id} is a draft: delete it instead of closing it."),
    "plan_extensions_range": QT_TRANSLATE_NOOP("problems", "'{value}' is not from 0 to {high} extensions."),
    "plan_check_in_goal_unknown": QT_TRANSLATE_NOOP(
        "problems", "Goal {id} is not a goal of plan {plan} (or is named twice)."),
    "plan_progress_range": QT_TRANSLATE_NOOP("problems", "'{value}' is not a percentage from 0 to 100."),
    "plan_goal_state_unknown": QT_TRANSLATE_NOOP(
        "problems", "'{value}' is not a state; give on_track, at_risk or off_track."),
    "plan_check_in_no_goals": QT_TRANSLATE_NOOP(
        "problems", "A check-in on plan {id} records the progress of at least one goal."),
    "plan_evidence_not_theirs": QT_TRANSLATE_NOOP(
        "problems", "Evidence {ids} is not among the person's own evidence; attach it to one of their targets first."),
    "plan_evidence_kind_unknown": QT_TRANSLATE_NOOP(
        "problems", "'{value}' is not a kind of evidence; give a file, a note or a link."),
    "check_in_unknown": QT_TRANSLATE_NOOP("problems", "There is no check-in {id}."),
    "plan_check_in_date": QT_TRANSLATE_NOOP(
        "problems", "A check-in on {value} is not possible: pick a day from {start} to {today}."),
    "plan_note_date": QT_TRANSLATE_NOOP("problems", "{value} is before the plan started ({start})."),
    "plan_note_in_future": QT_TRANSLATE_NOOP(
        "problems", "{value} is still to come; date it today ({today}) or the day it was given."),
    "plan_too_many_goals": QT_TRANSLATE_NOOP(
        "problems", "A plan holds at most {goals} goals; change one of them instead of adding another."),
    "plan_warning_needs_check_in": QT_TRANSLATE_NOOP(
        "problems", "A formal warning stands on a check-in that recorded the shortfall; record that check-in first."),
    "plan_check_in_unknown": QT_TRANSLATE_NOOP("problems", "Check-in {id} is not a check-in of plan {plan}."),
    "plan_warning_needs_goals": QT_TRANSLATE_NOOP("problems", "Name the goals that were missed."),
    "plan_warning_no_shortfall": QT_TRANSLATE_NOOP(
        "problems", "The check-in of {held_on} did not record these goals at risk or off track, so a warning "
                    "cannot name them: {goals}."),
    "plan_warning_before_check_in": QT_TRANSLATE_NOOP(
        "problems", "The warning's date {value} is before the check-in it stands on ({held_on})."),
    "plan_stage_unknown": QT_TRANSLATE_NOOP("problems", "'{value}' is not a plan stage; give one of {known}."),
    "plan_threshold_unknown": QT_TRANSLATE_NOOP(
        "problems", "'{value}' is not a band of any cycle; give one of {known}, or leave it empty for the lowest two."),
})


# -- planflow (issue 17): starting a plan in the guided flow --------------------------------------------------
PROBLEMS.update({
    "plans_person_missing": QT_TRANSLATE_NOOP("problems", "Choose the person the plan is for."),
    "plans_no_cycle": QT_TRANSLATE_NOOP(
        "problems", "{person} takes part in no cycle yet, so there are no results to compare or propose goals "
                    "from; add goals by hand."),
    "plans_no_appraisal": QT_TRANSLATE_NOOP(
        "problems", "{person} has no appraisal in {cycle} yet, so no goals are proposed; add them by hand."),
    "plans_reason_appraisal": QT_TRANSLATE_NOOP("problems", "Appraisal of {cycle} in band {band}."),
    "plans_reason_alert": QT_TRANSLATE_NOOP("problems", "KPI results below their alert level in {cycle}."),
    "plans_reason_results": QT_TRANSLATE_NOOP("problems", "Results below target in {cycle}."),
    "plans_reason_development": QT_TRANSLATE_NOOP("problems", "Growth after {cycle}."),
})


# the plan document: its PDF, signing and verification (issue 17, slice planpdf)
PROBLEMS.update({
    "not_a_plan_pdf": QT_TRANSLATE_NOOP(
        "problems", "This PDF is not a plan document of this database; write the plan's PDF again."),
    "plan_signing_not_issued": QT_TRANSLATE_NOOP(
        "problems", "This PDF is not the document this database wrote for version {version} of the plan (it was "
                    "changed, or written elsewhere); it is not signed. Write the plan's PDF again and sign that file."),
    "plan_signing_role_done": QT_TRANSLATE_NOOP(
        "problems", "This version of the plan of {name} is already signed as {role} (by {signer}); it was not "
                    "signed again."),
    "plan_signing_no_identity_for_role": QT_TRANSLATE_NOOP(
        "problems", "Nobody who may sign the plan of {name} as {role} has a signing identity here; HR creates "
                    "one (main.py identity create --employee EMPLOYEE_NO, or Appraisals → Signing identities…)."),
    "plan_signing_choose_identity": QT_TRANSLATE_NOOP(
        "problems", "Several people may sign the plan of {name} as {role} ({numbers}); say whose identity "
                    "signs with --identity EMPLOYEE_NO."),
    "plan_signing_not_the_owner": QT_TRANSLATE_NOOP(
        "problems", "{identity} cannot sign as manager: it does not belong to the manager who owns the plan of "
                    "{name} ({manager})."),
    "plan_signing_not_the_employee": QT_TRANSLATE_NOOP(
        "problems", "{identity} cannot sign as employee: it does not belong to {name}, whose plan this is."),
    "plan_signing_foreign_parts": QT_TRANSLATE_NOOP(
        "problems", "This PDF holds parts the program never puts in a plan document ({parts}); it is not signed. "
                    "Write the plan's PDF again and sign that file."),
    "plan_sign_not_approved": QT_TRANSLATE_NOOP(
        "problems", "The plan is a draft: HR approves it before its document is signed."),
    "plan_pdf_other_plan": QT_TRANSLATE_NOOP(
        "problems", "{file} is not the document of plan {plan}; write that plan's PDF again and sign it."),
    "plan_sign_superseded": QT_TRANSLATE_NOOP(
        "problems", "This is version {version} of the plan, which has changed since; write the plan's PDF again "
                    "and sign the current version."),
})


# -- timestamps (issue 18): signatures timestamped by an RFC 3161 server --------------------------------------
FIELD_LABELS["timestamp_server"] = QT_TRANSLATE_NOOP("fields", "Timestamp server")
PROBLEMS.update({
    "timestamp_url_invalid": QT_TRANSLATE_NOOP(
        "problems", "'{value}' is not the address of a timestamp server; give an http:// or https:// address, "
                    "e.g. http://timestamp.example.com/tsa, or leave it empty for none."),
    "ltv_unreadable": QT_TRANSLATE_NOOP(
        "problems", "{path} could not be read as a PDF; nothing was extended. Choose the signed appraisal or plan "
                    "file itself."),
    "ltv_not_signed": QT_TRANSLATE_NOOP(
        "problems", "{path} has no digital signature, so there is nothing to extend for long-term validation; "
                    "sign it first."),
    "ltv_not_valid": QT_TRANSLATE_NOOP(
        "problems", "{path} does not verify here ({verdict}); only a document that verifies is extended for "
                    "long-term validation, and this file was left unchanged."),
    "timestamp_server_unreachable": QT_TRANSLATE_NOOP(
        "problems", "The timestamp server {url} did not give a timestamp ({detail}); nothing was signed and the file "
                    "is unchanged. Try again when the server answers, or ask HR to change or clear the timestamp "
                    "server (Settings ▸ Signatures)."),
    "timestamp_server_not_saved": QT_TRANSLATE_NOOP(
        "problems", "The timestamp server {url} did not give a timestamp ({detail}); the setting was not saved. "
                    "Check the address and the network, then try again."),
})


# -- erasure after retention (issue 18, privacy) --------------------------------------------------------------
FIELD_LABELS["retention_months"] = QT_TRANSLATE_NOOP("fields", "Retention period")
PROBLEMS.update({
    "privacy_retention_range": QT_TRANSLATE_NOOP(
        "problems", "{value} months is not a retention period this program keeps; choose {low} to {high} months."),
    "privacy_not_a_leaver": QT_TRANSLATE_NOOP(
        "problems", "{name} ({employee_no}) has not left: only a leaver's data is anonymised. Record their leave "
                    "date first (People), then wait for the retention period to run out."),
    "privacy_retention_running": QT_TRANSLATE_NOOP(
        "problems", "{name} ({employee_no}) left on {left}; their data is kept for {months} months, until {ends}. "
                    "Nothing was anonymised."),
    "privacy_already_anonymised": QT_TRANSLATE_NOOP(
        "problems", "{employee_no} is a former employee whose personal data was anonymised already."),
})
