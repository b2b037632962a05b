"""The plain-text reader (đọc văn bản thuần): the inverse of :func:`vnadmin_docs.render_text`.

:func:`read_text` takes a công văn laid out as plain text in the reading order of the printed
page, the layout of the reference file ``000_e63cb8dbe47f42a9.txt`` and of
:func:`~vnadmin_docs.render_text`: blocks of lines separated by blank lines, optionally with
Markdown emphasis (``**…**`` bold, ``*…*`` italic) as formatting. It finds the components
by their fixed markers, as a clerk would:

- the Quốc hiệu and Tiêu ngữ (``CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`` / ``Độc lập - Tự do -
  Hạnh phúc``); the blocks above it are the agency (tên cơ quan ban hành) and, when there
  are two, its parent (cơ quan chủ quản);
- the number (số, ký hiệu: the line starting ``Số``) with the subject under it (trích yếu,
  the ``V/v`` lines), the place-and-date line (địa danh, ``…, ngày … tháng … năm …``) and
  the marks (độ mật, độ khẩn, phạm vi lưu hành);
- ``Kính gửi:`` and the recipients; the body (nội dung) up to ``Nơi nhận:``; the
  distribution list with its ``- Lưu:`` line and the drafter's initials (ký hiệu người soạn
  thảo); the signature block (chức vụ, họ tên người ký);
- each attachment (đề cương, phụ lục) by its reference line ``(Kèm theo Công văn số … của
  …)``, which also gives the agency's name in normal case.

In the body, ``1.`` ``2.`` items make a decimal list, ``a)`` a letter list, ``I.`` a Roman
one, ``-``, ``*`` and ``+`` bulleted ones. A bullet list right after a numbered item nests
under it (``+`` nests under ``-`` too), a letter list under a decimal item, a decimal list
under a Roman item; a paragraph after a list ends it. ``Phần``, ``Chương``, ``Mục``,
``Tiểu mục`` and ``Điều`` lines are headings, lines of cells joined by `` | `` a table.

Printed forms stay as printed: the model's own parsers read the number line
(:class:`~vnadmin_docs.DocumentNumber`), the title lines (:class:`~vnadmin_docs.TitleLine`)
and the recipients (:class:`~vnadmin_docs.Addressee`). The :class:`~vnadmin_docs.read.Reading`
says how sure the reader is of each component and notes every guess and every line put in
the body because it fit nowhere else. Its confidence keys are those of the standard's
components: ``national_name``, ``national_motto``, ``parent_agency``, ``agency``,
``agency_abbreviation``, ``number``, ``place_date``, ``dispatch_subject``, ``confidentiality``,
``urgency``, ``circulation``, ``recipients``, ``body``, ``distribution``, ``signature`` and
``attachments`` (each present when the component is).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date as Date
from functools import partial
from typing import TypeVar

from pydantic import ValidationError

from vnadmin_docs.errors import ReadError, UnsupportedDocumentType
from vnadmin_docs.models.base import character_problem, without_forbidden_characters
from vnadmin_docs.models.body import (
    Block,
    Heading,
    HeadingLevel,
    ListBlock,
    ListItem,
    ListStyle,
    Paragraph,
    Run,
    Table,
    roman,
    vietnamese_letter,
)
from vnadmin_docs.models.components import (
    Addressee,
    Agency,
    Confidentiality,
    Distribution,
    DocumentNumber,
    Marks,
    ParentAgency,
    SignatureBlock,
    TitleLine,
    Urgency,
)
from vnadmin_docs.models.documents import (
    Attachment,
    AttachmentKind,
    DocumentType,
    OfficialDispatch,
)
from vnadmin_docs.read import Reading
from vnadmin_docs.standards import national_motto, national_name
from vnadmin_docs.vietnamese import is_nfc, lower, nfc, same_words, tone_insensitive_key, upper

__all__ = ["guess_name", "read_text"]

_T = TypeVar("_T")

# Confidence levels (độ tin cậy).
_MARKED = 1.0
"""Found by a fixed marker: Quốc hiệu, ``Số``, ``Kính gửi:``, ``Nơi nhận:``, ``Kèm theo``."""
_PLACED = 0.9
"""Found by its place in the layout (the agency above the Quốc hiệu, the signer last)."""
_CONVENTION = 0.8
"""Derived by a convention: the agency's abbreviation from the notation."""
_GUESSED = 0.5
"""Guessed: a normal-case name title-cased from capitals."""

_END_MARK = "./."
"""The end mark (dấu kết thúc) the reader recognises at the end of a body."""

