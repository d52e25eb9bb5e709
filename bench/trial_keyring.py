"""A keyring for kill trials: the OS keyring does not exist on a headless machine, and the tests' in-memory one
dies with its process.  This one is a JSON file (``TRIAL_KEYRING_FILE``) written atomically, so a process killed
while saving a key leaves the file as it was before or after, like a real keyring.  Never for real use: keys in a
file are what the program refuses (keyrings.alt); it is loaded only through ``PYTHON_KEYRING_BACKEND``."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    @staticmethod
    def _path() -> Path:
        return Path(os.environ["TRIAL_KEYRING_FILE"])

    def _load(self) -> dict[str, str]:
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
