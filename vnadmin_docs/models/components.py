"""The components of a document's layout (thành phần thể thức, ô 1–14 of Decree 30/2020).

Each model keeps what a real document says: where a printed form differs from the form the
standard prescribes (``Số 2452/UBND - TH`` for ``Số: 2452/UBND-TH``), ``printed`` holds the
text as printed and the other fields hold the normalised value, so the validator can report
the deviation and a renderer can reproduce the original.
"""

from __future__ import annotations

import calendar
import re
from datetime import date as Date
from datetime import datetime as DateTime
from enum import Enum
from typing import Annotated, Any, ClassVar

from pydantic import (
    AfterValidator,
    BeforeValidator,
    Discriminator,
    Field,
    GetJsonSchemaHandler,
    PositiveInt,
    Tag,
    ValidationInfo,
    field_validator,
    model_serializer,
    model_validator,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema

from vnadmin_docs.models.base import VnModel
from vnadmin_docs.vietnamese import format_serial, parse_issue_date, same_words, upper

__all__ = [
    "Addressee",
    "Addressees",
    "Agency",
    "Authority",
    "Confidentiality",
    "Distribution",
    "DocumentNumber",
    "IssueDate",
    "Lines",
    "Marks",
    "ParentAgency",
    "PartialDate",
    "SignatureBlock",
    "TitleLine",
    "Urgency",
    "close_hyphens",
    "issue_date",
]


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _split_lines(value: Any) -> Any:
    if isinstance(value, str):
        value = value.splitlines()
    if isinstance(value, list | tuple):
        return tuple(_collapse(line) if isinstance(line, str) else line for line in value)
    return value


def _no_blank_lines(value: tuple[str, ...]) -> tuple[str, ...]:
    for number, line in enumerate(value, start=1):
        if not line:
            raise ValueError(f"line {number} is empty; every printed line must have text")
    return value


Lines = Annotated[
    tuple[str, ...],
    BeforeValidator(_split_lines),
    AfterValidator(_no_blank_lines),
    Field(min_length=1),
]
"""Text printed over one or more lines, each line as its author broke it.

Input may be a list of lines or one string with line breaks.
"""


def _one_line(value: Any) -> Any:
    return _collapse(value) if isinstance(value, str) else value


Text = Annotated[str, BeforeValidator(_one_line), Field(min_length=1)]
"""A non-empty single line of text, runs of white space collapsed to one space."""


# --------------------------------------------------------------------------- ô 2: agency


class ParentAgency(VnModel):
    """The directly superior agency (tên cơ quan, tổ chức chủ quản trực tiếp), ô 2, upper line."""

    vietnamese_keys: ClassVar[dict[str, str]] = {"ten": "name", "dong": "lines"}

    name: Text
    """Official name in normal case (tên cơ quan chủ quản), e.g. ``Bộ Nội vụ``."""
    lines: Lines | None = None
    """Header lines as printed, in capitals (may abbreviate common phrases: ``UBND TỈNH``)."""

    @model_validator(mode="before")
    @classmethod
    def _name_only(cls, data: Any) -> Any:
        return {"name": data} if isinstance(data, str) else data

    @property
    def header_lines(self) -> tuple[str, ...]:
        """The lines printed in the header: ``lines``, or the name in capitals on one line."""
        return self.lines if self.lines is not None else (upper(self.name),)

    @model_validator(mode="after")
    def _default_lines(self) -> ParentAgency:
        if self.lines == (upper(self.name),):
            object.__setattr__(self, "lines", None)  # the default, kept once
        return self


class Agency(VnModel):
    """The issuing agency (tên cơ quan, tổ chức ban hành văn bản), ô 2.

    ``name`` is the official name in normal case, as a sentence cites it ("Ủy ban nhân dân
    tỉnh Kon Tum", Phụ lục II); ``lines`` are the capitalised header lines as the author
    broke them (``ỦY BAN NHÂN DÂN`` / ``TỈNH KON TUM``: two bold lines of one name).
    """

    vietnamese_keys: ClassVar[dict[str, str]] = {
        "ten": "name",
        "dong": "lines",
        "co_quan_chu_quan": "parent",
        "viet_tat": "abbreviation",
        "dia_danh": "place",
        "ma_dinh_danh": "identifier",
        "lien_he": "contact",
    }

    name: Text
    """Official name in normal case (tên cơ quan, tổ chức ban hành)."""
    lines: Lines | None = None
    """Header lines as printed, in capitals (dòng tên cơ quan); default: the name on one line."""
    parent: ParentAgency | None = None
    """Directly superior agency (cơ quan chủ quản trực tiếp), printed above, not bold."""
    abbreviation: Annotated[str, Field(pattern=r"^[^\W_]+$")] | None = None
    """Abbreviation of the agency's name (chữ viết tắt tên cơ quan), e.g. ``UBND``."""
    place: Text
    """Place name of the seat (địa danh), printed before the date: ``Kon Tum``."""
    identifier: Annotated[str, Field(min_length=1, max_length=35)] | None = None
    """Electronic identifier (mã định danh điện tử), at most 35 characters (edXML 2022)."""
    contact: Lines | None = None
    """Address, telephone, e-mail, website (địa chỉ, thông tin liên hệ), ô 13."""

    @property
    def header_lines(self) -> tuple[str, ...]:
        """The lines printed in the header: ``lines``, or the name in capitals on one line."""
        return self.lines if self.lines is not None else (upper(self.name),)

    @model_validator(mode="after")
    def _default_lines(self) -> Agency:
        if self.lines == (upper(self.name),):
            object.__setattr__(self, "lines", None)  # the default, kept once
        return self


# --------------------------------------------------------------------------- ô 3: number

_NUMBER_LINE = re.compile(
    r"^\s*(?:(?P<label>S[ốố](?:\s*:)?)\s*)?(?:(?P<serial>\d{1,9})(?!\d)\s*)?/\s*(?P<notation>.*)$",
)
r"""``Số: 05/QĐ-UBND``. No two white-space runs stand side by side, and the notation is taken
whole and stripped after (a lazy ``.*?\s*$`` would rescan a run of spaces from each end)."""
def close_hyphens(text: str) -> str:
    r"""``UBND - TH`` → ``UBND-TH``: the spaces around each hyphen of a ký hiệu taken out.

    Split and joined rather than ``re.sub(r"\s*-\s*", …)``, which rescans a long run of
    spaces from each of its positions.
    """
    return "-".join(part.strip() for part in text.strip().split("-"))


_NOTATION = re.compile(r"^[^\W_]+(?:-[^\W_]+)*$")


class DocumentNumber(VnModel):
    """The document's number and notation (số, ký hiệu của văn bản), ô 3.

    Input may be a mapping or one string. A string with the label (``Số: 05/QĐ-UBND``,
    ``Số 2452/UBND - TH``) is a printed line: its value is normalised and, where the line
    differs from the prescribed form, the line is kept in ``printed``. A string without
    the label (``2452/UBND-TH``) is a value.

    >>> number = DocumentNumber.model_validate("Số 2452/UBND - TH")
    >>> number.value, number.printed, number.line
    ('2452/UBND-TH', 'Số 2452/UBND - TH', 'Số: 2452/UBND-TH')
    >>> DocumentNumber.model_validate("5/QĐ-UBND").line
    'Số: 05/QĐ-UBND'
    >>> DocumentNumber.model_validate("Số:   /UBND-VP").serial is None
    True
    """

    vietnamese_keys: ClassVar[dict[str, str]] = {"so": "serial", "ky_hieu": "notation"}

    serial: PositiveInt | None = None
    """Serial number (số), from 01 each year; ``None`` before Văn thư numbers the document."""
    notation: str
    """Notation (ký hiệu): abbreviation groups joined by ``-`` without spaces (``UBND-TH``)."""
    printed: str | None = None
    """The line exactly as printed (dòng in trên văn bản), kept only when it differs."""

    @model_validator(mode="before")
    @classmethod
    def _parse_string(cls, data: Any) -> Any:
        if not isinstance(data, str):
            return data
        match = _NUMBER_LINE.match(data)
        if match is None:
            raise ValueError(
                f"cannot read a document number (số, ký hiệu) from {data!r}: expected "
                "'<number>/<notation>' such as '05/QĐ-UBND', optionally after 'Số:'"
            )
        serial = match["serial"]
        if serial is not None and int(serial) == 0:
            raise ValueError("the serial number (số) starts at 01; 0 is not a number")
        notation = close_hyphens(match["notation"])
        parsed: dict[str, Any] = {
            "serial": None if serial is None else int(serial),
            "notation": notation,
        }
        if match["label"] is not None:
            printed = _collapse(data)
            serial_text = "" if serial is None else format_serial(int(serial))
            if printed != _collapse(f"Số: {serial_text}/{notation}"):
                parsed["printed"] = data.strip()
        return parsed

    @field_validator("notation")
    @classmethod
    def _check_notation(cls, value: str) -> str:
        if any(ch.isspace() for ch in value):
            raise ValueError(
                f"the notation (ký hiệu) {value!r} contains spaces; groups are joined by '-' "
                "with no spaces (Decree 30/2020, Phụ lục I, Phần I, Mục II, khoản 3.c)"
            )
        if not _NOTATION.match(value):
            raise ValueError(
                f"the notation (ký hiệu) {value!r} must be letters and digits in groups "
                "joined by '-', e.g. 'UBND-TH' or 'QĐ-UBND'"
            )
        return value

    @property
    def groups(self) -> tuple[str, ...]:
        """The abbreviation groups of the notation: ``("UBND", "TH")``."""
        return tuple(self.notation.split("-"))

    @property
    def value(self) -> str:
        """Number and notation as cited in text: ``2452/UBND-TH``, ``05/QĐ-UBND``."""
        serial = "" if self.serial is None else format_serial(self.serial)
        return f"{serial}/{self.notation}"

    @property
    def line(self) -> str:
        """The line as the standard prescribes it: ``Số: 2452/UBND-TH``."""
        if self.serial is None:
            return f"Số:      /{self.notation}"
        return f"Số: {self.value}"

    @property
    def text(self) -> str:
        """The line as the document prints it: :attr:`printed` if kept, else :attr:`line`."""
        return self.printed if self.printed is not None else self.line


# --------------------------------------------------------------------------- ô 4: date

_YEAR_ONLY = re.compile(r"^(?P<year>[0-9]{4})$")
_EDTF = re.compile(
    r"^(?P<year>[0-9]{4})-(?P<month>[0-9]{1,2}|XX)(?:-(?P<day>[0-9]{1,2}|XX))?$", re.IGNORECASE
)
"""``2026-04`` (ISO 8601 reduced precision), ``2026-XX-15`` and ``2026-04-XX`` (EDTF, ISO
8601-2: ``X`` for an unspecified digit)."""
_MONTH_YEAR = re.compile(r"^(?P<month>[0-9]{1,2})\s*[/.-]\s*(?P<year>[0-9]{4})$")
"""``04/2026``, as Vietnamese writers give a month."""
_PARTIAL_FORMS = "'2026', '2026-04', '04/2026', '2026-XX-15' or 'ngày    tháng 4 năm 2026'"


def _number_or_blank(text: str | None) -> int | None:
    return None if text is None or text.upper() == "XX" else int(text)


def _partial_fields(text: str) -> dict[str, Any] | Date | None:
    """The parts of a partial date written as text (ngày tháng năm chưa đầy đủ).

    A date when all three parts are written; ``None`` when the text is no form of a date.
    """
    text = text.strip()
    for pattern in (_YEAR_ONLY, _EDTF, _MONTH_YEAR):
        match = pattern.match(text)
        if match is not None:
            groups = match.groupdict()
            year = int(groups["year"])
            month = _number_or_blank(groups.get("month"))
            day = _number_or_blank(groups.get("day"))
            if month is not None and day is not None:
                try:
                    return Date(year, month, day)
                except ValueError as error:
                    raise ValueError(f"{text!r} is not a date of the calendar ({error})") from None
            return {"year": year, "month": month, "day": day}
    if "năm" in text.casefold():
        found = parse_issue_date(text)
        if isinstance(found, Date):
            return found
        if found is not None:
            return {"year": found.year, "month": found.month, "day": found.day}
        raise ValueError(
            f"no year (năm) in {text!r}: a date of issue left blank keeps at least its year, "
            f"e.g. {_PARTIAL_FORMS}; leave the date out (None) when the year is blank too"
        )
    return None


class PartialDate(VnModel):
    """A date of issue with blanks (ngày tháng năm chưa đầy đủ): the year, maybe the month.

    A draft leaves the day, often the month too, for Văn thư to fill in when the document
    is issued: ``Kon Tum, ngày      tháng 4 năm 2026``. The model keeps what the document
    says: the year always, the month and the day when written. A date with all three is a
    :class:`datetime.date`, never a partial date.

    Input may be a mapping (``{"year": 2026, "month": 4}``, or ``nam``, ``thang``,
    ``ngay``), a year (``2026``), or text: ``"2026-04"`` (ISO 8601 reduced precision),
    ``"2026"``, ``"04/2026"``, ``"2026-XX-15"`` (EDTF, a day without its month), or the
    printed line ``"ngày    tháng 4 năm 2026"``. JSON and YAML write it as that ISO/EDTF
    text (:meth:`isoformat`).

    >>> draft = PartialDate.model_validate("Kon Tum, ngày      tháng 4 năm 2026")
    >>> draft.year, draft.month, draft.day, draft.isoformat()
    (2026, 4, None, '2026-04')
    >>> draft.earliest, draft.latest
    (datetime.date(2026, 4, 1), datetime.date(2026, 4, 30))
    """

    vietnamese_keys: ClassVar[dict[str, str]] = {"nam": "year", "thang": "month", "ngay": "day"}

    year: Annotated[int, Field(ge=1, le=9999)]
    """The year (năm), always written, even in a draft."""
    month: Annotated[int, Field(ge=1, le=12)] | None = None
    """The month (tháng), ``None`` when left blank."""
    day: Annotated[int, Field(ge=1, le=31)] | None = None
    """The day (ngày), ``None`` when left blank."""

    @model_validator(mode="before")
    @classmethod
    def _parse(cls, data: Any) -> Any:
        if isinstance(data, int) and not isinstance(data, bool):
            return {"year": data}
        if not isinstance(data, str):
            return data
        parts = _partial_fields(data)
        if parts is None:
            raise ValueError(f"cannot read a partial date from {data!r}; expected {_PARTIAL_FORMS}")
        if isinstance(parts, Date):
            raise ValueError(
                f"{data.strip()!r} is a complete date ({parts.isoformat()}): give it as a date, "
                "not a partial date (ngày tháng năm chưa đầy đủ)"
            )
        return parts

    @field_validator("day")
    @classmethod
    def _day_of_month(cls, value: int | None, info: ValidationInfo) -> int | None:
        month, year = info.data.get("month"), info.data.get("year")
        if value is None or month is None or year is None:
            return value
        last = calendar.monthrange(year, month)[1]
        if value > last:
            raise ValueError(
                f"ngày {value} is not a day of tháng {month} năm {year}, which has {last} days"
            )
        return value

    @model_validator(mode="after")
    def _partial(self) -> PartialDate:
        if self.month is not None and self.day is not None:
            raise ValueError(
                f"day and month are both given ({self.year:04d}-{self.month:02d}-"
                f"{self.day:02d}): a complete date is a "
                "date, not a partial date (ngày tháng năm chưa đầy đủ); leave the day or the "
                "month out (None) where the document leaves it blank"
            )
        return self

    @model_serializer(mode="plain", when_used="json")
    def _as_text(self) -> str:
        return self.isoformat()

    @classmethod
    def __get_pydantic_json_schema__(
        cls, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        if handler.mode == "serialization":
            return {"type": "string", "pattern": _ISO_PARTIAL}
        mapping = handler(core_schema)
        return {
            "title": "PartialDate",
            "description": (
                "A date of issue with blanks (ngày tháng năm chưa đầy đủ): the year, and the "
                "month or the day when written. Text: '2026-04', '2026', '04/2026', "
                "'2026-XX-15' (EDTF) or the printed line 'ngày    tháng 4 năm 2026'."
            ),
            "anyOf": [
                {"type": "string", "pattern": _PARTIAL_PATTERN, "examples": ["2026-04", "2026"]},
                {"type": "integer", "minimum": 1, "maximum": 9999},
                mapping,
            ],
        }

    @property
    def blanks(self) -> tuple[str, ...]:
        """The parts left blank, ``("day",)`` or ``("day", "month")`` or ``("month",)``."""
        return tuple(name for name in ("day", "month") if getattr(self, name) is None)

    @property
    def earliest(self) -> Date:
        """The first calendar day the date may mean (January has every day of a month)."""
        return Date(self.year, self.month or 1, self.day or 1)

    @property
    def latest(self) -> Date:
        """The last calendar day the date may mean (December has every day of a month)."""
        if self.month is None:
            return Date(self.year, 12, self.day or 31)
        return Date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])

    def isoformat(self) -> str:
        """``2026-04``, ``2026`` (ISO 8601 reduced precision) or ``2026-XX-15`` (EDTF)."""
        if self.month is None and self.day is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-XX-{self.day:02d}"

    def __str__(self) -> str:
        return self.isoformat()


