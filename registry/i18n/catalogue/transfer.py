"""Messages of importing records from spreadsheets and exporting them whole."""

MESSAGES = {
    "export.cannot_write": {
        "bs": "Izvoz nije sačuvan u {path}: {reason}. Nijedna datoteka nije ostala.",
        "hr": "Izvoz nije spremljen u {path}: {reason}. Nijedna datoteka nije ostala.",
        "sr": "Izvoz nije sačuvan u {path}: {reason}. Nijedna datoteka nije ostala.",
        "en": "The export was not saved to {path}: {reason}. No file was left behind.",
    }
}


def _m(bs: str, hr: str, sr: str, en: str) -> dict[str, str]:
    return {"bs": bs, "hr": hr, "sr": sr, "en": en}


MESSAGES.update(
    {
        "import.unreadable": _m(
            "Datoteka nije ni Excel radna sveska (.xlsx) ni CSV tabela.",
            "Datoteka nije ni Excel radna knjiga (.xlsx) ni CSV tablica.",
            "Datoteka nije ni Excel radna sveska (.xlsx) ni CSV tabela.",
            "The file is neither an Excel workbook (.xlsx) nor a CSV table.",
        ),
        "import.old_excel": _m(
            "Ovo je stari Excel format (.xls). U Excelu ili LibreOfficeu je sačuvajte kao .xlsx "
            "ili CSV i pokušajte ponovo.",
            "Ovo je stari Excel format (.xls). U Excelu ili LibreOfficeu je spremite kao .xlsx "
            "ili CSV i pokušajte ponovno.",
            "Ovo je stari Excel format (.xls). U Excelu ili LibreOfficeu je sačuvajte kao .xlsx "
            "ili CSV i pokušajte ponovo.",
            "This is the old Excel format (.xls). Save it as .xlsx or CSV in Excel or LibreOffice and try again.",
        ),
        "import.wrong_encoding": _m(
            "Datoteka se ne može pročitati kao {encoding}.",
            "Datoteka se ne može pročitati kao {encoding}.",
            "Datoteka se ne može pročitati kao {encoding}.",
            "The file cannot be read as {encoding}.",
        ),
        "import.encoding_unknown": _m(
            "Kodiranje znakova datoteke nije prepoznato. Sačuvajte je kao „CSV UTF-8”.",
            "Kodiranje znakova datoteke nije prepoznato. Spremite je kao „CSV UTF-8”.",
            "Kodiranje znakova datoteke nije prepoznato. Sačuvajte je kao „CSV UTF-8”.",
            "The file's character encoding was not recognised. Save it as “CSV UTF-8”.",
        ),
        "import.choose_encoding": _m(
            "Nije sigurno kojim je kodiranjem datoteka sačuvana ({options}). Izaberite ga "
            "(npr. --encoding cp1250) i provjerite pregled slova č, ć, š, ž, đ.",
            "Nije sigurno kojim je kodiranjem datoteka spremljena ({options}). Odaberite ga "
            "(npr. --encoding cp1250) i provjerite pregled slova č, ć, š, ž, đ.",
            "Nije sigurno kojim je kodiranjem datoteka sačuvana ({options}). Izaberite ga "
            "(npr. --encoding cp1250) i provjerite pregled slova č, ć, š, ž, đ.",
            "It is not certain which encoding the file was saved in ({options}). Choose one "
            "(e.g. --encoding cp1250) and check the letters č, ć, š, ž, đ in the preview.",
        ),
        "import.open_quote": _m(
            "Navodnici otvoreni u redu {line} nisu zatvoreni do kraja datoteke. Ništa nije uvezeno.",
            "Navodnici otvoreni u retku {line} nisu zatvoreni do kraja datoteke. Ništa nije uvezeno.",
            "Navodnici otvoreni u redu {line} nisu zatvoreni do kraja datoteke. Ništa nije uvezeno.",
            "The quote opened on line {line} is never closed. Nothing was imported.",
        ),
        "import.formula": _m(
            "{field}: „{value}” izgleda kao formula tabele, a ne kao ime.",
            "{field}: „{value}” izgleda kao formula tablice, a ne kao ime.",
            "{field}: „{value}” izgleda kao formula tabele, a ne kao ime.",
            "{field}: “{value}” looks like a spreadsheet formula, not a name.",
        ),
        "import.bad_yes_no": _m(
            "{field}: „{value}” nije ni da ni ne.",
            "{field}: „{value}” nije ni da ni ne.",
            "{field}: „{value}” nije ni da ni ne.",
            "{field}: “{value}” is neither yes nor no.",
        ),
        "import.bad_number": _m(
            "{field}: „{value}” nije broj.",
            "{field}: „{value}” nije broj.",
            "{field}: „{value}” nije broj.",
            "{field}: “{value}” is not a number.",
        ),
        "import.unknown_user": _m(
            "{field}: nema korisnika „{value}”. Administrator ga prvo treba dodati (može i kao neaktivnog).",
            "{field}: nema korisnika „{value}”. Administrator ga prvo treba dodati (može i kao neaktivnog).",
            "{field}: nema korisnika „{value}”. Administrator ga prvo treba dodati (može i kao neaktivnog).",
            "{field}: there is no user “{value}”. An administrator must add them first (inactive is fine).",
        ),
        "import.extra_cells_row": _m(
            "red ima {cells} ćelija, a zaglavlje {columns} kolona (višak: „{extra}”); "
            "vrijednost sa separatorom stavite pod navodnike ili odvojite s „;”.",
            "redak ima {cells} ćelija, a zaglavlje {columns} stupaca (višak: „{extra}”); "
            "vrijednost s razdjelnikom stavite pod navodnike ili odvojite s „;”.",
            "red ima {cells} ćelija, a zaglavlje {columns} kolona (višak: „{extra}”); "
            "vrijednost sa separatorom stavite pod navodnike ili odvojite sa „;”.",
            "the row has {cells} cells but the header {columns} columns (extra: “{extra}”); "
            "quote a value that contains the separator, or separate with “;”.",
        ),
        "import.missing_columns": _m(
            "Nedostaju kolone: {missing}.",
            "Nedostaju stupci: {missing}.",
            "Nedostaju kolone: {missing}.",
            "Missing columns: {missing}.",
        ),
        "import.number_twice": _m(
            "{field}: broj {value} se već javlja u redu {line}.",
            "{field}: broj {value} već se javlja u retku {line}.",
            "{field}: broj {value} se već javlja u redu {line}.",
            "{field}: number {value} already appears on line {line}.",
        ),
        "import.number_taken": _m(
            "{field}: broj {value} u registru pripada predmetu drugog djeteta.",
            "{field}: broj {value} u registru pripada predmetu drugog djeteta.",
            "{field}: broj {value} u registru pripada predmetu drugog djeteta.",
            "{field}: number {value} belongs to another child's case in the register.",
        ),
        "import.unknown_case_number": _m(
            "{field}: predmeta {value} nema na listu predmeta ove datoteke.",
            "{field}: predmeta {value} nema na listu predmeta ove datoteke.",
            "{field}: predmeta {value} nema na listu predmeta ove datoteke.",
            "{field}: case {value} is not on this file's case sheet.",
        ),
        "import.closed_needs_date": _m(
            "Zatvoren predmet mora imati datum zatvaranja.",
            "Zatvoren predmet mora imati datum zatvaranja.",
            "Zatvoren predmet mora imati datum zatvaranja.",
            "A closed case needs its closing date.",
        ),
        "import.closed_date_open_case": _m(
            "{field}: predmet koji nije zatvoren ne može imati datum zatvaranja.",
            "{field}: predmet koji nije zatvoren ne može imati datum zatvaranja.",
            "{field}: predmet koji nije zatvoren ne može imati datum zatvaranja.",
            "{field}: a case that is not closed cannot have a closing date.",
        ),
        "import.before_report": _m(
            "{field}: datum je prije prijema prijave.",
            "{field}: datum je prije primitka prijave.",
            "{field}: datum je prije prijema prijave.",
            "{field}: the date is before the report was received.",
        ),
        "import.where": _m("red {line}", "redak {line}", "red {line}", "line {line}"),
        "import.where_sheet": _m(
            "{sheet}, red {line}", "{sheet}, redak {line}", "{sheet}, red {line}", "{sheet}, line {line}"
        ),
        "import.summary": _m(
            "Uvezeno predmeta: {created} (od toga novih predmeta već upisane djece: {linked}); "
            "preskočeno jer su već u registru: {skipped}.",
            "Uvezeno predmeta: {created} (od toga novih predmeta već upisane djece: {linked}); "
            "preskočeno jer su već u registru: {skipped}.",
            "Uvezeno predmeta: {created} (od toga novih predmeta već upisane djece: {linked}); "
            "preskočeno jer su već u registru: {skipped}.",
            "Cases imported: {created} (new cases of children already registered: {linked}); "
            "skipped as already in the register: {skipped}.",
        ),
        "import.progress": _m(
            "Upisano {done} od {total} predmeta",
            "Upisano {done} od {total} predmeta",
            "Upisano {done} od {total} predmeta",
            "Written {done} of {total} cases",
        ),
    }
)

