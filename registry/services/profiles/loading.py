"""Loading and validating the shipped data: lookups, municipality profiles, protocol templates.

Every loader reads a TOML file under ``resources/`` (or ``$REGISTRY_RESOURCES``, e.g. in tests or a bundle) and
returns frozen dataclasses; anything that does not hold together raises :class:`ProfileError` naming the file,
the field and its line, so a broken municipality build fails at once and says where.
"""

from __future__ import annotations

import functools
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from registry.services.names import sort_key
from registry.services.profiles.specs import (
    CASE_NUMBER_FIELDS,
    CASE_PREFIX,
    ENTITIES,
    LABEL_KEYS,
    LOOKUP_KINDS,
    PROFILE_CODE,
    PROFILE_LANGUAGES,
    SCRIPTS,
    CaseNumbers,
    Centre,
    InstitutionSpec,
    Locale,
    LookupSpec,
    Municipality,
    Profile,
    ProfileError,
    ProtocolRef,
    ProtocolTemplateSpec,
    Retention,
    UnknownProfile,
    UnknownTemplate,
)
from registry.services.profiles.templates import parse_template
from registry.services.profiles.toml_reader import Reader, read_toml

T = TypeVar("T")

PROFILE_KEYS = {"code", "municipality", "centre", "case_numbers", "locale", "protocol", "retention", "institutions"}


# ------------------------------------------------------------------------------------------------ locations


def resources_dir() -> Path:
    """The ``resources`` directory (``registry.config.resources_dir``: the environment, a bundle, the repository)."""
    from registry import config

    return config.resources_dir()


def profiles_dir() -> Path:
    return resources_dir() / "profiles"


def protocols_dir() -> Path:
    return resources_dir() / "protocols"


def profile_codes() -> list[str]:
    """Codes of every shipped profile (file names without ``.toml``), alphabetically."""
    directory = profiles_dir()
    if not directory.is_dir():
        return []
    return sorted(p.stem for p in directory.glob("*.toml"))


def template_codes() -> list[str]:
    directory = protocols_dir()
    if not directory.is_dir():
        return []
    return sorted(p.stem for p in directory.glob("*.toml"))


# --------------------------------------------------------------------------------------------------- public


def load_lookups() -> list[LookupSpec]:
    """Every lookup entry of ``lookups.toml``, kind by kind (seed kinds first), each kind by sort_order."""
    path = resources_dir() / "lookups.toml"
    data = read_toml(path)
    reader = Reader(path)
    missing = [kind for kind in LOOKUP_KINDS if kind not in data]
    if missing:
        raise reader.fail(missing[0], "profile.missing")
    kinds = list(LOOKUP_KINDS) + sorted(k for k in data if k not in LOOKUP_KINDS)
    result: list[LookupSpec] = []
    for kind in kinds:
        rows = reader.table_list(data, kind, kind)
        if not rows:
            raise reader.fail(kind, "profile.lookup_empty")
        seen: set[str] = set()
        entries: list[LookupSpec] = []
        for index, row in enumerate(rows):
            where = f"{kind}[{index}]"
            reader.no_unknown_keys(row, where, {"code", "sort_order", *LABEL_KEYS})
            code = reader.text(row, "code", where)
            if code in seen:
                raise reader.fail(f"{where}.code", "profile.duplicate_code", code=code)
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
    path = profiles_dir() / f"{code}.toml"
    if not isinstance(code, str) or not PROFILE_CODE.fullmatch(code) or not path.is_file():
        raise UnknownProfile(str(code), profile_codes())
    return load_profile_file(path)


def load_profile_file(path: Path) -> Profile:
    """A profile from any file (a shipped one, or one IT wrote with ``registry profiles new``), validated."""
    profile = parse_profile(path, sector_codes())
    assert profile is not None
    return profile


