"""Shipped reference data: municipality profiles, lookup typologies and protocol templates.

The data lives in TOML files under ``resources/`` (``lookups.toml``, ``profiles/<code>.toml``,
``protocols/<code>.toml``); this module reads and validates them and hands back frozen dataclasses.  It is pure
Python (``tomllib``): no Qt, no database.  Any file that does not hold together raises :class:`ProfileError`
naming the file and the field, so a broken municipality build fails at once and says where.

``REGISTRY_RESOURCES`` (environment) points the loaders at another ``resources`` directory, e.g. in tests or in
a bundled build.
"""

from __future__ import annotations

import os
import re
import string
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any

__all__ = [
    "BASE_TRIGGERS",
    "ENTITIES",
    "LABEL_KEYS",
    "LOOKUP_KINDS",
    "PROFILE_LANGUAGES",
    "SCRIPTS",
    "CaseNumbers",
    "Centre",
    "InstitutionSpec",
    "Labels",
    "Locale",
    "LookupSpec",
    "Municipality",
    "Profile",
    "ProfileError",
    "ProtocolRef",
    "ProtocolStepSpec",
    "ProtocolTemplateSpec",
    "Retention",
    "UnknownProfile",
    "UnknownTemplate",
    "list_profiles",
    "load_lookups",
    "load_profile",
    "load_protocol_template",
    "lookup_codes",
    "profile_codes",
    "resources_dir",
]

ENV_RESOURCES = "REGISTRY_RESOURCES"

LABEL_KEYS: tuple[str, ...] = ("bs", "hr", "sr_latn", "sr_cyrl", "en")
LOOKUP_KINDS: tuple[str, ...] = (
    "violence_form",
    "referral_source",
    "sector",
    "urgency",
    "risk_level",
    "sex",
    "case_status",
    "measure",
    "closure_reason",
    "household_role",
    "channel",
    "referral_direction",
    "note_kind",
)
ENTITIES: tuple[str, ...] = ("FBiH", "RS", "BD")
PROFILE_LANGUAGES: tuple[str, ...] = ("bs", "hr", "sr", "en")
SCRIPTS: tuple[str, ...] = ("latn", "cyrl")
BASE_TRIGGERS: tuple[str, ...] = ("report_received", "registered", "plan_approved")
STEP_TRIGGER_PREFIX = "step:"
CASE_NUMBER_FIELDS = frozenset({"prefix", "year", "seq"})

_PROFILE_CODE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_SNAKE_CODE = re.compile(r"[a-z][a-z0-9_]*")
_PREFIX = re.compile(r"[A-Z]{2,4}")
_LANGUAGE_TO_KEY = {
    "bs": "bs",
    "hr": "hr",
    "sr": "sr_latn",
    "sr-latn": "sr_latn",
    "sr-cyrl": "sr_cyrl",
    "en": "en",
}


# --------------------------------------------------------------------------------------------------- errors


class ProfileError(ValueError):
    """A shipped data file (profile, lookups, protocol template) is malformed."""

    def __init__(self, path: Path | str, field_name: str, message: str) -> None:
        self.path = Path(path)
        self.field = field_name
        self.message = message
        super().__init__(f"{self.path}: {field_name}: {message}")


class UnknownProfile(LookupError):
    """No municipality profile with this code."""

    def __init__(self, code: str, available: list[str] | tuple[str, ...]) -> None:
        self.code = code
        self.available = tuple(available)
        super().__init__(
            f"unknown municipality profile {code!r}; available: {', '.join(self.available) or '(none)'}"
        )


class UnknownTemplate(LookupError):
    """No protocol template with this code."""

    def __init__(self, code: str, available: list[str] | tuple[str, ...]) -> None:
        self.code = code
        self.available = tuple(available)
        super().__init__(
            f"unknown protocol template {code!r}; available: {', '.join(self.available) or '(none)'}"
        )


# --------------------------------------------------------------------------------------------- dataclasses


