"""Staff accounts: argon2 password hashes; sign-in that slows guessing down without locking the owner out.

After ``FREE_TRIES`` wrong passwords in a row, each further attempt must wait: 5 s, doubling per failure up to
``MAX_DELAY``.  Attempts during the wait are refused without checking the password, so guessing gets no faster by
trying more often (from one PC or several: every attempt takes the audit chain's lock first, so parallel guesses are
counted one after the other).  An unknown name, a wrong password and an account waiting out its delay answer with
the same message after the same work (one argon2 verification).  What was typed as the user name is never stored.
The signed-in owner at the idle lock always gets in with the right password (``unlock_idle``), and an administrator
can end an account's wait (``unlock_account``).  Passwords from the shipped lists of common ones are refused.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from registry.models import ROLES, Centre, User
from registry.services import audit
from registry.services.changes import UNSET, Check, Maybe, apply_changes, checked, flush_or_stale, given, record_update
from registry.services.errors import NotFound, Problems, RegistryError
from registry.services.validation import check_code, clean_text

PASSWORD_MIN_LENGTH = 10
#: wrong passwords in a row before attempts have to wait
FREE_TRIES = 3
FIRST_DELAY = dt.timedelta(seconds=5)
MAX_DELAY = dt.timedelta(minutes=10)
_hasher = PasswordHasher()
_dummy_hash: str | None = None


def delay_after(failures: int) -> dt.timedelta:
    """How long the next attempt must wait after this many wrong passwords in a row."""
    if failures < FREE_TRIES:
        return dt.timedelta(0)
    return min(FIRST_DELAY * 2 ** min(failures - FREE_TRIES, 20), MAX_DELAY)


def _same_work(password: str) -> bool:
    """One argon2 verification against a hash of nothing, as long as checking a real account's password."""
    global _dummy_hash
    if _dummy_hash is None:
        _dummy_hash = _hasher.hash("no account has this password " + "x" * 20)
    _verify(_dummy_hash, password)
    return False


class SignInRefused(RegistryError):
    key = "signin.refused"


@dataclass(frozen=True)
class UserInput:
    username: str
    full_name: str
    role: str
    password: str
    title: str = ""
    language: str | None = None
    must_change_password: bool = True


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _password_problems(password: str, username: str, problems: Problems) -> None:
    """The policy: long enough, not the user name, not one repeated character or only digits, not a common one."""
    from registry.services.common_passwords import is_common

    if len(password or "") < PASSWORD_MIN_LENGTH:
        problems.add("password", "user.weak_password", min=PASSWORD_MIN_LENGTH)
    elif password.strip().lower() == username.strip().lower() or len(set(password)) < 4 or password.isdigit():
        problems.add("password", "user.guessable_password")
    elif is_common(password, username):
        problems.add("password", "user.common_password")


def create_user(session: Session, data: UserInput, *, actor_id: int | None) -> User:
    """Administrators add users (the very first administrator is created by the system at first start)."""
    from registry.services.access import require_role

    require_role(session, actor_id, "administrator")
    problems = Problems()
    username = clean_text(data.username, "username", problems, max_length=60, required=True).lower()
    full_name = clean_text(data.full_name, "full_name", problems, max_length=120, required=True)
    role = check_code(data.role, ROLES, "role", problems)
    _password_problems(data.password, username, problems)
    if username and session.scalar(select(User.id).where(func.lower(User.username) == username)):
        problems.add("username", "user.duplicate_username", value=username)
    problems.raise_if_any()
    user = User(
        username=username,
        full_name=full_name,
        role=role,
        title=clean_text(data.title, "full_name", problems),
        password_hash=hash_password(data.password),
        language=data.language,
        must_change_password=data.must_change_password,
    )
    session.add(user)
    session.flush()
    audit.record(
        session,
        "user.create",
        user_id=actor_id,
        entity="user",
        entity_id=user.id,
        details={"username": username, "role": role},
    )
    return user


