"""The `registry` command as IT staff and scripts use it."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from registry.cli import main
from registry.models import AuditEvent, Case, Institution, Lookup, Person
from registry.services.jmbg import make_jmbg

HEADER = "given_name,family_name,jmbg,birth_date,sex,reported_at,referral_source,urgency,risk_level,violence_types\n"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _counts(sessions: sessionmaker[Session]) -> tuple[int, int, int]:
    with sessions() as session:
        return (
            session.scalar(select(func.count()).select_from(Case)),
            session.scalar(select(func.count()).select_from(Person)),
            session.scalar(select(func.count()).select_from(AuditEvent)),
        )


def test_init_twice_changes_nothing_and_other_profile_is_refused(tmp_path: Path, capsys) -> None:
    url = f"sqlite:///{tmp_path / 'r.sqlite'}"
    code, out, _ = run(capsys, "--db", url, "init", "--profile", "posusje")
    assert code == 0 and "Posušje" in out
    from registry.db import make_engine, session_factory

    engine = make_engine(url)
    with session_factory(engine)() as session:
        before = (
            session.scalar(select(func.count()).select_from(Lookup)),
            session.scalar(select(func.count()).select_from(Institution)),
        )
    assert run(capsys, "--db", url, "init", "--profile", "posusje")[0] == 0
    with session_factory(engine)() as session:
        after = (
            session.scalar(select(func.count()).select_from(Lookup)),
            session.scalar(select(func.count()).select_from(Institution)),
        )
    assert before == after and before[0] > 50 and before[1] >= 6
    code, _, err = run(capsys, "--db", url, "init", "--profile", "tesanj")
    assert code == 1 and "posusje" in err and "Traceback" not in err


def test_unknown_profile_lists_the_real_ones(tmp_path: Path, capsys) -> None:
    code, _, err = run(
        capsys, "--db", f"sqlite:///{tmp_path / 'r.sqlite'}", "--lang", "en", "init", "--profile", "atlantis"
    )
    assert code == 1
    assert "atlantis" in err and "novi-grad-sarajevo" in err and "velika-kladusa" in err
    assert not (tmp_path / "r.sqlite").exists()  # a mistyped code leaves no half-made register behind


def test_profiles_lists_every_municipality_in_both_scripts(capsys) -> None:
    code, out, _ = run(capsys, "profiles")
    assert code == 0
    assert len(out.strip().splitlines()) == 21
    assert "Višegrad / Вишеград" in out


def test_commands_on_an_uninitialised_database_say_what_to_do(tmp_path: Path, capsys) -> None:
    code, _, err = run(capsys, "--db", f"sqlite:///{tmp_path / 'none.sqlite'}", "--lang", "en", "search", "x")
    assert code == 1 and "registry init --profile" in err


def test_db_current_and_check(database_url: str, capsys) -> None:
    code, out, _ = run(capsys, "--db", database_url, "--lang", "en", "db", "current")
    from registry.db import head_revision

    assert code == 0 and out.count(head_revision()) == 2
    code, out, _ = run(capsys, "--db", database_url, "--lang", "en", "db", "check")
    assert code == 0 and "agree" in out


def _write(path: Path, rows: list[str], encoding: str = "utf-8") -> Path:
    path.write_text(HEADER + "".join(row + "\n" for row in rows), encoding=encoding)
    return path


def test_import_then_search_json_finds_children_in_either_script(
    database_url: str, sessions: sessionmaker[Session], tmp_path: Path, capsys
) -> None:
    jmbg = make_jmbg(dt.date(2013, 4, 5), "M", region=17)
    path = _write(
        tmp_path / "cases.csv",
        [
            f"Mirza,Hodžić,{jmbg},05.04.2013.,M,20.11.2026.,school,urgent,high,physical;psychological",
            "Јована,Хоџић,,2016-09-01,F,2026-11-21,police,immediate,medium,domestic_exposure",
            '"Ana, Marija",Kovač,,01.01.2010.,F,22.11.2026.,citizen,regular,low,neglect',
        ],
    )
    code, out, _ = run(capsys, "--db", database_url, "import", "cases", str(path))
    assert code == 0 and "3" in out
    code, out, _ = run(capsys, "--db", database_url, "search", "hodzic", "--json")
    hits = json.loads(out)
    assert {(h["given_name"], h["family_name"]) for h in hits} == {("Mirza", "Hodžić"), ("Јована", "Хоџић")}
    mirza = next(h for h in hits if h["given_name"] == "Mirza")
    assert mirza["birth_date"] == "2013-04-05" and mirza["jmbg"] == jmbg and mirza["case_number"].startswith("NGS-")
    code, out, _ = run(capsys, "--db", database_url, "search", "Хоџић", "--json")
    assert len(json.loads(out)) == 2


def test_import_with_bad_rows_imports_nothing_and_lists_every_bad_row(
    database_url: str, sessions: sessionmaker[Session], tmp_path: Path, capsys
) -> None:
    before = _counts(sessions)
    good = make_jmbg(dt.date(2013, 4, 5), "M")
    path = _write(
        tmp_path / "bad.csv",
        [
            f"Mirza,Hodžić,{good},,M,20.11.2026.,school,urgent,high,physical",  # line 2: fine
            "Lana,Babić,1234567890123,,F,20.11.2026.,school,urgent,high,physical",  # line 3: bad JMBG
            ",Prazno,,01.01.2012.,F,20.11.2026.,school,urgent,high,physical",  # line 4: no given name
            "Ena,Kos,,31.02.2012.,F,20.11.2026.,school,urgent,high,physical",  # line 5: impossible date
            "Ivo,Kos,,01.01.2012.,M,20.11.2099.,school,urgent,high,physical",  # line 6: future report
            "Ivo,Kos,,01.01.2012.,X,20.11.2026.,martians,soon,high,physical;flying",  # line 7: unknown codes
            "Ivo,Kos,,01.01.2012.,M,20.11.2026.,'; DROP TABLE person; --,urgent,high,physical",  # line 8
        ],
    )
    code, _, err = run(capsys, "--db", database_url, "--lang", "en", "import", "cases", str(path))
    assert code == 1
    assert "Nothing was imported" in err
    for line in (3, 4, 5, 6, 7, 8):
        assert f"line {line}:" in err
    assert "line 2:" not in err
    assert "Given name" in err and "martians" in err and "flying" in err and "check digit" in err
    assert _counts(sessions) == before


def test_import_of_a_windows_1250_file_reads_its_letters(database_url: str, sessions, tmp_path: Path, capsys) -> None:
    path = _write(
        tmp_path / "cp1250.csv",
        ["Šemsa,Čaušević,,01.01.2012.,F,20.11.2026.,school,urgent,high,physical"],
        encoding="cp1250",
    )
    code, out, err = run(capsys, "--db", database_url, "--lang", "bs", "import", "cases", str(path))
    assert code == 0, err
    code, out, _ = run(capsys, "--db", database_url, "search", "causevic", "--json")
    assert [(h["given_name"], h["family_name"]) for h in json.loads(out)] == [("Šemsa", "Čaušević")]


def test_import_with_wrong_header_names_missing_columns(database_url: str, tmp_path: Path, capsys) -> None:
    path = tmp_path / "header.csv"
    path.write_text("ime,prezime\nAna,Kos\n", encoding="utf-8")
    code, _, err = run(capsys, "--db", database_url, "--lang", "en", "import", "cases", str(path))
    assert code == 1 and "Report received" in err and "Referral source" in err and "Given name" not in err


def test_formula_like_names_are_refused_on_import(database_url: str, sessions, tmp_path: Path, capsys) -> None:
    before = _counts(sessions)
    path = _write(
        tmp_path / "cases.csv",
        [
            '=HYPERLINK("http://x"),Kovač,,01.01.2012.,F,20.11.2026.,school,urgent,high,physical',
            "Ana,@SUM(A1),,01.01.2012.,F,20.11.2026.,school,urgent,high,physical",
        ],
    )
    code, _, err = run(capsys, "--db", database_url, "--lang", "en", "import", "cases", str(path))
    assert code == 1 and "line 2:" in err and "line 3:" in err and "formula" in err
    assert _counts(sessions) == before


def _formula_cases(sessions: sessionmaker[Session]) -> None:
    from registry.db import transaction
    from registry.services.cases import NewCase, register_case
    from registry.services.people import PersonInput

    names = [('=HYPERLINK("http://x")', "@Kovač"), ("Ana", "-Babić"), ("x;=cmd|' /C calc'!A0", "Kos")]
    with transaction(sessions) as session:
        for given, family in names:  # typed by hand in the application, where they are harmless
            register_case(
                session,
                NewCase(PersonInput(given, family), dt.datetime(2026, 11, 20, tzinfo=dt.UTC), "school"),
                actor_id=None,
            )


def test_export_csv_neutralises_formulas_even_split_on_semicolons_and_json_keeps_them(
    database_url: str, sessions, tmp_path: Path, capsys
) -> None:
    _formula_cases(sessions)
    target = tmp_path / "cases.csv"
    code, _, _ = run(capsys, "--db", database_url, "export", "cases", "--format", "csv", "-o", str(target))
    raw = target.read_bytes()
    assert code == 0 and raw.startswith(b"\xef\xbb\xbf")  # the BOM that makes Excel read UTF-8
    text = raw.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert {r["given_name"] for r in rows} == {'\'=HYPERLINK("http://x")', "Ana", "x;'=cmd|' /C calc'!A0"}
    assert {r["family_name"] for r in rows} == {"'@Kovač", "'-Babić", "Kos"}
    # Excel in a BiH locale splits a ","-file on ";": no piece of any line may start a formula
    for line in text.splitlines():
        for piece in line.split(";"):
            assert not piece.lstrip('"').startswith(("=", "+", "@")), line
    code, _, _ = run(capsys, "--db", database_url, "export", "cases", "--delimiter", ";", "-o", str(target))
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert len(rows) == 3 and {r["family_name"] for r in rows} == {"'@Kovač", "'-Babić", "Kos"}
    target = tmp_path / "out.json"
    target.write_text("an older export", encoding="utf-8")
    target.chmod(0o644)
    code, _, _ = run(capsys, "--db", database_url, "export", "cases", "--format", "json", "-o", str(target))
    if os.name == "posix":  # children's data: owner-only, even when an older world-readable file was replaced
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]
    exported = json.loads(target.read_text(encoding="utf-8"))
    assert {r["family_name"] for r in exported} == {"@Kovač", "-Babić", "Kos"}


def test_messages_follow_the_centres_language_by_default(tmp_path: Path, capsys) -> None:
    url = f"sqlite:///{tmp_path / 'r.sqlite'}"
    assert run(capsys, "--db", url, "init", "--profile", "visegrad")[0] == 0
    code, out, _ = run(capsys, "--db", url, "search", "nobody")
    assert code == 0 and "Нема пронађених предмета" in out


def test_a_row_with_more_cells_than_the_header_is_refused_naming_its_line(
    database_url: str, sessions: sessionmaker[Session], tmp_path: Path, capsys
) -> None:
    before = _counts(sessions)
    path = _write(
        tmp_path / "extra.csv",
        [
            "Mirza,Hodžić,,01.01.2012.,M,20.11.2026.,school,urgent,high,physical",
            "Lana,Babić,,01.01.2012.,F,20.11.2026.,school,urgent,high,physical,neglect",  # line 3: unquoted comma
        ],
    )
    code, _, err = run(capsys, "--db", database_url, "--lang", "en", "import", "cases", str(path))
    assert code == 1 and "line 3:" in err and "neglect" in err and "line 2:" not in err and "Traceback" not in err
    assert _counts(sessions) == before


def test_db_takes_a_register_file_path_as_people_type_it(tmp_path: Path, capsys, monkeypatch) -> None:
    """``--db registar.sqlite`` (a path, not a URL) opens that file; it used to end in a traceback."""
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "--db", "registar.sqlite", "--unencrypted", "init", "--profile", "posusje")
    assert code == 0 and "Posušje" in out and "Traceback" not in err
    assert (tmp_path / "registar.sqlite").stat().st_size > 0
    code, out, _ = run(capsys, "--db", str(tmp_path / "registar.sqlite"), "--lang", "en", "db", "current")
    assert code == 0 and out.strip()
