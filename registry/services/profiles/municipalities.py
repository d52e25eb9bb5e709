"""The municipalities of Bosnia and Herzegovina (``resources/municipalities.toml``): 79 in the Federation, 63 in
Republika Srpska and Brčko District, each with its names in both scripts, entity, canton, a suggested case-number
prefix and a suggested language.  A new profile (``registry profiles new``) and the first-start municipality
chooser both start from this list."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from registry.services.names import fold, sort_key
from registry.services.profiles.loading import resources_dir
from registry.services.profiles.specs import CASE_PREFIX, ENTITIES, PROFILE_CODE, PROFILE_LANGUAGES, SCRIPTS, Locale
from registry.services.profiles.toml_reader import Reader, read_toml


@dataclass(frozen=True)
class MunicipalityEntry:
    code: str
    name: str
    name_cyrl: str
    entity: str  # FBiH, RS or BD
    canton: str  # FBiH only
    prefix: str  # suggested case-number prefix
    locale: Locale  # suggested default language and script

    @property
    def search_key(self) -> str:
        return fold(f"{self.name} {self.name_cyrl} {self.code}")

    def label(self, language: str | None = None) -> str:
        """``Grude (Zapadnohercegovački kanton)``, ``Bileća (RS)``; the name in Cyrillic for a Cyrillic reader."""
        where = self.canton or ("" if self.name.endswith(")") else self.entity)
        if language == "sr-Cyrl":
            from registry.i18n.transliteration import to_cyrillic

            return f"{self.name_cyrl} ({to_cyrillic(where)})" if where else self.name_cyrl
        return f"{self.name} ({where})" if where else self.name


def municipalities_path() -> Path:
    return resources_dir() / "municipalities.toml"


@lru_cache(maxsize=4)
def _load(path: Path) -> tuple[MunicipalityEntry, ...]:
    data = read_toml(path)
    r = Reader(path)
    entries: list[MunicipalityEntry] = []
    for index, row in enumerate(r.table_list(data, "municipality", "municipality")):
        where = f"municipality[{index}]"
        r.no_unknown_keys(row, where, {"code", "name", "name_cyrl", "entity", "canton", "prefix", "language", "script"})
        code = r.text(row, "code", where)
        if not PROFILE_CODE.fullmatch(code):
            raise r.fail(f"{where}.code", "profile.code_format")
        prefix = r.text(row, "prefix", where)
        if not CASE_PREFIX.fullmatch(prefix):
            raise r.fail(f"{where}.prefix", "profile.prefix_format", value=prefix)
        entries.append(
            MunicipalityEntry(
                code=code,
                name=r.text(row, "name", where),
                name_cyrl=r.text(row, "name_cyrl", where),
                entity=r.one_of(row, "entity", where, ENTITIES),
                canton=r.text(row, "canton", where, required=False),
                prefix=prefix,
                locale=Locale(
                    r.one_of(row, "language", where, PROFILE_LANGUAGES), r.one_of(row, "script", where, SCRIPTS)
                ),
            )
        )
    return tuple(sorted(entries, key=lambda e: sort_key(e.name)))


def all_municipalities() -> tuple[MunicipalityEntry, ...]:
    """Every municipality, alphabetically (č after c, đ after dž)."""
    return _load(municipalities_path())


def find_municipalities(query: str) -> list[MunicipalityEntry]:
    """Municipalities where every word typed starts a word of the code or name (either script, with or without
    diacritics): "novi" finds Novi Grad and Novi Travnik, not Banovići.  An exact name or code comes first."""
    words = fold(query).split()
    if not words:
        return list(all_municipalities())
    wanted = " ".join(words)
    found = [
        e for e in all_municipalities() if all(any(part.startswith(w) for part in e.search_key.split()) for w in words)
    ]
    return sorted(found, key=lambda e: wanted not in (fold(e.code), fold(e.name), fold(e.name_cyrl)))


def municipality(code: str) -> MunicipalityEntry | None:
    for entry in all_municipalities():
        if entry.code == code:
            return entry
    return None
