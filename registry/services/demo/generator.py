"""The generator: reads what it needs from the database once, then builds batches of rows (tuples in table
column order) for a run of cases, keeping ids and case-number counters from batch to batch."""


from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from registry.i18n.transliteration import to_cyrillic
from registry.models import (
    Case,
    CaseNumberSequence,
    Centre,
    Institution,
    User,
)
from registry.services import lookups
from registry.services.case_numbers import format_case_number
from registry.services.dates import LOCAL_TZ
from registry.services.demo.data import (
    _FAMILY_VIOLENCE,
    _INCOMING_NUMBER,
    _PERPETRATOR_ODDS,
    _SOURCE_SECTOR,
    _STAFF,
    _WEIGHTS,
)
from registry.services.demo.pools import (
    _DAY,
    _EPOCH,
    _HOUR,
    _ID_TABLES,
    _TABLES,
    _YEAR,
    NULL_ID,
    NULL_TEXT,
    Name,
    Rows,
    _chooser,
    _Clock,
    _Jmbg,
    _name_pools,
    _step_plans,
    _StepPlan,
    _texts,
)
from registry.services.names import PAIR_MARK, contact_terms, phone_digits, registry_key
from registry.services.protocols import template_in_force
from registry.services.referrals import DEFAULT_RESPONSE_HOURS


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


#: mobile numbers "06x ddd ddd", drawn in pieces
_PHONE_PREFIXES = tuple(f"06{digit}" for digit in range(7))
_PHONE_GROUPS = tuple(f" {group}" for group in range(100, 1000))


