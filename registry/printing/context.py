"""What every document needs besides its data: language, script, the centre's letterhead, who printed it and when.

No ReportLab here: the UI may build a ``PrintContext`` (for instance to show the document title) without paying
for the PDF machinery.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from registry import i18n
from registry.i18n.transliteration import has_cyrillic, to_cyrillic, to_latin
from registry.models import Centre, User
from registry.services import lookups
from registry.services.case_view import InstitutionView
from registry.services.dates import age_on, format_date, format_datetime
from registry.services.errors import NotFound

#: keys of a template's translated dict (protocol name, step titles, legal basis) by document language
_TEMPLATE_KEY = {"bs": "bs", "hr": "hr", "sr-Latn": "sr_latn", "sr-Cyrl": "sr_cyrl", "en": "en"}


@dataclass(frozen=True)
class Letterhead:
    """The centre as it heads every document."""

    name: str
    details: str
    logo: bytes | None
    municipality: str
    entity: str


@dataclass
class PrintContext:
    """The language and script of one print job, with the conversions every document applies.

    ``transliterate``: None prints names and free text in Cyrillic for ``sr-Cyrl`` and as entered otherwise;
    True also converts them to Latin in a Latin document; False prints them exactly as entered.
    """

    session: Session
    language: str
    transliterate: bool
    printed_by: str
    printed_at: dt.datetime
    letterhead: Letterhead
    _labels: dict[str, dict[str, str]] = field(default_factory=dict, repr=False)

    @classmethod
    def create(
        cls,
        session: Session,
        *,
        language: str | None = None,
        transliterate: bool | None = None,
        printed_by: str | int | None = None,
        now: dt.datetime | None = None,
    ) -> PrintContext:
        lang = i18n.normalise_language(language or _centre_language(session))
        cyrillic = lang == "sr-Cyrl"
        centre = session.query(Centre).first()
        if centre is None:
            raise NotFound(what="centre", value="(registry init --profile ...)")
        context = cls(
            session=session,
            language=lang,
            transliterate=cyrillic if transliterate is None else transliterate,
            printed_by=_printed_by(session, printed_by),
            printed_at=now or dt.datetime.now(dt.UTC),
            letterhead=Letterhead(name="", details="", logo=None, municipality="", entity=centre.entity),
        )
        context.letterhead = context._letterhead(centre)
        return context

    # -------------------------------------------------------------------------------------- words
    @property
    def cyrillic(self) -> bool:
        return self.language == "sr-Cyrl"

    def t(self, key: str, **params: object) -> str:
        """A printing message (``print.<key>``) in the document's language."""
        return i18n.text(f"print.{key}", self.language, **params)

    def label(self, kind: str, code: str | None) -> str:
        """A lookup code's label in the document's language (the code itself if the lookup has no such entry)."""
        if code is None or code == "":
            return ""
        labels = self._labels.get(kind)
        if labels is None:
            labels = self._labels[kind] = lookups.labels(self.session, kind, self.language)
        return labels.get(code, code)

    def labels(self, kind: str, codes: list[str]) -> str:
        return ", ".join(self.label(kind, code) for code in codes)

    def translated(self, values: dict[str, Any] | None) -> str:
        """A template's own translated text (protocol name, step title) in the document's language."""
        if not values:
            return ""
        return str(values.get(_TEMPLATE_KEY[self.language]) or values.get("bs") or next(iter(values.values()), ""))

    def free(self, text: str | None) -> str:
        """Names and free text, in the document's script when transliteration is on."""
        if not text:
            return ""
        if not self.transliterate:
            return text
        if self.cyrillic:
            return to_cyrillic(text)
        return to_latin(text) if has_cyrillic(text) else text

    def person(self, given: str, family: str) -> str:
        return self.free(f"{given} {family}".strip())

    def institution(self, institution: InstitutionView | None) -> str:
        """An institution's name: its own Cyrillic name in a Cyrillic document when the directory has one."""
        if institution is None:
            return ""
        if self.cyrillic and institution.name_cyrl:
            return institution.name_cyrl
        return self.free(institution.name)

    def yes_no(self, value: bool) -> str:
        return self.t("yes" if value else "no")

    # -------------------------------------------------------------------------------------- dates
    @staticmethod
    def date(value: dt.date | dt.datetime | None) -> str:
        return format_date(value)

    @staticmethod
    def moment(value: dt.datetime | None) -> str:
        return format_datetime(value)

    def birth(self, birth_date: dt.date | None, approximate: bool = False) -> str:
        if birth_date is None:
            return ""
        text = format_date(birth_date)
        if approximate:
            text += f" ({self.t('approximate')})"
        years = age_on(birth_date, self.printed_at.date())
        return f"{text}, {self.t('years', years=years)}" if years >= 0 else text

    def printed_line(self) -> str:
        at = format_datetime(self.printed_at)
        if self.printed_by:
            return self.t("printed", name=self.free(self.printed_by), at=at)
        return self.t("printed_at", at=at)

    # -------------------------------------------------------------------------------------- the centre
    def _letterhead(self, centre: Centre) -> Letterhead:
        name = centre.name_cyrl if self.cyrillic and centre.name_cyrl else centre.name
        municipality = (
            centre.municipality_name_cyrl
            if self.cyrillic and centre.municipality_name_cyrl
            else centre.municipality_name
        )
        parts = [self.free(centre.address)] if centre.address else []
        if centre.phone:
            parts.append(self.t("phone", phone=centre.phone))
        if centre.email:
            parts.append(centre.email)
        return Letterhead(
            name=name,
            details=" · ".join(parts),
            logo=centre.logo or None,
            municipality=municipality,
            entity=centre.entity,
        )

    def legal_basis(self) -> str:
        key = f"legal.{self.letterhead.entity}"
        if not i18n.has(f"print.{key}"):
            key = "legal.FBiH"
        return self.t(key, municipality=self.letterhead.municipality)


def _centre_language(session: Session) -> str | None:
    from registry.services.setup import centre_language

    return centre_language(session)


def _printed_by(session: Session, printed_by: str | int | None) -> str:
    if printed_by is None:
        return ""
    if isinstance(printed_by, int):
        user = session.get(User, printed_by)
        return user.full_name if user else ""
    return printed_by.strip()
