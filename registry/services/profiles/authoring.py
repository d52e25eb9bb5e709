"""For IT staff: a new municipality profile to complete, and a check of one that explains every problem.

``new_profile_text`` fills in what the municipality list knows (names in both scripts, entity, canton, a free
case-number prefix, a suggested language) and marks what only the centre can know with ``DOPUNITE`` ("complete"):
its address and contacts and the names of its partner institutions.  ``check_profile`` validates a file the way
``load_profile`` does, but collects the problems of every section, adds notes for what is still to complete,
and gives each its line so a person with a text editor can fix the file in one go.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from registry.i18n.transliteration import to_cyrillic
from registry.services.profiles.loading import list_profiles, load_profile, parse_profile, profile_codes, sector_codes
from registry.services.profiles.municipalities import MunicipalityEntry, municipalities_path
from registry.services.profiles.specs import (
    CaseNumbers,
    Centre,
    InstitutionSpec,
    Locale,
    Municipality,
    Profile,
    ProfileError,
    ProtocolRef,
    Retention,
)
from registry.services.profiles.toml_reader import Reader, field_line

TODO_MARK = "DOPUNITE"
DEFAULT_CASE_NUMBER_FORMAT = "{prefix}-{year}-{seq:05d}"
DEFAULT_TEMPLATE = "default"
#: sectors a centre cannot work without; a profile lacking one gets a note
ESSENTIAL_SECTORS = ("police", "health", "education", "judiciary")


@dataclass(frozen=True)
class ProfileReport:
    """The outcome of ``registry profiles check``: errors stop the profile from being used, notes do not."""

    path: Path
    errors: list[ProfileError] = field(default_factory=list)
    notes: list[ProfileError] = field(default_factory=list)
    profile: Profile | None = None

    @property
    def ok(self) -> bool:
        return not self.errors


def check_profile(path: Path) -> ProfileReport:
    """Every problem of the profile in ``path`` (a shipped one or a hand-written one), with lines."""
    errors: list[ProfileError] = []
    try:
        profile = parse_profile(path, sector_codes(), errors)
    except ProfileError as error:  # the file cannot be read as TOML at all
        return ProfileReport(path, [error])
    if profile is None:
        return ProfileReport(path, sorted(errors, key=lambda e: e.line or 0))
    errors.extend(_prefix_clash(profile))
    return ProfileReport(path, errors, _notes(profile), profile if not errors else None)


def _prefix_clash(profile: Profile) -> list[ProfileError]:
    """Another shipped profile uses this prefix: two centres' case numbers could be confused."""
    for other in list_profiles():
        if other.code != profile.code and other.case_numbers.prefix == profile.case_numbers.prefix:
            return [
                Reader(profile.path).fail(
                    "case_numbers.prefix", "profile.prefix_taken", prefix=profile.case_numbers.prefix, other=other.code
                )
            ]
    return []


def _notes(profile: Profile) -> list[ProfileError]:
    reader = Reader(profile.path)
    text = profile.path.read_text(encoding="utf-8")
    notes: list[ProfileError] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if TODO_MARK in line and not line.lstrip().startswith("#"):
            value = line.split("=", 1)[-1].strip().strip('"')
            key = line.split("=", 1)[0].strip()
            notes.append(ProfileError(profile.path, key, "profile.todo", line=number, value=value))
    centre = profile.centre
    if not (centre.address or centre.phone or centre.email):
        notes.append(reader.fail("centre", "profile.contact_empty"))
    if not profile.institutions:
        notes.append(
            ProfileError(profile.path, "institutions", "profile.no_institutions", line=field_line(text, "code"))
        )
    else:
        present = {spec.sector for spec in profile.institutions}
        for sector in ESSENTIAL_SECTORS:
            if sector not in present:
                notes.append(
                    ProfileError(
                        profile.path,
                        "institutions",
                        "profile.sector_missing",
                        line=field_line(text, "institutions[0]"),
                        sector=sector,
                    )
                )
    return sorted(notes, key=lambda note: note.line or 0)


def free_prefix(entry: MunicipalityEntry) -> str:
    """The list's suggested prefix, unless a shipped profile of another municipality took it meanwhile."""
    taken = {p.case_numbers.prefix for p in list_profiles() if p.code != entry.code}
    if entry.prefix not in taken:
        return entry.prefix
    letters = [c for c in entry.prefix + entry.code.upper().replace("-", "") if c.isalpha()]
    for third in letters[2:] + [chr(c) for c in range(ord("A"), ord("Z") + 1)]:
        candidate = entry.prefix[:2] + third
        if candidate not in taken:
            return candidate
    return entry.prefix


