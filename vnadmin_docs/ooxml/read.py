"""Stage 1 of reading a .docx (đọc tệp Word): the package as plain data, safely.

:func:`read_docx` opens the zip with limits (member count, sizes, compression ratio, member
names) and parses each part with entity resolution, DTD loading and network access off. It
returns a :class:`DocxInfo`: every paragraph of the body, headers, footers and text boxes in
order, each with its runs and their *effective* formatting (document defaults, then the
style chain, then direct formatting), the sections' page setup, the shapes drawn in each
paragraph, and the document properties. Nothing here knows what a Quốc hiệu is: recognising
components is stage 2 (:mod:`vnadmin_docs.read.components`).

Untrusted bytes end in a result or in the library's own exception, in bounded time and
memory: every failure of the zip, zlib and XML layers becomes a :class:`ReadError` (damaged)
or an :class:`UnsafeDocumentError` (hostile) naming the file and the member, every number
read from an attribute goes through :func:`number` (which never raises), and the work is
bounded by the budgets of :class:`Limits` (paragraphs, runs, cells, characters, XML
elements, nesting depth, seconds), which raise :class:`BudgetExceededError`.

Why not python-docx's ``Document()`` for this: it opens the Kon Tum example faster (about
1.2 ms against our 2.9 ms, measured on the project's machine) because it parses lazily and
resolves nothing, but then effective formatting, theme fonts, text boxes, fields and the
safety limits would all still be ours to write on top; and its package reader has no limit on
what a zip member expands to. Reading here stays well inside the validator's budget of
20 ms for a two-page document.
"""

from __future__ import annotations

import io
import os
import re
import stat
import struct
import time
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, fields
from functools import partial
from pathlib import PurePosixPath
from typing import IO, Any, TypeVar

from lxml import etree

from vnadmin_docs.errors import BudgetExceededError, InputError, ReadError, UnsafeDocumentError
from vnadmin_docs.legacy import encoding_of_font, to_unicode
from vnadmin_docs.ooxml.build import NS, qn

__all__ = [
    "LIMITS",
    "CellInfo",
    "DocxInfo",
    "Limits",
    "ParaInfo",
    "RunInfo",
    "SectionInfo",
    "ShapeInfo",
    "TableInfo",
    "number",
    "read_docx",
    "read_regular_file",
    "read_source_bytes",
    "source_label",
]

EMU_PER_MM = 36000
TWIPS_PER_MM = 1440 / 25.4

Source = str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes]
"""What the readers take: a path, the bytes of a file, or a binary stream."""


@dataclass(frozen=True, slots=True)
class Limits:
    """Budgets that bound what reading one document may cost (giới hạn xử lý).

    The byte limits keep a hostile package (a zip bomb, …) from exhausting memory; the work
    budgets keep a well-formed but enormous one (a million empty paragraphs) from exhausting
    time. Hitting any of them raises :class:`~vnadmin_docs.BudgetExceededError`, whose
    ``budget`` is the field's name and ``limit`` its value; a caller who trusts a file can
    raise the budget and read it again::

        vn.read("big.docx", limits=vn.Limits(paragraphs=100_000, seconds=60))

    The defaults are several times what the largest real document of the test corpus needs
    (12,186 paragraphs, 280,000 XML elements in one part, nesting 25 deep).
    """

    file_bytes: int = 50 * 1024 * 1024
    """Size of the file (or of the bytes or stream given)."""
    members: int = 2000
    """Members of the zip package."""
    part_bytes: int = 64 * 1024 * 1024
    """What one member expands to."""
    total_bytes: int = 256 * 1024 * 1024
    """What all members together expand to."""
    ratio: int = 200
    """Compression ratio of one member (a zip bomb compresses far better than XML)."""
    elements: int = 1_000_000
    """XML elements in one part (counted in the bytes, before the part is parsed)."""
    depth: int = 256
    """Nesting depth of XML elements; the XML parser itself stops at 256."""
    paragraphs: int = 20_000
    """Paragraphs (đoạn văn) of the body, headers, footers and text boxes together."""
    runs: int = 100_000
    """Runs (đoạn chữ) of all those paragraphs."""
    cells: int = 50_000
    """Table cells (ô bảng)."""
    characters: int = 5_000_000
    """Characters of text (of a .docx's runs, or of a plain-text file)."""
    seconds: float = 10.0
    """Seconds spent reading one document (checked as paragraphs and runs are read)."""

    def __post_init__(self) -> None:
        for item in fields(self):
            value = getattr(self, item.name)
            if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
                raise InputError(f"Limits.{item.name}: must be a positive number, not {value!r}")


LIMITS = Limits()
"""The default :class:`Limits`: what a real administrative document never comes near."""

def _budget_error(name: str, budget: str, limit: float, what: str) -> BudgetExceededError:
    shown = f"{limit:,}" if isinstance(limit, int) else f"{limit:g}"
    return _over(f"{name}: more than {shown} {what}", budget, limit)


def _over(message: str, budget: str, limit: float) -> BudgetExceededError:
    return BudgetExceededError(
        f"{message} (budget {budget!r}); raise vnadmin_docs.Limits({budget}=…) to read it",
        budget=budget,
        limit=limit,
    )


def _size(count: int) -> str:
    """``64 MB`` or ``4,000 bytes``."""
    return f"{count / 2**20:g} MB" if count >= 2**20 else f"{count:,} bytes"


W = NS["w"]
_SIDES = ("top", "left", "bottom", "right", "between")
_THEME_SLOTS = {"asciiTheme": "ascii", "hAnsiTheme": "hAnsi", "eastAsiaTheme": "eastAsia",
                "cstheme": "cs"}  # fmt: skip
_SLOTS = ("ascii", "hAnsi", "eastAsia", "cs")


@dataclass(slots=True)
class RunInfo:
    """A run (đoạn chữ) with its effective formatting."""

    text: str
    fonts: dict[str, str]
    """Effective font per slot (ascii, hAnsi, eastAsia, cs), theme references resolved."""
    theme_fonts: bool
    """Whether a slot's font comes from the theme (``*Theme`` attribute)."""
    hint: str | None
    size: float | None
    """Size in points; ``None`` where nothing sets it (Word's default is 10 pt)."""
    bold: bool
    italic: bool
    underline: bool
    caps: bool
    color: str | None
    style_fonts: tuple[str, ...] = ()
    """Every font name the run's formatting layers mention (a legacy font hides here)."""
    legacy: str | None = None
    """The legacy encoding the text was converted from (``tcvn3``, ``tcvn3-upper``, ``vni``)."""
    legacy_text: str | None = None
    """The text as stored, before that conversion."""


@dataclass(slots=True)
class ShapeInfo:
    """A drawn object in a paragraph (hình vẽ): a line, connector, rectangle or text box."""

    kind: str
    """``line``, ``connector``, ``rect``, ``textbox``, ``picture`` or ``other``."""
    width_mm: float
    height_mm: float
    floating: bool
    """Anchored (floats over the text) rather than inline."""
    vml: bool


