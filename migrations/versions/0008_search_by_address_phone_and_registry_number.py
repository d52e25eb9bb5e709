"""search by address, phone and registry number; names with Ð, apostrophes and hyphens folded and sorted anew

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 21:30:00

Adds the words of every person's address and their phone digits (``person_contact_term``) and each referral's
registry number as search compares it (``referral.registry_key``), filled for the register as it stands; names
written with Ð (U+00D0), an apostrophe (O'Connor) or a hyphen get their search words and sort key again.

The fill is set-based, so that a large register upgrades in seconds rather than minutes (bench/migration_bench.py;
README there): Python folds each *distinct* address and phone once into a temporary table, one ``INSERT … SELECT``
per kind joins them to the people, and indexes (on PostgreSQL also the new table's keys) are built after the fill.
Registry numbers in printable ASCII (nearly all) get their key from SQL (``upper``, spaces removed: what
``registry_key`` does to such text); the others, and the few names with the marks above, go through Python.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from registry.services.names import contact_terms, fold, registry_key, search_terms, sort_key

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BATCH = 20_000
_NAMES_BATCH = 5_000  # ids in one IN (...): well within SQLite's limit of bound values
_person = sa.table(
    "person",
    sa.column("id", sa.Integer),
    sa.column("given_name", sa.String),
    sa.column("family_name", sa.String),
    sa.column("address", sa.String),
    sa.column("phone", sa.String),
    sa.column("search_key", sa.String),
    sa.column("sort_key", sa.String),
)
_terms = sa.table("person_search_term", sa.column("term", sa.String), sa.column("person_id", sa.Integer))
_referral = sa.table(
    "referral",
    sa.column("id", sa.Integer),
    sa.column("registry_number", sa.String),
    sa.column("registry_key", sa.String),
)
_KEY_TYPE = sa.String(length=60).with_variant(sa.String(length=60, collation="C"), "postgresql")
#: (kind, value, term): a distinct address or phone as stored, and one of its search terms
_found_under = sa.table(
    "tmp_contact_term_0008", sa.column("kind", sa.String), sa.column("value", sa.String), sa.column("term", sa.String)
)
#: characters whose fold or sort key changed in this revision: Ð (U+00D0), apostrophes, hyphens and dashes
_CHANGED_MARKS = "Ðð'’ʼ‘`´‐‑‒–—-"  # a hyphen last: inside [...] it is itself, not a range


def upgrade() -> None:
    connection = op.get_bind()
    sqlite = connection.dialect.name == "sqlite"
    if not sqlite:  # the indexes and keys built after the fill sort in memory (this transaction only)
        connection.execute(sa.text("SET LOCAL maintenance_work_mem = '256MB'"))
    keys = [
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_person_contact_term_person_id_person"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("kind", "term", "person_id", name=op.f("pk_person_contact_term")),
    ]
    op.create_table(
        "person_contact_term",
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column(
            "term",
            sa.String(length=100).with_variant(sa.String(length=100, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("kind IN ('address', 'phone')", name=op.f("ck_person_contact_term_kind")),
        *(keys if sqlite else []),  # SQLite cannot add them later; PostgreSQL checks them at once after the fill
    )
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.add_column(sa.Column("registry_key", _KEY_TYPE, nullable=False, server_default=""))

    _fill_registry_keys(connection, sqlite)
    _fill_contact_terms(connection, sqlite)
    _refold_names(connection, sqlite)

    # keys and indexes after the fill: one sort (or one join) each instead of work for every row inserted
    if not sqlite:
        op.create_primary_key(op.f("pk_person_contact_term"), "person_contact_term", ["kind", "term", "person_id"])
        op.create_foreign_key(
            op.f("fk_person_contact_term_person_id_person"),
            "person_contact_term",
            "person",
            ["person_id"],
            ["id"],
            ondelete="CASCADE",
        )
    with op.batch_alter_table("person_contact_term", schema=None) as batch_op:
        batch_op.create_index("ix_person_contact_term_person_id", ["person_id"], unique=False)
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_referral_registry_key"), ["registry_key"], unique=False)


def _plain_number(connection: sa.Connection) -> sa.ColumnElement[bool]:
    """A registry number SQL can key as ``registry_key`` does: printable ASCII and spaces only (nearly all)."""
    number = _referral.c.registry_number
    if connection.dialect.name == "sqlite":
        return sa.not_(number.op("GLOB", is_comparison=True)("*[^ -~]*"))
    # one byte a character (ASCII) and no control characters
    return sa.and_(
        sa.func.octet_length(number) == sa.func.char_length(number), number.op("!~", is_comparison=True)("[[:cntrl:]]")
    )


#: PostgreSQL writes the new column by rewriting the table once (ALTER ... TYPE ... USING may read other columns):
#: 3 s where an UPDATE of every row took 17 s at 200,000 cases (a new row version and index entries for each)
_REGISTRY_KEY_POSTGRESQL = (
    "CASE WHEN registry_number <> '' AND octet_length(registry_number) = char_length(registry_number)"
    " AND registry_number !~ '[[:cntrl:]]'"
    " THEN substr(upper(replace(registry_number, ' ', '') COLLATE \"C\"), 1, 60) ELSE '' END"
)


def _fill_registry_keys(connection: sa.Connection, sqlite: bool) -> None:
    """Every referral's number as search compares it: ``registry_key`` is NFKC, spaces removed, upper case, which
    for printable ASCII is SQL's ``upper(replace(...))``; the other numbers go through Python."""
    number, plain = _referral.c.registry_number, _plain_number(connection)
    numbered = number != ""
    if sqlite:
        key = sa.func.substr(sa.func.upper(sa.func.replace(number, " ", "")), 1, 60)
        connection.execute(_referral.update().where(numbered, plain).values(registry_key=key))
    else:
        op.alter_column(
            "referral",
            "registry_key",
            existing_type=_KEY_TYPE,
            type_=_KEY_TYPE,
            existing_nullable=False,
            existing_server_default=sa.text("''"),
            postgresql_using=_REGISTRY_KEY_POSTGRESQL,
        )
    others = connection.execute(sa.select(_referral.c.id, number).where(numbered, sa.not_(plain))).all()
    set_key = _referral.update().where(_referral.c.id == sa.bindparam("rid")).values(registry_key=sa.bindparam("key"))
    for start in range(0, len(others), _BATCH):
        connection.execute(
            set_key, [{"rid": rid, "key": registry_key(text)} for rid, text in others[start : start + _BATCH]]
        )