@dataclass(frozen=True)
class Labels:
    """One text in every interface language: Bosnian, Croatian, Serbian Latin and Cyrillic, English."""

    bs: str
    hr: str
    sr_latn: str
    sr_cyrl: str
    en: str

    def for_language(self, lang: str) -> str:
        """The label for ``bs``, ``hr``, ``sr-Latn`` (or ``sr``), ``sr-Cyrl`` or ``en`` (case and ``_``/``-`` free)."""
        key = _LANGUAGE_TO_KEY.get(lang.replace("_", "-").lower()) if lang else None
        if key is None:
            raise ValueError(f"unknown language {lang!r}; expected one of bs, hr, sr-Latn, sr-Cyrl, en")
        return getattr(self, key)

    def as_dict(self) -> dict[str, str]:
        return {key: getattr(self, key) for key in LABEL_KEYS}


@dataclass(frozen=True)
class LookupSpec:
    kind: str
    code: str
    sort_order: int
    labels: Labels


@dataclass(frozen=True)
class InstitutionSpec:
    name: str
    name_cyrl: str
    sector: str
    address: str = ""


@dataclass(frozen=True)
class Municipality:
    name: str
    name_cyrl: str
    entity: str  # FBiH, RS or BD
    canton: str  # FBiH only; "" otherwise


@dataclass(frozen=True)
class Centre:
    name: str
    name_cyrl: str
    address: str = ""
    phone: str = ""
    email: str = ""
    logo: str = ""  # as written in the profile, relative to the profile file
    logo_path: Path | None = None  # resolved absolute path, None when there is no logo


@dataclass(frozen=True)
class CaseNumbers:
    prefix: str
    format: str

    def format_number(self, year: int, seq: int) -> str:
        """The case number for sequence ``seq`` of ``year``, e.g. ``POS-2026-00042``."""
        return self.format.format(prefix=self.prefix, year=year, seq=seq)


@dataclass(frozen=True)
class Locale:
    language: str  # bs, hr, sr or en
    script: str  # latn or cyrl

    @property
    def ui_language(self) -> str:
        """The interface language code used by ``registry.i18n``: bs, hr, sr-Latn, sr-Cyrl or en."""
        if self.language == "sr":
            return "sr-Cyrl" if self.script == "cyrl" else "sr-Latn"
        return self.language


@dataclass(frozen=True)
class ProtocolRef:
    template: str


@dataclass(frozen=True)
class Retention:
    anonymise_after_years: int


@dataclass(frozen=True)
class Profile:
    code: str
    municipality: Municipality
    centre: Centre
    case_numbers: CaseNumbers
    locale: Locale
    protocol: ProtocolRef
    retention: Retention
    institutions: tuple[InstitutionSpec, ...]
    path: Path = field(compare=False)


@dataclass(frozen=True)
class ProtocolStepSpec:
    number: int
    code: str
    title: Labels
    legal_basis: Labels
    lead_sectors: tuple[str, ...]  # empty: any professional
    notified_sectors: tuple[str, ...]
    trigger: str  # report_received, registered, plan_approved or step:<code>
    deadline_hours: int | None = None  # after the trigger; 0 = immediately
    deadline_by_urgency: Mapping[str, int] | None = field(default=None, hash=False)  # hours per urgency code
    repeat_every_days: int | None = None
    mandatory: bool = True

    @property
    def trigger_step(self) -> str | None:
        """The code of the step whose completion triggers this one, or None for a case event."""
        if self.trigger.startswith(STEP_TRIGGER_PREFIX):
            return self.trigger[len(STEP_TRIGGER_PREFIX) :]
        return None

    @property
    def has_deadline(self) -> bool:
        return self.deadline_hours is not None or self.deadline_by_urgency is not None

    def deadline_hours_for(self, urgency: str | None) -> int | None:
        """Hours from the trigger to the due time for a case of ``urgency``.

        None when the step has no deadline, or when it is due by urgency band and the urgency is not (yet) known.
        """
        if self.deadline_hours is not None:
            return self.deadline_hours
        if self.deadline_by_urgency is not None and urgency is not None:
            return self.deadline_by_urgency.get(urgency)
        return None


