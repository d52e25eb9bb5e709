"""Printed documents, read back from the PDF as a recipient would: the right facts, every glyph, every page."""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
import sys

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from registry import i18n
from registry.db import transaction
from registry.models import Case, Centre, Institution
from registry.printing import (
    PrintCancelled,
    build_blank_form,
    build_case_summaries,
    build_case_summary,
    build_checklist,
    build_referral_letter,
    build_timeline,
    print_job,
)
from registry.services import lookups, referrals
from registry.services.dates import format_date
from registry.services.errors import NotFound
from registry.services.protocols import overdue_steps
from tests.test_printing_fixtures import Built, Staff, rich_case, staff

PRINTER = "Selma Begović"


# ------------------------------------------------------------------------------------------------ reading PDFs


def pages_text(data: bytes) -> list[str]:
    assert data.startswith(b"%PDF-")
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def flat(data: bytes) -> str:
    """All text with line breaks and runs of spaces folded, so a wrapped cell still reads as one phrase."""
    return re.sub(r"\s+", " ", " ".join(pages_text(data)))


def font_names(data: bytes) -> set[str]:
    names = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        fonts = page["/Resources"].get("/Font")
        for font in fonts.get_object().values() if fonts else []:
            names.add(str(font.get_object()["/BaseFont"]))
    return names


def assert_glyphs_and_fonts(data: bytes) -> None:
    """No ■ (a glyph the font lacks) and only the embedded DejaVu faces, regular and bold under their own names."""
    assert "■" not in flat(data)
    names = font_names(data)
    assert names, "no fonts found"
    assert all("DejaVuSans" in name for name in names), names
    assert not any("Helvetica" in name or "Times" in name or "Courier" in name for name in names)
    assert any(name.endswith("+DejaVuSans-Bold") for name in names), names
    assert any(name.endswith("+DejaVuSans") for name in names), names


# ------------------------------------------------------------------------------------------------ data


@pytest.fixture
def people(sessions: sessionmaker[Session]) -> Staff:
    with transaction(sessions) as session:
        return staff(session)


@pytest.fixture
def built(sessions: sessionmaker[Session], people: Staff) -> Built:
    with transaction(sessions) as session:
        return rich_case(session, people, referral_count=3, note_count=3, answered=1)


def _case(session: Session, case_id: int) -> Case:
    return session.get_one(Case, case_id)


# ------------------------------------------------------------------------------------------------ tests


def test_importing_the_package_or_its_command_does_not_load_reportlab() -> None:
    code = (
        "import sys, registry.printing, registry.cli.printing; "
        "print(sorted(m for m in sys.modules if m.startswith('reportlab')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_case_summary_shows_the_child_the_report_the_referrals_and_the_centre(
    sessions: sessionmaker[Session], built: Built
) -> None:
    with sessions() as session:
        data = build_case_summary(session, built.case_id, language="bs", printed_by=PRINTER)
        case = _case(session, built.case_id)
        centre = session.scalar(select(Centre))
        police = session.scalar(select(Institution.name).where(Institution.sector == "police").order_by(Institution.id))
    text = flat(data)
    assert_glyphs_and_fonts(data)
    for expected in (
        "SAŽETAK PREDMETA",
        built.number,
        "Đorđe Đurđević",
        built.jmbg,
        "09.05.2014.",
        "Željko Đurđević",
        "Navodni počinilac",
        "Ljiljana Šehić",
        "Predškolska ustanova ili škola",
        "Fizičko nasilje",
        "Visok rizik",
        format_date(case.report_received_at),
        *built.registry_numbers,
        "Savjetovanje",
        "UP-I-35-77/26",
        "Izvještaj dostavljen; otac priveden.",
        "Kućna posjeta",
        "Dragan Jović",
        "Odobrenje supervizora",
        "Plan odobren",
        centre.name[:40],
        "POVJERLJIVO",
        f"Štampao/la: {PRINTER}",
    ):
        assert expected in text, expected
    assert police is not None and police[:30] in text
    assert "rok za odgovor istekao" in text  # two of the three referrals are unanswered past their deadline
    assert "rok prekoračen" in text


