"""Qt's ICU data, cut down to what this program can use: 30 MiB of the bundle become about 4.5 MiB.

PySide6's Qt on Linux links ICU, whose data library (``libicudata.so.NN``) carries every locale of the world,
the dictionaries for Chinese, Thai, Khmer, Lao and Burmese line breaking, transliterators, character names and
two hundred legacy code pages.  The program speaks Bosnian, Croatian, Serbian and English and reads files in UTF-8,
UTF-16, Windows-125x and ISO-8859-x.  So the data package is taken out of the library, everything else is removed
with ICU's own ``icupkg``, and the rest becomes a library of the same name again (``genccode`` and the C compiler):
the root locale, the four languages in every script and region, the supplemental data (plural rules, time zones,
number systems), collation and break rules without dictionaries, normalisation, and the converters above.

Tools: ``icupkg`` and ``genccode`` (Debian: ``icu-devtools``), ``readelf`` and ``gcc`` (``binutils``, ``gcc``).
Without them, or on Windows and macOS (whose Qt uses the system's ICU or none), the full data stays.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

#: locales kept (in every tree: the root locales, coll, brkitr, curr, lang, region, unit, zone, rbnf)
KEPT_LOCALES = re.compile(
    r"^(root|pool|res_index|en|en_001|en_150|en_GB|en_US|en_US_POSIX|bs|bs_.*|hr|hr_.*|"
    r"sr|sr_.*)\.res$"
)
#: a locale's own file (anything else at the top is supplemental data, which stays)
LOCALE_FILE = re.compile(r"^[a-z]{2,3}(_.*)?\.res$")
#: code pages kept: Windows-1250/1251/1252 (also their IBM twins) and ISO-8859-2/5, besides the built-in Unicode ones
KEPT_CONVERTERS = frozenset({
    "ibm-5346_P100-1998.cnv", "ibm-5347_P100-1998.cnv", "ibm-5348_P100-1997.cnv", "ibm-1250_P100-1995.cnv",
    "ibm-1251_P100-1995.cnv", "ibm-1252_P100-2000.cnv", "ibm-912_P100-1995.cnv", "ibm-915_P100-1995.cnv",
})  # fmt: skip
TOOLS = ("icupkg", "genccode", "readelf", "gcc")


def data_library() -> Path | None:
    """PySide6's ``libicudata.so.NN`` (None where Qt brings no ICU of its own)."""
    if not sys.platform.startswith("linux"):
        return None
    # where PySide6 is installed, found without importing it: Qt stays in the user interface
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        return None
    found = sorted((Path(spec.origin).parent / "Qt" / "lib").glob("libicudata.so.*"))
    return found[0] if found else None


def kept(item: str) -> bool:
    """Whether an item of the ICU data package (``coll/hr.res``, ``ibm-5346_P100-1998.cnv`` ...) stays."""
    folder, _, name = item.rpartition("/")
    if folder == "translit" or (folder == "brkitr" and name.endswith(".dict")):
        return False
    if folder:
        return not name.endswith(".res") or bool(KEPT_LOCALES.match(name))
    if name.endswith(".cnv"):
        return name in KEPT_CONVERTERS
    if name.endswith(".res"):
        return bool(KEPT_LOCALES.match(name)) or not LOCALE_FILE.match(name)
    return name != "unames.icu"  # character names; the rest is normalisation, aliases, properties


def _symbol(library: Path) -> tuple[str, int, int]:
    """The data package's symbol (``icudt73_dat``) and where it is in the file: (name, offset, size)."""
    symbols = subprocess.run(["readelf", "-sW", str(library)], capture_output=True, text=True, check=True).stdout
    found = re.search(
        r"\s([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\S+\s+(\d+)\s+(icudt\d+_dat)\s*$", symbols, re.MULTILINE
    )
    if found is None:
        raise ValueError(f"no ICU data symbol in {library}")
    address, size, section, name = int(found[1], 16), int(found[2], 0), int(found[3]), found[4]
    sections = subprocess.run(["readelf", "-SW", str(library)], capture_output=True, text=True, check=True).stdout
    row = re.search(rf"^\s*\[\s*{section}\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)\s", sections, re.MULTILINE)
    if row is None:
        raise ValueError(f"no section {section} in {library}")
    section_address, section_offset = int(row[1], 16), int(row[2], 16)
    return name, section_offset + address - section_address, size


def slim_data_library(work: Path, log: list[str] | None = None) -> Path | None:
    """A smaller ``libicudata.so.NN`` built in ``work``, or None (not Linux, no ICU, a tool missing, any failure:
    then the bundle keeps the full library).  ``log`` collects what happened, for the build log."""
    say = log.append if log is not None else (lambda _line: None)
    library = data_library()
    if library is None:
        return None
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        say(f"ICU data kept whole ({library.stat().st_size / 2**20:.1f} MiB): {', '.join(missing)} not found")
        return None
    work.mkdir(parents=True, exist_ok=True)
    try:
        symbol, offset, size = _symbol(library)
        entry = symbol.removesuffix("_dat")  # icudt73
        package = work / f"{entry}l.dat"
        with library.open("rb") as source:
            source.seek(offset)
            package.write_bytes(source.read(size))
        items = subprocess.run(["icupkg", "-l", str(package)], capture_output=True, text=True, check=True)
        dropped = [item for item in items.stdout.split() if not kept(item)]
        (work / "dropped.txt").write_text("\n".join(dropped) + "\n", encoding="utf-8")
        slim = work / "slim" / package.name
        slim.parent.mkdir(exist_ok=True)
        subprocess.run(
            ["icupkg", "--ignore-deps", "-r", str(work / "dropped.txt"), str(package), str(slim)],
            capture_output=True,
            check=True,
        )
        subprocess.run(
            ["genccode", "-e", entry, "-a", "gcc", "-d", str(slim.parent), str(slim)], capture_output=True, check=True
        )
        assembly = next(slim.parent.glob("*.S"))
        built = work / library.name
        subprocess.run(
            ["gcc", "-shared", "-nostdlib", "-o", str(built), f"-Wl,-soname,{library.name}", str(assembly)],
            capture_output=True,
            check=True,
        )
    except (OSError, ValueError, StopIteration, subprocess.CalledProcessError) as error:
        say(f"ICU data kept whole: {error}")
        return None
    say(
        f"ICU data: {len(dropped)} of {len(items.stdout.split())} items left out, "
        f"{library.stat().st_size / 2**20:.1f} MiB -> {built.stat().st_size / 2**20:.1f} MiB"
    )
    return built


__all__ = ["data_library", "kept", "slim_data_library"]
