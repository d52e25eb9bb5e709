"""A demo case's checklist: one item per protocol step, as far as the case has come.

Eleven rows a case, the most numerous of the demo: the generator records only what decides them (a plan of
sixteen values a case) and the writer's process expands the plans (``Checklists.expand``), so the rows are never
marshalled from the helper process, and the two processes share the work more evenly.  The items draw from a
random stream of their own, in case order, so a seed gives the same items wherever they are expanded.
"""

from __future__ import annotations

import random
from typing import Any

from registry.services.demo.context import _Context
from registry.services.demo.people import demo_clock
from registry.services.demo.pools import _DAY, _HOUR, NULL_ID, NULL_TEXT, _texts

#: the key under which a batch carries its cases' checklist plans until they are expanded
PLANS = "checklist_plans"


class Checklists:
    """Expands checklist plans into ``checklist_item`` rows, numbering them on from the first free id."""

    def __init__(self, context: _Context) -> None:
        self.rng = random.Random(context.seed * 7919 + 29)
        self.anchor = context.anchor
        self.clock = demo_clock(context)
        self.next_id = context.first_ids["checklist_item"]
        texts = _texts()
        #: per script, the reasons a step is not applicable; per urgency, each step as a tuple with its deadline
        self.na_texts = [{code: pair[i] for code, pair in texts["not_applicable"].items()} for i in (0, 1)]
        self.step_rows = {
            urgency: [
                (
                    plan.step_id,
                    plan.code,
                    plan.trigger,
                    plan.trigger.removeprefix("step:"),
                    plan.offsets[urgency],
                    plan.mandatory,
                )
                for plan in context.steps
            ]
            for urgency in ("immediate", "urgent", "regular")
        }

    def expand(self, rows: dict[str, Any]) -> None:
        """Replace a batch's plans by its checklist rows."""
        items = rows["checklist_item"]
        for plan in rows.pop(PLANS):
            self._case(items, *plan)

    def _case(
        self,
        items: list[tuple[Any, ...]],
        case_id: int,
        urgency: str,
        risk: str,
        by_police: bool,
        domestic: bool,
        examined: bool,
        lead: int,
        cyr: bool,
        received: int,
        registered: int,
        first_contact: int | None,
        assessed: int | None,
        approved: int | None,
        closed: int | None,
        early: bool,
        stall: int,
    ) -> None:
        """One item per template step: done, not applicable or open, as far as the case has come.

        The hottest loop of the demo: steps come as plain tuples with the deadline of this urgency, and moments
        are formatted inline (``_Clock.moment``'s look-up) rather than by a call each.
        """
        rand = self.rng.random
        days, times, day0 = self.clock.days, self.clock.times, self.clock.day0
        anchor = self.anchor
        na_text = self.na_texts[cyr]
        append = items.append
        closed_early = early and closed is not None
        done_by_code: dict[str, int | None] = {}
        item_id = self.next_id
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
                if by_police or domestic and rand() < 0.5:
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
                append((item_id, case_id, step_id, due_text, days[at // _DAY - day0] + times[at % _DAY], lead, 1, na))
            elif done is not None:
                append(
                    (item_id, case_id, step_id, due_text, days[done // _DAY - day0] + times[done % _DAY], lead, 0, "")
                )
            else:
                append((item_id, case_id, step_id, due_text, NULL_TEXT, NULL_ID, 0, ""))
            done_by_code[code] = done
            item_id += 1
        self.next_id = item_id