@dataclass(slots=True)
class ParaInfo:
    """A paragraph (đoạn văn) with its effective paragraph formatting."""

    index: int
    text: str
    runs: list[RunInfo]
    style_id: str | None
    style_name: str | None
    align: str | None
    left: int
    right: int
    first_line: int
    hanging: int
    space_before: int
    space_after: int
    line: int | None
    line_rule: str | None
    borders: dict[str, tuple[str, int]]
    """Side → (line style, width in eighths of a point), for visible borders."""
    part: str
    """``word/document.xml``, ``word/header1.xml``, … or ``…#textbox``."""
    table: tuple[int, int, int] | None
    """(table, row, column) for a paragraph in a table cell, else ``None``."""
    cell_width: int | None
    """Width of the enclosing cell in twips, where the file says."""
    section: int
    shapes: list[ShapeInfo] = field(default_factory=list)
    fields: list[str] = field(default_factory=list)
    """Field instructions in the paragraph (``PAGE``, …)."""
    framed: bool = False
    underscores: int = 0
    """How many ``_`` the paragraph's text holds."""
    header_row: bool = False
    """In a table row marked to repeat as the table's heading (``w:tblHeader``)."""
    box: int | None = None
    """For a text-box paragraph, the number of its text box (from 0, in reading order)."""
    _visible: str | None = field(default=None, repr=False, compare=False)

    @property
    def visible_text(self) -> str:
        """The text in NFC with runs of white space collapsed (``text`` keeps the raw form)."""
        if self._visible is None:
            self._visible = unicodedata.normalize("NFC", " ".join(self.text.split()))
        return self._visible

    def text_runs(self) -> list[RunInfo]:
        """The runs that carry visible characters."""
        return [run for run in self.runs if run.text.strip()]

    @property
    def size(self) -> float | None:
        """The size of most of the visible characters."""
        value: float | None = _dominant([(r.size, len(r.text.strip())) for r in self.text_runs()])
        return value

    @property
    def bold(self) -> bool | None:
        """Whether most of the visible characters are bold."""
        value: bool | None = _dominant([(r.bold, len(r.text.strip())) for r in self.text_runs()])
        return value

    @property
    def italic(self) -> bool | None:
        """Whether most of the visible characters are italic."""
        value: bool | None = _dominant([(r.italic, len(r.text.strip())) for r in self.text_runs()])
        return value


def _dominant(weighted: list[tuple[Any, int]]) -> Any:
    totals: dict[Any, int] = {}
    for value, weight in weighted:
        totals[value] = totals.get(value, 0) + weight
    return max(totals, key=lambda k: totals[k]) if totals else None


@dataclass(slots=True)
class SectionInfo:
    """A section's page setup (thiết lập trang)."""

    width: int
    height: int
    orientation: str
    margins: dict[str, int]
    """top, bottom, left, right, header, footer, gutter in twips."""
    title_page: bool
    page_start: int | None
    headers: dict[str, str]
    """Header type (default, first, even) → part name."""
    footers: dict[str, str]

    @property
    def text_width(self) -> int:
        """Width between the left and right margins, in twips."""
        return self.width - self.margins.get("left", 0) - self.margins.get("right", 0)


@dataclass(slots=True)
class CellInfo:
    """A table cell (ô bảng) as the file writes it: where it starts, what it spans."""

    row: int
    """Index of its row in the table (from 0)."""
    column: int
    """Index of the first grid column it covers (from 0)."""
    span: int
    """How many grid columns it covers (``w:gridSpan``)."""
    merge: str | None
    """Its part in a vertical merge (ô gộp dòng, ``w:vMerge``): ``restart`` for the cell
    that opens it, ``continue`` for a cell it covers, ``None`` outside one."""
    width: int | None
    """Its width in twips (``w:tcW`` or the grid columns it spans), where the file says."""


@dataclass(slots=True)
class TableInfo:
    """A table (bảng) as the file writes it: its grid, its borders, its cells."""

    part: str
    """``word/document.xml``, ``word/header1.xml``, …"""
    number: int
    """Its number in the part, as in :attr:`ParaInfo.table` (nested tables count too)."""
    grid: list[int]
    """Width of each grid column in twips (``w:gridCol``)."""
    borders: dict[str, str]
    """Side (``top``, ``left``, ``bottom``, ``right``, ``insideH``, ``insideV``) → line
    style the table's own ``w:tblBorders`` give it (``single``, ``nil``, …)."""
    style_id: str | None
    """Its table style (``w:tblStyle``)."""
    cells: list[CellInfo] = field(default_factory=list)
    """Its cells, row by row, left to right."""


@dataclass(slots=True)
class DocxInfo:
    """A .docx as plain data (stage 1)."""

    paragraphs: list[ParaInfo]
    """Body paragraphs in reading order, table cells included."""
    sections: list[SectionInfo]
    parts: dict[str, list[ParaInfo]]
    """Header, footer and text-box paragraphs by part name."""
    custom_properties: dict[str, str]
    core_properties: dict[str, str]
    pages: int | None
    """Page count the saving application recorded (``docProps/app.xml``), if any."""
    fonts_declared: list[str]
    """Font names of the font table and the styles part."""
    application: str | None
    settings_even_odd: bool = False
    tables: list[TableInfo] = field(default_factory=list)
    """Every table of the body, headers and footers, in reading order (stage 1 of tables)."""


# ----------------------------------------------------------------------------- numbers

_D = TypeVar("_D")

_NUMBER = re.compile(r"([+-]?)(\d{1,15}(?:\.\d{1,15})?|\.\d{1,15})\s*([A-Za-z]{2})?", re.ASCII)

MAX_TWIPS = 31680 * 4
"""Largest length in twips read from a file: four times Word's largest page (22 inches)."""

_TWIPS: dict[str, float] = {"": 1.0, "pt": 20.0, "pc": 240.0, "pi": 240.0, "in": 1440.0,
                            "cm": 1440 / 2.54, "mm": 1440 / 25.4}  # fmt: skip
"""Universal measures (ST_UniversalMeasure) in twips; a bare number is twips."""
_HALF_POINTS = {unit: factor / 10 for unit, factor in _TWIPS.items()} | {"": 1.0}
"""Universal measures in half-points (ST_HpsMeasure); a bare number is half-points."""
_VML_MM: dict[str, float] = {"": 25.4 / 72, "pt": 25.4 / 72, "pc": 25.4 / 6, "in": 25.4,
                             "cm": 10.0, "mm": 1.0, "px": 25.4 / 96}  # fmt: skip
"""CSS lengths of VML's ``style`` attribute in millimetres; a bare number is points."""


def number(
    value: str | None,
    *,
    default: _D,
    low: float,
    high: float,
    units: Mapping[str, float] | None = None,
) -> float | _D:
    """A number read from a file's attribute (số đo trong tệp), tolerantly: never raises.

    Accepts only ASCII ``[+-]digits[.digits]`` (at most 15 digits each side), optionally
    followed by a two-letter unit found in ``units`` (unit → factor; the ``""`` entry is the
    factor of a bare number). The result is clamped to ``low``…``high``. Anything else —
    ``""``, ``"-"``, ``"²"``, ``"1e999"``, ``"NaN"``, ``"inf"``, 5,000 digits, an unknown
    unit, a negative value where ``low`` is not negative — gives ``default``.

    >>> number("24", default=None, low=0, high=3276)
    24.0
    >>> number("12pt", default=None, low=0, high=3276, units={"": 1, "pt": 2})
    24.0
    >>> [number(v, default=0, low=0, high=10) for v in ("²", "1e999", "NaN", "-3", "99")]
    [0, 0, 0, 0, 10.0]
    """
    if value is None or len(value) > 64:
        return default
    if value.isdigit() and value.isascii() and len(value) <= 15:  # the common case, quickly
        factor = units.get("", None) if units is not None else 1.0
        if factor is not None:
            return float(min(max(int(value) * factor, low), high))
    match = _NUMBER.fullmatch(value.strip())
    if match is None:
        return default
    sign, digits, unit = match.groups()
    factor = 1.0
    if units is not None:
        found = units.get((unit or "").lower())
        if found is None:
            return default
        factor = found
    elif unit:
        return default
    if sign == "-" and low >= 0:
        return default
    result = float(digits) * factor
    if sign == "-":
        result = -result
    return float(min(max(result, low), high))


