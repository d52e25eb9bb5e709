"""Serbian/Bosnian Latin <-> Cyrillic transliteration.

Republika Srpska institutions must write Cyrillic, Federation ones mostly Latin, and the same person's name is
typed in either script; the two alphabets map one to one (lj <-> љ, nj <-> њ, dž <-> џ), so we keep one spelling
and derive the other.  Latin -> Cyrillic is ambiguous only for a handful of words where a Latin pair is two
letters rather than one digraph (*nadživjeti* = над-живјети, *injekcija* = ин-јекција); those are listed in
``DIGRAPH_EXCEPTIONS``.  Letters outside the Serbian alphabet (q, w, x, y, Russian ы, ...) are left as they are.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["DIGRAPH_EXCEPTIONS", "has_cyrillic", "splits_digraph", "to_cyrillic", "to_latin"]

_LATIN_TO_CYRILLIC: dict[str, str] = {
    "a": "а", "b": "б", "c": "ц", "č": "ч", "ć": "ћ", "d": "д", "đ": "ђ", "e": "е", "f": "ф", "g": "г",
    "h": "х", "i": "и", "j": "ј", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "r": "р",
    "s": "с", "š": "ш", "t": "т", "u": "у", "v": "в", "z": "з", "ž": "ж",
}  # fmt: skip
_DIGRAPHS: dict[str, str] = {"lj": "љ", "nj": "њ", "dž": "џ"}

# Unicode's one-code-point digraphs (upper, title, lower case), always one letter.
_PRECOMPOSED: dict[str, str] = {
    "Ð": "Ђ", "ð": "ђ",  # eth, written for Đ in text that passed through Windows-1250
    "Ǆ": "Џ", "ǅ": "Џ", "ǆ": "џ",
    "Ǉ": "Љ", "ǈ": "Љ", "ǉ": "љ",
    "Ǌ": "Њ", "ǋ": "Њ", "ǌ": "њ",
}  # fmt: skip

# Where a Latin pair is two letters, not one digraph.  Each entry marks the split with "|"; the list follows
# the published exception list of Ćirilizator (github.com/turanjanin/cirilizator, the data behind the
# serbian-transliterator libraries), in both ekavian and ijekavian spellings.  Kept specific: bare "odž"/"nadž"
# would wrongly split common words and names such as *Odžak*, *odžak* (оџак), *nadžak* (наџак), *Nadžija*.
#: Word beginnings (lower case Latin): prefix nad-/pod-/od-/pred- (or a loanword) followed by ž.
_PREFIX_EXCEPTIONS: tuple[str, ...] = (
    "feld|žandarm",  # feldžandarm
    "nad|žanj", "nad|ždrel", "nad|ždrijel", "nad|žel", "nad|žeo", "nad|žet", "nad|živ", "nad|žinj",
    "nad|žnj", "nad|žrec", "nad|žup",
    "od|žali", "od|žari", "od|žel", "od|žive", "od|živi", "od|življ", "od|žubor", "od|žvaka", "od|žval",
    "od|žvać",
    "pod|žanr", "pod|žel", "pod|žeć", "pod|žeg", "pod|žet", "pod|žig", "pod|žiz", "pod|žil", "pod|žnje",
    "pod|žnj", "pod|žup",
    "pred|želu", "pred|život",
    "an|jon",  # anjon (anion)
    "ken|jon",  # kenjon (canyon)
)  # fmt: skip
#: Stems that keep their n + j wherever they stand in a word (*nekonjugovan*, *protivinjekcijski*).
_STEM_EXCEPTIONS: tuple[str, ...] = (
    "in|jaric", "in|jekc", "in|jekt", "in|jicir", "in|junk", "in|jurij",
    "kon|jug", "kon|junk", "tan|jug", "van|jezi",
)  # fmt: skip

#: The exception spellings without their split marks (word beginnings or stems where a pair is two letters).
DIGRAPH_EXCEPTIONS: tuple[str, ...] = tuple(e.replace("|", "") for e in _PREFIX_EXCEPTIONS + _STEM_EXCEPTIONS)

_WORD = re.compile(r"[^\W\d_]+")


def _split_positions(word: str) -> set[int]:
    """Indexes in ``word`` where a Latin digraph must be read as two letters (the index of its first letter)."""
    lowered = word.lower()
    split: set[int] = set()
    for entry in _PREFIX_EXCEPTIONS:
        mark = entry.index("|")
        if lowered.startswith(entry.replace("|", "")):
            split.add(mark - 1)
    for entry in _STEM_EXCEPTIONS:
        mark = entry.index("|")
        stem = entry.replace("|", "")
        at = lowered.find(stem)
        while at >= 0:
            split.add(at + mark - 1)
            at = lowered.find(stem, at + 1)
    return split


def _word_to_cyrillic(word: str) -> str:
    split = _split_positions(word)
    out: list[str] = []
    i = 0
    while i < len(word):
        ch = word[i]
        pair = word[i : i + 2]
        if len(pair) == 2 and pair.lower() in _DIGRAPHS and i not in split:
            cyr = _DIGRAPHS[pair.lower()]
            out.append(cyr.upper() if ch.isupper() else cyr)
            i += 2
            continue
        if ch in _PRECOMPOSED:
            out.append(_PRECOMPOSED[ch])
        else:
            letter = _LATIN_TO_CYRILLIC.get(ch.lower())
            if letter is None:
                out.append(ch)
            else:
                out.append(letter.upper() if ch.isupper() else letter)
        i += 1
    return "".join(out)


def splits_digraph(word: str) -> bool:
    """True if ``word`` holds a listed exception (a Latin pair read as two letters)."""
    return bool(_split_positions(word))


def to_cyrillic(text: str) -> str:
    """Serbian Cyrillic spelling of Latin ``text``; digits, punctuation and foreign letters are kept.

    The input is NFC-normalised first so that ``z`` + combining caron counts as ``ž``.
    """
    text = unicodedata.normalize("NFC", text)
    return _WORD.sub(lambda m: _word_to_cyrillic(m.group()), text)


_CYRILLIC_TO_LATIN: dict[str, str] = {cyr: lat for lat, cyr in _LATIN_TO_CYRILLIC.items()}
_CYRILLIC_TO_LATIN.update({"љ": "lj", "њ": "nj", "џ": "dž"})


def to_latin(text: str) -> str:
    """Serbian Latin spelling of Cyrillic ``text``; non-Serbian characters are kept.

    Љ, Њ and Џ become ``LJ``/``NJ``/``DŽ`` in capitals (next letter upper case, or the last letter of a
    word written in capitals), otherwise ``Lj``/``Nj``/``Dž`` as at the start of a name.
    """
    out: list[str] = []
    n = len(text)
    for i, ch in enumerate(text):
        lower = ch.lower()
        lat = _CYRILLIC_TO_LATIN.get(lower)
        if lat is None:
            out.append(ch)
        elif ch == lower:
            out.append(lat)
        elif len(lat) == 1:
            out.append(lat.upper())
        else:
            nxt = text[i + 1] if i + 1 < n else ""
            prev = text[i - 1] if i > 0 else ""
            # Capitals when the word goes on in capitals, or ends here after a capital ("KONJ").
            all_caps = nxt.isupper() if nxt.isalpha() else prev.isalpha() and prev.isupper()
            out.append(lat.upper() if all_caps else lat[0].upper() + lat[1:])
    return "".join(out)


def has_cyrillic(text: str) -> bool:
    """True if ``text`` contains any Cyrillic letter (so it needs transliterating before Latin folding)."""
    return any("\u0400" <= ch <= "\u052f" or "\u1c80" <= ch <= "\u1c8f" or "\ua640" <= ch <= "\ua69f" for ch in text)
