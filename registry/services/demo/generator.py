"""The generator: reads what it needs from the database once, then builds batches of rows (tuples in table
column order) for a run of cases, keeping ids and case-number counters from batch to batch.  Its parts: the
context read up front (``context``), people and households (``people``), referrals and measures
(``case_records``); each case's checklist is a plan the writer expands (``checklists``)."""

from __future__ import annotations

from registry.services.case_numbers import format_case_number
from registry.services.demo.case_records import _CaseRecords
from registry.services.demo.checklists import PLANS
from registry.services.demo.context import _Context, _read_context
from registry.services.demo.data import _SOURCE_SECTOR
from registry.services.demo.pools import _DAY, _HOUR, _TABLES, _YEAR, NULL_ID, NULL_TEXT, Rows

__all__ = ["_Context", "_Generator", "_read_context"]


class _Generator(_CaseRecords):
    """Builds batches of rows; keeps the next ids and the case-number counters from batch to batch."""

    def batch(self, count: int) -> Rows:
        self.rows = {spec.name: [] for spec in _TABLES}
        self.rows[PLANS] = []
        for _ in range(count):
            self._case()
        return self.rows

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
        band = _DAY if urgency == "immediate" else 3 * _DAY if urgency == "urgent" else 7 * _DAY
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
        closed_at = (
            assessed_at + int((0.5 + rand() * 4.5) * _DAY) if early else approved_at + int((60 + rand() * 540) * _DAY)
        )
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
            community,
            sex,
            script,
            None,
            birth,
            region=region,
            with_jmbg=not (roma or newborn or rand() < 0.06),
            address=address,
            created=created,
            school=school,
            grade=grade,
            disability=disability,
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
        self.rows["case_file"].append(
            (
                case_id,
                format_case_number(self.context.number_format, self.context.prefix, year, sequence),
                year,
                sequence,
                child_id,
                status,
                urgency,
                risk,
                1 if rand() < (0.25 if "sexual" in forms else 0.02) else 0,
                source,
                1 if anonymous else 0,
                "" if anonymous or reporter_institution else self._any_name(script),
                "" if anonymous else self._phone(),
                texts["relations"][source][cyr] if source in texts["relations"] else "",
                reporter_institution or NULL_ID,
                summary[cyr] if summary else "",
                lead,
                supervisor,
                self.context.template_id,
                texts["assessment"][cyr] if assessed else "",
                texts["plan"][cyr] if submitted else "",
                moment(submitted) if submitted else NULL_TEXT,
                supervisor if approved else NULL_ID,
                moment(received),
                created,
                moment(first_contact) if first_contact else NULL_TEXT,
                moment(assessed) if assessed else NULL_TEXT,
                moment(approved) if approved else NULL_TEXT,
                moment(closed) if closed else NULL_TEXT,
                reason or NULL_TEXT,
                texts["closure"][reason][cyr] if reason in texts["closure"] else "",
                supervisor if closed else NULL_ID,
                lead,
                moment(closed or approved or submitted or assessed or first_contact or registered),
            )
        )
        for form in forms:
            self.rows["case_violence_form"].append((case_id, form))

        giver = self._household(case_id, community, script, family, birth, region, address, created, forms)
        physical = "physical" in forms
        self.rows[PLANS].append(  # what decides the checklist items, in ``Checklists._case``'s order
            (
                case_id,
                urgency,
                risk,
                source == "police",
                physical or "domestic_exposure" in forms,
                physical or "sexual" in forms,
                lead,
                cyr,
                received,
                registered,
                first_contact,
                assessed,
                approved,
                closed,
                early,
                stall,
            )
        )
        self._referrals(case_id, urgency, script, lead, reporter_institution, received, registered, closed, giver)
        self._measures(case_id, lead, approved, closed)
