"""Messages of the ``registry`` command."""

MESSAGES = {
    "cli.not_initialised": {
        "bs": "Baza {url} još nije pripremljena. Pokrenite: registry init --profile ŠIFRA (popis: registry profiles).",
        "hr": "Baza {url} još nije pripremljena. Pokrenite: registry init --profile ŠIFRA (popis: registry profiles).",
        "sr": "Baza {url} još nije pripremljena. Pokrenite: registry init --profile ŠIFRA (spisak: registry profiles).",
        "en": "The database {url} is not set up yet. Run: registry init --profile CODE (list: registry profiles).",
    },
    "cli.upgraded": {
        "bs": "Baza je nadograđena na verziju šeme {revision}; provjerena rezervna kopija: {backup}",
        "hr": "Baza je nadograđena na inačicu sheme {revision}; provjerena sigurnosna kopija: {backup}",
        "sr": "Baza je nadograđena na verziju šeme {revision}; provjerena rezervna kopija: {backup}",
        "en": "The database was upgraded to schema revision {revision}; verified backup: {backup}",
    },
    "cli.unknown_profile": {
        "bs": "Nepoznat profil općine „{code}”. Postojeći profili: {available}",
        "hr": "Nepoznat profil općine „{code}”. Postojeći profili: {available}",
        "sr": "Nepoznat profil opštine „{code}”. Postojeći profili: {available}",
        "en": "Unknown municipality profile “{code}”. Available profiles: {available}",
    },
    "cli.initialised": {
        "bs": "Baza {url} je spremna za {centre}: šifrarnika {lookups}, institucija {institutions}, "
        "protokol {protocol} v{version}.",
        "hr": "Baza {url} je spremna za {centre}: šifrarnika {lookups}, institucija {institutions}, "
        "protokol {protocol} v{version}.",
        "sr": "Baza {url} je spremna za {centre}: šifarnika {lookups}, institucija {institutions}, "
        "protokol {protocol} v{version}.",
        "en": "The database {url} is ready for {centre}: {lookups} lookup entries, {institutions} institutions, "
        "protocol {protocol} v{version}.",
    },
    "cli.db_current": {
        "bs": "Verzija šeme baze: {current}; ovaj program: {head}",
        "hr": "Inačica sheme baze: {current}; ovaj program: {head}",
        "sr": "Verzija šeme baze: {current}; ovaj program: {head}",
        "en": "Database schema revision: {current}; this program: {head}",
    },
    "cli.db_upgraded": {
        "bs": "Šema baze je na verziji {current}. Rezervna kopija: {backup}",
        "hr": "Shema baze je na inačici {current}. Sigurnosna kopija: {backup}",
        "sr": "Šema baze je na verziji {current}. Rezervna kopija: {backup}",
        "en": "The database schema is at revision {current}. Backup: {backup}",
    },
    "cli.db_check_ok": {
        "bs": "Modeli i migracije se podudaraju sa bazom.",
        "hr": "Modeli i migracije podudaraju se s bazom.",
        "sr": "Modeli i migracije se podudaraju sa bazom.",
        "en": "The models, the migrations and the database agree.",
    },
    "cli.db_check_failed": {
        "bs": "Modeli i šema baze se razlikuju:",
        "hr": "Modeli i shema baze razlikuju se:",
        "sr": "Modeli i šema baze se razlikuju:",
        "en": "The models and the database schema differ:",
    },
    "cli.demo_done": {
        "bs": "Dodano demo predmeta: {cases} ({seconds} s).",
        "hr": "Dodano demo predmeta: {cases} ({seconds} s).",
        "sr": "Dodato demo predmeta: {cases} ({seconds} s).",
        "en": "Demo cases added: {cases} ({seconds} s).",
    },
    "cli.no_hits": {
        "bs": "Nema pronađenih predmeta.",
        "hr": "Nema pronađenih predmeta.",
        "sr": "Nema pronađenih predmeta.",
        "en": "No cases found.",
    },
    "cli.no_file": {
        "bs": "Datoteka {path} ne postoji.",
        "hr": "Datoteka {path} ne postoji.",
        "sr": "Datoteka {path} ne postoji.",
        "en": "The file {path} does not exist.",
    },
    "cli.exported": {
        "bs": "Izvezeno predmeta: {count} u {path}.",
        "hr": "Izvezeno predmeta: {count} u {path}.",
        "sr": "Izvezeno predmeta: {count} u {path}.",
        "en": "Exported {count} cases to {path}.",
    },
    "cli.no_display": {
        "bs": "Nema ekrana (DISPLAY/WAYLAND_DISPLAY nije postavljen), pa se prozor ne može otvoriti. Pokrenite "
        "program na računaru s ekranom ili, za snimke ekrana bez njega, postavite QT_QPA_PLATFORM=offscreen.",
        "hr": "Nema zaslona (DISPLAY/WAYLAND_DISPLAY nije postavljen), pa se prozor ne može otvoriti. Pokrenite "
        "program na računalu sa zaslonom ili, za snimke zaslona bez njega, postavite QT_QPA_PLATFORM=offscreen.",
        "sr": "Nema ekrana (DISPLAY/WAYLAND_DISPLAY nije postavljen), pa se prozor ne može otvoriti. Pokrenite "
        "program na računaru sa ekranom ili, za snimke ekrana bez njega, postavite QT_QPA_PLATFORM=offscreen.",
        "en": "There is no display (DISPLAY/WAYLAND_DISPLAY is not set), so no window can open. Run the program on "
        "a computer with a screen or, for screenshots without one, set QT_QPA_PLATFORM=offscreen.",
    },
}

