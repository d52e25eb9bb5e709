"""Shipped reference data: municipality profiles, lookup typologies and protocol templates.

The data lives in TOML files under ``resources/`` (``lookups.toml``, ``profiles/<code>.toml``,
``protocols/<code>.toml``, ``municipalities.toml``).  The modules of this package read and validate them and hand
back frozen dataclasses; they are pure Python (``tomllib``): no Qt, no database.

- ``specs``: the dataclasses, codes and :class:`ProfileError`;
- ``toml_reader``: typed field access that reports the file, the field and its line;
- ``loading``: lookups, profiles and where the resources are; ``templates``: protocol templates;
- ``municipalities``: the list of every municipality of Bosnia and Herzegovina;
- ``authoring``: writing a new profile to complete and checking one for IT staff.
"""

from registry.services.profiles.loading import (
    list_profiles,
    load_lookups,
    load_profile,
    load_profile_file,
    load_protocol_template,
    lookup_codes,
    profile_codes,
    profiles_dir,
    resources_dir,
)
from registry.services.profiles.specs import (
    BASE_TRIGGERS,
    ENTITIES,
    ENV_RESOURCES,
    LABEL_KEYS,
    LOOKUP_KINDS,
    PROFILE_LANGUAGES,
    SCRIPTS,
    CaseNumbers,
    Centre,
    InstitutionSpec,
    Labels,
    Locale,
    LookupSpec,
    Municipality,
    Profile,
    ProfileError,
    ProtocolRef,
    ProtocolStepSpec,
    ProtocolTemplateSpec,
    Retention,
    UnknownProfile,
    UnknownTemplate,
)

__all__ = [
    "BASE_TRIGGERS",
    "ENTITIES",
    "ENV_RESOURCES",
    "LABEL_KEYS",
    "LOOKUP_KINDS",
    "PROFILE_LANGUAGES",
    "SCRIPTS",
    "CaseNumbers",
    "Centre",
    "InstitutionSpec",
    "Labels",
    "Locale",
    "LookupSpec",
    "Municipality",
    "Profile",
    "ProfileError",
    "ProtocolRef",
    "ProtocolStepSpec",
    "ProtocolTemplateSpec",
    "Retention",
    "UnknownProfile",
    "UnknownTemplate",
    "list_profiles",
    "load_lookups",
    "load_profile",
    "load_profile_file",
    "load_protocol_template",
    "lookup_codes",
    "profile_codes",
    "profiles_dir",
    "resources_dir",
]
