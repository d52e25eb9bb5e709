"""Turning an empty database into a centre's register from its municipality profile (safe to run again)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from registry.models import Centre, Institution, Lookup, ProtocolStep, ProtocolTemplate
from registry.services import audit
from registry.services.errors import RegistryError
from registry.services.names import fold
from registry.services.profiles import Profile, ProtocolTemplateSpec, load_lookups, load_profile, load_protocol_template


class OtherCentre(RegistryError):
    key = "setup.other_centre"


@dataclass(frozen=True)
class SetupSummary:
    centre: str
    lookups: int
    institutions: int
    protocol: str
    version: int
    created: bool

    def as_params(self) -> dict[str, object]:
        return {
            "centre": self.centre,
            "lookups": self.lookups,
            "institutions": self.institutions,
            "protocol": self.protocol,
            "version": self.version,
        }


def centre_language(session: Session) -> str | None:
    """The interface language of the centre's profile (``sr`` + Cyrillic script gives ``sr-Cyrl``)."""
    row = session.execute(select(Centre.default_language, Centre.default_script).limit(1)).first()
    if row is None:
        return None
    language, script = row
    if language == "sr":
        return "sr-Cyrl" if script == "cyrl" else "sr-Latn"
    return language


@dataclass(frozen=True)
class CentreInfo:
    """The centre as the application's windows name it."""

    name: str
    name_cyrl: str
    municipality: str
    municipality_cyrl: str
    default_language: str | None

    def display_name(self, language: str) -> str:
        return self.name_cyrl if language == "sr-Cyrl" and self.name_cyrl else self.name


def centre_info(session: Session) -> CentreInfo | None:
    """The centre's names and default language; None before the register is set up."""
    centre = session.scalar(select(Centre).limit(1))
    if centre is None:
        return None
    return CentreInfo(
        name=centre.name,
        name_cyrl=centre.name_cyrl,
        municipality=centre.municipality_name,
        municipality_cyrl=centre.municipality_name_cyrl,
        default_language=centre_language(session),
    )


def is_initialised(session: Session) -> bool:
    return session.scalar(select(Centre.id).limit(1)) is not None


def initialise(session: Session, profile_code: str | Profile) -> SetupSummary:
    """Load the profile's centre, lookups, institutions and protocol template; what exists is left as it is.

    ``profile_code`` names a shipped profile, or is a profile itself (one chosen at a first start).  A database
    belongs to one centre: initialising it with another municipality's profile is refused.
    """
    profile = profile_code if isinstance(profile_code, Profile) else load_profile(profile_code)
    centre = session.scalar(select(Centre).limit(1))
    created = centre is None
    if centre is None:
        centre = _centre_from(profile)
        session.add(centre)
    elif centre.profile_code != profile.code:
        raise OtherCentre(existing=centre.profile_code, requested=profile.code)
    _add_missing_lookups(session)
    _add_missing_institutions(session, profile)
    template = _add_template(session, load_protocol_template(profile.protocol.template))
    session.flush()
    if created:
        audit.record(session, "setup.initialise", user_id=None, details={"profile": profile.code})
    return SetupSummary(
        centre=centre.name,
        lookups=session.query(Lookup).count(),
        institutions=session.query(Institution).count(),
        protocol=template.code,
        version=template.version,
        created=created,
    )


def _centre_from(profile: Profile) -> Centre:
    logo = profile.centre.logo_path.read_bytes() if profile.centre.logo_path else None
    return Centre(
        profile_code=profile.code,
        municipality_name=profile.municipality.name,
        municipality_name_cyrl=profile.municipality.name_cyrl,
        entity=profile.municipality.entity,
        canton=profile.municipality.canton,
        name=profile.centre.name,
        name_cyrl=profile.centre.name_cyrl,
        address=profile.centre.address,
        phone=profile.centre.phone,
        email=profile.centre.email,
        logo=logo,
        case_prefix=profile.case_numbers.prefix,
        case_number_format=profile.case_numbers.format,
        default_language=profile.locale.language,
        default_script=profile.locale.script,
        retention_years=profile.retention.anonymise_after_years,
    )


def _add_missing_lookups(session: Session) -> None:
    existing = {tuple(row) for row in session.execute(select(Lookup.kind, Lookup.code))}
    for spec in load_lookups():
        if (spec.kind, spec.code) in existing:
            continue
        labels = spec.labels
        session.add(
            Lookup(
                kind=spec.kind,
                code=spec.code,
                sort_order=spec.sort_order,
                label_bs=labels.bs,
                label_hr=labels.hr,
                label_sr_latn=labels.sr_latn,
                label_sr_cyrl=labels.sr_cyrl,
                label_en=labels.en,
            )
        )


def _add_missing_institutions(session: Session, profile: Profile) -> None:
    existing = {tuple(row) for row in session.execute(select(Institution.name, Institution.sector))}
    for spec in profile.institutions:
        if (spec.name, spec.sector) in existing:
            continue
        session.add(
            Institution(
                name=spec.name,
                name_cyrl=spec.name_cyrl,
                sector=spec.sector,
                address=spec.address,
                municipality=profile.municipality.name,
                search_key=fold(f"{spec.name} {spec.name_cyrl}")[:255],
            )
        )


def _add_template(session: Session, spec: ProtocolTemplateSpec) -> ProtocolTemplate:
    template = session.scalar(
        select(ProtocolTemplate).where(ProtocolTemplate.code == spec.code, ProtocolTemplate.version == spec.version)
    )
    if template is not None:
        return template
    template = ProtocolTemplate(
        code=spec.code, version=spec.version, name=spec.name.as_dict(), valid_from=spec.valid_from
    )
    template.steps = [
        ProtocolStep(
            number=step.number,
            code=step.code,
            title=step.title.as_dict(),
            legal_basis=step.legal_basis.as_dict(),
            lead_sectors=list(step.lead_sectors),
            notified_sectors=list(step.notified_sectors),
            trigger=step.trigger,
            deadline_hours=step.deadline_hours,
            deadline_by_urgency=dict(step.deadline_by_urgency) if step.deadline_by_urgency else None,
            repeat_every_days=step.repeat_every_days,
            mandatory=step.mandatory,
        )
        for step in spec.steps
    ]
    session.add(template)
    return template
