"""A register on a PostgreSQL server: the schema made by IT's owner role, and a least-privilege role for the PCs.

``prepare_server`` runs as the database owner (IT).  It brings the schema to this program's revision and makes
(or updates) the application role the centre's PCs connect as: it may read and write the case tables, but it
cannot change the schema (no CREATE in the schema, owns nothing) and it cannot UPDATE, DELETE or TRUNCATE the
audit trail, so the server itself keeps the trail append-only whatever a client does.  Running it again changes
nothing; after a schema upgrade it grants the new tables.  Retention (``registry retention``) anonymises case
tables only, which the application role may do; it never rewrites the audit trail.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import ProgrammingError

from registry.services.errors import RegistryError

ROLE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")
#: tables the application role may read and append to, never change or delete
APPEND_ONLY_TABLES = ("audit_event",)
#: tables the application role may only read (the schema revision)
READ_ONLY_TABLES = ("alembic_version",)


class ServerError(RegistryError):
    key = "server.not_postgresql"


@dataclass(frozen=True)
class ServerReport:
    database: str
    owner: str
    app_role: str
    role_created: bool
    tables: int
    append_only: tuple[str, ...]


def _quote(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote(name)


def _literal(connection: Connection, value: str) -> str:
    """A string literal for statements that take no parameters (ALTER ROLE ... PASSWORD)."""
    from psycopg import sql

    raw = connection.connection.driver_connection
    return sql.Literal(value).as_string(raw)


def prepare_server(engine: Engine, app_role: str, password: str | None) -> ServerReport:
    """Make ``app_role`` the PCs' least-privilege role on an up-to-date schema (run as the database owner)."""
    if engine.dialect.name != "postgresql":
        raise ServerError()
    if not ROLE_NAME.fullmatch(app_role):
        raise ServerError("server.role_name", role=app_role)
    with engine.begin() as connection:
        database, owner = connection.execute(text("SELECT current_database(), current_user")).one()
        if app_role == owner:
            raise ServerError("server.role_is_owner", role=app_role)
        role = _quote(connection, app_role)
        exists = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": app_role}).first()
        if exists is None:
            try:
                connection.exec_driver_sql(f"CREATE ROLE {role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT")
            except ProgrammingError:
                raise ServerError("server.cannot_create_role", role=app_role, owner=owner) from None
        if password:
            connection.exec_driver_sql(f"ALTER ROLE {role} PASSWORD {_literal(connection, password)}")
        tables = [
            row[0]
            for row in connection.execute(
                text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
            )
        ]
        db = _quote(connection, database)
        statements = [
            f"REVOKE ALL ON DATABASE {db} FROM PUBLIC",
            f"GRANT CONNECT, TEMPORARY ON DATABASE {db} TO {role}",
            "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
            f"REVOKE CREATE ON SCHEMA public FROM {role}",
            f"GRANT USAGE ON SCHEMA public TO {role}",
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
            f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}",
            f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {role}",
            f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {role}",
        ]
        for table in (*APPEND_ONLY_TABLES, *READ_ONLY_TABLES):
            if table in tables:
                statements.append(f"REVOKE UPDATE, DELETE, TRUNCATE ON {_quote(connection, table)} FROM {role}")
        for table in READ_ONLY_TABLES:
            if table in tables:
                statements.append(f"REVOKE INSERT ON {_quote(connection, table)} FROM {role}")
        for statement in statements:
            connection.exec_driver_sql(statement)
    return ServerReport(
        database=database,
        owner=owner,
        app_role=app_role,
        role_created=exists is None,
        tables=len(tables),
        append_only=tuple(t for t in APPEND_ONLY_TABLES if t in tables),
    )


def may_change_schema(engine: Engine) -> bool:
    """Whether this connection's role owns the register's tables (only the owner upgrades a server's schema)."""
    if engine.dialect.name != "postgresql":
        return True
    with engine.connect() as connection:
        owner = connection.execute(
            text(
                "SELECT pg_catalog.pg_get_userbyid(c.relowner) = current_user FROM pg_class c "
                "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relname = 'alembic_version'"
            )
        ).scalar()
    return owner is None or bool(owner)
