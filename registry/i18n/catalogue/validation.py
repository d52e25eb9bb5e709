"""Messages for bad input and refused actions, and the names of the fields they point at."""

MESSAGES = {
    "error.generic": {
        "bs": "Radnja nije uspjela.",
        "hr": "Radnja nije uspjela.",
        "sr": "Radnja nije uspjela.",
        "en": "The action failed.",
    },
    "error.validation": {
        "bs": "Podaci nisu ispravni.",
        "hr": "Podaci nisu ispravni.",
        "sr": "Podaci nisu ispravni.",
        "en": "The data is not valid.",
    },
    "error.not_found": {
        "bs": "Nije pronađeno: {what} {value}.",
        "hr": "Nije pronađeno: {what} {value}.",
        "sr": "Nije pronađeno: {what} {value}.",
        "en": "Not found: {what} {value}.",
    },
    "error.stale": {
        "bs": "Neko drugi je u međuvremenu sačuvao ovaj zapis ({what}). Vaše izmjene nisu sačuvane i nisu "
        "izgubljene: otvorite zapis ponovo, pregledajte tuđe izmjene i unesite svoje.",
        "hr": "Netko drugi je u međuvremenu spremio ovaj zapis ({what}). Vaše izmjene nisu spremljene i nisu "
        "izgubljene: otvorite zapis ponovno, pregledajte tuđe izmjene i unesite svoje.",
        "sr": "Neko drugi je u međuvremenu sačuvao ovaj zapis ({what}). Vaše izmjene nisu sačuvane i nisu "
        "izgubljene: otvorite zapis ponovo, pregledajte tuđe izmjene i unesite svoje.",
        "en": "Someone else saved this record ({what}) in the meantime. Your changes were not saved and are not "
        "lost: open the record again, review their changes and enter yours.",
    },
    "error.transition": {
        "bs": "Predmet ne može preći iz statusa „{from_status}” u „{to_status}”.",
        "hr": "Predmet ne može prijeći iz statusa „{from_status}” u „{to_status}”.",
        "sr": "Predmet ne može preći iz statusa „{from_status}” u „{to_status}”.",
        "en": "A case cannot go from “{from_status}” to “{to_status}”.",
    },
    "value.required": {
        "bs": "{field}: obavezan podatak.",
        "hr": "{field}: obvezan podatak.",
        "sr": "{field}: obavezan podatak.",
        "en": "{field}: required.",
    },
    "value.too_long": {
        "bs": "{field}: najviše {max} znakova (uneseno {length}).",
        "hr": "{field}: najviše {max} znakova (uneseno {length}).",
        "sr": "{field}: najviše {max} znakova (uneseno {length}).",
        "en": "{field}: at most {max} characters ({length} given).",
    },
    "value.control_characters": {
        "bs": "{field}: sadrži nevidljive kontrolne znakove koji se ne mogu sačuvati.",
        "hr": "{field}: sadrži nevidljive kontrolne znakove koji se ne mogu spremiti.",
        "sr": "{field}: sadrži nevidljive kontrolne znakove koji se ne mogu sačuvati.",
        "en": "{field}: contains invisible control characters that cannot be stored.",
    },
    "value.bad_date": {
        "bs": "{field}: „{value}” nije ispravan datum; upišite ga kao 23.11.2026.",
        "hr": "{field}: „{value}” nije ispravan datum; upišite ga kao 23.11.2026.",
        "sr": "{field}: „{value}” nije ispravan datum; upišite ga kao 23.11.2026.",
        "en": "{field}: “{value}” is not a valid date; write it as 23.11.2026.",
    },
    "value.future_date": {
        "bs": "{field}: datum {value} je u budućnosti.",
        "hr": "{field}: datum {value} je u budućnosti.",
        "sr": "{field}: datum {value} je u budućnosti.",
        "en": "{field}: the date {value} is in the future.",
    },
    "value.date_too_early": {
        "bs": "{field}: datum {value} je prije {earliest}.",
        "hr": "{field}: datum {value} je prije {earliest}.",
        "sr": "{field}: datum {value} je prije {earliest}.",
        "en": "{field}: the date {value} is before {earliest}.",
    },
    "value.unknown_code": {
        "bs": "{field}: nepoznata vrijednost „{value}”; dozvoljeno je: {allowed}.",
        "hr": "{field}: nepoznata vrijednost „{value}”; dopušteno je: {allowed}.",
        "sr": "{field}: nepoznata vrijednost „{value}”; dozvoljeno je: {allowed}.",
        "en": "{field}: unknown value “{value}”; allowed: {allowed}.",
    },
    "value.unknown_record": {
        "bs": "{field}: ne postoji zapis s oznakom {value}.",
        "hr": "{field}: ne postoji zapis s oznakom {value}.",
        "sr": "{field}: ne postoji zapis sa oznakom {value}.",
        "en": "{field}: there is no record {value}.",
    },
    "value.after_other": {
        "bs": "{field}: ne može biti prije datuma „{other}”.",
        "hr": "{field}: ne može biti prije datuma „{other}”.",
        "sr": "{field}: ne može biti prije datuma „{other}”.",
        "en": "{field}: cannot be earlier than “{other}”.",
    },
    "case.closure_reason_required": {
        "bs": "Za zatvaranje predmeta navedite razlog zatvaranja.",
        "hr": "Za zatvaranje predmeta navedite razlog zatvaranja.",
        "sr": "Za zatvaranje predmeta navedite razlog zatvaranja.",
        "en": "Give a closure reason to close the case.",
    },
    "case.open_mandatory_steps": {
        "bs": "Obavezni koraci protokola nisu završeni ({steps}). Završite ih, označite kao neprimjenjive ili "
        "navedite razlog zašto se predmet ipak zatvara.",
        "hr": "Obvezni koraci protokola nisu završeni ({steps}). Završite ih, označite kao neprimjenjive ili "
        "navedite razlog zašto se predmet ipak zatvara.",
        "sr": "Obavezni koraci protokola nisu završeni ({steps}). Završite ih, označite kao neprimjenjive ili "
        "navedite razlog zašto se predmet ipak zatvara.",
        "en": "Mandatory protocol steps are still open ({steps}). Complete them, mark them not applicable, or give "
        "a reason for closing the case anyway.",
    },
    "case.plan_not_approved": {
        "bs": "Plan zaštite još nije odobrio supervizor; predmet ne može u fazu provođenja.",
        "hr": "Plan zaštite još nije odobrio supervizor; predmet ne može u fazu provedbe.",
        "sr": "Plan zaštite još nije odobrio supervizor; predmet ne može u fazu sprovođenja.",
        "en": "The protection plan has not been approved by a supervisor yet; the case cannot move to implementation.",
    },
    "case.plan_not_ready": {
        "bs": "Plan se može odobriti kad je predmet u fazi planiranja ili revizije i plan je upisan.",
        "hr": "Plan se može odobriti kad je predmet u fazi planiranja ili revizije i plan je upisan.",
        "sr": "Plan se može odobriti kad je predmet u fazi planiranja ili revizije i plan je upisan.",
        "en": "A plan can be approved when the case is in planning or review and the plan has been written.",
    },
    "case.reopen_reason_required": {
        "bs": "Navedite razlog ponovnog otvaranja predmeta.",
        "hr": "Navedite razlog ponovnog otvaranja predmeta.",
        "sr": "Navedite razlog ponovnog otvaranja predmeta.",
        "en": "Give a reason for reopening the case.",
    },
    "checklist.reason_required": {
        "bs": "Navedite zašto se korak ne primjenjuje.",
        "hr": "Navedite zašto se korak ne primjenjuje.",
        "sr": "Navedite zašto se korak ne primjenjuje.",
        "en": "Give the reason why the step does not apply.",
    },
    "checklist.already_closed": {
        "bs": "Ovaj korak je već završen ili označen kao neprimjenjiv.",
        "hr": "Ovaj korak je već završen ili označen kao neprimjenjiv.",
        "sr": "Ovaj korak je već završen ili označen kao neprimjenjiv.",
        "en": "This step is already done or marked not applicable.",
    },
    "referral.not_outgoing_draft": {
        "bs": "Poslati se može samo odlazni dopis koji još nije poslan.",
        "hr": "Poslati se može samo odlazni dopis koji još nije poslan.",
        "sr": "Poslati se može samo odlazni dopis koji još nije poslat.",
        "en": "Only an outgoing referral that has not been sent yet can be sent.",
    },
    "referral.already_answered": {
        "bs": "Odgovor na ovaj dopis je već evidentiran.",
        "hr": "Odgovor na ovaj dopis već je evidentiran.",
        "sr": "Odgovor na ovaj dopis je već evidentiran.",
        "en": "A response to this referral has already been recorded.",
    },
    "referral.not_sent": {
        "bs": "Odgovor se može evidentirati tek kad je dopis poslan ili zaprimljen.",
        "hr": "Odgovor se može evidentirati tek kad je dopis poslan ili zaprimljen.",
        "sr": "Odgovor se može evidentirati tek kad je dopis poslat ili primljen.",
        "en": "A response can be recorded only once the referral has been sent or received.",
    },
    "user.duplicate_username": {
        "bs": "Korisničko ime „{value}” je već zauzeto.",
        "hr": "Korisničko ime „{value}” već je zauzeto.",
        "sr": "Korisničko ime „{value}” je već zauzeto.",
        "en": "The user name “{value}” is already taken.",
    },
    "user.weak_password": {
        "bs": "{field}: lozinka mora imati najmanje {min} znakova.",
        "hr": "{field}: lozinka mora imati najmanje {min} znakova.",
        "sr": "{field}: lozinka mora imati najmanje {min} znakova.",
        "en": "{field}: the password must have at least {min} characters.",
    },
    "what.case": {"bs": "predmet", "hr": "predmet", "sr": "predmet", "en": "case"},
    "what.person": {"bs": "osoba", "hr": "osoba", "sr": "lice", "en": "person"},
    "what.referral": {"bs": "dopis", "hr": "dopis", "sr": "dopis", "en": "referral"},
    "what.checklist_item": {
        "bs": "korak protokola",
        "hr": "korak protokola",
        "sr": "korak protokola",
        "en": "protocol step",
    },
    "what.institution": {"bs": "institucija", "hr": "institucija", "sr": "institucija", "en": "institution"},
    "what.user": {"bs": "korisnik", "hr": "korisnik", "sr": "korisnik", "en": "user"},
    "what.profile": {
        "bs": "profil općine",
        "hr": "profil općine",
        "sr": "profil opštine",
        "en": "municipality profile",
    },
}

