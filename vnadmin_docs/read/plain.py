"""The reader of real plain text (đọc văn bản thuần thực tế): text from Word, LibreOffice, portals.

:mod:`vnadmin_docs.read.text` reads the layout :func:`vnadmin_docs.render_text` writes: one
component per block, in reading order. Real text is laid out otherwise. The header of an
administrative document is a table of two columns (the agency, the number and the công văn's
trích yếu on the left; the Quốc hiệu, the Tiêu ngữ and the place and date on the right), and a
text export flattens it:

- LibreOffice ("Text (encoded)") writes each cell's paragraphs in turn: the left column, then
  the right one (``ỦY BAN NHÂN DÂN`` / ``TỈNH …`` / ``Số: …`` / ``V/v …`` / ``CỘNG HÒA …``);
- a table copied row by row (Word, a browser, a portal) puts the columns side by side on one
  line, apart by a tab or a run of spaces (``ỦY BAN NHÂN DÂN⇥CỘNG HÒA XÃ HỘI …``);
- the legal-document portals print each part on a line of its own in their own order
  (agency, ``Số``, Quốc hiệu, Tiêu ngữ, date), sometimes with Markdown emphasis.

This reader recognises each piece of the header by what it says, whatever its order: the
Quốc hiệu and Tiêu ngữ, the number line (``Số: …``), the place-and-date line (``…, ngày …
tháng … năm …``), the trích yếu (``V/v …`` or ``Về việc …``, and the lines that continue it),
the marks (``KHẨN``, ``MẬT``, ``(Dự thảo)``) and the agency (the lines in capitals), the
agency's lines split from its parent's (cơ quan chủ quản) at the word that names a body (``SỞ``,
``PHÒNG``, ``TRƯỜNG`` …). It then lays the header out again as the two-column table a Word
file has, every other line as a paragraph of its own, and hands that to the .docx reader's
recognition (:func:`vnadmin_docs.read.components.recognise`) and model construction: the type
name and its trích yếu, Kính gửi, the body, Nơi nhận, the signature and every form of Decree
30 are then read by the same knowledge as a real Word file, whether the closing's two columns
come one after the other or side by side on a line.

What plain text cannot carry is not guessed: fonts, sizes, alignment and rules; bold and
italics unless the text marks them (``**…**``, ``*…*``, or HTML's ``<b>`` and ``<i>``); a
table's cells once they are written one per line. The agency's split from its parent is
therefore a convention, noted in the reading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from vnadmin_docs.errors import ReadError
from vnadmin_docs.models.base import character_problem, without_forbidden_characters
from vnadmin_docs.models.components import PartialDate
from vnadmin_docs.ooxml.build import mm_to_twips
from vnadmin_docs.ooxml.read import (
    CellInfo,
    DocxInfo,
    ParaInfo,
    RunInfo,
    SectionInfo,
    TableInfo,
)
from vnadmin_docs.read import Reading
from vnadmin_docs.read.components import (
    ABOUT_LINE,
    AUTHORITY_PREFIX,
    COLUMN_GAP,
    DATE_LINE,
    DISTRIBUTION_LABEL,
    LEADING_GAP,
    LIST_DASHES,
    NATIONAL_NAME_KEY,
    NUMBER_LINE,
    TITLE_WORDS,
    TYPE_NAMES,
    TYPED_RULE,
    is_mark,
    is_motto,
    is_rule_line,
    is_upper,
    looks_like_name,
    near_national_name,
    recognise,
    text_key,
)
from vnadmin_docs.read.notes import Note, characters_removed, nfd_converted, quote
from vnadmin_docs.standards import get as get_standard
from vnadmin_docs.vietnamese import is_nfc, nfc, parse_issue_date, upper

__all__ = ["Piece", "issue_date", "looks_like_header", "read_lines", "read_plain"]

_PARTY = text_key("ĐẢNG CỘNG SẢN VIỆT NAM")
_MARKS = frozenset(
    text_key(mark)
    for mark in ("HỎA TỐC", "HOẢ TỐC", "THƯỢNG KHẨN", "KHẨN", "MẬT", "TỐI MẬT", "TUYỆT MẬT",
                 "XEM XONG TRẢ LẠI", "LƯU HÀNH NỘI BỘ")
)  # fmt: skip
"""The marks that stand in the header (độ khẩn, độ mật, phạm vi lưu hành)."""
_BRACKETED = re.compile(r"^[(\[][^()\[\]]{1,40}[)\]]$")
"""A short note in brackets in the header: ``(Dự thảo)``, ``[Bản chính]``."""
_BODY_WORDS = tuple(
    upper(word)
    for word in (
        "ủy ban", "uỷ ban", "ubnd", "hđnd", "hội đồng", "văn phòng", "học viện", "trung tâm",
        "tổng cục", "chi cục", "cục", "công ty", "ngân hàng", "bộ", "sở", "vụ", "viện", "ban",
        "trường", "phòng", "hội", "công an", "bộ chỉ huy", "bộ đội", "đài", "báo", "kho bạc",
        "chi nhánh", "thanh tra", "tòa án", "toà án", "viện kiểm sát", "đảng ủy", "đảng uỷ",
        "đoàn", "liên đoàn", "mặt trận", "bệnh viện", "ban quản lý", "đội", "tổ", "trạm",
    )
)  # fmt: skip
"""Words that open the name of a body (cơ quan, tổ chức): a header line that begins with one
starts a new body, so the lines above it are the parent's (cơ quan chủ quản)."""
_SUBJECT_LINES = 4
"""How many lines may continue a trích yếu under its first (the .docx reader takes three)."""
_TITLE_LINES = 8
"""How far under the header a rule typed as underscores is still the title's rule."""
_HEADER_LINES = 40
"""How far down the header is looked for."""


