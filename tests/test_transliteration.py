"""Latin <-> Cyrillic transliteration as a Republika Srpska user would see it on screen and on paper."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from registry.i18n.transliteration import has_cyrillic, splits_digraph, to_cyrillic, to_latin

LATIN_LETTERS = [
    "a", "b", "c", "č", "ć", "d", "dž", "đ", "e", "f", "g", "h", "i", "j", "k", "l", "lj", "m",
    "n", "nj", "o", "p", "r", "s", "š", "t", "u", "v", "z", "ž",
]  # fmt: skip
CYRILLIC_LETTERS = list("абцчћдџђефгхијклљмнњопрсштувзж")


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Ljubica Njegoš Džeko", "Љубица Његош Џеко"),
        ("Đurđević Ćorović Čolić Šehić Žunić", "Ђурђевић Ћоровић Чолић Шехић Жунић"),
        ("LJUBICA NJEGOŠ DŽEKO", "ЉУБИЦА ЊЕГОШ ЏЕКО"),
        ("Centar za socijalni rad Banja Luka", "Центар за социјални рад Бања Лука"),
        ("Jovanović", "Јовановић"),
        ("KONJ", "КОЊ"),
        ("Predmet br. 12/2024-3, 23.11.2026.", "Предмет бр. 12/2024-3, 23.11.2026."),
    ],
)
def test_known_spellings(latin: str, cyrillic: str) -> None:
    assert to_cyrillic(latin) == cyrillic
    assert to_latin(cyrillic) == latin


@pytest.mark.parametrize("typed", ["LJ", "Lj", "lj"])
def test_lj_in_any_case_is_one_letter(typed: str) -> None:
    expected = "љ" if typed[0].islower() else "Љ"
    assert to_cyrillic(typed + "ubav") == expected + "убав"


def test_precomposed_and_decomposed_digraphs() -> None:
    # One-code-point digraphs (from old keyboard layouts and PDFs) and ž typed as z + combining caron.
    assert to_cyrillic("ǅamija ǆamija Ǆ") == "Џамија џамија Џ"
    assert to_cyrillic("ǈubav ǉubav ǇUBAV") == "Љубав љубав ЉУБАВ"
    assert to_cyrillic("ǋegoš ǌegoš ǊEGOŠ") == "Његош његош ЊЕГОШ"
    assert to_cyrillic("Hodz\u030cic\u0301") == "Хоџић"
    assert to_cyrillic("Hod\u017ei\u0107") == "Хоџић"


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("nadživjeti", "надживјети"),
        ("Nadživio", "Надживио"),
        ("NADŽIVJETI", "НАДЖИВЈЕТИ"),
        ("podžupan", "поджупан"),
        ("nadždrijelni", "надждријелни"),
        ("odžaliti", "оджалити"),
        ("injekcija", "инјекција"),
        ("Konjugacija", "Конјугација"),
        ("konjunktura", "конјунктура"),
        ("vanjezički", "ванјезички"),
        # the exception holds two pairs: only dž is split, nj stays one letter
        ("nadžnjeti", "наджњети"),
        ("podžnjeti", "поджњети"),
        ("Podžnjeo", "Поджњео"),
        ("injicirati", "инјицирати"),
        ("Tanjug", "Танјуг"),
        ("TANJUGOV", "ТАНЈУГОВ"),
        ("nekonjugovan", "неконјугован"),
        ("feldžandarm", "фелджандарм"),
        ("podžigati", "поджигати"),
        ("predživotni", "предживотни"),
        ("odžubor", "оджубор"),
        ("nadžupan", "наджупан"),
    ],
)
def test_digraph_exceptions_are_two_letters(latin: str, cyrillic: str) -> None:
    assert to_cyrillic(latin) == cyrillic
    assert to_latin(cyrillic) == latin


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Odžak", "Оџак"),
        ("odžak", "оџак"),
        ("Nadžija", "Наџија"),
        ("nadžak", "наџак"),
        ("konj", "коњ"),
        ("sinji", "сињи"),
    ],
)
def test_names_resembling_exceptions_keep_their_digraph(latin: str, cyrillic: str) -> None:
    # A town in BiH and a common Bosnian first name must not be split like "nadživjeti".
    assert to_cyrillic(latin) == cyrillic


def test_exception_only_applies_at_word_start() -> None:
    assert to_cyrillic("Konj injekcija konj") == "Коњ инјекција коњ"
    assert to_cyrillic("Gornjeg Odžaka, podnadživ") == "Горњег Оџака, поднаџив"


def test_eth_is_written_as_dje() -> None:
    # Ð (U+00D0) stands for Đ in text that passed through Windows-1250
    assert to_cyrillic("ÐORÐE Ðurić ðak") == "ЂОРЂЕ Ђурић ђак"


def test_foreign_letters_digits_and_punctuation_stay() -> None:
    assert to_cyrillic("Wyatt Quixote 3x") == "Wyатт Qуиxоте 3x"
    assert to_cyrillic("(ana), 5-6!") == "(ана), 5-6!"
    assert to_latin("Щука ы 42") == "Щuka ы 42"


def test_to_latin_capitals() -> None:
    assert to_latin("Љиљана") == "Ljiljana"
    assert to_latin("ЉИЉАНА") == "LJILJANA"
    assert to_latin("ЏАФЕРОВИЋ") == "DŽAFEROVIĆ"
    assert to_latin("Џафер") == "Džafer"
    assert to_latin("ХОЏИЋ НЕЏАД") == "HODŽIĆ NEDŽAD"
    assert to_latin("Њ.") == "Nj."


def test_has_cyrillic() -> None:
    assert has_cyrillic("Хоџић")
    assert has_cyrillic("Ana Јовић")
    assert not has_cyrillic("Hodžić Đurđević ǅ")
    assert not has_cyrillic("")


def _word(letters: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(letters), min_size=1, max_size=12).map("".join)


latin_words = st.tuples(_word(LATIN_LETTERS), st.sampled_from(["lower", "title", "upper"])).map(
    lambda wc: wc[0].capitalize() if wc[1] == "title" else getattr(wc[0], wc[1])()
)


@given(st.lists(latin_words, min_size=1, max_size=5), st.sampled_from([" ", "-", ", ", " (", "\n"]))
def test_latin_round_trip(words: list[str], separator: str) -> None:
    # A lone capital digraph ("LJ") cannot tell whether it was written "LJ" or "Lj".
    assume(all(len(to_cyrillic(w)) > 1 or not w.isupper() for w in words))
    text = separator.join(words)
    assert to_latin(to_cyrillic(text)) == text


@given(st.lists(_word(CYRILLIC_LETTERS + [c.upper() for c in CYRILLIC_LETTERS]), min_size=1, max_size=5))
def test_cyrillic_round_trip(words: list[str]) -> None:
    text = " ".join(words)
    latin = to_latin(text)
    # "лј", "нј", "дж" are only spelt that way in the listed exception words.
    assume(not any(pair in text.lower() for pair in ("лј", "нј", "дж")))
    assume(not any(splits_digraph(w) for w in latin.split()))
    assert to_cyrillic(latin) == text
    assert not has_cyrillic(latin)


@given(st.text())
def test_cyrillic_output_never_contains_serbian_latin_letters(text: str) -> None:
    serbian_latin = set("abcčćdđefghijklmnoprsštuvzžABCČĆDĐEFGHIJKLMNOPRSŠTUVZŽ")
    assert not serbian_latin & set(to_cyrillic(text))


def test_protocol_step_titles_follow_the_readers_script() -> None:
    """The checklist of a Serbian Cyrillic reader shows the steps in Cyrillic (templates hold Serbian in Latin)."""
    from registry.services.case_view import step_title

    title = {"bs": "Procjena sigurnosti", "sr": "Procjena bezbjednosti", "en": "Safety assessment"}
    assert step_title(title, "sr-Cyrl") == "Процјена безбједности"
    assert step_title(title, "sr-Latn") == "Procjena bezbjednosti"
    assert step_title(title, "hr") == "Procjena sigurnosti"
    assert step_title({"bs": "Prijem"}, "sr-Cyrl") == "Пријем"
