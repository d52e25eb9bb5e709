"""Messages about the register's storage: schema upgrades, backups, restores, keys and damage."""

MESSAGES = {
    "schema.failed": {
        "bs": "Šema baze nije mogla biti nadograđena; baza je ostala kakva je bila.",
        "hr": "Shema baze nije se mogla nadograditi; baza je ostala kakva je bila.",
        "sr": "Šema baze nije mogla biti nadograđena; baza je ostala kakva je bila.",
        "en": "The database schema could not be upgraded; the database was left as it was.",
    },
    "schema.newer": {
        "bs": "Baza je na verziji šeme {revision}, koju ovaj program ne poznaje: napisala ju je novija verzija "
        "programa. Instalirajte tu ili noviju verziju; ništa nije promijenjeno.",
        "hr": "Baza je na inačici sheme {revision}, koju ovaj program ne poznaje: zapisala ju je novija inačica "
        "programa. Instalirajte tu ili noviju inačicu; ništa nije promijenjeno.",
        "sr": "Baza je na verziji šeme {revision}, koju ovaj program ne poznaje: napisala ju je novija verzija "
        "programa. Instalirajte tu ili noviju verziju; ništa nije promijenjeno.",
        "en": "The database is at schema revision {revision}, which this program does not know: it was written by a "
        "newer version. Install that version (or newer); nothing was changed.",
    },
    "schema.foreign": {
        "bs": "Datoteka ima tabele, ali nema verziju šeme: to nije baza registra predmeta. Ništa nije promijenjeno.",
        "hr": "Datoteka ima tablice, ali nema inačicu sheme: to nije baza registra predmeta. Ništa nije promijenjeno.",
        "sr": "Datoteka ima tabele, ali nema verziju šeme: to nije baza registra predmeta. Ništa nije promijenjeno.",
        "en": "The database has tables but no schema revision: it is not a case register database. Nothing was "
        "changed.",
    },
    "schema.foreign_keys_broken": {
        "bs": "Nadogradnja bi ostavila neispravne veze u tabeli {table}; poništena je i baza je ostala kakva je bila.",
        "hr": "Nadogradnja bi ostavila neispravne veze u tablici {table}; poništena je i baza je ostala kakva je bila.",
        "sr": "Nadogradnja bi ostavila neispravne veze u tabeli {table}; poništena je i baza je ostala kakva je bila.",
        "en": "The upgrade would leave broken links in the table {table}; it was undone and the database was left "
        "as it was.",
    },
    "backup.failed": {
        "bs": "Rezervna kopija baze {path} nije uspjela ({detail}); ništa nije promijenjeno.",
        "hr": "Sigurnosna kopija baze {path} nije uspjela ({detail}); ništa nije promijenjeno.",
        "sr": "Rezervna kopija baze {path} nije uspjela ({detail}); ništa nije promijenjeno.",
        "en": "The backup of {path} failed ({detail}); nothing was changed.",
    },
    "backup.not_verified": {
        "bs": "Rezervna kopija baze {path} se nije mogla provjeriti ({detail}); ništa nije promijenjeno.",
        "hr": "Sigurnosna kopija baze {path} nije se mogla provjeriti ({detail}); ništa nije promijenjeno.",
        "sr": "Rezervna kopija baze {path} se nije mogla provjeriti ({detail}); ništa nije promijenjeno.",
        "en": "The backup of {path} did not verify ({detail}); nothing was changed.",
    },
    "backup.damaged": {
        "bs": "Rezervna kopija {path} je oštećena i ne može se koristiti.",
        "hr": "Sigurnosna kopija {path} je oštećena i ne može se koristiti.",
        "sr": "Rezervna kopija {path} je oštećena i ne može se koristiti.",
        "en": "The backup {path} is damaged and cannot be used.",
    },
    "backup.unreadable": {
        "bs": "Rezervna kopija {path} se ne može pročitati ({detail}): oštećena je ili nijedan poznati ključ je ne "
        "otvara.",
        "hr": "Sigurnosna kopija {path} ne može se pročitati ({detail}): oštećena je ili je nijedan poznati ključ ne "
        "otvara.",
        "sr": "Rezervna kopija {path} se ne može pročitati ({detail}): oštećena je ili je nijedan poznati ključ ne "
        "otvara.",
        "en": "The backup {path} cannot be read ({detail}): it is damaged or none of the known keys opens it.",
    },
    "backup.not_register": {
        "bs": "{path} nije rezervna kopija registra predmeta.",
        "hr": "{path} nije sigurnosna kopija registra predmeta.",
        "sr": "{path} nije rezervna kopija registra predmeta.",
        "en": "{path} is not a backup of a case register.",
    },
}

