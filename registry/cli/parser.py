"""The ``registry`` command's parser: the global options, then each command group's sub-commands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

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
)
from registry.cli.common import CommandError, close_registers, language_of, say

# In the order `registry --help` lists them; each module has `register(commands)`.
COMMAND_GROUPS = (gui, initialise, profiles, db, backup, audit, retention, demo, search, transfer, printing, statistics,
                  server, build)


class _Version(argparse.Action):
    """``--version``: the program version, and in a bundle its build stamp, on one unwrapped line."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kwargs: object) -> None:
        stamp = config.build_stamp()
        print(stamp.describe() if stamp else f"registry {__version__}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="registry", description="Centre Case Registry")
    parser.add_argument("--version", action=_Version, nargs=0, help="show the version (and what this build is) and exit")
    parser.add_argument("--db", help="database URL or a register file's path (default: $REGISTRY_DATABASE_URL or a SQLite file in the "
                        "user's data folder)")
    parser.add_argument("--lang", help="language of messages: bs, hr, sr-Latn, sr-Cyrl, en")
    parser.add_argument("--passphrase", action="store_true",
                        help="ask for the database passphrase (where no keyring holds the key)")
    parser.add_argument("--unencrypted", action="store_true",
                        help="create a new SQLite database WITHOUT encryption (demonstrations and tests only)")
    commands = parser.add_subparsers(dest="command")
    for group in COMMAND_GROUPS:
        group.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one ``registry`` command; the exit code. Without a command, the desktop application starts."""
    parser = build_parser()
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(arguments)
    if args.command is None:
        args = parser.parse_args([*arguments, "gui"])
    from sqlalchemy.exc import OperationalError

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

        damage = explain_damage(config.database_url(getattr(args, "db", None)), error)
        if damage is None:
            raise
        say(damage.message(language_of(args)), error=True)
        return 1
    finally:
        close_registers()
