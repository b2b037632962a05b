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

Every form of Phụ lục III is read too (quyết định, nghị quyết, công điện, giấy mời, giấy giới
thiệu, giấy nghỉ phép, biên bản, and the general Mẫu 1.4): a type name (tên loại) under the
number names the form, and the document's class is that of its type
(:func:`~vnadmin_docs.serialization.document_class`). Its text is read part by part in the
order of the form's ``components`` in ``templates/forms.toml``, by the same fixed words the
writer prints (``Theo đề nghị của``, ``QUYẾT ĐỊNH:``, ``Thời gian:``…): the authority line,
the căn cứ, the articles (``Điều 1.``, ``1.``, ``a)``; bold marks a title), the công điện's
``… điện:`` line, the labelled fields. Signatures side by side (biên bản, văn bản liên tịch)
stand above ``Nơi nhận:``, each signer after the room left for the signature (blank lines);
the giấy nghỉ phép's confirmation follows the signature; an issued text (văn bản ban hành
kèm theo) starts with the header above its type name. A copy (bản sao) is read from its
line on top (electronic) or its block after a line of underscores (paper). Where the text
does not print a field (a name in normal case, a biên bản's place), the reader takes it
from what is printed and notes it: confidence keys ``type_name``, ``authority``, ``bases``,
``proposal``, ``enacting``, ``articles``, ``addressed``, ``copying``, ``electronic_copy``,
``co_issuers[i]`` join the list above.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date as Date
from datetime import datetime as DateTime
from functools import partial
from typing import Any, TypeVar

from pydantic import ValidationError

from vnadmin_docs.errors import ReadError
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
    PartialDate,
    SignatureBlock,
    TitleLine,
    Urgency,
)
from vnadmin_docs.models.documents import (
    Attachment,
    AttachmentKind,
    CopyKind,
    Document,
    DocumentCopy,
    DocumentType,
    OfficialDispatch,
)
from vnadmin_docs.models.forms import Minutes, _Enacting
from vnadmin_docs.read import Reading
from vnadmin_docs.read.notes import (
    Note,
    characters_removed,
    component_vi,
    nfd_converted,
    quote,
    quotes,
)
from vnadmin_docs.render.text import COPY_RULE
from vnadmin_docs.standards import national_motto, national_name
from vnadmin_docs.templates import FormLayout, form_layout, layout_for
from vnadmin_docs.vietnamese import (
    is_nfc,
    lower,
    nfc,
    parse_date,
    parse_issue_date,
    parse_time_date,
    same_words,
    tone_insensitive_key,
    upper,
)

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
_PLACE_NO_DATE = re.compile(
    r"^(?P<place>.+?),\s*ngày[\s._…]*(?:[0-9]{1,2}(?![0-9])[\s._…]*)?tháng[\s._…]*"
    r"(?:[0-9]{1,2}(?![0-9])[\s._…]*)?năm[\s._…]*(?:[0-9]{4}(?![0-9])[\s._…]*)?$"
)
"""A place-and-date line with the day, the month or the year left blank (a draft): read by
:func:`~vnadmin_docs.vietnamese.parse_issue_date`."""
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
        else:  # a text without content prints its end mark alone, as the DOCX writer does
            raws.pop()
        return raws, _END_MARK
    return raws, None


# ----------------------------------------------------------------------------- reader