_FIELD_LABELS = {
    "case_number": ("Broj predmeta", "Broj predmeta", "Broj predmeta", "Case number"),
    "registered_at": ("Datum evidentiranja", "Datum evidentiranja", "Datum evidentiranja", "Registered"),
    "municipality": ("Općina", "Općina", "Opština", "Municipality"),
    "has_disability": ("Invaliditet", "Invaliditet", "Invaliditet", "Disability"),
    "school_grade": ("Razred", "Razred", "Razred", "Grade"),
    "child_notes": ("Bilješke o djetetu", "Bilješke o djetetu", "Bilješke o djetetu", "Notes on the child"),
    "reporter_anonymous": ("Anonimna prijava", "Anonimna prijava", "Anonimna prijava", "Anonymous report"),
    "reporter_relation": ("Odnos prijavitelja", "Odnos prijavitelja", "Odnos podnosioca", "Reporter's relation"),
    "reporter_institution": (
        "Institucija prijavitelja",
        "Institucija prijavitelja",
        "Institucija podnosioca",
        "Reporter's institution",
    ),
    "supervisor": ("Supervizor", "Supervizor", "Supervizor", "Supervisor"),
    "co_workers": ("Saradnici", "Suradnici", "Saradnici", "Co-workers"),
    "restricted": ("Ograničen pristup", "Ograničen pristup", "Ograničen pristup", "Restricted"),
    "assessment": ("Procjena", "Procjena", "Procjena", "Assessment"),
    "plan": ("Plan", "Plan", "Plan", "Plan"),
    "closed_at": ("Datum zatvaranja", "Datum zatvaranja", "Datum zatvaranja", "Closed"),
    "closure_note": ("Napomena o zatvaranju", "Napomena o zatvaranju", "Napomena o zatvaranju", "Closure note"),
    "full_name_reversed": ("Prezime i ime", "Prezime i ime", "Prezime i ime", "Surname and name"),
    "alleged_perpetrator": ("Navodni počinilac", "Navodni počinitelj", "Navodni počinilac", "Alleged perpetrator"),
    "lives_in_household": ("Živi u domaćinstvu", "Živi u kućanstvu", "Živi u domaćinstvu", "Lives in household"),
    "legal_representative": ("Zakonski zastupnik", "Zakonski zastupnik", "Zakonski zastupnik", "Legal representative"),
    "contact_person": ("Kontakt osoba", "Kontakt osoba", "Kontakt osoba", "Contact person"),
    "occurred_at": ("Datum", "Datum", "Datum", "Date"),
    "held_at": ("Održano", "Održano", "Održano", "Held"),
    "given_at": ("Dato", "Dano", "Dato", "Given"),
    "changed_at": ("Promijenjeno", "Promijenjeno", "Promijenjeno", "Changed"),
    "step": ("Korak", "Korak", "Korak", "Step"),
    "to_status": ("Novo stanje", "Novo stanje", "Novo stanje", "New status"),
    "code": ("Šifra", "Šifra", "Šifra", "Code"),
}
MESSAGES.update({f"field.{key}": _m(*labels) for key, labels in _FIELD_LABELS.items()})

