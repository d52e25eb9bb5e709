"""Messages about a JMBG the user typed (codes from ``registry.services.jmbg``).

Parameters:
  jmbg.length            count: how many characters were typed (spaces removed)
  jmbg.digits            characters: the offending characters, separated by spaces
  jmbg.date              day, month, year: what the first seven digits say
  jmbg.future            date: the birth date the JMBG gives, formatted "01.01.2031."
  jmbg.checksum          expected, found: check digits
  jmbg.mismatch_birth_date, jmbg.mismatch_sex   (none: shown as warnings next to the field the user typed)
"""

MESSAGES: dict[str, dict[str, str]] = {
    "jmbg.length": {
        "bs": "JMBG mora imati 13 cifara (upisano znakova: {count}).",
        "hr": "JMBG mora imati 13 znamenaka (upisano znakova: {count}).",
        "sr": "JMBG mora da ima 13 cifara (upisano znakova: {count}).",
        "en": "The JMBG must have 13 digits; it has {count}.",
    },
    "jmbg.digits": {
        "bs": "JMBG smije sadržavati samo cifre, a sadrži i: {characters}",
        "hr": "JMBG smije sadržavati samo znamenke, a sadrži i: {characters}",
        "sr": "JMBG smije da sadrži samo cifre, a sadrži i: {characters}",
        "en": "The JMBG may contain only digits, but it also contains: {characters}",
    },
    "jmbg.date": {
        "bs": "Prvih sedam cifara JMBG-a je datum rođenja, ali {day}.{month}.{year}. nije stvarni datum.",
        "hr": "Prvih sedam znamenaka JMBG-a je datum rođenja, ali {day}.{month}.{year}. nije stvaran datum.",
        "sr": "Prvih sedam cifara JMBG-a je datum rođenja, ali {day}.{month}.{year}. nije stvaran datum.",
        "en": "The first seven digits of the JMBG are the date of birth, but {day}.{month}.{year}. is not a real date.",
    },
    "jmbg.future": {
        "bs": "Datum rođenja iz JMBG-a ({date}) je u budućnosti.",
        "hr": "Datum rođenja iz JMBG-a ({date}) je u budućnosti.",
        "sr": "Datum rođenja iz JMBG-a ({date}) je u budućnosti.",
        "en": "The JMBG gives a date of birth of {date}, which is in the future.",
    },
    "jmbg.checksum": {
        "bs": "Kontrolna cifra JMBG-a je {found}, a trebala bi biti {expected}: vjerovatno je neka cifra pogrešno upisana.",
        "hr": "Kontrolna znamenka JMBG-a je {found}, a trebala bi biti {expected}: vjerojatno je neka znamenka pogrešno upisana.",
        "sr": "Kontrolna cifra JMBG-a je {found}, a trebalo bi da bude {expected}: vjerovatno je neka cifra pogrešno upisana.",
        "en": "The JMBG check digit is {found}, but it should be {expected}: a digit was probably mistyped.",
    },
    "jmbg.mismatch_birth_date": {
        "bs": "Datum rođenja se ne slaže s datumom u JMBG-u (prvih sedam cifara).",
        "hr": "Datum rođenja ne odgovara datumu u JMBG-u (prvih sedam znamenaka).",
        "sr": "Datum rođenja se ne slaže sa datumom u JMBG-u (prvih sedam cifara).",
        "en": "The date of birth does not match the date in the JMBG (its first seven digits).",
    },
    "jmbg.mismatch_sex": {
        "bs": "Upisani spol se ne slaže s JMBG-om (000–499 na mjestima 10–12 znači muški, 500–999 ženski).",
        "hr": "Upisani spol ne odgovara JMBG-u (000–499 na mjestima 10–12 znači muški, 500–999 ženski).",
        "sr": "Upisani pol se ne slaže sa JMBG-om (000–499 na mjestima 10–12 znači muški, 500–999 ženski).",
        "en": "The sex entered does not match the JMBG (000–499 in digits 10–12 means male, 500–999 female).",
    },
}
