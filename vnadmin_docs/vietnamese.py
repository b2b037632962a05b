"""Vietnamese text helpers: NFC (TCVN 6909:2001), upper-casing, tone placement, dates, numbers.

Every date and number the library prints goes through this module, so the rules of
Decree 30/2020 (Phụ lục I, Phần I, Mục II, khoản 3.c and 4.b) live in one place:

>>> from datetime import date, datetime
>>> format_place_date("Kon Tum", date(2018, 10, 1))
'Kon Tum, ngày 01 tháng 10 năm 2018'
>>> format_place_date("Hà Nội", date(2020, 3, 5))
'Hà Nội, ngày 05 tháng 3 năm 2020'
>>> format_place_date("Hà Nội", date(2021, 2, 9))
'Hà Nội, ngày 09 tháng 02 năm 2021'
>>> parse_issue_date("Kon Tum, ngày      tháng 4 năm 2026")
PartialDate(year=2026, month=4, day=None)
>>> format_number(1234567.5)
'1.234.567,5'
>>> upper("Ủy ban nhân dân tỉnh Kon Tum")
'ỦY BAN NHÂN DÂN TỈNH KON TUM'
>>> same_words("CỘNG HÒA", "CỘNG HOÀ")
True
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from babel.dates import format_date as _babel_format_date
from babel.numbers import format_decimal as _babel_format_decimal

if TYPE_CHECKING:
    from vnadmin_docs.models.components import PartialDate

__all__ = [
    "LOCALE",
    "bounded_int",
    "format_date",
    "format_number",
    "format_place_date",
    "format_serial",
    "format_short_date",
    "format_signing_time",
    "format_time_date",
    "is_nfc",
    "lower",
    "nfc",
    "parse_date",
    "parse_issue_date",
    "parse_time_date",
    "same_words",
    "tone_insensitive_key",
    "upper",
    "weekday",
]

LOCALE = "vi_VN"
"""The CLDR locale used for numbers (babel)."""


def _padding() -> tuple[int, tuple[int, ...]]:
    """The leading-zero rule, read from the standard's table (the same in both standards).

    "Đối với những số chỉ ngày nhỏ hơn 10 và tháng 1, 2 phải ghi thêm số 0 ở trước".
    """
    from vnadmin_docs.standards import get

    table = get()
    return table.zero_pad_below, table.zero_padded_months


# The five Vietnamese tone marks as combining characters (dấu huyền, sắc, ngã, hỏi, nặng).
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC, the precomposed form of TCVN 6909:2001 (dựng sẵn).

    >>> nfc("Hoa\u0300") == "Hoà"
    True
    """
    return unicodedata.normalize("NFC", text)


def is_nfc(text: str) -> bool:
    """Tell whether ``text`` is already NFC (not "Unicode tổ hợp", the NFD form)."""
    return unicodedata.is_normalized("NFC", text)


def upper(text: str) -> str:
    """Upper-case Vietnamese text correctly (chữ in hoa), whatever its normal form.

    >>> upper("đường kẻ ngang ươn ướt")
    'ĐƯỜNG KẺ NGANG ƯƠN ƯỚT'
    """
    return nfc(nfc(text).upper())


def lower(text: str) -> str:
    """Lower-case Vietnamese text correctly (chữ thường), whatever its normal form."""
    return nfc(nfc(text).lower())


def _word_key(word: str) -> str:
    tones = "".join(ch for ch in word if ch in _TONE_MARKS)
    base = "".join(ch for ch in word if ch not in _TONE_MARKS)
    return base + tones


