"""Messages of the protocol template editor."""

MESSAGES = {
    "protocol.no_steps": {
        "bs": "Protokol mora imati barem jedan korak.",
        "hr": "Protokol mora imati barem jedan korak.",
        "sr": "Protokol mora imati barem jedan korak.",
        "en": "A protocol needs at least one step.",
    },
    "protocol.bad_code": {
        "bs": "Korak {step}: šifra „{value}” smije imati samo mala slova, brojeve i _.",
        "hr": "Korak {step}: šifra „{value}” smije imati samo mala slova, brojeve i _.",
        "sr": "Korak {step}: šifra „{value}” smije imati samo mala slova, brojeve i _.",
        "en": "Step {step}: the code “{value}” may only contain lower-case letters, digits and _.",
    },
    "protocol.duplicate_code": {
        "bs": "Korak {step}: šifra „{value}” već postoji u ovom protokolu.",
        "hr": "Korak {step}: šifra „{value}” već postoji u ovom protokolu.",
        "sr": "Korak {step}: šifra „{value}” već postoji u ovom protokolu.",
        "en": "Step {step}: the code “{value}” is already used in this protocol.",
    },
    "protocol.title_required": {
        "bs": "Korak {step}: upišite naziv barem na bosanskom i engleskom.",
        "hr": "Korak {step}: upišite naziv barem na bosanskom i engleskom.",
        "sr": "Korak {step}: upišite naziv barem na bosanskom i engleskom.",
        "en": "Step {step}: enter the title at least in Bosnian and English.",
    },
    "protocol.unknown_sector": {
        "bs": "Korak {step}: nepoznat sektor „{value}”.",
        "hr": "Korak {step}: nepoznat sektor „{value}”.",
        "sr": "Korak {step}: nepoznat sektor „{value}”.",
        "en": "Step {step}: unknown sector “{value}”.",
    },
    "protocol.bad_trigger": {
        "bs": "Korak {step}: nepoznat okidač „{value}”.",
        "hr": "Korak {step}: nepoznat okidač „{value}”.",
        "sr": "Korak {step}: nepoznat okidač „{value}”.",
        "en": "Step {step}: unknown trigger “{value}”.",
    },
    "protocol.bad_trigger_step": {
        "bs": "Korak {step}: okidač mora biti neki raniji korak, a „{value}” to nije.",
        "hr": "Korak {step}: okidač mora biti neki raniji korak, a „{value}” to nije.",
        "sr": "Korak {step}: okidač mora biti neki raniji korak, a „{value}” to nije.",
        "en": "Step {step}: the trigger must be an earlier step; “{value}” is not.",
    },
    "protocol.bad_number": {
        "bs": "{field}: broj {value} nije dozvoljen.",
        "hr": "{field}: broj {value} nije dopušten.",
        "sr": "{field}: broj {value} nije dozvoljen.",
        "en": "{field}: {value} is not allowed.",
    },
    "protocol.two_deadlines": {
        "bs": "Korak {step}: rok je ili jedan za sve ili po hitnosti, ne oboje.",
        "hr": "Korak {step}: rok je ili jedan za sve ili po hitnosti, ne oboje.",
        "sr": "Korak {step}: rok je ili jedan za sve ili po hitnosti, ne oboje.",
        "en": "Step {step}: give one deadline or deadlines by urgency, not both.",
    },
}
