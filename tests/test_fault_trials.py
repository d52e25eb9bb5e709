"""A few of bench/fault_trials.py's kill -9 trials of each operation (the bench runs 50 of each): after every kill
the register opens with its keys, passes the full integrity check and holds exactly the data before or after."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from bench import fault_trials
from bench.trial_keyring import FileKeyring
from tests.conftest import PG_URL

TRIALS = 2


@pytest.fixture(scope="module")
def fixtures(tmp_path_factory: pytest.TempPathFactory) -> Iterator[fault_trials.Fixtures]:
    folder = tmp_path_factory.mktemp("fault-trials")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TRIAL_KEYRING_FILE", str(folder / "keyring.json"))
        previous = keyring.get_keyring()
        keyring.set_keyring(FileKeyring())
        try:
            made = fault_trials.build_fixtures(folder, PG_URL)
        finally:
            keyring.set_keyring(previous)
        yield made
        fault_trials.drop_server(made)


@pytest.fixture
def trial_keyring(fixtures: fault_trials.Fixtures, monkeypatch: pytest.MonkeyPatch) -> None:
    """This process and its children share the trials' file keyring (the OS keyring does not exist here)."""
    monkeypatch.setenv("TRIAL_KEYRING_FILE", str(Path(fixtures.folder) / "keyring.json"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "bench.trial_keyring.FileKeyring")
    keyring.set_keyring(FileKeyring())


RUNNERS = {
    "restore": fault_trials.restore_trials,
    "upgrade": fault_trials.upgrade_trials,
    "backup": fault_trials.backup_trials,
    "server-backup": fault_trials.server_backup_trials,
    "rekey": fault_trials.rekey_trials,
}


@pytest.mark.parametrize("operation", list(RUNNERS))
def test_a_kill_at_any_moment_loses_and_changes_nothing(fixtures, trial_keyring, operation: str) -> None:
    if operation == "server-backup" and not fixtures.pg_url:
        pytest.skip("REGISTRY_TEST_DATABASE_URL is not set")
    startup = fault_trials.startup_seconds(fault_trials.child_env(fixtures.folder / "data"))
    tally = RUNNERS[operation](fixtures, TRIALS, random.Random(operation), startup)
    assert tally.trials == TRIALS
    assert (tally.lost, tally.changed) == (0, 0), tally.problems
    assert tally.before + tally.after == TRIALS


def test_two_processes_at_once(fixtures, trial_keyring) -> None:
    tally = fault_trials.together_trials(fixtures, 1)
    assert (tally.lost, tally.changed) == (0, 0), tally.problems
    assert tally.backups_checked >= 2
