"""``registry build``: stage, bundle, package; each step timed, the sizes measured."""

from __future__ import annotations

import shutil
import sys
import tarfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from registry import __version__
from registry.packaging import bundle, icu, installer, staging
from registry.services.profiles import Profile

Progress = Callable[[str], None]


@dataclass
class BuildResult:
    folder: Path  # the one-folder bundle
    archive: Path | None = None  # the .tar.gz (Linux)
    installer: Path | None = None  # the setup .exe (Windows)
    installer_script: Path | None = None  # the .nsi, written on every system
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def total_seconds(self) -> float:
        return sum(self.seconds.values())

    @property
    def folder_bytes(self) -> int:
        return sum(p.stat().st_size for p in self.folder.rglob("*") if p.is_file() and not p.is_symlink())


def artefact_name(profile: Profile | None) -> str:
    platform = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    return f"registry-{profile.code if profile else 'generic'}-{__version__}-{platform}"


def build(
    profile: Profile | None, output: Path, *, progress: Progress = lambda _step: None, installer_exe: bool | None = None
) -> BuildResult:
    """Build the bundle for ``profile`` (None: a build that asks for the municipality) into ``output``.

    ``installer_exe``: run ``makensis`` (default: on Windows only; the script is always written).
    """
    output.mkdir(parents=True, exist_ok=True)
    work = output / "work"
    seconds: dict[str, float] = {}
    started = time.perf_counter()

    progress("stage")
    staged = staging.stage(profile, work / "staged")
    seconds["stage"] = time.perf_counter() - started

    progress("bundle")
    mark = time.perf_counter()
    spec = work / "registry.spec"
    notes: list[str] = []
    slim_icu = icu.slim_data_library(work / "icu", notes)
    replaced = {slim_icu.name: slim_icu} if slim_icu is not None else {}
    spec.write_text(bundle.spec_text(staged.root, console=True, icon=None, replaced=replaced), encoding="utf-8")
    name = artefact_name(profile)
    dist = work / "dist"
    folder = bundle.run_pyinstaller(spec, dist, work / "pyinstaller", output / "pyinstaller.log")
    with (output / "pyinstaller.log").open("a", encoding="utf-8") as log:
        log.writelines(f"registry build: {line}\n" for line in notes)
    target = output / name
    if target.exists():
        shutil.rmtree(target)
    folder.rename(target)
    seconds["bundle"] = time.perf_counter() - mark
    result = BuildResult(folder=target, seconds=seconds)

    progress("package")
    mark = time.perf_counter()
    result.installer_script = installer.write_script(
        profile, target, output / f"{name}.nsi", output / f"{name}-setup.exe"
    )
    if installer_exe if installer_exe is not None else sys.platform == "win32":
        result.installer = installer.run_makensis(result.installer_script)
    if sys.platform != "win32":
        result.archive = output / f"{name}.tar.gz"
        with tarfile.open(result.archive, "w:gz", compresslevel=6) as archive:
            archive.add(target, arcname=name)
    seconds["package"] = time.perf_counter() - mark
    return result
