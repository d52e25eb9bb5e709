"""Where things are: the database URL, the data directory, the shipped resources, the user's language.

An installation may carry a settings file written by IT (``settings.toml``; ``docs/it-guide.md``): the database
(a URL, or the name of a ``pg_service.conf`` service), the data folder and the language.  It is looked for in
``$REGISTRY_SETTINGS``, then beside the program (where the Windows installer puts it), then machine-wide
(``%PROGRAMDATA%\\CentreCaseRegistry`` or ``/etc/centre-case-registry``).  The command line and the environment
outrank it.  A bundle made by ``registry build`` also carries its build stamp (``resources/build.toml``): the
program version, the municipality baked in and the commit.
"""

from __future__ import annotations

import os
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from platformdirs import user_data_dir

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

APP_NAME = "centre-case-registry"
APP_AUTHOR = "CentreCaseRegistry"
DATABASE_ENV = "REGISTRY_DATABASE_URL"
LANGUAGE_ENV = "REGISTRY_LANG"
SETTINGS_ENV = "REGISTRY_SETTINGS"
RESOURCES_ENV = "REGISTRY_RESOURCES"
SETTINGS_FILE = "settings.toml"
SETTINGS_KEYS = frozenset({"database_url", "database_service", "data_folder", "language"})


class SettingsError(ValueError):
    """The IT settings file cannot be used; ``key`` and ``params`` name the message (catalogue ``settings.*``)."""

    def __init__(self, message_key: str, **params: object) -> None:
        self.key = message_key
        self.params = params
        super().__init__(f"{message_key}: {params}")


@dataclass(frozen=True)
class Settings:
    """What IT configured for this installation (all optional)."""

    path: Path | None = None
    database_url: str = ""
    database_service: str = ""
    data_folder: str = ""
    language: str = ""

    @property
    def database(self) -> str:
        """The database URL this installation points at; a service name becomes a libpq ``service=`` URL."""
        if self.database_url:
            return self.database_url
        if self.database_service:
            return f"postgresql+psycopg:///?service={quote(self.database_service)}"
        return ""


def program_dir() -> Path | None:
    """The folder of the installed program (a bundle), None when running from source."""
    return Path(sys.executable).resolve().parent if getattr(sys, "frozen", False) else None


def settings_candidates() -> list[Path]:
    explicit = os.environ.get(SETTINGS_ENV)
    if explicit:
        return [Path(explicit).expanduser()]
    found: list[Path] = []
    beside = program_dir()
    if beside is not None:
        found.append(beside / SETTINGS_FILE)
    if sys.platform == "win32":
        found.append(Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / APP_AUTHOR / SETTINGS_FILE)
    else:
        found.append(Path("/etc") / APP_NAME / SETTINGS_FILE)
    return found


def load_settings_file(path: Path) -> Settings:
    """The settings in ``path``; :class:`SettingsError` says what is wrong in words IT can act on."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SettingsError("settings.missing", path=path) from None
    except (OSError, UnicodeDecodeError) as error:
        raise SettingsError("settings.unreadable", path=path, detail=str(error)) from None
    except tomllib.TOMLDecodeError as error:
        raise SettingsError("settings.not_toml", path=path, detail=str(error)) from None
    unknown = sorted(set(data) - SETTINGS_KEYS)
    if unknown:
        raise SettingsError(
            "settings.unknown_key", path=path, entry=unknown[0], allowed=", ".join(sorted(SETTINGS_KEYS))
        )
    for key, value in data.items():
        if not isinstance(value, str):
            raise SettingsError("settings.not_text", path=path, entry=key)
    if data.get("database_url") and data.get("database_service"):
        raise SettingsError("settings.two_databases", path=path)
    return Settings(path=path, **{key: value.strip() for key, value in data.items()})


def settings() -> Settings:
    """This installation's settings (empty when IT wrote none); a file named in the environment must exist."""
    for path in settings_candidates():
        if path.is_file() or os.environ.get(SETTINGS_ENV):
            return load_settings_file(path)
    return Settings()


def data_dir() -> Path:
    """The per-user folder for the default database and its backups (created on demand)."""
    override = os.environ.get("REGISTRY_DATA_DIR") or settings().data_folder
    path = Path(override).expanduser() if override else Path(user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_url() -> str:
    return sqlite_url(data_dir() / "registry.sqlite")


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path.expanduser().absolute()}"


def database_url(explicit: str | None = None) -> str:
    """``--db`` wins, then ``REGISTRY_DATABASE_URL``, then IT's settings, then the SQLite file in the data folder.

    ``--db`` also takes a register's file path (``C:\\Registar\\registry.sqlite``), as people type it."""
    if explicit:
        return explicit if "://" in explicit else sqlite_url(Path(explicit))
    return os.environ.get(DATABASE_ENV) or settings().database or default_database_url()


def user_language(explicit: str | None = None) -> str | None:
    """The language asked for on the command line, in ``REGISTRY_LANG`` or by IT; None means the centre's."""
    return explicit or os.environ.get(LANGUAGE_ENV) or settings().language or None


def resources_dir() -> Path:
    """The ``resources`` directory: ``$REGISTRY_RESOURCES`` when set, inside a bundle, else the repository's."""
    override = os.environ.get(RESOURCES_ENV)
    if override:
        return Path(override).expanduser()
    bundled = getattr(sys, "_MEIPASS", None)
    if bundled:
        return Path(bundled) / "resources"
    return Path(__file__).resolve().parents[1] / "resources"


@dataclass(frozen=True)
class BuildStamp:
    """What ``registry build`` wrote into a bundle: the version, the municipality baked in, the commit."""

    version: str
    profile: str  # the baked-in profile's code; "" for a build that asks at first start
    commit: str
    built_at: str
    centre: str = ""

    def describe(self) -> str:
        baked = f", {self.profile} ({self.centre})" if self.profile else ""
        return f"registry {self.version}{baked}, commit {self.commit}, built {self.built_at}"


BUILD_STAMP_FILE = "build.toml"


def build_stamp() -> BuildStamp | None:
    """The stamp of this bundle, None when running from source."""
    path = resources_dir() / BUILD_STAMP_FILE
    if not path.is_file():
        return None
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return BuildStamp(**{key: str(data.get(key, "")) for key in ("version", "profile", "commit", "built_at", "centre")})


def baked_profile() -> str | None:
    """The municipality a new register of this installation belongs to, when the build has one baked in."""
    stamp = build_stamp()
    return stamp.profile if stamp and stamp.profile else None


PROFILE_ENV = "REGISTRY_PROFILE"
#: the profile of a new register when nothing else names one (a developer's or demonstration's register)
FALLBACK_PROFILE = "novi-grad-sarajevo"


def chosen_profile() -> str | None:
    """The municipality named for a new register: ``$REGISTRY_PROFILE``, else the build's baked-in one."""
    return os.environ.get(PROFILE_ENV) or baked_profile()


def server_key_name(url: str) -> str:
    """The keyring entry of a database server's password: ``postgresql:user@host:port/database``."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    return f"{parsed.get_backend_name()}:{parsed.username}@{parsed.host}:{parsed.port or ''}/{parsed.database}"


def with_stored_password(url: str) -> URL:
    """A server URL given without a password gets the one kept in the keyring (if any)."""
    from sqlalchemy.engine import make_url

    from registry import keys

    parsed = make_url(url)
    if parsed.password or not parsed.username:
        return parsed
    secret = keys.get_secret(server_key_name(url))
    return parsed.set(password=secret) if secret else parsed
