"""Nothing identifying leaves the centre: every export format of a seeded register, scanned for every name, JMBG
and case number it holds; the workbook and the command line read back as a user would."""

from __future__ import annotations

import datetime as dt
import io
import json
import re

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from registry.models import AuditEvent, Case, Person, User
from registry.services.demo import seed_demo
from registry.services.statistics.export import to_csv, to_json
from registry.services.statistics.period import Period
from registry.services.statistics.report import compute, publish
from registry.services.statistics.workbook import to_xlsx

NOW = dt.datetime(2026, 6, 1, tzinfo=dt.UTC)
EVERYTHING = Period(dt.date(2023, 1, 1), dt.date(2026, 5, 31))


@pytest.fixture
def seeded(sessions: sessionmaker[Session]) -> sessionmaker[Session]:
    with sessions() as session:
        seed_demo(session, cases=150, now=NOW)
    return sessions


def _identifiers(session: Session) -> set[str]:
    words: set[str] = set()
    for given, family, jmbg in session.execute(select(Person.given_name, Person.family_name, Person.jmbg)):
        words.update({given, family, jmbg or ""})
    words.update(session.scalars(select(Case.number)))
    for full_name in session.scalars(select(User.full_name)):
        words.update(full_name.split())
    return {w for w in words if w}


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _xlsx_text(data: bytes) -> tuple[str, dict[str, list[tuple]]]:
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(data), read_only=True)
    sheets = {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in book.worksheets}
    text = "\n".join(str(v) for rows in sheets.values() for row in rows for v in row if v is not None)
    return text, sheets


@pytest.mark.parametrize("language", ["bs", "sr-Cyrl"])
def test_no_name_jmbg_or_case_number_in_any_export(seeded, language: str) -> None:
    from registry.printing.statistics import statistics_report

    with seeded() as session:
        identifiers = _identifiers(session)
        publication = publish(compute(session, EVERYTHING, actor_id=None, now=NOW))
        texts = {
            "json": json.dumps(to_json(publication, language), ensure_ascii=False),
            "csv": to_csv(publication, language),
            "xlsx": _xlsx_text(to_xlsx(publication, language))[0],
            "pdf": _pdf_text(statistics_report(session, publication, language=language, now=NOW)),
        }
    assert len(identifiers) > 300
    for fmt, text in texts.items():
        words = set(re.findall(r"[\w-]+", text))
        leaked = sorted(w for w in identifiers if w in words or (len(w) > 6 and w in text))
        assert not leaked, f"{fmt} shows {leaked[:5]}"
        assert "x" in words or "null" in text  # a municipality of 150 cases has small counts to hide


def test_workbook_holds_numbers_frozen_headings_and_charts(seeded) -> None:
    with seeded() as session:
        publication = publish(compute(session, EVERYTHING, actor_id=None, now=NOW))
    data = to_xlsx(publication, "bs")
    _, sheets = _xlsx_text(data)
    assert len(sheets) == 1 + len(publication.tables)
    sex_age = next(rows for title, rows in sheets.items() if title.startswith("Novi predmeti po spolu"))
    header = sex_age[2]
    assert header[1:6] == ("0–6 god.", "7–14 god.", "15–16 god.", "17–18 god.", "nepoznato")
    total_row = next(row for row in sex_age if row and row[0] == "Ukupno")
    assert isinstance(total_row[-1], int) and total_row[-1] == publication.table("new_cases_by_sex_age").total

    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(data))
    sheet = book[next(t for t in sheets if t.startswith("Novi predmeti po spolu"))]
    assert sheet.freeze_panes == "B4"
    assert len(sheet._charts) == 1  # a native chart, drawn by the spreadsheet from the cells


def test_command_line_prints_the_json_and_audits_the_export(seeded, database_url: str, capsys, cli_user) -> None:
    from registry.cli import main
    from registry.services.demo import DEMO_PASSWORD

    cli_user("jasmina.karic", DEMO_PASSWORD)  # a supervisor: the whole centre

    code = main(["--db", database_url, "stats", "--from", "2025-01-01", "--to", "2025-12-31", "--lang", "en"])
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    ids = [t["id"] for t in data["tables"]]
    assert ids[:2] == ["new_cases_by_sex_age", "new_cases_by_violence_sex_age"]
    table = data["tables"][0]
    assert table["row_codes"] == ["F", "M", "unknown"]
    assert table["column_codes"] == ["0-6", "7-14", "15-16", "17-18", "unknown"]
    assert {c["kind"] for c in data["compliance"]} == {"referral", "step"}
    with seeded() as session:
        new = session.scalar(
            select(func.count())
            .select_from(Case)
            .where(
                Case.report_received_at >= dt.datetime(2024, 12, 31, 23, tzinfo=dt.UTC),
                Case.report_received_at < dt.datetime(2025, 12, 31, 23, tzinfo=dt.UTC),
            )
        )
        assert table["total"] == new
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "statistics.export")).one()
    assert event.details["from"] == "2025-01-01" and "new_cases_by_sex_age" in event.details["tables"]
    with seeded() as session:  # the export names the signed-in user, not "system"
        assert session.get_one(User, event.user_id).username == "jasmina.karic"


def test_command_line_refuses_a_bad_period_in_the_users_language(database_url: str, capsys) -> None:
    from registry.cli import main

    assert main(["--db", database_url, "stats", "--from", "2025-13-01", "--to", "2025-12-31", "--lang", "bs"]) == 1
    assert "Period nije ispravan" in capsys.readouterr().err
    assert (
        main(
            [
                "--db",
                database_url,
                "stats",
                "--from",
                "2025-02-01",
                "--to",
                "2025-01-01",
                "--format",
                "csv",
                "-o",
                "/nonexistent/dir/x.csv",
            ]
        )
        == 1
    )


def test_a_month_of_a_small_register_prints_with_almost_every_count_hidden(seeded) -> None:
    """A month of a municipality of 150 cases: nearly every count is small and hidden; every format still comes
    out whole (the printed charts leave out what has nothing to draw)."""
    from registry.printing.statistics import statistics_report

    month = Period(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    with seeded() as session:
        publication = publish(compute(session, month, actor_id=None, now=NOW))
        pdf = statistics_report(session, publication, language="sr-Cyrl", now=NOW)
    assert "Нови предмети" in _pdf_text(pdf)
    sex_age = publication.table("new_cases_by_sex_age")
    assert all(v in (None, 0) for row in sex_age.cells for v in row)
    assert to_xlsx(publication, "bs") and to_csv(publication, "bs")
