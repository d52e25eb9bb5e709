"""Database triggers that mark the days whose records changed, so that a kept month is never used stale.

Every write to a record the statistics read marks the UTC days of the moments it touched (old and new values) in
``statistics_change``, whoever writes: the services, an import, a restore, a server move, a migration or SQL typed
by hand.  ``cache`` then leaves out every kept month near a marked day.  Triggers rather than calls in the
services: one write path forgotten would make a report silently wrong, and there are many.

SQLite has row triggers only (``UPDATE OF`` the columns read, one upsert a row); PostgreSQL has statement
triggers with transition tables (one upsert a statement: a server move's million rows mark their days once).
Bulk writers that rebuild everything (the demo data) may drop the triggers and create them again after
(``drop``/``create``), emptying what was kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, text

PREFIX = "statistics_change_"
#: the mark that makes every kept month stale (a step's deadlines or an institution's sector changed)
EVERY_DAY = 0
#: the tables of what the statistics keep (derived from the records; copied after them)
KEPT_TABLES = ("statistics_change", "statistics_month")
#: the changed row in a source's expression
_ROW = re.compile(r"\br\.")


@dataclass(frozen=True)
class Source:
    """Moments (or dates) a changed row touched: ``expression`` over the row ``r``, optionally from another table
    (``table`` and its ``condition`` on ``r``), e.g. the report moments of the same child's other cases."""

    expression: str
    table: str = ""
    condition: str = ""


@dataclass(frozen=True)
class Watch:
    table: str
    #: an update marks days only when one of these changed
    columns: tuple[str, ...]
    sources: tuple[Source, ...]
    inserts: bool = True
    deletes: bool = True
    #: the table's primary key (PostgreSQL pairs old and new rows by it to see what changed)
    key: tuple[str, ...] = ("id",)


def _own(*columns: str) -> tuple[Source, ...]:
    return tuple(Source(f"r.{column}") for column in columns)


WATCHED = (
    Watch(
        "case_file",
        (
            "report_received_at",
            "closed_at",
            "assessment_done_at",
            "plan_approved_at",
            "first_contact_at",
            "urgency",
            "risk_level",
            "referral_source",
            "child_id",
            "closure_reason",
        ),
        (
            *_own("report_received_at", "closed_at", "assessment_done_at", "plan_approved_at"),
            # "has the child an earlier case?" of the child's other cases
            Source("c.report_received_at", "case_file c", "c.child_id = r.child_id"),
            # a step's time allowed depends on the case's urgency; an incoming referral's answer is the first contact
            Source("i.due_at", "checklist_item i", "i.case_id = r.id"),
            Source("f.sent_at", "referral f", "f.case_id = r.id AND f.direction = 'incoming'"),
        ),
    ),
    Watch(
        "person",
        ("sex", "birth_date", "has_disability"),
        (
            Source("c.report_received_at", "case_file c", "c.child_id = r.id"),
            Source("c.closed_at", "case_file c", "c.child_id = r.id"),
        ),
        inserts=False,  # a new person has no case yet; one with cases cannot be deleted
        deletes=False,
    ),
    Watch(
        "case_violence_form",
        ("case_id", "code"),
        (Source("c.report_received_at", "case_file c", "c.id = r.case_id"),),
        key=("case_id", "code"),
    ),
    Watch(
        "referral",
        ("direction", "status", "institution_id", "sent_at", "response_due_at", "response_received_at", "case_id"),
        _own("response_due_at", "sent_at"),
    ),
    Watch(
        "checklist_item", ("due_at", "done_at", "not_applicable", "step_id", "occurrence", "case_id"), _own("due_at")
    ),
    Watch("measure", ("started_on", "code", "case_id"), _own("started_on")),
    Watch("institution", ("sector",), (Source(str(EVERY_DAY)),), inserts=False, deletes=False),
    # a new step has no items yet; a deleted one's items go with it (their own triggers).  PostgreSQL cannot compare
    # JSON (deadline_by_urgency): there any update of a step marks every day
    Watch(
        "protocol_step",
        ("deadline_hours", "deadline_by_urgency", "repeat_every_days", "trigger"),
        (Source(str(EVERY_DAY)),),
        inserts=False,
        deletes=False,
        key=(),
    ),
)


def _day(dialect: str, expression: str) -> str:
    if expression == str(EVERY_DAY):
        return expression
    if dialect == "sqlite":
        return f"CAST(strftime('%Y%m%d', {expression}) AS INTEGER)"
    return f"CAST(to_char({expression}, 'YYYYMMDD') AS INTEGER)"


def _select(dialect: str, source: Source, row: str) -> str:
    """The day of each moment ``source`` finds for the row ``row`` (SQLite: NEW or OLD; PostgreSQL: a transition
    table, aliased ``r``)."""
    day = _day(dialect, source.expression)
    if dialect == "sqlite":
        day = _ROW.sub(f"{row}.", day)
        if not source.table:
            return f"SELECT {day} AS d"
        return f"SELECT {day} AS d FROM {source.table} WHERE {_ROW.sub(f'{row}.', source.condition)}"  # noqa: S608 (this module's own names)
    if not source.table:
        return f"SELECT {day} AS d FROM {row} r"  # noqa: S608 (this module's own names)
    return f"SELECT {day} AS d FROM {row} r JOIN {source.table} ON {source.condition}"  # noqa: S608 (this module's own names)