def _twips(value: str | None, default: _D, *, low: float = -MAX_TWIPS) -> int | _D:
    """A length in twips (ST_TwipsMeasure, ST_SignedTwipsMeasure), truncated like ``int()``."""
    if value is not None and value.isdigit() and value.isascii() and len(value) <= 9:
        return min(int(value), MAX_TWIPS)  # the common case, quickly
    result = number(value, default=None, low=low, high=MAX_TWIPS, units=_TWIPS)
    return default if result is None else int(result)


def _integer(value: str | None, default: _D, low: int, high: int) -> int | _D:
    """A plain integer attribute (ST_DecimalNumber and the like), clamped."""
    result = number(value, default=None, low=low, high=high)
    return default if result is None else int(result)


# ----------------------------------------------------------------------------- sources


def source_label(source: object) -> str:
    """How messages name a source: a path as given, anything else ``document``."""
    if isinstance(source, str | os.PathLike):
        return os.fsdecode(source)
    return "document"


_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)  # a FIFO swapped in after the check must not block us
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_BINARY", 0)
)


def read_source_bytes(source: Source, limits: Limits = LIMITS) -> tuple[bytes, str]:
    """The bytes of a source, read at most to ``limits.file_bytes``, and its label.

    A path must name a regular file: a directory, a device such as ``/dev/zero``, a FIFO or
    a socket is refused before anything is read, and at most ``file_bytes + 1`` bytes are
    read even from a regular file (files can grow). Bytes, ``bytearray``, ``memoryview``
    and binary streams are taken as they are; streams are read to the same bound.

    Raises:
        InputError: ``source`` is of no type a reader takes (a text stream, a number, …).
        ReadError: no such file, not a regular file, or it cannot be read.
        BudgetExceededError: more than ``limits.file_bytes`` bytes.
    """
    label = source_label(source)
    limit = limits.file_bytes
    if isinstance(source, bytes | bytearray | memoryview):
        view = memoryview(source)
        if view.nbytes > limit:
            raise _file_too_big(label, limit, view.nbytes)
        return (source if isinstance(source, bytes) else view.tobytes()), label
    if isinstance(source, str | os.PathLike):
        return read_regular_file(label, limit, partial(_file_too_big, label, limit)), label
    reader = getattr(source, "read", None)
    if not callable(reader):
        raise InputError(
            f"source: expected a path, bytes or a binary stream, not {type(source).__name__}"
        )
    chunks: list[bytes] = []
    total = 0
    try:
        while total <= limit:
            chunk = reader(limit + 1 - total)
            if isinstance(chunk, str):
                raise InputError(
                    "source: a text stream; open the file in binary mode ('rb') or pass bytes"
                )
            if chunk is None:
                raise ReadError(f"{label}: the stream has no data ready (non-blocking?)")
            if not isinstance(chunk, bytes | bytearray | memoryview):
                raise InputError(f"source: its read() gave {type(chunk).__name__}, not bytes")
            if not chunk:
                break
            chunks.append(bytes(chunk))
            total += len(chunks[-1])
    except (OSError, ValueError) as error:  # closed, unreadable, not seekable, …
        raise ReadError(f"{label}: cannot read the stream ({error})") from None
    data = b"".join(chunks)
    if len(data) > limit:
        raise _file_too_big(label, limit, None)
    return data, label


def _file_too_big(label: str, limit: int, size: int | None) -> BudgetExceededError:
    shown = f"{size / 2**20:.0f} MB is" if size is not None else "it is"
    return _over(
        f"{label}: {shown} over the {_size(limit)} limit for a document", "file_bytes", limit
    )


def read_regular_file(
    label: str, limit: int, too_big: Callable[[int | None], Exception]
) -> bytes:
    """The bytes of the regular file ``label``, at most ``limit``; the one place files are read.

    A directory, a device such as ``/dev/zero``, a FIFO or a socket is refused before
    anything is read (checked on the path, then again on the file opened, which is opened
    without blocking); at most ``limit + 1`` bytes are read, since files can grow.
    ``too_big(size)`` makes the error for a file over the limit (``size`` is ``None`` when
    the file grew while it was read).

    Raises:
        ReadError: no such file, not a regular file, or it cannot be read.
    """
    try:
        mode = os.stat(label).st_mode
        _check_regular(label, mode)
        fd = os.open(label, _OPEN_FLAGS)
    except FileNotFoundError:
        raise ReadError(f"{label}: no such file") from None
    except OSError as error:
        raise ReadError(f"{label}: cannot read ({error.strerror or error})") from None
    except ValueError as error:  # an embedded NUL, …
        raise ReadError(f"{label!r}: not a usable path ({error})") from None
    try:
        with open(fd, "rb", buffering=0, closefd=True) as stream:
            status = os.fstat(stream.fileno())
            _check_regular(label, status.st_mode)  # the file opened is the one checked
            if status.st_size > limit:
                raise too_big(status.st_size)
            chunks: list[bytes] = []
            total = 0
            while total <= limit:
                chunk = stream.read(limit + 1 - total)
                if not chunk:
                    break
                chunks.append(chunk)
                total += len(chunk)
    except OSError as error:
        raise ReadError(f"{label}: cannot read ({error.strerror or error})") from None
    if total > limit:
        raise too_big(None)
    return b"".join(chunks)


def _check_regular(label: str, mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise ReadError(f"{label}: a folder (directory), not a file")
    if not stat.S_ISREG(mode):
        kind = "a FIFO" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else None
        kind = kind or ("a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "special")
        raise ReadError(f"{label}: not a regular file ({kind}); refused before reading")


# ----------------------------------------------------------------------------- package

_ZIP_ERRORS: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, struct.error, EOFError, OSError,
    RuntimeError, NotImplementedError, ValueError, OverflowError, IndexError, KeyError,
    TypeError, AttributeError,
)  # fmt: skip
"""What the zipfile and zlib modules raise on damaged input (UnicodeDecodeError is a
ValueError; an encrypted member's RuntimeError and an unknown method's NotImplementedError
are refused before reading)."""

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _shown(member: str) -> str:
    """A member name for a message: quoted, and cut short when it is long."""
    return repr(member) if len(member) <= 100 else f"{member[:100]!r}…"


def _describe(error: BaseException) -> str:
    """``zlib.error: Error -3 …``: a foreign exception, named with its module."""
    kind = type(error)
    module = "" if kind.__module__ == "builtins" else f"{kind.__module__}."
    return f"{module}{kind.__qualname__}: {error}"


_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f\\]|^/|^[A-Za-z]:|(?:^|/)\.\.(?:/|$)")
"""Control characters (a NUL cuts a name short in some readers), backslashes, absolute
paths, drive letters and ``..`` components."""


