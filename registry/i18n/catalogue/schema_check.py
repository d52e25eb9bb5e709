"""``registry db check``: the register's schema against the program's (messages for IT)."""

MESSAGES: dict[str, dict[str, str]] = {
    "schema.revision_differs": {
        "bs": "Šema registra je na verziji {current}, a program očekuje {head}: pokrenite {command}.",
        "hr": "Shema registra je na inačici {current}, a program očekuje {head}: pokrenite {command}.",
        "sr": "Šema registra je na verziji {current}, a program očekuje {head}: pokrenite {command}.",
        "en": "The register's schema is at revision {current}, the program expects {head}: run {command}.",
    }
}