def sign_in(sessions: sessionmaker[Session], username: str, password: str, *, now: dt.datetime | None = None) -> User:
    """The active user with this name and password, in a transaction of its own.

    Failures are counted in a transaction that commits before the refusal is raised; a caller's rollback cannot
    undo the bookkeeping that slows guessing down.
    """
    with sessions() as session, session.begin():
        user, refusal = _check_credentials(session, username, password, now or dt.datetime.now(dt.UTC))
    if refusal is not None:
        raise refusal
    assert user is not None
    return user


def _check_credentials(
    session: Session, username: str, password: str, moment: dt.datetime, *, idle_unlock: bool = False
) -> tuple[User | None, RegistryError | None]:
    """Check the password first (the slow part, outside any lock), then count the attempt under the chain's lock.

    Holding the lock only for the bookkeeping keeps parallel attempts from several PCs short in the queue; the
    account's state is read again under the lock, so every attempt is counted against the newest count.
    """
    found = session.execute(
        select(User.id, User.password_hash, User.active, User.locked_until).where(
            func.lower(User.username) == username.strip().lower()
        )
    ).first()
    known = found is not None and bool(found.active)
    waiting = found is not None and found.locked_until is not None and found.locked_until > moment
    checked = known and (idle_unlock or not waiting)
    right = _verify(found.password_hash, password) if checked and found is not None else _same_work(password)
    audit.hold_chain(session)  # one attempt at a time: parallel guesses from several PCs are each counted
    if not known or found is None:
        # what was typed as the name may be a password typed in the wrong field: it is never stored
        audit.record(session, "signin.failed", user_id=None, details={"account": "unknown"})
        return None, SignInRefused()
    if not checked:  # waiting: not checked, so guessing during the wait learns nothing (and takes as long)
        audit.record(session, "signin.throttled", user_id=found.id, entity="user", entity_id=found.id)
        return None, SignInRefused()
    failed_before = session.scalar(select(User.failed_logins).where(User.id == found.id)) or 0
    if not right:
        failures = failed_before + 1
        wait = delay_after(failures)
        session.execute(
            update(User)
            .where(User.id == found.id)
            .values(failed_logins=User.failed_logins + 1, locked_until=(moment + wait) if wait else None)
            .execution_options(synchronize_session=False)
        )
        audit.record(
            session,
            "signin.failed",
            user_id=found.id,
            entity="user",
            entity_id=found.id,
            details={
                "failures": failures,
                "wait_seconds": int(wait.total_seconds()),
                **({"at": "idle_lock"} if idle_unlock else {}),
            },
        )
        return None, SignInRefused()
    values: dict[str, object] = {"failed_logins": 0, "locked_until": None, "last_login_at": moment}
    if _hasher.check_needs_rehash(found.password_hash):
        values["password_hash"] = hash_password(password)
    session.execute(
        update(User).where(User.id == found.id).values(**values).execution_options(synchronize_session=False)
    )
    user = session.get_one(User, found.id)
    session.refresh(user)
    audit.record(
        session, "signin.idle_unlock" if idle_unlock else "signin", user_id=user.id, entity="user", entity_id=user.id
    )
    return user, None


def _verify(stored: str, password: str) -> bool:
    try:
        return bool(_hasher.verify(stored, password))
    except (VerificationError, InvalidHashError):
        return False


def unlock_idle(sessions: sessionmaker[Session], user_id: int, password: str) -> User:
    """The signed-in user back at their locked window: the right password always opens it, even while the account
    waits out a delay that someone else's guesses caused; wrong ones are counted as at sign-in."""
    with sessions() as session, session.begin():
        username = session.get_one(User, user_id).username
        user, refusal = _check_credentials(session, username, password, dt.datetime.now(dt.UTC), idle_unlock=True)
    if refusal is not None:
        raise refusal
    assert user is not None
    return user