_ISO_PARTIAL = r"^[0-9]{4}(-[0-9]{2}(-XX)?|-XX(-[0-9]{2}|-XX)?)?$"
"""The partial date as JSON and YAML write it (ISO 8601 reduced precision, EDTF)."""
_PARTIAL_PATTERN = rf"{_ISO_PARTIAL}|^[0-9]{{1,2}}/[0-9]{{4}}$|năm\s*[0-9]{{4}}"
"""Every text form accepted on input."""


def issue_date(value: Any) -> Any:
    """Read a date of issue (thời gian ban hành): a date, a partial date, or ``None``.

    For the ``date`` fields of documents and copies. Text may be ``dd/mm/yyyy`` or ISO
    ``yyyy-mm-dd`` (a date), a partial form (:class:`PartialDate`), or the printed line
    (``Kon Tum, ngày 01 tháng 10 năm 2018``, ``…, ngày    tháng 4 năm 2026``); a year alone
    or a mapping of ``year``, ``month``, ``day`` is a partial date unless all three are
    given. A partial date is returned as the mapping of its parts, for the field to
    validate (so an error names the part). Text that is no form of a date is refused here,
    naming the forms; other values are left for the field to refuse.

    >>> issue_date("01/10/2018"), issue_date("2026-04"), issue_date("2026-04-05")
    (datetime.date(2018, 10, 1), {'year': 2026, 'month': 4, 'day': None}, '2026-04-05')
    """
    if isinstance(value, DateTime):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return {"year": value}
    if isinstance(value, dict):
        parts = {PartialDate.vietnamese_keys.get(str(k), k): v for k, v in value.items()}
        if set(parts) == {"year", "month", "day"} and None not in parts.values():
            try:
                return Date(int(parts["year"]), int(parts["month"]), int(parts["day"]))
            except (TypeError, ValueError) as error:
                raise ValueError(f"{value!r} is not a date of the calendar ({error})") from None
        return value
    if not isinstance(value, str):
        return value
    text = value.strip()
    match = _DMY.fullmatch(text)
    if match is not None:
        day, month, year = (int(part) for part in match.groups())
        try:
            return Date(year, month, day)
        except ValueError as error:
            raise ValueError(f"{text!r} is not a date of the calendar ({error})") from None
    if _ISO_DAY.match(text):
        return text  # pydantic reads an ISO date (or a date and time at midnight)
    found = _partial_fields(text)
    if found is None:
        raise ValueError(
            f"cannot read a date of issue (thời gian ban hành) from {text!r}; expected a date "
            f"('2026-04-15', '15/04/2026') or a partial date ({_PARTIAL_FORMS})"
        )
    return found


