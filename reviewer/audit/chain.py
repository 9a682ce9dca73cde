"""Appending to the chain and checking it.

Each entry's hash covers its position, time, actor, action, entity, details and
the previous entry's hash. The head (last position and hash) is also kept in
app_settings, so removing the newest entries is noticed too, and an anchor
(migration 0008) names the entries older than the chain, so an entry cannot leave
the chain by passing for one of them. Someone who can rewrite the newest entries
and the head together can forge a consistent chain; a copy of the head kept
elsewhere (printed by `audit verify`, checked with --expect-head) shows that too.

Erasing a leaver's personal data (reviewer.privacy.erasure) rewrites the actor name and
details of the entries that carry it, which no longer hash to their recorded entry hash.
Such an entry still verifies when a later entry of the chain, the erasure's own
``privacy.anonymised`` entry, witnesses the rewrite: it lists, by position, the entry's
recorded hash and the hash of the entry as rewritten (audit.erasure). Every other field,
the links and the head are checked as before, and the report counts the rewritten
entries, so an erasure can never pass unnoticed.
"""
from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from functools import lru_cache
from typing import Any, Iterable

from sqlalchemy import Connection, func, insert, or_, select, text
from sqlalchemy.orm import Session

from db.models import AppSetting, AuditEvent

GENESIS = "0" * 64
HEAD_SETTING = "audit_chain_head"
# Written by migration 0008: "<highest id>:<count>" of the entries older than the chain.
ANCHOR_SETTING = "audit_chain_anchor"
_LOCK_KEY = 727_274_001  # any constant: PostgreSQL's advisory lock for appending
# The action of the entry that witnesses rewritten entries, and where its details list them:
# {"<position>": [recorded entry hash, hash of the entry as rewritten]}.
ERASURE_ACTION = "privacy.anonymised"
WITNESS_KEY = "rewritten_entries"


_AS_IS = frozenset({str, int, bool, type(None)})


def plain(value: Any) -> Any:
    """A JSON value that reads back exactly as written on SQLite and PostgreSQL."""
    kind = type(value)
    if kind in _AS_IS:  # the common case first: a bulk import passes twenty thousand of these
        return value
    if kind is date or kind is datetime:  # a hire date on every row of a roster
        return value.isoformat()
    if kind is dict:
        return {str(k): v if type(v) in _AS_IS else plain(v) for k, v in value.items()}
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, Enum):
        return plain(value.value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return "sha256:" + hashlib.sha256(bytes(value)).hexdigest()
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [plain(v) for v in value]
    return str(value)


# One encoder for every entry: json.dumps with options builds a new one per call.
_encoded = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode
# The same text as _encoded(plain(value)), without building the plain copy first: the
# encoder asks plain() only about what JSON has no word for (dates, decimals, bytes).
_encoded_plain = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False,
                                  default=plain).encode


def encoded_details(details: Any) -> str:
    try:
        return _encoded_plain(details)
    except (ValueError, TypeError):  # an infinite number, or keys of mixed kinds: plain() settles them
        return _encoded(plain(details))


def entry_digest(sequence: int, occurred_at: datetime, actor_user_id: int | None, actor_name: str | None,
                 action: str, entity_type: str, entity_id: int | None, details: Any, previous_hash: str) -> str:
    return _digest(sequence, _fixed_fields(occurred_at, actor_user_id, actor_name, action, entity_type),
                   entity_id, _encoded(details), previous_hash)


@lru_cache(maxsize=256)
def _json_text(text: str | None) -> str:
    return _encoded(text)


def _json_number(number: int | None) -> str:
    return "null" if number is None else str(int(number))


@lru_cache(maxsize=256)
def _fixed_fields(occurred_at: datetime, actor_user_id: int | None, actor_name: str | None, action: str,
                  entity_type: str) -> str:
    """The time, actor, action and kind as they sit between the position and the entity id
    in the hashed text: a bulk import repeats them on every entry, so they are encoded once."""
    return (f",{_json_text(occurred_at.isoformat(timespec='microseconds'))},{_json_number(actor_user_id)},"
            f"{_json_text(actor_name)},{_json_text(action)},{_json_text(entity_type)},")


def _digest(sequence: int, fixed_fields: str, entity_id: int | None, details_json: str, previous_hash: str) -> str:
    """The hash of [sequence, time, actor, action, entity, details, previous] encoded as
    one compact JSON list (the same text as _encoded of the seven fields), from parts
    encoded already: appending encodes the details once, for the hash and the row alike."""
    encoded = (f"[{sequence}{fixed_fields}{_json_number(entity_id)},{details_json},"
               f'"{previous_hash}"]')  # a hex digest needs no escaping
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()


_COLUMNS = ("occurred_at", "actor_user_id", "actor_name", "action", "entity_type", "entity_id", "details",
            "sequence", "previous_hash", "entry_hash")


