"""Column titles of the case list exported as filtered (services/case_list_export.py)."""


def _m(bs: str, hr: str, sr: str, en: str) -> dict[str, str]:
    return {"bs": bs, "hr": hr, "sr": sr, "en": en}


_COLUMNS = {
    "case_number": _m("Broj predmeta", "Broj predmeta", "Broj predmeta", "Case number"),
    "child": _m("Dijete", "Dijete", "Dijete", "Child"),
    "birth_date": _m("Datum rođenja", "Datum rođenja", "Datum rođenja", "Date of birth"),
    "registered_at": _m("Evidentiran", "Evidentiran", "Evidentiran", "Registered"),
    "status": _m("Status", "Status", "Status", "Status"),
    "risk_level": _m("Nivo rizika", "Razina rizika", "Nivo rizika", "Risk level"),
    "urgency": _m("Hitnost", "Hitnost", "Hitnost", "Urgency"),
    "lead_worker": _m("Voditelj predmeta", "Voditelj predmeta", "Voditelj predmeta", "Lead worker"),
    "overdue_steps": _m("Koraka u kašnjenju", "Koraka u kašnjenju", "Koraka u kašnjenju", "Overdue steps"),
}

MESSAGES = {f"case_export.column.{name}": texts for name, texts in _COLUMNS.items()}
MESSAGES["case_export.sheet"] = _m("Predmeti", "Predmeti", "Predmeti", "Cases")