# People joined to the terms of their address and phone.  SQLite: the people are read once in table order (CROSS
# JOIN fixes the join order, NOT INDEXED avoids a walk through an unrelated index), each looking up its value in the
# temporary table; without that, its planner (which knows nothing of that table) read all people once per term.
# The rows go in in person order, so that the foreign-key check that ends every upgrade reads each person once;
# in term order it looked up a random person for each of 2 million rows (encrypted, 200,000 cases: +20 s).
_JOIN_SQLITE = (
    "INSERT INTO person_contact_term (kind, term, person_id) SELECT t.kind, t.term, p.id"
    " FROM person AS p NOT INDEXED CROSS JOIN tmp_contact_term_0008 AS t"
    " WHERE t.kind = 'address' AND t.value = p.address ORDER BY p.id",
    "INSERT INTO person_contact_term (kind, term, person_id) SELECT t.kind, t.term, p.id"
    " FROM person AS p NOT INDEXED CROSS JOIN tmp_contact_term_0008 AS t"
    " WHERE t.kind = 'phone' AND t.value = p.phone ORDER BY p.id",
)
_JOIN_POSTGRESQL = (
    "INSERT INTO person_contact_term (kind, term, person_id) SELECT t.kind, t.term, p.id"
    " FROM person AS p JOIN tmp_contact_term_0008 AS t ON t.kind = 'address' AND t.value = p.address",
    "INSERT INTO person_contact_term (kind, term, person_id) SELECT t.kind, t.term, p.id"
    " FROM person AS p JOIN tmp_contact_term_0008 AS t ON t.kind = 'phone' AND t.value = p.phone",
)


