"""Search keys and sort keys for people's names.

Users type names the way their keyboard allows: *Hodžić*, *Hodzic*, *Хоџић*, *Djurdjevic* for *Đurđević*.
``fold`` turns all of these into one Latin, lower-case, diacritic-free key that is stored and indexed, so a
search is a plain indexed comparison on SQLite and PostgreSQL alike (SQLite's own folding misses đ and
Cyrillic).  ``sort_key`` gives an ASCII string whose byte order is the Bosnian/Croatian/Serbian alphabet
(c < č < ć, d < dž < đ, l < lj, n < nj, s < š, z < ž), so ``ORDER BY`` on an indexed column sorts correctly
without database collations.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import TypeVar

from registry.i18n.transliteration import has_cyrillic, to_latin

__all__ = [
    "PAIR_MARK",
    "contact_terms",
    "fold",
    "name_terms",
    "phone_digits",
    "registry_key",
    "search_terms",
    "sort_key",
    "sorted_names",
]

T = TypeVar("T")

# Latin letters that NFKD does not decompose into a base letter plus marks.
_SPECIAL_LETTERS = str.maketrans(
    {"đ": "d", "ð": "d", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ı": "i", "ħ": "h", "ŧ": "t", "þ": "th"}
)
_DJ = re.compile(r"dj+")
_NON_ALNUM = re.compile(r"[\W_]+")
#: apostrophes inside a name (O'Connor, D’Angelo): "OConnor" and "O Connor" must both find it
_APOSTROPHES = re.compile(r"(?<=\w)['’ʼ‘`´](?=\w)")


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _fold_once(text: str, apostrophe: str = "") -> str:
    text = _APOSTROPHES.sub(apostrophe, unicodedata.normalize("NFKC", text))
    if has_cyrillic(text):
        text = to_latin(text)
    # casefold maps Cherokee small letters to capitals (Unicode 8); lower() brings every key to lower case
    text = _strip_marks(text.casefold().lower()).translate(_SPECIAL_LETTERS)
    text = _DJ.sub("d", text)
    return _NON_ALNUM.sub(" ", text).strip()


def fold(text: str) -> str:
    """The search key of ``text``: Latin, lower case, no diacritics, "dj" read as đ, words separated by one space.

    ``fold("Hodžić") == fold("Hodzic") == fold("Хоџић") == "hodzic"``; ``fold("Djurdjević") == "durdevic"``.
    """
    folded = _fold_once(text)
    # Rare compatibility characters can fold into something that folds further; settle on the fixed point
    # so that folding a stored key (or a query built from one) never changes it.
    for _ in range(3):
        again = _fold_once(folded)
        if again == folded:
            break
        folded = again
    return folded


def search_terms(*names: str) -> list[str]:
    """Distinct folded words of ``names``, in order of appearance: what a person is indexed under."""
    terms: dict[str, None] = {}
    for name in names:
        for word in fold(name).split():
            terms.setdefault(word, None)
        if _APOSTROPHES.search(name):  # O'Connor: "oconnor", and "o", "connor" as typed with a space
            for word in _fold_once(name, " ").split():
                terms.setdefault(word, None)
    return list(terms)


#: A stored name term that begins with this is a pair of two different name words, ``"~first second"``, in both
#: orders: a search for a given name and a surname seeks the pair at once, instead of walking everyone with the
#: commoner of the two (thousands of people for a common surname).  "~" sorts after every folded word (letters
#: and digits; other scripts sort after it), so a word's range in the index never meets a pair.
PAIR_MARK = "~"
_TERM_LENGTH = 100  # person_search_term.term


def name_terms(given: str, family: str) -> list[str]:
    """What a person is indexed under (``person_search_term``): each folded word of the names (``search_terms``),
    then each ordered pair of two different words with ``PAIR_MARK``, all cut to the stored length."""
    words = list(dict.fromkeys(word[:_TERM_LENGTH] for word in search_terms(given, family)))
    pairs = dict.fromkeys(
        f"{PAIR_MARK}{first} {second}"[:_TERM_LENGTH] for first in words for second in words if first != second
    )
    return words + list(pairs)


_PHONE_SPLIT = re.compile(r"[,;]|\s/\s|\bili\b|\bили\b")
_NOT_DIGIT = re.compile(r"\D+")


def phone_digits(text: str) -> str:
    """A phone number as search compares it: its digits, the country code +387/00387 written as the leading 0."""
    digits = _NOT_DIGIT.sub("", text)
    if text.lstrip().startswith("+") and digits.startswith("387"):
        return "0" + digits[3:]
    if digits.startswith("00387"):
        return "0" + digits[5:]
    return digits


def contact_terms(address: str, phone: str) -> list[tuple[str, str]]:
    """``(kind, term)`` rows a person is found under besides their names: each folded word of the address (two
    letters or more), and each phone number's digits (six or more)."""
    rows: dict[tuple[str, str], None] = {}
    for word in search_terms(address):
        if len(word) >= 2:
            rows.setdefault(("address", word[:100]), None)
    for number in _PHONE_SPLIT.split(phone):
        digits = phone_digits(number)
        if len(digits) >= 6:
            rows.setdefault(("phone", digits[:100]), None)
    return list(rows)


