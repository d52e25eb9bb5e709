"""Words printed on the centre's documents: case summary, referral letter, checklist, timeline and blank forms.

Lookup values (forms of violence, sectors, measures, ...) are not here: they come from the lookup table.
Serbian is ijekavian as written in Republika Srpska; Serbian Cyrillic is derived from it.
"""


def _m(bs: str, hr: str, sr: str, en: str) -> dict[str, str]:
    return {"bs": bs, "hr": hr, "sr": sr, "en": en}


def _same(text: str, en: str) -> dict[str, str]:
    """Bosnian, Croatian and Serbian spell it alike."""
    return _m(text, text, text, en)


MESSAGES: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------------------------------ every page
    "print.page": _m(
        "Stranica {page} od {pages}", "Stranica {page} od {pages}", "Strana {page} od {pages}", "Page {page} of {pages}"
    ),
    "print.confidential": _same("POVJERLJIVO", "CONFIDENTIAL"),
    "print.confidential_notice": _m(
        "Sadrži lične podatke o djetetu. Ne umnožavati i ne dostavljati neovlaštenim licima.",
        "Sadrži osobne podatke o djetetu. Ne umnožavati i ne dostavljati neovlaštenim osobama.",
        "Sadrži lične podatke o djetetu. Ne umnožavati i ne dostavljati neovlašćenim licima.",
        "Contains personal data about a child. Do not copy or pass on to unauthorised persons.",
    ),
    "print.confidential_blank": _m(
        "Popunjen obrazac sadrži lične podatke o djetetu i povjerljiv je.",
        "Popunjeni obrazac sadrži osobne podatke o djetetu i povjerljiv je.",
        "Popunjen obrazac sadrži lične podatke o djetetu i povjerljiv je.",
        "Once filled in, this form contains personal data about a child and is confidential.",
    ),
    "print.printed": _m(
        "Štampao/la: {name}, {at}", "Ispisao/la: {name}, {at}", "Štampao/la: {name}, {at}", "Printed by {name}, {at}"
    ),
    "print.printed_at": _m("Štampano: {at}", "Ispisano: {at}", "Štampano: {at}", "Printed: {at}"),
    "print.phone": _same("tel. {phone}", "tel. {phone}"),
    "print.yes": _same("da", "yes"),
    "print.no": _same("ne", "no"),
    "print.anonymous": _m("anonimno", "anonimno", "anonimno", "anonymous"),
    "print.approximate": _m("približno", "približno", "približno", "approximate"),
    "print.years": _m("{years} god.", "{years} god.", "{years} god.", "{years} yrs"),
    "print.nothing": _m("Nema unosa.", "Nema unosa.", "Nema unosa.", "None recorded."),
    "print.more_notes": _m(
        "Prikazano je posljednjih {shown} od ukupno {total} bilješki.",
        "Prikazano je posljednjih {shown} od ukupno {total} bilježaka.",
        "Prikazano je posljednjih {shown} od ukupno {total} bilješki.",
        "The last {shown} of {total} notes are shown.",
    ),
    # ------------------------------------------------------------------------------------------ titles
    "print.title.summary": _same("SAŽETAK PREDMETA", "CASE SUMMARY"),
    "print.title.checklist": _same("KONTROLNA LISTA PROTOKOLA POSTUPANJA", "PROTOCOL CHECKLIST"),
    "print.title.timeline": _m("HRONOLOGIJA PREDMETA", "KRONOLOGIJA PREDMETA", "HRONOLOGIJA PREDMETA", "CASE TIMELINE"),
    "print.title.referral": _m(
        "UPUTNICA / OBAVJEŠTENJE", "UPUTNICA / OBAVIJEST", "UPUTNICA / OBAVJEŠTENJE", "REFERRAL / NOTIFICATION"
    ),
    "print.title.feedback": _m(
        "POVRATNA INFORMACIJA", "POVRATNA INFORMACIJA", "POVRATNA INFORMACIJA", "FEEDBACK TO THE REFERRER"
    ),
    "print.title.note": _m("SLUŽBENA ZABILJEŠKA", "SLUŽBENA BILJEŠKA", "SLUŽBENA ZABILJEŠKA", "OFFICIAL NOTE"),
    "print.title.slip": _m(
        "ODGOVOR NA UPUTNICU / OBAVJEŠTENJE",
        "ODGOVOR NA UPUTNICU / OBAVIJEST",
        "ODGOVOR NA UPUTNICU / OBAVJEŠTENJE",
        "RESPONSE TO THE REFERRAL / NOTIFICATION",
    ),
    # ------------------------------------------------------------------------------------------ sections
    "print.section.child": _same("Dijete", "Child"),
    "print.section.household": _m(
        "Porodica i domaćinstvo", "Obitelj i kućanstvo", "Porodica i domaćinstvo", "Family and household"
    ),
    "print.section.report": _m(
        "Prijava, rizik i hitnost", "Prijava, rizik i hitnost", "Prijava, rizik i hitnost", "Report, risk and urgency"
    ),
    "print.section.team": _same("Stručni tim", "Case team"),
    "print.section.incidents": _m("Događaji nasilja", "Događaji nasilja", "Događaji nasilja", "Incidents"),
    "print.section.measures": _m(
        "Mjere, usluge i smještaj",
        "Mjere, usluge i smještaj",
        "Mjere, usluge i smještaj",
        "Measures, services and placements",
    ),
    "print.section.assessment": _same("Procjena", "Assessment"),
    "print.section.plan": _m(
        "Plan zaštite i tretmana", "Plan zaštite i tretmana", "Plan zaštite i tretmana", "Protection and treatment plan"
    ),
    "print.section.protocol": _m(
        "Postupanje po protokolu", "Postupanje po protokolu", "Postupanje po protokolu", "Protocol progress"
    ),
    "print.section.referrals": _m(
        "Upućivanja i obavještenja",
        "Upućivanja i obavijesti",
        "Upućivanja i obavještenja",
        "Referrals and notifications",
    ),
    "print.section.conferences": _m(
        "Konferencije slučaja", "Konferencije slučaja", "Konferencije slučaja", "Case conferences"
    ),
    "print.section.consents": _m("Saglasnosti", "Suglasnosti", "Saglasnosti", "Consents"),
    "print.section.notes": _m("Posljednje bilješke", "Posljednje bilješke", "Posljednje bilješke", "Recent notes"),
    "print.section.closure": _same("Zatvaranje predmeta", "Closure"),
    "print.section.approval": _m(
        "Odobrenje supervizora", "Odobrenje supervizora", "Odobrenje supervizora", "Supervisor's approval"
    ),
    # ------------------------------------------------------------------------------------------ fields
    "print.f.case_number": _same("Broj predmeta", "Case number"),
    "print.f.status": _same("Status predmeta", "Case status"),
    "print.f.registered": _m("Evidentiran", "Evidentiran", "Evidentiran", "Registered"),
    "print.f.restricted": _same("Ograničen pristup", "Restricted access"),
    "print.f.name": _same("Ime i prezime", "Name"),
    "print.f.jmbg": _same("JMBG", "JMBG (personal number)"),
    "print.f.birth_date": _same("Datum rođenja", "Date of birth"),
    "print.f.sex": _m("Spol", "Spol", "Pol", "Sex"),
    "print.f.citizenship": _same("Državljanstvo", "Citizenship"),
    "print.f.address": _same("Adresa", "Address"),
    "print.f.municipality": _m("Općina", "Općina", "Opština", "Municipality"),
    "print.f.phone": _same("Telefon", "Phone"),
    "print.f.school": _m("Škola, razred", "Škola, razred", "Škola, razred", "School, grade"),
    "print.f.disability": _m(
        "Invaliditet / teškoće u razvoju",
        "Invaliditet / teškoće u razvoju",
        "Invaliditet / smetnje u razvoju",
        "Disability / developmental difficulties",
    ),
    "print.f.role": _m("Uloga", "Uloga", "Uloga", "Role"),
    "print.f.lives_here": _m("Živi u domaćinstvu", "Živi u kućanstvu", "Živi u domaćinstvu", "Lives in household"),
    "print.f.perpetrator": _m("Navodni počinilac", "Navodni počinitelj", "Navodni počinilac", "Alleged perpetrator"),
    "print.f.representative": _same("Zakonski zastupnik", "Legal representative"),
    "print.f.report_received": _same("Prijava primljena", "Report received"),
    "print.f.source": _same("Izvor prijave", "Referral source"),
    "print.f.reporter": _m("Podnosilac prijave", "Podnositelj prijave", "Podnosilac prijave", "Reporter"),
    "print.f.reporter_relation": _m(
        "Odnos prema djetetu", "Odnos prema djetetu", "Odnos prema djetetu", "Relation to the child"
    ),
    "print.f.reporter_contact": _same("Kontakt", "Contact"),
    "print.f.reporter_institution": _m(
        "Institucija prijavioca", "Institucija prijavitelja", "Institucija prijavioca", "Reporting institution"
    ),
    "print.f.report_summary": _same("Opis prijave", "What was reported"),
    "print.f.violence_forms": _same("Oblici nasilja", "Forms of violence"),
    "print.f.urgency": _m("Hitnost", "Hitnost", "Hitnost", "Urgency"),
    "print.f.risk": _m("Nivo rizika", "Razina rizika", "Nivo rizika", "Risk level"),
    "print.f.first_contact": _m("Prvi kontakt", "Prvi kontakt", "Prvi kontakt", "First contact"),
    "print.f.assessment_done": _m(
        "Procjena završena", "Procjena završena", "Procjena završena", "Assessment completed"
    ),
    "print.f.lead_worker": _m("Voditelj slučaja", "Voditelj slučaja", "Voditelj slučaja", "Lead worker"),
    "print.f.co_workers": _m("Članovi tima", "Članovi tima", "Članovi tima", "Co-workers"),
    "print.f.supervisor": _same("Supervizor", "Supervisor"),
    "print.f.when": _m("Vrijeme", "Vrijeme", "Vrijeme", "When"),
    "print.f.date": _same("Datum", "Date"),
    "print.f.place": _same("Mjesto", "Place"),
    "print.f.description": _same("Opis", "Description"),
    "print.f.injuries": _m("Povrede", "Ozljede", "Povrede", "Injuries"),
    "print.f.police_informed": _m(
        "Policija obaviještena", "Policija obaviještena", "Policija obaviještena", "Police informed"
    ),
    "print.f.measure": _m("Mjera / usluga", "Mjera / usluga", "Mjera / usluga", "Measure / service"),
    "print.f.from": _same("Od", "From"),
    "print.f.until": _same("Do", "Until"),
    "print.f.decision": _m("Rješenje / odluka", "Rješenje / odluka", "Rješenje / odluka", "Decision"),
    "print.f.placement": _same("Smještaj", "Placement"),
    "print.f.notes": _same("Napomena", "Notes"),
    "print.f.plan_submitted": _m("Plan predložen", "Plan predložen", "Plan predložen", "Plan submitted"),
    "print.f.plan_approved": _m("Plan odobren", "Plan odobren", "Plan odobren", "Plan approved"),
    "print.f.plan_not_approved": _m(
        "Plan još nije odobren.",
        "Plan još nije odobren.",
        "Plan još nije odobren.",
        "The plan has not been approved yet.",
    ),
    "print.f.approved_by": _m("{name}, {date}", "{name}, {date}", "{name}, {date}", "{name}, {date}"),
    "print.f.protocol": _same("Protokol", "Protocol"),
    "print.f.protocol_version": _m(
        "{name}, verzija {version}",
        "{name}, inačica {version}",
        "{name}, verzija {version}",
        "{name}, version {version}",
    ),
    "print.f.step": _same("Korak", "Step"),
    "print.f.lead_sector": _m("Nosilac", "Nositelj", "Nosilac", "Lead"),
    "print.f.notified": _m("Obavještava se", "Obavješćuje se", "Obavještava se", "Notified"),
    "print.f.due": _same("Rok", "Due"),
    "print.f.done": _m("Izvršeno", "Izvršeno", "Izvršeno", "Done"),
    "print.f.done_by": _m("Izvršio/la", "Izvršio/la", "Izvršio/la", "By"),
    "print.f.state": _m("Stanje", "Stanje", "Stanje", "State"),
    "print.f.direction": _m("Smjer", "Smjer", "Smjer", "Direction"),
    "print.f.institution": _m("Institucija", "Institucija", "Institucija", "Institution"),
    "print.f.channel": _m("Način", "Način", "Način", "How"),
    "print.f.sent": _m("Poslano / primljeno", "Poslano / primljeno", "Poslato / primljeno", "Sent / received"),
    "print.f.registry_number": _m("Djelovodni broj", "Urudžbeni broj", "Djelovodni broj", "Registry number"),
    "print.f.asked": _m("Razlog i zahtjev", "Razlog i zahtjev", "Razlog i zahtjev", "Reason and request"),
    "print.f.response_due": _same("Rok za odgovor", "Response due"),
    "print.f.response": _same("Odgovor", "Response"),
    "print.f.author": _same("Autor", "Author"),
    "print.f.kind": _same("Vrsta", "Kind"),
    "print.f.text": _m("Sadržaj", "Sadržaj", "Sadržaj", "Text"),
    "print.f.participants": _m("Učesnici", "Sudionici", "Učesnici", "Participants"),
    "print.f.decisions": _same("Zaključci", "Decisions"),
    "print.f.given_by": _m("Saglasnost dao/la", "Suglasnost dao/la", "Saglasnost dao/la", "Given by"),
    "print.f.sectors": _m("Sektori", "Sektori", "Sektori", "Sectors"),
    "print.f.purpose": _same("Svrha", "Purpose"),
    "print.f.withdrawn": _m("Povučena", "Povučena", "Povučena", "Withdrawn"),
    "print.f.closed": _m("Zatvoren", "Zatvoren", "Zatvoren", "Closed"),
    "print.f.closure_reason": _m("Razlog zatvaranja", "Razlog zatvaranja", "Razlog zatvaranja", "Closure reason"),
    "print.f.open_steps_reason": _m(
        "Obrazloženje za neizvršene korake",
        "Obrazloženje za neizvršene korake",
        "Obrazloženje za neizvršene korake",
        "Reason for steps left open",
    ),
    "print.f.sector": _same("Sektor", "Sector"),
    "print.f.event": _m("Događaj", "Događaj", "Događaj", "Event"),
    "print.f.details": _same("Detalji", "Details"),
    "print.f.signature": _same("Potpis", "Signature"),
    "print.f.stamp": _same("M.P.", "Stamp"),
    # ------------------------------------------------------------------------------------------ states
    "print.referral.draft": _m("nacrt", "nacrt", "nacrt", "draft"),
    "print.referral.sent": _m("čeka odgovor", "čeka odgovor", "čeka odgovor", "awaiting response"),
    "print.referral.received": _m("primljeno", "primljeno", "primljeno", "received"),
    "print.referral.answered": _m("odgovoreno", "odgovoreno", "odgovoreno", "answered"),
    "print.referral.cancelled": _m("otkazano", "otkazano", "otkazano", "cancelled"),
    "print.referral.overdue": _m(
        "rok za odgovor istekao", "rok za odgovor istekao", "rok za odgovor istekao", "response overdue"
    ),
    "print.step.done": _m("izvršeno", "izvršeno", "izvršeno", "done"),
    "print.step.not_applicable": _m("nije primjenjivo", "nije primjenjivo", "nije primjenjivo", "not applicable"),
    "print.step.overdue": _m("rok prekoračen", "rok prekoračen", "rok prekoračen", "overdue"),
    "print.step.open": _m("u toku", "u tijeku", "u toku", "open"),
    "print.step.waiting": _m(
        "čeka prethodni korak", "čeka prethodni korak", "čeka prethodni korak", "awaiting its trigger"
    ),
    "print.step.occurrence": _m("{number}. put", "{number}. put", "{number}. put", "occurrence {number}"),
    "print.protocol_progress": _m(
        "Izvršeno ili zatvoreno koraka: {closed} od {total}; s prekoračenim rokom: {overdue}.",
        "Izvršeno ili zatvoreno koraka: {closed} od {total}; s prekoračenim rokom: {overdue}.",
        "Izvršeno ili zatvoreno koraka: {closed} od {total}; sa prekoračenim rokom: {overdue}.",
        "Steps done or closed: {closed} of {total}; overdue: {overdue}.",
    ),
    "print.referral_progress": _m(
        "Upućivanja: {total}; čeka odgovor: {waiting}; rok istekao: {overdue}.",
        "Upućivanja: {total}; čeka odgovor: {waiting}; rok istekao: {overdue}.",
        "Upućivanja: {total}; čeka odgovor: {waiting}; rok istekao: {overdue}.",
        "Referrals: {total}; awaiting a response: {waiting}; overdue: {overdue}.",
    ),
    "print.no_protocol": _m(
        "Predmet nema kontrolnu listu protokola.",
        "Predmet nema kontrolni popis protokola.",
        "Predmet nema kontrolnu listu protokola.",
        "The case has no protocol checklist.",
    ),
    # ------------------------------------------------------------------------------------------ timeline events
    "print.event.report": _m("Prijava primljena", "Prijava primljena", "Prijava primljena", "Report received"),
    "print.event.registered": _m(
        "Predmet evidentiran pod brojem {number}",
        "Predmet evidentiran pod brojem {number}",
        "Predmet evidentiran pod brojem {number}",
        "Case registered as {number}",
    ),
    "print.event.status": _m("Status: {status}", "Status: {status}", "Status: {status}", "Status: {status}"),
    "print.event.incident": _m("Događaj nasilja", "Događaj nasilja", "Događaj nasilja", "Incident"),
    "print.event.referral_out": _m(
        "Upućeno / obaviješteno", "Upućeno / obaviješteno", "Upućeno / obaviješteno", "Referral or notification sent"
    ),
    "print.event.referral_in": _m(
        "Primljeno obavještenje", "Primljena obavijest", "Primljeno obavještenje", "Notification received"
    ),
    "print.event.response": _m("Primljen odgovor", "Primljen odgovor", "Primljen odgovor", "Response received"),
    "print.event.response_overdue": _m(
        "Istekao rok za odgovor", "Istekao rok za odgovor", "Istekao rok za odgovor", "Response deadline passed"
    ),
    "print.event.step_done": _m(
        "Korak protokola izvršen", "Korak protokola izvršen", "Korak protokola izvršen", "Protocol step done"
    ),
    "print.event.step_na": _m(
        "Korak protokola nije primjenjiv",
        "Korak protokola nije primjenjiv",
        "Korak protokola nije primjenjiv",
        "Protocol step not applicable",
    ),
    "print.event.measure_start": _m("Mjera započeta", "Mjera započeta", "Mjera započeta", "Measure started"),
    "print.event.measure_end": _m("Mjera završena", "Mjera završena", "Mjera završena", "Measure ended"),
    "print.event.conference": _same("Konferencija slučaja", "Case conference"),
    "print.event.consent": _m("Data saglasnost", "Dana suglasnost", "Data saglasnost", "Consent given"),
    "print.event.consent_withdrawn": _m(
        "Povučena saglasnost", "Povučena suglasnost", "Povučena saglasnost", "Consent withdrawn"
    ),
    "print.event.plan_approved": _m(
        "Plan zaštite odobren", "Plan zaštite odobren", "Plan zaštite odobren", "Protection plan approved"
    ),
    "print.event.closed": _m("Predmet zatvoren", "Predmet zatvoren", "Predmet zatvoren", "Case closed"),
    # ------------------------------------------------------------------------------------------ letters
    "print.letter.number": _same("Broj: {number}", "Ref.: {number}"),
    "print.letter.date": _same("Datum: {date}", "Date: {date}"),
    "print.letter.case": _m(
        "Veza: predmet {number}", "Veza: predmet {number}", "Veza: predmet {number}", "Our case: {number}"
    ),
    "print.letter.urgent": _m("HITNO", "HITNO", "HITNO", "URGENT"),
    "print.letter.attention": _m("n/r {name}", "n/p {name}", "n/r {name}", "Attn. {name}"),
    "print.letter.subject": _same("Predmet:", "Subject:"),
    "print.letter.subject_text": _m(
        "Obavještenje i zahtjev za postupanje u vezi s djetetom {child}",
        "Obavijest i zahtjev za postupanje u vezi s djetetom {child}",
        "Obavještenje i zahtjev za postupanje u vezi sa djetetom {child}",
        "Notification and request for action concerning the child {child}",
    ),
    "print.letter.intro": _m(
        "Obavještavamo vas da ovaj centar vodi postupak zaštite djeteta:",
        "Obavještavamo vas da ovaj centar vodi postupak zaštite djeteta:",
        "Obavještavamo vas da ovaj centar vodi postupak zaštite djeteta:",
        "We inform you that this centre is conducting child-protection proceedings concerning:",
    ),
    "print.letter.child_line": _m(
        "{name}, rođen/a {birth}", "{name}, rođen/a {birth}", "{name}, rođen/a {birth}", "{name}, born {birth}"
    ),
    "print.letter.reason": _m(
        "Razlog obavještenja / upućivanja",
        "Razlog obavijesti / upućivanja",
        "Razlog obavještenja / upućivanja",
        "Reason for this notification / referral",
    ),
    "print.letter.request": _m("Molimo vas da", "Molimo vas da", "Molimo vas da", "We ask you to"),
    "print.letter.deadline": _m(
        "Molimo da nam odgovor dostavite najkasnije do {date}, na priloženom obrascu ili dopisom.",
        "Molimo da nam odgovor dostavite najkasnije do {date}, na priloženom obrascu ili dopisom.",
        "Molimo da nam odgovor dostavite najkasnije do {date}, na priloženom obrascu ili dopisom.",
        "Please send us your response by {date} at the latest, on the slip below or by letter.",
    ),
    "print.letter.no_deadline": _m(
        "Molimo da nam odgovor dostavite u najkraćem roku, na priloženom obrascu ili dopisom.",
        "Molimo da nam odgovor dostavite u najkraćem roku, na priloženom obrascu ili dopisom.",
        "Molimo da nam odgovor dostavite u najkraćem roku, na priloženom obrascu ili dopisom.",
        "Please send us your response as soon as possible, on the slip below or by letter.",
    ),
    "print.letter.legal_basis": _m("Pravni osnov", "Pravni temelj", "Pravni osnov", "Legal basis"),
    "print.letter.contact": _same("Kontakt osoba", "Contact person"),
    "print.letter.data_notice": _m(
        "Podaci iz ovog dopisa dostavljaju se isključivo radi zaštite djeteta. Primalac ih može koristiti samo u "
        "tu svrhu i dužan ih je čuvati u skladu sa Zakonom o zaštiti ličnih podataka.",
        "Podaci iz ovog dopisa dostavljaju se isključivo radi zaštite djeteta. Primatelj ih može koristiti samo u "
        "tu svrhu i dužan ih je čuvati u skladu sa Zakonom o zaštiti osobnih podataka.",
        "Podaci iz ovog dopisa dostavljaju se isključivo radi zaštite djeteta. Primalac ih može koristiti samo u "
        "tu svrhu i dužan je da ih čuva u skladu sa Zakonom o zaštiti ličnih podataka.",
        "The data in this letter are provided solely to protect the child. The recipient may use them for that "
        "purpose only and must keep them in accordance with the Law on Personal Data Protection.",
    ),
    "print.letter.regards": _m("S poštovanjem,", "S poštovanjem,", "S poštovanjem,", "Yours sincerely,"),
    "print.letter.worker": _m("Stručni radnik", "Stručni radnik", "Stručni radnik", "Case worker"),
    "print.letter.director": _same("Direktor", "Director"),
    "print.letter.copy": _m(
        "Dostaviti: naslovu; u spis predmeta; a/a",
        "Dostaviti: naslovu; u spis predmeta; pismohrani",
        "Dostaviti: naslovu; u spis predmeta; a/a",
        "To: addressee; case file; archive",
    ),
    "print.legal.FBiH": _m(
        "Porodični zakon Federacije BiH; Zakon o zaštiti od nasilja u porodici FBiH; Smjernice za postupanje u "
        "slučaju nasilja nad djecom u BiH (2013); Protokol o saradnji {municipality}",
        "Obiteljski zakon Federacije BiH; Zakon o zaštiti od nasilja u obitelji FBiH; Smjernice za postupanje u "
        "slučaju nasilja nad djecom u BiH (2013.); Protokol o suradnji {municipality}",
        "Porodični zakon Federacije BiH; Zakon o zaštiti od nasilja u porodici FBiH; Smjernice za postupanje u "
        "slučaju nasilja nad djecom u BiH (2013); Protokol o saradnji {municipality}",
        "Family Law of the Federation of BiH; FBiH Law on Protection from Domestic Violence; BiH Guidelines on "
        "Violence against Children (2013); Protocol on Cooperation, {municipality}",
    ),
    "print.legal.RS": _m(
        "Porodični zakon Republike Srpske; Zakon o zaštiti od nasilja u porodici ili porodičnoj zajednici; "
        "Protokol o postupanju u slučaju nasilja nad djecom RS; Protokol o saradnji {municipality}",
        "Obiteljski zakon Republike Srpske; Zakon o zaštiti od nasilja u obitelji ili obiteljskoj zajednici; "
        "Protokol o postupanju u slučaju nasilja nad djecom RS; Protokol o suradnji {municipality}",
        "Porodični zakon Republike Srpske; Zakon o zaštiti od nasilja u porodici ili porodičnoj zajednici; "
        "Protokol o postupanju u slučaju nasilja nad djecom RS; Protokol o saradnji {municipality}",
        "Family Law of Republika Srpska; Law on Protection from Violence in the Family or Family Community; RS "
        "protocol on violence against children; Protocol on Cooperation, {municipality}",
    ),
    "print.legal.BD": _m(
        "Porodični zakon Brčko distrikta BiH; Zakon o zaštiti od nasilja u porodici Brčko distrikta BiH; "
        "Smjernice za postupanje u slučaju nasilja nad djecom u BiH (2013); Protokol o saradnji {municipality}",
        "Obiteljski zakon Brčko distrikta BiH; Zakon o zaštiti od nasilja u obitelji Brčko distrikta BiH; "
        "Smjernice za postupanje u slučaju nasilja nad djecom u BiH (2013.); Protokol o suradnji {municipality}",
        "Porodični zakon Brčko distrikta BiH; Zakon o zaštiti od nasilja u porodici Brčko distrikta BiH; "
        "Smjernice za postupanje u slučaju nasilja nad djecom u BiH (2013); Protokol o saradnji {municipality}",
        "Family Law of Brčko District of BiH; Brčko District Law on Protection from Domestic Violence; BiH "
        "Guidelines on Violence against Children (2013); Protocol on Cooperation, {municipality}",
    ),
    "print.feedback.subject": _m(
        "Povratna informacija na vaše obavještenje",
        "Povratna informacija na vašu obavijest",
        "Povratna informacija na vaše obavještenje",
        "Feedback on your notification",
    ),
    "print.feedback.body": _m(
        "Vaše obavještenje primljeno {received} evidentirano je u ovom centru pod brojem predmeta {number}. Centar "
        "postupa u skladu sa svojim nadležnostima i protokolom o saradnji.",
        "Vaša obavijest primljena {received} evidentirana je u ovom centru pod brojem predmeta {number}. Centar "
        "postupa u skladu sa svojim nadležnostima i protokolom o suradnji.",
        "Vaše obavještenje primljeno {received} evidentirano je u ovom centru pod brojem predmeta {number}. Centar "
        "postupa u skladu sa svojim nadležnostima i protokolom o saradnji.",
        "Your notification received on {received} has been registered at this centre as case {number}. The centre "
        "is acting within its powers and under the protocol on cooperation.",
    ),
    "print.cancelled": _m(
        "Štampanje je prekinuto.", "Ispis je prekinut.", "Štampanje je prekinuto.", "Printing was cancelled."
    ),
    # ------------------------------------------------------------------------------------------ response slip
    "print.slip.cut": _m(
        "odvojiti i vratiti centru",
        "odvojiti i vratiti centru",
        "odvojiti i vratiti centru",
        "detach and return to the centre",
    ),
    "print.slip.regarding": _m(
        "Odgovor na dopis broj {number} od {date} (predmet {case})",
        "Odgovor na dopis broj {number} od {date} (predmet {case})",
        "Odgovor na dopis broj {number} od {date} (predmet {case})",
        "Response to letter {number} of {date} (case {case})",
    ),
    "print.slip.responder": _m(
        "Institucija koja odgovara", "Institucija koja odgovara", "Institucija koja odgovara", "Responding institution"
    ),
    "print.slip.received": _m(
        "Dopis primljen dana", "Dopis primljen dana", "Dopis primljen dana", "Letter received on"
    ),
    "print.slip.actions": _m(
        "Poduzete radnje i odgovor",
        "Poduzete radnje i odgovor",
        "Preduzete radnje i odgovor",
        "Action taken and response",
    ),
    "print.slip.contact": _same("Kontakt osoba i telefon", "Contact person and phone"),
    "print.slip.signed": _same("Datum, potpis i pečat", "Date, signature and stamp"),
    # ------------------------------------------------------------------------------------------ blank forms
    "print.blank.fill_hint": _m(
        "Popuniti čitko, štampanim slovima. Nepoznate podatke označiti crticom.",
        "Popuniti čitko, tiskanim slovima. Nepoznate podatke označiti crticom.",
        "Popuniti čitko, štampanim slovima. Nepoznate podatke označiti crticom.",
        "Fill in legibly in block letters. Mark unknown details with a dash.",
    ),
    "print.blank.addressee": _m(
        "Naziv i adresa institucije kojoj se upućuje",
        "Naziv i adresa institucije kojoj se upućuje",
        "Naziv i adresa institucije kojoj se upućuje",
        "Institution referred to, address",
    ),
    "print.blank.child": _same("Podaci o djetetu", "The child"),
    "print.blank.parent": _m(
        "Roditelj / staratelj, adresa i telefon",
        "Roditelj / skrbnik, adresa i telefon",
        "Roditelj / staratelj, adresa i telefon",
        "Parent / guardian, address and phone",
    ),
    "print.blank.sector": _same("Sektor", "Sector"),
    "print.blank.urgency": _m("Hitnost", "Hitnost", "Hitnost", "Urgency"),
    "print.blank.place_time": _m(
        "Mjesto, datum i vrijeme sačinjavanja",
        "Mjesto, datum i vrijeme sastavljanja",
        "Mjesto, datum i vrijeme sačinjavanja",
        "Place, date and time written",
    ),
    "print.blank.author": _m(
        "Sačinio/la (ime, prezime, funkcija, institucija)",
        "Sastavio/la (ime, prezime, funkcija, institucija)",
        "Sačinio/la (ime, prezime, funkcija, institucija)",
        "Written by (name, position, institution)",
    ),
    "print.blank.present": _m("Prisutna lica", "Prisutne osobe", "Prisutna lica", "Persons present"),
    "print.blank.how_learned": _m("Kako se saznalo", "Kako se saznalo", "Kako se saznalo", "How it came to light"),
    "print.blank.learned.observed": _m(
        "neposredno zapaženo", "neposredno zapaženo", "neposredno zapaženo", "observed directly"
    ),
    "print.blank.learned.child": _m(
        "dijete se povjerilo", "dijete se povjerilo", "dijete se povjerilo", "the child disclosed"
    ),
    "print.blank.learned.third": _m(
        "prijavilo treće lice", "prijavila treća osoba", "prijavilo treće lice", "reported by a third person"
    ),
    "print.blank.learned.other": _same("drugo", "other"),
    "print.blank.event": _m(
        "Opis događaja / saznanja (šta, kada, gdje, ko)",
        "Opis događaja / saznanja (što, kada, gdje, tko)",
        "Opis događaja / saznanja (šta, kada, gdje, ko)",
        "What happened or came to light (what, when, where, who)",
    ),
    "print.blank.child_statement": _m(
        "Izjava djeteta (doslovno, ako je data)",
        "Izjava djeteta (doslovno, ako je dana)",
        "Izjava djeteta (doslovno, ako je data)",
        "The child's words (verbatim, if given)",
    ),
    "print.blank.actions": _m("Poduzete mjere", "Poduzete mjere", "Preduzete mjere", "Action taken"),
    "print.blank.informed": _m(
        "Obaviješteni (datum i vrijeme)",
        "Obaviješteni (datum i vrijeme)",
        "Obaviješteni (datum i vrijeme)",
        "Informed (date and time)",
    ),
    "print.blank.reason": _m(
        "Razlog upućivanja i opis situacije",
        "Razlog upućivanja i opis situacije",
        "Razlog upućivanja i opis situacije",
        "Reason for the referral and the situation",
    ),
    "print.blank.request": _m(
        "Šta se traži od institucije",
        "Što se traži od institucije",
        "Šta se traži od institucije",
        "What the institution is asked to do",
    ),
    "print.blank.deadline": _m("Rok za odgovor", "Rok za odgovor", "Rok za odgovor", "Response due by"),
    "print.blank.consent": _m(
        "Saglasnost roditelja / staratelja pribavljena",
        "Suglasnost roditelja / skrbnika pribavljena",
        "Saglasnost roditelja / staratelja pribavljena",
        "Consent of the parent / guardian obtained",
    ),
    "print.blank.official": _m("Službeno lice", "Službena osoba", "Službeno lice", "Official"),
    "print.blank.received_by": _m("Primio/la", "Primio/la", "Primio/la", "Received by"),
    # ------------------------------------------------------------------------------------------ command line
    "print.saved": _m(
        "Dokument je sačuvan u {path} (stranica: {pages}).",
        "Dokument je spremljen u {path} (stranica: {pages}).",
        "Dokument je sačuvan u {path} (strana: {pages}).",
        "Saved {path} ({pages} pages).",
    ),
    "print.unknown_case": _m(
        "Predmet s brojem „{number}” ne postoji u ovoj bazi. Provjerite broj (npr. registry search {number}).",
        "Predmet s brojem „{number}” ne postoji u ovoj bazi. Provjerite broj (npr. registry search {number}).",
        "Predmet sa brojem „{number}” ne postoji u ovoj bazi. Provjerite broj (npr. registry search {number}).",
        "There is no case numbered “{number}” in this database. Check the number (e.g. registry search {number}).",
    ),
    "print.unknown_referral": _m(
        "Upućivanje broj {id} ne postoji u ovoj bazi.",
        "Upućivanje broj {id} ne postoji u ovoj bazi.",
        "Upućivanje broj {id} ne postoji u ovoj bazi.",
        "There is no referral with id {id} in this database.",
    ),
    "print.cannot_write": _m(
        "Datoteka {path} se ne može zapisati: {reason}",
        "Datoteka {path} ne može se zapisati: {reason}",
        "Datoteka {path} ne može da se zapiše: {reason}",
        "Cannot write {path}: {reason}",
    ),
    "print.no_folder": _m(
        "Folder {path} ne postoji.",
        "Mapa {path} ne postoji.",
        "Folder {path} ne postoji.",
        "The folder {path} does not exist.",
    ),
}
