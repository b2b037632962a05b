"""Number and notation (số, ký hiệu, ô 3) and the place-and-date line (ô 4).

The helpers here (the number line split into its parts, the date line split into place,
day, month and year, the document's type) are shared with :mod:`.content`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from vnadmin_docs.models.documents import DocumentType
from vnadmin_docs.ooxml.read import ParaInfo
from vnadmin_docs.validate.engine import Context, Outcome, Rule, Severity, where
from vnadmin_docs.vietnamese import bounded_int, format_date, format_serial, nfc, upper

__all__ = [
    "DateImpossible",
    "DateInDigits",
    "DateLeftBlank",
    "DateLine",
    "DateLineMissing",
    "DayWithoutLeadingZero",
    "DispatchNotationWithType",
    "MonthWithoutLeadingZero",
    "MonthZeroPadded",
    "NotationLowercase",
    "NotationSpaces",
    "NotationTypeMismatch",
    "NumberColon",
    "NumberLine",
    "NumberLineMissing",
    "PlaceNotCapitalised",
    "PlaceWithoutComma",
    "SerialOverPadded",
    "SerialWithoutLeadingZero",
    "SerialZero",
    "SlashWithSpaces",
    "YearNotFourDigits",
    "date_line",
    "document_type",
    "governed",
    "has_header",
    "in_header",
    "is_dispatch",
    "number_line",
    "number_parts",
    "type_name_paragraph",
]

_LINE = re.compile(
    r"^\s*S[ốỐ]\s*(?!\s)(?P<colon>:?)\s*(?!\s)(?P<serial>(?:[\d.]+(?:\s+[\d.]+)*)?)\s*/"
    r"\s*(?!\s)(?P<notation>.*)$"
)
r"""``Số: 2452/UBND-TH`` split into label, serial and notation. The serial is digits and
dots with gaps inside, and each run of white space is taken whole (``(?!\s)``): otherwise a
line of spaces is split between the parts in every way (cubic time)."""
_HEAD = 40
_TYPE_LOCATOR: dict[str, str] = {
    "nd30-2020": "Decree 30/2020, Phụ lục I, Phần I, Mục II, khoản 3.b; Phụ lục III, Mục I",
    "tt01-2011": "Circular 01/2011/TT-BNV, Điều 8; Phụ lục I",
}
_SERIAL_LOCATOR: dict[str, str] = {
    "nd30-2020": "Decree 30/2020, Phụ lục I, Phần I, Mục II, khoản 3.a; Điều 15",
    "tt01-2011": "Circular 01/2011/TT-BNV, Điều 8",
}
_NOTATION_LOCATOR: dict[str, str] = {
    "nd30-2020": "Decree 30/2020, Phụ lục I, Phần I, Mục II, khoản 3.b",
    "tt01-2011": "Circular 01/2011/TT-BNV, Điều 8",
}
_NUMBER_LOCATOR: dict[str, str] = {
    "nd30-2020": "Decree 30/2020, Phụ lục I, Phần I, Mục II, khoản 3",
    "tt01-2011": "Circular 01/2011/TT-BNV, Điều 8",
}
_DATE_LINE_LOCATOR: dict[str, str] = {
    "nd30-2020": "Decree 30/2020, Phụ lục I, Phần I, Mục II, khoản 4",
    "tt01-2011": "Circular 01/2011/TT-BNV, Điều 9",
}
_DATE_LOCATOR: dict[str, str] = {
    "nd30-2020": "Decree 30/2020, Phụ lục I, Phần I, Mục II, khoản 4.b",
    "tt01-2011": "Circular 01/2011/TT-BNV, Điều 9",
}
"""How many paragraphs from the top the header (ô 1–5) is looked for in."""


def number_parts(ctx: Context) -> re.Match[str] | None:
    """The number line split into label, serial and notation (``None`` when not found)."""
    paragraph = ctx.layout.number
    return _LINE.match(paragraph.visible_text) if paragraph is not None else None


# ----------------------------------------------------------------------------- shared helpers


@dataclass(frozen=True, slots=True)
class NumberLine:
    """The number line (ô 3) split into its parts, read from the paragraph's raw text."""

    paragraph: ParaInfo
    serial: str
    """The serial as written (``"05"``, ``"2452"``), ``""`` in a draft left blank."""
    before_slash: str
    """The white space between the serial and the slash."""
    after_slash: str
    """The white space between the slash and the notation."""
    notation: str
    """The notation (ký hiệu) as written, up to a tab or a run of spaces."""

    @property
    def groups(self) -> list[str]:
        """The notation's groups of abbreviations, spaces dropped, a leading year left out."""
        notation = re.sub(r"^\d{4}/", "", "".join(self.notation.split()))
        return [g for g in notation.split("-") if g]


