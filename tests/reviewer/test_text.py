"""Names hold no hidden characters, whichever service takes them, and messages show such
characters escaped instead of letting a terminal obey them."""
from __future__ import annotations

import pytest

from reviewer.access import add_profile
from reviewer.appraisal.identities import create_company_ca, create_identity
from reviewer.errors import ValidationError
from reviewer.kpi.library import save_kpi
from reviewer.messages import render, shorten, shorten_path
from reviewer.people.departments import create_department, rename_department
from reviewer.text import hidden_characters, visible
from tests.reviewer.kpi.test_kpis import new_kpi

# One of each kind nobody types in a name, with its Unicode category.
HIDDEN = {
    "\x1b": "Cc", "\x85": "Cc", "\u200f": "Cf", "\u202e": "Cf", "\u200b": "Cf", "\u200d": "Cf", "\ufeff": "Cf",
    "\ud800": "Cs", "\ue000": "Co", "\U000f0000": "Co", "\u0378": "Cn", "\u2028": "Zl", "\u2029": "Zp",
}


@pytest.mark.parametrize("character", sorted(HIDDEN))
def test_every_hidden_character_is_named_by_its_code_point(character):
    assert hidden_characters(f"陈{character}静") == f"U+{ord(character):04X}"


@pytest.mark.parametrize("name", ["陈静", "Emily Chen", "Anne\u00a0Marie", "陈\u3000静", "O'Brien-Smith",
                                  "José", "Zoë", "☺\ufe0f", "Ναταλία"])
def test_ordinary_names_spaces_and_variation_selectors_pass(name):
    assert hidden_characters(name) is None


def test_messages_show_hidden_characters_escaped():
    text = render("email_invalid", {"value": "a\x1b[31mb\u202ec\u2028d\x07\U000f0000"})
    assert text == "'a\\x1b[31mb\\u202ec\\u2028d\\x07\\U000f0000' is not an e-mail address"
    assert visible("陈静 Anne\u00a0Marie") == "陈静 Anne\u00a0Marie"
    assert shorten("\x1b" * 100) == "\\x1b" * 14 + "\\x1…"  # escaped first, then cut to size
    assert shorten_path("/tmp/\u202eexe.pdf") == "/tmp/\\u202eexe.pdf"


def _refused(error) -> list[tuple[str, str, str]]:
    return [(p.field, p.code, p.params["characters"]) for p in error.value.problems]


def test_department_names_refuse_hidden_characters(database):
    with database.session() as session:
        with pytest.raises(ValidationError, match="U\\+200F") as error:
            create_department(session, "销售部\u200f", None)
        assert _refused(error) == [("name", "hidden_characters", "U+200F")]
        top = create_department(session, "总部", None)
        with pytest.raises(ValidationError) as error:
            rename_department(session, top, "总\u2028部")
        assert _refused(error) == [("name", "hidden_characters", "U+2028")]


@pytest.mark.parametrize("overrides, field", [
    ({"code": "CS\u202eNPS"}, "code"), ({"name": "Net\u200bscore"}, "name"), ({"name_zh": "净推荐\x1b值"}, "name"),
    ({"category": "Re\u2029tention"}, "category")])
def test_kpi_names_codes_and_categories_refuse_hidden_characters(database, overrides, field):
    with database.session() as session, pytest.raises(ValidationError) as error:
        save_kpi(session, new_kpi(**overrides))
    assert (field, "hidden_characters") in {(p.field, p.code) for p in error.value.problems}


def test_profile_names_refuse_hidden_characters_by_code_point(database):
    with database.session() as session, pytest.raises(ValidationError, match="U\\+202E") as error:
        add_profile(session, "hr\u202eadmin", "hr_admin", "long enough")
    assert _refused(error) == [("username", "hidden_characters", "U+202E")]


def test_signing_identity_holders_refuse_hidden_characters(database):
    with database.session() as session:
        with pytest.raises(ValidationError) as error:
            create_identity(session, "经\u200f理", "correct horse 42")
        assert _refused(error) == [("name", "hidden_characters", "U+200F")]
        with pytest.raises(ValidationError) as error:
            create_company_ca(session, "华信\x1b[31m商贸", "correct horse 42")
        assert _refused(error) == [("name", "hidden_characters", "U+001B")]