def _open_zip(data: bytes, name: str, limits: Limits) -> zipfile.ZipFile:
    if data[:8] == _OLE:
        raise ReadError(
            f"{name}: this is a Word 97–2003 .doc (OLE) file, not a .docx; open it in Word or "
            "LibreOffice and save it as .docx"
        )
    # every member has a central-directory record starting with this signature: count them
    # before zipfile makes an object of each
    if data.count(b"PK\x01\x02") > limits.members:
        raise _budget_error(name, "members", limits.members, "zip members; a .docx has far fewer")
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        infos = package.infolist()
    except zipfile.BadZipFile as error:
        raise ReadError(
            f"{name}: not a .docx (not a zip package, or a damaged one: {error})"
        ) from None
    except UnicodeDecodeError as error:
        raise UnsafeDocumentError(
            f"{name}: the member name {bytes(error.object[:80])!r} is not valid UTF-8 though "
            "the package says it is"
        ) from None
    except MemoryError:
        raise
    except _ZIP_ERRORS as error:
        raise ReadError(f"{name}: a damaged zip package ({_describe(error)})") from None
    if len(infos) > limits.members:
        raise _budget_error(name, "members", limits.members, "zip members; a .docx has far fewer")
    total = 0
    seen: set[str] = set()
    for info in infos:
        member = info.orig_filename
        if _UNSAFE_NAME.search(member):
            raise UnsafeDocumentError(f"{name}: unsafe member name {_shown(member)}")
        key = member.lower()
        if key in seen:
            raise UnsafeDocumentError(
                f"{name}: two members named {_shown(member)}; which one a reader takes is ambiguous"
            )
        seen.add(key)
        if info.flag_bits & 0x1:
            raise UnsafeDocumentError(
                f"{name}: {member} is encrypted; a .docx package is never encrypted member by "
                "member (a password-protected Word file is not a zip at all)"
            )
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise ReadError(
                f"{name}: {member} uses compression method {info.compress_type}; a .docx uses "
                "only stored or deflated members"
            )
        total += info.file_size
        if info.file_size > limits.part_bytes:
            raise _over(
                f"{name}: {member} expands to more than the {_size(limits.part_bytes)} "
                "size limit of a part (zip bomb?)",
                "part_bytes",
                limits.part_bytes,
            )
        if total > limits.total_bytes:
            raise _over(
                f"{name}: expands to more than the {_size(limits.total_bytes)} size "
                "limit (zip bomb?)",
                "total_bytes",
                limits.total_bytes,
            )
        if info.compress_size and info.file_size / info.compress_size > limits.ratio:
            raise _over(
                f"{name}: {member} is compressed {info.file_size // info.compress_size}"
                f":1, more than {limits.ratio}:1 (zip bomb?)",
                "ratio",
                limits.ratio,
            )
    return package


def _read_member(package: zipfile.ZipFile, member: str, name: str, limits: Limits) -> bytes | None:
    try:
        info = package.getinfo(member)
    except KeyError:
        return None
    try:
        with package.open(info) as stream:
            data = stream.read(limits.part_bytes + 1)
    except MemoryError:
        raise
    except _ZIP_ERRORS as error:
        raise ReadError(f"{name}: {member} is damaged ({_describe(error)})") from None
    if len(data) > limits.part_bytes:
        raise _over(
            f"{name}: {member} expands past the {_size(limits.part_bytes)} size limit",
            "part_bytes",
            limits.part_bytes,
        )
    return data


_W_PREFIX = re.compile(
    rb"""xmlns(?::([^\s=/>:]{1,64}))?\s*=\s*["']"""
    rb"""http://schemas\.openxmlformats\.org/wordprocessingml/2006/main["']"""
)
_TAG_ENDS = (b">", b" ", b"/", b"\n", b"\t", b"\r")
_COUNTED = (("p", "paragraphs", "paragraphs"), ("r", "runs", "runs"),
            ("tc", "cells", "table cells"))  # fmt: skip


def _prescan(data: bytes, member: str, name: str, limits: Limits, story: bool) -> None:
    """Refuse a part that is over a budget before it is parsed, from its bytes alone.

    Every element has a start tag ``<x`` that is not an end tag ``</x``, so the difference
    of the counts bounds the elements from above. In a part with paragraphs (``story``), the
    start tags of paragraphs, runs and cells are counted under each prefix bound to the
    WordprocessingML namespace; a part that hides them from this count is still stopped by
    the same budgets as it is read.
    """
    # an element takes at least four bytes (``<a/>``): count only where that could matter
    elements = len(data) // 4
    if elements > min(limits.elements, limits.paragraphs, limits.runs, limits.cells):
        elements = data.count(b"<") - data.count(b"</")
    if story:
        _prescan_story(data, member, name, limits, elements)
    if elements > limits.elements:
        raise _budget_error(name, "elements", limits.elements, f"XML elements in {member}")


def _prescan_story(data: bytes, member: str, name: str, limits: Limits, elements: int) -> None:
    prefixes: set[bytes] | None = None
    for local, budget, what in _COUNTED:
        limit = getattr(limits, budget)
        if elements <= limit:
            continue  # fewer elements than the budget allows paragraphs (or runs, cells)
        if prefixes is None:
            prefixes = {m.group(1) or b"" for m in _W_PREFIX.finditer(data)}
        if len(prefixes) > 8:
            return  # nothing real declares so many; the reading budgets will stop it
        count = 0
        for prefix in prefixes:
            tag = b"<" + (prefix + b":" if prefix else b"") + local.encode()
            count += sum(data.count(tag + end) for end in _TAG_ENDS)
        if count > limit:
            raise _budget_error(name, budget, limit, f"{what} in {member}")


_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_pis=True
)
_PARSER_DEPTH = 256
"""The deepest nesting libxml2 parses without its ``huge`` option."""


def _parse(data: bytes, member: str, name: str, limits: Limits) -> etree._Element:
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise UnsafeDocumentError(f"{name}: {member} declares a DTD or entities; refused")
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as error:
        text = str(error)
        if "depth" in text.lower():
            depth = min(limits.depth, _PARSER_DEPTH)
            raise _budget_error(
                name, "depth", depth, f"levels of nested XML elements in {member}"
            ) from None
        if "huge" in text.lower():
            raise UnsafeDocumentError(
                f"{name}: {member} holds a text or name too large to parse ({text})"
            ) from None
        raise ReadError(f"{name}: {member} is not well-formed XML ({text})") from None
    except MemoryError:
        raise
    except (etree.LxmlError, ValueError, TypeError, LookupError) as error:
        raise ReadError(f"{name}: {member} cannot be parsed ({_describe(error)})") from None
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:  # UTF-16 hides it from the scan
        raise UnsafeDocumentError(f"{name}: {member} declares a DTD or entities; refused")
    return root


# ----------------------------------------------------------------------------- styles


def _legacy_encoding(fonts: dict[str, str], text: str) -> str | None:
    """The legacy encoding of a run whose font is TCVN3 or VNI and whose text is 8-bit.

    Text in such a font that already holds Unicode Vietnamese letters (beyond Latin-1) was
    typed with a Unicode keyboard and only styled with the old font: it is left alone.
    """
    name = fonts.get("ascii") or fonts.get("hAnsi") or ""
    encoding = encoding_of_font(name) if name else None
    if encoding is None or not text.strip():
        return None
    if any(ord(c) > 0xFF and not 0xF020 <= ord(c) <= 0xF0FF for c in text):
        return None
    return encoding


def _local(element: etree._Element) -> str:
    return str(element.tag).rpartition("}")[2]


def _val(element: etree._Element | None, attr: str = "val") -> str | None:
    if element is None:
        return None
    return element.get(f"{{{W}}}{attr}")


def _on(element: etree._Element) -> bool:
    return _val(element) not in ("0", "false", "off", "none")


