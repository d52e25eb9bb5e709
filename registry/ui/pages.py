"""The page registry: what the main window's navigation offers, who sees it, and how each page is built.

A page module has a ``register(registry)`` function and is listed in ``PAGE_MODULES``; the main window builds its
navigation from what got registered, in ``NAV_ORDER``.  A navigation slot nobody registered is not shown (no
"coming later" pages).  Modules can also hook into every new main window (``on_main_window``: connect
``window.open_case`` to a case editor, add menu actions) and add screenshots (``add_screenshot``).

A page is any QWidget built by ``factory(ctx)``.  It may define:

- ``activated()``: called each time it is shown (refresh what may have changed elsewhere);
- ``can_leave(then=None) -> bool``: False keeps the user on the page (unsaved changes, after asking).  A page
  that finishes asynchronously (the user chose Save, the save runs through ops) calls ``then()`` once it
  succeeded, so the user goes on to where they were going; a page without ``then`` may also define
  ``can_leave()`` alone (see ``page_can_leave``);
- a ``open_case`` Signal(int): the main window forwards it to ``window.open_case``.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from registry.ui.context import AppContext
    from registry.ui.main_window import MainWindow

#: where each navigation entry goes; unregistered entries are skipped
NAV_ORDER = (
    "dashboard", "my_cases", "all_cases", "referrals", "overdue", "institutions", "protocol_templates",
    "administration",
)

#: modules whose ``register(registry)`` adds pages; part of the application adds itself here
PAGE_MODULES: list[str] = ["registry.ui.case_list", "registry.ui.administration", "registry.ui.case_editor",
                           "registry.ui.referral_log", "registry.ui.dashboard", "registry.ui.idle_lock",
                           "registry.ui.institutions", "registry.ui.protocol_templates", "registry.ui.audit_viewer", "registry.ui.import_page"]


def nav_title(key: str) -> str | None:
    """The translated navigation title of a known slot (None for a key that brings its own title)."""
    titles = {
        "dashboard": QCoreApplication.translate("Navigation", "Dashboard"),
        "my_cases": QCoreApplication.translate("Navigation", "My cases"),
        "all_cases": QCoreApplication.translate("Navigation", "All cases"),
        "referrals": QCoreApplication.translate("Navigation", "Referrals"),
        "overdue": QCoreApplication.translate("Navigation", "Overdue"),
        "institutions": QCoreApplication.translate("Navigation", "Institutions"),
        "protocol_templates": QCoreApplication.translate("Navigation", "Protocol templates"),
        "administration": QCoreApplication.translate("Navigation", "Administration"),
    }
    return titles.get(key)


@dataclass(frozen=True)
class PageSpec:
    key: str
    factory: Callable[[AppContext], QWidget]
    #: roles that see the page; None: everyone
    roles: frozenset[str] | None = None
    #: translated title, for a page outside the known slots (called at window build, so it follows the language)
    title: Callable[[], str] | None = None

    def visible_to(self, role: str) -> bool:
        return self.roles is None or role in self.roles

    def display_title(self) -> str:
        known = nav_title(self.key)
        if known is not None:
            return known
        return self.title() if self.title else self.key


@dataclass(frozen=True)
class ScreenshotStep:
    """One screenshot of ``registry gui --screenshot``: ``take(window)`` returns the widget to save (it may open
    a dialog and wait for it to fill); ``name`` is the file name without ``.png``."""

    name: str
    take: Callable[[MainWindow], QWidget | None]
    order: int = 100


class PageRegistry:
    def __init__(self) -> None:
        self.pages: dict[str, PageSpec] = {}
        self.window_hooks: list[Callable[[MainWindow], None]] = []
        self.screenshots: list[ScreenshotStep] = []

    def add_page(
        self,
        key: str,
        factory: Callable[[AppContext], QWidget],
        *,
        roles: set[str] | frozenset[str] | None = None,
        title: Callable[[], str] | None = None,
    ) -> None:
        self.pages[key] = PageSpec(key, factory, frozenset(roles) if roles is not None else None, title)

    def on_main_window(self, hook: Callable[[MainWindow], None]) -> None:
        self.window_hooks.append(hook)

    def add_screenshot(self, name: str, take: Callable[[MainWindow], QWidget | None], *, order: int = 100) -> None:
        self.screenshots.append(ScreenshotStep(name, take, order))

    def navigation(self, role: str) -> list[PageSpec]:
        """The pages this role sees, known slots in NAV_ORDER first, then others in registration order."""
        ordered = [self.pages[key] for key in NAV_ORDER if key in self.pages]
        ordered += [spec for key, spec in self.pages.items() if key not in NAV_ORDER]
        return [spec for spec in ordered if spec.visible_to(role)]


def page_can_leave(widget: object, then: Callable[[], object] | None = None) -> bool:
    """Ask a page whether the user may leave it; ``then`` is handed on when its ``can_leave`` takes it."""
    can_leave = getattr(widget, "can_leave", None)
    if not callable(can_leave):
        return True
    try:
        takes_then = "then" in inspect.signature(can_leave).parameters
    except (TypeError, ValueError):
        takes_then = False
    return bool(can_leave(then=then) if takes_then else can_leave())


_registry: PageRegistry | None = None


def page_registry() -> PageRegistry:
    """The registry with every module of PAGE_MODULES registered (once per process)."""
    global _registry
    if _registry is None:
        registry = PageRegistry()
        for name in PAGE_MODULES:
            importlib.import_module(name).register(registry)
        _registry = registry
    return _registry


__all__ = ["NAV_ORDER", "PAGE_MODULES", "PageRegistry", "PageSpec", "ScreenshotStep", "nav_title", "page_can_leave", "page_registry"]
