"""``registry --help`` and argparse's own words (usage, errors) in the user's language.

``cli.help.*`` are the global options and the commands as ``registry --help`` lists them; ``argparse.*`` are the
phrases of Python's argparse, keyed by their English text in ``ARGPARSE`` (``registry.cli.parser`` swaps them in).
Option names, commands and environment variables stay parameters, so Cyrillic keeps them in Latin letters.
"""


def _m(bs: str, hr: str, sr: str, en: str) -> dict[str, str]:
    return {"bs": bs, "hr": hr, "sr": sr, "en": en}


HELP = {
    "title": _m(
        "Registar predmeta centra za socijalni rad",
        "Registar predmeta centra za socijalnu skrb",
        "Registar predmeta centra za socijalni rad",
        "Centre Case Registry",
    ),
    "option.help": _m(
        "prikaži ovu pomoć i izađi",
        "prikaži ovu pomoć i izađi",
        "prikaži ovu pomoć i izađi",
        "show this help message and exit",
    ),
    "option.version": _m(
        "prikaži verziju (i za koga je ova izvedba) i izađi",
        "prikaži inačicu (i za koga je ova izvedba) i izađi",
        "prikaži verziju (i za koga je ova izvedba) i izađi",
        "show the version (and what this build is) and exit",
    ),
    "option.db": _m(
        "adresa baze (zadano: {env} ili {sqlite} datoteka u korisnikovoj mapi podataka)",
        "adresa baze (zadano: {env} ili {sqlite} datoteka u korisnikovoj mapi podataka)",
        "adresa baze (podrazumevano: {env} ili {sqlite} datoteka u korisnikovoj fascikli podataka)",
        "database URL (default: {env} or a {sqlite} file in the user's data folder)",
    ),
    "option.lang": _m(
        "jezik poruka: {codes}", "jezik poruka: {codes}", "jezik poruka: {codes}", "language of messages: {codes}"
    ),
    "option.passphrase": _m(
        "traži lozinku baze (gdje ključ nije u spremištu ključeva)",
        "traži lozinku baze (gdje ključ nije u spremištu ključeva)",
        "traži lozinku baze (gde ključ nije u skladištu ključeva)",
        "ask for the database passphrase (where no keyring holds the key)",
    ),
    "option.unencrypted": _m(
        "nova {sqlite} baza BEZ šifriranja (samo za demonstracije i testove)",
        "nova {sqlite} baza BEZ šifriranja (samo za demonstracije i testove)",
        "nova {sqlite} baza BEZ šifrovanja (samo za demonstracije i testove)",
        "create a new {sqlite} database WITHOUT encryption (demonstrations and tests only)",
    ),
    "option.user": _m(
        "radi u ime ovog korisnika (zadano: {user_env}); lozinka se traži ili, za zakazane poslove, "
        "uzima iz {password_env}",
        "radi u ime ovog korisnika (zadano: {user_env}); lozinka se traži ili, za zakazane poslove, "
        "uzima iz {password_env}",
        "radi u ime ovog korisnika (podrazumevano: {user_env}); lozinka se traži ili, za zakazane "
        "poslove, uzima iz {password_env}",
        "act as this user (default: {user_env}); the password is asked for, or taken from {password_env} "
        "for scheduled jobs",
    ),
    "command.gui": _m(
        "pokreni aplikaciju (zadano)",
        "pokreni aplikaciju (zadano)",
        "pokreni aplikaciju (podrazumevano)",
        "start the desktop application (the default)",
    ),
    "command.init": _m(
        "napravi ili nadogradi bazu i učitaj profil općine",
        "stvori ili nadogradi bazu i učitaj profil općine",
        "napravi ili nadogradi bazu i učitaj profil opštine",
        "create or upgrade the database and load a municipality profile",
    ),
    "command.profiles": _m(
        "profili općina: popis, novi, provjera",
        "profili općina: popis, novi, provjera",
        "profili opština: spisak, novi, provera",
        "municipality profiles: list, new, check",
    ),
    "command.db": _m(
        "šema i ključevi baze (administrator)",
        "shema i ključevi baze (administrator)",
        "šema i ključevi baze (administrator)",
        "schema and keys of the database (administrator)",
    ),
    "command.backup": _m(
        "provjerena, šifrirana rezervna kopija baze (administrator)",
        "provjerena, šifrirana sigurnosna kopija baze (administrator)",
        "proverena, šifrovana rezervna kopija baze (administrator)",
        "make a verified, encrypted backup of the live database (administrator)",
    ),
    "command.restore": _m(
        "vrati rezervnu kopiju; trenutna baza se čuva po strani (administrator)",
        "vrati sigurnosnu kopiju; trenutna baza se čuva po strani (administrator)",
        "vrati rezervnu kopiju; trenutna baza se čuva po strani (administrator)",
        "restore a backup; the current database is kept aside (administrator)",
    ),
    "command.audit": _m("revizijski trag", "revizijski trag", "revizijski trag", "the audit trail"),
    "command.retention": _m(
        "anonimiziraj predmete kojima je istekao rok čuvanja (administrator)",
        "anonimiziraj predmete kojima je istekao rok čuvanja (administrator)",
        "anonimizuj predmete kojima je istekao rok čuvanja (administrator)",
        "anonymise cases past the retention period (administrator)",
    ),
    "command.demo": _m(
        "dodaj uvjerljive izmišljene predmete",
        "dodaj uvjerljive izmišljene predmete",
        "dodaj uverljive izmišljene predmete",
        "add realistic synthetic cases",
    ),
    "command.search": _m(
        "nađi predmete po imenu (oba pisma), JMBG-u ili broju predmeta",
        "nađi predmete po imenu (oba pisma), JMBG-u ili broju predmeta",
        "nađi predmete po imenu (oba pisma), JMBG-u ili broju predmeta",
        "find cases by name (either script), JMBG or case number",
    ),
    "command.import": _m(
        "uvezi predmete iz {excel} ili {csv} datoteka (sve ili ništa)",
        "uvezi predmete iz {excel} ili {csv} datoteka (sve ili ništa)",
        "uvezi predmete iz {excel} ili {csv} datoteka (sve ili ništa)",
        "import cases from {excel} or {csv} files (all or nothing)",
    ),
    "command.export": _m(
        "izvezi popis predmeta ({csv}, {json}) ili cijeli registar (radna knjiga)",
        "izvezi popis predmeta ({csv}, {json}) ili cijeli registar (radna knjiga)",
        "izvezi spisak predmeta ({csv}, {json}) ili ceo registar (radna sveska)",
        "export the case list as {csv} or {json}, or the whole register as a workbook",
    ),
    "command.print": _m(
        "odštampaj sažetak, kontrolnu listu, hronologiju, uputnicu ili prazan obrazac u {pdf}",
        "ispiši sažetak, kontrolni popis, kronologiju, uputnicu ili prazan obrazac u {pdf}",
        "odštampaj sažetak, kontrolnu listu, hronologiju, uputnicu ili prazan obrazac u {pdf}",
        "print a case summary, checklist, timeline, referral letter or blank form to a {pdf} file",
    ),
    "command.stats": _m(
        "anonimizirana statistika perioda (mali brojevi skriveni): {json}, {csv}, {xlsx} ili {pdf}",
        "anonimizirana statistika razdoblja (mali brojevi skriveni): {json}, {csv}, {xlsx} ili {pdf}",
        "anonimizovana statistika perioda (mali brojevi skriveni): {json}, {csv}, {xlsx} ili {pdf}",
        "anonymised statistics of a period (small counts suppressed) as {json}, {csv}, {xlsx} or {pdf}",
    ),
    "command.users": _m(
        "korisnički nalozi (administrator)",
        "korisnički računi (administrator)",
        "korisnički nalozi (administrator)",
        "staff accounts (administrator)",
    ),
    "command.server": _m(
        "registar na {postgresql} serveru (za IT)",
        "registar na {postgresql} poslužitelju (za IT)",
        "registar na {postgresql} serveru (za IT)",
        "a register on a {postgresql} server (for IT)",
    ),
    "command.build": _m(
        "napravi instalaciju za općinu",
        "izradi instalaciju za općinu",
        "napravi instalaciju za opštinu",
        "make a municipality's installable build",
    ),
}

