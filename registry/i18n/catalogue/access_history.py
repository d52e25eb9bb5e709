"""Messages of the printed access history of one case."""


def _m(bs: str, hr: str, sr: str, en: str) -> dict[str, str]:
    return {"bs": bs, "hr": hr, "sr": sr, "en": en}


MESSAGES = {
    "print.title.access_history": _m(
        "HISTORIJAT PRISTUPA PREDMETU",
        "POVIJEST PRISTUPA PREDMETU",
        "ISTORIJAT PRISTUPA PREDMETU",
        "ACCESS HISTORY OF A CASE",
    ),
    "print.access.intro": _m(
        "Svako otvaranje, izmjena, štampanje i izvoz ovog predmeta, te otvaranje uz navođenje razloga, prema "
        "revizijskom tragu registra ({count} zapisa).",
        "Svako otvaranje, izmjena, ispis i izvoz ovog predmeta te otvaranje uz navođenje razloga, prema "
        "revizijskom tragu registra ({count} zapisa).",
        "Svako otvaranje, izmjena, štampanje i izvoz ovog predmeta, te otvaranje uz navođenje razloga, prema "
        "revizijskom tragu registra ({count} zapisa).",
        "Every opening, change, print and export of this case, and every opening with a reason given, from the "
        "register's audit trail ({count} entries).",
    ),
    "print.access.none": _m(
        "Nema zapisa o pristupu.", "Nema zapisa o pristupu.", "Nema zapisa o pristupu.", "No access recorded."
    ),
    "print.access.user": _m("Korisnik", "Korisnik", "Korisnik", "User"),
    "print.access.action": _m("Radnja", "Radnja", "Radnja", "Action"),
    "print.access.system": _m("sistem", "sustav", "sistem", "system"),
    "print.access.reason": _m("Razlog: {reason}", "Razlog: {reason}", "Razlog: {reason}", "Reason: {reason}"),
    "print.access.document": _m(
        "Dokument: {document}", "Dokument: {document}", "Dokument: {document}", "Document: {document}"
    ),
    "print.access.case.view": _m("Otvoren predmet", "Otvoren predmet", "Otvoren predmet", "Case opened"),
    "print.access.case.break_glass": _m(
        "Otvoren ograničeni predmet uz razlog",
        "Otvoren ograničeni predmet uz razlog",
        "Otvoren ograničeni predmet uz razlog",
        "Restricted case opened with a reason",
    ),
    "print.access.case.print": _m("Štampano", "Ispisano", "Štampano", "Printed"),
    "print.access.print": _m("Štampano", "Ispisano", "Štampano", "Printed"),
    "print.access.export.cases": _m("Izvezeno", "Izvezeno", "Izvezeno", "Exported"),
    "print.access.case.create": _m(
        "Predmet evidentiran", "Predmet evidentiran", "Predmet evidentiran", "Case registered"
    ),
    "print.access.case.update": _m("Predmet izmijenjen", "Predmet izmijenjen", "Predmet izmijenjen", "Case changed"),
}
