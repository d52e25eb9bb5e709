"""search by address, phone and registry number; names with Ð, apostrophes and hyphens folded and sorted anew

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 21:30:00

Adds the words of every person's address and their phone digits (``person_contact_term``) and each referral's
registry number as search compares it (``referral.registry_key``), filled for the register as it stands; names
written with Ð (U+00D0), an apostrophe (O'Connor) or a hyphen get their search words and sort key again.
"""

from collections.abc import Iterator, Sequence

import sqlalchemy as sa
from alembic import op

from registry.services.names import contact_terms, fold, registry_key, search_terms, sort_key

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BATCH = 5000
_person = sa.table("person", sa.column("id", sa.Integer), sa.column("given_name", sa.String),
                   sa.column("family_name", sa.String), sa.column("address", sa.String),
                   sa.column("phone", sa.String), sa.column("search_key", sa.String), sa.column("sort_key", sa.String))
_terms = sa.table("person_search_term", sa.column("term", sa.String), sa.column("person_id", sa.Integer))
_contacts = sa.table("person_contact_term", sa.column("kind", sa.String), sa.column("term", sa.String),
                     sa.column("person_id", sa.Integer))
_referral = sa.table("referral", sa.column("id", sa.Integer), sa.column("registry_number", sa.String),
                     sa.column("registry_key", sa.String))


def _batches(connection: sa.Connection, statement: sa.Select) -> Iterator[Sequence[sa.Row]]:
    """Rows of ``statement`` (ordered by id, its first column) a batch at a time, keyset paged."""
    last = 0
    while True:
        rows = connection.execute(statement.where(statement.selected_columns[0] > last).limit(_BATCH)).all()
        if not rows:
            return
        yield rows
        last = rows[-1][0]


def upgrade() -> None:
    op.create_table('person_contact_term',
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('term', sa.String(length=100).with_variant(sa.String(length=100, collation='C'), 'postgresql'), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.CheckConstraint("kind IN ('address', 'phone')", name=op.f('ck_person_contact_term_kind')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_person_contact_term_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('kind', 'term', 'person_id', name=op.f('pk_person_contact_term'))
    )
    with op.batch_alter_table('person_contact_term', schema=None) as batch_op:
        batch_op.create_index('ix_person_contact_term_person_id', ['person_id'], unique=False)
    with op.batch_alter_table('referral', schema=None) as batch_op:
        batch_op.add_column(sa.Column('registry_key', sa.String(length=60).with_variant(sa.String(length=60, collation='C'), 'postgresql'), nullable=False, server_default=''))
        batch_op.create_index(batch_op.f('ix_referral_registry_key'), ['registry_key'], unique=False)

    connection = op.get_bind()
    # every referral's number as search compares it
    numbered = sa.select(_referral.c.id, _referral.c.registry_number).where(_referral.c.registry_number != "")
    update_key = _referral.update().where(_referral.c.id == sa.bindparam("rid")).values(registry_key=sa.bindparam("key"))
    for rows in _batches(connection, numbered.order_by(_referral.c.id)):
        connection.execute(update_key, [{"rid": rid, "key": registry_key(number)} for rid, number in rows])
    # every person's address words and phone digits
    reachable = (sa.select(_person.c.id, _person.c.address, _person.c.phone)
                 .where(sa.or_(_person.c.address != "", _person.c.phone != "")).order_by(_person.c.id))
    words: dict[str, list[tuple[str, str]]] = {}
    for rows in _batches(connection, reachable):
        inserted = []
        for person_id, address, phone in rows:
            address_rows = words.get(address or "")
            if address_rows is None:
                address_rows = contact_terms(address or "", "")
                if len(words) < 100_000:  # streets repeat; the cache stays bounded
                    words[address or ""] = address_rows
            for kind, term in address_rows + contact_terms("", phone or ""):
                inserted.append({"kind": kind, "term": term, "person_id": person_id})
        if inserted:
            connection.execute(_contacts.insert(), inserted)
    # names whose fold or sort key changed: Ð (U+00D0), apostrophes, hyphens and dashes
    changed = sa.or_(*(column.contains(mark) for column in (_person.c.given_name, _person.c.family_name)
                       for mark in ("Ð", "ð", "'", "’", "ʼ", "‘", "`", "´", "-", "‐", "‑", "‒", "–", "—")))
    names = sa.select(_person.c.id, _person.c.given_name, _person.c.family_name).where(changed).order_by(_person.c.id)
    set_keys = _person.update().where(_person.c.id == sa.bindparam("pid")).values(
        search_key=sa.bindparam("skey"), sort_key=sa.bindparam("okey"))
    for rows in _batches(connection, names):
        ids = [row[0] for row in rows]
        connection.execute(set_keys, [{"pid": pid, "skey": fold(f"{family} {given}"),
                                       "okey": sort_key(f"{family} {given}")[:420]} for pid, given, family in rows])
        connection.execute(_terms.delete().where(_terms.c.person_id.in_(ids)))
        connection.execute(_terms.insert(), [{"term": term[:100], "person_id": pid} for pid, given, family in rows
                                             for term in search_terms(given, family)])


def downgrade() -> None:
    with op.batch_alter_table('referral', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_referral_registry_key'))
        batch_op.drop_column('registry_key')
    with op.batch_alter_table('person_contact_term', schema=None) as batch_op:
        batch_op.drop_index('ix_person_contact_term_person_id')
    op.drop_table('person_contact_term')
