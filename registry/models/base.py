"""The declarative base every model shares: one naming convention, one way to store time."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, DateTime, MetaData, String, Text, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[dt.datetime]):
    """A moment in time, stored as naive UTC and returned as aware UTC on every database.

    SQLite keeps no time zone and PostgreSQL converts on the way out; storing naive UTC everywhere makes both
    return the same value, and refusing naive input stops local times sneaking in unconverted.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use an aware datetime (UTC or local with tzinfo)")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC)


def search_string(length: int) -> String:
    """An ASCII key compared byte by byte: binary on SQLite, the "C" collation on PostgreSQL.

    Prefix searches are then plain index range scans on both databases.
    """
    return String(length).with_variant(String(length, collation="C"), "postgresql")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dt.datetime: UtcDateTime(), str: String(255), dict[str, Any]: JSON(), list[str]: JSON()}


LONG_TEXT = Text()


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
