"""The audit viewer's words for actions, fields and values the trail stores as codes (services/audit_words.py)."""


def _m(bs: str, hr: str, sr: str, en: str) -> dict[str, str]:
    return {"bs": bs, "hr": hr, "sr": sr, "en": en}


def _same(text: str, en: str) -> dict[str, str]:
    return _m(text, text, text, en)


_ACTIONS = {
    "household.add": _m(
        "Dodan član domaćinstva", "Dodan član kućanstva", "Dodat član domaćinstva", "Household member added"
    ),
    "incident.add": _m("Evidentiran incident", "Evidentiran incident", "Evidentiran incident", "Incident recorded"),
    "measure.add": _m("Evidentirana mjera", "Evidentirana mjera", "Evidentirana mjera", "Measure recorded"),
    "note.add": _m("Dodana bilješka", "Dodana bilješka", "Dodata bilješka", "Note added"),
    "conference.add": _m(
        "Evidentirana konferencija slučaja",
        "Evidentirana konferencija slučaja",
        "Evidentirana konferencija slučaja",
        "Case conference recorded",
    ),
    "consent.add": _m(
        "Evidentirana saglasnost", "Evidentirana suglasnost", "Evidentirana saglasnost", "Consent recorded"
    ),
    "consent.withdraw": _m("Saglasnost povučena", "Suglasnost povučena", "Saglasnost povučena", "Consent withdrawn"),
    "user.deactivate": _m("Nalog deaktiviran", "Račun deaktiviran", "Nalog deaktiviran", "Account deactivated"),
    "case.unrestrict": _m(
        "Ukinuto ograničenje pristupa",
        "Ukinuto ograničenje pristupa",
        "Ukinuto ograničenje pristupa",
        "Access restriction lifted",
    ),
    "export.register": _m(
        "Izvoz cijelog registra", "Izvoz cijelog registra", "Izvoz cijelog registra", "Whole register exported"
    ),
}

_VERBS = {
    "add": _m("dodano", "dodano", "dodato", "added"),
    "create": _m("dodano", "dodano", "dodato", "added"),
    "update": _m("izmijenjeno", "izmijenjeno", "izmijenjeno", "changed"),
    "correct": _m("ispravljeno", "ispravljeno", "ispravljeno", "corrected"),
    "edit": _m("izmijenjeno", "izmijenjeno", "izmijenjeno", "changed"),
    "remove": _m("uklonjeno", "uklonjeno", "uklonjeno", "removed"),
    "delete": _m("obrisano", "obrisano", "obrisano", "deleted"),
    "cancel": _m("otkazano", "otkazano", "otkazano", "cancelled"),
    "reopen": _m("ponovo otvoreno", "ponovno otvoreno", "ponovo otvoreno", "reopened"),
    "withdraw": _m("povučeno", "povučeno", "povučeno", "withdrawn"),
    "export": _m("izvezeno", "izvezeno", "izvezeno", "exported"),
    "other": _m("zabilježena radnja", "zabilježena radnja", "zabilježena radnja", "action recorded"),
}

_ROLES = {
    "worker": _m("stručni radnik", "stručni radnik", "stručni radnik", "case worker"),
    "supervisor": _m("supervizor", "supervizor", "supervizor", "supervisor"),
    "administrator": _m("administrator", "administrator", "administrator", "administrator"),
    "auditor": _m("revizor", "revizor", "revizor", "auditor"),
}

