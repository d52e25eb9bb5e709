"""Messages of a first start: the demonstration register's sign-in note."""


def _m(bs: str, hr: str, sr: str, en: str) -> dict[str, str]:
    return {"bs": bs, "hr": hr, "sr": sr, "en": en}


MESSAGES = {
    "demo.note_title": _m("DEMONSTRACIJSKI REGISTAR: svi predmeti i osobe su izmišljeni.", "DEMONSTRACIJSKI "
                          "REGISTAR: svi predmeti i osobe su izmišljeni.", "DEMONSTRACIONI REGISTAR: svi predmeti i "
                          "osobe su izmišljeni.", "DEMONSTRATION REGISTER: every case and person in it is made up."),
    "demo.note_password": _m("Prijavite se jednim od ovih korisničkih imena; lozinka je za sve ista: {password}",
                             "Prijavite se jednim od ovih korisničkih imena; lozinka je za sve ista: {password}",
                             "Prijavite se jednim od ovih korisničkih imena; lozinka je za sve ista: {password}",
                             "Sign in with one of these user names; the password is the same for all: {password}"),
    "demo.note_warning": _m("Ne unosite stvarne podatke u demonstracijski registar.", "Ne unosite stvarne podatke u "
                            "demonstracijski registar.", "Ne unosite stvarne podatke u demonstracioni registar.",
                            "Do not enter real data into a demonstration register."),
    "demo.note_written": _m("Kako se prijaviti: {path}", "Kako se prijaviti: {path}", "Kako se prijaviti: {path}",
                            "How to sign in: {path}"),
    "demo.role_worker": _m("stručni radnik", "stručni radnik", "stručni radnik", "worker"),
    "demo.role_supervisor": _m("rukovodilac", "voditelj", "rukovodilac", "supervisor"),
    "demo.role_administrator": _m("administrator", "administrator", "administrator", "administrator"),
    "demo.role_auditor": _m("revizor", "revizor", "revizor", "auditor"),
}
