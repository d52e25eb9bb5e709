"""The audit trail's actions and record kinds in words, for the audit viewer."""


def _m(bs: str, hr: str, sr: str, en: str) -> dict[str, str]:
    return {"bs": bs, "hr": hr, "sr": sr, "en": en}


_ACTIONS = {
    "backup": _m("Rezervna kopija", "Sigurnosna kopija", "Rezervna kopija", "Backup"),
    "case.break_glass": _m(
        "Otvoren ograničeni predmet uz razlog",
        "Otvoren ograničeni predmet uz razlog",
        "Otvoren ograničeni predmet uz razlog",
        "Restricted case opened with a reason",
    ),
    "case.closure_requested": _m(
        "Predloženo zatvaranje", "Predloženo zatvaranje", "Predloženo zatvaranje", "Closure requested"
    ),
    "case.create": _m("Predmet evidentiran", "Predmet evidentiran", "Predmet evidentiran", "Case registered"),
    "case.plan_approved": _m("Plan odobren", "Plan odobren", "Plan odobren", "Plan approved"),
    "case.restrict": _m("Ograničen pristup", "Ograničen pristup", "Ograničen pristup", "Access restricted"),
    "case.status": _m("Promijenjen status", "Promijenjen status", "Promijenjen status", "Status changed"),
    "case.update": _m("Predmet izmijenjen", "Predmet izmijenjen", "Predmet izmijenjen", "Case changed"),
    "case.view": _m("Otvoren predmet", "Otvoren predmet", "Otvoren predmet", "Case opened"),
    "db.key_shown": _m("Prikazan ključ baze", "Prikazan ključ baze", "Prikazan ključ baze", "Database key shown"),
    "demo.seed": _m("Demo podaci", "Demo podaci", "Demo podaci", "Demo data"),
    "export.cases": _m("Izvoz predmeta", "Izvoz predmeta", "Izvoz predmeta", "Cases exported"),
    "import.cases": _m("Uvoz predmeta", "Uvoz predmeta", "Uvoz predmeta", "Cases imported"),
    "institution.create": _m("Nova institucija", "Nova ustanova", "Nova institucija", "Institution added"),
    "institution.update": _m(
        "Institucija izmijenjena", "Ustanova izmijenjena", "Institucija izmijenjena", "Institution changed"
    ),
    "print": _m("Štampano", "Ispisano", "Štampano", "Printed"),
    "protocol.new_version": _m(
        "Nova verzija protokola", "Nova inačica protokola", "Nova verzija protokola", "New protocol version"
    ),
    "referral.create": _m(
        "Upućivanje evidentirano", "Upućivanje evidentirano", "Upućivanje evidentirano", "Referral logged"
    ),
    "referral.response": _m("Evidentiran odgovor", "Evidentiran odgovor", "Evidentiran odgovor", "Response recorded"),
    "referral.send": _m("Upućivanje poslano", "Upućivanje poslano", "Upućivanje poslato", "Referral sent"),
    "restore": _m("Vraćena rezervna kopija", "Vraćena sigurnosna kopija", "Vraćena rezervna kopija", "Backup restored"),
    "retention.anonymise": _m("Anonimizacija", "Anonimizacija", "Anonimizacija", "Anonymised"),
    "settings.idle_lock": _m(
        "Promijenjeno zaključavanje", "Promijenjeno zaključavanje", "Promijenjeno zaključavanje", "Idle lock changed"
    ),
    "setup.initialise": _m("Registar pripremljen", "Registar pripremljen", "Registar pripremljen", "Register set up"),
    "signin": _m("Prijava", "Prijava", "Prijava", "Signed in"),
    "signin.failed": _m("Neuspjela prijava", "Neuspjela prijava", "Neuspjela prijava", "Sign-in failed"),
    "signin.locked": _m("Nalog zaključan", "Račun zaključan", "Nalog zaključan", "Account locked"),
    "signin.refused": _m("Prijava odbijena", "Prijava odbijena", "Prijava odbijena", "Sign-in refused"),
    "user.activate": _m("Nalog (de)aktiviran", "Račun (de)aktiviran", "Nalog (de)aktiviran", "Account (de)activated"),
    "user.create": _m("Novi nalog", "Novi račun", "Novi nalog", "Account created"),
    "user.password_changed": _m(
        "Promijenjena lozinka", "Promijenjena lozinka", "Promijenjena lozinka", "Password changed"
    ),
    "user.password_reset": _m(
        "Postavljena nova lozinka", "Postavljena nova lozinka", "Postavljena nova lozinka", "Password reset"
    ),
    "user.role": _m("Promijenjena uloga", "Promijenjena uloga", "Promijenjena uloga", "Role changed"),
}

_ENTITIES = {
    "case": _m("predmet", "predmet", "predmet", "case"),
    "institution": _m("institucija", "ustanova", "institucija", "institution"),
    "protocol_template": _m("protokol", "protokol", "protokol", "protocol"),
    "referral": _m("upućivanje", "upućivanje", "upućivanje", "referral"),
    "user": _m("korisnik", "korisnik", "korisnik", "user"),
}

MESSAGES = {f"audit.action.{code}": texts for code, texts in _ACTIONS.items()}
MESSAGES.update({f"audit.entity.{code}": texts for code, texts in _ENTITIES.items()})
