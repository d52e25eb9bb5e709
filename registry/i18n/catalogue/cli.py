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