_FIELDS = {
    "given_name": ("Ime", "Ime", "Ime", "Given name"),
    "family_name": ("Prezime", "Prezime", "Prezime", "Family name"),
    "jmbg": ("JMBG", "JMBG", "JMBG", "JMBG"),
    "birth_date": ("Datum rođenja", "Datum rođenja", "Datum rođenja", "Date of birth"),
    "sex": ("Spol", "Spol", "Pol", "Sex"),
    "address": ("Adresa", "Adresa", "Adresa", "Address"),
    "school": ("Škola", "Škola", "Škola", "School"),
    "disability_note": ("Opis invaliditeta", "Opis invaliditeta", "Opis invaliditeta", "Disability details"),
    "reported_at": ("Prijava zaprimljena", "Prijava zaprimljena", "Prijava primljena", "Report received"),
    "referral_source": ("Izvor prijave", "Izvor prijave", "Izvor prijave", "Referral source"),
    "urgency": ("Hitnost", "Hitnost", "Hitnost", "Urgency"),
    "risk_level": ("Nivo rizika", "Razina rizika", "Nivo rizika", "Risk level"),
    "violence_types": ("Oblici nasilja", "Oblici nasilja", "Oblici nasilja", "Forms of violence"),
    "status": ("Status", "Status", "Status", "Status"),
    "closure_reason": ("Razlog zatvaranja", "Razlog zatvaranja", "Razlog zatvaranja", "Closure reason"),
    "reason": ("Razlog", "Razlog", "Razlog", "Reason"),
    "report_summary": ("Opis prijave", "Opis prijave", "Opis prijave", "Report summary"),
    "reporter_name": ("Podnosilac prijave", "Podnositelj prijave", "Podnosilac prijave", "Reporter"),
    "reporter_contact": ("Kontakt podnosioca", "Kontakt podnositelja", "Kontakt podnosioca", "Reporter's contact"),
    "lead_worker": ("Voditelj predmeta", "Voditelj predmeta", "Voditelj predmeta", "Lead worker"),
    "institution": ("Institucija", "Institucija", "Institucija", "Institution"),
    "direction": ("Smjer", "Smjer", "Smjer", "Direction"),
    "channel": ("Način dostave", "Način dostave", "Način dostave", "Channel"),
    "sent_at": ("Poslano", "Poslano", "Poslato", "Sent"),
    "registry_number": ("Delovodni broj", "Urudžbeni broj", "Delovodni broj", "Registry number"),
    "requested_action": ("Traži se", "Traži se", "Traži se", "Requested action"),
    "response_due_at": ("Rok za odgovor", "Rok za odgovor", "Rok za odgovor", "Response due"),
    "response_received_at": ("Odgovor zaprimljen", "Odgovor zaprimljen", "Odgovor primljen", "Response received"),
    "response_summary": ("Sadržaj odgovora", "Sadržaj odgovora", "Sadržaj odgovora", "Response"),
    "not_applicable_reason": (
        "Razlog neprimjenjivosti",
        "Razlog neprimjenjivosti",
        "Razlog neprimjenjivosti",
        "Reason not applicable",
    ),
    "name": ("Naziv", "Naziv", "Naziv", "Name"),
    "sector": ("Sektor", "Sektor", "Sektor", "Sector"),
    "username": ("Korisničko ime", "Korisničko ime", "Korisničko ime", "User name"),
    "full_name": ("Ime i prezime", "Ime i prezime", "Ime i prezime", "Full name"),
    "role": ("Uloga", "Uloga", "Uloga", "Role"),
    "password": ("Lozinka", "Lozinka", "Lozinka", "Password"),
    "role_in_household": ("Uloga u domaćinstvu", "Uloga u kućanstvu", "Uloga u domaćinstvu", "Household role"),
    "measure": ("Mjera", "Mjera", "Mjera", "Measure"),
    "text": ("Tekst", "Tekst", "Tekst", "Text"),
    "phone": ("Telefon", "Telefon", "Telefon", "Phone"),
    "citizenship": ("Državljanstvo", "Državljanstvo", "Državljanstvo", "Citizenship"),
    "notes": ("Napomene", "Napomene", "Napomene", "Notes"),
    "language": ("Jezik", "Jezik", "Jezik", "Language"),
    "done_at": ("Završeno", "Završeno", "Završeno", "Done"),
}