@dataclass(frozen=True)
class ProtocolTemplateSpec:
    code: str
    version: int
    valid_from: date
    name: Labels
    steps: tuple[ProtocolStepSpec, ...]
    path: Path = field(compare=False)

    def step(self, code: str) -> ProtocolStepSpec:
        for step in self.steps:
            if step.code == code:
                return step
        raise KeyError(code)


# ------------------------------------------------------------------------------------------------ locations


def resources_dir() -> Path:
    """The ``resources`` directory: ``$REGISTRY_RESOURCES`` when set, else the repository's ``resources/``."""
    override = os.environ.get(ENV_RESOURCES)
    if override:
        return Path(override).expanduser()
    return Path(__file__).resolve().parents[2] / "resources"


def _profiles_dir() -> Path:
    return resources_dir() / "profiles"


def _protocols_dir() -> Path:
    return resources_dir() / "protocols"


def profile_codes() -> list[str]:
    """Codes of every shipped profile (file names without ``.toml``), alphabetically."""
    directory = _profiles_dir()
    if not directory.is_dir():
        return []
    return sorted(p.stem for p in directory.glob("*.toml"))


def _template_codes() -> list[str]:
    directory = _protocols_dir()
    if not directory.is_dir():
        return []
    return sorted(p.stem for p in directory.glob("*.toml"))


# --------------------------------------------------------------------------------------------------- public


def load_lookups() -> list[LookupSpec]:
    """Every lookup entry of ``lookups.toml``, kind by kind (seed kinds first), each kind by sort_order."""
    path = resources_dir() / "lookups.toml"
    data = _read_toml(path)
    reader = _Reader(path)
    missing = [kind for kind in LOOKUP_KINDS if kind not in data]
    if missing:
        raise ProfileError(path, missing[0], "lookup kind missing")
    kinds = list(LOOKUP_KINDS) + sorted(k for k in data if k not in LOOKUP_KINDS)
    result: list[LookupSpec] = []
    for kind in kinds:
        rows = reader.table_list(data, kind, kind)
        if not rows:
            raise ProfileError(path, kind, "lookup kind has no entries")
        seen: set[str] = set()
        entries: list[LookupSpec] = []
        for index, row in enumerate(rows):
            where = f"{kind}[{index}]"
            reader.no_unknown_keys(row, where, {"code", "sort_order", *LABEL_KEYS})
            code = reader.text(row, "code", where)
            if code in seen:
                raise ProfileError(path, f"{where}.code", f"duplicate code {code!r} in {kind}")
            seen.add(code)
            sort_order = reader.integer(row, "sort_order", where)
            entries.append(LookupSpec(kind, code, sort_order, reader.labels_inline(row, where)))
        result.extend(sorted(entries, key=lambda e: (e.sort_order, e.code)))
    return result


def lookup_codes(kind: str) -> list[str]:
    """The codes of one lookup kind, in sort order."""
    return [entry.code for entry in load_lookups() if entry.kind == kind]


def load_profile(code: str) -> Profile:
    """The municipality profile ``code`` (e.g. ``"posusje"``), validated; :class:`UnknownProfile` if none."""
    path = _profiles_dir() / f"{code}.toml"
    if not isinstance(code, str) or not _PROFILE_CODE.fullmatch(code) or not path.is_file():
        raise UnknownProfile(str(code), profile_codes())
    return _load_profile_file(path, _sector_codes())