MESSAGES.update(
    {
        "import.dry_run": _m(
            "Probni uvoz: ništa nije upisano.",
            "Probni uvoz: ništa nije upisano.",
            "Probni uvoz: ništa nije upisano.",
            "Dry run: nothing was written.",
        )
    }
)

MESSAGES.update(
    {
        "export.register_needs_file": _m(
            "Za izvoz cijelog registra navedite datoteku: -o DATOTEKA.xlsx",
            "Za izvoz cijelog registra navedite datoteku: -o DATOTEKA.xlsx",
            "Za izvoz cijelog registra navedite datoteku: -o DATOTEKA.xlsx",
            "To export the whole register, name a file: -o FILE.xlsx",
        ),
        "export.register_done": _m(
            "Registar izvezen u {path}: predmeta {cases}, redova ukupno {rows}.",
            "Registar izvezen u {path}: predmeta {cases}, redaka ukupno {rows}.",
            "Registar izvezen u {path}: predmeta {cases}, redova ukupno {rows}.",
            "Register exported to {path}: {cases} cases, {rows} rows in all.",
        ),
    }
)

MESSAGES.update(
    {
        "import.unknown_user_rows": _m(
            "{field}: nema korisnika „{value}” (redova: {rows}). Administrator ga treba dodati, ili uvezite s "
            "opcijom --create-missing-users (dodaje neaktivne naloge bez lozinke).",
            "{field}: nema korisnika „{value}” (redaka: {rows}). Administrator ga treba dodati, ili uvezite s "
            "opcijom --create-missing-users (dodaje neaktivne račune bez lozinke).",
            "{field}: nema korisnika „{value}” (redova: {rows}). Administrator ga treba dodati, ili uvezite sa "
            "opcijom --create-missing-users (dodaje neaktivne naloge bez lozinke).",
            "{field}: there is no user “{value}” ({rows} rows). An administrator must add them, or import with "
            "--create-missing-users (adds inactive accounts without a password).",
        )
    }
)

