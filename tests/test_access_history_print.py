"""The printed access history of one case names who opened it, and why the glass was broken."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from sqlalchemy.orm import Session, sessionmaker

from registry.db import transaction
from registry.printing.access_history import access_history
from registry.services.access import AccessDenied, break_glass
from registry.services.cases import open_case, register_case, set_restricted
from tests.helpers import new_case


def _text(data: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages).split())


@pytest.mark.parametrize("language", ["bs", "sr-Cyrl", "en"])
def test_access_history_pdf(sessions: sessionmaker[Session], supervisor, worker, language: str) -> None:
    with transaction(sessions) as session:
        case = register_case(session, new_case(), actor_id=None).case
        case_id, number = case.id, case.number
        set_restricted(session, case_id, True, actor_id=None)
        break_glass(session, supervisor.id, case_id, "Hitna provjera po pozivu policije")
        open_case(session, case_id, actor_id=supervisor.id)
    with sessions() as session:
        printed = access_history(session, case_id, actor_id=supervisor.id, language=language, printed_by=supervisor.id)
        with pytest.raises(AccessDenied):
            access_history(session, case_id, actor_id=worker.id, language=language)
    text = _text(printed.data)
    assert number in text
    if language == "en":
        assert "ACCESS HISTORY OF A CASE" in text and "Restricted case opened with a reason" in text
        assert "Hitna provjera po pozivu policije" in text
    if language == "sr-Cyrl":
        assert "ИСТОРИЈАТ ПРИСТУПА ПРЕДМЕТУ" in text and "Хитна провјера" in text
    assert "■" not in text
