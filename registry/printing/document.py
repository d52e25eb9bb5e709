"""Page layout shared by every document: A4, the centre's letterhead, a running header, the confidentiality
marking, printed-by/printed-at and "page X of Y" on every page.

A print job is one or more *sections* (one document each: a batch of case summaries is many sections in one PDF);
each section starts on a fresh page under the full letterhead and numbers its own pages. "Y" is only known when
the layout is finished, so the canvas keeps every page and draws the decorations when the PDF is saved.
Sections may be produced lazily: the next one is asked for only when the previous one has been laid out, which
is where a batch reports progress and notices cancellation.
"""

from __future__ import annotations

import io
import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph

from registry.printing.context import PrintContext
from registry.printing.fonts import BOLD, REGULAR
from registry.printing.styles import (
    ALERT,
    CONTENT_WIDTH,
    FOOTER_HEIGHT,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    RUNNING_HEADER_HEIGHT,
    styles,
)

log = logging.getLogger(__name__)

LOGO_MAX_HEIGHT = 17 * mm
LOGO_MAX_WIDTH = 30 * mm
GAP = 4 * mm


@dataclass
class Section:
    """One document of a print job."""

    title: str
    #: what identifies the document on every page: a case number, a registry number, "" for a blank form
    reference: str
    story: list[Flowable] = field(default_factory=list)
    #: a blank form: the confidentiality notice says it becomes confidential once filled in
    blank: bool = False
    #: a footer notice of its own instead of the confidentiality notice (e.g. an anonymised statistical report)
    notice: str = ""


@dataclass(frozen=True)
class Printed:
    data: bytes
    pages: int


@dataclass(frozen=True)
class _PageInfo:
    section: int
    first: bool
    title: str
    reference: str
    blank: bool
    notice: str = ""


class _Marker(Flowable):
    """An invisible flowable telling the document where a section starts or ends."""

    def __init__(self, index: int, section: Section | None = None) -> None:
        super().__init__()
        self.index = index
        self.section = section

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class _SectionStart(_Marker):
    pass


class _SectionEnd(_Marker):
    pass


class _Letterhead:
    """The centre's name, address and logo across the top of a section's first page."""

    def __init__(self, ctx: PrintContext) -> None:
        st = styles()
        head = ctx.letterhead
        self.mark = ctx.t("confidential")
        self.logo, logo_width, logo_height = _logo(head.logo)
        mark_width = stringWidth(self.mark, BOLD, 8.5)
        text_width = CONTENT_WIDTH - mark_width - GAP - (logo_width + GAP if logo_width else 0)
        self.text_x = MARGIN_LEFT + (logo_width + GAP if logo_width else 0)
        self.logo_size = (logo_width, logo_height)
        self.name = Paragraph(escape(head.name), st.letterhead_name)
        _, name_height = self.name.wrap(text_width, PAGE_HEIGHT)
        self.details = Paragraph(escape(head.details), st.letterhead_details) if head.details else None
        details_height = self.details.wrap(text_width, PAGE_HEIGHT)[1] if self.details else 0
        self.text_heights = (name_height, details_height)
        self.height = max(logo_height, name_height + details_height + 1 * mm) + 3 * mm

    def draw(self, canvas: Canvas) -> None:
        top = PAGE_HEIGHT - MARGIN_TOP
        if self.logo is not None:
            width, height = self.logo_size
            canvas.drawImage(self.logo, MARGIN_LEFT, top - height, width, height, mask="auto")
        name_height, details_height = self.text_heights
        self.name.drawOn(canvas, self.text_x, top - name_height)
        if self.details is not None:
            self.details.drawOn(canvas, self.text_x, top - name_height - 1 * mm - details_height)
        _mark(canvas, self.mark, top - 8.5)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.8)
        rule_y = top - self.height + 1 * mm
        canvas.line(MARGIN_LEFT, rule_y, PAGE_WIDTH - MARGIN_RIGHT, rule_y)