MESSAGES.update(
    {f"field.{name}": dict(zip(("bs", "hr", "sr", "en"), labels, strict=True)) for name, labels in _FIELDS.items()}
)

MESSAGES.update(
    {
        "signin.refused": {
            "bs": "Pogrešno korisničko ime ili lozinka. Nakon više pogrešnih lozinki svaki novi pokušaj s tim imenom "
            "mora čekati malo duže (najviše 10 minuta); administrator može ukinuti čekanje.",
            "hr": "Pogrešno korisničko ime ili lozinka. Nakon više pogrešnih lozinki svaki novi pokušaj s tim imenom "
            "mora čekati malo dulje (najviše 10 minuta); administrator može ukinuti čekanje.",
            "sr": "Pogrešno korisničko ime ili lozinka. Posle više pogrešnih lozinki svaki novi pokušaj sa tim imenom "
            "mora čekati malo duže (najviše 10 minuta); administrator može ukinuti čekanje.",
            "en": "Wrong user name or password. After several wrong passwords, each new attempt with that name has "
            "to wait a little longer (10 minutes at most); an administrator can end the wait.",
        },
        "signin.locked": {
            "bs": "Nalog je privremeno zaključan zbog više pogrešnih prijava. Pokušajte ponovo za {minutes} min.",
            "hr": "Račun je privremeno zaključan zbog više pogrešnih prijava. Pokušajte ponovno za {minutes} min.",
            "sr": "Nalog je privremeno zaključan zbog više pogrešnih prijava. Pokušajte ponovo za {minutes} min.",
            "en": "The account is locked for a while after repeated failed sign-ins. Try again in {minutes} min.",
        },
    }
)

