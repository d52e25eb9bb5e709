"""Messages of a first start: the demonstration register's sign-in note."""


def _m(bs: str, hr: str, sr: str, en: str) -> dict[str, str]:
    return {"bs": bs, "hr": hr, "sr": sr, "en": en}


MESSAGES = {
    "demo.note_title": _m(
        "DEMONSTRACIJSKI REGISTAR: svi predmeti i osobe su izmišljeni.",
        "DEMONSTRACIJSKI REGISTAR: svi predmeti i osobe su izmišljeni.",
        "DEMONSTRACIONI REGISTAR: svi predmeti i osobe su izmišljeni.",
        "DEMONSTRATION REGISTER: every case and person in it is made up.",
    ),
    "demo.note_password": _m(
        "Prijavite se jednim od ovih korisničkih imena; lozinka je za sve ista: {password}",
        "Prijavite se jednim od ovih korisničkih imena; lozinka je za sve ista: {password}",
        "Prijavite se jednim od ovih korisničkih imena; lozinka je za sve ista: {password}",
        "Sign in with one of these user names; the password is the same for all: {password}",
    ),
    "demo.note_warning": _m(
        "Ne unosite stvarne podatke u demonstracijski registar.",
        "Ne unosite stvarne podatke u demonstracijski registar.",
        "Ne unosite stvarne podatke u demonstracioni registar.",
        "Do not enter real data into a demonstration register.",
    ),
    "demo.note_written": _m(
        "Kako se prijaviti: {path}", "Kako se prijaviti: {path}", "Kako se prijaviti: {path}", "How to sign in: {path}"
    ),
    "demo.role_worker": _m("stručni radnik", "stručni radnik", "stručni radnik", "worker"),
    "demo.role_supervisor": _m("rukovodilac", "voditelj", "rukovodilac", "supervisor"),
    "demo.role_administrator": _m("administrator", "administrator", "administrator", "administrator"),
    "demo.role_auditor": _m("revizor", "revizor", "revizor", "auditor"),
    "first_start.title": _m("Novi registar", "Novi registar", "Novi registar", "New register"),
    "first_start.intro": _m(
        "Ovaj registar je nov. Izaberite općinu čiji ga centar za socijalni rad vodi i jezik "
        "centra; nakon toga pravite račun administratora.",
        "Ovaj registar je nov. Odaberite "
        "općinu čiji ga centar za socijalnu skrb vodi i jezik centra; nakon toga izrađujete "
        "račun administratora.",
        "Ovaj registar je nov. Izaberite opštinu čiji ga centar za "
        "socijalni rad vodi i jezik centra; nakon toga pravite nalog administratora.",
        "This register is new. Choose the municipality whose social work centre keeps it and "
        "the centre's language; then you create the administrator account.",
    ),
    "first_start.search": _m(
        "Traži općinu (latinica ili ćirilica)…",
        "Traži općinu (latinica ili ćirilica)…",
        "Traži opštinu (latinica ili ćirilica)…",
        "Find a municipality (Latin or Cyrillic)…",
    ),
    "first_start.language": _m("Jezik centra:", "Jezik centra:", "Jezik centra:", "Centre's language:"),
    "first_start.ok": _m("Nastavi", "Nastavi", "Nastavi", "Continue"),
    "first_start.cancel": _m("Odustani", "Odustani", "Odustani", "Cancel"),
    "first_start.cancelled": _m(
        "Općina nije izabrana; registar nije postavljen.",
        "Općina nije odabrana; registar nije postavljen.",
        "Opština nije izabrana; registar nije postavljen.",
        "No municipality was chosen; the register was not set up.",
    ),
    "demo.sign_in_hint": _m(
        "Demonstracijski registar (izmišljeni podaci). Prijavite se npr. kao {accounts}; lozinka: {password}",
        "Demonstracijski registar (izmišljeni podaci). Prijavite se npr. kao {accounts}; lozinka: {password}",
        "Demonstracioni registar (izmišljeni podaci). Prijavite se npr. kao {accounts}; lozinka: {password}",
        "Demonstration register (made-up data). Sign in as, for example, {accounts}; password: {password}",
    ),
}
