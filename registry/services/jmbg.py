"""JMBG (unique master citizen number): validation, decoding and generation.

A JMBG ``DD MM YYY RR BBB K`` carries the date of birth, the region of registration and the sex, plus a
mod-11 check digit.  The person form uses it to fill in birth date and sex and to warn when what the user
typed disagrees; validation reports every problem at once, with a code and parameters for the message
catalogue (``registry/i18n/catalogue/jmbg.py``), so the user sees exactly what to fix.  A JMBG is never
mandatory: newborns, foreigners and undocumented children have none.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from registry.services.dates import parse_date
from registry.services.errors import Problem

__all__ = [
    "BIH_REGIONS",
    "InvalidJmbg",
    "JmbgInfo",
    "JmbgProblem",
    "birth_date_and_sex_mismatch",
    "check_digit",
    "is_valid_jmbg",
    "jmbg_problems",
    "mismatch_warnings",
    "make_jmbg",
    "normalise_jmbg",
    "parse_jmbg",
]

#: Region codes 10-19: Bosnia and Herzegovina.  Other codes are other ex-Yugoslav republics or foreigners.
BIH_REGIONS: dict[int, str] = {
    10: "Banja Luka",
    11: "Bihać",
    12: "Doboj",
    13: "Goražde",
    14: "Livno",
    15: "Mostar",
    16: "Prijedor",
    17: "Sarajevo",
    18: "Tuzla",
    19: "Zenica",
}

_WEIGHTS = (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
_DIGITS = frozenset("0123456789")


@dataclass(frozen=True)
class JmbgInfo:
    """What a valid JMBG says about its holder."""

    birth_date: date
    sex: str  # "M" or "F"
    region_code: int
    region_name: str | None  # only for BiH regions
    in_bih: bool


@dataclass(frozen=True)
class JmbgProblem:
    """One thing wrong with a JMBG: a message-catalogue key and the values its text needs."""

    code: str
    params: dict[str, object] = field(default_factory=dict, hash=False)

    def message(self, language: str | None = None) -> str:
        """The problem in the user's language."""
        from registry.i18n import text

        return text(self.code, language, **self.params)


class InvalidJmbg(ValueError):
    """Raised by ``parse_jmbg``; ``problems`` lists everything that is wrong, not only the first thing."""

    def __init__(self, problems: list[JmbgProblem]) -> None:
        self.problems = problems
        super().__init__("invalid JMBG: " + ", ".join(p.code for p in problems))


def normalise_jmbg(value: str) -> str:
    """``value`` without whitespace, with full-width digits made ASCII: people paste "0101015 175003"."""
    return "".join(unicodedata.normalize("NFKC", value).split())


def _weighted_sum(first_twelve: str) -> int:
    return sum(w * int(d) for w, d in zip(_WEIGHTS, first_twelve, strict=True))


def _m(first_twelve: str) -> int:
    return 11 - _weighted_sum(first_twelve) % 11


def check_digit(first_twelve: str) -> int:
    """The check digit for the first twelve digits: ``m`` when it is at most 9, otherwise 0 (DOMAIN.md)."""
    m = _m(first_twelve)
    return m if m <= 9 else 0


def _year(yyy: str) -> int | None:
    """Full year from the three JMBG digits: 9xx -> 19xx, 0xx -> 20xx; anything else is no year we accept."""
    if yyy[0] == "9":
        return 1000 + int(yyy)
    if yyy[0] == "0":
        return 2000 + int(yyy)
    return None


def _birth_date(digits: str) -> date | None:
    year = _year(digits[4:7])
    if year is None:
        return None
    try:
        return date(year, int(digits[2:4]), int(digits[0:2]))
    except ValueError:
        return None


def jmbg_problems(value: str, *, today: date | None = None) -> list[JmbgProblem]:
    """Everything wrong with ``value`` as a JMBG (empty list: valid).

    Length and non-digit characters are reported together; date, future date and check digit are only
    checked once there are 13 digits to check.
    """
    digits = normalise_jmbg(value)
    problems: list[JmbgProblem] = []
    if len(digits) != 13:
        problems.append(JmbgProblem("jmbg.length", {"count": len(digits)}))
    bad = list(dict.fromkeys(ch for ch in digits if ch not in _DIGITS))
    if bad:
        problems.append(JmbgProblem("jmbg.digits", {"characters": " ".join(bad)}))
    if problems:
        return problems

    born = _birth_date(digits)
    if born is None:
        year = _year(digits[4:7])
        problems.append(
            JmbgProblem(
                "jmbg.date", {"day": digits[0:2], "month": digits[2:4], "year": str(year) if year else digits[4:7]}
            )
        )
    elif born > (today or date.today()):
        problems.append(JmbgProblem("jmbg.future", {"date": f"{born:%d.%m.%Y}."}))

    expected, found = check_digit(digits[:12]), int(digits[12])
    if expected != found:
        problems.append(JmbgProblem("jmbg.checksum", {"expected": expected, "found": found}))
    return problems


