"""Messages of building and installing: ``registry build`` and the settings file IT writes."""


def _m(bs: str, hr: str, sr: str, en: str) -> dict[str, str]:
    return {"bs": bs, "hr": hr, "sr": sr, "en": en}


MESSAGES = {
    "build.step_stage": _m(
        "[{seconds} s] Pripremam sadržaj (profil, fontovi, prijevodi, licence)…",
        "[{seconds} s] Pripremam sadržaj (profil, fontovi, prijevodi, licence)…",
        "[{seconds} s] Pripremam sadržaj (profil, fontovi, prevodi, licence)…",
        "[{seconds} s] Staging (profile, fonts, translations, licences)…",
    ),
    "build.step_bundle": _m(
        "[{seconds} s] Pravim paket programa (PyInstaller)…",
        "[{seconds} s] Izrađujem paket programa (PyInstaller)…",
        "[{seconds} s] Pravim paket programa (PyInstaller)…",
        "[{seconds} s] Bundling the program (PyInstaller)…",
    ),
    "build.step_package": _m(
        "[{seconds} s] Pakujem za instalaciju…",
        "[{seconds} s] Pakiram za instalaciju…",
        "[{seconds} s] Pakujem za instalaciju…",
        "[{seconds} s] Packaging for installation…",
    ),
    "build.done": _m(
        "Gotovo za {seconds} s: {folder} ({megabytes} MB).",
        "Gotovo za {seconds} s: {folder} ({megabytes} MB).",
        "Gotovo za {seconds} s: {folder} ({megabytes} MB).",
        "Done in {seconds} s: {folder} ({megabytes} MB).",
    ),
    "build.produced": _m(
        "Napravljeno: {path} ({megabytes} MB).",
        "Izrađeno: {path} ({megabytes} MB).",
        "Napravljeno: {path} ({megabytes} MB).",
        "Made: {path} ({megabytes} MB).",
    ),
    "build.script_only": _m(
        "Skripta Windows instalacije: {path} (instalacija se pravi na Windowsu ili sa --installer).",
        "Skripta Windows instalacije: {path} (instalacija se izrađuje na Windowsu ili s --installer).",
        "Skripta Windows instalacije: {path} (instalacija se pravi na Windowsu ili sa --installer).",
        "Windows installer script: {path} (the installer is made on Windows, or with --installer).",
    ),
    "build.no_pyinstaller": _m(
        "PyInstaller nije instaliran: pip install -e '.[build]'",
        "PyInstaller nije instaliran: pip install -e '.[build]'",
        "PyInstaller nije instaliran: pip install -e '.[build]'",
        "PyInstaller is not installed: pip install -e '.[build]'",
    ),
    "build.pyinstaller_failed": _m(
        "PyInstaller nije uspio; pogledajte {log}",
        "PyInstaller nije uspio; pogledajte {log}",
        "PyInstaller nije uspeo; pogledajte {log}",
        "PyInstaller failed; see {log}",
    ),
    "build.no_lrelease": _m(
        "Nema programa pyside6-lrelease (dolazi s paketom PySide6): prijevodi se ne mogu napraviti.",
        "Nema programa pyside6-lrelease (dolazi s paketom PySide6): prijevodi se ne mogu izraditi.",
        "Nema programa pyside6-lrelease (dolazi sa paketom PySide6): prevodi se ne mogu napraviti.",
        "pyside6-lrelease (part of PySide6) was not found: the translations cannot be compiled.",
    ),
    "build.no_translations": _m(
        "Nema izvora prijevoda u {folder}",
        "Nema izvora prijevoda u {folder}",
        "Nema izvora prevoda u {folder}",
        "No translation sources in {folder}",
    ),
    "build.translation_failed": _m(
        "Prijevod {file} se ne može prevesti: {detail}",
        "Prijevod {file} se ne može prevesti: {detail}",
        "Prevod {file} se ne može prevesti: {detail}",
        "Translation {file} could not be compiled: {detail}",
    ),
    "build.no_makensis": _m(
        "Nema programa makensis (NSIS); na Debianu: apt-get install nsis",
        "Nema programa makensis (NSIS); na Debianu: apt-get install nsis",
        "Nema programa makensis (NSIS); na Debianu: apt-get install nsis",
        "makensis (NSIS) was not found; on Debian: apt-get install nsis",
    ),
    "build.makensis_failed": _m(
        "makensis nije uspio; pogledajte {log}",
        "makensis nije uspio; pogledajte {log}",
        "makensis nije uspeo; pogledajte {log}",
        "makensis failed; see {log}",
    ),
    "settings.missing": _m(
        "Datoteka s postavkama {path} ne postoji.",
        "Datoteka s postavkama {path} ne postoji.",
        "Datoteka sa postavkama {path} ne postoji.",
        "The settings file {path} does not exist.",
    ),
    "settings.unreadable": _m(
        "Datoteka s postavkama {path} se ne može pročitati: {detail}",
        "Datoteka s postavkama {path} se ne može pročitati: {detail}",
        "Datoteka sa postavkama {path} se ne može pročitati: {detail}",
        "The settings file {path} cannot be read: {detail}",
    ),
    "settings.not_toml": _m(
        "Datoteka s postavkama {path} nije ispravno napisana ({detail}).",
        "Datoteka s postavkama {path} nije ispravno napisana ({detail}).",
        "Datoteka sa postavkama {path} nije ispravno napisana ({detail}).",
        "The settings file {path} is not written correctly ({detail}).",
    ),
    "settings.unknown_key": _m(
        'U datoteci s postavkama {path} je nepoznata stavka "{entry}"; dozvoljene su: {allowed}',
        'U datoteci s postavkama {path} je nepoznata stavka "{entry}"; dopuštene su: {allowed}',
        'U datoteci sa postavkama {path} je nepoznata stavka "{entry}"; dozvoljene su: {allowed}',
        'The settings file {path} has an unknown entry "{entry}"; allowed: {allowed}',
    ),
    "settings.not_text": _m(
        'U datoteci s postavkama {path} vrijednost "{entry}" treba biti tekst pod navodnicima.',
        'U datoteci s postavkama {path} vrijednost "{entry}" treba biti tekst pod navodnicima.',
        'U datoteci sa postavkama {path} vrednost "{entry}" treba biti tekst pod navodnicima.',
        'In the settings file {path}, "{entry}" must be text in quotes.',
    ),
    "settings.two_databases": _m(
        "Datoteka s postavkama {path} navodi i adresu baze i naziv servisa; ostavite jedno.",
        "Datoteka s postavkama {path} navodi i adresu baze i naziv servisa; ostavite jedno.",
        "Datoteka sa postavkama {path} navodi i adresu baze i naziv servisa; ostavite jedno.",
        "The settings file {path} gives both a database URL and a service name; keep one.",
    ),
    "gui.screenshot_throwaway": _m(
        "Nema sefa za ključeve (keyring): snimci ekrana se prave na privremenom, šifrovanom "
        "demo registru koji se briše na kraju.",
        "Nema sefa za ključeve (keyring): snimke "
        "zaslona izrađuju se na privremenom, šifriranom demo registru koji se briše na "
        "kraju.",
        "Nema sefa za ključeve (keyring): snimci ekrana se prave na privremenom, "
        "šifrovanom demo registru koji se briše na kraju.",
        "No keyring: the screenshots are taken of a temporary, encrypted demonstration register, deleted at the end.",
    ),
    "server.not_postgresql": _m(
        "Ova naredba radi samo s PostgreSQL serverom (--db postgresql+psycopg://...).",
        "Ova naredba radi samo s PostgreSQL poslužiteljem (--db postgresql+psycopg://...).",
        "Ova naredba radi samo sa PostgreSQL serverom (--db postgresql+psycopg://...).",
        "This command works with a PostgreSQL server only (--db postgresql+psycopg://...).",
    ),
    "server.role_name": _m(
        'Ime uloge "{role}" nije dozvoljeno: mala slova, cifre i donja crta.',
        'Ime uloge "{role}" nije dopušteno: mala slova, znamenke i donja crta.',
        'Ime uloge "{role}" nije dozvoljeno: mala slova, cifre i donja crta.',
        'Role name "{role}" is not allowed: lower-case letters, digits and underscores.',
    ),
    "server.role_is_owner": _m(
        'Uloga "{role}" je vlasnik baze; računari trebaju drugu, ograničenu ulogu.',
        'Uloga "{role}" je vlasnik baze; računala trebaju drugu, ograničenu ulogu.',
        'Uloga "{role}" je vlasnik baze; računari trebaju drugu, ograničenu ulogu.',
        'Role "{role}" owns the database; the PCs need another, restricted role.',
    ),
    "server.password_prompt": _m(
        "Nova lozinka uloge {role}:",
        "Nova lozinka uloge {role}:",
        "Nova lozinka uloge {role}:",
        "New password of role {role}:",
    ),
    "server.prepared": _m(
        "Baza {database} je spremna (vlasnik {owner}, tabela: {tables}). Računari se spajaju kao "
        "{role}: bez izmjena sheme, a revizijski trag ({audit}) server čuva samo za dopisivanje.",
        "Baza {database} je spremna (vlasnik {owner}, tablica: {tables}). Računala se spajaju kao "
        "{role}: bez izmjena sheme, a revizijski trag ({audit}) poslužitelj čuva samo za "
        "dopisivanje.",
        "Baza {database} je spremna (vlasnik {owner}, tabela: {tables}). Računari "
        "se spajaju kao {role}: bez izmena šeme, a revizijski trag ({audit}) server čuva samo za "
        "dopisivanje.",
        "Database {database} is ready (owner {owner}, tables: {tables}). The PCs "
        "connect as {role}: no schema changes, and the server keeps the audit trail ({audit}) "
        "append-only.",
    ),
    "server.upgrade_by_owner": _m(
        "Baza na serveru je na reviziji {current}, a ovaj program treba {head}. Nadogradnju "
        "radi IT kao vlasnik baze: registry --db <adresa vlasnika> db upgrade, zatim "
        "registry server prepare.",
        "Baza na poslužitelju je na reviziji {current}, a ovaj "
        "program treba {head}. Nadogradnju radi IT kao vlasnik baze: registry --db <adresa "
        "vlasnika> db upgrade, zatim registry server prepare.",
        "Baza na serveru je na "
        "reviziji {current}, a ovaj program treba {head}. Nadogradnju radi IT kao vlasnik "
        "baze: registry --db <adresa vlasnika> db upgrade, zatim registry server prepare.",
        "The database on the server is at revision {current}; this program needs {head}. "
        "IT upgrades it as the database owner: registry --db <owner URL> db upgrade, then "
        "registry server prepare.",
    ),
    "server.cannot_create_role": _m(
        "Uloga {owner} ne smije praviti uloge. Neka administrator servera napravi ulogu "
        "{role} (CREATE ROLE {role} LOGIN) ili da ulozi {owner} pravo CREATEROLE.",
        "Uloga {owner} ne smije stvarati uloge. Neka administrator poslužitelja stvori "
        "ulogu {role} (CREATE ROLE {role} LOGIN) ili ulozi {owner} da pravo CREATEROLE.",
        "Uloga {owner} ne sme da pravi uloge. Neka administrator servera napravi ulogu "
        "{role} (CREATE ROLE {role} LOGIN) ili da ulozi {owner} pravo CREATEROLE.",
        "Role {owner} may not create roles. Ask the server's administrator to create "
        "{role} (CREATE ROLE {role} LOGIN) or to give {owner} CREATEROLE.",
    ),
    "server.cannot_connect": _m(
        "Veza s bazom nije uspjela: {detail}",
        "Veza s bazom nije uspjela: {detail}",
        "Veza sa bazom nije uspela: {detail}",
        "Could not connect to the database: {detail}",
    ),
}
