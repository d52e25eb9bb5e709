"""What goes into a bundle beside the code: resources, compiled translations, licences and the build stamp."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from registry import __version__, config
from registry.services.profiles import Profile

REPOSITORY = Path(__file__).resolve().parents[2]
#: the distributions the program runs on (the project's dependencies and theirs), whose licences it ships
ROOT_DISTRIBUTIONS = ("centre-case-registry", "psycopg", "psycopg-binary")
_LICENCE_NAME = re.compile(r"(^|/)(licen[cs]e|copying|notice|authors)[^/]*$", re.IGNORECASE)
_REQUIREMENT_NAME = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)")


class StagingError(RuntimeError):
    """A part of the build is missing (``key`` in the catalogue ``build.*``)."""

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(f"{key}: {params}")


@dataclass(frozen=True)
class Staged:
    root: Path  # holds resources/, migrations/, licenses/
    translations: list[str]
    licences: int


def commit_id() -> str:
    """The source's commit (``+changes`` when the work tree differs from it), or ``unknown`` outside git."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short=12", "HEAD"],
            cwd=REPOSITORY,
            capture_output=True,
            text=True,
            check=True,
            timeout=30,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=REPOSITORY,
            capture_output=True,
            text=True,
            check=True,
            timeout=30,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return f"{head}+changes" if dirty else head


def lrelease() -> list[str]:
    beside = Path(sys.executable).parent / ("pyside6-lrelease.exe" if sys.platform == "win32" else "pyside6-lrelease")
    found = str(beside) if beside.is_file() else shutil.which("pyside6-lrelease")
    if not found:
        raise StagingError("build.no_lrelease")
    return [found]


def stage(profile: Profile | None, target: Path) -> Staged:
    """Fill ``target`` with what the bundle carries; ``profile`` None makes a build that asks at first start."""
    source = config.resources_dir()
    resources = target / "resources"
    if target.exists():
        shutil.rmtree(target)
    resources.mkdir(parents=True)
    for name in ("fonts", "protocols", "profiles", "passwords", "help"):
        shutil.copytree(source / name, resources / name)
    for name in ("lookups.toml", "municipalities.toml"):
        shutil.copy2(source / name, resources / name)
    if profile is not None:
        baked = resources / "profiles" / f"{profile.code}.toml"
        if profile.path.resolve() != baked.resolve():
            shutil.copy2(profile.path, baked)
        if profile.centre.logo_path is not None:
            logo = resources / "profiles" / profile.centre.logo
            logo.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(profile.centre.logo_path, logo)
    translations = _compile_translations(source / "translations", resources / "translations")
    shutil.copytree(
        REPOSITORY / "migrations",
        target / "migrations",
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "make_revision.py"),
    )
    licences = _copy_licences(target / "licenses", source / "fonts")
    _write_stamp(resources / config.BUILD_STAMP_FILE, profile)
    return Staged(root=target, translations=translations, licences=licences)


def _compile_translations(source: Path, target: Path) -> list[str]:
    """Every ``.ts`` compiled to ``.qm`` now, so the installed program never compiles at start."""
    target.mkdir(parents=True)
    sources = sorted(source.glob("registry_*.ts"))
    if not sources:
        raise StagingError("build.no_translations", folder=source)
    command = lrelease()
    for ts in sources:
        result = subprocess.run(
            [*command, "-silent", str(ts), "-qm", str(target / f"{ts.stem}.qm")],
            capture_output=True,
            text=True,
            timeout=300,
        )
        if result.returncode != 0 or not (target / f"{ts.stem}.qm").is_file():
            raise StagingError("build.translation_failed", file=ts.name, detail=result.stderr.strip()[:500])
    return [ts.stem for ts in sources]


def _distributions() -> list[metadata.Distribution]:
    """The installed distributions the program needs, following ``Requires-Dist`` (extras ignored)."""
    seen: dict[str, metadata.Distribution] = {}
    pending = list(ROOT_DISTRIBUTIONS)
    while pending:
        name = pending.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[key] = dist
        for requirement in dist.requires or []:
            if "extra ==" in requirement:
                continue
            found = _REQUIREMENT_NAME.match(requirement)
            if found:
                pending.append(found.group(1))
    return sorted(seen.values(), key=lambda d: d.metadata["Name"].lower())


def _copy_licences(target: Path, fonts: Path) -> int:
    """Each bundled distribution's licence files, DejaVu's, and an index (``licenses/README.txt``)."""
    target.mkdir(parents=True)
    index = ["Licences of the software this program contains.", ""]
    count = 0
    for dist in _distributions():
        name, version = dist.metadata["Name"], dist.version
        licence = (dist.metadata.get_all("License-Expression") or dist.metadata.get_all("License") or [""])[0]
        files = [f for f in dist.files or [] if _LICENCE_NAME.search(str(f))]
        folder = target / f"{name}-{version}"
        for file in files:
            located = Path(str(dist.locate_file(file)))
            if located.is_file():
                folder.mkdir(exist_ok=True)
                shutil.copy2(located, folder / Path(str(file)).name)
                count += 1
        first_line = licence.splitlines()[0][:80] if licence else "see the files"
        index.append(f"{name} {version}: {first_line}")
    shutil.copy2(fonts / "DejaVu-LICENSE.txt", target / "DejaVu-fonts-LICENSE.txt")
    index.append("DejaVu fonts: see DejaVu-fonts-LICENSE.txt")
    (target / "README.txt").write_text("\n".join(index) + "\n", encoding="utf-8")
    return count + 1


def _write_stamp(path: Path, profile: Profile | None) -> None:
    fields = {
        "version": __version__,
        "profile": profile.code if profile else "",
        "centre": profile.centre.name if profile else "",
        "commit": commit_id(),
        "built_at": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }
    lines = ["# Written by `registry build`: what this bundle is.", ""]
    lines += [f'{key} = "{value.replace(chr(34), "")}"' for key, value in fields.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
