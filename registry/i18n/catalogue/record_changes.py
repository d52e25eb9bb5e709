"""Corrections of a case's records: the audit trail's words for them and the refusals they can meet."""


def _m(bs: str, hr: str, sr: str, en: str) -> dict[str, str]:
    return {"bs": bs, "hr": hr, "sr": sr, "en": en}


_ACTIONS = {
    "household.update": _m(
        "Izmijenjen član domaćinstva",
        "Izmijenjen član kućanstva",
        "Izmijenjen član domaćinstva",
        "Household member changed",
    ),
    "incident.update": _m("Izmijenjen incident", "Izmijenjen incident", "Izmijenjen incident", "Incident changed"),
    "measure.update": _m("Izmijenjena mjera", "Izmijenjena mjera", "Izmijenjena mjera", "Measure changed"),
    "note.update": _m("Ispravljena bilješka", "Ispravljena bilješka", "Ispravljena bilješka", "Note corrected"),
    "conference.update": _m(
        "Ispravljen zapisnik", "Ispravljen zapisnik", "Ispravljen zapisnik", "Conference minutes corrected"
    ),
    "consent.update": _m(
        "Izmijenjena saglasnost", "Izmijenjena suglasnost", "Izmijenjena saglasnost", "Consent changed"
    ),
    "referral.update": _m("Izmijenjen dopis", "Izmijenjen dopis", "Izmijenjen dopis", "Referral changed"),
    "checklist.update": _m(
        "Ispravljen korak protokola",
        "Ispravljen korak protokola",
        "Ispravljen korak protokola",
        "Protocol step corrected",
    ),
}

_RECORDS = {
    "household_member": _m("član domaćinstva", "član kućanstva", "član domaćinstva", "household member"),
    "incident": _m("incident", "incident", "incident", "incident"),
    "measure": _m("mjera", "mjera", "mjera", "measure"),
    "case_note": _m("bilješka", "bilješka", "bilješka", "note"),
    "case_conference": _m(
        "zapisnik sa konferencije", "zapisnik s konferencije", "zapisnik sa konferencije", "case conference"
    ),
    "consent": _m("saglasnost", "suglasnost", "saglasnost", "consent"),
    "checklist_item": _m("korak protokola", "korak protokola", "korak protokola", "protocol step"),
}

MESSAGES = {f"audit.action.{code}": texts for code, texts in _ACTIONS.items()}
MESSAGES.update({f"audit.entity.{code}": texts for code, texts in _RECORDS.items()})
MESSAGES.update({f"what.{code}": texts for code, texts in _RECORDS.items() if code != "checklist_item"})
MESSAGES.update(
    {
        "checklist.still_open": _m(
            "Ovaj korak još nije završen niti označen kao neprimjenjiv: nema se šta ispraviti.",
            "Ovaj korak još nije završen niti označen kao neprimjenjiv: nema se što ispraviti.",
            "Ovaj korak još nije završen niti označen kao neprimjenjiv: nema se šta ispraviti.",
            "This step is neither done nor marked not applicable yet: there is nothing to correct.",
        ),
        "checklist.done_at_not_applicable": _m(
            "{field}: korak je označen kao neprimjenjiv, pa nema datum završetka.",
            "{field}: korak je označen kao neprimjenjiv, pa nema datum završetka.",
            "{field}: korak je označen kao neprimjenjiv, pa nema datum završetka.",
            "{field}: the step is marked not applicable, so it has no completion date.",
        ),
        "checklist.reason_only_not_applicable": _m(
            "{field}: razlog se navodi samo za korak označen kao neprimjenjiv.",
            "{field}: razlog se navodi samo za korak označen kao neprimjenjiv.",
            "{field}: razlog se navodi samo za korak označen kao neprimjenjiv.",
            "{field}: a reason is given only for a step marked not applicable.",
        ),
        "referral.not_answered": _m(
            "{field}: odgovor još nije evidentiran; evidentirajte ga prvo.",
            "{field}: odgovor još nije evidentiran; evidentirajte ga najprije.",
            "{field}: odgovor još nije evidentiran; evidentirajte ga prvo.",
            "{field}: no response has been recorded yet; record it first.",
        ),
    }
)