MESSAGES.update(
    {
        "import.unknown_protocol": _m(
            "{field}: predmet ne navodi poznatu verziju protokola („{value}”).",
            "{field}: predmet ne navodi poznatu inačicu protokola („{value}”).",
            "{field}: predmet ne navodi poznatu verziju protokola („{value}”).",
            "{field}: the case names no known protocol version (“{value}”).",
        )
    }
)

MESSAGES.update(
    {
        "template.sheet.guide": _m("Upute", "Upute", "Uputstvo", "Instructions"),
        "template.sheet.cases": _m("Predmeti", "Predmeti", "Predmeti", "Cases"),
        "template.sheet.household": _m(
            "Članovi domaćinstva", "Članovi kućanstva", "Članovi domaćinstva", "Household members"
        ),
        "template.sheet.referrals": _m("Upućivanja", "Upućivanja", "Upućivanja", "Referrals"),
        "template.sheet.codes": _m("Šifrarnici", "Šifrarnici", "Šifarnici", "Codes"),
        "template.code": _m("Šifra", "Šifra", "Šifra", "Code"),
        "template.yes": _m("da", "da", "da", "yes"),
        "template.no": _m("ne", "ne", "ne", "no"),
        "template.list.referral_source": _m("Izvor prijave", "Izvor prijave", "Izvor prijave", "Referral source"),
        "template.list.urgency": _m("Hitnost", "Hitnost", "Hitnost", "Urgency"),
        "template.list.risk_level": _m("Rizik", "Rizik", "Rizik", "Risk"),
        "template.list.violence_form": _m("Oblik nasilja", "Oblik nasilja", "Oblik nasilja", "Form of violence"),
        "template.list.case_status": _m("Status predmeta", "Status predmeta", "Status predmeta", "Case status"),
        "template.list.closure_reason": _m(
            "Razlog zatvaranja", "Razlog zatvaranja", "Razlog zatvaranja", "Closure reason"
        ),
        "template.list.household_role": _m(
            "Uloga u domaćinstvu", "Uloga u kućanstvu", "Uloga u domaćinstvu", "Role in household"
        ),
        "template.list.referral_direction": _m("Smjer", "Smjer", "Smjer", "Direction"),
        "template.list.sector": _m("Sektor", "Sektor", "Sektor", "Sector"),
        "template.list.channel": _m("Način", "Način", "Način", "Channel"),
        "template.list.sex": _m("Spol", "Spol", "Pol", "Sex"),
        "template.guide": _m(
            "Obrazac za uvoz evidencije u registar predmeta\n"
            "\n"
            "Popunite list „Predmeti”: jedan red je jedan predmet. Narandžaste kolone su obavezne: ime, prezime, "
            "datum prijema prijave i izvor prijave. Ostale kolone možete ostaviti prazne ili ih izbrisati.\n"
            "Datumi: 23.11.2026. ili 23.11.2026. 14:30 (i sa sekundama). JMBG upišite kao tekst (ćelije su već tako "
            "oblikovane), da ne izgubi vodeću nulu.\n"
            "Šifre: u kolonama s padajućom listom izaberite vrijednost; uvoz prima i naziv i šifru s lista "
            "„Šifrarnici”. Više oblika nasilja u jednoj ćeliji odvojite znakom „;”.\n"
            "Voditelj slučaja: korisničko ime radnika u registru. Zatvoren predmet mora imati datum i razlog "
            "zatvaranja.\n"
            "Broj predmeta: ako ga navedete, zadržava se; listovi „Članovi domaćinstva” i „Upućivanja” vežu se za "
            "predmet preko broja predmeta. Bez broja registar dodjeljuje novi.\n"
            "Prije upisa uvoz prikazuje svaku grešku (red, kolona, razlog) i djecu koja su već u registru (isti JMBG "
            "ili isto ime i datum rođenja): povežite, dodajte kao novo dijete ili preskočite. Upisuje se sve ili ništa; "
            "ponovni uvoz iste datoteke ništa ne udvostručuje.\n"
            "Uvoz: u aplikaciji Administracija → Uvoz, ili naredbom: registry import cases DATOTEKA.xlsx",
            "Obrazac za uvoz evidencije u registar predmeta\n"
            "\n"
            "Popunite list „Predmeti”: jedan redak je jedan predmet. Narančasti stupci su obvezni: ime, prezime, "
            "datum primitka prijave i izvor prijave. Ostale stupce možete ostaviti prazne ili ih izbrisati.\n"
            "Datumi: 23.11.2026. ili 23.11.2026. 14:30 (i sa sekundama). JMBG upišite kao tekst (ćelije su već tako "
            "oblikovane), da ne izgubi vodeću nulu.\n"
            "Šifre: u stupcima s padajućim popisom odaberite vrijednost; uvoz prima i naziv i šifru s lista "
            "„Šifrarnici”. Više oblika nasilja u jednoj ćeliji odvojite znakom „;”.\n"
            "Voditelj slučaja: korisničko ime djelatnika u registru. Zatvoren predmet mora imati datum i razlog "
            "zatvaranja.\n"
            "Broj predmeta: ako ga navedete, zadržava se; listovi „Članovi kućanstva” i „Upućivanja” vežu se za "
            "predmet preko broja predmeta. Bez broja registar dodjeljuje novi.\n"
            "Prije upisa uvoz prikazuje svaku pogrešku (redak, stupac, razlog) i djecu koja su već u registru (isti "
            "JMBG ili isto ime i datum rođenja): povežite, dodajte kao novo dijete ili preskočite. Upisuje se sve ili "
            "ništa; ponovni uvoz iste datoteke ništa ne udvostručuje.\n"
            "Uvoz: u aplikaciji Administracija → Uvoz, ili naredbom: registry import cases DATOTEKA.xlsx",
            "Obrazac za uvoz evidencije u registar predmeta\n"
            "\n"
            "Popunite list „Predmeti”: jedan red je jedan predmet. Narandžaste kolone su obavezne: ime, prezime, "
            "datum prijema prijave i izvor prijave. Ostale kolone možete ostaviti prazne ili ih izbrisati.\n"
            "Datumi: 23.11.2026. ili 23.11.2026. 14:30 (i sa sekundama). JMBG upišite kao tekst (ćelije su već tako "
            "oblikovane), da ne izgubi vodeću nulu.\n"
            "Šifre: u kolonama sa padajućom listom izaberite vrijednost; uvoz prima i naziv i šifru sa lista "
            "„Šifarnici”. Više oblika nasilja u jednoj ćeliji odvojite znakom „;”.\n"
            "Voditelj slučaja: korisničko ime radnika u registru. Zatvoren predmet mora imati datum i razlog "
            "zatvaranja.\n"
            "Broj predmeta: ako ga navedete, zadržava se; listovi „Članovi domaćinstva” i „Upućivanja” vežu se za "
            "predmet preko broja predmeta. Bez broja registar dodjeljuje novi.\n"
            "Prije upisa uvoz prikazuje svaku grešku (red, kolona, razlog) i djecu koja su već u registru (isti JMBG "
            "ili isto ime i datum rođenja): povežite, dodajte kao novo dijete ili preskočite. Upisuje se sve ili ništa; "
            "ponovni uvoz iste datoteke ništa ne udvostručuje.\n"
            "Uvoz: u aplikaciji Administracija → Uvoz, ili naredbom: registry import cases DATOTEKA.xlsx",
            "Template for importing records into the case register\n"
            "\n"
            "Fill in the “Cases” sheet: one row is one case. The orange columns are required: given name, family "
            "name, report received and referral source. Leave the other columns empty or delete them.\n"
            "Dates: 23.11.2026. or 23.11.2026. 14:30 (seconds too). Type the JMBG as text (the cells are formatted "
            "so) to keep its leading zero.\n"
            "Codes: pick a value in the columns with a drop-down list; the import accepts the label or the code "
            "from the “Codes” sheet. Separate several forms of violence in one cell with “;”.\n"
            "Lead worker: the worker's user name in the register. A closed case needs its closing date and reason.\n"
            "Case number: when given it is kept; the “Household members” and “Referrals” sheets refer to a case by "
            "its number. Without one the register assigns a new number.\n"
            "Before writing, the import shows every error (line, column, reason) and the children already in the "
            "register (same JMBG, or same name and birth date): link, add as a new child, or skip. All or nothing "
            "is written; importing the same file again doubles nothing.\n"
            "Import: in the application Administration → Import, or with: registry import cases FILE.xlsx",
        ),
    }
)

