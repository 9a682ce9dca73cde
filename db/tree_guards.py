"""Database triggers that keep parent chains (manager, parent department) free of loops.

A CHECK constraint cannot see other rows, so each backend gets a trigger that walks
the chain above the new parent and refuses the row if it meets itself there.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TreeGuard:
    table: str
    parent_column: str
    message: str

    @property
    def name(self) -> str:
        return f"{self.table}_no_{self.parent_column}_loop"


GUARDS = (
    TreeGuard("employees", "manager_id", "manager loop: an employee cannot be above themself in the reporting line"),
    TreeGuard("departments", "parent_id", "department loop: a department cannot be inside itself"),
)


def _could_close_a_loop(guard: TreeGuard, row_is_stored: bool) -> str:
    """A loop through the row needs a row below it. Bulk inserts of new people have
    none, so this index probe spares them the chain walk (it was a third of the
    roster import's time). ``row_is_stored``: the trigger runs after the row is in
    the table, where a row naming itself as parent already counts as its own child."""
    t, p = guard.table, guard.parent_column
    child = f"EXISTS (SELECT 1 FROM {t} WHERE {p} = NEW.id)"
    return child if row_is_stored else f"(NEW.{p} = NEW.id OR {child})"


def _chain_contains_new_row(guard: TreeGuard) -> str:
    t, p = guard.table, guard.parent_column
    return (
        f"WITH RECURSIVE chain(id) AS (SELECT NEW.{p} UNION "
        f"SELECT t.{p} FROM {t} t JOIN chain c ON t.id = c.id WHERE t.{p} IS NOT NULL) "
        f"SELECT 1 FROM chain WHERE id = NEW.id"
    )


def create_statements(dialect: str) -> list[str]:
    """SQL that installs every guard on the given backend ('sqlite' or 'postgresql')."""
    statements: list[str] = []
    for guard in GUARDS:
        exists = _chain_contains_new_row(guard)
        p = guard.parent_column
        if dialect == "sqlite":
            # AFTER for inserts: in a BEFORE INSERT trigger SQLite has not assigned an
            # automatic id yet, so a multi-row INSERT could close a loop unseen.
            for timing, event, suffix in (("AFTER", "INSERT", "ins"), ("BEFORE", f"UPDATE OF {p}", "upd")):
                could_loop = _could_close_a_loop(guard, row_is_stored=timing == "AFTER")
                statements.append(
                    f"CREATE TRIGGER {guard.name}_{suffix} {timing} {event} ON {guard.table} "
                    f"FOR EACH ROW WHEN NEW.{p} IS NOT NULL AND {could_loop} BEGIN "
                    f"SELECT RAISE(ABORT, '{guard.message}') WHERE EXISTS ({exists}); END"
                )
        elif dialect == "postgresql":
            statements.append(
                f"CREATE FUNCTION {guard.name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                f"IF NEW.{p} IS NOT NULL AND {_could_close_a_loop(guard, row_is_stored=False)} "
                f"AND EXISTS ({exists}) THEN "
                f"RAISE EXCEPTION '{guard.message}' USING ERRCODE = 'check_violation'; END IF; "
                f"RETURN NEW; END $$"
            )
            statements.append(
                f"CREATE TRIGGER {guard.name} BEFORE INSERT OR UPDATE OF {p} ON {guard.table} "
                f"FOR EACH ROW EXECUTE FUNCTION {guard.name}()"
            )
        else:
            raise ValueError(f"no tree guard for database dialect {dialect!r}")
    return statements


def drop_statements(dialect: str) -> list[str]:
    statements: list[str] = []
    for guard in GUARDS:
        if dialect == "sqlite":
            statements += [f"DROP TRIGGER IF EXISTS {guard.name}_ins", f"DROP TRIGGER IF EXISTS {guard.name}_upd"]
        else:
            statements += [
                f"DROP TRIGGER IF EXISTS {guard.name} ON {guard.table}",
                f"DROP FUNCTION IF EXISTS {guard.name}()",
            ]
    return statements


def reinstall_statements(dialect: str) -> list[str]:
    """Drop the guards and create them as this module defines them now: what every
    migration that changes a guard runs (old revisions too, so they never disagree)."""
    return drop_statements(dialect) + create_statements(dialect)