NUMBER_RAW = re.compile(
    r"^\s*S[ốỐ]\s*(?!\s):?[ \t\u00a0]*(?![ \t\u00a0])(?P<serial>[0-9]*)(?P<before>[ \t\u00a0]*)/"
    r"(?P<after>[ \t\u00a0]*)(?P<notation>[^\s]+(?: {1,2}[^\s]+)*)"
)
"""The notation runs to a tab or three spaces: a header typed on one line goes on with the
place and date after them."""


def _expected_serial(serial: str) -> str:
    """How :func:`~vnadmin_docs.vietnamese.format_serial` writes a serial given in digits.

    A serial of thousands of digits is not turned into a number.
    """
    value = bounded_int(serial)
    return format_serial(value) if value is not None else serial.lstrip("0")


def number_line(ctx: Context) -> NumberLine | None:
    """The number line found by the recogniser, split into parts (``None`` when absent)."""
    paragraph = ctx.layout.number
    if paragraph is None:
        return None
    match = NUMBER_RAW.match(nfc(paragraph.text))
    if match is None:
        return None
    return NumberLine(paragraph, match["serial"], match["before"], match["after"],
                      match["notation"])  # fmt: skip


@dataclass(frozen=True, slots=True)
class DateLine:
    """The place-and-date line (ô 4) split into its parts; blanks (a draft) are ``""``."""

    paragraph: ParaInfo
    place: str
    """The place name, without the comma."""
    comma: bool
    """Whether a comma follows the place name."""
    day: str
    month: str
    year: str

    @staticmethod
    def value(token: str) -> int | None:
        """A day, month or year as a number (``None`` when left blank or not digits)."""
        return bounded_int(token)


_DATE_RAW = re.compile(
    r"^(?P<prefix>(?:(?!\bngày\b).)*)\bngày\b(?P<day>(?:(?!\btháng\b).)*)\btháng\b"
    r"(?P<month>(?:(?!\bnăm\b).)*)\bnăm\b(?P<year>.*)$",
    re.IGNORECASE | re.DOTALL,
)
"""The first «ngày», the first «tháng» after it and the first «năm» after that, each part
barred from holding the next word, so there is one way to match. Where the first fails a
later one cannot succeed, and the lazy ``(.*?)ngày(.*?)tháng`` retries every later one:
quadratic on a line of many «ngày»."""
_TOKEN = re.compile(r"^\s*(\d+)")


def _token(text: str) -> str:
    match = _TOKEN.match(text)
    return match.group(1) if match else ""


def date_line(ctx: Context) -> DateLine | None:
    """The place-and-date line found by the recogniser, split into parts."""
    paragraph = ctx.layout.place_date
    if paragraph is None or not in_header(ctx, paragraph):
        return None
    match = _DATE_RAW.match(nfc(paragraph.text).replace("\n", " "))
    if match is None:
        return None
    # The header may be typed with tabs and runs of spaces on one line ("Số: …   Lâm Đồng,
    # ngày …"): the place is the last stretch before "ngày".
    prefix = re.split(r"\t|\s{3,}", match["prefix"].rstrip())[-1].strip()
    comma = prefix.endswith(",")
    place = prefix.rstrip(",").strip()
    return DateLine(paragraph, place, comma, _token(match["day"]), _token(match["month"]),
                    _token(match["year"]))  # fmt: skip


_WORDS = re.compile(r"ngày (?P<day>\d+) tháng (?P<month>\d+) năm (?P<year>\d+)")


def expected_tokens(day: int | None, month: int | None) -> tuple[str, str] | None:
    """How :func:`~vnadmin_docs.vietnamese.format_date` writes a day and a month.

    A part left blank is stood in for by a value whose writing does not matter; ``None``
    when the two cannot be a date.
    """
    try:
        written = format_date(date(2000, month or 12, day or 10))
    except ValueError:
        return None
    match = _WORDS.match(written)
    if match is None:  # pragma: no cover - format_date always writes this shape
        return None
    return match["day"], match["month"]


_TYPE_NAMES = {upper(t.vietnamese_name): t for t in DocumentType if t is not DocumentType.CONG_VAN}


_FOUND: list[tuple[object, tuple[ParaInfo, DocumentType] | None]] = []
"""The type name found in the last document looked at (many rules ask for it)."""


def type_name_paragraph(ctx: Context) -> tuple[ParaInfo, DocumentType] | None:
    """The paragraph that prints the type name (QUYẾT ĐỊNH, TỜ TRÌNH, …), found by a scan."""
    if _FOUND and _FOUND[0][0] is ctx.layout:
        return _FOUND[0][1]
    found: tuple[ParaInfo, DocumentType] | None = None
    for paragraph in ctx.info.paragraphs[:_HEAD]:
        if paragraph.table is not None:
            continue
        text = nfc(paragraph.visible_text)
        if not text.endswith(":") and upper(text) in _TYPE_NAMES:
            found = paragraph, _TYPE_NAMES[upper(text)]
            break
    layout = ctx.layout
    if found is None and layout.type_rest and layout.type_name and layout.doc_type:
        found = layout.type_name, layout.doc_type  # BIÊN BẢN LÀM VIỆC: the name begins the line
    _FOUND[:] = [(ctx.layout, found)]
    return found