MESSAGES.update(
    {
        "schema.upgrade_failed": {
            "bs": "Nadogradnja šeme baze nije uspjela ({detail}). Poništena je: baza je ostala kakva je bila. "
            "Provjerena rezervna kopija prije nadogradnje: {backup}",
            "hr": "Nadogradnja sheme baze nije uspjela ({detail}). Poništena je: baza je ostala kakva je bila. "
            "Provjerena sigurnosna kopija prije nadogradnje: {backup}",
            "sr": "Nadogradnja šeme baze nije uspjela ({detail}). Poništena je: baza je ostala kakva je bila. "
            "Provjerena rezervna kopija prije nadogradnje: {backup}",
            "en": "The schema upgrade failed ({detail}). It was undone: the database was left as it was. "
            "Verified backup made before the upgrade: {backup}",
        }
    }
)

MESSAGES.update(
    {
        "restore.in_use": {
            "bs": "Baza {path} je upravo otvorena u drugom programu ili prozoru (na ovom ili drugom računaru). "
            "Vraćanje bi izgubilo ono što se tamo sprema, pa nije urađeno; ništa nije promijenjeno. Zatvorite "
            "program svuda gdje je otvoren pa pokušajte ponovo.",
            "hr": "Baza {path} upravo je otvorena u drugom programu ili prozoru (na ovom ili drugom računalu). "
            "Vraćanje bi izgubilo ono što se tamo sprema, pa nije provedeno; ništa nije promijenjeno. Zatvorite "
            "program svugdje gdje je otvoren pa pokušajte ponovno.",
            "sr": "Baza {path} je upravo otvorena u drugom programu ili prozoru (na ovom ili drugom računaru). "
            "Vraćanje bi izgubilo ono što se tamo čuva, pa nije urađeno; ništa nije promijenjeno. Zatvorite "
            "program svuda gdje je otvoren pa pokušajte ponovo.",
            "en": "The database {path} is open in another program or window (on this or another computer). "
            "Restoring now would lose what is saved there, so nothing was done and nothing was changed. Close the "
            "program wherever it is open and try again.",
        }
    }
)

MESSAGES.update(
    {
        "register.missing": {
            "bs": "Baza {path} ne postoji, a ranije je postojala (ima rezervne kopije ili ključ). Nova prazna baza "
            "nije napravljena. Vratite najnoviju kopiju: registry restore {backup} (ili vratite datoteku na mjesto). "
            "Samo ako zaista želite novu, praznu bazu: registry init --profile ŠIFRA --new-register",
            "hr": "Baza {path} ne postoji, a ranije je postojala (ima sigurnosne kopije ili ključ). Nova prazna baza "
            "nije napravljena. Vratite najnoviju kopiju: registry restore {backup} (ili vratite datoteku na mjesto). "
            "Samo ako zaista želite novu, praznu bazu: registry init --profile ŠIFRA --new-register",
            "sr": "Baza {path} ne postoji, a ranije je postojala (ima rezervne kopije ili ključ). Nova prazna baza "
            "nije napravljena. Vratite najnoviju kopiju: registry restore {backup} (ili vratite datoteku na mjesto). "
            "Samo ako zaista želite novu, praznu bazu: registry init --profile ŠIFRA --new-register",
            "en": "The database {path} is missing, but it existed (it has backups or a key). No new, empty database "
            "was made. Restore the newest backup: registry restore {backup} (or put the file back). Only if you "
            "really want a new, empty database: registry init --profile CODE --new-register",
        }
    }
)

MESSAGES.update(
    {
        "register.damaged": {
            "bs": "Baza {path} je oštećena ({detail}). Ništa nije promijenjeno i ne pravi se nova kopija preko "
            "dobrih. Vratite najnoviju dobru rezervnu kopiju: registry restore {backup}",
            "hr": "Baza {path} je oštećena ({detail}). Ništa nije promijenjeno i ne radi se nova kopija preko "
            "dobrih. Vratite najnoviju dobru sigurnosnu kopiju: registry restore {backup}",
            "sr": "Baza {path} je oštećena ({detail}). Ništa nije promijenjeno i ne pravi se nova kopija preko "
            "dobrih. Vratite najnoviju dobru rezervnu kopiju: registry restore {backup}",
            "en": "The database {path} is damaged ({detail}). Nothing was changed and no backup is made over the "
            "good ones. Restore the newest good backup: registry restore {backup}",
        },
        "register.check_ok": {
            "bs": "Pročitana je i provjerena svaka stranica baze {path}: oštećenja nema.",
            "hr": "Pročitana je i provjerena svaka stranica baze {path}: oštećenja nema.",
            "sr": "Pročitana je i provjerena svaka stranica baze {path}: oštećenja nema.",
            "en": "Every page of the database {path} was read and checked: no damage.",
        },
    }
)
