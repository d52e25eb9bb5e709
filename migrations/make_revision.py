"""Write a new Alembic revision by comparing the models with a scratch SQLite database at head.

Usage: ``python migrations/make_revision.py 0003 "what changes"``.  First save the current head's data fixture:
``python -m tests.schema_fixtures`` (see tests/schema_fixtures.py), so the new migration is tested on real rows.
"""

from __future__ import annotations

import sys
import tempfile

from alembic import command

from registry.db import alembic_config, make_engine


def main(rev_id: str, message: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(f"sqlite:///{folder}/scratch.sqlite")
        config = alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            command.revision(config, message=message, autogenerate=True, rev_id=rev_id)
        engine.dispose()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