def list_profiles() -> list[Profile]:
    """Every shipped profile, sorted by municipality name (č after c, đ after dž, …)."""
    sectors = sector_codes()
    profiles = [parse_profile(profiles_dir() / f"{code}.toml", sectors) for code in profile_codes()]
    owners: dict[str, Profile] = {}
    for profile in profiles:
        assert profile is not None
        other = owners.get(profile.case_numbers.prefix)
        if other is not None:
            raise Reader(profile.path).fail(
                "case_numbers.prefix", "profile.prefix_taken", prefix=profile.case_numbers.prefix, other=other.code
            )
        owners[profile.case_numbers.prefix] = profile
    return sorted((p for p in profiles if p is not None), key=lambda p: (sort_key(p.municipality.name), p.code))


def load_protocol_template(code: str = "default") -> ProtocolTemplateSpec:
    """The protocol template ``protocols/<code>.toml``, validated; :class:`UnknownTemplate` if none."""
    path = protocols_dir() / f"{code}.toml"
    if not isinstance(code, str) or not PROFILE_CODE.fullmatch(code.replace("_", "-")) or not path.is_file():
        raise UnknownTemplate(str(code), template_codes())
    lookups = load_lookups()
    sectors = {e.code for e in lookups if e.kind == "sector"}
    urgencies = [e.code for e in lookups if e.kind == "urgency"]
    return parse_template(path, sectors, urgencies)


def sector_codes() -> set[str]:
    return {entry.code for entry in load_lookups() if entry.kind == "sector"}


# ------------------------------------------------------------------------------------------ profile parsing


def parse_profile(path: Path, sectors: set[str], problems: list[ProfileError] | None = None) -> Profile | None:
    """The profile in ``path``; the first problem is raised, or, with ``problems``, every section's problem is
    collected there (one per section, so a person fixing the file sees them all at once) and None returned."""
    data = read_toml(path)
    r = Reader(path)
    failed = False

    def part(parse: Callable[[], T]) -> T | None:
        nonlocal failed
        try:
            return parse()
        except ProfileError as error:
            if problems is None:
                raise
            problems.append(error)
            failed = True
            return None

    part(lambda: r.no_unknown_keys(data, "", PROFILE_KEYS))
    code = part(lambda: _code(r, data, path))
    municipality = part(lambda: _municipality(r, data))
    centre = part(lambda: _centre(r, data, path))
    case_numbers = part(lambda: _case_numbers(r, data))
    locale = part(lambda: _locale(r, data))
    protocol = part(lambda: _protocol(r, data))
    retention = part(lambda: Retention(_retention_years(r, data)))
    rows = part(lambda: r.table_list(data, "institutions", "institutions", required=False)) or []
    institutions = [
        part(functools.partial(_institution, r, row, f"institutions[{index}]", sectors))
        for index, row in enumerate(rows)
    ]
    if failed:
        return None
    return Profile(
        code=code,  # type: ignore[arg-type]
        municipality=municipality,  # type: ignore[arg-type]
        centre=centre,  # type: ignore[arg-type]
        case_numbers=case_numbers,  # type: ignore[arg-type]
        locale=locale,  # type: ignore[arg-type]
        protocol=protocol,  # type: ignore[arg-type]
        retention=retention,  # type: ignore[arg-type]
        institutions=tuple(institutions),  # type: ignore[arg-type]
        path=path,
    )


def _code(r: Reader, data: dict[str, Any], path: Path) -> str:
    code = r.text(data, "code")
    if code != path.stem:
        raise r.fail("code", "profile.code_not_file_name", code=code, file=path.name)
    if not PROFILE_CODE.fullmatch(code):
        raise r.fail("code", "profile.code_format")
    return code


def _municipality(r: Reader, data: dict[str, Any]) -> Municipality:
    m = r.table(data, "municipality")
    r.no_unknown_keys(m, "municipality", {"name", "name_cyrl", "entity", "canton"})
    entity = r.one_of(m, "entity", "municipality", ENTITIES)
    canton = r.text(m, "canton", "municipality", required=False, allow_empty=True)
    if entity == "FBiH" and not canton.strip():
        raise r.fail("municipality.canton", "profile.canton_needed")
    if entity != "FBiH" and canton:
        raise r.fail("municipality.canton", "profile.canton_outside", entity=entity)
    return Municipality(
        name=r.text(m, "name", "municipality"),
        name_cyrl=r.text(m, "name_cyrl", "municipality"),
        entity=entity,
        canton=canton,
    )