_FIELDS = {
    "active": _same("Aktivan", "Active"),
    "anonymised": _m("Anonimizirano", "Anonimizirano", "Anonimizovano", "Anonymised"),
    "assessment_done_at": _m("Procjena završena", "Procjena završena", "Procjena završena", "Assessment done"),
    "author_id": _same("Autor", "Author"),
    "birth_date_approximate": _m(
        "Datum rođenja približan", "Datum rođenja približan", "Datum rođenja približan", "Birth date approximate"
    ),
    "cases": _same("Predmeta", "Cases"),
    "closure_approved_by_id": _same("Zatvaranje odobrio", "Closure approved by"),
    "consent_override_reason": _m(
        "Razlog slanja bez saglasnosti",
        "Razlog slanja bez suglasnosti",
        "Razlog slanja bez saglasnosti",
        "Reason for sending without consent",
    ),
    "count": _m("Broj", "Broj", "Broj", "Count"),
    "decided_by_institution_id": _m("Odlučila institucija", "Odlučila ustanova", "Odlučila institucija", "Decided by"),
    "decision_number": _same("Broj rješenja", "Decision number"),
    "decisions": _m("Odluke", "Odluke", "Odluke", "Decisions"),
    "description": _same("Opis", "Description"),
    "document": _same("Dokument", "Document"),
    "done_by_id": _same("Završio", "Done by"),
    "due_at": _same("Rok", "Due"),
    "email": _m("E-pošta", "E-pošta", "E-pošta", "Email"),
    "ended_on": _same("Završeno", "Ended"),
    "file": _m("Datoteka", "Datoteka", "Datoteka", "File"),
    "first_contact_at": _same("Prvi kontakt", "First contact"),
    "format": _same("Format", "Format"),
    "given_by_name": _same("Saglasnost dao", "Given by"),
    "given_by_person_id": _same("Saglasnost dao", "Given by"),
    "imported": _same("Uvezeno", "Imported"),
    "injuries": _m("Povrede", "Ozljede", "Povrede", "Injuries"),
    "kind": _same("Vrsta", "Kind"),
    "minutes": _same("Minuta", "Minutes"),
    "must_change_password": _same("Mora promijeniti lozinku", "Must change password"),
    "not_applicable": _m("Nije primjenjivo", "Nije primjenjivo", "Nije primjenjivo", "Not applicable"),
    "note": _m("Napomena", "Napomena", "Napomena", "Note"),
    "number": _same("Broj predmeta", "Case number"),
    "occurred_at_approximate": _same("Vrijeme približno", "Time approximate"),
    "open_steps_override_reason": _m(
        "Razlog zatvaranja uz otvorene korake",
        "Razlog zatvaranja uz otvorene korake",
        "Razlog zatvaranja uz otvorene korake",
        "Reason for closing with open steps",
    ),
    "pages": _m("Stranica", "Stranica", "Strana", "Pages"),
    "participants": _same("Učesnici", "Participants"),
    "place": _same("Mjesto", "Place"),
    "placement_location": _same("Mjesto smještaja", "Placement"),
    "plan_approved_at": _same("Plan odobren", "Plan approved"),
    "plan_approved_by_id": _same("Plan odobrio", "Plan approved by"),
    "plan_submitted_at": _m("Plan podnesen", "Plan podnesen", "Plan podnet", "Plan submitted"),
    "police_informed": _m("Policija obaviještena", "Policija obaviještena", "Policija obaviještena", "Police informed"),
    "profile": _m("Profil općine", "Profil općine", "Profil opštine", "Municipality profile"),
    "purpose": _same("Svrha", "Purpose"),
    "recorded_at": _same("Evidentirano", "Recorded"),
    "report_received_at": _m("Prijava zaprimljena", "Prijava zaprimljena", "Prijava primljena", "Report received"),
    "rows": _m("Redova", "Redaka", "Redova", "Rows"),
    "sectors": _same("Sektori", "Sectors"),
    "started_on": _same("Početak", "Started"),
    "title": _same("Naslov", "Title"),
    "violence_forms": _same("Oblici nasilja", "Forms of violence"),
    "withdrawn_at": _same("Povučeno", "Withdrawn"),
}

MESSAGES = {f"audit.action.{code}": texts for code, texts in _ACTIONS.items()}
MESSAGES.update({f"audit.words.verb.{code}": texts for code, texts in _VERBS.items()})
MESSAGES.update({f"audit.words.role.{code}": texts for code, texts in _ROLES.items()})
MESSAGES.update({f"audit.field.{name}": texts for name, texts in _FIELDS.items()})
MESSAGES.update(
    {
        "audit.words.record": _same("zapis", "record"),
        "audit.words.other_field": _same("Drugo polje", "Other field"),
        "audit.words.yes": _same("da", "yes"),
        "audit.words.no": _same("ne", "no"),
    }
)
