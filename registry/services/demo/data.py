"""The demo's raw material: the staff, names, places, texts and the weights of every choice (Latin spelling;
Cyrillic and diacritic-less spellings are derived)."""

from __future__ import annotations

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
_ASCII = str.maketrans(
    {"č": "c", "ć": "c", "š": "s", "ž": "z", "đ": "dj", "Č": "C", "Ć": "C", "Š": "S", "Ž": "Z", "Đ": "Dj"}
)

_STREETS = (
    "Bulevar Meše Selimovića",
    "Džemala Bijedića",
    "Olimpijska",
    "Avdage Šahinagića",
    "Safeta Zajke",
    "Bosanska",
    "Dobrinjska",
    "Mustafe Kamerića",
    "Ante Babića",
    "Ibrahima Ljubovića",
    "Bulevar branilaca Dobrinje",
    "Rajlovačka cesta",
    "Briješće brdo",
    "Halilovići",
    "Prvomajska",
    "Adema Buće",
    "Aleja Bosne Srebrene",
    "Bačići",
    "Reisa Džemaludina Čauševića",
    "Ahmeta Hromadžića",
    "Hasana Brkića",
    "Kasima Efendije Dobrače",
    "Porodice Ribar",
    "Fadila Jahića Španca",
    "Antuna Hangija",
    "Mustafe Busuladžića",
    "Nikole Šopa",
    "Sokolovića kolonija",
    "Nedžarići",
    "Trg međunarodnog prijateljstva",
    "Švrakino selo",
    "Buća potok",
    "Alipašino polje",
    "Otes",
    "Stupska",
    "Lukavička cesta",
    "Ragusa",
    "Čengić Vila",
    "Džamijska",
    "Ćemaluša",
)
_SCHOOLS = (
    'JU OŠ "Osman Nakaš"',
    'JU OŠ "Malta"',
    'JU OŠ "Aleksa Šantić"',
    'JU OŠ "Hamdija Kreševljaković"',
    'JU OŠ "Mehmedalija Mak Dizdar"',
    'JU OŠ "Švrakino selo"',
    'JU OŠ "Prof. Safvet-beg Bašagić"',
    'JU OŠ "Hasan Kikić"',
    'JU OŠ "Dobrinja"',
    'JU OŠ "Vladislav Skarić"',
    'JU OŠ "Grbavica II"',
    'JU OŠ "Kovačići"',
    'JU OŠ "Alija Nametak"',
    'JU OŠ "Džemaludin Čaušević"',
)
_HIGH_SCHOOLS = (
    "JU Prva gimnazija",
    "JU Druga gimnazija",
    "JU Srednja medicinska škola",
    "JU Srednja mašinska tehnička škola",
    "JU Srednja ekonomska škola",
    "JU Srednja zubotehnička škola",
    "JU Srednja škola za saobraćaj i komunikacije",
    "JU Srednja građevinsko-geodetska škola",
    "JU Srednja ugostiteljsko-turistička škola",
)
_KINDERGARTENS = (
    'JU "Djeca Sarajeva" – vrtić "Pčelica"',
    'JU "Djeca Sarajeva" – vrtić "Dječja radost"',
    'JU "Djeca Sarajeva" – vrtić "Kolibri"',
    'JU "Djeca Sarajeva" – vrtić "Lastavica"',
)
_DISABILITIES = (
    "poremećaj iz spektra autizma",
    "cerebralna paraliza",
    "oštećenje sluha",
    "oštećenje vida",
    "intelektualne teškoće",
    "Daunov sindrom",
    "poremećaj pažnje i hiperaktivnosti",
    "teškoće u govoru",
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
_ASSESSMENT = (
    "Obavljena kućna posjeta i razgovori s djetetom i roditeljima. Procijenjen rizik; porodica "
    "djelimično sarađuje, potrebna podrška i praćenje."
)
_PLAN = (
    "Savjetodavni rad s roditeljima jednom sedmično, uključivanje djeteta u dnevni centar, saradnja sa "
    "školom i domom zdravlja, kontrolna kućna posjeta mjesečno."
)
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
_LEGAL_DUTY = {
    "police": "Zakonska obaveza obavještavanja o nasilju nad djetetom.",
    "judiciary": "Zakonska obaveza obavještavanja o nasilju nad djetetom.",
    "ombudsman": "Odgovor na zahtjev ombudsmena po zakonu.",
}
_NO_CONSENT = "Hitno postupanje u najboljem interesu djeteta; zakonski zastupnik nije dostupan."
_RELATIONS = {
    "family": "član porodice",
    "citizen": "komšija",
    "child": "dijete samo",
    "school": "pedagog škole",
    "health": "ljekar",
    "police": "policijski službenik",
    "prosecutor": "tužilac",
    "court": "sudija",
    "ngo": "savjetnica",
    "ombudsman": "stručni saradnik",
    "other_centre": "socijalni radnik",
}
_SOURCE_SECTOR = {
    "school": "education",
    "health": "health",
    "police": "police",
    "prosecutor": "judiciary",
    "court": "judiciary",
    "ngo": "ngo",
    "ombudsman": "ombudsman",
    "other_centre": "social_welfare",
}
_INCOMING_NUMBER = {
    "police": "09-02/3-04-1-{n}/{yy}",
    "health": "{n}/{yy}",
    "education": "01-{n}/{yy}",
    "judiciary": "T09 0 KTM {n} {yy}",
    "ngo": "SK-{n}/{yy}",
    "ombudsman": "Ž-SA-05-{n}/{yy}",
    "social_welfare": "03-35-{n}/{yy}",
    "other": "{n}/{yy}",
}
_WEIGHTS: dict[str, dict[str, float]] = {
    # measures, services and placements begun once a plan is approved (a few come from the court)
    "measure": {
        "counselling": 30,
        "parental_care_supervision": 14,
        "home_help": 8,
        "day_care": 8,
        "cash_assistance": 10,
        "foster_care": 7,
        "institutional_placement": 4,
        "safe_house": 4,
        "guardianship": 3,
        "restraining_order": 5,
        "abuser_removal": 3,
        "parental_rights_removal": 2,
        "adoption": 0.5,
    },
    "violence_form": {
        "neglect": 25,
        "physical": 20,
        "psychological": 20,
        "domestic_exposure": 15,
        "peer": 8,
        "sexual": 4,
        "digital": 4,
        "economic": 2,
        "exploitation": 3,
        "self_harm": 2,
    },
    "referral_source": {
        "school": 22,
        "police": 20,
        "health": 10,
        "family": 12,
        "citizen": 10,
        "child": 3,
        "prosecutor": 4,
        "court": 4,
        "ngo": 5,
        "ombudsman": 1,
        "other_centre": 5,
        "other": 4,
    },
    "early_closure": {"no_grounds": 55, "family_refused": 20, "transferred": 15, "referred_elsewhere": 10},
    "closure": {"goals_met": 75, "transferred": 8, "referred_elsewhere": 8, "family_refused": 8, "death": 0.3},
    "household_role": {
        "mother": 40,
        "father": 25,
        "step_parent": 6,
        "grandparent": 8,
        "sibling": 10,
        "guardian": 2,
        "foster_parent": 2,
        "other_relative": 4,
        "other_household_member": 3,
    },
    "outgoing_sector": {"police": 25, "health": 20, "education": 25, "judiciary": 20, "ngo": 7, "ombudsman": 3},
}
_PERPETRATOR_ODDS = {
    "father": 0.45,
    "step_parent": 0.5,
    "mother": 0.12,
    "other_relative": 0.2,
    "other_household_member": 0.25,
    "grandparent": 0.05,
    "sibling": 0.05,
}
_FAMILY_VIOLENCE = frozenset(
    {"physical", "psychological", "sexual", "domestic_exposure", "economic", "neglect", "exploitation"}
)
