"""Corrections with history (issue 14.1): the audit trail's words for closing and reopening protocol steps,
cancelling referrals, removing household members and correcting accounts, and the refusals they can meet."""


def _m(bs: str, hr: str, sr: str, en: str) -> dict[str, str]:
    return {"bs": bs, "hr": hr, "sr": sr, "en": en}


_ACTIONS = {
    # the same words as the "doors" catalogue (a message registered twice must read the same)
    "checklist.done": _m(
        "Korak protokola urađen", "Korak protokola obavljen", "Korak protokola urađen", "Protocol step done"
    ),
    "checklist.not_applicable": _m(
        "Korak protokola nije primjenjiv",
        "Korak protokola nije primjenjiv",
        "Korak protokola nije primenljiv",
        "Protocol step not applicable",
    ),
    "checklist.reopen": _m(
        "Korak protokola ponovo otvoren",
        "Korak protokola ponovno otvoren",
        "Korak protokola ponovo otvoren",
        "Protocol step reopened",
    ),
    "referral.cancel": _m("Upućivanje otkazano", "Upućivanje otkazano", "Upućivanje otkazano", "Referral cancelled"),
    "household.remove": _m(
        "Uklonjen član domaćinstva", "Uklonjen član kućanstva", "Uklonjen član domaćinstva", "Household member removed"
    ),
    "record.history_viewed": _m(
        "Pregledana historija zapisa",
        "Pregledana povijest zapisa",
        "Pregledana istorija zapisa",
        "Record history viewed",
    ),
    "user.update": _m(
        "Izmijenjen korisnički nalog", "Izmijenjen korisnički račun", "Izmijenjen korisnički nalog", "Account changed"
    ),
}

MESSAGES = {f"audit.action.{code}": texts for code, texts in _ACTIONS.items()}
MESSAGES.update(
    {
        "checklist.nothing_to_reopen": _m(
            "Ovaj korak je otvoren: nema šta da se ponovo otvori.",
            "Ovaj korak je otvoren: nema se što ponovno otvoriti.",
            "Ovaj korak je otvoren: nema šta da se ponovo otvori.",
            "This step is open: there is nothing to reopen.",
        ),
        "checklist.later_occurrence_closed": _m(
            "Sljedeće ponavljanje ovog koraka je već zatvoreno; prvo ponovo otvorite njega.",
            "Sljedeće ponavljanje ovog koraka već je zatvoreno; najprije ponovno otvorite njega.",
            "Sledeće ponavljanje ovog koraka je već zatvoreno; prvo ponovo otvorite njega.",
            "The next occurrence of this step is already closed; reopen that one first.",
        ),
        "referral.not_cancellable": _m(
            "Odgovoreno ili već otkazano upućivanje ne može se otkazati; ispravite ga ako je pogrešno upisano.",
            "Odgovoreno ili već otkazano upućivanje ne može se otkazati; ispravite ga ako je pogrešno upisano.",
            "Odgovoreno ili već otkazano upućivanje ne može se otkazati; ispravite ga ako je pogrešno upisano.",
            "An answered or already cancelled referral cannot be cancelled; correct it if it was entered wrongly.",
        ),
        "user.last_administrator": _m(
            "Registar mora imati bar jednog aktivnog administratora: ovom nalogu se uloga ne može promijeniti dok "
            "drugi administrator ne postoji.",
            "Registar mora imati barem jednog aktivnog administratora: ovom se računu uloga ne može promijeniti dok "
            "ne postoji drugi administrator.",
            "Registar mora imati bar jednog aktivnog administratora: ovom nalogu se uloga ne može promeniti dok "
            "drugi administrator ne postoji.",
            "The register must keep an active administrator: this account's role cannot change until there is "
            "another administrator.",
        ),
    }
)
