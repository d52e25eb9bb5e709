"""What a page of the main window is: its entry in the navigation (``PageSpec``), who sees it, and what the
window may ask of it (the protocols below).  The application's own pages are the table in ``page_table``.

A page is any QWidget built by ``factory(ctx)``.  It may offer:

- ``activated()`` (``RefreshedOnShow``): called each time it is shown (refresh what may have changed elsewhere);
- ``can_leave(then=None) -> bool`` (``GuardsLeaving``): False keeps the user on the page (unsaved changes, after
  asking).  A page that finishes asynchronously (the user chose Save, the save runs through ops) calls ``then()``
  once it succeeded, so the user goes on to where they were going;
- an ``open_case`` Signal(int) (``OpensCases``): the main window forwards it to ``window.open_case`` (a method
  of that name, as the case editor's, is not a request: the window checks that it is a signal);
- a ``new_case_requested`` Signal() (``AsksForNewCase``): the main window opens the new-case dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from registry.ui.context import AppContext
    from registry.ui.main_window import MainWindow


@runtime_checkable
class RefreshedOnShow(Protocol):
    def activated(self) -> None: ...


@runtime_checkable
class GuardsLeaving(Protocol):
    def can_leave(self, then: Callable[[], object] | None = None) -> bool: ...


@runtime_checkable
class OpensCases(Protocol):
    open_case: SignalInstance


@runtime_checkable
class AsksForNewCase(Protocol):
    new_case_requested: SignalInstance


@dataclass(frozen=True)
class PageSpec:
    key: str
    factory: Callable[[AppContext], QWidget]
    #: roles that see the page; None: everyone
    roles: frozenset[str] | None
    #: the translated navigation title (called when a window is built, so it follows the language)
    title: Callable[[], str]

    def visible_to(self, role: str) -> bool:
        return self.roles is None or role in self.roles


class PageRegistry:
    """Pages in navigation order, and what every new main window gets besides (connections, menu actions)."""

    def __init__(
        self, pages: tuple[PageSpec, ...] = (), window_hooks: tuple[Callable[[MainWindow], None], ...] = ()
    ) -> None:
        self.pages: dict[str, PageSpec] = {spec.key: spec for spec in pages}
        self.window_hooks: list[Callable[[MainWindow], None]] = list(window_hooks)

    def add_page(
        self,
        key: str,
        factory: Callable[[AppContext], QWidget],
        *,
        title: Callable[[], str],
        roles: set[str] | frozenset[str] | None = None,
    ) -> None:
        self.pages[key] = PageSpec(key, factory, frozenset(roles) if roles is not None else None, title)

    def on_main_window(self, hook: Callable[[MainWindow], None]) -> None:
        self.window_hooks.append(hook)

    def navigation(self, role: str) -> list[PageSpec]:
        """The pages this role sees, in the order they were added."""
        return [spec for spec in self.pages.values() if spec.visible_to(role)]


def page_can_leave(widget: QWidget | None, then: Callable[[], object] | None = None) -> bool:
    """Ask a page whether the user may leave it; ``then`` is handed on (see ``GuardsLeaving``)."""
    if isinstance(widget, GuardsLeaving):
        return bool(widget.can_leave(then=then))
    return True


__all__ = [
    "AsksForNewCase",
    "GuardsLeaving",
    "OpensCases",
    "PageRegistry",
    "PageSpec",
    "RefreshedOnShow",
    "page_can_leave",
]