def test_cyrillic_summary_prints_names_and_free_text_in_cyrillic_but_numbers_as_they_are(
    sessions: sessionmaker[Session], built: Built
) -> None:
    with sessions() as session:
        data = build_case_summary(session, built.case_id, language="sr-Cyrl", printed_by=PRINTER)
        latin = build_case_summary(session, built.case_id, language="sr-Cyrl", transliterate=False)
        centre = session.scalar(select(Centre))
    text = flat(data)
    assert_glyphs_and_fonts(data)
    for expected in (
        "САЖЕТАК ПРЕДМЕТА",
        "Ђорђе Ђурђевић",
        "Жељко Ђурђевић",
        "Љиљана Шехић",
        "Физичко насиље",
        "Улица Џемала Биједића 12",
        "ПОВЈЕРЉИВО",
        "Селма Беговић",
        "Страна 1 од",
        built.number,
        built.jmbg,
        *built.registry_numbers,
        "UP-I-35-77/26",
        centre.name_cyrl[:30],
    ):
        assert expected in text, expected
    assert "Đorđe" not in text and "Šehić" not in text
    # transliteration off: labels stay Cyrillic, what people typed is printed as typed
    plain = flat(latin)
    assert "Đorđe Đurđević" in plain and "САЖЕТАК ПРЕДМЕТА" in plain and "Ђорђе" not in plain


def test_a_long_summary_numbers_every_page_and_repeats_table_headers(
    sessions: sessionmaker[Session], people: Staff
) -> None:
    with transaction(sessions) as session:
        big = rich_case(
            session,
            people,
            given="Lejla",
            family="Čolić",
            referral_count=40,
            note_count=30,
            serial=40,
            note_text="Razgovor s djetetom u školi o odnosima u porodici i školskim obavezama. " * 6,
        )
    with sessions() as session:
        printed = print_job(session, "summary", big.case_id, language="en", printed_by=PRINTER, notes_limit=30)
    pages = pages_text(printed.data)
    assert len(pages) == printed.pages >= 4
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "CONFIDENTIAL" in page and f"Printed by {PRINTER}" in page
        assert big.number in page
    # the referrals table runs over pages, its header row printed again on each
    assert sum("Response due" in re.sub(r"\s+", " ", page) for page in pages) >= 2
    text = flat(printed.data)
    assert all(number in text for number in big.registry_numbers)
    assert "(30)" in text and "(1)" in text  # all thirty notes asked for


def test_every_document_prints_in_every_language(sessions: sessionmaker[Session], built: Built) -> None:
    for language in i18n.LANGUAGES:
        with sessions() as session:
            documents = {
                "summary": build_case_summary(session, built.case_id, language=language),
                "checklist": build_checklist(session, built.case_id, language=language),
                "timeline": build_timeline(session, built.case_id, language=language),
                "referral": build_referral_letter(session, built.referral_ids[0], language=language),
                "note": build_blank_form(session, "note", language=language),
                "blank_referral": build_blank_form(session, "referral", language=language),
            }
        titles = {
            "summary": "summary",
            "checklist": "checklist",
            "timeline": "timeline",
            "referral": "referral",
            "note": "note",
            "blank_referral": "referral",
        }
        for name, data in documents.items():
            assert_glyphs_and_fonts(data)
            pages = pages_text(data)
            text = flat(data)
            assert i18n.text(f"print.title.{titles[name]}", language) in text, (language, name)
            assert i18n.text("print.page", language, page=1, pages=len(pages)) in pages[0], (language, name)
            assert i18n.text("print.confidential", language) in pages[-1], (language, name)


def test_referral_letter_has_number_date_addressee_deadline_legal_basis_and_a_response_slip(
    sessions: sessionmaker[Session], built: Built
) -> None:
    with sessions() as session:
        referral = session.get_one(referrals.Referral, built.referral_ids[1])
        institution = referral.institution
        printed = print_job(session, "referral", referral.id, language="bs", printed_by=PRINTER)
        sent, due = format_date(referral.sent_at), format_date(referral.response_due_at)
    text = flat(printed.data)
    assert_glyphs_and_fonts(printed.data)
    assert printed.pages == 1  # a short letter and its slip fit on one sheet
    for expected in (
        f"Broj: {built.registry_numbers[1]}",
        f"Datum: {sent}",
        f"Veza: predmet {built.number}",
        institution.name[:30],
        "n/r Mirza Ćatić",
        "HITNO",
        "Đorđe Đurđević, rođen/a 09.05.2014.",
        f"JMBG: {built.jmbg}",
        "Sumnja na fizičko nasilje nad djetetom (upućivanje 2).",
        "Dostaviti izvještaj o poduzetim mjerama.",
        f"najkasnije do {due}",
        "Porodični zakon Federacije BiH",
        "Selma Begović",
        "ODGOVOR NA UPUTNICU / OBAVJEŠTENJE",
        f"Odgovor na dopis broj {built.registry_numbers[1]} od {sent} (predmet {built.number})",
    ):
        assert expected in text, expected


