"""The ``registry`` command: start the application, set up, upgrade and back up registers, search, import, export,
print, demo data.

One module per command group, each owning its sub-parser and its handlers:

    gui         registry gui (the default)            backup      registry backup, restore
    initialise  registry init, profiles               audit       registry audit verify
    db          registry db upgrade|current|check|    retention   registry retention
                encrypt|rekey|show-key|remember-      demo        registry demo
                password                              search      registry search
    printing    registry print ...                    transfer    registry import, export

``common`` holds what they share: :func:`~registry.cli.common.open_register` (an initialised, up-to-date register,
created encrypted where asked, the passphrase prompted for), :class:`~registry.cli.common.CommandError` and
:func:`~registry.cli.common.say`. ``parser`` builds the parser from the groups and runs a command (``main``).

To add a command group:

1. Write ``registry/cli/<group>.py`` with ``register(commands: SubCommands) -> None``, which adds its sub-parser(s)
   with ``commands.add_parser(...)`` and sets ``handler=run_<command>`` on each; a handler takes the parsed
   ``argparse.Namespace`` and returns the exit code.
2. Import heavy modules (services, printing, Qt) inside the handlers, not at the top: every command builds the whole
   parser, and ``registry --help`` must stay instant.
3. Report failures by raising ``CommandError`` with a message from ``registry.i18n`` (your own catalogue module in
   ``registry/i18n/catalogue/``), never a traceback; open the register with ``open_register(args)``.
4. Add the module to ``COMMAND_GROUPS`` in ``parser.py`` (the order is the order of ``registry --help``) and test it
   through ``registry.cli.main([...])`` on an encrypted register first.
"""

from collections.abc import Sequence

from registry.cli.parser import build_parser
from registry.cli.parser import main as run_command

__all__ = ["build_parser", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    """The program's entry point: files it creates are private, then the command (or the application) runs."""
    from registry.services.private_files import owner_only_by_default

    owner_only_by_default()
    return run_command(argv)