MESSAGES["setup.other_centre"] = {
    "bs": "Ova baza već pripada centru s profilom „{existing}”; ne može se pripremiti za „{requested}”.",
    "hr": "Ova baza već pripada centru s profilom „{existing}”; ne može se pripremiti za „{requested}”.",
    "sr": "Ova baza već pripada centru sa profilom „{existing}”; ne može se pripremiti za „{requested}”.",
    "en": "This database already belongs to the centre with profile “{existing}”; it cannot be set up for "
    "“{requested}”.",
}

MESSAGES.update(
    {
        "db.key_missing": {
            "bs": "Baza {path} je šifrovana, a njen ključ nije u privjesku ključeva (keyring) ovog računara. "
            "Prijavite se kao korisnik sistema koji je bazu postavio ili unesite lozinku baze (opcija "
            "--passphrase ili varijabla REGISTRY_DB_PASSPHRASE).",
            "hr": "Baza {path} je šifrirana, a njezin ključ nije u spremištu ključeva (keyring) ovog računala. "
            "Prijavite se kao korisnik sustava koji je bazu postavio ili unesite lozinku baze (opcija "
            "--passphrase ili varijabla REGISTRY_DB_PASSPHRASE).",
            "sr": "Baza {path} je šifrovana, a njen ključ nije u privjesku ključeva (keyring) ovog računara. "
            "Prijavite se kao korisnik sistema koji je bazu postavio ili unesite lozinku baze (opcija "
            "--passphrase ili promjenljiva REGISTRY_DB_PASSPHRASE).",
            "en": "The database {path} is encrypted and its key is not in this computer's keyring. Sign in as the "
            "system user who set it up, or give the database passphrase (option --passphrase or the variable "
            "REGISTRY_DB_PASSPHRASE).",
        },
        "db.key_wrong": {
            "bs": "Baza {path} je šifrovana i nijedan pronađeni ključ je ne otvara (pogrešna lozinka baze?).",
            "hr": "Baza {path} je šifrirana i nijedan pronađeni ključ ne otvara je (pogrešna lozinka baze?).",
            "sr": "Baza {path} je šifrovana i nijedan pronađeni ključ je ne otvara (pogrešna lozinka baze?).",
            "en": "The database {path} is encrypted and none of the keys found opens it (wrong passphrase?).",
        },
        "db.no_keyring": {
            "bs": "Ovaj računar nema privjesak ključeva (keyring) u koji bi se spremio ključ baze. Izaberite "
            "lozinku baze: registry init --profile ŠIFRA --passphrase (ili varijabla REGISTRY_DB_PASSPHRASE), a samo "
            "za demonstraciju --unencrypted. Ključ se nikad ne sprema u običnu datoteku.",
            "hr": "Ovo računalo nema spremište ključeva (keyring) u koje bi se spremio ključ baze. Odaberite "
            "lozinku baze: registry init --profile ŠIFRA --passphrase (ili varijabla REGISTRY_DB_PASSPHRASE), a samo "
            "za demonstraciju --unencrypted. Ključ se nikad ne sprema u običnu datoteku.",
            "sr": "Ovaj računar nema privjesak ključeva (keyring) u koji bi se sačuvao ključ baze. Izaberite "
            "lozinku baze: registry init --profile ŠIFRA --passphrase (ili promjenljiva REGISTRY_DB_PASSPHRASE), a "
            "samo za demonstraciju --unencrypted. Ključ se nikad ne čuva u običnoj datoteci.",
            "en": "This computer has no keyring to keep the database key in. Choose a database passphrase: "
            "registry init --profile CODE --passphrase (or the variable REGISTRY_DB_PASSPHRASE), or, for a "
            "demonstration only, --unencrypted. The key is never kept in a plain file.",
        },
        "db.weak_passphrase": {
            "bs": "Lozinka baze mora imati najmanje {min} znakova.",
            "hr": "Lozinka baze mora imati najmanje {min} znakova.",
            "sr": "Lozinka baze mora imati najmanje {min} znakova.",
            "en": "The database passphrase must have at least {min} characters.",
        },
        "db.unencrypted_warning": {
            "bs": "Upozorenje: baza {path} NIJE šifrovana (--unencrypted je samo za demonstracije i testove).",
            "hr": "Upozorenje: baza {path} NIJE šifrirana (--unencrypted je samo za demonstracije i testove).",
            "sr": "Upozorenje: baza {path} NIJE šifrovana (--unencrypted je samo za demonstracije i testove).",
            "en": "Warning: the database {path} is NOT encrypted (--unencrypted is for demonstrations and tests only).",
        },
    }
)

