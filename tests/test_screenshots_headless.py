"""``registry gui --screenshot`` on a machine with no display and no keyring never waits for anyone."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

import pytest

from registry.cli import build_parser
from registry.cli.common import CommandError
from registry.cli.gui import _prepare_screenshots
from registry.keys import PASSPHRASE_ENV


@pytest.fixture
def headless(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", PASSPHRASE_ENV):
        monkeypatch.setenv(name, "x")  # so that whatever the code sets is undone after the test
        monkeypatch.delenv(name)
    monkeypatch.setattr("registry.keys.keyring_available", lambda: False)
    monkeypatch.setattr("registry.ui.launch.sys.platform", "linux")


def _args(*argv: str) -> argparse.Namespace:
    return build_parser().parse_args(list(argv))


def test_a_new_demo_register_for_screenshots_is_temporary_and_encrypted(headless, isolated_data_dir: Path) -> None:
    args = _args("gui", "--demo", "5", "--screenshot", "shots")
    _prepare_screenshots(args)
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"
    assert args.db.startswith("sqlite:///") and str(isolated_data_dir) not in args.db
    assert len(os.environ[PASSPHRASE_ENV]) >= 32
    assert not (isolated_data_dir / "registry.sqlite").exists()


def test_an_encrypted_register_without_its_key_is_refused_not_prompted(headless, isolated_data_dir: Path) -> None:
    isolated_data_dir.mkdir(parents=True, exist_ok=True)
    (isolated_data_dir / "registry.sqlite").write_bytes(os.urandom(4096))  # not a plain SQLite header
    with pytest.raises(CommandError, match="keyring"):
        _prepare_screenshots(_args("--lang", "en", "gui", "--screenshot", "shots"))


def test_a_plain_register_needs_no_key(headless, isolated_data_dir: Path) -> None:
    import sqlite3

    isolated_data_dir.mkdir(parents=True, exist_ok=True)
    sqlite3.connect(isolated_data_dir / "registry.sqlite").execute("CREATE TABLE t (x)").connection.close()
    args = _args("gui", "--screenshot", "shots")
    _prepare_screenshots(args)
    assert args.db is None