def test_incoming_referral_prints_feedback_to_its_sender(
    sessions: sessionmaker[Session], built: Built, people: Staff
) -> None:
    with transaction(sessions) as session:
        school = session.scalar(select(Institution).where(Institution.sector == "education"))
        incoming = referrals.log_referral(
            session,
            referrals.ReferralInput(
                built.case_id,
                "incoming",
                school.id,
                "letter",
                reason="Prijava škole",
                sent_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=41),
            ),
            actor_id=people.worker_id,
        )
    with sessions() as session:
        text = flat(build_referral_letter(session, incoming.id, language="hr"))
        summary = flat(build_case_summary(session, built.case_id, language="en"))
    assert "POVRATNA INFORMACIJA" in text and built.number in text and "ODGOVOR NA UPUTNICU" not in text
    assert "Broj: ________" in text  # the feedback is a new letter, numbered when it is sent
    assert "Incoming" in summary and "received" in summary


def test_checklist_shows_due_and_done_dates_and_who_did_each_step(
    sessions: sessionmaker[Session], built: Built
) -> None:
    with sessions() as session:
        data = build_checklist(session, built.case_id, language="en", printed_by=PRINTER)
        overdue = [step for step in overdue_steps(session) if step.case_id == built.case_id]
        case = _case(session, built.case_id)
    text = flat(data)
    assert_glyphs_and_fonts(data)
    assert "Suspicion of violence recognised; official note written" in text
    assert f"{format_date(case.report_received_at)}" in text and "Selma Begović" in text
    assert overdue, "the fixture case has overdue steps"
    assert text.count("overdue") - text.count("overdue:") == len(overdue)
    assert f"overdue: {len(overdue)}." in text


def test_timeline_lists_events_across_sectors_in_order(sessions: sessionmaker[Session], built: Built) -> None:
    with sessions() as session:
        text = flat(build_timeline(session, built.case_id, language="en"))
    text = text[text.index("Details") :]  # the table, not the case's particulars above it
    order = [
        "Report received",
        "Case registered as",
        "Consent given",
        "Measure started",
        "Referral or notification sent",
        "Response received",
        "Response deadline passed",
        "Home visit",
    ]
    positions = [text.find(title) for title in order]
    assert all(position >= 0 for position in positions), dict(zip(order, positions, strict=True))
    assert positions[:2] == sorted(positions[:2])
    assert text.find("Incident") < text.find("Report received")  # it happened the day before the report
    assert text.find("Referral or notification sent") < text.find("Response received")


def test_blank_forms_list_the_lookups_with_tick_boxes(sessions: sessionmaker[Session]) -> None:
    with sessions() as session:
        note = build_blank_form(session, "note", language="sr-Cyrl")
        form = build_blank_form(session, "referral", language="hr")
        forms_cyrl = lookups.labels(session, "violence_form", "sr-Cyrl").values()
        sectors_hr = lookups.labels(session, "sector", "hr").values()
    for data in (note, form):
        assert_glyphs_and_fonts(data)
        assert "☐" in flat(data)
    note_text, form_text = flat(note), flat(form)
    assert "СЛУЖБЕНА ЗАБИЉЕШКА" in note_text
    assert all(label in note_text for label in forms_cyrl)
    assert "UPUTNICA / OBAVIJEST" in form_text and "ODGOVOR NA UPUTNICU / OBAVIJEST" in form_text
    assert all(label in form_text for label in sectors_hr)


def test_batch_of_summaries_restarts_numbering_reports_progress_and_can_be_cancelled(
    sessions: sessionmaker[Session], people: Staff
) -> None:
    with transaction(sessions) as session:
        made = [
            rich_case(session, people, given=name, family="Kovačević", serial=index + 3)
            for index, name in enumerate(("Ana", "Bojan", "Ćamil"))
        ]
    ids = [case.case_id for case in made]
    calls: list[tuple[int, int]] = []
    with sessions() as session:
        data = build_case_summaries(
            session, ids, language="bs", progress=lambda done, total: calls.append((done, total))
        )
        singles = [print_job(session, "summary", case_id, language="bs").pages for case_id in ids]
    assert calls == [(1, 3), (2, 3), (3, 3)]
    pages = pages_text(data)
    assert len(pages) == sum(singles)
    firsts = [index for index, page in enumerate(pages) if "Stranica 1 od" in page]
    assert len(firsts) == 3
    for start, case, count in zip(firsts, made, singles, strict=True):
        assert f"Stranica {count} od {count}" in pages[start + count - 1]
        assert all(case.number in page for page in pages[start : start + count])

    seen: list[int] = []
    with sessions() as session, pytest.raises(PrintCancelled):
        build_case_summaries(
            session, ids, progress=lambda done, total: seen.append(done), cancelled=lambda: len(seen) >= 1
        )
    assert seen == [1]