def _page() -> SectionInfo:
    """The page of the standard in force, at its default margins (plain text has none)."""
    page = get_standard().page
    twips = {side: mm_to_twips(getattr(page, f"{side}_mm").default)
             for side in ("top", "bottom", "left", "right")}  # fmt: skip
    return SectionInfo(
        width=mm_to_twips(page.width_mm), height=mm_to_twips(page.height_mm),
        orientation=page.orientation,
        margins={**twips, "header": mm_to_twips(page.header_mm), "footer": twips["bottom"] // 2,
                 "gutter": 0},
        title_page=False, page_start=None, headers={}, footers={},
    )  # fmt: skip


_SECTION = _page()
"""The page the lines are laid out on: plain text has no page, the reader needs one."""
_PART = "word/document.xml"
_ARCHIVE_LINE = re.compile(r"^L[ưƯ]u\b\s*:?")
"""The archive line of Nơi nhận (``Lưu: VT, …``), which may have no dash."""
_LEFT, _RIGHT = 0, 1
_RIGHT_KINDS = frozenset({"national_name", "national_motto", "place_date", "party", "mark"})
"""What may stand after a gap on a header line: the right column's components."""


@dataclass(frozen=True, slots=True)
class Piece:
    """A piece of a line's text with its emphasis (đoạn chữ): bold and italic, or neither."""

    text: str
    bold: bool = False
    italic: bool = False


Line = tuple[Piece, ...]
"""A line of text (dòng): its pieces in order."""


def _text(line: Sequence[Piece]) -> str:
    return "".join(piece.text for piece in line)


