"""The command line is forgiving: options before or after the sub-command, and never a traceback.

``test_no_command_prints_a_traceback`` walks the whole argparse tree and runs every command with bad input: a
register that does not exist, a register with missing files, wrong kinds of files, bad dates, cases that do not
exist, a wrong password, and no terminal to type a password or passphrase in.
"""

from __future__ import annotations

import argparse
import getpass
from collections.abc import Iterator
from pathlib import Path

import pytest

from registry.cli import build_parser, main
from registry.cli.parser import _sub_parsers

#: the words of a failure nobody foresaw (main's last resort): every bad input must meet a foreseen message
UNEXPECTED = "Naredba nije uspjela"
#: commands that start or build something big; their bad input is tried without letting them run
SKIPPED = {("gui",), ("build",)}


def leaf_commands(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    subs = [action for action in parser._actions if isinstance(action, argparse._SubParsersAction)]
    if not subs:
        yield path, parser
        return
    if parser.get_default("handler") is not None and path:  # `registry profiles` runs on its own too
        yield path, parser
    for action in subs:
        for name, sub in action.choices.items():
            yield from leaf_commands(sub, (*path, name))


def bad_value(action: argparse.Action, files: dict[str, Path]) -> str:
    if action.choices:
        return str(next(iter(action.choices)))
    dest = action.dest
    if dest in ("first", "last"):
        return "2025-13-45"
    if dest in ("case_number",):
        return "NEMA-2026-99999"
    if dest in ("referral_id",):
        return "999999"
    if dest in ("file", "files"):
        return str(files["csv"])  # a CSV where a backup or a workbook is expected
    if dest in ("output", "to"):
        return str(files["missing_folder"] / "out.pdf")
    if dest == "profile":
        return "atlantis"
    return "x"


def argv_for(path: tuple[str, ...], parser: argparse.ArgumentParser, files: dict[str, Path]) -> list[str]:
    argv = list(path)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction) or action.help == argparse.SUPPRESS:
            continue
        if not action.option_strings:
            if action.nargs in ("?", "*"):
                continue
            argv.append(bad_value(action, files))
        elif action.required:
            argv += [action.option_strings[-1], bad_value(action, files)]
    return argv


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    csv = tmp_path / "cases.csv"
    csv.write_text("given_name;family_name\nAna;Marić\n", encoding="utf-8")
    return {"csv": csv, "missing_folder": tmp_path / "no" / "such" / "folder"}


