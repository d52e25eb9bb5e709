"""The command line as a signed-in user: who acts, with which password, and what their role allows.

Commands, options and environment variables are passed in as parameters, so a Cyrillic message keeps them in
Latin letters, as they must be typed.
"""


def _m(bs: str, hr: str, sr: str, en: str) -> dict[str, str]:
    return {"bs": bs, "hr": hr, "sr": sr, "en": en}


MESSAGES = {
    "cli.user_required": _m(
        "Naredba radi u ime prijavljenog korisnika: navedite {option} KORISNIK (ili {user_env}). Lozinka se "
        "traži, a za zakazane poslove uzima iz {password_env}.",
        "Naredba radi u ime prijavljenog korisnika: navedite {option} KORISNIK (ili {user_env}). Lozinka se "
        "traži, a za zakazane poslove uzima iz {password_env}.",
        "Naredba radi u ime prijavljenog korisnika: navedite {option} KORISNIK (ili {user_env}). Lozinka se "
        "traži, a za zakazane poslove uzima iz {password_env}.",
        "The command acts as a signed-in user: give {option} NAME (or {user_env}). The password is asked for, or "
        "taken from {password_env} for scheduled jobs.",
    ),
    "cli.password_prompt": _m("Lozinka za {user}:", "Lozinka za {user}:", "Lozinka za {user}:", "Password for {user}:"),
    "cli.no_terminal": _m(
        "Nema terminala za unos: za zakazane poslove postavite {password_env} (lozinka) ili {passphrase_env} "
        "(ključ baze), ili pokrenite naredbu u terminalu. Ništa nije urađeno.",
        "Nema terminala za unos: za zakazane poslove postavite {password_env} (lozinka) ili {passphrase_env} "
        "(ključ baze), ili pokrenite naredbu u terminalu. Ništa nije učinjeno.",
        "Nema terminala za unos: za zakazane poslove postavite {password_env} (lozinka) ili {passphrase_env} "
        "(ključ baze), ili pokrenite naredbu u terminalu. Ništa nije urađeno.",
        "There is no terminal to type it in: for scheduled jobs set {password_env} (password) or {passphrase_env} "
        "(database key), or run the command in a terminal. Nothing was done.",
    ),
    "cli.role_required": _m(
        "Korisnik {user} nema pravo na ovu naredbu (potrebna uloga: {roles}). Ništa nije urađeno.",
        "Korisnik {user} nema ovlast za ovu naredbu (potrebna uloga: {roles}). Ništa nije učinjeno.",
        "Korisnik {user} nema pravo na ovu naredbu (potrebna uloga: {roles}). Ništa nije urađeno.",
        "{user} may not run this command (it needs the role: {roles}). Nothing was done.",
    ),
    "cli.role.worker": _m("stručni radnik", "stručni radnik", "stručni radnik", "worker"),
    "cli.role.supervisor": _m("supervizor", "supervizor", "supervizor", "supervisor"),
    "cli.role.administrator": _m("administrator", "administrator", "administrator", "administrator"),
    "cli.role.auditor": _m("revizor", "revizor", "revizor", "auditor"),
    "cli.admin_exists": _m(
        "Registar već ima administratora. Nove naloge dodaje administrator: {command}.",
        "Registar već ima administratora. Nove račune dodaje administrator: {command}.",
        "Registar već ima administratora. Nove naloge dodaje administrator: {command}.",
        "The register already has an administrator. An administrator adds accounts: {command}.",
    ),
    "cli.no_accounts": _m(
        "Registar još nema naloga: prvog administratora napravite naredbom {command} IME.",
        "Registar još nema računa: prvog administratora stvorite naredbom {command} IME.",
        "Registar još nema naloga: prvog administratora napravite naredbom {command} IME.",
        "The register has no accounts yet: make the first administrator with {command} NAME.",
    ),
    "cli.admin_created": _m(
        "Administrator {user} je napravljen.",
        "Administrator {user} je stvoren.",
        "Administrator {user} je napravljen.",
        "Administrator {user} created.",
    ),
    "cli.new_password_prompt": _m(
        "Nova lozinka za {user}:", "Nova lozinka za {user}:", "Nova lozinka za {user}:", "New password for {user}:"
    ),
    "cli.new_password_again": _m(
        "Ponovite novu lozinku:", "Ponovite novu lozinku:", "Ponovite novu lozinku:", "The new password again:"
    ),
    "cli.passwords_differ": _m(
        "Lozinke se ne podudaraju. Ništa nije urađeno.",
        "Lozinke se ne podudaraju. Ništa nije učinjeno.",
        "Lozinke se ne podudaraju. Ništa nije urađeno.",
        "The passwords differ. Nothing was done.",
    ),
    "cli.user_unlocked": _m(
        "Nalog {user}: čekanje nakon pogrešnih lozinki ({failures}) je ukinuto; vlasnik se može odmah prijaviti.",
        "Račun {user}: čekanje nakon pogrešnih lozinki ({failures}) je ukinuto; vlasnik se može odmah prijaviti.",
        "Nalog {user}: čekanje posle pogrešnih lozinki ({failures}) je ukinuto; vlasnik može odmah da se prijavi.",
        "Account {user}: the wait after wrong passwords ({failures}) has ended; the owner may sign in at once.",
    ),
    "cli.no_such_user": _m(
        "Nalog {user} ne postoji ({command} ih nabraja).",
        "Račun {user} ne postoji ({command} ih nabraja).",
        "Nalog {user} ne postoji ({command} ih nabraja).",
        "There is no account {user} ({command} lists them).",
    ),
    "cli.users_header": _m(
        "Korisnik\tIme i prezime\tUloga\tStanje",
        "Korisnik\tIme i prezime\tUloga\tStanje",
        "Korisnik\tIme i prezime\tUloga\tStanje",
        "User\tFull name\tRole\tState",
    ),
    "cli.user_state.active": _m("aktivan", "aktivan", "aktivan", "active"),
    "cli.user_state.inactive": _m("neaktivan", "neaktivan", "neaktivan", "inactive"),
    "cli.user_state.failures": _m(
        "pogrešnih lozinki: {count}",
        "pogrešnih lozinki: {count}",
        "pogrešnih lozinki: {count}",
        "wrong passwords: {count}",
    ),
    "cli.user_state.waiting": _m("čeka do {until}", "čeka do {until}", "čeka do {until}", "waiting until {until}"),
    "cli.user_added": _m(
        "Nalog {user} ({role}) je napravljen; lozinku mijenja pri prvoj prijavi u aplikaciji.",
        "Račun {user} ({role}) je stvoren; lozinku mijenja pri prvoj prijavi u aplikaciji.",
        "Nalog {user} ({role}) je napravljen; lozinku menja pri prvoj prijavi u aplikaciji.",
        "Account {user} ({role}) created; the password is changed at the first sign-in to the application.",
    ),
    "cli.bad_date": _m(
        "Datum {value} nije ispravan: upišite {example}.",
        "Datum {value} nije ispravan: upišite {example}.",
        "Datum {value} nije ispravan: upišite {example}.",
        "{value} is not a date: write {example}.",
    ),
    "cli.bad_file": _m(
        "Datoteka {path} nije ono što naredba očekuje ({detail}). Ništa nije urađeno.",
        "Datoteka {path} nije ono što naredba očekuje ({detail}). Ništa nije učinjeno.",
        "Datoteka {path} nije ono što naredba očekuje ({detail}). Ništa nije urađeno.",
        "The file {path} is not what the command expects ({detail}). Nothing was done.",
    ),
    "cli.bad_url": _m(
        "Adresa baze nije ispravna ({detail}). Primjer: {example}",
        "Adresa baze nije ispravna ({detail}). Primjer: {example}",
        "Adresa baze nije ispravna ({detail}). Primer: {example}",
        "That is not a database address ({detail}). For example: {example}",
    ),
    "cli.unexpected": _m(
        "Naredba nije uspjela: {detail}",
        "Naredba nije uspjela: {detail}",
        "Naredba nije uspela: {detail}",
        "The command failed: {detail}",
    ),
}
