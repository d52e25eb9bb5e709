"""``registry print``: any printable document to a PDF file, from the command line.

    registry print summary|checklist|timeline CASE_NUMBER -o FILE.pdf [--lang CODE]
    registry print referral REFERRAL_ID -o FILE.pdf [--lang CODE]
    registry print blank referral|note -o FILE.pdf [--lang CODE]

The PDF is written to a temporary file beside the target and renamed only when everything succeeded, so an
unknown case, a failure half way or a full disk leaves no file (and never half a file) behind. The file is
readable by its owner only (it holds a child's personal data). Each printout is recorded in the audit trail.
"""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path
from typing import TYPE_CHECKING

from registry import config, i18n
from registry.cli.common import CommandError, SubCommands, open_as
from registry.printing import BLANK_FORMS

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

CASE_DOCUMENTS = {
    "summary": "case summary for supervisors, case conferences, courts and inspections",
    "checklist": "protocol checklist of the case: due and done dates, who did each step",
    "timeline": "every event of the case across sectors, in order",
}


def register(commands: SubCommands) -> None:
    """Add ``print`` to the ``registry`` command's sub-commands."""
    printer = commands.add_parser(
        "print", help="print a case summary, checklist, timeline, referral letter or blank form to a PDF file"
    )
    documents = printer.add_subparsers(dest="document", metavar="DOCUMENT", required=True)
    for name, help_text in CASE_DOCUMENTS.items():
        parser = documents.add_parser(name, help=help_text)
        parser.add_argument("case_number", metavar="CASE_NUMBER")
        _options(parser)
    referral = documents.add_parser(
        "referral", help="referral letter with response slip (outgoing) or feedback to the sender (incoming)"
    )
    referral.add_argument("referral_id", metavar="REFERRAL_ID", type=int)
    _options(referral)
    blank = documents.add_parser("blank", help="blank form to fill in by hand")
    blank.add_argument("form", choices=BLANK_FORMS)
    _options(blank)
    printer.set_defaults(handler=run_print)


def _options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="the PDF file to write")
    # SUPPRESS: without --lang here, the global `registry --lang` (or the centre's default) is kept
    parser.add_argument(
        "--lang",
        default=argparse.SUPPRESS,
        metavar="CODE",
        help="language and script of the document: bs, hr, sr-Latn, sr-Cyrl, en",
    )
    parser.add_argument(
        "--transliterate",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="names and free text in the document's script (default: on for sr-Cyrl only)",
    )


def _operator() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in this environment: print without one
        return ""


def run_print(args: argparse.Namespace) -> int:
    target = Path(args.output).expanduser()
    folder = target.parent
    if not folder.is_dir():
        raise CommandError(i18n.text("print.no_folder", config.user_language(getattr(args, "lang", None)), path=folder))
    engine, sessions, actor = open_as(args)  # fills in the centre's language when none was asked for
    language = config.user_language(getattr(args, "lang", None))
    try:
        printed = _print_to(target, args, sessions, language, actor)
    finally:
        engine.dispose()
    print(i18n.text("print.saved", language, path=target, pages=printed))
    return 0


def _print_to(
    target: Path, args: argparse.Namespace, sessions: sessionmaker[Session], language: str | None, actor: int | None
) -> int:
    from registry.db import transaction
    from registry.printing import print_job, record_printed
    from registry.services.cases import case_id_by_number
    from registry.services.errors import NotFound
    from registry.services.private_files import private_output

    document = args.document
    # the signed-in user's name is printed on every page (the operating system's user only while the register
    # has no accounts yet)
    options = {
        "language": language,
        "transliterate": args.transliterate,
        "printed_by": actor if actor is not None else _operator(),
    }
    try:
        # the file appears (owner-only, whole) only after the audit record of the printout is committed
        with private_output(target) as out, transaction(sessions) as session:
            case_id = referral_id = None
            try:
                if document in CASE_DOCUMENTS:
                    case_id = case_id_by_number(session, args.case_number)
                    printed = print_job(session, document, case_id, **options)
                elif document == "referral":
                    referral_id = args.referral_id
                    printed = print_job(session, "referral", referral_id, **options)
                    from registry.models import Referral

                    case_id = session.get_one(Referral, referral_id).case_id
                else:
                    printed = print_job(session, "blank", args.form, **options)
            except NotFound:
                if document == "referral":
                    raise CommandError(i18n.text("print.unknown_referral", language, id=args.referral_id)) from None
                raise CommandError(i18n.text("print.unknown_case", language, number=args.case_number)) from None
            out.write(printed.data)
            record_printed(
                session,
                document if document != "blank" else f"blank.{args.form}",
                actor_id=actor,
                case_id=case_id,
                referral_id=referral_id,
                language=i18n.normalise_language(language),
                pages=printed.pages,
            )
        return printed.pages
    except OSError as error:
        reason = error.strerror or str(error)
        raise CommandError(i18n.text("print.cannot_write", language, path=target, reason=reason)) from None
