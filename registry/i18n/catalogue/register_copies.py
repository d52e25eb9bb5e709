"""Messages about copying a whole register between databases (server backups, their restore, moving a register).

Parameters:
  copy.failed              detail: the database's own words, for IT
  copy.revision_differs    source, target: schema revisions
  copy.tables_differ, copy.target_not_empty, copy.rows_differ   table: the table's name in the database
  copy.not_verified        table, expected, found: row counts
"""

MESSAGES: dict[str, dict[str, str]] = {
    "copy.failed": {
        "bs": "Registar nije mogao biti kopiran ({detail}). Kopiranje je poništeno: odredišna baza je ostala kakva "
        "je bila.",
        "hr": "Registar se nije mogao kopirati ({detail}). Kopiranje je poništeno: odredišna baza ostala je kakva "
        "je bila.",
        "sr": "Registar nije mogao biti kopiran ({detail}). Kopiranje je poništeno: odredišna baza je ostala kakva "
        "je bila.",
        "en": "The register could not be copied ({detail}). The copy was undone: the target database was left as "
        "it was.",
    },
    "copy.no_revision": {
        "bs": "Izvorna baza nema verziju šeme: to nije registar predmeta. Ništa nije kopirano.",
        "hr": "Izvorna baza nema inačicu sheme: to nije registar predmeta. Ništa nije kopirano.",
        "sr": "Izvorna baza nema verziju šeme: to nije registar predmeta. Ništa nije kopirano.",
        "en": "The source database has no schema revision: it is not a case register. Nothing was copied.",
    },
    "copy.revision_differs": {
        "bs": "Baze su na različitim verzijama šeme (izvor {source}, odredište {target}); registar se kopira samo "
        "između baza iste verzije. Ništa nije kopirano.",
        "hr": "Baze su na različitim inačicama sheme (izvor {source}, odredište {target}); registar se kopira samo "
        "između baza iste inačice. Ništa nije kopirano.",
        "sr": "Baze su na različitim verzijama šeme (izvor {source}, odredište {target}); registar se kopira samo "
        "između baza iste verzije. Ništa nije kopirano.",
        "en": "The databases are at different schema revisions (source {source}, target {target}); a register is "
        "copied only between databases at the same revision. Nothing was copied.",
    },
    "copy.tables_differ": {
        "bs": "Baze nemaju iste tabele (prva razlika: {table}). Ništa nije kopirano.",
        "hr": "Baze nemaju iste tablice (prva razlika: {table}). Ništa nije kopirano.",
        "sr": "Baze nemaju iste tabele (prva razlika: {table}). Ništa nije kopirano.",
        "en": "The databases do not have the same tables (first difference: {table}). Nothing was copied.",
    },
    "copy.target_not_empty": {
        "bs": "Odredišna baza već sadrži podatke (tabela {table}); registar se kopira samo u praznu bazu. Ništa "
        "nije promijenjeno.",
        "hr": "Odredišna baza već sadrži podatke (tablica {table}); registar se kopira samo u praznu bazu. Ništa "
        "nije promijenjeno.",
        "sr": "Odredišna baza već sadrži podatke (tabela {table}); registar se kopira samo u praznu bazu. Ništa "
        "nije promijenjeno.",
        "en": "The target database already holds data (table {table}); a register is copied only into an empty "
        "database. Nothing was changed.",
    },
    "copy.not_verified": {
        "bs": "Kopija nije prošla provjeru: tabela {table} ima {found} redova umjesto {expected}. Kopiranje je "
        "poništeno: odredišna baza je ostala kakva je bila.",
        "hr": "Kopija nije prošla provjeru: tablica {table} ima {found} redaka umjesto {expected}. Kopiranje je "
        "poništeno: odredišna baza ostala je kakva je bila.",
        "sr": "Kopija nije prošla provjeru: tabela {table} ima {found} redova umjesto {expected}. Kopiranje je "
        "poništeno: odredišna baza je ostala kakva je bila.",
        "en": "The copy did not verify: table {table} has {found} rows instead of {expected}. The copy was undone: "
        "the target database was left as it was.",
    },
    "copy.rows_differ": {
        "bs": "Kopija nije prošla provjeru: redovi tabele {table} se razlikuju od izvornih. Kopiranje je "
        "poništeno: odredišna baza je ostala kakva je bila.",
        "hr": "Kopija nije prošla provjeru: retci tablice {table} razlikuju se od izvornih. Kopiranje je "
        "poništeno: odredišna baza ostala je kakva je bila.",
        "sr": "Kopija nije prošla provjeru: redovi tabele {table} se razlikuju od izvornih. Kopiranje je "
        "poništeno: odredišna baza je ostala kakva je bila.",
        "en": "The copy did not verify: the rows of table {table} differ from the source's. The copy was undone: "
        "the target database was left as it was.",
    },
}

