"""A keyring for kill trials: the OS keyring does not exist on a headless machine, and the tests' in-memory one
dies with its process.  This one is a JSON file (``TRIAL_KEYRING_FILE``) written atomically, so a process killed
while saving a key leaves the file as it was before or after, like a real keyring.  Never for real use: keys in a
file are what the program refuses (keyrings.alt); it is loaded only through ``PYTHON_KEYRING_BACKEND``."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.compat import properties

ENV = "TRIAL_KEYRING_FILE"


class FileKeyring(KeyringBackend):
    @properties.classproperty
    def priority(cls) -> float:
        """Viable only in a trial: keyring's chainer offers every imported backend class to every later caller."""
        if ENV not in os.environ:
            raise RuntimeError("the trials' keyring is for kill trials only")
        return 1

    @staticmethod
    def _path() -> Path:
        return Path(os.environ[ENV])

    def _load(self) -> dict[str, str]:
        if ENV not in os.environ:
            return {}
        try:
            return json.loads(self._path().read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}

    def _save(self, entries: dict[str, str]) -> None:
        path = self._path()
        partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        with partial.open("w", encoding="utf-8") as out:
            json.dump(entries, out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, path)

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        entries = self._load()
        entries[f"{service}\n{username}"] = password
        self._save(entries)

    def delete_password(self, service: str, username: str) -> None:
        entries = self._load()
        entries.pop(f"{service}\n{username}", None)
        self._save(entries)
