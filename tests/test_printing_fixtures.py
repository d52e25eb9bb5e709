"""Cases worth printing, made through the services (shared by the printing tests and bench/print_bench.py).

No tests here: this module only builds data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from registry.models import Case, Institution, User
from registry.services import case_records, cases, protocols, referrals
from registry.services.jmbg import make_jmbg
from registry.services.people import PersonInput
from registry.services.users import UserInput, create_user

BIRTH = dt.date(2014, 5, 9)
SECTORS = ["police", "health", "education", "judiciary", "social_welfare", "ngo"]


@dataclass(frozen=True)
class Staff:
    worker_id: int
    supervisor_id: int


@dataclass(frozen=True)
class Built:
    case_id: int
    number: str
    jmbg: str
    referral_ids: list[int]
    registry_numbers: list[str]


def staff(session: Session) -> Staff:
    """A worker and a supervisor (made once per database)."""
    existing = session.scalar(select(User).where(User.username == "selma"))
    if existing is not None:
        boss = session.scalar(select(User).where(User.username == "dragan"))
        assert boss is not None
        return Staff(existing.id, boss.id)
    worker = create_user(session, UserInput("selma", "Selma Begović", "worker", "print-fixture-pw"), actor_id=None)
    boss = create_user(session, UserInput("dragan", "Dragan Jović", "supervisor", "print-fixture-pw"), actor_id=None)
    return Staff(worker.id, boss.id)


def _jmbg(serial: int) -> str:
    """A valid JMBG for the fixture birth date (some serials give an ambiguous check digit: take the next)."""
    for candidate in range(serial, serial + 20):
        try:
            return make_jmbg(BIRTH, "M", region=17, serial=candidate % 500)
        except ValueError:
            continue
    raise AssertionError("no usable serial")


def rich_case(
    session: Session,
    people: Staff,
    *,
    given: str = "Đorđe",
    family: str = "Đurđević",
    referral_count: int = 3,
    note_count: int = 3,
    answered: int = 1,
    now: dt.datetime | None = None,
    serial: int = 1,
    note_text: str = "Kućna posjeta: dijete je mirno, majka sarađuje sa centrom.",
) -> Built:
    """A case with household, incident, measure, plan, consent, checklist progress, referrals and notes."""
    moment = now or dt.datetime.now(dt.UTC)
    worker = people.worker_id
    jmbg = _jmbg(serial)
    child = PersonInput(
        given,
        family,
        jmbg=jmbg,
        birth_date=BIRTH,
        sex="M",
        address="Ulica Džemala Bijedića 12",
        municipality="Novi Grad Sarajevo",
        school="OŠ Čengić Vila",
        school_grade="5",
    )
    case = cases.register_case(
        session,
        cases.NewCase(
            child=child,
            report_received_at=moment - dt.timedelta(days=40),
            referral_source="school",
            urgency="urgent",
            risk_level="high",
            violence_forms=["physical", "neglect"],
            reporter_name="Ljiljana Šehić",
            reporter_relation="razrednica",
            reporter_contact="033 123 456",
            report_summary="Dijete je došlo u školu s modricama na rukama i rekao da ga je otac udario.",
            lead_worker_id=worker,
            supervisor_id=people.supervisor_id,
            household=[
                cases.HouseholdInput(PersonInput("Nada", family, birth_date="1988-02-01", sex="F"), "mother"),
                cases.HouseholdInput(
                    PersonInput("Željko", family, birth_date="1985-07-15", sex="M"), "father", alleged_perpetrator=True
                ),
            ],
        ),
        actor_id=worker,
        now=moment - dt.timedelta(days=39),
    ).case
    case_id = case.id
    case_records.record_consent(
        session,
        case_id,
        given_by_name=f"Nada {family}",
        sectors=SECTORS,
        purpose="Razmjena podataka radi zaštite djeteta",
        actor_id=worker,
        given_at=moment - dt.timedelta(days=38),
    )
    case_records.add_incident(
        session,
        case_id,
        case_records.IncidentInput(
            moment - dt.timedelta(days=41),
            "Otac je udario dijete kaišem.",
            ["physical"],
            "Porodična kuća",
            injuries=True,
            police_informed=True,
        ),
        actor_id=worker,
    )
    case_records.add_measure(
        session,
        case_id,
        code="counselling",
        started_on=(moment - dt.timedelta(days=30)).date(),
        decision_number="UP-I-35-77/26",
        actor_id=worker,
        notes="Jednom sedmično.",
    )
    case_records.add_conference(
        session,
        case_id,
        held_at=moment - dt.timedelta(days=20),
        participants="Centar, škola, policija, dom zdravlja",
        minutes="Razmotren izvještaj policije.",
        decisions="Savjetovanje za roditelje.",
        actor_id=worker,
    )
    institutions = list(
        session.scalars(select(Institution).where(Institution.sector.in_(SECTORS)).order_by(Institution.id))
    )
    referral_ids, numbers = [], []
    for index in range(referral_count):
        institution = institutions[index % len(institutions)]
        number = f"02-35-{serial}-{index + 1}/26"
        referral = referrals.log_referral(
            session,
            referrals.ReferralInput(
                case_id,
                "outgoing",
                institution.id,
                "letter",
                urgency="urgent",
                reason=f"Sumnja na fizičko nasilje nad djetetom (upućivanje {index + 1}).",
                requested_action="Dostaviti izvještaj o poduzetim mjerama.",
                registry_number=number,
                contact_person="Mirza Ćatić",
            ),
            actor_id=worker,
        )
        sent = moment - dt.timedelta(days=30, hours=-index)
        referrals.send_referral(
            session, referral.id, actor_id=worker, sent_at=sent, response_due_at=sent + dt.timedelta(days=3)
        )
        if index < answered:
            referrals.record_response(
                session,
                referral.id,
                summary="Izvještaj dostavljen; otac priveden.",
                actor_id=worker,
                received_at=sent + dt.timedelta(days=2),
            )
        referral_ids.append(referral.id)
        numbers.append(number)
    for index in range(note_count):
        case_records.add_note(
            session,
            case_id,
            text=f"{note_text} ({index + 1})",
            kind="home_visit",
            actor_id=worker,
            occurred_at=moment - dt.timedelta(days=25, hours=-index),
        )
    first = protocols.case_checklist(session, case_id)[0]
    protocols.complete_step(session, first.id, actor_id=worker, done_at=moment - dt.timedelta(days=39))
    row = session.get_one(Case, case_id)
    row.assessment = "Rizik procijenjen kao visok.\n\nOtac negira nasilje; majka traži pomoć."
    row.plan = "Savjetovanje roditelja, praćenje u školi, kućne posjete svake dvije sedmice."
    row.plan_approved_at = moment - dt.timedelta(days=15)
    row.plan_approved_by_id = people.supervisor_id
    session.flush()
    return Built(case_id, case.number, jmbg, referral_ids, numbers)