MESSAGES.update(
    {
        "template.file_name": _m(
            "obrazac-za-uvoz.xlsx", "obrazac-za-uvoz.xlsx", "obrazac-za-uvoz.xlsx", "import-template.xlsx"
        ),
        "field.institution_sector": _m(
            "Sektor institucije", "Sektor institucije", "Sektor institucije", "Institution's sector"
        ),
    }
)

MESSAGES.update(
    {
        "export.template_done": _m(
            "Obrazac za uvoz sačuvan: {path}",
            "Obrazac za uvoz spremljen: {path}",
            "Obrazac za uvoz sačuvan: {path}",
            "Import template saved: {path}",
        )
    }
)

MESSAGES.update(
    {
        "import.member_twice": _m(
            "{field}: ova osoba je već u predmetu {value} (kao dijete ili član domaćinstva).",
            "{field}: ova osoba već je u predmetu {value} (kao dijete ili član kućanstva).",
            "{field}: ovo lice je već u predmetu {value} (kao dijete ili član domaćinstva).",
            "{field}: this person is already in case {value} (as its child or a household member).",
        )
    }
)

MESSAGES.update(
    {
        "import.new_institutions": _m(
            "Dodano u imenik institucija: {names}.",
            "Dodano u imenik institucija: {names}.",
            "Dodato u imenik institucija: {names}.",
            "Added to the institution directory: {names}.",
        )
    }
)