MESSAGES.update(
    {
        "db.passphrase_prompt": {
            "bs": "Lozinka baze:",
            "hr": "Lozinka baze:",
            "sr": "Lozinka baze:",
            "en": "Database passphrase:",
        },
        "db.new_passphrase_prompt": {
            "bs": "Nova lozinka baze:",
            "hr": "Nova lozinka baze:",
            "sr": "Nova lozinka baze:",
            "en": "New database passphrase:",
        },
        "db.passphrase_again": {
            "bs": "Ponovite lozinku:",
            "hr": "Ponovite lozinku:",
            "sr": "Ponovite lozinku:",
            "en": "Repeat the passphrase:",
        },
        "db.passphrase_mismatch": {
            "bs": "Lozinke se ne podudaraju; ništa nije promijenjeno.",
            "hr": "Lozinke se ne podudaraju; ništa nije promijenjeno.",
            "sr": "Lozinke se ne podudaraju; ništa nije promijenjeno.",
            "en": "The passphrases differ; nothing was changed.",
        },
        "db.already_encrypted": {
            "bs": "Baza {path} je već šifrovana.",
            "hr": "Baza {path} je već šifrirana.",
            "sr": "Baza {path} je već šifrovana.",
            "en": "The database {path} is already encrypted.",
        },
        "db.not_encrypted": {
            "bs": "Baza {path} nije šifrovana (prvo: registry db encrypt).",
            "hr": "Baza {path} nije šifrirana (prvo: registry db encrypt).",
            "sr": "Baza {path} nije šifrovana (prvo: registry db encrypt).",
            "en": "The database {path} is not encrypted (first: registry db encrypt).",
        },
        "db.encrypted": {
            "bs": "Baza {path} je šifrovana; ključ je u privjesku ključeva ovog računara.",
            "hr": "Baza {path} je šifrirana; ključ je u spremištu ključeva ovog računala.",
            "sr": "Baza {path} je šifrovana; ključ je u privjesku ključeva ovog računara.",
            "en": "The database {path} is encrypted; its key is in this computer's keyring.",
        },
        "db.rekeyed": {
            "bs": "Ključ baze {path} je promijenjen. Napravite novu rezervnu kopiju.",
            "hr": "Ključ baze {path} je promijenjen. Napravite novu sigurnosnu kopiju.",
            "sr": "Ključ baze {path} je promijenjen. Napravite novu rezervnu kopiju.",
            "en": "The key of {path} was changed. Make a new backup.",
        },
        "db.server_only": {
            "bs": "Ova naredba je za bazu na serveru (PostgreSQL).",
            "hr": "Ova naredba je za bazu na poslužitelju (PostgreSQL).",
            "sr": "Ova naredba je za bazu na serveru (PostgreSQL).",
            "en": "This command is for a database on a server (PostgreSQL).",
        },
        "db.server_password_prompt": {
            "bs": "Lozinka za server baze:",
            "hr": "Lozinka za poslužitelj baze:",
            "sr": "Lozinka za server baze:",
            "en": "Database server password:",
        },
        "db.password_remembered": {
            "bs": "Lozinka je spremljena u privjesak ključeva.",
            "hr": "Lozinka je spremljena u spremište ključeva.",
            "sr": "Lozinka je sačuvana u privjesku ključeva.",
            "en": "The password is kept in the keyring.",
        },
        "backup.done": {
            "bs": "Rezervna kopija je napravljena i provjerena: {path} ({cases} predmeta, {seconds} s). "
            "Obrisano starih kopija: {removed}.",
            "hr": "Sigurnosna kopija je napravljena i provjerena: {path} ({cases} predmeta, {seconds} s). "
            "Obrisano starih kopija: {removed}.",
            "sr": "Rezervna kopija je napravljena i provjerena: {path} ({cases} predmeta, {seconds} s). "
            "Obrisano starih kopija: {removed}.",
            "en": "Backup made and verified: {path} ({cases} cases, {seconds} s). Old backups removed: {removed}.",
        },
        "restore.sqlite_only": {
            "bs": "Vraćanje iz kopije je za bazu u datoteci (SQLite); bazu na serveru vraća administrator servera.",
            "hr": "Vraćanje iz kopije je za bazu u datoteci (SQLite); bazu na poslužitelju vraća administrator.",
            "sr": "Vraćanje iz kopije je za bazu u datoteci (SQLite); bazu na serveru vraća administrator servera.",
            "en": "Restoring is for a database in a file (SQLite); a server database is restored by its administrator.",
        },
        "restore.needs_yes": {
            "bs": "Vraćanje zamjenjuje trenutnu bazu; bez terminala potvrdite opcijom --yes.",
            "hr": "Vraćanje zamjenjuje trenutnu bazu; bez terminala potvrdite opcijom --yes.",
            "sr": "Vraćanje zamjenjuje trenutnu bazu; bez terminala potvrdite opcijom --yes.",
            "en": "Restoring replaces the current database; without a terminal, confirm with --yes.",
        },
        "restore.confirm": {
            "bs": "Zamijeniti bazu {target} kopijom {source}? Trenutna baza se čuva sa strane. [da/ne]",
            "hr": "Zamijeniti bazu {target} kopijom {source}? Trenutna baza čuva se sa strane. [da/ne]",
            "sr": "Zamijeniti bazu {target} kopijom {source}? Trenutna baza se čuva sa strane. [da/ne]",
            "en": "Replace the database {target} with the backup {source}? The current one is kept aside. [yes/no]",
        },
        "restore.cancelled": {
            "bs": "Odustali ste; ništa nije promijenjeno.",
            "hr": "Odustali ste; ništa nije promijenjeno.",
            "sr": "Odustali ste; ništa nije promijenjeno.",
            "en": "Cancelled; nothing was changed.",
        },
        "restore.done": {
            "bs": "Baza je vraćena iz {source} ({cases} predmeta). Prethodna baza je sačuvana kao {aside}.",
            "hr": "Baza je vraćena iz {source} ({cases} predmeta). Prethodna baza spremljena je kao {aside}.",
            "sr": "Baza je vraćena iz {source} ({cases} predmeta). Prethodna baza je sačuvana kao {aside}.",
            "en": "The database was restored from {source} ({cases} cases). The previous one was kept as {aside}.",
        },
        "retention.would": {
            "bs": "Predmeta za anonimizaciju: {count}.",
            "hr": "Predmeta za anonimizaciju: {count}.",
            "sr": "Predmeta za anonimizaciju: {count}.",
            "en": "Cases to anonymise: {count}.",
        },
        "retention.done": {
            "bs": "Anonimizirano predmeta: {count}. Statistika je zadržana.",
            "hr": "Anonimizirano predmeta: {count}. Statistika je zadržana.",
            "sr": "Anonimizovano predmeta: {count}. Statistika je zadržana.",
            "en": "Cases anonymised: {count}. Statistics are kept.",
        },
    }
)

