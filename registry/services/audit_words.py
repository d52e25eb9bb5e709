"""The audit trail in words: what was done, to which record, and what changed, in the reader's language and script.

The trail stores codes (``household.add``, ``{"changes": {"status": ["assessment", "planning"]}}``) so that it can be
proved unaltered; a reader sees them as sentences: field names, lookup labels, dates as dates, long text shortened.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from registry import i18n
from registry.services.dates import format_date, format_datetime
from registry.services.lookups import shipped_label

#: fields whose values are lookup codes, and the lookup they come from
_LOOKUP_OF = {
    "status": "case_status",
    "to_status": "case_status",
    "from_status": "case_status",
    "urgency": "urgency",
    "risk_level": "risk_level",
    "referral_source": "referral_source",
    "closure_reason": "closure_reason",
    "role_in_household": "household_role",
    "direction": "referral_direction",
    "channel": "channel",
    "sector": "sector",
    "sex": "sex",
    "violence_forms": "violence_form",
    "forms": "violence_form",
    "kind": "note_kind",
    "measure": "measure",
    "sectors": "sector",
}
#: prefixes of actions and the record kind they act on
_RECORD_OF = {
    "household": "household_member",
    "note": "case_note",
    "conference": "case_conference",
    "checklist": "checklist_item",
    "incident": "incident",
    "measure": "measure",
    "consent": "consent",
    "referral": "referral",
    "case": "case",
    "user": "user",
    "institution": "institution",
    "protocol": "protocol_template",
}
_USER_ROLES = ("worker", "supervisor", "administrator", "auditor")
_LONGEST = 80


def action_text(action: str, language: str) -> str:
    """An action in words; one the catalogue does not name is told as its record kind and a verb, never as code."""
    key = f"audit.action.{action}"
    if i18n.has(key):
        return i18n.text(key, language)
    prefix, _, verb = action.partition(".")
    record = _RECORD_OF.get(prefix, prefix)
    what = (
        i18n.text(f"audit.entity.{record}", language)
        if i18n.has(f"audit.entity.{record}")
        else i18n.text("audit.words.record", language)
    )
    verb_key = f"audit.words.verb.{verb.split('.')[-1]}"
    done = i18n.text(verb_key if i18n.has(verb_key) else "audit.words.verb.other", language)
    return f"{what[:1].upper()}{what[1:]}: {done}"


def field_label(name: str, language: str) -> str:
    for key in (
        f"audit.field.{name}",
        f"field.{name}",
        f"field.{name.removesuffix('_id')}",
        f"audit.field.{name.removesuffix('_id')}",
    ):
        if i18n.has(key):
            return i18n.text(key, language)
    return i18n.text("audit.words.other_field", language)


def value_text(name: str, value: object, language: str) -> str:
    """One stored value as a reader sees it."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return i18n.text("audit.words.yes" if value else "audit.words.no", language)
    if isinstance(value, list | tuple):
        return ", ".join(value_text(name, item, language) for item in value) or "—"
    if isinstance(value, Mapping):
        return "; ".join(
            f"{field_label(str(k), language)}: {value_text(str(k), v, language)}" for k, v in value.items()
        )
    kind = _LOOKUP_OF.get(name)
    if kind is not None and isinstance(value, str):
        return shipped_label(kind, value, language)
    if name == "role" and value in _USER_ROLES:
        return i18n.text(f"audit.words.role.{value}", language)
    if isinstance(value, str):
        moment = _moment(value)
        if moment is not None:
            return moment
        return value if len(value) <= _LONGEST else value[: _LONGEST - 1].rstrip() + "…"
    return str(value)


def _moment(text: str) -> str | None:
    """An ISO date or moment as the trail keeps it, shown as a date (and local time)."""
    if not (len(text) >= 10 and text[4:5] == "-" and text[7:8] == "-" and text[:4].isdigit()):
        return None
    try:
        if len(text) == 10:
            return format_date(dt.date.fromisoformat(text))
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return format_datetime(moment)


def details_text(action: str, details: Mapping[str, object], language: str) -> str:
    """What an event says beyond its action: each change as "Field: before → after", other facts as "Field: value"."""
    parts: list[str] = []
    changes = details.get("changes")
    if isinstance(changes, Mapping):
        for name, pair in changes.items():
            before, after = pair if isinstance(pair, list | tuple) and len(pair) == 2 else (None, pair)
            parts.append(
                f"{field_label(str(name), language)}: {value_text(str(name), before, language)} → "
                f"{value_text(str(name), after, language)}"
            )
    if "from" in details or "to" in details:
        name = "role" if action.startswith("user.") else "status"
        parts.append(
            f"{field_label(name, language)}: {value_text(name, details.get('from'), language)} → "
            f"{value_text(name, details.get('to'), language)}"
        )
    for name, value in details.items():
        if name in ("changes", "from", "to") or value in (None, "", [], {}):
            continue
        parts.append(f"{field_label(name, language)}: {value_text(name, value, language)}")
    return "; ".join(parts)


__all__ = ["action_text", "details_text", "field_label", "value_text"]