_NUMBER_LINE = re.compile(r"^Số\s*(?::\s*)?(?:\d+\s*)?/")
"""A number line; no two white-space runs side by side (they would backtrack cubically)."""
_PLACE_DATE = re.compile(
    r"^(?P<place>.+?),\s*ngày\s+(?P<day>\d{1,2})\s+tháng\s+(?P<month>\d{1,2})"
    r"\s+năm\s+(?P<year>\d{4})\s*\.?\s*$"
)
_PLACE_NO_DATE = re.compile(r"^(?P<place>.+?),\s*ngày[\s._…]*tháng[\s._…]*năm[\s._…]*$")
_ARCHIVE = re.compile(
    r"^Lưu\s*:\s*(?P<units>[^()]*?)\s*(?:\((?P<copies>\d+)\))?\s*\.(?:\s+(?P<mark>\S.*))?$"
)
_DRAFTER_MARK = re.compile(r"^(?P<drafter>[^\s()]*?)(?:\.?\((?P<copies>\d+)\))?$")
_LABEL = re.compile(r"^(?:Phụ lục|PHỤ LỤC)(?:\s+(?:số\s+|SỐ\s+)?[0-9IVXLCDM]+[a-zA-Z]?)?\.?$")
_HEADING_OWN_LINE = re.compile(r"^(?P<word>Phần|Chương|Mục|Tiểu mục) (?P<number>\d+|[IVXLCDM]+)$")
_ARTICLE = re.compile(r"^Điều (?P<number>\d+[a-zđ]?)\.(?: (?P<title>.+))?$", re.DOTALL)
_HEADING_WORDS = {
    "Phần": HeadingLevel.PART,
    "Chương": HeadingLevel.CHAPTER,
    "Mục": HeadingLevel.SECTION,
    "Tiểu mục": HeadingLevel.SUBSECTION,
}
_ITEM_MARKERS: tuple[tuple[ListStyle, re.Pattern[str]], ...] = (
    (ListStyle.DECIMAL, re.compile(r"^(?P<n>\d+)\. (?P<rest>\S.*)$", re.DOTALL)),
    (ListStyle.LETTER, re.compile(r"^(?P<n>[a-zđ])\) (?P<rest>\S.*)$", re.DOTALL)),
    (ListStyle.ROMAN, re.compile(r"^(?P<n>[IVXLCDM]+)\. (?P<rest>\S.*)$", re.DOTALL)),
    (ListStyle.DASH, re.compile(r"^[-–] (?P<rest>\S.*)$", re.DOTALL)),
    (ListStyle.PLUS, re.compile(r"^\+ (?P<rest>\S.*)$", re.DOTALL)),
    (ListStyle.STAR, re.compile(r"^\* (?P<rest>\S.*)$", re.DOTALL)),
)
_LETTER_NUMBERS = {vietnamese_letter(i): i for i in range(1, 24)}
_NUMBERED_RANK = {ListStyle.ROMAN: 0, ListStyle.DECIMAL: 1, ListStyle.LETTER: 2}
_DASHES = ("-", "–", "+", "•")

# Administrative-unit words (đơn vị hành chính): the words after them are a proper name.
_UNIT_WORDS = (
    ("thành", "phố"),
    ("thị", "xã"),
    ("thị", "trấn"),
    ("tỉnh",),
    ("huyện",),
    ("quận",),
    ("xã",),
    ("phường",),
)
# Abbreviations kept in capitals when a name is title-cased (chữ viết tắt).
_ABBREVIATIONS = frozenset(
    {"UBND", "HĐND", "MTTQ", "TW", "TP", "TP.", "TX", "TX.", "BCH", "BCĐ", "VN", "CHXHCN"}
)

_NATIONAL_NAME_KEY = tone_insensitive_key(national_name())
_MOTTO_KEY = tone_insensitive_key(national_motto().replace("-", " "))
_TYPE_NAMES = {
    tone_insensitive_key(t.vietnamese_name): t
    for t in DocumentType
    if t is not DocumentType.CONG_VAN
}


# ----------------------------------------------------------------------------- helpers


def guess_name(lines: Sequence[str]) -> str:
    """Guess an agency's normal-case name (tên cơ quan viết thường) from its capital lines.

    The capitals are lower-cased, then the first letter is capitalised, and so is every word
    after an administrative-unit word (tỉnh, thành phố, huyện, quận, xã, phường, thị xã, thị
    trấn): the place name. Common abbreviations (``UBND``, ``HĐND``) stay in capitals. It is
    a guess: ``SỞ TÀI CHÍNH`` gives ``Sở tài chính``, where Phụ lục II writes ``Sở Tài chính``.

    >>> guess_name(["ỦY BAN NHÂN DÂN", "TỈNH KON TUM"])
    'Ủy ban nhân dân tỉnh Kon Tum'
    >>> guess_name(["UBND THÀNH PHỐ KON TUM"])
    'UBND thành phố Kon Tum'

    Args:
        lines: the header lines as printed, in capitals.

    Returns:
        The name on one line, in normal case.
    """
    printed = " ".join(" ".join(lines).split()).split(" ")
    words = [lower(word) for word in printed]
    unit_at: set[int] = set()
    index = 0
    while index < len(words):
        unit = next((u for u in _UNIT_WORDS if tuple(words[index : index + len(u)]) == u), None)
        if unit is None:
            index += 1
            continue
        unit_at.update(range(index, index + len(unit)))
        index += len(unit)
    result: list[str] = []
    after_unit = False
    for index, (word, original) in enumerate(zip(words, printed, strict=True)):
        if original in _ABBREVIATIONS or any(ch.isdigit() for ch in original):
            result.append(original)
        elif index == 0 or (after_unit and index not in unit_at):
            result.append(upper(word[:1]) + word[1:])
        else:
            result.append(word)
        after_unit = after_unit or index in unit_at
    return " ".join(result)