def unlock_account(session: Session, user_id: int, *, actor_id: int | None) -> User:
    """An administrator ends an account's wait after wrong passwords (the owner may sign in at once)."""
    from registry.services.access import require_role

    require_role(session, actor_id, "administrator")
    user = session.get_one(User, user_id)
    before = user.failed_logins
    user.failed_logins, user.locked_until = 0, None
    audit.record(
        session, "user.unlock", user_id=actor_id, entity="user", entity_id=user.id, details={"failures": before}
    )
    return user


def users_by_role(session: Session, *roles: str) -> list[User]:
    query = select(User).where(User.active.is_(True)).order_by(User.full_name)
    if roles:
        query = query.where(User.role.in_(roles))
    return list(session.scalars(query))


def change_password(sessions: sessionmaker[Session], user_id: int, old_password: str, new_password: str) -> None:
    """A user replaces their own password (required after an initial one); the old one must be right."""
    user = sign_in_by_id(sessions, user_id, old_password)
    with sessions() as session, session.begin():
        stored = session.get_one(User, user.id)
        problems = Problems()
        _password_problems(new_password, stored.username, problems)
        if new_password == old_password:
            problems.add("password", "user.same_password")
        problems.raise_if_any()
        stored.password_hash = hash_password(new_password)
        stored.must_change_password = False
        audit.record(session, "user.password_changed", user_id=user.id, entity="user", entity_id=user.id)


def sign_in_by_id(sessions: sessionmaker[Session], user_id: int, password: str) -> User:
    with sessions() as session:
        username = session.get_one(User, user_id).username
    return sign_in(sessions, username, password)


def reset_password(session: Session, user_id: int, new_password: str, *, actor_id: int | None) -> User:
    """An administrator sets an initial password; the user must change it at the next sign-in."""
    from registry.services.access import require_role

    require_role(session, actor_id, "administrator")
    user = session.get_one(User, user_id)
    problems = Problems()
    _password_problems(new_password, user.username, problems)
    problems.raise_if_any()
    user.password_hash, user.must_change_password = hash_password(new_password), True
    user.failed_logins, user.locked_until = 0, None
    audit.record(session, "user.password_reset", user_id=actor_id, entity="user", entity_id=user.id)
    return user


def set_active(session: Session, user_id: int, active: bool, *, actor_id: int | None) -> User:
    """Deactivating keeps the user and their history; they just cannot sign in or be assigned."""
    from registry.services.access import require_role

    require_role(session, actor_id, "administrator")
    user = session.get_one(User, user_id)
    if not active and user.role == "administrator" and actor_id == user.id:
        raise RegistryError("user.cannot_deactivate_self")
    user.active = active
    audit.record(
        session, "user.activate" if active else "user.deactivate", user_id=actor_id, entity="user", entity_id=user.id
    )
    return user


def set_role(session: Session, user_id: int, role: str, *, actor_id: int | None) -> User:
    from registry.services.access import require_role

    require_role(session, actor_id, "administrator")
    problems = Problems()
    checked = check_code(role, ROLES, "role", problems)
    problems.raise_if_any()
    assert checked is not None  # a missing or unknown role was raised just above
    user = session.get_one(User, user_id)
    before, user.role = user.role, checked
    audit.record(
        session,
        "user.role",
        user_id=actor_id,
        entity="user",
        entity_id=user.id,
        details={"from": before, "to": checked},
    )
    return user


def count_users(session: Session) -> int:
    """How many accounts the register has (none: the first start, which creates the administrator)."""
    return session.scalar(select(func.count()).select_from(User)) or 0


def first_active_username(session: Session, role: str) -> str | None:
    """The user name of the oldest active account with ``role`` (the screenshot run signs in with it)."""
    return session.scalar(
        select(User.username).where(User.role == role, User.active.is_(True)).order_by(User.id).limit(1)
    )


