"""Does the database's schema match the models? Differences mean a migration is missing or was edited."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine

from registry.db import head_revision
from registry.models import Base


def schema_differences(engine: Engine) -> list[str]:
    """Human-readable differences between the models and the database (empty when they agree)."""
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        current = context.get_current_revision()
        found = [str(diff) for diff in compare_metadata(context, Base.metadata)]
    if current != head_revision():
        found.insert(0, f"schema revision {current} is not the program's {head_revision()}")
    return found
