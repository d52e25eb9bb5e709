"""UI test fixtures: real windows (offscreen), a real database per test, the real ops layer and translations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from registry.db import transaction
from registry.models import User
from registry.services.cases import register_case
from registry.services.users import UserInput, create_user
from registry.ui.collector import GuiThreadCollector
from registry.ui.context import AppContext, SignedInUser, load_centre, load_reference
from registry.ui.launch import load_fonts
from registry.ui.ops import Ops
from registry.ui.translations import Translations
from tests.helpers import new_case


@pytest.fixture(scope="session", autouse=True)
def shipped_fonts(qapp: QApplication) -> str | None:
    return load_fonts(qapp)


@pytest.fixture(scope="session", autouse=True)
def gui_thread_collector(qapp: QApplication) -> Iterator[GuiThreadCollector]:
    """As in the application: cyclic garbage is collected on the GUI thread only, never on an ops worker (where
    freeing a Qt object deleted it off the GUI thread: a segmentation fault now and then, "during garbage
    collection", in tests/ui/test_corrections_ui.py among others)."""
    collector = GuiThreadCollector(qapp)
    collector.install()
    yield collector
    collector.uninstall()


@pytest.fixture
def qtbot(qtbot: QtBot) -> Iterator[QtBot]:
    """pytest-qt's ``qtbot``, which also keeps every widget given to ``addWidget`` until the test's teardown ends.

    pytest-qt holds them weakly: a page then went when the test function returned (its model with it, before
    ``qtmodeltester`` had finished with it), or, caught in a reference cycle, whenever and on whichever thread the
    collector ran.  Kept here, each is closed by pytest-qt and let go on the GUI thread, at a known moment.
    """
    kept: list[QWidget] = []
    add_widget = qtbot.addWidget

    def keep(widget: QWidget, *, before_close_func: Callable[[QWidget], None] | None = None) -> None:
        kept.append(widget)
        add_widget(widget, before_close_func=before_close_func)

    qtbot.addWidget = keep  # type: ignore[method-assign]
    yield qtbot
    kept.clear()


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    installed = Translations()
    yield installed
    installed.apply("en")


@pytest.fixture
def make_ctx(
    qapp: QApplication, engine: Engine, sessions: sessionmaker[Session], translations: Translations
) -> Iterator[Callable[..., AppContext]]:
    """Build the context a signed-in window gets; every ops worker is stopped after the test."""
    made: list[Ops] = []

    def build(user: User, language: str = "en") -> AppContext:
        lang = translations.apply(language)
        ops = Ops(sessions)
        made.append(ops)
        with sessions() as session:
            reference = load_reference(session, lang)
            centre = load_centre(session)
        return AppContext(
            engine=engine,
            sessions=sessions,
            ops=ops,
            translations=translations,
            language=lang,
            user=SignedInUser.of(user),
            centre=centre,
            reference=reference,
        )

    yield build
    for ops in made:
        ops.shutdown()


@pytest.fixture
def admin(sessions: sessionmaker[Session]) -> User:
    with transaction(sessions) as session:
        return create_user(
            session, UserInput("edin", "Edin Hasanović", "administrator", "admin password 2026"), actor_id=None
        )


def register(sessions: sessionmaker[Session], actor: User, given: str, family: str, **options: object) -> int:
    with transaction(sessions) as session:
        return register_case(session, new_case(given, family, **options), actor_id=actor.id).case.id


def seed_demo_cases(sessions: sessionmaker[Session], count: int) -> None:
    from registry.services.demo import seed_demo

    with sessions() as session:
        seed_demo(session, cases=count, seed=7, now=dt.datetime(2026, 11, 1, tzinfo=dt.UTC))


def type_text(widget: QWidget, text: str) -> None:
    """Type like a user, one key at a time; works for č, đ and Cyrillic (QTest.keyClicks aborts on them)."""
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def parentless_qt_objects(window: QWidget, *, allowed: tuple[type, ...] = ()) -> list[str]:
    """The Qt objects a window (or any of its Qt children) keeps in an attribute that have no Qt parent.

    Such an object belongs to its Python wrapper alone: it is deleted wherever that wrapper is freed, and the
    cyclic collector or an ops worker may free it on a thread other than the GUI thread (a crash now and then).
    ``allowed``: kinds that are parentless by design (the application's one ``Ops``).
    """
    import shiboken6
    from PySide6.QtCore import QObject

    found: list[str] = []
    pending: list[QObject] = [window]
    seen: set[int] = set()
    while pending:
        current = pending.pop()
        if id(current) in seen or not shiboken6.isValid(current):
            continue
        seen.add(id(current))
        pending.extend(current.children())
        for name, value in vars(current).items():
            if isinstance(value, QObject) and shiboken6.isValid(value) and not isinstance(value, allowed):
                if value.parent() is None and value is not window:
                    found.append(f"{type(current).__name__}.{name}: {type(value).__name__}")
                pending.append(value)
    return found
