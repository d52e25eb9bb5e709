"""Refresh the Qt translation sources from the code: ``python resources/translations/update_ts.py``.

Runs ``pyside6-lupdate`` over ``registry/ui`` for every language (new strings arrive as unfinished entries,
strings no longer in the code are dropped), then rewrites Serbian Cyrillic from Serbian Latin
(``make_cyrillic.py``).  Translate the unfinished entries of bs, hr, sr_Latn and en with Qt Linguist
(``pyside6-linguist``) and run this again; the test suite fails while any entry is unfinished.
Locations are left out of the files so that moving code does not change them.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LANGUAGES = ("bs", "hr", "sr_Latn", "sr_Cyrl", "en")


def lupdate() -> str:
    beside = Path(sys.executable).parent / "pyside6-lupdate"
    found = str(beside) if beside.is_file() else shutil.which("pyside6-lupdate")
    if not found:
        raise SystemExit("pyside6-lupdate not found: install PySide6 (pip install -e .)")
    return found


def run_lupdate(sources: list[str], language: str) -> None:
    subprocess.run(
        [
            lupdate(),
            *sources,
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            language,
            "-ts",
            str(HERE / f"registry_{language}.ts"),
        ],
        cwd=ROOT,
        check=True,
    )


def main() -> int:
    sources = sorted(str(path.relative_to(ROOT)) for path in (ROOT / "registry" / "ui").rglob("*.py"))
    for language in LANGUAGES:
        run_lupdate(sources, language)
    from make_cyrillic import main as make_cyrillic

    status = make_cyrillic()
    run_lupdate(sources, "sr_Cyrl")  # back to lupdate's own layout, so the next run changes nothing
    return status


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    sys.exit(main())