MESSAGES.update(
    {
        "server_backup.failed": {
            "bs": "Rezervna kopija registra na serveru ({database}) nije uspjela. {reason} Datoteka kopije nije "
            "zapisana; registar nije promijenjen.",
            "hr": "Sigurnosna kopija registra na poslužitelju ({database}) nije uspjela. {reason} Datoteka kopije "
            "nije zapisana; registar nije promijenjen.",
            "sr": "Rezervna kopija registra na serveru ({database}) nije uspjela. {reason} Datoteka kopije nije "
            "zapisana; registar nije promijenjen.",
            "en": "The backup of the server register ({database}) failed. {reason} No backup file was written; the "
            "register was not changed.",
        },
        "server_backup.no_key": {
            "bs": "Rezervna kopija registra na serveru šifruje se ključem, a na ovom računaru nema spremišta ključeva. "
            "Pokrenite naredbu s opcijom {option} (ili postavite {env}) i čuvajte "
            "lozinku u sefu: bez nje se kopija ne može vratiti. Ništa nije zapisano.",
            "hr": "Sigurnosna kopija registra na poslužitelju šifrira se ključem, a na ovom računalu nema spremišta "
            "ključeva. Pokrenite naredbu s opcijom {option} (ili postavite {env}) i "
            "čuvajte lozinku u sefu: bez nje se kopija ne može vratiti. Ništa nije zapisano.",
            "sr": "Rezervna kopija registra na serveru šifruje se ključem, a na ovom računaru nema skladišta ključeva. "
            "Pokrenite naredbu sa opcijom {option} (ili postavite {env}) i čuvajte "
            "lozinku u sefu: bez nje se kopija ne može vratiti. Ništa nije zapisano.",
            "en": "A server register's backup is encrypted with a key, and this computer has no keyring. Run the "
            "command with {option} (or set {env}) and keep the passphrase in the safe: "
            "without it the backup cannot be restored. Nothing was written.",
        },
        "server_backup.not_register": {
            "bs": "Baza {database} na serveru nema verziju šeme: to nije registar predmeta. Ništa nije zapisano.",
            "hr": "Baza {database} na poslužitelju nema inačicu sheme: to nije registar predmeta. Ništa nije zapisano.",
            "sr": "Baza {database} na serveru nema verziju šeme: to nije registar predmeta. Ništa nije zapisano.",
            "en": "The server database {database} has no schema revision: it is not a case register. Nothing was "
            "written.",
        },
        "server_restore.failed": {
            "bs": "Vraćanje kopije na server ({database}) nije uspjelo. {reason}",
            "hr": "Vraćanje kopije na poslužitelj ({database}) nije uspjelo. {reason}",
            "sr": "Vraćanje kopije na server ({database}) nije uspjelo. {reason}",
            "en": "Restoring the backup onto the server ({database}) failed. {reason}",
        },
        "server_restore.not_empty": {
            "bs": "Baza {database} na serveru nije prazna (predmeta: {cases}). Kopija se vraća samo u praznu bazu "
            "(ili novu, pripremljenu bez predmeta), da se ničiji predmeti ne izgube. Napravite novu praznu bazu "
            "({sql}) i vratite kopiju u nju. Ništa nije promijenjeno.",
            "hr": "Baza {database} na poslužitelju nije prazna (predmeta: {cases}). Kopija se vraća samo u praznu "
            "bazu (ili novu, pripremljenu bez predmeta), da se ničiji predmeti ne izgube. Napravite novu praznu "
            "bazu ({sql}) i vratite kopiju u nju. Ništa nije promijenjeno.",
            "sr": "Baza {database} na serveru nije prazna (predmeta: {cases}). Kopija se vraća samo u praznu bazu "
            "(ili novu, pripremljenu bez predmeta), da se ničiji predmeti ne izgube. Napravite novu praznu bazu "
            "({sql}) i vratite kopiju u nju. Ništa nije promijenjeno.",
            "en": "The server database {database} is not empty ({cases} cases). A backup is restored only into an "
            "empty database (or a new one prepared without cases), so that nobody's cases are lost. Create a new "
            "empty database ({sql}) and restore into it. Nothing was changed.",
        },
        "server_restore.other_revision": {
            "bs": "Baza {database} na serveru je na verziji šeme {current}, a ovaj program na {head}. Vratite kopiju "
            "u novu praznu bazu. Ništa nije promijenjeno.",
            "hr": "Baza {database} na poslužitelju je na inačici sheme {current}, a ovaj program na {head}. Vratite "
            "kopiju u novu praznu bazu. Ništa nije promijenjeno.",
            "sr": "Baza {database} na serveru je na verziji šeme {current}, a ovaj program na {head}. Vratite kopiju "
            "u novu praznu bazu. Ništa nije promijenjeno.",
            "en": "The server database {database} is at schema revision {current} and this program at {head}. "
            "Restore the backup into a new empty database. Nothing was changed.",
        },
        "server_restore.not_owner": {
            "bs": "Kopiju na server ({database}) vraća vlasnik baze (administrator servera), ne korisnička uloga "
            "računara centra. Pokrenite naredbu s vlasnikovom adresom baze ({option}). Ništa nije promijenjeno.",
            "hr": "Kopiju na poslužitelj ({database}) vraća vlasnik baze (administrator poslužitelja), ne korisnička "
            "uloga računala centra. Pokrenite naredbu s vlasnikovom adresom baze ({option}). Ništa nije promijenjeno.",
            "sr": "Kopiju na server ({database}) vraća vlasnik baze (administrator servera), ne korisnička uloga "
            "računara centra. Pokrenite naredbu sa vlasnikovom adresom baze ({option}). Ništa nije promijenjeno.",
            "en": "A backup is restored onto the server ({database}) by the database owner (the server's "
            "administrator), not by the role the centre's PCs use. Run the command with the owner's database "
            "address ({option}). Nothing was changed.",
        },
        "server_restore.done": {
            "bs": "Kopija {source} je vraćena na server {database} i provjerena: predmeta {cases}, redova {rows}.",
            "hr": "Kopija {source} vraćena je na poslužitelj {database} i provjerena: predmeta {cases}, redaka {rows}.",
            "sr": "Kopija {source} je vraćena na server {database} i provjerena: predmeta {cases}, redova {rows}.",
            "en": "The backup {source} was restored onto the server {database} and verified: {cases} cases, {rows} "
            "rows.",
        },
        "server_restore.prepare": {
            "bs": "Baza je bila prazna pa je šema napravljena sada: pokrenite {command} da računari "
            "centra dobiju pristup.",
            "hr": "Baza je bila prazna pa je shema napravljena sada: pokrenite {command} da računala "
            "centra dobiju pristup.",
            "sr": "Baza je bila prazna pa je šema napravljena sada: pokrenite {command} da računari "
            "centra dobiju pristup.",
            "en": "The database was empty, so its schema was made now: run {command} to give the centre's PCs access.",
        },
        "server_backup.no_key_yet": {
            "bs": "Ovaj računar još nema ključ rezervnih kopija registra na serveru: nastaje pri prvoj kopiji "
            "({command}).",
            "hr": "Ovo računalo još nema ključ sigurnosnih kopija registra na poslužitelju: nastaje pri prvoj kopiji "
            "({command}).",
            "sr": "Ovaj računar još nema ključ rezervnih kopija registra na serveru: nastaje pri prvoj kopiji "
            "({command}).",
            "en": "This computer has no key for the server register's backups yet: it is made with the first backup "
            "({command}).",
        },
    }
)

