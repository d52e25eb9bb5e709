"""Refusing the passwords guessers try first: the commonest ones worldwide and the words people here build them from.

Two lists ship in ``resources/passwords``: ``common.txt`` (the 5,000 commonest passwords, from zxcvbn's list, MIT
licence) and ``local.txt`` (lozinka, šifra, towns, clubs, names, QWERTZ rows...).  A password is refused when,
folded (lower case, Latin, no diacritics) and with digits, spaces and punctuation stripped from both ends, it is
one of those words or the user's own name: ``lozinka123``, ``Sarajevo2026!`` and ``password12`` are refused,
``correct horse battery`` is not.
"""

from __future__ import annotations

import re
from functools import lru_cache

from registry.services.names import fold
from registry.services.profiles import resources_dir

_EDGES = re.compile(r"^[\W\d_]+|[\W\d_]+$")


def _key(text: str) -> str:
    return _EDGES.sub("", fold(text)).replace(" ", "")


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    words: set[str] = set()
    folder = resources_dir() / "passwords"
    for name in ("common.txt", "local.txt"):
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                words.add(fold(line).replace(" ", ""))
                words.add(_key(line))
    words.discard("")
    return frozenset(words)


def is_common(password: str, username: str = "") -> bool:
    """Whether the password is a common one, or a common word (or the user name) with digits and signs added."""
    whole = fold(password).replace(" ", "")
    core = _key(password)
    words = _words()
    if whole in words:
        return True
    # a word of three letters or more inside the digits and signs ("ana1234567"), not a stray letter ("2026-07-01T8")
    return len(core) >= 3 and (core in words or core == _key(username))


__all__ = ["is_common"]