_SPACES = re.compile(r"\s+")


def registry_key(number: str) -> str:
    """A registry (delovodni) number as search compares it: NFKC, upper case, without spaces (``02-35 123/26``
    and ``02-35-123/26`` stay distinct; ``up-i`` finds ``UP-I``)."""
    return _SPACES.sub("", unicodedata.normalize("NFKC", number)).upper()[:60]


# ---- sorting -------------------------------------------------------------------------------------------------
# Each collation element becomes ASCII: a separator " ", a digit, a plain letter "a".."z", or a base letter
# followed by "|" or "}" for the letters that CLDR sorts right after it (č = "c|", ć = "c}").  Any character
# that can follow a plain letter starts with something below "|", so "c" + anything < "č" < "ć" bytewise.
# Characters outside the Latin alphabet sort after ž as "{" + six hex digits of their code point.
_SORT_DIGRAPHS: dict[str, str] = {"dž": "d|", "lj": "l|", "nj": "n|"}
_SORT_LETTERS: dict[str, str] = {
    "č": "c|", "ć": "c}", "đ": "d}", "ð": "d}", "š": "s|", "ž": "z|",
    "ǆ": "d|", "ǉ": "l|", "ǌ": "n|",
}  # fmt: skip
_ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
#: a hyphen joins a double surname: it sorts after a space, as in ICU's hr/sr collations
#: (Hodžić Zora < Hodžić-Marić Ana), and an apostrophe is ignored (O'Connor sorts as Oconnor)
_HYPHENS = frozenset("-‐‑‒–—")
_IGNORED = frozenset("'’ʼ‘`´")


def _sort_code(ch: str) -> str | None:
    """ASCII code of one (lower-case, non-digraph) character; None for separators, "" for ignorable marks."""
    if unicodedata.combining(ch) or ch in _IGNORED:
        return ""
    if ch in _SORT_LETTERS:
        return _SORT_LETTERS[ch]
    if ch in _ASCII_ALNUM:
        return ch
    if ch.isdecimal():
        return str(unicodedata.decimal(ch))
    if not ch.isalnum():
        return None
    base = _strip_marks(ch).translate(_SPECIAL_LETTERS).casefold() or ch
    code = "".join(c if c in _ASCII_ALNUM else f"{{{ord(c):06X}" for c in base if c.isalnum())
    return code or None


def sort_key(text: str) -> str:
    """ASCII key whose byte order is Bosnian/Croatian/Serbian alphabetical order, ignoring case.

    Cyrillic sorts as its Latin spelling; words are compared one by one (a space sorts before a hyphen, which
    sorts before any letter or digit), shorter prefixes first, digits before letters, other scripts after ž.
    """
    text = unicodedata.normalize("NFC", text)
    if has_cyrillic(text):
        text = to_latin(text)
    text = text.casefold()
    codes: list[str] = []
    pending = ""
    i = 0
    while i < len(text):
        pair = text[i : i + 2]
        if pair in _SORT_DIGRAPHS:
            code: str | None = _SORT_DIGRAPHS[pair]
            i += 2
        else:
            code = _sort_code(text[i])
            i += 1
        if code is None:
            if codes:
                pending = max(pending, "!" if text[i - 1] in _HYPHENS else " ")
            continue
        if not code:
            continue
        if pending:
            codes.append(pending)
            pending = ""
        codes.append(code)
    return "".join(codes)


def sorted_names(items: Iterable[T], key: Callable[[T], str] | None = None) -> list[T]:
    """``items`` sorted alphabetically by name (``key`` extracts the name; default: the item itself)."""
    get: Callable[[T], str] = key if key is not None else (lambda item: str(item))
    return sorted(items, key=lambda item: sort_key(get(item)))