def test_the_centre_logo_is_printed_and_a_broken_one_is_skipped(sessions: sessionmaker[Session], built: Built) -> None:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (120, 60), (30, 90, 160)).save(buffer, format="PNG")
    for logo, images in ((buffer.getvalue(), 1), (b"not an image", 0)):
        with transaction(sessions) as session:
            session.scalar(select(Centre)).logo = logo
        with sessions() as session:
            data = build_referral_letter(session, built.referral_ids[0])
        first = PdfReader(io.BytesIO(data)).pages[0]
        xobjects = first["/Resources"].get("/XObject")
        count = len(xobjects.get_object()) if xobjects else 0
        assert count == images


def test_unknown_case_or_referral_is_not_found(sessions: sessionmaker[Session]) -> None:
    with sessions() as session:
        with pytest.raises(NotFound):
            build_case_summary(session, 987654)
        with pytest.raises(NotFound):
            build_referral_letter(session, 987654)
        with pytest.raises(ValueError):
            build_blank_form(session, "decision")


def test_a_bare_case_and_awkward_text_still_print(sessions: sessionmaker[Session], people: Staff) -> None:
    from registry.services import case_records, cases
    from tests.helpers import new_case

    awkward = "A & B <i>not markup</i> " + "x" * 400 + "\nsecond line"
    with transaction(sessions) as session:
        case = cases.register_case(
            session,
            new_case(
                "Zoë",
                "O'Brien-Ćosić",
                reporter_anonymous=True,
                reporter_contact="secret",
                report_summary=awkward,
                household=[],
                lead_worker_id=people.worker_id,
            ),
            actor_id=people.worker_id,
        ).case
        case.restricted = True
        case_records.add_note(session, case.id, text=awkward, actor_id=people.worker_id)
        case_id = case.id
    with sessions() as session:
        documents = [
            build_case_summary(session, case_id, language="en"),
            build_timeline(session, case_id),
            build_checklist(session, case_id, language="sr-Cyrl"),
        ]
    text = flat(documents[0])
    for data in documents:
        assert_glyphs_and_fonts(data)
    assert "Zoë O'Brien-Ćosić" in text and "A & B <i>not markup</i>" in text
    assert "Restricted access yes" in text and "anonymous" in text and "secret" not in text
    assert "None recorded." in text  # no household, incidents or measures: said, not left blank


def test_long_texts_print_whole_split_across_pages(sessions: sessionmaker[Session], people: Staff) -> None:
    """A 6,000-character report summary (and every other free text, the summary at the 20,000 limit) prints."""
    from registry.models import CaseConference, CaseNote, ChecklistItem, HouseholdMember, Incident, Measure, Referral

    prose = "Dijete je tokom razgovora bilo mirno i sarađivalo je, ali je izbjegavalo pitanja o ocu. " * 70

    def text(name: str, length: int = 6000) -> str:  # one paragraph, no line breaks, ending in a marker
        return prose[: length - len(name) - 1] + " " + name

    with transaction(sessions) as session:
        built = rich_case(session, people, referral_count=1, note_count=1)
        case = session.get_one(Case, built.case_id)
        case.report_summary = (prose * 4)[: 20_000 - 9] + " ENDSUMMA"
        case.assessment, case.plan = text("ENDASSESS"), text("ENDPLAN")
        case.child.has_disability, case.child.disability_note = True, text("ENDDISAB")
        case.child.notes = text("ENDCHILD")
        for index, row in enumerate(session.scalars(select(CaseConference))):
            row.minutes, row.decisions = text(f"ENDMINUT{index}"), text(f"ENDDECIS{index}")
        for row in session.scalars(select(Referral)):
            row.reason, row.requested_action = text("ENDREASON"), text("ENDASKED")
        for row in session.scalars(select(Measure)):
            row.notes = text("ENDMEASUR")
        for row in session.scalars(select(Incident)):
            row.description = text("ENDINCID")
        for row in session.scalars(select(CaseNote)):
            row.text = text("ENDNOTE")
        for row in session.scalars(select(HouseholdMember)):
            row.notes = text("ENDHOUSE")
        for row in session.scalars(select(ChecklistItem)):
            row.note = text("ENDSTEP")
    with transaction(sessions) as session:
        summary = flat(build_case_summary(session, built.case_id, language="bs"))
        for marker in (
            "ENDSUMMA",
            "ENDASSESS",
            "ENDPLAN",
            "ENDDISAB",
            "ENDMINUT0",
            "ENDDECIS0",
            "ENDREASON",
            "ENDMEASUR",
            "ENDINCID",
            "ENDNOTE",
        ):
            assert marker in summary, marker
        assert "ENDSTEP" in flat(build_checklist(session, built.case_id, language="en"))
        assert "ENDNOTE" in flat(build_timeline(session, built.case_id, language="hr"))
        letter = flat(build_referral_letter(session, built.referral_ids[0], language="bs"))
        assert "ENDREASON" in letter and "ENDASKED" in letter