MESSAGES.update(
    {
        "backups.none": {
            "bs": "U mapi {folder} nema rezervnih kopija ovog registra.",
            "hr": "U mapi {folder} nema sigurnosnih kopija ovog registra.",
            "sr": "U fascikli {folder} nema rezervnih kopija ovog registra.",
            "en": "There are no backups of this register in {folder}.",
        },
        "backups.folder": {
            "bs": "Mapa s kopijama: {folder}",
            "hr": "Mapa s kopijama: {folder}",
            "sr": "Fascikla sa kopijama: {folder}",
            "en": "Backups folder: {folder}",
        },
        "backups.column.date": {"bs": "Datum", "hr": "Datum", "sr": "Datum", "en": "Date"},
        "backups.column.kind": {"bs": "Vrsta", "hr": "Vrsta", "sr": "Vrsta", "en": "Kind"},
        "backups.column.revision": {
            "bs": "Verzija šeme",
            "hr": "Inačica sheme",
            "sr": "Verzija šeme",
            "en": "Schema revision",
        },
        "backups.column.cases": {"bs": "Predmeta", "hr": "Predmeta", "sr": "Predmeta", "en": "Cases"},
        "backups.column.keys": {"bs": "Otvara je", "hr": "Otvara je", "sr": "Otvara je", "en": "Opens with"},
        "backups.column.file": {"bs": "Datoteka", "hr": "Datoteka", "sr": "Datoteka", "en": "File"},
        "backups.kind.routine": {"bs": "redovna", "hr": "redovna", "sr": "redovna", "en": "routine"},
        "backups.kind.before_upgrade": {
            "bs": "prije nadogradnje",
            "hr": "prije nadogradnje",
            "sr": "prije nadogradnje",
            "en": "before an upgrade",
        },
        "backups.kind.set_aside": {
            "bs": "ostavljena pri vraćanju",
            "hr": "ostavljena pri vraćanju",
            "sr": "ostavljena pri vraćanju",
            "en": "set aside by a restore",
        },
        "backups.opens.current": {
            "bs": "trenutni ključ",
            "hr": "trenutačni ključ",
            "sr": "trenutni ključ",
            "en": "the current key",
        },
        "backups.opens.earlier": {
            "bs": "raniji ključ",
            "hr": "raniji ključ",
            "sr": "raniji ključ",
            "en": "an earlier key",
        },
        "backups.opens.earlier_until": {
            "bs": "raniji ključ (do {date})",
            "hr": "raniji ključ (do {date})",
            "sr": "raniji ključ (do {date})",
            "en": "an earlier key (until {date})",
        },
        "backups.opens.plain": {
            "bs": "NEŠIFROVANA: čita je svako",
            "hr": "NEŠIFRIRANA: čita je svatko",
            "sr": "NEŠIFROVANA: čita je svako",
            "en": "NOT ENCRYPTED: anyone can read it",
        },
        "backups.opens.no_key": {
            "bs": "nijedan naš ključ (treba ključ iz sefa)",
            "hr": "nijedan naš ključ (treba ključ iz sefa)",
            "sr": "nijedan naš ključ (treba ključ iz sefa)",
            "en": "none of our keys (needs the key from the safe)",
        },
        "backups.opens.damaged": {"bs": "oštećena", "hr": "oštećena", "sr": "oštećena", "en": "damaged"},
    }
)