@dataclass(slots=True)
class _RunProps:
    fonts: dict[str, str] = field(default_factory=dict)
    theme: bool = False
    hint: str | None = None
    size: float | None = None
    bold: bool = False
    italic: bool = False
    underline: bool = False
    caps: bool = False
    color: str | None = None
    names: tuple[str, ...] = ()

    def copy(self) -> _RunProps:
        return _RunProps(
            dict(self.fonts), self.theme, self.hint, self.size, self.bold, self.italic,
            self.underline, self.caps, self.color, self.names,
        )  # fmt: skip

    def apply(self, rpr: etree._Element | None, theme: dict[str, str]) -> None:
        if rpr is None:
            return
        names: list[str] = []
        for child in rpr:
            tag = child.tag
            if tag == _RFONTS:
                for attr, value in child.attrib.items():
                    local = str(attr).rpartition("}")[2]
                    if local in _SLOTS:
                        self.fonts[local] = value
                        names.append(value)
                    elif local in _THEME_SLOTS:
                        self.theme = True
                        self.fonts[_THEME_SLOTS[local]] = theme.get(value, value)
                    elif local == "hint":
                        self.hint = value
            elif tag == _SZ:
                half = number(_val(child), default=None, low=0, high=_MAX_HALF_POINTS,
                              units=_HALF_POINTS)  # fmt: skip
                if half is not None:
                    self.size = half / 2
            elif tag == _B:
                self.bold = _on(child)
            elif tag == _I:
                self.italic = _on(child)
            elif tag == _U:
                self.underline = _val(child) not in (None, "none")
            elif tag == _CAPS:
                self.caps = _on(child)
            elif tag == _COLOR:
                self.color = _val(child)
        if names:
            self.names += tuple(names)


@dataclass(slots=True)
class _ParaProps:
    align: str | None = None
    left: int = 0
    right: int = 0
    first_line: int = 0
    hanging: int = 0
    before: int = 0
    after: int = 0
    line: int | None = None
    line_rule: str | None = None
    borders: dict[str, tuple[str, int]] = field(default_factory=dict)
    framed: bool = False

    def copy(self) -> _ParaProps:
        return _ParaProps(
            self.align, self.left, self.right, self.first_line, self.hanging, self.before,
            self.after, self.line, self.line_rule, dict(self.borders), self.framed,
        )  # fmt: skip

    def apply(self, ppr: etree._Element | None) -> None:
        if ppr is None:
            return
        for child in ppr:
            tag = child.tag
            if tag == _JC:
                self.align = {"start": "left", "end": "right"}.get(_val(child) or "", _val(child))
            elif tag == _IND:
                for attr, name in (("left", "left"), ("start", "left"), ("right", "right"),
                                   ("end", "right"), ("firstLine", "first_line"),
                                   ("hanging", "hanging")):  # fmt: skip
                    value = _twips(_val(child, attr), None)
                    if value is not None:
                        setattr(self, name, value)
                if _val(child, "firstLine") is not None:
                    self.hanging = 0
                if _val(child, "hanging") is not None:
                    self.first_line = 0
            elif tag == _SPACING:
                for attr, name in (("before", "before"), ("after", "after")):
                    value = _twips(_val(child, attr), None)
                    if value is not None:
                        setattr(self, name, value)
                line = _twips(_val(child, "line"), None)
                if line is not None:
                    self.line = line
                    self.line_rule = _val(child, "lineRule") or "auto"
            elif tag == _PBDR:
                for side in child:
                    local = _local(side)
                    style = _val(side) or "none"
                    color = (_val(side, "color") or "").upper()
                    if style in ("nil", "none") or color in ("FFFFFF", "WHITE"):
                        self.borders.pop(local, None)
                    else:
                        size = _integer(_val(side, "sz"), 4, 0, _MAX_EIGHTHS)
                        self.borders[local] = (style, size)
            elif tag == _FRAMEPR:
                self.framed = True


_MAX_HALF_POINTS = 1638 * 2
"""Largest font size read, in half-points (Word's largest size is 1638 pt)."""
_MAX_EIGHTHS = 8 * 100
"""Largest border width read, in eighths of a point."""
_MAX_STYLE_CHAIN = 100
"""Longest ``w:basedOn`` chain followed (Word's own styles go a handful deep)."""
_RFONTS, _SZ, _B, _I, _U = qn("w:rFonts"), qn("w:sz"), qn("w:b"), qn("w:i"), qn("w:u")
_CAPS, _COLOR, _JC, _IND = qn("w:caps"), qn("w:color"), qn("w:jc"), qn("w:ind")
_SPACING, _PBDR, _FRAMEPR = qn("w:spacing"), qn("w:pBdr"), qn("w:framePr")
_P, _R, _T, _TAB, _BR, _CR = qn("w:p"), qn("w:r"), qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")
_TBL, _TR, _TC, _SDT, _SDTCONTENT = (
    qn("w:tbl"), qn("w:tr"), qn("w:tc"), qn("w:sdt"), qn("w:sdtContent"),
)  # fmt: skip
_PPR, _RPR, _PSTYLE, _RSTYLE = qn("w:pPr"), qn("w:rPr"), qn("w:pStyle"), qn("w:rStyle")
_SECTPR, _INSTR, _FLDSIMPLE = qn("w:sectPr"), qn("w:instrText"), qn("w:fldSimple")
_DEL, _TXBX = qn("w:del"), qn("w:txbxContent")
_MC_ALT = "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_NOBREAK, _SYM = qn("w:noBreakHyphen"), qn("w:sym")


class _Styles:
    """Styles and document defaults, resolved along ``w:basedOn`` chains (cached)."""

    def __init__(self, root: etree._Element | None, theme: dict[str, str]) -> None:
        self.theme = theme
        self.by_id: dict[str, etree._Element] = {}
        self.names: dict[str, str] = {}
        self.default_para: str | None = None
        self.run_defaults = _RunProps()
        self.para_defaults = _ParaProps()
        self.fonts: list[str] = []
        self._run_cache: dict[str | None, _RunProps] = {}
        self._para_cache: dict[str | None, _ParaProps] = {}
        self._char_cache: dict[tuple[int, str], _RunProps] = {}
        if root is None:
            return
        defaults = root.find(qn("w:docDefaults"))
        if defaults is not None:
            self.run_defaults.apply(defaults.find(f"{qn('w:rPrDefault')}/{_RPR}"), theme)
            self.para_defaults.apply(defaults.find(f"{qn('w:pPrDefault')}/{_PPR}"))
        for style in root.iter(qn("w:style")):
            style_id = style.get(qn("w:styleId"))
            if style_id is None:
                continue
            self.by_id[style_id] = style
            name = _val(style.find(qn("w:name")))
            self.names[style_id] = name or style_id
            is_default = style.get(qn("w:default")) in ("1", "true")
            if style.get(qn("w:type")) == "paragraph" and is_default:
                self.default_para = style_id
        for rfonts in root.iter(_RFONTS):
            self.fonts.extend(v for k, v in rfonts.attrib.items() if k.rpartition("}")[2] in _SLOTS)

    def _chain(self, style_id: str | None) -> list[etree._Element]:
        chain: list[etree._Element] = []
        seen: set[str] = set()
        while (style_id and style_id in self.by_id and style_id not in seen
               and len(chain) < _MAX_STYLE_CHAIN):  # fmt: skip
            seen.add(style_id)
            style = self.by_id[style_id]
            chain.append(style)
            style_id = _val(style.find(qn("w:basedOn")))
        return list(reversed(chain))

    def run_props(self, style_id: str | None) -> _RunProps:
        cached = self._run_cache.get(style_id)
        if cached is None:
            cached = self.run_defaults.copy()
            for style in self._chain(style_id):
                cached.apply(style.find(_RPR), self.theme)
            self._run_cache[style_id] = cached
        return cached

    def char_props(self, base: _RunProps, style_id: str) -> _RunProps:
        # ``base`` is one of run_props' cached objects, alive as long as this one
        key = (id(base), style_id)
        cached = self._char_cache.get(key)
        if cached is None:
            cached = base.copy()
            for style in self._chain(style_id):
                cached.apply(style.find(_RPR), self.theme)
            self._char_cache[key] = cached
        return cached.copy()

    def para_props(self, style_id: str | None) -> _ParaProps:
        cached = self._para_cache.get(style_id)
        if cached is None:
            cached = self.para_defaults.copy()
            for style in self._chain(style_id):
                cached.apply(style.find(_PPR))
            self._para_cache[style_id] = cached
        return cached


