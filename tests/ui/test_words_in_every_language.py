"""Every word in the user's language and script: protocol step titles, the audit trail in words, status labels on
the command line, and Serbian Cyrillic messages that keep commands, options, URLs and product names as typed."""

from __future__ import annotations

import re

import pytest
from sqlalchemy.orm import Session, sessionmaker

from registry import i18n
from registry.db import transaction
from registry.services import cases
from registry.services.audit_words import action_text, details_text
from registry.services.case_view import step_title
from tests.ui.conftest import register

_MIXED = re.compile(r"\w*(?:[A-Za-z][\u0400-\u04ff]|[\u0400-\u04ff][A-Za-z])\w*")


@pytest.mark.parametrize("key", i18n.message_keys())
def test_no_cyrillic_message_mixes_scripts_inside_a_word(key: str) -> None:
    text = i18n.text(key, "sr-Cyrl")
    assert not _MIXED.findall(text), text


@pytest.mark.parametrize(
    ("key", "literals"),
    [
        ("db.show_key_needs_yes", ["registry db show-key --yes"]),
        ("db.server_only", ["PostgreSQL"]),
        ("server.not_postgresql", ["PostgreSQL", "--db postgresql+psycopg://..."]),
        (
            "db.no_keyring",
            ["registry init --profile", "--passphrase", "REGISTRY_DB_PASSPHRASE", "--unencrypted", "keyring"],
        ),
        ("cli.no_display", ["QT_QPA_PLATFORM=offscreen", "DISPLAY/WAYLAND_DISPLAY"]),
        ("build.no_pyinstaller", ["PyInstaller", "pip install -e '.[build]'"]),
        ("build.no_makensis", ["makensis", "apt-get install nsis"]),
        ("import.choose_encoding", ["--encoding cp1250"]),
        ("import.old_excel", ["Excel", ".xls", ".xlsx", "CSV"]),
        ("server.upgrade_by_owner", ["registry --db", "db upgrade", "registry server prepare"]),
    ],
)
def test_cyrillic_keeps_commands_and_product_names(key: str, literals: list[str]) -> None:
    text = i18n.text(key, "sr-Cyrl")
    for literal in literals:
        assert literal in text, (literal, text)
    assert "регистр" + "y" not in text and "ПостгреСQЛ" not in text


def test_words_a_user_replaces_in_a_command_are_cyrillic() -> None:
    assert "registry init --profile ШИФРА" in i18n.text("cli.not_initialised", "sr-Cyrl")
    assert "<адреса власника>" in i18n.text("server.upgrade_by_owner", "sr-Cyrl")


def test_every_literal_of_serbian_latin_survives_in_cyrillic() -> None:
    # a token a user types (an option, a command word after "registry", an environment variable) is never changed
    option = re.compile(r"(?<![\w-])--[a-z][\w-]*")
    for key in i18n.message_keys():
        latin, cyrillic = i18n.text(key, "sr-Latn"), i18n.text(key, "sr-Cyrl")
        for token in option.findall(latin):
            assert token in cyrillic, (key, token)


# ---- protocol step titles -------------------------------------------------------------------------------------
TITLE = {
    "bs": "Prepoznavanje sumnje",
    "hr": "Prepoznavanje sumnje",
    "sr_latn": "Prepoznavanje sumnje (sr)",
    "sr_cyrl": "Препознавање сумње",
    "en": "Suspicion recognised",
}


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("sr-Cyrl", "Препознавање сумње"),
        ("sr-Latn", "Prepoznavanje sumnje (sr)"),
        ("bs", "Prepoznavanje sumnje"),
        ("en", "Suspicion recognised"),
        ("sr_Cyrl", "Препознавање сумње"),
    ],
)
def test_step_titles_follow_the_interface_language_and_script(language: str, expected: str) -> None:
    assert step_title(TITLE, language) == expected


def test_a_title_missing_in_one_script_is_transliterated() -> None:
    assert step_title({"bs": "Prijava", "sr_latn": "Prijava policiji"}, "sr-Cyrl") == "Пријава полицији"
    assert step_title({"bs": "Prijava", "sr_cyrl": "Пријава полицији"}, "sr-Latn") == "Prijava policiji"


