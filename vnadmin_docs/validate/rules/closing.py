"""The signature block (ô 7) and the distribution list (Nơi nhận, ô 9b, and ô 12)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from vnadmin_docs.metrics import text_width_pt
from vnadmin_docs.models.components import Authority
from vnadmin_docs.models.documents import DocumentType
from vnadmin_docs.ooxml.read import DocxInfo, ParaInfo
from vnadmin_docs.read.components import SIDE_NOTE, Layout, split_at_gaps
from vnadmin_docs.validate.engine import Context, Outcome, Rule, Severity, where
from vnadmin_docs.validate.rules.forms import (
    FORMS_SIGNED_ABOVE_LIST,
    form_of,
    signature_blocks,
)
from vnadmin_docs.vietnamese import tone_insensitive_key, upper

__all__ = [
    "AuthorityPrefixUnknown",
    "Closing",
    "DrafterInitialsLowercase",
    "read_closing",
]

_PREFIX = re.compile(r"^\s*([A-ZĐ]{1,4}(?:/[A-ZĐ])?)\s*\.\s*\S|^\s*([A-ZĐ]/[A-ZĐ])\s+\S")
_KNOWN = {a.value.rstrip(".") for a in Authority}


class AuthorityPrefixUnknown(Rule):
    """The signing authority is one of TM., Q., KT., TL., TUQ.

    The abbreviations of the signer's authority are "TM.", "Q.", "KT.", "TL." and "TUQ."
    (Phụ lục I, Phần I, Mục II, khoản 7.b and 7.đ); older or home-made forms such as "K.",
    "T/M" or "K/T" are not among them.

    Wrong: `K. CHỦ TỊCH`, `T/M ỦY BAN NHÂN DÂN`

    Right: `KT. CHỦ TỊCH`, `TM. ỦY BAN NHÂN DÂN`
    """

    code = "SG001"
    name = "authority-prefix-unknown"
    component = "signature_title"
    message = "{where}: the authority «{found}» is not one of {expected}"
    message_vi = "{where}: quyền hạn ký «{found}» không thuộc {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        titles = ctx.layout.signature_title
        if not titles:
            yield self.skip("no signature block found")
            return
        expected = ", ".join(a.value for a in Authority)
        for paragraph in titles:
            for line in paragraph.text.split("\n"):
                match = _PREFIX.match(line)
                if match is None:
                    continue
                prefix = (match.group(1) or match.group(2)).upper()
                if prefix not in _KNOWN:
                    yield self.fail(where(paragraph, "Quyền hạn ký"), prefix + ".", expected)
                    return
        yield self.ok(where(titles[0], "Quyền hạn ký"))


class DrafterInitialsLowercase(Rule):
    """The drafter's initials (ô 12) are in capitals.

    The drafter's initials follow the archive line, in capitals, with the number of copies
    issued in Arabic digits, size 11 (Phụ lục I, Phần I, Mục III, khoản 3).

    Wrong: `- Lưu: VT, TH3. nl`

    Right: `- Lưu: VT, TH3. NL` or `- Lưu: VT, TH3. NL.(25)`
    """

    code = "DS012"
    name = "drafter-initials-lowercase"
    component = "drafter"
    message = "{where}: the drafter's initials «{found}» should be in capitals: «{expected}»"
    message_vi = "{where}: ký hiệu người soạn thảo «{found}» phải viết hoa: «{expected}»"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        entries = ctx.layout.distribution
        archive = next((p for p in entries if "Lưu" in p.visible_text), None)
        if archive is None:
            yield self.skip("no archive line (Lưu) found")
            return
        tail = archive.visible_text.split(".", 1)[1].strip() if "." in archive.visible_text else ""
        initials = re.match(r"^([^\W\d_]+)", tail)
        if not initials:
            yield self.skip("no drafter's initials after the archive line")
            return
        found = initials.group(1)
        place = where(archive, "Ký hiệu người soạn thảo")
        if found != upper(found):
            yield self.fail(place, found, upper(found))
        else:
            yield self.ok(place)


# ---------------------------------------------------------------------- reading the closing
#
# The recogniser (stage 2) gives the Nơi nhận label, its paragraphs and the signature block.
# Real files lay the closing out in ways it does not all follow yet, so the rules below read
# the closing once more from stage 1's paragraphs, starting from what it found:
#
# - the label may be a paragraph of running text that merely begins with "Nơi nhận" (a
#   guide that explains the component); then the real label is searched for;
# - a closing typed without a table puts the signature in the right half of the same lines,
#   after tabs or runs of spaces ("Nơi nhận:      TL. CHỦ TỊCH");
# - an entry may wrap onto a second, indented paragraph ("- Các bộ, cơ quan ngang bộ," /
#   "   cơ quan thuộc Chính phủ;");
# - the signer's name may stand in a later row of the signature column, and the signature
#   column may be preceded by an empty spacer column.

_LEADING_GAP = re.compile(r"^[ \u00a0]*(?:\t|[ \u00a0]{3,})")
_LABEL = re.compile(r"^\s*n[ơo]i\s+nh[ậa]n\b\s*(?P<colon>:?)\s*(?P<rest>.*)$", re.I | re.S)
_DASHES = ("-", "–")
_PLACEHOLDER = re.compile(r"^\{\{.*\}\}$|^\{[^{}]*\}$|^[.…_\s]+$")
_DRAFTER_MARK = re.compile(
    r"^[A-ZĐ]{1,8}\.?\s*(?:\(\s*\d+\s*(?:b\s*)?\))?\.?$|^\(\s*\d+\s*(?:b\s*)?\)\.?$"
)
r"""The drafter's initials and copies (``HN(05)``, ``(10b)``). No two white-space runs stand
side by side (``\s*b?\s*`` splits a long run of spaces in every way: quadratic time)."""
_ARCHIVE = re.compile(r"^L[ưƯ]u\b(?!\s+tr[ữỮ])\s*(?P<colon>:?)\s*(?P<units>.*)$", re.I | re.S)
_NAME_PLACEHOLDERS = {"họ và tên", "họ tên", "họ và tên người ký"}
_SIGNATURE_SPACE_TWIPS = 480
"""Space before a paragraph (24 pt) that stands for the room left for the signature."""
_COLLECTIVE = (
    r"^(ỦY BAN|UỶ BAN|HỘI ĐỒNG|CHÍNH PHỦ|BAN\s|BỘ\s|SỞ\s|CỤC\s|TỔNG CỤC|VỤ\s|VIỆN\s|"
    r"TRƯỜNG\s|ĐOÀN\s|TỔ\s|THƯỜNG TRỰC|VĂN PHÒNG|CÔNG TY|TẬP ĐOÀN|HỘI\s|LIÊN\s|QUỐC HỘI|"
    r"THANH TRA|KIỂM TOÁN|NGÂN HÀNG|ĐẠI HỌC|HỌC VIỆN|TRUNG TÂM|PHÒNG\s|CHI CỤC|TÒA ÁN|TOÀ ÁN)"
)
"""How the name of a collective body or an agency begins (a heuristic list)."""
_TAB_STOP_PT = 36.0
"""Word's default tab stop: half an inch."""


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the closing: the paragraph it stands in and its text (one column)."""

    paragraph: ParaInfo
    text: str
    gap: bool = False
    """Blank lines (the room for the signature and seal) stand above this line."""


@dataclass(slots=True)
class Entry:
    """One entry of the Nơi nhận list, with the lines it wraps onto."""

    lines: list[Line]

    @property
    def paragraph(self) -> ParaInfo:
        """The paragraph the entry starts in."""
        return self.lines[0].paragraph

    @property
    def text(self) -> str:
        """The entry's text, wrapped lines joined."""
        return " ".join(line.text for line in self.lines)

    @property
    def body(self) -> str:
        """The text without its leading dash."""
        text = self.text
        return text[1:].strip() if text.startswith((*_DASHES, "+")) else text

    @property
    def is_archive(self) -> bool:
        """Whether this is the archive line (``- Lưu: VT, …``)."""
        return _ARCHIVE.match(self.body) is not None