_DMY = re.compile(r"([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})")
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _date_kind(value: Any) -> str:
    """Which member of :data:`IssueDate` a value (as :func:`issue_date` leaves it) is for."""
    return "partial" if isinstance(value, PartialDate | dict | int) else "date"


class _EitherInSchema:
    """JSON Schema: a date *or* a partial date (``anyOf``), not exactly one (``oneOf``).

    A validator that does not check ``format: date`` would find ``2026-04`` both a string
    and a partial date, and ``oneOf`` would refuse it.
    """

    @staticmethod
    def __get_pydantic_json_schema__(
        core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        schema = handler(core_schema)
        if "oneOf" in schema:
            schema["anyOf"] = schema.pop("oneOf")
        return schema


IssueDate = Annotated[
    Annotated[Date, Tag("date")] | Annotated[PartialDate, Tag("partial")],
    Discriminator(_date_kind),
    BeforeValidator(issue_date),
    _EitherInSchema(),
]
"""A date of issue (thời gian ban hành): a date, or a :class:`PartialDate` for a draft's date
with blanks. Input as :func:`issue_date` reads it; an error names the member it was read as
(``date.partial.month``)."""


# --------------------------------------------------------------------------- ô 7: signature


class Authority(str, Enum):
    """Signing authority prefix (quyền hạn ký).

    Decree 30/2020, Phụ lục I, Phần I, Mục II, khoản 7.b.
    """

    TM = "TM."
    """Thay mặt: on behalf of a collective body (``TM. ỦY BAN NHÂN DÂN``)."""
    KT = "KT."
    """Ký thay: a deputy signs for the head (``KT. CHỦ TỊCH``)."""
    TL = "TL."
    """Thừa lệnh: the head of a unit signs by order of the head."""
    TUQ = "TUQ."
    """Thừa ủy quyền: signed under a written delegation."""
    Q = "Q."
    """Quyền: the acting head (``Q. GIÁM ĐỐC``)."""


# Prefixes as printed in real documents, including pre-2011 forms, to their authority.
_AUTHORITY_SPELLINGS: dict[str, Authority] = {
    "TM": Authority.TM,
    "T/M": Authority.TM,
    "KT": Authority.KT,
    "K/T": Authority.KT,
    "K": Authority.KT,
    "TL": Authority.TL,
    "T/L": Authority.TL,
    "TUQ": Authority.TUQ,
    "Q": Authority.Q,
}
_PREFIX = re.compile(r"^(?P<prefix>[A-ZĐ]{1,4}(?:/[A-ZĐ])?)(?P<dot>\.?)\s+(?P<title>\S.*)$")


class TitleLine(VnModel):
    """One line of the signer's titles (quyền hạn, chức vụ của người ký), ô 7a/7b.

    A string is read as printed: ``TM. ỦY BAN NHÂN DÂN`` gives authority ``TM.`` and title
    ``ỦY BAN NHÂN DÂN``; a variant prefix such as ``K.`` or ``K/T`` is read as ``KT.`` and
    the line is kept in ``printed``.

    >>> line = TitleLine.model_validate("K. CHỦ TỊCH")
    >>> line.authority, line.title, line.text
    (<Authority.KT: 'KT.'>, 'CHỦ TỊCH', 'K. CHỦ TỊCH')
    """

    vietnamese_keys: ClassVar[dict[str, str]] = {"quyen_han": "authority", "chuc_vu": "title"}

    authority: Authority | None = None
    """Authority prefix (quyền hạn ký): TM., KT., TL., TUQ., Q., or none."""
    title: Text
    """Position or collective body, in capitals (chức vụ / tên tập thể lãnh đạo)."""
    printed: str | None = None
    """The line exactly as printed (dòng in trên văn bản), kept only when it differs."""

    @model_validator(mode="before")
    @classmethod
    def _parse_string(cls, data: Any) -> Any:
        if not isinstance(data, str):
            return data
        line = _collapse(data)
        match = _PREFIX.match(line)
        if match is None:
            return {"title": line}
        spelling = match["prefix"]
        authority = _AUTHORITY_SPELLINGS.get(spelling)
        if authority is None:
            if not match["dot"]:
                return {"title": line}  # an ordinary first word, e.g. "PHÓ CHỦ TỊCH"
            known = ", ".join(a.value for a in Authority)
            raise ValueError(
                f"unknown authority prefix (quyền hạn ký) {spelling + '.'!r} in {line!r}; "
                f"expected one of {known} (Decree 30/2020, Phụ lục I, Phần I, Mục II, khoản 7.b)"
            )
        if not match["dot"] and "/" not in spelling:
            return {"title": line}
        parsed: dict[str, Any] = {"authority": authority, "title": match["title"]}
        if line != f"{authority.value} {match['title']}":
            parsed["printed"] = line
        return parsed

    @property
    def line(self) -> str:
        """The line as prescribed: the authority prefix, a space, the title."""
        return self.title if self.authority is None else f"{self.authority.value} {self.title}"

    @property
    def text(self) -> str:
        """The line as the document prints it."""
        return self.printed if self.printed is not None else self.line


class SignatureBlock(VnModel):
    """The signature block (chức vụ, họ tên và chữ ký của người có thẩm quyền), ô 7a–7c, 8.

    ``lines`` hold each title line as the author broke them; the seed's three-line form is
    ``TM. ỦY BAN NHÂN DÂN`` / ``K. CHỦ TỊCH`` / ``PHÓ CHỦ TỊCH``.
    """

    vietnamese_keys: ClassVar[dict[str, str]] = {
        "dong": "lines",
        "nguoi_ky": "signer",
        "dau": "seal",
        "chu_ky_so": "digital_signature",
    }

    lines: Annotated[tuple[TitleLine, ...], Field(min_length=1)]
    """Title lines (quyền hạn và chức vụ), top to bottom."""
    signer: Text
    """Full name of the signer (họ và tên người ký), without degrees or honours."""
    seal: bool = True
    """Whether the agency's seal (dấu) is applied over the signature."""
    digital_signature: bool = False
    """Whether the document is signed digitally (chữ ký số) instead of on paper."""

    @field_validator("lines", mode="before")
    @classmethod
    def _split(cls, value: Any) -> Any:
        return _split_lines(value)

    @property
    def authorities(self) -> tuple[Authority, ...]:
        """The authority prefixes of the lines, top to bottom."""
        return tuple(line.authority for line in self.lines if line.authority is not None)


# --------------------------------------------------------------------------- ô 9: recipients

_ADDRESSEE = re.compile(
    r"^\s*(?:[-–+•]\s*)?(?P<name>.*?)(?:\s*\((?P<purpose>[^()]*)\))?\s*(?P<end>[;.,]?)\s*$",
    re.DOTALL,
)


class Addressee(VnModel):
    """One recipient line (nơi nhận), in ``Kính gửi`` (ô 9a) or under ``Nơi nhận`` (ô 9b).

    A string is read as printed: a leading dash is dropped, a final ``(b/c)`` becomes the
    purpose, and final punctuation is kept in ``punctuation`` (when absent, the renderer
    adds the prescribed ``;`` or ``.``).

    >>> Addressee.model_validate("- Thường trực Tỉnh ủy (b/c);").purpose
    'b/c'
    """

    vietnamese_keys: ClassVar[dict[str, str]] = {"ten": "name", "muc_dich": "purpose"}

    name: Text
    """Recipient's name (tên cơ quan, tổ chức, cá nhân nhận)."""
    purpose: Annotated[str, Field(min_length=1)] | None = None
    """Purpose in brackets (mục đích): ``b/c`` (báo cáo), ``t/h`` (thực hiện), ``p/h``…"""
    punctuation: str | None = Field(default=None, pattern=r"^[;.,]?$")
    """Final punctuation as printed (dấu câu cuối dòng); ``None``: the prescribed one."""

    @model_validator(mode="before")
    @classmethod
    def _parse_string(cls, data: Any) -> Any:
        if not isinstance(data, str):
            return data
        match = _ADDRESSEE.match(_collapse(data))
        assert match is not None  # the pattern matches any string
        parsed: dict[str, Any] = {"name": match["name"]}
        if match["purpose"] is not None:
            parsed["purpose"] = match["purpose"].strip()
        if match["end"]:
            parsed["punctuation"] = match["end"]
        return parsed

    @property
    def label(self) -> str:
        """Name and purpose, without punctuation: ``Thường trực Tỉnh ủy (b/c)``."""
        return self.name if self.purpose is None else f"{self.name} ({self.purpose})"

    def text(self, prescribed_end: str) -> str:
        """The line as printed, ending in its own punctuation or ``prescribed_end``."""
        end = self.punctuation if self.punctuation is not None else prescribed_end
        return f"{self.label}{end}"


def _addressees(value: Any) -> Any:
    if isinstance(value, str):
        return tuple(line for line in value.splitlines() if line.strip())
    return value


Addressees = Annotated[tuple[Addressee, ...], BeforeValidator(_addressees)]
"""Recipient lines in order; in input, one string with a line per recipient is accepted."""


class Distribution(VnModel):
    """The distribution list (nơi nhận), ô 9b, with the archive line and ô 12.

    Printed as ``- <entry>;`` lines, then ``- Lưu: VT, <unit> (<copies>).``, then the
    drafter's initials and the number of copies issued.
    """

    vietnamese_keys: ClassVar[dict[str, str]] = {
        "danh_sach": "entries",
        "luu": "archive",
        "so_ban_luu": "archive_copies",
        "nguoi_soan_thao": "drafter",
        "so_luong_ban": "copies",
    }

    entries: Addressees = ()
    """Recipients in order (nơi nhận), ``Như trên`` first when there is a Kính gửi."""
    archive: tuple[Annotated[str, Field(min_length=1)], ...] = ("VT",)
    """Archive units (lưu): Văn thư ``VT`` and the drafting unit; empty = no archive line."""
    archive_copies: PositiveInt | None = None
    """Number of archived copies (số bản lưu), printed in brackets."""
    drafter: str | None = None
    """Initials of the drafter (ký hiệu người soạn thảo), ô 12."""
    copies: PositiveInt | None = None
    """Number of copies issued (số lượng bản phát hành), ô 12."""

    @field_validator("archive", mode="before")
    @classmethod
    def _split_archive(cls, value: Any) -> Any:
        if isinstance(value, str):
            text = value.strip().removeprefix("-").strip()
            text = re.sub(r"^Lưu\s*:?", "", text).strip().rstrip(".")
            return tuple(part.strip() for part in text.split(",") if part.strip())
        return value

    @model_validator(mode="after")
    def _prescribed_punctuation(self) -> Distribution:
        if self.archive_copies is not None and not self.archive:
            raise ValueError(
                "archive_copies (số bản lưu) needs an archive line (lưu); give archive too"
            )
        last = len(self.entries) - 1
        entries = tuple(
            entry.model_copy(update={"punctuation": None})
            if entry.punctuation == ("." if i == last and not self.archive else ";")
            else entry
            for i, entry in enumerate(self.entries)
        )
        if entries != self.entries:
            object.__setattr__(self, "entries", entries)
        return self

    @property
    def archive_line(self) -> str | None:
        """The archive line without its dash: ``Lưu: VT, TH3.``; ``None`` when absent."""
        if not self.archive:
            return None
        copies = "" if self.archive_copies is None else f" ({self.archive_copies})"
        return f"Lưu: {', '.join(self.archive)}{copies}."

    @property
    def drafter_mark(self) -> str | None:
        """Drafter's initials and copies issued (ô 12): ``PL.(300)``, ``nl``; or ``None``."""
        if self.drafter is None and self.copies is None:
            return None
        drafter = self.drafter or ""
        if self.copies is None:
            return drafter
        return f"{drafter}.({self.copies})" if drafter else f"({self.copies})"


# --------------------------------------------------------------------------- ô 10, 11: marks


def _enum_by_words(enum: type[Enum]) -> Any:
    def parse(value: Any) -> Any:
        if isinstance(value, str):
            for member in enum:
                if same_words(value, member.value) or value == member.name:
                    return member
        return value

    return parse


class Confidentiality(str, Enum):
    """Confidentiality mark (dấu chỉ độ mật), ô 10a."""

    MAT = "MẬT"
    TOI_MAT = "TỐI MẬT"
    TUYET_MAT = "TUYỆT MẬT"


class Urgency(str, Enum):
    """Urgency mark (dấu chỉ mức độ khẩn), ô 10b."""

    KHAN = "KHẨN"
    THUONG_KHAN = "THƯỢNG KHẨN"
    HOA_TOC = "HOẢ TỐC"
    """Written so in the decree (Phụ lục I, Phần I, Mục III, khoản 2.b); HỎA TỐC is accepted."""


class Marks(VnModel):
    """Marks printed on the first page: độ mật (ô 10a), độ khẩn (ô 10b), lưu hành (ô 11)."""

    vietnamese_keys: ClassVar[dict[str, str]] = {
        "do_mat": "confidentiality",
        "do_khan": "urgency",
        "pham_vi_luu_hanh": "circulation",
    }

    confidentiality: Annotated[
        Confidentiality | None, BeforeValidator(_enum_by_words(Confidentiality))
    ] = None
    """Confidentiality level (độ mật): MẬT, TỐI MẬT, TUYỆT MẬT."""
    urgency: Annotated[Urgency | None, BeforeValidator(_enum_by_words(Urgency))] = None
    """Urgency level (độ khẩn): KHẨN, THƯỢNG KHẨN, HOẢ TỐC (HỎA TỐC accepted)."""
    circulation: Text | None = None
    """Circulation instruction (chỉ dẫn về phạm vi lưu hành): ``XEM XONG TRẢ LẠI``…"""

    @property
    def empty(self) -> bool:
        """Whether the document carries no mark at all."""
        return self.confidentiality is None and self.urgency is None and self.circulation is None
