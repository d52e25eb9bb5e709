"""``registry COMMAND --help`` in the user's language: each command's own options and sub-commands.

Keys are ``cli.help.sub.`` and the place in the command tree: ``COMMAND:option`` for an option (``print:output``
serves every ``print`` document), ``COMMAND>sub`` for a sub-command (``db>rekey``).  ``registry.cli.parser`` swaps
them in; a test walks the whole tree and finds every help text here.  File names, commands, URLs, environment
variables and product names are parameters, so Serbian Cyrillic keeps them in Latin letters.
"""


def _m(bs: str, hr: str, sr: str, en: str) -> dict[str, str]:
    return {"bs": bs, "hr": hr, "sr": sr, "en": en}


def _same(text: str, en: str) -> dict[str, str]:
    return _m(text, text, text, en)


HELP = {
    "gui:profile": _m(
        "profil za novi registar (zadano: općina ove izvedbe, inače bira korisnik)",
        "profil za novi registar (zadano: općina ove izvedbe, inače bira korisnik)",
        "profil za novi registar (podrazumevano: opština ove izvedbe, inače bira korisnik)",
        "profile for a new register (default: the build's municipality, else the user chooses)",
    ),
    "gui:demo": _m(
        "popuni praznu bazu s {n} demo predmeta",
        "popuni praznu bazu s {n} demo predmeta",
        "popuni praznu bazu sa {n} demo predmeta",
        "fill an empty database with {n} demo cases",
    ),
    "gui:screenshot": _m(
        "sačuvaj snimke ekrana u {dir} i izađi",
        "spremi snimke zaslona u {dir} i izađi",
        "sačuvaj snimke ekrana u {dir} i izađi",
        "save screenshots to {dir} and quit",
    ),
    "init:profile": _m(
        "šifra profila, vidi {profiles} (zadano: općina za koju je ova izvedba)",
        "šifra profila, vidi {profiles} (zadano: općina za koju je ova izvedba)",
        "šifra profila, vidi {profiles} (podrazumevano: opština za koju je ova izvedba)",
        "profile code, see {profiles} (default: the municipality this build is for)",
    ),
    "init:new-register": _m(
        "započni novi, prazan registar gdje ranijeg nema (njegove rezervne kopije ostaju upotrebljive)",
        "započni novi, prazan registar gdje ranijeg nema (njegove sigurnosne kopije ostaju upotrebljive)",
        "započni novi, prazan registar gde ranijeg nema (njegove rezervne kopije ostaju upotrebljive)",
        "start a new, empty register where an earlier one is missing (its backups stay usable)",
    ),
    "init:admin": _m(
        "napravi prvog administratora registra koji ga nema (lozinka se traži ili uzima iz {new_password_env})",
        "stvori prvog administratora registra koji ga nema (lozinka se traži ili uzima iz {new_password_env})",
        "napravi prvog administratora registra koji ga nema (lozinka se traži ili uzima iz {new_password_env})",
        "make the first administrator of a register that has none (the password is asked for, or taken from "
        "{new_password_env})",
    ),
    "profiles>list": _m(
        "profili koje ovaj program nosi",
        "profili koje ovaj program sadrži",
        "profili koje ovaj program nosi",
        "the profiles this program carries",
    ),
    "profiles>municipalities": _m(
        "sve općine BiH za koje se može napraviti profil",
        "sve općine BiH za koje se može izraditi profil",
        "sve opštine BiH za koje se može napraviti profil",
        "every municipality of BiH a profile can be made for",
    ),
    "profiles>new": _m(
        "napiši profil za dopunu za općinu",
        "zapiši profil za dopunu za općinu",
        "napiši profil za dopunu za opštinu",
        "write a profile to complete for a municipality",
    ),
    "profiles>check": _m(
        "provjeri datoteku profila i objasni svaki problem",
        "provjeri datoteku profila i objasni svaki problem",
        "proveri datoteku profila i objasni svaki problem",
        "check a profile file and explain every problem",
    ),
    "profiles.municipalities:query": _m(
        "dio naziva, u bilo kojem pismu",
        "dio naziva, u bilo kojem pismu",
        "deo naziva, na bilo kom pismu",
        "part of the name, in either script",
    ),
    "profiles.new:municipality": _m(
        "njena šifra ili naziv, npr. {code_example} ili {name_example}",
        "njezina šifra ili naziv, npr. {code_example} ili {name_example}",
        "njena šifra ili naziv, npr. {code_example} ili {name_example}",
        "its code or name, e.g. {code_example} or {name_example}",
    ),
    "profiles.new:output": _m(
        "datoteka za upis (zadano: {profile_file} u trenutnoj mapi)",
        "datoteka za zapis (zadano: {profile_file} u trenutnoj mapi)",
        "datoteka za upis (podrazumevano: {profile_file} u trenutnoj fascikli)",
        "file to write (default: {profile_file} in the current folder)",
    ),
    "db>encrypt": _m(
        "šifriraj postojeću nešifriranu {sqlite} bazu (i njene stare rezervne kopije)",
        "šifriraj postojeću nešifriranu {sqlite} bazu (i njezine stare sigurnosne kopije)",
        "šifruj postojeću nešifrovanu {sqlite} bazu (i njene stare rezervne kopije)",
        "encrypt an existing plain {sqlite} database (and its old backups)",
    ),
    "db>rekey": _m("promijeni ključ baze", "promijeni ključ baze", "promeni ključ baze", "change the database key"),
    "db>show-key": _m(
        "ispiši ključ baze za čuvanje na sigurnom (oporavak nakon katastrofe)",
        "ispiši ključ baze za čuvanje na sigurnom (oporavak nakon katastrofe)",
        "ispiši ključ baze za čuvanje na sigurnom (oporavak posle katastrofe)",
        "print the database key for safe keeping (disaster recovery)",
    ),
    "db>remember-password": _m(
        "čuvaj lozinku servera baze u sefu za ključeve ({keyring})",
        "čuvaj lozinku poslužitelja baze u sefu za ključeve ({keyring})",
        "čuvaj lozinku servera baze u sefu za ključeve ({keyring})",
        "keep a database server's password in the {keyring}",
    ),
    "db>move": _m(
        "kopiraj cijeli registar u praznu {postgresql} bazu, provjereno, sve ili ništa",
        "kopiraj cijeli registar u praznu {postgresql} bazu, provjereno, sve ili ništa",
        "kopiraj ceo registar u praznu {postgresql} bazu, provereno, sve ili ništa",
        "copy the whole register into an empty {postgresql} database, verified, all or nothing",
    ),
    "db.encrypt:plain-backups": _m(
        "šta uraditi s ranijim rezervnim kopijama koje nisu šifrirane (pita se ako nije zadano)",
        "što učiniti s ranijim sigurnosnim kopijama koje nisu šifrirane (pita se ako nije zadano)",
        "šta uraditi sa ranijim rezervnim kopijama koje nisu šifrovane (pita se ako nije zadato)",
        "what to do with earlier backups that are not encrypted (asked when not given)",
    ),
    "db.encrypt:backups": _m(
        "mapa rezervnih kopija (zadano: {backups_folder} u mapi podataka)",
        "mapa sigurnosnih kopija (zadano: {backups_folder} u mapi podataka)",
        "fascikla rezervnih kopija (podrazumevano: {backups_folder} u fascikli podataka)",
        "the backups folder (default: {backups_folder} in the data folder)",
    ),
    "db.rekey:new-passphrase": _m(
        "koristi ukucanu lozinku baze umjesto sefa za ključeve",
        "koristi upisanu lozinku baze umjesto sefa za ključeve",
        "koristi ukucanu lozinku baze umesto sefa za ključeve",
        "use a typed passphrase instead of the keyring",
    ),
    "db.show-key:yes": _same("da, ispiši ključ", "yes, print the key"),
    "db.move:to": _m(
        "baza na serveru: {server_url} ili {service_url} za servis iz {pg_service}",
        "baza na poslužitelju: {server_url} ili {service_url} za uslugu iz {pg_service}",
        "baza na serveru: {server_url} ili {service_url} za servis iz {pg_service}",
        "the server database: {server_url}, or {service_url} for a {pg_service} service",
    ),
    "backup:to": _m(
        "mapa (zadano: {backups_folder} u mapi podataka)",
        "mapa (zadano: {backups_folder} u mapi podataka)",
        "fascikla (podrazumevano: {backups_folder} u fascikli podataka)",
        "folder (default: {backups_folder} in the data folder)",
    ),
    "backup:keep": _m(
        "koliko rezervnih kopija čuvati (zadano {keep})",
        "koliko sigurnosnih kopija čuvati (zadano {keep})",
        "koliko rezervnih kopija čuvati (podrazumevano {keep})",
        "how many backups to keep (default {keep})",
    ),
    "backup:list": _m(
        "popis rezervnih kopija: datum, revizija šeme, predmeti i otvaraju li ih naši ključevi",
        "popis sigurnosnih kopija: datum, revizija sheme, predmeti i otvaraju li ih naši ključevi",
        "spisak rezervnih kopija: datum, revizija šeme, predmeti i da li ih naši ključevi otvaraju",
        "list the backups: date, schema revision, cases and whether our keys open them",
    ),
    "restore:yes": _same("ne traži potvrdu", "do not ask for confirmation"),
    "restore:backup-passphrase": _m(
        "pitaj za ključ ili lozinku s kojom je kopija napravljena, ako se razlikuje od ključa registra (ili postavi "
        "{backup_env})",
        "pitaj za ključ ili lozinku kojom je kopija napravljena, ako se razlikuje od ključa registra (ili postavi "
        "{backup_env})",
        "pitaj za ključ ili lozinku sa kojom je kopija napravljena, ako se razlikuje od ključa registra (ili postavi "
        "{backup_env})",
        "ask for the key or passphrase the backup was made with, where it differs from the register's (or set "
        "{backup_env})",
    ),
    "audit>verify": _m(
        "dokaži da je lanac sažetaka netaknut i da se slaže sa zapisanim vrhovima",
        "dokaži da je lanac sažetaka netaknut i da se slaže sa zapisanim vrhovima",
        "dokaži da je lanac sažetaka netaknut i da se slaže sa zapisanim vrhovima",
        "prove the hash chain is intact and matches its recorded heads",
    ),
    "audit>checkpoint": _m(
        "zapiši vrh lanca u datoteku i pečat za štampu",
        "zapiši vrh lanca u datoteku i pečat za ispis",
        "zapiši vrh lanca u datoteku i pečat za štampu",
        "write the chain's head to a file and a seal to print",
    ),
    "audit.verify:checkpoint": _m(
        "datoteka kontrolne tačke za poređenje (može se dati više puta)",
        "datoteka kontrolne točke za usporedbu (može se navesti više puta)",
        "datoteka kontrolne tačke za poređenje (može se dati više puta)",
        "a checkpoint file to compare with (may be given more than once)",
    ),
    "audit.checkpoint:no-pdf": _m(
        "samo datoteka, bez pečata za štampu",
        "samo datoteka, bez pečata za ispis",
        "samo datoteka, bez pečata za štampu",
        "only the file, no seal to print",
    ),
    "retention:dry-run": _m(
        "samo navedi šta bi se promijenilo",
        "samo navedi što bi se promijenilo",
        "samo navedi šta bi se promenilo",
        "only list what would change",
    ),
    "import:encoding": _m(
        "kodiranje {csv} datoteka kad se ne može prepoznati (zadano: prepoznaje se)",
        "kodiranje {csv} datoteka kad se ne može prepoznati (zadano: prepoznaje se)",
        "kodiranje {csv} datoteka kada se ne može prepoznati (podrazumevano: prepoznaje se)",
        "the {csv} files' encoding when it cannot be told (default: detected)",
    ),
    "import:delimiter": _m(
        "razdjelnik u {csv} datoteci (zadano: prepoznaje se)",
        "razdjelnik u {csv} datoteci (zadano: prepoznaje se)",
        "razdelnik u {csv} datoteci (podrazumevano: prepoznaje se)",
        "the {csv} delimiter (default: detected)",
    ),
    "import:duplicates": _m(
        "za redove čije je dijete već u registru: poveži novi predmet s tim djetetom (zadano), vodi dijete odvojeno "
        "ili preskoči red; isti predmet se uvijek preskače",
        "za retke čije je dijete već u registru: poveži novi predmet s tim djetetom (zadano), vodi dijete odvojeno "
        "ili preskoči redak; isti se predmet uvijek preskače",
        "za redove čije je dete već u registru: poveži novi predmet sa tim detetom (podrazumevano), vodi dete "
        "odvojeno ili preskoči red; isti predmet se uvek preskače",
        "for rows whose child is already registered: link the new case to that child (default), keep the child "
        "separate, or skip the row; the same case is always skipped",
    ),
    "import:create-missing-users": _m(
        "dodaj osoblje koje zapisi navode a registar nema, kao neaktivne račune bez lozinke (administrator ih "
        "aktivira); inače je svako takvo ime greška",
        "dodaj osoblje koje zapisi navode a registar nema, kao neaktivne račune bez lozinke (administrator ih "
        "aktivira); inače je svako takvo ime pogreška",
        "dodaj osoblje koje zapisi navode a registar nema, kao neaktivne naloge bez lozinke (administrator ih "
        "aktivira); inače je svako takvo ime greška",
        "add staff the records name but this register lacks as inactive accounts without a password (an "
        "administrator activates them); otherwise each such name is an error",
    ),
    "import:dry-run": _m(
        "provjeri sve i izvijesti; ne upisuj ništa",
        "provjeri sve i izvijesti; ne zapisuj ništa",
        "proveri sve i izvesti; ne upisuj ništa",
        "check everything and report; write nothing",
    ),
    "export:delimiter": _m(
        "razdjelnik za {csv}; {semicolon} očekuje {excel} s bosanskim, hrvatskim ili srpskim regionalnim postavkama",
        "razdjelnik za {csv}; {semicolon} očekuje {excel} s hrvatskim, bosanskim ili srpskim regionalnim postavkama",
        "razdelnik za {csv}; {semicolon} očekuje {excel} sa srpskim, bosanskim ili hrvatskim regionalnim podešavanjima",
        "{csv} delimiter; {semicolon} is what {excel} in a Bosnian, Croatian or Serbian locale expects",
    ),
    "print>summary": _m(
        "sažetak predmeta za rukovodioce, konferencije o predmetu, sudove i inspekcije",
        "sažetak predmeta za voditelje, konferencije o predmetu, sudove i inspekcije",
        "rezime predmeta za rukovodioce, konferencije o predmetu, sudove i inspekcije",
        "case summary for supervisors, case conferences, courts and inspections",
    ),
    "print>checklist": _m(
        "kontrolna lista protokola za predmet: rokovi i datumi izvršenja, ko je uradio koji korak",
        "kontrolni popis protokola za predmet: rokovi i datumi izvršenja, tko je obavio koji korak",
        "kontrolna lista protokola za predmet: rokovi i datumi izvršenja, ko je uradio koji korak",
        "protocol checklist of the case: due and done dates, who did each step",
    ),
    "print>timeline": _same(
        "svaki događaj u predmetu kroz sve sektore, redom", "every event of the case across sectors, in order"
    ),
    "print>referral": _m(
        "uputnica s listićem za odgovor (odlazna) ili povratna informacija pošiljaocu (dolazna)",
        "uputnica s listićem za odgovor (odlazna) ili povratna informacija pošiljatelju (dolazna)",
        "uputnica sa listićem za odgovor (odlazna) ili povratna informacija pošiljaocu (dolazna)",
        "referral letter with response slip (outgoing) or feedback to the sender (incoming)",
    ),
    "print>blank": _m(
        "prazan obrazac za popunjavanje rukom",
        "prazan obrazac za ispunjavanje rukom",
        "prazan obrazac za popunjavanje rukom",
        "blank form to fill in by hand",
    ),
    "print:output": _m(
        "{pdf} datoteka koja se piše",
        "{pdf} datoteka koja se zapisuje",
        "{pdf} datoteka koja se piše",
        "the {pdf} file to write",
    ),
    "print:lang": _same("jezik i pismo dokumenta: {codes}", "language and script of the document: {codes}"),
    "print:no-transliterate": _m(
        "imena i slobodan tekst u pismu dokumenta (zadano: uključeno samo za {cyrillic_code})",
        "imena i slobodan tekst u pismu dokumenta (zadano: uključeno samo za {cyrillic_code})",
        "imena i slobodan tekst u pismu dokumenta (podrazumevano: uključeno samo za {cyrillic_code})",
        "names and free text in the document's script (default: on for {cyrillic_code} only)",
    ),
    "stats:from": _m("prvi dan perioda", "prvi dan razdoblja", "prvi dan perioda", "first day of the period"),
    "stats:to": _m(
        "posljednji dan perioda", "posljednji dan razdoblja", "poslednji dan perioda", "last day of the period"
    ),
    "stats:format": _m(
        "{json} (zadano bez {o}), {csv}, {xlsx} ili {pdf} (zadano s {o}: prema nazivu datoteke)",
        "{json} (zadano bez {o}), {csv}, {xlsx} ili {pdf} (zadano s {o}: prema nazivu datoteke)",
        "{json} (podrazumevano bez {o}), {csv}, {xlsx} ili {pdf} (podrazumevano sa {o}: prema nazivu datoteke)",
        "{json} (the default without {o}), {csv}, {xlsx} or {pdf} (default with {o}: from the file name)",
    ),
    "stats:output": _m(
        "upiši u ovu datoteku umjesto ispisa {json}",
        "zapiši u ovu datoteku umjesto ispisa {json}",
        "upiši u ovu datoteku umesto ispisa {json}",
        "write to this file instead of printing {json}",
    ),
    "stats:lang": _same("jezik naslova i oznaka", "language of titles and labels"),
    "users>add": _m(
        "dodaj račun; lozinka se traži ili uzima iz {new_password_env}",
        "dodaj račun; lozinka se traži ili uzima iz {new_password_env}",
        "dodaj nalog; lozinka se traži ili uzima iz {new_password_env}",
        "add an account; the password is asked for, or taken from {new_password_env}",
    ),
    "users>list": _m(
        "svi računi: uloga, aktivan ili ne, pogrešne lozinke i eventualno čekanje",
        "svi računi: uloga, aktivan ili ne, pogrešne lozinke i eventualno čekanje",
        "svi nalozi: uloga, aktivan ili ne, pogrešne lozinke i eventualno čekanje",
        "every account: role, active or not, wrong passwords and any wait",
    ),
    "users>unlock": _m(
        "prekini čekanje računa nakon pogrešnih lozinki (vlasnik se odmah može prijaviti)",
        "prekini čekanje računa nakon pogrešnih lozinki (vlasnik se odmah može prijaviti)",
        "prekini čekanje naloga posle pogrešnih lozinki (vlasnik može odmah da se prijavi)",
        "end an account's wait after wrong passwords (the owner may sign in at once)",
    ),
    "users.add:name": _m(
        "puno ime osobe (zadano: {name})",
        "puno ime osobe (zadano: {name})",
        "puno ime osobe (podrazumevano: {name})",
        "the person's full name (default: {name})",
    ),
    "server>prepare": _m(
        "napravi ili nadogradi šemu i ulogu s najmanjim ovlastima za računare (pokreni s {db_option} na bazu kao "
        "njen vlasnik)",
        "stvori ili nadogradi shemu i ulogu s najmanjim ovlastima za računala (pokreni s {db_option} prema bazi kao "
        "njezin vlasnik)",
        "napravi ili nadogradi šemu i ulogu sa najmanjim ovlašćenjima za računare (pokreni sa {db_option} na bazu "
        "kao njen vlasnik)",
        "create or upgrade the schema and the PCs' least-privilege role (run with {db_option} pointing at the "
        "database as its owner)",
    ),
    "server.prepare:app-role": _m(
        "uloga koju koriste računari (zadano {app_role})",
        "uloga koju koriste računala (zadano {app_role})",
        "uloga koju koriste računari (podrazumevano {app_role})",
        "the role the PCs use (default {app_role})",
    ),
    "server.prepare:set-password": _same(
        "pitaj za lozinku uloge (i postavi je)", "ask for (and set) the role's password"
    ),
    "build:profile": _same(
        "šifra profila (vidi {profiles}) ili datoteka profila", "profile code (see {profiles}) or a profile file"
    ),
    "build:generic": _m(
        "izvedba koja pri prvom pokretanju pita za općinu",
        "izvedba koja pri prvom pokretanju pita za općinu",
        "izvedba koja pri prvom pokretanju pita za opštinu",
        "a build that asks for the municipality at its first start",
    ),
    "build:output": _m(
        "mapa za paket i instalaciju (zadano: {dist})",
        "mapa za paket i instalacijski paket (zadano: {dist})",
        "fascikla za paket i instalaciju (podrazumevano: {dist})",
        "folder for the bundle and its package (default: {dist})",
    ),
    "build:installer": _m(
        "napravi i {nsis} instalaciju (uvijek pod {windows}; treba {makensis})",
        "izradi i {nsis} instalacijski program (uvijek pod {windows}; treba {makensis})",
        "napravi i {nsis} instalaciju (uvek pod {windows}; potreban je {makensis})",
        "also compile the {nsis} installer (always on {windows}; needs {makensis})",
    ),
    "import.description": _m(
        "Predmeti iz {excel} radne sveske (listovi: {sheets}) ili {csv} datoteka (po jedna za svaki list, nazvana po "
        "njemu). Kodiranje i razdjelnik se prepoznaju; zaglavlja mogu biti na bosanskom, hrvatskom, srpskom "
        "(latinica ili ćirilica) ili engleskom. Ništa se ne upisuje dok svaki red nije ispravan.",
        "Predmeti iz {excel} radne knjige (listovi: {sheets}) ili {csv} datoteka (po jedna za svaki list, nazvana po "
        "njemu). Kodiranje i razdjelnik se prepoznaju; zaglavlja mogu biti na bosanskom, hrvatskom, srpskom "
        "(latinica ili ćirilica) ili engleskom. Ništa se ne zapisuje dok svaki redak nije ispravan.",
        "Predmeti iz {excel} radne sveske (listovi: {sheets}) ili {csv} datoteka (po jedna za svaki list, nazvana po "
        "njemu). Kodiranje i razdelnik se prepoznaju; zaglavlja mogu biti na bosanskom, hrvatskom, srpskom "
        "(latinica ili ćirilica) ili engleskom. Ništa se ne upisuje dok svaki red nije ispravan.",
        "Cases from an {excel} workbook (sheets: {sheets}) or {csv} files (one per sheet, named after it). Encoding "
        "and delimiter are detected; headers may be in Bosnian, Croatian, Serbian (Latin or Cyrillic) or English. "
        "Nothing is written unless every row is valid.",
    ),
    "export.description": _m(
        "{export_cases} piše popis predmeta ({csv} ili {json}) za tabele i skripte. {export_register} piše svaki "
        "zapis svakog predmeta (osobe, domaćinstvo, upućivanja, kontrolne liste, bilješke, mjere, incidente, "
        "konferencije, saglasnosti, historiju statusa) u formatu radne sveske koji {import_command} čita nazad: "
        "način da se registar preda. {export_template} piše praznu radnu svesku za popunjavanje historijom centra, "
        "na jeziku iz {lang_option}.",
        "{export_cases} zapisuje popis predmeta ({csv} ili {json}) za proračunske tablice i skripte. "
        "{export_register} zapisuje svaki zapis svakog predmeta (osobe, kućanstvo, upućivanja, kontrolne popise, "
        "bilješke, mjere, incidente, konferencije, suglasnosti, povijest statusa) u formatu radne knjige koji "
        "{import_command} čita natrag: način da se registar preda. {export_template} zapisuje praznu radnu knjigu "
        "za ispunjavanje poviješću centra, na jeziku iz {lang_option}.",
        "{export_cases} piše spisak predmeta ({csv} ili {json}) za tabele i skripte. {export_register} piše svaki "
        "zapis svakog predmeta (osobe, domaćinstvo, upućivanja, kontrolne liste, beleške, mere, incidente, "
        "konferencije, saglasnosti, istoriju statusa) u formatu radne sveske koji {import_command} čita nazad: "
        "način da se registar preda. {export_template} piše praznu radnu svesku za popunjavanje istorijom centra, "
        "na jeziku iz {lang_option}.",
        "{export_cases} writes the case list ({csv} or {json}) for spreadsheets and scripts. {export_register} "
        "writes every record of every case (people, household, referrals, checklists, notes, measures, incidents, "
        "conferences, consents, status history) in the workbook format {import_command} reads back: the way to "
        "hand a register over. {export_template} writes the empty workbook to fill in with a centre's history, in "
        "{lang_option}.",
    ),
}