@dataclass(slots=True)
class Closing:
    """The closing of a document as the closing rules read it."""

    label: ParaInfo | None = None
    """The Nơi nhận label (a real label, not running text that begins with the words)."""
    colon: bool = False
    """Whether the label has its colon."""
    inline: str = ""
    """Text after the label on its own line (it should stand alone)."""
    entries: list[Entry] = field(default_factory=list)
    drafter: list[Line] = field(default_factory=list)
    """Lines after the list that hold only the drafter's initials and copies (ô 12)."""
    lines: list[Line] = field(default_factory=list)
    """The signature block, top to bottom: titles, marks such as ``(Đã ký)``, the name."""
    side_by_side: bool = False
    """The Nơi nhận list and the signature are typed side by side, without a table."""
    outside: list[Line] = field(default_factory=list)
    """Lines of the signature found outside the cell that holds its first line."""
    placeholder: bool = False
    """The signature block holds template placeholders (``{{…}}``, ``Họ và tên``)."""

    _parts: tuple[list[Line], Line | None] | None = None

    @property
    def titles(self) -> list[Line]:
        """The title lines (quyền hạn, chức vụ): the lines in capitals before the name."""
        if self._parts is None:
            self._parts = _classify(self.lines)
        return self._parts[0]

    @property
    def name(self) -> Line | None:
        """The signer's name, or ``None``."""
        if self._parts is None:
            self._parts = _classify(self.lines)
        return self._parts[1]

    @property
    def start(self) -> ParaInfo | None:
        """The paragraph of the first line of the signature block."""
        return self.lines[0].paragraph if self.lines else None

    @property
    def archive(self) -> Entry | None:
        """The archive line (``- Lưu: …``), or ``None``."""
        return next((e for e in self.entries if e.is_archive), None)


def _columns(text: str, in_table: bool) -> tuple[str, str]:
    """Split a line typed in two columns (tabs or runs of spaces) into left and right parts.

    In a table cell the line is the left part, without a side note typed after its final
    punctuation (``- Cổng TTĐT Chính phủ;      Để đăng dự thảo``). Outside a table a line
    that begins with a gap belongs wholly to the right column.
    """
    if not text.strip():
        return "", ""
    if in_table:
        note = SIDE_NOTE.match(text)
        line = note["line"] if note else text
        return " ".join(line.split()), ""
    if _LEADING_GAP.match(text):
        return "", " ".join(text.split())
    parts = split_at_gaps(text)
    left = " ".join(parts[0].split())
    right = " ".join(" ".join(parts[1:]).split())
    return left, right


def _is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and "".join(letters) == upper("".join(letters))


def _classify(lines: list[Line]) -> tuple[list[Line], Line | None]:
    """Split the signature block into its title lines and the name."""
    titles: list[Line] = []
    name: Line | None = None
    in_mark = False
    for line in lines:
        text = line.text
        if in_mark:
            in_mark = ")" not in text and "]" not in text
            continue
        if text.startswith(("(", "[", "{")) or _PLACEHOLDER.match(text):
            in_mark = text.startswith(("(", "[")) and ")" not in text and "]" not in text
            continue
        if text.casefold() == "kiêm" or text.casefold() in _NAME_PLACEHOLDERS:
            continue
        if _is_upper(text):
            if name is None and titles and line.gap and not _is_title(text):
                name = line  # the name, set in capitals below the room for the signature
            elif name is None:
                titles.append(line)
            continue
        name = line
    return titles, name if titles else None


def _is_title(text: str) -> bool:
    """Whether a line in capitals reads as a title or a body's name rather than a person's."""
    key = upper(text)
    return (
        _authority(key) is not None
        or _INDIVIDUAL.match(key) is not None
        or _DEPUTY.match(key) is not None
        or re.match(_COLLECTIVE, key) is not None
    )


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return (
        1 < len(words) <= 7
        and not _is_upper(text)
        and text[:1].isupper()
        and not any(c.isdigit() for c in text)
        and not text.endswith((".", ":", ";", ","))
    )


def _valid_label(paragraph: ParaInfo) -> re.Match[str] | None:
    first = paragraph.text.split("\n", 1)[0]
    left, _ = _columns(first, paragraph.table is not None)
    match = _LABEL.match(left)
    if match is None:
        return None
    if not match["colon"] and match["rest"].strip():
        return None  # running text: "Nơi nhận văn bản xác định …"
    return match


def _label_candidates(ctx: Context) -> Iterator[ParaInfo]:
    found = ctx.layout.distribution_label
    if found is not None:
        yield found
    start = found.index + 1 if found is not None else 0
    for paragraph in ctx.info.paragraphs[start:]:
        if paragraph.visible_text[:12].casefold().startswith("nơi nhận"):
            yield paragraph


def _entry_lines(ctx: Context, label: ParaInfo) -> tuple[list[Line], list[Line]]:
    """The lines of the list after the label, and the lines typed beside them.

    The second list holds the right-hand column (a signature typed beside the list without
    a table), from the label's own line on.
    """
    paragraphs = ctx.info.paragraphs
    in_table = label.table is not None
    lefts: list[Line] = []
    rights: list[Line] = []
    _, right = _columns(label.text.split("\n", 1)[0], in_table)
    if right:
        rights.append(Line(label, right))
    for raw in label.text.split("\n")[1:]:
        left, right = _columns(raw, in_table)
        if left:
            lefts.append(Line(label, left))
        if right:
            rights.append(Line(label, right))
    blank_after_list = False
    for paragraph in paragraphs[label.index + 1 :]:
        if paragraph.part != label.part:
            break
        if in_table and paragraph.table != label.table:
            break
        if not in_table and paragraph.table is not None:
            break
        if not paragraph.visible_text:
            blank_after_list = blank_after_list or bool(lefts)
            continue
        stop = False
        for raw in paragraph.text.split("\n"):
            left, right = _columns(raw, in_table)
            if left:
                if blank_after_list and not in_table:
                    stop = True
                    break
                lefts.append(Line(paragraph, left))
            if right:
                rights.append(Line(paragraph, right))
        if stop:
            break
    return lefts, rights


def _entries(lines: list[Line]) -> tuple[list[Entry], list[Line]]:
    entries: list[Entry] = []
    for line in lines:
        text = line.text
        if _PLACEHOLDER.match(text):
            continue
        indented = bool(re.match(r"^[\s\u00a0]", line.paragraph.text.split("\n")[0]))
        if (
            entries
            and not text.startswith((*_DASHES, "+"))
            and not entries[-1].text.endswith((";", ".", ":"))
            and (indented or text[:1].islower())
        ):
            entries[-1].lines.append(line)  # the entry wraps onto this line
            continue
        entries.append(Entry([line]))
    drafter: list[Line] = []
    while entries and len(entries[-1].lines) == 1 and _DRAFTER_MARK.match(entries[-1].text):
        drafter.append(entries.pop().lines[0])
    drafter.reverse()
    return entries, drafter


def _block_lines(paragraphs: list[ParaInfo]) -> list[Line]:
    """The non-empty lines of the paragraphs, each marked when blank lines stand above it."""
    lines: list[Line] = []
    blank = False
    for paragraph in paragraphs:
        for i, raw in enumerate(paragraph.text.split("\n")):
            text = " ".join(raw.split())
            if not text:
                blank = True
                continue
            spaced = i == 0 and paragraph.space_before >= _SIGNATURE_SPACE_TWIPS
            lines.append(Line(paragraph, text, gap=bool(lines) and (blank or spaced)))
            blank = False
    return lines


def _signature_start(ctx: Context, label: ParaInfo | None) -> ParaInfo | None:
    titles = [p for p in ctx.layout.signature_title if p.visible_text]
    if label is not None and label.table is not None:
        table, row, column = label.table
        beside = [
            p for p in ctx.info.paragraphs
            if p.table is not None and p.part == label.part and p.table[:2] == (table, row)
            and p.table[2] != column and p.visible_text
        ]  # fmt: skip
        if titles and titles[0] in beside:
            return titles[0]
        if beside:
            right = [p for p in beside if p.table is not None and p.table[2] > column]
            return (right or beside)[0]
    return titles[0] if titles else None


def _table_block(ctx: Context, start: ParaInfo) -> tuple[list[Line], list[Line]]:
    assert start.table is not None
    table, _, column = start.table
    same_table = [
        p for p in ctx.info.paragraphs
        if p.table is not None and p.part == start.part and p.table[0] == table
    ]  # fmt: skip
    cell = [
        p for p in same_table
        if p.table is not None and p.table[2] == column and p.index >= start.index
    ]  # fmt: skip
    lines = _block_lines(cell)
    outside: list[Line] = []
    if _classify(lines)[1] is None and same_table:
        last = max(p.index for p in same_table)
        for paragraph in ctx.info.paragraphs[last + 1 : last + 8]:
            if paragraph.table is not None or paragraph.part != start.part:
                break
            text = paragraph.visible_text
            if not text:
                continue
            if _looks_like_name(text):
                outside.append(Line(paragraph, text))
            break
    return lines + outside, outside


def _plain_block(ctx: Context, start: ParaInfo) -> list[Line]:
    layout = ctx.layout
    candidates = [*layout.signature_title, *([layout.signer] if layout.signer else [])]
    if start not in candidates:
        candidates = [start]
    block: list[ParaInfo] = []
    for paragraph in candidates:
        text = paragraph.visible_text
        if not text:
            continue
        first = text.split("\n")[0]
        prose = len(first) > 60 or first.startswith(("-", "+", "•", "*")) or first[-1] == ":"
        if block and prose:
            break
        block.append(paragraph)
    return _block_lines(block)


_CACHE: list[tuple[DocxInfo, Layout, Closing]] = []


