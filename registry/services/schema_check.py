"""Does the database's schema match the models? Differences mean a migration is missing or was edited."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine

from registry import i18n
from registry.db import head_revision
from registry.models import Base


def schema_differences(engine: Engine, language: str | None = None) -> list[str]:
    """Differences between the models and the database (empty when they agree): the revision in the user's
    language, then Alembic's own description of each difference (for the developer IT sends it to)."""
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        current = context.get_current_revision()
        found = [str(diff) for diff in compare_metadata(context, Base.metadata)]
    if current != head_revision():
        found.insert(
            0,
            i18n.text(
                "schema.revision_differs",
                language,
                current=current or "—",
                head=head_revision(),
                command="registry db upgrade",
            ),
        )
    return found
