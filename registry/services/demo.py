"""Realistic synthetic cases for demonstrations, training and benchmarks, up to a million of them.

Why it is written the way it is:

* A million cases are ~26 million rows (people and their name terms, households, violence forms, consents,
  referrals and a full protocol checklist each).  At that size every per-row Python call counts: names come from
  pools whose folded keys, sort keys and search terms are computed once; timestamps are integers turned into the
  stored text by table look-up; JMBG check digits come from precomputed weighted sums (``jmbg.make_jmbg``'s rule).
* Rows are tuples in the table's column order, written by ``executemany`` of the Core ``insert`` compiled once.  On
  SQLite they go to the driver as they are (SQLAlchemy's per-row parameter processing alone measured ~4.5 µs a row,
  two minutes for a million cases); on PostgreSQL they become typed dicts for ``connection.execute(insert(...))``.
* From ``PARALLEL_MIN_CASES`` on, a helper process generates while this one writes (SQLite has one writer; on two
  cores that takes generation, ~a third of the work, off the critical path).
* Ids continue from the current maximum so rows link without round trips; PostgreSQL's sequences are moved past
  them afterwards, and the case-number counters advance with every batch so real registrations never collide.
* Everything random comes from ``random.Random(seed)`` in a fixed order: a seed gives the same data, whichever
  process generates it.

On this project's 2-core machine a million cases take ~3-4 minutes; the SQLite inserts alone (every index kept,
foreign keys checked) need ~160 CPU seconds, so the 2-minute target is out of reach without changing what is
written or how it is indexed (see bench/README.md).
"""

from __future__ import annotations

import datetime as dt
import json
import marshal
import multiprocessing
import os
import random
import time
from bisect import bisect
from collections.abc import Callable, Generator, Iterable, Sequence
from contextlib import closing
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import JSON, Connection, Date, Table, func, insert, literal_column, null, select, update
from sqlalchemy.orm import Session