def read_closing(ctx: Context) -> Closing:
    """Read the closing (Nơi nhận and signature block) of the document in ``ctx``."""
    for info, layout, closing in _CACHE:
        if info is ctx.info and layout is ctx.layout:
            return closing
    closing = _read_closing(ctx)
    _CACHE[:] = [(ctx.info, ctx.layout, closing)]
    return closing


def _signature(ctx: Context, label: ParaInfo | None, rights: list[Line]) -> Closing:
    """The signature block that goes with ``label`` (its lines, and how it is laid out)."""
    closing = Closing()
    if label is not None and label.table is None and rights:
        closing.side_by_side = True
        tail = rights[-1].paragraph.index
        layout_lines = [
            p for p in [*ctx.layout.signature_title, ctx.layout.signer]
            if p is not None and p.index > tail and p.table is None
        ]  # fmt: skip
        closing.lines = rights + _block_lines(layout_lines)
        return closing
    start = _signature_start(ctx, label)
    if start is not None and start.table is not None:
        closing.lines, closing.outside = _table_block(ctx, start)
    elif start is not None:
        closing.lines = _plain_block(ctx, start)
    return closing


def _read_closing(ctx: Context) -> Closing:
    for candidate in _label_candidates(ctx):
        match = _valid_label(candidate)
        if match is None:
            continue  # running text that begins with the words; look further
        lefts, rights = _entry_lines(ctx, candidate)
        inline = match["rest"].strip()
        if inline:
            lefts.insert(0, Line(candidate, inline))
        entries, drafter = _entries(lefts)
        closing = _signature(ctx, candidate, rights)
        if not entries and not (match["colon"] and closing.titles):
            break  # the words alone, as in a box of a layout diagram or a sample table
        closing.label = candidate
        closing.colon = bool(match["colon"])
        closing.inline = inline
        closing.entries, closing.drafter = entries, drafter
        break
    else:
        closing = _signature(ctx, None, [])
    if closing.label is None and closing.side_by_side:
        closing = _signature(ctx, None, [])
    closing.placeholder = any(
        _PLACEHOLDER.match(line.text) or line.text.casefold() in _NAME_PLACEHOLDERS
        for line in closing.lines
    )
    return closing


def _applies_to_closing(ctx: Context) -> str | None:
    """Why a document is not expected to carry a closing, or ``None`` when it is."""
    if ctx.layout.national_name is None:
        return "no Quốc hiệu found: not an administrative document's first page"
    if ctx.doc_type is None:
        return "the type of document is not known"
    if not ctx.layout.body:
        return "no content found"
    return None


def _authority(text: str) -> tuple[str, str] | None:
    """The authority prefix of a title line (normalised: ``KT``) and the title after it."""
    match = _AUTHORITY_LINE.match(text)
    if match is None:
        return None
    return _AUTHORITY_SPELLINGS[match["prefix"].upper()], match["title"].strip()


_AUTHORITY_SPELLINGS = {
    "TM": "TM", "T/M": "TM", "KT": "KT", "K/T": "KT", "K": "KT", "TL": "TL", "T/L": "TL",
    "TUQ": "TUQ", "Q": "Q",
}  # fmt: skip
_AUTHORITY_LINE = re.compile(
    r"^\s*(?P<prefix>TM|T/M|KT|K/T|K|TL|T/L|TUQ|Q)(?:\s*\.\s*|\s+)(?P<title>\S.*)$"
)
_DEPUTY = re.compile(r"^(PHÓ\b|THỨ TRƯỞNG\b|.*\bPHÓ\b)")
_INDIVIDUAL = re.compile(
    r"^(PHÓ\s+)?(CHỦ TỊCH|CHỦ NHIỆM|GIÁM ĐỐC|TỔNG GIÁM ĐỐC|THỦ TƯỚNG|CHÁNH\s|TRƯỞNG\s|"
    r"(TỔNG\s+)?\w+\s+TRƯỞNG\b|TỔNG THƯ KÝ|THƯ KÝ|BÍ THƯ|KẾ TOÁN TRƯỞNG|TỔNG KIỂM TOÁN|"
    r"HIỆU PHÓ|ỦY VIÊN|UỶ VIÊN)"
)
_DISTRIBUTION_LOCATOR = {
    "nd30-2020": "Decree 30/2020, Phụ lục I, Phần I, Mục II, khoản 9.d",
    "tt01-2011": "Circular 01/2011/TT-BNV, Điều 14",
}
_SIGNATURE_LOCATOR = {
    "nd30-2020": "Decree 30/2020, Phụ lục I, Phần I, Mục II, khoản 7.b",
    "tt01-2011": "Circular 01/2011/TT-BNV, Điều 12",
}
_NAME_LOCATOR = {
    "nd30-2020": "Decree 30/2020, Phụ lục I, Phần I, Mục II, khoản 7.c",
    "tt01-2011": "Circular 01/2011/TT-BNV, Điều 12",
}
_LAYOUT_LOCATOR = {
    "nd30-2020": "Decree 30/2020, Phụ lục I, Phần I, Mục IV (ô 7a–7c)",
    "tt01-2011": "Circular 01/2011/TT-BNV, Phụ lục II",
}
_CAPITALS_LOCATOR = {
    "nd30-2020": "Decree 30/2020, Phụ lục II, Mục II, khoản 1.a",
    "tt01-2011": "Circular 01/2011/TT-BNV, Phụ lục I",
}
_RECIPIENTS_LOCATOR = {
    "nd30-2020": "Decree 30/2020, Phụ lục I, Phần I, Mục II, khoản 9.b",
    "tt01-2011": "Circular 01/2011/TT-BNV, Điều 14",
}


def _needs_entries(rule: Rule, closing: Closing) -> Outcome | None:
    if closing.label is None:
        return rule.skip("no Nơi nhận label found")
    if not closing.entries:
        return rule.skip("the Nơi nhận list is empty")
    return None


def _needs_titles(rule: Rule, closing: Closing) -> Outcome | None:
    if not closing.titles:
        return rule.skip("no title lines of a signature block found")
    return None


def _leading_pt(paragraph: ParaInfo, text: str) -> float:
    """How far the first character of ``text`` stands from the left edge, in points."""
    indent = (paragraph.left + paragraph.first_line - paragraph.hanging) / 20
    size = float(paragraph.size or 12)
    lead = text[: len(text) - len(text.lstrip())]
    spaces = lead.replace("\t", "")
    tabs = lead.count("\t")
    return indent + text_width_pt(spaces, size) + tabs * _TAB_STOP_PT


# ---------------------------------------------------------------------- signature block (ô 7)


def _signatures_above_list(ctx: Context) -> ParaInfo | None:
    """The first title of the signatures set side by side above the Nơi nhận, or ``None``.

    A biên bản (Mẫu 1.9) and a joint document do so, in a table of their own.
    """
    found = form_of(ctx)
    if not (found.form is not None and found.form.has("signatures")) and len(found.issuers) < 2:
        return None
    blocks = signature_blocks(found.main, ctx.layout)
    return blocks[0].titles[0] if blocks else None


class SignatureBlockMissing(Rule):
    """The document has a signature block: authority, title and the signer's name.

    Every administrative document closes with the authority and title of the person who
    signs it (ô 7a), the signature (ô 7c) and the signer's full name (ô 7b), Phụ lục I,
    Phần I, Mục II, khoản 7. The rule looks for the block beside the Nơi nhận list, or for
    a line that begins with an authority prefix (TM., KT., TL., TUQ., Q.); a biên bản
    (Phụ lục III, Mẫu 1.9) and a joint document set their blocks side by side above the
    Nơi nhận, where they are looked for too. It is evaluated on documents whose Quốc hiệu,
    type and content were found.

    Wrong: the content ends and only the Nơi nhận list follows; no title, no name.

    Right: `TM. ỦY BAN NHÂN DÂN` / `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH` / … / `Nguyễn Hữu Tháp`
    """

    code = "SG002"
    name = "signature-block-missing"
    component = "signature_title"
    message = "{where}: no signature block found; expected {expected}"
    message_vi = "{where}: không tìm thấy phần chức vụ, họ tên người ký; cần có {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        closing = read_closing(ctx)
        if closing.titles:
            yield self.ok(where(closing.start, "Chữ ký"))
            return
        side_by_side = _signatures_above_list(ctx)
        if side_by_side is not None:
            yield self.ok(where(side_by_side, "Chữ ký"))
            return
        if closing.placeholder:
            yield self.skip("the signature block holds template placeholders")
            return
        reason = _applies_to_closing(ctx)
        if reason is not None:
            yield self.skip(reason)
            return
        yield self.fail(
            where(closing.label, "Cuối văn bản"),
            "no signature block",
            "the signer's authority and title (ô 7a) and full name (ô 7b)",
        )