def _parse_emphasis(text: str) -> list[tuple[str, bool, bool]] | None:
    """Split Markdown emphasis into ``(text, bold, italic)`` pieces; ``None`` if unbalanced."""
    pieces: list[tuple[str, bool, bool]] = []
    pos = 0
    while pos < len(text):
        if text[pos] != "*":
            end = text.find("*", pos)
            end = len(text) if end == -1 else end
            pieces.append((text[pos:end], False, False))
            pos = end
            continue
        for marker, bold, italic in (("***", True, True), ("**", True, False), ("*", False, True)):
            if not text.startswith(marker, pos):
                continue
            close = text.find(marker, pos + len(marker))
            if close > pos + len(marker):
                pieces.append((text[pos + len(marker) : close], bold, italic))
                pos = close + len(marker)
                break
        else:
            return None
    return pieces


def _runs(text: str) -> tuple[Run, ...]:
    """The runs of a text with Markdown emphasis, adjacent runs of one format joined."""
    pieces = _parse_emphasis(text)
    if pieces is None:
        pieces = [(text, False, False)]
    merged: list[tuple[str, bool, bool]] = []
    for piece in pieces:
        if merged and merged[-1][1:] == piece[1:]:
            merged[-1] = (merged[-1][0] + piece[0], *piece[1:])
        else:
            merged.append(piece)
    return tuple(Run(text=t, bold=b, italic=i) for t, b, i in merged if t)


def _plain(text: str) -> str:
    """The text without its Markdown emphasis (formatting, not text)."""
    pieces = _parse_emphasis(text)
    return text if pieces is None else "".join(piece[0] for piece in pieces)


def _key(text: str) -> str:
    return tone_insensitive_key(text)


def _starts(text: str, prefix: str) -> bool:
    """Whether ``text`` starts with ``prefix``, ignoring case and tone placement."""
    return _key(text).startswith(_key(prefix))