#: argparse's English phrases (Python 3.11) and their keys
ARGPARSE = {
    "usage: ": "usage",
    "positional arguments": "positional",
    "options": "options",
    "show this help message and exit": "help",
    "the following arguments are required: %s": "required",
    "unrecognized arguments: %s": "unrecognized",
    "invalid choice: %(value)r (choose from %(choices)s)": "invalid_choice",
    "argument %(argument_name)s: %(message)s": "argument",
    "%(prog)s: error: %(message)s\n": "error",
    "expected one argument": "one_argument",
    "expected at least one argument": "at_least_one",
    "invalid %(type)s value: %(value)r": "invalid_value",
    "ambiguous option: %(option)s could match %(matches)s": "ambiguous",
    "one of the arguments %s is required": "one_of",
    "not allowed with argument %s": "not_allowed",
}

_WORDS = {
    "usage": _m("upotreba: ", "uporaba: ", "upotreba: ", "usage: "),
    "positional": _m("argumenti", "argumenti", "argumenti", "positional arguments"),
    "options": _m("opcije", "opcije", "opcije", "options"),
    "help": HELP["option.help"],
    "required": _m("nedostaje: %s", "nedostaje: %s", "nedostaje: %s", "the following arguments are required: %s"),
    "unrecognized": _m("nepoznato: %s", "nepoznato: %s", "nepoznato: %s", "unrecognized arguments: %s"),
    "invalid_choice": _m(
        "nepoznat izbor: %(value)r (izaberite jedno od: %(choices)s)",
        "nepoznat izbor: %(value)r (odaberite jedno od: %(choices)s)",
        "nepoznat izbor: %(value)r (izaberite jedno od: %(choices)s)",
        "invalid choice: %(value)r (choose from %(choices)s)",
    ),
    "argument": _m(
        "%(argument_name)s: %(message)s",
        "%(argument_name)s: %(message)s",
        "%(argument_name)s: %(message)s",
        "argument %(argument_name)s: %(message)s",
    ),
    "error": _m(
        "%(prog)s: greška: %(message)s\n",
        "%(prog)s: pogreška: %(message)s\n",
        "%(prog)s: greška: %(message)s\n",
        "%(prog)s: error: %(message)s\n",
    ),
    "one_argument": _m(
        "treba jedna vrijednost", "treba jedna vrijednost", "treba jedna vrednost", "expected one argument"
    ),
    "at_least_one": _m(
        "treba barem jedna vrijednost",
        "treba barem jedna vrijednost",
        "treba bar jedna vrednost",
        "expected at least one argument",
    ),
    "invalid_value": _m(
        "neispravna vrijednost: %(value)r",
        "neispravna vrijednost: %(value)r",
        "neispravna vrednost: %(value)r",
        "invalid %(type)s value: %(value)r",
    ),
    "ambiguous": _m(
        "nejasna opcija: %(option)s može biti %(matches)s",
        "nejasna opcija: %(option)s može biti %(matches)s",
        "nejasna opcija: %(option)s može biti %(matches)s",
        "ambiguous option: %(option)s could match %(matches)s",
    ),
    "one_of": _m(
        "potrebno je jedno od: %s",
        "potrebno je jedno od: %s",
        "potrebno je jedno od: %s",
        "one of the arguments %s is required",
    ),
    "not_allowed": _m(
        "ne ide zajedno s %s", "ne ide zajedno s %s", "ne ide zajedno sa %s", "not allowed with argument %s"
    ),
}

MESSAGES = {f"cli.help.{key}": texts for key, texts in HELP.items()}
MESSAGES.update({f"argparse.{key}": texts for key, texts in _WORDS.items()})