def parse_jmbg(value: str, *, today: date | None = None) -> JmbgInfo:
    """Decode a JMBG, raising ``InvalidJmbg`` with every problem if it is not valid."""
    problems = jmbg_problems(value, today=today)
    if problems:
        raise InvalidJmbg(problems)
    digits = normalise_jmbg(value)
    born = _birth_date(digits)
    assert born is not None  # checked by jmbg_problems
    region = int(digits[7:9])
    return JmbgInfo(
        birth_date=born,
        sex="M" if int(digits[9:12]) < 500 else "F",
        region_code=region,
        region_name=BIH_REGIONS.get(region),
        in_bih=region in BIH_REGIONS,
    )


def is_valid_jmbg(value: str, *, today: date | None = None) -> bool:
    """True if ``value`` is a valid JMBG."""
    return not jmbg_problems(value, today=today)


def make_jmbg(
    birth_date: date, sex: str, region: int = 17, serial: int | None = None, rng: random.Random | None = None
) -> str:
    """A valid JMBG for demo data and tests.

    ``serial`` (000-499 male, 500-999 female) is drawn from ``rng`` when not given.  Serials whose ``m`` is 10
    are never used: DOMAIN.md maps both 10 and 11 to check digit 0, and real issuers skip them, so avoiding
    them keeps every generated number unambiguous.
    """
    if sex not in ("M", "F"):
        raise ValueError(f"sex must be 'M' or 'F', not {sex!r}")
    if not 1900 <= birth_date.year <= 2099:
        raise ValueError(f"a JMBG can only encode years 1900-2099, not {birth_date.year}")
    if not 0 <= region <= 99:
        raise ValueError(f"region must be 0-99, not {region}")
    low = 0 if sex == "M" else 500
    prefix = f"{birth_date:%d%m}{birth_date.year % 1000:03d}{region:02d}"

    if serial is not None:
        if not low <= serial <= low + 499:
            raise ValueError(f"serial {serial} is outside {low:03d}-{low + 499:03d} for sex {sex}")
        first_twelve = f"{prefix}{serial:03d}"
        if _m(first_twelve) == 10:
            raise ValueError(f"serial {serial:03d} gives an ambiguous check digit; choose another")
        return first_twelve + str(check_digit(first_twelve))

    pick = rng or random.Random()
    while True:
        first_twelve = f"{prefix}{pick.randrange(low, low + 500):03d}"
        if _m(first_twelve) != 10:
            return first_twelve + str(check_digit(first_twelve))


def birth_date_and_sex_mismatch(
    jmbg: str, birth_date: date | None, sex: str | None, *, today: date | None = None
) -> list[str]:
    """Which of "birth_date" and "sex" the user typed differently from what a valid ``jmbg`` says.

    Fields left empty (None) and invalid JMBGs give no mismatch: the form reports the JMBG's own problems.
    """
    try:
        info = parse_jmbg(jmbg, today=today)
    except InvalidJmbg:
        return []
    fields: list[str] = []
    if birth_date is not None and birth_date != info.birth_date:
        fields.append("birth_date")
    if sex is not None and sex != info.sex:
        fields.append("sex")
    return fields


def mismatch_warnings(jmbg: str, birth_date: str, sex: str | None) -> list[Problem]:
    """The form's warnings as the user types: date of birth (text as typed) and sex against a valid JMBG.

    Only warnings: a disagreeing date or sex is saved as typed, the JMBG's own problems are reported on its field,
    and a date that does not parse yet (still being typed) is no mismatch.
    """
    digits = normalise_jmbg(jmbg)
    if len(digits) != 13:
        return []
    try:
        birth = parse_date(birth_date) if birth_date.strip() else None
    except ValueError:
        birth = None
    return [Problem(name, f"jmbg.mismatch_{name}") for name in birth_date_and_sex_mismatch(digits, birth, sex)]
