"""Returned PDF forms (360 and self-review) fuzzed (issue 18, item 4): cut-off and corrupted
files, random bytes dressed as PDF, JavaScript and embedded files, hostile field values and
names, hostile AcroForms. Each file gets a verdict of its own naming it; a refused file
stores nothing; each is judged within 10 s."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer.feedback.offline_export import export_forms, open_requests
from reviewer.cli.forms import verdict_line
from reviewer.text import visible, visible_lines
from reviewer.reviews.offline_self_review import export_self_review_forms, import_returned_forms, open_self_reviews
from tests.reviewer.feedback.test_offline_forms import fill as fill_360
from tests.reviewer.fuzz import harness
from tests.reviewer.fuzz.harness import FUZZ, file_named
from tests.reviewer.fuzz.hostile import FORMULAS, NAMES, NUMBERS, file_names, hostile_text, mutated
from tests.reviewer.fuzz.pdfs import (HOSTILE_ACROFORMS, with_embedded_file, with_field_names, with_field_values,
                                      with_hostile_acroform, with_javascript, with_one_field_value)
from tests.reviewer.reviews.test_offline_self_review import _company, _people_with_targets
from tests.reviewer.reviews.test_offline_self_review import fill as fill_self

HASHED = ("answers", "feedback_requests", "appraisals", "appraisal_target_reviews", "rater_scores")


@pytest.fixture
def returned(demo_database, tmp_path):
    """A filled 360 form and a filled self-review form, as bytes: the bases the cases spoil."""
    with demo_database.session() as session:
        forms_360 = export_forms(session, open_requests(session, 2)[:2], tmp_path / "360", language="zh")
        cycle_id = _company(session)
        people = _people_with_targets(session, cycle_id, 1)
        forms_self = export_self_review_forms(session, open_self_reviews(session, cycle_id, people),
                                              tmp_path / "self", language="zh")
    fill_360(forms_360[0].path, tmp_path / "360.pdf")
    fill_self(forms_self[0].path, tmp_path / "self.pdf")
    return {"360": (tmp_path / "360.pdf").read_bytes(), "self": (tmp_path / "self.pdf").read_bytes(),
            "blank 360": forms_360[1].path.read_bytes()}


@st.composite
def hostile_forms(draw, bases: dict[str, bytes]) -> tuple[str, str, bytes]:
    base_name = draw(st.sampled_from(sorted(bases)))
    base = bases[base_name]
    how = draw(st.sampled_from(["mutated", "mutated", "random", "javascript", "embedded", "values", "one value",
                                "field name", "acroform"]))
    if how == "mutated":
        data = draw(mutated(base))
    elif how == "random":
        data = b"%PDF-1." + draw(st.binary(max_size=4096))
    elif how == "javascript":
        data = with_javascript(base)
    elif how == "embedded":
        data = with_embedded_file(base)
    elif how == "values":
        data = with_field_values(base, draw(st.one_of(st.sampled_from(FORMULAS + NAMES + NUMBERS), hostile_text)))
    elif how == "one value":
        data = with_one_field_value(base, draw(st.integers(0, 60)),
                                    draw(st.one_of(st.sampled_from(FORMULAS + NAMES + NUMBERS), hostile_text)))
    elif how == "field name":
        data = with_field_names(base, draw(st.one_of(st.sampled_from(NAMES), st.text(max_size=30))))
    else:
        how = draw(st.sampled_from(HOSTILE_ACROFORMS))
        data = with_hostile_acroform(base, how)
    return f"{base_name}: {how}", draw(file_names), data


def take_in(database, path):
    """What `main.py forms import FILE` does, as ("refused", the line it prints) or "accepted"."""
    with database.session() as session:
        [result] = import_returned_forms(session, [path])
    assert result.file == path.name and result.message
    if result.accepted:
        return "accepted"
    return "refused", visible_lines(verdict_line(result))


def test_hostile_returned_forms_each_get_a_verdict_and_store_nothing_when_refused(demo_database, returned, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()

    @settings(FUZZ, max_examples=30)
    @given(hostile_forms(returned))
    def check(case):
        kind, name, data = case
        for old in folder.iterdir():
            old.unlink()
        path = file_named(folder, name, data)
        harness.judge("returned PDF forms", f"{kind} {name!r} ({len(data):,} bytes)",
                      lambda: take_in(demo_database, path), demo_database, HASHED, must_name=(visible(path.name),))

    check()
