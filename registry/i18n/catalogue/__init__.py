"""Message catalogues: one module per subject, each defining MESSAGES."""
