"""Where things are: the database URL, the data directory, the shipped resources, the user's language."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "centre-case-registry"
APP_AUTHOR = "CentreCaseRegistry"
DATABASE_ENV = "REGISTRY_DATABASE_URL"
LANGUAGE_ENV = "REGISTRY_LANG"


def data_dir() -> Path:
    """The per-user folder for the default database and its backups (created on demand)."""
    override = os.environ.get("REGISTRY_DATA_DIR")
    path = Path(override) if override else Path(user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_url() -> str:
    return f"sqlite:///{data_dir() / 'registry.sqlite'}"


def database_url(explicit: str | None = None) -> str:
    """The ``--db`` option wins, then ``REGISTRY_DATABASE_URL``, then the SQLite file in the data folder."""
    if explicit:
        return explicit
    return os.environ.get(DATABASE_ENV) or default_database_url()


def user_language(explicit: str | None = None) -> str | None:
    """The language asked for on the command line or in ``REGISTRY_LANG``; None means the centre's default."""
    return explicit or os.environ.get(LANGUAGE_ENV) or None


def server_key_name(url: str) -> str:
    """The keyring entry of a database server's password: ``postgresql:user@host:port/database``."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    return f"{parsed.get_backend_name()}:{parsed.username}@{parsed.host}:{parsed.port or ''}/{parsed.database}"


def with_stored_password(url: str) -> str | object:
    """A server URL given without a password gets the one kept in the keyring (if any)."""
    from sqlalchemy.engine import make_url

    from registry import keys

    parsed = make_url(url)
    if parsed.password or not parsed.username:
        return parsed
    secret = keys.get_secret(server_key_name(url))
    return parsed.set(password=secret) if secret else parsed
