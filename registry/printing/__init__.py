"""Printable documents of the centre as PDF: case summary, referral letter, protocol checklist, case timeline
and blank forms, in bs, hr, sr-Latn, sr-Cyrl or en.

Importing this package is cheap: ReportLab is loaded the first time a document is built, so the application
starts without it. Every function takes an open Session and only reads (except ``record_printed``); none
imports Qt. The UI calls them off the GUI thread and shows the bytes (pages rendered by PDFium) or sends them to the printer.

Common options:
    language       bs | hr | sr-Latn | sr-Cyrl | en (None: the centre's default)
    printed_by     the user id of the person printing (printed on every page, and whose access to the case
                   is checked, as for ``actor_id``); a name only for the system's own documents
    actor_id       the user printing, when not ``printed_by``; None only for the system itself
    transliterate  None: names and free text in Cyrillic in a sr-Cyrl document, as entered otherwise;
                   False: always as entered; True: also Cyrillic → Latin in a Latin document
    now            the printed-at moment (aware datetime; default: now) — also what "overdue" is measured against
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from registry.services.errors import RegistryError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from registry.printing.document import Printed

__all__ = [
    "BLANK_FORMS",
    "DOCUMENTS",
    "PrintCancelled",
    "build_blank_form",
    "build_case_summaries",
    "build_case_summary",
    "build_checklist",
    "build_referral_letter",
    "build_timeline",
    "print_job",
    "record_printed",
]

#: documents about one case (by case id) or one referral (by referral id), and the blank forms
DOCUMENTS = ("summary", "checklist", "timeline", "referral", "blank")
BLANK_FORMS = ("referral", "note")


class PrintCancelled(RegistryError):
    """The user cancelled a batch; nothing was produced."""

    key = "print.cancelled"


def _context(
    session: Session,
    language: str | None,
    printed_by: str | int | None,
    transliterate: bool | None,
    now: dt.datetime | None,
):
    from registry.printing.context import PrintContext

    return PrintContext.create(session, language=language, printed_by=printed_by, transliterate=transliterate, now=now)


def _check_access(session: Session, document: str, target: int | str, actor_id: int | None) -> None:
    """A document about a case only for a user who may open that case (restricted: assigned or break-the-glass)."""
    from registry.models import Referral
    from registry.services.access import actor, require_case
    from registry.services.errors import NotFound

    if document == "blank":
        actor(session, actor_id)
        return
    case_id = int(target)
    if document == "referral":
        referral = session.get(Referral, case_id)
        if referral is None:
            raise NotFound(what="referral", value=target)
        case_id = referral.case_id
    require_case(session, actor_id, case_id)


def _actor(printed_by: str | int | None, actor_id: int | None) -> int | None:
    return actor_id if actor_id is not None else printed_by if isinstance(printed_by, int) else None


def print_job(
    session: Session,
    document: str,
    target: int | str,
    *,
    language: str | None = None,
    printed_by: str | int | None = None,
    transliterate: bool | None = None,
    now: dt.datetime | None = None,
    notes_limit: int = 10,
    actor_id: int | None = None,
) -> Printed:
    """Any one document as ``Printed(data, pages)``: ``target`` is a case id (summary, checklist, timeline),
    a referral id (referral) or a form name (blank: referral | note). Unknown ids raise NotFound; a case the
    user may not open raises AccessDenied or BreakGlassRequired (``record_printed`` records the printing)."""
    from registry.printing import jobs

    if document in DOCUMENTS:
        _check_access(session, document, target, _actor(printed_by, actor_id))
    ctx = _context(session, language, printed_by, transliterate, now)
    if document == "summary":
        return jobs.case_summary(ctx, int(target), notes_limit=notes_limit)
    if document == "checklist":
        return jobs.checklist(ctx, int(target))
    if document == "timeline":
        return jobs.timeline(ctx, int(target))
    if document == "referral":
        return jobs.referral_letter(ctx, int(target))
    if document == "blank":
        return jobs.blank_form(ctx, str(target))
    raise ValueError(f"unknown document {document!r}; expected one of {DOCUMENTS}")


def build_case_summary(session: Session, case_id: int, **options) -> bytes:
    """The supervisor's case summary of one case (PDF bytes). ``notes_limit``: how many recent notes (10)."""
    return print_job(session, "summary", case_id, **options).data


def build_checklist(session: Session, case_id: int, **options) -> bytes:
    return print_job(session, "checklist", case_id, **options).data


def build_timeline(session: Session, case_id: int, **options) -> bytes:
    return print_job(session, "timeline", case_id, **options).data


def build_referral_letter(session: Session, referral_id: int, **options) -> bytes:
    """An outgoing referral as a letter with a response slip; an incoming one as feedback to its sender."""
    return print_job(session, "referral", referral_id, **options).data


def build_blank_form(session: Session, form: str, **options) -> bytes:
    """``referral`` (blank referral form with response slip) or ``note`` (blank official note)."""
    return print_job(session, "blank", form, **options).data


def build_case_summaries(
    session: Session,
    case_ids: Sequence[int],
    *,
    language: str | None = None,
    printed_by: str | int | None = None,
    transliterate: bool | None = None,
    now: dt.datetime | None = None,
    notes_limit: int = 10,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    actor_id: int | None = None,
) -> bytes:
    """The summaries of several cases in one PDF, each from a new page with its own "page X of Y".

    ``progress(done, total)`` is called as each case is finished; when ``cancelled()`` returns True the job
    stops with PrintCancelled. Both are called on the thread that runs the job.
    """
    from registry.printing import jobs

    for case_id in case_ids:
        _check_access(session, "summary", case_id, _actor(printed_by, actor_id))
    ctx = _context(session, language, printed_by, transliterate, now)
    return jobs.case_summaries(ctx, case_ids, notes_limit=notes_limit, progress=progress, cancelled=cancelled).data


def record_printed(
    session: Session,
    document: str,
    *,
    actor_id: int | None,
    case_id: int | None = None,
    referral_id: int | None = None,
    language: str | None = None,
    pages: int | None = None,
) -> None:
    """Add "printed" to the audit trail in the caller's transaction (printing discloses a child's data)."""
    from registry.services import audit

    entity, entity_id = ("referral", referral_id) if referral_id is not None else ("case", case_id)
    audit.record(
        session,
        "print",
        user_id=actor_id,
        entity=entity if entity_id is not None else "",
        entity_id=entity_id,
        case_id=case_id,
        details={"document": document, "language": language, "pages": pages},
    )
