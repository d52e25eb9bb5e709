"""The ``registry`` command's parser: the global options, then each command group's sub-commands."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from registry import __version__, config, i18n
from registry.cli import (
    audit,
    backup,
    build,
    db,
    demo,
    gui,
    initialise,
    printing,
    profiles,
    retention,
    search,
    server,
    statistics,
    transfer,
    users,
)
from registry.cli.common import CommandError, close_registers, language_of, say

# In the order `registry --help` lists them; each module has `register(commands)`.
COMMAND_GROUPS = (
    gui,
    initialise,
    profiles,
    db,
    backup,
    audit,
    retention,
    demo,
    search,
    transfer,
    printing,
    statistics,
    users,
    server,
    build,
)


class _Version(argparse.Action):
    """``--version``: the program version, and in a bundle its build stamp, on one unwrapped line."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kwargs: object) -> None:
        stamp = config.build_stamp()
        print(stamp.describe() if stamp else f"registry {__version__}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="registry", description="Centre Case Registry")
    parser.add_argument(
        "--version", action=_Version, nargs=0, help="show the version (and what this build is) and exit"
    )
    parser.add_argument(
        "--db",
        help="database URL or a register file's path (default: $REGISTRY_DATABASE_URL or a SQLite file in the "
        "user's data folder)",
    )
    parser.add_argument("--lang", help="language of messages: bs, hr, sr-Latn, sr-Cyrl, en")
    parser.add_argument(
        "--passphrase", action="store_true", help="ask for the database passphrase (where no keyring holds the key)"
    )
    parser.add_argument(
        "--unencrypted",
        action="store_true",
        help="create a new SQLite database WITHOUT encryption (demonstrations and tests only)",
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        help="act as this user (default: $REGISTRY_USER); the password "
        "is asked for, or taken from $REGISTRY_PASSWORD for scheduled jobs",
    )
    commands = parser.add_subparsers(dest="command")
    for group in COMMAND_GROUPS:
        group.register(commands)
    _accept_global_options_everywhere(parser)
    return parser


def _global_options(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    return [action for action in parser._actions if action.option_strings and action.dest not in ("help", "version")]


def _sub_parsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                found += [sub, *_sub_parsers(sub)]
    return found


def _accept_global_options_everywhere(parser: argparse.ArgumentParser) -> None:
    """``registry init --profile X --passphrase`` as well as ``registry --passphrase init ...``: every sub-command
    takes the global options too (SUPPRESS: given before the sub-command, they are not overwritten after it)."""
    for sub in _sub_parsers(parser):
        taken = {option for action in sub._actions for option in action.option_strings}
        for action in _global_options(parser):
            if taken & set(action.option_strings):
                continue
            extra = {"nargs": 0} if isinstance(action, (argparse._StoreTrueAction,)) else {}
            if extra:
                sub.add_argument(
                    *action.option_strings,
                    dest=action.dest,
                    action="store_true",
                    default=argparse.SUPPRESS,
                    help=argparse.SUPPRESS,
                )
            else:
                sub.add_argument(
                    *action.option_strings,
                    dest=action.dest,
                    metavar=action.metavar,
                    default=argparse.SUPPRESS,
                    help=argparse.SUPPRESS,
                )


def _asked_language(arguments: list[str]) -> str:
    """The language for --help and argparse's messages, before anything is parsed (--lang anywhere, the
    environment, IT's settings)."""
    asked = None
    for index, word in enumerate(arguments):
        if word == "--lang" and index + 1 < len(arguments):
            asked = arguments[index + 1]
        elif word.startswith("--lang="):
            asked = word.split("=", 1)[1]
    try:
        return i18n.normalise_language(config.user_language(asked))
    except config.SettingsError:
        return i18n.normalise_language(asked)


def _argparse_text(key: str, language: str) -> str:
    """An argparse phrase; in Cyrillic its %-placeholders stay as argparse needs them."""
    if language != "sr-Cyrl":
        return i18n.text(f"argparse.{key}", language)
    from registry.services.transliteration import to_cyrillic

    latin = i18n.text(f"argparse.{key}", "sr-Latn")
    return "".join(part if _PERCENT.fullmatch(part) else to_cyrillic(part) for part in _PERCENT.split(latin))


_PERCENT = re.compile(r"(%\([^)]*\)\w|%s|%\w)")


@contextmanager
def _argparse_in(language: str) -> Iterator[None]:
    """argparse's own words (usage, errors) in ``language`` while one command is parsed."""
    from registry.i18n.catalogue.cli_help import ARGPARSE

    if language == "en":
        yield
        return
    original = argparse._  # type: ignore[attr-defined]

    def translated(message: str) -> str:
        key = ARGPARSE.get(message)
        return _argparse_text(key, language) if key else original(message)

    argparse._ = translated  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = original  # type: ignore[attr-defined]


def _translate_help(parser: argparse.ArgumentParser, language: str, *, commands: bool = True) -> None:
    """``registry --help`` in the user's language: the global options and the list of commands, and with
    ``commands`` each command's own help too (about 28 ms: done only when help is asked for)."""
    params = {
        "env": "$REGISTRY_DATABASE_URL",
        "codes": ", ".join(i18n.LANGUAGES),
        "user_env": "$REGISTRY_USER",
        "password_env": "$REGISTRY_PASSWORD",
        "excel": "Excel (.xlsx)",
        "csv": "CSV",
        "json": "JSON",
        "xlsx": "XLSX",
        "pdf": "PDF",
        "sqlite": "SQLite",
        "postgresql": "PostgreSQL",
    }
    parser.description = i18n.text("cli.help.title", language)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                key = f"cli.help.command.{choice.dest}"
                if i18n.has(key):
                    choice.help = i18n.text(key, language, **params)
        elif action.option_strings:
            key = f"cli.help.option.{action.option_strings[-1].lstrip('-')}"
            if i18n.has(key):
                action.help = i18n.text(key, language, **params)
    if not commands:
        return
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, command in action.choices.items():
                _translate_command_help(command, name, language)


def sub_command_help_keys(parser: argparse.ArgumentParser, path: str) -> Iterator[tuple[argparse.Action, list[str]]]:
    """Each option and sub-command of a command (``path``: ``db`` or ``print.summary``) with the catalogue keys
    that may word its help, most particular first: ``print.summary:output`` then ``print:output``."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                yield choice, [f"cli.help.sub.{path}>{choice.dest}"]
            for name, command in action.choices.items():
                yield from sub_command_help_keys(command, f"{path}.{name}")
        elif action.help not in (None, argparse.SUPPRESS) and action.dest != "help":
            option = action.option_strings[-1].lstrip("-") if action.option_strings else action.dest
            places = [path, *(path.rsplit(".", 1)[:1] if "." in path else [])]
            yield action, [f"cli.help.sub.{place}:{option}" for place in places]


def _translate_command_help(parser: argparse.ArgumentParser, path: str, language: str) -> None:
    """``registry COMMAND --help`` in the user's language: the command's options and sub-commands."""
    from registry.i18n.catalogue.cli_subcommand_help import LITERALS

    codes = ", ".join(i18n.LANGUAGES)
    if parser.description and i18n.has(f"cli.help.sub.{path}.description"):
        parser.description = i18n.text(f"cli.help.sub.{path}.description", language, codes=codes, **LITERALS)
    for action, keys in sub_command_help_keys(parser, path):
        key = next((key for key in keys if i18n.has(key)), None)
        if key is not None:
            action.help = i18n.text(key, language, codes=codes, **LITERALS)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one ``registry`` command; the exit code. Without a command, the desktop application starts."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    language = _asked_language(arguments)
    with _argparse_in(language):  # group titles are words argparse translates while it builds the parser
        parser = build_parser()
        _translate_help(parser, language, commands=bool({"-h", "--help"} & set(arguments)))
        args = parser.parse_args(arguments)
        if args.command is None:
            args = parser.parse_args([*arguments, "gui"])
    from sqlalchemy.exc import ArgumentError, OperationalError

    from registry.services.errors import RegistryError

    try:
        code: int = args.handler(args)
        return code
    except CommandError as error:
        say(str(error), error=True)
        return 1
    except RegistryError as error:
        say(error.message(language_of(args)), error=True)
        return 1
    except ArgumentError as error:  # a database address SQLAlchemy cannot read
        say(
            i18n.text(
                "cli.bad_url",
                language_of(args),
                detail=str(error).strip().splitlines()[0],
                example="postgresql+psycopg://user@server/registry",
            ),
            error=True,
        )
        return 1
    except OperationalError as error:  # the server cannot be reached, refused the role, or SSL failed
        detail = str(error.orig or error).strip().splitlines()[0]
        say(i18n.text("server.cannot_connect", language_of(args), detail=detail), error=True)
        return 1
    except config.SettingsError as error:
        say(i18n.text(error.key, getattr(args, "lang", None), **error.params), error=True)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # a damaged page met halfway through a command: explained, not a traceback
        from registry.services.integrity import explain_damage

        try:
            damage = explain_damage(config.database_url(getattr(args, "db", None)), error)
        except Exception:
            damage = None
        if damage is not None:
            say(damage.message(language_of(args)), error=True)
            return 1
        # never a traceback: what failed, in one line, in the user's language
        detail = (str(error).strip().splitlines() or [""])[0]
        say(i18n.text("cli.unexpected", language_of(args), detail=f"{type(error).__name__}: {detail}"), error=True)
        return 1
    finally:
        close_registers()
