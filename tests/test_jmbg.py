"""JMBG validation, decoding and generation, and the messages the person form shows for it."""

from __future__ import annotations

import random
import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from registry.i18n import LANGUAGES, text
from registry.i18n.catalogue.jmbg import MESSAGES
from registry.i18n.transliteration import has_cyrillic
from registry.services.jmbg import (
    InvalidJmbg,
    JmbgProblem,
    birth_date_and_sex_mismatch,
    is_valid_jmbg,
    jmbg_problems,
    make_jmbg,
    parse_jmbg,
)

TODAY = date(2026, 11, 23)
WEIGHTS = (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def m_value(jmbg: str) -> int:
    """DOMAIN.md's m = 11 - (weighted sum mod 11), computed independently of the module under test."""
    return 11 - sum(w * int(d) for w, d in zip(WEIGHTS, jmbg[:12], strict=True)) % 11


def codes(value: str, today: date = TODAY) -> list[str]:
    return [p.code for p in jmbg_problems(value, today=today)]


# ---- real-looking numbers ---------------------------------------------------------------------------------


def test_girl_born_2015_in_sarajevo() -> None:
    # 0 1 0 1 0 1 5 1 7 5 0 0 weighted: 6+4+2+35+6+35+20 = 108; 108 mod 11 = 9; m = 2.
    info = parse_jmbg("0101015175002", today=TODAY)
    assert info.birth_date == date(2015, 1, 1)
    assert info.sex == "F"
    assert info.region_code == 17
    assert info.region_name == "Sarajevo"
    assert info.in_bih


def test_boy_born_1985_in_banja_luka() -> None:
    # weighted sum 161; 161 mod 11 = 7; m = 4.
    info = parse_jmbg("1506985101234", today=TODAY)
    assert (info.birth_date, info.sex, info.region_name, info.in_bih) == (date(1985, 6, 15), "M", "Banja Luka", True)


@pytest.mark.parametrize(
    ("region", "name"),
    [(10, "Banja Luka"), (11, "Bihać"), (12, "Doboj"), (13, "Goražde"), (14, "Livno"), (15, "Mostar"),
     (16, "Prijedor"), (17, "Sarajevo"), (18, "Tuzla"), (19, "Zenica")],
)  # fmt: skip
def test_bih_regions(region: int, name: str) -> None:
    info = parse_jmbg(make_jmbg(date(2012, 5, 9), "M", region=region), today=TODAY)
    assert (info.region_code, info.region_name, info.in_bih) == (region, name, True)


@pytest.mark.parametrize("region", [0, 7, 21, 50, 71, 82, 96])
def test_other_regions_are_valid_but_not_bih(region: int) -> None:
    info = parse_jmbg(make_jmbg(date(2001, 12, 31), "F", region=region), today=TODAY)
    assert (info.region_code, info.region_name, info.in_bih) == (region, None, False)


def test_spaces_are_ignored() -> None:
    assert is_valid_jmbg(" 0101015 175002 ", today=TODAY)
    assert is_valid_jmbg("01 01 015 17 500 2", today=TODAY)
    # full-width digits pasted from a document
    assert is_valid_jmbg("０１０１０１５１７５００２", today=TODAY)


def test_year_rule() -> None:
    assert parse_jmbg(make_jmbg(date(1999, 12, 31), "M"), today=TODAY).birth_date == date(1999, 12, 31)
    assert parse_jmbg(make_jmbg(date(2000, 1, 1), "M"), today=TODAY).birth_date == date(2000, 1, 1)
    assert parse_jmbg(make_jmbg(date(1900, 2, 28), "F"), today=TODAY).birth_date == date(1900, 2, 28)


def test_check_digit_is_zero_when_m_is_10_or_11() -> None:
    by_m: dict[int, str] = {}
    for serial in range(500):
        twelve = f"0101015{17:02d}{serial:03d}"
        by_m.setdefault(m_value(twelve), twelve)
    assert is_valid_jmbg(by_m[11] + "0", today=TODAY)
    assert is_valid_jmbg(by_m[10] + "0", today=TODAY)  # DOMAIN.md's rule, though real issuers skip these
    assert codes(by_m[11] + "1") == ["jmbg.checksum"]
    # make_jmbg refuses a serial whose check digit would be ambiguous
    with pytest.raises(ValueError, match="ambiguous"):
        make_jmbg(date(2015, 1, 1), "M", region=17, serial=int(by_m[10][9:]))


# ---- problems ---------------------------------------------------------------------------------------------


def test_length_problem_counts_characters() -> None:
    problems = jmbg_problems("010101517500", today=TODAY)
    assert problems == [JmbgProblem("jmbg.length", {"count": 12})]
    assert jmbg_problems("", today=TODAY) == [JmbgProblem("jmbg.length", {"count": 0})]
    assert codes("01010151750021") == ["jmbg.length"]


def test_non_digits_are_named() -> None:
    problems = jmbg_problems("01010l5175OO2", today=TODAY)  # letters l and O typed for 1 and 0
    assert problems == [JmbgProblem("jmbg.digits", {"characters": "l O"})]
    assert codes("0101-015-17500") == ["jmbg.length", "jmbg.digits"]


def test_impossible_date() -> None:
    first_twelve = "310201517500"
    problems = jmbg_problems(first_twelve + "0", today=TODAY)
    assert JmbgProblem("jmbg.date", {"day": "31", "month": "02", "year": "2015"}) in problems
    assert codes("2902015175002")[0] == "jmbg.date"  # 2015 is not a leap year
    assert "jmbg.date" not in codes(make_jmbg(date(2016, 2, 29), "F"))
    # Year digits 1xx-8xx mean neither 19xx nor 20xx
    assert JmbgProblem("jmbg.date", {"day": "01", "month": "01", "year": "515"}) in jmbg_problems(
        "0101515175002", today=TODAY
    )


def test_future_birth_date() -> None:
    tomorrow = make_jmbg(date(2026, 11, 24), "M")
    assert jmbg_problems(tomorrow, today=TODAY) == [JmbgProblem("jmbg.future", {"date": "24.11.2026."})]
    assert is_valid_jmbg(make_jmbg(TODAY, "M"), today=TODAY)
    assert is_valid_jmbg(tomorrow, today=date(2026, 11, 24))


def test_wrong_check_digit_says_what_it_should_be() -> None:
    assert jmbg_problems("0101015175007", today=TODAY) == [JmbgProblem("jmbg.checksum", {"expected": 2, "found": 7})]


def test_parse_raises_with_every_problem() -> None:
    with pytest.raises(InvalidJmbg) as raised:
        parse_jmbg("3102015175009", today=TODAY)
    assert isinstance(raised.value, ValueError)
    assert [p.code for p in raised.value.problems] == ["jmbg.date", "jmbg.checksum"]
    assert "jmbg.date" in str(raised.value)


# ---- properties -------------------------------------------------------------------------------------------

births = st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31))
sexes = st.sampled_from(["M", "F"])
LAST_DAY = date(2099, 12, 31)


