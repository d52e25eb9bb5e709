"""``registry db move``: moving a register onto a PostgreSQL server (messages for IT staff).

Parameters: target and source are database URLs without passwords; table is a table's name in the database.
Names of programs, commands, files and settings are parameters too, so that Serbian Cyrillic keeps them in Latin.
"""

MESSAGES: dict[str, dict[str, str]] = {
    "move.not_postgresql": {
        "bs": "Registar se premješta samo na {postgresql} server ({target} to nije). Navedite npr. {example}.",
        "hr": "Registar se premješta samo na {postgresql} poslužitelj ({target} to nije). Navedite npr. {example}.",
        "sr": "Registar se premješta samo na {postgresql} server ({target} to nije). Navedite npr. {example}.",
        "en": "A register is moved only onto a {postgresql} server ({target} is not one). Give for example {example}.",
    },
    "move.same_database": {
        "bs": "Odredište je isti registar kao izvor. Ništa nije kopirano.",
        "hr": "Odredište je isti registar kao izvor. Ništa nije kopirano.",
        "sr": "Odredište je isti registar kao izvor. Ništa nije kopirano.",
        "en": "The target is the same register as the source. Nothing was copied.",
    },
    "move.target_not_empty": {
        "bs": "Baza {target} nije prazna (tabela {table}, broj redova: {rows}). Registar se premješta samo u praznu "
        "bazu, da se ničiji podaci ne pomiješaju ni prepišu. Napravite novu, praznu bazu ({create}) i "
        "ponovite. Ništa nije promijenjeno.",
        "hr": "Baza {target} nije prazna (tablica {table}, broj redaka: {rows}). Registar se premješta samo u praznu "
        "bazu, da se ničiji podaci ne pomiješaju ni prepišu. Napravite novu, praznu bazu ({create}) i "
        "ponovite. Ništa nije promijenjeno.",
        "sr": "Baza {target} nije prazna (tabela {table}, broj redova: {rows}). Registar se premješta samo u praznu "
        "bazu, da se ničiji podaci ne pomiješaju ni prepišu. Napravite novu, praznu bazu ({create}) i "
        "ponovite. Ništa nije promijenjeno.",
        "en": "The database {target} is not empty (table {table}, rows: {rows}). A register is moved only into an "
        "empty database, so that nobody's data is mixed or overwritten. Create a new, empty database ({create}) and try again. Nothing was changed.",
    },
    "move.target_foreign": {
        "bs": "Baza {target} sadrži tabele drugog programa (npr. {table}). Registar se premješta samo u praznu "
        "bazu. Ništa nije promijenjeno.",
        "hr": "Baza {target} sadrži tablice drugog programa (npr. {table}). Registar se premješta samo u praznu "
        "bazu. Ništa nije promijenjeno.",
        "sr": "Baza {target} sadrži tabele drugog programa (npr. {table}). Registar se premješta samo u praznu "
        "bazu. Ništa nije promijenjeno.",
        "en": "The database {target} holds another program's tables (such as {table}). A register is moved only "
        "into an empty database. Nothing was changed.",
    },
    "move.target_newer": {
        "bs": "Baza {target} ima šemu novije verzije programa ({revision}). Premjestite registar ovom verzijom "
        "programa u praznu bazu, ili prvo nadogradite program. Ništa nije promijenjeno.",
        "hr": "Baza {target} ima shemu novije inačice programa ({revision}). Premjestite registar ovom inačicom "
        "programa u praznu bazu, ili prvo nadogradite program. Ništa nije promijenjeno.",
        "sr": "Baza {target} ima šemu novije verzije programa ({revision}). Premjestite registar ovom verzijom "
        "programa u praznu bazu, ili prvo nadogradite program. Ništa nije promijenjeno.",
        "en": "The database {target} has the schema of a newer version of the program ({revision}). Move the "
        "register into an empty database with this version, or upgrade the program first. Nothing was changed.",
    },
    "move.starting": {
        "bs": "Premještanje registra {source} na {target} …",
        "hr": "Premještanje registra {source} na {target} …",
        "sr": "Premještanje registra {source} na {target} …",
        "en": "Moving the register {source} to {target} …",
    },
    "move.progress": {
        "bs": "{percent}% – {table}: {done} od {rows}",
        "hr": "{percent}% – {table}: {done} od {rows}",
        "sr": "{percent}% – {table}: {done} od {rows}",
        "en": "{percent}% – {table}: {done} of {rows}",
    },
    "move.copied": {
        "bs": "Kopirano na {target} za {seconds} s: tabela {tables}, redova {rows}, predmeta {cases}.",
        "hr": "Kopirano na {target} za {seconds} s: tablica {tables}, redaka {rows}, predmeta {cases}.",
        "sr": "Kopirano na {target} za {seconds} s: tabela {tables}, redova {rows}, predmeta {cases}.",
        "en": "Copied to {target} in {seconds} s: {tables} tables, {rows} rows, {cases} cases.",
    },
    "move.verified": {
        "bs": "Provjereno: u svih {tables} tabela broj redova i kontrolni zbir jednaki su izvornim.",
        "hr": "Provjereno: u svih {tables} tablica broj redaka i kontrolni zbroj jednaki su izvornima.",
        "sr": "Provjereno: u svih {tables} tabela broj redova i kontrolni zbir jednaki su izvornim.",
        "en": "Verified: in all {tables} tables the row count and the checksum equal the source's.",
    },
    "move.next_steps": {
        "bs": "Dalje:\n"
        "  1. Na serveru, kao vlasnik baze: {prepare} (uloga za računare, bez prava na šemu).\n"
        "  2. Na svakom računaru, u {settings_file}: {url_setting} ili {service_setting} (servis u {service_file}).\n"
        "  3. Registar {source} ostavite kakav jeste, kao posljednju kopiju prije premještanja; ne otvarajte ga "
        "više za rad.",
        "hr": "Dalje:\n"
        "  1. Na poslužitelju, kao vlasnik baze: {prepare} (uloga za računala, bez prava na shemu).\n"
        "  2. Na svakom računalu, u {settings_file}: {url_setting} ili {service_setting} (servis u {service_file}).\n"
        "  3. Registar {source} ostavite kakav jest, kao posljednju kopiju prije premještanja; ne otvarajte ga "
        "više za rad.",
        "sr": "Dalje:\n"
        "  1. Na serveru, kao vlasnik baze: {prepare} (uloga za računare, bez prava na šemu).\n"
        "  2. Na svakom računaru, u {settings_file}: {url_setting} ili {service_setting} (servis u {service_file}).\n"
        "  3. Registar {source} ostavite kakav jeste, kao posljednju kopiju prije premještanja; ne otvarajte ga "
        "više za rad.",
        "en": "Next:\n"
        "  1. On the server, as the database's owner: {prepare} (the PCs' role, without rights on the schema).\n"
        "  2. On every PC, in {settings_file}: {url_setting} or {service_setting} (a service in {service_file}).\n"
        "  3. Leave the register {source} as it is, as the last copy before the move; do not open it for work "
        "again.",
    },
}
