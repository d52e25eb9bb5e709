"""`registry print` as IT staff and scripts use it: a PDF or a clear error, never a stray or partial file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from registry.cli.printing import register as add_print_parser
from registry.db import transaction
from registry.models import AuditEvent
from tests.test_printing import flat
from tests.test_printing_fixtures import Built, rich_case, staff


def registry_parser() -> argparse.ArgumentParser:
    """The parts of `registry`'s own parser that `print` relies on: --db and --lang before the sub-command."""
    parser = argparse.ArgumentParser(prog="registry")
    parser.add_argument("--db")
    parser.add_argument("--lang")
    add_print_parser(parser.add_subparsers(dest="command"))
    return parser


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Like registry.cli.main: CommandError becomes exit code 1 with its message on stderr."""
    from registry.cli.common import CommandError

    args = registry_parser().parse_args(list(argv))
    try:
        code = args.handler(args)
    except CommandError as error:
        print(error, file=sys.stderr)
        code = 1
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def built(sessions: sessionmaker[Session], cli_user) -> Built:
    cli_user("dragan", "print-fixture-pw")  # the case's supervisor prints (and is named on every page)
    with transaction(sessions) as session:
        return rich_case(session, staff(session), referral_count=2, note_count=2)


def leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


@pytest.mark.parametrize("document", ["summary", "checklist", "timeline"])
def test_case_documents_are_written_and_the_printout_is_audited(
    database_url: str, built: Built, sessions: sessionmaker[Session], tmp_path: Path, capsys, document: str
) -> None:
    target = tmp_path / "out" / f"{document}.pdf"
    target.parent.mkdir()
    code, out, err = run(
        capsys, "--db", database_url, "print", document, built.number, "-o", str(target), "--lang", "en"
    )
    assert code == 0, err
    assert str(target) in out and "pages" in out
    text = flat(target.read_bytes())
    assert built.number in text and "Đorđe Đurđević" in text and "Printed by Dragan Jović" in text
    assert leftovers(target.parent) == [target.name]
    with sessions() as session:
        event = session.scalar(select(AuditEvent).where(AuditEvent.action == "print").order_by(AuditEvent.id.desc()))
    assert event is not None and event.case_id == built.case_id and event.details["document"] == document


def test_referral_letter_and_blank_forms(database_url: str, built: Built, tmp_path: Path, capsys) -> None:
    letter = tmp_path / "letter.pdf"
    assert run(capsys, "--db", database_url, "print", "referral", str(built.referral_ids[0]), "-o", str(letter))[0] == 0
    assert built.registry_numbers[0] in flat(letter.read_bytes())
    for form, title in (("note", "SLUŽBENA ZABILJEŠKA"), ("referral", "UPUTNICA / OBAVJEŠTENJE")):
        target = tmp_path / f"blank-{form}.pdf"
        code, _, err = run(capsys, "--db", database_url, "print", "blank", form, "-o", str(target))
        assert code == 0, err
        assert title in flat(target.read_bytes())  # no --lang: the centre's language (Bosnian for this profile)


def test_language_before_or_after_the_sub_command(database_url: str, built: Built, tmp_path: Path, capsys) -> None:
    before, after = tmp_path / "before.pdf", tmp_path / "after.pdf"
    assert (
        run(capsys, "--db", database_url, "--lang", "sr-Cyrl", "print", "summary", built.number, "-o", str(before))[0]
        == 0
    )
    assert (
        run(
            capsys,
            "--db",
            database_url,
            "--lang",
            "en",
            "print",
            "summary",
            built.number,
            "-o",
            str(after),
            "--lang",
            "hr",
        )[0]
        == 0
    )
    assert "САЖЕТАК ПРЕДМЕТА" in flat(before.read_bytes()) and "Ђорђе Ђурђевић" in flat(before.read_bytes())
    assert "Stranica 1 od" in flat(after.read_bytes())
    latin = tmp_path / "latin.pdf"
    assert (
        run(
            capsys,
            "--db",
            database_url,
            "print",
            "summary",
            built.number,
            "-o",
            str(latin),
            "--lang",
            "sr-Cyrl",
            "--no-transliterate",
        )[0]
        == 0
    )
    assert "Đorđe Đurđević" in flat(latin.read_bytes())


def test_unknown_case_or_referral_is_a_clear_error_and_no_file(
    database_url: str, built: Built, tmp_path: Path, capsys
) -> None:
    folder = tmp_path / "prints"
    folder.mkdir()
    target = folder / "nothing.pdf"
    code, out, err = run(
        capsys, "--db", database_url, "--lang", "en", "print", "summary", "NGS-1999-00042", "-o", str(target)
    )
    assert code == 1 and "NGS-1999-00042" in err and "no case" in err and "Traceback" not in err
    code, _, err = run(capsys, "--db", database_url, "--lang", "en", "print", "referral", "424242", "-o", str(target))
    assert code == 1 and "424242" in err
    assert leftovers(folder) == []


def test_an_existing_file_is_untouched_when_printing_fails(
    database_url: str, built: Built, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "prints"
    folder.mkdir()
    target = folder / "summary.pdf"
    target.write_bytes(b"the earlier printout")

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("registry.printing.record_printed", broken)
    code, _, err = run(capsys, "--db", database_url, "print", "summary", built.number, "-o", str(target))
    assert code == 1 and "No space left on device" in err
    assert target.read_bytes() == b"the earlier printout"
    assert leftovers(folder) == ["summary.pdf"]


def test_missing_folder_is_reported(database_url: str, tmp_path: Path, capsys) -> None:
    code, _, err = run(
        capsys,
        "--db",
        database_url,
        "--lang",
        "en",
        "print",
        "blank",
        "note",
        "-o",
        str(tmp_path / "no" / "such" / "form.pdf"),
    )
    assert code == 1 and "does not exist" in err


def test_the_sub_command_needs_an_output_file(capsys) -> None:
    with pytest.raises(SystemExit):
        registry_parser().parse_args(["print", "summary", "NGS-2026-00001"])
    assert "-o" in capsys.readouterr().err