def list_profiles() -> list[Profile]:
    """Every shipped profile, sorted by municipality name (č after c, đ after dž, …)."""
    sectors = _sector_codes()
    profiles = [_load_profile_file(_profiles_dir() / f"{code}.toml", sectors) for code in profile_codes()]
    owners: dict[str, Profile] = {}
    for profile in profiles:
        other = owners.get(profile.case_numbers.prefix)
        if other is not None:
            raise ProfileError(
                profile.path,
                "case_numbers.prefix",
                f"prefix {profile.case_numbers.prefix!r} is already used by profile {other.code!r}",
            )
        owners[profile.case_numbers.prefix] = profile
    return sorted(profiles, key=lambda p: (collation_key(p.municipality.name), p.code))


def load_protocol_template(code: str = "default") -> ProtocolTemplateSpec:
    """The protocol template ``protocols/<code>.toml``, validated; :class:`UnknownTemplate` if none."""
    path = _protocols_dir() / f"{code}.toml"
    if not isinstance(code, str) or not _PROFILE_CODE.fullmatch(code.replace("_", "-")) or not path.is_file():
        raise UnknownTemplate(str(code), _template_codes())
    lookups = load_lookups()
    sectors = {e.code for e in lookups if e.kind == "sector"}
    urgencies = [e.code for e in lookups if e.kind == "urgency"]
    return _parse_template(path, sectors, urgencies)


# ------------------------------------------------------------------------------------------------- sorting

_ALPHABET = [
    "a", "b", "c", "č", "ć", "d", "dž", "đ", "e", "f", "g", "h", "i", "j", "k", "l", "lj", "m", "n", "nj",
    "o", "p", "q", "r", "s", "š", "t", "u", "v", "w", "x", "y", "z", "ž",
]  # fmt: skip
_RANK = {letter: rank for rank, letter in enumerate(_ALPHABET)}


def collation_key(text: str) -> tuple[int, ...]:
    """A sort key for Bosnian/Croatian/Serbian Latin text: c < č < ć, d < dž < đ, l < lj, n < nj, s < š, z < ž."""
    lowered = text.casefold()
    key: list[int] = []
    i = 0
    while i < len(lowered):
        pair = lowered[i : i + 2]
        if pair in ("dž", "lj", "nj"):
            key.append(_RANK[pair])
            i += 2
            continue
        char = lowered[i]
        key.append(_RANK[char] if char in _RANK else 1000 + ord(char))
        i += 1
    return tuple(key)


