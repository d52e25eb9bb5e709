"""What a municipality profile, the lookup typologies and a protocol template hold: frozen dataclasses, the
codes they may use, and the error that names the file, the field and (in the user's language) what is wrong."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

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

PROFILE_CODE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
SNAKE_CODE = re.compile(r"[a-z][a-z0-9_]*")
CASE_PREFIX = re.compile(r"[A-Z]{2,4}")
_LANGUAGE_TO_KEY = {"bs": "bs", "hr": "hr", "sr": "sr_latn", "sr-latn": "sr_latn", "sr-cyrl": "sr_cyrl", "en": "en"}


# --------------------------------------------------------------------------------------------------- errors


class ProfileError(ValueError):
    """A shipped or hand-written data file (profile, lookups, protocol template) does not hold together.

    ``key`` and ``params`` name the problem in the message catalogue (``registry.i18n``, ``profile.*``), so
    ``registry profiles check`` can explain it in the user's language; ``message`` is the English text, ``line``
    the line of the file it concerns when it can be found.
    """

    def __init__(self, path: Path | str, field_name: str, key: str, line: int | None = None, **params: object) -> None:
        self.path = Path(path)
        self.field = field_name
        self.key = key
        self.params = params
        self.line = line
        self.message = self.explain("en")
        super().__init__(f"{self.path}: {field_name}: {self.message}")

    def explain(self, language: str | None) -> str:
        """What is wrong, in ``language`` (without the file and field)."""
        from registry import i18n

        return i18n.text(self.key, language, **{**MESSAGE_LITERALS, **self.params})


#: what messages quote from a file literally (kept in Latin in a Cyrillic message, never translated)
MESSAGE_LITERALS: dict[str, str] = {
    "true": "true",
    "false": "false",
    "utf8": "UTF-8",
    "toml": "TOML",
    "ext": ".toml",
    "heading": "[[...]]",
    "example_text": '"Posušje"',
    "example_list": '["police", "health"]',
    "example_code": '"novi-grad-sarajevo"',
    "example_prefix": '"POS"',
    "example_date": "2024-01-01",
    "example_format": '"{prefix}-{year}-{seq:05d}"',
    "seq_field": "{seq}",
    "fields": "{prefix}, {year}, {seq}",
    "hours": "deadline_hours",
    "by_urgency": "deadline_by_urgency",
    "step_trigger": "step:<code>",
}


class UnknownProfile(LookupError):
    """No municipality profile with this code."""

    def __init__(self, code: str, available: list[str] | tuple[str, ...]) -> None:
        self.code = code
        self.available = tuple(available)
        super().__init__(f"unknown municipality profile {code!r}; available: {', '.join(self.available) or '(none)'}")


class UnknownTemplate(LookupError):
    """No protocol template with this code."""

    def __init__(self, code: str, available: list[str] | tuple[str, ...]) -> None:
        self.code = code
        self.available = tuple(available)
        super().__init__(f"unknown protocol template {code!r}; available: {', '.join(self.available) or '(none)'}")


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