def tone_insensitive_key(text: str) -> str:
    """Return a key equal for spellings that differ only in tone placement (vị trí dấu thanh).

    Old style ("hòa", "thủy") and new style ("hoà", "thuỷ") place the tone mark on different
    vowels of the same syllable; both spellings are in use, and Decree 30's own sample table
    writes "CỘNG HOÀ" where its text says "CỘNG HÒA". The key moves each syllable's tone to
    the syllable's end, folds case and whitespace, and keeps the tone itself, so "hòa" and
    "hoà" match while "hòa" and "hóa" do not.

    >>> tone_insensitive_key("Thủy") == tone_insensitive_key("THUỶ")
    True
    >>> tone_insensitive_key("hòa") == tone_insensitive_key("hóa")
    False
    """
    decomposed = unicodedata.normalize("NFD", text).casefold()
    words: list[str] = []
    current: list[str] = []
    for ch in decomposed:
        if ch.isalnum() or unicodedata.category(ch).startswith("M"):
            current.append(ch)
            continue
        if current:
            words.append(_word_key("".join(current)))
            current = []
        if not ch.isspace():
            words.append(ch)
    if current:
        words.append(_word_key("".join(current)))
    return nfc(" ".join(words))


def same_words(first: str, second: str) -> bool:
    """Tell whether two texts are the same words, ignoring case, spacing and tone placement."""
    return tone_insensitive_key(first) == tone_insensitive_key(second)


def format_serial(number: int) -> str:
    """Format a document's serial number (số): a leading zero below 10, nothing else.

    >>> format_serial(5), format_serial(12), format_serial(2452)
    ('05', '12', '2452')
    """
    below, _ = _padding()
    return f"{number:02d}" if number < below else str(number)


BLANK = " " * 4
"""What stands for a part of the date left blank (để trống), between its words: a draft's
``ngày      tháng 4 năm 2026`` is ``ngày``, a space, the blank, a space, ``tháng``."""


def _day(day: int | None) -> str:
    below, _ = _padding()
    return BLANK if day is None else f"{day:02d}" if day < below else str(day)


def _month(month: int | None) -> str:
    _, months = _padding()
    return BLANK if month is None else f"{month:02d}" if month in months else str(month)


def format_date(value: date | PartialDate) -> str:
    """Format a date as Decree 30 writes it (thời gian ban hành): ``ngày DD tháng M năm YYYY``.

    Days below 10 and the months 1 and 2 take a leading zero; months 3 to 12 do not. The
    rule is not CLDR's, so the pattern is chosen per date and babel fills it in. A partial
    date (:class:`~vnadmin_docs.models.components.PartialDate`) prints its known parts by the
    same rule and :data:`BLANK` for each part left blank, as a draft leaves it for Văn thư.

    >>> format_date(date(2019, 6, 29))
    'ngày 29 tháng 6 năm 2019'
    >>> format_date(date(2020, 1, 5))
    'ngày 05 tháng 01 năm 2020'
    >>> from vnadmin_docs.models.components import PartialDate
    >>> format_date(PartialDate(year=2026, month=2))
    'ngày      tháng 02 năm 2026'
    """
    if not isinstance(value, date):
        return f"ngày {_day(value.day)} tháng {_month(value.month)} năm {value.year:04d}"
    below, months = _padding()
    day = "dd" if value.day < below else "d"
    month = "MM" if value.month in months else "M"
    pattern = f"'ngày' {day} 'tháng' {month} 'năm' yyyy"
    return nfc(_babel_format_date(value, pattern, locale=LOCALE))


def format_short_date(value: date | PartialDate) -> str:
    """A date in digits, as a report cites it (``dd/mm/yyyy``); a partial date by its parts.

    >>> from vnadmin_docs.models.components import PartialDate
    >>> format_short_date(date(2011, 3, 5)), format_short_date(PartialDate(year=2011, month=3))
    ('05/03/2011', '03/2011')
    >>> format_short_date(PartialDate(year=2020)), format_short_date(PartialDate(year=2020, day=9))
    ('2020', '09/…/2020')
    """
    if isinstance(value, date):
        return str(_babel_format_date(value, "dd/MM/yyyy", locale=LOCALE))
    year = f"{value.year:04d}"
    if value.day is not None:
        return f"{value.day:02d}/…/{year}"
    return year if value.month is None else f"{value.month:02d}/{year}"