def _fill_contact_terms(connection: sa.Connection, sqlite: bool) -> None:
    """Every person's address words and phone digits: each distinct value folded once, then joined to the people."""
    connection.execute(
        sa.text(
            "CREATE TEMPORARY TABLE tmp_contact_term_0008 (kind VARCHAR(10) NOT NULL, "
            "value TEXT NOT NULL, term VARCHAR(100) NOT NULL)"
        )
    )
    for kind, column in (("address", _person.c.address), ("phone", _person.c.phone)):
        distinct = connection.execute(sa.select(column).where(column != "").distinct())
        for values in distinct.scalars().partitions(_BATCH):
            rows = [
                (kind, value, term)
                for value in values
                for _kind, term in (contact_terms(value, "") if kind == "address" else contact_terms("", value))
            ]
            if rows and sqlite:
                connection.execute(_found_under.insert(), [{"kind": k, "value": v, "term": t} for k, v, t in rows])
            elif rows:  # COPY: a fifth of the time of batched INSERTs
                with (
                    connection.connection.dbapi_connection.cursor() as cursor,
                    cursor.copy("COPY tmp_contact_term_0008 (kind, value, term) FROM STDIN") as copy,
                ):
                    for row in rows:
                        copy.write_row(row)
    connection.execute(sa.text("CREATE INDEX tmp_contact_term_0008_value ON tmp_contact_term_0008 (kind, value)"))
    if not sqlite:
        connection.execute(sa.text("ANALYZE tmp_contact_term_0008"))  # a temporary table has no statistics
    for statement in _JOIN_SQLITE if sqlite else _JOIN_POSTGRESQL:
        connection.execute(sa.text(statement))
    connection.execute(sa.text("DROP TABLE tmp_contact_term_0008"))


def _refold_names(connection: sa.Connection, sqlite: bool) -> None:
    """Names whose fold or sort key changed: search words, search key and sort key again (few people, in Python)."""
    given, family = _person.c.given_name, _person.c.family_name
    if sqlite:
        pattern = f"*[{_CHANGED_MARKS}]*"
        changed = sa.or_(given.op("GLOB", is_comparison=True)(pattern), family.op("GLOB", is_comparison=True)(pattern))
    else:
        pattern = f"[{_CHANGED_MARKS}]"
        changed = sa.or_(given.op("~", is_comparison=True)(pattern), family.op("~", is_comparison=True)(pattern))
    names = connection.execute(sa.select(_person.c.id, given, family).where(changed).order_by(_person.c.id)).all()
    set_keys = (
        _person.update()
        .where(_person.c.id == sa.bindparam("pid"))
        .values(search_key=sa.bindparam("skey"), sort_key=sa.bindparam("okey"))
    )
    for start in range(0, len(names), _NAMES_BATCH):
        rows = names[start : start + _NAMES_BATCH]
        connection.execute(
            set_keys,
            [
                {"pid": pid, "skey": fold(f"{last} {first}"), "okey": sort_key(f"{last} {first}")[:420]}
                for pid, first, last in rows
            ],
        )
        connection.execute(_terms.delete().where(_terms.c.person_id.in_([row[0] for row in rows])))
        connection.execute(
            _terms.insert(),
            [{"term": term[:100], "person_id": pid} for pid, first, last in rows for term in search_terms(first, last)],
        )


def downgrade() -> None:
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referral_registry_key"))
        batch_op.drop_column("registry_key")
    with op.batch_alter_table("person_contact_term", schema=None) as batch_op:
        batch_op.drop_index("ix_person_contact_term_person_id")
    op.drop_table("person_contact_term")
