"""The template workbook a centre fills in with its history: instructions, the three sheets ``registry import``
reads (cases, household members, referrals) with headers in the user's language, drop-down lists of the codes
and a sheet listing every code with its label."""

from __future__ import annotations

from typing import IO

from sqlalchemy import select
from sqlalchemy.orm import Session

from registry import i18n
from registry.models import Lookup
from registry.services.errors import field_label
from registry.services.importing.columns import CASES, HOUSEHOLD, REFERRALS, SheetSpec

#: the columns the template offers, in the order a person fills them in
TEMPLATE_COLUMNS: dict[str, tuple[str, ...]] = {
    "cases": (
        "case_number",
        "given_name",
        "family_name",
        "jmbg",
        "birth_date",
        "sex",
        "address",
        "municipality",
        "school",
        "school_grade",
        "has_disability",
        "disability_note",
        "reported_at",
        "referral_source",
        "reporter_name",
        "reporter_relation",
        "reporter_contact",
        "report_summary",
        "urgency",
        "risk_level",
        "violence_types",
        "lead_worker",
        "status",
        "registered_at",
        "closed_at",
        "closure_reason",
        "closure_note",
    ),
    "household": (
        "case_number",
        "role",
        "given_name",
        "family_name",
        "jmbg",
        "birth_date",
        "sex",
        "alleged_perpetrator",
        "lives_in_household",
        "legal_representative",
        "notes",
    ),
    "referrals": (
        "case_number",
        "direction",
        "institution",
        "institution_sector",
        "channel",
        "sent_at",
        "registry_number",
        "reason",
        "requested_action",
        "response_due_at",
        "response_received_at",
        "response_summary",
    ),
}
_SPECS: dict[str, SheetSpec] = {"cases": CASES, "household": HOUSEHOLD, "referrals": REFERRALS}
#: which lookup kind lists the values of a column
_LISTS = {
    "referral_source": "referral_source",
    "urgency": "urgency",
    "risk_level": "risk_level",
    "violence_types": "violence_form",
    "status": "case_status",
    "closure_reason": "closure_reason",
    "role": "household_role",
    "direction": "referral_direction",
    "institution_sector": "sector",
    "channel": "channel",
    "sex": "sex",
}
_YES_NO = ("has_disability", "alleged_perpetrator", "lives_in_household", "legal_representative")
_LABEL = {"bs": "label_bs", "hr": "label_hr", "sr-Latn": "label_sr_latn", "sr-Cyrl": "label_sr_cyrl", "en": "label_en"}


def sheet_title(key: str, language: str | None) -> str:
    return i18n.text(f"template.sheet.{key}", language)


def write_template(session: Session, out: IO[bytes], *, language: str | None) -> None:
    import xlsxwriter

    lang = i18n.normalise_language(language)
    book = xlsxwriter.Workbook(
        out, {"strings_to_formulas": False, "strings_to_numbers": False, "strings_to_urls": False, "in_memory": True}
    )
    head = book.add_format({"bold": True, "bg_color": "#DDE7F0", "border": 1, "text_wrap": True, "valign": "top"})
    required = book.add_format({"bold": True, "bg_color": "#F6D9A8", "border": 1, "text_wrap": True, "valign": "top"})
    text = book.add_format({"num_format": "@"})  # typed JMBGs and dates stay text, leading zeros kept
    wrap = book.add_format({"text_wrap": True, "valign": "top"})

    rows = session.execute(
        select(Lookup.kind, Lookup.code, getattr(Lookup, _LABEL[lang]))
        .where(Lookup.active.is_(True))
        .order_by(Lookup.kind, Lookup.sort_order, Lookup.code)
    )
    by_kind: dict[str, list[tuple[str, str]]] = {}
    for kind, code, label in rows:
        by_kind.setdefault(kind, []).append((code, label))
    kinds = sorted(set(_LISTS.values()))
    lists = {kind: (3 * index, len(by_kind.get(kind, []))) for index, kind in enumerate(kinds)}

    guide = book.add_worksheet(sheet_title("guide", lang))
    guide.set_column(0, 0, 110, wrap)
    for row, line in enumerate(i18n.text("template.guide", lang).split("\n")):
        guide.write_string(row, 0, line)

    yes_no = [i18n.text("template.yes", lang), i18n.text("template.no", lang)]
    codes_title = sheet_title("codes", lang)
    for key, columns in TEMPLATE_COLUMNS.items():
        sheet = book.add_worksheet(sheet_title(key, lang))
        spec = _SPECS[key]
        sheet.freeze_panes(1, 0)
        sheet.set_row(0, 42)
        for index, name in enumerate(columns):
            column_spec = spec.column(name)
            sheet.write_string(0, index, field_label(name, lang), required if column_spec.required else head)
            sheet.set_column(
                index,
                index,
                30 if column_spec.kind == "long" else 18,
                text if column_spec.kind in ("jmbg", "date", "moment", "line") else None,
            )
            kind = _LISTS.get(name)
            if kind in lists and name != "violence_types":  # several forms go in one cell: no single-choice list
                first, count = lists[kind]
                source = f"='{codes_title}'!${_letter(first)}$2:${_letter(first)}${count + 1}"
                sheet.data_validation(
                    1, index, 5000, index, {"validate": "list", "source": source, "error_type": "warning"}
                )
            elif name in _YES_NO:
                sheet.data_validation(
                    1, index, 5000, index, {"validate": "list", "source": yes_no, "error_type": "warning"}
                )

    codes = book.add_worksheet(codes_title)
    for kind in kinds:
        column = lists[kind][0]
        codes.write_string(0, column, i18n.text(f"template.list.{kind}", lang), head)
        codes.write_string(0, column + 1, i18n.text("template.code", lang), head)
        for index, (code, label) in enumerate(by_kind.get(kind, []), start=1):
            codes.write_string(index, column, label)
            codes.write_string(index, column + 1, code)
        codes.set_column(column, column, 34)
        codes.set_column(column + 1, column + 1, 16)
    book.close()


def _letter(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name
