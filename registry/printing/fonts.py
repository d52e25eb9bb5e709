"""The shipped DejaVu Sans, registered once per process under distinct names so that bold is really bold.

ReportLab's built-in Helvetica prints č, ć, đ and all Cyrillic as ■ without complaint; every style of the printed
documents uses these fonts instead, embedded (subset) in each PDF.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Literal

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FAMILY = "DejaVuSans"
FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}

_lock = threading.Lock()
_registered = False


def fonts_dir() -> Path:
    """``resources/fonts`` of the configured resources directory, else of the repository."""
    from registry.services.profiles import resources_dir

    folder = resources_dir() / "fonts"
    if (folder / FILES[REGULAR]).is_file():
        return folder
    return Path(__file__).resolve().parents[2] / "resources" / "fonts"


def register_fonts() -> None:
    """Register regular and bold (and map italic to them: no oblique face is shipped); safe to call often."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        folder = fonts_dir()
        for name, filename in FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
        faces: tuple[tuple[Literal[0, 1], Literal[0, 1], str], ...] = (
            (0, 0, REGULAR),
            (1, 0, BOLD),
            (0, 1, REGULAR),
            (1, 1, BOLD),
        )
        for bold, italic, face in faces:
            addMapping(FAMILY, bold, italic, face)
        _registered = True