# ---- the generator -----------------------------------------------------------------------------------------------
class _Generator:
    """Builds batches of rows; keeps the next ids and the case-number counters from batch to batch."""

    def __init__(self, context: _Context, *, search_terms: bool = True) -> None:
        """``search_terms=False`` leaves the name terms out (a bulk load derives them in SQL, see ``bulk_copy``)."""
        self.context = context
        self.search_terms = search_terms
        rng = self.rng = random.Random(context.seed)
        self.anchor = context.anchor
        #: the folded words of each address already seen (streets and house numbers repeat)
        self._address_words: dict[str, tuple[str, ...]] = {}
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
        #: per script, the reasons a step is not applicable; per urgency, each step as a tuple with its deadline
        self.na_texts = [{code: pair[i] for code, pair in self.texts["not_applicable"].items()} for i in (0, 1)]
        self.step_rows = {
            urgency: [(plan.step_id, plan.code, plan.trigger, plan.trigger.removeprefix("step:"),
                       plan.offsets[urgency], plan.mandatory) for plan in context.steps]
            for urgency in ("immediate", "urgent", "regular")
        }
        self.done = 0
        self.rows: Rows = {}
        self._sector_lists: dict[tuple[str, ...], str] = {}

    def batch(self, count: int) -> Rows:
        self.rows = {spec.name: [] for spec in _TABLES}
        for _ in range(count):
            self._case()
        return self.rows

    def _phone(self) -> str:
        rand, prefixes, groups = self.rng.random, _PHONE_PREFIXES, _PHONE_GROUPS
        return f"{prefixes[int(rand() * 7)]}{groups[int(rand() * 900)]}{groups[int(rand() * 900)]}"

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
        if self.search_terms:
            terms = self.rows["person_search_term"]
            named = given[3] + tuple(term for term in fam[3] if term not in given[3])
            terms += [(term, person_id) for term in named]  # and the pairs names.name_terms adds:
            terms += [(f"{PAIR_MARK}{first} {second}", person_id) for first in named for second in named if first != second]
        cyr = script == 1
        contacts = self.rows["person_contact_term"]
        words = self._address_words.get(address)
        if words is None:
            words = self._address_words[address] = tuple(term for _kind, term in contact_terms(address, ""))
        for word in words:
            contacts.append(("address", word, person_id))
        if phone:
            contacts.append(("phone", phone_digits(phone), person_id))
        self.rows["person"].append((
            person_id, given[0], fam[0], f"{fam[1]} {given[1]}", f"{fam[2]} {given[2]}"[:420],
            (self.jmbg.issue(birth_day, sex, region) or NULL_TEXT) if with_jmbg else NULL_TEXT,
            self.clock.date(birth_day), 1 if approximate else 0,
            sex, self.texts["citizenship"][cyr], address, self.context.municipality[cyr], phone, 1 if disability else 0,
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
            sequence, child_id, status, urgency, risk, 1 if rand() < (0.25 if "sexual" in forms else 0.02) else 0,
            source, 1 if anonymous else 0, "" if anonymous or reporter_institution else self._any_name(script),
            "" if anonymous else self._phone(), texts["relations"][source][cyr] if source in texts["relations"] else "",
            reporter_institution or NULL_ID, summary[cyr] if summary else "", lead, supervisor,
            self.context.template_id,
            texts["assessment"][cyr] if assessed else "", texts["plan"][cyr] if submitted else "",
            moment(submitted) if submitted else NULL_TEXT, supervisor if approved else NULL_ID, moment(received),
            created, moment(first_contact) if first_contact else NULL_TEXT,
            moment(assessed) if assessed else NULL_TEXT, moment(approved) if approved else NULL_TEXT,
            moment(closed) if closed else NULL_TEXT, reason or NULL_TEXT,
            texts["closure"][reason][cyr] if reason in texts["closure"] else "", supervisor if closed else NULL_ID,
            lead,
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
            rows.append((self.ids["household_member"], case_id, person_id, role, 1 if perpetrator else 0,
                         1 if lives and not (perpetrator and rand() < 0.3) else 0, 1 if representative else 0))
            self.ids["household_member"] += 1
            if representative and giver is None:
                giver = person_id
        return giver

    def _checklist(self, case_id: int, urgency: str, risk: str, source: str, forms: list[str], lead: int,
                   cyr: bool, received: int, registered: int, first_contact: int | None, assessed: int | None,
                   approved: int | None, closed: int | None, early: bool, stall: int) -> None:
        """One item per template step: done, not applicable or open, as far as the case has come.

        The hottest loop of the demo (eleven rows a case): steps come as plain tuples with the deadline of this
        urgency, and moments are formatted inline (``_Clock.moment``'s look-up) rather than by a call each.
        """
        rand = self.rng.random
        days, times, day0 = self.clock.days, self.clock.times, self.clock.day0
        anchor = self.anchor
        na_text = self.na_texts[cyr]
        append = self.rows["checklist_item"].append
        closed_early = early and closed is not None
        physical = "physical" in forms
        domestic = physical or "domestic_exposure" in forms
        examined = physical or "sexual" in forms
        done_by_code: dict[str, int | None] = {}
        item_id = self.ids["checklist_item"]
        for step_id, code, trigger, after_step, offset, mandatory in self.step_rows[urgency]:
            if trigger == "report_received":
                start: int | None = received
            elif trigger == "registered":
                start = registered
            elif trigger == "plan_approved":
                start = approved
            else:
                start = done_by_code.get(after_step)
            due = start + offset if start is not None and offset is not None else None
            done: int | None = None
            na = ""
            if code == "official_note":
                done = received + int(rand() * 2 * _HOUR)
            elif code == "intake":
                done = registered + 300 + int(rand() * 5400)
            elif code == "police_response":
                if source == "police" or domestic and rand() < 0.5:
                    done = received + int((1 + rand() * 20) * _HOUR) if first_contact else None
                else:
                    na = na_text["police_response"]
            elif code == "medical_examination":
                if examined and rand() < 0.7:
                    done = received + int((2 + rand() * 28) * _HOUR) if first_contact else None
                else:
                    na = na_text["medical_examination"]
            elif code == "risk_assessment":
                done = first_contact
            elif code == "emergency_protection":
                if risk == "high" and urgency != "regular" and rand() < 0.6:
                    done = received + int((4 + rand() * 66) * _HOUR) if first_contact else None
                else:
                    na = na_text["emergency_protection"]
            elif code == "case_conference":
                if closed_early:
                    na = na_text["closed_early"]
                elif assessed and first_contact:
                    done = first_contact + int((assessed - first_contact) * (0.3 + rand() * 0.6))
                elif first_contact and stall > 1 and rand() < 0.4:
                    done = first_contact + int((1 + rand() * 5) * _DAY)
            elif code == "protection_plan" or code == "plan_implementation":
                if closed_early:
                    na = na_text["closed_early"]
                else:
                    done = approved if code == "protection_plan" else closed if approved else None
            elif code == "review":
                if closed_early:
                    na = na_text["closed_early"]
                elif due is not None and closed is not None:
                    if closed > due:
                        done = min(closed, due + int((rand() * 20 - 5) * _DAY))
                    else:
                        na = na_text["review"]
                elif due is not None and stall > 3 and due + 20 * _DAY < anchor and rand() < 0.85:
                    done = due + int((rand() * 20 - 5) * _DAY)
            elif code == "closure":
                done = closed
            elif closed is not None:  # a step this demo does not know: settled on a closed case, else open
                if mandatory or rand() < 0.5:
                    done = min(closed, due or start or closed)
                else:
                    na = na_text["other"]
            if done is not None and done > anchor:
                done = None
            due_text = days[due // _DAY - day0] + times[due % _DAY] if due else NULL_TEXT
            if na:
                at = min(anchor, (first_contact or registered) + _HOUR)
                append((item_id, case_id, step_id, due_text, days[at // _DAY - day0] + times[at % _DAY], lead,
                        1, na))
            elif done is not None:
                append((item_id, case_id, step_id, due_text, days[done // _DAY - day0] + times[done % _DAY], lead,
                        0, ""))
            else:
                append((item_id, case_id, step_id, due_text, NULL_TEXT, NULL_ID, 0, ""))
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
                at = moment(received)
                rows.append((referral_id, case_id, "incoming", reporter_institution, channel, at,
                             number_text, registry_key(number_text), reason[cyr], "", urgency,
                             self._any_name(script) if rand() < 0.5 else "",
                             NULL_TEXT, NULL_TEXT, "", "sent", "", lead, at, at))
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
                at = moment(registered)
                rows.append((referral_id, case_id, "outgoing", institution, "letter", NULL_TEXT, "", "", reason[cyr],
                             action[cyr], urgency, "", NULL_TEXT, NULL_TEXT, "", "draft", override, lead, at, at))
                continue
            answered = sent + int(hours * _HOUR * (0.1 + rand() * 1.5))
            status = "answered" if rand() < 0.75 and answered <= anchor else "sent"
            if status == "sent" and rand() < 0.02:
                status = "cancelled"
            channel = "letter" if rand() < 0.6 else ("email", "phone", "electronic_system", "fax")[int(rand() * 4)]
            is_answered = status == "answered"
            sent_at = moment(sent)
            answered_at = moment(answered) if is_answered else NULL_TEXT
            number_text = f"02-35-{1 + int(rand() * 9999)}/{date(sent // _DAY)[2:4]}"
            rows.append((
                referral_id, case_id, "outgoing", institution, channel, sent_at, number_text, number_text,
                reason[cyr], action[cyr], urgency, "",
                moment(sent + hours * _HOUR), answered_at,
                texts["response"][cyr] if is_answered else "", status, override, lead, sent_at,
                answered_at if is_answered else sent_at,
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
