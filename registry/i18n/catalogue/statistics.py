"""Words of the statistical report: table titles, the report's own codes, notes, the disclosure rule, messages.

Lookup values (sex, forms of violence, sectors, ...) come from the lookup table, not from here.
"""


def _m(bs: str, hr: str, sr: str, en: str) -> dict[str, str]:
    return {"bs": bs, "hr": hr, "sr": sr, "en": en}


def _same(text: str, en: str) -> dict[str, str]:
    return _m(text, text, text, en)


MESSAGES: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------------------------------ the report
    "stats.report_title": _m(
        "Statistički izvještaj o zaštiti djece",
        "Statističko izvješće o zaštiti djece",
        "Statistički izvještaj o zaštiti djece",
        "Child protection statistical report",
    ),
    "stats.period": _m(
        "Period: {first} – {last}",
        "Razdoblje: {first} – {last}",
        "Period: {first} – {last}",
        "Period: {first} – {last}",
    ),
    "stats.scope_own": _m(
        "Samo predmeti u kojima radite",
        "Samo predmeti na kojima radite",
        "Samo predmeti u kojima radite",
        "Only the cases you work on",
    ),
    "stats.anonymous_notice": _m(
        "Anonimizirani zbirni podaci: bez imena, JMBG-a, adresa, datuma rođenja, brojeva predmeta i podataka po "
        "radniku.",
        "Anonimizirani zbirni podaci: bez imena, JMBG-a, adresa, datuma rođenja, brojeva predmeta i podataka po "
        "djelatniku.",
        "Anonimizovani zbirni podaci: bez imena, JMBG-a, adresa, datuma rođenja, brojeva predmeta i podataka po "
        "radniku.",
        "Anonymised aggregate figures: no names, JMBGs, addresses, birth dates, case numbers or per-worker figures.",
    ),
    "stats.rule": _m(
        "Zaštita malih brojeva: svaki broj od 1 do {below} je skriven (prikazan kao „{mark}”), a skriveni su i "
        "drugi brojevi, tako da se nijedan skriveni broj ne može izračunati iz zbirova redova i kolona: za "
        "svaki mali broj zbirovi dopuštaju i 0 i najmanje {threshold}.",
        "Zaštita malih brojeva: svaki broj od 1 do {below} je skriven (prikazan kao „{mark}”), a skriveni su i "
        "drugi brojevi, tako da se nijedan skriveni broj ne može izračunati iz zbrojeva redaka i stupaca: za "
        "svaki mali broj zbrojevi dopuštaju i 0 i najmanje {threshold}.",
        "Zaštita malih brojeva: svaki broj od 1 do {below} je skriven (prikazan kao „{mark}”), a skriveni su i "
        "drugi brojevi, tako da se nijedan skriveni broj ne može izračunati iz zbirova redova i kolona: za "
        "svaki mali broj zbirovi dopuštaju i 0 i najmanje {threshold}.",
        'Small counts are protected: every count from 1 to {below} is hidden (shown as "{mark}"), and further '
        "counts are hidden so that no hidden count can be worked out from the row and column totals: for every "
        "small count the totals allow both 0 and at least {threshold}.",
    ),
    "stats.total": _m("Ukupno", "Ukupno", "Ukupno", "Total"),
    "stats.median": _m("Medijan (dana)", "Medijan (dana)", "Medijana (dana)", "Median (days)"),
    "stats.p90": _m("90. percentil (dana)", "90. percentil (dana)", "90. percentil (dana)", "90th percentile (days)"),
    "stats.count": _m("Broj", "Broj", "Broj", "Count"),
    "stats.row": _m("Red", "Redak", "Red", "Row"),
    "stats.no_data": _m(
        "Nema podataka za ovaj period.",
        "Nema podataka za ovo razdoblje.",
        "Nema podataka za ovaj period.",
        "No data for this period.",
    ),
    # ------------------------------------------------------------------------------------------ tables
    "stats.table.new_cases_by_sex_age": _m(
        "Novi predmeti po spolu i dobi",
        "Novi predmeti po spolu i dobi",
        "Novi predmeti po polu i uzrastu",
        "New cases by sex and age",
    ),
    "stats.table.new_cases_by_violence_sex_age": _m(
        "Novi predmeti po obliku nasilja, spolu i dobi",
        "Novi predmeti po obliku nasilja, spolu i dobi",
        "Novi predmeti po obliku nasilja, polu i uzrastu",
        "New cases by form of violence, sex and age",
    ),
    "stats.table.new_cases_by_source": _m(
        "Novi predmeti po izvoru prijave",
        "Novi predmeti po izvoru prijave",
        "Novi predmeti po izvoru prijave",
        "New cases by referral source",
    ),
    "stats.table.new_cases_by_urgency_risk": _m(
        "Novi predmeti po hitnosti i nivou rizika",
        "Novi predmeti po hitnosti i razini rizika",
        "Novi predmeti po hitnosti i nivou rizika",
        "New cases by urgency and risk",
    ),
    "stats.table.new_cases_by_disability": _m(
        "Novi predmeti: djeca s invaliditetom",
        "Novi predmeti: djeca s invaliditetom",
        "Novi predmeti: djeca sa invaliditetom",
        "New cases: children with a disability",
    ),
    "stats.table.new_cases_by_earlier_case": _m(
        "Novi predmeti: djeca s ranijim predmetom",
        "Novi predmeti: djeca s ranijim predmetom",
        "Novi predmeti: djeca sa ranijim predmetom",
        "New cases: children with an earlier case",
    ),
    "stats.table.caseload": _m(
        "Otvoreni i zatvoreni predmeti",
        "Otvoreni i zatvoreni predmeti",
        "Otvoreni i zatvoreni predmeti",
        "Cases open and closed",
    ),
    "stats.table.closed_by_reason": _m(
        "Zatvoreni predmeti po razlogu",
        "Zatvoreni predmeti po razlogu",
        "Zatvoreni predmeti po razlogu",
        "Cases closed by reason",
    ),
    "stats.table.measures_begun": _m(
        "Započete mjere i smještaji",
        "Započete mjere i smještaji",
        "Započete mjere i smeštaji",
        "Measures and placements begun",
    ),
    "stats.table.first_contact_by_urgency": _m(
        "Prvi kontakt u roku hitnosti",
        "Prvi kontakt u roku hitnosti",
        "Prvi kontakt u roku hitnosti",
        "First contact within the urgency band",
    ),
    "stats.table.stage_durations": _m(
        "Trajanje faza postupka", "Trajanje faza postupka", "Trajanje faza postupka", "Time taken by each stage"
    ),
    "stats.table.compliance_referrals": _m(
        "Odgovori na uputnice po sektoru",
        "Odgovori na uputnice po sektoru",
        "Odgovori na uputnice po sektoru",
        "Responses to referrals by sector",
    ),
    "stats.table.compliance_steps": _m(
        "Koraci protokola po sektoru",
        "Koraci protokola po sektoru",
        "Koraci protokola po sektoru",
        "Protocol steps by sector",
    ),
    "stats.table.incoming_referrals": _m(
        "Primljene uputnice: odgovor centra",
        "Primljene uputnice: odgovor centra",
        "Primljene uputnice: odgovor centra",
        "Referrals received: the centre's response",
    ),
    "stats.table.monthly_trend": _m(
        "Novi i zatvoreni predmeti po mjesecima",
        "Novi i zatvoreni predmeti po mjesecima",
        "Novi i zatvoreni predmeti po mjesecima",
        "New and closed cases by month",
    ),
    # ------------------------------------------------------------------------------------------ notes
    "stats.note.each_form": _m(
        "Predmet se broji jednom pod svakim svojim oblikom nasilja; zbir je broj navoda, ne broj predmeta.",
        "Predmet se broji jednom pod svakim svojim oblikom nasilja; zbroj je broj navoda, ne broj predmeta.",
        "Predmet se broji jednom pod svakim svojim oblikom nasilja; zbir je broj navoda, ne broj predmeta.",
        "A case counts once under each of its forms of violence; the total counts mentions, not cases.",
    ),
    "stats.note.measures": _m(
        "Broje se mjere, ne djeca.",
        "Broje se mjere, ne djeca.",
        "Broje se mere, ne deca.",
        "Measures are counted, not children.",
    ),
    "stats.note.first_contact": _m(
        "Rok od prijema prijave: hitno 24 sata, urgentno 3 dana, redovno 7 dana.",
        "Rok od primitka prijave: hitno 24 sata, žurno 3 dana, redovno 7 dana.",
        "Rok od prijema prijave: hitno 24 časa, urgentno 3 dana, redovno 7 dana.",
        "Counted from the report: immediate 24 hours, urgent 3 days, regular 7 days.",
    ),
    "stats.note.stages": _m(
        "Svaka faza mjeri se na predmetima koji su je završili u periodu.",
        "Svaka faza mjeri se na predmetima koji su je završili u razdoblju.",
        "Svaka faza meri se na predmetima koji su je završili u periodu.",
        "Each stage is measured over the cases that finished it in the period.",
    ),
    "stats.note.referrals": _m(
        "Uputnice centra čiji je rok za odgovor u periodu; dani: od slanja do odgovora.",
        "Uputnice centra čiji je rok za odgovor u razdoblju; dani: od slanja do odgovora.",
        "Uputnice centra čiji je rok za odgovor u periodu; dani: od slanja do odgovora.",
        "The centre's referrals whose response was due in the period; days: from sending to the answer.",
    ),
    "stats.note.steps": _m(
        "Koraci s rokom u periodu, pod svakim vodećim sektorom koraka (zbir može biti veći od broja koraka).",
        "Koraci s rokom u razdoblju, pod svakim vodećim sektorom koraka (zbroj može biti veći od broja koraka).",
        "Koraci sa rokom u periodu, pod svakim vodećim sektorom koraka (zbir može biti veći od broja koraka).",
        "Steps due in the period, under each of the step's lead sectors (the total may exceed the steps).",
    ),
    "stats.note.incoming": _m(
        "Uputnice primljene u periodu, po sektoru pošiljaoca; odgovor centra je prvi kontakt u roku hitnosti.",
        "Uputnice primljene u razdoblju, po sektoru pošiljatelja; odgovor centra je prvi kontakt u roku hitnosti.",
        "Uputnice primljene u periodu, po sektoru pošiljaoca; odgovor centra je prvi kontakt u roku hitnosti.",
        "Referrals received in the period by the sender's sector; the centre's response is the first contact "
        "within the urgency band.",
    ),
    # ------------------------------------------------------------------------------------------ the report's codes
    "stats.code.unknown": _m("nepoznato", "nepoznato", "nepoznato", "unknown"),
    "stats.code.cases": _m("Predmeti", "Predmeti", "Predmeti", "Cases"),
    "stats.code.measures": _m("Mjere", "Mjere", "Mere", "Measures"),
    "stats.code.with_disability": _m("s invaliditetom", "s invaliditetom", "sa invaliditetom", "with a disability"),
    "stats.code.without_disability": _m(
        "bez invaliditeta", "bez invaliditeta", "bez invaliditeta", "without a disability"
    ),
    "stats.code.earlier_case": _m(
        "s ranijim predmetom", "s ranijim predmetom", "sa ranijim predmetom", "with an earlier case"
    ),
    "stats.code.first_case": _m("prvi predmet", "prvi predmet", "prvi predmet", "first case"),
    "stats.code.open_at_start": _m(
        "otvoreni na početku", "otvoreni na početku", "otvoreni na početku", "open at the start"
    ),
    "stats.code.new": _m("novi", "novi", "novi", "new"),
    "stats.code.closed": _m("zatvoreni", "zatvoreni", "zatvoreni", "closed"),
    "stats.code.open_at_end": _m("otvoreni na kraju", "otvoreni na kraju", "otvoreni na kraju", "open at the end"),
    "stats.code.within_band": _m("u roku", "u roku", "u roku", "within the band"),
    "stats.code.beyond_band": _m("nakon roka", "nakon roka", "nakon roka", "after the band"),
    "stats.code.no_contact_overdue": _m(
        "bez kontakta, rok istekao", "bez kontakta, rok istekao", "bez kontakta, rok istekao", "no contact, overdue"
    ),
    "stats.code.no_contact_not_due": _m(
        "bez kontakta, u roku", "bez kontakta, u roku", "bez kontakta, u roku", "no contact, not yet due"
    ),
    "stats.code.report_to_assessment": _m(
        "prijava → procjena", "prijava → procjena", "prijava → procena", "report → assessment"
    ),
    "stats.code.assessment_to_plan": _m(
        "procjena → odobren plan", "procjena → odobren plan", "procena → odobren plan", "assessment → plan approved"
    ),
    "stats.code.plan_to_closure": _m(
        "odobren plan → zatvaranje", "odobren plan → zatvaranje", "odobren plan → zatvaranje", "plan approved → closure"
    ),
    "stats.code.report_to_closure": _m(
        "prijava → zatvaranje", "prijava → zatvaranje", "prijava → zatvaranje", "report → closure"
    ),
    "stats.code.days_0_30": _same("≤ 30", "≤ 30"),
    "stats.code.days_31_90": _same("31–90", "31–90"),
    "stats.code.days_91_180": _same("91–180", "91–180"),
    "stats.code.days_over_180": _same("> 180", "> 180"),
    "stats.code.on_time": _m("u roku", "u roku", "u roku", "on time"),
    "stats.code.late": _m("kasno", "kasno", "kasno", "late"),
    "stats.code.open_overdue": _m(
        "otvoreno, rok istekao", "otvoreno, rok istekao", "otvoreno, rok istekao", "open, overdue"
    ),
    "stats.code.open_not_due": _m("otvoreno, u roku", "otvoreno, u roku", "otvoreno, u roku", "open, not yet due"),
    "stats.code.days": _m("dana", "dana", "dana", "days"),
    "stats.band": _m("{band} god.", "{band} god.", "{band} god.", "{band} yrs"),
    # ------------------------------------------------------------------------------------------ data quality
    "stats.quality.dates_out_of_order": _m(
        "Datumi obrnutim redom (npr. kontakt prije prijave)",
        "Datumi obrnutim redoslijedom (npr. kontakt prije prijave)",
        "Datumi obrnutim redom (npr. kontakt pre prijave)",
        "Dates out of order (e.g. contact before the report)",
    ),
    "stats.quality.missing_sex": _m(
        "Nije upisan spol djeteta", "Nije upisan spol djeteta", "Nije upisan pol deteta", "The child's sex is missing"
    ),
    "stats.quality.missing_birth_date": _m(
        "Nije upisan datum rođenja",
        "Nije upisan datum rođenja",
        "Nije upisan datum rođenja",
        "The birth date is missing",
    ),
    "stats.quality.closed_without_reason": _m(
        "Zatvoren bez razloga", "Zatvoren bez razloga", "Zatvoren bez razloga", "Closed without a reason"
    ),
    # ------------------------------------------------------------------------------------------ command line
    "stats.bad_period": _m(
        "Period nije ispravan: {detail}",
        "Razdoblje nije ispravno: {detail}",
        "Period nije ispravan: {detail}",
        "The period is not valid: {detail}",
    ),
    "stats.needs_output": _m(
        "Format {format} se piše u datoteku: dodajte -o DATOTEKA.",
        "Format {format} se zapisuje u datoteku: dodajte -o DATOTEKA.",
        "Format {format} se piše u datoteku: dodajte -o DATOTEKA.",
        "The {format} format is written to a file: add -o FILE.",
    ),
    "stats.written": _m(
        "Statistika za {first} – {last} zapisana u {path}.",
        "Statistika za {first} – {last} zapisana u {path}.",
        "Statistika za {first} – {last} zapisana u {path}.",
        "Statistics for {first} – {last} written to {path}.",
    ),
    "stats.cannot_write": _m(
        "Datoteka {path} se ne može zapisati: {detail}",
        "Datoteka {path} ne može se zapisati: {detail}",
        "Datoteka {path} se ne može zapisati: {detail}",
        "Cannot write {path}: {detail}",
    ),
}
MESSAGES["audit.action.statistics.export"] = _m(
    "Izvoz statistike", "Izvoz statistike", "Izvoz statistike", "Statistics exported"
)
MESSAGES["audit.entity.statistics"] = _m("statistika", "statistika", "statistika", "statistics")