MESSAGES.update(
    {
        "backups.plain_found": {
            "bs": "Nešifrovane ranije rezervne kopije ovog registra (čita ih svako ko dođe do datoteke): {count}",
            "hr": "Nešifrirane ranije sigurnosne kopije ovog registra (čita ih svatko tko dođe do datoteke): {count}",
            "sr": "Nešifrovane ranije rezervne kopije ovog registra (čita ih svako ko dođe do datoteke): {count}",
            "en": "Earlier backups of this register that are not encrypted (anyone who gets the file can read "
            "them): {count}",
        },
        "backups.plain_ask": {
            "bs": "1 = šifrovati ih (istim ključem kao registar), 2 = obrisati ih, 3 = ostaviti ih. Izbor:",
            "hr": "1 = šifrirati ih (istim ključem kao registar), 2 = obrisati ih, 3 = ostaviti ih. Izbor:",
            "sr": "1 = šifrovati ih (istim ključem kao registar), 2 = obrisati ih, 3 = ostaviti ih. Izbor:",
            "en": "1 = encrypt them (with the register's key), 2 = remove them, 3 = leave them. Choice:",
        },
        "backups.plain_how": {
            "bs": "Ništa s njima nije urađeno. Šifrujte ih: {encrypt} (ili ih obrišite: {remove}).",
            "hr": "Ništa s njima nije učinjeno. Šifrirajte ih: {encrypt} (ili ih obrišite: {remove}).",
            "sr": "Ništa s njima nije urađeno. Šifrujte ih: {encrypt} (ili ih obrišite: {remove}).",
            "en": "Nothing was done with them. Encrypt them: {encrypt} (or remove them: {remove}).",
        },
        "backups.plain_kept": {
            "bs": "Nešifrovane kopije ({count}) su ostavljene kakve jesu: čuvajte ih pod ključem.",
            "hr": "Nešifrirane kopije ({count}) ostavljene su kakve jesu: čuvajte ih pod ključem.",
            "sr": "Nešifrovane kopije ({count}) su ostavljene kakve jesu: čuvajte ih pod ključem.",
            "en": "The plain backups ({count}) were left as they are: keep them locked away.",
        },
        "backups.plain_removed": {
            "bs": "Obrisane nešifrovane kopije: {count}.",
            "hr": "Obrisane nešifrirane kopije: {count}.",
            "sr": "Obrisane nešifrovane kopije: {count}.",
            "en": "Plain backups removed: {count}.",
        },
        "backups.plain_encrypted": {
            "bs": "Šifrovane i provjerene ranije kopije: {count}. Otvaraju se ključem registra.",
            "hr": "Šifrirane i provjerene ranije kopije: {count}. Otvaraju se ključem registra.",
            "sr": "Šifrovane i provjerene ranije kopije: {count}. Otvaraju se ključem registra.",
            "en": "Earlier backups encrypted and verified: {count}. They open with the register's key.",
        },
        "backups.encrypt_failed": {
            "bs": "Kopija {path} nije mogla biti šifrovana (provjera nije prošla); ostala je kakva je bila.",
            "hr": "Kopija {path} nije se mogla šifrirati (provjera nije prošla); ostala je kakva je bila.",
            "sr": "Kopija {path} nije mogla biti šifrovana (provjera nije prošla); ostala je kakva je bila.",
            "en": "The backup {path} could not be encrypted (it did not verify); it was left as it was.",
        },
    }
)

