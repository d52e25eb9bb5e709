"""Reading the TOML data files with errors a person can act on: the file, the dotted field and its line.

``tomllib`` gives values, not positions, so :func:`field_line` finds a field's line by walking the file's table
headers and keys; the files are written by hand in the plain style of ``resources/profiles/*.toml`` (no
multi-line strings or dotted keys across tables), which is what it understands.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from registry.services.profiles.specs import LABEL_KEYS, Labels, ProfileError

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(r'^\s*("[^"]*"|[A-Za-z0-9_-]+)\s*=')
_TOML_LINE = re.compile(r"at line (\d+)")


def read_toml(path: Path) -> dict[str, Any]:
    """The parsed file; a missing, non-UTF-8 or malformed file is a :class:`ProfileError` with its line."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ProfileError(path, "(file)", "profile.file_missing") from None
    except OSError as error:
        raise ProfileError(path, "(file)", "profile.file_unreadable", detail=error.strerror or str(error)) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ProfileError(path, "(file)", "profile.not_utf8", line=_bad_byte_line(raw)) from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        found = _TOML_LINE.search(str(error))
        raise ProfileError(
            path, "(file)", "profile.not_toml", line=int(found.group(1)) if found else None, detail=str(error)
        ) from None


def _bad_byte_line(raw: bytes) -> int:
    """The line of the first byte sequence that is not UTF-8."""
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return raw[: error.start].count(b"\n") + 1
    return 1


def _split_field(field_name: str) -> list[str]:
    return [part for part in field_name.split(".") if part]


def field_line(text: str, field_name: str) -> int | None:
    """The line (1-based) that holds ``field_name`` (``centre.name``, ``institutions[2].sector``), or the line of
    the nearest enclosing table when the field itself is missing; None when nothing of it is in the file."""
    target = _split_field(field_name)
    if not target or target[0].startswith("("):
        return None
    arrays: dict[str, int] = {}
    table: list[str] = []
    best_line, best_depth = None, 0
    for number, line in enumerate(text.splitlines(), start=1):
        header = _HEADER.match(line)
        if header:
            table = _header_path(header.group(2), header.group(1) == "[[", arrays)
            path = table
        else:
            key = _KEY.match(line)
            if not key:
                continue
            path = [*table, key.group(1).strip('"')]
        depth = _common_prefix(path, target)
        if depth == len(path) and depth > best_depth:
            best_line, best_depth = number, depth
            if depth == len(target):
                break
    return best_line


def _header_path(name: str, is_array: bool, arrays: dict[str, int]) -> list[str]:
    parts = [part.strip().strip('"') for part in name.split(".")]
    path: list[str] = []
    for index, part in enumerate(parts):
        prefix = ".".join([*path, part])
        last = index == len(parts) - 1
        if last and is_array:
            arrays[prefix] = arrays.get(prefix, 0) + 1
        if prefix in arrays:
            path.append(f"{part}[{arrays[prefix] - 1}]")
        else:
            path.append(part)
    return path


def _common_prefix(path: list[str], target: list[str]) -> int:
    depth = 0
    for mine, wanted in zip(path, target, strict=False):
        if mine != wanted:
            break
        depth += 1
    return depth


class Reader:
    """Typed field access that reports the file, the dotted field name and its line on any error."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._text: str | None = None

    def fail(self, where: str, key: str, **params: object) -> ProfileError:
        if self._text is None:
            try:
                self._text = self.path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                self._text = ""
        return ProfileError(self.path, where, key, line=field_line(self._text, where), **params)

    @staticmethod
    def name(where: str, key: str) -> str:
        return f"{where}.{key}" if where else key

    def table(self, data: Mapping[str, Any], key: str, where: str = "") -> Mapping[str, Any]:
        name = self.name(where, key)
        if key not in data:
            raise self.fail(name, "profile.missing_table" if not where else "profile.missing")
        value = data[key]
        if not isinstance(value, dict):
            raise self.fail(name, "profile.not_table")
        return value

    def table_list(self, data: Mapping[str, Any], key: str, name: str, *, required: bool = True) -> list[dict]:
        if key not in data:
            if required:
                raise self.fail(name, "profile.missing")
            return []
        value = data[key]
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            raise self.fail(name, "profile.not_table_list")
        return value

    def text(
        self, data: Mapping[str, Any], key: str, where: str = "", *, required: bool = True, allow_empty: bool = False
    ) -> str:
        name = self.name(where, key)
        if key not in data:
            if required:
                raise self.fail(name, "profile.missing")
            return ""
        value = data[key]
        if not isinstance(value, str):
            raise self.fail(name, "profile.not_text")
        if not allow_empty and not value.strip():
            raise self.fail(name, "profile.empty")
        return value

    def integer(self, data: Mapping[str, Any], key: str, where: str = "", *, minimum: int | None = None) -> int:
        name = self.name(where, key)
        if key not in data:
            raise self.fail(name, "profile.missing")
        value = data[key]
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(name, "profile.not_integer")
        if minimum is not None and value < minimum:
            raise self.fail(name, "profile.too_small", minimum=minimum, value=value)
        return value

    def optional_integer(
        self, data: Mapping[str, Any], key: str, where: str = "", *, minimum: int | None = None
    ) -> int | None:
        return self.integer(data, key, where, minimum=minimum) if key in data else None

    def boolean(self, data: Mapping[str, Any], key: str, where: str = "", *, default: bool) -> bool:
        if key not in data:
            return default
        value = data[key]
        if not isinstance(value, bool):
            raise self.fail(self.name(where, key), "profile.not_boolean")
        return value

    def codes(self, data: Mapping[str, Any], key: str, where: str, known: set[str], kind: str) -> tuple[str, ...]:
        name = self.name(where, key)
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise self.fail(name, "profile.not_text_list")
        for item in value:
            if item not in known:
                raise self.fail(name, "profile.unknown_code", kind=kind, value=item, known=", ".join(sorted(known)))
        if len(set(value)) != len(value):
            raise self.fail(name, "profile.code_twice")
        return tuple(value)

    def one_of(self, data: Mapping[str, Any], key: str, where: str, choices: tuple[str, ...]) -> str:
        value = self.text(data, key, where)
        if value not in choices:
            raise self.fail(self.name(where, key), "profile.not_one_of", value=value, choices=", ".join(choices))
        return value

    def labels_inline(self, data: Mapping[str, Any], where: str) -> Labels:
        return Labels(**{key: self.text(data, key, where) for key in LABEL_KEYS})

    def labels(self, data: Mapping[str, Any], key: str, where: str = "") -> Labels:
        name = self.name(where, key)
        table = self.table(data, key, where)
        self.no_unknown_keys(table, name, set(LABEL_KEYS))
        return self.labels_inline(table, name)

    def no_unknown_keys(self, data: Mapping[str, Any], where: str, allowed: set[str]) -> None:
        unknown = sorted(set(data) - allowed)
        if unknown:
            raise self.fail(self.name(where, unknown[0]), "profile.unknown_field", allowed=", ".join(sorted(allowed)))