def document_type(ctx: Context) -> DocumentType | None:
    """The document's type: the model's, else the printed type name's, else the recogniser's."""
    if ctx.document is not None:
        return ctx.doc_type
    found = type_name_paragraph(ctx)
    if found is not None:
        return found[1]
    return ctx.doc_type


def is_dispatch(ctx: Context) -> bool | None:
    """Whether the document is a công văn; ``None`` when that cannot be told.

    A document with a type name is not; one the recogniser took for a công văn (it has a
    "V/v" line) is; one with neither is a công văn when it has a number line and a
    "Kính gửi" line, as only a công văn has both without a type name.
    """
    kind = document_type(ctx)
    if kind is not None:
        return kind is DocumentType.CONG_VAN
    number, label = ctx.layout.number, ctx.layout.recipients_label
    if number is None or label is None:
        return None
    between = ctx.info.paragraphs[number.index + 1 : label.index]
    if any(p.table is None and _is_title(nfc(p.visible_text)) for p in between):
        return None  # a title in capitals: a type the list does not name (PHIẾU TRÌNH, …)
    return True


def _is_title(text: str) -> bool:
    return any(ch.isalpha() for ch in text) and text == upper(text) and not text.endswith(":")


def governed(ctx: Context) -> bool:
    """Whether the document is one whose header components the standard requires.

    It must open with an administrative header (:func:`has_header`) and be of a type of the
    decree's list (by its type name) or a công văn; internal slips and forms of other
    names are not judged for missing components.
    """
    return has_header(ctx) and (document_type(ctx) is not None or bool(is_dispatch(ctx)))


def has_header(ctx: Context) -> bool:
    """Whether the document opens with the header of an administrative document.

    The Quốc hiệu (or Tiêu ngữ) and either the issuing body's name or a type name are
    needed, or else both a number line and a date line; forms, lists and stand-alone
    appendices have no such header.
    """
    layout = ctx.layout
    if ctx.document is not None or (layout.number is not None and layout.place_date is not None):
        return True
    national = layout.national_name is not None or layout.national_motto is not None
    return national and (bool(layout.agency) or type_name_paragraph(ctx) is not None)


def _typed(ctx: Context) -> tuple[DocumentType, str] | None:
    kind = document_type(ctx)
    if kind is None or kind.abbreviation is None:
        return None
    return kind, kind.abbreviation


# ----------------------------------------------------------------------------- number rules


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


class SerialWithoutLeadingZero(Rule):
    """A serial number below 10 is written with a leading zero.

    "With numbers below 10 a 0 is written in front" (Phụ lục I, Phần I, Mục II, khoản 3.c);
    the numbering of each year starts at 01.

    Wrong: `Số: 5/QĐ-UBND`

    Right: `Số: 05/QĐ-UBND`
    """

    code = "NB002"
    name = "serial-without-leading-zero"
    component = "number"
    message = "{where}: the serial «{found}» is below 10 without a leading zero; write «{expected}»"
    message_vi = "{where}: số «{found}» nhỏ hơn 10 phải ghi thêm số 0 phía trước: «{expected}»"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        number = number_line(ctx)
        if number is None:
            yield self.skip("no number line (Số, ký hiệu) found")
            return
        if not number.serial.strip("0"):
            yield self.skip("the serial is left blank (a draft) or zero")
            return
        place = where(number.paragraph, "Số, ký hiệu")
        expected = _expected_serial(number.serial)
        if number.serial != expected and len(number.serial) < len(expected):
            yield self.fail(place, number.serial, expected)
        else:
            yield self.ok(place)


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
        number = number_line(ctx)  # stops before a date typed on the same line
        notation = number.notation if number is not None else parts["notation"].strip()
        place = where(ctx.layout.number, "Số, ký hiệu")
        if any(ch.isspace() for ch in notation):
            yield self.fail(place, notation, "".join(notation.split()))
        else:
            yield self.ok(place)


class SerialOverPadded(Rule):
    """A serial number is not padded beyond one leading zero below 10.

    Only numbers below 10 take a leading zero (Phụ lục I, Phần I, Mục II, khoản 3.c); the
    decree pads to two digits, not three, and numbers from 10 up are written plainly.

    Wrong: `Số: 005/QĐ-UBND`, `Số: 012/UBND-VP`

    Right: `Số: 05/QĐ-UBND`, `Số: 12/UBND-VP`
    """

    code = "NB004"
    name = "serial-over-padded"
    component = "number"
    message = "{where}: the serial «{found}» has too many leading zeros; write «{expected}»"
    message_vi = "{where}: số «{found}» thừa số 0 phía trước; viết «{expected}»"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        number = number_line(ctx)
        if number is None:
            yield self.skip("no number line (Số, ký hiệu) found")
            return
        if not number.serial.strip("0"):
            yield self.skip("the serial is left blank (a draft) or zero")
            return
        place = where(number.paragraph, "Số, ký hiệu")
        expected = _expected_serial(number.serial)
        if len(number.serial) > len(expected):
            yield self.fail(place, number.serial, expected)
        else:
            yield self.ok(place)


