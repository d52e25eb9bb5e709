"""Where the case list stands in its query, apart from how it is shown (after Anki's browser ``table/state.py``).

The ids of the loaded rows in display order, the keyset cursors at both ends, whether the query goes on before or
after them, and for a search where the next page of hits starts.  No Qt here: ``CaseListModel`` asks what a page
adds, announces the rows to Qt, then lets the state take them.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field

from registry.services.case_list import CasePage, CaseRow, Cursor, SearchPage


@dataclass
class ListState:
    #: the ids of the loaded rows, in display order (8 bytes a row: a million stay small)
    ids: array[int] = field(default_factory=lambda: array("q"))
    #: keyset cursors of the first and last loaded row (a list, not a search)
    first: Cursor | None = None
    last: Cursor | None = None
    more_before: bool = False
    more_after: bool = False
    #: where the next page of search hits starts
    search_after: Cursor | None = None
    #: the cases a search has listed (a child found under two of their names comes back once)
    hit_ids: set[int] = field(default_factory=set)

    def reset(self, page: CasePage | SearchPage) -> None:
        """A new query's first (or last) page is all there is."""
        self.ids = array("q", (row.id for row in page.rows))
        if isinstance(page, SearchPage):
            self.first = self.last = None
            self.more_before, self.more_after = False, page.after is not None
            self.search_after = page.after
            self.hit_ids = {row.id for row in page.rows}
        else:
            self.first, self.last = page.first, page.last
            self.more_before, self.more_after = page.more_before, page.more_after
            self.search_after = None
            self.hit_ids = set()

    def next_anchor(self, searching: bool) -> Cursor | None:
        """Where the page after the last loaded row starts."""
        return self.search_after if searching else self.last

    def new_after(self, page: CasePage | SearchPage) -> list[CaseRow]:
        """The rows of a page read after the last one that the list does not have yet."""
        if isinstance(page, SearchPage):
            return [row for row in page.rows if row.id not in self.hit_ids]
        return page.rows

    def append(self, page: CasePage | SearchPage, rows: list[CaseRow]) -> None:
        """``rows`` (from ``new_after``) go at the end, and the cursors past them."""
        self.ids.extend(row.id for row in rows)
        if isinstance(page, SearchPage):
            self.hit_ids.update(row.id for row in rows)
            self.search_after = page.after
            self.more_after = page.after is not None
        else:
            if page.last is not None:
                self.last = page.last
            self.more_after = page.more_after

    def prepend(self, page: CasePage) -> None:
        """A page read before the first row goes in front of it."""
        if page.rows:
            self.ids[0:0] = array("q", (row.id for row in page.rows))
            self.first = page.first
        self.more_before = page.more_before


__all__ = ["ListState"]