MESSAGES.update(
    {
        "audit.intact": {
            "bs": "Revizijski trag je netaknut: {events} događaja, lanac provjeren.",
            "hr": "Revizijski trag je netaknut: {events} događaja, lanac provjeren.",
            "sr": "Revizijski trag je netaknut: {events} događaja, lanac provjeren.",
            "en": "The audit trail is intact: {events} events, chain verified.",
        },
        "audit.broken": {
            "bs": "Revizijski trag je mijenjan izvan programa: prvi neispravan događaj je #{event}.",
            "hr": "Revizijski trag mijenjan je izvan programa: prvi neispravan događaj je #{event}.",
            "sr": "Revizijski trag je mijenjan van programa: prvi neispravan događaj je #{event}.",
            "en": "The audit trail was altered outside the program: the first broken event is #{event}.",
        },
    }
)

MESSAGES.update(
    {
        "db.show_key_needs_yes": {
            "bs": "Ključ baze otvara sve podatke. Ispišite ga samo za čuvanje u sefu (bez njega se kopija ne može "
            "vratiti na drugom računaru): registry db show-key --yes",
            "hr": "Ključ baze otvara sve podatke. Ispišite ga samo za čuvanje u sefu (bez njega se kopija ne može "
            "vratiti na drugom računalu): registry db show-key --yes",
            "sr": "Ključ baze otvara sve podatke. Ispišite ga samo za čuvanje u sefu (bez njega se kopija ne može "
            "vratiti na drugom računaru): registry db show-key --yes",
            "en": "The database key opens all the data. Print it only to keep it in a safe (without it a backup "
            "cannot be restored on another computer): registry db show-key --yes",
        },
        "db.key_shown": {
            "bs": "Ključ je ispisan i to je zabilježeno. Čuvajte ga zapečaćenog u sefu; na novom računaru: "
            "registry --passphrase restore KOPIJA.",
            "hr": "Ključ je ispisan i to je zabilježeno. Čuvajte ga zapečaćenog u sefu; na novom računalu: "
            "registry --passphrase restore KOPIJA.",
            "sr": "Ključ je ispisan i to je zabilježeno. Čuvajte ga zapečaćenog u sefu; na novom računaru: "
            "registry --passphrase restore KOPIJA.",
            "en": "The key was printed and this was recorded. Keep it sealed in a safe; on a new computer: "
            "registry --passphrase restore BACKUP.",
        },
    }
)