class SerialZero(Rule):
    """The serial number is not zero.

    The number is the document's place in the year's register, which starts at 01 on
    1 January (Phụ lục I, Phần I, Mục II, khoản 3.a; Điều 15); there is no document 0.

    Wrong: `Số: 00/UBND-VP`

    Right: `Số: 01/UBND-VP` (or the blank `Số:    /UBND-VP` of a draft)
    """

    code = "NB005"
    name = "serial-zero"
    component = "number"
    locator = _SERIAL_LOCATOR
    message = "{where}: the serial is «{found}»; the register starts at {expected}"
    message_vi = "{where}: số văn bản là «{found}»; số bắt đầu từ {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        number = number_line(ctx)
        if number is None:
            yield self.skip("no number line (Số, ký hiệu) found")
            return
        if not number.serial:
            yield self.skip("the serial is left blank (a draft)")
            return
        place = where(number.paragraph, "Số, ký hiệu")
        if not number.serial.strip("0"):
            yield self.fail(place, number.serial, format_serial(1))
        else:
            yield self.ok(place)


class NotationTypeMismatch(Rule):
    """The notation starts with the abbreviation of the document's type.

    The notation of a typed document is the abbreviation of its type, then the issuer's
    (Phụ lục I, Phần I, Mục II, khoản 3.b); the abbreviations are those of Phụ lục III,
    Mục I, and their case matters ("QyĐ" for quy định, "TTr" for tờ trình).

    Wrong: `Số: 12/QD-UBND` or `Số: 12/TT-SNV` on a tờ trình

    Right: `Số: 12/QĐ-UBND`, `Số: 12/TTr-SNV`
    """

    code = "NB006"
    name = "notation-type-mismatch"
    component = "number"
    locator = _TYPE_LOCATOR
    message = (
        "{where}: the notation starts with «{found}»; this type's abbreviation is «{expected}»"
    )
    message_vi = "{where}: ký hiệu bắt đầu bằng «{found}»; chữ viết tắt tên loại là «{expected}»"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        number = number_line(ctx)
        typed = _typed(ctx)
        if number is None or not number.groups:
            yield self.skip("no number line (Số, ký hiệu) found")
            return
        if typed is None:
            yield self.skip("not a document with a type name (or its type is not known)")
            return
        _, abbreviation = typed
        place = where(number.paragraph, "Số, ký hiệu")
        if number.groups[0] == abbreviation:
            yield self.ok(place)
        else:
            yield self.fail(place, number.groups[0], abbreviation)


_TYPE_ABBREVIATIONS = {t.abbreviation for t in DocumentType if t.abbreviation}
# "CV" is the invented abbreviation for công văn; "CT" is left out because it is also the
# own abbreviation of Cục Thuế units, whose công văn read "…/CT-TTHT".
_DISPATCH_FORBIDDEN = (_TYPE_ABBREVIATIONS | {"CV"}) - {"CT"}


class DispatchNotationWithType(Rule):
    """The notation of a công văn has no type abbreviation.

    A công văn's notation is the issuer's abbreviation, then the drafting unit's or the
    field's (Phụ lục I, Phần I, Mục II, khoản 3.b); công văn has no abbreviation in
    Phụ lục III, so "CV-…" is invented and "QĐ-…" names another type.

    Wrong: `Số: 15/CV-UBND`, `Số: 15/QĐ-UBND` on a "V/v …" document

    Right: `Số: 15/UBND-VP`
    """

    code = "NB007"
    name = "dispatch-notation-with-type"
    component = "number"
    locator = _NOTATION_LOCATOR
    message = "{where}: a công văn's notation starts with «{found}»; {expected}"
    message_vi = "{where}: ký hiệu công văn bắt đầu bằng «{found}»; {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        number = number_line(ctx)
        if number is None or not number.groups:
            yield self.skip("no number line (Số, ký hiệu) found")
            return
        if not is_dispatch(ctx):
            yield self.skip("not a công văn")
            return
        place = where(number.paragraph, "Số, ký hiệu")
        first = number.groups[0]
        if first in _DISPATCH_FORBIDDEN:
            yield self.fail(place, first, "start with the issuer's abbreviation (…/UBND-VP)")
        else:
            yield self.ok(place)


# Abbreviations with lower-case letters that Phụ lục III (and practice for the Prime
# Minister, "TTg") writes so.
_MIXED_CASE = {t.abbreviation for t in DocumentType if t.abbreviation} | {"TrS", "TTg"}