MESSAGES.update(
    {
        "import.failed": {
            "bs": "Uvoz nije izvršen; redova s greškama: {count}. Ništa nije uvezeno.",
            "hr": "Uvoz nije proveden; redaka s pogreškama: {count}. Ništa nije uvezeno.",
            "sr": "Uvoz nije izvršen; redova sa greškama: {count}. Ništa nije uvezeno.",
            "en": "Import not done; rows with errors: {count}. Nothing was imported.",
        },
        "import.row": {
            "bs": "  red {line}: {message}",
            "hr": "  redak {line}: {message}",
            "sr": "  red {line}: {message}",
            "en": "  line {line}: {message}",
        },
        "import.encoding": {
            "bs": "Datoteka nije u kodiranju UTF-8 (prvi neispravan znak u redu {line}). Sačuvajte je kao "
            "„CSV UTF-8” i pokušajte ponovo. Ništa nije uvezeno.",
            "hr": "Datoteka nije u kodiranju UTF-8 (prvi neispravan znak u retku {line}). Spremite je kao "
            "„CSV UTF-8” i pokušajte ponovno. Ništa nije uvezeno.",
            "sr": "Datoteka nije u kodiranju UTF-8 (prvi neispravan znak u redu {line}). Sačuvajte je kao "
            "„CSV UTF-8” i pokušajte ponovo. Ništa nije uvezeno.",
            "en": "The file is not UTF-8 encoded (first bad character on line {line}). Save it as “CSV UTF-8” "
            "and try again. Nothing was imported.",
        },
        "import.header": {
            "bs": "U zaglavlju nedostaju kolone: {missing}. Očekivano zaglavlje: {expected}",
            "hr": "U zaglavlju nedostaju stupci: {missing}. Očekivano zaglavlje: {expected}",
            "sr": "U zaglavlju nedostaju kolone: {missing}. Očekivano zaglavlje: {expected}",
            "en": "The header lacks the columns: {missing}. Expected header: {expected}",
        },
        "import.empty": {
            "bs": "Datoteka ne sadrži nijedan predmet za uvoz.",
            "hr": "Datoteka ne sadrži nijedan predmet za uvoz.",
            "sr": "Datoteka ne sadrži nijedan predmet za uvoz.",
            "en": "The file holds no case to import.",
        },
        "import.malformed": {
            "bs": "Red {line} nije ispravan CSV ({detail}). Ništa nije uvezeno.",
            "hr": "Redak {line} nije ispravan CSV ({detail}). Ništa nije uvezeno.",
            "sr": "Red {line} nije ispravan CSV ({detail}). Ništa nije uvezeno.",
            "en": "Line {line} is not valid CSV ({detail}). Nothing was imported.",
        },
        "import.too_large": {
            "bs": "Datoteka je veća od {max_mb} MB.",
            "hr": "Datoteka je veća od {max_mb} MB.",
            "sr": "Datoteka je veća od {max_mb} MB.",
            "en": "The file is larger than {max_mb} MB.",
        },
        "import.jmbg_other_person": {
            "bs": "JMBG već pripada osobi {given} {family}, a ime u redu se ne podudara.",
            "hr": "JMBG već pripada osobi {given} {family}, a ime u retku se ne podudara.",
            "sr": "JMBG već pripada licu {given} {family}, a ime u redu se ne podudara.",
            "en": "The JMBG already belongs to {given} {family}, and the name in the row does not match.",
        },
        "import.done": {
            "bs": "Uvezeno predmeta: {count}.",
            "hr": "Uvezeno predmeta: {count}.",
            "sr": "Uvezeno predmeta: {count}.",
            "en": "Cases imported: {count}.",
        },
    }
)

