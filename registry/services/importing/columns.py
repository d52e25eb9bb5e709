"""What the sheets of an import may hold: each column's field, kind and the header names people give it.

Header names are recognised in Bosnian, Croatian, Serbian (Latin and Cyrillic) and English, in any case, with
or without diacritics, spaces or underscores: "Datum rođenja", "DATUM RODJENJA", "Датум рођења" and
"birth_date" are one column.  The first name listed is the one the export and the template write.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from registry.services.names import fold


@dataclass(frozen=True)
class Column:
    key: str
    kind: str
    names: tuple[str, ...] = ()
    required: bool = False
    lookup: str | None = None

    @property
    def header(self) -> str:
        return self.key


@dataclass(frozen=True)
class SheetSpec:
    key: str
    names: tuple[str, ...]
    columns: tuple[Column, ...]

    def column(self, key: str) -> Column:
        return next(column for column in self.columns if column.key == key)


def C(key: str, kind: str, *names: str, required: bool = False, lookup: str | None = None) -> Column:
    return Column(key, kind, names, required, lookup)


# Kinds: name (≤100, no formulas), line (≤255), long (multi-line ≤20,000), code / codes (a lookup or fixed list,
# by code or by label in any language), bool, int, date, moment (date with optional time and seconds),
# user / users (user names), institution, jmbg, sex, ref (a person's reference within the file).
PERSON_COLUMNS = (
    C("full_name", "name", "ime i prezime", "ime i prezime djeteta", "name and surname", "full name", "ime prezime"),
    C("full_name_reversed", "name", "prezime i ime", "prezime i ime djeteta", "surname and name"),
    C("given_name", "name", "first name", "given name", "name", "ime", "ime djeteta", "ime deteta", required=True),
    C("family_name", "name", "surname", "last name", "family name", "prezime", "prezime djeteta", required=True),
    C("jmbg", "jmbg", "maticni broj", "jmb", "personal number", "jmbg djeteta"),
    C("birth_date", "date", "date of birth", "birth date", "datum rodjenja", "rodjen", "rodjena", "rodjen a"),
    C("birth_date_approximate", "bool", "birth date approximate", "datum rodjenja okviran", "priblizan datum"),
    C("sex", "sex", "gender", "spol", "pol"),
    C("citizenship", "line", "drzavljanstvo"),
    C("address", "line", "adresa", "adresa stanovanja", "prebivaliste", "mjesto stanovanja"),
    C("municipality", "line", "opcina", "opstina", "grad"),
    C("phone", "line", "telefon", "kontakt telefon", "broj telefona"),
    C(
        "has_disability",
        "bool",
        "disability",
        "invaliditet",
        "dijete s invaliditetom",
        "teskoce u razvoju",
        "smetnje u razvoju",
        "osoba s invaliditetom",
    ),
    C("disability_note", "long", "opis invaliditeta", "vrsta invaliditeta", "napomena o invaliditetu", "vrsta teskoca"),
    C("school", "line", "skola", "vrtic", "skola vrtic", "obrazovna ustanova"),
    C("school_grade", "line", "grade", "razred"),
)


def _person(prefix: str, notes_key: str, *notes_names: str) -> tuple[Column, ...]:
    return tuple(Column(c.key, c.kind, c.names, c.required) for c in PERSON_COLUMNS) + (
        C(notes_key, "long", *notes_names),
    )


CASES = SheetSpec(
    "cases",
    ("cases", "case", "predmeti", "predmet", "evidencija", "evidencija predmeta", "slucajevi"),
    (
        C("case_number", "line", "case number", "case no", "broj predmeta", "br predmeta", "broj spisa", "broj"),
        C("status", "code", "stanje", "faza", "status predmeta", lookup="case_status"),
        C(
            "registered_at",
            "moment",
            "registered",
            "datum registracije",
            "datum evidentiranja",
            "evidentirano",
            "datum upisa",
            "upisano",
        ),
        C(
            "reported_at",
            "moment",
            "reported",
            "report received",
            "date reported",
            "datum prijave",
            "prijava primljena",
            "datum prijema prijave",
            "datum prijema",
            "primljeno",
            "report_received_at",
            required=True,
        ),
        C(
            "referral_source",
            "code",
            "source",
            "izvor prijave",
            "izvor",
            "ko je prijavio",
            "izvor upucivanja",
            lookup="referral_source",
            required=True,
        ),
        C("urgency", "code", "hitnost", lookup="urgency"),
        C(
            "risk_level",
            "code",
            "risk",
            "rizik",
            "nivo rizika",
            "razina rizika",
            "procjena rizika",
            lookup="risk_level",
        ),
        C(
            "violence_types",
            "codes",
            "violence",
            "forms of violence",
            "violence forms",
            "oblici nasilja",
            "oblik nasilja",
            "vrsta nasilja",
            "vrste nasilja",
            lookup="violence_form",
        ),
        *_person("child", "child_notes", "biljeske o djetetu", "napomene o djetetu", "biljeske"),
        C("child_ref", "ref", "person_ref"),
        C("reporter_anonymous", "bool", "anonimno", "anonimna prijava", "anonymous"),
        C(
            "reporter_name",
            "name",
            "reporter",
            "podnosilac prijave",
            "prijavio",
            "prijavitelj",
            "ime prijavitelja",
            "prijavio la",
        ),
        C("reporter_contact", "line", "kontakt prijavitelja", "kontakt podnosioca", "kontakt podnosioca prijave"),
        C("reporter_relation", "line", "odnos prema djetetu", "odnos prijavitelja prema djetetu", "srodstvo"),
        C("reporter_institution", "institution", "institucija prijavitelja", "ustanova podnosioca"),
        C(
            "report_summary",
            "long",
            "summary",
            "sazetak prijave",
            "opis",
            "opis slucaja",
            "kratki opis",
            "sadrzaj prijave",
        ),
        C(
            "lead_worker",
            "user",
            "worker",
            "case worker",
            "voditelj slucaja",
            "voditelj predmeta",
            "nosilac predmeta",
            "strucni radnik",
            "zaduzeni radnik",
            "radnik",
        ),
        C("supervisor", "user", "supervizor", "rukovodilac"),
        C("co_workers", "users", "saradnici", "suradnici"),
        C("restricted", "bool", "ogranicen pristup"),
        C("assessment", "long", "procjena"),
        C("plan", "long", "plan zastite", "plan intervencije"),
        C("first_contact_at", "moment", "prvi kontakt"),
        C("assessment_done_at", "moment", "procjena zavrsena"),
        C("plan_submitted_at", "moment", "plan predan", "plan predat"),
        C("plan_approved_at", "moment", "plan odobren"),
        C("plan_approved_by", "user", "plan odobrio"),
        C("closed_at", "moment", "closed", "datum zatvaranja", "zatvoreno", "datum zatvaranja predmeta"),
        C("closure_reason", "code", "razlog zatvaranja", lookup="closure_reason"),
        C("closure_note", "long", "napomena o zatvaranju"),
        C("closure_approved_by", "user", "zatvaranje odobrio"),
        C("open_steps_override_reason", "long"),
        C("reopened_count", "int"),
        C("protocol", "line"),
        C("created_by", "user", "upisao", "evidentirao"),
    ),
)

HOUSEHOLD = SheetSpec(
    "household",
    (
        "household",
        "household members",
        "domacinstvo",
        "clanovi domacinstva",
        "porodica",
        "clanovi porodice",
        "clanovi kucanstva",
        "kucanstvo",
    ),
    (
        C("case_number", "line", "case number", "broj predmeta", "br predmeta", "broj", required=True),
        C("role", "code", "uloga", "srodstvo", "odnos", "odnos prema djetetu", lookup="household_role", required=True),
        *_person("member", "person_notes"),
        C("person_ref", "ref"),
        C(
            "alleged_perpetrator",
            "bool",
            "perpetrator",
            "navodni pocinilac",
            "navodni pocinitelj",
            "pocinilac",
            "pocinitelj",
        ),
        C("lives_in_household", "bool", "lives in household", "zivi u domacinstvu", "zivi u kucanstvu"),
        C("legal_representative", "bool", "zakonski zastupnik"),
        C("notes", "long", "napomena", "biljeska"),
    ),
)

REFERRALS = SheetSpec(
    "referrals",
    ("referrals", "upucivanja", "uputnice", "obavjestenja", "obavijesti", "dopisi"),
    (
        C("case_number", "line", "case number", "broj predmeta", "br predmeta", "broj", required=True),
        C("direction", "code", "smjer", "ulaz izlaz", lookup="direction", required=True),
        C("institution", "institution", "institucija", "ustanova"),
        C("institution_sector", "code", "sector", "sektor", lookup="sector"),
        C("channel", "code", "nacin", "kanal", "nacin dostave", lookup="channel"),
        C("sent_at", "moment", "sent", "datum slanja", "poslano", "datum"),
        C("registry_number", "line", "delovodni broj", "djelovodni broj", "urudzbeni broj", "broj akta"),
        C("reason", "long", "razlog"),
        C("requested_action", "long", "trazeno", "sta se trazi", "sto se trazi", "zahtjev"),
        C("urgency", "code", "hitnost", lookup="urgency"),
        C("contact_person", "line", "kontakt osoba"),
        C("response_due_at", "moment", "rok za odgovor", "rok"),
        C("response_received_at", "moment", "odgovor primljen", "datum odgovora"),
        C("response_summary", "long", "odgovor", "sadrzaj odgovora"),
        C("status", "code", "stanje", lookup="referral_status"),
        C("consent_override_reason", "long"),
        C("created_by", "user"),
        C("created_at", "moment"),
    ),
)

# Sheets written by the full export (the handover of a register); their headers are the field names.
CHECKLIST = SheetSpec(
    "checklist",
    ("checklist",),
    (
        C("case_number", "line", required=True),
        C("step", "line", required=True),
        C("occurrence", "int"),
        C("due_at", "moment"),
        C("done_at", "moment"),
        C("done_by", "user"),
        C("not_applicable", "bool"),
        C("not_applicable_reason", "long"),
        C("note", "long"),
    ),
)
NOTES = SheetSpec(
    "notes",
    ("notes", "biljeske"),
    (
        C("case_number", "line", required=True),
        C("kind", "code", lookup="note_kind"),
        C("occurred_at", "moment", required=True),
        C("text", "long", required=True),
        C("author", "user"),
        C("created_at", "moment"),
    ),
)
MEASURES = SheetSpec(
    "measures",
    ("measures", "mjere"),
    (
        C("case_number", "line", required=True),
        C("code", "code", lookup="measure", required=True),
        C("started_on", "date"),
        C("ended_on", "date"),
        C("decided_by", "institution"),
        C("decision_number", "line"),
        C("placement_location", "line"),
        C("notes", "long"),
        C("recorded_by", "user"),
        C("recorded_at", "moment"),
    ),
)
INCIDENTS = SheetSpec(
    "incidents",
    ("incidents", "incidenti"),
    (
        C("case_number", "line", required=True),
        C("occurred_at", "moment"),
        C("occurred_at_approximate", "bool"),
        C("place", "line"),
        C("description", "long"),
        C("violence_types", "codes", lookup="violence_form"),
        C("alleged_perpetrator_ref", "ref"),
        C("injuries", "bool"),
        C("police_informed", "bool"),
        C("recorded_by", "user"),
        C("recorded_at", "moment"),
    ),
)
CONFERENCES = SheetSpec(
    "conferences",
    ("conferences", "konferencije"),
    (
        C("case_number", "line", required=True),
        C("held_at", "moment", required=True),
        C("place", "line"),
        C("participants", "long"),
        C("minutes", "long"),
        C("decisions", "long"),
        C("recorded_by", "user"),
        C("recorded_at", "moment"),
    ),
)
CONSENTS = SheetSpec(
    "consents",
    ("consents", "saglasnosti", "suglasnosti"),
    (
        C("case_number", "line", required=True),
        C("given_by_ref", "ref"),
        C("given_by_name", "line"),
        C("sectors", "codes", lookup="sector"),
        C("purpose", "long"),
        C("given_at", "moment", required=True),
        C("withdrawn_at", "moment"),
        C("recorded_by", "user"),
    ),
)
STATUS_HISTORY = SheetSpec(
    "status_history",
    ("status_history",),
    (
        C("case_number", "line", required=True),
        C("from_status", "code", lookup="case_status"),
        C("to_status", "code", lookup="case_status", required=True),
        C("changed_at", "moment", required=True),
        C("changed_by", "user"),
        C("reason", "long"),
    ),
)

USERS = SheetSpec(
    "users",
    ("users", "korisnici", "radnici"),
    (
        C("username", "line", "korisnicko ime", required=True),
        C("full_name", "line", "ime i prezime"),
        C("role", "line", "uloga"),
        C("title", "line", "zvanje"),
        C("active", "bool", "aktivan"),
    ),
)

SHEETS = (
    USERS,
    CASES,
    HOUSEHOLD,
    REFERRALS,
    CHECKLIST,
    NOTES,
    MEASURES,
    INCIDENTS,
    CONFERENCES,
    CONSENTS,
    STATUS_HISTORY,
)

_SPACES = re.compile(r"[\s_./()\-:*]+")


def header_key(text: str) -> str:
    """A header cell as compared: folded (Latin, no diacritics, lower case), spaces and underscores dropped."""
    return _SPACES.sub("", fold(text.replace("_", " ")))


def _index(spec: SheetSpec) -> dict[str, str]:
    """Header name -> field: the names listed above first, then each field's label in every language (the
    headers of the template and of a file someone made by copying the application's own column titles)."""
    from registry import i18n

    names: dict[str, str] = {}
    for column in spec.columns:
        for name in (column.key, *column.names):
            names.setdefault(header_key(name), column.key)
    for column in spec.columns:
        if i18n.has(f"field.{column.key}"):
            for language in i18n.LANGUAGES:
                names.setdefault(header_key(i18n.text(f"field.{column.key}", language)), column.key)
    return names


_INDEXES: dict[str, dict[str, str]] = {}


def recognise_header(spec: SheetSpec, cells: list[str]) -> dict[int, str]:
    """Cell position → field key for every header cell this sheet knows (the first of a repeated name wins)."""
    if spec.key not in _INDEXES:
        _INDEXES[spec.key] = _index(spec)
    index = _INDEXES[spec.key]
    found: dict[int, str] = {}
    for position, cell in enumerate(cells):
        key = index.get(header_key(cell)) if cell.strip() else None
        if key and key not in found.values():
            found[position] = key
    return found


def sheet_for_name(name: str) -> SheetSpec | None:
    wanted = header_key(name)
    for spec in SHEETS:
        if wanted in {header_key(candidate) for candidate in (spec.key, *spec.names)}:
            return spec
    return None
