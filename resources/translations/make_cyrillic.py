"""Write ``registry_sr_Cyrl.ts`` from ``registry_sr_Latn.ts`` by transliteration, so the scripts never drift.

Serbian Latin and Cyrillic are one language in two alphabets: every Cyrillic translation is the Latin one
transliterated (``registry.i18n.transliteration.to_cyrillic``).  Qt placeholders (``%1``, ``%n``, ``%Ln``),
keyboard key names (``Ctrl+1``) and mnemonic markers (``&``) are kept as they are.  Run by ``update_ts.py``;
``python resources/translations/make_cyrillic.py`` on its own after editing Serbian Latin in Qt Linguist.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LATIN = HERE / "registry_sr_Latn.ts"
CYRILLIC = HERE / "registry_sr_Cyrl.ts"
#: kept in Latin: Qt placeholders, key names on the keyboard, names of character encodings, file-name patterns of
#: file dialogs (``*.pdf``), file formats and product names, and any word with a letter Serbian lacks (q, w, x, y)
_KEEP = re.compile(
    r"(%L?\d+|%L?n|\b(?:Ctrl|Shift|Alt)(?:\+\w+)+|\b(?:Enter|Esc|Tab|F\d+)\b|"
    r"\b(?:UTF-\d+|ISO-\d+-\d+|Windows-\d+)\b|\*\.\w+|\b(?:CSV|XLSX|PostgreSQL|SQLite)\b|"
    r"\b\w*[qwxyQWXY]\w*\b)"
)


def cyrillic(text: str) -> str:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from registry.i18n.transliteration import to_cyrillic

    return "".join(part if _KEEP.fullmatch(part) else to_cyrillic(part) for part in _KEEP.split(text))


def _key(context: str, message: ET.Element) -> tuple[str, str, str]:
    return (context, message.findtext("source") or "", message.findtext("comment") or "")


def messages(tree: ET.ElementTree) -> dict[tuple[str, str, str], ET.Element]:
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[_key(name, message)] = message
    return found


def write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def main() -> int:
    latin = messages(ET.parse(LATIN))
    tree = ET.parse(CYRILLIC)
    missing = []
    for key, message in messages(tree).items():
        source = latin.get(key)
        translation = message.find("translation")
        latin_translation = source.find("translation") if source is not None else None
        if translation is None or latin_translation is None or latin_translation.get("type") == "unfinished":
            missing.append(key[1])
            continue
        translation.attrib.pop("type", None)
        forms = latin_translation.findall("numerusform")
        if forms:
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = cyrillic(form.text or "")
        else:
            translation.text = cyrillic(latin_translation.text or "")
    write(tree, CYRILLIC)
    if missing:
        print(f"{len(missing)} message(s) still unfinished in Serbian Latin, so also in Cyrillic:", file=sys.stderr)
        for text in missing:
            print(f"  {text}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