def _theme_fonts(root: etree._Element | None) -> dict[str, str]:
    if root is None:
        return {}
    a = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    fonts: dict[str, str] = {}
    for scheme, prefix in (("majorFont", "major"), ("minorFont", "minor")):
        node = root.find(f".//{a}{scheme}")
        if node is None:
            continue
        for script, suffix in (("latin", "HAnsi"), ("ea", "EastAsia"), ("cs", "Bidi")):
            face = node.find(f"{a}{script}")
            if face is not None and face.get("typeface"):
                fonts[f"{prefix}{suffix}"] = face.get("typeface", "")
        if f"{prefix}HAnsi" in fonts:
            fonts[f"{prefix}Ascii"] = fonts[f"{prefix}HAnsi"]
    return fonts


# ----------------------------------------------------------------------------- shapes

_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_WPS = "{http://schemas.microsoft.com/office/word/2010/wordprocessingShape}"
_V = "{urn:schemas-microsoft-com:vml}"
_O = "{urn:schemas-microsoft-com:office:office}"
_PIC = "{http://schemas.openxmlformats.org/drawingml/2006/picture}"
_VML_LENGTH = re.compile(r"(?:^|;)\s*(width|height)\s*:\s*([^;]{0,64})", re.I)
_MAX_MM = MAX_TWIPS / TWIPS_PER_MM
"""Largest shape size or position read, in millimetres."""
_MAX_EMU = round(_MAX_MM * EMU_PER_MM)


def _emu_mm(value: str | None) -> float:
    """A DrawingML extent (ST_PositiveCoordinate, in EMU) in millimetres; 0 when unreadable."""
    return number(value, default=0.0, low=0, high=_MAX_EMU) / EMU_PER_MM


def _drawing_shapes(drawing: etree._Element) -> Iterator[ShapeInfo]:
    for holder in drawing:
        floating = holder.tag == f"{_WP}anchor"
        extent = holder.find(f"{_WP}extent")
        if extent is None:
            continue
        width = _emu_mm(extent.get("cx"))
        height = _emu_mm(extent.get("cy"))
        geometry = holder.find(f".//{_A}prstGeom")
        preset = geometry.get("prst", "") if geometry is not None else ""
        if holder.find(f".//{_WPS}txbx") is not None:
            kind = "textbox"
        elif preset == "line":
            kind = "line"
        elif "Connector" in preset:
            kind = "connector"
        elif preset == "rect":
            kind = "rect"
        elif holder.find(f".//{_PIC}pic") is not None:
            kind = "picture"
        else:
            kind = "other"
        yield ShapeInfo(kind, width, height, floating, False)


def _vml_shapes(pict: etree._Element) -> Iterator[ShapeInfo]:
    for shape in pict.iter(f"{_V}line", f"{_V}shape", f"{_V}rect"):
        local = _local(shape)
        if local == "line":
            start = [_coord(v) for v in (shape.get("from") or "0,0").split(",")]
            end = [_coord(v) for v in (shape.get("to") or "0,0").split(",")]
            if len(start) == 2 and len(end) == 2:
                yield ShapeInfo("line", abs(end[0] - start[0]), abs(end[1] - start[1]), True, True)
            continue
        sizes = {m.group(1).lower(): _coord(m.group(2), low=0)
                 for m in _VML_LENGTH.finditer(shape.get("style", ""))}  # fmt: skip
        connector = shape.get(f"{_O}connectortype") or shape.get("type", "").endswith("t32")
        if shape.find(f"{_V}textbox") is not None:
            kind = "textbox"
        elif connector:
            kind = "connector"
        else:
            kind = "rect" if local == "rect" else "other"
        yield ShapeInfo(kind, sizes.get("width", 0.0), sizes.get("height", 0.0), True, True)


def _coord(value: str, *, low: float = -_MAX_MM) -> float:
    """A VML length or coordinate (CSS units; a bare number is points) in millimetres."""
    return number(value, default=0.0, low=low, high=_MAX_MM, units=_VML_MM)


# ----------------------------------------------------------------------------- paragraphs