_WRITTEN_DATE = re.compile(
    r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})(?!\d)", re.IGNORECASE
)
"""A written date; the year is four digits and no more (not the start of a longer number)."""


def parse_date(text: str) -> date | None:
    """Read the date out of a written date line, however its day and month are padded.

    The inverse of :func:`format_date`: ``None`` when the line has no complete date (a draft
    with blanks) or names a day the calendar does not have.

    >>> parse_date("Kon Tum, ngày 01 tháng 10 năm 2018")
    datetime.date(2018, 10, 1)
    >>> parse_date("Hà Nội, ngày      tháng      năm") is None
    True
    """
    match = _WRITTEN_DATE.search(text)
    if match is None:
        return None
    day, month, year = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


_ISSUE_DATE = re.compile(
    r"\bngày[\s._…]*(?:(?P<day>[0-9]{1,2})(?![0-9])[\s._…]*)?"
    r"tháng[\s._…]*(?:(?P<month>[0-9]{1,2})(?![0-9])[\s._…]*)?"
    r"năm[\s._…]*(?:(?P<year>[0-9]{4})(?![0-9]))?",
    re.IGNORECASE,
)
"""«ngày … tháng … năm …» with any part left blank (spaces, dots, ``…``, underscores). A blank
run and the digits after it share no character, so there is one way to match, and the runs
after different «ngày» do not overlap: linear time."""


def parse_issue_date(text: str) -> date | PartialDate | None:
    """Read the date of issue (thời gian ban hành) out of a place-and-date line, blanks and all.

    A complete date is a :class:`~datetime.date`; a draft's date with the day or month left
    blank is a :class:`~vnadmin_docs.models.components.PartialDate` that keeps what is
    written; ``None`` when the line has no year, or names a day or month the calendar does
    not have.

    >>> parse_issue_date("Hà Nội, ngày 05 tháng 3 năm 2020")
    datetime.date(2020, 3, 5)
    >>> parse_issue_date("Hưng Yên, ngày … tháng … năm 2021")
    PartialDate(year=2021, month=None, day=None)
    >>> parse_issue_date("Hà Nội, ngày      tháng      năm") is None
    True
    """
    from vnadmin_docs.models.components import PartialDate

    match = _ISSUE_DATE.search(nfc(text))
    if match is None or match["year"] is None:
        return None
    year = int(match["year"])
    month = None if match["month"] is None else int(match["month"])
    day = None if match["day"] is None else int(match["day"])
    if year == 0 or not 1 <= (month or 1) <= 12 or not 1 <= (day or 1) <= 31:
        return None
    try:
        if month is not None and day is not None:
            return date(year, month, day)
        return PartialDate(year=year, month=month, day=day)
    except ValueError:  # 30/02, or ngày 31 of a month of 30 days
        return None


def format_place_date(place: str, value: date | PartialDate | None) -> str:
    """Format the place-and-date line (địa danh và thời gian ban hành, ô 4).

    A document not yet numbered and dated prints the blanks that Văn thư fills in by hand;
    a partial date prints its known parts and blanks for the others.

    >>> format_place_date("Kon Tum", None)
    'Kon Tum, ngày      tháng      năm      '
    >>> from vnadmin_docs.models.components import PartialDate
    >>> format_place_date("Kon Tum", PartialDate(year=2026, month=4))
    'Kon Tum, ngày      tháng 4 năm 2026'
    """
    if value is None:
        return f"{place}, ngày      tháng      năm      "
    return f"{place}, {format_date(value)}"


def weekday(value: date) -> str:
    """The day of the week as written inside a sentence (thứ trong tuần), through babel.

    >>> weekday(date(2026, 12, 15)), weekday(date(2026, 12, 13))
    ('thứ Ba', 'Chủ nhật')
    """
    name = nfc(_babel_format_date(value, "EEEE", locale=LOCALE))
    if name.startswith("Thứ "):
        return "thứ " + name[4:]
    return name[:1] + name[1:].lower()


