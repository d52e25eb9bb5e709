"""The demo generator's state, and the people it makes: a case's child and household members, with the keys and
search terms ``people.apply_person`` would compute."""

from __future__ import annotations

import datetime as dt
import random

from registry.services.dates import LOCAL_TZ
from registry.services.demo.context import _Context
from registry.services.demo.data import _FAMILY_VIOLENCE, _PERPETRATOR_ODDS, _WEIGHTS
from registry.services.demo.pools import (
    _DAY,
    _EPOCH,
    NULL_TEXT,
    Name,
    Rows,
    _chooser,
    _Clock,
    _Jmbg,
    _name_pools,
    _texts,
)
from registry.services.names import PAIR_MARK, contact_terms

#: mobile numbers "06x ddd ddd", drawn in pieces
_PHONE_PREFIXES = tuple(f"06{digit}" for digit in range(7))
_PHONE_GROUPS = tuple(f" {group}" for group in range(100, 1000))


def _years(context: _Context) -> tuple[dt.date, dt.date]:
    """The anchor's local date and the first day of the demo's four calendar years."""
    today = dt.datetime.fromtimestamp(context.anchor, LOCAL_TZ).date()
    return today, dt.date(today.year - 3, 1, 1)


def demo_clock(context: _Context) -> _Clock:
    """The look-up clock from the oldest grandparent's birth to the latest deadline the demo sets."""
    today, first = _years(context)
    return _Clock(dt.date(first.year - 95, 1, 1), today + dt.timedelta(days=800))


class _People:
    """The generator's state (random stream, pools, next ids, case-number counters) and the people it adds."""

    def __init__(self, context: _Context) -> None:
        self.context = context
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
        self.choose_early = _chooser(
            rng, _WEIGHTS["early_closure"], [c for c in closure if c in _WEIGHTS["early_closure"]] or closure
        )
        self.choose_closure = _chooser(
            rng, _WEIGHTS["closure"], [c for c in closure if c in _WEIGHTS["closure"]] or closure
        )
        self.choose_role = _chooser(rng, _WEIGHTS["household_role"], codes["household_role"])
        #: measures draw from a stream of their own, so that adding them left every other row of a seed as it was
        self.measure_rng = random.Random(context.seed * 7919 + 17)
        self.choose_measure = _chooser(self.measure_rng, _WEIGHTS["measure"], codes["measure"])
        sectors = [s for s in _WEIGHTS["outgoing_sector"] if s in self.by_sector]
        self.choose_out_sector = _chooser(rng, _WEIGHTS["outgoing_sector"], sectors) if sectors else None

        # registrations happen on weekdays, 07:30-15:30 local time, over the last four calendar years
        today, first = _years(context)
        self.workdays = [
            int((dt.datetime.combine(day, dt.time(7, 30), LOCAL_TZ) - _EPOCH).total_seconds())
            for day in (first + dt.timedelta(days=i) for i in range((today - first).days))
            if day.weekday() < 5
        ]
        self.clock = demo_clock(context)
        self.jmbg = _Jmbg(self.clock, rng)
        self.sequences = dict(context.sequences)
        self.ids = dict(context.first_ids)
        self.pools = _name_pools()
        self.texts = _texts()
        self.done = 0
        self.rows: Rows = {}
        self._sector_lists: dict[tuple[str, ...], str] = {}

    def _phone(self) -> str:
        rand, prefixes, groups = self.rng.random, _PHONE_PREFIXES, _PHONE_GROUPS
        return f"{prefixes[int(rand() * 7)]}{groups[int(rand() * 900)]}{groups[int(rand() * 900)]}"

    def _any_name(self, script: int) -> str:
        pools, rand = self.pools, self.rng.random
        community = ("bs", "hr", "sr")[int(rand() * 3)]
        given = pools[community, "F" if rand() < 0.6 else "M"]
        family = pools[community, "family"]
        return f"{given[int(rand() * len(given))][script][0]} {family[int(rand() * len(family))][script][0]}"

    def _person(
        self,
        community: str,
        sex: str,
        script: int,
        family: Name | None,
        birth_day: int,
        *,
        region: int,
        with_jmbg: bool,
        address: str,
        created: str,
        phone: str = "",
        school: str = "",
        grade: str = "",
        disability: str = "",
        approximate: bool = False,
    ) -> tuple[int, Name]:
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
            contacts.append(("phone", phone.replace(" ", ""), person_id))  # phone_digits of "06x ddd ddd"
        self.rows["person"].append(
            (
                person_id,
                given[0],
                fam[0],
                f"{fam[1]} {given[1]}",
                f"{fam[2]} {given[2]}"[:420],
                (self.jmbg.issue(birth_day, sex, region) or NULL_TEXT) if with_jmbg else NULL_TEXT,
                self.clock.date(birth_day),
                1 if approximate else 0,
                sex,
                self.texts["citizenship"][cyr],
                address,
                self.context.municipality[cyr],
                phone,
                1 if disability else 0,
                disability,
                school,
                grade,
                created,
                created,
            )
        )
        return person_id, family

    def _household(
        self,
        case_id: int,
        community: str,
        script: int,
        family: Name,
        child_birth: int,
        region: int,
        address: str,
        created: str,
        forms: list[str],
    ) -> int | None:
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
                community if rand() < 0.9 else ("bs", "hr", "sr")[int(rand() * 3)],
                sex,
                script,
                family if same_family else None,
                birth,
                region=region,
                with_jmbg=rand() < 0.92,
                address=address
                if lives
                else f"{streets[int(rand() * len(streets))][script == 1]} {1 + int(rand() * 120)}",
                created=created,
                phone="" if role == "sibling" else self._phone(),
            )
            perpetrator = family_violence and rand() < _PERPETRATOR_ODDS.get(role, 0.0)
            representative = role in ("mother", "father", "guardian", "foster_parent") and not perpetrator
            rows.append(
                (
                    self.ids["household_member"],
                    case_id,
                    person_id,
                    role,
                    1 if perpetrator else 0,
                    1 if lives and not (perpetrator and rand() < 0.3) else 0,
                    1 if representative else 0,
                )
            )
            self.ids["household_member"] += 1
            if representative and giver is None:
                giver = person_id
        return giver