def _clip(text: str, width: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


@dataclass(slots=True)
class _Block:
    """Lines of text between blank lines (khối dòng), as written, markup included."""

    raw: str
    line: int
    """Number of its first line in the text, from 1."""

    @property
    def plain(self) -> str:
        return _plain(self.raw)

    @property
    def lines(self) -> list[str]:
        return [line.strip() for line in self.plain.split("\n")]

    @property
    def first(self) -> str:
        return self.lines[0]


def _blocks(text: str) -> list[_Block]:
    blocks: list[_Block] = []
    current: list[str] = []
    start = 0
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            if not current:
                start = number
            current.append(line.rstrip("\r"))
        elif current:
            blocks.append(_Block("\n".join(current), start))
            current = []
    if current:
        blocks.append(_Block("\n".join(current), start))
    return blocks


# ----------------------------------------------------------------------------- body


@dataclass(slots=True)
class _ItemDraft:
    runs: tuple[Run, ...]
    blocks: list[_ListDraft] = field(default_factory=list)


@dataclass(slots=True)
class _ListDraft:
    style: ListStyle
    start: int
    items: list[_ItemDraft] = field(default_factory=list)

    @property
    def next_number(self) -> int:
        return self.start + len(self.items)

    def build(self) -> ListBlock:
        items = tuple(
            ListItem(runs=item.runs, blocks=tuple(child.build() for child in item.blocks))
            for item in self.items
        )
        return ListBlock(style=self.style, start=self.start, items=items)


def _nests(child: ListStyle, parent: ListStyle) -> bool:
    """Whether a list of style ``child`` right after an item of ``parent`` nests under it."""
    if parent.numbered:
        return not child.numbered or _NUMBERED_RANK[child] > _NUMBERED_RANK[parent]
    return parent is ListStyle.DASH and child is ListStyle.PLUS


def _item(raw: str) -> tuple[ListStyle, int | None, str] | None:
    """The list marker of a block: style, number (numbered styles) and the text after it."""
    for style, pattern in _ITEM_MARKERS:
        match = pattern.match(raw)
        if match is None:
            continue
        if style is ListStyle.DECIMAL:
            number: int | None = int(match["n"])
            if number == 0:
                continue
        elif style is ListStyle.LETTER:
            number = _LETTER_NUMBERS.get(match["n"])
        elif style is ListStyle.ROMAN:
            number = _roman_value(match["n"])
        else:
            number = None
        if style.numbered and number is None:
            continue
        return style, number, match["rest"]
    return None


def _roman_value(text: str) -> int | None:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for index, ch in enumerate(text):
        value = values[ch]
        following = values[text[index + 1]] if index + 1 < len(text) else 0
        total += -value if value < following else value
    return total if 0 < total < 4000 and roman(total) == text else None


def _table(raw: str) -> Table | None:
    lines = raw.split("\n")
    counts = {line.count(" | ") for line in lines}
    if len(counts) != 1 or 0 in counts or "*" in raw:
        return None
    rows = tuple(tuple(cell.strip() for cell in line.split(" | ")) for line in lines)
    if any(not cell for row in rows for cell in row):
        return None
    return Table(rows=rows)


def _heading(raw: str) -> Heading | None:
    text = _plain(raw)
    first, _, rest = text.partition("\n")
    match = _HEADING_OWN_LINE.match(first)
    if match is not None:
        return Heading(
            level=_HEADING_WORDS[match["word"]], number=match["number"], title=rest or None
        )
    match = _ARTICLE.match(text)
    if match is not None:
        return Heading(level=HeadingLevel.ARTICLE, number=match["number"], title=match["title"])
    return None


class _BodyReader:
    """Turns the blocks of a body (nội dung) into the model's tree of blocks."""

    def __init__(self) -> None:
        self.blocks: list[Block | _ListDraft] = []
        self.open: list[_ListDraft] = []

    def add(self, raw: str) -> None:
        table = _table(raw)
        marked = _item(raw) if table is None else None
        if marked is not None:
            style, number, rest = marked
            self.add_item(style, number, _runs(rest))
            return
        self.open.clear()  # a paragraph, heading or table after a list ends it
        block: Block | None = table or _heading(raw)
        self.blocks.append(block if block is not None else Paragraph(runs=_runs(raw)))

    def add_paragraph(self, text: str) -> None:
        self.open.clear()
        self.blocks.append(Paragraph(runs=(Run(text=text),)))

    def add_item(self, style: ListStyle, number: int | None, runs: tuple[Run, ...]) -> None:
        item = _ItemDraft(runs)
        while True:
            for depth in range(len(self.open) - 1, -1, -1):
                draft = self.open[depth]
                if draft.style is style and (not style.numbered or number == draft.next_number):
                    del self.open[depth + 1 :]
                    draft.items.append(item)
                    return
            if self.open and _nests(style, self.open[-1].style):
                nested = _ListDraft(style, number or 1, [item])
                self.open[-1].items[-1].blocks.append(nested)
                self.open.append(nested)
                return
            if not self.open:
                break
            self.open.pop()
        draft = _ListDraft(style, number or 1, [item])
        self.blocks.append(draft)
        self.open.append(draft)

    def build(self) -> tuple[Block, ...]:
        return tuple(b.build() if isinstance(b, _ListDraft) else b for b in self.blocks)


def _cut_end_mark(blocks: list[_Block]) -> tuple[list[str], str | None]:
    """The raw texts of a body, the end mark (dấu kết thúc) cut from the last one."""
    raws = [block.raw for block in blocks]
    if raws and raws[-1].rstrip().endswith(_END_MARK):
        cut = raws[-1].rstrip()[: -len(_END_MARK)]
        if cut.strip():
            raws[-1] = cut
            return raws, _END_MARK
    return raws, None


# ----------------------------------------------------------------------------- reader


class _Reader:
    """Reads one text; collects confidence and notes on the way."""

    def __init__(self, text: str, source: str) -> None:
        self.source = source
        self.confidence: dict[str, float] = {}
        self.notes: list[str] = []
        self.extra: list[_Block] = []
        """Blocks that fit no component: they go to the start of the body."""
        if text.startswith("\ufeff"):
            text = text[1:]
        problem = character_problem(text)
        if problem is not None:  # a Word document cannot hold them: dropped, and said so
            cleaned = without_forbidden_characters(text)
            self.notes.append(
                f"text: {len(text) - len(cleaned)} character(s) removed; the first "
                + problem.removeprefix("contains ")
            )
            text = cleaned
        if not is_nfc(text):
            self.notes.append("text: converted to Unicode NFC (TCVN 6909:2001) from NFD")
            text = nfc(text)
        self.blocks = _blocks(text.replace("\r\n", "\n").replace("\r", "\n"))

    # ------------------------------------------------------------------ plumbing

    def error(self, message: str) -> ReadError:
        return ReadError(f"{self.source}: {message}")

    def build(self, what: str, block: _Block | None, factory: Callable[[], _T]) -> _T:
        """Build a model part, turning a validation error into a :class:`ReadError`."""
        try:
            return factory()
        except ValidationError as error:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e['loc']) or 'value'}: {e['msg']}"
                for e in error.errors()
            )
            where = f" (line {block.line}: {_clip(block.first)!r})" if block else ""
            raise self.error(f"cannot read the {what}{where}: {problems}") from None

    def found(self, key: str, sure: float) -> None:
        self.confidence[key] = sure

    def find(self, start: int, end: int, test: Callable[[_Block], bool]) -> int | None:
        return next((i for i in range(start, end) if test(self.blocks[i])), None)

    # ------------------------------------------------------------------ read

    def read(self) -> OfficialDispatch:
        blocks = self.blocks
        if not blocks:
            raise self.error(
                "the text is empty: expected a công văn laid out as plain text (agency, "
                "Quốc hiệu, 'Số: …', 'V/v …', place and date, 'Kính gửi:', body, 'Nơi nhận:', "
                "signature)"
            )
        kinh_gui = self.find(0, len(blocks), lambda b: _starts(b.first, "Kính gửi"))
        noi_nhan = self.find(kinh_gui or 0, len(blocks), lambda b: _starts(b.first, "Nơi nhận"))
        header_end = next((i for i in (kinh_gui, noi_nhan) if i is not None), min(len(blocks), 15))
        self.check_type(header_end)
        number_at = self.find(0, header_end, lambda b: any(_NUMBER_LINE.match(x) for x in b.lines))
        if number_at is None:
            raise self.error(
                "no number line (số, ký hiệu, ô 3): expected a line such as "
                "'Số: 05/SNV-VP' under the agency's name"
                + (" before 'Kính gửi:'" if kinh_gui is not None else "")
            )
        if kinh_gui is None:
            raise self.error("no 'Kính gửi:' line (ô 9a): a công văn names its recipients after it")
        number, subject, header_taken = self.number_and_subject(number_at)
        place, when, date_at = self.place_date(kinh_gui, number_at)
        taken = {number_at, date_at, *header_taken}
        national_at = self.national_name(number_at, taken)
        marks = self.marks(national_at, number_at, kinh_gui, taken)
        recipients, body_start = self.recipients(kinh_gui)
        if noi_nhan is not None:
            body_end, closing_start = noi_nhan, noi_nhan + 1
        else:
            body_end = closing_start = self.signature_start(body_start)
        starts = self.attachment_starts(closing_start)
        distribution, signature, trailing = self.closing(
            noi_nhan, closing_start, starts[0] if starts else len(blocks)
        )
        attachments, referenced = self.attachments(starts)
        agency = self.agency(national_at, number_at, place, number, referenced, taken)
        self.extra += [blocks[i] for i in range(kinh_gui) if i not in taken]
        body, end_mark = self.body(blocks[body_start:body_end], trailing)
        document = self.build(
            "công văn",
            None,
            lambda: OfficialDispatch(
                agency=agency,
                number=number,
                date=when,
                subject=subject,
                recipients=recipients,
                body=body,
                end_mark=end_mark,
                signature=signature,
                distribution=distribution,
                marks=marks,
                attachments=attachments,
            ),
        )
        expected = f"({document.reference_line()})"
        for index in starts:
            reference = next(b for b in self.blocks[index:] if b.first.startswith("(Kèm theo"))
            if " ".join(reference.plain.split()) != expected:
                self.notes.append(
                    f"attachments: the reference line on line {reference.line} differs from "
                    f"the one the header gives, {expected!r}"
                )
        return document

    def check_type(self, header_end: int) -> None:
        """Raise :class:`UnsupportedDocumentType` for a type name (tên loại) in the header."""
        for block in self.blocks[:header_end]:
            doc_type = _TYPE_NAMES.get(_key(block.first))
            if doc_type is not None:
                raise UnsupportedDocumentType(
                    f"{self.source}: line {block.line} names the document type "
                    f"{block.first!r} ({doc_type.vietnamese_name}, {doc_type.value}); the "
                    "plain-text reader reads only the công văn (OfficialDispatch) so far"
                )

    def number_and_subject(self, at: int) -> tuple[DocumentNumber, tuple[str, ...], set[int]]:
        """Số, ký hiệu (ô 3) and the trích yếu under it (ô 5b)."""
        block = self.blocks[at]
        lines = block.lines
        index = next(i for i, line in enumerate(lines) if _NUMBER_LINE.match(line))
        if index:
            self.extra.append(_Block("\n".join(lines[:index]), block.line))
        number = self.build(
            "number (số, ký hiệu)", block, lambda: DocumentNumber.model_validate(lines[index])
        )
        self.found("number", _MARKED)
        subject = lines[index + 1 :]
        taken: set[int] = set()
        if (
            not subject
            and at + 1 < len(self.blocks)
            and self.blocks[at + 1].first.startswith("V/v")
        ):
            subject = self.blocks[at + 1].lines
            taken.add(at + 1)
        if not subject:
            raise self.error(
                f"no subject (trích yếu, ô 5b) under the number on line {block.line}: "
                "expected a line starting 'V/v'"
            )
        first = subject[0]
        if first.startswith("V/v"):
            rest = first[3:].lstrip(" :")
            subject = [rest, *subject[1:]] if rest else subject[1:]
            self.found("dispatch_subject", _MARKED)
        else:
            self.found("dispatch_subject", _PLACED)
            self.notes.append(
                f"dispatch_subject: the line under the number, {_clip(first)!r}, has no 'V/v'; "
                "read as the subject (trích yếu)"
            )
        if not subject:
            raise self.error(f"the subject (trích yếu, ô 5b) on line {block.line + 1} is empty")
        return number, tuple(subject), taken

    def place_date(self, end: int, number_at: int) -> tuple[str, Date | None, int]:
        """Địa danh and thời gian ban hành (ô 4) from the ``…, ngày … tháng … năm …`` line."""
        for index in range(end):
            if index == number_at:
                continue
            block = self.blocks[index]
            match = _PLACE_DATE.match(block.first)
            if match is not None:
                try:
                    when = Date(int(match["year"]), int(match["month"]), int(match["day"]))
                except ValueError as error:
                    raise self.error(
                        f"the date on line {block.line}, {block.first!r}, is not a date of "
                        f"the calendar ({error})"
                    ) from None
                return self.took_date(index, match["place"], when)
            match = _PLACE_NO_DATE.match(block.first)
            if match is not None:
                return self.took_date(index, match["place"], None)
        raise self.error(
            "no place-and-date line (địa danh và thời gian ban hành, ô 4): expected a line "
            "such as 'Kon Tum, ngày 01 tháng 10 năm 2018' before 'Kính gửi:'"
        )

    def took_date(self, index: int, place: str, when: Date | None) -> tuple[str, Date | None, int]:
        block = self.blocks[index]
        if len(block.lines) > 1:
            self.extra.append(_Block("\n".join(block.lines[1:]), block.line + 1))
        self.found("place_date", _MARKED)
        return " ".join(place.split()), when, index

    def national_name(self, number_at: int, taken: set[int]) -> int | None:
        """The Quốc hiệu and Tiêu ngữ (ô 1): the block that anchors the agency above it."""
        for index in range(number_at):
            block = self.blocks[index]
            if index in taken or not _key(block.first).startswith(_NATIONAL_NAME_KEY):
                continue
            taken.add(index)
            self.found("national_name", _MARKED)
            motto = block.lines[1] if len(block.lines) > 1 else None
            if motto is None and index + 1 < number_at:
                following = self.blocks[index + 1]
                if _key(following.first.replace("-", " ")) == _MOTTO_KEY:
                    taken.add(index + 1)
                    motto = following.first
            self.found("national_motto", _MARKED if motto is not None else 0.0)
            return index
        self.found("national_name", 0.0)
        self.notes.append(
            "national_name: no Quốc hiệu (CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM) found; the agency "
            "is read from the blocks above the number"
        )
        return None

    def marks(self, national_at: int | None, number_at: int, end: int, taken: set[int]) -> Marks:
        """Độ mật (ô 10a), độ khẩn (ô 10b) and phạm vi lưu hành (ô 11) in the header."""
        values: dict[str, Confidentiality | Urgency | str] = {}
        for index in range(end):
            block = self.blocks[index]
            if index in taken or len(block.lines) != 1:
                continue
            line = block.first
            secret = next((m for m in Confidentiality if same_words(line, m.value)), None)
            urgent = next((m for m in Urgency if same_words(line, m.value)), None)
            if secret is not None and "confidentiality" not in values:
                values["confidentiality"] = secret
            elif urgent is not None and "urgency" not in values:
                values["urgency"] = urgent
            elif (
                national_at is not None
                and national_at < index < number_at
                and "circulation" not in values
            ):
                values["circulation"] = line
            else:
                continue
            taken.add(index)
        for key in values:
            self.found(key, _PLACED if key == "circulation" else _MARKED)
        return self.build("marks (dấu chỉ dẫn)", None, lambda: Marks.model_validate(values))

    def agency(
        self,
        national_at: int | None,
        number_at: int,
        place: str,
        number: DocumentNumber,
        referenced: str | None,
        taken: set[int],
    ) -> Agency:
        """Tên cơ quan ban hành (ô 2) and its cơ quan chủ quản, from the blocks on top.

        The normal-case name comes from an attachment's reference line (``… của Ủy ban nhân
        dân tỉnh Kon Tum``) when there is one, else it is guessed from the capitals.
        """
        anchor = national_at if national_at is not None else number_at
        above = [i for i in range(anchor) if i not in taken]
        if not above:
            raise self.error(
                "no agency name (tên cơ quan, tổ chức ban hành, ô 2): expected its lines in "
                "capitals above the Quốc hiệu"
            )
        if len(above) == 1:
            parent_lines, lines = self.split_bold(self.blocks[above[0]])
        else:
            parent_lines, lines = self.blocks[above[0]].lines, self.blocks[above[-1]].lines
        taken.update((above[0], above[-1]))
        if referenced:
            name = referenced
            self.found("agency", _MARKED)
        else:
            name = guess_name(lines)
            self.notes.append(
                f"agency: normal-case name guessed by title-casing the header lines: {name!r}"
            )
            self.found("agency", _GUESSED)
        parent = None
        if parent_lines:
            parent_name = guess_name(parent_lines)
            self.notes.append(
                f"parent_agency: normal-case name guessed by title-casing: {parent_name!r}"
            )
            self.found("parent_agency", _GUESSED)
            parent = self.build(
                "parent agency (cơ quan chủ quản)",
                self.blocks[above[0]],
                lambda: ParentAgency(
                    name=parent_name,
                    lines=None if parent_lines == [upper(parent_name)] else tuple(parent_lines),
                ),
            )
        abbreviation = number.groups[0]
        self.notes.append(
            f"agency: abbreviation {abbreviation!r} taken from the notation's first group "
            f"({number.notation}), as a công văn's ký hiệu begins with it"
        )
        self.found("agency_abbreviation", _CONVENTION)
        return self.build(
            "agency (cơ quan ban hành)",
            self.blocks[above[-1]],
            lambda: Agency(
                name=name,
                lines=None if lines == [upper(name)] else tuple(lines),
                parent=parent,
                abbreviation=abbreviation,
                place=place,
            ),
        )

    @staticmethod
    def split_bold(block: _Block) -> tuple[list[str], list[str]]:
        """Parent and agency lines of one block: plain lines above bold ones (Markdown)."""
        pieces = _parse_emphasis(block.raw.strip())
        if pieces and len(pieces) == 2 and not pieces[0][1] and pieces[1][1]:
            head = pieces[0][0]
            if head.endswith("\n"):
                return (
                    [line.strip() for line in head.split("\n") if line.strip()],
                    [line.strip() for line in pieces[1][0].split("\n")],
                )
        return [], block.lines

    def recipients(self, at: int) -> tuple[tuple[Addressee, ...], int]:
        """The recipients after ``Kính gửi:`` (ô 9a), punctuation kept where not prescribed."""
        block = self.blocks[at]
        first = block.first
        rest = first.partition(":")[2] if ":" in first else first[len("Kính gửi") :]
        lines = [rest.strip()] if rest.strip() else []
        lines += block.lines[1:]
        following = at + 1
        if not lines:
            if following >= len(self.blocks):
                raise self.error(f"no recipient after 'Kính gửi:' on line {block.line}")
            lines = self.blocks[following].lines
            block = self.blocks[following]
            following += 1
        self.found("recipients", _MARKED)
        last = len(lines) - 1
        recipients = tuple(
            self.addressee(line, ("." if i == last else ";") if last else "", block)
            for i, line in enumerate(lines)
        )
        return recipients, following

    def addressee(self, line: str, prescribed: str, block: _Block) -> Addressee:
        """One recipient line; its punctuation kept only where it is not the prescribed one."""
        parsed = self.build("recipient (nơi nhận)", block, lambda: Addressee.model_validate(line))
        end = parsed.punctuation or ""
        return parsed.model_copy(update={"punctuation": None if end == prescribed else end})

    def signature_start(self, body_start: int) -> int:
        """Without ``Nơi nhận:``, the signature starts at the first authority line (TM., KT.…)."""
        for index in range(body_start, len(self.blocks)):
            line = self.blocks[index].first
            try:
                title = TitleLine.model_validate(line)
            except ValidationError:
                continue
            if title.authority is not None and line == upper(line):
                self.notes.append(
                    "distribution: no 'Nơi nhận:' found; the signature block starts at line "
                    f"{self.blocks[index].line}"
                )
                self.found("distribution", 0.0)
                return index
        raise self.error(
            "no 'Nơi nhận:' line (ô 9b) and no signature block (TM., KT., … with the "
            "signer's name) after the body"
        )

    def attachment_starts(self, start: int) -> list[int]:
        """Where each attachment (đề cương, phụ lục) starts: its label or its title.

        An attachment is found by its reference line ``(Kèm theo …)``: the block above it is
        the title, and the one above that its label when it reads ``Phụ lục …``. The first
        leaves room for the signature block (title lines and signer) after ``start``.
        """
        starts: list[int] = []
        previous = start + 1
        for index in range(start + 3, len(self.blocks)):
            if not self.blocks[index].first.startswith("(Kèm theo"):
                continue
            title = index - 1
            if title <= previous:
                continue
            if title - 1 > previous and _LABEL.match(self.blocks[title - 1].first):
                title -= 1
            starts.append(title)
            previous = index
        return starts

    def closing(
        self, label_at: int | None, start: int, end: int
    ) -> tuple[Distribution, SignatureBlock, list[_Block]]:
        """Nơi nhận (ô 9b, 12) and the signature block (ô 7, 8) in ``start:end``.

        The last two blocks are the title lines and the signer (its name follows the space
        left for the signature); the blocks before them, the distribution lines.
        """
        label = self.blocks[label_at] if label_at is not None else None
        parts = self.blocks[start:end]
        distribution_lines = label.lines[1:] if label is not None else []
        trailing: list[_Block] = []
        if len(parts) > 3:
            dashed = 0
            while dashed < len(parts) - 2 and parts[dashed].first.startswith(_DASHES):
                dashed += 1
            trailing = parts[dashed + 2 :]
            parts = parts[: dashed + 2]
        titles: list[str] = []
        signer: list[str] = []
        if len(parts) >= 2:
            titles, signer = parts[-2].lines, parts[-1].lines
            for block in parts[:-2]:
                distribution_lines += block.lines
        elif parts and len(parts[0].lines) >= 2:
            titles, signer = parts[0].lines[:-1], parts[0].lines[-1:]
        if not titles or titles[0].startswith(_DASHES) or signer[-1].startswith(_DASHES):
            after = f" after line {label.line}" if label is not None else ""
            raise self.error(
                f"no signature block (chức vụ, họ tên người ký, ô 7){after}: expected the "
                "title lines (e.g. 'KT. GIÁM ĐỐC') and the signer's name"
            )
        if len(signer) > 1:
            self.notes.append(
                f"signature: lines above the signer's name kept out of it: {signer[:-1]!r}"
            )
        signature = self.build(
            "signature block (chữ ký)",
            parts[-1],
            lambda: SignatureBlock(
                lines=tuple(TitleLine.model_validate(line) for line in titles),
                signer=signer[-1],
            ),
        )
        self.found("signature", _PLACED)
        distribution = self.distribution(distribution_lines, label or parts[0])
        if label is not None:
            self.found("distribution", _MARKED)
        for block in trailing:
            for number, line in enumerate(block.lines, start=block.line):
                self.notes.append(
                    f"body: line {number}, {_clip(line)!r}, after the signature fits no "
                    "component; kept in the body"
                )
        return distribution, signature, trailing

    def distribution(self, lines: list[str], block: _Block) -> Distribution:
        """The entries, the ``- Lưu:`` line and the drafter's mark (ô 9b, 12)."""
        entries: list[str] = []
        archive: tuple[str, ...] = ()
        archive_copies: int | None = None
        mark: str | None = None
        for index, line in enumerate(lines):
            text = line.lstrip("-–+• ").strip() if line.startswith(_DASHES) else line
            match = _ARCHIVE.match(text) if line.startswith(_DASHES) else None
            if match is not None:
                archive = tuple(u.strip() for u in match["units"].split(",") if u.strip())
                archive_copies = int(match["copies"]) if match["copies"] else None
                mark = match["mark"]
            elif line.startswith(_DASHES):
                entries.append(line)
            elif index == len(lines) - 1 and _DRAFTER_MARK.match(line):
                mark = line
            else:
                self.notes.append(f"distribution: {_clip(line)!r} has no dash; read as a recipient")
                entries.append(line)
        drafter: str | None = None
        copies: int | None = None
        if mark is not None:
            parsed = _DRAFTER_MARK.match(mark)
            if parsed is None:
                drafter = mark
            else:
                drafter = parsed["drafter"] or None
                copies = int(parsed["copies"]) if parsed["copies"] else None
        last = len(entries) - 1
        addressees = tuple(
            self.addressee(line, "." if i == last and not archive else ";", block)
            for i, line in enumerate(entries)
        )
        return self.build(
            "distribution (nơi nhận)",
            block,
            lambda: Distribution(
                entries=addressees,
                archive=archive,
                archive_copies=archive_copies,
                drafter=drafter,
                copies=copies,
            ),
        )

    def body(
        self, blocks: Sequence[_Block], trailing: Sequence[_Block]
    ) -> tuple[tuple[Block, ...], str | None]:
        """Nội dung (ô 6), with the lines that fit nowhere else, and its end mark."""
        reader = _BodyReader()
        for block in sorted(self.extra, key=lambda b: b.line):
            for number, line in enumerate(block.lines, start=block.line):
                self.notes.append(
                    f"body: line {number}, {_clip(line)!r}, fits no component of the "
                    "header; kept in the body"
                )
                reader.add_paragraph(line)
        raws, end_mark = _cut_end_mark(list(blocks))
        for raw in raws:
            reader.add(raw)
        for block in trailing:
            reader.add(block.raw)
        self.found("body", _PLACED if not self.extra and not trailing else _CONVENTION)
        return self.build("body (nội dung)", None, reader.build), end_mark

    def attachments(self, starts: list[int]) -> tuple[tuple[Attachment, ...], str | None]:
        """The attachments, and the agency's name from the first reference line (``của …``)."""
        found: list[Attachment] = []
        names: list[str] = []
        for number, start in enumerate(starts):
            end = starts[number + 1] if number + 1 < len(starts) else len(self.blocks)
            index = start
            label: str | None = None
            if not self.blocks[index + 1].first.startswith("(Kèm theo"):
                label = self.blocks[index].first
                index += 1
            title = self.blocks[index].lines
            if label is None and len(title) > 1 and _LABEL.match(title[0]):
                label, title = title[0], title[1:]
            reference = self.blocks[index + 1]
            name = " ".join(reference.plain.split()).partition(" của ")[2].removesuffix(")")
            names.append(name.strip())
            text = _key(" ".join(title))
            outline = _key("ĐỀ CƯƠNG") in text
            if not outline and label is None and _key("PHỤ LỤC") not in text:
                self.notes.append(
                    f"attachments: {_clip(title[0])!r} on line {self.blocks[index].line} names "
                    "neither an outline (ĐỀ CƯƠNG) nor an appendix (PHỤ LỤC); read as an appendix"
                )
            raws, end_mark = _cut_end_mark(self.blocks[index + 2 : end])
            reader = _BodyReader()
            for raw in raws:
                reader.add(raw)
            what = "attachment (văn bản kèm theo)"
            body = self.build(what, self.blocks[start], reader.build)
            factory = partial(
                Attachment,
                kind=AttachmentKind.OUTLINE if outline else AttachmentKind.APPENDIX,
                label=label,
                title=tuple(title),
                body=body,
                end_mark=end_mark,
            )
            found.append(self.build(what, self.blocks[start], factory))
        if found:
            self.found("attachments", _MARKED)
        if len({n for n in names if n}) > 1:
            self.notes.append(
                f"attachments: the reference lines name different agencies {names!r}; the "
                "first is taken"
            )
        return tuple(found), (names[0] or None) if names else None