def _logo(data: bytes | None) -> tuple[ImageReader | None, float, float]:
    if not data:
        return None, 0, 0
    try:
        reader = ImageReader(io.BytesIO(data))
        pixels_wide, pixels_high = reader.getSize()
    except Exception:  # a logo that cannot be read must not stop the centre printing
        log.warning("the centre's logo could not be read; printing without it", exc_info=True)
        return None, 0, 0
    scale = min(LOGO_MAX_HEIGHT / pixels_high, LOGO_MAX_WIDTH / pixels_wide)
    return reader, pixels_wide * scale, pixels_high * scale


def _mark(canvas: Canvas, text: str, y: float) -> None:
    canvas.setFont(BOLD, 8.5)
    canvas.setFillColor(ALERT)
    canvas.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, y, text)


def _fit(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class _Decorator:
    """Draws everything around the text of a page once the number of pages is known."""

    def __init__(self, ctx: PrintContext, letterhead: _Letterhead) -> None:
        self.ctx = ctx
        self.letterhead = letterhead
        self.printed = ctx.printed_line()
        self.notice = {blank: ctx.t("confidential_blank" if blank else "confidential_notice") for blank in (0, 1)}

    def __call__(self, canvas: Canvas, info: _PageInfo, page: int, pages: int) -> None:
        canvas.saveState()
        if info.first:
            self.letterhead.draw(canvas)
        else:
            self._running_header(canvas, info)
        self._footer(canvas, info, page, pages)
        canvas.restoreState()

    def _running_header(self, canvas: Canvas, info: _PageInfo) -> None:
        top = PAGE_HEIGHT - MARGIN_TOP
        mark = self.letterhead.mark
        width = CONTENT_WIDTH - stringWidth(mark, BOLD, 8.5) - GAP
        canvas.setFillColor(MUTED)
        canvas.setFont(REGULAR, 7.5)
        canvas.drawString(MARGIN_LEFT, top - 7.5, _fit(self.ctx.letterhead.name, REGULAR, 7.5, width))
        line = "  ·  ".join(part for part in (info.title, info.reference) if part)
        canvas.setFont(BOLD, 7.5)
        canvas.drawString(MARGIN_LEFT, top - 17, _fit(line, BOLD, 7.5, width))
        _mark(canvas, mark, top - 8.5)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        rule_y = top - RUNNING_HEADER_HEIGHT + 4 * mm
        canvas.line(MARGIN_LEFT, rule_y, PAGE_WIDTH - MARGIN_RIGHT, rule_y)

    def _footer(self, canvas: Canvas, info: _PageInfo, page: int, pages: int) -> None:
        st = styles()
        top = MARGIN_BOTTOM + FOOTER_HEIGHT - 2 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_LEFT, top, PAGE_WIDTH - MARGIN_RIGHT, top)
        right_width = 42 * mm
        canvas.setFillColor(MUTED)
        canvas.setFont(BOLD, 8)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, top - 10, self.ctx.t("page", page=page, pages=pages))
        if info.reference:
            canvas.setFont(REGULAR, 7)
            canvas.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, top - 19, _fit(info.reference, REGULAR, 7, right_width))
        notice = Paragraph(
            f"<b>{escape(self.letterhead.mark)}</b> — {escape(info.notice or self.notice[int(info.blank)])}<br/>"
            f"{escape(self.printed)}",
            st.footer,
        )
        _, height = notice.wrap(CONTENT_WIDTH - right_width - GAP, FOOTER_HEIGHT)
        notice.drawOn(canvas, MARGIN_LEFT, top - 2 - height)


