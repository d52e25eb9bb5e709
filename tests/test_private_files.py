"""Exports and saved PDFs: owner-only, whole or absent, even when the writing process is killed."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from registry.services import private_files
from registry.services.private_files import private_output

POSIX = os.name == "posix"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_written_file_is_owner_only_and_replaces_the_old_one_whole(tmp_path: Path) -> None:
    target = tmp_path / "cases.csv"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o644)
    with private_output(target, text=True) as out:
        out.write("Hodžić;Хоџић\r\n")
    assert target.read_bytes() == "Hodžić;Хоџић\r\n".encode()
    assert os.listdir(tmp_path) == ["cases.csv"]
    if POSIX:
        assert _mode(target) == 0o600


@pytest.mark.parametrize("anonymous", [True, False], ids=["anonymous-file", "named-part"])
def test_a_failure_half_way_keeps_the_old_file_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, anonymous: bool
) -> None:
    if not anonymous:
        monkeypatch.setattr(private_files, "_anonymous_file", lambda _folder: None)
    target = tmp_path / "cases.csv"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), private_output(target) as out:
        out.write(b"Hodzic Mirza 0504013170005\n" * 1000)
        raise RuntimeError("disk full")
    assert target.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["cases.csv"]


def test_a_part_file_left_by_a_dead_process_is_removed_by_the_next_write(tmp_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    stale = tmp_path / f".cases.csv.{int(dead.stdout)}.0123abcd.part"
    stale.write_text("Hodžić Mirza", encoding="utf-8")
    ours = tmp_path / f".other.csv.{os.getpid()}.0123abcd.part"  # this process is alive: left alone
    ours.write_text("x", encoding="utf-8")
    with private_output(tmp_path / "cases.csv") as out:
        out.write(b"new")
    assert sorted(os.listdir(tmp_path)) == sorted(["cases.csv", ours.name])


_WRITER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from registry.services import private_files
    if sys.argv[2] == "named":
        private_files._anonymous_file = lambda folder: None
    with private_files.private_output(Path(sys.argv[1])) as out:
        for index in range(100000):
            out.write(b"Hodzic;Mirza;0504013170005;physical\\n" * 50)
            out.flush()
            if index == 20:
                print("writing", flush=True)
            time.sleep(0.001)
""")


@pytest.mark.skipif(not POSIX, reason="SIGKILL is POSIX")
@pytest.mark.parametrize("kind", ["anonymous", "named"])
def test_a_killed_export_leaves_no_partial_file(tmp_path: Path, kind: str) -> None:
    """Three kills while writing (bench/kill_export.py runs many more against the real command)."""
    target = tmp_path / "export.csv"
    for _trial in range(3):
        process = subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(target), kind], stdout=subprocess.PIPE, text=True
        )
        assert process.stdout is not None and process.stdout.readline().strip() == "writing"
        process.send_signal(signal.SIGKILL)
        process.wait()
        leftovers = os.listdir(tmp_path)
        if kind == "anonymous":
            assert leftovers == []
        else:  # a named part may survive the kill itself; the next write removes it
            with private_output(tmp_path / "next.csv") as out:
                out.write(b"x")
            assert sorted(os.listdir(tmp_path)) == ["next.csv"]
            (tmp_path / "next.csv").unlink()


@pytest.mark.skipif(not POSIX, reason="file modes are POSIX")
def test_the_program_makes_the_register_its_companions_and_backups_owner_only(tmp_path: Path) -> None:
    """A register made by the ``registry`` command, its data folder and its backups are readable by their owner only."""
    data = tmp_path / "data"
    env = {
        **os.environ,
        "REGISTRY_DATA_DIR": str(data),
        "REGISTRY_DB_PASSPHRASE": "a-long-enough-passphrase",
        "QT_QPA_PLATFORM": "offscreen",
    }
    env.pop("REGISTRY_DATABASE_URL", None)
    for command in (["init", "--profile", "novi-grad-sarajevo"], ["backup"]):
        done = subprocess.run(
            [sys.executable, "-m", "registry.cli", "--lang", "en", *command],
            env=env,
            capture_output=True,
            text=True,
            umask=0o022,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
    made = [data, *data.rglob("*")]
    assert any(path.name == "registry.sqlite" for path in made)
    assert any(path.parent.name == "backups" for path in made)
    for path in made:
        assert _mode(path) & 0o077 == 0, f"{path.relative_to(tmp_path)} is {oct(_mode(path))}"


def test_backups_started_together_share_the_folder_one_of_them_creates(tmp_path: Path) -> None:
    """Before: two backups started at the same moment into a folder not made yet both found it missing, and the
    one that tried to create it second was refused ("File exists", exit 1).  Eight at once, 200 times."""
    import threading

    refused: list[OSError] = []
    for attempt in range(200):
        folder = tmp_path / f"centar{attempt}" / "kopije"
        start = threading.Barrier(8)

        def make(folder: Path = folder, start: threading.Barrier = start) -> None:
            start.wait()
            try:
                private_files.private_folder(folder)
            except OSError as error:
                refused.append(error)

        workers = [threading.Thread(target=make) for _ in range(8)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        assert folder.is_dir()
        if POSIX:
            assert _mode(folder) == 0o700
    assert refused == []
