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
