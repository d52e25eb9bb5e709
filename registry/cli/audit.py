"""``registry audit verify`` and ``registry audit checkpoint``: prove the audit trail is intact and anchor it.

``verify`` walks the hash chain and compares it with every head recorded outside the database: beside the backups
and in checkpoint files (the copies kept in the backups folder, and any given with ``--checkpoint``).
``checkpoint -o FILE`` writes the head to FILE and a one-page seal to print beside it (FILE with ``.pdf``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from registry import i18n
from registry.cli.common import SubCommands, language_of, open_as, say


def register(commands: SubCommands) -> None:
    audit = commands.add_parser("audit", help="the audit trail")
    audit_sub = audit.add_subparsers(dest="audit_command", required=True)
    verify = audit_sub.add_parser("verify", help="prove the hash chain is intact and matches its recorded heads")
    verify.add_argument(
        "--checkpoint",
        action="append",
        type=Path,
        default=[],
        metavar="FILE",
        help="a checkpoint file to compare with (may be given more than once)",
    )
    verify.set_defaults(handler=run_verify)
    checkpoint = audit_sub.add_parser("checkpoint", help="write the chain's head to a file and a seal to print")
    checkpoint.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    checkpoint.add_argument("--no-pdf", action="store_true", help="only the file, no seal to print")
    checkpoint.set_defaults(handler=run_checkpoint)


def run_verify(args: argparse.Namespace) -> int:
    from registry.services.audit_anchor import read_anchor, recorded_anchors, register_name, verify_anchors

    engine, sessions, _actor = open_as(args, "administrator", "auditor")
    language = language_of(args)
    register = register_name(engine)
    anchors = [*recorded_anchors(register), *(read_anchor(path) for path in args.checkpoint)]
    with sessions() as session:
        verdict = verify_anchors(session, register, anchors)
    check = verdict.check
    if not check.ok:
        say(i18n.text(f"audit.{check.problem}", language, event=check.first_broken_id), error=True)
    for finding in verdict.findings:
        say(i18n.text(finding.key, language, **finding.values), error=finding.alarm)
    if not verdict.ok:
        return 1
    say(i18n.text("audit.intact", language, events=check.events))
    if verdict.anchors:
        newest = max(verdict.anchors, key=lambda anchor: anchor.taken_at)
        from registry.services.dates import format_datetime

        say(
            i18n.text(
                "audit.anchored",
                language,
                count=len(verdict.anchors),
                source=newest.source,
                when=format_datetime(newest.taken_at),
                expected=newest.events,
            )
        )
    else:
        say(i18n.text("audit.no_anchor", language, command="registry audit checkpoint -o"), error=True)
    return 0


def run_checkpoint(args: argparse.Namespace) -> int:
    from registry.services.audit_anchor import current_head, register_name, write_checkpoint

    engine, sessions, _actor = open_as(args, "administrator", "auditor", "supervisor")
    language = language_of(args)
    target: Path = args.output
    with sessions() as session:
        anchor = current_head(session, register_name(engine), kind="checkpoint")
        seal = None
        if not args.no_pdf:
            from registry.printing.audit_seal import audit_seal

            seal = audit_seal(session, anchor, language=language)
    write_checkpoint(anchor, target)
    say(i18n.text("audit.checkpoint_written", language, file=str(target), events=anchor.events, head=anchor.head))
    if seal is not None:
        pdf = target.with_name(target.name + ".pdf") if target.suffix.lower() == ".pdf" else target.with_suffix(".pdf")
        pdf.write_bytes(seal.data)
        say(i18n.text("audit.seal_written", language, file=str(pdf)))
    return 0