def read_text(text: str, *, source: str = "text") -> Reading:
    """Read a công văn laid out as plain text (đọc công văn dạng văn bản thuần).

    The inverse of :func:`vnadmin_docs.render_text`, with or without ``markup=True``, and a
    reader of texts in the reference file's layout: Markdown emphasis is formatting, not
    text; printed forms (``Số 2452/UBND - TH``, ``K. CHỦ TỊCH``) are kept as the model keeps
    them.

    >>> import vnadmin_docs as vn
    >>> from vnadmin_docs.examples import kontum_2452
    >>> dispatch = kontum_2452()
    >>> read_text(vn.render_text(dispatch, markup=True)).document == dispatch
    True

    Args:
        text: the whole text of the document.
        source: what to call the text in messages (a file name, or ``text``).

    Returns:
        The :class:`~vnadmin_docs.read.Reading`: the document, the confidence in each
        component (1.0 where found by a fixed marker: Quốc hiệu, ``Số``, ``Kính gửi:``,
        ``Nơi nhận:``; lower where guessed), and a note per guess and per line put in the
        body because it fit nowhere else.

    Raises:
        ReadError: the text is empty, or a component a công văn must have is missing or
            cannot be read (the message names it and its line).
        UnsupportedDocumentType: the text names another type of document (``QUYẾT ĐỊNH`` …).
    """
    reader = _Reader(text, source)
    document = reader.read()
    return Reading(
        document=document, source=source, confidence=reader.confidence, notes=reader.notes
    )