class DeputyTitleMissingAfterKT(Rule):
    """A "KT." line is followed by the deputy's own title.

    When a deputy signs for the head, "KT." stands before the head's title and the next
    line gives the deputy's title (Phụ lục I, Phần I, Mục II, khoản 7.b; Decree 30/2020,
    Điều 13): `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH`, `KT. BỘ TRƯỞNG` / `THỨ TRƯỞNG`.

    Wrong: `KT. GIÁM ĐỐC` directly above the name, or `KT. CHỦ TỊCH` / `ỦY VIÊN`

    Right: `KT. GIÁM ĐỐC` / `PHÓ GIÁM ĐỐC`
    """

    code = "SG003"
    name = "kt-without-deputy-title"
    component = "signature_title"
    locator = _SIGNATURE_LOCATOR
    message = "{where}: after «{found}» expected {expected}"
    message_vi = "{where}: sau dòng «{found}» phải là {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        closing = read_closing(ctx)
        titles = closing.titles
        kt = [i for i, line in enumerate(titles) if (_authority(line.text) or ("",))[0] == "KT"]
        if not kt:
            yield self.skip("no KT. line in the signature block")
            return
        for i in kt:
            line = titles[i]
            after = titles[i + 1].text if i + 1 < len(titles) else None
            if after is None or _authority(after) is not None or not _DEPUTY.match(upper(after)):
                yield self.fail(
                    where(line.paragraph, "Quyền hạn ký"),
                    line.text + (f" / {after}" if after else ""),
                    "the deputy's title on the next line (PHÓ …, THỨ TRƯỞNG)",
                )
                return
        yield self.ok(where(titles[kt[0]].paragraph, "Quyền hạn ký"))


class TMBeforeIndividualTitle(Rule):
    """TM. stands before a collective body, not before one person's title.

    "TM." (thay mặt) is written before the name of the collective leadership or of the
    agency: `TM. ỦY BAN NHÂN DÂN`, `TM. CHÍNH PHỦ`, `TM. HỘI ĐỒNG`, `TM. BAN CHẤP HÀNH`
    (Phụ lục I, Phần I, Mục II, khoản 7.b). Before a single person's title — CHỦ TỊCH,
    GIÁM ĐỐC, BỘ TRƯỞNG, TRƯỞNG BAN … — the prefix is wrong: that person signs directly, or a
    deputy signs with "KT.".

    Wrong: `TM. GIÁM ĐỐC`

    Right: `TM. ỦY BAN NHÂN DÂN` / `CHỦ TỊCH`, or `GIÁM ĐỐC`
    """

    code = "SG004"
    name = "tm-before-individual-title"
    component = "signature_title"
    locator = _SIGNATURE_LOCATOR
    message = "{where}: «{found}»: TM. goes before {expected}"
    message_vi = "{where}: «{found}»: chữ TM. đặt trước {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        lines = [(line, _authority(line.text)) for line in read_closing(ctx).titles]
        tm = [(line, parsed[1]) for line, parsed in lines if parsed and parsed[0] == "TM"]
        if not tm:
            yield self.skip("no TM. line in the signature block")
            return
        for line, title in tm:
            if _INDIVIDUAL.match(upper(title)):
                yield self.fail(
                    where(line.paragraph, "Quyền hạn ký"),
                    line.text,
                    "the name of a collective body or agency (ỦY BAN NHÂN DÂN, HỘI ĐỒNG …)",
                )
                return
        yield self.ok(where(tm[0][0].paragraph, "Quyền hạn ký"))


class AuthorityBeforeDeputyTitle(Rule):
    """KT., Q., TL. and TUQ. stand before the head's title, not a deputy's.

    These prefixes are written before the title of the head of the agency (người đứng đầu):
    `KT. CHỦ TỊCH`, `Q. GIÁM ĐỐC`, `TL. BỘ TRƯỞNG`, `TUQ. CHỦ TỊCH` (Phụ lục I, Phần I,
    Mục II, khoản 7.b). The deputy's own title goes on the line below.

    Wrong: `KT. PHÓ CHỦ TỊCH`

    Right: `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH`
    """

    code = "SG005"
    name = "authority-before-deputy-title"
    component = "signature_title"
    locator = _SIGNATURE_LOCATOR
    message = "{where}: «{found}»: the prefix goes before {expected}"
    message_vi = "{where}: «{found}»: chữ viết tắt quyền hạn đặt trước {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        found = False
        for line in read_closing(ctx).titles:
            parsed = _authority(line.text)
            if parsed is None or parsed[0] == "TM":
                continue
            found = True
            if re.match(r"^(PHÓ|THỨ TRƯỞNG)\b", upper(parsed[1])):
                yield self.fail(
                    where(line.paragraph, "Quyền hạn ký"),
                    line.text,
                    "the head's title (CHỦ TỊCH, GIÁM ĐỐC, BỘ TRƯỞNG …)",
                )
                return
        if not found:
            yield self.skip("no KT., Q., TL. or TUQ. line in the signature block")
            return
        yield self.ok("Quyền hạn ký")


class AuthorityPrefixWithoutDot(Rule):
    """The authority prefix ends with its dot: "KT.", not "KT".

    The abbreviations are written "TM.", "Q.", "KT.", "TL.", "TUQ." (Phụ lục I, Phần I,
    Mục II, khoản 7.b and 7.đ); without the dot the line reads as part of the title.

    Wrong: `KT GIÁM ĐỐC`

    Right: `KT. GIÁM ĐỐC`
    """

    code = "SG006"
    name = "authority-prefix-without-dot"
    component = "signature_title"
    message = "{where}: «{found}»: write «{expected}»"
    message_vi = "{where}: «{found}»: viết «{expected}»"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        titles = read_closing(ctx).titles
        if (skipped := _needs_titles(self, read_closing(ctx))) is not None:
            yield skipped
            return
        for line in titles:
            match = re.match(r"^(TM|KT|TL|TUQ|Q)\s+(?=[A-ZĐÀ-Ỹ])", line.text)
            if match:
                fixed = f"{match[1]}. {line.text[match.end() :]}"
                yield self.fail(where(line.paragraph, "Quyền hạn ký"), line.text, fixed)
                return
        yield self.ok(where(titles[0].paragraph, "Quyền hạn ký"))


_RANKS = re.compile(
    r"^(Thiếu|Trung|Thượng|Đại)\s+(úy|uý|tá|tướng)\s+|^(Chuẩn\s+Đô\s+đốc|Phó\s+Đô\s+đốc|Đô\s+đốc)\s+",
    re.I,
)
_DEGREE_ABBREVIATIONS = re.compile(
    r"^(?:(?:GS|PGS|TS|TSKH|ThS|Ths|BS|BSCKI|BSCKII|CKI|CKII|DS|KS|CN|NGND|NGƯT|TTND|TTƯT|"
    r"NSND|NSƯT|AHLĐ|LS)\s*[.,]?\s*)+(?=[A-ZĐÀ-Ỹ])"
)
_DEGREE_WORDS = re.compile(
    r"^(?:phó giáo sư|giáo sư|tiến sĩ khoa học|tiến sỹ khoa học|tiến sĩ|tiến sỹ|thạc sĩ|"
    r"thạc sỹ|bác sĩ|bác sỹ|dược sĩ|kỹ sư|kĩ sư|cử nhân|luật sư|nhà giáo nhân dân|"
    r"nhà giáo ưu tú|thầy thuốc nhân dân|thầy thuốc ưu tú|nghệ sĩ nhân dân|nghệ sĩ ưu tú|"
    r"anh hùng lao động|anh hùng)\b[\s.,]*",
    re.I,
)


def _bare_name(text: str) -> str:
    """The name without a military rank, degree or honour in front."""
    text = _RANKS.sub("", text, count=1)
    for _ in range(3):
        before = text
        text = _DEGREE_ABBREVIATIONS.sub("", text, count=1)
        text = _DEGREE_WORDS.sub("", text, count=1)
        if text == before:
            break
    return text.strip()


class SignerDegreeBeforeName(Rule):
    """No academic degree, title or honour stands before the signer's name.

    "Trước họ tên của người ký, không ghi học hàm, học vị và các danh hiệu danh dự khác"
    (Phụ lục I, Phần I, Mục II, khoản 7.c). The head of a sector may allow them for the
    documents of armed forces, schools, hospitals and research bodies, so this is a warning;
    military ranks (Thiếu tướng, Đại tá …) are not flagged.

    Wrong: `TS. Nguyễn Văn A`, `PGS.TS Hồ Sỹ Tâm`, `NGƯT Trần Thị B`

    Right: `Nguyễn Văn A`
    """

    code = "SG007"
    name = "signer-degree-before-name"
    severity = Severity.WARNING
    component = "signer"
    locator = _NAME_LOCATOR
    message = "{where}: «{found}» before the name; write only {expected}"
    message_vi = "{where}: ghi «{found}» trước họ tên; chỉ ghi {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        name = read_closing(ctx).name
        if name is None:
            yield self.skip("no signer's name found")
            return
        text = _RANKS.sub("", name.text, count=1)
        bare = _bare_name(text)
        place = where(name.paragraph, "Họ tên người ký")
        if bare != text.strip():
            yield self.fail(place, text[: len(text) - len(bare)].strip(), f"«{bare}»")
        else:
            yield self.ok(place)


