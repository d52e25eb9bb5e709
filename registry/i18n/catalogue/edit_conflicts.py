"""Two people, one case: the audit trail's word for a save that settled a clash with someone else's save."""


def _m(bs: str, hr: str, sr: str, en: str) -> dict[str, str]:
    return {"bs": bs, "hr": hr, "sr": sr, "en": en}


MESSAGES = {
    "audit.action.case.save_conflict": _m(
        "Izmjene sačuvane preko tuđe verzije",
        "Promjene spremljene preko tuđe verzije",
        "Izmjene sačuvane preko tuđe verzije",
        "Saved over someone else's version",
    )
}