def _mark(selects: list[str]) -> str:
    return (
        f"INSERT INTO statistics_change (day, changes) SELECT DISTINCT d, 1 FROM ({' UNION '.join(selects)}) AS marked"  # noqa: S608 (this module's own names)
        f" WHERE d IS NOT NULL ON CONFLICT (day) DO UPDATE SET changes = statistics_change.changes + 1"
    )


def _name(watch: Watch, event: str) -> str:
    return f"{PREFIX}{watch.table}_{event}"


def _events(watch: Watch) -> list[str]:
    return [e for e, on in (("insert", watch.inserts), ("delete", watch.deletes), ("update", True)) if on]


def _sqlite(watch: Watch) -> list[str]:
    statements = []
    for event in _events(watch):
        rows = {"insert": ["NEW"], "delete": ["OLD"], "update": ["OLD", "NEW"]}[event]
        selects = [_select("sqlite", source, row) for row in rows for source in watch.sources]
        condition = ""
        if event == "update":
            condition = f" OF {', '.join(watch.columns)} ON {watch.table} WHEN " + " OR ".join(
                f"OLD.{c} IS NOT NEW.{c}" for c in watch.columns
            )
        else:
            condition = f" ON {watch.table}"
        statements.append(
            f"CREATE TRIGGER {_name(watch, event)} AFTER {event.upper()}{condition} BEGIN {_mark(selects)}; END"
        )
    return statements


def _postgresql(watch: Watch) -> list[str]:
    statements = []
    for event in _events(watch):
        if event == "update" and watch.key:
            pairs = " AND ".join(f"o.{k} = n.{k}" for k in watch.key)
            changed = " OR ".join(f"n.{c} IS DISTINCT FROM o.{c}" for c in watch.columns)
            new = f"(SELECT n.* FROM new_rows n JOIN old_rows o ON {pairs} WHERE {changed})"  # noqa: S608 (this module's own names)
            old = f"(SELECT o.* FROM new_rows n JOIN old_rows o ON {pairs} WHERE {changed})"  # noqa: S608 (this module's own names)
            sources = [new, old]
            referencing = "REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows"
        elif event == "update":
            sources = ["new_rows"]
            referencing = "REFERENCING NEW TABLE AS new_rows"
        elif event == "insert":
            sources, referencing = ["new_rows"], "REFERENCING NEW TABLE AS new_rows"
        else:
            sources, referencing = ["old_rows"], "REFERENCING OLD TABLE AS old_rows"
        selects = [_select("postgresql", source, rows) for rows in sources for source in watch.sources]
        name = _name(watch, event)
        statements.append(
            f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$"
            f" BEGIN {_mark(selects)}; RETURN NULL; END $$"
        )
        statements.append(
            f"CREATE TRIGGER {name} AFTER {event.upper()} ON {watch.table} {referencing}"
            f" FOR EACH STATEMENT EXECUTE FUNCTION {name}()"
        )
    return statements


def statements(dialect: str) -> list[str]:
    """The DDL that creates every trigger on ``dialect`` (``sqlite`` or ``postgresql``)."""
    build = _sqlite if dialect == "sqlite" else _postgresql
    return [statement for watch in WATCHED for statement in build(watch)]


def names() -> list[str]:
    return [_name(watch, event) for watch in WATCHED for event in _events(watch)]


def create(connection: Connection) -> None:
    """Create the triggers (as the schema has them from revision 0011 on)."""
    for statement in statements(connection.dialect.name):
        connection.execute(text(statement))


def drop(connection: Connection) -> None:
    """Drop the triggers and everything kept (kept months could not be trusted without them)."""
    sqlite = connection.dialect.name == "sqlite"
    for watch in WATCHED:
        for event in _events(watch):
            name = _name(watch, event)
            if sqlite:
                connection.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
            else:
                connection.execute(text(f"DROP TRIGGER IF EXISTS {name} ON {watch.table}"))
                connection.execute(text(f"DROP FUNCTION IF EXISTS {name}()"))
    connection.execute(text("DELETE FROM statistics_month"))
    connection.execute(text("DELETE FROM statistics_change"))


def suspend(connection: Connection) -> list[str]:
    """Drop the triggers for a bulk copy into this database, returning the statements that create them again
    exactly as the database had them (``resume``), whatever revision wrote them.  Call both in one transaction:
    the copy then writes the change marks it copies, not marks of its own."""
    if connection.dialect.name == "sqlite":
        found = connection.execute(
            text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE :p"), {"p": PREFIX + "%"}
        ).all()
        for name, _sql in found:
            connection.execute(text(f"DROP TRIGGER {name}"))
        return [sql for _name, sql in found]
    found = connection.execute(
        text(
            "SELECT t.tgname, c.relname, pg_get_triggerdef(t.oid) FROM pg_trigger t"
            " JOIN pg_class c ON c.oid = t.tgrelid WHERE t.tgname LIKE :p AND NOT t.tgisinternal"
        ),
        {"p": PREFIX + "%"},
    ).all()
    for name, table, _sql in found:
        connection.execute(text(f"DROP TRIGGER {name} ON {table}"))
    return [sql for _name, _table, sql in found]


def resume(connection: Connection, statements: list[str]) -> None:
    for statement in statements:
        connection.execute(text(statement))


def present(connection: Connection) -> set[str]:
    """The names of this module's triggers the database has."""
    if connection.dialect.name == "sqlite":
        query = "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE :p"
    else:
        query = "SELECT DISTINCT tgname FROM pg_trigger WHERE tgname LIKE :p"
    return set(connection.execute(text(query), {"p": PREFIX + "%"}).scalars())