class SignerNameMissing(Rule):
    """The signature block ends with the signer's full name.

    Below the title lines and the space for the signature comes the full name of the person
    who signs: family name, middle name and given name (Phụ lục I, Phần I, Mục II, khoản
    7.c and 7.đ, ô 7b).

    Wrong: `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH` and nothing below

    Right: `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH` / … / `Nguyễn Hữu Tháp`
    """

    code = "SG008"
    name = "signer-name-missing"
    component = "signer"
    locator = _NAME_LOCATOR
    message = "{where}: no signer's name under «{found}»; expected {expected}"
    message_vi = "{where}: không có họ tên người ký dưới «{found}»; cần có {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        closing = read_closing(ctx)
        if (skipped := _needs_titles(self, closing)) is not None:
            yield skipped
            return
        if closing.placeholder:
            yield self.skip("the signature block holds template placeholders")
            return
        if closing.name is not None:
            yield self.ok(where(closing.name.paragraph, "Họ tên người ký"))
            return
        last = closing.titles[-1]
        yield self.fail(where(last.paragraph, "Chữ ký"), last.text, "the signer's full name")


def _place(paragraph: ParaInfo) -> str:
    if paragraph.table is None:
        return "outside the table"
    return f"table {paragraph.table[0] + 1} column {paragraph.table[2] + 1}"


class SignatureLinesSplit(Rule):
    """The title lines and the signer's name stand together in one column.

    The authority, title and name of the signer form one block (ô 7a, 7b, 7c of the layout
    diagram, Phụ lục I, Phần I, Mục IV), the name centred under the title (khoản 7.đ). When
    the title sits in a cell of the closing table and the name in another cell, or below
    the table, the two drift apart as soon as the text reflows.

    Wrong: `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH` in the right cell, the name typed under the table

    Right: the title lines and the name in the same cell (or column) of the closing table
    """

    code = "SG009"
    name = "signature-lines-in-different-cells"
    component = "signer"
    locator = _LAYOUT_LOCATOR
    message = "{where}: {found}; expected {expected}"
    message_vi = "{where}: {found}; quy định {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        closing = read_closing(ctx)
        if (skipped := _needs_titles(self, closing)) is not None:
            yield skipped
            return
        if closing.side_by_side:
            yield self.skip("the closing is typed without a table")
            return
        first = closing.lines[0].paragraph
        for line in closing.lines[1:]:
            other = line.paragraph
            same = (
                other.table is None and first.table is None
                if other.table is None or first.table is None
                else other.table[0] == first.table[0] and other.table[2] == first.table[2]
            )
            if not same or line in closing.outside:
                yield self.fail(
                    where(other, "Chữ ký"),
                    f"«{line.text}» {_place(other)}, «{closing.lines[0].text}» {_place(first)}",
                    "all lines of the signature block in one cell",
                )
                return
        yield self.ok(where(first, "Chữ ký"))


class SignatureBlockNotOnRight(Rule):
    """The signature block stands on the right, the Nơi nhận list on the left.

    In the layout diagram the signer's title, signature and name (ô 7a–7c) stand in the
    right half of the page, level with Nơi nhận (ô 9b) at the left margin (Phụ lục I,
    Phần I, Mục IV). In a closing table the block is in the right column; without a table
    it is right-aligned, indented into the right half, or typed after tabs.

    Wrong: the closing table with the signature in its left column and Nơi nhận in the right

    Right: Nơi nhận in column 1, the signature block in column 2
    """

    code = "SG010"
    name = "signature-block-not-on-right"
    severity = Severity.WARNING
    component = "signature_title"
    locator = _LAYOUT_LOCATOR
    message = "{where}: the signature block is {found}; expected {expected}"
    message_vi = "{where}: phần chữ ký đang {found}; quy định {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        closing = read_closing(ctx)
        start = closing.start
        if start is None or not closing.titles:
            yield self.skip("no signature block found")
            return
        place = where(start, "Chữ ký")
        if closing.side_by_side:
            yield self.ok(place)
            return
        if start.table is not None:
            row = [
                p for p in ctx.info.paragraphs
                if p.table is not None and p.part == start.part
                and p.table[:2] == start.table[:2]
            ]  # fmt: skip
            column = start.table[2]
            if len({p.table[2] for p in row if p.table is not None}) > 1:
                filled = [p.table[2] for p in row if p.table is not None and p.visible_text]
                if column > 0 and max(filled) <= column:
                    yield self.ok(place)
                else:
                    yield self.fail(place, f"in column {column + 1} of the closing table",
                                    "the right-hand column")  # fmt: skip
                return
        sections = ctx.info.sections
        if not sections:
            yield self.skip("the document has no page setup")
            return
        width_pt = sections[min(start.section, len(sections) - 1)].text_width / 20
        line = start.text.split("\n")[0]
        if start.align == "right" or _leading_pt(start, line) >= 0.3 * width_pt:
            yield self.ok(place)
        else:
            yield self.fail(place, f"aligned {start.align or 'left'} from the left margin",
                            "in the right half of the page")  # fmt: skip


class TMLineNotFirst(Rule):
    """The "TM." line is the first line of the signature block.

    "TM." names the collective on whose behalf the document is signed; the lines of the
    person who signs (a "KT." line, the title) follow it (Phụ lục I, Phần I, Mục II,
    khoản 7.b; the sample `TM. ỦY BAN NHÂN DÂN` / `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH`).

    Wrong: `KT. CHỦ TỊCH` / `TM. ỦY BAN NHÂN DÂN` / `PHÓ CHỦ TỊCH`

    Right: `TM. ỦY BAN NHÂN DÂN` / `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH`
    """

    code = "SG011"
    name = "tm-line-not-first"
    component = "signature_title"
    locator = _SIGNATURE_LOCATOR
    message = "{where}: «{found}» is not the first line; expected {expected}"
    message_vi = "{where}: dòng «{found}» không ở đầu; quy định {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        titles = read_closing(ctx).titles
        tm = [i for i, line in enumerate(titles) if (_authority(line.text) or ("",))[0] == "TM"]
        if not tm:
            yield self.skip("no TM. line in the signature block")
            return
        line = titles[tm[0]]
        if tm[0] > 0:
            yield self.fail(where(line.paragraph, "Quyền hạn ký"), line.text,
                            "the TM. line above the other title lines")  # fmt: skip
        else:
            yield self.ok(where(line.paragraph, "Quyền hạn ký"))


class AuthorityPrefixWithoutSpace(Rule):
    """A space separates the authority prefix from the title: "KT. CHỦ TỊCH".

    The decree's samples write the prefix, its dot, a space, then the title (Phụ lục I,
    Phần I, Mục II, khoản 7.b; the models of Phụ lục III). Run together, "KT.CHỦ TỊCH"
    is still understood, so this is only noted.

    Wrong: `KT.HIỆU TRƯỞNG`

    Right: `KT. HIỆU TRƯỞNG`
    """

    code = "SG012"
    name = "authority-prefix-without-space"
    severity = Severity.INFO
    component = "signature_title"
    message = "{where}: «{found}»: write «{expected}»"
    message_vi = "{where}: «{found}»: viết «{expected}»"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        closing = read_closing(ctx)
        if (skipped := _needs_titles(self, closing)) is not None:
            yield skipped
            return
        for line in closing.titles:
            match = re.match(r"^(TM|KT|TL|TUQ|Q)\.(?=\S)", line.text)
            if match:
                fixed = f"{match[0]} {line.text[match.end() :]}"
                yield self.fail(where(line.paragraph, "Quyền hạn ký"), line.text, fixed)
                return
        yield self.ok(where(closing.titles[0].paragraph, "Quyền hạn ký"))


class SignerNameNotCapitalised(Rule):
    """Each word of the signer's name begins with a capital letter.

    The signer's name is a person's name: every syllable of it is capitalised (Phụ lục II,
    viết hoa tên người; Phụ lục I, Phần I, Mục II, khoản 7.c). A military rank before it
    keeps its own case.

    Wrong: `Nguyễn hữu tháp`

    Right: `Nguyễn Hữu Tháp`
    """

    code = "SG013"
    name = "signer-name-not-capitalised"
    component = "signer"
    locator = _CAPITALS_LOCATOR
    message = "{where}: «{found}»: write «{expected}»"
    message_vi = "{where}: «{found}»: viết hoa «{expected}»"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        name = read_closing(ctx).name
        if name is None:
            yield self.skip("no signer's name found")
            return
        bare = _bare_name(name.text)
        words = [w for w in re.split(r"[\s-]+", bare) if w and w[0].isalpha()]
        place = where(name.paragraph, "Họ tên người ký")
        if any(not w[0].isupper() for w in words):
            fixed = " ".join(w[:1].upper() + w[1:] for w in bare.split())
            yield self.fail(place, bare, fixed)
        else:
            yield self.ok(place)


