"""Print jobs: read what a document needs, lay it out, return the PDF (imported only when printing)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from registry.printing import PrintCancelled
from registry.printing.casefile import load_case_file
from registry.printing.context import PrintContext
from registry.printing.document import Printed, Section, render

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def case_summary(ctx: PrintContext, case_id: int, *, notes_limit: int) -> Printed:
    from registry.printing.summary import summary_section

    section = summary_section(ctx, load_case_file(ctx.session, case_id), notes_limit=notes_limit)
    return render(ctx, [section], title=f"{section.title} {section.reference}")


def case_summaries(
    ctx: PrintContext,
    case_ids: Sequence[int],
    *,
    notes_limit: int,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Printed:
    """Many summaries in one PDF, each starting on a new page and numbering its own pages.

    ``progress(done, total)`` is called after each case is laid out; ``cancelled()`` is asked before each case
    and after each one, and when it returns True the job stops with PrintCancelled.
    """
    from registry.printing.summary import summary_section

    total = len(case_ids)

    def check() -> None:
        if cancelled is not None and cancelled():
            raise PrintCancelled()

    def sections() -> Iterator[Section]:
        for case_id in case_ids:
            check()
            yield summary_section(ctx, load_case_file(ctx.session, case_id), notes_limit=notes_limit)

    def laid_out(index: int) -> None:
        if progress is not None:
            progress(index + 1, total)
        check()

    return render(ctx, sections(), title=ctx.t("title.summary"), after_section=laid_out)


def checklist(ctx: PrintContext, case_id: int) -> Printed:
    from registry.printing.checklist import checklist_section

    section = checklist_section(ctx, load_case_file(ctx.session, case_id))
    return render(ctx, [section], title=f"{section.title} {section.reference}")


def timeline(ctx: PrintContext, case_id: int) -> Printed:
    from registry.printing.timeline import timeline_section

    section = timeline_section(ctx, load_case_file(ctx.session, case_id))
    return render(ctx, [section], title=f"{section.title} {section.reference}")


def referral_letter(ctx: PrintContext, referral_id: int) -> Printed:
    from registry.printing.letters import letter_section, load_letter

    section = letter_section(ctx, load_letter(ctx, referral_id))
    return render(ctx, [section], title=f"{section.title} {section.reference}")


def blank_form(ctx: PrintContext, form: str) -> Printed:
    from registry.printing.blank import blank_section

    section = blank_section(ctx, form)
    return render(ctx, [section], title=section.title)