MESSAGES.update(
    {
        "access.denied": {
            "bs": "Nemate pravo na ovu radnju za ovaj predmet.",
            "hr": "Nemate ovlast za ovu radnju na ovom predmetu.",
            "sr": "Nemate pravo na ovu radnju za ovaj predmet.",
            "en": "You are not allowed to do this with this case.",
        },
        "access.break_glass": {
            "bs": "Predmet {case} je ograničenog pristupa. Da biste ga otvorili, navedite razlog; razlog se "
            "bilježi i vidi ga supervizor.",
            "hr": "Predmet {case} je ograničenog pristupa. Da biste ga otvorili, navedite razlog; razlog se "
            "bilježi i vidi ga supervizor.",
            "sr": "Predmet {case} je ograničenog pristupa. Da biste ga otvorili, navedite razlog; razlog se "
            "bilježi i vidi ga supervizor.",
            "en": "Case {case} is restricted. To open it, give a reason; the reason is recorded and shown to the "
            "supervisor.",
        },
        "access.reason_too_short": {
            "bs": "{field}: opišite razlog u najmanje {min} znakova.",
            "hr": "{field}: opišite razlog u najmanje {min} znakova.",
            "sr": "{field}: opišite razlog u najmanje {min} znakova.",
            "en": "{field}: describe the reason in at least {min} characters.",
        },
    }
)

