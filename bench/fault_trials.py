"""kill -9 during restore, the upgrade of an encrypted register, backup (SQLite and PostgreSQL) and db rekey; and two
processes at once.  Counted: every trial must leave a register that opens with the keys it should, passes the full
integrity check and holds exactly the data from before (or, for a finished operation, after).

    python bench/fault_trials.py [--trials 50] [--only restore,upgrade,backup,server-backup,rekey,together]
                                 [--pg postgresql+psycopg://root@127.0.0.1:5432/test] [--seed 1]

Each trial runs the real command (``python -m registry.cli ...``) in a child process and kills it with SIGKILL at
a random moment between the child's start-up and the end of an unkilled run of the same command (measured first).
The keyring is ``bench/trial_keyring.py`` (a file shared by the processes, written atomically), so the keyring
path of every operation (keys saved as pending before a rekey or a restore, earlier keys kept) is what is tried.
After a kill:

- the register must exist and open with the keys in the keyring (no passphrase given);
- ``integrity_check`` and ``cipher_integrity_check`` must pass (``services.integrity.full_check``);
- every table but the audit trail must equal, row for row (``table_copy`` digests), the state before or after the
  operation; the audit trail's hash chain must verify and hold the events from before (plus the operation's own);
- backups found in the folder must open with a key we hold, pass the full check and equal the register's state;
- after ``db rekey``, a backup made before still opens with the keys kept (current, pending or earlier).

Prints a table and writes ``bench/fault_trials.json``.  ``tests/test_fault_trials.py`` runs a few of each.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

KEY = "x'" + "3c" * 32 + "'"  #: the trial registers' key (in the trial keyring under each register's path)
OPERATIONS = ("restore", "upgrade", "backup", "server-backup", "rekey", "together")


# ----------------------------------------------------------------------------------------------- the harness


def use_trial_keyring(folder: Path) -> None:
    """This process and every child use the same file keyring (see bench/trial_keyring.py)."""
    import keyring

    os.environ["TRIAL_KEYRING_FILE"] = str(folder / "keyring.json")
    os.environ["PYTHON_KEYRING_BACKEND"] = "bench.trial_keyring.FileKeyring"
    from bench.trial_keyring import FileKeyring

    keyring.set_keyring(FileKeyring())


def child_env(data: Path, user: str = "edin.hasanovic", password: str = "demo-password-2026") -> dict[str, str]:
    """The command's environment; it signs in as the filled registers' demo administrator (or ``user``)."""
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "REGISTRY_DATA_DIR": str(data),
        "QT_QPA_PLATFORM": "offscreen",
        "REGISTRY_USER": user,
        "REGISTRY_PASSWORD": password,
    }
    for name in ("REGISTRY_DB_PASSPHRASE", "REGISTRY_DATABASE_URL", "REGISTRY_LANG"):
        env.pop(name, None)
    return env


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "registry.cli", "--lang", "en", *args]


@dataclass
class Run:
    killed: bool
    code: int | None
    seconds: float
    stderr: str


def run(args: list[str], env: dict[str, str], kill_after: float | None = None) -> Run:
    """The command in a child process; SIGKILL after ``kill_after`` seconds if it is still running."""
    started = time.perf_counter()
    child = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    try:
        child.wait(timeout=kill_after)
    except subprocess.TimeoutExpired:
        child.send_signal(signal.SIGKILL)
        child.wait()
        return Run(True, None, time.perf_counter() - started, "")
    err = child.stderr.read().decode("utf-8", "replace") if child.stderr else ""
    return Run(False, child.returncode, time.perf_counter() - started, err)


@dataclass
class Tally:
    operation: str
    trials: int = 0
    killed: int = 0
    finished: int = 0
    before: int = 0
    after: int = 0
    lost: int = 0
    changed: int = 0
    backups_checked: int = 0
    leftover_parts: int = 0
    problems: list[str] = field(default_factory=list)

    def failed(self, what: str, detail: str) -> None:
        if what == "lost":
            self.lost += 1
        else:
            self.changed += 1
        if len(self.problems) < 20:
            self.problems.append(f"{what}: {detail}")


# --------------------------------------------------------------------------------------------- what a state is


@dataclass(frozen=True)
class State:
    tables: dict[str, str]  #: digest of every table but the audit trail
    events: int  #: audit events
    revision: str | None


def state_of(engine: Any) -> State:
    from registry.db import current_revision
    from registry.services.table_copy import digests

    found = digests(engine)
    events = found.pop("audit_event").rows
    return State({name: digest.digest for name, digest in found.items()}, events, current_revision(engine))


def chain_ok(engine: Any) -> bool:
    from registry.db import session_factory
    from registry.services.audit import verify_chain

    with session_factory(engine)() as session:
        return verify_chain(session).ok


def open_register(url: str) -> Any:
    """The register as the program opens it: with the keys in the keyring, no passphrase."""
    from registry.db import make_engine

    return make_engine(url)


def check_sqlite(path: Path, outcomes: dict[str, State], tally: Tally) -> str | None:
    """Which of ``outcomes`` the register at ``path`` holds; None (and the failure counted) when none."""
    from registry.db import DatabaseKeyError
    from registry.services.integrity import engine_key, full_check

    if not path.is_file() or path.stat().st_size == 0:
        tally.failed("lost", f"{path.name} is missing")
        return None
    try:
        engine = open_register(f"sqlite:///{path}")
    except DatabaseKeyError as error:
        tally.failed("lost", f"no key opens it: {error.key}")
        return None
    try:
        problems = full_check(path, engine_key(engine))
        if problems:
            tally.failed("changed", f"damaged: {problems[0]}")
            return None
        found = state_of(engine)
        if not chain_ok(engine):
            tally.failed("changed", "the audit chain does not verify")
            return None
    finally:
        engine.dispose()
    return match(found, outcomes, tally)


def match(found: State, outcomes: dict[str, State], tally: Tally) -> str | None:
    for name, expected in outcomes.items():
        if found.tables == expected.tables and found.revision == expected.revision and found.events >= expected.events:
            return name
    tally.failed("changed", f"holds neither state (revision {found.revision}, {found.events} events)")
    return None


def check_backups(folder: Path, keys_to_try: list[str], expected: State, tally: Tally) -> None:
    """Every finished backup in ``folder`` opens with a key we hold, passes the full check and equals ``expected``."""
    from registry.db import encrypted_engine
    from registry.services.backup_catalog import open_backup
    from registry.services.integrity import full_check

    if not folder.is_dir():
        return
    tally.leftover_parts += len([p for p in folder.iterdir() if p.name.endswith(".part")])
    for backup in sorted(folder.glob("*.sqlite")):
        opened = open_backup(backup, keys_to_try)
        if opened is None:
            tally.failed("changed", f"backup {backup.name} opens with no key we hold")
            continue
        connection, key = opened
        connection.close()
        problems = full_check(backup, key)
        if problems:
            tally.failed("changed", f"backup {backup.name} damaged: {problems[0]}")
            continue
        engine = encrypted_engine(backup, key) if key else open_register(f"sqlite:///{backup}")
        try:
            found = state_of(engine)
        finally:
            engine.dispose()
        if found.tables != expected.tables:
            tally.failed("changed", f"backup {backup.name} differs from the register")
        tally.backups_checked += 1


# ------------------------------------------------------------------------------------------------ the registers


@dataclass
class Fixtures:
    folder: Path
    register: Path  #: filled, encrypted with KEY
    restored_from: Path  #: a backup of the register with three more cases (encrypted with KEY)
    old_register: Path  #: encrypted with KEY, at the revision before head, with the schema fixture's rows
    pg_url: str | None = None


def store_key(path: Path, key: str = KEY) -> None:
    from registry import keys

    keys.store_secret(keys.database_key_name(path), key)


def build_fixtures(folder: Path, pg_url: str | None) -> Fixtures:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from registry.db import encrypted_engine, known_revisions, session_factory, transaction, upgrade
    from registry.encryption import create_encrypted
    from registry.services.backup_runs import run_backup
    from registry.services.cases import register_case
    from tests.helpers import new_case
    from tests.registers import Templates, export_encrypted, fill, new_database
    from tests.schema_fixtures import FIXTURES, load

    templates = Templates(folder / "templates")
    templates.folder.mkdir(parents=True)
    register = export_encrypted(templates.sqlite(True), folder / "register.sqlite", KEY)
    grown = folder / "grown.sqlite"
    shutil.copyfile(register, grown)
    store_key(grown)
    engine = open_register(f"sqlite:///{grown}")
    for index in range(3):
        with transaction(session_factory(engine)) as session:
            register_case(session, new_case("Vraćeni", f"Predmet{index}"), actor_id=None)
    restored_from = run_backup(engine, session_factory(engine), folder=folder / "source-backups").path
    engine.dispose()

    old = folder / "old.sqlite"
    create_encrypted(old, passphrase=KEY)
    engine = encrypted_engine(old, KEY)
    revision = known_revisions()[-2]
    upgrade(engine, revision=revision)
    load(engine, json.loads((FIXTURES / f"{revision}.json").read_text(encoding="utf-8")))
    engine.dispose()

    server = None
    if pg_url:
        name = f"fault_trials_{uuid.uuid4().hex[:8]}"
        admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
        server = make_url(pg_url).set(database=name).render_as_string(hide_password=False)
        engine = new_database(server)
        fill(engine)
        engine.dispose()
    return Fixtures(folder, register, restored_from, old, server)


def drop_server(fixtures: Fixtures) -> None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    if not fixtures.pg_url:
        return
    url = make_url(fixtures.pg_url)
    admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)'))
    admin.dispose()


def sqlite_state(path: Path) -> State:
    engine = open_register(f"sqlite:///{path}")
    try:
        return state_of(engine)
    finally:
        engine.dispose()


def fresh_copy(source: Path, folder: Path, name: str = "registry.sqlite") -> Path:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    target = folder / name
    shutil.copyfile(source, target)
    store_key(target)
    return target


# ---------------------------------------------------------------------------------------------------- trials


Trial = Callable[[int, float | None], Run]


def timed_trials(
    tally: Tally, trials: int, rng: random.Random, attempt: Trial, check: Callable[[int, Run], None], startup: float
) -> None:
    """One unkilled run to learn the duration, then ``trials`` runs killed at random moments, each checked."""
    reference = attempt(-1, None)
    if reference.code != 0:
        raise SystemExit(f"{tally.operation}: the unkilled run failed: {reference.stderr[-800:]}")
    check(-1, reference)
    span = max(reference.seconds, startup + 0.05)
    for number in range(trials):
        delay = rng.uniform(startup * 0.8, span * 1.02)
        outcome = attempt(number, delay)
        tally.trials += 1
        tally.killed += outcome.killed
        tally.finished += not outcome.killed
        if not outcome.killed and outcome.code != 0:
            tally.failed("changed", f"the command failed without a kill: {outcome.stderr[-300:]}")
        check(number, outcome)


def count(tally: Tally, outcome: str | None, number: int) -> None:
    """Count where a trial ended (the unkilled reference run, number -1, is checked but not counted)."""
    if outcome and number >= 0:
        setattr(tally, outcome, getattr(tally, outcome) + 1)


def restore_trials(fx: Fixtures, trials: int, rng: random.Random, startup: float) -> Tally:
    tally = Tally("restore (encrypted SQLite, keyring)")
    outcomes = {
        "before": sqlite_state(fresh_copy(fx.register, fx.folder / "probe")),
        "after": sqlite_state(fresh_copy(fx.restored_from, fx.folder / "probe")),
    }
    work = fx.folder / "restore"

    def attempt(_number: int, delay: float | None) -> Run:
        path = fresh_copy(fx.register, work)
        return run(
            command("--db", f"sqlite:///{path}", "restore", str(fx.restored_from), "--yes"),
            child_env(work / "data"),
            delay,
        )

    def check(number: int, outcome: Run) -> None:
        found = check_sqlite(work / "registry.sqlite", outcomes, tally)
        count(tally, found, number)
        if found == "before" and not outcome.killed:
            tally.failed("changed", "a finished restore left the old register")

    timed_trials(tally, trials, rng, attempt, check, startup)
    return tally


def upgrade_trials(fx: Fixtures, trials: int, rng: random.Random, startup: float) -> Tally:
    from registry.services.backup import upgrade_with_backup

    tally = Tally("upgrade of an encrypted register (keyring)")
    probe = fresh_copy(fx.old_register, fx.folder / "probe")
    before = sqlite_state(probe)
    engine = open_register(f"sqlite:///{probe}")
    upgrade_with_backup(engine, backup_dir=fx.folder / "probe" / "backups")
    after = state_of(engine)
    engine.dispose()
    outcomes = {"before": before, "after": after}
    work = fx.folder / "upgrade"

    def attempt(_number: int, delay: float | None) -> Run:
        path = fresh_copy(fx.old_register, work)
        return run(
            command("--db", f"sqlite:///{path}", "db", "upgrade"),
            child_env(work / "data", "sef", "fixture-password"),
            delay,
        )  # the old register's supervisor

    def check(number: int, outcome: Run) -> None:
        found = check_sqlite(work / "registry.sqlite", outcomes, tally)
        count(tally, found, number)
        if found == "before" and not outcome.killed:
            tally.failed("changed", "a finished upgrade left the old revision")
        check_backups(work / "data" / "backups", [KEY], before, tally)

    timed_trials(tally, trials, rng, attempt, check, startup)
    return tally


def backup_trials(fx: Fixtures, trials: int, rng: random.Random, startup: float) -> Tally:
    tally = Tally("backup (encrypted SQLite)")
    before = sqlite_state(fresh_copy(fx.register, fx.folder / "probe"))
    work = fx.folder / "backup"

    def attempt(_number: int, delay: float | None) -> Run:
        path = fresh_copy(fx.register, work)
        return run(
            command("--db", f"sqlite:///{path}", "backup", "--to", str(work / "kopije")),
            child_env(work / "data"),
            delay,
        )

    def check(number: int, outcome: Run) -> None:
        count(tally, check_sqlite(work / "registry.sqlite", {"before": before}, tally), number)
        check_backups(work / "kopije", [KEY], before, tally)

    timed_trials(tally, trials, rng, attempt, check, startup)
    return tally


def server_backup_trials(fx: Fixtures, trials: int, rng: random.Random, startup: float) -> Tally:
    from sqlalchemy.engine import make_url

    from registry import keys
    from registry.services.server_backup import server_key_name

    tally = Tally("backup (PostgreSQL server)")
    assert fx.pg_url
    engine = open_register(fx.pg_url)
    before = state_of(engine)
    engine.dispose()
    work = fx.folder / "server-backup"

    def attempt(_number: int, delay: float | None) -> Run:
        if work.exists():
            shutil.rmtree(work)
        work.mkdir(parents=True)
        return run(
            command("--db", fx.pg_url or "", "backup", "--to", str(work / "kopije")), child_env(work / "data"), delay
        )

    def check(number: int, outcome: Run) -> None:
        server = open_register(fx.pg_url or "")
        try:
            found = state_of(server)
            intact = chain_ok(server)
        finally:
            server.dispose()
        if not intact:
            tally.failed("changed", "the server's audit chain does not verify")
        else:
            count(tally, match(found, {"before": before}, tally), number)
        key = keys.get_secret(server_key_name(make_url(fx.pg_url or "")))
        check_backups(work / "kopije", [key] if key else [], before, tally)

    timed_trials(tally, trials, rng, attempt, check, startup)
    return tally


def rekey_trials(fx: Fixtures, trials: int, rng: random.Random, startup: float) -> Tally:
    from registry import keys

    tally = Tally("db rekey (keyring)")
    before = sqlite_state(fresh_copy(fx.register, fx.folder / "probe"))
    work = fx.folder / "rekey"
    old_backup = fx.folder / "old-backup.sqlite"
    shutil.copyfile(fx.register, old_backup)  # a backup made with the key the register has before the rekey

    def attempt(_number: int, delay: float | None) -> Run:
        path = fresh_copy(fx.register, work)
        for suffix in (keys.PENDING, keys.EARLIER):
            keys.delete_secret(keys.database_key_name(path) + suffix)
        return run(command("--db", f"sqlite:///{path}", "db", "rekey"), child_env(work / "data"), delay)

    def check(number: int, outcome: Run) -> None:
        from registry.services.backup_catalog import open_backup

        path = work / "registry.sqlite"
        if check_sqlite(path, {"before": before}, tally):  # the same rows; "after" when the new key opens it
            count(tally, "after" if keys.get_secret(keys.database_key_name(path)) != KEY else "before", number)
        if not outcome.killed and keys.get_secret(keys.database_key_name(path)) == KEY:
            tally.failed("changed", "a finished rekey left the old key")
        opened = open_backup(old_backup, keys.backup_candidate_keys(path))
        if opened is None:
            tally.failed("lost", "a backup made before the rekey no longer opens with the keys kept")
        else:
            opened[0].close()

    timed_trials(tally, trials, rng, attempt, check, startup)
    return tally


def _both(pair: list[subprocess.Popen[bytes]]) -> tuple[list[int], str]:
    """The exit codes of two children run at once, and the end of what the failed ones said on stderr."""
    outputs = [child.communicate()[1] or b"" for child in pair]
    said = " | ".join(
        out.decode("utf-8", "replace").strip()[-400:]
        for child, out in zip(pair, outputs, strict=True)
        if child.returncode
    )
    return [child.returncode for child in pair], said


def together_trials(fx: Fixtures, rounds: int) -> Tally:
    """Two backups at once (SQLite and server); a restore while another process saves into the register."""
    tally = Tally("two processes at once")
    work = fx.folder / "together"
    path = fresh_copy(fx.register, work)
    env = child_env(work / "data")
    before = sqlite_state(path)
    for _ in range(rounds):
        pair = [
            subprocess.Popen(
                command("--db", f"sqlite:///{path}", "backup", "--to", str(work / "kopije"), "--keep", "1000"),
                env=env,
                stderr=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
            )
            for _ in range(2)
        ]
        codes, said = _both(pair)
        tally.trials += 1
        if codes != [0, 0]:
            tally.failed("changed", f"two SQLite backups at once: exit codes {codes}: {said}")
    check_backups(work / "kopije", [KEY], before, tally)
    if fx.pg_url:
        engine = open_register(fx.pg_url)
        server_before = state_of(engine)
        engine.dispose()
        from sqlalchemy.engine import make_url

        from registry import keys
        from registry.services.server_backup import server_key_name

        for _ in range(rounds):
            pair = [
                subprocess.Popen(
                    command("--db", fx.pg_url, "backup", "--to", str(work / "server-kopije"), "--keep", "1000"),
                    env=env,
                    stderr=subprocess.PIPE,
                    stdout=subprocess.DEVNULL,
                )
                for _ in range(2)
            ]
            codes, said = _both(pair)
            tally.trials += 1
            if codes != [0, 0]:
                tally.failed("changed", f"two server backups at once: exit codes {codes}: {said}")
        key = keys.get_secret(server_key_name(make_url(fx.pg_url)))
        check_backups(work / "server-kopije", [key] if key else [], server_before, tally)
    writer_code = (
        "import sys\n"
        "from registry.db import make_engine, session_factory, transaction\n"
        "from registry.services.cases import register_case\n"
        "from tests.helpers import new_case\n"
        "sessions = session_factory(make_engine(sys.argv[1]))\n"
        "index = 0\n"
        "while True:\n"
        "    with transaction(sessions) as session:\n"
        "        number = register_case(session, new_case(family=f'Pisac{index}'), actor_id=None).case.number\n"
        "    print(number, flush=True)\n"
        "    index += 1\n"
    )
    for _ in range(rounds):
        writer = subprocess.Popen(
            [sys.executable, "-c", writer_code, f"sqlite:///{path}"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert writer.stdout is not None
        saved = [writer.stdout.readline().strip() for _ in range(2)]
        restore = run(command("--db", f"sqlite:///{path}", "restore", str(fx.restored_from), "--yes"), env)
        saved.append(writer.stdout.readline().strip())
        writer.send_signal(signal.SIGTERM)
        rest, _ = writer.communicate()
        saved += [line.strip() for line in rest.splitlines() if line.strip()]
        tally.trials += 1
        if restore.code != 1 or "open in another program" not in restore.stderr:
            tally.failed("changed", f"a restore while another process saves was not refused: {restore.stderr[-200:]}")
        from sqlalchemy import select

        from registry.models import Case

        engine = open_register(f"sqlite:///{path}")
        with engine.connect() as connection:
            numbers = set(connection.execute(select(Case.number)).scalars())
        engine.dispose()
        missing = [number for number in saved if number and number not in numbers]
        if missing:
            tally.failed("lost", f"{len(missing)} saves made during a refused restore are missing")
    return tally


# ------------------------------------------------------------------------------------------------------ main


def startup_seconds(env: dict[str, str]) -> float:
    """How long the child takes to start and parse its command (``--version``): kills before that are not
    kills of the operation, so the random moments start near it."""
    times = [run([sys.executable, "-m", "registry.cli", "--version"], env).seconds for _ in range(3)]
    return sorted(times)[1]


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=10, help="rounds of two processes at once")
    parser.add_argument("--only", default=",".join(OPERATIONS))
    parser.add_argument("--pg", default=os.environ.get("REGISTRY_TEST_DATABASE_URL"))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", default=str(ROOT / "bench" / "fault_trials.json"))
    args = parser.parse_args(argv)
    wanted = args.only.split(",")
    rng = random.Random(args.seed)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="fault-trials-") as scratch:
        folder = Path(scratch)
        use_trial_keyring(folder)
        os.environ["REGISTRY_DATA_DIR"] = str(folder / "data")
        fixtures = build_fixtures(folder, args.pg if "server-backup" in wanted or "together" in wanted else None)
        startup = startup_seconds(child_env(folder / "data"))
        tallies: list[Tally] = []
        try:
            runners: dict[str, Callable[[], Tally]] = {
                "restore": lambda: restore_trials(fixtures, args.trials, rng, startup),
                "upgrade": lambda: upgrade_trials(fixtures, args.trials, rng, startup),
                "backup": lambda: backup_trials(fixtures, args.trials, rng, startup),
                "server-backup": lambda: server_backup_trials(fixtures, args.trials, rng, startup),
                "rekey": lambda: rekey_trials(fixtures, args.trials, rng, startup),
                "together": lambda: together_trials(fixtures, args.rounds),
            }
            for name in OPERATIONS:
                if name in wanted and (name != "server-backup" or fixtures.pg_url):
                    tallies.append(runners[name]())
                    print_row(tallies[-1])
        finally:
            drop_server(fixtures)
    result = {
        "trials": [asdict(tally) for tally in tallies],
        "total_trials": sum(t.trials for t in tallies),
        "lost": sum(t.lost for t in tallies),
        "changed": sum(t.changed for t in tallies),
        "startup_seconds": round(startup, 3),
        "seconds": round(time.perf_counter() - started, 1),
        "load_average": os.getloadavg(),
    }
    print(
        f"total: {result['total_trials']} trials, {result['lost']} registers lost, {result['changed']} changed "
        f"({result['seconds']} s, child start-up {startup:.2f} s)"
    )
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1), encoding="utf-8")
    return result


def print_row(tally: Tally) -> None:
    print(
        f"{tally.operation:<44} trials {tally.trials:>3}  killed {tally.killed:>3}  finished {tally.finished:>3}  "
        f"before {tally.before:>3}  after {tally.after:>3}  backups checked {tally.backups_checked:>3}  "
        f"lost {tally.lost}  changed {tally.changed}",
        flush=True,
    )
    for problem in tally.problems:
        print(f"    {problem}", flush=True)


if __name__ == "__main__":
    main()
