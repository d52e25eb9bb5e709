"""Messages of the closed doors: restricted cases met elsewhere, and the audit viewer's own entries."""


def _m(bs: str, hr: str, sr: str, en: str) -> dict[str, str]:
    return {"bs": bs, "hr": hr, "sr": sr, "en": en}


MESSAGES = {
    "access.restricted_person": _m(
        "Ova osoba je u predmetu ograničenog pristupa. Za više informacija obratite se: {ask}.",
        "Ova osoba je u predmetu ograničenog pristupa. Za više informacija obratite se: {ask}.",
        "Ova osoba je u predmetu ograničenog pristupa. Za više informacija obratite se: {ask}.",
        "This person is in a restricted case. For more, ask: {ask}.",
    ),
    "access.restricted_match": _m(
        "Moguće podudaranje u predmetu ograničenog pristupa; obratite se: {ask}",
        "Moguće podudaranje u predmetu ograničenog pristupa; obratite se: {ask}",
        "Moguće podudaranje u predmetu ograničenog pristupa; obratite se: {ask}",
        "Possible match in a restricted case; ask: {ask}",
    ),
    "import.restricted_match": _m(
        "Moguće podudaranje s osobom u predmetu ograničenog pristupa: red nije uvezen ni povezan. Obratite se: "
        "{ask}; oni mogu uvesti ovaj red.",
        "Moguće podudaranje s osobom u predmetu ograničenog pristupa: redak nije uvezen ni povezan. Obratite se: "
        "{ask}; oni mogu uvesti ovaj redak.",
        "Moguće podudaranje sa licem u predmetu ograničenog pristupa: red nije uvezen ni povezan. Obratite se: "
        "{ask}; oni mogu da uvezu ovaj red.",
        "Possible match with a person in a restricted case: the row was neither imported nor linked. Ask {ask}; "
        "they can import this row.",
    ),
    "access.hidden_details": _m(
        "(predmet ograničenog pristupa)",
        "(predmet ograničenog pristupa)",
        "(predmet ograničenog pristupa)",
        "(restricted case)",
    ),
    "access.perpetrator_not_in_case": _m(
        "{field}: izaberite člana domaćinstva ovog predmeta.",
        "{field}: odaberite člana kućanstva ovog predmeta.",
        "{field}: izaberite člana domaćinstva ovog predmeta.",
        "{field}: choose a household member of this case.",
    ),
    "audit.action.audit.view": _m(
        "Pregledan revizijski trag predmeta",
        "Pregledan revizijski trag predmeta",
        "Pregledan revizijski trag predmeta",
        "Case audit trail viewed",
    ),
    "audit.action.checklist.done": _m(
        "Korak protokola urađen", "Korak protokola obavljen", "Korak protokola urađen", "Protocol step done"
    ),
    "audit.action.checklist.not_applicable": _m(
        "Korak protokola nije primjenjiv",
        "Korak protokola nije primjenjiv",
        "Korak protokola nije primenljiv",
        "Protocol step not applicable",
    ),
    "print.access.audit.view": _m(
        "Pregledan revizijski trag predmeta",
        "Pregledan revizijski trag predmeta",
        "Pregledan revizijski trag predmeta",
        "Case audit trail viewed",
    ),
}
