"""The standards as data (tiêu chuẩn thể thức): Decree 30/2020 and Circular 01/2011.

Renderers and validators read the standards only through this package:

>>> from datetime import date
>>> get("nd30-2020").component("national_name").size.describe("pt")
'12–13 pt'
>>> for_date(date(2018, 10, 1)).id
'tt01-2011'
>>> for_date(date(2020, 3, 5)).id
'nd30-2020'
"""

from __future__ import annotations

from datetime import date

from vnadmin_docs.standards import nd30_2020, tt01_2011
from vnadmin_docs.standards.schema import (
    Case,
    ComponentStyle,
    HouseStyle,
    PageNumbering,
    PageSpec,
    Range,
    RuleLine,
    Standard,
)

__all__ = [
    "DEFAULT",
    "STANDARDS",
    "Case",
    "ComponentStyle",
    "HouseStyle",
    "PageNumbering",
    "PageSpec",
    "Range",
    "RuleLine",
    "Standard",
    "for_date",
    "get",
    "national_motto",
    "national_name",
]

STANDARDS: dict[str, Standard] = {
    table.id: table for table in (nd30_2020.STANDARD, tt01_2011.STANDARD)
}
"""Every standard we know, by identifier."""

DEFAULT = nd30_2020.STANDARD.id
"""The standard in force, used unless the caller names another."""


def get(standard: str | Standard | None = None) -> Standard:
    """Return a standard by identifier (``nd30-2020``, ``tt01-2011``); ``None`` = in force."""
    if isinstance(standard, Standard):
        return standard
    if standard is not None and not isinstance(standard, str):
        raise ValueError(
            f"standard must be a name such as {DEFAULT!r} or a Standard, "
            f"not {type(standard).__name__}"
        )
    key = DEFAULT if standard is None else standard.strip().lower()
    aliases = {"nd30": "nd30-2020", "tt01": "tt01-2011"}
    key = aliases.get(key, key)
    try:
        return STANDARDS[key]
    except KeyError:
        raise ValueError(f"unknown standard {standard!r}; known: {', '.join(STANDARDS)}") from None


def for_date(day: date | None) -> Standard:
    """Return the standard in force on ``day`` (the one in force today for ``None``)."""
    if day is not None:
        for table in STANDARDS.values():
            if table.applies_on(day):
                return table
    return STANDARDS[DEFAULT]


def national_name() -> str:
    """The national name (Quốc hiệu), printed in capitals at the top right of page 1."""
    return STANDARDS[DEFAULT].national_name


def national_motto() -> str:
    """The motto (Tiêu ngữ) printed under the national name."""
    return STANDARDS[DEFAULT].national_motto