# ---------------------------------------------------------------------- Nơi nhận (ô 9b, ô 12)


class DistributionLabelMissing(Rule):
    """The document has a "Nơi nhận:" list.

    Every document names where it goes: "Nơi nhận" and the list of recipients, with the
    archive line last (Phụ lục I, Phần I, Mục II, khoản 9.a–9.d). It is evaluated on
    documents whose Quốc hiệu, type and content were found.

    Wrong: the signature block with no "Nơi nhận:" beside it

    Right: `Nơi nhận:` / `- Như trên;` / … / `- Lưu: VT, TH.`
    """

    code = "DS001"
    name = "distribution-label-missing"
    component = "distribution_label"
    message = "{where}: no Nơi nhận found; expected {expected}"
    message_vi = "{where}: không có phần Nơi nhận; cần có {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        closing = read_closing(ctx)
        if closing.label is not None:
            yield self.ok(where(closing.label, "Nơi nhận"))
            return
        reason = _applies_to_closing(ctx)
        if reason is not None:
            yield self.skip(reason)
            return
        yield self.fail(
            where(closing.start, "Cuối văn bản"),
            "no Nơi nhận",
            "«Nơi nhận:» at the left, level with the signer's title",
        )


class DistributionLabelWithoutColon(Rule):
    """The label "Nơi nhận" is followed by a colon.

    "Từ 'Nơi nhận' … sau có dấu hai chấm (:)" (Phụ lục I, Phần I, Mục II, khoản 9.d).

    Wrong: `Nơi nhận`

    Right: `Nơi nhận:`
    """

    code = "DS002"
    name = "distribution-label-without-colon"
    component = "distribution_label"
    message = "{where}: «{found}» without a colon; write «{expected}»"
    message_vi = "{where}: «{found}» thiếu dấu hai chấm; viết «{expected}»"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        closing = read_closing(ctx)
        if closing.label is None:
            yield self.skip("no Nơi nhận label found")
            return
        place = where(closing.label, "Nơi nhận")
        if closing.colon:
            yield self.ok(place)
        else:
            yield self.fail(place, "Nơi nhận", "Nơi nhận:")


class DistributionEntryWithoutDash(Rule):
    """Each entry of the Nơi nhận list begins with a dash.

    "Tên mỗi cơ quan, tổ chức, đơn vị và cá nhân … được trình bày trên một dòng riêng, đầu
    dòng có gạch đầu dòng (-) sát lề trái" (Phụ lục I, Phần I, Mục II, khoản 9.d). An entry
    that wraps onto a second, indented line, and the drafter's initials after the archive
    line (ô 12), are not entries of their own.

    Wrong: `Sở Tài chính;`

    Right: `- Sở Tài chính;`
    """

    code = "DS003"
    name = "distribution-entry-without-dash"
    component = "distribution"
    message = "{where}: «{found}» does not begin with a dash; write «{expected}»"
    message_vi = "{where}: «{found}» thiếu gạch đầu dòng; viết «{expected}»"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        closing = read_closing(ctx)
        if (skipped := _needs_entries(self, closing)) is not None:
            yield skipped
            return
        previous = ""
        for entry in closing.entries:
            text = entry.text
            bullet_style = "bullet" in (entry.paragraph.style_name or "").casefold()
            sub_item = text.startswith("+") and previous.endswith(":")
            if not text.startswith(_DASHES) and not sub_item and not bullet_style:
                yield self.fail(where(entry.paragraph, "Nơi nhận"), text, f"- {text}")
                return
            previous = text
        yield self.ok(where(closing.entries[0].paragraph, "Nơi nhận"))


class DistributionEntryWithoutSemicolon(Rule):
    """Each entry of the Nơi nhận list but the last ends with a semicolon.

    "… cuối dòng có dấu chấm phẩy (;)" (Phụ lục I, Phần I, Mục II, khoản 9.d). An entry that
    introduces sub-items ("- Các sở:" then "+ …") may end with a colon.

    Wrong: `- Sở Tài chính` or `- Sở Tài chính,` or `- Sở Tài chính.` before further entries

    Right: `- Sở Tài chính;`
    """

    code = "DS004"
    name = "distribution-entry-without-semicolon"
    component = "distribution"
    message = "{where}: «{found}» does not end with a semicolon; write «{expected}»"
    message_vi = "{where}: «{found}» thiếu dấu chấm phẩy cuối dòng; viết «{expected}»"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        closing = read_closing(ctx)
        if (skipped := _needs_entries(self, closing)) is not None:
            yield skipped
            return
        entries = closing.entries
        inner = [
            (entry, entries[i + 1]) for i, entry in enumerate(entries[:-1])
            if not entry.is_archive
        ]  # fmt: skip
        if not inner:
            yield self.skip("the list has a single entry")
            return
        for entry, following in inner:
            text = entry.text
            if text.endswith(";") or (text.endswith(":") and following.text.startswith("+")):
                continue
            fixed = text.rstrip(",.:") + ";"
            yield self.fail(where(entry.paragraph, "Nơi nhận"), text, fixed)
            return
        yield self.ok(where(inner[0][0].paragraph, "Nơi nhận"))


class DistributionLastLineWithoutPeriod(Rule):
    """The last line of the Nơi nhận list ends with a period.

    The list ends with the archive line, "cuối cùng là dấu chấm (.)" (Phụ lục I, Phần I,
    Mục II, khoản 9.d): `- Lưu: VT, TH.`. The drafter's initials and the number of copies
    (ô 12) may follow the period: `- Lưu: VT, TH. NL.(25)`.

    Wrong: `- Lưu: VT, TH` or a list whose last entry is `- Sở Tài chính;`

    Right: `- Lưu: VT, TH.`
    """

    code = "DS005"
    name = "distribution-last-line-without-period"
    component = "distribution"
    message = "{where}: «{found}» does not end with a period; write «{expected}»"
    message_vi = "{where}: «{found}» thiếu dấu chấm cuối dòng; viết «{expected}»"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        closing = read_closing(ctx)
        if (skipped := _needs_entries(self, closing)) is not None:
            yield skipped
            return
        last = closing.entries[-1]
        text = last.text
        place = where(last.paragraph, "Nơi nhận")
        ended = "." in last.body if last.is_archive else text.endswith(".")
        if ended:
            yield self.ok(place)
        else:
            yield self.fail(place, text, text.rstrip(";,:") + ".")


class ArchiveLineMissing(Rule):
    """The Nơi nhận list ends with the archive line "- Lưu: VT, …".

    The last line of the list names where the document is filed: "Lưu", a colon, "VT"
    (văn thư), a comma, the drafting unit and the number of copies kept, then a period
    (Phụ lục I, Phần I, Mục II, khoản 9.d).

    Wrong: `Nơi nhận:` / `- Như trên;` / `- Sở Nội vụ.` and nothing else

    Right: `Nơi nhận:` / `- Như trên;` / `- Sở Nội vụ;` / `- Lưu: VT, NC.`
    """

    code = "DS006"
    name = "archive-line-missing"
    component = "distribution"
    message = "{where}: no archive line; expected {expected}"
    message_vi = "{where}: thiếu dòng lưu; cần có {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        closing = read_closing(ctx)
        if closing.label is None:
            yield self.skip("no Nơi nhận label found")
            return
        archive = closing.archive
        if archive is not None:
            yield self.ok(where(archive.paragraph, "Dòng lưu"))
            return
        last = closing.entries[-1].paragraph if closing.entries else closing.label
        yield self.fail(where(last, "Nơi nhận"), "no «Lưu» line",
                        "«- Lưu: VT, <drafting unit>.» as the last line")  # fmt: skip


class ArchiveLineNotLast(Rule):
    """The archive line is the last line of the Nơi nhận list.

    "Dòng cuối cùng bao gồm chữ 'Lưu' …" (Phụ lục I, Phần I, Mục II, khoản 9.d); only the
    drafter's initials and the number of copies issued (ô 12) may follow it.

    Wrong: `- Lưu: VT, TH.` / `- Văn phòng UBND tỉnh.`

    Right: `- Văn phòng UBND tỉnh;` / `- Lưu: VT, TH.`
    """

    code = "DS007"
    name = "archive-line-not-last"
    component = "distribution"
    message = "{where}: «{found}» follows the archive line; expected {expected}"
    message_vi = "{where}: «{found}» đứng sau dòng lưu; quy định {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        closing = read_closing(ctx)
        archive = closing.archive
        if archive is None:
            yield self.skip("no archive line (Lưu) found")
            return
        after = closing.entries[closing.entries.index(archive) + 1 :]
        if after:
            yield self.fail(where(after[0].paragraph, "Nơi nhận"), after[0].text,
                            "the archive line last")  # fmt: skip
        else:
            yield self.ok(where(archive.paragraph, "Dòng lưu"))


