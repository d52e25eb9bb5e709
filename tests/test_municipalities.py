"""The list of every municipality of Bosnia and Herzegovina, new profiles from it, and the profile check."""

from __future__ import annotations

import tomllib
from collections import Counter
from pathlib import Path

import pytest

from registry.i18n.transliteration import to_latin
from registry.services.names import fold
from registry.services.profiles import list_profiles, load_profile_file
from registry.services.profiles.authoring import TODO_MARK, check_profile, new_profile_text
from registry.services.profiles.municipalities import all_municipalities, find_municipalities, municipality

# Federation cantons by the entity's law on cantons; Republika Srpska has no cantons.
CANTON_SIZES = {
    "Unsko-sanski kanton": 8, "Posavski kanton": 3, "Tuzlanski kanton": 13, "Zeničko-dobojski kanton": 12,
    "Bosansko-podrinjski kanton Goražde": 3, "Srednjobosanski kanton": 12, "Hercegovačko-neretvanski kanton": 9,
    "Zapadnohercegovački kanton": 4, "Kanton Sarajevo": 9, "Kanton 10": 6,
}  # fmt: skip


def test_every_municipality_of_bih_once() -> None:
    entries = all_municipalities()
    assert len(entries) == 143
    assert Counter(e.entity for e in entries) == {"FBiH": 79, "RS": 63, "BD": 1}
    assert Counter(e.canton for e in entries if e.entity == "FBiH") == CANTON_SIZES
    assert all(not e.canton for e in entries if e.entity != "FBiH")
    assert (
        len({e.code for e in entries})
        == len({e.prefix for e in entries})
        == len({fold(e.name) for e in entries})
        == 143
    )


def test_cyrillic_names_spell_the_latin_ones() -> None:
    for entry in all_municipalities():
        assert fold(to_latin(entry.name_cyrl)) == fold(entry.name), entry.code


def test_shipped_profiles_agree_with_the_list() -> None:
    for profile in list_profiles():
        entry = municipality(profile.code)
        assert entry is not None, profile.code
        assert (entry.name, entry.name_cyrl, entry.entity, entry.canton) == (
            profile.municipality.name,
            profile.municipality.name_cyrl,
            profile.municipality.entity,
            profile.municipality.canton,
        )
        assert entry.prefix == profile.case_numbers.prefix and entry.locale == profile.locale


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("Хоџићи", None),
        ("Шамац", "samac"),
        ("zepce", "zepce"),
        ("Žepče", "zepce"),
        ("novi grad", "novi-grad"),
        ("ISTOČNO novo", "istocno-novo-sarajevo"),
    ],
)
def test_find_in_either_script_and_without_diacritics(query: str, first: str | None) -> None:
    found = find_municipalities(query)
    assert (found[0].code if found else None) == first


def _new_profile(tmp_path: Path, code: str) -> Path:
    entry = municipality(code)
    assert entry is not None
    path = tmp_path / f"{code}.toml"
    path.write_text(new_profile_text(entry), encoding="utf-8")
    return path


@pytest.mark.parametrize("code", ["grude", "kupres-rs", "centar-sarajevo", "brcko"])
def test_a_new_profile_loads_and_lists_what_to_complete(tmp_path: Path, code: str) -> None:
    path = _new_profile(tmp_path, code)
    profile = load_profile_file(path)
    entry = municipality(code)
    assert entry is not None and profile.municipality.name == entry.name
    assert profile.centre.name.startswith("JU Centar za socijalni rad")
    report = check_profile(path)
    assert report.ok and report.profile is not None
    lines = path.read_text(encoding="utf-8").splitlines()
    marked = [number for number, line in enumerate(lines, 1) if TODO_MARK in line and not line.startswith("#")]
    assert [note.line for note in report.notes if note.key == "profile.todo"] == marked
    # a completed profile has no notes left
    completed = path.read_text(encoding="utf-8").replace(f"{TODO_MARK}: ", "")
    path.write_text(completed, encoding="utf-8")
    assert check_profile(path).notes == []


def test_check_lists_every_error_with_its_line_in_the_users_language(tmp_path: Path) -> None:
    path = _new_profile(tmp_path, "grude")
    text = path.read_text(encoding="utf-8")
    broken = (
        text.replace('entity = "FBiH"', 'entity = "Herceg-Bosna"')
        .replace('prefix = "GRU"', 'prefix = "gr"')
        .replace('sector = "police"', 'sector = "army"', 1)
        .replace("anonymise_after_years = 10", 'anonymise_after_years = "deset"')
    )
    path.write_text(broken, encoding="utf-8")
    report = check_profile(path)
    assert not report.ok
    lines = broken.splitlines()
    found = {error.field: error for error in report.errors}
    assert set(found) == {
        "municipality.entity",
        "case_numbers.prefix",
        "institutions[0].sector",
        "retention.anonymise_after_years",
    }
    for error in report.errors:
        assert error.line is not None
        assert error.field.split(".")[-1].split("[")[0] in lines[error.line - 1]
    assert "Herceg-Bosna" in found["municipality.entity"].explain("bs")
    assert "упишите једно од: FBiH, RS, BD" in found["municipality.entity"].explain("sr-Cyrl")
    assert "cijeli broj" in found["retention.anonymise_after_years"].explain("bs")


def test_check_of_a_file_that_is_not_toml_names_the_line(tmp_path: Path) -> None:
    path = _new_profile(tmp_path, "grude")
    lines = path.read_text(encoding="utf-8").splitlines()
    at = lines.index("[locale]")
    lines[at] = "[locale"
    path.write_text("\n".join(lines), encoding="utf-8")
    report = check_profile(path)
    assert [e.line for e in report.errors] == [at + 1]
    assert "TOML" in report.errors[0].explain("hr")


def test_a_prefix_of_a_shipped_profile_is_refused(tmp_path: Path) -> None:
    path = _new_profile(tmp_path, "grude")
    path.write_text(path.read_text(encoding="utf-8").replace('prefix = "GRU"', 'prefix = "POS"'), encoding="utf-8")
    report = check_profile(path)
    assert [(e.field, e.params["other"]) for e in report.errors] == [("case_numbers.prefix", "posusje")]


def test_list_file_is_valid_toml_with_143_entries() -> None:
    from registry.services.profiles import resources_dir

    data = tomllib.loads((resources_dir() / "municipalities.toml").read_text(encoding="utf-8"))
    assert len(data["municipality"]) == 143