@given(births, sexes, st.integers(0, 99), st.randoms(use_true_random=False))
def test_generated_jmbg_parses_back(born: date, sex: str, region: int, rng: random.Random) -> None:
    jmbg = make_jmbg(born, sex, region=region, rng=rng)
    assert re.fullmatch(r"\d{13}", jmbg)
    assert m_value(jmbg) != 10
    info = parse_jmbg(jmbg, today=LAST_DAY)
    assert (info.birth_date, info.sex, info.region_code) == (born, sex, region)
    serial = int(jmbg[9:12])
    assert serial < 500 if sex == "M" else serial >= 500


@given(births, sexes, st.randoms(use_true_random=False), st.integers(0, 12), st.integers(1, 9))
def test_single_digit_typos_are_caught(born: date, sex: str, rng: random.Random, position: int, shift: int) -> None:
    jmbg = make_jmbg(born, sex, rng=rng)
    typo = jmbg[:position] + str((int(jmbg[position]) + shift) % 10) + jmbg[position + 1 :]
    if not is_valid_jmbg(typo, today=LAST_DAY):
        return
    # The only typo that slips through is DOMAIN.md's 0 ambiguity: m moved between 11 and 10, both printed as 0.
    assert position < 12
    assert {m_value(jmbg), m_value(typo)} == {10, 11}


@given(st.text(max_size=20))
def test_problems_never_crash_and_agree_with_parse(value: str) -> None:
    problems = jmbg_problems(value, today=TODAY)
    if problems:
        with pytest.raises(InvalidJmbg):
            parse_jmbg(value, today=TODAY)
    else:
        parse_jmbg(value, today=TODAY)


def test_make_jmbg_rejects_what_it_cannot_encode() -> None:
    with pytest.raises(ValueError):
        make_jmbg(date(1899, 12, 31), "M")
    with pytest.raises(ValueError):
        make_jmbg(date(2010, 1, 1), "X")
    with pytest.raises(ValueError):
        make_jmbg(date(2010, 1, 1), "F", serial=12)
    with pytest.raises(ValueError):
        make_jmbg(date(2010, 1, 1), "M", region=100)
    assert make_jmbg(date(2015, 1, 1), "F", region=17, serial=500) == "0101015175002"
    assert make_jmbg(date(2010, 1, 1), "M", rng=random.Random(1)) == make_jmbg(
        date(2010, 1, 1), "M", rng=random.Random(1)
    )


