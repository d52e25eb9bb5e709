"""How a search found a case, for ``registry search`` (services/search.py ``CaseHit.found_by``)."""


def _m(bs: str, hr: str, sr: str, en: str) -> dict[str, str]:
    return {"bs": bs, "hr": hr, "sr": sr, "en": en}


MESSAGES = {
    "search.found_by.household": _m(
        "po članu domaćinstva", "po članu kućanstva", "po članu domaćinstva", "by a household member"
    ),
    "search.found_by.address": _m("po adresi", "po adresi", "po adresi", "by address"),
    "search.found_by.phone": _m("po telefonu", "po telefonu", "po telefonu", "by phone"),
    "search.found_by.referral": _m(
        "po delovodnom broju", "po urudžbenom broju", "po delovodnom broju", "by registry number"
    ),
}