class NotationLowercase(Rule):
    """The notation is written in capitals.

    "The notation is set in capitals" (Phụ lục I, Phần I, Mục II, khoản 3.c); only the
    abbreviations that Phụ lục III itself writes in mixed case (QyĐ, TTr, CTr, TrS) and the
    Prime Minister's "TTg" keep their small letters.

    Wrong: `Số: 12/Qđ-Ubnd`, `Số: 12/UBND-vp`

    Right: `Số: 12/QĐ-UBND`, `Số: 12/TTr-SNV`
    """

    code = "NB008"
    name = "notation-not-uppercase"
    component = "number"
    message = "{where}: the notation group «{found}» is not in capitals; write «{expected}»"
    message_vi = "{where}: nhóm ký hiệu «{found}» không viết in hoa; viết «{expected}»"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        number = number_line(ctx)
        if number is None or not number.groups:
            yield self.skip("no number line (Số, ký hiệu) found")
            return
        place = where(number.paragraph, "Số, ký hiệu")
        for group in number.groups:
            for part in re.split(r"[()/.&]", group):
                if part and part not in _MIXED_CASE and part != upper(part):
                    yield self.fail(place, part, upper(part))
                    return
        yield self.ok(place)


_LOOSE_NUMBER = re.compile(r"^\s*S[ốỐ]\s*(?!\s)[:.]?\s*(?!\s)\S*\s*[/-]")
r"""«Số …/…» loosely; each run of white space is taken whole (``(?!\s)``), as ``\s*[:.]?\s*``
splits a long run of spaces in every way."""


class NumberLineMissing(Rule):
    """An administrative document has a number line.

    Số, ký hiệu (ô 3) is one of the main components (Phụ lục I, Phần I, Mục II, khoản 3);
    a draft prints "Số:" with the number left blank for Văn thư, but the line is there.

    Wrong: a header with the agency and the Quốc hiệu but no "Số:" line under the agency

    Right: `Số: 2452/UBND-TH` (or `Số:    /UBND-TH` in a draft)
    """

    code = "NB009"
    name = "number-line-missing"
    component = "number"
    locator = _NUMBER_LOCATOR
    message = "{where}: no number line found; expected {expected}"
    message_vi = "{where}: không có dòng số, ký hiệu; quy định {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        if not governed(ctx):
            yield self.skip("not an administrative document of a known type")
            return
        if ctx.layout.number is not None:
            yield self.ok(where(ctx.layout.number, "Số, ký hiệu"))
            return
        loose = next((p for p in ctx.info.paragraphs[:_HEAD]
                      if _LOOSE_NUMBER.match(nfc(p.visible_text))), None)  # fmt: skip
        if loose is not None:
            yield self.ok(where(loose, "Số, ký hiệu"))
        else:
            anchor = ctx.layout.agency[-1] if ctx.layout.agency else ctx.layout.national_name
            yield self.fail(where(anchor, "under the agency"), "no «Số:» line", "«Số: …/…»")


class SlashWithSpaces(Rule):
    """The slash between number and notation has no spaces around it.

    "Between the number and the notation there is a slash (/) … without spaces" (Phụ lục I,
    Phần I, Mục II, khoản 3.c). A draft may leave the number blank before the slash.

    Wrong: `Số: 409 /TTr-CAT`, `Số: 409/ TTr-CAT`

    Right: `Số: 409/TTr-CAT`
    """

    code = "NB010"
    name = "slash-with-spaces"
    component = "number"
    message = "{where}: spaces around the slash: «{found}»; write «{expected}»"
    message_vi = "{where}: có dấu cách quanh dấu gạch chéo: «{found}»; viết «{expected}»"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        number = number_line(ctx)
        if number is None:
            yield self.skip("no number line (Số, ký hiệu) found")
            return
        if not number.serial:
            yield self.skip("the serial is left blank (a draft)")
            return
        place = where(number.paragraph, "Số, ký hiệu")
        if number.before_slash or number.after_slash:
            found = f"{number.serial}{number.before_slash}/{number.after_slash}{number.notation}"
            yield self.fail(place, found, f"{number.serial}/{number.notation}")
        else:
            yield self.ok(place)


# ----------------------------------------------------------------------------- date rules


def _date_parts(ctx: Context) -> tuple[DateLine, str] | Outcome:
    line = date_line(ctx)
    if line is None:
        return Rule.skip("no place-and-date line found")
    return line, where(line.paragraph, "Địa danh, ngày tháng")


class _Padding(Rule):
    """Base of the leading-zero rules of the date line (one token: the day or the month).

    Wrong: a day or month padded otherwise than the decree's rule.

    Right: the day or month as ``vietnamese.format_date`` writes it.
    """

    abstract: ClassVar[bool] = True
    token: ClassVar[int]
    """0 for the day, 1 for the month."""

    def defect(self, written: str, expected: str) -> bool:
        """Whether ``written`` breaks this rule, ``expected`` being the prescribed form."""
        raise NotImplementedError

    def check(self, ctx: Context) -> Iterator[Outcome]:
        parts = _date_parts(ctx)
        if isinstance(parts, Outcome):
            yield parts
            return
        line, place = parts
        tokens = (line.day, line.month)
        values = (DateLine.value(line.day), DateLine.value(line.month))
        if values[self.token] is None:
            yield self.skip(f"the {('day', 'month')[self.token]} is left blank (a draft)")
            return
        expected = expected_tokens(*values)
        if expected is None:
            yield self.skip("the day and month are not a date")
            return
        written, prescribed = tokens[self.token], expected[self.token]
        if written != prescribed and self.defect(written, prescribed):
            yield self.fail(place, written, prescribed)
        else:
            yield self.ok(place)


