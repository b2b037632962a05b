"""Decree 30/2020/NĐ-CP on clerical work (công tác văn thư), as data. No logic here."""

from __future__ import annotations

from typing import NamedTuple


class Prescribed(NamedTuple):
    """A text the standard prescribes word for word, with its legal locator."""

    value: str
    locator: str


NATIONAL_NAME = Prescribed(
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Decree 30/2020, Phụ lục I, Phần II, mục 1",
)
NATIONAL_MOTTO = Prescribed(
    "Độc lập - Tự do - Hạnh phúc",
    "Decree 30/2020, Phụ lục I, Phần II, mục 1",
)