@lru_cache(maxsize=64)
def _sqlite_time(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def _insert_rows(connection: Connection, rows: list[tuple]) -> None:
    """Insert chained rows (in _COLUMNS order, the time as the driver takes it, details as
    the JSON text already made for the hash) with the driver's own executemany: an import
    appends tens of thousands of entries, and building SQLAlchemy parameters per row cost
    more than the rows did."""
    postgres = connection.dialect.name == "postgresql"
    marker = "%s" if connection.dialect.paramstyle in ("format", "pyformat") else "?"
    values = ", ".join(f"CAST({marker} AS JSON)" if postgres and c == "details" else marker for c in _COLUMNS)
    statement = f"INSERT INTO audit_events ({', '.join(_COLUMNS)}) VALUES ({values})"
    connection.exec_driver_sql(statement, rows)


def _take_append_lock(connection: Connection) -> None:
    """One appender at a time, so two writers never both extend the same head."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})
    else:
        # A write statement makes SQLite take the file's write lock now (waiting its turn),
        # before the head is read; the statement itself changes nothing.
        connection.execute(text("UPDATE audit_events SET sequence = sequence WHERE 1 = 0"))


def _head(connection: Connection) -> tuple[int, str]:
    row = connection.execute(select(AuditEvent.sequence, AuditEvent.entry_hash)
                             .where(AuditEvent.sequence.is_not(None))
                             .order_by(AuditEvent.sequence.desc()).limit(1)).first()
    return (row[0], row[1]) if row else (0, GENESIS)


# An entry ready to chain: (occurred_at, actor_user_id, actor_name, action, entity_type,
# entity_id, details as encoded_details made it): the first seven of _COLUMNS.
Encoded = tuple[datetime, "int | None", "str | None", str, str, "int | None", str]


def append(connection: Connection, entries: list[dict[str, Any]]) -> None:
    """Chain and insert entries (dicts with occurred_at, actor_user_id, actor_name,
    action, entity_type, entity_id, details) in the caller's transaction."""
    append_encoded(connection, [
        (entry["occurred_at"], entry.get("actor_user_id"), entry.get("actor_name"), entry["action"],
         entry["entity_type"], entry.get("entity_id"), encoded_details(entry.get("details") or {}))
        for entry in entries])


def append_encoded(connection: Connection, entries: Iterable[Encoded]) -> None:
    """Chain and insert entries whose details are encoded already (see Encoded), in the
    caller's transaction: a bulk write builds no dict per entry."""
    entries = list(entries)
    if not entries:
        return
    _take_append_lock(connection)
    sequence, previous = _head(connection)
    # SQLAlchemy's SQLite DateTime text, so the time reads back exactly as it was hashed.
    stored_time = (lambda moment: moment) if connection.dialect.name == "postgresql" else _sqlite_time
    rows = []
    for entry in entries:
        sequence += 1
        occurred_at, actor_user_id, actor_name, action, entity_type, entity_id, details = entry
        digest = _digest(sequence, _fixed_fields(occurred_at, actor_user_id, actor_name, action, entity_type),
                         entity_id, details, previous)
        rows.append((stored_time(occurred_at), actor_user_id, actor_name, action, entity_type, entity_id, details,
                     sequence, previous, digest))
        previous = digest
    _insert_rows(connection, rows)
    head = f"{sequence}:{previous}"
    updated = connection.execute(AppSetting.__table__.update().where(AppSetting.key == HEAD_SETTING)
                                 .values(value=head)).rowcount
    if not updated:
        connection.execute(insert(AppSetting.__table__).values(key=HEAD_SETTING, value=head))


@dataclass(frozen=True)
class ChainReport:
    intact: bool
    entries: int  # entries in the chain that were checked
    before_chain: int  # entries written before the chain existed (older databases)
    broken_at: int | None = None  # the id of the first entry that breaks the chain
    broken_sequence: int | None = None
    code: str | None = None  # why: a message code
    params: dict | None = None
    head_sequence: int = 0  # the chain's last position as checked (0: no entries yet)
    head_hash: str = GENESIS  # that entry's hash: keep it elsewhere to notice a rewrite later
    erased: int = 0  # entries whose personal data an erasure rewrote, each witnessed later in the chain

    def as_dict(self) -> dict:
        from ..messages import render

        return {"intact": self.intact, "entries": self.entries, "before_chain": self.before_chain,
                "erased": self.erased,
                "broken_entry_id": self.broken_at, "broken_sequence": self.broken_sequence,
                "head": {"position": self.head_sequence, "hash": self.head_hash},
                "problem": render(self.code, self.params or {}) if self.code else None}


def parse_head(text_value: str) -> tuple[int, str]:
    """POSITION:HASH as `audit verify` prints it; ValueError when it is not that."""
    position, _, digest = (text_value or "").strip().partition(":")
    digest = digest.lower()
    if not position.isdigit() or len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
        raise ValueError(text_value)
    return int(position), digest


def _anchor(session: Session) -> tuple[int, int] | None:
    """(highest id, count) of the entries that predate the chain, as migration 0008 wrote them."""
    stored = session.get(AppSetting, ANCHOR_SETTING)
    highest, _, count = (stored.value if stored else "").partition(":")
    return (int(highest), int(count)) if highest.isdigit() and count.isdigit() else None


def _witnessed_rewrites(session: Session) -> dict[int, tuple[int, str, str]]:
    """Position -> (witness position, recorded hash, hash as rewritten), the latest witness
    winning: a second erasure may rewrite an entry again."""
    witnessed: dict[int, tuple[int, str, str]] = {}
    for position, details in session.execute(
            select(AuditEvent.sequence, AuditEvent.details)
            .where(AuditEvent.action == ERASURE_ACTION, AuditEvent.sequence.is_not(None))
            .order_by(AuditEvent.sequence)):
        listed = details.get(WITNESS_KEY) if isinstance(details, dict) else None
        for rewritten, hashes in (listed or {}).items() if isinstance(listed, dict) else ():
            if str(rewritten).isdigit() and isinstance(hashes, list) and len(hashes) == 2:
                witnessed[int(rewritten)] = (position, str(hashes[0]), str(hashes[1]))
    return witnessed


def verify_chain(session: Session, expect_head: tuple[int, str] | None = None) -> ChainReport:
    """Walk the chain from its first entry: every position present once, in order,
    each entry's hash right and linked to the one before, and the head as recorded.
    Entries outside the chain must be exactly those the anchor says predate it. With
    ``expect_head`` (a position and hash kept elsewhere), the chain must hold that entry."""
    table = AuditEvent.__table__
    anchor = _anchor(session)
    if anchor is None:
        return ChainReport(False, 0, 0, code="audit_anchor_missing", params={})
    highest_before, count_before = anchor
    unchained = select(func.count()).select_from(table).where(AuditEvent.sequence.is_(None))
    before = session.scalar(unchained) or 0
    # Without a place in the chain and not among the entries that predate it: taken out of
    # the chain, or slipped in behind the program's back.
    stray = session.scalar(select(AuditEvent.id).where(
        AuditEvent.sequence.is_(None), or_(AuditEvent.id > highest_before, AuditEvent.id < 1))
        .order_by(AuditEvent.id.desc()).limit(1))

    def broken(entry_id, position, code, checked, **params):
        return ChainReport(False, checked, before, entry_id, position, code,
                           {"id": entry_id, "sequence": position, **params})

    rows = session.execute(select(table.c.id, table.c.sequence, table.c.occurred_at, table.c.actor_user_id,
                                  table.c.actor_name, table.c.action, table.c.entity_type, table.c.entity_id,
                                  table.c.details, table.c.previous_hash, table.c.entry_hash)
                           .where(table.c.sequence.is_not(None)).order_by(table.c.sequence)
                           .execution_options(yield_per=5000))
    witnessed = _witnessed_rewrites(session)
    expected, previous, checked, erased = 1, GENESIS, 0, 0
    expected_hash_seen = None
    for row in rows:
        if row.sequence != expected:
            return broken(row.id, row.sequence, "audit_gap", checked, expected=expected)
        if row.previous_hash != previous:
            return broken(row.id, row.sequence, "audit_link_broken", checked)
        digest = entry_digest(row.sequence, row.occurred_at, row.actor_user_id, row.actor_name, row.action,
                              row.entity_type, row.entity_id, row.details, row.previous_hash)
        if digest != row.entry_hash:
            witness = witnessed.get(row.sequence)
            # Only a witness later in the chain counts: its own hash is checked when the walk reaches it.
            if witness is None or witness[0] <= row.sequence or witness[1:] != (row.entry_hash, digest):
                return broken(row.id, row.sequence, "audit_entry_changed", checked)
            erased += 1
        if expect_head is not None and row.sequence == expect_head[0]:
            expected_hash_seen = row.entry_hash
        previous, expected, checked = row.entry_hash, expected + 1, checked + 1
    if stray is not None:
        return broken(stray, None, "audit_entry_outside_chain", checked)
    if before != count_before:
        return broken(None, None, "audit_older_entries_changed", checked, count=before, anchored=count_before)
    recorded = session.get(AppSetting, HEAD_SETTING)
    if recorded is None:
        return broken(None, expected - 1, "audit_head_missing", checked)
    head = f"{expected - 1}:{previous}"
    if recorded.value != head:
        return broken(None, expected - 1, "audit_head_mismatch", checked, recorded=recorded.value)
    if expect_head is not None:
        if expect_head == (0, GENESIS):
            expected_hash_seen = GENESIS
        if expected_hash_seen != expect_head[1]:
            return broken(None, expect_head[0], "audit_expected_head_missing", checked,
                          hash=expect_head[1], end=expected - 1)
    return ChainReport(True, checked, before, head_sequence=expected - 1, head_hash=previous, erased=erased)