class MonthZeroPadded(_Padding):
    """Months 3 to 12 are written without a leading zero.

    Only days below 10 and the months 1 and 2 take a leading zero (Phụ lục I, Phần I,
    Mục II, khoản 4.b); "tháng 03" pads a month the rule does not pad.

    Wrong: `Hà Nội, ngày 05 tháng 03 năm 2020`

    Right: `Hà Nội, ngày 05 tháng 3 năm 2020`
    """

    code = "DT001"
    name = "month-zero-padded"
    component = "place_date"
    locator = _DATE_LOCATOR
    message = "{where}: «tháng {found}»: months 3–12 take no leading zero; write «tháng {expected}»"
    message_vi = "{where}: «tháng {found}»: tháng 3 đến 12 không ghi số 0; viết «tháng {expected}»"

    token = 1

    def defect(self, written: str, expected: str) -> bool:
        return written.startswith("0") and not expected.startswith("0")


class MonthWithoutLeadingZero(_Padding):
    """The months 1 and 2 are written with a leading zero.

    "With days below 10 and the months 1 and 2 a 0 is written in front" (Phụ lục I,
    Phần I, Mục II, khoản 4.b).

    Wrong: `Hà Nội, ngày 15 tháng 1 năm 2020`

    Right: `Hà Nội, ngày 15 tháng 01 năm 2020`
    """

    code = "DT002"
    name = "month-without-leading-zero"
    component = "place_date"
    locator = _DATE_LOCATOR
    message = "{where}: «tháng {found}» needs a leading zero; write «tháng {expected}»"
    message_vi = "{where}: «tháng {found}» phải ghi thêm số 0; viết «tháng {expected}»"

    token = 1

    def defect(self, written: str, expected: str) -> bool:
        return expected.startswith("0") and not written.startswith("0")


class DayWithoutLeadingZero(_Padding):
    """A day below 10 is written with a leading zero.

    "With days below 10 … a 0 is written in front" (Phụ lục I, Phần I, Mục II, khoản 4.b).

    Wrong: `Kon Tum, ngày 5 tháng 10 năm 2021`

    Right: `Kon Tum, ngày 05 tháng 10 năm 2021`
    """

    code = "DT003"
    name = "day-without-leading-zero"
    component = "place_date"
    locator = _DATE_LOCATOR
    message = "{where}: «ngày {found}» needs a leading zero; write «ngày {expected}»"
    message_vi = "{where}: «ngày {found}» phải ghi thêm số 0; viết «ngày {expected}»"

    token = 0

    def defect(self, written: str, expected: str) -> bool:
        return expected.startswith("0") and not written.startswith("0")


class PlaceWithoutComma(Rule):
    """A comma follows the place name.

    "After the place name there is a comma (,)" (Phụ lục I, Phần I, Mục II, khoản 4.c).

    Wrong: `Kon Tum ngày 01 tháng 10 năm 2021`

    Right: `Kon Tum, ngày 01 tháng 10 năm 2021`
    """

    code = "DT004"
    name = "place-without-comma"
    component = "place_date"
    message = "{where}: no comma after the place name «{found}»; write «{expected}»"
    message_vi = "{where}: thiếu dấu phẩy sau địa danh «{found}»; viết «{expected}»"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        parts = _date_parts(ctx)
        if isinstance(parts, Outcome):
            yield parts
            return
        line, place = parts
        if not line.place:
            yield self.skip("the date line has no place name")
            return
        if line.comma:
            yield self.ok(place)
        else:
            yield self.fail(place, line.place, f"{line.place}, ngày …")


# Generic nouns of administrative units, written in small letters inside a place name
# ("Thành phố Hồ Chí Minh"; Phụ lục II, Mục III.1).
_GENERIC = {"thành", "phố", "tỉnh", "huyện", "quận", "thị", "xã", "phường", "trấn", "đặc", "khu"}


