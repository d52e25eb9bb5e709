"""Paragraph and table styles of the centre's documents: one typeface, few sizes, quiet grey rules."""

from __future__ import annotations

from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from registry.printing.fonts import BOLD, REGULAR, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = 20 * mm
MARGIN_RIGHT = 16 * mm
MARGIN_TOP = 11 * mm
MARGIN_BOTTOM = 10 * mm
CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
#: space the footer takes above the bottom margin (rule, confidentiality notice, printed-by, page number)
FOOTER_HEIGHT = 13 * mm
#: space the running header takes on pages after the first
RUNNING_HEADER_HEIGHT = 12 * mm

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#8c8c8c")
HEADER_FILL = colors.HexColor("#e9e9e9")
ALERT = colors.HexColor("#a4161a")


class Styles:
    """The named paragraph styles, built once (fonts registered first)."""

    def __init__(self) -> None:
        register_fonts()
        base = ParagraphStyle("body", fontName=REGULAR, fontSize=9, leading=11.6, textColor=INK, splitLongWords=1)
        self.body = base
        self.small = ParagraphStyle("small", base, fontSize=8, leading=10)
        self.cell = ParagraphStyle("cell", base, fontSize=8, leading=9.8)
        self.cell_bold = ParagraphStyle("cell_bold", self.cell, fontName=BOLD)
        self.cell_alert = ParagraphStyle("cell_alert", self.cell, fontName=BOLD, textColor=ALERT)
        self.head_cell = ParagraphStyle("head_cell", base, fontName=BOLD, fontSize=7.5, leading=9)
        self.label = ParagraphStyle("label", base, fontSize=7.5, leading=9.6, textColor=MUTED)
        self.title = ParagraphStyle(
            "title", base, fontName=BOLD, fontSize=13, leading=16, alignment=TA_CENTER, spaceBefore=2, spaceAfter=2
        )
        self.subtitle = ParagraphStyle("subtitle", base, fontSize=9.5, leading=12, alignment=TA_CENTER, spaceAfter=6)
        self.heading = ParagraphStyle(
            "heading", base, fontName=BOLD, fontSize=10.5, leading=13, spaceBefore=9, spaceAfter=3
        )
        self.bold = ParagraphStyle("bold", base, fontName=BOLD)
        self.right = ParagraphStyle("right", base, alignment=TA_RIGHT)
        self.note = ParagraphStyle("note", self.small, textColor=MUTED, spaceBefore=2, spaceAfter=2)
        self.alert = ParagraphStyle("alert", base, fontName=BOLD, textColor=ALERT)
        self.letterhead_name = ParagraphStyle("letterhead_name", base, fontName=BOLD, fontSize=10.5, leading=13)
        self.letterhead_details = ParagraphStyle("letterhead_details", base, fontSize=8, leading=10, textColor=MUTED)
        self.footer = ParagraphStyle("footer", base, fontSize=6.8, leading=8.2, textColor=MUTED)
        self.form_label = ParagraphStyle("form_label", base, fontSize=8, leading=10, textColor=MUTED)


@cache
def styles() -> Styles:
    return Styles()
