"""Every message a service gives a user has a code, so the window can say it in Chinese."""
from __future__ import annotations

import ast
import json
import pickle
import re
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import reviewer.errors
import reviewer.messages
from db import migrate
from reviewer.errors import ReviewerError
from reviewer.messages import PROBLEMS, render
from reviewer.progress import Cancelled

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "translations" / "appraisal_zh_CN.ts"


def _error_classes() -> set[str]:
    """The names of ReviewerError and every subclass of it defined under reviewer/."""
    bases_of = {}
    for path in (ROOT / "reviewer").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases_of[node.name] = {getattr(base, "id", getattr(base, "attr", None)) for base in node.bases}
    found = {ReviewerError.__name__}
    while grown := {name for name, bases in bases_of.items() if bases & found} - found:
        found |= grown
    return found | {"DatabaseOpenError"}  # db's own, raised again by the command line


def _called_name(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "errors":
        return func.attr  # errors.NotFound(...)
    return None


def _uncoded_errors(source: str, error_classes: set[str]) -> list[tuple[int, str]]:
    """Where ``source`` makes a service error from text instead of a message code."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and _called_name(node) in error_classes:
            found.append((node.lineno, ast.unparse(node)[:100]))
    return found


def _modules():
    for path in sorted((ROOT / "reviewer").rglob("*.py")):
        if path != Path(reviewer.errors.__file__):  # where ``coded`` itself builds the error
            yield path


def test_every_service_error_is_raised_with_a_message_code():
    error_classes = _error_classes()
    offenders = [f"{path.relative_to(ROOT)}:{line}: {text}"
                 for path in _modules()
                 for line, text in _uncoded_errors(path.read_text(encoding="utf-8"), error_classes)]
    assert offenders == [], "raise these with .coded(code, **params) and a template in reviewer/messages.py"


@pytest.mark.parametrize("statement", [
    'raise NotFound("No target.")',
    'raise ValidationError(f"{x} is wrong")',
    'error = StageBlocked("closed")',
    'raise errors.PermissionDenied("no")',
    'raise ValidationError("; ".join(str(p) for p in problems), problems)',
])
def test_the_check_catches_an_error_made_from_text(statement):
    assert _uncoded_errors(statement, _error_classes())


@pytest.mark.parametrize("statement", [
    'raise NotFound.coded("employee_unknown_id", id=3)',
    'raise ValidationError.listing(problems)',
    'raise error',
    'raise ValueError("a programming mistake, not the user\'s")',
])
def test_the_check_lets_coded_errors_pass(statement):
    assert _uncoded_errors(statement, _error_classes()) == []


def test_every_template_takes_the_parameters_it_names():
    # A template with a typo in a placeholder would fail only when the error happens.
    for code, template in PROBLEMS.items():
        names = {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}
        assert render(code, {name: "x" for name in names}), code


def test_database_open_errors_keep_their_code_and_the_same_english_text():
    for code, template in migrate.OPEN_PROBLEMS.items():
        assert PROBLEMS.get(code) == template, f"reviewer/messages.py must register {code} with db's text"
    error = migrate.DatabaseOpenError.coded("database_newer", revision="9999")
    assert error.code == "database_newer" and error.params == {"revision": "9999"}
    assert str(error) == render("database_newer", {"revision": "9999"})


def test_database_open_errors_are_raised_with_a_code():
    bare = [f"{path.relative_to(ROOT)}:{line}" for path in sorted((ROOT / "db").rglob("*.py"))
            for line, _text in _uncoded_errors(path.read_text(encoding="utf-8"), {"DatabaseOpenError"})]
    assert bare == []


def test_cancel_says_nothing_was_saved():
    error = Cancelled.coded("cancelled")
    assert error.code == "cancelled" and "nothing was saved" in str(error)


def _marked_for_progress(text: ast.expr) -> bool:
    """QT_TRANSLATE_NOOP("progress", ...), or a name holding such a text."""
    if isinstance(text, ast.Name):
        return True
    return (isinstance(text, ast.Call) and getattr(text.func, "id", None) == "QT_TRANSLATE_NOOP"
            and isinstance(text.args[0], ast.Constant) and text.args[0].value == "progress")


def test_progress_texts_are_marked_for_translation():
    unmarked = []
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("step", "report") and len(node.args) == 2
                    and not _marked_for_progress(node.args[1])):
                unmarked.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert unmarked == [], 'mark progress texts with QT_TRANSLATE_NOOP("progress", ...)'


def test_every_problem_code_has_a_chinese_translation():
    translated = {}
    for context in ET.parse(CATALOGUE).iter("context"):
        if context.findtext("name") != "problems":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text and translation.get("type") is None:
                translated[message.findtext("source")] = translation.text
    missing = sorted(code for code, template in PROBLEMS.items() if template not in translated)
    assert missing == []


def test_no_message_code_is_defined_twice():
    """A second definition of a code silently replaces the first: every service raising
    the first would then render the wrong words, or fail on a missing parameter."""
    tree = ast.parse(Path(reviewer.messages.__file__).read_text(encoding="utf-8"))
    seen: dict[str, set[str]] = {}
    duplicates = []
    for node in ast.walk(tree):
        target = None
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and isinstance(node.value, ast.Dict):
            names = node.targets if isinstance(node, ast.Assign) else [node.target]
            target = next((n.id for n in names if isinstance(n, ast.Name)), None)
            mapping = node.value
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "update"
              and isinstance(node.func.value, ast.Name) and node.args and isinstance(node.args[0], ast.Dict)):
            target, mapping = node.func.value.id, node.args[0]
        if target is None:
            continue
        for key in mapping.keys:
            if isinstance(key, ast.Constant) and isinstance(key.value, str):
                if key.value in seen.setdefault(target, set()):
                    duplicates.append((target, key.value))
                seen[target].add(key.value)
    assert duplicates == []


def test_a_stage_parameter_is_said_as_the_stages_word_and_stays_its_value():
    from db.models import CycleStage
    from reviewer.errors import ValidationError
    from reviewer.messages import Term

    error = ValidationError.coded("reopen_not_back", stage=Term("stage", CycleStage.SIGN_OFF),
                                  to=Term("stage", "self_review_360"))
    assert str(error) == ("The cycle is at Sign-off; going back means choosing an earlier stage than that, "
                          "not Self-review and 360.")
    assert error.params == {"stage": "sign_off", "to": "self_review_360"}  # JSON and logs keep the values
    assert json.loads(json.dumps(error.params)) == {"stage": "sign_off", "to": "self_review_360"}
    chinese = {("problems", PROBLEMS["reopen_not_back"]): "周期处于 {stage}；退回须选择比它更早的阶段，而不是 {to}。",
               ("stage", "Sign-off"): "签署", ("stage", "Self-review and 360"): "自评与360评估"}
    said = render("reopen_not_back", error.params, translate=lambda context, text: chinese.get((context, text), text))
    assert said == "周期处于 签署；退回须选择比它更早的阶段，而不是 自评与360评估。"


def test_a_list_of_terms_is_said_word_by_word_and_a_choice_with_what_to_type():
    from reviewer.messages import Terms

    roles = Terms("signer_role", ["employee", "hr"])
    assert roles == "employee, hr" and roles.said() == "Employee, HR"
    assert Terms("stage", ["goal_setting"], with_value=True).said() == "Goal setting (goal_setting)"
    assert Terms("stage", ["nonsense"], with_value=True).said() == "nonsense"  # not a stage: as it was typed
    copied = pickle.loads(pickle.dumps(roles))  # an error crossing from a worker thread keeps its words
    assert copied.said() == "Employee, HR"


def test_every_value_of_a_named_vocabulary_has_its_word():
    from db.models import AppraisalState, CycleStage, Frequency, Relationship, RequestStatus, SignerRole
    from reviewer.messages import VOCABULARIES

    for vocabulary, values in {"stage": CycleStage, "frequency": Frequency, "signer_role": SignerRole,
                               "rater_group": [*Relationship, "others"], "request_status": RequestStatus,
                               "appraisal_state": AppraisalState}.items():
        assert set(VOCABULARIES[vocabulary][1]) == {str(v) for v in values}, vocabulary


def test_a_count_takes_the_singular_or_the_plural():
    one = render("gate_held", {"cycle": "2027 H1", "count": 1, "people": 1})
    many = render("gate_held", {"cycle": "2027 H1", "count": 3, "people": 2})
    assert "1 blocker holds 1 person." in one and "3 blockers hold 2 people." in many
    # db's own text (it cannot use reviewer's forms) is the one left that writes a count with (s).
    with_s = [code for code, template in PROBLEMS.items()
              if re.search(r"\{\w+\} [\w ]*\(s\)", template) and code not in migrate.OPEN_PROBLEMS]
    assert with_s == []


def test_no_service_passes_a_raw_value_where_a_message_names_a_vocabulary():
    """`stage=cycle.stage.value` prints 'goal_setting' to the user; Term("stage", ...) says 'Goal setting'."""
    raw = []
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "coded":
                raw += [f"{path.relative_to(ROOT)}:{node.lineno} {k.arg}" for k in node.keywords
                        if isinstance(k.value, ast.Attribute) and k.value.attr == "value"]
    assert raw == []