MESSAGES["referral.consent_missing"] = {
    "bs": "Nema evidentirane saglasnosti za dijeljenje podataka sa sektorom „{sector}”. Evidentirajte saglasnost "
    "ili navedite razlog slanja bez nje (npr. zakonska obaveza prijave); razlog se bilježi.",
    "hr": "Nema evidentirane suglasnosti za dijeljenje podataka sa sektorom „{sector}”. Evidentirajte suglasnost "
    "ili navedite razlog slanja bez nje (npr. zakonska obveza prijave); razlog se bilježi.",
    "sr": "Nema evidentirane saglasnosti za dijeljenje podataka sa sektorom „{sector}”. Evidentirajte saglasnost "
    "ili navedite razlog slanja bez nje (npr. zakonska obaveza prijave); razlog se bilježi.",
    "en": "No consent is recorded for sharing with the sector “{sector}”. Record the consent or give the reason "
    "for sending without it (e.g. a legal duty to report); the reason is recorded.",
}

MESSAGES.update(
    {
        "user.guessable_password": {
            "bs": "{field}: lozinka se lako pogađa (korisničko ime, samo cifre ili ponovljeni znakovi).",
            "hr": "{field}: lozinka se lako pogađa (korisničko ime, samo znamenke ili ponovljeni znakovi).",
            "sr": "{field}: lozinka se lako pogađa (korisničko ime, samo cifre ili ponovljeni znakovi).",
            "en": "{field}: the password is easy to guess (the user name, only digits or repeated characters).",
        },
        "user.same_password": {
            "bs": "{field}: nova lozinka mora biti drugačija od stare.",
            "hr": "{field}: nova lozinka mora biti drukčija od stare.",
            "sr": "{field}: nova lozinka mora biti drugačija od stare.",
            "en": "{field}: the new password must differ from the old one.",
        },
        "user.cannot_deactivate_self": {
            "bs": "Administrator ne može deaktivirati sam sebe.",
            "hr": "Administrator ne može deaktivirati sam sebe.",
            "sr": "Administrator ne može deaktivirati sam sebe.",
            "en": "An administrator cannot deactivate themselves.",
        },
        "user.idle_lock_range": {
            "bs": "Automatsko zaključavanje mora biti između {min} i {max} minuta.",
            "hr": "Automatsko zaključavanje mora biti između {min} i {max} minuta.",
            "sr": "Automatsko zaključavanje mora biti između {min} i {max} minuta.",
            "en": "The idle lock must be between {min} and {max} minutes.",
        },
    }
)