def _collapse(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").split())


def _slice(line: Sequence[Piece], start: int, end: int) -> Line:
    """The pieces of ``line`` between two character offsets."""
    found: list[Piece] = []
    position = 0
    for piece in line:
        lo, hi = max(start, position), min(end, position + len(piece.text))
        if lo < hi:
            found.append(Piece(piece.text[lo - position : hi - position], piece.bold,
                               piece.italic))  # fmt: skip
        position += len(piece.text)
    return tuple(found)


def _right_start(text: str) -> bool:
    """Whether ``text`` begins a component of the header's right column (after a gap)."""
    kind = _kind(text)
    if kind == "place_date":
        day = text.casefold().find("ngày")
        return 0 < day <= 60 and not any(c.isdigit() or c in "/:" for c in text[:day])
    return kind in _RIGHT_KINDS or text_key(text).startswith(NATIONAL_NAME_KEY[:20])


def _segments(line: Line) -> list[tuple[Line, bool]]:
    """The parts of a line typed in columns (a tab or three spaces apart, outside brackets).

    Each part comes with whether a gap stands before it (it is not the line's left column).
    """
    text = _text(line)
    parts: list[tuple[Line, bool]] = []
    start = 0
    lead = LEADING_GAP.match(text)
    after_gap = lead is not None
    if lead is not None:
        start = lead.end()
    for gap in COLUMN_GAP.finditer(text, start):
        head = text[start : gap.start()]
        if not head.strip() or head.count("(") > head.count(")"):
            continue
        if not _right_start(_collapse(text[gap.end() :])):
            continue  # spaces inside a part (``Số:      /UBND``), not between columns
        parts.append((_slice(line, start, gap.start()), after_gap))
        start, after_gap = gap.end(), True
    if text[start:].strip():
        parts.append((_slice(line, start, len(text)), after_gap))
    return parts


# ----------------------------------------------------------------------------- header


def _is_type_line(text: str) -> bool:
    """Whether ``text`` is a type name (tên loại, ô 5a): ``QUYẾT ĐỊNH``, ``BIÊN BẢN HỌP``."""
    name = upper(text.rstrip(":").strip())
    if text.endswith(":") or not is_upper(text) or len(text) > 80:
        return False
    if name in TYPE_NAMES:
        return True
    return any(name.startswith(n + " ") and len(n.split()) >= 2 for n in TYPE_NAMES)


def _kind(text: str) -> str:
    """What a piece of the header says (by its words, not its place)."""
    key = text_key(text)
    if not text or is_rule_line(text) or TYPED_RULE.match(text):
        return "rule"
    if (key.startswith(NATIONAL_NAME_KEY[:20]) and len(text) < 60) or near_national_name(text):
        return "national_name"
    if is_motto(text):
        return "national_motto"
    if key.startswith(_PARTY):
        return "party"
    if NUMBER_LINE.match(text):
        return "number"
    if text.startswith("V/v") or (ABOUT_LINE.match(text) and len(text) < 200):
        return "subject"
    if len(text) < 90 and DATE_LINE.search(text) and ":" not in text:
        return "place_date"
    if key in _MARKS or _BRACKETED.match(text):
        return "mark"
    if _is_type_line(text) or key.startswith(text_key("Kính gửi")) or AUTHORITY_PREFIX.match(text):
        return "end"
    if is_upper(text) and len(text) <= 100:
        return "capitals"
    return "other"


def looks_like_header(text: str) -> bool:
    r"""Whether ``text`` holds a document's header: a Quốc hiệu in its first 40 lines.

    >>> looks_like_header("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    True
    >>> looks_like_header("Xin chào")
    False
    """
    for raw in text.split("\n", _HEADER_LINES)[:_HEADER_LINES]:
        for part in re.split(r"\t|\s{3,}", raw.replace("*", "")):
            part = _collapse(nfc(part))
            if part and _kind(part) in ("national_name", "party"):
                return True
    return False


@dataclass(slots=True)
class _Header:
    """The header's pieces, sorted into the two columns of the table they came from."""

    before: list[Line] = field(default_factory=list)
    """Lines above the header (a copy's line, a portal's caption): kept as paragraphs."""
    capitals: list[Line] = field(default_factory=list)
    """The agency's lines (and its parent's), in capitals."""
    number: Line | None = None
    subject: list[Line] = field(default_factory=list)
    marks: list[Line] = field(default_factory=list)
    right: dict[str, Line] = field(default_factory=dict)
    """``national_name``, ``national_motto``, ``place_date``, ``party``."""
    end: int = 0
    """Where the lines after the header begin."""
    order: list[str] = field(default_factory=list)
    """The pieces in the order the text gives them (for the reading's note)."""
    side_by_side: bool = False
    """Whether two pieces shared a line (columns typed side by side)."""

    @property
    def found(self) -> bool:
        return bool(self.right.get("national_name") or self.right.get("party") or self.number)


def _header(lines: Sequence[Line]) -> _Header:
    """Sort the header's lines into its components, whatever order the columns come in."""
    header = _Header()
    in_subject = 0  # lines the trích yếu has taken, while it may go on
    index = 0
    limit = min(len(lines), _HEADER_LINES)
    while index < limit:
        line = lines[index]
        parts = _segments(line)
        if not parts:  # a blank line ends the trích yếu
            in_subject = 0
            index += 1
            continue
        kinds = [_kind(_collapse(_text(part))) for part, _ in parts]
        if kinds[0] == "end" or (
            kinds == ["other"] * len(kinds) and header.found and not in_subject
        ):
            break
        if not header.found and all(k in ("other", "end") for k in kinds):
            if header.capitals or header.marks or header.subject:  # no header: give it back
                header = _Header(before=list(lines[:index]))
            header.before.append(line)
            index += 1
            continue
        header.side_by_side = header.side_by_side or len(parts) > 1
        left_kind = kinds[0] if not parts[0][1] else None
        if in_subject and (left_kind not in (None, "other") or in_subject > _SUBJECT_LINES):
            in_subject = 0
        for (part, _after_gap), kind in zip(parts, kinds, strict=True):
            text = _collapse(_text(part))
            if kind == "rule":
                continue
            if in_subject and kind in ("other", "capitals"):
                header.subject.append(part)
                in_subject += 1
                continue
            if kind in ("national_name", "national_motto", "place_date", "party"):
                if kind in header.right:
                    kind = "other"
                else:
                    header.right[kind] = part
                    header.order.append(kind)
                    continue
            if kind == "number" and header.number is None:
                header.number = part
                header.order.append(kind)
            elif kind == "subject" and not header.subject:
                header.subject.append(part)
                header.order.append(kind)
                in_subject = 1
            elif kind == "mark":
                header.marks.append(part)
            elif kind == "capitals" and header.number is None and not header.subject:
                header.capitals.append(part)
                if "agency" not in header.order:
                    header.order.append("agency")
            elif text:
                header.marks.append(part)  # what the header holds besides: kept, in the cell
        index += 1
    header.end = index
    return header


def _split_agency(lines: list[Line], bold_marked: bool) -> tuple[list[Line], list[Line]]:
    """The parent body's lines (cơ quan chủ quản) and the agency's (tên cơ quan ban hành).

    Where the text marks bold, the agency is the bold lines (as in a Word file). Otherwise
    each line that opens with a body's word (``SỞ``, ``PHÒNG``, ``TRƯỜNG``…) begins a new
    body; the last body is the agency, those above it its parent.
    """
    if not lines:
        return [], []
    if bold_marked and any(p.bold for line in lines for p in line if p.text.strip()):
        first = next(i for i, line in enumerate(lines) if any(p.bold for p in line))
        return lines[:first], lines[first:]
    starts = [
        i
        for i, line in enumerate(lines)
        if i == 0
        or upper(_collapse(_text(line))).startswith(tuple(w + " " for w in _BODY_WORDS))
        or upper(_collapse(_text(line))) in _BODY_WORDS
    ]
    return lines[: starts[-1]], lines[starts[-1] :]


# ----------------------------------------------------------------------------- closing


def _is_label(text: str) -> bool:
    """Whether ``text`` is the Nơi nhận label (ô 9b), alone or with the first entry."""
    match = DISTRIBUTION_LABEL.match(text)
    if match is None:
        return False
    rest = match["rest"].strip()
    return not rest or (bool(match["colon"]) and rest.startswith(LIST_DASHES))


def _is_name(text: str) -> bool:
    """Whether ``text`` reads as a signer's name (họ tên): words mostly capitalised.

    ``Nguyễn Văn A``, ``GS.TS Nguyễn Trung Việt``, ``Thiếu tướng Trương Minh Đương``; not a
    side note beside an entry (``Để đăng dự thảo``).
    """
    if not looks_like_name(text):
        return False
    words = text.split()
    return sum(word[:1].isupper() for word in words) >= len(words) - 1


def _signature_part(text: str, titles: bool) -> bool:
    """Whether ``text`` begins a part of the signature block (after a gap on a line)."""
    return bool(
        AUTHORITY_PREFIX.match(text)
        or (is_upper(text) and not text.startswith(LIST_DASHES))
        or is_mark(text)
        or (titles and _is_name(text))
    )


def _closing_segments(line: Line, titles: bool) -> list[tuple[Line, bool]]:
    """The parts of a closing line: Nơi nhận's side, then the signature's (after a gap)."""
    text = _text(line)
    lead = LEADING_GAP.match(text)
    start = lead.end() if lead is not None else 0
    for gap in COLUMN_GAP.finditer(text, start):
        head = text[start : gap.start()]
        if not head.strip() or head.count("(") > head.count(")"):
            continue
        if _signature_part(_collapse(text[gap.end() :]), titles):
            return [(_slice(line, start, gap.start()), lead is not None),
                    (_slice(line, gap.end(), len(text)), True)]  # fmt: skip
    return [(_slice(line, start, len(text)), lead is not None)] if text[start:].strip() else []


def _ended(entries: list[Line]) -> bool:
    """Whether the last entry of the list ends (``;``, ``.``, ``:``) rather than wraps."""
    return not entries or _collapse(_text(entries[-1])).endswith((";", ".", ":"))


@dataclass(slots=True)
class _Closing:
    """The closing's lines sorted into its two columns (Nơi nhận; the signature block)."""

    start: int
    end: int = 0
    left: list[Line] = field(default_factory=list)
    titles: list[Line] = field(default_factory=list)
    marks: list[Line] = field(default_factory=list)
    signer: Line | None = None
    side_by_side: bool = False


def _closing(lines: Sequence[Line], start: int) -> _Closing | None:
    """The closing (Nơi nhận and the signature), in either order of its columns.

    Its columns may come one after the other or side by side on a line; ``None`` when the
    text has no Nơi nhận label.
    """
    begin = next(
        (i for i in range(start, len(lines))
         if (parts := _closing_segments(lines[i], False))
         and _is_label(_collapse(_text(parts[0][0])))),
        None,
    )  # fmt: skip
    if begin is None:
        return None
    found = _Closing(begin)
    above = begin - 1
    while above >= start and begin - above <= 3 and not _text(lines[above]).strip():
        above -= 1
    while above >= start and len(found.titles) < 3:  # the title typed above the list
        raw = _text(lines[above])
        text = _collapse(raw)
        set_apart = LEADING_GAP.match(raw) or AUTHORITY_PREFIX.match(text)
        if not (set_apart and is_upper(text) and len(text) <= 60 and not text.endswith(":")):
            break
        if not (AUTHORITY_PREFIX.match(text) or TITLE_WORDS.search(text)):
            break
        found.titles.insert(0, (Piece(text),))
        found.start = above
        above -= 1
    label = False
    index = begin
    blank = False
    while index < len(lines):
        parts = _closing_segments(lines[index], bool(found.titles))
        if not parts:
            blank, index = True, index + 1
            continue
        roles: list[str] = []
        for part, after_gap in parts:
            text = _collapse(_text(part))
            if not label and _is_label(text):
                role = "label"
            elif text.startswith(LIST_DASHES) or _ARCHIVE_LINE.match(text):
                role = "entry"
            elif found.signer is not None:
                role = "stop"
            elif AUTHORITY_PREFIX.match(text) or (
                is_upper(text) and not (found.titles and blank and not TITLE_WORDS.search(text))
            ):
                role = "title" if not found.marks else "stop"
            elif is_mark(text) and found.titles:
                role = "mark"
            elif found.titles and (_is_name(text) or (is_upper(text) and blank)):
                role = "name"
            elif label and (
                not found.titles
                or (not after_gap and (text[:1].islower() or not _ended(found.left)))
            ):
                role = "entry"  # an entry without a dash, or one that wraps
            else:
                role = "stop"
            roles.append(role)
        if "stop" in roles or (found.signer is not None and roles != ["entry"]):
            break
        found.side_by_side = found.side_by_side or len(parts) > 1
        for (part, _after_gap), role in zip(parts, roles, strict=True):
            if role == "label":
                label = True
                found.left.append(part)
            elif role == "entry":
                found.left.append(part)
            elif role == "title":
                found.titles.append(part)
            elif role == "mark":
                found.marks.append(part)
            else:
                found.signer = part
        blank = False
        index += 1
        found.end = index
    return found if found.titles or found.left else None


def _title_block(lines: Sequence[Line], start: int) -> dict[int, tuple[bool, bool]]:
    """Bold and italics of the type name and trích yếu (ô 5a, 5b), as Decree 30 prints them.

    Plain text shows neither: the type name and the lines under it are bold, a note in
    brackets under them (``(Tài liệu phục vụ …)``) italic. Line number → (bold, italic).
    """
    at = start
    while at < min(len(lines), start + _TITLE_LINES) and not _text(lines[at]).strip():
        at += 1
    if at >= len(lines) or not _is_type_line(_collapse(_text(lines[at]))):
        return {}
    found = {at: (True, False)}
    for below in range(at + 1, min(len(lines), at + 1 + _SUBJECT_LINES)):
        text = _collapse(_text(lines[below]))
        if not text or is_rule_line(text) or text.endswith(":") or is_upper(text):
            break
        if text.startswith(("Căn cứ", "Kính gửi", "Hôm nay", "Thực hiện")):
            break  # the text begins
        bracketed = text.startswith("(") and text.endswith(")")
        found[below] = (not bracketed, bracketed)
    return found


# ----------------------------------------------------------------------------- paragraphs


class _Paragraphs:
    """Builds stage 1's data (:class:`~vnadmin_docs.ooxml.read.DocxInfo`) from lines."""

    def __init__(self) -> None:
        self.paragraphs: list[ParaInfo] = []
        self.tables: list[TableInfo] = []

    def add(
        self,
        line: Sequence[Piece],
        *,
        bold: bool | None = None,
        table: tuple[int, int, int] | None = None,
    ) -> None:
        runs = [
            RunInfo(text=p.text, fonts={}, theme_fonts=False, hint=None, size=None,
                    bold=p.bold if bold is None else bold, italic=p.italic, underline=False,
                    caps=False, color=None)
            for p in line
            if p.text
        ]  # fmt: skip
        text = "".join(run.text for run in runs)
        self.paragraphs.append(
            ParaInfo(
                index=len(self.paragraphs), text=text, runs=runs, style_id=None,
                style_name=None, align=None, left=0, right=0, first_line=0, hanging=0,
                space_before=0, space_after=0, line=None, line_rule=None, borders={},
                part=_PART, table=table, cell_width=None, section=0,
            )
        )  # fmt: skip

    def table(self, left: list[tuple[Line, bool | None]], right: list[Line]) -> None:
        """The header as the borderless table of two columns a Word file has (1×2)."""
        number = len(self.tables)
        for line, bold in left:
            self.add(line, bold=bold, table=(number, 0, _LEFT))
        for line in right:
            self.add(line, bold=None, table=(number, 0, _RIGHT))
        self.tables.append(
            TableInfo(
                part=_PART, number=number, grid=[3800, 5600], borders={}, style_id=None,
                cells=[CellInfo(0, 0, 1, None, 3800), CellInfo(0, 1, 1, None, 5600)],
            )
        )  # fmt: skip

    def info(self) -> DocxInfo:
        return DocxInfo(
            paragraphs=self.paragraphs, sections=[_SECTION], parts={}, custom_properties={},
            core_properties={}, pages=None, fonts_declared=[], application=None,
            tables=self.tables,
        )  # fmt: skip


# ----------------------------------------------------------------------------- dates


def issue_date(line: str) -> date | PartialDate | None:
    """The date on a place-and-date line (thời gian ban hành, ô 4), as far as it is printed.

    The one place this reader reads a date: a complete date, or the
    :class:`~vnadmin_docs.PartialDate` of a draft whose day or month is left blank.

    >>> issue_date("Kon Tum, ngày 01 tháng 10 năm 2018")
    datetime.date(2018, 10, 1)
    >>> issue_date("Kon Tum, ngày      tháng 4 năm 2026")
    PartialDate(year=2026, month=4, day=None)
    """
    return parse_issue_date(line)


# ----------------------------------------------------------------------------- reading


def _lines_of(text: str) -> tuple[list[Line], bool]:
    """The lines of a text, Markdown emphasis (``**…**``, ``*…*``) read per block of lines.

    Returns the lines and whether the text marks emphasis at all.
    """
    from vnadmin_docs.read.text import _parse_emphasis

    marked = "**" in text
    lines: list[Line] = []
    block: list[str] = []

    def flush() -> None:
        if not block:
            return
        raw = "\n".join(block)
        pieces = _parse_emphasis(raw) if marked and "*" in raw else None
        if pieces is None:
            lines.extend((Piece(b),) if b else () for b in block)
        else:
            current: list[Piece] = []
            for piece_text, bold, italic in pieces:
                for i, chunk in enumerate(piece_text.split("\n")):
                    if i:
                        lines.append(tuple(current))
                        current = []
                    if chunk:
                        current.append(Piece(chunk, bold, italic))
            lines.append(tuple(current))
        block.clear()

    for raw in text.split("\n"):
        if raw.strip():
            block.append(raw)
        else:
            flush()
            lines.append(())
    flush()
    return lines, marked


_HEADER_PARTS_VI = {
    "agency": "tên cơ quan",
    "number": "số, ký hiệu",
    "subject": "trích yếu",
    "national_name": "Quốc hiệu",
    "national_motto": "Tiêu ngữ",
    "place_date": "địa danh, ngày tháng",
    "party": "tên Đảng",
}
"""The header's parts, in Vietnamese, for the note on the order the text gives them."""


def read_lines(
    lines: Sequence[Line],
    *,
    source: str = "text",
    bold_marked: bool = False,
    notes: Sequence[Note] = (),
) -> Reading:
    """Read a document given as lines of pieces (the text's, or an HTML page's).

    Args:
        lines: the lines in reading order; an empty line is a blank line.
        source: the file's name for messages.
        bold_marked: whether the lines' bold says what the document's bold is (HTML's
            ``<b>``, Markdown's ``**``); otherwise the agency is found by convention.
        notes: notes for the reading on what was converted before (NFD, characters).

    Raises:
        ReadError: a component every document has is missing or cannot be read.
        UnsupportedDocumentType: not one of the administrative types of Decree 30/2020.
    """
    from vnadmin_docs.read.docx import read_layout

    header = _header(lines)
    built = _Paragraphs()
    for line in header.before:
        built.add(line)
    split_note: Note | None = None
    if header.found:
        parent, agency = _split_agency(header.capitals, bold_marked)
        left: list[tuple[Line, bool | None]] = [(line, False) for line in parent]
        left += [(line, True) for line in agency]
        left += [(line, None) for line in (header.number, *header.subject) if line is not None]
        left += [(line, None) for line in header.marks]
        right = [header.right[key] for key in ("party", "national_name", "national_motto",
                                               "place_date") if key in header.right]  # fmt: skip
        built.table(left, right)
        if parent and not (bold_marked and any(p.bold for x in agency for p in x)):
            parent_text = " ".join(_collapse(_text(x)) for x in parent)
            agency_text = " ".join(_collapse(_text(x)) for x in agency)
            split_note = Note(
                f"agency: the header's capitals split at the word that names a body: parent "
                f"{parent_text!r}, agency {agency_text!r} (plain text shows no bold)",
                "Tên cơ quan ban hành: các dòng chữ in hoa ở phần đầu được tách tại từ chỉ tên "
                f"cơ quan: cơ quan chủ quản {quote(parent_text)}, cơ quan ban hành "
                f"{quote(agency_text)} (văn bản thuần không thể hiện chữ đậm)",
            )
        rest_at = header.end
    else:
        rest_at = len(header.before)
    closing = _closing(lines, rest_at)

    def capitals_bold(line: Line) -> bool | None:
        """Without marked bold, a line in capitals is bold.

        The headings of Decree 30 (the authority of a quyết định, ``QUYẾT ĐỊNH:``, a
        section's title) all are.
        """
        text = _collapse(_text(line))
        return None if bold_marked or not is_upper(text) or len(text) > 100 else True

    title = _title_block(lines, rest_at) if not bold_marked else {}
    for at, line in enumerate(lines[rest_at : closing.start if closing is not None else None]):
        if at < _TITLE_LINES and is_rule_line(_collapse(_text(line))):
            continue  # the rule under the type name and trích yếu: drawn, not text
        if rest_at + at in title:
            line = tuple(Piece(p.text, *title[rest_at + at]) for p in line)
            built.add(line)
            continue
        built.add(line, bold=capitals_bold(line))
    if closing is not None:
        right = [*closing.titles]
        for extra in (closing.marks, [closing.signer] if closing.signer else []):
            if extra:
                right += [(), *extra]
        built.table([(line, None) for line in closing.left], right)
        for line in lines[closing.end :]:
            built.add(line, bold=capitals_bold(line))
    info = built.info()
    layout = recognise(info)
    reading = read_layout(info, layout, source)
    printed = issue_date(layout.text("place_date", layout.place_date) if layout.place_date else "")
    if printed is not None and reading.document.date != printed:  # the date as printed
        reading.document = reading.document.model_copy(update={"date": printed})
    order = " → ".join(header.order)
    how = "side by side on a line" if header.side_by_side else "one after the other"
    how_vi = "nằm cạnh nhau trên một dòng" if header.side_by_side else "nối tiếp nhau"
    order_vi = " → ".join(_HEADER_PARTS_VI.get(kind, kind) for kind in header.order)
    intro = [
        Note(
            f"text: read as real plain text; the header's parts found {how}: {order}",
            f"Văn bản: đọc như văn bản thuần; các phần của phần đầu văn bản {how_vi}: {order_vi}",
        )
    ]
    if split_note:
        intro.append(split_note)
    reading.notes[:0] = [*notes, *intro]
    return reading


def read_plain(text: str, *, source: str = "text") -> Reading:
    r"""Read a document from real plain text (đọc văn bản thuần): Word, LibreOffice, a portal.

    The header's columns may come one after the other in any order, or side by side on a
    line (apart by a tab or runs of spaces); every type of Decree 30/2020 is read, its
    components found as the .docx reader finds them in a Word file.

    >>> from vnadmin_docs.read.plain import read_plain
    >>> reading = read_plain(
    ...     "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    ...     "TỈNH KON TUM\tĐộc lập - Tự do - Hạnh phúc\n"
    ...     "Số: 12/QĐ-UBND\tKon Tum, ngày 05 tháng 3 năm 2025\n\n"
    ...     "QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n\n"
    ...     "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KON TUM\n\n"
    ...     "Căn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT ĐỊNH:\n\n"
    ...     "Điều 1. Thành lập Tổ công tác.\n\n"
    ...     "Nơi nhận:\tCHỦ TỊCH\n- Như Điều 1;\n- Lưu: VT.\n\n\n\tNguyễn Văn A\n"
    ... )
    >>> document = reading.document
    >>> document.number.serial, document.number.notation, document.signature.signer
    (12, 'QĐ-UBND', 'Nguyễn Văn A')

    Args:
        text: the whole text.
        source: the file's name for messages.

    Raises:
        ReadError: the text is empty, or a component every document has is missing.
        UnsupportedDocumentType: not one of the administrative types of Decree 30/2020.
    """
    notes: list[Note] = []
    text = text.removeprefix("\ufeff")
    problem = character_problem(text)
    if problem is not None:
        cleaned = without_forbidden_characters(text)
        notes.append(characters_removed(len(text) - len(cleaned), problem))
        text = cleaned
    if not is_nfc(text):
        notes.append(nfd_converted())
        text = nfc(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00ad", "")
    if not text.strip():
        raise ReadError(f"{source}: the text is empty")
    lines, marked = _lines_of(text)
    return read_lines(lines, source=source, bold_marked=marked, notes=notes)