class ArchiveLineWithoutVT(Rule):
    """The archive line names the records office "VT" first.

    After "Lưu:" comes the abbreviation "VT" (văn thư), then a comma and the drafting unit
    (Phụ lục I, Phần I, Mục II, khoản 9.d).

    Wrong: `- Lưu: TH.` or `- Lưu: Văn thư, TH.`

    Right: `- Lưu: VT, TH.`
    """

    code = "DS008"
    name = "archive-line-without-vt"
    component = "distribution"
    message = "{where}: «{found}» does not begin with «VT»; expected {expected}"
    message_vi = "{where}: «{found}» không bắt đầu bằng «VT»; quy định {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        archive = read_closing(ctx).archive
        if archive is None:
            yield self.skip("no archive line (Lưu) found")
            return
        match = _ARCHIVE.match(archive.body)
        assert match is not None
        first = re.split(r"[,.;(]", match["units"], maxsplit=1)[0].strip()
        place = where(archive.paragraph, "Dòng lưu")
        if first == "VT":
            yield self.ok(place)
        else:
            yield self.fail(place, archive.text, "«- Lưu: VT, <drafting unit>.»")


class ArchiveLineWithoutColon(Rule):
    """The word "Lưu" of the archive line is followed by a colon.

    "… chữ 'Lưu' sau có dấu hai chấm (:), tiếp theo là chữ viết tắt 'VT'" (Phụ lục I,
    Phần I, Mục II, khoản 9.d).

    Wrong: `- Lưu VT, KH.`

    Right: `- Lưu: VT, KH.`
    """

    code = "DS009"
    name = "archive-line-without-colon"
    component = "distribution"
    message = "{where}: «{found}»: no colon after «Lưu»; write «{expected}»"
    message_vi = "{where}: «{found}»: thiếu dấu hai chấm sau chữ «Lưu»; viết «{expected}»"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        archive = read_closing(ctx).archive
        if archive is None:
            yield self.skip("no archive line (Lưu) found")
            return
        match = _ARCHIVE.match(archive.body)
        assert match is not None
        place = where(archive.paragraph, "Dòng lưu")
        if match["colon"]:
            yield self.ok(place)
        else:
            yield self.fail(place, archive.text, f"- Lưu: {match['units'].strip()}")


def _is_nhu_tren(entry: Entry) -> bool:
    return tone_insensitive_key(entry.body).startswith(tone_insensitive_key("Như trên"))


def _has_kinh_gui(ctx: Context) -> bool:
    return ctx.layout.recipients_label is not None


class DispatchDistributionWithoutNhuTren(Rule):
    """A document with "Kính gửi" begins its Nơi nhận list with "Như trên".

    For a công văn, and a tờ trình or báo cáo sent up to a higher body, the recipients who
    act on the document stand after "Kính gửi" (ô 9a); the Nơi nhận list then begins with
    "Như trên", followed by the others (Phụ lục I, Phần I, Mục II, khoản 9.b).

    Wrong: `Kính gửi: Bộ Nội vụ` … `Nơi nhận:` / `- Bộ Nội vụ;` or `- Như kính gửi;`

    Right: `Nơi nhận:` / `- Như trên;` / `- CT, PCT UBND tỉnh;` / `- Lưu: VT, NC.`
    """

    code = "DS010"
    name = "dispatch-distribution-without-nhu-tren"
    component = "distribution"
    locator = _RECIPIENTS_LOCATOR
    message = "{where}: the list begins with «{found}»; expected {expected}"
    message_vi = "{where}: danh sách bắt đầu bằng «{found}»; quy định {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        if not _has_kinh_gui(ctx) and ctx.doc_type is not DocumentType.CONG_VAN:
            yield self.skip("no Kính gửi and not a công văn")
            return
        closing = read_closing(ctx)
        if (skipped := _needs_entries(self, closing)) is not None:
            yield skipped
            return
        first = closing.entries[0]
        place = where(first.paragraph, "Nơi nhận")
        if _is_nhu_tren(first):
            yield self.ok(place)
        else:
            yield self.fail(place, first.text, "«- Như trên;» first")


_NAMES_ITS_RECIPIENTS = ("addressed", "invitation", "introduction")
"""Components of a form that name whom it goes to in its text (``… điện:`` and the list
under it, ``… trân trọng kính mời: …``, ``Được cử đến: …``): "Như trên" refers to them."""


class NhuTrenWithoutKinhGui(Rule):
    """A "Như trên" entry in the Nơi nhận list refers to a "Kính gửi" above.

    "Như trên" ("as above") stands for the recipients named after "Kính gửi" (Phụ lục I,
    Phần I, Mục II, khoản 9.b). A document without Kính gửi names its recipients in the
    list itself — a quyết định writes "- Như Điều 3;", which is normal. The forms that name
    their recipients in the text — a công điện under its "… điện:" line, a giấy mời after
    "trân trọng kính mời:", a giấy giới thiệu after "Được cử đến:" (Phụ lục III, Mẫu 1.6–1.8;
    Mẫu 1.8 itself prints "- Như trên;") — are not judged. The rule warns, because the
    document may name its addressees in another way.

    Wrong: a kế hoạch without Kính gửi whose list begins `- Như trên;`

    Right: `- Như Điều 3;` or `- Các sở, ban, ngành;`
    """

    code = "DS011"
    name = "nhu-tren-without-kinh-gui"
    severity = Severity.WARNING
    component = "distribution"
    locator = _RECIPIENTS_LOCATOR
    message = "{where}: «{found}» but the document has no Kính gửi; expected {expected}"
    message_vi = "{where}: ghi «{found}» nhưng văn bản không có Kính gửi; cần {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        if _has_kinh_gui(ctx) or ctx.doc_type is DocumentType.CONG_VAN:
            yield self.skip("the document has Kính gửi (or is a công văn)")
            return
        form = form_of(ctx).form
        if form is not None and any(form.has(c) for c in _NAMES_ITS_RECIPIENTS):
            yield self.skip(f"a {form.title.lower()} names its recipients in its text")
            return
        closing = read_closing(ctx)
        if (skipped := _needs_entries(self, closing)) is not None:
            yield skipped
            return
        for entry in closing.entries:
            if _is_nhu_tren(entry):
                yield self.fail(where(entry.paragraph, "Nơi nhận"), entry.text,
                                "the recipients named in the list")  # fmt: skip
                return
        yield self.ok(where(closing.entries[0].paragraph, "Nơi nhận"))


def _first_in_cell(ctx: Context, paragraph: ParaInfo) -> bool:
    cell = [
        p for p in ctx.info.paragraphs
        if p.table == paragraph.table and p.part == paragraph.part and p.visible_text
    ]  # fmt: skip
    return bool(cell) and cell[0] is paragraph


class DistributionLabelNotLevel(Rule):
    """The label "Nơi nhận:" stands level with the first line of the signer's title.

    "Từ 'Nơi nhận' được trình bày trên một dòng riêng (ngang hàng với dòng chữ 'quyền hạn,
    chức vụ của người ký' và sát lề trái)" (Phụ lục I, Phần I, Mục II, khoản 9.d). In a
    closing table: both on the first line of their cells, in the same row. A biên bản is
    not judged: its sample (Phụ lục III, Mẫu 1.9) sets the Nơi nhận under the two
    signatures.

    Wrong: the signature block in the closing table's first row, Nơi nhận in a row below

    Right: `Nơi nhận:` and `TM. ỦY BAN NHÂN DÂN` on the same line, left and right
    """

    code = "DS013"
    name = "distribution-label-not-level-with-signature"
    component = "distribution_label"
    message = "{where}: {found}; expected {expected}"
    message_vi = "{where}: {found}; quy định {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        closing = read_closing(ctx)
        label, start = closing.label, closing.start
        if label is None:
            yield self.skip("no Nơi nhận label found")
            return
        recognised = form_of(ctx)
        form = recognised.form
        if form is not None and any(form.has(c) for c in FORMS_SIGNED_ABOVE_LIST):
            yield self.skip(f"a {form.title.lower()} sets its Nơi nhận under its signatures")
            return
        if len(recognised.issuers) > 1 or len(signature_blocks(recognised.main, ctx.layout)) > 1:
            yield self.skip(  # văn bản liên tịch, hợp đồng, bản ghi nhớ between parties
                "several signatures side by side, the Nơi nhận under them"
            )
            return
        if start is None or not closing.titles:
            yield self.skip("no signature block found")
            return
        place = where(label, "Nơi nhận")
        expected = "Nơi nhận level with the first line of the signer's title"
        if closing.side_by_side:
            if closing.lines[0].paragraph is label:
                yield self.ok(place)
            else:
                yield self.fail(place, "the signature starts on another line", expected)
            return
        if label.table is None or start.table is None:
            yield self.fail(place, "Nơi nhận and the signature are not side by side", expected)
            return
        same_row = label.table[:2] == start.table[:2] and label.part == start.part
        if label.table[0] != start.table[0] or label.part != start.part:
            yield self.fail(place, "Nơi nhận and the signature in different tables", expected)
        elif not same_row:
            yield self.fail(
                place,
                f"Nơi nhận in row {label.table[1] + 1}, the signature in row {start.table[1] + 1}",
                expected,
            )
        elif not (_first_in_cell(ctx, label) and _first_in_cell(ctx, start)):
            yield self.fail(place, "not both on the first line of their cells", expected)
        else:
            yield self.ok(place)


