"""Retention: cases closed longer ago than the centre's archival rule are anonymised, statistics kept.

What stays: dates, codes (forms of violence, sources, measures, sectors, closure reason), sex and birth year, so
every statistic and response-time figure is unchanged.  What goes: names, JMBG, addresses, contacts and every free
text.  A person who also belongs to a case still within its retention period is left alone.

The audit trail forgets too: the details of the anonymised cases' events (and of their people's) are erased; the
chain keeps only their digests, so ``audit verify`` still passes.  On SQLite the erased bytes are overwritten
(``secure_delete``) and, after the commit, ``forget_freed_pages`` empties the write-ahead log, so the names are
not left in free pages of the file either.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Engine, delete, select, text, update
from sqlalchemy.orm import Session

from registry.models import (
    Case,
    CaseConference,
    CaseNote,
    Consent,
    HouseholdMember,
    Incident,
    Measure,
    Person,
    PersonContactTerm,
    PersonSearchTerm,
    Referral,
)
from registry.services import audit
from registry.services.cases import centre_of
from registry.services.names import fold, sort_key

ANONYMISED = "[anonimizirano]"


@dataclass(frozen=True)
class RetentionCandidate:
    case_id: int
    case_number: str
    closed_on: str


def _cutoff(session: Session, now: dt.datetime) -> dt.datetime:
    years = centre_of(session).retention_years
    return (
        now.replace(year=now.year - years)
        if not (now.month == 2 and now.day == 29)
        else now.replace(year=now.year - years, day=28)
    )


def retention_candidates(session: Session, *, now: dt.datetime | None = None) -> list[RetentionCandidate]:
    from registry.services.dates import format_date

    cutoff = _cutoff(session, now or dt.datetime.now(dt.UTC))
    rows = session.execute(
        select(Case.id, Case.number, Case.closed_at)
        .where(Case.status == "closed", Case.closed_at < cutoff, Case.anonymised_at.is_(None))
        .order_by(Case.closed_at)
    )
    return [RetentionCandidate(case_id, number, format_date(closed)) for case_id, number, closed in rows]


def _people_of(session: Session, case_ids: list[int]) -> set[int]:
    children = set(session.scalars(select(Case.child_id).where(Case.id.in_(case_ids))))
    members = set(session.scalars(select(HouseholdMember.person_id).where(HouseholdMember.case_id.in_(case_ids))))
    return children | members


def apply_retention(session: Session, *, actor_id: int | None, now: dt.datetime | None = None) -> int:
    """Anonymise every candidate case in the caller's transaction; returns how many cases were anonymised."""
    from registry.services.access import require_role

    require_role(session, actor_id, "administrator")
    moment = now or dt.datetime.now(dt.UTC)
    candidates = retention_candidates(session, now=moment)
    if not candidates:
        return 0
    case_ids = [c.case_id for c in candidates]
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("PRAGMA secure_delete = ON"))  # what is overwritten or deleted is zeroed on disk
    people = _people_of(session, case_ids)
    still_needed = _people_of(session, list(session.scalars(select(Case.id).where(Case.id.not_in(case_ids)))))
    for person in session.scalars(select(Person).where(Person.id.in_(people - still_needed))):
        person.given_name, person.family_name = ANONYMISED, ANONYMISED
        person.search_key, person.sort_key = fold(ANONYMISED), sort_key(ANONYMISED)
        if person.birth_date is not None:
            person.birth_date, person.birth_date_approximate = dt.date(person.birth_date.year, 1, 1), True
        person.jmbg = None
        person.address = person.phone = person.school = person.disability_note = person.notes = ""
        person.anonymised = True
    session.execute(delete(PersonSearchTerm).where(PersonSearchTerm.person_id.in_(people - still_needed)))
    session.execute(delete(PersonContactTerm).where(PersonContactTerm.person_id.in_(people - still_needed)))
    session.execute(
        update(Case)
        .where(Case.id.in_(case_ids))
        .values(
            reporter_name="",
            reporter_contact="",
            reporter_relation="",
            report_summary="",
            assessment="",
            plan="",
            closure_note="",
            open_steps_override_reason="",
            anonymised_at=moment,
        )
    )
    session.execute(update(CaseNote).where(CaseNote.case_id.in_(case_ids)).values(text=ANONYMISED))
    session.execute(update(Incident).where(Incident.case_id.in_(case_ids)).values(description="", place=""))
    session.execute(update(Measure).where(Measure.case_id.in_(case_ids)).values(notes="", placement_location=""))
    session.execute(
        update(CaseConference)
        .where(CaseConference.case_id.in_(case_ids))
        .values(participants="", minutes="", decisions="", place="")
    )
    session.execute(update(Consent).where(Consent.case_id.in_(case_ids)).values(given_by_name="", purpose=""))
    session.execute(
        update(Referral)
        .where(Referral.case_id.in_(case_ids))
        .values(reason="", requested_action="", response_summary="", contact_person="")
    )
    audit.redact(session, case_ids=case_ids, person_ids=sorted(people - still_needed))
    audit.record(
        session, "retention.anonymise", user_id=actor_id, details={"cases": [c.case_number for c in candidates]}
    )
    return len(candidates)


def forget_freed_pages(engine: Engine) -> None:
    """After the retention commit on SQLite: copy the log into the file and empty it, so no older page (with the
    names just erased) is left in the write-ahead log.  PostgreSQL reclaims dead rows itself (VACUUM)."""
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
