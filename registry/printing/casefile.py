"""What a printout shows about one case: the same typed case file the case editor reads (``services.case_view``)."""

from __future__ import annotations

import datetime as dt

from registry.services.case_view import CaseFile, ChecklistItemView, ReferralView, load_case_file


def step_state(item: ChecklistItemView, now: dt.datetime) -> str:
    """done | not_applicable | overdue | open | waiting (no due date yet: its trigger has not happened)."""
    return item.state(now)


def referral_overdue(referral: ReferralView, now: dt.datetime) -> bool:
    return referral.overdue(now)


__all__ = ["CaseFile", "load_case_file", "referral_overdue", "step_state"]