def _quoted(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _institution_guesses(entry: MunicipalityEntry) -> list[tuple[str, str]]:
    """(name, sector) skeletons named after the municipality, each to be confirmed by the centre."""
    place = entry.name.replace(" (RS)", "")
    if entry.entity == "RS":
        return [
            (f"Policijska stanica {place}", "police"),
            (f"Dom zdravlja {place}", "health"),
            (f"Osnovne škole na području opštine {place}", "education"),
            (f"Osnovni sud (nadležni za {place})", "judiciary"),
            ("Okružno javno tužilaštvo (nadležno)", "judiciary"),
        ]
    return [
        (f"Policijska stanica {place}", "police"),
        (f"Dom zdravlja {place}", "health"),
        (f"Osnovne škole na području općine {place}", "education"),
        (f"Općinski sud (nadležni za {place})", "judiciary"),
        (
            "Kantonalno tužilaštvo (nadležno)" if entry.entity == "FBiH" else "Tužilaštvo Brčko distrikta BiH",
            "judiciary",
        ),
    ]


def new_profile_text(entry: MunicipalityEntry, *, template: str = "default") -> str:
    """A profile for ``entry`` that loads as it is and lists, marked ``DOPUNITE``, what the centre must confirm."""
    centre = centre_name(entry)
    lines = [
        f"# Municipality profile: {entry.name} ({entry.entity}{', ' + entry.canton if entry.canton else ''}).",
        f'# Written by `registry profiles new {entry.code}`. Replace every value marked {TODO_MARK} ("complete") with',
        "# the real one and remove the mark, then run `registry profiles check` on this file.",
        "# Text goes in double quotes; name_cyrl is the same name in Cyrillic.",
        "",
        f"code = {_quoted(entry.code)}",
        "",
        "[municipality]",
        f"name = {_quoted(entry.name)}",
        f"name_cyrl = {_quoted(entry.name_cyrl)}",
        f"entity = {_quoted(entry.entity)}",
        f"canton = {_quoted(entry.canton)}",
        "",
        "[centre]",
        f"name = {_quoted(centre)}",
        f"name_cyrl = {_quoted(to_cyrillic(centre))}",
        f'address = "{TODO_MARK}: ulica i broj, {entry.name.replace(" (RS)", "")}"',
        f'phone = "{TODO_MARK}: telefon"',
        f'email = "{TODO_MARK}: e-pošta"',
        'logo = ""  # a PNG or JPEG beside this file, printed in the letterhead, e.g. "logo.png"',
        "",
        "[case_numbers]",
        f"prefix = {_quoted(free_prefix(entry))}",
        f"format = {_quoted(DEFAULT_CASE_NUMBER_FORMAT)}",
        "",
        "# language: bs, hr, sr or en; script: latn or cyrl (a suggestion from the list: confirm it with the centre)",
        "[locale]",
        f"language = {_quoted(entry.locale.language)}",
        f"script = {_quoted(entry.locale.script)}",
        "",
        "[protocol]",
        f"template = {_quoted(template)}",
        "",
        "[retention]",
        "anonymise_after_years = 10",
    ]
    for name, sector in _institution_guesses(entry):
        lines += [
            "",
            "[[institutions]]",
            f"name = {_quoted(f'{TODO_MARK}: {name}')}",
            f"name_cyrl = {_quoted(f'{TODO_MARK}: {to_cyrillic(name)}')}",
            f"sector = {_quoted(sector)}",
            f"address = {_quoted(entry.name.replace(' (RS)', ''))}",
        ]
    return "\n".join(lines) + "\n"


def centre_name(entry: MunicipalityEntry) -> str:
    return f"JU Centar za socijalni rad {entry.name.replace(' (RS)', '')}"


def profile_for(entry: MunicipalityEntry, locale: Locale | None = None) -> Profile:
    """The profile a first start uses for ``entry``: the shipped one when there is one (in ``locale`` if given),
    else one made from the list: the centre's name, the default protocol and a skeleton institution directory
    named after the municipality (police station, health centre, schools, court, prosecutor) that the
    administrator completes in the application, as the shipped profiles' directories are skeletons too."""
    if entry.code in profile_codes():
        shipped = load_profile(entry.code)
        return replace(shipped, locale=locale) if locale else shipped
    name = centre_name(entry)
    return Profile(
        code=entry.code,
        municipality=Municipality(entry.name, entry.name_cyrl, entry.entity, entry.canton),
        centre=Centre(name=name, name_cyrl=to_cyrillic(name), address=entry.name.replace(" (RS)", "")),
        case_numbers=CaseNumbers(prefix=free_prefix(entry), format=DEFAULT_CASE_NUMBER_FORMAT),
        locale=locale or entry.locale,
        protocol=ProtocolRef(DEFAULT_TEMPLATE),
        retention=Retention(10),
        institutions=tuple(
            InstitutionSpec(
                name=institution,
                name_cyrl=to_cyrillic(institution),
                sector=sector,
                address=entry.name.replace(" (RS)", ""),
            )
            for institution, sector in _institution_guesses(entry)
        ),
        path=municipalities_path(),
    )
