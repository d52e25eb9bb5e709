"""Shipped reference data: municipality profiles, lookups and the default protocol template."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from registry.services import profiles
from registry.services.profiles import (
    BASE_TRIGGERS,
    LABEL_KEYS,
    LOOKUP_KINDS,
    Labels,
    ProfileError,
    UnknownProfile,
    UnknownTemplate,
    list_profiles,
    load_lookups,
    load_profile,
    load_protocol_template,
    profile_codes,
    resources_dir,
)

SHIPPED = Path(__file__).resolve().parents[1] / "resources"

EXPECTED_PROFILES = {
    # code: (entity, canton)
    "posusje": ("FBiH", "Zapadnohercegovački kanton"),
    "gornji-vakuf-uskoplje": ("FBiH", "Srednjobosanski kanton"),
    "kupres": ("FBiH", "Kanton 10"),
    "livno": ("FBiH", "Kanton 10"),
    "stolac": ("FBiH", "Hercegovačko-neretvanski kanton"),
    "celinac": ("RS", ""),
    "tesanj": ("FBiH", "Zeničko-dobojski kanton"),
    "velika-kladusa": ("FBiH", "Unsko-sanski kanton"),
    "gacko": ("RS", ""),
    "mrkonjic-grad": ("RS", ""),
    "derventa": ("RS", ""),
    "brcko": ("BD", ""),
    "bileca": ("RS", ""),
    "kotor-varos": ("RS", ""),
    "laktasi": ("RS", ""),
    "novi-travnik": ("FBiH", "Srednjobosanski kanton"),
    "novi-grad-sarajevo": ("FBiH", "Kanton Sarajevo"),
    "novi-grad": ("RS", ""),
    "sanski-most": ("FBiH", "Unsko-sanski kanton"),
    "visegrad": ("RS", ""),
    "prnjavor": ("RS", ""),
}

SEED_CODES = {
    "violence_form": {
        "physical", "psychological", "sexual", "neglect", "economic", "exploitation", "peer", "digital",
        "domestic_exposure", "self_harm",
    },
    "referral_source": {
        "child", "family", "citizen", "school", "health", "police", "prosecutor", "court", "ngo", "ombudsman",
        "other_centre", "other",
    },
    "sector": {"police", "health", "education", "social_welfare", "judiciary", "ngo", "ombudsman", "other"},
    "urgency": {"immediate", "urgent", "regular"},
    "risk_level": {"high", "medium", "low", "none"},
    "sex": {"M", "F"},
    "case_status": {"registered", "assessment", "planning", "implementation", "review", "closed"},
    "closure_reason": {
        "goals_met", "transferred", "came_of_age", "referred_elsewhere", "no_grounds", "family_refused", "death",
    },
    "household_role": {
        "mother", "father", "step_parent", "guardian", "foster_parent", "sibling", "grandparent", "other_relative",
        "other_household_member",
    },
    "channel": {"phone", "letter", "email", "in_person", "fax", "electronic_system"},
    "referral_direction": {"incoming", "outgoing"},
    "note_kind": {"note", "contact", "home_visit", "phone_call", "official_note", "interview"},
}  # fmt: skip

# Serbian Latin -> Cyrillic, letter by letter (the shipped texts avoid the rare digraph exceptions).
_DIGRAPHS = {"lj": "љ", "nj": "њ", "dž": "џ", "Lj": "Љ", "LJ": "Љ", "Nj": "Њ", "NJ": "Њ", "Dž": "Џ", "DŽ": "Џ"}
_LETTERS = dict(zip("abcčćdđefghijklmnoprsštuvzž", "абцчћдђефгхијклмнопрсштувзж", strict=True))
_LETTERS.update({latin.upper(): cyr.upper() for latin, cyr in list(_LETTERS.items())})
_CYRILLIC_TEXT = re.compile(r"[\u0400-\u04FF0-9\s.,;:()/\-–„“\"'!?%+]+")


def to_cyrillic(text: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(text):
        if text[i : i + 2] in _DIGRAPHS:
            out.append(_DIGRAPHS[text[i : i + 2]])
            i += 2
        else:
            out.append(_LETTERS.get(text[i], text[i]))
            i += 1
    return "".join(out)


def assert_cyrillic(text: str, where: str) -> None:
    assert text.strip(), f"{where}: empty"
    assert _CYRILLIC_TEXT.fullmatch(text), f"{where}: non-Cyrillic letters in {text!r}"


# ------------------------------------------------------------------------------------------------- profiles


def test_resources_dir_is_the_repository_resources(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REGISTRY_RESOURCES", raising=False)
    assert resources_dir().resolve() == SHIPPED


def test_every_municipality_has_a_profile() -> None:
    assert set(profile_codes()) == set(EXPECTED_PROFILES)


@pytest.mark.parametrize("code", sorted(EXPECTED_PROFILES))
def test_profile_loads(code: str) -> None:
    profile = load_profile(code)
    entity, canton = EXPECTED_PROFILES[code]
    assert profile.code == code == profile.path.stem
    assert profile.municipality.entity == entity
    assert profile.municipality.canton == canton
    assert profile.protocol.template == "default"
    assert profile.retention.anonymise_after_years == 10
    assert 6 <= len(profile.institutions) <= 10
    assert profile.centre.phone == "" and profile.centre.email == ""
    assert profile.case_numbers.format_number(2026, 7) == f"{profile.case_numbers.prefix}-2026-00007"


def test_list_profiles_loads_all_sorted_by_municipality_name() -> None:
    loaded = list_profiles()
    assert {p.code for p in loaded} == set(EXPECTED_PROFILES)
    names = [p.municipality.name for p in loaded]
    assert names.index("Brčko distrikt BiH") < names.index("Čelinac") < names.index("Derventa")
    assert names.index("Novi Grad") < names.index("Novi Grad Sarajevo") < names.index("Novi Travnik")


def test_prefixes_and_codes_unique() -> None:
    loaded = list_profiles()
    prefixes = [p.case_numbers.prefix for p in loaded]
    codes = [p.code for p in loaded]
    assert len(set(prefixes)) == len(prefixes)
    assert len(set(codes)) == len(codes)
    assert all(re.fullmatch(r"[A-Z]{2,4}", prefix) for prefix in prefixes)


def test_institution_sectors_are_known_sectors() -> None:
    sectors = {e.code for e in load_lookups() if e.kind == "sector"}
    for profile in list_profiles():
        for institution in profile.institutions:
            assert institution.sector in sectors, (profile.code, institution)
        covered = {i.sector for i in profile.institutions}
        assert {"police", "health", "education", "judiciary", "ombudsman"} <= covered, profile.code


def test_rs_profiles_default_to_serbian_cyrillic_and_others_to_latin() -> None:
    for profile in list_profiles():
        if profile.municipality.entity == "RS":
            assert (profile.locale.language, profile.locale.script) == ("sr", "cyrl"), profile.code
            assert profile.locale.ui_language == "sr-Cyrl"
        else:
            assert profile.locale.language in {"bs", "hr"}, profile.code
            assert profile.locale.script == "latn", profile.code


def test_cyrillic_names_match_latin_names() -> None:
    for profile in list_profiles():
        pairs = [
            (profile.municipality.name, profile.municipality.name_cyrl),
            (profile.centre.name, profile.centre.name_cyrl),
            *((i.name, i.name_cyrl) for i in profile.institutions),
        ]
        for latin, cyrillic in pairs:
            assert_cyrillic(cyrillic, profile.code)
            assert cyrillic == to_cyrillic(latin), (profile.code, latin)


def test_sarajevo_and_brcko_centres_are_named_for_their_structure() -> None:
    assert "Kantonalni centar za socijalni rad Sarajevo" in load_profile("novi-grad-sarajevo").centre.name
    assert "Pododjeljenje za socijalnu zaštitu" in load_profile("brcko").centre.name


def test_unknown_profile_lists_the_available_ones() -> None:
    with pytest.raises(UnknownProfile) as caught:
        load_profile("atlantis")
    assert isinstance(caught.value, LookupError)
    assert caught.value.code == "atlantis"
    assert "posusje" in caught.value.available
    with pytest.raises(UnknownProfile):
        load_profile("../lookups")


# -------------------------------------------------------------------------------------------------- lookups


def test_lookup_kinds_and_seed_codes() -> None:
    entries = load_lookups()
    by_kind: dict[str, list[str]] = {}
    for entry in entries:
        by_kind.setdefault(entry.kind, []).append(entry.code)
    assert set(LOOKUP_KINDS) <= set(by_kind)
    for kind, codes in SEED_CODES.items():
        assert set(by_kind[kind]) == codes, kind
    assert len(by_kind["measure"]) == 13
    for kind, codes in by_kind.items():
        assert len(set(codes)) == len(codes), kind
    measures = set(by_kind["measure"])
    assert {"counselling", "foster_care", "safe_house", "restraining_order", "cash_assistance"} <= measures
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", code) for code in measures)


def test_lookups_sorted_within_kind() -> None:
    entries = load_lookups()
    for kind in LOOKUP_KINDS:
        orders = [e.sort_order for e in entries if e.kind == kind]
        assert orders == sorted(orders), kind
    urgency = [e.code for e in entries if e.kind == "urgency"]
    assert urgency == ["immediate", "urgent", "regular"]


def test_every_lookup_label_present_and_cyrillic_is_cyrillic() -> None:
    for entry in load_lookups():
        where = f"{entry.kind}.{entry.code}"
        for key in LABEL_KEYS:
            assert getattr(entry.labels, key).strip(), f"{where}.{key}"
        assert_cyrillic(entry.labels.sr_cyrl, where)
        assert entry.labels.sr_cyrl == to_cyrillic(entry.labels.sr_latn), where


def test_croatian_labels_use_croatian_terms() -> None:
    labels = {(e.kind, e.code): e.labels for e in load_lookups()}
    assert labels["referral_source", "family"].hr == "Obitelj"
    assert labels["violence_form", "digital"].hr == "Nasilje u digitalnom okruženju"
    assert labels["household_role", "guardian"].hr == "Skrbnik"


def test_labels_for_language() -> None:
    labels = Labels(bs="Porodica", hr="Obitelj", sr_latn="Porodica", sr_cyrl="Породица", en="Family")
    assert labels.for_language("bs") == "Porodica"
    assert labels.for_language("hr") == "Obitelj"
    assert labels.for_language("sr-Latn") == "Porodica"
    assert labels.for_language("sr-Cyrl") == "Породица"
    assert labels.for_language("sr_cyrl") == "Породица"
    assert labels.for_language("en") == "Family"
    with pytest.raises(ValueError):
        labels.for_language("de")


# -------------------------------------------------------------------------------------------------- protocol


def test_default_protocol_template() -> None:
    template = load_protocol_template()
    assert template.code == "default"
    assert template.version == 1
    assert template.valid_from == date(2024, 1, 1)
    assert len(template.steps) == 11
    numbers = [s.number for s in template.steps]
    assert numbers == sorted(numbers) and len(set(numbers)) == 11
    sectors = {e.code for e in load_lookups() if e.kind == "sector"}
    seen: set[str] = set()
    for step in template.steps:
        assert step.trigger in BASE_TRIGGERS or step.trigger_step in seen, step.code
        assert set(step.lead_sectors) <= sectors and set(step.notified_sectors) <= sectors
        for key in LABEL_KEYS:
            assert getattr(step.title, key).strip() and getattr(step.legal_basis, key).strip()
        assert_cyrillic(step.title.sr_cyrl, step.code)
        assert step.title.sr_cyrl == to_cyrillic(step.title.sr_latn)
        assert step.legal_basis.sr_cyrl == to_cyrillic(step.legal_basis.sr_latn)
        seen.add(step.code)
    assert template.name.sr_cyrl == to_cyrillic(template.name.sr_latn)


def test_default_protocol_deadlines() -> None:
    template = load_protocol_template("default")
    assert template.step("official_note").deadline_hours == 0
    assert template.step("police_response").deadline_hours == 24
    intake = template.step("intake")
    assert intake.deadline_hours is None
    assert dict(intake.deadline_by_urgency or {}) == {"immediate": 24, "urgent": 72, "regular": 168}
    assert intake.deadline_hours_for("urgent") == 72
    assert intake.deadline_hours_for(None) is None
    assert template.step("case_conference").deadline_hours == 7 * 24
    assert template.step("protection_plan").deadline_hours == 14 * 24
    assert not template.step("plan_implementation").has_deadline
    review = template.step("review")
    assert (review.trigger, review.repeat_every_days) == ("plan_approved", 90)
    closure = template.step("closure")
    assert not closure.has_deadline and not closure.mandatory
    assert "zadani rok" in template.step("case_conference").legal_basis.hr
    assert "default deadline" in template.step("review").legal_basis.en


def test_unknown_template() -> None:
    with pytest.raises(UnknownTemplate):
        load_protocol_template("nonexistent")


# ---------------------------------------------------------------------------------------------- validation


@pytest.fixture
def resources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "resources"
    (root / "profiles").mkdir(parents=True)
    shutil.copytree(SHIPPED / "protocols", root / "protocols")
    shutil.copy(SHIPPED / "lookups.toml", root / "lookups.toml")
    monkeypatch.setenv("REGISTRY_RESOURCES", str(root))
    return root


def write_profile(root: Path, old: str = "", new: str = "", *, code: str = "posusje") -> Path:
    text = (SHIPPED / "profiles" / "posusje.toml").read_text(encoding="utf-8")
    if old:
        assert old in text
        text = text.replace(old, new, 1)
    path = root / "profiles" / f"{code}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_env_var_points_at_another_resources_dir(resources: Path) -> None:
    write_profile(resources)
    assert resources_dir() == resources
    assert [p.code for p in list_profiles()] == ["posusje"]


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ('sector = "police"', 'sector = "army"', "institutions[0].sector"),
        ('language = "hr"', 'language = "de"', "locale.language"),
        ('script = "latn"', 'script = "glagolitic"', "locale.script"),
        ('prefix = "POS"', 'prefix = "pos"', "case_numbers.prefix"),
        ('prefix = "POS"', 'prefix = "POSUS"', "case_numbers.prefix"),
        ('format = "{prefix}-{year}-{seq:05d}"', 'format = "{prefix}-{year}"', "case_numbers.format"),
        ('format = "{prefix}-{year}-{seq:05d}"', 'format = "{prefix}-{month}-{seq}"', "case_numbers.format"),
        ('entity = "FBiH"', 'entity = "Herceg-Bosna"', "municipality.entity"),
        ('name_cyrl = "Посушје"\n', "", "municipality.name_cyrl"),
        ('template = "default"', 'template = "missing"', "protocol.template"),
        ("anonymise_after_years = 10", 'anonymise_after_years = "ten"', "retention.anonymise_after_years"),
        ('code = "posusje"', 'code = "grude"', "code"),
    ],
)
def test_invalid_profile_names_file_and_field(resources: Path, old: str, new: str, field: str) -> None:
    path = write_profile(resources, old, new)
    with pytest.raises(ProfileError) as caught:
        load_profile("posusje")
    assert caught.value.field == field
    assert caught.value.path == path
    assert str(path) in str(caught.value) and field in str(caught.value)
    with pytest.raises(ProfileError):
        list_profiles()


def test_duplicate_prefix_across_profiles(resources: Path) -> None:
    write_profile(resources)
    write_profile(resources, 'code = "posusje"', 'code = "grude"', code="grude")
    with pytest.raises(ProfileError) as caught:
        list_profiles()
    assert caught.value.field == "case_numbers.prefix"


def test_invalid_toml_is_a_profile_error(resources: Path) -> None:
    (resources / "profiles" / "posusje.toml").write_text("code = \n", encoding="utf-8")
    with pytest.raises(ProfileError) as caught:
        load_profile("posusje")
    assert "TOML" in str(caught.value)


def test_missing_lookup_label(resources: Path) -> None:
    path = resources / "lookups.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('hr = "Tjelesno nasilje"\n', "", 1), encoding="utf-8")
    with pytest.raises(ProfileError) as caught:
        load_lookups()
    assert caught.value.field == "violence_form[0].hr"


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ('trigger = "plan_approved"', 'trigger = "step:nonexistent"', "steps[8].trigger"),
        ('trigger = "registered"', 'trigger = "step:closure"', "steps[10].trigger"),
        ('trigger = "registered"', 'trigger = "whenever"', "steps[10].trigger"),
        ('lead_sectors = ["police"]', 'lead_sectors = ["army"]', "steps[1].lead_sectors"),
        ("number = 2\n", "number = 1\n", "steps[1].number"),
        ('en = "Police attend', 'fr = "Police attend', "steps[1].title.fr"),
    ],
)
def test_invalid_template_names_the_field(resources: Path, old: str, new: str, field: str) -> None:
    path = resources / "protocols" / "default.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(ProfileError) as caught:
        load_protocol_template()
    assert caught.value.field == field
    assert caught.value.path == path


def test_step_trigger_may_name_an_earlier_step(resources: Path) -> None:
    path = resources / "protocols" / "default.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('trigger = "registered"', 'trigger = "step:review"', 1), encoding="utf-8")
    closure = load_protocol_template().step("closure")
    assert closure.trigger_step == "review"


def test_package_has_no_qt_or_database_imports() -> None:
    modules = sorted(Path(profiles.__file__).parent.glob("*.py"))
    assert len(modules) >= 5
    for module in modules:
        source = module.read_text(encoding="utf-8")
        assert "PySide6" not in source and "sqlalchemy" not in source.lower(), module.name
