"""What encryption at rest costs: the foundation benchmark on a plain file and on its SQLCipher copy.

    .venv/bin/python bench/encryption.py [--cases 200000] [--runs 30]

Uses bench/run-<cases>.sqlite (made by bench/run.py), copies it, encrypts the copy with a random raw key exactly as
``registry db encrypt`` does, then runs bench/run.py's measurements on both (the raw side of the encrypted run is
sqlcipher3 with the same key) and times a verified online backup of the encrypted register.  Prints a table of
encrypted / plain ratios and writes bench/results-encryption.json.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _load_run_module():
    spec = importlib.util.spec_from_file_location("bench_run", ROOT / "bench" / "run.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_run"] = module  # dataclasses look their module up there
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=30)
    options = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from registry import keys
    from registry.db import encrypted_engine, make_engine, session_factory
    from registry.encryption import encrypt_existing
    from registry.services.backup_runs import run_backup

    bench = _load_run_module()
    plain = ROOT / "bench" / f"run-{options.cases}.sqlite"
    if not plain.exists():
        sys.exit(f"{plain} is missing: run bench/run.py --cases {options.cases} first")
    encrypted = plain.with_name(plain.stem + "-encrypted.sqlite")
    key = keys.generate_key()
    started = time.perf_counter()
    shutil.copyfile(plain, encrypted)
    encrypt_existing(encrypted, passphrase=key)
    encrypt_seconds = time.perf_counter() - started

    def raw_encrypted(path: Path):
        import sqlcipher3

        connection = sqlcipher3.connect(str(path), isolation_level=None)
        connection.execute(f'PRAGMA key = "{key}"')
        for pragma in ("foreign_keys = ON", "busy_timeout = 15000", "journal_mode = WAL", "synchronous = FULL"):
            connection.execute(f"PRAGMA {pragma}")
        return connection

    plain_engine = make_engine(f"sqlite:///{plain}")
    plain_results, _ = bench.measure(plain_engine, plain, options.runs)
    plain_engine.dispose()
    bench._raw_connection = raw_encrypted
    cipher_engine = encrypted_engine(encrypted, key)
    cipher_results, _ = bench.measure(cipher_engine, encrypted, options.runs)
    started = time.perf_counter()
    backup = run_backup(cipher_engine, session_factory(cipher_engine), folder=ROOT / "bench" / "backups", keep=1)
    backup_seconds = time.perf_counter() - started
    cipher_engine.dispose()

    rows = []
    print(f"{'operation':<44} {'plain ms':>9} {'encrypted ms':>13} {'ratio':>6}")
    for before, after in zip(plain_results, cipher_results, strict=True):
        ratio = after.service_ms / before.service_ms if before.service_ms else None
        rows.append(
            {
                "operation": before.operation,
                "plain_ms": before.service_ms,
                "encrypted_ms": after.service_ms,
                "ratio": ratio,
            }
        )
        print(f"{before.operation:<44} {before.service_ms:9.2f} {after.service_ms:13.2f} {ratio or 0:6.2f}")
    size_mb = encrypted.stat().st_size / 2**20
    print(f"encrypt an existing {options.cases:,}-case register ({size_mb:,.0f} MB): {encrypt_seconds:.1f} s")
    print(f"online backup + verify of the encrypted register: {backup_seconds:.1f} s ({backup.path.name})")
    result = {
        "cases": options.cases,
        "rows": rows,
        "encrypt_seconds": encrypt_seconds,
        "backup_and_verify_seconds": backup_seconds,
        "size_mb": size_mb,
    }
    (ROOT / "bench" / "results-encryption.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    backup.path.unlink(missing_ok=True)
    encrypted.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