def commands() -> list[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    return [(path, sub) for path, sub in leaf_commands(build_parser()) if path[:1] not in {p[:1] for p in SKIPPED}]


def test_every_sub_command_takes_the_global_options() -> None:
    parser = build_parser()
    for sub in _sub_parsers(parser):
        taken = {option for action in sub._actions for option in action.option_strings}
        assert {"--db", "--lang", "--passphrase", "--user", "--unencrypted"} <= taken, sub.prog


def test_the_programs_own_advice_works(tmp_path: Path, capsys, monkeypatch) -> None:
    """`registry init --profile CODE --passphrase` (options after the sub-command) as the program advises."""
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": "a long passphrase 2026")
    url = f"sqlite:///{tmp_path / 'r.sqlite'}"
    assert main(["init", "--profile", "posusje", "--passphrase", "--db", url, "--lang", "en"]) == 0
    out, err = capsys.readouterr()
    assert "Posušje" in out
    assert main(["search", "x", "--lang", "en", "--passphrase", "--db", url]) == 0


@pytest.mark.parametrize("situation", ["no register", "register", "wrong password", "no terminal"])
def test_no_command_prints_a_traceback(
    situation: str, files: dict[str, Path], tmp_path: Path, capsys, monkeypatch, cli_user
) -> None:
    url = f"sqlite:///{tmp_path / 'r.sqlite'}"
    if situation != "no register":
        monkeypatch.setenv("REGISTRY_NEW_PASSWORD", "prvi administrator 2026")
        assert main(["--db", url, "init", "--profile", "posusje", "--admin", "it.admin"]) == 0
        monkeypatch.delenv("REGISTRY_NEW_PASSWORD")
        cli_user("it.admin", "wrong password 1" if situation == "wrong password" else "prvi administrator 2026")
    if situation == "no terminal":
        monkeypatch.delenv("REGISTRY_PASSWORD")

        def no_terminal(prompt: str = "") -> str:
            raise EOFError

        monkeypatch.setattr(getpass, "getpass", no_terminal)
        monkeypatch.setattr("builtins.input", no_terminal)
    ran, problems = 0, []
    csv, nowhere = str(files["csv"]), files["missing_folder"]
    binary = tmp_path / "photo.sqlite"
    binary.write_bytes(bytes(range(256)) * 64)  # not a database, whatever its name says
    extra = [
        ["restore", csv, "--yes"],
        ["restore", str(binary), "--yes"],
        ["restore", str(nowhere), "--yes"],
        ["import", "cases", str(nowhere / "cases.xlsx")],
        ["import", "cases", str(binary)],
        ["import", "cases", csv, "--dry-run"],
        ["export", "register", "-o", str(nowhere / "r.xlsx")],
        ["export", "cases", "-o", str(nowhere / "c.csv")],
        ["print", "summary", "NEMA-1", "-o", str(tmp_path / "s.pdf")],
        ["print", "referral", "0", "-o", str(tmp_path / "r.pdf")],
        ["search", "x", "--limit", "0"],
        ["stats", "--from", "2025-02-30", "--to", "2025-01-01"],
        ["stats", "--from", "2025-01-01", "--to", "2024-01-01", "--format", "pdf"],
        ["backup", "--to", csv],
        ["db", "show-key"],
        ["users", "add", "x", "--role", "boss"],
        ["init", "--profile", "atlantis"],
        ["profiles", "check", csv],
        ["profiles", "new", "atlantis"],
    ]
    for argv in [argv_for(path, parser, files) for path, parser in commands()] + extra:
        options = ["--db", url, "--lang", "bs"] + (["--passphrase"] if situation == "no terminal" else [])
        try:
            main([*options, *argv])
        except SystemExit:  # argparse refusing the input: a usage message in the user's language
            pass
        except Exception as error:
            problems.append((argv, f"{type(error).__name__}: {error}"))
        out, err = capsys.readouterr()
        if "Traceback" in out + err or UNEXPECTED in err or not (out + err).strip():
            problems.append((argv, err[-300:]))
        ran += 1
    assert not problems
    assert ran >= 25


def test_every_commands_own_help_is_in_the_catalogue() -> None:
    """``registry COMMAND --help`` in the user's language: every option and sub-command of every command has its
    words in the catalogue (a new option without them fails here, before a user meets English in a translated
    help)."""
    from registry import i18n
    from registry.cli.parser import sub_command_help_keys

    parser = build_parser()
    missing = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, command in action.choices.items():
                missing += [
                    keys[0]
                    for _action, keys in sub_command_help_keys(command, name)
                    if not any(i18n.has(key) for key in keys)
                ]
    for path, command in leaf_commands(parser):
        key = f"cli.help.sub.{'.'.join(path)}.description"
        if command.description and not i18n.has(key):
            missing.append(key)
    assert not missing, missing


@pytest.mark.parametrize(
    ("language", "command", "shown", "english"),
    [
        ("bs", ["backup"], "koliko rezervnih kopija čuvati (zadano 14)", "how many backups to keep"),
        ("hr", ["print", "summary"], "PDF datoteka koja se zapisuje", "the PDF file to write"),
        ("sr-Cyrl", ["db"], "промени кључ базе", "change the database key"),
        ("sr-Cyrl", ["db", "move"], "postgresql+psycopg://owner@server/registry", "the server database"),
        ("sr-Latn", ["stats"], "poslednji dan perioda", "last day of the period"),
    ],
)
def test_a_commands_help_speaks_the_users_language(
    capsys: pytest.CaptureFixture[str], language: str, command: list[str], shown: str, english: str
) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--lang", language, *command, "--help"])
    assert done.value.code == 0
    out = " ".join(capsys.readouterr().out.split())  # argparse wraps long lines
    assert shown in out and english not in out, out
