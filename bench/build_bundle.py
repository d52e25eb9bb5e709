"""Build a municipality's bundle with `registry build` and try it as IT would, from a clean environment.

    .venv/bin/python bench/build_bundle.py [--profile posusje] [--output /tmp/registry-build] [--installer]

Reports (and writes bench/results-build.json): build time per step, bundle size (bytes and MiB), .tar.gz size,
then, with `env -i` (no virtual environment on PATH, an empty HOME, offscreen Qt, no keyring):
`--version`, `init` (the baked municipality), a demo register, a printed case summary (its letterhead read back
from the PDF), and the time from starting the bundled program to its sign-in window (5 starts; the sign-in
screenshot's file time minus the start), offscreen and, where Xvfb is installed, on an X server.  The screenshots are left in OUTPUT/screens for a person to look at.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    env.update(extra)
    return env


def run(command: list[str], env: dict[str, str], timeout: int = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--profile", default="posusje")
    parser.add_argument("--output", default="/tmp/registry-build")
    parser.add_argument("--installer", action="store_true")
    args = parser.parse_args()
    output = Path(args.output)
    shutil.rmtree(output, ignore_errors=True)
    report: dict[str, object] = {"profile": args.profile}

    started = time.perf_counter()
    command = [str(ROOT / ".venv/bin/registry"), "build", "--profile", args.profile, "--output", str(output)]
    built = subprocess.run(command + (["--installer"] if args.installer else []), capture_output=True, text=True)
    report["build_seconds"] = round(time.perf_counter() - started, 1)
    print(built.stdout + built.stderr)
    if built.returncode != 0:
        return 1
    folder = next(p for p in output.iterdir() if p.is_dir() and p.name.startswith("registry-"))
    program = folder / "registry"
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    archive = next(output.glob("*.tar.gz"), None)
    report["bundle_bytes"] = size
    report["bundle_mib"] = round(size / 2**20, 1)
    report["tar_gz_mib"] = round(archive.stat().st_size / 2**20, 1) if archive else None

    home = output / "home"
    home.mkdir()
    env = clean_env(home)
    version = run([str(program), "--version"], env)
    report["version"] = version.stdout.strip()
    init = run([str(program), "--lang", "bs", "--unencrypted", "init"], env)
    report["init"] = (init.stdout + init.stderr).strip()
    demo = run([str(program), "--unencrypted", "demo", "--cases", "300"], env)
    report["demo"] = (demo.stdout + demo.stderr).strip()
    pdf = output / "summary.pdf"
    first_case = json.loads(run([str(program), "search", "a", "--json", "--limit", "1"], env).stdout)[0]
    printed = run([str(program), "--lang", "bs", "print", "summary", first_case["case_number"], "-o", str(pdf)], env)
    report["print"] = (printed.stdout + printed.stderr).strip()
    if pdf.is_file():
        text = subprocess.run(["pdftotext", "-l", "1", str(pdf), "-"], capture_output=True, text=True).stdout
        report["letterhead"] = [line for line in text.splitlines() if line.strip()][:4]
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-l", "1", str(pdf), str(output / "summary")], check=False)

    starts = []
    for attempt in range(5):
        shots = output / "screens" / f"start-{attempt}"
        begin = time.time()
        shot = run([str(program), "gui", "--screenshot", str(shots)], env, timeout=600)
        sign_in = sorted(shots.glob("01-*.png"))
        if shot.returncode != 0 or not sign_in:
            report["screenshot_error"] = (shot.stdout + shot.stderr)[-2000:]
            break
        starts.append(sign_in[0].stat().st_mtime - begin)
    if starts:
        report["start_to_sign_in_seconds"] = {
            "median": round(statistics.median(starts), 2),
            "all": [round(s, 2) for s in starts],
        }
    if shutil.which("Xvfb"):  # the same on a real X server (the xcb platform a Linux desktop uses)
        screen = subprocess.Popen(
            ["Xvfb", ":97", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            time.sleep(1.5)
            x_env = {k: v for k, v in env.items() if k != "QT_QPA_PLATFORM"} | {"DISPLAY": ":97"}
            x_starts = []
            for attempt in range(5):
                shots = output / "screens" / f"x11-{attempt}"
                begin = time.time()
                shot = run([str(program), "gui", "--screenshot", str(shots)], x_env, timeout=600)
                sign_in = sorted(shots.glob("01-*.png"))
                if shot.returncode != 0 or not sign_in:
                    report["x11_error"] = (shot.stdout + shot.stderr)[-2000:]
                    break
                x_starts.append(sign_in[0].stat().st_mtime - begin)
            if x_starts:
                report["x11_start_to_sign_in_seconds"] = {
                    "median": round(statistics.median(x_starts), 2),
                    "all": [round(s, 2) for s in x_starts],
                }
        finally:
            screen.terminate()
            screen.wait(timeout=10)
    no_display = run([str(program), "gui"], {k: v for k, v in env.items() if k != "QT_QPA_PLATFORM"})
    report["gui_without_display"] = (no_display.stdout + no_display.stderr).strip()[:400]
    print(json.dumps(report, ensure_ascii=False, indent=2))
    (ROOT / "bench" / "results-build.json").write_text(json.dumps(report, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
