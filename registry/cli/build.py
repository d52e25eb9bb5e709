"""``registry build``: a municipality's installable bundle (PyInstaller; NSIS on Windows, ``.tar.gz`` on Linux)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from registry import i18n
from registry.cli.common import CommandError, SubCommands, language_of, say


def register(commands: SubCommands) -> None:
    build = commands.add_parser("build", help="make a municipality's installable build")
    which = build.add_mutually_exclusive_group(required=True)
    which.add_argument("--profile", help="profile code (see `registry profiles`) or a profile file")
    which.add_argument(
        "--generic", action="store_true", help="a build that asks for the municipality at its first start"
    )
    build.add_argument("--output", default="dist", help="folder for the bundle and its package (default: dist)")
    build.add_argument(
        "--installer", action="store_true", help="also compile the NSIS installer (always on Windows; needs makensis)"
    )
    build.set_defaults(handler=run_build)


def resolve_profile(value: str, language: str | None):  # -> Profile
    """A profile by code, or from a file; a profile with errors stops the build with every problem listed."""
    from registry.services.profiles import UnknownProfile, load_profile
    from registry.services.profiles.authoring import check_profile

    path = Path(value)
    if path.suffix != ".toml":
        try:
            path = load_profile(value).path
        except UnknownProfile as error:
            raise CommandError(
                i18n.text("cli.unknown_profile", language, code=value, available=", ".join(error.available))
            ) from None
    elif not path.is_file():
        raise CommandError(i18n.text("cli.no_file", language, path=path))
    report = check_profile(path)
    if not report.ok:
        lines = [
            f"{i18n.text('profiles.line', language, line=e.line) + ': ' if e.line else ''}{e.field}: "
            f"{e.explain(language)}"
            for e in report.errors
        ]
        raise CommandError(
            "\n".join([i18n.text("profiles.check_failed", language, path=path, count=len(report.errors)), *lines])
        )
    assert report.profile is not None
    return report.profile


def run_build(args: argparse.Namespace) -> int:
    from registry.packaging.build import build
    from registry.packaging.staging import StagingError

    language = language_of(args)
    profile = None if args.generic else resolve_profile(args.profile, language)
    started = time.perf_counter()

    def progress(step: str) -> None:
        say(i18n.text(f"build.step_{step}", language, seconds=f"{time.perf_counter() - started:.0f}"), error=True)

    try:
        result = build(profile, Path(args.output), progress=progress, installer_exe=True if args.installer else None)
    except StagingError as error:
        raise CommandError(i18n.text(error.key, language, **error.params)) from None
    say(
        i18n.text(
            "build.done",
            language,
            folder=result.folder,
            megabytes=f"{result.folder_bytes / 1e6:.0f}",
            seconds=f"{result.total_seconds:.0f}",
        )
    )
    for produced in (result.archive, result.installer):
        if produced is not None:
            say(i18n.text("build.produced", language, path=produced, megabytes=f"{produced.stat().st_size / 1e6:.0f}"))
    if result.installer_script is not None and result.installer is None and sys.platform != "win32":
        say(i18n.text("build.script_only", language, path=result.installer_script))
    return 0