_SYLLABLE = re.compile(
    r"^(?:NGH|NG|NH|PH|TH|TR|CH|KH|GH|GI|QU|[BCDĐGHKLMNPQRSTVX])?"
    r"[AĂÂEÊIOÔƠUƯYÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ]{1,3}"
    r"(?:NG|NH|CH|[CMNPT])?$"
)


def _words_in_capitals(text: str) -> int:
    """How many words of ``text`` are whole Vietnamese syllables written in capitals."""
    words = re.findall(r"[^\W\d_]+", re.sub(r"\([^)]*\)", "", text))
    return sum(1 for w in words if len(w) > 1 and w == upper(w) and _SYLLABLE.match(w))


class DistributionEntryAllCapitals(Rule):
    """The entries of the Nơi nhận list are in normal case, not in capitals.

    The list is "bằng chữ in thường, cỡ chữ 11, kiểu chữ đứng" (Phụ lục I, Phần I, Mục II,
    khoản 9.d). Abbreviations (UBND, HĐND, VPCP) are capitals by nature and are not counted;
    an entry with two or more ordinary words in capitals is.

    Wrong: `- SỞ TÀI CHÍNH;`

    Right: `- Sở Tài chính;`, `- UBND tỉnh;`
    """

    code = "DS014"
    name = "distribution-entry-all-capitals"
    component = "distribution"
    message = "{where}: «{found}» is in capitals; write it in {expected}"
    message_vi = "{where}: «{found}» viết in hoa; quy định {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        closing = read_closing(ctx)
        if (skipped := _needs_entries(self, closing)) is not None:
            yield skipped
            return
        for entry in closing.entries:
            if entry.is_archive:
                continue
            if _is_upper(entry.body) and _words_in_capitals(entry.body) >= 2:
                yield self.fail(where(entry.paragraph, "Nơi nhận"), entry.text,
                                "normal case (chữ in thường)")  # fmt: skip
                return
        yield self.ok(where(closing.entries[0].paragraph, "Nơi nhận"))


class DistributionLabelNotAlone(Rule):
    """The label "Nơi nhận:" stands on a line of its own.

    "Từ 'Nơi nhận' được trình bày trên một dòng riêng" (Phụ lục I, Phần I, Mục II,
    khoản 9.d); the first entry begins on the next line.

    Wrong: `Nơi nhận: - Như trên;`

    Right: `Nơi nhận:` / `- Như trên;`
    """

    code = "DS015"
    name = "distribution-label-not-alone"
    component = "distribution_label"
    message = "{where}: «{found}» follows the label on its line; expected {expected}"
    message_vi = "{where}: «{found}» viết cùng dòng với chữ Nơi nhận; quy định {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        closing = read_closing(ctx)
        if closing.label is None:
            yield self.skip("no Nơi nhận label found")
            return
        place = where(closing.label, "Nơi nhận")
        if closing.inline:
            yield self.fail(place, closing.inline, "«Nơi nhận:» alone, the entries below")
        else:
            yield self.ok(place)


_FLUSH_LEFT_PT = 5 / 25.4 * 72
"""How far from the left edge a line may start and still count as flush left (5 mm)."""


class DistributionLabelIndented(Rule):
    """The label "Nơi nhận:" is flush with the left margin.

    "… (ngang hàng với dòng chữ 'quyền hạn, chức vụ của người ký' và sát lề trái)"
    (Phụ lục I, Phần I, Mục II, khoản 9.d). Indents and leading spaces or tabs of more than
    5 mm are reported.

    Wrong: `        Nơi nhận:` (typed after spaces), or a first-line indent of 1 cm

    Right: `Nơi nhận:` at the left edge of its cell
    """

    code = "DS016"
    name = "distribution-label-indented"
    component = "distribution_label"
    message = "{where}: starts {found} from the left edge; expected {expected}"
    message_vi = "{where}: cách lề trái {found}; quy định {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        label = read_closing(ctx).label
        if label is None:
            yield self.skip("no Nơi nhận label found")
            return
        offset = _leading_pt(label, label.text.split("\n")[0])
        place = where(label, "Nơi nhận")
        if offset > _FLUSH_LEFT_PT:
            yield self.fail(place, f"{offset * 25.4 / 72:.1f} mm", "flush left (sát lề trái)")
        else:
            yield self.ok(place)


class DistributionEntryIndented(Rule):
    """The dash of each Nơi nhận entry is flush with the left margin.

    "… đầu dòng có gạch đầu dòng (-) sát lề trái" (Phụ lục I, Phần I, Mục II, khoản 9.d).
    Indents and leading spaces of more than 5 mm are reported; the second line of a wrapped
    entry may be indented.

    Wrong: `      - Sở Tài chính;` or a first-line indent of 1 cm

    Right: `- Sở Tài chính;` at the left edge of its cell
    """

    code = "DS017"
    name = "distribution-entry-indented"
    component = "distribution"
    message = "{where}: starts {found} from the left edge; expected {expected}"
    message_vi = "{where}: cách lề trái {found}; quy định {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        closing = read_closing(ctx)
        if (skipped := _needs_entries(self, closing)) is not None:
            yield skipped
            return
        for entry in closing.entries:
            paragraph = entry.paragraph
            if paragraph is closing.label:
                continue
            offset = _leading_pt(paragraph, paragraph.text.split("\n")[0])
            if offset > _FLUSH_LEFT_PT:
                yield self.fail(where(paragraph, "Nơi nhận"), f"{offset * 25.4 / 72:.1f} mm",
                                "flush left (sát lề trái)")  # fmt: skip
                return
        yield self.ok(where(closing.entries[0].paragraph, "Nơi nhận"))


class DistributionListEmpty(Rule):
    """The "Nơi nhận:" label is followed by the list of recipients.

    Under "Nơi nhận:" come the recipients, one a line, and the archive line (Phụ lục I,
    Phần I, Mục II, khoản 9.c and 9.d).

    Wrong: `Nơi nhận:` with nothing under it

    Right: `Nơi nhận:` / `- Như trên;` / `- Lưu: VT, TH.`
    """

    code = "DS018"
    name = "distribution-list-empty"
    component = "distribution"
    message = "{where}: {found}; expected {expected}"
    message_vi = "{where}: {found}; cần có {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        closing = read_closing(ctx)
        if closing.label is None:
            yield self.skip("no Nơi nhận label found")
            return
        place = where(closing.label, "Nơi nhận")
        if closing.entries:
            yield self.ok(place)
        else:
            yield self.fail(place, "nothing under «Nơi nhận:»",
                            "the recipients and the archive line")  # fmt: skip


def _entry_key(entry: Entry) -> str:
    text = re.sub(r"\([^)]*\)", "", entry.body).strip().rstrip(";.,:")
    return tone_insensitive_key(text)


class DistributionEntryRepeated(Rule):
    """No recipient appears twice in the Nơi nhận list.

    Each recipient or group of recipients has one line of the list (Phụ lục I, Phần I,
    Mục II, khoản 9.d); a name that comes twice usually means a copied line, and one copy
    too many is sent out.

    Wrong: `- Sở Tài chính;` / `- Sở Nội vụ;` / `- Sở Tài chính;`

    Right: `- Sở Tài chính;` / `- Sở Nội vụ;`
    """

    code = "DS019"
    name = "distribution-entry-repeated"
    severity = Severity.WARNING
    component = "distribution"
    message = "{where}: «{found}» appears twice; expected {expected}"
    message_vi = "{where}: «{found}» lặp lại; quy định {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        closing = read_closing(ctx)
        if (skipped := _needs_entries(self, closing)) is not None:
            yield skipped
            return
        seen: set[str] = set()
        for entry in closing.entries:
            key = _entry_key(entry)
            if not key or entry.is_archive:
                continue
            if key in seen:
                yield self.fail(where(entry.paragraph, "Nơi nhận"), entry.text,
                                "each recipient once")  # fmt: skip
                return
            seen.add(key)
        yield self.ok(where(closing.entries[0].paragraph, "Nơi nhận"))
