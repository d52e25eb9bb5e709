"""Importing the records centres keep in spreadsheets: the files as Excel and LibreOffice write them, every error
before anything is written, duplicates and repeats, history with its statuses and dates."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from openpyxl import Workbook as XlsxBook
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from registry.db import make_engine, session_factory, transaction
from registry.models import AuditEvent, Case, HouseholdMember, Person, Referral
from registry.services.cases import NewCase, register_case
from registry.services.dates import LOCAL_TZ
from registry.services.importing import (
    ChoiceNeeded,
    ImportFailed,
    ReadFailed,
    choose,
    import_files,
    plan_import,
    read_files,
    write_import,
)
from registry.services.jmbg import make_jmbg
from registry.services.people import PersonInput

FIXTURES = Path(__file__).parent / "fixtures" / "import"


def counts(sessions: sessionmaker[Session]) -> tuple[int, int, int]:
    with sessions() as session:
        return (
            session.scalar(select(func.count()).select_from(Case)) or 0,
            session.scalar(select(func.count()).select_from(Person)) or 0,
            session.scalar(select(func.count()).select_from(AuditEvent)) or 0,
        )


def do_import(sessions: sessionmaker[Session], *files: tuple[str, bytes], **options):
    with transaction(sessions) as session:
        return import_files(session, list(files), actor_id=None, language="en", **options)


def excel_bih_csv(lines: list[str]) -> bytes:
    """As Excel in a Bosnian locale saves "CSV (comma delimited)": Windows-1250, ';', CRLF."""
    return ("\r\n".join(lines) + "\r\n").encode("cp1250")


BIH_ROWS = [
    "Evidencija predmeta nasilja nad djecom 2019-2025;;;;;;;;;;;;",  # a title row above the header
    "Broj predmeta;Ime;Prezime;JMBG;Datum rođenja;Spol;Datum prijave;Izvor prijave;Hitnost;Oblici nasilja;"
    "Status;Datum zatvaranja;Razlog zatvaranja;;",
    "NGS-2019-00007;Mirza;Hodžić;;05.04.2013.;M;12.03.2019. 10:15:30;Škola;hitno;fizičko nasilje, zanemarivanje;"
    "Zatvoren;20.06.2019.;Ciljevi ostvareni;;",
    ";Šemsa;Čaušević;;01.01.2012;Ž;2024-02-01 08:00:00;policija;;neglect;;;;;",
    ";;;;;;;;;;;;;;",  # blank rows and columns at the end, as spreadsheets leave them
    ";;;;;;;;;;;;;;",
]


def test_a_csv_as_excel_in_bih_saves_it_imports_with_labels_dates_and_history(sessions: sessionmaker[Session]) -> None:
    result = do_import(sessions, ("predmeti.csv", excel_bih_csv(BIH_ROWS)))
    assert (result.created, result.skipped) == (2, 0)
    with sessions() as session:
        old = session.scalar(select(Case).where(Case.number == "NGS-2019-00007"))
        assert old is not None and old.status == "closed" and old.closure_reason == "goals_met"
        assert old.closed_at is not None and old.closed_at.astimezone(LOCAL_TZ).date() == dt.date(2019, 6, 20)
        assert old.report_received_at.astimezone(LOCAL_TZ).replace(tzinfo=None) == dt.datetime(2019, 3, 12, 10, 15, 30)
        assert old.referral_source == "school" and old.urgency == "immediate"
        assert sorted(f.code for f in old.violence_forms) == ["neglect", "physical"]
        assert (old.child.given_name, old.child.family_name, old.child.sex) == ("Mirza", "Hodžić", "M")
        semsa = session.scalar(select(Person).where(Person.given_name == "Šemsa"))
        assert semsa is not None and semsa.family_name == "Čaušević" and semsa.sex == "F"
        new = session.scalar(select(Case).where(Case.child_id == semsa.id))
        assert new is not None and new.status == "registered" and new.number.startswith("NGS-2024-")


def test_utf8_with_bom_tabs_and_serbian_cyrillic_headers_in_capitals(sessions: sessionmaker[Session]) -> None:
    lines = [
        "ИМЕ\tПРЕЗИМЕ\tДАТУМ РОЂЕЊА\tПОЛ\tДАТУМ ПРИЈАВЕ\tИЗВОР ПРИЈАВЕ\tОБЛИЦИ НАСИЉА",
        "Јована\tХоџић\t01.09.2016.\tЖ\t21.11.2025. 14:30\tПолиција\tЗанемаривање",
    ]
    raw = "\ufeff".encode() + "\r\n".join(lines).encode("utf-8")
    assert do_import(sessions, ("cases.txt", raw)).created == 1
    with sessions() as session:
        case = session.scalars(select(Case)).one()
        assert (case.child.given_name, case.child.family_name, case.referral_source) == ("Јована", "Хоџић", "police")
        assert [f.code for f in case.violence_forms] == ["neglect"]


def test_an_unterminated_quote_is_reported_on_the_line_where_it_opens(sessions: sessionmaker[Session]) -> None:
    lines = [
        "given_name;family_name;reported_at;referral_source",
        "Ana;Kos;20.11.2025.;school",
        'Ivo;"Kos;20.11.2025.;school',  # line 3: the quote never closes
        "Eva;Kos;20.11.2025.;school",
    ]
    before = counts(sessions)
    with pytest.raises(ReadFailed) as raised:
        do_import(sessions, ("cases.csv", excel_bih_csv(lines)))
    assert "line 3" in raised.value.message("en")
    assert counts(sessions) == before


def test_an_ambiguous_encoding_is_asked_and_the_choice_is_used(sessions: sessionmaker[Session]) -> None:
    # byte A5 is Ą in Windows-1250 and Ľ in ISO-8859-2: neither looks like a BiH letter, so the user decides
    raw = b"given_name;family_name;reported_at;referral_source\r\nAna;Kos\xa5;20.11.2025.;school\r\n"
    with pytest.raises(ChoiceNeeded) as raised:
        read_files([("cases.csv", raw)])
    assert set(raised.value.options) == {"cp1250", "iso-8859-2"} and set(raised.value.samples) == {
        "cp1250",
        "iso-8859-2",
    }
    do_import(sessions, ("cases.csv", raw), encoding="iso-8859-2")
    with sessions() as session:
        assert session.scalars(select(Person.family_name)).one() == "KosĽ"


def _workbook(sheets: dict[str, list[list[object]]]) -> bytes:
    book = XlsxBook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    if "Predmeti" in sheets:  # a merged group heading above the header, as people format them
        book["Predmeti"].insert_rows(1)
        book["Predmeti"]["A1"] = "Dijete"
        book["Predmeti"].merge_cells("A1:D1")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_history_workbook_brings_closed_cases_household_and_referrals(
    sessions: sessionmaker[Session], worker, supervisor
) -> None:
    jmbg = make_jmbg(dt.date(2011, 2, 3), "F", region=17)
    data = _workbook(
        {
            "Predmeti": [
                [
                    "Broj predmeta",
                    "Ime",
                    "Prezime",
                    "JMBG",
                    "Datum rođenja",
                    "Adresa",
                    "Škola",
                    "Invaliditet",
                    "Opis invaliditeta",
                    "Datum prijave",
                    "Izvor prijave",
                    "Podnosilac prijave",
                    "Voditelj slučaja",
                    "Status",
                    "Datum zatvaranja",
                    "Razlog zatvaranja",
                ],
                [
                    "NGS-2018-00012",
                    "Lejla",
                    "Babić",
                    int(jmbg),
                    dt.datetime(2011, 2, 3),
                    "Ulica 1, Sarajevo",
                    "OŠ Čengić Vila",
                    "da",
                    "oštećenje sluha",
                    dt.datetime(2018, 5, 4, 9, 30),
                    "school",
                    "Ljiljana Šehić",
                    "amra",
                    "closed",
                    dt.datetime(2019, 1, 10),
                    "goals_met",
                ],
                [
                    "NGS-2024-00003",
                    "Ivan",
                    "Kos",
                    None,
                    "2015-06-07",
                    None,
                    None,
                    "ne",
                    None,
                    "2024-03-01 11:00:05",
                    "police",
                    None,
                    "Amra Hadžić",
                    "assessment",
                    None,
                    None,
                ],
            ],
            "Članovi domaćinstva": [
                ["Broj predmeta", "Uloga", "Ime", "Prezime", "Navodni počinilac", "Živi u domaćinstvu"],
                ["NGS-2018-00012", "mother", "Nada", "Babić", "ne", "da"],
                ["NGS-2018-00012", "otac", "Željko", "Babić", "da", "ne"],
            ],
            "Upućivanja": [
                [
                    "Broj predmeta",
                    "Smjer",
                    "Institucija",
                    "Sektor",
                    "Način",
                    "Datum slanja",
                    "Delovodni broj",
                    "Razlog",
                    "Odgovor primljen",
                    "Odgovor",
                ],
                [
                    "NGS-2018-00012",
                    "outgoing",
                    "Dom zdravlja Kupres",
                    "health",
                    "letter",
                    "05.05.2018.",
                    "02-35-1/18",
                    "Pregled djeteta",
                    "09.05.2018.",
                    "Pregled obavljen",
                ],
            ],
            "Upute": [["Ovaj list se ne uvozi."]],
        }
    )
    result = do_import(sessions, ("historija.xlsx", data))
    assert result.created == 2 and result.new_institutions == ["Dom zdravlja Kupres"]
    with sessions() as session:
        old = session.scalar(select(Case).where(Case.number == "NGS-2018-00012"))
        assert old is not None and old.status == "closed" and old.closure_reason == "goals_met"
        assert old.child.jmbg == jmbg  # the number cell lost the leading zero; it is back
        assert (old.child.address, old.child.school, old.child.has_disability) == (
            "Ulica 1, Sarajevo",
            "OŠ Čengić Vila",
            True,
        )
        assert old.child.disability_note == "oštećenje sluha" and old.reporter_name == "Ljiljana Šehić"
        assert old.lead_worker_id == worker.id
        members = session.scalars(
            select(HouseholdMember).where(HouseholdMember.case_id == old.id).order_by(HouseholdMember.id)
        ).all()
        assert [(m.role, m.person.given_name, m.alleged_perpetrator, m.lives_in_household) for m in members] == [
            ("mother", "Nada", False, True),
            ("father", "Željko", True, False),
        ]
        referral = session.scalars(select(Referral).where(Referral.case_id == old.id)).one()
        assert (referral.status, referral.registry_number, referral.response_summary) == (
            "answered",
            "02-35-1/18",
            "Pregled obavljen",
        )
        newer = session.scalar(select(Case).where(Case.number == "NGS-2024-00003"))
        assert newer is not None and newer.status == "assessment" and newer.lead_worker_id == worker.id
        # the centre's counter moved past the kept numbers: the next case registered by hand does not collide
        nxt = register_case(
            session,
            NewCase(PersonInput("Novi", "Slučaj"), dt.datetime(2024, 3, 5, tzinfo=dt.UTC), "police"),
            actor_id=None,
            now=dt.datetime(2024, 3, 5, tzinfo=dt.UTC),
        )
        assert nxt.case.number == "NGS-2024-00004"


def test_every_error_is_listed_with_sheet_line_and_column_before_anything_is_written(
    sessions: sessionmaker[Session],
) -> None:
    before = counts(sessions)
    data = _workbook(
        {
            "Predmeti": [
                ["Broj predmeta", "Ime", "Prezime", "Datum prijave", "Izvor prijave", "Status", "Voditelj slučaja"],
                ["A-1", "Ana", "Kos", "20.11.2025.", "school", "closed", None],  # closed without date and reason
                ["A-2", "@SUM(A1)", "Kos", "31.02.2025.", "martians", None, "nobody"],
                ["A-1", "Eva", "Kos", "20.11.2025.", "school", None, None],  # the number again
            ],
            "Upućivanja": [["Broj predmeta", "Smjer", "Način"], ["A-9", "outgoing", "letter"]],
        }
    )
    with pytest.raises(ImportFailed) as raised:
        do_import(sessions, ("greske.xlsx", data))
    errors = raised.value.errors
    where = {(e.sheet, e.line) for e in errors}
    assert where == {("Predmeti", 3), ("Predmeti", 4), ("Predmeti", 5), ("Upućivanja", 2)}  # row 1: the heading
    columns = {e.column for e in errors}
    assert {"Ime", "Datum prijave", "Izvor prijave", "Voditelj slučaja", "Broj predmeta"} <= columns
    report = raised.value.report("bs")
    assert "martians" in report and "nobody" in report and "formula" in raised.value.report("en")
    assert counts(sessions) == before


def test_the_same_file_twice_does_not_double_the_register_even_without_jmbg(sessions: sessionmaker[Session]) -> None:
    data = excel_bih_csv(BIH_ROWS)
    do_import(sessions, ("predmeti.csv", data))
    after_first = counts(sessions)
    again = do_import(sessions, ("predmeti.csv", data))
    assert (again.created, again.skipped) == (0, 2)
    assert counts(sessions)[:2] == after_first[:2]


def test_a_child_already_registered_is_found_by_full_width_jmbg_or_by_name_and_birth_date(
    sessions: sessionmaker[Session],
) -> None:
    jmbg = make_jmbg(dt.date(2013, 4, 5), "M", region=17)
    with transaction(sessions) as session:
        register_case(
            session,
            NewCase(PersonInput("Mirza", "Hodžić", jmbg), dt.datetime(2025, 1, 2, tzinfo=dt.UTC), "school"),
            actor_id=None,
        )
        register_case(
            session,
            NewCase(
                PersonInput("Ena", "Kos", birth_date="2014-02-02"), dt.datetime(2025, 1, 3, tzinfo=dt.UTC), "school"
            ),
            actor_id=None,
        )
    full_width = jmbg.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    lines = [
        "Ime;Prezime;JMBG;Datum rođenja;Datum prijave;Izvor prijave",
        f"Mirza;Hodzic;{full_width};;01.06.2025.;police",  # same JMBG typed with full-width digits
        "ENA;KOS;;02.02.2014.;02.06.2025.;police",  # same folded name and birth date
        "Ena;Kos;;02.02.2014.;03.06.2025.;police",
    ]  # the same child again, later
    before = counts(sessions)
    with transaction(sessions) as session:
        raw = "\r\n".join(lines).encode("utf-8")
        plan = plan_import(session, read_files([("x.csv", raw)]), language="en", actor_id=None)
        assert [(m.line, m.kind, m.action) for m in plan.matches] == [
            (2, "jmbg", "link"),
            (3, "name_birth", "link"),
            (4, "name_birth", "link"),
        ]
        choose(plan, 4, "skip")
        result = write_import(session, plan, actor_id=None)
    assert (result.created, result.linked, result.skipped) == (2, 2, 1)
    after = counts(sessions)
    assert (after[0] - before[0], after[1] - before[1]) == (2, 0)  # two new cases, no new person


def test_a_different_child_with_the_same_name_and_birth_date_can_be_kept_separate(
    sessions: sessionmaker[Session],
) -> None:
    with transaction(sessions) as session:
        register_case(
            session,
            NewCase(
                PersonInput("Ena", "Kos", birth_date="2014-02-02"), dt.datetime(2025, 1, 3, tzinfo=dt.UTC), "school"
            ),
            actor_id=None,
        )
    lines = ["Ime;Prezime;Datum rođenja;Datum prijave;Izvor prijave", "Ena;Kos;02.02.2014.;02.06.2025.;police"]
    before = counts(sessions)
    do_import(sessions, ("x.csv", excel_bih_csv(lines)), duplicates="separate")
    after = counts(sessions)
    assert (after[0] - before[0], after[1] - before[1]) == (1, 1)


def test_a_jmbg_of_another_registered_child_is_an_error(sessions: sessionmaker[Session]) -> None:
    jmbg = make_jmbg(dt.date(2013, 4, 5), "M", region=17)
    with transaction(sessions) as session:
        register_case(
            session,
            NewCase(PersonInput("Mirza", "Hodžić", jmbg), dt.datetime(2025, 1, 2, tzinfo=dt.UTC), "school"),
            actor_id=None,
        )
    lines = ["Ime;Prezime;JMBG;Datum prijave;Izvor prijave", f"Amar;Begić;{jmbg};01.06.2025.;police"]
    with pytest.raises(ImportFailed) as raised:
        do_import(sessions, ("x.csv", excel_bih_csv(lines)))
    assert "Mirza" in raised.value.report("en")


def test_the_old_case_list_export_imported_again_keeps_numbers_and_closed_cases(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    from registry.services.transfer import export_cases

    do_import(sessions, ("predmeti.csv", excel_bih_csv(BIH_ROWS)))
    out = io.StringIO()
    with transaction(sessions) as session:
        export_cases(session, out, fmt="csv", actor_id=None, delimiter=";")
        numbers = {number: status for number, status in session.execute(select(Case.number, Case.status))}
    again = do_import(sessions, ("export.csv", out.getvalue().encode("utf-8")))
    assert (again.created, again.skipped) == (0, 2)  # re-imported into the same register: nothing changes
    with sessions() as session:
        assert {number: status for number, status in session.execute(select(Case.number, Case.status))} == numbers


@pytest.mark.skipif(not hasattr(__import__("signal"), "SIGKILL"), reason="SIGKILL is POSIX")
def test_a_killed_import_leaves_an_encrypted_register_as_it_was(tmp_path: Path, monkeypatch) -> None:
    """Two kills mid-import on an encrypted register (bench/kill_trials.py runs 50+ against imports and exports)."""
    import signal
    import subprocess
    import sys
    import time

    monkeypatch.setenv("REGISTRY_DB_PASSPHRASE", "a long test passphrase 1")
    url = f"sqlite:///{tmp_path / 'r.sqlite'}"
    command = [sys.executable, "-m", "registry.cli", "--db", url]
    subprocess.run([*command, "init", "--profile", "tesanj"], check=True, capture_output=True)
    lines = ["Ime;Prezime;Datum rođenja;Datum prijave;Izvor prijave"]
    lines += [
        f"Dijete{i};Prezime{i % 50};01.01.2012.;{1 + i % 28:02d}.03.2025. 10:{i % 60:02d}:00;police"
        for i in range(4000)
    ]
    source = tmp_path / "cases.csv"
    source.write_bytes(excel_bih_csv(lines))
    for delay in (1.5, 2.5):
        process = subprocess.Popen(
            [*command, "import", "cases", str(source)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(delay)
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
        process.wait()
        engine = make_engine(url, passphrase="a long test passphrase 1")
        with session_factory(engine)() as session:
            cases = session.scalar(select(func.count()).select_from(Case))
        engine.dispose()
        assert cases in (0, 4000), (delay, cases)  # all or nothing (a kill after the commit leaves all)
        if cases:
            break


@pytest.mark.parametrize("language", ["bs", "hr", "en"])
def test_the_template_filled_in_imports(
    sessions: sessionmaker[Session], database_url: str, tmp_path: Path, language: str, capsys
) -> None:
    from openpyxl import load_workbook

    from registry.cli import main

    target = tmp_path / "obrazac.xlsx"
    assert main(["--db", database_url, "--lang", language, "export", "template", "-o", str(target)]) == 0
    book = load_workbook(target)
    cases, household = book.worksheets[1], book.worksheets[2]
    header = [cell.value for cell in cases[1]]
    row = dict.fromkeys(header, None)
    labels = {
        key: header[index]
        for index, key in enumerate(("case_number", "given_name", "family_name", "jmbg", "birth_date", "sex"))
    }
    row.update(
        {
            labels["case_number"]: "STARI-7/2019",
            labels["given_name"]: "Lana",
            labels["family_name"]: "Perić",
            labels["birth_date"]: "03.03.2015.",
            labels["sex"]: "Ž",
        }
    )
    row[header[13]], row[header[12]] = "Policija" if language != "en" else "Police", "11.03.2019. 09:15:30"
    cases.append([row[name] for name in header])
    household.append(["STARI-7/2019", "majka" if language != "en" else "mother", "Ivana", "Perić"])
    book.save(target)
    result = do_import(sessions, (target.name, target.read_bytes()))
    assert result.created == 1
    with sessions() as session:
        case = session.scalar(select(Case).where(Case.number == "STARI-7/2019"))
        assert case is not None and case.referral_source == "police" and case.child.family_name == "Perić"
        assert [(m.role, m.person.given_name) for m in case.household] == [("mother", "Ivana")]


def test_a_workbook_as_excel_writes_it_dates_as_serials_formulas_hidden_sheets(sessions: sessionmaker[Session]) -> None:
    """XlsxWriter writes what Excel writes: shared strings, date cells as serial numbers with a date format, a
    date typed as a bare number, a formula with its cached value, a hidden sheet, a filter, blank rows at the end."""
    import xlsxwriter

    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True})
    hidden = book.add_worksheet("Stari podaci")
    hidden.write_row(0, 0, ["Ime", "Prezime", "Datum prijave", "Izvor prijave"])
    hidden.write_row(1, 0, ["Ne", "Uvozi", "01.01.2020.", "police"])
    sheet = book.add_worksheet("Evidencija 2024")
    sheet.activate()
    hidden.hide()  # Excel cannot hide the sheet that is open
    day = book.add_format({"num_format": "dd.mm.yyyy"})
    moment = book.add_format({"num_format": "dd.mm.yyyy hh:mm:ss"})
    sheet.merge_range(0, 0, 0, 5, "Evidencija prijava nasilja nad djecom 2024")
    sheet.write_row(1, 0, ["IME", "PREZIME", "DATUM ROĐENJA", "DATUM PRIJAVE", "IZVOR PRIJAVE", "HITNOST"])
    sheet.write_string(2, 0, "Mirza")
    sheet.write_formula(2, 1, '=PROPER("hodžić")', None, "Hodžić")  # Excel keeps the value it computed
    sheet.write_datetime(2, 2, dt.datetime(2013, 4, 5), day)
    sheet.write_datetime(2, 3, dt.datetime(2024, 3, 12, 10, 15, 30), moment)
    sheet.write_row(2, 4, ["Škola", "Hitno"])
    sheet.write_row(3, 0, ["Ajla", "Kovač"])
    sheet.write_number(3, 2, 41640)  # 01.01.2014 typed into a cell without a date format
    sheet.write_string(3, 3, "2024-05-06 07:08:09")
    sheet.write_row(3, 4, ["Policija", "Redovno"])
    sheet.autofilter(1, 0, 3, 5)
    for row in range(4, 9):
        sheet.write_blank(row, 0, None)
    older = book.add_worksheet("Evidencija 2023")  # a sheet per year, as centres keep them
    older.write_row(0, 0, ["Ime", "Prezime", "Datum prijave", "Izvor prijave"])
    older.write_row(1, 0, ["Tarik", "Begić", "12.12.2023.", "porodica"])
    book.close()
    result = do_import(sessions, ("evidencija.xlsx", out.getvalue()))
    assert result.created == 3
    with sessions() as session:
        rows = {p.given_name: p for p in session.scalars(select(Person))}
        assert set(rows) == {"Mirza", "Ajla", "Tarik"}
        assert rows["Mirza"].family_name == "Hodžić" and rows["Mirza"].birth_date == dt.date(2013, 4, 5)
        assert rows["Ajla"].birth_date == dt.date(2014, 1, 1)
        mirza = session.scalars(select(Case).where(Case.child_id == rows["Mirza"].id)).one()
        assert mirza.report_received_at.astimezone(LOCAL_TZ).replace(tzinfo=None) == dt.datetime(
            2024, 3, 12, 10, 15, 30
        )
        assert (mirza.referral_source, mirza.urgency) == ("school", "immediate")


def test_unicode_text_as_excel_saves_it_utf16_with_tabs(sessions: sessionmaker[Session]) -> None:
    lines = ["Ime\tPrezime\tDatum prijave\tIzvor prijave", "Đurđa\tĐokić\t20.11.2025.\tpolicija"]
    raw = ("\r\n".join(lines) + "\r\n").encode("utf-16")  # with its byte order mark, as Excel writes it
    assert do_import(sessions, ("cases.txt", raw)).created == 1
    with sessions() as session:
        assert session.scalars(select(Person.family_name)).one() == "Đokić"


def test_an_old_xls_file_is_refused_with_advice(sessions: sessionmaker[Session]) -> None:
    with pytest.raises(ReadFailed) as raised:
        do_import(sessions, ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512))
    assert ".xlsx" in raised.value.message("bs")


def test_household_members_are_one_person_each_and_found_in_the_register(sessions: sessionmaker[Session]) -> None:
    mother = make_jmbg(dt.date(1985, 2, 1), "F", region=17)
    with transaction(sessions) as session:
        register_case(
            session,
            NewCase(PersonInput("Nada", "Babić", mother), dt.datetime(2025, 1, 2, tzinfo=dt.UTC), "school"),
            actor_id=None,
        )
    data = _workbook(
        {
            "Predmeti": [
                ["Broj predmeta", "Ime", "Prezime", "Datum rođenja", "Datum prijave", "Izvor prijave"],
                ["P-1", "Lana", "Babić", "03.03.2015.", "01.06.2025.", "police"],
                ["P-2", "Ivan", "Babić", "04.04.2013.", "01.06.2025.", "police"],
            ],
            "Članovi domaćinstva": [
                ["Broj predmeta", "Uloga", "Ime", "Prezime", "JMBG", "Datum rođenja"],
                ["P-1", "mother", "Nada", "Babić", mother, None],
                ["P-2", "mother", "Nada", "Babić", mother, None],
                ["P-1", "sibling", "Ivan", "Babić", None, "04.04.2013."],  # the other case's child
                ["P-2", "sibling", "Ivan", "Babić", None, "04.04.2013."],
            ],  # himself: refused
        }
    )
    with pytest.raises(ImportFailed):
        do_import(sessions, ("p.xlsx", data))
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 1
    data = _workbook(
        {
            "Predmeti": [
                ["Broj predmeta", "Ime", "Prezime", "Datum rođenja", "Datum prijave", "Izvor prijave"],
                ["P-1", "Lana", "Babić", "03.03.2015.", "01.06.2025.", "police"],
                ["P-2", "Ivan", "Babić", "04.04.2013.", "01.06.2025.", "police"],
            ],
            "Članovi domaćinstva": [
                ["Broj predmeta", "Uloga", "Ime", "Prezime", "JMBG", "Datum rođenja"],
                ["P-1", "mother", "Nada", "Babić", mother, None],
                ["P-2", "mother", "Nada", "Babić", mother, None],
                ["P-1", "sibling", "Ivan", "Babić", None, "04.04.2013."],
            ],
        }
    )
    assert do_import(sessions, ("p.xlsx", data)).created == 2
    with sessions() as session:  # Nada was registered; Ivan is one person, a child and a sibling
        assert session.scalar(select(func.count()).select_from(Person)) == 3
        assert session.scalar(select(func.count()).select_from(HouseholdMember)) == 3