class PlaceNotCapitalised(Rule):
    """The place name is capitalised.

    "The first letters of the place name are capitals" (Phụ lục I, Phần I, Mục II,
    khoản 4.c; Phụ lục II, Mục III.1): every syllable of the proper name, and the first
    word of the line.

    Wrong: `kon Tum, ngày 01 tháng 10 năm 2021`, `Kon tum, …`

    Right: `Kon Tum, ngày 01 tháng 10 năm 2021`, `Thành phố Hồ Chí Minh, …`
    """

    code = "DT005"
    name = "place-not-capitalised"
    component = "place_date"
    message = "{where}: the place name «{found}» is not capitalised; write «{expected}»"
    message_vi = "{where}: địa danh «{found}» chưa viết hoa đúng; viết «{expected}»"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        parts = _date_parts(ctx)
        if isinstance(parts, Outcome):
            yield parts
            return
        line, place = parts
        words = [w for w in re.split(r"[\s\-]+", line.place) if w]
        if not words or not any(ch.isalpha() for ch in line.place):
            yield self.skip("the date line has no place name")
            return
        wrong = [
            i
            for i, w in enumerate(words)
            if w[0].isalpha() and w[0].islower() and (i == 0 or w not in _GENERIC)
        ]
        if wrong:
            fixed = [w[0].upper() + w[1:] if i in wrong else w for i, w in enumerate(words)]
            yield self.fail(place, line.place, " ".join(fixed))
        else:
            yield self.ok(place)


_DIGIT_DATE = re.compile(
    r"^(?P<place>[^\d,]{1,59}[^\d,\s]),?\s*(ngày\s*)?\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{2,4}"
    r"\.?$",
    re.IGNORECASE,
)
"""A date in digits, ``Hà Nội, 05/3/2020``. The place ends on a letter: white space after it
is the next part's alone, or a long run of spaces is scanned once per length of the place."""


def _header_paragraphs(ctx: Context) -> list[ParaInfo]:
    """The paragraphs where ô 4 may stand: the Tiêu ngữ's table, or the lines just under it."""
    motto = ctx.layout.national_motto or ctx.layout.national_name
    head = ctx.info.paragraphs[:_HEAD]
    if motto is not None and motto.part.endswith("#textbox"):  # a header in text boxes
        return [p for p in ctx.info.parts.get("textboxes", []) if p.part == motto.part]
    if motto is None:
        return head[:12]
    if motto.table is not None:
        table = [p for p in head if p.table is not None and p.table[0] == motto.table[0]
                 and p.part == motto.part]  # fmt: skip
        return table + head[table[-1].index + 1 : table[-1].index + 5]
    return head[: motto.index + 5]


def in_header(ctx: Context, paragraph: ParaInfo) -> bool:
    """Whether ``paragraph`` stands where ô 4 does.

    The recogniser takes any short line with "ngày … tháng … năm" in the first paragraphs
    for the date line, a căn cứ line among them.
    """
    return any(p is paragraph for p in _header_paragraphs(ctx))


def _digit_date(ctx: Context) -> ParaInfo | None:
    for paragraph in _header_paragraphs(ctx):
        match = _DIGIT_DATE.match(nfc(paragraph.visible_text))
        if match and len(match["place"].split()) <= 6:
            return paragraph
    return None


class DateInDigits(Rule):
    """The date is written "ngày … tháng … năm …", not as digits with slashes.

    "The date of issue is written in full" with the words ngày, tháng, năm and Arabic
    numbers (Phụ lục I, Phần I, Mục II, khoản 4.b).

    Wrong: `Kon Tum, 01/10/2021`, `Kon Tum, ngày 01/10/2021`

    Right: `Kon Tum, ngày 01 tháng 10 năm 2021`
    """

    code = "DT006"
    name = "date-in-digits"
    component = "place_date"
    locator = _DATE_LOCATOR
    message = "{where}: the date is written «{found}»; write it in full: «{expected}»"
    message_vi = "{where}: ngày tháng viết «{found}»; phải viết đầy đủ: «{expected}»"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        if not has_header(ctx):
            yield self.skip("no header of an administrative document found")
            return
        digits = _digit_date(ctx)
        if digits is not None:
            yield self.fail(where(digits, "Địa danh, ngày tháng"), digits.visible_text,
                            "…, ngày DD tháng M năm YYYY")  # fmt: skip
        elif (line := date_line(ctx)) is not None:
            yield self.ok(where(line.paragraph, "Địa danh, ngày tháng"))
        else:
            yield self.skip("no place-and-date line found")


class DateImpossible(Rule):
    """The date on the date line exists.

    The date line gives the day the document was issued (Phụ lục I, Phần I, Mục II,
    khoản 4.b); "ngày 30 tháng 02" or "tháng 13" is a typing slip that makes the date
    unusable in the register.

    Wrong: `Hà Nội, ngày 30 tháng 02 năm 2021`

    Right: `Hà Nội, ngày 28 tháng 02 năm 2021`
    """

    code = "DT007"
    name = "date-impossible"
    component = "place_date"
    locator = _DATE_LOCATOR
    message = "{where}: «{found}» is not a date"
    message_vi = "{where}: «{found}» không phải là ngày có thật"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        parts = _date_parts(ctx)
        if isinstance(parts, Outcome):
            yield parts
            return
        line, place = parts
        day, month, year = (DateLine.value(v) for v in (line.day, line.month, line.year))
        if day is None and month is None:
            yield self.skip("the day and month are left blank (a draft)")
            return
        found = f"ngày {line.day or '…'} tháng {line.month or '…'} năm {line.year or '…'}"
        try:
            # A leap year stands in for a blank year, so 29/02 passes then.
            date(year if year and year > 0 else 2000, month or 1, day or 1)
        except ValueError:
            yield self.fail(place, found, "a real date")
            return
        yield self.ok(place)