MESSAGES.update(
    {
        "backups.passphrase_prompt": {
            "bs": "Ključ ili lozinka s kojom je kopija napravljena:",
            "hr": "Ključ ili lozinka s kojom je kopija napravljena:",
            "sr": "Ključ ili lozinka sa kojom je kopija napravljena:",
            "en": "The key or passphrase the backup was made with:",
        }
    }
)

MESSAGES.update(
    {
        "backups.unreadable_hint": {
            "bs": "Ako je kopija napravljena ranijim ključem ili lozinkom (prije {rekey}) koju ovaj računar "
            "ne čuva, dodajte {option} i upišite je (ili postavite {env}). Ništa nije "
            "promijenjeno.",
            "hr": "Ako je kopija napravljena ranijim ključem ili lozinkom (prije {rekey}) koju ovo računalo "
            "ne čuva, dodajte {option} i upišite je (ili postavite {env}). Ništa nije "
            "promijenjeno.",
            "sr": "Ako je kopija napravljena ranijim ključem ili lozinkom (prije {rekey}) koju ovaj računar "
            "ne čuva, dodajte {option} i upišite je (ili postavite {env}). Ništa nije "
            "promijenjeno.",
            "en": "If the backup was made with an earlier key or passphrase (before {rekey}) that this "
            "computer does not keep, add {option} and type it (or set {env}). Nothing "
            "was changed.",
        }
    }
)