def format_time_date(value: datetime, *, with_weekday: bool = True) -> str:
    """Format a moment as invitations and minutes write it (thời gian): hour, weekday, date.

    The hour and minute take two digits; the date follows :func:`format_date`.

    >>> format_time_date(datetime(2026, 12, 15, 8, 0))
    '08 giờ 00, thứ Ba, ngày 15 tháng 12 năm 2026'
    >>> format_time_date(datetime(2026, 1, 5, 14, 30), with_weekday=False)
    '14 giờ 30, ngày 05 tháng 01 năm 2026'
    """
    day = format_date(value.date())
    hour = f"{value.hour:02d} giờ {value.minute:02d}"
    if with_weekday:
        return f"{hour}, {weekday(value.date())}, {day}"
    return f"{hour}, {day}"


_TIME_DATE = re.compile(
    r"(\d{1,2}) ?(?:giờ|h|:) ?(\d{1,2})?(?: ?phút)?[^\d]{0,30}?"
    r"ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})(?!\d)",
    re.IGNORECASE,
)  # on text with white space collapsed; bounded, so a hostile line costs linear time
_NUMERIC_TIME_DATE = re.compile(
    r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})[ T](\d{1,2})[:hg](\d{2})(?::\d{2})?"
)


def parse_time_date(text: str) -> datetime | None:
    """Read a moment back from :func:`format_time_date`'s form or ``dd/mm/yyyy hh:mm``.

    ``None`` when the text holds no complete moment (or one the calendar does not have).

    >>> parse_time_date("08 giờ 00, thứ Ba, ngày 15 tháng 12 năm 2026")
    datetime.datetime(2026, 12, 15, 8, 0)
    >>> parse_time_date("15/12/2026 14:30")
    datetime.datetime(2026, 12, 15, 14, 30)
    """
    text = " ".join(text.split())
    numeric = _NUMERIC_TIME_DATE.fullmatch(text)
    if numeric is not None:
        day, month, year, hour, minute = (int(part) for part in numeric.groups())
    else:
        match = _TIME_DATE.search(text)
        if match is None:
            return None
        hour, minute = int(match[1]), int(match[2] or 0)
        day, month, year = int(match[3]), int(match[4]), int(match[5])
    try:
        return datetime(year, month, day, hour, minute)
    except ValueError:
        return None


def format_signing_time(value: datetime) -> str:
    """The time of a digital signature (thời gian ký số) as Decree 30 prints it.

    The date; the time and the Vietnamese time zone (ISO 8601 offset, ``+07:00`` when the
    time has none).

    >>> format_signing_time(datetime(2026, 12, 15, 8, 30, 5))
    '15/12/2026; 08:30:05 +07:00'
    """
    offset = value.strftime("%z") or "+0700"
    zone = f"{offset[:3]}:{offset[3:]}"
    day = _babel_format_date(value.date(), "dd/MM/yyyy", locale=LOCALE)
    return f"{day}; {value.hour:02d}:{value.minute:02d}:{value.second:02d} {zone}"


def format_number(value: int | float | Decimal) -> str:
    """Format a number the Vietnamese way through babel: ``.`` groups thousands, ``,`` decimals.

    >>> format_number(1234567)
    '1.234.567'
    """
    return str(_babel_format_decimal(value, locale=LOCALE))


def bounded_int(text: str, limit: int = 10**9) -> int | None:
    """A whole number (số) written in decimal digits, or ``None`` when it is not one.

    Numbers come from the file (a serial, a day, "Điều 5000000000", a list number) and may
    be absurd: this never raises (``int`` refuses more than 4,300 digits) and gives ``None``
    above ``limit``, so no rule loops or allocates by a number read from the file.

    >>> bounded_int("0042"), bounded_int("12a"), bounded_int("9" * 5000), bounded_int("")
    (42, None, None, None)
    """
    if not text.isdecimal():
        return None
    digits = text.lstrip("0") or "0"
    if len(digits) > len(str(limit)):
        return None
    value = int(digits)
    return value if value <= limit else None