# ------------------------------------------------------------------------------------------------ internals


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise ProfileError(path, "(file)", "file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(path, "(file)", f"not valid TOML: {exc}") from None
    except UnicodeDecodeError as exc:
        raise ProfileError(path, "(file)", f"not UTF-8: {exc}") from None


def _sector_codes() -> set[str]:
    return {entry.code for entry in load_lookups() if entry.kind == "sector"}


class _Reader:
    """Typed field access that reports the file and the dotted field name on any error."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, where: str, message: str) -> ProfileError:
        return ProfileError(self.path, where, message)

    @staticmethod
    def _name(where: str, key: str) -> str:
        return f"{where}.{key}" if where else key

    def table(self, data: Mapping[str, Any], key: str, where: str = "") -> Mapping[str, Any]:
        name = self._name(where, key)
        if key not in data:
            raise self.fail(name, "missing")
        value = data[key]
        if not isinstance(value, dict):
            raise self.fail(name, "must be a table")
        return value

    def table_list(
        self, data: Mapping[str, Any], key: str, name: str, *, required: bool = True
    ) -> list[dict]:
        if key not in data:
            if required:
                raise self.fail(name, "missing")
            return []
        value = data[key]
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            raise self.fail(name, "must be an array of tables ([[...]])")
        return value

    def text(
        self,
        data: Mapping[str, Any],
        key: str,
        where: str = "",
        *,
        required: bool = True,
        allow_empty: bool = False,
    ) -> str:
        name = self._name(where, key)
        if key not in data:
            if required:
                raise self.fail(name, "missing")
            return ""
        value = data[key]
        if not isinstance(value, str):
            raise self.fail(name, f"must be a string, not {type(value).__name__}")
        if not allow_empty and not value.strip():
            raise self.fail(name, "must not be empty")
        return value

    def integer(
        self, data: Mapping[str, Any], key: str, where: str = "", *, minimum: int | None = None
    ) -> int:
        name = self._name(where, key)
        if key not in data:
            raise self.fail(name, "missing")
        value = data[key]
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(name, f"must be an integer, not {type(value).__name__}")
        if minimum is not None and value < minimum:
            raise self.fail(name, f"must be at least {minimum}, not {value}")
        return value

    def optional_integer(
        self, data: Mapping[str, Any], key: str, where: str = "", *, minimum: int | None = None
    ) -> int | None:
        return self.integer(data, key, where, minimum=minimum) if key in data else None

    def boolean(self, data: Mapping[str, Any], key: str, where: str = "", *, default: bool) -> bool:
        if key not in data:
            return default
        value = data[key]
        if not isinstance(value, bool):
            raise self.fail(self._name(where, key), "must be true or false")
        return value

    def codes(
        self, data: Mapping[str, Any], key: str, where: str, known: set[str], kind: str
    ) -> tuple[str, ...]:
        name = self._name(where, key)
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise self.fail(name, "must be an array of strings")
        for item in value:
            if item not in known:
                raise self.fail(name, f"unknown {kind} code {item!r} (known: {', '.join(sorted(known))})")
        if len(set(value)) != len(value):
            raise self.fail(name, "lists a code twice")
        return tuple(value)

    def labels_inline(self, data: Mapping[str, Any], where: str) -> Labels:
        return Labels(**{key: self.text(data, key, where) for key in LABEL_KEYS})

    def labels(self, data: Mapping[str, Any], key: str, where: str = "") -> Labels:
        name = self._name(where, key)
        table = self.table(data, key, where)
        self.no_unknown_keys(table, name, set(LABEL_KEYS))
        return self.labels_inline(table, name)

    def no_unknown_keys(self, data: Mapping[str, Any], where: str, allowed: set[str]) -> None:
        unknown = sorted(set(data) - allowed)
        if unknown:
            raise self.fail(
                self._name(where, unknown[0]), f"unknown field (expected one of {', '.join(sorted(allowed))})"
            )


def _check_case_number_format(reader: _Reader, fmt: str) -> None:
    name = "case_numbers.format"
    try:
        fields = {parsed[1] for parsed in string.Formatter().parse(fmt) if parsed[1] is not None}
    except ValueError as exc:
        raise reader.fail(name, f"not a valid format string: {exc}") from None
    if "seq" not in fields:
        raise reader.fail(name, 'must contain {seq} (the sequence number), e.g. "{prefix}-{year}-{seq:05d}"')
    unknown = sorted(fields - CASE_NUMBER_FIELDS)
    if unknown:
        raise reader.fail(
            name, f"unknown placeholder {{{unknown[0]}}}; use only {{prefix}}, {{year}} and {{seq}}"
        )
    try:
        fmt.format(prefix="ABC", year=2026, seq=1)
    except (ValueError, IndexError, KeyError) as exc:
        raise reader.fail(name, f"cannot be used: {exc}") from None


def _load_profile_file(path: Path, sectors: set[str]) -> Profile:
    data = _read_toml(path)
    r = _Reader(path)

    code = r.text(data, "code")
    if code != path.stem:
        raise r.fail("code", f"{code!r} does not match the file name {path.name!r}")
    if not _PROFILE_CODE.fullmatch(code):
        raise r.fail("code", 'use lower-case ASCII letters, digits and hyphens, e.g. "novi-grad-sarajevo"')

    m = r.table(data, "municipality")
    r.no_unknown_keys(m, "municipality", {"name", "name_cyrl", "entity", "canton"})
    entity = r.text(m, "entity", "municipality")
    if entity not in ENTITIES:
        raise r.fail("municipality.entity", f"must be one of {', '.join(ENTITIES)}, not {entity!r}")
    canton = r.text(m, "canton", "municipality", required=False, allow_empty=True)
    if entity == "FBiH" and not canton.strip():
        raise r.fail("municipality.canton", "a Federation municipality needs its canton")
    if entity != "FBiH" and canton:
        raise r.fail("municipality.canton", f"must be empty outside the Federation (entity {entity})")
    municipality = Municipality(
        name=r.text(m, "name", "municipality"),
        name_cyrl=r.text(m, "name_cyrl", "municipality"),
        entity=entity,
        canton=canton,
    )

    c = r.table(data, "centre")
    r.no_unknown_keys(c, "centre", {"name", "name_cyrl", "address", "phone", "email", "logo"})
    logo = r.text(c, "logo", "centre", required=False, allow_empty=True)
    logo_path: Path | None = None
    if logo:
        logo_path = (path.parent / logo).resolve()
        if not logo_path.is_file():
            raise r.fail("centre.logo", f"file not found: {logo_path}")
    centre = Centre(
        name=r.text(c, "name", "centre"),
        name_cyrl=r.text(c, "name_cyrl", "centre"),
        address=r.text(c, "address", "centre", required=False, allow_empty=True),
        phone=r.text(c, "phone", "centre", required=False, allow_empty=True),
        email=r.text(c, "email", "centre", required=False, allow_empty=True),
        logo=logo,
        logo_path=logo_path,
    )

    n = r.table(data, "case_numbers")
    r.no_unknown_keys(n, "case_numbers", {"prefix", "format"})
    prefix = r.text(n, "prefix", "case_numbers")
    if not _PREFIX.fullmatch(prefix):
        raise r.fail("case_numbers.prefix", f"must be 2 to 4 capital ASCII letters, not {prefix!r}")
    fmt = r.text(n, "format", "case_numbers")
    _check_case_number_format(r, fmt)

    loc = r.table(data, "locale")
    r.no_unknown_keys(loc, "locale", {"language", "script"})
    language = r.text(loc, "language", "locale")
    if language not in PROFILE_LANGUAGES:
        raise r.fail("locale.language", f"must be one of {', '.join(PROFILE_LANGUAGES)}, not {language!r}")
    script = r.text(loc, "script", "locale")
    if script not in SCRIPTS:
        raise r.fail("locale.script", f"must be one of {', '.join(SCRIPTS)}, not {script!r}")

    proto = r.table(data, "protocol")
    r.no_unknown_keys(proto, "protocol", {"template"})
    template = r.text(proto, "template", "protocol")
    if template not in _template_codes():
        raise r.fail("protocol.template", f"no template {template!r} in {_protocols_dir()}")

    ret = r.table(data, "retention")
    r.no_unknown_keys(ret, "retention", {"anonymise_after_years"})
    years = r.integer(ret, "anonymise_after_years", "retention", minimum=1)

    institutions: list[InstitutionSpec] = []
    for index, row in enumerate(r.table_list(data, "institutions", "institutions", required=False)):
        where = f"institutions[{index}]"
        r.no_unknown_keys(row, where, {"name", "name_cyrl", "sector", "address"})
        sector = r.text(row, "sector", where)
        if sector not in sectors:
            raise r.fail(
                f"{where}.sector", f"unknown sector code {sector!r} (known: {', '.join(sorted(sectors))})"
            )
        institutions.append(
            InstitutionSpec(
                name=r.text(row, "name", where),
                name_cyrl=r.text(row, "name_cyrl", where),
                sector=sector,
                address=r.text(row, "address", where, required=False, allow_empty=True),
            )
        )

    return Profile(
        code=code,
        municipality=municipality,
        centre=centre,
        case_numbers=CaseNumbers(prefix=prefix, format=fmt),
        locale=Locale(language=language, script=script),
        protocol=ProtocolRef(template=template),
        retention=Retention(anonymise_after_years=years),
        institutions=tuple(institutions),
        path=path,
    )


_STEP_KEYS = {
    "number",
    "code",
    "lead_sectors",
    "notified_sectors",
    "trigger",
    "deadline_hours",
    "deadline_by_urgency",
    "repeat_every_days",
    "mandatory",
    "title",
    "legal_basis",
}


def _parse_template(path: Path, sectors: set[str], urgencies: list[str]) -> ProtocolTemplateSpec:
    data = _read_toml(path)
    r = _Reader(path)
    r.no_unknown_keys(data, "", {"code", "version", "valid_from", "name", "steps"})

    code = r.text(data, "code")
    if code != path.stem:
        raise r.fail("code", f"{code!r} does not match the file name {path.name!r}")
    version = r.integer(data, "version", minimum=1)
    valid_from = data.get("valid_from")
    if valid_from is None:
        raise r.fail("valid_from", "missing")
    if isinstance(valid_from, datetime) or not isinstance(valid_from, date):
        raise r.fail("valid_from", "must be a date such as 2024-01-01")
    name = r.labels(data, "name")

    rows = r.table_list(data, "steps", "steps")
    if not rows:
        raise r.fail("steps", "a template needs at least one step")
    steps: list[ProtocolStepSpec] = []
    codes: set[str] = set()
    last_number = 0
    for index, row in enumerate(rows):
        where = f"steps[{index}]"
        r.no_unknown_keys(row, where, _STEP_KEYS)
        number = r.integer(row, "number", where, minimum=1)
        if number <= last_number:
            raise r.fail(f"{where}.number", f"step numbers must increase ({number} follows {last_number})")
        last_number = number
        step_code = r.text(row, "code", where)
        if not _SNAKE_CODE.fullmatch(step_code):
            raise r.fail(f"{where}.code", f"use snake_case ASCII, not {step_code!r}")
        if step_code in codes:
            raise r.fail(f"{where}.code", f"duplicate step code {step_code!r}")

        trigger = r.text(row, "trigger", where)
        if trigger.startswith(STEP_TRIGGER_PREFIX):
            target = trigger[len(STEP_TRIGGER_PREFIX) :]
            if target not in codes:
                raise r.fail(f"{where}.trigger", f"{trigger!r} does not name an earlier step")
        elif trigger not in BASE_TRIGGERS:
            raise r.fail(
                f"{where}.trigger",
                f"must be one of {', '.join(BASE_TRIGGERS)} or step:<code of an earlier step>, not {trigger!r}",
            )
        codes.add(step_code)

        deadline_hours = r.optional_integer(row, "deadline_hours", where, minimum=0)
        by_urgency: Mapping[str, int] | None = None
        if "deadline_by_urgency" in row:
            if deadline_hours is not None:
                raise r.fail(
                    f"{where}.deadline_by_urgency", "give either deadline_hours or deadline_by_urgency"
                )
            table = r.table(row, "deadline_by_urgency", where)
            band_where = f"{where}.deadline_by_urgency"
            r.no_unknown_keys(table, band_where, set(urgencies))
            by_urgency = MappingProxyType(
                {band: r.integer(table, band, band_where, minimum=0) for band in urgencies}
            )
        repeat = r.optional_integer(row, "repeat_every_days", where, minimum=1)

        steps.append(
            ProtocolStepSpec(
                number=number,
                code=step_code,
                title=r.labels(row, "title", where),
                legal_basis=r.labels(row, "legal_basis", where),
                lead_sectors=r.codes(row, "lead_sectors", where, sectors, "sector"),
                notified_sectors=r.codes(row, "notified_sectors", where, sectors, "sector"),
                trigger=trigger,
                deadline_hours=deadline_hours,
                deadline_by_urgency=by_urgency,
                repeat_every_days=repeat,
                mandatory=r.boolean(row, "mandatory", where, default=True),
            )
        )
    return ProtocolTemplateSpec(
        code=code, version=version, valid_from=valid_from, name=name, steps=tuple(steps), path=path
    )
