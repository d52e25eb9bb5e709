"""pairs of name words: a parent's given name and surname found by one index seek

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 03:50:00

Indexes every person under the ordered pairs of two of their name words too (``person_search_term`` terms
"~first second", both orders; see ``names.name_terms``), filled for the register as it stands, and indexes a
person's terms as (person_id, term) instead of person_id alone.

The fill is set-based (bench/migration_bench.py): one ``INSERT … SELECT`` joins the words already indexed to
themselves.  On SQLite the (person_id, term) index is built first, so the self-join reads only that index, in person
order, and the pairs go in in that order (the index grows along, and the closing foreign-key check reads each
person once).  On PostgreSQL the table's keys and index go first, the pairs come (hash-joined), and the keys and
index are built again in one sort each and the foreign key checked in one join.  Terms have no spaces, so the pairs
of one person differ unless cut at the stored 100 characters: the few people with a word that long get all their
terms from ``names.name_terms`` in Python instead.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from registry.services.names import PAIR_MARK, name_terms

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_NAMES_BATCH = 5_000  # ids in one IN (...): well within SQLite's limit of bound values
_INDEX = "ix_person_search_term_person_id"
_FOREIGN_KEY = "fk_person_search_term_person_id_person"
_PRIMARY_KEY = "pk_person_search_term"
_person = sa.table(
    "person", sa.column("id", sa.Integer), sa.column("given_name", sa.String), sa.column("family_name", sa.String)
)
_terms = sa.table("person_search_term", sa.column("term", sa.String), sa.column("person_id", sa.Integer))

#: every person's pairs of name words, from the words already indexed (none cut: 1 + a + 1 + b < 100)
_PAIRS = (
    "INSERT INTO person_search_term (term, person_id)"
    " SELECT :mark || a.term || ' ' || b.term, a.person_id"
    " FROM person_search_term AS a JOIN person_search_term AS b ON b.person_id = a.person_id AND b.term <> a.term"
    " WHERE length(a.term) + length(b.term) < 98"
)
#: people with a word so long that a pair with it may be cut: their terms are written by names.name_terms instead
_LONG_WORDS = "SELECT DISTINCT person_id FROM person_search_term WHERE length(term) >= 49 ORDER BY person_id"


def upgrade() -> None:
    connection = op.get_bind()
    sqlite = connection.dialect.name == "sqlite"
    long_words = connection.execute(sa.text(_LONG_WORDS)).scalars().all()
    if sqlite:
        with op.batch_alter_table("person_search_term", schema=None) as batch_op:
            batch_op.drop_index(_INDEX)
            batch_op.create_index(_INDEX, ["person_id", "term"], unique=False)
        connection.execute(sa.text(_PAIRS + " ORDER BY a.person_id"), {"mark": PAIR_MARK})
    else:
        connection.execute(sa.text("SET LOCAL maintenance_work_mem = '256MB'"))  # the sorts below, in memory
        op.drop_constraint(_FOREIGN_KEY, "person_search_term", type_="foreignkey")
        op.drop_constraint(_PRIMARY_KEY, "person_search_term", type_="primary")
        op.drop_index(_INDEX, table_name="person_search_term")
        connection.execute(sa.text(_PAIRS), {"mark": PAIR_MARK})
        op.create_primary_key(_PRIMARY_KEY, "person_search_term", ["term", "person_id"])
        op.create_index(_INDEX, "person_search_term", ["person_id", "term"], unique=False)
        op.create_foreign_key(_FOREIGN_KEY, "person_search_term", "person", ["person_id"], ["id"], ondelete="CASCADE")
    _rewrite_terms(connection, long_words)


def _rewrite_terms(connection: sa.Connection, ids: Sequence[int]) -> None:
    """All the name terms of the people ``ids`` again, as the services write them (few people, in Python)."""
    for start in range(0, len(ids), _NAMES_BATCH):
        batch = list(ids[start : start + _NAMES_BATCH])
        rows = connection.execute(
            sa.select(_person.c.id, _person.c.given_name, _person.c.family_name).where(_person.c.id.in_(batch))
        ).all()
        connection.execute(_terms.delete().where(_terms.c.person_id.in_(batch)))
        terms = [{"term": term, "person_id": pid} for pid, given, family in rows for term in name_terms(given, family)]
        if terms:
            connection.execute(_terms.insert(), terms)


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM person_search_term WHERE substr(term, 1, 1) = :mark").bindparams(mark=PAIR_MARK))
    with op.batch_alter_table("person_search_term", schema=None) as batch_op:
        batch_op.drop_index(_INDEX)
        batch_op.create_index(_INDEX, ["person_id"], unique=False)