class _Reader:
    """Reads paragraphs and tables into ParaInfo, counting the work against the budgets."""

    def __init__(self, styles: _Styles, name: str, limits: Limits, deadline: float) -> None:
        self.styles = styles
        self.name = name
        self.limits = limits
        self.deadline = deadline
        self.index = 0
        self.textboxes: list[ParaInfo] = []
        self.boxes = 0
        self.paragraphs = 0
        self.runs = 0
        self.cells = 0
        self.characters = 0
        self.work = 0
        self.next_clock = 0
        self.tables: list[TableInfo] = []

    def over(self, budget: str, what: str) -> BudgetExceededError:
        return _budget_error(self.name, budget, getattr(self.limits, budget), what)

    def clock(self) -> None:
        """Raise when the document has taken more than its seconds."""
        if time.monotonic() > self.deadline:
            raise self.over("seconds", "seconds of reading")

    def too_deep(self, part: str) -> BudgetExceededError:
        return self.over("depth", f"levels of nested XML elements in {part}")

    def paragraph(
        self,
        p: etree._Element,
        part: str,
        table: tuple[int, int, int] | None,
        cell_width: int | None,
        section: int,
        level: int,
    ) -> ParaInfo:
        self.paragraphs += 1
        if self.paragraphs > self.limits.paragraphs:
            raise self.over("paragraphs", "paragraphs")
        self.clock()
        ppr = p.find(_PPR)
        style_id = _val(ppr.find(_PSTYLE)) if ppr is not None else None
        style_id = style_id or self.styles.default_para
        pprops = self.styles.para_props(style_id).copy()
        pprops.apply(ppr)
        base = self.styles.run_props(style_id)
        info = ParaInfo(
            index=self.index, text="", runs=[], style_id=style_id,
            style_name=self.styles.names.get(style_id or ""), align=pprops.align,
            left=pprops.left, right=pprops.right, first_line=pprops.first_line,
            hanging=pprops.hanging, space_before=pprops.before, space_after=pprops.after,
            line=pprops.line, line_rule=pprops.line_rule, borders=pprops.borders, part=part,
            table=table, cell_width=cell_width, section=section, framed=pprops.framed,
        )  # fmt: skip
        self.index += 1
        texts: list[str] = []
        self._collect(p, base, info, texts, [False], level)
        info.text = "".join(texts)
        info.underscores = info.text.count("_")
        return info

    def _collect(
        self,
        node: etree._Element,
        base: _RunProps,
        info: ParaInfo,
        texts: list[str],
        in_field: list[bool],
        level: int,
    ) -> None:
        # ``level`` is the nesting depth of ``node`` in its part (the root is 1)
        if level > self.limits.depth:
            raise self.too_deep(info.part)
        self.work += len(node)
        if self.work > self.next_clock:
            self.next_clock = self.work + 4096
            self.clock()
        for child in node:
            tag = child.tag
            if tag == _R:
                self._run(child, base, info, texts, in_field, level + 1)
            elif tag == _FLDSIMPLE:
                info.fields.append((child.get(_INSTR_ATTR) or "").strip())
                self._collect(child, base, info, texts, in_field, level + 1)
            elif tag in (_DEL, _PPR) or tag == _MC_FALLBACK:
                continue
            elif tag == _MC_ALT:
                choice = child[0] if len(child) else None
                if choice is not None:
                    self._collect(choice, base, info, texts, in_field, level + 2)
            elif isinstance(tag, str):
                self._collect(child, base, info, texts, in_field, level + 1)

    def _run(
        self,
        r: etree._Element,
        base: _RunProps,
        info: ParaInfo,
        texts: list[str],
        in_field: list[bool],
        level: int,
    ) -> None:
        self.runs += 1
        if self.runs > self.limits.runs:
            raise self.over("runs", "runs")
        if not self.runs & 255:
            self.clock()
        rpr = r.find(_RPR)
        props = base
        if rpr is not None:
            char_style = _val(rpr.find(_RSTYLE))
            props = self.styles.char_props(base, char_style) if char_style else base.copy()
            props.apply(rpr, self.styles.theme)
        parts: list[str] = []
        for child in r:
            tag = child.tag
            if tag == _T:
                parts.append(child.text or "")
            elif tag == _TAB:
                parts.append("\t")
            elif tag in (_BR, _CR):
                parts.append("\n")
            elif tag == _NOBREAK:
                parts.append("-")
            elif tag == _SYM:
                parts.append("?")
            elif tag == _INSTR:
                info.fields.append((child.text or "").strip())
            elif tag == _DRAWING:
                info.shapes.extend(_drawing_shapes(child))
                self._textboxes(child, info)
            elif tag == _PICT:
                info.shapes.extend(_vml_shapes(child))
                self._textboxes(child, info)
            elif tag == _MC_ALT:
                choice = child[0] if len(child) else None
                if choice is not None:
                    for inner in choice:
                        if inner.tag == _DRAWING:
                            info.shapes.extend(_drawing_shapes(inner))
                            self._textboxes(inner, info)
                        elif inner.tag == _PICT:
                            info.shapes.extend(_vml_shapes(inner))
                            self._textboxes(inner, info)
        text = "".join(parts)
        self.characters += len(text)
        if self.characters > self.limits.characters:
            raise self.over("characters", "characters of text")
        legacy = _legacy_encoding(props.fonts, text)
        raw = text
        if legacy is not None:
            try:
                text = to_unicode(text, legacy)
            except ValueError:
                legacy = None  # not legacy bytes after all: keep the text as it is
            if text == unicodedata.normalize("NFC", raw):
                legacy, text = None, raw  # plain ASCII reads the same in every encoding
        texts.append(text)
        info.runs.append(
            RunInfo(
                text,
                dict(props.fonts),
                props.theme,
                props.hint,
                props.size,
                props.bold,
                props.italic,
                props.underline,
                props.caps,
                props.color,
                props.names,
                legacy=legacy,
                legacy_text=raw if legacy else None,
            )
        )

    def _textboxes(self, holder: etree._Element, anchor: ParaInfo) -> None:
        # text-box paragraphs are numbered apart, so a body paragraph's index stays its
        # position in DocxInfo.paragraphs
        body_index, self.index = self.index, len(self.textboxes)
        extent = holder.find(f".//{_WP}extent")
        width = None  # the box's width, in twips, stands for a cell's
        if extent is not None:
            width = round(_emu_mm(extent.get("cx")) * TWIPS_PER_MM) or None
        for box in holder.iter(_TXBX):
            number = self.boxes
            self.boxes += 1
            for p in box.iter(_P):
                level = sum(1 for _ in p.iterancestors()) + 1
                item = self.paragraph(p, f"{anchor.part}#textbox", None, width, anchor.section,
                                      level)  # fmt: skip
                item.box = number
                self.textboxes.append(item)
        self.index = body_index

    def container(
        self,
        parent: etree._Element,
        part: str,
        out: list[ParaInfo],
        section: list[int],
        level: int,
        cell: tuple[tuple[int, int, int], int | None] | None = None,
        tables: list[int] | None = None,
    ) -> None:
        # ``level`` is the nesting depth of ``parent`` in its part (the root is 1)
        if level > self.limits.depth:
            raise self.too_deep(part)
        tables = tables if tables is not None else [0]
        for child in parent:
            tag = child.tag
            if tag == _P:
                table, width = cell if cell else (None, None)
                out.append(self.paragraph(child, part, table, width, section[0], level + 1))
                ppr = child.find(_PPR)
                if ppr is not None and ppr.find(_SECTPR) is not None:
                    section[0] += 1
            elif tag == _TBL:
                self._table(child, part, out, section, level + 1, tables)
            elif tag in (_SDT, _SDTCONTENT, _CUSTOMXML):
                self.container(child, part, out, section, level + 1, cell, tables)
            elif tag == _MC_ALT and len(child):
                self.container(child[0], part, out, section, level + 2, cell, tables)

    def _table(
        self,
        tbl: etree._Element,
        part: str,
        out: list[ParaInfo],
        section: list[int],
        level: int,
        tables: list[int],
    ) -> None:
        number = tables[0]
        tables[0] += 1
        grid = [width for g in tbl.iter(_GRIDCOL)
                if (width := _twips(g.get(_W_W), None, low=0)) is not None]  # fmt: skip
        tblpr = tbl.find(_TBLPR)
        borders: dict[str, str] = {}
        style = None
        if tblpr is not None:
            style = _val(tblpr.find(_TBLSTYLE))
            sides = tblpr.find(_TBLBORDERS)
            for side in sides if sides is not None else ():
                borders[_local(side)] = _val(side) or "none"
        info = TableInfo(part, number, grid, borders, style)
        self.tables.append(info)
        for row_index, row in enumerate(tbl.iter(_TR)):
            if row.getparent() is not tbl:
                continue
            heading = row.find(_TBLHEADER_PATH) is not None
            first_in_row = len(out)
            column = 0
            for tc in row.findall(_TC):
                self.cells += 1
                if self.cells > self.limits.cells:
                    raise self.over("cells", "table cells")
                tcw = tc.find(_TCW_PATH)
                span = _integer(_val(tc.find(_GRIDSPAN_PATH)), 1, 1, _MAX_SPAN)
                width = None
                if tcw is not None and tcw.get(_W_TYPE) in (None, "dxa"):
                    width = _twips(tcw.get(_W_W), None, low=0) or None
                if width is None and column + span <= len(grid):
                    width = sum(grid[column : column + span]) or None
                vmerge = tc.find(_VMERGE_PATH)
                merge = None if vmerge is None else (_val(vmerge) or "continue")
                info.cells.append(CellInfo(row_index, column, span, merge, width))
                self.container(tc, part, out, section, level + 2,
                               ((number, row_index, column), width), tables)  # fmt: skip
                column += span
            if heading:
                for item in out[first_in_row:]:
                    item.header_row = True


