"""Messages of importing records from spreadsheets and exporting them whole."""

MESSAGES = {
    "import.extra_cells": {
        "bs": "Red {line} ima {cells} ćelija, a zaglavlje {columns} kolona (višak: „{extra}”). Vrijednost koja "
        "sadrži separator stavite pod navodnike ili je odvojite s „;”. Ništa nije uvezeno.",
        "hr": "Redak {line} ima {cells} ćelija, a zaglavlje {columns} stupaca (višak: „{extra}”). Vrijednost koja "
        "sadrži razdjelnik stavite pod navodnike ili je odvojite s „;”. Ništa nije uvezeno.",
        "sr": "Red {line} ima {cells} ćelija, a zaglavlje {columns} kolona (višak: „{extra}”). Vrijednost koja "
        "sadrži separator stavite pod navodnike ili je odvojite sa „;”. Ništa nije uvezeno.",
        "en": "Line {line} has {cells} cells but the header has {columns} columns (extra: “{extra}”). Put a value "
        "that contains the separator in quotes, or separate it with “;”. Nothing was imported.",
    },
}

MESSAGES.update({
    "export.cannot_write": {
        "bs": "Izvoz nije sačuvan u {path}: {reason}. Nijedna datoteka nije ostala.",
        "hr": "Izvoz nije spremljen u {path}: {reason}. Nijedna datoteka nije ostala.",
        "sr": "Izvoz nije sačuvan u {path}: {reason}. Nijedna datoteka nije ostala.",
        "en": "The export was not saved to {path}: {reason}. No file was left behind.",
    },
})