def idle_lock_minutes(session: Session) -> int | None:
    """The centre's idle lock in minutes, as the administrator set it (None when the register has no centre)."""
    return session.scalar(select(Centre.idle_lock_minutes).limit(1))


def set_idle_lock(session: Session, minutes: int, *, actor_id: int | None) -> None:
    """How long an unattended window stays open before it asks for the password again (1-120 minutes)."""
    from registry.services.access import require_role

    require_role(session, actor_id, "administrator")
    if not 1 <= minutes <= 120:
        raise RegistryError("user.idle_lock_range", min=1, max=120)
    centre = session.scalars(select(Centre).limit(1)).one()
    centre.idle_lock_minutes = minutes
    audit.record(session, "settings.idle_lock", user_id=actor_id, details={"minutes": minutes})


def set_language(session: Session, user_id: int, language: str | None, *, actor_id: int | None) -> User:
    """A user's own interface language (None: the centre's); only they or an administrator change it."""
    from registry.i18n import LANGUAGES
    from registry.services.access import AccessDenied, actor

    acting = actor(session, actor_id)
    if acting is not None and acting.id != user_id and acting.role != "administrator":
        raise AccessDenied()
    problems = Problems()
    if language is not None:
        check_code(language, LANGUAGES, "language", problems)
    problems.raise_if_any()
    user = session.get_one(User, user_id)
    user.language = language
    return user


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    full_name: str
    role: str
    title: str
    active: bool
    must_change_password: bool
    locked_until: dt.datetime | None
    last_login_at: dt.datetime | None
    language: str | None
    #: wrong passwords in a row (the account waits before each further attempt from ``FREE_TRIES`` on)
    failed_logins: int = 0


def list_users(session: Session, *, actor_id: int | None, include_inactive: bool = True) -> list[UserRow]:
    """Every account for the administration screen, inactive ones included (their history stays theirs)."""
    from registry.services.access import require_role

    require_role(session, actor_id, "administrator")
    query = select(
        User.id,
        User.username,
        User.full_name,
        User.role,
        User.title,
        User.active,
        User.must_change_password,
        User.locked_until,
        User.last_login_at,
        User.language,
        User.failed_logins,
    ).order_by(User.active.desc(), User.full_name)
    if not include_inactive:
        query = query.where(User.active.is_(True))
    return [UserRow(**row._mapping) for row in session.execute(query)]


@dataclass
class AccountChanges:
    """A correction of an account: the name staff see (on printouts too), the role, the job title."""

    full_name: Maybe[str] = UNSET
    role: Maybe[str] = UNSET
    title: Maybe[str] = UNSET


def update_user(session: Session, user_id: int, changes: AccountChanges, *, actor_id: int | None) -> User:
    """An administrator corrects an account; the audit event names each changed field, before and after.

    The register always keeps an active administrator: the last one cannot be given another role."""
    from registry.services.access import require_role

    require_role(session, actor_id, "administrator")
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(what="user", value=user_id)
    checks: dict[str, Check] = {
        "full_name": lambda value, problems: clean_text(value, "full_name", problems, max_length=120, required=True),
        "role": lambda value, problems: check_code(value, ROLES, "role", problems),
        "title": lambda value, problems: clean_text(value, "full_name", problems, max_length=120),
    }
    problems = Problems()
    values = checked(given(changes), checks, problems)
    problems.raise_if_any()
    if user.role == "administrator" and values.get("role", "administrator") != "administrator" and user.active:
        others = (
            session.scalar(
                select(func.count())
                .select_from(User)
                .where(User.role == "administrator", User.active.is_(True), User.id != user.id)
            )
            or 0
        )
        if not others:
            raise RegistryError("user.last_administrator")
    diff = apply_changes(user, values)
    flush_or_stale(session, user.username)
    record_update(session, "user.update", diff, entity="user", record_id=user.id, case_id=None, actor_id=actor_id)
    return user
