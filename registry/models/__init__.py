"""Every model, imported here so that metadata (and so Alembic) sees all tables."""

from registry.models.audit import AuditEvent
from registry.models.base import Base, UtcDateTime, utcnow
from registry.models.cases import (
    CASE_STATUSES,
    RISK_LEVELS,
    URGENCIES,
    Case,
    CaseConference,
    CaseNote,
    CaseStatusChange,
    CaseViolenceForm,
    CaseWorker,
    Consent,
    HouseholdMember,
    Incident,
    Measure,
)
from registry.models.leases import CaseLease
from registry.models.people import Person, PersonContactTerm, PersonSearchTerm
from registry.models.protocols import ChecklistItem, ProtocolStep, ProtocolTemplate
from registry.models.reference import CaseNumberSequence, Centre, Institution, Lookup
from registry.models.referrals import CHANNELS, DIRECTIONS, REFERRAL_STATUSES, Referral
from registry.models.statistics import StatisticsChange, StatisticsMonth
from registry.models.users import ROLES, User
from registry.models.visibility import CaseViewer

__all__ = [
    "AuditEvent",
    "Base",
    "UtcDateTime",
    "utcnow",
    "CASE_STATUSES",
    "RISK_LEVELS",
    "URGENCIES",
    "Case",
    "CaseConference",
    "CaseNote",
    "CaseStatusChange",
    "CaseViolenceForm",
    "CaseWorker",
    "Consent",
    "HouseholdMember",
    "Incident",
    "Measure",
    "Person",
    "PersonContactTerm",
    "PersonSearchTerm",
    "ChecklistItem",
    "ProtocolStep",
    "ProtocolTemplate",
    "CaseNumberSequence",
    "Centre",
    "Institution",
    "Lookup",
    "CHANNELS",
    "DIRECTIONS",
    "REFERRAL_STATUSES",
    "Referral",
    "ROLES",
    "User",
    "CaseLease",
    "CaseViewer",
    "StatisticsChange",
    "StatisticsMonth",
]