# ---- form warnings ----------------------------------------------------------------------------------------


def test_mismatch_between_jmbg_and_typed_birth_date_and_sex() -> None:
    jmbg = "0101015175002"  # girl, 01.01.2015.
    assert birth_date_and_sex_mismatch(jmbg, date(2015, 1, 1), "F", today=TODAY) == []
    assert birth_date_and_sex_mismatch(jmbg, date(2015, 1, 10), "F", today=TODAY) == ["birth_date"]
    assert birth_date_and_sex_mismatch(jmbg, date(2015, 1, 1), "M", today=TODAY) == ["sex"]
    assert birth_date_and_sex_mismatch(jmbg, date(2014, 1, 1), "M", today=TODAY) == ["birth_date", "sex"]
    assert birth_date_and_sex_mismatch(jmbg, None, None, today=TODAY) == []
    # An invalid JMBG is reported by its own problems, not as a mismatch.
    assert birth_date_and_sex_mismatch("0101015175003", date(1990, 1, 1), "M", today=TODAY) == []


# ---- messages ---------------------------------------------------------------------------------------------

PROBLEM_EXAMPLES = {
    "jmbg.length": "010101517500",
    "jmbg.digits": "010101517500x",
    "jmbg.date": "3102015175000",
    "jmbg.future": make_jmbg(date(2030, 5, 5), "F"),
    "jmbg.checksum": "0101015175007",
}
MISMATCH_PARAMS: dict[str, dict[str, object]] = {"jmbg.mismatch_birth_date": {}, "jmbg.mismatch_sex": {}}


def test_every_catalogue_key_is_covered() -> None:
    assert set(MESSAGES) == set(PROBLEM_EXAMPLES) | set(MISMATCH_PARAMS)


@pytest.mark.parametrize("code", sorted(PROBLEM_EXAMPLES))
@pytest.mark.parametrize("language", LANGUAGES)
def test_problem_messages_render_with_their_parameters(code: str, language: str) -> None:
    problem = next(p for p in jmbg_problems(PROBLEM_EXAMPLES[code], today=TODAY) if p.code == code)
    message = problem.message(language)
    assert message == text(code, language, **problem.params)
    assert "{" not in message
    for value in problem.params.values():
        assert str(value) in message  # the user sees the offending count, characters, date or digits
    assert has_cyrillic(message) == (language == "sr-Cyrl")


@pytest.mark.parametrize("code", sorted(MISMATCH_PARAMS))
@pytest.mark.parametrize("language", LANGUAGES)
def test_mismatch_messages_render(code: str, language: str) -> None:
    message = text(code, language, **MISMATCH_PARAMS[code])
    assert "{" not in message
    assert has_cyrillic(message) == (language == "sr-Cyrl")
    if language == "sr-Cyrl":
        assert "ЈМБГ" in message


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_all_languages_use_the_same_placeholders(code: str) -> None:
    placeholders = {lang: set(re.findall(r"\{(\w+)\}", body)) for lang, body in MESSAGES[code].items()}
    assert len({frozenset(p) for p in placeholders.values()}) == 1, placeholders


def test_languages_differ_where_they_should() -> None:
    checksum = {lang: text("jmbg.checksum", lang, expected=2, found=7) for lang in LANGUAGES}
    assert "znamenka" in checksum["hr"] and "cifra" in checksum["bs"] and "cifra" in checksum["sr-Latn"]
    assert checksum["sr-Cyrl"].startswith("Контролна цифра ЈМБГ-а је 7")
    assert checksum["en"] == "The JMBG check digit is 7, but it should be 2: a digit was probably mistyped."


def test_the_forms_warnings_as_typed() -> None:
    """A date of birth or sex typed differently from a valid JMBG is a warning on that field; an unfinished date,
    a short or invalid JMBG give none (the JMBG field reports its own problems)."""
    from registry.services.jmbg import mismatch_warnings

    jmbg = make_jmbg(date(2012, 3, 14), "F")
    assert mismatch_warnings(jmbg, "14.03.2012.", "F") == []
    assert [p.field_name for p in mismatch_warnings(jmbg, "15.03.2012.", "M")] == ["birth_date", "sex"]
    assert mismatch_warnings(jmbg, "15.03.20", None) == []
    assert mismatch_warnings(jmbg[:12], "15.03.2012.", "M") == []
    assert "JMBG" in mismatch_warnings(jmbg, "", "M")[0].message("bs")