#: what the help texts name literally (never translated nor transliterated)
LITERALS = {
    "n": "N",
    "dir": "DIR",
    "profiles": "`registry profiles`",
    "new_password_env": "$REGISTRY_NEW_PASSWORD",
    "code_example": "grude",
    "name_example": '"Široki Brijeg"',
    "profile_file": "CODE.toml",
    "sqlite": "SQLite",
    "postgresql": "PostgreSQL",
    "keyring": "keyring",
    "backups_folder": "backups/",
    "server_url": "postgresql+psycopg://owner@server/registry",
    "service_url": "postgresql+psycopg:///?service=NAME",
    "pg_service": "pg_service.conf",
    "keep": "14",
    "backup_env": "REGISTRY_BACKUP_PASSPHRASE",
    "csv": "CSV",
    "json": "JSON",
    "xlsx": "XLSX",
    "pdf": "PDF",
    "excel": "Excel",
    "semicolon": "';'",
    "cyrillic_code": "sr-Cyrl",
    "o": "-o",
    "name": "NAME",
    "db_option": "--db",
    "app_role": "registry_app",
    "dist": "dist",
    "nsis": "NSIS",
    "windows": "Windows",
    "makensis": "makensis",
    "sheets": "cases, household, referrals, ...",
    "export_cases": "'export cases'",
    "export_register": "'export register -o FILE.xlsx'",
    "import_command": "'registry import'",
    "export_template": "'export template -o FILE.xlsx'",
    "lang_option": "--lang",
}

MESSAGES = {f"cli.help.sub.{key}": texts for key, texts in HELP.items()}