_MAX_SPAN = 64
"""Most grid columns one cell spans (Word's tables have at most 63 columns)."""
_INSTR_ATTR, _W_W, _W_TYPE = qn("w:instr"), qn("w:w"), qn("w:type")
_DRAWING, _PICT, _CUSTOMXML, _GRIDCOL = (
    qn("w:drawing"), qn("w:pict"), qn("w:customXml"), qn("w:gridCol"),
)  # fmt: skip
_TBLHEADER_PATH = f"{qn('w:trPr')}/{qn('w:tblHeader')}"
_TCW_PATH = f"{qn('w:tcPr')}/{qn('w:tcW')}"
_GRIDSPAN_PATH = f"{qn('w:tcPr')}/{qn('w:gridSpan')}"
_VMERGE_PATH = f"{qn('w:tcPr')}/{qn('w:vMerge')}"
_TBLPR, _TBLSTYLE, _TBLBORDERS = qn("w:tblPr"), qn("w:tblStyle"), qn("w:tblBorders")


def _section(sect: etree._Element, rels: dict[str, str]) -> SectionInfo:
    size = sect.find(_PGSZ)
    margins_el = sect.find(_PGMAR)
    margins: dict[str, int] = {}
    if margins_el is not None:
        for key in ("top", "bottom", "left", "right", "header", "footer", "gutter"):
            value = _twips(margins_el.get(qn(f"w:{key}")), None)
            if value is not None:
                margins[key] = abs(value)
    width, height = 11906, 16838  # A4, Word's default
    if size is not None:
        width = _twips(size.get(_W_W), width, low=0)
        height = _twips(size.get(_W_H), height, low=0)
    orient = (size.get(_W_ORIENT) if size is not None else None) or (
        "landscape" if width > height else "portrait"
    )
    headers: dict[str, str] = {}
    footers: dict[str, str] = {}
    for ref_tag, store in ((_HEADER_REF, headers), (_FOOTER_REF, footers)):
        for ref in sect.findall(ref_tag):
            target = rels.get(ref.get(_R_ID, ""))
            if target:
                store[ref.get(_W_TYPE, "default")] = target
    start = sect.find(_PGNUMTYPE)
    start_value = _integer(start.get(_W_START), None, 0, _MAX_PAGE) if start is not None else None
    title = sect.find(_TITLEPG)
    return SectionInfo(
        width, height, orient, margins, title is not None and _on(title), start_value, headers,
        footers,
    )  # fmt: skip


_MAX_PAGE = 1_000_000
"""Largest page number or page count read."""
_PGSZ, _PGMAR, _PGNUMTYPE, _TITLEPG = (
    qn("w:pgSz"),
    qn("w:pgMar"),
    qn("w:pgNumType"),
    qn("w:titlePg"),
)
_W_H, _W_ORIENT, _W_START, _R_ID = qn("w:h"), qn("w:orient"), qn("w:start"), qn("r:id")
_HEADER_REF, _FOOTER_REF = qn("w:headerReference"), qn("w:footerReference")


def _relationships(root: etree._Element | None) -> dict[str, str]:
    if root is None:
        return {}
    rels = {}
    for rel in root:
        target = rel.get("Target", "")
        if rel.get("TargetMode") == "External":
            continue
        rels[rel.get("Id", "")] = str(PurePosixPath("word") / target).replace("word/../", "")
    return rels


def read_docx(
    source: Source, *, limits: Limits | None = None, label: str | None = None
) -> DocxInfo:
    """Read a .docx into plain data (stage 1), safely and within budgets.

    Args:
        source: a path, the file's bytes, or a binary stream.
        limits: the budgets (:class:`Limits`); by default :data:`LIMITS`.
        label: the name messages give the file (by default the path, or ``document``).

    Raises:
        InputError: ``source`` is neither a path, nor bytes, nor a binary stream.
        ReadError: not a .docx, a damaged package, not well-formed XML, a .doc renamed, not
            a regular file.
        UnsafeDocumentError: a zip bomb, unsafe or duplicate member names, encrypted
            members, DTDs or entities.
        BudgetExceededError: over a budget of ``limits`` (bytes, members, elements,
            paragraphs, runs, cells, characters, depth, seconds).
    """
    limits = limits or LIMITS
    deadline = time.monotonic() + limits.seconds
    data, name = read_source_bytes(source, limits)
    name = label or name
    package = _open_zip(data, name, limits)
    try:
        with package:
            return _read_package(package, name, limits, deadline)
    except RecursionError:  # not expected: the depth budget comes first
        raise _budget_error(
            name, "depth", limits.depth, "levels of nesting Python can follow"
        ) from None


_STORIES = re.compile(r"word/(document|header\d*|footer\d*)\.xml")


def _read_package(package: zipfile.ZipFile, name: str, limits: Limits, deadline: float) -> DocxInfo:
    def part(member: str) -> etree._Element | None:
        if time.monotonic() > deadline:
            raise _budget_error(name, "seconds", limits.seconds, "seconds of reading")
        data = _read_member(package, member, name, limits)
        if data is None:
            return None
        _prescan(data, member, name, limits, _STORIES.fullmatch(member) is not None)
        return _parse(data, member, name, limits)

    document = part("word/document.xml")
    if document is None:
        raise ReadError(f"{name}: not a Word document (no word/document.xml)")
    theme = _theme_fonts(part("word/theme/theme1.xml"))
    styles = _Styles(part("word/styles.xml"), theme)
    rels = _relationships(part("word/_rels/document.xml.rels"))
    reader = _Reader(styles, name, limits, deadline)
    body = document.find(_BODY)
    paragraphs: list[ParaInfo] = []
    if body is not None:
        reader.container(body, "word/document.xml", paragraphs, [0], 2)
    sections = [_section(s, rels) for s in (body.iter(_SECTPR) if body is not None else [])]
    parts: dict[str, list[ParaInfo]] = {}
    wanted = {t for s in sections for t in (*s.headers.values(), *s.footers.values())}
    for member in sorted(wanted):
        root = part(member)
        if root is not None:
            items: list[ParaInfo] = []
            reader.container(root, member, items, [0], 1)
            parts[member] = items
    if reader.textboxes:
        parts["textboxes"] = reader.textboxes
    custom: dict[str, str] = {}
    custom_root = part("docProps/custom.xml")
    if custom_root is not None:
        for prop in custom_root:
            custom[prop.get("name", "")] = "".join(prop.itertext()).strip()
    core: dict[str, str] = {}
    core_root = part("docProps/core.xml")
    if core_root is not None:
        for item in core_root:
            if isinstance(item.tag, str):
                core[item.tag.rpartition("}")[2]] = (item.text or "").strip()
    app_root = part("docProps/app.xml")
    pages = application = None
    if app_root is not None:
        for item in app_root:
            local = item.tag.rpartition("}")[2] if isinstance(item.tag, str) else ""
            if local == "Pages":
                pages = _integer(item.text, None, 0, _MAX_PAGE)
            elif local == "Application":
                application = (item.text or "").strip()
    font_table = part("word/fontTable.xml")
    declared = list(styles.fonts)
    if font_table is not None:
        declared += [f.get(_W_NAME, "") for f in font_table.iter(_FONT)]
    settings = part("word/settings.xml")
    even_odd = settings is not None and settings.find(_EVEN_ODD) is not None
    return DocxInfo(paragraphs, sections, parts, custom, core, pages, declared, application,
                    even_odd, reader.tables)  # fmt: skip


_BODY, _W_NAME, _FONT = qn("w:body"), qn("w:name"), qn("w:font")
_EVEN_ODD = qn("w:evenAndOddHeaders")