class DateLineMissing(Rule):
    """An administrative document has a place-and-date line.

    Địa danh và thời gian ban hành (ô 4) is one of the main components (Phụ lục I, Phần I,
    Mục II, khoản 4); a draft prints the line with the day and month left blank. A biên
    bản is not judged: its sample (Phụ lục III, Mẫu 1.9) prints no such line, the time
    standing in its first line (``Thời gian bắt đầu: …``).

    Wrong: a header with no "…, ngày … tháng … năm …" line under the Tiêu ngữ

    Right: `Kon Tum, ngày 01 tháng 10 năm 2021` (or `Kon Tum, ngày   tháng   năm 2021`)
    """

    code = "DT008"
    name = "date-line-missing"
    component = "place_date"
    locator = _DATE_LINE_LOCATOR
    message = "{where}: no place-and-date line found; expected {expected}"
    message_vi = "{where}: không có dòng địa danh và thời gian ban hành; quy định {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        if not governed(ctx):
            yield self.skip("not an administrative document of a known type")
            return
        from vnadmin_docs.validate.rules.forms import FORMS_WITHOUT_DATE_LINE, form_key

        if form_key(ctx) in FORMS_WITHOUT_DATE_LINE:
            yield self.skip("the form prints no place-and-date line (Phụ lục III, Mẫu 1.9)")
            return
        line = date_line(ctx)
        found = line.paragraph if line is not None else _digit_date(ctx)
        if found is not None:
            yield self.ok(where(found, "Địa danh, ngày tháng"))
        else:
            anchor = ctx.layout.national_motto or ctx.layout.national_name
            yield self.fail(where(anchor, "under the Tiêu ngữ"), "no date line",
                            "«<place>, ngày … tháng … năm …»")  # fmt: skip


class YearNotFourDigits(Rule):
    """The year is written with four digits.

    The date is written in full (Phụ lục I, Phần I, Mục II, khoản 4.b); "năm 21" is not.

    Wrong: `Kon Tum, ngày 01 tháng 10 năm 21`

    Right: `Kon Tum, ngày 01 tháng 10 năm 2021`
    """

    code = "DT009"
    name = "year-not-four-digits"
    component = "place_date"
    locator = _DATE_LOCATOR
    message = "{where}: the year «{found}» is not written in full ({expected})"
    message_vi = "{where}: năm «{found}» không viết đầy đủ ({expected})"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        parts = _date_parts(ctx)
        if isinstance(parts, Outcome):
            yield parts
            return
        line, place = parts
        if not line.year:
            yield self.skip("the year is left blank (a draft)")
            return
        if len(line.year) == 4:
            yield self.ok(place)
        else:
            yield self.fail(place, line.year, "four digits")


_PARTS_VI = {"day": "ngày", "month": "tháng", "year": "năm"}


class DateLeftBlank(Rule):
    """The date of issue has its day, month and year written: a blank one marks a draft.

    A draft leaves the day (often the month) of the place-and-date line blank for Văn thư
    to fill in on the day the document is issued (Phụ lục I, Phần I, Mục II, khoản 4.b);
    a document whose date still has a blank is a draft (dự thảo), not an issued document.
    The parts that are written are judged by the other date rules (a month 1 or 2 written
    without its zero, …) and still choose the standard by what they say.

    Wrong: `Kon Tum, ngày      tháng 4 năm 2026` (a draft, the day left blank)

    Right: `Kon Tum, ngày 15 tháng 4 năm 2026`
    """

    code = "DT010"
    name = "date-left-blank"
    severity = Severity.WARNING
    component = "place_date"
    locator = _DATE_LOCATOR
    message = "{where}: «{found}» has the {expected} left blank: a draft; Văn thư " \
        "writes the date when the document is issued"  # fmt: skip
    message_vi = "{where}: «{found}»: chưa ghi {expected}, văn bản còn là dự thảo; văn thư " \
        "ghi ngày tháng khi ban hành văn bản"  # fmt: skip

    def check(self, ctx: Context) -> Iterator[Outcome]:
        parts = _date_parts(ctx)
        if isinstance(parts, Outcome):
            yield parts
            return
        line, place = parts
        tokens = {"day": line.day, "month": line.month, "year": line.year}
        blank = [name for name, token in tokens.items() if not token]
        if not blank:
            yield self.ok(place)
            return
        found = " ".join(f"{_PARTS_VI[name]} {token or '…'}" for name, token in tokens.items())
        expected = " and ".join(blank)
        expected_vi = " và ".join(_PARTS_VI[name] for name in blank)
        yield self.fail(place, found, expected, vi=("", found, expected_vi))
