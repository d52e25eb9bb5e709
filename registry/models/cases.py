"""The case file: the child, the household, the report, what was done and how it ended."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from registry.models.base import LONG_TEXT, Base, search_string, utcnow
from registry.models.people import Person
from registry.models.users import User

CASE_STATUSES = ("registered", "assessment", "planning", "implementation", "review", "closed")
URGENCIES = ("immediate", "urgent", "regular")
RISK_LEVELS = ("high", "medium", "low", "none")
#: a case's own dates in an impossible order: the statistics' data-quality check (``services.statistics.quality``)
#: reads the two partial indexes of such cases, so both must say exactly the same
DATES_OUT_OF_ORDER = (
    "registered_at < report_received_at OR first_contact_at < report_received_at"
    " OR assessment_done_at < report_received_at OR plan_approved_at < assessment_done_at"
    " OR closed_at < report_received_at"
)


class Case(Base):
    __tablename__ = "case_file"
    __table_args__ = (
        CheckConstraint(
            "status IN ('registered', 'assessment', 'planning', 'implementation', 'review', 'closed')", name="status"
        ),
        CheckConstraint("urgency IN ('immediate', 'urgent', 'regular')", name="urgency"),
        CheckConstraint("risk_level IN ('high', 'medium', 'low', 'none')", name="risk_level"),
        Index("ix_case_file_status_id", "status", "id"),
        Index("ix_case_file_lead_worker_id_id", "lead_worker_id", "id"),
        Index("ix_case_file_registered_at_id", "registered_at", "id"),
        # statistics over a period read these ranges alone, never the cases' rows (each holds the columns read):
        # new cases, first contact, caseload and the trend by report; closures, stages and caseload by closure
        Index(
            "ix_case_file_report_received_at_covering",
            "report_received_at",
            "urgency",
            "first_contact_at",
            "closed_at",
            "child_id",
            "referral_source",
            "risk_level",
        ),
        Index(
            "ix_case_file_closed_at_covering",
            "closed_at",
            "closure_reason",
            "report_received_at",
            "plan_approved_at",
            "child_id",
        ),
        Index("ix_case_file_assessment_done_at_report_received_at", "assessment_done_at", "report_received_at"),
        Index("ix_case_file_plan_approved_at_assessment_done_at", "plan_approved_at", "assessment_done_at"),
        # a child's cases in order: "has this child an earlier case?" in one seek
        Index("ix_case_file_child_id_report_received_at", "child_id", "report_received_at"),
        Index(
            "ix_case_file_dates_out_of_order_report",
            "report_received_at",
            sqlite_where=text(DATES_OUT_OF_ORDER),
            postgresql_where=text(DATES_OUT_OF_ORDER),
        ),
        Index(
            "ix_case_file_dates_out_of_order_closed",
            "closed_at",
            sqlite_where=text(DATES_OUT_OF_ORDER),
            postgresql_where=text(DATES_OUT_OF_ORDER),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(search_string(40), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    child_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    status: Mapped[str] = mapped_column(String(20), default="registered")
    urgency: Mapped[str] = mapped_column(String(20), default="regular")
    risk_level: Mapped[str] = mapped_column(String(20), default="none")
    restricted: Mapped[bool] = mapped_column(Boolean, default=False)

    referral_source: Mapped[str] = mapped_column(String(40))
    reporter_anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    reporter_name: Mapped[str] = mapped_column(default="")
    reporter_contact: Mapped[str] = mapped_column(default="")
    reporter_relation: Mapped[str] = mapped_column(default="")
    reporter_institution_id: Mapped[int | None] = mapped_column(ForeignKey("institution.id"))
    report_summary: Mapped[str] = mapped_column(LONG_TEXT, default="")

    lead_worker_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    supervisor_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    protocol_template_id: Mapped[int | None] = mapped_column(ForeignKey("protocol_template.id"))

    assessment: Mapped[str] = mapped_column(LONG_TEXT, default="")
    plan: Mapped[str] = mapped_column(LONG_TEXT, default="")
    plan_submitted_at: Mapped[dt.datetime | None]
    plan_approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))

    #: the moments that response-time evidence is built from
    report_received_at: Mapped[dt.datetime]
    registered_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    first_contact_at: Mapped[dt.datetime | None]
    assessment_done_at: Mapped[dt.datetime | None]
    plan_approved_at: Mapped[dt.datetime | None]
    closed_at: Mapped[dt.datetime | None]

    closure_reason: Mapped[str | None] = mapped_column(String(40))
    closure_note: Mapped[str] = mapped_column(LONG_TEXT, default="")
    closure_approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    open_steps_override_reason: Mapped[str] = mapped_column(LONG_TEXT, default="")
    reopened_count: Mapped[int] = mapped_column(Integer, default=0)
    anonymised_at: Mapped[dt.datetime | None]

    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    child: Mapped[Person] = relationship(foreign_keys=[child_id])
    lead_worker: Mapped[User | None] = relationship(foreign_keys=[lead_worker_id])
    supervisor: Mapped[User | None] = relationship(foreign_keys=[supervisor_id])
    violence_forms: Mapped[list[CaseViolenceForm]] = relationship(
        cascade="all, delete-orphan", order_by="CaseViolenceForm.code"
    )
    co_workers: Mapped[list[CaseWorker]] = relationship(cascade="all, delete-orphan")
    household: Mapped[list[HouseholdMember]] = relationship(cascade="all, delete-orphan", order_by="HouseholdMember.id")
    incidents: Mapped[list[Incident]] = relationship(cascade="all, delete-orphan", order_by="Incident.occurred_at")
    measures: Mapped[list[Measure]] = relationship(cascade="all, delete-orphan", order_by="Measure.started_on")
    notes: Mapped[list[CaseNote]] = relationship(cascade="all, delete-orphan", order_by="CaseNote.occurred_at")
    conferences: Mapped[list[CaseConference]] = relationship(
        cascade="all, delete-orphan", order_by="CaseConference.held_at"
    )
    consents: Mapped[list[Consent]] = relationship(cascade="all, delete-orphan", order_by="Consent.given_at")
    status_changes: Mapped[list[CaseStatusChange]] = relationship(
        cascade="all, delete-orphan", order_by="CaseStatusChange.id"
    )

    __mapper_args__ = {"version_id_col": version}


class CaseViolenceForm(Base):
    """A form of violence (lookup code) recorded for the case."""

    __tablename__ = "case_violence_form"

    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), primary_key=True)
    code: Mapped[str] = mapped_column(String(40), primary_key=True, index=True)


class CaseWorker(Base):
    """A co-worker assigned to the case besides the lead worker."""

    __tablename__ = "case_worker"

    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"), primary_key=True, index=True)
    assigned_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    user: Mapped[User] = relationship()


class HouseholdMember(Base):
    __tablename__ = "household_member"
    __table_args__ = (UniqueConstraint("case_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    role: Mapped[str] = mapped_column(String(40))
    alleged_perpetrator: Mapped[bool] = mapped_column(Boolean, default=False)
    lives_in_household: Mapped[bool] = mapped_column(Boolean, default=True)
    legal_representative: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(LONG_TEXT, default="")

    person: Mapped[Person] = relationship()


class Incident(Base):
    __tablename__ = "incident"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    occurred_at: Mapped[dt.datetime | None]
    occurred_at_approximate: Mapped[bool] = mapped_column(Boolean, default=False)
    place: Mapped[str] = mapped_column(default="")
    description: Mapped[str] = mapped_column(LONG_TEXT, default="")
    violence_forms: Mapped[list[str]] = mapped_column(default=list)
    alleged_perpetrator_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    injuries: Mapped[bool] = mapped_column(Boolean, default=False)
    police_informed: Mapped[bool] = mapped_column(Boolean, default=False)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Measure(Base):
    """A protective measure, service or placement (lookup kind ``measure``)."""

    __tablename__ = "measure"
    # statistics: the measures begun in a period, with the columns counted (never the rows)
    __table_args__ = (Index("ix_measure_started_on_covering", "started_on", "code", "case_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(40), index=True)
    started_on: Mapped[dt.date | None] = mapped_column(Date)
    ended_on: Mapped[dt.date | None] = mapped_column(Date)
    decided_by_institution_id: Mapped[int | None] = mapped_column(ForeignKey("institution.id"))
    decision_number: Mapped[str] = mapped_column(String(60), default="")
    placement_location: Mapped[str] = mapped_column(default="")
    notes: Mapped[str] = mapped_column(LONG_TEXT, default="")
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class CaseNote(Base):
    """A contact, home visit, phone call, interview or plain note (lookup kind ``note_kind``)."""

    __tablename__ = "case_note"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(40), default="note")
    occurred_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    text: Mapped[str] = mapped_column(LONG_TEXT)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class CaseConference(Base):
    """Minutes (zapisnik) of a multidisciplinary case conference."""

    __tablename__ = "case_conference"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    held_at: Mapped[dt.datetime]
    place: Mapped[str] = mapped_column(default="")
    participants: Mapped[str] = mapped_column(LONG_TEXT, default="")
    minutes: Mapped[str] = mapped_column(LONG_TEXT, default="")
    decisions: Mapped[str] = mapped_column(LONG_TEXT, default="")
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Consent(Base):
    """Who agreed to which sectors being told what, and whether they withdrew."""

    __tablename__ = "consent"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    given_by_person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    given_by_name: Mapped[str] = mapped_column(default="")
    sectors: Mapped[list[str]] = mapped_column(default=list)
    purpose: Mapped[str] = mapped_column(LONG_TEXT, default="")
    given_at: Mapped[dt.datetime]
    withdrawn_at: Mapped[dt.datetime | None]
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))


class CaseStatusChange(Base):
    """The status history: who moved the case from what to what, when and why."""

    __tablename__ = "case_status_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    changed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    changed_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    reason: Mapped[str] = mapped_column(LONG_TEXT, default="")
