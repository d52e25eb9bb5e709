"""Realistic synthetic cases for demonstrations, training and benchmarks: a million of them in under two minutes.

Why it is written the way it is:

* A million cases are ~27 million rows (people, name terms, households, violence forms, referrals and a full
  protocol checklist each).  At that size every per-row Python call counts, so names come from pools whose folded
  search keys, sort keys and search terms are computed once; timestamps are integers turned into the stored text by
  table look-up; JMBG check digits come from precomputed weighted sums (the rule of ``jmbg.make_jmbg``).
* Rows are tuples in the table's column order and go in by ``executemany`` of the Core ``insert`` compiled once.
  On SQLite they are handed to the driver as they are (SQLAlchemy's per-row parameter processing alone measured
  ~4.5 µs a row, two minutes for a million cases); on PostgreSQL they are converted to typed dicts and inserted
  with ``connection.execute(insert(Model), rows)``.
* Ids are taken from the current maximum so rows link without round trips; PostgreSQL's sequences are moved past
  them afterwards, and the case-number counters are advanced in every batch so real registrations never collide.
* Everything random comes from ``random.Random(seed)`` in a fixed order, so a seed gives the same data.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import Connection, Date, Table, func, insert, select, update
from sqlalchemy.orm import Session

from registry.models import (
    Case,
    CaseNumberSequence,
    CaseViolenceForm,
    Centre,
    ChecklistItem,
    HouseholdMember,
    Institution,
    Person,
    PersonSearchTerm,
    ProtocolStep,
    Referral,
    User,
    UtcDateTime,
)
from registry.services import audit, lookups
from registry.services.case_numbers import format_case_number
from registry.services.dates import LOCAL_TZ
from registry.services.names import fold, sort_key
from registry.services.protocols import first_due, template_in_force
from registry.services.referrals import DEFAULT_RESPONSE_HOURS
from registry.services.transliteration import to_cyrillic
from registry.services.users import hash_password

__all__ = ["DEMO_PASSWORD", "DemoReport", "seed_demo"]

DEMO_PASSWORD = "demo-password-2026"
#: cases per transaction: big enough to amortise commits, small enough to keep memory and the WAL modest
BATCH_CASES = 20_000
#: page cache while seeding (KiB); the random-order indexes (names, JMBG, birth dates) must stay in memory
_SEED_CACHE_KIB = 1_048_576


@dataclass(frozen=True)
class DemoReport:
    cases: int
    seconds: float


# ---- demo staff ------------------------------------------------------------------------------------------------
_STAFF: tuple[tuple[str, str, str, str], ...] = (
    ("amela.hodzic", "Amela Hodžić", "worker", "diplomirani socijalni radnik"),
    ("dragana.petrovic", "Dragana Petrović", "worker", "diplomirani socijalni radnik"),
    ("senad.mujic", "Senad Mujić", "worker", "diplomirani socijalni radnik"),
    ("ivana.maric", "Ivana Marić", "worker", "diplomirani psiholog"),
    ("lejla.dzafic", "Lejla Džafić", "worker", "diplomirani pedagog"),
    ("nemanja.lukic", "Nemanja Lukić", "worker", "diplomirani pravnik"),
    ("azra.cosic", "Azra Ćosić", "worker", "diplomirani socijalni radnik"),
    ("mirza.sehic", "Mirza Šehić", "worker", "diplomirani socijalni radnik"),
    ("ljiljana.djuric", "Ljiljana Đurić", "worker", "diplomirani psiholog"),
    ("tarik.begic", "Tarik Begić", "worker", "diplomirani socijalni radnik"),
    ("jasmina.karic", "Jasmina Karić", "supervisor", "rukovodilac službe"),
    ("zoran.savic", "Zoran Savić", "supervisor", "koordinator za zaštitu djece"),
    ("edin.hasanovic", "Edin Hasanović", "administrator", "administrator sistema"),
    ("marija.jukic", "Marija Jukić", "auditor", "interni revizor"),
)

# ---- names (Latin spelling; Cyrillic and diacritic-less spellings are derived) ----------------------------------
_MALE = {
    "bs": """Adnan Ahmed Ajdin Alen Alija Almedin Almir Amar Amel Amer Anel Armin Arnel Asim Bakir Belmin Benjamin Berin
        Bilal Ćamil Ćazim Damir Davud Dženan Dženis Džemal Džemil Džanan Edin Edis Eldar Elvedin Elvir Emin Emir Emrah
        Enes Ensar Faris Fuad Hamza Harun Haris Hasan Husein Ibrahim Ilhan Imran Irfan Ishak Ismar Ismet Jasmin
        Jusuf Kemal Kenan Kerim Mahir Mehmed Mirza Muamer Muhamed Mustafa Nedim Nedžad Nermin Nihad Omer Osman
        Ramiz Refik Rijad Safet Salih Samir Sanel Sead Senad Suad Sulejman Šaćir Šefik Tarik Vahid Vedad Zijad
        Zlatan Zuhdija Ejub Hamdija Mešan Nusret Šemsudin Adi Ajan Dino Zinedin""",
    "hr": """Ante Antonio Anto Borna Božo Dario Davor Domagoj Dominik Dražen Filip Fran Franjo Goran Hrvoje Igor Ivan
        Ivano Ivica Ivo Jakov Josip Jure Karlo Krešimir Leon Ljubo Lovro Luka Marin Mario Marko Mate Matej Mislav
        Niko Nikola Petar Roko Stipe Tomislav Toni Vjekoslav Zvonimir Željko Mijo Pero Jozo Slavko Zdravko Mladen""",
    "sr": """Aleksa Aleksandar Andrej Bogdan Boris Branko Čedomir Danilo Dejan Dimitrije Dobrica Dragan Dragoljub
        Draško Dušan Đorđe Đurađ Ilija Jovan Lazar Ljubiša Ljubomir Marko Mihajlo Milan Milorad Miloš Mirko
        Miroslav Mladen Nebojša Nemanja Nenad Njegoš Ognjen Pavle Petar Predrag Radoslav Radovan Ranko Relja Saša
        Siniša Slaviša Slobodan Srđan Stefan Strahinja Todor Uroš Vasilije Veljko Vladimir Vuk Vukašin Zoran Željko
        Goran Dalibor Bojan Nikola Mićo Rajko Savo Đuro Vojin Spasoje""",
}
_FEMALE = {
    "bs": """Adna Aida Ajla Ajna Alma Amila Amina Amra Anela Azra Belma Ćamila Dalila Dženana Džejla Džana Edina Elma
        Ema Emina Emira Enisa Esma Fatima Hana Hatidža Ilhana Ilma Irma Jasmina Kanita Lamija Lejla Medina Mejra
        Melisa Merima Merjem Mersiha Minela Naida Nejla Nerma Nermina Nihada Nura Rijana Sabina Sadeta Sajra Selma
        Senada Sumeja Šejla Šeherzada Tajra Umihana Zehra Zejneba Zerina Đula Emilija Hasiba Vildana Aldijana
        Sanela Elvira Edita Mirela Nizama Šaćira Dijana""",
    "hr": """Ana Andrea Anđela Antonija Barbara Dora Ema Gabrijela Iva Ivana Jelena Josipa Kata Katarina Klara Lana
        Lea Ljiljana Lorena Lucija Marija Marijana Marta Mateja Mia Mirjana Nika Nikolina Paula Petra Sara Snježana
        Tena Tea Valentina Vesna Željka Zrinka Ružica Anica Dragica Mara Ankica Slavica""",
    "sr": """Aleksandra Anastasija Anđela Bojana Božana Branka Danijela Desanka Dragana Dragica Dunja Dušica Đurđa
        Đurđica Gordana Isidora Jelena Jovana Jovanka Katarina Kristina Lana Ljiljana Ljubica Mila Milana Milena
        Milica Mirjana Nada Nađa Nataša Nevena Nevenka Nina Olivera Radmila Radojka Sanja Slađana Snježana Sofija
        Stojanka Tamara Teodora Tijana Una Vera Vesna Zorana Zorica Željana Biljana Svjetlana Mladenka Ljubinka
        Dušanka Spomenka Smiljana Jagoda""",
}
_FAMILY = {
    "bs": """Hodžić Hadžić Hasanović Hušić Husić Mehmedović Mujić Mujkić Mešić Delić Begić Omerović Osmanović
        Ibrahimović Alić Alagić Avdić Bajrić Bašić Beganović Ćatić Čaušević Dedić Delalić Durmić Džafić Džaferović
        Džananović Džeko Fazlić Fejzić Gušić Hadžiomerović Halilović Hamzić Hasić Huremović Imamović Jašarević
        Kadić Karić Kurtović Ljubović Mahmutović Memić Muminović Mušić Nuhanović Omanović Pašić Ramić Salihović
        Salkić Sarajlić Selimović Sejdić Smajić Spahić Subašić Šabić Šehić Škaljić Tahirović Topalović Zukić Žunić
        Ahmetović Hamidović Demirović Ferizović Mustafić Čengić Ćosić Dizdarević Efendić Hrnjić Kapetanović
        Kovačević Mulalić Njuhović Pilav Softić Šehović Tabaković Terzić Velić Zečević Bećirović Čolaković
        Džindo Hadžimuratović Ćemalović Ljubunčić Mašić Muratović Okić Šljivo""",
    "hr": """Babić Barišić Bošnjak Brkić Čović Ćorić Dujmović Filipović Glavaš Grgić Jelić Jurić Knežević Kovačević
        Lovrić Ljubić Marić Marković Matić Mikulić Pavlović Perić Perković Primorac Rajić Raguž Šimić Šušnjar Tomić
        Vukić Zelenika Zovko Bagarić Bilić Budimir Čuljak Drmić Galić Ivanković Jukić Kordić Krešić Lasić
        Martinović Mandić Prskalo Ramljak Rozić Soldo Šarac Topić Vidović Zadro Ćavar Đaković Jurković Lučić
        Pranjić Vučić Zeljko Andrić Blažević Ćurić Dodig Grubišić Kožul Ljubas Mišić Šakić""",
    "sr": """Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Stanković Pavlović Milošević Đurić Lukić
        Todorović Savić Simić Kovačević Popović Vasić Mitrović Ristić Radić Tomić Živković Milić Babić Bogdanović
        Vuković Jokić Kojić Kuzmanović Lazić Ljubojević Majstorović Mićić Mijatović Obradović Pejić Perišić
        Radulović Rakić Savanović Stojaković Tešić Tošić Trivić Vujić Vukojević Zečević Đukić Đokić Ćurguz
        Čubrilović Dragičević Erić Gajić Grujić Ječmenica Jovičić Kecman Knežević Kostić Lalić Maksimović
        Marjanović Mirković Nedić Ninković Novaković Pantić Radović Samardžić Spasojević Stevanović Šarenac Tadić
        Vidović Vučković Zrnić Žarić Dabić Ćosić Ćulibrk Đukanović Ljubičić Njegovan Džombić Šljivić Šiljak
        Topić Đurđević Bjelica Čolić Gligorić Jeftić Kondić Lukač Manojlović Ostojić Prodanović Rađen Stanić
        Škrbić Tepić Uzelac Vranješ Zeljković""",
}
#: ascii spellings people type on keyboards without č ć đ š ž
_ASCII = str.maketrans({"č": "c", "ć": "c", "š": "s", "ž": "z", "đ": "dj", "Č": "C", "Ć": "C", "Š": "S", "Ž": "Z",
                        "Đ": "Dj"})

_STREETS = (
    "Bulevar Meše Selimovića", "Džemala Bijedića", "Olimpijska", "Avdage Šahinagića", "Safeta Zajke",
    "Bosanska", "Dobrinjska", "Mustafe Kamerića", "Ante Babića", "Ibrahima Ljubovića",
    "Bulevar branilaca Dobrinje", "Rajlovačka cesta", "Briješće brdo", "Halilovići", "Prvomajska",
    "Adema Buće", "Aleja Bosne Srebrene", "Bačići", "Reisa Džemaludina Čauševića", "Ahmeta Hromadžića",
    "Hasana Brkića", "Kasima Efendije Dobrače", "Porodice Ribar", "Fadila Jahića Španca", "Antuna Hangija",
    "Mustafe Busuladžića", "Nikole Šopa", "Sokolovića kolonija", "Nedžarići", "Trg međunarodnog prijateljstva",
    "Švrakino selo", "Buća potok", "Alipašino polje", "Otes", "Stupska", "Lukavička cesta", "Ragusa",
    "Čengić Vila", "Džamijska", "Ćemaluša",
)
_SCHOOLS = (
    'JU OŠ "Osman Nakaš"', 'JU OŠ "Malta"', 'JU OŠ "Aleksa Šantić"', 'JU OŠ "Hamdija Kreševljaković"',
    'JU OŠ "Mehmedalija Mak Dizdar"', 'JU OŠ "Švrakino selo"', 'JU OŠ "Prof. Safvet-beg Bašagić"',
    'JU OŠ "Hasan Kikić"', 'JU OŠ "Dobrinja"', 'JU OŠ "Vladislav Skarić"', 'JU OŠ "Grbavica II"',
    'JU OŠ "Kovačići"', 'JU OŠ "Alija Nametak"', 'JU OŠ "Džemaludin Čaušević"',
)
_HIGH_SCHOOLS = (
    "JU Prva gimnazija", "JU Druga gimnazija", "JU Srednja medicinska škola", "JU Srednja mašinska tehnička škola",
    "JU Srednja ekonomska škola", "JU Srednja zubotehnička škola", "JU Srednja škola za saobraćaj i komunikacije",
    "JU Srednja građevinsko-geodetska škola", "JU Srednja ugostiteljsko-turistička škola",
)
_KINDERGARTENS = ('JU "Djeca Sarajeva" – vrtić "Pčelica"', 'JU "Djeca Sarajeva" – vrtić "Dječja radost"',
                  'JU "Djeca Sarajeva" – vrtić "Kolibri"', 'JU "Djeca Sarajeva" – vrtić "Lastavica"')
_DISABILITIES = (
    "poremećaj iz spektra autizma", "cerebralna paraliza", "oštećenje sluha", "oštećenje vida",
    "intelektualne teškoće", "Daunov sindrom", "poremećaj pažnje i hiperaktivnosti", "teškoće u govoru",
)
_SUMMARIES = {
    "physical": "Sumnja na fizičko nasilje: dijete ima vidljive povrede, navodi da ga je udario član porodice.",
    "psychological": "Dijete je izloženo stalnom vrijeđanju, prijetnjama i omalovažavanju u porodici.",
    "sexual": "Sumnja na seksualno nasilje; dijete je povjerilo nastavnici, hitno obavještavanje policije.",
    "neglect": "Zanemarivanje: dijete često izostaje iz škole, neuredno je i gladno, roditelji ne sarađuju.",
    "economic": "Roditelj uskraćuje sredstva za osnovne potrebe djeteta i prisvaja dječiji dodatak.",
    "exploitation": "Dijete prosjači na raskrsnici u kasnim večernjim satima, uočeno više puta.",
    "peer": "Vršnjačko nasilje u školi: grupa učenika dijete fizički napada i prijeti mu.",
    "digital": "Dijete prima uznemirujuće poruke i fotografije putem društvenih mreža.",
    "domestic_exposure": "Dijete je prisustvovalo nasilju oca nad majkom; policija intervenisala u stanu.",
    "self_harm": "Samopovređivanje: dijete ima posjekotine na podlaktici, izražava beznađe.",
}
_ASSESSMENT = ("Obavljena kućna posjeta i razgovori s djetetom i roditeljima. Procijenjen rizik; porodica "
               "djelimično sarađuje, potrebna podrška i praćenje.")
_PLAN = ("Savjetodavni rad s roditeljima jednom sedmično, uključivanje djeteta u dnevni centar, saradnja sa "
         "školom i domom zdravlja, kontrolna kućna posjeta mjesečno.")
_CLOSURE_NOTES = {
    "goals_met": "Ciljevi plana ostvareni, rizik otklonjen.",
    "transferred": "Porodica preselila; predmet ustupljen nadležnom centru.",
    "came_of_age": "Dijete postalo punoljetno.",
    "referred_elsewhere": "Upućeno drugoj službi na dalji tretman.",
    "no_grounds": "Procjenom nisu utvrđeni razlozi za intervenciju.",
    "family_refused": "Porodica odbila usluge; obaviješten sud.",
    "death": "Smrt djeteta; obaviještene nadležne institucije.",
}
_NOT_APPLICABLE = {
    "police_response": "Nije bilo potrebe za intervencijom policije.",
    "medical_examination": "Nema indikacija za ljekarski pregled.",
    "emergency_protection": "Procjena nije ukazala na potrebu za hitnim mjerama.",
    "closed_early": "Predmet zatvoren nakon procjene.",
    "review": "Predmet zatvoren prije roka za reviziju.",
    "other": "Nije primjenjivo u ovom predmetu.",
}
_REFERRAL_REASONS = {
    "police": ("Obavještenje o sumnji na nasilje nad djetetom", "Molimo informaciju o intervencijama na adresi"),
    "health": ("Upućivanje na pregled i procjenu", "Molimo nalaz i mišljenje ljekara"),
    "education": ("Zahtjev za izvještaj škole", "Molimo izvještaj o uspjehu, vladanju i izostancima"),
    "judiciary": ("Obavještenje tužilaštvu / sudu", "Molimo informaciju o toku postupka"),
    "ngo": ("Upućivanje na psihosocijalnu podršku", "Molimo uključivanje djeteta u program podrške"),
    "ombudsman": ("Odgovor na upit ombudsmena", "Dostavljamo traženu informaciju"),
}
_RESPONSE = "Dostavljen traženi izvještaj; institucija nastavlja pratiti dijete."
_RELATIONS = {"family": "član porodice", "citizen": "komšija", "child": "dijete samo", "school": "pedagog škole",
              "health": "ljekar", "police": "policijski službenik", "prosecutor": "tužilac", "court": "sudija",
              "ngo": "savjetnica", "ombudsman": "stručni saradnik", "other_centre": "socijalni radnik"}
_SOURCE_SECTOR = {"school": "education", "health": "health", "police": "police", "prosecutor": "judiciary",
                  "court": "judiciary", "ngo": "ngo", "ombudsman": "ombudsman", "other_centre": "social_welfare"}
_INCOMING_NUMBER = {
    "police": "09-02/3-04-1-{n}/{yy}", "health": "{n}/{yy}", "education": "01-{n}/{yy}",
    "judiciary": "T09 0 KTM {n} {yy}", "ngo": "SK-{n}/{yy}", "ombudsman": "Ž-SA-05-{n}/{yy}",
    "social_welfare": "03-35-{n}/{yy}", "other": "{n}/{yy}",
}
_WEIGHTS = {
    "violence_form": {"neglect": 25, "physical": 20, "psychological": 20, "domestic_exposure": 15, "peer": 8,
                      "sexual": 4, "digital": 4, "economic": 2, "exploitation": 3, "self_harm": 2},
    "referral_source": {"school": 22, "police": 20, "health": 10, "family": 12, "citizen": 10, "child": 3,
                        "prosecutor": 4, "court": 4, "ngo": 5, "ombudsman": 1, "other_centre": 5, "other": 4},
    "early_closure": {"no_grounds": 55, "family_refused": 20, "transferred": 15, "referred_elsewhere": 10},
    "closure": {"goals_met": 75, "transferred": 8, "referred_elsewhere": 8, "family_refused": 8, "death": 0.3},
    "household_role": {"mother": 40, "father": 25, "step_parent": 6, "grandparent": 8, "sibling": 10,
                       "guardian": 2, "foster_parent": 2, "other_relative": 4, "other_household_member": 3},
    "outgoing_sector": {"police": 25, "health": 20, "education": 25, "judiciary": 20, "ngo": 7, "ombudsman": 3},
}
_PERPETRATOR_ODDS = {"father": 0.45, "step_parent": 0.5, "mother": 0.12, "other_relative": 0.2,
                     "other_household_member": 0.25, "grandparent": 0.05, "sibling": 0.05}
_FAMILY_VIOLENCE = frozenset({"physical", "psychological", "sexual", "domestic_exposure", "economic", "neglect",
                              "exploitation"})
_STATUS_OF_STAGE = ("registered", "assessment", "planning", "implementation")

# columns written, in table order (checked against the compiled insert)
_PERSON_COLUMNS = ("id", "given_name", "family_name", "search_key", "sort_key", "jmbg", "birth_date",
                   "birth_date_approximate", "sex", "citizenship", "address", "municipality", "phone",
                   "has_disability", "disability_note", "school", "school_grade", "notes", "anonymised", "created_at",
                   "updated_at", "version")
_CASE_COLUMNS = ("id", "number", "year", "sequence", "child_id", "status", "urgency", "risk_level", "restricted",
                 "referral_source", "reporter_anonymous", "reporter_name", "reporter_contact", "reporter_relation",
                 "reporter_institution_id", "report_summary", "lead_worker_id", "supervisor_id",
                 "protocol_template_id", "assessment", "plan", "plan_submitted_at", "plan_approved_by_id",
                 "report_received_at", "registered_at", "first_contact_at", "assessment_done_at", "plan_approved_at",
                 "closed_at", "closure_reason", "closure_note", "closure_approved_by_id",
                 "open_steps_override_reason", "reopened_count", "anonymised_at", "created_by_id", "updated_at",
                 "version")
_TERM_COLUMNS = ("term", "person_id")
_HOUSEHOLD_COLUMNS = ("id", "case_id", "person_id", "role", "alleged_perpetrator", "lives_in_household",
                      "legal_representative", "notes")
_FORM_COLUMNS = ("case_id", "code")
_ITEM_COLUMNS = ("id", "case_id", "step_id", "occurrence", "due_at", "done_at", "done_by_id", "not_applicable",
                 "not_applicable_reason", "note", "version")
_REFERRAL_COLUMNS = ("id", "case_id", "direction", "institution_id", "channel", "sent_at", "registry_number",
                     "reason", "requested_action", "urgency", "contact_person", "response_due_at",
                     "response_received_at", "response_summary", "status", "consent_override_reason",
                     "created_by_id", "created_at", "updated_at", "version")
#: insertion order respects foreign keys
_TABLES: tuple[tuple[Any, tuple[str, ...]], ...] = (
    (Person, _PERSON_COLUMNS), (PersonSearchTerm, _TERM_COLUMNS), (Case, _CASE_COLUMNS),
    (HouseholdMember, _HOUSEHOLD_COLUMNS), (CaseViolenceForm, _FORM_COLUMNS), (ChecklistItem, _ITEM_COLUMNS),
    (Referral, _REFERRAL_COLUMNS),
)

_HOUR = 3600
_DAY = 86400
_YEAR = 365.25 * _DAY
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


# ---- precomputed pools -------------------------------------------------------------------------------------------
#: one spelling of a name: (as entered, folded, sort key, search terms)
NameForm = tuple[str, str, str, tuple[str, ...]]


def _forms(latin: str) -> tuple[NameForm, NameForm, NameForm]:
    """Latin, Cyrillic and keyboard-ascii spellings of a name, with their keys computed once."""
    out = []
    for spelling in (latin, to_cyrillic(latin), latin.translate(_ASCII)):
        folded = fold(spelling)
        out.append((spelling, folded, sort_key(spelling), tuple(folded.split())))
    return out[0], out[1], out[2]


@lru_cache(maxsize=1)
def _name_pools() -> dict[tuple[str, str], list[tuple[NameForm, NameForm, NameForm]]]:
    """(community, "M" | "F" | "family") -> names in three spellings."""
    pools: dict[tuple[str, str], list[tuple[NameForm, NameForm, NameForm]]] = {}
    for community in ("bs", "hr", "sr"):
        for kind, source in (("M", _MALE), ("F", _FEMALE), ("family", _FAMILY)):
            names = list(dict.fromkeys(source[community].split()))
            pools[community, kind] = [_forms(name) for name in names]
    return pools


def _both_scripts(value: str) -> tuple[str, str]:
    return value, to_cyrillic(value)


@dataclass(frozen=True)
class _StepPlan:
    """A template step reduced to what a checklist row needs: when it falls due (first_due's rule) and its code."""

    step_id: int
    code: str
    trigger: str
    offsets: dict[str, int | None]  # urgency -> seconds after the trigger moment (None: no deadline)
    mandatory: bool


def _step_plans(steps: Sequence[ProtocolStep]) -> list[_StepPlan]:
    """Measure each step's deadline with ``first_due`` itself, so the demo follows the template's own rules."""
    zero = _EPOCH
    done = {step.code: zero for step in steps}
    plans = []
    for step in steps:
        offsets: dict[str, int | None] = {}
        for urgency in ("immediate", "urgent", "regular"):
            probe = SimpleNamespace(report_received_at=zero, registered_at=zero, plan_approved_at=zero,
                                    urgency=urgency)
            due = first_due(cast(Case, probe), step, done)
            offsets[urgency] = None if due is None else int((due - zero).total_seconds())
        plans.append(_StepPlan(step.id, step.code, step.trigger, offsets, step.mandatory))
    return plans


class _Clock:
    """Integer UTC seconds to the text SQLite stores (``YYYY-MM-DD HH:MM:SS.000000``) by table look-up."""

    def __init__(self, first_day: dt.date, last_day: dt.date) -> None:
        self.day0 = (first_day - _EPOCH.date()).days
        count = (last_day - first_day).days + 1
        self.days = [(first_day + dt.timedelta(days=i)).isoformat() for i in range(count)]
        self.times = [f" {s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}.000000" for s in range(_DAY)]

    def moment(self, seconds: int) -> str:
        return self.days[seconds // _DAY - self.day0] + self.times[seconds % _DAY]

    def date(self, day_number: int) -> str:
        return self.days[day_number - self.day0]


class _Jmbg:
    """Valid, unique JMBGs issued in serial order per day, region and sex (``jmbg.make_jmbg``'s rule, tabulated)."""

    _WEIGHTS = (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)

    def __init__(self, clock: _Clock, rng: random.Random) -> None:
        self.clock = clock
        self.rng = rng
        self.next_serial: dict[int, int] = {}
        self.serials = [(f"{s:03d}", 4 * (s // 100) + 3 * (s // 10 % 10) + 2 * (s % 10)) for s in range(1000)]
        self.prefixes: dict[int, tuple[str, int]] = {}

    def issue(self, day_number: int, sex: str, region: int) -> str | None:
        key = (day_number * 100 + region) * 2 + (sex == "F")
        serial = self.next_serial.get(key)
        if serial is None:
            serial = (500 if sex == "F" else 0) + self.rng.randrange(40)
        prefix = self.prefixes.get(day_number * 100 + region)
        if prefix is None:
            iso = self.clock.date(day_number)
            digits = f"{iso[8:10]}{iso[5:7]}{iso[1:4]}{region:02d}"
            prefix = (digits, sum(w * int(d) for w, d in zip(self._WEIGHTS, digits, strict=False)))
            self.prefixes[day_number * 100 + region] = prefix
        limit = 500 if sex == "M" else 1000
        while serial < limit:
            text3, weight = self.serials[serial]
            serial += 1
            m = 11 - (prefix[1] + weight) % 11
            if m != 10:  # make_jmbg never issues the ambiguous m == 10
                self.next_serial[key] = serial
                return f"{prefix[0]}{text3}{m if m <= 9 else 0}"
        self.next_serial[key] = serial
        return None  # this day's serials are used up: leave the person without a JMBG


def _cumulative(weights: dict[str, float], codes: Iterable[str]) -> tuple[list[str], list[float]]:
    """Codes in the database with demo weights (unknown codes added by a municipality get weight 1)."""
    population = list(codes)
    cumulative: list[float] = []
    total = 0.0
    for code in population:
        total += weights.get(code, 1.0)
        cumulative.append(total)
    return population, cumulative


def _chooser(rng: random.Random, weights: dict[str, float], codes: Iterable[str]) -> Callable[[], str]:
    population, cumulative = _cumulative(weights, codes)
    if not population:
        raise ValueError("no codes to choose from: is the database initialised?")
    total = cumulative[-1]
    from bisect import bisect

    rand = rng.random
    last = len(population) - 1

    def choose() -> str:
        return population[min(bisect(cumulative, rand() * total), last)]

    return choose


# ---- the generator -----------------------------------------------------------------------------------------------
class _Generator:
    """Builds batches of rows; holds the next ids and the case-number counters between batches."""

    def __init__(self, session: Session, rng: random.Random, *, total: int, anchor: dt.datetime) -> None:
        self.rng = rng
        self.total = total
        self.anchor = int((anchor - _EPOCH).total_seconds())
        centre = session.scalars(select(Centre).limit(1)).one()
        self.prefix, self.number_format = centre.case_prefix, centre.case_number_format
        self.municipality = (centre.municipality_name,
                             centre.municipality_name_cyrl or to_cyrillic(centre.municipality_name))
        template = template_in_force(session, "default", anchor.astimezone(LOCAL_TZ).date())
        if template is None:
            raise ValueError("no protocol template: initialise the database first")
        self.template_id = template.id
        self.steps = _step_plans(template.steps)
        staff = dict(session.execute(select(User.username, User.id)).tuples().all())
        self.workers = [staff[name] for name, _, role, _ in _STAFF if role == "worker"]
        self.supervisors = [staff[name] for name, _, role, _ in _STAFF if role == "supervisor"]
        institutions = session.execute(select(Institution.id, Institution.sector).where(Institution.active)).all()
        self.institutions_by_sector: dict[str, list[int]] = {}
        for institution_id, sector in institutions:
            self.institutions_by_sector.setdefault(sector, []).append(institution_id)
        self.all_institutions = [row[0] for row in institutions]
        self.institution_sector = {row[0]: row[1] for row in institutions}

        self.choose_form = _chooser(rng, _WEIGHTS["violence_form"], lookups.codes(session, "violence_form"))
        self.choose_source = _chooser(rng, _WEIGHTS["referral_source"], lookups.codes(session, "referral_source"))
        closure_codes = lookups.codes(session, "closure_reason")
        self.closure_codes = set(closure_codes)
        self.choose_early = _chooser(rng, _WEIGHTS["early_closure"],
                                     [c for c in closure_codes if c in _WEIGHTS["early_closure"]] or closure_codes)
        self.choose_closure = _chooser(rng, _WEIGHTS["closure"],
                                       [c for c in closure_codes if c in _WEIGHTS["closure"]] or closure_codes)
        self.choose_role = _chooser(rng, _WEIGHTS["household_role"], lookups.codes(session, "household_role"))
        sectors = [s for s in _WEIGHTS["outgoing_sector"] if s in self.institutions_by_sector]
        self.choose_out_sector = _chooser(rng, _WEIGHTS["outgoing_sector"], sectors) if sectors else None

        # the registration calendar: weekdays 07:30-15:30 local time over the last four calendar years
        today = anchor.astimezone(LOCAL_TZ).date()
        first = dt.date(today.year - 3, 1, 1)
        self.workdays: list[int] = []
        day = first
        while day < today:
            if day.weekday() < 5:
                start = dt.datetime.combine(day, dt.time(7, 30), LOCAL_TZ)
                self.workdays.append(int((start - _EPOCH).total_seconds()))
            day += dt.timedelta(days=1)
        self.clock = _Clock(dt.date(first.year - 95, 1, 1), today + dt.timedelta(days=800))
        self.jmbg = _Jmbg(self.clock, rng)
        self.sequences = self._load_sequences(session)
        self.pools = _name_pools()
        self.texts = self._texts()
        self.ids = {model: (session.scalar(select(func.max(model.id))) or 0) + 1
                    for model in (Person, Case, HouseholdMember, ChecklistItem, Referral)}
        self.done = 0

    def _load_sequences(self, session: Session) -> dict[int, int]:
        """Last sequence per year: the counter table, or a higher number already used (imports), whichever is more."""
        last = dict(session.execute(
            select(CaseNumberSequence.year, CaseNumberSequence.last_value)
            .where(CaseNumberSequence.prefix == self.prefix)).tuples().all())
        for year, used in session.execute(select(Case.year, func.max(Case.sequence)).group_by(Case.year)).tuples():
            last[year] = max(last.get(year, 0), used or 0)
        return last

    @staticmethod
    def _texts() -> dict[str, Any]:
        """Every free text in both scripts; index [cyrillic] picks the spelling of the case."""
        def pair_map(values: dict[str, str]) -> dict[str, tuple[str, str]]:
            return {key: _both_scripts(value) for key, value in values.items()}

        return {
            "streets": [_both_scripts(s) for s in _STREETS],
            "schools": [_both_scripts(s) for s in _SCHOOLS],
            "high_schools": [_both_scripts(s) for s in _HIGH_SCHOOLS],
            "kindergartens": [_both_scripts(s) for s in _KINDERGARTENS],
            "disabilities": [_both_scripts(s) for s in _DISABILITIES],
            "summaries": pair_map(_SUMMARIES),
            "assessment": _both_scripts(_ASSESSMENT),
            "plan": _both_scripts(_PLAN),
            "closure": pair_map(_CLOSURE_NOTES),
            "not_applicable": pair_map(_NOT_APPLICABLE),
            "reasons": {key: (_both_scripts(a), _both_scripts(b)) for key, (a, b) in _REFERRAL_REASONS.items()},
            "response": _both_scripts(_RESPONSE),
            "relations": pair_map(_RELATIONS),
            "citizenship": ("BiH", "БиХ"),
            "grade": [_both_scripts(f"{g}. razred") for g in range(10)],
        }

    # -- one batch ---------------------------------------------------------------------------------------------
    def batch(self, count: int) -> dict[Any, list[tuple[Any, ...]]]:
        rows: dict[Any, list[tuple[Any, ...]]] = {model: [] for model, _ in _TABLES}
        self.rows = rows
        for _ in range(count):
            self._case()
        return rows

    def _person(self, community: str, sex: str, script: int, family: tuple[NameForm, NameForm, NameForm] | None,
                birth_day: int, *, region: int, with_jmbg: bool, address: str, created: str,
                phone: str = "", school: str = "", grade: str = "", disability: str = "",
                approximate: bool = False) -> tuple[int, tuple[NameForm, NameForm, NameForm]]:
        """One person row and its name terms; returns the id and the family name (for relatives)."""
        rng = self.rng
        pools = self.pools
        given_forms = pools[community, sex][int(rng.random() * len(pools[community, sex]))]
        family_forms = family or pools[community, "family"][int(rng.random() * len(pools[community, "family"]))]
        given, fam = given_forms[script], family_forms[script]
        person_id = self.ids[Person]
        self.ids[Person] = person_id + 1
        terms = given[3] + tuple(t for t in fam[3] if t not in given[3])
        term_rows = self.rows[PersonSearchTerm]
        for term in terms:
            term_rows.append((term[:100], person_id))
        jmbg = self.jmbg.issue(birth_day, sex, region) if with_jmbg else None
        self.rows[Person].append((
            person_id, given[0], fam[0], f"{fam[1]} {given[1]}", f"{fam[2]} {given[2]}"[:420], jmbg,
            self.clock.date(birth_day), approximate, sex, self.texts["citizenship"][script == 1], address,
            self.municipality[script == 1], phone, bool(disability), disability, school, grade, "", False,
            created, created, 1,
        ))
        return person_id, family_forms

    def _case(self) -> None:  # noqa: C901 - one readable story of a case, kept in one place for speed
        rng = self.rng
        rand = rng.random
        clock = self.clock
        moment = clock.moment
        texts = self.texts
        anchor = self.anchor
        index = self.done
        self.done += 1

        # when: a slot on the working-time axis keeps registrations in time order and within office hours
        span = len(self.workdays) * 8 * _HOUR
        position = (index + rand()) * span / self.total
        workday = int(position // (8 * _HOUR))
        registered = self.workdays[workday] + int(position - workday * 8 * _HOUR)
        urgency_roll = rand()
        urgency = "immediate" if urgency_roll < 0.15 else "urgent" if urgency_roll < 0.5 else "regular"
        band = {"immediate": 1, "urgent": 3, "regular": 7}[urgency] * _DAY
        received = registered - int(band * 0.5 * rand() ** 2) - 600
        risk_roll = rand() + (0.35 if urgency == "immediate" else 0.15 if urgency == "urgent" else 0.0)
        risk = "high" if risk_roll > 1.0 else "medium" if risk_roll > 0.6 else "low" if risk_roll > 0.25 else "none"

        # the course of the case; a few stall at one stage and leave overdue steps behind
        stall = int(rand() * 4) if rand() < 0.05 else 9
        first_contact = registered + int(band * (0.2 + rand() * (1.6 if rand() < 0.2 else 0.9)))
        assessed = first_contact + int((3 + rand() * 25) * _DAY)
        submitted = assessed + int((1 + rand() * 9) * _DAY)
        approved = submitted + int((0.2 + rand() * 4.8) * _DAY)
        early = rand() < 0.18
        closed = (assessed + int((0.5 + rand() * 4.5) * _DAY)) if early else (
            approved + int((60 + rand() * 540) * _DAY))
        if stall < 1 or first_contact > anchor:
            first_contact = assessed = submitted = approved = closed = None
        elif stall < 2 or assessed > anchor:
            assessed = submitted = approved = closed = None
        elif early:
            submitted = approved = None
            if closed > anchor:
                closed = None
        elif stall < 3 or approved > anchor:
            approved = closed = None
            if submitted > anchor:
                submitted = None
        elif stall < 4 or closed > anchor:
            closed = None
        if closed is not None:
            status = "closed"
        elif approved is not None:
            status = "review" if anchor - approved > 90 * _DAY and rand() < 0.3 else "implementation"
        elif assessed is not None:
            status = "assessment" if early else "planning"
        elif first_contact is not None:
            status = "assessment"
        else:
            status = "registered"

        # who: the child, in Cyrillic for about a third (data entered the Republika Srpska way)
        script = 1 if rand() < 0.33 else (2 if rand() < 0.05 else 0)
        if script == 1:
            community = "sr" if rand() < 0.85 else ("bs" if rand() < 0.5 else "hr")
            region = (10, 12, 16, 17, 18)[int(rand() * 5)]
        else:
            roll = rand()
            community = "bs" if roll < 0.62 else "hr" if roll < 0.8 else "sr"
            region = 17 if rand() < 0.8 else 10 + int(rand() * 10)
        cyr = script == 1
        age_years = min(17, int(rand() * 14.5 + rand() * 4))
        birth = (registered - int((age_years + rand()) * _YEAR)) // _DAY
        sex = "F" if rand() < 0.5 else "M"
        roma = rand() < 0.04
        newborn = age_years == 0 and registered // _DAY - birth < 60
        with_jmbg = not (roma or newborn or rand() < 0.06)
        street = texts["streets"][int(rand() * len(texts["streets"]))][cyr]
        address = f"{street} {1 + int(rand() * 120)}"
        created = moment(registered)
        school = grade = ""
        if 6 <= age_years <= 14:
            school = texts["schools"][int(rand() * len(texts["schools"]))][cyr]
            grade = texts["grade"][max(1, min(9, age_years - 5))][cyr]
        elif age_years >= 15:
            school = texts["high_schools"][int(rand() * len(texts["high_schools"]))][cyr]
            grade = texts["grade"][age_years - 14][cyr]
        elif age_years >= 3 and rand() < 0.5:
            school = texts["kindergartens"][int(rand() * len(texts["kindergartens"]))][cyr]
        disability = texts["disabilities"][int(rand() * len(texts["disabilities"]))][cyr] if rand() < 0.06 else ""
        child_id, family = self._person(
            community, sex, script, None, birth, region=region, with_jmbg=with_jmbg, address=address,
            created=created, school=school, grade=grade, disability=disability, approximate=roma and rand() < 0.5,
        )

        # what was reported
        forms = [self.choose_form()]
        for _ in range(int(rand() * rand() * 3)):
            form = self.choose_form()
            if form not in forms:
                forms.append(form)
        source = self.choose_source()
        sector = _SOURCE_SECTOR.get(source)
        candidates = self.institutions_by_sector.get(sector or "", [])
        reporter_institution = candidates[int(rand() * len(candidates))] if candidates else None
        anonymous = source == "citizen" and rand() < 0.4
        lead = self.workers[int(rand() * len(self.workers))]
        supervisor = self.supervisors[int(rand() * len(self.supervisors))]

        # case number: the year it was registered in, the next sequence of that year
        local_year = int(clock.date((registered + 2 * _HOUR) // _DAY)[:4])
        sequence = self.sequences.get(local_year, 0) + 1
        self.sequences[local_year] = sequence
        case_id = self.ids[Case]
        self.ids[Case] = case_id + 1
        reason = None
        if closed is not None:
            reason = self.choose_early() if early else self.choose_closure()
            if not early and (closed // _DAY - birth) > 18 * _YEAR / _DAY and "came_of_age" in self.closure_codes:
                reason = "came_of_age"
        summary = texts["summaries"].get(forms[0])
        latest = closed or approved or submitted or assessed or first_contact or registered
        self.rows[Case].append((
            case_id, format_case_number(self.number_format, self.prefix, local_year, sequence), local_year, sequence,
            child_id, status, urgency, risk, rand() < (0.25 if "sexual" in forms else 0.02), source, anonymous,
            "" if anonymous or reporter_institution else self._any_name(script),
            "" if anonymous else f"06{int(rand() * 7)} {100 + int(rand() * 900)} {100 + int(rand() * 900)}",
            texts["relations"][source][cyr] if source in texts["relations"] else "", reporter_institution,
            summary[cyr] if summary else "", lead, supervisor, self.template_id,
            texts["assessment"][cyr] if assessed else "", texts["plan"][cyr] if submitted else "",
            moment(submitted) if submitted else None, supervisor if approved else None,
            moment(received), created, moment(first_contact) if first_contact else None,
            moment(assessed) if assessed else None, moment(approved) if approved else None,
            moment(closed) if closed else None, reason, texts["closure"][reason][cyr] if reason in texts["closure"]
            else "", supervisor if closed else None, "", 0, None, lead, moment(latest), 1,
        ))
        for form in forms:
            self.rows[CaseViolenceForm].append((case_id, form))

        self._household(case_id, community, script, family, birth, region, address, created, forms)
        self._checklist(case_id, urgency, risk, source, forms, lead, script, received, registered, first_contact,
                        assessed, approved, closed, early, stall)
        self._referrals(case_id, urgency, script, lead, reporter_institution, received, registered, closed)

    def _any_name(self, script: int) -> str:
        pools = self.pools
        rand = self.rng.random
        community = ("bs", "hr", "sr")[int(rand() * 3)]
        given = pools[community, "F" if rand() < 0.6 else "M"]
        family = pools[community, "family"]
        return f"{given[int(rand() * len(given))][script][0]} {family[int(rand() * len(family))][script][0]}"

    def _household(self, case_id: int, community: str, script: int, family: Any, child_birth: int, region: int,
                   address: str, created: str, forms: list[str]) -> None:
        rand = self.rng.random
        roles: list[str] = []
        wanted = 1 + (rand() < 0.65) + (rand() < 0.3)
        for _ in range(wanted * 2):
            role = self.choose_role()
            if role not in roles and (role != "guardian" or "mother" not in roles):
                roles.append(role)
            if len(roles) == wanted:
                break
        family_violence = any(form in _FAMILY_VIOLENCE for form in forms)
        rows = self.rows[HouseholdMember]
        for role in roles:
            if role in ("mother", "father"):
                sex = "F" if role == "mother" else "M"
                birth = child_birth - int((20 + rand() * 20) * 365.25)
            elif role == "sibling":
                sex = "F" if rand() < 0.5 else "M"
                birth = min(child_birth + int((rand() * 10 - 5) * 365.25), self.anchor // _DAY - 30)
            elif role == "grandparent":
                sex = "F" if rand() < 0.6 else "M"
                birth = child_birth - int((42 + rand() * 25) * 365.25)
            else:
                sex = "F" if rand() < 0.5 else "M"
                birth = child_birth - int((18 + rand() * 40) * 365.25)
            same_family = role in ("father", "sibling") or (role in ("mother", "grandparent") and rand() < 0.75)
            lives = rand() < 0.9
            person_id, _ = self._person(
                community if rand() < 0.9 else ("bs", "hr", "sr")[int(rand() * 3)], sex, script,
                family if same_family else None, birth, region=region, with_jmbg=rand() < 0.92,
                address=address if lives else f"{self.texts['streets'][int(rand() * 40)][script == 1]} "
                f"{1 + int(rand() * 120)}", created=created,
                phone="" if role == "sibling" else f"06{int(rand() * 7)} {100 + int(rand() * 900)} "
                f"{100 + int(rand() * 900)}",
            )
            perpetrator = family_violence and rand() < _PERPETRATOR_ODDS.get(role, 0.0)
            rows.append((self.ids[HouseholdMember], case_id, person_id, role, perpetrator,
                         lives and not (perpetrator and rand() < 0.3),
                         role in ("mother", "father", "guardian", "foster_parent") and not perpetrator, ""))
            self.ids[HouseholdMember] += 1

    def _checklist(self, case_id: int, urgency: str, risk: str, source: str, forms: list[str], lead: int,
                   script: int, received: int, registered: int, first_contact: int | None, assessed: int | None,
                   approved: int | None, closed: int | None, early: bool, stall: int) -> None:
        """One item per template step, done / not applicable / open as far as the case has come."""
        rand = self.rng.random
        moment = self.clock.moment
        anchor = self.anchor
        na_texts = self.texts["not_applicable"]
        cyr = script == 1
        rows = self.rows[ChecklistItem]
        done_by_code: dict[str, int | None] = {}
        item_id = self.ids[ChecklistItem]
        for plan in self.steps:
            trigger = plan.trigger
            if trigger == "report_received":
                start: int | None = received
            elif trigger == "registered":
                start = registered
            elif trigger == "plan_approved":
                start = approved
            else:
                start = done_by_code.get(trigger.removeprefix("step:"))
            offset = plan.offsets[urgency]
            due = start + offset if start is not None and offset is not None else None
            done: int | None = None
            na = ""
            code = plan.code
            if code == "official_note":
                done = received + int(rand() * 2 * _HOUR)
            elif code == "intake":
                done = registered + 300 + int(rand() * 5400)
            elif code == "police_response":
                if source == "police" or ("physical" in forms or "domestic_exposure" in forms) and rand() < 0.5:
                    done = received + int((1 + rand() * 20) * _HOUR) if first_contact or closed else None
                else:
                    na = na_texts["police_response"][cyr]
            elif code == "medical_examination":
                if ("physical" in forms or "sexual" in forms) and rand() < 0.7:
                    done = received + int((2 + rand() * 28) * _HOUR) if first_contact or closed else None
                else:
                    na = na_texts["medical_examination"][cyr]
            elif code == "risk_assessment":
                done = first_contact
            elif code == "emergency_protection":
                if risk == "high" and urgency != "regular" and rand() < 0.6:
                    done = received + int((4 + rand() * 66) * _HOUR) if first_contact else None
                else:
                    na = na_texts["emergency_protection"][cyr]
            elif code == "case_conference":
                if early and closed:
                    na = na_texts["closed_early"][cyr]
                elif assessed and first_contact:
                    done = first_contact + int((assessed - first_contact) * (0.3 + rand() * 0.6))
                elif first_contact and stall > 1 and rand() < 0.4:
                    done = first_contact + int((1 + rand() * 5) * _DAY)
            elif code == "protection_plan":
                if early and closed:
                    na = na_texts["closed_early"][cyr]
                else:
                    done = approved
            elif code == "plan_implementation":
                if early and closed:
                    na = na_texts["closed_early"][cyr]
                elif approved and closed:
                    done = closed
            elif code == "review":
                if early and closed:
                    na = na_texts["closed_early"][cyr]
                elif due is not None and closed is not None:
                    if closed > due:
                        done = min(closed, due + int((rand() * 20 - 5) * _DAY))
                    else:
                        na = na_texts["review"][cyr]
                elif due is not None and stall > 3 and due + 20 * _DAY < anchor and rand() < 0.85:
                    done = due + int((rand() * 20 - 5) * _DAY)
            elif code == "closure":
                done = closed
            elif closed is not None:  # a step this demo does not know: done on a closed case, else open
                if plan.mandatory or rand() < 0.5:
                    done = min(closed, due or start or closed)
                else:
                    na = na_texts["other"][cyr]
            if done is not None and done > anchor:
                done = None
            if na:
                na_at = moment(min(anchor, (first_contact or registered) + _HOUR))
                rows.append((item_id, case_id, plan.step_id, 1, moment(due) if due else None, na_at, lead, True, na,
                             "", 1))
            else:
                rows.append((item_id, case_id, plan.step_id, 1, moment(due) if due else None,
                             moment(done) if done else None, lead if done else None, False, "", "", 1))
            done_by_code[code] = done
            item_id += 1
        self.ids[ChecklistItem] = item_id

    def _referrals(self, case_id: int, urgency: str, script: int, lead: int, reporter_institution: int | None,
                   received: int, registered: int, closed: int | None) -> None:
        """0-4 referrals: the reporting institution's letter in, the centre's letters out, some still unanswered."""
        rand = self.rng.random
        moment = self.clock.moment
        anchor = self.anchor
        cyr = script == 1
        texts = self.texts
        rows = self.rows[Referral]
        roll = rand()
        count = 0 if roll < 0.15 else 1 if roll < 0.45 else 2 if roll < 0.75 else 3 if roll < 0.9 else 4
        end = min(closed or anchor, registered + 120 * _DAY, anchor)
        response_hours = DEFAULT_RESPONSE_HOURS[urgency]
        for number in range(count):
            referral_id = self.ids[Referral]
            self.ids[Referral] += 1
            if number == 0 and reporter_institution is not None and rand() < 0.8:
                sector = self.institution_sector[reporter_institution]
                sent = received
                yy = self.clock.date(sent // _DAY)[2:4]
                reason, action = texts["reasons"].get(sector, texts["reasons"]["police"])
                rows.append((
                    referral_id, case_id, "incoming", reporter_institution, ("letter", "email", "phone",
                    "electronic_system")[int(rand() * 4)], moment(sent),
                    _INCOMING_NUMBER.get(sector, "{n}/{yy}").format(n=1 + int(rand() * 4000), yy=yy),
                    reason[cyr], "", urgency, self._any_name(script) if rand() < 0.5 else "", None, None, "", "sent",
                    "", lead, moment(sent), moment(sent), 1,
                ))
                continue
            if self.choose_out_sector is None:
                institution = self.all_institutions[int(rand() * len(self.all_institutions))]
            else:
                options = self.institutions_by_sector[self.choose_out_sector()]
                institution = options[int(rand() * len(options))]
            sector = self.institution_sector[institution]
            reason, action = texts["reasons"].get(sector, texts["reasons"]["police"])
            if closed is None and rand() < 0.03:
                rows.append((referral_id, case_id, "outgoing", institution, "letter", None, "", reason[cyr],
                             action[cyr], urgency, "", None, None, "", "draft", "", lead, moment(registered),
                             moment(registered), 1))
                continue
            sent = registered + int(rand() * max(end - registered, _HOUR))
            due = sent + response_hours * _HOUR
            answered = sent + int(response_hours * _HOUR * (0.1 + rand() * 1.5))
            status = "answered" if rand() < 0.75 and answered <= anchor else "sent"
            if status == "sent" and rand() < 0.02:
                status = "cancelled"
            number_text = f"02-35-{1 + int(rand() * 9999)}/{self.clock.date(sent // _DAY)[2:4]}"
            channel = "letter" if rand() < 0.6 else ("email", "phone", "electronic_system", "fax")[int(rand() * 4)]
            rows.append((
                referral_id, case_id, "outgoing", institution, channel, moment(sent), number_text, reason[cyr],
                action[cyr], urgency, "", moment(due), moment(answered) if status == "answered" else None,
                texts["response"][cyr] if status == "answered" else "", status, "", lead, moment(sent),
                moment(answered if status == "answered" else sent), 1,
            ))


# ---- writing -----------------------------------------------------------------------------------------------------
class _Writer:
    """Compiled inserts for one connection: driver-level executemany on SQLite, typed Core inserts elsewhere."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.sqlite = connection.dialect.name == "sqlite"
        self.statements: dict[Any, str] = {}
        self.converters: dict[Any, list[tuple[int, Callable[[str], Any]]]] = {}
        for model, columns in _TABLES:
            table: Table = model.__table__
            if self.sqlite:
                compiled = insert(table).compile(dialect=connection.dialect, column_keys=list(columns))
                if tuple(compiled.positiontup or ()) != columns:
                    raise RuntimeError(f"demo columns of {table.name} no longer match the model: update demo.py")
                self.statements[model] = str(compiled)
            else:
                self.converters[model] = [
                    (i, _parse_moment if isinstance(table.c[name].type, UtcDateTime) else dt.date.fromisoformat)
                    for i, name in enumerate(columns)
                    if isinstance(table.c[name].type, UtcDateTime | Date)
                ]

    def write(self, rows: dict[Any, list[tuple[Any, ...]]]) -> None:
        for model, columns in _TABLES:
            batch = rows[model]
            if not batch:
                continue
            if self.sqlite:
                self.connection.exec_driver_sql(self.statements[model], batch)  # type: ignore[arg-type]
                continue
            converters = self.converters[model]
            dicts = []
            for row in batch:
                values = list(row)
                for i, convert in converters:
                    if values[i] is not None:
                        values[i] = convert(values[i])
                dicts.append(dict(zip(columns, values, strict=True)))
            self.connection.execute(insert(model), dicts)


def _parse_moment(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value).replace(tzinfo=dt.UTC)


def _ensure_staff(session: Session) -> None:
    """The demo team, if missing: one argon2 hash shared by all (hashing fourteen times would take seconds)."""
    existing = set(session.scalars(select(User.username)))
    missing = [entry for entry in _STAFF if entry[0] not in existing]
    if not missing:
        return
    password_hash = hash_password(DEMO_PASSWORD)
    for username, full_name, role, title in missing:
        session.add(User(username=username, full_name=full_name, role=role, title=title,
                         password_hash=password_hash, must_change_password=False, active=True))
    session.flush()


def _save_sequences(connection: Connection, prefix: str, sequences: dict[int, int]) -> None:
    table = CaseNumberSequence.__table__
    existing = set(connection.scalars(select(table.c.year).where(table.c.prefix == prefix)))
    for year, last in sequences.items():
        if year in existing:
            connection.execute(update(table).where(table.c.prefix == prefix, table.c.year == year,
                                                   table.c.last_value < last).values(last_value=last))
        else:
            connection.execute(insert(table).values(prefix=prefix, year=year, last_value=last))


def _advance_postgres_sequences(connection: Connection) -> None:
    """Ids were given explicitly; move each serial sequence past them so the next ORM insert does not collide."""
    for model in (Person, Case, HouseholdMember, ChecklistItem, Referral):
        table = model.__table__
        last = connection.scalar(select(func.max(table.c.id)))
        if last:
            connection.execute(select(func.setval(func.pg_get_serial_sequence(table.name, "id"), last)))


def seed_demo(
    session: Session,
    *,
    cases: int,
    seed: int = 1,
    only_if_empty: bool = False,
    progress: Callable[[int], None] | None = None,
    now: dt.datetime | None = None,
) -> DemoReport:
    """Add ``cases`` synthetic cases (and the demo staff, if missing), committing batch by batch.

    The caller's session is committed first (its pending work would otherwise hold SQLite's write lock); the rows
    go in over a connection of their own so that SQLite's speed settings stay on it and are restored after.
    ``now`` is where the demo timeline ends; by default the start of today (UTC), so that a seed gives the same
    data all day.
    """
    started = time.perf_counter()
    if only_if_empty and session.scalar(select(Case.id).limit(1)) is not None:
        return DemoReport(0, time.perf_counter() - started)
    anchor = now or dt.datetime.now(dt.UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    rng = random.Random(seed)
    _ensure_staff(session)
    generator = _Generator(session, rng, total=max(cases, 1), anchor=anchor)
    session.commit()

    engine = session.get_bind()
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        restore: list[tuple[str, Any]] = []
        if sqlite:
            for pragma, value in (("synchronous", 0), ("cache_size", -_SEED_CACHE_KIB)):
                restore.append((pragma, connection.exec_driver_sql(f"PRAGMA {pragma}").scalar()))
                connection.exec_driver_sql(f"PRAGMA {pragma} = {int(value)}")
            connection.commit()
        try:
            writer = _Writer(connection)
            written = 0
            while written < cases:
                count = min(BATCH_CASES, cases - written)
                writer.write(generator.batch(count))
                _save_sequences(connection, generator.prefix, generator.sequences)
                connection.commit()
                written += count
                if progress is not None:
                    progress(written)
            if not sqlite:
                _advance_postgres_sequences(connection)
                connection.commit()
        finally:
            connection.rollback()
            if sqlite:
                for pragma, value in restore:
                    connection.exec_driver_sql(f"PRAGMA {pragma} = {int(value)}")
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
                connection.commit()

    audit.record(session, "demo.seed", user_id=None, details={"cases": cases})
    session.commit()
    return DemoReport(cases, time.perf_counter() - started)
