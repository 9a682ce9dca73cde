"""What the program keeps at rest is readable by the user only, whatever the umask;
and no file name it makes up carries characters that reorder text."""
from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from db.location import resolve_database_url
from db.migrate import open_database
from reviewer.io.files import safe_file_name, write_whole
from tests.reviewer.kpi.test_evidence import targets  # noqa: F401 - a fixture

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask():
    """The default of most Linux machines: files 0644, folders 0755."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


@posix_only
def test_the_default_database_its_wal_and_the_data_folder_are_private(open_umask, tmp_path, monkeypatch):
    data = tmp_path / "data"
    monkeypatch.setenv("APPRAISAL_DATA_DIR", str(data))
    database, _ = open_database(resolve_database_url(None))
    try:
        with database.engine.connect() as connection:  # keep the WAL and SHM files open while looking
            connection.execute(text("CREATE TABLE IF NOT EXISTS probe (x)"))
            connection.execute(text("INSERT INTO probe VALUES (1)"))
            connection.commit()
            path = data / "appraisal.sqlite3"
            sides = [path.with_name(path.name + s) for s in ("-wal", "-shm")]
            assert all(s.exists() for s in sides)
            assert mode(data) == 0o700
            assert {p.name: mode(p) for p in [path, *sides]} == {p.name: 0o600 for p in [path, *sides]}
    finally:
        database.dispose()


@posix_only
def test_a_world_readable_database_left_by_an_older_version_is_made_private(open_umask, tmp_path, monkeypatch,
                                                                             sqlite_template):
    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    monkeypatch.setenv("APPRAISAL_DATA_DIR", str(data))
    path = data / "appraisal.sqlite3"
    path.write_bytes(sqlite_template.read_bytes())
    os.chmod(path, 0o644)
    database, _ = open_database(resolve_database_url(None))
    database.dispose()
    assert (mode(data), mode(path)) == (0o700, 0o600)


@posix_only
def test_a_new_database_named_with_db_is_private_but_its_folder_is_the_users_choice(open_umask, tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir(mode=0o755)
    path = folder / "team.sqlite3"
    database, _ = open_database(resolve_database_url(str(path)))
    database.dispose()
    assert (mode(folder), mode(path)) == (0o755, 0o600)


@posix_only
def test_the_pre_upgrade_backup_is_private(open_umask, tmp_path, sqlite_template):
    from db.migrate import SCHEMA_HEAD, _backup_sqlite_file

    path = tmp_path / "old.sqlite3"
    path.write_bytes(sqlite_template.read_bytes())
    backup = _backup_sqlite_file(path, SCHEMA_HEAD)  # the copy is proven to carry the revision it is named after
    assert backup.exists() and mode(backup) == 0o600


@posix_only
def test_signing_identities_and_their_folder_are_private(open_umask, database):
    from reviewer.appraisal.identities import create_company_ca, identities_dir

    with database.session() as session:
        identity = create_company_ca(session, "华信商贸", "correct horse 42")
    assert identity.key_file.suffix == ".p12"
    assert (mode(identities_dir()), mode(identity.key_file)) == (0o700, 0o600)


@posix_only
def test_the_evidence_store_is_private(open_umask, database, targets, tmp_path):
    from reviewer.kpi.evidence import attach_file, store_root, stored_path

    source = tmp_path / "proof.txt"
    source.write_text("客户满意度 92%")
    with database.session() as session:
        evidence = attach_file(session, targets[0], source)
        stored = stored_path(evidence.file_sha256)
    assert mode(store_root()) == 0o700 and mode(stored.parent) == 0o700 and mode(stored) == 0o600


@posix_only
def test_private_writes_are_never_readable_by_others_and_a_replaced_file_keeps_its_mode(open_umask, tmp_path):
    secret = tmp_path / "keys" / "inner" / "a.bin"
    write_whole(secret, b"secret", private=True)
    assert (mode(secret.parent.parent), mode(secret.parent), mode(secret)) == (0o700, 0o700, 0o600)
    shared = tmp_path / "report.pdf"
    write_whole(shared, b"first")
    assert mode(shared) == 0o644  # an export to a folder the user chose follows the umask
    os.chmod(shared, 0o640)
    write_whole(shared, b"second")
    assert mode(shared) == 0o640 and shared.read_bytes() == b"second"


@pytest.mark.parametrize("character", ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067",
                                       "\u2068", "\u2069", "\u200e", "\u200f", "\u061c", "\x00", "\x07", "\x1b",
                                       "\x7f", "\x85", "\n", "\t"])
def test_file_names_drop_characters_that_reorder_text_or_control_the_terminal(character):
    assert safe_file_name(f"E10001-王芳{character}fdp.exe") == "E10001-王芳fdp.exe"


def test_file_names_keep_chinese_and_replace_what_a_file_system_refuses():
    assert safe_file_name("2026 H1/销售部: 王芳?") == "2026 H1_销售部_ 王芳"
    assert safe_file_name("\u202e\u202e", "appraisal") == "appraisal"


def test_a_form_for_a_rater_whose_name_reorders_text_gets_a_plain_file_name(demo_database, tmp_path):
    from sqlalchemy import select

    from db.models import Employee, FeedbackRequest
    from reviewer.feedback.offline_export import export_forms, open_requests

    with demo_database.session() as session:
        request_id = open_requests(session, 2)[0]
        rater = session.get(Employee, session.scalar(
            select(FeedbackRequest.rater_employee_id).where(FeedbackRequest.id == request_id)))
        rater.name = "王芳\u202egpj.exe"
        [form] = export_forms(session, [request_id], tmp_path / "out")
    assert "\u202e" not in form.path.name and "王芳gpj.exe" in form.path.name


def test_two_processes_writing_one_file_at_once_do_not_trip_over_each_other(tmp_path):
    """The field-font cache is written by every worker that finds it missing."""
    import subprocess
    import sys

    target = tmp_path / "cache.bin"
    script = ("import sys; from pathlib import Path; from reviewer.io.files import write_whole\n"
              "for n in range(200): write_whole(Path(sys.argv[1]), b'x' * 100_000)\n")
    root = Path(__file__).resolve().parents[3]
    writers = [subprocess.Popen([sys.executable, "-c", script, str(target)], cwd=root) for _ in range(2)]
    assert [w.wait(timeout=120) for w in writers] == [0, 0]
    assert target.read_bytes() == b"x" * 100_000
    assert [p.name for p in tmp_path.iterdir()] == ["cache.bin"]


def test_a_killed_writers_leftover_is_removed_by_the_next_write(tmp_path):
    from reviewer.io.files import write_whole

    target = tmp_path / "report.xlsx"
    (tmp_path / ".report.xlsx.999999999.part").write_bytes(b"half")
    write_whole(target, b"whole")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.xlsx"]
