"""Parsing a protocol template (``resources/protocols/<code>.toml``): numbered steps, triggers, deadlines."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path
from types import MappingProxyType

from registry.services.profiles.specs import (
    BASE_TRIGGERS,
    SNAKE_CODE,
    STEP_TRIGGER_PREFIX,
    ProtocolStepSpec,
    ProtocolTemplateSpec,
)
from registry.services.profiles.toml_reader import Reader, read_toml

_STEP_KEYS = {
    "number",
    "code",
    "lead_sectors",
    "notified_sectors",
    "trigger",
    "deadline_hours",
    "deadline_by_urgency",
    "repeat_every_days",
    "mandatory",
    "title",
    "legal_basis",
}


def parse_template(path: Path, sectors: set[str], urgencies: list[str]) -> ProtocolTemplateSpec:
    data = read_toml(path)
    r = Reader(path)
    r.no_unknown_keys(data, "", {"code", "version", "valid_from", "name", "steps"})

    code = r.text(data, "code")
    if code != path.stem:
        raise r.fail("code", "profile.code_not_file_name", code=code, file=path.name)
    version = r.integer(data, "version", minimum=1)
    valid_from = data.get("valid_from")
    if valid_from is None:
        raise r.fail("valid_from", "profile.missing")
    if isinstance(valid_from, datetime) or not isinstance(valid_from, date):
        raise r.fail("valid_from", "profile.not_date")
    name = r.labels(data, "name")

    rows = r.table_list(data, "steps", "steps")
    if not rows:
        raise r.fail("steps", "profile.no_steps")
    steps: list[ProtocolStepSpec] = []
    codes: set[str] = set()
    last_number = 0
    for index, row in enumerate(rows):
        where = f"steps[{index}]"
        r.no_unknown_keys(row, where, _STEP_KEYS)
        number = r.integer(row, "number", where, minimum=1)
        if number <= last_number:
            raise r.fail(f"{where}.number", "profile.step_order", number=number, previous=last_number)
        last_number = number
        step_code = r.text(row, "code", where)
        if not SNAKE_CODE.fullmatch(step_code):
            raise r.fail(f"{where}.code", "profile.step_code_format", value=step_code)
        if step_code in codes:
            raise r.fail(f"{where}.code", "profile.duplicate_code", code=step_code)

        trigger = r.text(row, "trigger", where)
        if trigger.startswith(STEP_TRIGGER_PREFIX):
            target = trigger[len(STEP_TRIGGER_PREFIX) :]
            if target not in codes:
                raise r.fail(f"{where}.trigger", "profile.trigger_not_earlier", trigger=trigger)
        elif trigger not in BASE_TRIGGERS:
            raise r.fail(
                f"{where}.trigger", "profile.trigger_unknown", trigger=trigger, choices=", ".join(BASE_TRIGGERS)
            )
        codes.add(step_code)

        deadline_hours = r.optional_integer(row, "deadline_hours", where, minimum=0)
        by_urgency: Mapping[str, int] | None = None
        if "deadline_by_urgency" in row:
            if deadline_hours is not None:
                raise r.fail(f"{where}.deadline_by_urgency", "profile.deadline_both")
            table = r.table(row, "deadline_by_urgency", where)
            band_where = f"{where}.deadline_by_urgency"
            r.no_unknown_keys(table, band_where, set(urgencies))
            by_urgency = MappingProxyType({band: r.integer(table, band, band_where, minimum=0) for band in urgencies})
        repeat = r.optional_integer(row, "repeat_every_days", where, minimum=1)

        steps.append(
            ProtocolStepSpec(
                number=number,
                code=step_code,
                title=r.labels(row, "title", where),
                legal_basis=r.labels(row, "legal_basis", where),
                lead_sectors=r.codes(row, "lead_sectors", where, sectors, "sector"),
                notified_sectors=r.codes(row, "notified_sectors", where, sectors, "sector"),
                trigger=trigger,
                deadline_hours=deadline_hours,
                deadline_by_urgency=by_urgency,
                repeat_every_days=repeat,
                mandatory=r.boolean(row, "mandatory", where, default=True),
            )
        )
    return ProtocolTemplateSpec(
        code=code, version=version, valid_from=valid_from, name=name, steps=tuple(steps), path=path
    )
