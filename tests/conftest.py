"""Shared fixtures. Qt runs offscreen, settings and data go to a temporary folder,
and repository tests run on SQLite always and on PostgreSQL when
TEST_DATABASE_URL names a server (CI starts one)."""
from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SANDBOX = Path(tempfile.mkdtemp(prefix="appraisal-tests-"))
os.environ["XDG_CONFIG_HOME"] = str(_SANDBOX / "config")  # QSettings on Linux
os.environ["APPRAISAL_DATA_DIR"] = str(_SANDBOX / "data")
os.environ["APPRAISAL_BACKUP_ON_EXIT"] = "0"  # the tests that want the exit backup turn it on
os.environ.pop("APPRAISAL_DB", None)

import pytest  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from db.location import resolve_database_url  # noqa: E402
from db.migrate import open_database  # noqa: E402

PG_URL = os.environ.get("TEST_DATABASE_URL")


@pytest.fixture(autouse=True)
def own_data_folder(tmp_path, monkeypatch):
    """Each test gets its own data folder (evidence store, backups) and runs in its own
    folder, so what a command writes to the current folder never lands in the checkout."""
    monkeypatch.setenv("APPRAISAL_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    """An empty database at the newest schema, copied for each test."""
    path = tmp_path_factory.mktemp("template") / "empty.sqlite3"
    database, _ = open_database(resolve_database_url(str(path)))
    database.dispose()
    return path


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory, sqlite_template) -> Path:
    """The demo company, built once and copied for each test that wants it."""
    from reviewer.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    shutil.copy(sqlite_template, path)
    database, _ = open_database(resolve_database_url(str(path)))
    with database.session() as session:
        build_demo(session)
    with database.engine.connect() as conn:  # fold the WAL back so a file copy is complete
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.dispose()
    return path


@pytest.fixture(scope="session")
def postgres_template():
    """A migrated PostgreSQL database that test databases are cloned from."""
    if not PG_URL:
        pytest.skip("no PostgreSQL server configured (set TEST_DATABASE_URL)")
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    name = f"appraisal_template_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    database, _ = open_database(make_url(PG_URL).set(database=name).render_as_string(hide_password=False))
    database.dispose()
    yield admin, name
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request, tmp_path, sqlite_template) -> str:
    """A fresh, migrated, empty database on each backend."""
    if request.param == "sqlite":
        path = tmp_path / "test.sqlite3"
        shutil.copy(sqlite_template, path)
        yield resolve_database_url(str(path))
        return
    admin, template = request.getfixturevalue("postgres_template")
    name = f"appraisal_test_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture
def database(database_url):
    db, _ = open_database(database_url)
    yield db
    db.dispose()


def _open_copy(template: Path, path: Path):
    shutil.copy(template, path)
    db, _ = open_database(resolve_database_url(str(path)))
    return db


@pytest.fixture
def demo_database(tmp_path, demo_template):
    db = _open_copy(demo_template, tmp_path / "demo.sqlite3")
    yield db
    db.dispose()


@pytest.fixture
def empty_sqlite_database(tmp_path, sqlite_template):
    db = _open_copy(sqlite_template, tmp_path / "empty.sqlite3")
    yield db
    db.dispose()


SIGNING_PASSWORD = "correct horse 42"


@pytest.fixture
def signed_appraisal(demo_database, tmp_path):
    """A closed-cycle appraisal in Chinese signed by manager, employee (disagreeing,
    with a comment) and HR, each with an identity issued by the company CA."""
    from types import SimpleNamespace

    from sqlalchemy import select

    from db.models import Appraisal, AppUser, Employee, SigningCertificate
    from reviewer.appraisal.export import write_appraisal_pdf
    from reviewer.appraisal.identities import create_company_ca, create_identity
    from reviewer.appraisal.signing import sign_appraisal

    path = tmp_path / "appraisal.pdf"
    with demo_database.session() as session:
        appraisal = session.scalar(select(Appraisal).join(Employee, Employee.id == Appraisal.employee_id).where(
            Appraisal.cycle_id == 1, Employee.manager_id.is_not(None)).order_by(Appraisal.id))
        employee = session.get(Employee, appraisal.employee_id)
        manager = session.get(Employee, employee.manager_id)
        write_appraisal_pdf(session, 1, employee.id, path, "zh")
        create_company_ca(session, "华信商贸", SIGNING_PASSWORD)
        people = {"manager": create_identity(session, manager.name, SIGNING_PASSWORD, manager.id,
                                             ca_password=SIGNING_PASSWORD),
                  "employee": create_identity(session, employee.name, SIGNING_PASSWORD, employee.id,
                                              ca_password=SIGNING_PASSWORD),
                  # HR signs with an identity of someone who has an HR profile (the demo's hr.admin)
                  "hr": create_identity(session, "人力资源部 王芳", SIGNING_PASSWORD, session.scalar(
                      select(AppUser.employee_id).where(AppUser.username == "hr.admin")),
                                        ca_password=SIGNING_PASSWORD)}
        unsigned = path.read_bytes()
        revisions = [
            sign_appraisal(session, path, "manager", people["manager"].id, SIGNING_PASSWORD, language="zh"),
            sign_appraisal(session, path, "employee", people["employee"].id, SIGNING_PASSWORD, disagrees=True,
                           comment="我对客户满意度指标的口径有异议。", language="zh"),
            sign_appraisal(session, path, "hr", people["hr"].id, SIGNING_PASSWORD, language="zh")]
        ca_der = session.scalar(select(SigningCertificate.der).where(SigningCertificate.is_ca.is_(True)))
        appraisal_id, employee_id = appraisal.id, employee.id
    return SimpleNamespace(path=path, unsigned=unsigned, revisions=revisions, manager=manager.name,
                           employee=employee.name, employee_id=employee_id, ca_der=ca_der,
                           appraisal_id=appraisal_id, identities=people, database=demo_database,
                           db_file=tmp_path / "demo.sqlite3")


def pytest_terminal_summary(terminalreporter):
    """The hostile-file tests' tally (issue 18): cases tried per import path, how many
    were refused or accepted, and crashes (always 0 when the run is green)."""
    import sys

    fuzz = sys.modules.get("tests.reviewer.fuzz.harness")
    if fuzz is None or not fuzz.TALLY:
        return
    terminalreporter.write_sep("-", "hostile files")
    for line in fuzz.summary_lines():
        terminalreporter.write_line(line)
