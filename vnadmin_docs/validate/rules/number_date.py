"""Number and notation (số, ký hiệu, ô 3) and the place-and-date line (ô 4)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from vnadmin_docs.validate.engine import Context, Outcome, Rule, where

__all__ = ["NotationSpaces", "NumberColon"]

_LINE = re.compile(r"^\s*S[ốỐ]\s*(?P<colon>:?)\s*(?P<serial>[\d.\s]*?)\s*/\s*(?P<notation>.*)$")


def number_parts(ctx: Context) -> re.Match[str] | None:
    """The number line split into label, serial and notation (``None`` when not found)."""
    paragraph = ctx.layout.number
    return _LINE.match(paragraph.visible_text) if paragraph is not None else None


class NumberColon(Rule):
    """The word "Số" is followed by a colon.

    "Số" is written in normal case, then a colon, then the number (Phụ lục I, Phần I,
    Mục II, khoản 3.c).

    Wrong: `Số 2452/UBND-TH`

    Right: `Số: 2452/UBND-TH`
    """

    code = "NB001"
    name = "number-without-colon"
    component = "number"
    message = "{where}: no colon after «Số»; write «Số: …»"
    message_vi = "{where}: thiếu dấu hai chấm sau chữ «Số»; viết «Số: …»"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        parts = number_parts(ctx)
        if parts is None:
            yield self.skip("no number line (Số, ký hiệu) found")
            return
        place = where(ctx.layout.number, "Số, ký hiệu")
        if parts["colon"]:
            yield self.ok(place)
        else:
            yield self.fail(place, "«Số» without a colon", "«Số:»")


class NotationSpaces(Rule):
    """The notation has no spaces: groups are joined by hyphens without spaces.

    Between the groups of abbreviations of the notation there is a hyphen "-" with no
    space (Phụ lục I, Phần I, Mục II, khoản 3.c).

    Wrong: `Số: 2452/UBND - TH`

    Right: `Số: 2452/UBND-TH`
    """

    code = "NB003"
    name = "notation-with-spaces"
    component = "number"
    message = "{where}: the notation «{found}» has spaces; write «{expected}»"
    message_vi = "{where}: ký hiệu «{found}» có dấu cách; viết «{expected}»"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        parts = number_parts(ctx)
        if parts is None:
            yield self.skip("no number line (Số, ký hiệu) found")
            return
        notation = parts["notation"].strip()
        place = where(ctx.layout.number, "Số, ký hiệu")
        if any(ch.isspace() for ch in notation):
            yield self.fail(place, notation, "".join(notation.split()))
        else:
            yield self.ok(place)
