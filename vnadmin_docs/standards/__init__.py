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

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

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

if TYPE_CHECKING:
    from vnadmin_docs.models.components import PartialDate

__all__ = [
    "DEFAULT",
    "STANDARDS",
    "UNHELD",
    "Case",
    "ComponentStyle",
    "HouseStyle",
    "PageNumbering",
    "PageSpec",
    "Range",
    "RuleLine",
    "Standard",
    "UnheldStandard",
    "by_start",
    "date_span",
    "for_date",
    "get",
    "national_motto",
    "national_name",
    "standards_between",
    "unheld_between",
]

STANDARDS: dict[str, Standard] = {
    table.id: table for table in (nd30_2020.STANDARD, tt01_2011.STANDARD)
}
"""Every standard we know, by identifier."""

DEFAULT = nd30_2020.STANDARD.id
"""The standard in force, used unless the caller names another."""


@dataclass(frozen=True, slots=True)
class UnheldStandard:
    """A standard that governed a period but whose table we do not hold (chưa có bảng).

    A document of that period is still dated under it: the validator names it, and judges
    by the earliest table we hold for reference only.
    """

    id: str
    title: str
    signed: date
    """The day it was signed (ngày ký); its day of effect is not confirmed from its text."""
    effective_to: date
    """The first day it no longer governed: the next table's ``effective_from``."""
    why: str
    """Why no table is held."""
    found: tuple[str, ...] = ()
    """What its text was seen to say, each with where (for the next engineer)."""


UNHELD: tuple[UnheldStandard, ...] = (
    UnheldStandard(
        id="ttlt55-2005",
        title="Joint Circular 55/2005/TTLT-BNV-VPCP",
        signed=date(2005, 5, 6),
        effective_to=tt01_2011.STANDARD.effective_from,
        why=(
            "its text could not be checked row by row (the size of the type name, the body and "
            "the page numbers were found in no copy we can read): see docs/standards.md"
        ),
        found=(
            "Paper A4 and margins 20–25 (top, bottom), 30–35 (left), 15–20 mm (right) on the "
            "front page, left and right swapped on the back page: its section on technique, "
            "as quoted at kiemtailieu.com (ky-thuat-trinh-bay).",
            "Its diagram (Phụ lục II) numbers the components as Circular 01/2011 does, without "
            "cell 15 (logo): 123docz.net document 9558.",
            "Its Phụ lục IV: Quốc hiệu capitals 12–13 upright bold; Tiêu ngữ 13–14 upright "
            "bold; agency capitals 12–13 upright bold; số 13 upright; place and date 13–14 "
            "italic; trích yếu 14 upright bold (123doc.top document 9560, in TCVN3; the type "
            "name's row is lost in that copy).",
            "Signed 06/05/2005; a lecture's slides give 05/06/2005 as its day of effect, not "
            "confirmed from the Công báo.",
            "Not found in any copy we can read: the type name's and the body's sizes, the page "
            "numbers' place, the signature, Kính gửi and Nơi nhận, the date's zero padding.",
        ),
    ),
)
"""Standards that governed before the tables we hold, oldest first (issue 11, item 4)."""


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
        for unheld in UNHELD:
            if key in (unheld.id, unheld.id.split("-")[0]):
                raise ValueError(
                    f"no table of {unheld.title} is held: {unheld.why}; known: "
                    f"{', '.join(STANDARDS)}"
                ) from None
        raise ValueError(f"unknown standard {standard!r}; known: {', '.join(STANDARDS)}") from None


def by_start() -> tuple[Standard, ...]:
    """Every standard table, oldest first (by ``effective_from``)."""
    return tuple(sorted(STANDARDS.values(), key=lambda table: table.effective_from))


def date_span(day: date | PartialDate) -> tuple[date, date]:
    """The first and last calendar day a date may mean (khoảng ngày của một ngày tháng).

    The day itself for a complete date; the month or the year for a partial date (ngày
    tháng năm chưa đầy đủ).
    """
    if isinstance(day, datetime):
        day = day.date()
    if isinstance(day, date):
        return day, day
    return day.earliest, day.latest


def standards_between(first: date, last: date) -> tuple[Standard, ...]:
    """The standards in force on at least one day from ``first`` to ``last``, oldest first.

    ``effective_to`` is the first day a table is no longer in force (the next one's
    ``effective_from``), as :meth:`Standard.applies_on` reads it.
    """
    return tuple(
        table
        for table in by_start()
        if table.effective_from <= last
        and (table.effective_to is None or first < table.effective_to)
    )


def unheld_between(first: date, last: date) -> UnheldStandard | None:
    """The standard without a table that governed a day from ``first`` to ``last``, if any."""
    for standard in UNHELD:
        if standard.signed <= last and first < standard.effective_to:
            return standard
    return None


def for_date(day: date | PartialDate | None) -> Standard:
    """Return the standard in force on ``day`` (the one in force today for ``None``).

    A partial date (a draft's ``ngày    tháng 3 năm 2011``) may mean any day of its month or
    year: the table in force on all of them, or, when the span straddles two tables, the
    later one. A date before every table's ``effective_from`` gets the earliest table (to
    judge by for reference only: see :func:`vnadmin_docs.validate.choose_standard`).
    """
    if day is None:
        return STANDARDS[DEFAULT]
    first, last = date_span(day)
    tables = standards_between(first, last)
    if tables:
        return tables[-1]
    ordered = by_start()
    later = [table for table in ordered if table.effective_from > last]
    return later[0] if later else ordered[-1]


def national_name() -> str:
    """The national name (Quốc hiệu), printed in capitals at the top right of page 1."""
    return STANDARDS[DEFAULT].national_name


def national_motto() -> str:
    """The motto (Tiêu ngữ) printed under the national name."""
    return STANDARDS[DEFAULT].national_motto
