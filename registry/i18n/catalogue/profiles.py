"""Messages about municipality profiles and other data files: what is wrong in them, for IT staff who are not
programmers (``registry profiles check``), and the ``registry profiles new`` command."""


def _m(bs: str, hr: str, sr: str, en: str) -> dict[str, str]:
    return {"bs": bs, "hr": hr, "sr": sr, "en": en}


MESSAGES = {
    # --- what is wrong in a file
    "profile.file_missing": _m(
        "datoteka ne postoji", "datoteka ne postoji", "datoteka ne postoji", "the file does not exist"
    ),
    "profile.file_unreadable": _m(
        "datoteka se ne može pročitati ({detail})",
        "datoteka se ne može pročitati ({detail})",
        "datoteka se ne može pročitati ({detail})",
        "the file cannot be read ({detail})",
    ),
    "profile.not_utf8": _m(
        'datoteka nije sačuvana kao {utf8}; u uređivaču teksta izaberite "Sačuvaj kao" i kodiranje {utf8}',
        'datoteka nije spremljena kao {utf8}; u uređivaču teksta odaberite "Spremi kao" i kodiranje {utf8}',
        'datoteka nije sačuvana kao {utf8}; u uređivaču teksta izaberite "Sačuvaj kao" i kodiranje {utf8}',
        'the file is not saved as {utf8}; in your text editor choose "Save as" and the {utf8} encoding',
    ),
    "profile.not_toml": _m(
        "zapis nije ispravan {toml} (provjerite navodnike, znak = i uglaste zagrade): {detail}",
        "zapis nije ispravan {toml} (provjerite navodnike, znak = i uglate zagrade): {detail}",
        "zapis nije ispravan {toml} (provjerite navodnike, znak = i uglaste zagrade): {detail}",
        "not valid {toml} (check the quotes, the = sign and the square brackets): {detail}",
    ),
    "profile.missing": _m(
        "nedostaje; dodajte ovaj red",
        "nedostaje; dodajte ovaj redak",
        "nedostaje; dodajte ovaj red",
        "missing; add this line",
    ),
    "profile.missing_table": _m(
        "nedostaje cijeli odjeljak; dodajte ga (naslov u uglastim zagradama)",
        "nedostaje cijeli odjeljak; dodajte ga (naslov u uglatim zagradama)",
        "nedostaje cijeli odjeljak; dodajte ga (naslov u uglastim zagradama)",
        "the whole section is missing; add it (a heading in square brackets)",
    ),
    "profile.not_table": _m(
        "treba biti odjeljak s naslovom u uglastim zagradama, a ne jedna vrijednost",
        "treba biti odjeljak s naslovom u uglatim zagradama, a ne jedna vrijednost",
        "treba biti odjeljak sa naslovom u uglastim zagradama, a ne jedna vrijednost",
        "must be a section with a heading in square brackets, not a single value",
    ),
    "profile.not_table_list": _m(
        "svaka stavka treba svoj naslov u dvostrukim uglastim zagradama {heading}",
        "svaka stavka treba svoj naslov u dvostrukim uglatim zagradama {heading}",
        "svaka stavka treba svoj naslov u dvostrukim uglastim zagradama {heading}",
        "each entry needs its own heading in double square brackets {heading}",
    ),
    "profile.not_text": _m(
        "tekst treba biti pod navodnicima, npr. {example_text}",
        "tekst treba biti pod navodnicima, npr. {example_text}",
        "tekst treba biti pod navodnicima, npr. {example_text}",
        "text must be in quotes, e.g. {example_text}",
    ),
    "profile.empty": _m("ne smije biti prazno", "ne smije biti prazno", "ne smije biti prazno", "must not be empty"),
    "profile.not_integer": _m(
        "treba biti cijeli broj bez navodnika, npr. 10",
        "treba biti cijeli broj bez navodnika, npr. 10",
        "treba biti cio broj bez navodnika, npr. 10",
        "must be a whole number without quotes, e.g. 10",
    ),
    "profile.too_small": _m(
        "treba biti najmanje {minimum}, a ne {value}",
        "treba biti najmanje {minimum}, a ne {value}",
        "treba biti najmanje {minimum}, a ne {value}",
        "must be at least {minimum}, not {value}",
    ),
    "profile.not_boolean": _m(
        "treba biti {true} (da) ili {false} (ne), bez navodnika",
        "treba biti {true} (da) ili {false} (ne), bez navodnika",
        "treba biti {true} (da) ili {false} (ne), bez navodnika",
        "must be {true} or {false}, without quotes",
    ),
    "profile.not_text_list": _m(
        "treba biti lista u uglastim zagradama, npr. {example_list}",
        "treba biti popis u uglatim zagradama, npr. {example_list}",
        "treba biti lista u uglastim zagradama, npr. {example_list}",
        "must be a list in square brackets, e.g. {example_list}",
    ),
    "profile.unknown_code": _m(
        'nepoznata šifra "{value}" ({kind}); dozvoljene su: {known}',
        'nepoznata šifra "{value}" ({kind}); dopuštene su: {known}',
        'nepoznata šifra "{value}" ({kind}); dozvoljene su: {known}',
        'unknown code "{value}" ({kind}); allowed: {known}',
    ),
    "profile.code_twice": _m(
        "ista šifra je navedena dva puta",
        "ista šifra je navedena dva puta",
        "ista šifra je navedena dva puta",
        "the same code is listed twice",
    ),
    "profile.not_one_of": _m(
        '"{value}" nije dozvoljeno; upišite jedno od: {choices}',
        '"{value}" nije dopušteno; upišite jedno od: {choices}',
        '"{value}" nije dozvoljeno; upišite jedno od: {choices}',
        '"{value}" is not allowed; write one of: {choices}',
    ),
    "profile.unknown_field": _m(
        "nepoznato polje (možda greška u kucanju?); ovdje su dozvoljena: {allowed}",
        "nepoznato polje (možda pogreška u tipkanju?); ovdje su dopuštena: {allowed}",
        "nepoznato polje (možda greška u kucanju?); ovde su dozvoljena: {allowed}",
        "unknown field (a typing mistake?); allowed here: {allowed}",
    ),
    "profile.lookup_empty": _m(
        "popis nema nijednu stavku", "popis nema nijednu stavku", "lista nema nijednu stavku", "the list has no entries"
    ),
    "profile.duplicate_code": _m(
        'šifra "{code}" je već upotrijebljena',
        'šifra "{code}" je već upotrijebljena',
        'šifra "{code}" je već upotrebljena',
        'code "{code}" is already used',
    ),
    "profile.prefix_taken": _m(
        'prefiks "{prefix}" već koristi profil "{other}"; izaberite drugi',
        'prefiks "{prefix}" već koristi profil "{other}"; odaberite drugi',
        'prefiks "{prefix}" već koristi profil "{other}"; izaberite drugi',
        'prefix "{prefix}" is already used by profile "{other}"; choose another',
    ),
    "profile.code_not_file_name": _m(
        'šifra "{code}" mora biti ista kao ime datoteke "{file}" (bez {ext})',
        'šifra "{code}" mora biti ista kao ime datoteke "{file}" (bez {ext})',
        'šifra "{code}" mora biti ista kao ime datoteke "{file}" (bez {ext})',
        'code "{code}" must be the file name "{file}" without {ext}',
    ),
    "profile.code_format": _m(
        "koristite mala slova bez kvačica, cifre i crtice, npr. {example_code}",
        "koristite mala slova bez kvačica, znamenke i crtice, npr. {example_code}",
        "koristite mala slova bez kvačica, cifre i crtice, npr. {example_code}",
        "use lower-case letters without diacritics, digits and hyphens, e.g. {example_code}",
    ),
    "profile.canton_needed": _m(
        "općina u Federaciji BiH treba kanton",
        "općina u Federaciji BiH treba kanton",
        "opština u Federaciji BiH treba kanton",
        "a municipality in the Federation needs its canton",
    ),
    "profile.canton_outside": _m(
        "mora biti prazno izvan Federacije (entitet {entity})",
        "mora biti prazno izvan Federacije (entitet {entity})",
        "mora biti prazno van Federacije (entitet {entity})",
        "must be empty outside the Federation (entity {entity})",
    ),
    "profile.logo_missing": _m(
        "datoteka s logom nije nađena: {logo_file}",
        "datoteka s logotipom nije pronađena: {logo_file}",
        "datoteka sa logom nije nađena: {logo_file}",
        "logo file not found: {logo_file}",
    ),
    "profile.prefix_format": _m(
        'od 2 do 4 velika slova bez kvačica, npr. {example_prefix}, a ne "{value}"',
        'od 2 do 4 velika slova bez kvačica, npr. {example_prefix}, a ne "{value}"',
        'od 2 do 4 velika slova bez kvačica, npr. {example_prefix}, a ne "{value}"',
        '2 to 4 capital letters without diacritics, e.g. {example_prefix}, not "{value}"',
    ),
    "profile.format_invalid": _m(
        "oblik broja predmeta nije ispravan ({detail})",
        "oblik broja predmeta nije ispravan ({detail})",
        "oblik broja predmeta nije ispravan ({detail})",
        "the case-number format is not valid ({detail})",
    ),
    "profile.format_no_seq": _m(
        "mora sadržavati {seq_field} (redni broj), npr. {example_format}",
        "mora sadržavati {seq_field} (redni broj), npr. {example_format}",
        "mora sadržati {seq_field} (redni broj), npr. {example_format}",
        "must contain {seq_field} (the sequence number), e.g. {example_format}",
    ),
    "profile.format_placeholder": _m(
        "nepoznato mjesto {placeholder}; koristite samo {fields}",
        "nepoznato mjesto {placeholder}; koristite samo {fields}",
        "nepoznato mesto {placeholder}; koristite samo {fields}",
        "unknown placeholder {placeholder}; use only {fields}",
    ),
    "profile.template_unknown": _m(
        'nema protokola "{template}"; postojeći: {known}',
        'nema protokola "{template}"; postojeći: {known}',
        'nema protokola "{template}"; postojeći: {known}',
        'no protocol template "{template}"; available: {known}',
    ),
    "profile.not_date": _m(
        "treba biti datum bez navodnika, npr. {example_date}",
        "treba biti datum bez navodnika, npr. {example_date}",
        "treba biti datum bez navodnika, npr. {example_date}",
        "must be a date without quotes, e.g. {example_date}",
    ),
    "profile.no_steps": _m(
        "protokol treba bar jedan korak",
        "protokol treba barem jedan korak",
        "protokol treba bar jedan korak",
        "a protocol needs at least one step",
    ),
    "profile.step_order": _m(
        "brojevi koraka moraju rasti ({number} dolazi nakon {previous})",
        "brojevi koraka moraju rasti ({number} dolazi nakon {previous})",
        "brojevi koraka moraju rasti ({number} dolazi posle {previous})",
        "step numbers must increase ({number} follows {previous})",
    ),
    "profile.step_code_format": _m(
        'šifra koraka: mala slova, cifre i donja crta, a ne "{value}"',
        'šifra koraka: mala slova, znamenke i donja crta, a ne "{value}"',
        'šifra koraka: mala slova, cifre i donja crta, a ne "{value}"',
        'step code: lower-case letters, digits and underscores, not "{value}"',
    ),
    "profile.trigger_not_earlier": _m(
        '"{trigger}" ne imenuje neki raniji korak',
        '"{trigger}" ne imenuje neki raniji korak',
        '"{trigger}" ne imenuje neki raniji korak',
        '"{trigger}" does not name an earlier step',
    ),
    "profile.trigger_unknown": _m(
        'mora biti jedno od {choices} ili {step_trigger}, a ne "{trigger}"',
        'mora biti jedno od {choices} ili {step_trigger}, a ne "{trigger}"',
        'mora biti jedno od {choices} ili {step_trigger}, a ne "{trigger}"',
        'must be one of {choices} or {step_trigger}, not "{trigger}"',
    ),
    "profile.deadline_both": _m(
        "navedite ili {hours} ili {by_urgency}, ne oboje",
        "navedite ili {hours} ili {by_urgency}, ne oboje",
        "navedite ili {hours} ili {by_urgency}, ne oba",
        "give either {hours} or {by_urgency}, not both",
    ),
    # --- what is still to complete (warnings)
    "profile.todo": _m(
        'još nije popunjeno (piše "{value}")',
        'još nije popunjeno (piše "{value}")',
        'još nije popunjeno (piše "{value}")',
        'not completed yet (it says "{value}")',
    ),
    "profile.no_institutions": _m(
        "nijedna ustanova nije upisana (policija, zdravstvo, škole, sud): bez njih se uputnice ne mogu slati",
        "nijedna ustanova nije upisana (policija, zdravstvo, škole, sud): bez njih se uputnice ne mogu slati",
        "nijedna ustanova nije upisana (policija, zdravstvo, škole, sud): bez njih se uputnice ne mogu slati",
        "no institutions listed (police, health, schools, court): referrals cannot be sent without them",
    ),
    "profile.sector_missing": _m(
        "nema ustanove iz sektora {sector}",
        "nema ustanove iz sektora {sector}",
        "nema ustanove iz sektora {sector}",
        "no institution of the {sector} sector",
    ),
    "profile.contact_empty": _m(
        "adresa, telefon i e-pošta centra su prazni (štampaju se u zaglavlju)",
        "adresa, telefon i e-pošta centra su prazni (ispisuju se u zaglavlju)",
        "adresa, telefon i e-pošta centra su prazni (štampaju se u zaglavlju)",
        "the centre's address, phone and e-mail are empty (they are printed in the letterhead)",
    ),
    # --- the report of `registry profiles check`
    "profiles.check_ok": _m(
        "{path}: profil je ispravan ({municipality}, {centre}).",
        "{path}: profil je ispravan ({municipality}, {centre}).",
        "{path}: profil je ispravan ({municipality}, {centre}).",
        "{path}: the profile is valid ({municipality}, {centre}).",
    ),
    "profiles.check_failed": _m(
        "{path}: broj grešaka: {count}; profil se ne može koristiti dok se ne isprave.",
        "{path}: broj pogrešaka: {count}; profil se ne može koristiti dok se ne isprave.",
        "{path}: broj grešaka: {count}; profil se ne može koristiti dok se ne isprave.",
        "{path}: errors: {count}; the profile cannot be used until they are fixed.",
    ),
    "profiles.check_warnings": _m(
        "Broj napomena: {count}; profil se može koristiti, ali ga treba dopuniti.",
        "Broj napomena: {count}; profil se može koristiti, ali ga treba dopuniti.",
        "Broj napomena: {count}; profil se može koristiti, ali ga treba dopuniti.",
        "Notes: {count}; the profile can be used, but should be completed.",
    ),
    "profiles.error": _m("GREŠKA", "POGREŠKA", "GREŠKA", "ERROR"),
    "profiles.warning": _m("NAPOMENA", "NAPOMENA", "NAPOMENA", "NOTE"),
    "profiles.line": _m("red {line}", "redak {line}", "red {line}", "line {line}"),
    "profiles.written": _m(
        'Profil je zapisan u {path}. Dopunite redove označene sa "{mark}", zatim ga provjerite: {command} {path}',
        'Profil je zapisan u {path}. Dopunite retke označene s "{mark}", zatim ga provjerite: {command} {path}',
        'Profil je zapisan u {path}. Dopunite redove označene sa "{mark}", zatim ga proverite: {command} {path}',
        'The profile was written to {path}. Complete the lines marked "{mark}" (complete), '
        "then check it: {command} {path}",
    ),
    "profiles.exists": _m(
        "{path} već postoji; ništa nije promijenjeno (izaberite drugu datoteku sa --output)",
        "{path} već postoji; ništa nije promijenjeno (odaberite drugu datoteku s --output)",
        "{path} već postoji; ništa nije promenjeno (izaberite drugu datoteku sa --output)",
        "{path} already exists; nothing was changed (choose another file with --output)",
    ),
    "profiles.unknown_municipality": _m(
        'Nema općine "{query}". Slične: {similar}',
        'Nema općine "{query}". Slične: {similar}',
        'Nema opštine "{query}". Slične: {similar}',
        'No municipality "{query}". Similar: {similar}',
    ),
    "profiles.ambiguous": _m(
        '"{query}" odgovara za više općina: {matches}; upišite šifru',
        '"{query}" odgovara za više općina: {matches}; upišite šifru',
        '"{query}" odgovara za više opština: {matches}; upišite šifru',
        '"{query}" matches several municipalities: {matches}; give the code',
    ),
}