def _centre(r: Reader, data: dict[str, Any], path: Path) -> Centre:
    c = r.table(data, "centre")
    r.no_unknown_keys(c, "centre", {"name", "name_cyrl", "address", "phone", "email", "logo"})
    logo = r.text(c, "logo", "centre", required=False, allow_empty=True)
    logo_path: Path | None = None
    if logo:
        logo_path = (path.parent / logo).resolve()
        if not logo_path.is_file():
            raise r.fail("centre.logo", "profile.logo_missing", logo_file=logo_path)
    optional = {
        key: r.text(c, key, "centre", required=False, allow_empty=True) for key in ("address", "phone", "email")
    }
    return Centre(
        name=r.text(c, "name", "centre"),
        name_cyrl=r.text(c, "name_cyrl", "centre"),
        logo=logo,
        logo_path=logo_path,
        **optional,
    )


def _case_numbers(r: Reader, data: dict[str, Any]) -> CaseNumbers:
    n = r.table(data, "case_numbers")
    r.no_unknown_keys(n, "case_numbers", {"prefix", "format"})
    prefix = r.text(n, "prefix", "case_numbers")
    if not CASE_PREFIX.fullmatch(prefix):
        raise r.fail("case_numbers.prefix", "profile.prefix_format", value=prefix)
    fmt = r.text(n, "format", "case_numbers")
    _check_case_number_format(r, fmt)
    return CaseNumbers(prefix=prefix, format=fmt)


def _check_case_number_format(r: Reader, fmt: str) -> None:
    name = "case_numbers.format"
    try:
        fields = {parsed[1] for parsed in string.Formatter().parse(fmt) if parsed[1] is not None}
    except ValueError as exc:
        raise r.fail(name, "profile.format_invalid", detail=str(exc)) from None
    if "seq" not in fields:
        raise r.fail(name, "profile.format_no_seq")
    unknown = sorted(fields - CASE_NUMBER_FIELDS)
    if unknown:
        raise r.fail(name, "profile.format_placeholder", placeholder="{" + unknown[0] + "}")
    try:
        fmt.format(prefix="ABC", year=2026, seq=1)
    except (ValueError, IndexError, KeyError) as exc:
        raise r.fail(name, "profile.format_invalid", detail=str(exc)) from None


def _locale(r: Reader, data: dict[str, Any]) -> Locale:
    loc = r.table(data, "locale")
    r.no_unknown_keys(loc, "locale", {"language", "script"})
    return Locale(
        language=r.one_of(loc, "language", "locale", PROFILE_LANGUAGES),
        script=r.one_of(loc, "script", "locale", SCRIPTS),
    )


def _protocol(r: Reader, data: dict[str, Any]) -> ProtocolRef:
    proto = r.table(data, "protocol")
    r.no_unknown_keys(proto, "protocol", {"template"})
    template = r.text(proto, "template", "protocol")
    if template not in template_codes():
        raise r.fail(
            "protocol.template", "profile.template_unknown", template=template, known=", ".join(template_codes())
        )
    return ProtocolRef(template=template)


def _retention_years(r: Reader, data: dict[str, Any]) -> int:
    ret = r.table(data, "retention")
    r.no_unknown_keys(ret, "retention", {"anonymise_after_years"})
    return r.integer(ret, "anonymise_after_years", "retention", minimum=1)


def _institution(r: Reader, row: dict[str, Any], where: str, sectors: set[str]) -> InstitutionSpec:
    r.no_unknown_keys(row, where, {"name", "name_cyrl", "sector", "address"})
    sector = r.text(row, "sector", where)
    if sector not in sectors:
        raise r.fail(
            f"{where}.sector", "profile.unknown_code", kind="sector", value=sector, known=", ".join(sorted(sectors))
        )
    return InstitutionSpec(
        name=r.text(row, "name", where),
        name_cyrl=r.text(row, "name_cyrl", where),
        sector=sector,
        address=r.text(row, "address", where, required=False, allow_empty=True),
    )
