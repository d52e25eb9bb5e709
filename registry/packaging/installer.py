"""The Windows installer (NSIS): the script rendered from ``installer.nsi.in``, compiled with ``makensis``.

The file list is written out one file at a time, for installing and for uninstalling, so the uninstaller removes
exactly what was installed: never a register, a backup or a settings file IT wrote (``settings.toml`` stays too,
so a reinstall finds the server again).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from registry import __version__, config
from registry.packaging.staging import StagingError, commit_id
from registry.services.profiles import Profile

TEMPLATE = Path(__file__).with_name("installer.nsi.in")
PUBLISHER = "Centre Case Registry"


def _nsis_text(value: str) -> str:
    """A value safe inside an NSIS double-quoted string (no quotes, no variables, no line breaks)."""
    return re.sub(r'["`$\r\n]', "", value).replace("\\", "/")


def _file_version(version: str) -> str:
    numbers = [int(part) for part in re.findall(r"\d+", version)[:4]]
    return ".".join(str(n) for n in numbers + [0] * (4 - len(numbers)))


def _windows(path: Path) -> str:
    return str(path).replace("/", "\\")


def file_lists(bundle: Path) -> tuple[str, str]:
    """The ``File`` lines that install ``bundle`` and the ``Delete``/``RMDir`` lines that remove exactly that."""
    install: list[str] = []
    remove: list[str] = []
    folders = sorted({p.parent.relative_to(bundle) for p in bundle.rglob("*") if p.is_file()}, key=lambda p: str(p))
    for folder in folders:
        target = "$INSTDIR" if str(folder) == "." else f"$INSTDIR\\{_windows(folder)}"
        install.append(f'  SetOutPath "{target}"')
        for file in sorted((bundle / folder).iterdir()):
            if file.is_file():
                install.append(f'  File "${{BUNDLE}}\\{_windows(file.relative_to(bundle))}"')
                remove.append(f'  Delete "$INSTDIR\\{_windows(file.relative_to(bundle))}"')
    every_folder = {ancestor for folder in folders for ancestor in (folder, *folder.parents) if str(ancestor) != "."}
    for folder in sorted(every_folder, key=lambda p: (len(p.parts), str(p)), reverse=True):
        remove.append(f'  RMDir "$INSTDIR\\{_windows(folder)}"')  # only when empty: never /r
    install.append('  SetOutPath "$INSTDIR"')
    return "\n".join(install), "\n".join(remove)


def render(profile: Profile | None, bundle: Path, outfile: Path) -> str:
    centre = profile.centre.name if profile else "Centre Case Registry"
    stamp = config.BuildStamp(__version__, profile.code if profile else "", commit_id(), "", centre).describe()
    install, remove = file_lists(bundle)
    values = {
        "PRODUCT_NAME": _nsis_text(f"Registar predmeta - {centre}" if profile else "Registar predmeta"),
        "SHORTCUT": _nsis_text(f"Registar predmeta - {centre}" if profile else "Registar predmeta"),
        "VERSION": __version__,
        "FILE_VERSION": _file_version(__version__),
        "PUBLISHER": PUBLISHER,
        "PROFILE_KEY": profile.code if profile else "generic",
        "BUNDLE": _windows(bundle),
        "OUTFILE": _windows(outfile),
        "STAMP": _nsis_text(stamp),
        "INSTALL_FILES": install,
        "UNINSTALL_FILES": remove,
    }
    text = TEMPLATE.read_text(encoding="utf-8")
    for key, value in values.items():
        text = text.replace(f"@{key}@", value)
    leftover = re.findall(r"@[A-Z_]+@", text)
    assert not leftover, leftover
    return text


def write_script(profile: Profile | None, bundle: Path, script: Path, outfile: Path) -> Path:
    # NSIS reads the script as UTF-8 with a byte-order mark (centre names have č, ć, đ, š, ž)
    script.write_text(render(profile, bundle, outfile), encoding="utf-8-sig")
    return script


def makensis() -> str:
    found = shutil.which("makensis")
    if not found:
        raise StagingError("build.no_makensis")
    return found


def run_makensis(script: Path, *, extra: list[str] | None = None) -> Path:
    """Compile ``script``; the installer's path.  ``makensis`` output goes to a ``.log`` beside the script."""
    log = script.with_suffix(".makensis.log")
    with log.open("w", encoding="utf-8") as out:
        result = subprocess.run(
            [makensis(), "-V2", "-INPUTCHARSET", "UTF8", *(extra or []), str(script)],
            stdout=out,
            stderr=subprocess.STDOUT,
            timeout=1800,
        )
    text = script.read_text(encoding="utf-8-sig")
    found = re.search(r'^OutFile "(.+)"$', text, re.MULTILINE)
    outfile = Path(found.group(1).replace("\\", "/")) if found else None
    if result.returncode != 0 or outfile is None or not outfile.is_file():
        raise StagingError("build.makensis_failed", log=log)
    return outfile
