"""Building blocks of the documents: titles, section headings, label/value grids, data tables that split across
pages with their header row repeated, free text, signature lines and lines to write on."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from registry.printing.fonts import REGULAR
from registry.printing.styles import ALERT, CONTENT_WIDTH, HEADER_FILL, MUTED, RULE, styles

Cell = str | Flowable


def table_style(commands: list) -> TableStyle:
    """A TableStyle whose plain-string cells use DejaVu too (ReportLab's default would add Helvetica)."""
    return TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 8), *commands])


def markup(text: str | None) -> str:
    """Plain text as Paragraph markup: escaped, line breaks kept."""
    if not text:
        return ""
    return escape(text.strip()).replace("\r\n", "\n").replace("\n", "<br/>")


def para(text: str | None, style_name: str = "body") -> Paragraph:
    return Paragraph(markup(text), getattr(styles(), style_name))


def title(main: str, subtitle: str = "") -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [Paragraph(markup(main), st.title)]
    if subtitle:
        out.append(Paragraph(markup(subtitle), st.subtitle))
    return out


def heading(text: str) -> list[Flowable]:
    """A section heading with a rule under it; it never stands alone at the foot of a page."""
    table = Table([[Paragraph(markup(text), styles().heading)]], colWidths=[CONTENT_WIDTH])
    table.setStyle(
        table_style(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.6, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return [CondPageBreak(32 * mm), Spacer(0, 3 * mm), table, Spacer(0, 2.5 * mm)]


def fields(rows: Sequence[Sequence[tuple[str, str]]], *, label_width: float = 31 * mm) -> Table:
    """Label/value pairs, two per line; a line with one pair gives its value the whole width."""
    st = styles()
    half = CONTENT_WIDTH / 2
    data = []
    spans = []
    for index, row in enumerate(rows):
        cells: list[Cell] = []
        for label, value in row[:2]:
            cells += [Paragraph(markup(label), st.label), Paragraph(markup(value) or "—", st.body)]
        if len(row) == 1:
            cells += ["", ""]
            spans.append(("SPAN", (1, index), (3, index)))
        data.append(cells)
    table = Table(data, colWidths=[label_width, half - label_width, label_width, half - label_width], splitInRow=1)
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 1.2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
                ("TOPPADDING", (0, 0), (0, -1), 2.2),
                ("TOPPADDING", (2, 0), (2, -1), 2.2),
                *spans,
            ]
        )
    )
    return table


def table(
    header: Sequence[str], rows: Sequence[Sequence[Cell]], widths: Sequence[float], *, alert_rows: Sequence[int] = ()
) -> Table:
    """A data table: the header row repeats on every page, long rows may split between pages.

    ``widths`` are fractions of the text width; ``alert_rows`` (0-based, without the header) get a red rule
    on their left edge so overdue items stand out even in a black-and-white copy (the text says it too).
    """
    st = styles()
    data: list[list[Cell]] = [[Paragraph(markup(text), st.head_cell) for text in header]]
    for row in rows:
        data.append([cell if isinstance(cell, Flowable) else Paragraph(markup(cell), st.cell) for cell in row])
    total = sum(widths)
    result = Table(data, colWidths=[CONTENT_WIDTH * w / total for w in widths], repeatRows=1, splitInRow=1)
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEABOVE", (0, 0), (-1, 0), 0.6, RULE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    for index in alert_rows:
        commands.append(("LINEBEFORE", (0, index + 1), (0, index + 1), 2, ALERT))
    result.setStyle(table_style(commands))
    return result


def cell(text: str | None, style_name: str = "cell") -> Paragraph:
    return Paragraph(markup(text), getattr(styles(), style_name))


def lines_cell(*parts: tuple[str, str | None]) -> Paragraph:
    """Several labelled bits of text in one cell: ``label: text`` per line, empty ones left out."""
    st = styles()
    out = []
    for label, text in parts:
        if text and text.strip():
            out.append(f'<font color="#555555">{markup(label)}:</font> {markup(text)}' if label else markup(text))
    return Paragraph("<br/>".join(out), st.cell)


