"""One row of a sheet checked field by field into typed values, with every problem recorded against its field."""

from __future__ import annotations

import datetime as dt

from registry.services.errors import Problems
from registry.services.importing.cells import Directory, looks_like_formula, parse_bool, parse_moment, parse_sex
from registry.services.importing.columns import SheetSpec
from registry.services.validation import EARLIEST_DATE, LINE_MAX, NAME_MAX, TEXT_MAX, clean_text

#: moments and days that may lie in the future (deadlines, planned ends); every other one is history
FUTURE_ALLOWED = frozenset({"response_due_at", "due_at", "ended_on", "started_on"})
_LIMITS = {"name": NAME_MAX, "line": LINE_MAX, "long": TEXT_MAX}
#: the longest each short text column may be (the model's column sizes)
_COLUMN_LIMITS = {
    "municipality": 120,
    "phone": 60,
    "citizenship": 60,
    "school_grade": 20,
    "case_number": 40,
    "registry_number": 60,
    "decision_number": 60,
    "step": 60,
}


def parse_row(
    spec: SheetSpec,
    raw: dict[str, str],
    directory: Directory,
    problems: Problems,
    now: dt.datetime,
    line: int = 0,
    sheet: str = "",
) -> dict[str, object]:
    """Field key → value (text, code, codes, bool, int, date, aware moment, user id or ids, institution)."""
    out: dict[str, object] = {}
    for column in spec.columns:
        if column.key not in raw:
            continue
        text = raw[column.key]
        key, kind = column.key, column.kind
        if not text.strip():
            if column.required:
                problems.add(key, "value.required")
            continue
        if kind in _LIMITS:
            limit = _COLUMN_LIMITS.get(key, _LIMITS[kind])
            value = clean_text(text, key, problems, max_length=limit, multiline=kind == "long")
            if kind == "name" and looks_like_formula(value):
                problems.add(key, "import.formula", value=value[:40])
                continue
            out[key] = value
        elif kind in ("code", "codes"):
            _codes(column.lookup or key, key, kind, text, directory, problems, out)
        elif kind == "bool":
            flag = parse_bool(text)
            if flag is None:
                problems.add(key, "import.bad_yes_no", value=text.strip()[:40])
            else:
                out[key] = flag
        elif kind == "int":
            try:
                out[key] = int(text.strip())
            except ValueError:
                problems.add(key, "import.bad_number", value=text.strip()[:40])
        elif kind in ("date", "moment"):
            _moment(key, kind, text, problems, now, out)
        elif kind == "user":
            out[key] = _user(directory, text, (sheet or spec.key, line, key))
        elif kind == "users":
            ids: list[object] = []
            for name in (part for part in text.replace(",", ";").split(";") if part.strip()):
                user = _user(directory, name, (sheet or spec.key, line, key))
                if user not in ids:
                    ids.append(user)
            out[key] = ids
        elif kind == "sex":
            sex = parse_sex(text)
            if sex is None:
                problems.add(key, "value.unknown_code", value=text.strip()[:20], allowed="M, F")
            else:
                out[key] = sex
        else:  # jmbg, ref, institution: checked where they are used
            out[key] = " ".join(text.split())
    return out


def _user(directory: Directory, text: str, where: tuple[str, int, str]) -> object:
    """A user's id; a name the register lacks is noted once (the planner reports it, or creates the account)."""
    user_id = directory.user(text)
    if user_id is not None:
        return user_id
    name = " ".join(text.split())[:60]
    directory.missing_users.setdefault(name.lower(), (name, []))[1].append(where)
    return ("user", name.lower())


def _codes(
    kind: str, key: str, column_kind: str, text: str, directory: Directory, problems: Problems, out: dict[str, object]
) -> None:
    if column_kind == "code":
        code = directory.code(kind, text)
        if code is None:
            problems.add(key, "value.unknown_code", value=text.strip()[:60], allowed=directory.allowed(kind))
        else:
            out[key] = code
        return
    codes, unknown = directory.codes_in(kind, text)
    for part in unknown:
        problems.add(key, "value.unknown_code", value=part[:60], allowed=directory.allowed(kind))
    out[key] = codes


def _moment(key: str, kind: str, text: str, problems: Problems, now: dt.datetime, out: dict[str, object]) -> None:
    try:
        moment = parse_moment(text)
    except ValueError:
        problems.add(key, "value.bad_date", value=text.strip()[:40])
        return
    if moment.date() < EARLIEST_DATE:
        problems.add(key, "value.date_too_early", value=text.strip()[:40], earliest="01.01.1900.")
        return
    if key not in FUTURE_ALLOWED and moment > now + dt.timedelta(minutes=1):
        problems.add(key, "value.future_date", value=text.strip()[:40])
        return
    out[key] = moment.date() if kind == "date" else moment
