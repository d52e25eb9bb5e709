"""Which sheet is which and which column is which field: proposed from the headers, changeable by the user.

A spreadsheet often has a title row or a merged group heading above the real header, blank rows at the end and
empty columns on the right: the header is the row (among the first ten) that names the most known columns,
blank rows are skipped, and cells beyond the header count only when something is written in them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from registry.services.importing.columns import CASES, SHEETS, SheetSpec, header_key, recognise_header, sheet_for_name
from registry.services.importing.reading import Sheet, Workbook

HEADER_SEARCH_ROWS = 10
#: sheets of the template that hold no records
_IGNORED = {
    header_key(name)
    for name in (
        "upute",
        "uputstvo",
        "instructions",
        "about",
        "o izvozu",
        "readme",
        "sifrarnici",
        "sifarnici",
        "sifrarnik",
        "codes",
    )
}


@dataclass
class SheetMapping:
    sheet: Sheet
    spec: SheetSpec
    header_row: int  # index into sheet.rows
    columns: dict[int, str] = field(default_factory=dict)  # cell position -> field key

    @property
    def header(self) -> list[str]:
        return self.sheet.rows[self.header_row].cells if self.sheet.rows else []

    def missing(self) -> list[str]:
        """Required fields no column is mapped to (a full name column stands for both name fields)."""
        mapped = set(self.columns.values())
        if mapped & {"full_name", "full_name_reversed"}:
            mapped |= {"given_name", "family_name"}
        return [c.key for c in self.spec.columns if c.required and c.key not in mapped]

    def records(self) -> list[tuple[int, dict[str, str], list[str]]]:
        """(line, field → text, cells beyond the header that hold something) for every non-blank data row."""
        width = len(self.header)
        out = []
        for row in self.sheet.rows[self.header_row + 1 :]:
            if not any(cell.strip() for cell in row.cells):
                continue
            values = {key: row.cells[pos] if pos < len(row.cells) else "" for pos, key in self.columns.items()}
            extra = [cell for cell in row.cells[width:] if cell.strip()]
            out.append((row.line, values, extra))
        return out


def _best_header(sheet: Sheet, spec: SheetSpec) -> tuple[int, dict[int, str]]:
    best_row, best = 0, dict[int, str]()
    for index, row in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
        found = recognise_header(spec, row.cells)
        if len(found) > len(best):
            best_row, best = index, found
    return best_row, best


def propose(book: Workbook) -> tuple[list[SheetMapping], list[str]]:
    """A mapping for every sheet that holds records, and the names of the sheets left out."""
    mappings: list[SheetMapping] = []
    skipped: list[str] = []
    for sheet in book.sheets:
        if not any(any(cell.strip() for cell in row.cells) for row in sheet.rows):
            continue
        if header_key(sheet.name) in _IGNORED:
            skipped.append(sheet.name)
            continue
        spec = sheet_for_name(sheet.name)
        if spec is None:
            scored = [(spec, *_best_header(sheet, spec)) for spec in SHEETS]
            spec, row, found = max(scored, key=lambda item: len(item[2]))
            if len(book.sheets) > 1 and len(found) < 2:
                skipped.append(sheet.name)
                continue
            if len(book.sheets) == 1 or len(found) < 2:
                spec = CASES
        row, found = _best_header(sheet, spec)
        mappings.append(SheetMapping(sheet, spec, row, found))
    mappings.sort(key=lambda m: [s.key for s in SHEETS].index(m.spec.key))
    return mappings, skipped
