"""Reading the spreadsheets centres have into rows of text: Excel workbooks and CSV as Excel in BiH saves it.

CSV: the encoding (UTF-8 with or without BOM, UTF-16 as Excel's "Unicode text", Windows-1250) and the delimiter
(``;``, ``,`` or tab) are detected; when the bytes could be read more than one way the caller is asked
(``ChoiceNeeded``) rather than shown a page of mojibake.  Every row keeps the line (CSV) or row number (XLSX)
where it starts, so each error can name it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field

from registry.services.errors import RegistryError

MAX_FILE_BYTES = 60 * 1024 * 1024
ENCODINGS = ("utf-8", "cp1250", "iso-8859-2", "utf-16")
DELIMITERS = (";", ",", "\t")
#: letters a BiH text in Windows-1250 is full of; their bytes read as other letters in ISO-8859-2
_HOME_LETTERS = set("čćžšđČĆŽŠĐ")
#: what those bytes become in the other encoding (and C1 control characters, which no real text holds)
_ODD = set("¹¾©®±²³µ¶·¸º¼½ŕĺąĄĽľŁ¤¦§¨«»¬°´ťŤşŞźŹ")


class ReadFailed(RegistryError):
    """The file cannot be read as a table at all; nothing was imported."""

    key = "import.unreadable"


class ChoiceNeeded(RegistryError):
    """The file could be read more than one way: the user picks (``options`` are the candidates, best first)."""

    key = "import.choose_encoding"

    def __init__(self, key: str, options: tuple[str, ...], samples: dict[str, str], **params: object) -> None:
        self.options = options
        self.samples = samples
        super().__init__(key, options=", ".join(options), **params)


@dataclass
class SheetRow:
    line: int
    cells: list[str]


@dataclass
class Sheet:
    name: str
    rows: list[SheetRow]


@dataclass
class Workbook:
    kind: str  # "csv" | "xlsx"
    sheets: list[Sheet]
    encoding: str | None = None
    delimiter: str | None = None
    notes: list[str] = field(default_factory=list)


def read_workbook(raw: bytes, *, encoding: str | None = None, delimiter: str | None = None, name: str = "") -> Workbook:
    if len(raw) > MAX_FILE_BYTES:
        raise ReadFailed("import.too_large", max_mb=MAX_FILE_BYTES // (1024 * 1024))
    if raw[:4] == b"PK\x03\x04":
        return _read_xlsx(raw)
    if raw[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":  # the old binary .xls
        raise ReadFailed("import.old_excel")
    text, used = decode_text(raw, encoding)
    sheet_name = re.sub(r"\.(csv|txt|tsv)$", "", name.rsplit("/", 1)[-1], flags=re.I) or "cases"
    chosen = delimiter or detect_delimiter(text)
    return Workbook("csv", [Sheet(sheet_name, _csv_rows(text, chosen))], encoding=used, delimiter=chosen)


# ---------------------------------------------------------------------------------------------- encoding


def decode_text(raw: bytes, encoding: str | None = None) -> tuple[str, str]:
    """The text and the encoding it was read with; ``ChoiceNeeded`` when single-byte encodings disagree."""
    if encoding:
        try:
            return raw.decode("utf-8-sig" if encoding == "utf-8" else encoding), encoding
        except (UnicodeDecodeError, LookupError):
            raise ReadFailed("import.wrong_encoding", encoding=encoding) from None
    if raw.startswith(b"\xef\xbb\xbf"):
        return _strict(raw, "utf-8-sig"), "utf-8"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(raw, "utf-16"), "utf-16"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in raw[:4096]:  # a binary file (a picture, a database) is no table, whatever its name says
        raise ReadFailed()
    candidates = {}
    for name in ("cp1250", "iso-8859-2"):
        try:
            candidates[name] = raw.decode(name)
        except UnicodeDecodeError:
            continue
    if not candidates:
        raise ReadFailed("import.encoding_unknown")
    if len(set(candidates.values())) == 1:  # no byte that the two encodings read differently
        name = next(iter(candidates))
        return candidates[name], name
    scores = {name: _home_score(text) for name, text in candidates.items()}
    ranked = sorted(scores, key=lambda name: -scores[name])
    if len(ranked) == 1 or scores[ranked[0]] > scores[ranked[1]]:
        return candidates[ranked[0]], ranked[0]
    samples = {name: _sample_line(candidates[name]) for name in ranked}
    raise ChoiceNeeded("import.choose_encoding", tuple(ranked), samples)


def _strict(raw: bytes, encoding: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ReadFailed("import.encoding", line=line) from None


def _home_score(text: str) -> int:
    """How much the text looks like Bosnian/Croatian/Serbian: home letters count for, stray symbols against."""
    home = sum(1 for ch in text if ch in _HOME_LETTERS)
    odd = sum(1 for ch in text if ch in _ODD or "\x80" <= ch <= "\x9f")
    return home - 3 * odd


def _sample_line(text: str) -> str:
    for line in text.splitlines():
        if any(ord(ch) > 127 for ch in line):
            return line[:120]
    return text.splitlines()[0][:120] if text else ""


# ---------------------------------------------------------------------------------------------- CSV


def detect_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the same number (>1) of cells most often; `;` wins ties."""
    lines = [line for line in text.splitlines()[:30] if line.strip()]
    if not lines:
        return ";"
    best, best_score = ";", -1
    for delimiter in DELIMITERS:
        counts = [len(next(csv.reader([line], delimiter=delimiter), [])) for line in lines[:10]]
        header = counts[0]
        if header < 2:
            continue
        score = header * 10 + sum(1 for count in counts if count == header)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _csv_rows(text: str, delimiter: str) -> list[SheetRow]:
    """Rows with the physical line each starts on; an unterminated quote is reported where it opens."""
    lines = io.StringIO(text, newline="")
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    rows: list[SheetRow] = []
    start = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            detail = str(error)
            if "unexpected end of data" in detail or "EOF" in detail:
                raise ReadFailed("import.open_quote", line=start) from None
            raise ReadFailed("import.malformed", line=reader.line_num, detail=detail) from None
        rows.append(SheetRow(start, [cell.strip() for cell in cells]))
        start = reader.line_num + 1
    return rows


# ---------------------------------------------------------------------------------------------- XLSX


def _read_xlsx(raw: bytes) -> Workbook:
    try:
        from openpyxl import load_workbook
    except ImportError:  # pragma: no cover - a dependency of the package
        raise ReadFailed("import.unreadable") from None
    try:
        book = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise ReadFailed("import.unreadable") from None
    sheets = []
    try:
        for worksheet in book.worksheets:
            if getattr(worksheet, "sheet_state", "visible") != "visible":
                continue
            rows = [SheetRow(index, cells) for index, cells in _xlsx_rows(worksheet.iter_rows(values_only=True))]
            sheets.append(Sheet(worksheet.title, rows))
    finally:
        book.close()
    return Workbook("xlsx", sheets)


def _xlsx_rows(rows: Iterable[tuple]) -> Iterable[tuple[int, list[str]]]:
    for index, values in enumerate(rows, start=1):
        yield index, [cell_text(value) for value in values]


def cell_text(value: object) -> str:
    """A spreadsheet cell as the text a person would read in it (whole numbers without ``.0``)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.isoformat()
    return str(value).strip()