MESSAGES.update(
    {
        "gui.passphrase_title": {
            "bs": "Lozinka baze",
            "hr": "Lozinka baze",
            "sr": "Lozinka baze",
            "en": "Database passphrase",
        },
        "gui.passphrase_prompt": {
            "bs": "Ovaj računar nema privjesak ključeva za ključ baze. Unesite lozinku baze (najmanje {min} znakova):",
            "hr": "Ovo računalo nema spremište ključeva za ključ baze. Unesite lozinku baze (najmanje {min} znakova):",
            "sr": "Ovaj računar nema privjesak ključeva za ključ baze. Unesite lozinku baze (najmanje {min} znakova):",
            "en": "This computer has no keyring for the database key. Enter the database passphrase (at least {min} "
            "characters):",
        },
        "gui.passphrase_again": {
            "bs": "Ponovite lozinku baze:",
            "hr": "Ponovite lozinku baze:",
            "sr": "Ponovite lozinku baze:",
            "en": "Repeat the database passphrase:",
        },
        "gui.passphrase_mismatch": {
            "bs": "Lozinke se ne podudaraju ili je lozinka kraća od {min} znakova.",
            "hr": "Lozinke se ne podudaraju ili je lozinka kraća od {min} znakova.",
            "sr": "Lozinke se ne podudaraju ili je lozinka kraća od {min} znakova.",
            "en": "The passphrases differ or the passphrase is shorter than {min} characters.",
        },
        "gui.passphrase_ok": {"bs": "U redu", "hr": "U redu", "sr": "U redu", "en": "OK"},
        "gui.passphrase_cancel": {"bs": "Odustani", "hr": "Odustani", "sr": "Odustani", "en": "Cancel"},
    }
)
