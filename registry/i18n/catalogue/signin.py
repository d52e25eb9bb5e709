"""Messages of sign-in that slows guessing down: common passwords refused, the wait, unlocking, audit actions."""


def _m(bs: str, hr: str, sr: str, en: str) -> dict[str, str]:
    return {"bs": bs, "hr": hr, "sr": sr, "en": en}


MESSAGES = {
    "user.common_password": _m(
        "{field}: ovu lozinku (ili riječ s brojevima na kraju) napadači isprobaju prvu. Izaberite rečenicu od "
        "nekoliko riječi koju samo vi znate.",
        "{field}: ovu lozinku (ili riječ s brojevima na kraju) napadači isprobaju prvu. Izaberite rečenicu od "
        "nekoliko riječi koju samo vi znate.",
        "{field}: ovu lozinku (ili reč sa brojevima na kraju) napadači isprobaju prvu. Izaberite rečenicu od "
        "nekoliko reči koju samo vi znate.",
        "{field}: guessers try this password (or a common word with digits added) first. Choose a sentence of a few "
        "words that only you know.",
    ),
    "audit.action.signin.throttled": _m(
        "Prijava prije isteka čekanja",
        "Prijava prije isteka čekanja",
        "Prijava pre isteka čekanja",
        "Sign-in before the wait ended",
    ),
    "audit.action.signin.idle_unlock": _m(
        "Otključan zaključani prozor",
        "Otključan zaključani prozor",
        "Otključan zaključani prozor",
        "Locked window unlocked",
    ),
    "audit.action.user.unlock": _m(
        "Ukinuto čekanje naloga", "Ukinuto čekanje računa", "Ukinuto čekanje naloga", "Account's wait ended"
    ),
    "audit.action.audit.chain_upgraded": _m(
        "Lanac revizijskog traga nadograđen",
        "Lanac revizijskog traga nadograđen",
        "Lanac revizijskog traga nadograđen",
        "Audit chain upgraded",
    ),
}
