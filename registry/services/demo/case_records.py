"""A demo case's referrals and the measures begun once its plan is approved (its checklist items are expanded
from a plan by ``checklists``)."""

from __future__ import annotations

import json

from registry.services.demo.data import _INCOMING_NUMBER
from registry.services.demo.people import _People
from registry.services.demo.pools import _DAY, _HOUR, NULL_ID, NULL_TEXT
from registry.services.names import registry_key
from registry.services.referrals import DEFAULT_RESPONSE_HOURS


class _CaseRecords(_People):
    """Adds what a case records beside its people: referrals (with the consent they need) and measures."""

    def _referrals(
        self,
        case_id: int,
        urgency: str,
        script: int,
        lead: int,
        reporter_institution: int | None,
        received: int,
        registered: int,
        closed: int | None,
        giver: int | None,
    ) -> None:
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
                    n=1 + int(rand() * 4000), yy=date(received // _DAY)[2:4]
                )
                channel = ("letter", "email", "phone", "electronic_system")[int(rand() * 4)]
                at = moment(received)
                rows.append(
                    (
                        referral_id,
                        case_id,
                        "incoming",
                        reporter_institution,
                        channel,
                        at,
                        number_text,
                        registry_key(number_text),
                        reason[cyr],
                        "",
                        urgency,
                        self._any_name(script) if rand() < 0.5 else "",
                        NULL_TEXT,
                        NULL_TEXT,
                        "",
                        "sent",
                        "",
                        lead,
                        at,
                        at,
                    )
                )
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
                rows.append(
                    (
                        referral_id,
                        case_id,
                        "outgoing",
                        institution,
                        "letter",
                        NULL_TEXT,
                        "",
                        "",
                        reason[cyr],
                        action[cyr],
                        urgency,
                        "",
                        NULL_TEXT,
                        NULL_TEXT,
                        "",
                        "draft",
                        override,
                        lead,
                        at,
                        at,
                    )
                )
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
            rows.append(
                (
                    referral_id,
                    case_id,
                    "outgoing",
                    institution,
                    channel,
                    sent_at,
                    number_text,
                    number_text,
                    reason[cyr],
                    action[cyr],
                    urgency,
                    "",
                    moment(sent + hours * _HOUR),
                    answered_at,
                    texts["response"][cyr] if is_answered else "",
                    status,
                    override,
                    lead,
                    sent_at,
                    answered_at if is_answered else sent_at,
                )
            )
        if consented:
            consent_id = self.ids["consent"]
            self.ids["consent"] = consent_id + 1
            key = tuple(consented)
            sectors = self._sector_lists.get(key)
            if sectors is None:
                sectors = self._sector_lists[key] = json.dumps(sorted(consented))
            self.rows["consent"].append(
                (consent_id, case_id, giver, sectors, texts["consent_purpose"][cyr], moment(consent_at), lead)
            )

    def _measures(self, case_id: int, lead: int, approved: int | None, closed: int | None) -> None:
        """Measures, services and placements begun after the plan was approved: two cases in three get one, some
        two.  The court decides removing the abuser, restraining orders and removing parental rights (its number
        on the decision); the centre decides the rest.  A measure ends with the case, or after a few months."""
        if approved is None:
            return
        rand = self.measure_rng.random
        count = 0 if rand() < 0.35 else 1 if rand() < 0.75 else 2
        date, moment, anchor = self.clock.date, self.clock.moment, self.anchor
        courts = self.by_sector.get("judiciary", [])
        chosen: list[str] = []
        for _ in range(count):
            code = self.choose_measure()
            start = approved + int((1 + rand() * 20) * _DAY)
            if code in chosen or start > anchor or (closed is not None and start >= closed):
                continue
            chosen.append(code)
            end: int | None = closed
            if end is None and rand() < 0.4 and start + 200 * _DAY < anchor:
                end = start + int((60 + rand() * 120) * _DAY)
            year = date((start + 2 * _HOUR) // _DAY)[2:4]
            by_court = code in _COURT_MEASURES and bool(courts)
            number = f"P-{1 + int(rand() * 900)}/{year}" if by_court else f"UP-I-{1 + int(rand() * 3000)}/{year}"
            measure_id = self.ids["measure"]
            self.ids["measure"] = measure_id + 1
            self.rows["measure"].append(
                (
                    measure_id,
                    case_id,
                    code,
                    date((start + 2 * _HOUR) // _DAY),
                    date((end + 2 * _HOUR) // _DAY) if end is not None else NULL_TEXT,
                    courts[int(rand() * len(courts))] if by_court else NULL_ID,
                    number,
                    lead,
                    moment(start),
                )
            )


#: measures a court decides (the centre decides the others)
_COURT_MEASURES = frozenset({"abuser_removal", "restraining_order", "parental_rights_removal"})
