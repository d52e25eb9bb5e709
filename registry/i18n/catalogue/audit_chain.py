"""Messages of the audit chain's anchors: checkpoints, the printed seal and what ``audit verify`` finds."""


def _m(bs: str, hr: str, sr: str, en: str) -> dict[str, str]:
    return {"bs": bs, "hr": hr, "sr": sr, "en": en}


MESSAGES = {
    "audit.broken_before_upgrade": _m(
        "Revizijski trag je bio mijenjan izvan programa i prije nadogradnje programa: prvi neispravan događaj je "
        "#{event} (zabilježeno pri nadogradnji).",
        "Revizijski trag bio je mijenjan izvan programa i prije nadogradnje programa: prvi neispravan događaj je "
        "#{event} (zabilježeno pri nadogradnji).",
        "Revizijski trag je bio mijenjan van programa i pre nadogradnje programa: prvi neispravan događaj je "
        "#{event} (zabeleženo pri nadogradnji).",
        "The audit trail had been altered outside the program before the program was upgraded: the first broken "
        "event is #{event} (recorded by the upgrade).",
    ),
    "audit.anchor.missing_events": _m(
        "Nedostaju događaji revizijskog traga: registar ih ima {events}, a {source} od {when} bilježi {expected}. "
        "Najnoviji događaji (ili svi) su obrisani izvan programa.",
        "Nedostaju događaji revizijskog traga: registar ih ima {events}, a {source} od {when} bilježi {expected}. "
        "Najnoviji događaji (ili svi) obrisani su izvan programa.",
        "Nedostaju događaji revizijskog traga: registar ih ima {events}, a {source} od {when} beleži {expected}. "
        "Najnoviji događaji (ili svi) su obrisani van programa.",
        "Audit events are missing: the register has {events}, but {source} of {when} recorded {expected}. The "
        "newest events (or all of them) were deleted outside the program.",
    ),
    "audit.anchor.changed": _m(
        "Prvih {expected} događaja revizijskog traga više nije ono što je zabilježio {source} od {when}: neki od "
        "njih su izmijenjeni, obrisani ili umetnuti izvan programa, a lanac ponovo izračunat.",
        "Prvih {expected} događaja revizijskog traga više nije ono što je zabilježio {source} od {when}: neki od "
        "njih izmijenjeni su, obrisani ili umetnuti izvan programa, a lanac ponovno izračunat.",
        "Prvih {expected} događaja revizijskog traga više nije ono što je zabeležio {source} od {when}: neki od "
        "njih su izmenjeni, obrisani ili umetnuti van programa, a lanac ponovo izračunat.",
        "The first {expected} audit events are no longer what {source} of {when} recorded: some were changed, "
        "deleted or inserted outside the program and the chain recomputed.",
    ),
    "audit.anchor.before_restore": _m(
        "Napomena: {source} od {when} ({expected} događaja) opisuje registar koji je zamijenjen vraćanjem kopije "
        "{restored}; događaji nakon te kopije se zato ne nalaze.",
        "Napomena: {source} od {when} ({expected} događaja) opisuje registar koji je zamijenjen vraćanjem kopije "
        "{restored}; događaji nakon te kopije zato se ne nalaze.",
        "Napomena: {source} od {when} ({expected} događaja) opisuje registar koji je zamenjen vraćanjem kopije "
        "{restored}; događaji posle te kopije se zato ne nalaze.",
        "Note: {source} of {when} ({expected} events) describes the register that a restore replaced on "
        "{restored}; the events after that backup are therefore not here.",
    ),
    "audit.anchor.other_register": _m(
        "Kontrolna tačka {file} je za drugi registar ({register}) i nije uzeta u obzir.",
        "Kontrolna točka {file} odnosi se na drugi registar ({register}) i nije uzeta u obzir.",
        "Kontrolna tačka {file} je za drugi registar ({register}) i nije uzeta u obzir.",
        "The checkpoint {file} is of another register ({register}) and was not used.",
    ),
    "audit.emptied": _m(
        "Revizijski trag nema nijedan događaj, a registar ima {cases} predmeta: trag je ispražnjen izvan programa.",
        "Revizijski trag nema nijedan događaj, a registar ima {cases} predmeta: trag je ispražnjen izvan programa.",
        "Revizijski trag nema nijedan događaj, a registar ima {cases} predmeta: trag je ispražnjen van programa.",
        "The audit trail has no events, yet the register has {cases} cases: the trail was emptied outside the program.",
    ),
    "audit.anchored": _m(
        "Provjereno i prema {count} zapisa izvan baze (kopije i kontrolne tačke); najnoviji: {source} od {when}, "
        "{expected} događaja.",
        "Provjereno i prema {count} zapisa izvan baze (sigurnosne kopije i kontrolne točke); najnoviji: {source} "
        "od {when}, {expected} događaja.",
        "Provereno i prema {count} zapisa van baze (kopije i kontrolne tačke); najnoviji: {source} od {when}, "
        "{expected} događaja.",
        "Also checked against {count} heads recorded outside the database (backups and checkpoints); the newest: "
        "{source} of {when}, {expected} events.",
    ),
    "audit.no_anchor": _m(
        "Nema kopije ni kontrolne tačke s kojom bi se trag uporedio: brisanje najnovijih događaja ili ponovo "
        "izračunat lanac ne bi se vidjeli. Napravite kopiju ili: {command} DATOTEKA",
        "Nema sigurnosne kopije ni kontrolne točke s kojom bi se trag usporedio: brisanje najnovijih događaja ili "
        "ponovno izračunat lanac ne bi se vidjeli. Napravite kopiju ili: {command} DATOTEKA",
        "Nema kopije ni kontrolne tačke sa kojom bi se trag uporedio: brisanje najnovijih događaja ili ponovo "
        "izračunat lanac ne bi se videli. Napravite kopiju ili: {command} DATOTEKA",
        "No backup or checkpoint to compare the trail with: deleted newest events or a recomputed chain would not "
        "show. Make a backup or: {command} FILE",
    ),
    "audit.checkpoint_written": _m(
        "Kontrolna tačka zapisana u {file}: {events} događaja, posljednja karika {head}. Čuvajte je izvan ovog "
        "računara.",
        "Kontrolna točka zapisana je u {file}: {events} događaja, posljednja karika {head}. Čuvajte je izvan ovog "
        "računala.",
        "Kontrolna tačka zapisana u {file}: {events} događaja, poslednja karika {head}. Čuvajte je van ovog računara.",
        "Checkpoint written to {file}: {events} events, newest link {head}. Keep it away from this computer.",
    ),
    "audit.seal_written": _m(
        "Pečat za štampanje i potpis: {file}",
        "Pečat za ispis i potpis: {file}",
        "Pečat za štampanje i potpis: {file}",
        "Seal to print and sign: {file}",
    ),
    "audit.checkpoint_unreadable": _m(
        "Datoteka {file} nije kontrolna tačka revizijskog traga ili je oštećena.",
        "Datoteka {file} nije kontrolna točka revizijskog traga ili je oštećena.",
        "Datoteka {file} nije kontrolna tačka revizijskog traga ili je oštećena.",
        "The file {file} is not an audit trail checkpoint, or it is damaged.",
    ),
    "print.seal.title": _m(
        "PEČAT REVIZIJSKOG TRAGA", "PEČAT REVIZIJSKOG TRAGA", "PEČAT REVIZIJSKOG TRAGA", "AUDIT TRAIL SEAL"
    ),
    "print.seal.intro": _m(
        "Ovaj list bilježi stanje revizijskog traga registra u trenutku štampanja. Svaka kasnija izmjena, "
        "brisanje ili umetanje jednog od ovih događaja, kao i brisanje najnovijih, otkriva se poređenjem s njim.",
        "Ovaj list bilježi stanje revizijskog traga registra u trenutku ispisa. Svaka kasnija izmjena, brisanje "
        "ili umetanje jednog od ovih događaja, kao i brisanje najnovijih, otkriva se usporedbom s njim.",
        "Ovaj list beleži stanje revizijskog traga registra u trenutku štampanja. Svaka kasnija izmena, brisanje "
        "ili umetanje jednog od ovih događaja, kao i brisanje najnovijih, otkriva se poređenjem sa njim.",
        "This sheet records the state of the register's audit trail when it was printed. Any later change, "
        "deletion or insertion among these events, and any deletion of the newest, shows when compared with it.",
    ),
    "print.seal.register": _m("Registar", "Registar", "Registar", "Register"),
    "print.seal.taken_at": _m("Stanje u", "Stanje u", "Stanje u", "As of"),
    "print.seal.events": _m("Broj događaja", "Broj događaja", "Broj događaja", "Events"),
    "print.seal.head": _m(
        "Posljednja karika lanca ({algorithm})",
        "Posljednja karika lanca ({algorithm})",
        "Poslednja karika lanca ({algorithm})",
        "Newest link of the chain ({algorithm})",
    ),
    "print.seal.how": _m(
        "Provjera: {command} DATOTEKA (datoteka zapisana uz ovaj list), ili uporedite "
        "broj događaja i karike s ispisom iste naredbe.",
        "Provjera: {command} DATOTEKA (datoteka zapisana uz ovaj list) ili usporedite "
        "broj događaja i karike s ispisom iste naredbe.",
        "Provera: {command} DATOTEKA (datoteka zapisana uz ovaj list), ili uporedite "
        "broj događaja i karike sa ispisom iste naredbe.",
        "To check: {command} FILE (the file written with this sheet), or compare the "
        "count and the link with what that command prints.",
    ),
    "print.seal.signed": _m(
        "Supervizor (potpis)", "Supervizor (potpis)", "Supervizor (potpis)", "Supervisor (signature)"
    ),
    "print.seal.date": _m("Datum", "Datum", "Datum", "Date"),
}

MESSAGES.update(
    {
        "audit.erased_outside_retention": _m(
            "Detalji događaja #{event} su obrisani, a predmet nije anonimiziran: brisanje je urađeno izvan programa.",
            "Pojedinosti događaja #{event} obrisane su, a predmet nije anonimiziran: brisanje je učinjeno izvan "
            "programa.",
            "Detalji događaja #{event} su obrisani, a predmet nije anonimizovan: brisanje je urađeno van programa.",
            "The details of event #{event} were erased, yet its case is not anonymised: erased outside the program.",
        ),
        "audit.backdated": _m(
            "Događaj #{event} nosi vrijeme {at}, ranije od događaja upisanih prije njega ({before}): dodan je kasnije "
            "s lažnim vremenom.",
            "Događaj #{event} nosi vrijeme {at}, ranije od događaja upisanih prije njega ({before}): dodan je kasnije "
            "s lažnim vremenom.",
            "Događaj #{event} nosi vreme {at}, ranije od događaja upisanih pre njega ({before}): dodat je kasnije "
            "sa lažnim vremenom.",
            "Event #{event} is dated {at}, earlier than events written before it ({before}): it was added later with "
            "a false date.",
        ),
    }
)