class _Reader:
    """Reads one text; collects confidence and notes on the way."""

    def __init__(self, text: str, source: str) -> None:
        self.source = source
        self.confidence: dict[str, float] = {}
        self.notes: list[Note] = []
        self.extra: list[_Block] = []
        """Blocks that fit no component: they go to the start of the body."""
        self.issued: dict[int, int] = {}
        """Where an issued text starts (its header) → its title block (văn bản kèm theo)."""
        if text.startswith("\ufeff"):
            text = text[1:]
        problem = character_problem(text)
        if problem is not None:  # a Word document cannot hold them: dropped, and said so
            cleaned = without_forbidden_characters(text)
            self.notes.append(characters_removed(len(text) - len(cleaned), problem))
            text = cleaned
        if not is_nfc(text):
            self.notes.append(nfd_converted())
            text = nfc(text)
        self.blocks = _blocks(text.replace("\r\n", "\n").replace("\r", "\n"))
        self.markup = any("**" in block.raw for block in self.blocks)
        """Whether the text marks bold and italics with Markdown (``**…**``, ``*…*``)."""

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

    def note(self, en: str, vi: str) -> None:
        """Note ``en`` with its Vietnamese ``vi`` (ghi chú khi đọc)."""
        self.notes.append(Note(en, vi))

    def find(self, start: int, end: int, test: Callable[[_Block], bool]) -> int | None:
        return next((i for i in range(start, end) if test(self.blocks[i])), None)

    # ------------------------------------------------------------------ read

    def read(self) -> Document:
        if not self.blocks:
            raise self.error(
                "the text is empty: expected a công văn laid out as plain text (agency, "
                "Quốc hiệu, 'Số: …', 'V/v …', place and date, 'Kính gửi:', body, 'Nơi nhận:', "
                "signature)"
            )
        copying = self.copy()
        blocks = self.blocks
        if not blocks:
            raise self.error("the text holds a copy's block (bản sao) but no copied document")
        kinh_gui = self.find(0, len(blocks), lambda b: _starts(b.first, "Kính gửi"))
        noi_nhan = self.find(kinh_gui or 0, len(blocks), lambda b: _starts(b.first, "Nơi nhận"))
        header_end = next((i for i in (kinh_gui, noi_nhan) if i is not None), min(len(blocks), 15))
        type_at = self.find(0, header_end, lambda b: _key(b.first) in _TYPE_NAMES)
        if type_at is not None:
            return self.read_typed(type_at, _TYPE_NAMES[_key(blocks[type_at].first)], copying)
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
                copying=self.copy_of(copying, place),
            ),
        )
        self.check_references(document, starts)
        return document

    def check_references(self, document: Document, starts: list[int]) -> None:
        expected = f"({document.reference_line()})"
        for index in starts:
            reference = next(b for b in self.blocks[index:] if b.first.startswith("(Kèm theo"))
            if " ".join(reference.plain.split()) != expected:
                self.note(
                    f"attachments: the reference line on line {reference.line} differs from "
                    f"the one the header gives, {expected!r}",
                    f"Phụ lục: dòng chỉ dẫn ở dòng {reference.line} khác với dòng phần đầu văn "
                    f"bản cho biết, {quote(expected)}",
                )

    # ------------------------------------------------------------------ copies

    def copy(self) -> dict[str, Any] | None:
        """A copy's data (bản sao), its blocks taken out of the text.

        The electronic copy's line on top (Mẫu 3.2), or the paper copy's block after the line
        standing for the rule (Mẫu 3.1).
        """
        blocks = self.blocks
        separator = form_layout("ban_sao").text("electronic_separator")
        head, sep, rest = blocks[0].plain.strip().partition(separator)
        kinds = {kind.words: kind for kind in CopyKind}
        if sep and head in kinds and len(blocks[0].lines) == 1:
            self.blocks = blocks[1:]
            return self.electronic_copy(kinds[head], rest.split(separator), blocks[0])
        rule = self.find(0, len(blocks), lambda b: b.plain.strip() == COPY_RULE)
        if rule is None:
            return None
        data = self.paper_copy(rule)
        self.blocks = blocks[:rule]
        return data

    def electronic_copy(self, kind: CopyKind, parts: list[str], block: _Block) -> dict[str, Any]:
        """Kind, copying agency and time of the digital signature, from the line on top."""
        signed: DateTime | None = None
        if len(parts) >= 3:
            try:
                signed = DateTime.strptime(f"{parts[1]} {parts[2]}", "%d/%m/%Y %H:%M:%S %z")
            except ValueError:
                self.note(
                    f"copying: the signing time {_clip('; '.join(parts[1:]))!r} on line "
                    f"{block.line} is not 'dd/mm/yyyy; hh:mm:ss +07:00'; left out",
                    f"Bản sao: thời gian ký {quote(_clip('; '.join(parts[1:])))} ở dòng "
                    f"{block.line} không theo dạng «dd/mm/yyyy; hh:mm:ss +07:00»; không đưa vào",
                )
        self.found("electronic_copy", _MARKED)
        return {"kind": kind, "electronic": True, "agency": {"name": parts[0]}, "signed_at": signed}

    def paper_copy(self, rule: int) -> dict[str, Any]:
        """Agency, number, kind, place and date, Nơi nhận and signature of a paper copy."""
        blocks = self.blocks
        if rule + 5 > len(blocks):
            raise self.error(
                f"the copy's block after line {blocks[rule].line} is incomplete: expected the "
                "copying agency, the copy's number, its kind (SAO Y…), place and date, "
                "'Nơi nhận:' and the signature"
            )
        agency_block, *rest = blocks[rule + 1 : rule + 5]
        # agency | kind, number | place and date; the number found by its "Số"
        numbered = [b for b in rest if _NUMBER_LINE.match(b.first)]
        number_block = numbered[0] if numbered else rest[1]
        kind_block, date_block = (b for b in rest if b is not number_block)
        number = self.build(
            "copy's number (số, ký hiệu bản sao)",
            number_block,
            lambda: DocumentNumber.model_validate(number_block.first),
        )
        try:
            kind = CopyKind(kind_block.first)
        except ValueError:
            raise self.error(
                f"line {kind_block.line}: {kind_block.first!r} is not a kind of copy "
                f"({', '.join(k.words for k in CopyKind)})"
            ) from None
        match = _PLACE_DATE.match(date_block.first) or _PLACE_NO_DATE.match(date_block.first)
        if match is None:
            raise self.error(
                f"line {date_block.line}: expected the copy's place and date, not "
                f"{_clip(date_block.first)!r}"
            )
        when = parse_issue_date(date_block.first)
        label_at = rule + 5 if rule + 5 < len(blocks) else None
        if label_at is None or not _starts(blocks[label_at].first, "Nơi nhận"):
            raise self.error(f"no 'Nơi nhận:' in the copy's block after line {date_block.line}")
        distribution, signature, trailing = self.closing(label_at, label_at + 1, len(blocks))
        for block in trailing:
            self.note(
                f"copying: line {block.line}, {_clip(block.first)!r}, dropped",
                f"Bản sao: dòng {block.line}, {quote(_clip(block.first))}, bị bỏ",
            )
        lines = agency_block.lines
        name = self.name_of(lines, (), "copying.agency")
        groups = number.groups
        agency = {
            "name": name,
            "lines": None if lines == [upper(name)] else tuple(lines),
            "abbreviation": groups[1] if len(groups) > 1 else None,
            "place": " ".join(match["place"].split()),
        }
        self.found("copying", _MARKED)
        return {
            "kind": kind,
            "agency": agency,
            "number": number,
            "date": when,
            "signature": signature,
            "distribution": distribution,
        }

    def copy_of(self, data: dict[str, Any] | None, place: str) -> DocumentCopy | None:
        """The copy's block; an electronic copy's agency takes the document's place."""
        if data is None:
            return None
        if "place" not in data["agency"]:
            data["agency"]["place"] = place
            self.note(
                f"copying: the electronic copy's line names no place; the copying agency's "
                f"place is taken from the document's: {place!r}",
                "Bản sao: dòng của bản sao điện tử không ghi địa danh; địa danh của cơ quan sao "
                f"lấy theo văn bản được sao: {quote(place)}",
            )
        return self.build("copy (bản sao)", None, lambda: DocumentCopy.model_validate(data))

    # ------------------------------------------------------------------ the forms

    def read_typed(
        self, type_at: int, doc_type: DocumentType, copying: dict[str, Any] | None
    ) -> Document:
        """A văn bản có tên loại in the layout of its form (``templates/forms.toml``)."""
        from vnadmin_docs.serialization import document_class

        blocks = self.blocks
        cls = document_class(doc_type)
        form = layout_for(doc_type.value)
        self.found("type_name", _MARKED)
        number_at = self.find(0, type_at, lambda b: any(_NUMBER_LINE.match(x) for x in b.lines))
        if number_at is None:
            raise self.error(
                "no number line (số, ký hiệu, ô 3): expected a line such as "
                f"'Số: 05/{doc_type.abbreviation or 'QĐ'}-UBND' above the type name "
                f"{blocks[type_at].first!r} on line {blocks[type_at].line}"
            )
        number = self.number_only(number_at)
        dated = self.find(0, type_at, lambda b: bool(_PLACE_DATE.match(b.first)))
        undated = self.find(0, type_at, lambda b: bool(_PLACE_NO_DATE.match(b.first)))
        taken = {number_at, type_at}
        place: str | None = None
        when: Date | PartialDate | None = None
        if dated is not None or undated is not None or not issubclass(cls, Minutes):
            place, when, date_at = self.place_date(type_at, number_at)
            taken.add(date_at)
        national_at = self.national_name(number_at, taken)
        marks = self.marks(national_at, number_at, type_at, taken)
        names = self.header_names(national_at, number_at, taken)
        self.extra += [blocks[i] for i in range(type_at) if i not in taken]
        subject = tuple(blocks[type_at].lines[1:])

        noi_nhan = self.find(type_at + 1, len(blocks), lambda b: _starts(b.first, "Nơi nhận"))
        if noi_nhan is None:
            raise self.error(
                f"no 'Nơi nhận:' line (ô 9b) after the {doc_type.vietnamese_name.lower()}'s "
                f"type name on line {blocks[type_at].line}"
            )
        starts = self.attachment_starts(noi_nhan, header_blocks=len({names[2], names[3]}))
        end = starts[0] if starts else len(blocks)
        pairs = self.signature_pairs(type_at + 1, noi_nhan)
        data: dict[str, Any] = {}
        trailing: list[_Block] = []
        if pairs:
            content_end = pairs[0]
            label = blocks[noi_nhan]
            lines = label.lines[1:] + [x for b in blocks[noi_nhan + 1 : end] for x in b.lines]
            distribution = self.distribution(lines, label)
            self.found("distribution", _MARKED)
            signatures = [self.signature_at(t) for t in pairs]
            self.found("signature", _PLACED)
        else:
            content_end = noi_nhan
            closing_end = end
            if (
                form.has("confirmation")
                and end - 4 > noi_nhan
                and self.gap_before(end - 1) >= 2
                and self.gap_before(end - 3) >= 2
            ):
                confirmation = self.signature_at(end - 2)
                default = form_layout(form.key).text("confirmation")
                data["confirmation"] = (
                    {"signer": confirmation.signer}
                    if [line.text for line in confirmation.lines] == [default]
                    else confirmation
                )
                closing_end = end - 2
            distribution, signature, trailing = self.closing(noi_nhan, noi_nhan + 1, closing_end)
            signatures = [signature]

        # the text (ô 6): the end mark closes its last block, or stands alone
        start = type_at + 1
        end_mark: str | None = None
        if content_end > start:
            last = blocks[content_end - 1]
            raw = last.raw.rstrip()
            if raw.endswith(_END_MARK):
                end_mark = _END_MARK
                cut = raw[: -len(_END_MARK)]
                if cut.strip():
                    blocks[content_end - 1] = _Block(cut, last.line)
                else:
                    content_end -= 1
        content = _FormContent(self, form, cls, start, content_end)
        fields = content.read()
        body = list(fields.pop("body", ()))
        if trailing:
            reader = _BodyReader()
            for block in trailing:
                reader.add(block.raw)
            body += self.build("body (nội dung)", None, reader.build)
        if self.extra:
            reader = _BodyReader()
            for block in sorted(self.extra, key=lambda b: b.line):
                for number_, line in enumerate(block.lines, start=block.line):
                    self.note(
                        f"body: line {number_}, {_clip(line)!r}, fits no component of the "
                        "header; kept in the body",
                        f"Nội dung: dòng {number_}, {quote(_clip(line))}, không thuộc thành phần "
                        "nào của phần đầu văn bản; giữ trong phần nội dung",
                    )
                    reader.add_paragraph(line)
            body = [*self.build("body (nội dung)", None, reader.build), *body]

        attachments, referenced = self.attachments(starts)
        known = content.names
        printed = content.agency_name
        if place is None:
            place = self.place_from_names(names)
        co_issuers: list[dict[str, Any]] = []
        if issubclass(cls, Minutes):
            if len(signatures) != 2:
                raise self.error(
                    "a biên bản is signed by the secretary (THƯ KÝ) and the chair (CHỦ TỌA) side "
                    f"by side, above 'Nơi nhận:' on line {blocks[noi_nhan].line}; found "
                    f"{len(signatures)} signature(s)"
                )
            secretary, signature = signatures
            data["secretary_signature"] = secretary.model_copy(update={"seal": False})
        else:
            *others, signature = signatures
            if others:
                names, co_issuers = self.joint(names, others, number)
        agency = self.agency(
            national_at, number_at, place, number, referenced or printed, taken,
            known=known, group=1, names=names,
        )  # fmt: skip
        for key in ("inviter", "introducer"):
            if fields.get(key) == agency.name:
                fields[key] = None
        data.update(
            type=doc_type, agency=agency, number=number, date=when, subject=subject,
            marks=marks, body=tuple(body), end_mark=end_mark, signature=signature,
            distribution=distribution, attachments=attachments, **fields,
        )  # fmt: skip
        if co_issuers:
            data["co_issuers"] = co_issuers
        if copying is not None:
            data["copying"] = self.copy_of(copying, place)
        what = f"{doc_type.vietnamese_name.lower()} ({form.sample})"
        document = self.build(what, None, lambda: cls.model_validate(data))
        self.check_references(document, starts)
        return document

    def number_only(self, at: int) -> DocumentNumber:
        """Số, ký hiệu (ô 3) of a văn bản có tên loại: its trích yếu is under the type name."""
        block = self.blocks[at]
        lines = block.lines
        index = next(i for i, line in enumerate(lines) if _NUMBER_LINE.match(line))
        if index:
            self.extra.append(_Block("\n".join(lines[:index]), block.line))
        if index + 1 < len(lines):
            self.extra.append(_Block("\n".join(lines[index + 1 :]), block.line + index + 1))
        number = self.build(
            "number (số, ký hiệu)", block, lambda: DocumentNumber.model_validate(lines[index])
        )
        self.found("number", _MARKED)
        return number

    def gap_before(self, index: int) -> int:
        """How many blank lines stand above block ``index`` (a signer has several)."""
        above = self.blocks[index - 1]
        return self.blocks[index].line - above.line - len(above.raw.split("\n"))

    def is_titles(self, index: int) -> bool:
        block = self.blocks[index]
        if block.first.startswith(_DASHES):
            return False
        try:
            for line in block.lines:
                TitleLine.model_validate(line)
        except ValidationError:
            return False
        return True

    def signature_pairs(self, start: int, noi_nhan: int) -> list[int]:
        """The signature blocks side by side above ``Nơi nhận:`` (biên bản, liên tịch).

        Each is its title lines, then the signer after the room left for the signature.
        """
        pairs: list[int] = []
        at = noi_nhan
        while at - 2 >= start and self.gap_before(at - 1) >= 2 and self.is_titles(at - 2):
            pairs.insert(0, at - 2)
            at -= 2
        return pairs

    def signature_at(self, titles_at: int) -> SignatureBlock:
        titles, signer = self.blocks[titles_at], self.blocks[titles_at + 1]
        if len(signer.lines) > 1:
            self.note(
                f"signature: lines above the signer's name kept out of it: {signer.lines[:-1]!r}",
                "Chữ ký: các dòng phía trên họ tên người ký không đưa vào họ tên: "
                + quotes(signer.lines[:-1]),
            )
        return self.build(
            "signature block (chữ ký)",
            titles,
            lambda: SignatureBlock(
                lines=tuple(TitleLine.model_validate(line) for line in titles.lines),
                signer=signer.lines[-1],
            ),
        )

    def joint(
        self,
        names: tuple[list[str], list[str], int, int],
        signatures: list[SignatureBlock],
        number: DocumentNumber,
    ) -> tuple[tuple[list[str], list[str], int, int], list[dict[str, Any]]]:
        """The issuers of a joint document (văn bản liên tịch).

        The header's line, split at its dashes, gives each one's name; the notation, after
        the type's group, their abbreviations; the signatures stand left of the first
        issuer's.
        """
        parent_lines, lines, parent_at, agency_at = names
        parts = " ".join(lines).split(" - ")
        count = len(signatures) + 1
        if len(parts) < count:
            raise self.error(
                f"{count} signatures side by side, but the header on line "
                f"{self.blocks[agency_at].line} names {len(parts)} issuer(s) (joined by ' - ')"
            )
        if len(parts) > count:
            self.note(
                f"co_issuers: the header names {len(parts)} parts joined by ' - ' for {count} "
                "issuers; the first parts are taken as the first issuer's name",
                f"Cơ quan cùng ban hành: phần đầu văn bản ghi {len(parts)} phần nối bằng «-» "
                f"cho {count} cơ quan ban hành; các phần đầu được lấy làm tên cơ quan thứ nhất",
            )
            parts = [" - ".join(parts[: len(parts) - count + 1]), *parts[len(parts) - count + 1 :]]
        groups = number.groups
        issuers = []
        for index, (part, signature) in enumerate(zip(parts[1:], signatures, strict=True)):
            name = self.name_of([part], (), f"co_issuers[{index}]")
            group = index + 2
            issuers.append(
                {
                    "name": name,
                    "lines": None if part == upper(name) else (part,),
                    "abbreviation": groups[group] if group < len(groups) else None,
                    "signature": signature,
                }
            )
        self.note(
            "co_issuers: each issuer's header lines are read as one line, as the joint header "
            "prints them",
            "Cơ quan cùng ban hành: các dòng tên của mỗi cơ quan được đọc thành một dòng, như "
            "phần đầu của văn bản liên tịch in",
        )
        return (parent_lines, [parts[0]], parent_at, agency_at), issuers

    def place_from_names(self, names: tuple[list[str], list[str], int, int]) -> str:
        """The agency's place when no date line names it (a biên bản without a date).

        The words after the last administrative-unit word of its name or its parent's
        (``… tỉnh Kon Tum``).
        """
        for lines in (names[1], names[0]):
            words = guess_name(lines).split() if lines else []
            lowered = [lower(word) for word in words]
            for index in range(len(words) - 1, -1, -1):
                if any(tuple(lowered[index : index + len(u)]) == u for u in _UNIT_WORDS):
                    unit = next(
                        u for u in _UNIT_WORDS if tuple(lowered[index : index + len(u)]) == u
                    )
                    rest = words[index + len(unit) :]
                    if rest:
                        place = " ".join(rest)
                        self.note(
                            f"place_date: no place-and-date line; the agency's place is taken "
                            f"from its name: {place!r}",
                            "Địa danh, ngày tháng: không có dòng địa danh, ngày tháng; địa danh "
                            f"lấy từ tên cơ quan: {quote(place)}",
                        )
                        self.found("place_date", _GUESSED)
                        return place
        name = guess_name(names[1])
        self.note(
            f"place_date: no place-and-date line and no place in the agency's name; its name "
            f"stands for the place: {name!r}",
            "Địa danh, ngày tháng: không có dòng địa danh, ngày tháng và tên cơ quan không có "
            f"địa danh; dùng tên cơ quan làm địa danh: {quote(name)}",
        )
        self.found("place_date", 0.0)
        return name

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
            self.note(
                f"dispatch_subject: the line under the number, {_clip(first)!r}, has no 'V/v'; "
                "read as the subject (trích yếu)",
                f"Trích yếu công văn (ô 5b): dòng dưới số, ký hiệu, {quote(_clip(first))}, "
                "không có «V/v»; đọc là trích yếu",
            )
        if not subject:
            raise self.error(f"the subject (trích yếu, ô 5b) on line {block.line + 1} is empty")
        return number, tuple(subject), taken

    def place_date(self, end: int, number_at: int) -> tuple[str, Date | PartialDate | None, int]:
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
            if match is not None:  # a draft: the parts written, or no date at all
                return self.took_date(index, match["place"], parse_issue_date(block.first))
        raise self.error(
            "no place-and-date line (địa danh và thời gian ban hành, ô 4): expected a line "
            "such as 'Kon Tum, ngày 01 tháng 10 năm 2018' before 'Kính gửi:'"
        )

    def took_date(
        self, index: int, place: str, when: Date | PartialDate | None
    ) -> tuple[str, Date | PartialDate | None, int]:
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
        self.note(
            f"national_name: no Quốc hiệu ({national_name()}) found; the agency is read from "
            "the blocks above the number",
            f"Quốc hiệu: không thấy Quốc hiệu ({national_name()}); tên cơ quan được đọc từ các "
            "khối chữ phía trên số, ký hiệu",
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

    def header_names(
        self, national_at: int | None, number_at: int, taken: set[int]
    ) -> tuple[list[str], list[str], int, int]:
        """The parent's and the agency's header lines (ô 2), and the blocks they stand in."""
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
        return parent_lines, lines, above[0], above[-1]

    def name_of(self, lines: Sequence[str], known: Sequence[str], what: str) -> str:
        """The normal-case name of header ``lines``: one printed elsewhere, else a guess."""
        printed = " ".join(" ".join(lines).split())
        for name in known:
            if name and upper(" ".join(name.split())) == printed:
                self.found(what, _MARKED)
                return name
        name = guess_name(lines)
        self.note(
            f"{what}: normal-case name guessed by title-casing the header lines: {name!r}",
            f"{component_vi(what)}: tên viết thường được đoán bằng cách viết hoa chữ đầu mỗi "
            f"từ của các dòng ở phần đầu văn bản: {quote(name)}",
        )
        self.found(what, _GUESSED)
        return name

    def agency(
        self,
        national_at: int | None,
        number_at: int,
        place: str,
        number: DocumentNumber,
        referenced: str | None,
        taken: set[int],
        *,
        known: Sequence[str] = (),
        group: int = 0,
        names: tuple[list[str], list[str], int, int] | None = None,
    ) -> Agency:
        """Tên cơ quan ban hành (ô 2) and its cơ quan chủ quản, from the blocks on top.

        The normal-case name comes from an attachment's reference line (``… của Ủy ban nhân
        dân tỉnh Kon Tum``) when there is one, else from a line of the form that prints it
        (``known``) when it is the header's name, else it is guessed from the capitals. The
        abbreviation is the notation's ``group``-th group.
        """
        parent_lines, lines, parent_at, agency_at = names or self.header_names(
            national_at, number_at, taken
        )
        if referenced:
            name = referenced
            self.found("agency", _MARKED)
        else:
            name = self.name_of(lines, known, "agency")
        parent = None
        if parent_lines:
            parent_name = guess_name(parent_lines)
            self.note(
                f"parent_agency: normal-case name guessed by title-casing: {parent_name!r}",
                "Tên cơ quan chủ quản: tên viết thường được đoán bằng cách viết hoa chữ đầu mỗi "
                f"từ: {quote(parent_name)}",
            )
            self.found("parent_agency", _GUESSED)
            parent = self.build(
                "parent agency (cơ quan chủ quản)",
                self.blocks[parent_at],
                lambda: ParentAgency(
                    name=parent_name,
                    lines=None if parent_lines == [upper(parent_name)] else tuple(parent_lines),
                ),
            )
        groups = number.groups
        abbreviation = groups[group] if group < len(groups) else None
        if abbreviation is not None:
            why = (
                "as a công văn's ký hiệu begins with it"
                if group == 0
                else "as a ký hiệu gives the type's abbreviation, then the agency's"
            )
            why_vi = (
                "vì ký hiệu công văn bắt đầu bằng chữ viết tắt tên cơ quan"
                if group == 0
                else "vì ký hiệu ghi chữ viết tắt tên loại văn bản, sau đó là của cơ quan"
            )
            self.note(
                f"agency: abbreviation {abbreviation!r} taken from the notation's group "
                f"{group + 1} ({number.notation}), {why}",
                f"Tên cơ quan ban hành: chữ viết tắt {quote(abbreviation)} lấy từ nhóm thứ "
                f"{group + 1} của ký hiệu ({quote(number.notation)}), {why_vi}",
            )
            self.found("agency_abbreviation", _CONVENTION)
        return self.build(
            "agency (cơ quan ban hành)",
            self.blocks[agency_at],
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
                self.note(
                    "distribution: no 'Nơi nhận:' found; the signature block starts at line "
                    f"{self.blocks[index].line}",
                    "Nơi nhận: không thấy «Nơi nhận:»; phần chữ ký bắt đầu ở dòng "
                    f"{self.blocks[index].line}",
                )
                self.found("distribution", 0.0)
                return index
        raise self.error(
            "no 'Nơi nhận:' line (ô 9b) and no signature block (TM., KT., … with the "
            "signer's name) after the body"
        )

    def attachment_starts(self, start: int, header_blocks: int = 0) -> list[int]:
        """Where each attachment (đề cương, phụ lục) starts: its label or its title.

        An attachment is found by its reference line ``(Kèm theo …)``: the block above it is
        the title, and the one above that its label when it reads ``Phụ lục …``. The first
        leaves room for the signature block (title lines and signer) after ``start``. An
        issued text (văn bản ban hành kèm theo) has a type name over its title and starts
        with the header: ``header_blocks`` agency blocks and the Quốc hiệu.
        """
        starts: list[int] = []
        previous = start + 1
        for index in range(start + 3, len(self.blocks)):
            if not self.blocks[index].first.startswith("(Kèm theo"):
                continue
            title = index - 1
            if title <= previous:
                continue
            first = title - 1 - header_blocks
            if (
                header_blocks
                and _key(self.blocks[title].first) in _TYPE_NAMES
                and first > previous
                and _key(self.blocks[title - 1].first).startswith(_NATIONAL_NAME_KEY)
            ):
                self.issued[first] = title
                starts.append(first)
                previous = index
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
            self.note(
                f"signature: lines above the signer's name kept out of it: {signer[:-1]!r}",
                "Chữ ký: các dòng phía trên họ tên người ký không đưa vào họ tên: "
                + quotes(signer[:-1]),
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
                self.note(
                    f"body: line {number}, {_clip(line)!r}, after the signature fits no "
                    "component; kept in the body",
                    f"Nội dung: dòng {number}, {quote(_clip(line))}, sau chữ ký không thuộc "
                    "thành phần nào; giữ trong phần nội dung",
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
                self.note(
                    f"distribution: {_clip(line)!r} has no dash; read as a recipient",
                    f"Nơi nhận: {quote(_clip(line))} không có gạch đầu dòng; đọc là một nơi nhận",
                )
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
                self.note(
                    f"body: line {number}, {_clip(line)!r}, fits no component of the "
                    "header; kept in the body",
                    f"Nội dung: dòng {number}, {quote(_clip(line))}, không thuộc thành phần "
                    "nào của phần đầu văn bản; giữ trong phần nội dung",
                )
                reader.add_paragraph(line)
        raws, end_mark = _cut_end_mark(list(blocks))
        for raw in raws:
            reader.add(raw)
        for block in trailing:
            reader.add(block.raw)
        self.found("body", _PLACED if not self.extra and not trailing else _CONVENTION)
        return self.build("body (nội dung)", None, reader.build), end_mark

    def issued_text(self, start: int, end: int, names: list[str]) -> Attachment:
        """An issued text (Mẫu 1.3): header, type name and trích yếu, reference line, body."""
        index = self.issued[start]
        head = self.blocks[index]
        reference = self.blocks[index + 1]
        name = " ".join(reference.plain.split()).partition(" của ")[2].removesuffix(")")
        names.append(name.strip())
        raws, end_mark = _cut_end_mark(self.blocks[index + 2 : end])
        reader = _BodyReader()
        for raw in raws:
            reader.add(raw)
        what = "issued text (văn bản ban hành kèm theo)"
        body = self.build(what, head, reader.build)
        factory = partial(
            Attachment,
            kind=AttachmentKind.ISSUED,
            type=_TYPE_NAMES[_key(head.first)],
            title=tuple(head.lines[1:]),
            body=body,
            end_mark=end_mark,
        )
        return self.build(what, head, factory)

    def attachments(self, starts: list[int]) -> tuple[tuple[Attachment, ...], str | None]:
        """The attachments, and the agency's name from the first reference line (``của …``)."""
        found: list[Attachment] = []
        names: list[str] = []
        for number, start in enumerate(starts):
            end = starts[number + 1] if number + 1 < len(starts) else len(self.blocks)
            if start in self.issued:
                found.append(self.issued_text(start, end, names))
                continue
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
                self.note(
                    f"attachments: {_clip(title[0])!r} on line {self.blocks[index].line} names "
                    "neither an outline (ĐỀ CƯƠNG) nor an appendix (PHỤ LỤC); read as an appendix",
                    f"Phụ lục: {quote(_clip(title[0]))} ở dòng {self.blocks[index].line} không "
                    "ghi là đề cương (ĐỀ CƯƠNG) hay phụ lục (PHỤ LỤC); đọc là phụ lục",
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
            self.note(
                f"attachments: the reference lines name different agencies {names!r}; the "
                "first is taken",
                "Phụ lục: các dòng chỉ dẫn ghi tên những cơ quan khác nhau "
                f"{quotes(n for n in names if n)}; lấy tên đầu tiên",
            )
        return tuple(found), (names[0] or None) if names else None


# ----------------------------------------------------------------------------- the forms' text

_ARTICLE_LINE = re.compile(r"^Điều (?P<number>\d+)\.(?: (?P<rest>\S.*))?$", re.DOTALL)
_CLAUSE_LINE = re.compile(r"^(?P<number>\d+)\.(?: (?P<rest>\S.*))?$", re.DOTALL)
_POINT_LINE = re.compile(r"^(?P<letter>[a-zđ])\) (?P<rest>\S.*)$", re.DOTALL)
_BASES_WORDS = ("Căn cứ", "Xét")
"""How the bases (căn cứ) of a văn bản có tên loại begin, for plain text without italics."""


def _all_bold(raw: str) -> bool:
    """Whether the whole of ``raw`` is bold (``**…**``): a title, not a text."""
    pieces = _parse_emphasis(raw.strip())
    return pieces is not None and len(pieces) == 1 and pieces[0][1]


def _all_italic(raw: str) -> bool:
    """Whether every line of ``raw`` is italic (``*…*``), as the bases are printed."""
    for line in raw.strip().split("\n"):
        pieces = _parse_emphasis(line.strip())
        if not pieces or len(pieces) != 1 or pieces[0][1] or not pieces[0][2]:
            return False
    return True


class _FormContent:
    """The text (ô 6) of a form, read part by part in the order of its ``components``.

    Each ``part_*`` method reads what the text writer's method of the same name printed,
    from the current block on, by the fixed words of the form's row in ``forms.toml``.
    """

    def __init__(
        self, reader: _Reader, form: FormLayout, cls: type[Document], start: int, stop: int
    ) -> None:
        self.reader = reader
        self.form = form
        self.texts = form.texts
        self.cls = cls
        self.at = start
        self.stop = stop
        self.fields: dict[str, Any] = {}
        self.names: list[str] = []
        """Names the text prints in normal case that may be the agency's (cơ quan mời…)."""
        self.agency_name: str | None = None
        """The agency's name as the giấy nghỉ phép's first line prints it."""
        self.enacted = False

    # ------------------------------------------------------------------ plumbing

    def read(self) -> dict[str, Any]:
        for name in self.form.components:
            method = getattr(self, f"part_{name}", None)
            if method is not None:
                method()
        if self.at < self.stop:
            blocks = self.blocks(self.at, self.stop)
            for block in blocks:
                self.reader.note(
                    f"body: line {block.line}, {_clip(block.first)!r}, fits no part of the "
                    f"form ({self.form.sample}); kept in the body",
                    f"Nội dung: dòng {block.line}, {quote(_clip(block.first))}, không thuộc mục "
                    f"nào của biểu mẫu ({self.form.sample}); giữ trong phần nội dung",
                )
            self.fields["body"] = (*self.fields.get("body", ()), *self.body(blocks))
            self.at = self.stop
        return self.fields

    @property
    def block(self) -> _Block | None:
        return self.reader.blocks[self.at] if self.at < self.stop else None

    def blocks(self, start: int, end: int) -> list[_Block]:
        return self.reader.blocks[start:end]

    @staticmethod
    def text(block: _Block) -> str:
        return " ".join(block.lines)

    def find(self, test: Callable[[str], bool]) -> int | None:
        return next(
            (i for i in range(self.at, self.stop) if test(self.text(self.reader.blocks[i]))), None
        )

    def labelled(self, label: str) -> str | None:
        """The words after ``label`` on the current block, which is then read; else None."""
        block = self.block
        if block is None:
            return None
        text = self.text(block)
        if not text.startswith(label):
            return None
        self.at += 1
        return text[len(label) :].strip()

    def put(self, field_name: str, value: Any) -> None:
        if value is not None:
            self.fields[field_name] = value

    def body(self, blocks: Sequence[_Block]) -> tuple[Block, ...]:
        reader = _BodyReader()
        for block in blocks:
            reader.add(block.raw)
        return self.reader.build("body (nội dung)", blocks[0] if blocks else None, reader.build)

    def body_until(self, end: int) -> None:
        if end > self.at:
            body = self.body(self.blocks(self.at, end))
            self.fields["body"] = (*self.fields.get("body", ()), *body)
            self.reader.found("body", _PLACED)
        self.at = end

    def is_enacting(self, block: _Block) -> bool:
        return "enacting" in self.texts and _key(self.text(block)) == _key(self.texts["enacting"])

    def is_proposal(self, block: _Block) -> bool:
        return "proposal" in self.texts and _starts(self.text(block), self.texts["proposal"])

    # ------------------------------------------------------------------ the parts

    def part_recipients(self) -> None:
        block = self.block
        if block is not None and _starts(block.first, "Kính gửi"):
            recipients, self.at = self.reader.recipients(self.at)
            self.fields["recipients"] = recipients

    def part_authority(self) -> None:
        block = self.block
        if not issubclass(self.cls, _Enacting) or block is None or self.is_enacting(block):
            return
        lines = block.lines
        if all(line == upper(line) for line in lines) and any(c.isalpha() for c in block.plain):
            self.fields["authority"] = tuple(lines)
            self.reader.found("authority", _PLACED)
            self.at += 1

    def part_bases(self) -> None:
        block = self.block
        if block is None or self.is_enacting(block) or self.is_proposal(block):
            return
        if issubclass(self.cls, _Enacting):
            bases = not _ARTICLE_LINE.match(block.plain)
        else:  # before the body: printed in italics, or begun as bases are
            bases = _all_italic(block.raw) or (
                not self.reader.markup
                and all(line.startswith(_BASES_WORDS) for line in block.lines)
            )
        if bases:
            self.fields["bases"] = tuple(block.lines)
            self.reader.found("bases", _PLACED)
            self.at += 1

    def part_proposal(self) -> None:
        block = self.block
        if block is not None and self.is_proposal(block):
            self.fields["proposal"] = self.text(block)
            self.reader.found("proposal", _MARKED)
            self.at += 1

    def part_enacting(self) -> None:
        block = self.block
        if block is not None and self.is_enacting(block):
            self.enacted = True
            self.reader.found("enacting", _MARKED)
            self.at += 1

    def part_articles(self) -> None:
        """Điều, khoản, điểm: each numbered by its place; a bold ``Điều 1. …`` is a title."""
        if not self.enacted:
            return
        articles: list[dict[str, Any]] = []
        while (block := self.block) is not None:
            plain = "\n".join(block.lines)
            bold = _all_bold(block.raw)
            match = _ARTICLE_LINE.match(plain)
            if match and int(match["number"]) == len(articles) + 1:
                rest = match["rest"]
                articles.append({} if rest is None else {"title" if bold else "text": rest})
                articles[-1]["clauses"] = []
                self.at += 1
                continue
            if not articles:
                break
            article = articles[-1]
            clauses: list[dict[str, Any]] = article["clauses"]
            match = _CLAUSE_LINE.match(plain)
            if match and int(match["number"]) == len(clauses) + 1:
                rest = match["rest"]
                clauses.append({} if rest is None else {"title" if bold else "text": rest})
                clauses[-1]["points"] = []
                self.at += 1
                continue
            match = _POINT_LINE.match(plain)
            if (
                match
                and clauses
                and match["letter"] == vietnamese_letter(len(clauses[-1]["points"]) + 1)
            ):
                clauses[-1]["points"].append(match["rest"])
                self.at += 1
                continue
            if clauses and "title" in clauses[-1] and "text" not in clauses[-1]:
                if not clauses[-1]["points"]:
                    clauses[-1]["text"] = plain
                    self.at += 1
                    continue
            elif not clauses and "title" in article and "text" not in article:
                article["text"] = plain
                self.at += 1
                continue
            break
        if articles:
            self.fields["articles"] = tuple(articles)
            self.reader.found("articles", _MARKED)

    def part_addressed(self) -> None:
        """The công điện's ``<người điện> điện:`` line and its recipients, one per line."""
        block = self.block
        word = f" {self.texts.get('addressed', '')}"
        if block is None or not self.text(block).endswith(word):
            return
        self.fields["sender"] = self.text(block)[: -len(word)].strip()
        self.reader.found("addressed", _MARKED)
        self.at += 1
        listed = self.block
        if listed is None:
            return
        lines = listed.lines
        last = len(lines) - 1
        self.fields["recipients"] = tuple(
            self.reader.addressee(line, "." if i == last else ";", listed)
            for i, line in enumerate(lines)
        )
        self.at += 1

    def part_invitation(self) -> None:
        t = self.texts
        block = self.block
        if block is not None:
            inviter, sep, invitee = self.text(block).partition(f" {t['invites']} ")
            if sep:
                self.fields.update(inviter=inviter.strip(), invitee=invitee.strip())
                self.names.append(inviter.strip())
                self.at += 1
        self.put("event", self.labelled(t["event"]))
        self.put("chair", self.labelled(t["chair"]))
        when = self.labelled(t["time"])
        self.put("time", None if when is None else parse_time_date(when) or when)
        self.put("place", self.labelled(t["place"]))

    def part_introduction(self) -> None:
        t = self.texts
        block = self.block
        word = f" {t['introduces']}"
        if block is not None and self.text(block).endswith(word):
            introducer = self.text(block)[: -len(word)].strip()
            self.fields["introducer"] = introducer
            self.names.append(introducer)
            self.at += 1
        self.put("person", self.labelled(t["person"]))
        self.put("position", self.labelled(t["position"]))
        self.put("sent_to", self.labelled(t["sent_to"]))
        self.put("purpose", self.labelled(t["purpose"]))
        request = self.find(lambda text: text == t["request"])
        valid = self.find(lambda text: text.startswith(t["valid_until"]))
        ends = [i for i in (request, valid) if i is not None]
        self.body_until(min(ends) if ends else self.stop)
        if self.labelled(t["request"]) is None:
            self.reader.note(
                f"introduction: no {t['request']!r} line",
                f"Giấy giới thiệu: không có dòng {quote(t['request'])}",
            )
        until = self.labelled(t["valid_until"])
        self.put("valid_until", None if until is None else parse_date(until) or until)

    def part_leave(self) -> None:
        t = self.texts
        request = self.labelled(t["request"])
        person = self.labelled(t["person"])
        self.put("person", person)
        self.put("position", self.labelled(t["position"]))
        if request is not None:
            self.put("request_date", parse_date(request))
            if person is not None:
                _, sep, rest = request.partition(f" {person}, ")
                grants = f" {t['grants']}"
                if sep and rest.endswith(grants):
                    self.agency_name = rest[: -len(grants)].strip()
        period = self.labelled(t["period"])
        if period is not None:
            match = re.match(
                rf"^(?P<duration>.+?) {re.escape(t['since'])} (?P<start>.+?) "
                rf"{re.escape(t['until'])} (?P<end>.+?) {re.escape(t['at'])} (?P<place>.+?)\.?$",
                period,
            )
            if match is None:
                raise self.reader.error(
                    f"the giấy nghỉ phép's period {_clip(period)!r} is not "
                    f"'{t['period']} … {t['since']} ngày … {t['until']} ngày … {t['at']} …'"
                )
            self.fields.update(
                duration=match["duration"],
                start=parse_date(match["start"]) or match["start"],
                end=parse_date(match["end"]) or match["end"],
                place=match["place"],
            )
        counted = self.find(lambda text: text.startswith(t["counted"]))
        self.body_until(self.stop if counted is None else counted)
        self.put("counted_as", self.labelled(t["counted"]))

    def part_meeting(self) -> None:
        t = self.texts
        started = self.labelled(t["started"])
        self.put("started", None if started is None else parse_time_date(started) or started)
        self.put("place", self.labelled(t["place"]))
        attendees = self.labelled(t["attendees"])
        if attendees:
            self.fields["attendees"] = (attendees,)
        elif attendees is not None and (listed := self.block) is not None:
            self.fields["attendees"] = tuple(
                line[2:] if line.startswith("- ") else line for line in listed.lines
            )
            self.at += 1
        self.put("chair", self.labelled(t["chair"]))
        self.put("secretary", self.labelled(t["secretary"]))
        self.labelled(t["content"])

    def meeting_end(self) -> str:
        return f"{self.texts['meeting']} {self.texts['ended']} "

    def part_body(self) -> None:
        end = self.stop
        if (
            self.form.has("meeting_end")
            and end - 1 >= self.at
            and self.text(self.reader.blocks[end - 1]).startswith(self.meeting_end())
        ):
            end -= 1
        self.body_until(end)

    def part_meeting_end(self) -> None:
        ended = self.labelled(self.meeting_end().rstrip())
        self.put("ended", None if ended is None else parse_time_date(ended) or ended)


def read_text(text: str, *, source: str = "text") -> Reading:
    """Read a document laid out as plain text (đọc văn bản dạng văn bản thuần).

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

    A công văn, or any form of Phụ lục III named by its type name (``QUYẾT ĐỊNH``,
    ``GIẤY MỜI``…), read into the form's class.

    Raises:
        ReadError: the text is empty, or a component the document must have is missing or
            cannot be read (the message names it and its line).
    """
    reader = _Reader(text, source)
    document = reader.read()
    return Reading(
        document=document, source=source, confidence=reader.confidence, notes=reader.notes
    )