def free_text(text: str | None) -> list[Flowable]:
    """Free text as paragraphs (one per blank-line-separated block), so a long text flows over pages."""
    if not text or not text.strip():
        return []
    blocks = [block for block in text.replace("\r\n", "\n").split("\n\n") if block.strip()]
    st = styles()
    return [Paragraph(markup(block), st.body) for block in blocks] + [Spacer(0, 1.5 * mm)]


def nothing(text: str) -> Paragraph:
    return Paragraph(markup(text), styles().note)


def note(text: str) -> Paragraph:
    return Paragraph(markup(text), styles().note)


def signatures(labels: Sequence[str], *, date_label: str = "") -> Table:
    """Signature lines side by side, each with its label under the line."""
    st = styles()
    names = [*labels, date_label] if date_label else list(labels)
    gap = 8 * mm
    width = (CONTENT_WIDTH - gap * (len(names) - 1)) / len(names)
    lines: list[Cell] = []
    captions: list[Cell] = []
    widths: list[float] = []
    for index, name in enumerate(names):
        if index:
            lines.append("")
            captions.append("")
            widths.append(gap)
        lines.append("")
        captions.append(Paragraph(markup(name), st.label))
        widths.append(width)
    data = [lines, captions]
    result = Table(data, colWidths=widths, rowHeights=[12 * mm, None])
    commands: list[tuple[Any, ...]] = [
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
    ]
    for index in range(len(names)):
        commands.append(("LINEBELOW", (index * 2, 0), (index * 2, 0), 0.6, MUTED))
    result.setStyle(table_style(commands))
    return result


class WritingLines(Flowable):
    """Ruled lines to write on by hand."""

    def __init__(self, count: int, *, spacing: float = 7 * mm, width: float = CONTENT_WIDTH) -> None:
        super().__init__()
        self.count = count
        self.spacing = spacing
        self.line_width = width

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = min(self.line_width, available_width)
        self.height = self.count * self.spacing
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        fits = int(available_height // self.spacing)
        if fits < 2 or fits >= self.count:
            return []
        return [
            WritingLines(fits, spacing=self.spacing, width=self.line_width),
            WritingLines(self.count - fits, spacing=self.spacing, width=self.line_width),
        ]

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.setDash(1, 2)
        for index in range(self.count):
            y = self.height - (index + 1) * self.spacing + 1
            canvas.line(0, y, self.width, y)


def form_field(label: str, lines: int = 1) -> list[Flowable]:
    """A labelled space to fill in by hand."""
    return [keep([Paragraph(markup(label), styles().form_label), WritingLines(lines)]), Spacer(0, 2 * mm)]


def side_by_side(left: list[Flowable], right: list[Flowable], *, gap: float = 8 * mm) -> Table:
    """Two columns of flowables (two form fields on one line)."""
    half = (CONTENT_WIDTH - gap) / 2
    result = Table([[left, "", right]], colWidths=[half, gap, half])
    result.setStyle(
        table_style(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return result


def keep(flowables: list[Flowable]) -> Table:
    """Flowables that must not be split between pages, as one table cell.

    Unlike KeepTogether this can sit inside a table cell or another KeepTogether (KeepTogether claims an
    "infinite" height to force its own split, which breaks either of those).
    """
    result = Table([[flowables]], colWidths=[None])
    result.setStyle(
        table_style(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return result


def choices(label: str, options: Sequence[str]) -> list[Flowable]:
    """Boxes to tick, one per option, flowing over as many lines as they need."""
    boxes = "&nbsp;&nbsp;&nbsp; ".join(f"☐&nbsp;{markup(option).replace(' ', '&nbsp;')}" for option in options)
    st = styles()
    return [keep([Paragraph(markup(label), st.form_label), Paragraph(boxes, st.body)]), Spacer(0, 2.5 * mm)]