def test_the_checklist_shows_step_titles_in_cyrillic(qtbot, make_ctx, sessions, worker) -> None:
    from registry.ui.case_editor import CaseEditorPage

    case_id = register(sessions, worker, "Amina", "Hodžić", lead_worker_id=worker.id)
    ctx = make_ctx(worker, "sr-Cyrl")
    editor = CaseEditorPage(ctx)
    qtbot.addWidget(editor)
    editor.resize(1200, 800)
    editor.show()
    editor.open_case(case_id)
    qtbot.waitUntil(lambda: editor.view is not None and not ctx.ops.busy, timeout=10_000)
    model = editor.checklist.model
    titles = [str(model.index(row, 1).data()) for row in range(model.rowCount())]
    assert titles and all(not re.search(r"[A-Za-z]{3}", title) for title in titles), titles
    assert "Препознавање сумње на насиље" in titles[0]


# ---- the audit trail in words ---------------------------------------------------------------------------------
def test_audit_actions_and_changes_read_as_sentences() -> None:
    assert action_text("household.add", "bs") == "Dodan član domaćinstva"
    assert "." not in action_text("household.remove", "bs")
    # an action the catalogue does not list yet is told by its record kind and verb, never as code
    assert action_text("measure.delete", "bs") == "Mjera: obrisano"
    assert action_text("conference.cancel", "sr-Cyrl").endswith("отказано")
    assert "." not in action_text("something.new", "en")
    changes = details_text(
        "case.update", {"changes": {"risk_level": ["low", "high"], "assessment": ["", "Dijete je ugroženo"]}}, "bs"
    )
    assert "Nivo rizika: Nizak → Visok" in changes or "Nivo rizika:" in changes and "→" in changes
    assert "{" not in changes and "'" not in changes and "risk_level" not in changes and "assessment" not in changes
    status = details_text("case.status", {"from": "assessment", "to": "planning", "reason": ""}, "sr-Cyrl")
    assert "assessment" not in status and "planning" not in status and "→" in status
    assert status.startswith("Статус: ")
    assert (
        details_text(
            "case.update",
            {"changes": {"report_received_at": ["2026-11-01T10:00:00+00:00", "2026-11-01T12:30:00+00:00"]}},
            "bs",
        )
        == "Prijava zaprimljena: 01.11.2026. 11:00 → 01.11.2026. 13:30"
    )


def test_the_audit_viewer_shows_words_not_codes(qtbot, make_ctx, sessions, worker, supervisor) -> None:
    from registry.services.case_records import add_household_member
    from registry.services.people import PersonInput
    from registry.ui.audit_viewer import AuditViewerPage

    case_id = register(sessions, worker, "Amina", "Hodžić", lead_worker_id=worker.id)
    with transaction(sessions) as session:
        add_household_member(session, case_id, PersonInput("Fatima", "Hodžić"), role="mother", actor_id=worker.id)
        cases.change_status(session, case_id, "assessment", actor_id=worker.id)
    for language in ("bs", "sr-Cyrl"):
        page = AuditViewerPage(make_ctx(supervisor, language))
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda page=page: not page.loading and page.model.rowCount() > 0, timeout=10_000)
        shown = [
            str(page.model.index(row, column).data() or "")
            for row in range(page.model.rowCount())
            for column in range(page.model.columnCount())
        ]
        text = " | ".join(shown)
        for raw in (
            "household.add",
            "case.status",
            "changes:",
            "from:",
            "{'",
            "registered",
            "assessment",
            "household_member",
        ):
            assert raw not in text, (raw, text)
        if language == "bs":
            assert "Dodan član domaćinstva" in text


def test_registry_search_prints_status_labels(
    database_url: str, sessions: sessionmaker[Session], worker, capsys, cli_user
) -> None:
    from registry.cli import main

    register(sessions, worker, "Amina", "Hodžić", lead_worker_id=worker.id)
    cli_user("amra", "correct horse battery")  # the command line searches as the signed-in worker (her case)
    assert main(["--db", database_url, "--lang", "sr-Cyrl", "search", "hodzic"]) == 0
    out = capsys.readouterr().out
    assert "Hodžić Amina" in out and "Евидентиран" in out and "registered" not in out
    assert main(["--db", database_url, "--lang", "bs", "search", "hodzic"]) == 0
    out = capsys.readouterr().out
    assert "Evidentiran" in out and "registered" not in out
