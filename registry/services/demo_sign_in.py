"""How to sign in to a demonstration register, said where people look: a note next to the register file and the
sign-in window.

A demonstration register (``registry demo`` or ``registry gui --demo N``) has a team of synthetic staff who all
share one demonstration password.  The accounts listed are found in the register itself: those whose password is
still the demonstration password, so an account whose password was changed is never advertised.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from registry import i18n
from registry.models import User
from registry.services.demo import DEMO_PASSWORD

NOTE_SUFFIX = "-DEMO-SIGN-IN.txt"
SHARED_BY = 3
_ROLE_ORDER = {"supervisor": 0, "worker": 1, "administrator": 2, "auditor": 3}


@dataclass(frozen=True)
class DemoAccount:
    username: str
    full_name: str
    role: str


def demo_accounts(session: Session) -> list[DemoAccount]:
    """The active accounts that open with the demonstration password, supervisors first.

    The demonstration team shares one password hash; a real centre's accounts never share one (each argon2 hash has
    its own salt), so only hashes shared by three or more accounts are checked: no check at all on a real register.
    """
    rows = session.execute(
        select(User.username, User.full_name, User.role, User.password_hash).where(User.active.is_(True))
    ).all()
    shared = Counter(row.password_hash for row in rows)
    hasher = PasswordHasher()
    opens: dict[str, bool] = {}
    for password_hash, count in shared.items():
        opens[password_hash] = False
        if count >= SHARED_BY:
            with contextlib.suppress(VerificationError, InvalidHashError):
                opens[password_hash] = hasher.verify(password_hash, DEMO_PASSWORD)
    accounts = [DemoAccount(r.username, r.full_name, r.role) for r in rows if opens[r.password_hash]]
    return sorted(accounts, key=lambda a: (_ROLE_ORDER.get(a.role, 9), a.username))


def sign_in_hint(session: Session, language: str | None) -> str | None:
    """One sentence for the sign-in window of a demonstration register (None for a real one)."""
    accounts = demo_accounts(session)
    if not accounts:
        return None
    examples: list[str] = []
    for role in ("supervisor", "worker", "administrator"):
        account = next((a for a in accounts if a.role == role), None)
        if account is not None:
            examples.append(f"{account.username} ({i18n.text(f'demo.role_{role}', language)})")
    return i18n.text("demo.sign_in_hint", language, accounts=", ".join(examples), password=DEMO_PASSWORD)


def note_path(register: Path) -> Path:
    """``registry-DEMO-SIGN-IN.txt`` beside ``registry.sqlite``."""
    return register.with_name(register.stem + NOTE_SUFFIX)


def note_text(accounts: list[DemoAccount], language: str | None) -> str:
    lines = [
        i18n.text("demo.note_title", language),
        "",
        i18n.text("demo.note_password", language, password=DEMO_PASSWORD),
        "",
    ]
    for account in accounts:
        role = i18n.text(f"demo.role_{account.role}", language)
        lines.append(f"  {account.username:22} {role:16} {account.full_name}")
    lines += ["", i18n.text("demo.note_warning", language)]
    return "\n".join(lines) + "\n"


def write_note(register: Path, accounts: list[DemoAccount], language: str | None) -> Path:
    """Write (or replace) the note beside the register; whole or not at all."""
    path = note_path(register)
    partial = path.with_name(path.name + ".part")
    partial.write_text(note_text(accounts, language), encoding="utf-8")
    partial.replace(path)
    return path


def tell_how_to_sign_in(session: Session, register: Path | None, language: str | None) -> tuple[Path | None, str]:
    """After demonstration data was added: the note written beside a register file (None for a server register)
    and the text that says how to sign in."""
    accounts = demo_accounts(session)
    text = note_text(accounts, language)
    return (write_note(register, accounts, language) if register is not None else None), text