def _canvas_class(decorate: _Decorator) -> type[Canvas]:
    class DecoratedCanvas(Canvas):
        """Keeps each finished page and draws its decorations at save time, when the page count is known."""

        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            self._kept: list[tuple[dict, _PageInfo]] = []
            self.page_info: _PageInfo | None = None

        def showPage(self) -> None:
            assert self.page_info is not None
            self._kept.append((dict(self.__dict__), self.page_info))
            self._startPage()  # type: ignore[attr-defined]  # ReportLab's own, missing from its stubs

        def save(self) -> None:
            counts = Counter(info.section for _, info in self._kept)
            numbers: Counter[int] = Counter()
            self.pages_total = len(self._kept)
            for state, info in self._kept:
                self.__dict__.update(state)
                numbers[info.section] += 1
                decorate(self, info, numbers[info.section], counts[info.section])
                Canvas.showPage(self)
            Canvas.save(self)

    return DecoratedCanvas


class _Document(BaseDocTemplate):
    def __init__(
        self,
        buffer: io.BytesIO,
        ctx: PrintContext,
        sections: Iterator[Section],
        after_section: Callable[[int], None] | None,
        letterhead: _Letterhead,
        title: str,
    ) -> None:
        super().__init__(
            buffer,
            pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=title,
            author=ctx.letterhead.name,
            creator="Centre Case Registry",
            lang=ctx.language,
            initialFontName=REGULAR,
            initialFontSize=9,  # else every page names Helvetica as its first font
        )
        bottom = MARGIN_BOTTOM + FOOTER_HEIGHT
        first_top = PAGE_HEIGHT - MARGIN_TOP - letterhead.height - 2 * mm
        later_top = PAGE_HEIGHT - MARGIN_TOP - RUNNING_HEADER_HEIGHT
        self.addPageTemplates(
            [
                PageTemplate(
                    "first",
                    [_frame("first", bottom, first_top)],
                    onPageEnd=self._page_end,
                    autoNextPageTemplate="later",
                ),
                PageTemplate("later", [_frame("later", bottom, later_top)], onPageEnd=self._page_end),
            ]
        )
        self._sections = sections
        self._after_section = after_section
        self._story: list[Flowable] = []
        self._index = -1
        self._current: Section | None = None
        self._current_index = 0

    def run(self, canvasmaker: type[Canvas]) -> None:
        if self._queue_next():
            self.build(self._story, canvasmaker=canvasmaker)

    def _queue_next(self) -> bool:
        section = next(self._sections, None)
        if section is None:
            return False
        self._index += 1
        if self._index:
            self._story.extend([NextPageTemplate("first"), PageBreak()])
        self._story.append(_SectionStart(self._index, section))
        self._story.extend(section.story)
        self._story.append(_SectionEnd(self._index))
        return True

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, _SectionStart):
            self._current, self._current_index = flowable.section, flowable.index
        elif isinstance(flowable, _SectionEnd):
            if self._after_section is not None:
                self._after_section(flowable.index)
            self._queue_next()

    def _page_end(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        section = self._current
        assert section is not None
        canvas.page_info = _PageInfo(  # type: ignore[attr-defined]
            self._current_index,
            self.pageTemplate.id == "first",
            section.title,
            section.reference,
            section.blank,
            section.notice,
        )


def _frame(name: str, bottom: float, top: float) -> Frame:
    return Frame(
        MARGIN_LEFT,
        bottom,
        CONTENT_WIDTH,
        top - bottom,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id=name,
    )


def render(
    ctx: PrintContext,
    sections: Iterable[Section],
    *,
    title: str = "",
    after_section: Callable[[int], None] | None = None,
) -> Printed:
    """Lay out the sections into one PDF; ``after_section(i)`` is called when section ``i`` is laid out."""
    letterhead = _Letterhead(ctx)
    buffer = io.BytesIO()
    document = _Document(buffer, ctx, iter(sections), after_section, letterhead, title)
    canvas_class = _canvas_class(_Decorator(ctx, letterhead))
    made: list[Canvas] = []

    def maker(*args: Any, **kwargs: Any) -> Canvas:
        canvas = canvas_class(*args, **kwargs)
        made.append(canvas)
        return canvas

    document.run(maker)  # type: ignore[arg-type]
    pages = getattr(made[-1], "pages_total", 0) if made else 0
    return Printed(buffer.getvalue(), pages)
