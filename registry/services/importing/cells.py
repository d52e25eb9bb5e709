"""Reading one cell as the value a field needs: codes by code or by label in any language, yes/no in five
languages, dates with or without time and seconds, user names, institutions."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from registry.models import REFERRAL_STATUSES, Institution, Lookup, User
from registry.services.dates import LOCAL_TZ
from registry.services.names import fold

_YES = {"da", "d", "yes", "y", "true", "1", "x", "ima", "jeste", "+"}
_NO = {"ne", "n", "no", "false", "0", "nema", "-", "nije"}
_SEX = {
    "m": "M",
    "muski": "M",
    "musko": "M",
    "male": "M",
    "mus": "M",
    "dj": "M",
    "f": "F",
    "z": "F",
    "zenski": "F",
    "zensko": "F",
    "female": "F",
    "zen": "F",
    "w": "F",
}
_DATE_TIME = re.compile(
    r"^(?P<d>\d{1,2})\s*[./]\s*(?P<m>\d{1,2})\s*[./]\s*(?P<y>\d{4})\.?"
    r"(?:\s*(?:u\s+)?(?P<H>\d{1,2})[:.](?P<M>\d{2})(?::(?P<S>\d{2}))?(?:\s*h)?)?$"
)
_ISO = re.compile(
    r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$"
)
#: formula-like text: what a spreadsheet would run instead of show (a leading apostrophe is Excel's "as text")
_FORMULA = re.compile(r"^'?\s*[=+@\-\t\r]")
_SPLIT_CODES = re.compile(r"[;,|\n]+")
_EXCEL_EPOCH = dt.datetime(1899, 12, 30)


def looks_like_formula(text: str) -> bool:
    return bool(_FORMULA.match(text)) and not re.fullmatch(r"-?\d+([.,]\d+)?", text.strip())


def parse_bool(text: str) -> bool | None:
    """True/False, or None when the text is no recognisable yes or no."""
    key = fold(text)
    if key in _YES or text.strip() in ("✓", "✔"):
        return True
    if key in _NO:
        return False
    return None


def parse_sex(text: str) -> str | None:
    return _SEX.get(fold(text).replace(" ", ""))


def parse_moment(text: str) -> dt.datetime:
    """23.11.2026., 23.11.2026 14:30, 23.11.2026. 14:30:15, 23/11/2026, ISO with or without a zone, or an Excel
    serial day number; returned aware (local time when no zone is given).  ValueError when none fits."""
    value = text.strip()
    match = _DATE_TIME.match(value)
    if match:
        parts = {k: int(v) if v else 0 for k, v in match.groupdict().items()}
        return dt.datetime(parts["y"], parts["m"], parts["d"], parts["H"], parts["M"], parts["S"], tzinfo=LOCAL_TZ)
    match = _ISO.match(value)
    if match:
        y, m, d, hh, mm, ss, zone = match.groups()
        moment = dt.datetime(int(y), int(m), int(d), int(hh or 0), int(mm or 0), int(ss or 0))
        if zone:
            return dt.datetime.fromisoformat(value.replace(" ", "T").replace("Z", "+00:00"))
        return moment.replace(tzinfo=LOCAL_TZ)
    if re.fullmatch(r"\d{5}(\.\d+)?", value):  # a date cell Excel saved as its serial number
        serial = float(value)
        if 10_000 < serial < 80_000:
            return (_EXCEL_EPOCH + dt.timedelta(days=serial)).replace(tzinfo=LOCAL_TZ)
    raise ValueError(value)


def parse_day(text: str) -> dt.date:
    return parse_moment(text).date()


@dataclass
class Directory:
    """Codes, users and institutions of this register, each findable by any of the names people write."""

    codes: dict[str, dict[str, str]] = field(default_factory=dict)
    users: dict[str, int] = field(default_factory=dict)
    user_names: dict[int, str] = field(default_factory=dict)
    institutions: dict[str, int] = field(default_factory=dict)
    label_words: dict[str, list[tuple[list[str], str]]] = field(default_factory=dict)
    #: user names the register lacks (lower case -> as written) and the lines naming them
    missing_users: dict[str, tuple[str, list[tuple[str, int, str]]]] = field(default_factory=dict)
    _seen: dict[tuple[str, str], str | None] = field(default_factory=dict)

    @classmethod
    def load(cls, session: Session) -> Directory:
        directory = cls()
        for row in session.scalars(select(Lookup)):
            names = directory.codes.setdefault(row.kind, {})
            for label in (row.label_bs, row.label_hr, row.label_sr_latn, row.label_sr_cyrl, row.label_en):
                names.setdefault(fold(label), row.code)
                directory.label_words.setdefault(row.kind, []).append((fold(label).split(), row.code))
            names[fold(row.code)] = row.code
            names[row.code.lower()] = row.code
        directory.codes["referral_status"] = {code: code for code in REFERRAL_STATUSES}
        directory.codes["direction"] = dict(directory.codes.get("referral_direction", {}))
        directory.codes["direction"].update(
            {
                "ulaz": "incoming",
                "ulazno": "incoming",
                "izlaz": "outgoing",
                "izlazno": "outgoing",
                "in": "incoming",
                "out": "outgoing",
            }
        )
        for user_id, username, full_name in session.execute(select(User.id, User.username, User.full_name)):
            directory.users[username.lower()] = user_id
            directory.users.setdefault(fold(full_name), user_id)
            directory.user_names[user_id] = username
        for institution in session.execute(select(Institution.id, Institution.name, Institution.name_cyrl)):
            directory.institutions.setdefault(fold(institution.name), institution.id)
            if institution.name_cyrl:
                directory.institutions.setdefault(fold(institution.name_cyrl), institution.id)
        return directory

    def code(self, kind: str, text: str) -> str | None:
        """The code ``text`` names: the code itself, a label in any language, or words that begin the words of
        exactly one label ("škola" is "Predškolska ustanova ili škola", "ciljevi ostvareni" "Ciljevi plana
        ostvareni")."""
        key = (kind, text)
        if key not in self._seen:  # a file repeats the same few values thousands of times
            self._seen[key] = self._code(kind, text)
        return self._seen[key]

    def _code(self, kind: str, text: str) -> str | None:
        names = self.codes.get(kind, {})
        found = names.get(text.strip()) or names.get(text.strip().lower()) or names.get(fold(text))
        if found:
            return found
        words = [word for word in fold(text).split() if len(word) >= 3]
        if not words:
            return None
        candidates = {
            code
            for label, code in self.label_words.get(kind, [])
            if all(any(part.startswith(word) for part in label) for word in words)
        }
        return candidates.pop() if len(candidates) == 1 else None

    def allowed(self, kind: str) -> str:
        return ", ".join(sorted(set(self.codes.get(kind, {}).values())))

    def user(self, text: str) -> int | None:
        return self.users.get(text.strip().lower()) or self.users.get(fold(text))

    def codes_in(self, kind: str, text: str) -> tuple[list[str], list[str]]:
        """The codes a cell names (one label may itself hold a comma), and the parts that name none."""
        whole = self.code(kind, text)
        if whole:
            return [whole], []
        found: list[str] = []
        unknown: list[str] = []
        for part in (part.strip() for part in _SPLIT_CODES.split(text)):
            if part:
                code = self.code(kind, part)
                (found if code else unknown).append(code or part)
        return list(dict.fromkeys(found)), unknown