from registry.models import (
    Case,
    CaseNumberSequence,
    CaseViolenceForm,
    Centre,
    ChecklistItem,
    Consent,
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
#: from this many cases on, a helper process generates rows while this one writes (2 cores: ~40% faster)
PARALLEL_MIN_CASES = 50_000
#: page cache while seeding, KiB per case (clamped): the random-order indexes (names, JMBG, birth dates) must stay
#: in memory, or every insert into them reads a page back; SQLite only allocates what it uses
_CACHE_KIB_PER_CASE, _CACHE_KIB_MIN, _CACHE_KIB_MAX = 2, 65_536, 2_097_152
#: copy the WAL into the database every this many batches, not at every commit: index pages dirtied by several
#: batches are then written once (SQLite's automatic checkpoint is off on the seeding connection meanwhile)
CHECKPOINT_EVERY = 5


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
_CONSENT_PURPOSE = "Razmjena podataka s institucijama radi zaštite djeteta i pružanja usluga."
#: sectors the centre informs under a legal duty; the others need the family's consent (or a recorded reason)
_LEGAL_DUTY = {"police": "Zakonska obaveza obavještavanja o nasilju nad djetetom.",
               "judiciary": "Zakonska obaveza obavještavanja o nasilju nad djetetom.",
               "ombudsman": "Odgovor na zahtjev ombudsmena po zakonu."}
_NO_CONSENT = "Hitno postupanje u najboljem interesu djeteta; zakonski zastupnik nije dostupan."
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
_WEIGHTS: dict[str, dict[str, float]] = {
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


# ---- tables ------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _TableSpec:
    """What the demo writes into one table: per-row columns (in table order) and columns equal on every row."""

    model: Any
    columns: tuple[str, ...]
    constants: dict[str, Any]

    @property
    def name(self) -> str:
        return str(self.model.__tablename__)


#: insertion order respects foreign keys
_TABLES: tuple[_TableSpec, ...] = (
    _TableSpec(Person, ("id", "given_name", "family_name", "search_key", "sort_key", "jmbg", "birth_date",
                        "birth_date_approximate", "sex", "citizenship", "address", "municipality", "phone",
                        "has_disability", "disability_note", "school", "school_grade", "created_at", "updated_at"),
               {"notes": "", "anonymised": False, "version": 1}),
    _TableSpec(PersonSearchTerm, ("term", "person_id"), {}),
    _TableSpec(Case, ("id", "number", "year", "sequence", "child_id", "status", "urgency", "risk_level",
                      "restricted", "referral_source", "reporter_anonymous", "reporter_name", "reporter_contact",
                      "reporter_relation", "reporter_institution_id", "report_summary", "lead_worker_id",
                      "supervisor_id", "protocol_template_id", "assessment", "plan", "plan_submitted_at",
                      "plan_approved_by_id", "report_received_at", "registered_at", "first_contact_at",
                      "assessment_done_at", "plan_approved_at", "closed_at", "closure_reason", "closure_note",
                      "closure_approved_by_id", "created_by_id", "updated_at"),
               {"open_steps_override_reason": "", "reopened_count": 0, "anonymised_at": None, "version": 1}),
    _TableSpec(HouseholdMember, ("id", "case_id", "person_id", "role", "alleged_perpetrator", "lives_in_household",
                                 "legal_representative"), {"notes": ""}),
    _TableSpec(CaseViolenceForm, ("case_id", "code"), {}),
    _TableSpec(ChecklistItem, ("id", "case_id", "step_id", "due_at", "done_at", "done_by_id", "not_applicable",
                               "not_applicable_reason"), {"occurrence": 1, "note": "", "version": 1}),
    _TableSpec(Consent, ("id", "case_id", "given_by_person_id", "sectors", "purpose", "given_at", "recorded_by_id"),
               {"given_by_name": "", "withdrawn_at": None}),
    _TableSpec(Referral, ("id", "case_id", "direction", "institution_id", "channel", "sent_at", "registry_number",
                          "reason", "requested_action", "urgency", "contact_person", "response_due_at",
                          "response_received_at", "response_summary", "status", "consent_override_reason",
                          "created_by_id", "created_at", "updated_at"), {"version": 1}),
)
#: tables whose integer ids the demo assigns itself
_ID_TABLES = ("person", "case_file", "household_member", "checklist_item", "consent", "referral")
Rows = dict[str, list[tuple[Any, ...]]]

_HOUR = 3600
_DAY = 86400
_YEAR = 365.25 * _DAY
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


# ---- precomputed pools -------------------------------------------------------------------------------------------
#: one spelling of a name: (as entered, folded, sort key, search terms)
NameForm = tuple[str, str, str, tuple[str, ...]]
#: a name in its Latin, Cyrillic and keyboard-ascii spellings
Name = tuple[NameForm, NameForm, NameForm]


def _forms(latin: str) -> Name:
    """The three spellings of a name, each with the keys ``people.apply_person`` would compute."""
    out = []
    for spelling in (latin, to_cyrillic(latin), latin.translate(_ASCII)):
        folded = fold(spelling)
        out.append((spelling, folded, sort_key(spelling), tuple(folded.split())))
    return out[0], out[1], out[2]


@lru_cache(maxsize=1)
def _name_pools() -> dict[tuple[str, str], list[Name]]:
    """(community, "M" | "F" | "family") -> names."""
    pools: dict[tuple[str, str], list[Name]] = {}
    for community in ("bs", "hr", "sr"):
        for kind, source in (("M", _MALE), ("F", _FEMALE), ("family", _FAMILY)):
            pools[community, kind] = [_forms(name) for name in dict.fromkeys(source[community].split())]
    return pools


def _both_scripts(value: str) -> tuple[str, str]:
    return value, to_cyrillic(value)


def _texts() -> dict[str, Any]:
    """Every free text in both scripts; ``[cyr]`` picks the spelling of the case."""
    def pairs(values: dict[str, str]) -> dict[str, tuple[str, str]]:
        return {key: _both_scripts(value) for key, value in values.items()}

    return {
        "streets": [_both_scripts(s) for s in _STREETS],
        "schools": [_both_scripts(s) for s in _SCHOOLS],
        "high_schools": [_both_scripts(s) for s in _HIGH_SCHOOLS],
        "kindergartens": [_both_scripts(s) for s in _KINDERGARTENS],
        "disabilities": [_both_scripts(s) for s in _DISABILITIES],
        "summaries": pairs(_SUMMARIES),
        "assessment": _both_scripts(_ASSESSMENT),
        "plan": _both_scripts(_PLAN),
        "closure": pairs(_CLOSURE_NOTES),
        "not_applicable": pairs(_NOT_APPLICABLE),
        "reasons": {key: (_both_scripts(a), _both_scripts(b)) for key, (a, b) in _REFERRAL_REASONS.items()},
        "response": _both_scripts(_RESPONSE),
        "consent_purpose": _both_scripts(_CONSENT_PURPOSE),
        "legal_duty": pairs(_LEGAL_DUTY),
        "no_consent": _both_scripts(_NO_CONSENT),
        "relations": pairs(_RELATIONS),
        "citizenship": ("BiH", "БиХ"),
        "grade": [_both_scripts(f"{g}. razred") for g in range(10)],
    }


@dataclass(frozen=True)
class _StepPlan:
    """A template step reduced to what a checklist row needs: its code and when it falls due."""

    step_id: int
    code: str
    trigger: str
    offsets: dict[str, int | None]  # urgency -> seconds after the trigger moment (None: no deadline)
    mandatory: bool


def _step_plans(steps: Sequence[ProtocolStep]) -> tuple[_StepPlan, ...]:
    """Measure each step's deadline with ``protocols.first_due`` itself, so the demo follows the template's rules."""
    zero = _EPOCH
    done: dict[str, dt.datetime | None] = {step.code: zero for step in steps}
    plans = []
    for step in steps:
        offsets: dict[str, int | None] = {}
        for urgency in ("immediate", "urgent", "regular"):
            probe = SimpleNamespace(report_received_at=zero, registered_at=zero, plan_approved_at=zero,
                                    urgency=urgency)
            due = first_due(cast(Case, probe), step, done)
            offsets[urgency] = None if due is None else int((due - zero).total_seconds())
        plans.append(_StepPlan(step.id, step.code, step.trigger, offsets, step.mandatory))
    return tuple(plans)


class _Clock:
    """Integer UTC seconds to the text SQLite stores (``YYYY-MM-DD HH:MM:SS.000000``), by table look-up."""

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
    """Valid JMBGs issued in serial order per day, region and sex: ``jmbg.make_jmbg``'s rule, tabulated.

    Serial order (not random serials) also keeps them unique, as real ones are.
    """

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
            serial = (500 if sex == "F" else 0) + int(self.rng.random() * 40)
        prefix = self.prefixes.get(day_number * 100 + region)
        if prefix is None:
            iso = self.clock.date(day_number)
            digits = f"{iso[8:10]}{iso[5:7]}{iso[1:4]}{region:02d}"
            prefix = (digits, sum(w * int(d) for w, d in zip(self._WEIGHTS, digits, strict=False)))
            self.prefixes[day_number * 100 + region] = prefix
        limit = 500 if sex == "M" else 1000
        while serial < limit:
            digits3, weight = self.serials[serial]
            serial += 1
            m = 11 - (prefix[1] + weight) % 11
            if m != 10:  # make_jmbg never issues the ambiguous m == 10
                self.next_serial[key] = serial
                return f"{prefix[0]}{digits3}{m if m <= 9 else 0}"
        self.next_serial[key] = serial
        return None  # the day's serials are used up: this person has no JMBG


def _chooser(rng: random.Random, weights: dict[str, float], codes: Iterable[str]) -> Callable[[], str]:
    """A weighted pick among the codes in this database (codes a municipality added get weight 1)."""
    population = list(codes)
    if not population:
        raise ValueError("no lookup codes to choose from: initialise the database first")
    cumulative = list(accumulate(weights.get(code, 1.0) for code in population))
    total, last, rand = cumulative[-1], len(population) - 1, rng.random

    def choose() -> str:
        return population[min(bisect(cumulative, rand() * total), last)]

    return choose


# ---- what the generator needs from the database ------------------------------------------------------------------
@dataclass(frozen=True)
class _Context:
    """Everything read from the database up front: plain values, so a helper process can generate from it."""

    seed: int
    total: int
    anchor: int
    prefix: str
    number_format: str
    municipality: tuple[str, str]
    template_id: int
    steps: tuple[_StepPlan, ...]
    workers: tuple[int, ...]
    supervisors: tuple[int, ...]
    institutions: tuple[tuple[int, str], ...]
    codes: dict[str, list[str]]
    sequences: dict[int, int]
    first_ids: dict[str, int]


def _read_context(session: Session, *, seed: int, total: int, anchor: dt.datetime) -> _Context:
    centre = session.scalars(select(Centre).limit(1)).one()
    template = template_in_force(session, "default", anchor.astimezone(LOCAL_TZ).date())
    if template is None:
        raise ValueError("no protocol template: initialise the database first")
    staff = dict(session.execute(select(User.username, User.id)).all())
    sequences = dict(session.execute(
        select(CaseNumberSequence.year, CaseNumberSequence.last_value)
        .where(CaseNumberSequence.prefix == centre.case_prefix)).all())
    for year, used in session.execute(select(Case.year, func.max(Case.sequence)).group_by(Case.year)):
        sequences[year] = max(sequences.get(year, 0), used or 0)  # numbers imported without the counter
    first_ids = {}
    for spec in _TABLES:
        if spec.name in _ID_TABLES:
            first_ids[spec.name] = (session.scalar(select(func.max(spec.model.id))) or 0) + 1
    return _Context(
        seed=seed, total=max(total, 1), anchor=int((anchor - _EPOCH).total_seconds()),
        prefix=centre.case_prefix, number_format=centre.case_number_format,
        municipality=(centre.municipality_name, centre.municipality_name_cyrl or to_cyrillic(centre.municipality_name)),
        template_id=template.id, steps=_step_plans(template.steps),
        workers=tuple(staff[name] for name, _, role, _ in _STAFF if role == "worker"),
        supervisors=tuple(staff[name] for name, _, role, _ in _STAFF if role == "supervisor"),
        institutions=tuple(session.execute(
            select(Institution.id, Institution.sector).where(Institution.active).order_by(Institution.id)
        )),
        codes={kind: lookups.codes(session, kind)
               for kind in ("violence_form", "referral_source", "closure_reason", "household_role")},
        sequences=sequences, first_ids=first_ids,
    )


# ---- the generator -----------------------------------------------------------------------------------------------
class _Generator:
    """Builds batches of rows; keeps the next ids and the case-number counters from batch to batch."""

    def __init__(self, context: _Context) -> None:
        self.context = context
        rng = self.rng = random.Random(context.seed)
        self.anchor = context.anchor
        self.by_sector: dict[str, list[int]] = {}
        for institution_id, sector in context.institutions:
            self.by_sector.setdefault(sector, []).append(institution_id)
        self.sector_of = dict(context.institutions)
        codes = context.codes
        self.choose_form = _chooser(rng, _WEIGHTS["violence_form"], codes["violence_form"])
        self.choose_source = _chooser(rng, _WEIGHTS["referral_source"], codes["referral_source"])
        closure = codes["closure_reason"]
        self.closure_codes = set(closure)
        self.choose_early = _chooser(rng, _WEIGHTS["early_closure"],
                                     [c for c in closure if c in _WEIGHTS["early_closure"]] or closure)
        self.choose_closure = _chooser(rng, _WEIGHTS["closure"], [c for c in closure if c in _WEIGHTS["closure"]]
                                       or closure)
        self.choose_role = _chooser(rng, _WEIGHTS["household_role"], codes["household_role"])
        sectors = [s for s in _WEIGHTS["outgoing_sector"] if s in self.by_sector]
        self.choose_out_sector = _chooser(rng, _WEIGHTS["outgoing_sector"], sectors) if sectors else None

        # registrations happen on weekdays, 07:30-15:30 local time, over the last four calendar years
        today = dt.datetime.fromtimestamp(context.anchor, LOCAL_TZ).date()
        first = dt.date(today.year - 3, 1, 1)
        self.workdays = [
            int((dt.datetime.combine(day, dt.time(7, 30), LOCAL_TZ) - _EPOCH).total_seconds())
            for day in (first + dt.timedelta(days=i) for i in range((today - first).days))
            if day.weekday() < 5
        ]
        self.clock = _Clock(dt.date(first.year - 95, 1, 1), today + dt.timedelta(days=800))
        self.jmbg = _Jmbg(self.clock, rng)
        self.sequences = dict(context.sequences)
        self.ids = dict(context.first_ids)
        self.pools = _name_pools()
        self.texts = _texts()
        self.done = 0
        self.rows: Rows = {}
        self._sector_lists: dict[tuple[str, ...], str] = {}

    def batch(self, count: int) -> Rows:
        self.rows = {spec.name: [] for spec in _TABLES}
        for _ in range(count):
            self._case()
        return self.rows

    def _phone(self) -> str:
        rand = self.rng.random
        return f"06{int(rand() * 7)} {100 + int(rand() * 900)} {100 + int(rand() * 900)}"

    def _any_name(self, script: int) -> str:
        pools, rand = self.pools, self.rng.random
        community = ("bs", "hr", "sr")[int(rand() * 3)]
        given = pools[community, "F" if rand() < 0.6 else "M"]
        family = pools[community, "family"]
        return f"{given[int(rand() * len(given))][script][0]} {family[int(rand() * len(family))][script][0]}"

    def _person(self, community: str, sex: str, script: int, family: Name | None, birth_day: int, *, region: int,
                with_jmbg: bool, address: str, created: str, phone: str = "", school: str = "", grade: str = "",
                disability: str = "", approximate: bool = False) -> tuple[int, Name]:
        """One person row with the keys ``people.apply_person`` computes, and its name terms."""
        rand, pools = self.rng.random, self.pools
        givens = pools[community, sex]
        given_name = givens[int(rand() * len(givens))]
        if family is None:
            families = pools[community, "family"]
            family = families[int(rand() * len(families))]
        given, fam = given_name[script], family[script]
        person_id = self.ids["person"]
        self.ids["person"] = person_id + 1
        terms = self.rows["person_search_term"]
        for term in given[3]:
            terms.append((term, person_id))
        for term in fam[3]:
            if term not in given[3]:
                terms.append((term, person_id))
        cyr = script == 1
        self.rows["person"].append((
            person_id, given[0], fam[0], f"{fam[1]} {given[1]}", f"{fam[2]} {given[2]}"[:420],
            self.jmbg.issue(birth_day, sex, region) if with_jmbg else None, self.clock.date(birth_day), approximate,
            sex, self.texts["citizenship"][cyr], address, self.context.municipality[cyr], phone, bool(disability),
            disability, school, grade, created, created,
        ))
        return person_id, family

    def _case(self) -> None:
        rand = self.rng.random
        clock, texts, anchor = self.clock, self.texts, self.anchor
        moment = clock.moment
        index = self.done
        self.done += 1

        # when: a slot on the working-time axis keeps registrations in time order and within office hours
        shift = 8 * _HOUR
        position = (index + rand()) * len(self.workdays) * shift / self.context.total
        workday = int(position // shift)
        registered = self.workdays[workday] + int(position - workday * shift)
        roll = rand()
        urgency = "immediate" if roll < 0.15 else "urgent" if roll < 0.5 else "regular"
        band = (_DAY if urgency == "immediate" else 3 * _DAY if urgency == "urgent" else 7 * _DAY)
        received = registered - int(band * 0.5 * rand() ** 2) - 600
        roll = rand() + (0.35 if urgency == "immediate" else 0.15 if urgency == "urgent" else 0.0)
        risk = "high" if roll > 1.0 else "medium" if roll > 0.6 else "low" if roll > 0.25 else "none"

        # the course of the case; one in twenty stalls at a stage and leaves overdue steps behind
        stall = int(rand() * 4) if rand() < 0.05 else 9
        contact_at = registered + int(band * (0.2 + rand() * (1.6 if rand() < 0.2 else 0.9)))
        assessed_at = contact_at + int((3 + rand() * 25) * _DAY)
        submitted_at = assessed_at + int((1 + rand() * 9) * _DAY)
        approved_at = submitted_at + int((0.2 + rand() * 4.8) * _DAY)
        early = rand() < 0.18
        closed_at = (assessed_at + int((0.5 + rand() * 4.5) * _DAY) if early
                     else approved_at + int((60 + rand() * 540) * _DAY))
        # what has happened by the anchor: the stages reached, in order (an early closure skips the plan)
        first_contact: int | None = contact_at
        assessed: int | None = assessed_at
        submitted: int | None = submitted_at
        approved: int | None = approved_at
        closed: int | None = closed_at
        if stall < 1 or contact_at > anchor:
            first_contact = assessed = submitted = approved = closed = None
        elif stall < 2 or assessed_at > anchor:
            assessed = submitted = approved = closed = None
        elif early:
            submitted = approved = None
            if closed_at > anchor:
                closed = None
        elif stall < 3 or approved_at > anchor:
            approved = closed = None
            if submitted_at > anchor:
                submitted = None
        elif stall < 4 or closed_at > anchor:
            closed = None
        if closed is not None:
            status = "closed"
        elif approved is not None:
            status = "review" if anchor - approved > 90 * _DAY and rand() < 0.3 else "implementation"
        elif assessed is not None:
            status = "assessment" if early else "planning"
        else:
            status = "assessment" if first_contact is not None else "registered"

        # who: a third of the children come from data entered in Cyrillic, the Republika Srpska way
        script = 1 if rand() < 0.33 else (2 if rand() < 0.05 else 0)
        if script == 1:
            community = "sr" if rand() < 0.85 else ("bs" if rand() < 0.5 else "hr")
            region = (10, 12, 16, 17, 18)[int(rand() * 5)]
        else:
            roll = rand()
            community = "bs" if roll < 0.62 else "hr" if roll < 0.8 else "sr"
            region = 17 if rand() < 0.8 else 10 + int(rand() * 10)
        cyr = script == 1
        age = min(17, int(rand() * 14.5 + rand() * 4))
        birth = (registered - int((age + rand()) * _YEAR)) // _DAY
        sex = "F" if rand() < 0.5 else "M"
        roma = rand() < 0.04  # many Roma children have no documents
        newborn = registered // _DAY - birth < 60
        streets = texts["streets"]
        address = f"{streets[int(rand() * len(streets))][cyr]} {1 + int(rand() * 120)}"
        created = moment(registered)
        school = grade = ""
        if 6 <= age <= 14:
            school = texts["schools"][int(rand() * len(texts["schools"]))][cyr]
            grade = texts["grade"][max(1, min(9, age - 5))][cyr]
        elif age >= 15:
            school = texts["high_schools"][int(rand() * len(texts["high_schools"]))][cyr]
            grade = texts["grade"][age - 14][cyr]
        elif age >= 3 and rand() < 0.5:
            school = texts["kindergartens"][int(rand() * len(texts["kindergartens"]))][cyr]
        disability = texts["disabilities"][int(rand() * 8)][cyr] if rand() < 0.06 else ""
        child_id, family = self._person(
            community, sex, script, None, birth, region=region, with_jmbg=not (roma or newborn or rand() < 0.06),
            address=address, created=created, school=school, grade=grade, disability=disability,
            approximate=roma and rand() < 0.5,
        )

        # what was reported, by whom, and who works on it
        forms = [self.choose_form()]
        for _ in range(int(rand() * rand() * 3)):
            form = self.choose_form()
            if form not in forms:
                forms.append(form)
        source = self.choose_source()
        candidates = self.by_sector.get(_SOURCE_SECTOR.get(source, ""), [])
        reporter_institution = candidates[int(rand() * len(candidates))] if candidates else None
        anonymous = source == "citizen" and rand() < 0.4
        lead = self.context.workers[int(rand() * len(self.context.workers))]
        supervisor = self.context.supervisors[int(rand() * len(self.context.supervisors))]

        # the number: the local year of registration and the next sequence of that year
        year = int(clock.date((registered + 2 * _HOUR) // _DAY)[:4])
        sequence = self.sequences.get(year, 0) + 1
        self.sequences[year] = sequence
        case_id = self.ids["case_file"]
        self.ids["case_file"] = case_id + 1
        reason = None
        if closed is not None:
            reason = self.choose_early() if early else self.choose_closure()
            if not early and closed // _DAY - birth > 18 * 365.25 and "came_of_age" in self.closure_codes:
                reason = "came_of_age"
        summary = texts["summaries"].get(forms[0])
        self.rows["case_file"].append((
            case_id, format_case_number(self.context.number_format, self.context.prefix, year, sequence), year,
            sequence, child_id, status, urgency, risk, rand() < (0.25 if "sexual" in forms else 0.02), source,
            anonymous, "" if anonymous or reporter_institution else self._any_name(script),
            "" if anonymous else self._phone(), texts["relations"][source][cyr] if source in texts["relations"] else "",
            reporter_institution, summary[cyr] if summary else "", lead, supervisor, self.context.template_id,
            texts["assessment"][cyr] if assessed else "", texts["plan"][cyr] if submitted else "",
            moment(submitted) if submitted else None, supervisor if approved else None, moment(received), created,
            moment(first_contact) if first_contact else None, moment(assessed) if assessed else None,
            moment(approved) if approved else None, moment(closed) if closed else None, reason,
            texts["closure"][reason][cyr] if reason in texts["closure"] else "", supervisor if closed else None, lead,
            moment(closed or approved or submitted or assessed or first_contact or registered),
        ))
        for form in forms:
            self.rows["case_violence_form"].append((case_id, form))

        giver = self._household(case_id, community, script, family, birth, region, address, created, forms)
        self._checklist(case_id, urgency, risk, source, forms, lead, cyr, received, registered, first_contact,
                        assessed, approved, closed, early, stall)
        self._referrals(case_id, urgency, script, lead, reporter_institution, received, registered, closed, giver)

    def _household(self, case_id: int, community: str, script: int, family: Name, child_birth: int, region: int,
                   address: str, created: str, forms: list[str]) -> int | None:
        """One to three members: parents, step-parents, grandparents, siblings; some alleged perpetrators.

        Returns the legal representative who can consent to sharing (None if there is none).
        """
        giver = None
        rand = self.rng.random
        wanted = 1 + (rand() < 0.65) + (rand() < 0.3)
        roles: list[str] = []
        for _ in range(wanted * 2):
            role = self.choose_role()
            if role not in roles:
                roles.append(role)
                if len(roles) == wanted:
                    break
        family_violence = any(form in _FAMILY_VIOLENCE for form in forms)
        rows = self.rows["household_member"]
        streets = self.texts["streets"]
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
                address=address if lives else f"{streets[int(rand() * len(streets))][script == 1]} "
                                              f"{1 + int(rand() * 120)}",
                created=created, phone="" if role == "sibling" else self._phone(),
            )
            perpetrator = family_violence and rand() < _PERPETRATOR_ODDS.get(role, 0.0)
            representative = role in ("mother", "father", "guardian", "foster_parent") and not perpetrator
            rows.append((self.ids["household_member"], case_id, person_id, role, perpetrator,
                         lives and not (perpetrator and rand() < 0.3), representative))
            self.ids["household_member"] += 1
            if representative and giver is None:
                giver = person_id
        return giver

    def _checklist(self, case_id: int, urgency: str, risk: str, source: str, forms: list[str], lead: int,
                   cyr: bool, received: int, registered: int, first_contact: int | None, assessed: int | None,
                   approved: int | None, closed: int | None, early: bool, stall: int) -> None:
        """One item per template step: done, not applicable or open, as far as the case has come."""
        rand = self.rng.random
        moment, anchor = self.clock.moment, self.anchor
        na_text = self.texts["not_applicable"]
        rows = self.rows["checklist_item"]
        closed_early = early and closed is not None
        done_by_code: dict[str, int | None] = {}
        item_id = self.ids["checklist_item"]
        for plan in self.context.steps:
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
                    done = received + int((1 + rand() * 20) * _HOUR) if first_contact else None
                else:
                    na = na_text["police_response"][cyr]
            elif code == "medical_examination":
                if ("physical" in forms or "sexual" in forms) and rand() < 0.7:
                    done = received + int((2 + rand() * 28) * _HOUR) if first_contact else None
                else:
                    na = na_text["medical_examination"][cyr]
            elif code == "risk_assessment":
                done = first_contact
            elif code == "emergency_protection":
                if risk == "high" and urgency != "regular" and rand() < 0.6:
                    done = received + int((4 + rand() * 66) * _HOUR) if first_contact else None
                else:
                    na = na_text["emergency_protection"][cyr]
            elif code == "case_conference":
                if closed_early:
                    na = na_text["closed_early"][cyr]
                elif assessed and first_contact:
                    done = first_contact + int((assessed - first_contact) * (0.3 + rand() * 0.6))
                elif first_contact and stall > 1 and rand() < 0.4:
                    done = first_contact + int((1 + rand() * 5) * _DAY)
            elif code in ("protection_plan", "plan_implementation"):
                if closed_early:
                    na = na_text["closed_early"][cyr]
                else:
                    done = approved if code == "protection_plan" else closed if approved else None
            elif code == "review":
                if closed_early:
                    na = na_text["closed_early"][cyr]
                elif due is not None and closed is not None:
                    if closed > due:
                        done = min(closed, due + int((rand() * 20 - 5) * _DAY))
                    else:
                        na = na_text["review"][cyr]
                elif due is not None and stall > 3 and due + 20 * _DAY < anchor and rand() < 0.85:
                    done = due + int((rand() * 20 - 5) * _DAY)
            elif code == "closure":
                done = closed
            elif closed is not None:  # a step this demo does not know: settled on a closed case, else open
                if plan.mandatory or rand() < 0.5:
                    done = min(closed, due or start or closed)
                else:
                    na = na_text["other"][cyr]
            if done is not None and done > anchor:
                done = None
            if na:
                rows.append((item_id, case_id, plan.step_id, moment(due) if due else None,
                             moment(min(anchor, (first_contact or registered) + _HOUR)), lead, True, na))
            elif done is not None:
                rows.append((item_id, case_id, plan.step_id, moment(due) if due else None, moment(done), lead,
                             False, ""))
            else:
                rows.append((item_id, case_id, plan.step_id, moment(due) if due else None, None, None, False, ""))
            done_by_code[code] = done
            item_id += 1
        self.ids["checklist_item"] = item_id

    def _referrals(self, case_id: int, urgency: str, script: int, lead: int, reporter_institution: int | None,
                   received: int, registered: int, closed: int | None, giver: int | None) -> None:
        """0-4 referrals: the reporting institution's letter in, the centre's letters out, some unanswered.

        Letters to police, prosecutor, court and ombudsman go out under a legal duty (the reason is recorded);
        to schools, health and NGOs only once the legal representative has consented, as the referral service
        demands.
        """
        rand = self.rng.random
        moment, date, anchor, texts = self.clock.moment, self.clock.date, self.anchor, self.texts
        cyr = script == 1
        reasons = texts["reasons"]
        rows = self.rows["referral"]
        roll = rand()
        count = 0 if roll < 0.15 else 1 if roll < 0.45 else 2 if roll < 0.75 else 3 if roll < 0.9 else 4
        end = min(closed or anchor, registered + 120 * _DAY, anchor)
        hours = DEFAULT_RESPONSE_HOURS[urgency]
        consent_at = max(registered, min(registered + int((1 + rand() * 20) * _HOUR), end - 600))
        consented: list[str] = []
        for number in range(count):
            referral_id = self.ids["referral"]
            self.ids["referral"] = referral_id + 1
            if number == 0 and reporter_institution is not None and rand() < 0.8:
                sector = self.sector_of[reporter_institution]
                reason, _ = reasons.get(sector, reasons["police"])
                number_text = _INCOMING_NUMBER.get(sector, "{n}/{yy}").format(
                    n=1 + int(rand() * 4000), yy=date(received // _DAY)[2:4])
                channel = ("letter", "email", "phone", "electronic_system")[int(rand() * 4)]
                rows.append((referral_id, case_id, "incoming", reporter_institution, channel, moment(received),
                             number_text, reason[cyr], "", urgency, self._any_name(script) if rand() < 0.5 else "",
                             None, None, "", "sent", "", lead, moment(received), moment(received)))
                continue
            if self.choose_out_sector is None:
                institution = self.context.institutions[int(rand() * len(self.context.institutions))][0]
            else:
                options = self.by_sector[self.choose_out_sector()]
                institution = options[int(rand() * len(options))]
            sector = self.sector_of[institution]
            reason, action = reasons.get(sector, reasons["police"])
            sent = registered + int(rand() * max(end - registered, _HOUR))
            override = ""
            if sector in texts["legal_duty"]:
                override = texts["legal_duty"][sector][cyr]
            elif giver is None:
                override = texts["no_consent"][cyr]
            else:
                sent = max(sent, consent_at + 600)
                if sector not in consented:
                    consented.append(sector)
            if closed is None and rand() < 0.03:
                rows.append((referral_id, case_id, "outgoing", institution, "letter", None, "", reason[cyr],
                             action[cyr], urgency, "", None, None, "", "draft", override, lead, moment(registered),
                             moment(registered)))
                continue
            answered = sent + int(hours * _HOUR * (0.1 + rand() * 1.5))
            status = "answered" if rand() < 0.75 and answered <= anchor else "sent"
            if status == "sent" and rand() < 0.02:
                status = "cancelled"
            channel = "letter" if rand() < 0.6 else ("email", "phone", "electronic_system", "fax")[int(rand() * 4)]
            is_answered = status == "answered"
            rows.append((
                referral_id, case_id, "outgoing", institution, channel, moment(sent),
                f"02-35-{1 + int(rand() * 9999)}/{date(sent // _DAY)[2:4]}", reason[cyr], action[cyr], urgency, "",
                moment(sent + hours * _HOUR), moment(answered) if is_answered else None,
                texts["response"][cyr] if is_answered else "", status, override, lead, moment(sent),
                moment(answered if is_answered else sent),
            ))
        if consented:
            consent_id = self.ids["consent"]
            self.ids["consent"] = consent_id + 1
            key = tuple(consented)
            sectors = self._sector_lists.get(key)
            if sectors is None:
                sectors = self._sector_lists[key] = json.dumps(sorted(consented))
            self.rows["consent"].append((consent_id, case_id, giver, sectors, texts["consent_purpose"][cyr],
                                         moment(consent_at), lead))


# ---- producing batches, here or in a helper process --------------------------------------------------------------
def _produce(context: _Context, sizes: list[int], pipe: Any) -> None:
    """Helper-process entry: generate every batch and send it marshalled (three times faster than pickle here)."""
    generator = _Generator(context)
    for count in sizes:
        pipe.send_bytes(marshal.dumps((generator.batch(count), generator.sequences)))
    pipe.close()


def _batches(
    context: _Context, sizes: list[int], parallel: bool
) -> Generator[tuple[Rows, dict[int, int]], None, None]:
    """Batches with the case-number counters after each; generated by a second process while this one writes."""
    if not parallel:
        generator = _Generator(context)
        for count in sizes:
            yield generator.batch(count), dict(generator.sequences)
        return
    spawn = multiprocessing.get_context("spawn")  # fork would copy open connections and threads
    receiver, sender = spawn.Pipe(duplex=False)
    process = spawn.Process(target=_produce, args=(context, sizes, sender), name="registry-demo-data", daemon=True)
    process.start()
    sender.close()
    finished = False
    try:
        for _ in sizes:
            try:
                payload = receiver.recv_bytes()
            except EOFError:
                raise RuntimeError(f"the demo data process stopped (exit code {process.exitcode})") from None
            yield marshal.loads(payload)
        finished = True
    finally:
        if not finished:  # the writer failed or was interrupted: stop generating for it
            process.terminate()
        process.join(timeout=30)
        if process.is_alive():
            process.kill()
            process.join()
        receiver.close()


# ---- writing -----------------------------------------------------------------------------------------------------
def _sql_constant(value: Any) -> Any:
    if value is None:
        return null()
    if isinstance(value, bool | int):
        return literal_column(str(int(value)))
    if value == "":
        return literal_column("''")
    raise ValueError(f"no literal for demo constant {value!r}")


class _Writer:
    """Inserts for one connection: the Core insert compiled once and run by the driver's executemany on SQLite;
    typed Core inserts of dicts elsewhere (PostgreSQL is not the demo's speed target)."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.sqlite = connection.dialect.name == "sqlite"
        self.statements: dict[str, str] = {}
        self.converters: dict[str, list[tuple[int, Callable[[str], Any]]]] = {}
        for spec in _TABLES:
            table: Table = spec.model.__table__
            if self.sqlite:
                statement = insert(table).values({k: _sql_constant(v) for k, v in spec.constants.items()})
                compiled = statement.compile(dialect=connection.dialect, column_keys=list(spec.columns))
                if tuple(compiled.positiontup or ()) != spec.columns:
                    raise RuntimeError(f"the demo's columns of {table.name} no longer match the model")
                self.statements[spec.name] = str(compiled)
            else:
                self.converters[spec.name] = [
                    (i, _parse_moment if isinstance(column_type, UtcDateTime)
                     else dt.date.fromisoformat if isinstance(column_type, Date) else json.loads)
                    for i, name in enumerate(spec.columns)
                    if isinstance(column_type := table.c[name].type, UtcDateTime | Date | JSON)
                ]

    def write(self, rows: Rows) -> None:
        for spec in _TABLES:
            batch = rows[spec.name]
            if not batch:
                continue
            if self.sqlite:
                self.connection.exec_driver_sql(self.statements[spec.name], batch)
                continue
            converters = self.converters[spec.name]
            dicts = []
            for row in batch:
                values = list(row)
                for i, convert in converters:
                    if values[i] is not None:
                        values[i] = convert(values[i])
                dicts.append({**spec.constants, **dict(zip(spec.columns, values, strict=True))})
            self.connection.execute(insert(spec.model), dicts)


def _parse_moment(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value).replace(tzinfo=dt.UTC)


def _save_sequences(connection: Connection, prefix: str, sequences: dict[int, int]) -> None:
    """Advance the case-number counters with the batch, so a real registration never reuses a demo number."""
    counter = CaseNumberSequence
    existing = set(connection.scalars(select(counter.year).where(counter.prefix == prefix)))
    for year, last in sequences.items():
        if year in existing:
            connection.execute(update(counter).where(counter.prefix == prefix, counter.year == year,
                                                     counter.last_value < last).values(last_value=last))
        else:
            connection.execute(insert(counter).values(prefix=prefix, year=year, last_value=last))


def _advance_postgres_sequences(connection: Connection) -> None:
    """Ids were given explicitly; move each id sequence past them so the next ordinary insert does not collide."""
    for spec in _TABLES:
        if spec.name in _ID_TABLES:
            last = connection.scalar(select(func.max(spec.model.__table__.c.id)))
            if last:
                connection.execute(select(func.setval(func.pg_get_serial_sequence(spec.name, "id"), last)))


def _ensure_staff(session: Session) -> None:
    """The demo team, if missing; one argon2 hash shared by all (hashing fourteen times would take seconds)."""
    existing = set(session.scalars(select(User.username)))
    missing = [entry for entry in _STAFF if entry[0] not in existing]
    if not missing:
        return
    password_hash = hash_password(DEMO_PASSWORD)
    for username, full_name, role, title in missing:
        session.add(User(username=username, full_name=full_name, role=role, title=title, active=True,
                         password_hash=password_hash, must_change_password=False))
    session.flush()


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

    The session is committed first (pending work in it would hold SQLite's write lock); the rows go in over a
    connection of their own, so SQLite's bulk-load settings stay on that connection and are restored after.
    From ``PARALLEL_MIN_CASES`` cases on, a helper process generates while this one writes: call it from code
    under ``if __name__ == "__main__":``.  ``now`` is where the demo timeline ends (default: the start of today,
    UTC, so that a seed gives the same data all day).
    """
    started = time.perf_counter()
    if only_if_empty and session.scalar(select(Case.id).limit(1)) is not None:
        return DemoReport(0, time.perf_counter() - started)
    anchor = now or dt.datetime.now(dt.UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    _ensure_staff(session)
    context = _read_context(session, seed=seed, total=cases, anchor=anchor)
    session.commit()
    sizes = [min(BATCH_CASES, cases - start) for start in range(0, cases, BATCH_CASES)]
    parallel = cases >= PARALLEL_MIN_CASES and (os.cpu_count() or 1) > 1

    with session.get_bind().engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        saved: list[tuple[str, Any]] = []
        if sqlite:
            cache_kib = min(_CACHE_KIB_MAX, max(_CACHE_KIB_MIN, cases * _CACHE_KIB_PER_CASE))
            for pragma, value in (("synchronous", 0), ("cache_size", -cache_kib), ("wal_autocheckpoint", 0)):
                saved.append((pragma, connection.exec_driver_sql(f"PRAGMA {pragma}").scalar()))
                connection.exec_driver_sql(f"PRAGMA {pragma} = {int(value)}")
            connection.commit()
        try:
            writer = _Writer(connection)
            written = 0
            with closing(_batches(context, sizes, parallel)) as batches:
                for number, (rows, sequences) in enumerate(batches, start=1):
                    writer.write(rows)
                    _save_sequences(connection, context.prefix, sequences)
                    connection.commit()
                    if sqlite and number % CHECKPOINT_EVERY == 0:
                        connection.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
                    written += len(rows["case_file"])
                    if progress is not None:
                        progress(written)
            if not sqlite:
                _advance_postgres_sequences(connection)
                connection.commit()
        finally:
            connection.rollback()
            if sqlite:
                for pragma, value in saved:
                    connection.exec_driver_sql(f"PRAGMA {pragma} = {int(value)}")
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
                connection.commit()

    audit.record(session, "demo.seed", user_id=None, details={"cases": cases})
    session.commit()
    return DemoReport(cases, time.perf_counter() - started)
