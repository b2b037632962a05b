"""Stage 2 of reading (nhận dạng thành phần thể thức): find the components in stage 1's data.

:func:`recognise` looks at the paragraphs of a :class:`~vnadmin_docs.ooxml.read.DocxInfo`
and says which one is the Quốc hiệu, the Tiêu ngữ, the agency, the number, the date line,
the subject, Kính gửi, the body, Nơi nhận, the signature block, the marks and each
attachment; where the page numbers are; and how the rules under the headings are drawn
(paragraph border, shape, underscores or underlined text) and how long they are. It works
on real files, header laid out as a table or as plain paragraphs; what it cannot find stays
``None``, and the validator then reports the component's rules as not evaluated.

Real files lay the header and the closing out in several ways, and all of them are read:

- a borderless table (one row or several, with or without an empty spacer row or column);
  the signer's name may stand in a lower row of the signature's column;
- plain paragraphs typed in two columns with tabs and runs of spaces (``ỦY BAN NHÂN DÂN
  ⇥ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM``; ``Nơi nhận: ⇥ TL. CHỦ TỊCH``): such a paragraph
  holds two components, and :attr:`Layout.columns` keeps the text of each side;
- paragraphs one after the other.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from functools import lru_cache

from vnadmin_docs.metrics import text_width_pt
from vnadmin_docs.models.documents import DocumentType
from vnadmin_docs.ooxml.read import DocxInfo, ParaInfo, RunInfo, SectionInfo
from vnadmin_docs.standards import get
from vnadmin_docs.templates import form_layout
from vnadmin_docs.vietnamese import nfc, tone_insensitive_key, upper

__all__ = [
    "COPY_WORDS",
    "SIDE_NOTE",
    "TITLE_IN_NORMAL_CASE",
    "AttachmentLayout",
    "CopyLayout",
    "Layout",
    "PageNumber",
    "RuleLineFound",
    "near_national_name",
    "recognise",
    "split_at_gaps",
    "subject_paragraphs",
]

SIDE_NOTE = re.compile(r"^(?P<line>\s*\S.*?[;:.])(?:\t|[ \u00a0]{2})\s*(?P<note>\S.*)")
r"""A side note typed after a Nơi nhận entry's final punctuation in a table cell
(``- Cổng TTĐT Chính phủ;      Để đăng dự thảo``). The gap is two characters and the white
space after it one run: ``[ ]{2,}\s*`` would split a long run of spaces in every way."""

MM_PER_PT = 25.4 / 72
MM_PER_TWIP = MM_PER_PT / 20

NATIONAL_NAME_KEY = tone_insensitive_key(get().national_name)
_MOTTO_WORDS = tone_insensitive_key(get().national_motto.replace("-", " "))
NUMBER_LINE = re.compile(r"^\s*S[ốỐ](?:\s*:)?[\d\s.…_]*(?:[a-zA-Z]\s*)?/", re.IGNORECASE)
r"""A number line: ``Số: 05/QĐ-UBND``, ``Số:      /UBND-NC``, ``Số: 875a/TB-ĐHTL``.

No two white-space runs stand side by side: ``\s*[:.]?\s*[\d\s.…_]*[a-zA-Z]?\s*`` splits a
line of spaces after «Số» between its runs in every way (cubic time)."""
DATE_LINE = re.compile(
    r"^(?:(?!ngày\b).)*ngày\b(?:(?!\btháng\b).)*\btháng\b(?:(?!\bnăm\b).)*\bnăm\b",
    re.IGNORECASE | re.MULTILINE,
)
"""«ngày … tháng … năm» on one line: the first «ngày» of a line, the first «tháng» after it
and the first «năm» after that, so there is one way to match. Where they fail a later
«ngày» cannot succeed, and ``ngày\b.*\btháng\b.*\bnăm\b`` tries them all (cubic time)."""
_PLACE_DATE = re.compile(
    r"^[^\W\d_]+\.?(?: [^\W\d_]+\.?){0,6}\s*(?!\s),?\s*ngày\b"
    r"(?:(?!\btháng\b).)*\btháng\b(?:(?!\bnăm\b).)*\bnăm\b",
    re.IGNORECASE,
)
"""A place-and-date line standing alone: ``Lâm Đồng, ngày    tháng 02 năm 2026``."""
AUTHORITY_PREFIX = re.compile(r"^\s*(TM|KT|TL|TUQ|Q|K|T/M|K/T|T/L)\s*[./]\s*\S", re.IGNORECASE)
_RULE_CHARS = re.compile(r"^[\s_\-–—.]+$")
TYPED_RULE = re.compile(r"^[\s_\-–—.]*o0o[\s_\-–—.]*$")
"""A rule typed as text under the Tiêu ngữ: ``-----o0o-----``."""
_RULE_MARKS = frozenset("_-–—\uf0be¾")
_RULE_FILL = _RULE_MARKS | {".", " ", "\t", "\u00a0"}


def is_rule_line(text: str) -> bool:
    """Whether ``text`` is a rule typed as a line of its own (in a paragraph, after a break).

    Underscores, dashes, or the Symbol font's bar (U+F0BE, shown as «¾» without the font).
    """
    return set(text) <= _RULE_FILL and sum(c in _RULE_MARKS for c in text) >= 3


TYPE_NAMES = {upper(t.vietnamese_name): t for t in DocumentType}
COLUMN_GAP = re.compile(r"[ \u00a0]*(?:\t|[ \u00a0]{3,})[\s\u00a0]*")
"""What keeps two columns apart on a line typed without a table: a tab or three spaces."""
LEADING_GAP = re.compile(r"^[ \u00a0]*(?:\t|[ \u00a0]{3,})")
DISTRIBUTION_LABEL = re.compile(
    r"^\s*n[ơo]i\s+nh[ậa]n\b\s*(?P<colon>:?)\s*(?P<rest>.*)$", re.I | re.S
)
"""The Nơi nhận label; running text that merely begins with the words has no colon."""
LIST_DASHES = ("-", "–", "+", "•")
_MARK_START = ("(", "[", "{")
_PLACEHOLDER = re.compile(r"^\{\{.*\}\}$|^\{[^{}]*\}$|^[.…_\s]+$")
TITLE_WORDS = re.compile(
    r"\b(CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG|PHÓ|ỦY BAN|UỶ BAN|CHÁNH|VĂN PHÒNG|TỔNG|THƯ KÝ|HỘI ĐỒNG|"
    r"NHÂN DÂN|THỦ TƯỚNG|CHÍNH PHỦ|ỦY VIÊN|UỶ VIÊN|BÍ THƯ|KẾ TOÁN|CỤC|SỞ|BAN|BỘ|VIỆN|HIỆU)\b"
)
"""Words of a title or a body's name: a line in capitals holding none of them is a name."""
_PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM"
_SIGNATURE_SPACE_TWIPS = 480
"""Space before a paragraph (24 pt) that stands for the room left for the signature."""
_LEFT_KEYS = frozenset(
    {"agency", "parent_agency", "number", "dispatch_subject", "distribution_label",
     "distribution"}
)  # fmt: skip
"""Components that stand in the left column of a line typed in two columns."""


@lru_cache(maxsize=4096)
def text_key(text: str) -> str:
    """The key two spellings share when they differ only in case or tone placement."""
    return tone_insensitive_key(text)


def _starts(text: str, prefix: str) -> bool:
    """Whether ``text`` starts with ``prefix``, ignoring case and tone placement."""
    return text_key(text[: len(prefix) + 2]).startswith(text_key(prefix))


def _collapse(text: str) -> str:
    return nfc(" ".join(text.split()))


def _lines(paragraph: ParaInfo) -> list[str]:
    return [_collapse(line) for line in paragraph.text.split("\n") if line.strip()]


def is_upper(text: str) -> bool:
    """Whether every letter of ``text`` is a capital (chữ in hoa), Vietnamese letters too."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and "".join(letters) == upper("".join(letters))


def subject_paragraphs(layout: Layout) -> list[ParaInfo]:
    """The paragraphs that print the trích yếu, which the rule of khoản 5.b stands under.

    Its own lines under the type name; or, with none, the type name's line itself when the
    trích yếu follows the type's name on it (``BIÊN BẢN LÀM VIỆC``).
    """
    if layout.subject:
        return list(layout.subject)
    if layout.type_rest and layout.type_name is not None:
        return [layout.type_name]
    return []


def _is_title_note(first: ParaInfo, line: ParaInfo) -> bool:
    """A note set under the trích yếu, not a line of it (ghi chú dưới trích yếu).

    ``(Tài liệu phục vụ Hội nghị …)`` under a bold subject: the whole line in parentheses,
    italic and not bold where the subject's first line is bold. A "(sửa đổi, bổ sung)"
    that continues a bold subject is bold itself, so it stays.
    """
    text = line.visible_text.strip()
    return (
        text.startswith("(")
        and text.endswith(")")
        and bool(first.bold)
        and not line.bold
        and bool(line.italic)
    )


def _bare(text: str) -> str:
    """``text`` without diacritics, case or extra white space (``CỘNG HÒA`` → ``cong hoa``)."""
    folded = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    return " ".join("".join(c for c in folded if not unicodedata.combining(c)).split())


_NAME_BARE = _bare(get().national_name)


def near_national_name(text: str) -> bool:
    """Whether ``text`` is the Quốc hiệu misspelt: a diacritic or a letter off.

    ``CÔNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM``, ``CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NA`` and the
    name typed without any diacritic are; ``ĐẢNG CỘNG SẢN VIỆT NAM``, the name's first line
    wrapped by a line break (``CỘNG HÒA XÃ HỘI CHỦ NGHĨA``) and ``CỘNG HÒA XHCN VIỆT NAM``
    are not. Check the exact name first: the name itself is "near" too.
    """
    if not 28 <= len(text) <= 44:
        return False
    close = SequenceMatcher(None, text_key(text), NATIONAL_NAME_KEY, autojunk=False).ratio() >= 0.95
    return close or SequenceMatcher(None, _bare(text), _NAME_BARE, autojunk=False).ratio() >= 0.95


def is_motto(text: str) -> bool:
    """Whether ``text`` is the Tiêu ngữ, whatever its dashes, case and tone placement."""
    return text_key(text.replace("-", " ").replace("–", " ")) == _MOTTO_WORDS


@dataclass(slots=True)
class RuleLineFound:
    """A rule (đường kẻ ngang) found under a component, and how it was drawn."""

    under: str
    """The component: ``national_motto``, ``agency``, ``subject``."""
    method: str
    """``border``, ``shape``, ``underscores`` or ``underline``."""
    length_mm: float
    text_mm: float
    """Length of the text line above it (the longest line of the component)."""
    paragraph: ParaInfo

    @property
    def ratio(self) -> float:
        """Rule length over text length."""
        return self.length_mm / self.text_mm if self.text_mm else 0.0


@dataclass(slots=True)
class PageNumber:
    """A PAGE field in a header or footer (số trang)."""

    part: str
    place: str
    """``header`` or ``footer``."""
    kind: str
    """The reference type: ``default``, ``first`` or ``even``."""
    paragraph: ParaInfo
    section: int


@dataclass(slots=True)
class AttachmentLayout:
    """An attached text found after the signature (phụ lục, đề cương)."""

    label: ParaInfo | None
    title: list[ParaInfo]
    reference: ParaInfo | None
    body: list[ParaInfo]
    type_name: ParaInfo | None = None
    """An issued text's type name (QUY CHẾ), under its own header (Mẫu 1.3)."""
    header: list[ParaInfo] = field(default_factory=list)
    """An issued text's own header (agency, Quốc hiệu, Tiêu ngữ)."""


@dataclass(slots=True)
class CopyLayout:
    """A paper copy's block (bản sao, Mẫu 3.1): under a rule after the copied document."""

    agency: list[ParaInfo]
    number: ParaInfo | None
    kind: ParaInfo
    place_date: ParaInfo | None
    distribution_label: ParaInfo | None = None
    distribution: list[ParaInfo] = field(default_factory=list)
    signature_title: list[ParaInfo] = field(default_factory=list)
    signer: ParaInfo | None = None


@dataclass(slots=True)
class Layout:
    """The components of one document, as found (``None``/empty where not found)."""

    info: DocxInfo
    doc_type: DocumentType | None = None
    national_name: ParaInfo | None = None
    national_motto: ParaInfo | None = None
    parent_agency: list[ParaInfo] = field(default_factory=list)
    agency: list[ParaInfo] = field(default_factory=list)
    number: ParaInfo | None = None
    place_date: ParaInfo | None = None
    type_name: ParaInfo | None = None
    subject: list[ParaInfo] = field(default_factory=list)
    dispatch_subject: list[ParaInfo] = field(default_factory=list)
    recipients_label: ParaInfo | None = None
    recipients: list[ParaInfo] = field(default_factory=list)
    basis: list[ParaInfo] = field(default_factory=list)
    body: list[ParaInfo] = field(default_factory=list)
    distribution_label: ParaInfo | None = None
    distribution: list[ParaInfo] = field(default_factory=list)
    signature_title: list[ParaInfo] = field(default_factory=list)
    signer: ParaInfo | None = None
    urgency: ParaInfo | None = None
    confidentiality: ParaInfo | None = None
    circulation: ParaInfo | None = None
    attachments: list[AttachmentLayout] = field(default_factory=list)
    page_numbers: list[PageNumber] = field(default_factory=list)
    rule_lines: dict[str, RuleLineFound] = field(default_factory=dict)
    unrecognised: list[ParaInfo] = field(default_factory=list)
    columns: dict[int, tuple[str, str]] = field(default_factory=dict)
    """Paragraphs typed in two columns with tabs or spaces: index → (left text, right text)."""
    line_parts: dict[int, dict[str, tuple[int, ...]]] = field(default_factory=dict)
    """Paragraphs whose lines (split at line breaks, ``w:br``) hold different components:
    index → component key → the numbers of its lines (from 0). ``rule`` names a rule typed
    as a line of its own (``____``); a key not listed has the lines no key claims."""
    signature_marks: list[ParaInfo] = field(default_factory=list)
    """Notes in the signature block that are neither title nor name: ``(Đã ký)``, ``{{…}}``."""
    title: ParaInfo | None = None
    """A title in capitals under the header that names no type of the list (NGHỊ ĐỊNH)."""
    type_rest: str | None = None
    """What follows the type's name on its line (``BIÊN BẢN LÀM VIỆC``: ``LÀM VIỆC``)."""
    party: bool = False
    """The header has ``ĐẢNG CỘNG SẢN VIỆT NAM`` where the Quốc hiệu stands."""
    signatures: list[tuple[list[ParaInfo], ParaInfo | None]] = field(default_factory=list)
    """Signature blocks side by side (biên bản, văn bản liên tịch), left to right: each its
    title lines and name; the last is the one of ``signature_title`` and ``signer``."""
    boxed_header: bool = False
    """The header was read from text boxes (see :attr:`columns`)."""
    parties: list[list[ParaInfo]] = field(default_factory=list)
    """Representatives who sign each for their side (đại diện các bên), with no Nơi nhận:
    each its ``Đại diện …`` line and name, in reading order; the first is the one of
    ``signature_title`` and ``signer``."""
    confirmation: list[ParaInfo] = field(default_factory=list)
    """A second signature under the closing (giấy nghỉ phép: xác nhận nơi nghỉ phép)."""
    electronic_copy: ParaInfo | None = None
    """An electronic copy's line above the header (Mẫu 3.2): ``SAO Y; …; dd/mm/yyyy; …``."""
    copy: CopyLayout | None = None
    """A paper copy's block after the copied text (Mẫu 3.1)."""

    def component(self, key: str) -> list[ParaInfo]:
        """The paragraphs of a component, by the standard's key (empty when not found)."""
        value = getattr(self, key, None)
        if value is None:
            return []
        if isinstance(value, list):
            return value
        return [value]

    def text(self, key: str, paragraph: ParaInfo) -> str:
        """The text of component ``key`` in ``paragraph``, one line per line break.

        A paragraph typed in two columns holds two components: this is the side of ``key``
        (the agency, number and Nơi nhận stand left; the Quốc hiệu, date and signature right).
        """
        if not self._mapped(paragraph):
            return "\n".join(_lines(paragraph))
        if paragraph.index in self.columns:
            left, right = self.columns[paragraph.index]
            return left if key in _LEFT_KEYS else right
        if paragraph.index in self.line_parts:
            raw = paragraph.text.split("\n")
            own = self._own_lines(key, paragraph)
            return "\n".join(c for i in own if (c := _collapse(raw[i])))
        return "\n".join(_lines(paragraph))

    def _mapped(self, paragraph: ParaInfo) -> bool:
        """Whether :attr:`columns` and :attr:`line_parts` speak of ``paragraph``.

        They are keyed by index, and text boxes number their paragraphs on their own: a
        box's paragraph is in them only when the header itself was read from the boxes.
        """
        return paragraph.box is None or self.boxed_header

    def _own_lines(self, key: str, paragraph: ParaInfo) -> tuple[int, ...]:
        """The numbers of the lines of ``paragraph`` that hold component ``key``."""
        parts = self.line_parts[paragraph.index]
        if key in parts:
            return parts[key]
        claimed = {i for numbers in parts.values() for i in numbers}
        return tuple(i for i in range(paragraph.text.count("\n") + 1) if i not in claimed)

    def runs(self, key: str, paragraph: ParaInfo) -> list[RunInfo]:
        """The runs with visible text of component ``key`` in ``paragraph``.

        For a paragraph typed in two columns, only the runs (cut where needed) of the side
        that holds ``key``; for a paragraph whose lines hold different components (see
        :attr:`line_parts`), only those of the lines of ``key``; otherwise
        :meth:`ParaInfo.text_runs`.
        """
        text = paragraph.text
        if not self._mapped(paragraph):
            return paragraph.text_runs()
        if paragraph.index in self.columns:
            right = self.columns[paragraph.index][1]
            cut = next((g.end() for g in COLUMN_GAP.finditer(text)
                        if _collapse(text[g.end() :]) == right),
                       len(text) if not right else 0)  # fmt: skip
            spans = [(0, cut) if key in _LEFT_KEYS else (cut, len(text))]
        elif paragraph.index in self.line_parts:  # its lines, between the line breaks
            starts = [0]
            for i, char in enumerate(text):
                if char == "\n":
                    starts.append(i + 1)
            ends = [s - 1 for s in starts[1:]] + [len(text)]
            spans = [(starts[i], ends[i]) for i in self._own_lines(key, paragraph)]
        else:
            return paragraph.text_runs()
        found: list[RunInfo] = []
        position = 0
        for run in paragraph.runs:
            for start, end in spans:
                lo, hi = max(start, position), min(end, position + len(run.text))
                if lo < hi and run.text[lo - position : hi - position].strip():
                    lead = len(run.text) - len(run.text.lstrip("\n"))
                    whole = lo <= position + lead and hi >= position + len(run.text.rstrip("\n"))
                    # a run wholly inside the span is the run itself (who edits the file,
                    # as fix() does, finds it by identity); a cut one is a copy
                    found.append(
                        run if whole else replace(run, text=run.text[lo - position : hi - position])
                    )
            position += len(run.text)
        return found

    def lines(self, key: str) -> list[str]:
        """The text lines of a component, white space collapsed, blank lines left out."""
        return [
            line
            for p in self.component(key)
            for line in self.text(key, p).split("\n")
            if line.strip()
        ]

    @property
    def first_section(self) -> SectionInfo | None:
        """The section of page 1."""
        return self.info.sections[0] if self.info.sections else None


# ----------------------------------------------------------------------------- helpers


def _container_width(paragraph: ParaInfo, info: DocxInfo) -> int:
    if paragraph.cell_width:
        return paragraph.cell_width
    section = (
        info.sections[min(paragraph.section, len(info.sections) - 1)] if info.sections else None
    )
    return section.text_width if section else 9355


def _line_width_mm(paragraph: ParaInfo, text: str | None = None) -> float:
    size = paragraph.size or 12.0
    bold = bool(paragraph.bold)
    lines = [text] if text is not None else _lines(paragraph)
    if not lines:
        return 0.0
    return max(text_width_pt(line, float(size), bold=bold) for line in lines) * MM_PER_PT


def _among(p: ParaInfo, items: Iterable[ParaInfo | None]) -> bool:
    """Whether ``p`` is one of ``items`` (by identity: equal paragraphs may repeat)."""
    return any(p is q for q in items)


def _same_cell(a: ParaInfo, b: ParaInfo) -> bool:
    return a.table == b.table and a.part == b.part and a.box == b.box


def _is_blank(paragraph: ParaInfo) -> bool:
    return not paragraph.text.strip()


def split_at_gaps(text: str) -> list[str]:
    """Split at the gaps (a tab or three spaces) that stand outside brackets."""
    parts: list[str] = []
    start = 0
    for gap in COLUMN_GAP.finditer(text):
        head = text[start : gap.start()]
        if head.count("(") > head.count(")"):
            continue
        parts.append(head)
        start = gap.end()
    parts.append(text[start:])
    return parts


def _two_columns(text: str) -> tuple[str, str]:
    """Split a line typed in two columns outside a table into its left and right parts.

    A line that begins with a gap belongs wholly to the right column.
    """
    if not text.strip():
        return "", ""
    if LEADING_GAP.match(text):
        return "", _collapse(text)
    parts = split_at_gaps(text)
    return _collapse(parts[0]), _collapse(" ".join(parts[1:]))


def _right_header(text: str) -> bool:
    """Whether ``text`` begins a component of the header's right column."""
    return (
        text_key(text).startswith(NATIONAL_NAME_KEY[:20])
        or near_national_name(text)
        or is_motto(text)
        or _PLACE_DATE.match(text) is not None
    )


def _split_header(paragraph: ParaInfo) -> tuple[str, str] | None:
    """The two columns of a header line typed with tabs or spaces, or ``None``.

    The line splits at the first gap after which a component of the right column begins
    (the Quốc hiệu, the Tiêu ngữ, the place and date).
    """
    text = paragraph.text
    if paragraph.table is not None or "\n" in text.strip():
        return None
    for gap in COLUMN_GAP.finditer(text):
        head = text[: gap.start()]
        if not head.strip() or head.count("(") > head.count(")"):
            continue
        right = _collapse(text[gap.end() :])
        if right and _right_header(right):
            return _collapse(head), right
    return None


# ----------------------------------------------------------------------------- rules


def _find_rule(
    under: str,
    component: Sequence[ParaInfo],
    following: Sequence[ParaInfo],
    info: DocxInfo,
    text_line: str | None = None,
    typed: RunInfo | None = None,
) -> RuleLineFound | None:
    """The rule under ``component``, and how it is drawn.

    ``typed``: a rule typed on a line of its own in the component's last paragraph, after a
    line break (see :attr:`Layout.line_parts`).
    """
    if not component:
        return None
    last = component[-1]
    text_mm = max(_line_width_mm(p, text_line) for p in component)
    if typed is not None:
        size = float(typed.size or last.size or 12.0)
        chars = typed.text.strip()
        if set(chars) <= {"\uf0be", "¾"}:  # the Symbol font's bar (0xBE) is one em wide
            drawn = len(chars) * size * MM_PER_PT
        else:
            drawn = text_width_pt(chars, size, bold=typed.bold) * MM_PER_PT
        return RuleLineFound(under, "underscores", drawn, text_mm, last)
    if last.borders.get("bottom"):
        width = _container_width(last, info) - last.left - last.right
        return RuleLineFound(under, "border", width * MM_PER_TWIP, text_mm, last)
    for paragraph in [*component, *following[:3]]:
        if paragraph is not last and paragraph not in component and not _same_cell(paragraph, last):
            break
        lines = [s for s in paragraph.shapes if s.kind in ("line", "connector") and s.height_mm < 3]
        if lines:
            longest = max(lines, key=lambda s: s.width_mm)
            return RuleLineFound(under, "shape", longest.width_mm, text_mm, paragraph)
    for paragraph in following[:2]:
        if not _same_cell(paragraph, last):
            break
        if _is_blank(paragraph) and (
            paragraph.borders.get("top") or paragraph.borders.get("bottom")
        ):
            width = _container_width(paragraph, info) - paragraph.left - paragraph.right
            return RuleLineFound(under, "border", width * MM_PER_TWIP, text_mm, paragraph)
        text = paragraph.visible_text
        if text and _RULE_CHARS.match(text) and len(text.replace(" ", "")) >= 3:
            size = paragraph.size or last.size or 12.0
            drawn = text_width_pt(text.strip(), float(size), bold=bool(paragraph.bold))
            return RuleLineFound(under, "underscores", drawn * MM_PER_PT, text_mm, paragraph)
        if text:
            break
    underlined = [r for p in component for r in p.text_runs() if r.underline]
    if underlined and len(underlined) == len([r for p in component for r in p.text_runs()]):
        return RuleLineFound(under, "underline", text_mm, text_mm, last)
    return None


# ----------------------------------------------------------------------------- recognise


def _page_numbers(info: DocxInfo) -> list[PageNumber]:
    found: list[PageNumber] = []
    for number, section in enumerate(info.sections):
        for place, refs in (("header", section.headers), ("footer", section.footers)):
            for kind, part in refs.items():
                for paragraph in info.parts.get(part, []):
                    if any(f.split()[:1] == ["PAGE"] for f in paragraph.fields if f):
                        found.append(PageNumber(part, place, kind, paragraph, number))
    return found


def _parts(layout: Layout, p: ParaInfo) -> list[tuple[int | None, str]]:
    """The texts of a header paragraph with their column (``None``: the whole paragraph)."""
    if p.index in layout.columns:
        left, right = layout.columns[p.index]
        return [(0, left), (1, right)]
    return [(None, line) for line in _lines(p)] or [(None, "")]


def _header(layout: Layout, paragraphs: list[ParaInfo], at: dict[int, int]) -> None:
    """The Quốc hiệu, Tiêu ngữ, number, V/v line and the place-and-date line."""
    head = paragraphs[:40]
    for p in head[:20]:
        split = _split_header(p)
        if split is not None:
            layout.columns[p.index] = split
    for p in head:
        parts = _parts(layout, p)
        texts = [text for _, text in parts if len(text) < 60]
        if layout.national_name is None and any(
            text_key(t).startswith(NATIONAL_NAME_KEY[:20]) for t in texts
        ):
            layout.national_name = p
        if layout.national_motto is None and any(is_motto(t) for t in texts):
            layout.national_motto = p
    if layout.national_name is None:  # the Quốc hiệu misspelt (CÔNG HÒA …): still the header
        layout.national_name = next(
            (p for p in head if any(near_national_name(t) for _, t in _parts(layout, p))), None
        )
    for p in head:
        whole = p.visible_text if p.index not in layout.columns else layout.columns[p.index][0]
        if layout.number is None and NUMBER_LINE.match(whole):
            layout.number = p
        if whole.startswith("V/v") and not layout.dispatch_subject:
            layout.dispatch_subject = [p]
    _split_lines(layout, head)
    layout.party = layout.national_name is None and any(
        text_key(_PARTY) in text_key(p.visible_text) for p in head[:12]
    )

    # The place and date stand in the header: in the Tiêu ngữ's table, or just under it.
    anchor = layout.national_motto or layout.national_name
    if anchor is None:
        region = head[:12]
    elif anchor.table is not None:
        table = [p for p in head if p.table is not None and p.table[0] == anchor.table[0]
                 and p.part == anchor.part]  # fmt: skip
        region = table + head[at[table[-1].index] + 1 : at[table[-1].index] + 5]
    else:
        region = head[: at[anchor.index] + 5]
    for p in region:
        for side, text in _parts(layout, p):
            if anchor is not None and anchor.table is not None and p.table is None:
                found = DATE_LINE.search(text)
                if found is not None and ":" in found.group():
                    continue  # a labelled line under the header (Thời gian: … ngày …)
            if side != 0 and len(text) < 90 and DATE_LINE.search(text):
                layout.place_date = p
                break
        if layout.place_date is not None:
            break

    if not layout.dispatch_subject and layout.number is not None:
        _about_under_number(layout, paragraphs, at)
    if layout.dispatch_subject:
        first = layout.dispatch_subject[0]
        for p in paragraphs[at[first.index] + 1 : at[first.index] + 4]:
            if not _same_cell(p, first) or _is_blank(p) or p.shapes or p.borders:
                break
            if p is layout.place_date or p is layout.number or p.index in layout.columns:
                break
            if _starts(p.visible_text, "Kính gửi"):
                break
            layout.dispatch_subject.append(p)


def _split_lines(layout: Layout, paragraphs: Sequence[ParaInfo]) -> None:
    """Give each component of a header paragraph split by line breaks its own lines.

    ``CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM⏎Độc lập - Tự do - Hạnh phúc⏎_____`` holds the
    Quốc hiệu, the Tiêu ngữ and the rule: each is judged on its own line (size, case,
    weight; the rule's length against the Tiêu ngữ). A line that no component claims
    continues the one above it (a Quốc hiệu wrapped by a line break).
    """
    for p in paragraphs:
        if p.index in layout.columns or "\n" not in p.text.strip():
            continue
        parts: dict[str, list[int]] = {}
        current: str | None = None
        for i, line in enumerate(p.text.split("\n")):
            text = _collapse(line)
            if not text:
                continue
            key: str | None
            if is_rule_line(text):
                key = "rule"
            elif (
                text_key(text).startswith(NATIONAL_NAME_KEY[:20]) and len(text) < 60
            ) or near_national_name(text):
                key = "national_name"
            elif is_motto(text):
                key = "national_motto"
            elif DATE_LINE.search(text) and len(text) < 90 and current is not None:
                key = "place_date"
            else:
                key = current if current not in (None, "rule") else None
            if key is not None:
                parts.setdefault(key, []).append(i)
            current = key
        if len(parts) >= 2 or "rule" in parts:
            layout.line_parts[p.index] = {k: tuple(v) for k, v in parts.items()}


ABOUT_LINE = re.compile(r"^v[ềe]\s+vi[ệe]c\b", re.IGNORECASE)
"""A công văn's trích yếu written ``Về việc …`` instead of ``V/v …``."""


def _about_under_number(layout: Layout, paragraphs: list[ParaInfo], at: dict[int, int]) -> None:
    """A ``Về việc …`` line just under the number, in its column: a công văn's ô 5b."""
    number = layout.number
    assert number is not None
    for p in paragraphs[at[number.index] + 1 : at[number.index] + 4]:
        if _is_blank(p):
            continue
        whole = p.visible_text if p.index not in layout.columns else layout.columns[p.index][0]
        in_column = _same_cell(p, number) or (
            p.table is not None
            and number.table is not None
            and (p.table[0], p.table[2]) == (number.table[0], number.table[2])
        )
        if in_column and ABOUT_LINE.match(whole) and len(whole) < 200:
            layout.dispatch_subject = [p]
        return


def _subject_in_box(layout: Layout) -> None:
    """A công văn's ``V/v`` line in a text box beside a header laid out in the body."""
    boxes = [p for p in layout.info.parts.get("textboxes", [])
             if p.part == "word/document.xml#textbox"]  # fmt: skip
    for i, p in enumerate(boxes[:40]):
        if p.visible_text.startswith("V/v"):
            found = [p]
            for q in boxes[i + 1 : i + 4]:
                if q.box != p.box or _is_blank(q) or _starts(q.visible_text, "Kính gửi"):
                    break
                found.append(q)
            layout.dispatch_subject = found
            return


def _agency(layout: Layout, paragraphs: list[ParaInfo], at: dict[int, int]) -> None:
    """The agency (bold) and its parent body above it, in the number's column."""
    anchor = layout.number or layout.national_name
    if anchor is None:
        return
    above = paragraphs[: at[anchor.index]]
    if anchor.table is not None and anchor is layout.number:
        column = [p for p in above if p.table is not None
                  and p.table[0] == anchor.table[0] and p.table[2] == anchor.table[2]]  # fmt: skip
    elif anchor.table is not None:  # no number: the column left of the Quốc hiệu
        column = [p for p in above if p.table is not None
                  and p.table[0] == anchor.table[0] and p.table[2] < anchor.table[2]]  # fmt: skip
    else:
        column = [p for p in above if p.table is None]
    candidates = []
    for p in column:
        text = layout.text("agency", p)
        if (
            not text
            or _RULE_CHARS.match(text)
            or NUMBER_LINE.match(text)
            or _PLACEHOLDER.match(text)
        ):
            continue  # a rule, the number, a template field ({{ten_co_quan}})
        if p.index not in layout.columns and _among(
            p, (layout.national_name, layout.national_motto)
        ):
            continue
        candidates.append(p)
    if not candidates:
        return
    bold = [p for p in candidates if p.bold]
    styled = [p for p in candidates if p.style_id == "ParentAgency"]
    if styled:  # our own files name the component in the style
        layout.parent_agency = styled
        layout.agency = [p for p in candidates if p not in styled]
    elif bold:
        layout.agency = [p for p in candidates if p.bold and p.index >= bold[0].index]
        layout.parent_agency = [p for p in candidates if p.index < bold[0].index]
    else:
        layout.agency = candidates[-1:]
        layout.parent_agency = candidates[:-1]


def _marks(layout: Layout, head: Sequence[ParaInfo]) -> None:
    """Marks in the header: urgency, confidentiality, circulation."""
    for p in head:
        if len(p.visible_text) > 20:
            continue
        key = text_key(p.visible_text)
        if key in (text_key("HOẢ TỐC"), text_key("THƯỢNG KHẨN"), text_key("KHẨN")):
            layout.urgency = p
        elif key in (text_key("MẬT"), text_key("TỐI MẬT"), text_key("TUYỆT MẬT")):
            layout.confidentiality = p
        elif key in (text_key("XEM XONG TRẢ LẠI"), text_key("LƯU HÀNH NỘI BỘ")):
            layout.circulation = p


def _type_prefix(layout: Layout, p: ParaInfo) -> tuple[DocumentType, str] | None:
    """A type name line that begins with a type's name: ``BIÊN BẢN LÀM VIỆC``.

    Only under a Quốc hiệu (a title of an attachment standing alone is not a document),
    on one line in capitals, first after the header; the longest name wins.
    """
    text = _collapse(p.visible_text)
    if layout.national_name is None or "\n" in p.text.strip() or not is_upper(text):
        return None
    if len(text) > 80 or text.endswith(":"):
        return None
    for name in sorted(TYPE_NAMES, key=len, reverse=True):
        if text.startswith(name + " ") and len(name.split()) >= 2:
            rest = text[len(name) :].strip()
            if rest[:1].isalpha():
                return TYPE_NAMES[name], rest
    return None


def _type_name(
    layout: Layout, paragraphs: list[ParaInfo], at: dict[int, int], header_end: int
) -> None:
    """The type name (QUYẾT ĐỊNH, TỜ TRÌNH, …) and the subject under it."""
    seen = 0  # paragraphs with text after the header: a title begins with a type name
    run: ParaInfo | None = None  # the first of the lines in capitals just above ``p``
    for p in paragraphs[header_end + 1 : header_end + 12]:
        if not p.visible_text:
            continue
        head = run
        run = (run or p) if p.table is None and is_upper(p.visible_text) else None
        text = upper(p.visible_text.rstrip(":"))
        seen += bool(p.visible_text) and not (
            _RULE_CHARS.match(p.visible_text)
            or "o0o" in p.visible_text
            or _among(p, (layout.national_name, layout.national_motto))
            or is_motto(p.visible_text)
        )
        prefix = _type_prefix(layout, p) if seen <= 2 and not layout.dispatch_subject else None
        if (
            p.table is None
            and not p.visible_text.endswith(":")
            and (text in TYPE_NAMES or prefix is not None)
        ):
            layout.type_name = p
            if text in TYPE_NAMES:
                layout.doc_type = TYPE_NAMES[text]
            else:
                assert prefix is not None
                layout.doc_type, layout.type_rest = prefix
            for q in paragraphs[at[p.index] + 1 : at[p.index] + 5]:
                if _is_blank(q) or q.shapes or _RULE_CHARS.match(q.visible_text):
                    break
                if q.visible_text.startswith(("Căn cứ", "Kính gửi")) or _starts(
                    q.visible_text, "Kính gửi"
                ):
                    break
                if q.visible_text.endswith(":") or _starts(q.visible_text, "Hôm nay"):
                    break  # the text begins (Hôm nay, … Chúng tôi gồm:)
                if layout.subject and is_upper(q.visible_text):
                    break  # the authority line of a quyết định (CHỦ TỊCH ỦY BAN NHÂN DÂN …)
                if layout.subject and _is_title_note(layout.subject[0], q):
                    break  # "(Tài liệu phục vụ …)": a note under the trích yếu, not part of it
                layout.subject.append(q)
            return
        if (
            layout.title is None
            and p.table is None
            and not layout.dispatch_subject
            and is_upper(p.visible_text)
            and len(p.visible_text) <= 40
            and not p.visible_text.endswith(":")
            and not _among(p, (layout.national_name, layout.national_motto, *layout.agency))
        ):
            # a title of a type the list does not name (NGHỊ ĐỊNH, …); a title that runs over
            # lines in capitals is named by its first line, not by a short last one
            header = (layout.national_name, layout.national_motto, *layout.agency)
            layout.title = head if head is not None and not _among(head, header) else p


def _recipients(
    layout: Layout, paragraphs: list[ParaInfo], at: dict[int, int], start: int, end: int
) -> None:
    """Kính gửi (ô 9a): the label and the recipients under it, or on its own line.

    The recipients may follow a blank paragraph, and may stand in the next cell of the
    label's table row.
    """
    for p in paragraphs[start:end]:
        text = p.visible_text
        if not _starts(text, "Kính gửi"):
            continue
        rest = text.split(":", 1)[1].strip() if ":" in text else ""
        if ":" not in text and len(text) > 60:
            continue  # running text that begins with the words
        layout.recipients_label = p
        found: list[ParaInfo] = [p] if rest else []
        row = p.table[:2] if p.table is not None else None
        blanks = 0
        for q in paragraphs[at[p.index] + 1 : end]:
            same_row = row is not None and q.table is not None and q.table[:2] == row
            if row is not None and not same_row:
                break
            line = q.visible_text
            if not line:
                if not same_row and (found or blanks >= 2):
                    break
                blanks += 1
                continue
            if line.startswith(LIST_DASHES) and len(line) <= 200:
                found.append(q)
                continue
            if same_row:
                found.append(q)  # in the label's row every line is a recipient
                continue
            if not found and len(line) <= 150:
                found.append(q)  # one recipient on the line under the label
            break
        layout.recipients = found
        return


# ----------------------------------------------------------------------------- closing


@dataclass(slots=True)
class _Closing:
    label: ParaInfo | None = None
    entries: list[ParaInfo] = field(default_factory=list)
    block: list[tuple[ParaInfo, str, bool]] = field(default_factory=list)
    """The signature block: (paragraph, text, blank lines above it)."""
    start: int | None = None
    """Position of the first paragraph of the closing."""
    signatures: list[list[tuple[ParaInfo, str, bool]]] = field(default_factory=list)
    """Signature blocks side by side in a table above the Nơi nhận (biên bản, liên tịch)."""
    parties: list[list[ParaInfo]] = field(default_factory=list)
    """Representatives signing each for their side (``Đại diện …`` over a name)."""


def _valid_label(layout: Layout, paragraph: ParaInfo) -> re.Match[str] | None:
    first = paragraph.text.split("\n", 1)[0]
    if paragraph.table is None:
        left, right = _two_columns(first)
        if right and DISTRIBUTION_LABEL.match(left):
            layout.columns[paragraph.index] = (left, right)
    else:
        left = _collapse(first)
    match = DISTRIBUTION_LABEL.match(left)
    rest = match["rest"].strip() if match is not None else ""
    if match is None or (rest and not (match["colon"] and rest.startswith(LIST_DASHES))):
        return None  # running text ("Nơi nhận văn bản xác định …"), a caption
    return match


def _label_lines(layout: Layout, label: ParaInfo) -> None:
    """``Nơi nhận:`` with more lines after a line break: the label is its first line only.

    The lines under it are entries of the list (``- …``) or the signer's title (in
    capitals); the label's italics and weight are judged on its own words.
    """
    if label.index in layout.columns:
        return
    raw = label.text.split("\n")
    filled = [i for i, line in enumerate(raw) if line.strip()]
    if len(filled) < 2:
        return
    parts: dict[str, list[int]] = {"distribution_label": [filled[0]]}
    for i in filled[1:]:
        text = _collapse(raw[i])
        titled = AUTHORITY_PREFIX.match(text) or is_upper(text)
        key = "signature_title" if titled and not text.startswith(LIST_DASHES) else "distribution"
        parts.setdefault(key, []).append(i)
    layout.line_parts[label.index] = {k: tuple(v) for k, v in parts.items()}


def _block(paragraphs: Iterable[ParaInfo]) -> list[tuple[ParaInfo, str, bool]]:
    block: list[tuple[ParaInfo, str, bool]] = []
    blank = False
    for p in paragraphs:
        text = "\n".join(_lines(p))
        if not text:
            blank = True
            continue
        room = blank or p.space_before >= _SIGNATURE_SPACE_TWIPS or p.style_id == "Signer"
        block.append((p, text, room and bool(block)))
        blank = False
    return block


def _table_closing(paragraphs: list[ParaInfo], at: dict[int, int], label: ParaInfo) -> _Closing:
    """A closing in a table: Nơi nhận in one column, the signature in another.

    The signature's column is the first one beside the label's that holds text (an empty
    spacer column may stand between); the name may stand in a lower row of that column, or
    be typed under the table.
    """
    assert label.table is not None
    table, row, column = label.table
    same_table = [p for p in paragraphs if p.table is not None and p.table[0] == table
                  and p.part == label.part]  # fmt: skip
    closing = _Closing(label, start=at[label.index])
    closing.entries = [p for p in same_table if p.table == label.table
                       and p.index > label.index and p.visible_text]  # fmt: skip
    others = [p for p in same_table if p.table is not None and p.table[2] != column
              and p.visible_text]  # fmt: skip
    beside = [p for p in others if p.table is not None and p.table[1] == row] or others
    if not beside:
        return closing
    right = [p for p in beside if p.table is not None and p.table[2] > column]
    first = (right or beside)[0]
    assert first.table is not None
    cell = [p for p in same_table if p.table is not None and p.table[2] == first.table[2]
            and p.index >= first.index]  # fmt: skip
    block = _block(cell)
    opening = next((text for _, text, _ in block if not is_mark(text)), "")
    if not is_upper(opening.split("\n")[0]):
        return closing  # no title in capitals: not a signature block (a sample table)
    closing.block = block
    closing.start = min(at[label.index], at[first.index])
    if _signature_parts(closing.block)[1] is None:  # the name typed under the table
        last = at[same_table[-1].index]
        for p in paragraphs[last + 1 : last + 8]:
            if p.table is not None:
                break
            text = p.visible_text
            if text:
                if looks_like_name(text):
                    closing.block.append((p, text, True))
                break
    return closing


def _sequence(paragraphs: list[ParaInfo], start: int) -> list[tuple[ParaInfo, str, bool]]:
    """A signature block typed as paragraphs one after the other: titles, room, the name."""
    end = start
    taken = 0
    blanks = 0
    for position in range(start, len(paragraphs)):
        q = paragraphs[position]
        if q.table is not None:
            break
        if _is_blank(q):
            blanks += 1
            continue
        text = q.visible_text
        if blanks and taken and not is_upper(text):
            end, taken = position + 1, taken + 1  # the name, under the room for the signature
            break
        if (blanks and taken > 1) or len(text) > 80 or text.startswith(LIST_DASHES):
            break
        end, taken = position + 1, taken + 1
    return _block(paragraphs[start:end])


def _plain_closing(
    layout: Layout, paragraphs: list[ParaInfo], at: dict[int, int], label: ParaInfo
) -> _Closing:
    """A closing without a table: the list, and the signature typed beside it or after it."""
    closing = _Closing(label, start=at[label.index])
    rights: list[ParaInfo] = []
    if label.index in layout.columns:
        rights.append(label)
    blank_after_list = False
    gap_before: dict[int, bool] = {}
    blank = False
    for p in paragraphs[at[label.index] + 1 :]:
        if p.table is not None or p.part != label.part:
            break
        if not p.visible_text:
            blank_after_list = blank_after_list or bool(closing.entries)
            blank = True
            continue
        left, right = _two_columns(p.text.split("\n", 1)[0])
        opens = bool(closing.entries) and not left.startswith(LIST_DASHES) and not is_mark(left)
        if left and (
            blank_after_list or (opens and (AUTHORITY_PREFIX.match(left) or is_upper(left)))
        ):
            if not rights:  # the signature under the list, one paragraph after the other
                closing.block = _sequence(paragraphs, at[p.index])
            break
        if left and right:
            layout.columns[p.index] = (left, right)
        if left:
            closing.entries.append(p)
        if right:
            gap_before[p.index] = blank
            rights.append(p)
            if not left and blank and looks_like_name(right):
                break  # the signer's name, under the room left for the signature
        blank = False
    if rights:
        closing.block = [(p, layout.text("signature_title", p), gap_before.get(p.index, False))
                         for p in rights]  # fmt: skip
    return closing


def _signature_above(
    paragraphs: list[ParaInfo], at: dict[int, int], label: ParaInfo, start: int
) -> _Closing:
    """A signature block typed just above a Nơi nhận label that stands outside a table."""
    closing = _Closing()
    position = at[label.index] - 1
    while position >= start and _is_blank(paragraphs[position]):
        position -= 1
    if position < start or paragraphs[position].table is not None:
        return closing
    if not looks_like_name(paragraphs[position].visible_text):
        return closing
    end = position
    position -= 1
    while position >= start and _is_blank(paragraphs[position]):
        position -= 1
    first = position + 1
    while position >= start:
        p = paragraphs[position]
        if p.table is not None or not is_upper(p.visible_text) or len(p.visible_text) > 80:
            break
        first = position
        position -= 1
    if first > end or not is_upper(paragraphs[first].visible_text):
        return closing
    closing.block = _block(paragraphs[first : end + 1])
    closing.start = first
    return closing


def _titles_above(
    paragraphs: list[ParaInfo], at: dict[int, int], label: ParaInfo, start: int
) -> list[ParaInfo]:
    """The signature's title lines typed just above a Nơi nhận label, its name under the list.

    Only short lines in capitals pushed right with tabs or spaces, outside tables.
    """
    position = at[label.index] - 1
    while position >= start and _is_blank(paragraphs[position]):
        position -= 1
    found: list[ParaInfo] = []
    while position >= start:
        q = paragraphs[position]
        text = q.visible_text
        if q.table is not None or not text or not is_upper(text) or len(text) > 60:
            break
        if not LEADING_GAP.match(q.text) and q.align not in ("center", "right"):
            break
        found.insert(0, q)
        position -= 1
    return found


def _side_by_side(
    paragraphs: list[ParaInfo], at: dict[int, int], label: ParaInfo, start: int
) -> _Closing:
    """Signature blocks side by side in the table just above the Nơi nhận's own table.

    A biên bản (THƯ KÝ, CHỦ TỌA) and a văn bản liên tịch sign so: one cell per signer,
    each with its title lines in capitals and the name under them.
    """
    closing = _Closing()
    position = at[label.index] - 1
    if position < start or label.table is None:
        return closing
    above = paragraphs[position]
    if above.table is None or above.table[0] == label.table[0] or above.part != label.part:
        return closing
    number = above.table[0]
    table = [p for p in paragraphs[start : position + 1]
             if p.table is not None and p.table[0] == number and p.part == above.part]  # fmt: skip
    columns = sorted({p.table[2] for p in table if p.table is not None and p.visible_text})
    if len(columns) < 2:
        return closing
    blocks = []
    for column in columns:
        block = _block(p for p in table if p.table is not None and p.table[2] == column)
        titles, signer, _, rest = _signature_parts(block)
        if not titles or signer is None or rest or not is_upper(block[0][1].split("\n")[0]):
            return closing
        blocks.append(block)
    closing.signatures = blocks
    closing.block = blocks[-1]
    closing.start = at[table[0].index]
    return closing


def _authority_closing(paragraphs: list[ParaInfo], at: dict[int, int], start: int) -> _Closing:
    """A signature block found by its authority line (TM., KT., …), without a Nơi nhận."""
    closing = _Closing()
    for p in paragraphs[start:]:
        if AUTHORITY_PREFIX.match(p.visible_text) and len(p.visible_text) < 80:
            if p.table is not None:
                cell = [q for q in paragraphs[at[p.index] :] if q.table is not None
                        and q.table[0] == p.table[0] and q.table[2] == p.table[2]]  # fmt: skip
                closing.block = _block(cell)
            else:
                closing.block = _sequence(paragraphs, at[p.index])
            closing.start = at[p.index]
            break
    return closing


_REPRESENTATIVE = re.compile(r"^đại\s+diện\b", re.IGNORECASE)


def _parties_closing(paragraphs: list[ParaInfo], at: dict[int, int], start: int) -> _Closing:
    """Representatives signing each for their side, in a table, without a Nơi nhận.

    A biên bản làm việc between several parties signs so: cells that begin ``Đại diện …``,
    each with the representative's name under it, in the same cell or in the same column of
    a lower row. The block is the first party's (top left); every party goes to
    ``closing.parties``, in reading order.
    """
    closing = _Closing()
    for position in range(len(paragraphs) - 1, start - 1, -1):
        p = paragraphs[position]
        if p.table is None or p.part != "word/document.xml":
            continue
        if not _REPRESENTATIVE.match(p.visible_text):
            continue
        number = p.table[0]
        table = [q for q in paragraphs[start:] if q.table is not None
                 and q.table[0] == number and q.part == p.part]  # fmt: skip
        heads = [q for q in table if _REPRESENTATIVE.match(q.visible_text)]
        if len(heads) < 2:
            return closing
        parties: list[list[ParaInfo]] = []
        for head in heads:
            assert head.table is not None
            below = [q for q in table if q.table is not None and q.table[2] == head.table[2]
                     and at[q.index] > at[head.index] and q.visible_text]  # fmt: skip
            name = next((q for q in below[:3] if looks_like_name(q.visible_text)
                         and not _REPRESENTATIVE.match(q.visible_text)), None)  # fmt: skip
            if name is None:
                return closing
            parties.append([head, name])
        closing.parties = parties
        closing.block = [(parties[0][0], parties[0][0].visible_text, False),
                         (parties[0][1], parties[0][1].visible_text, True)]  # fmt: skip
        closing.start = at[table[0].index]
        return closing
    return closing


def _is_title_line(text: str) -> bool:
    """A signer's title line: title words, an authority prefix, or a title in normal case."""
    return bool(
        TITLE_WORDS.search(text) or AUTHORITY_PREFIX.match(text) or TITLE_IN_NORMAL_CASE.match(text)
    )


def _box_closing(layout: Layout) -> _Closing:
    """A signature block set in a floating text box, when the page holds none elsewhere.

    ``UBND THỊ TRẤN NẾNH`` / ``Chủ tịch`` drawn in a box at the foot of a tờ trình: the last
    box of the body whose first line is a title in capitals and which holds at most six
    short lines, none of them the Quốc hiệu.
    """
    closing = _Closing()
    boxes = [p for p in layout.info.parts.get("textboxes", [])
             if p.part == "word/document.xml#textbox" and p.visible_text]  # fmt: skip
    by_box: dict[int | None, list[ParaInfo]] = {}
    for p in boxes:
        by_box.setdefault(p.box, []).append(p)
    for lines in reversed(list(by_box.values())):
        first = lines[0].visible_text
        if (
            len(lines) > 6
            or any(len(q.visible_text) > 60 for q in lines)
            or _has_national_name(lines)
            or not is_upper(first)
            or not any(_is_title_line(q.visible_text) for q in lines)
        ):
            continue
        closing.block = [(q, q.visible_text, False) for q in lines]
        return closing
    return closing


def _signed_by_name_only(
    layout: Layout, paragraphs: list[ParaInfo], at: dict[int, int], start: int
) -> None:
    """A signature that is the agency's name alone, on the text's last line.

    No Nơi nhận, no authority line: a last line in capitals set apart on the right or
    centred (``SỞ CÔNG THƯƠNG HÀ NỘI``) is the signature's title.
    """
    for p in reversed(paragraphs[start:]):
        if p.part != "word/document.xml" or _is_blank(p):
            continue
        text = p.visible_text
        if p.table is not None or not is_upper(text) or len(text) > 60 or text.endswith(":"):
            return
        set_apart = p.align in ("center", "right") or LEADING_GAP.match(p.text)
        if set_apart and TITLE_WORDS.search(text) and at[p.index] > start:
            layout.signature_title = [p]
        return


def looks_like_name(text: str) -> bool:
    """Whether ``text`` looks like a person's full name (họ và tên), as a signer prints it."""
    words = text.split()
    return (
        1 < len(words) <= 7
        and not is_upper(text)
        and text[:1].isupper()
        and not any(c.isdigit() for c in text)
        and not text.endswith((".", ":", ";", ","))
    )


TITLE_IN_NORMAL_CASE = re.compile(
    r"^(?:phó\s+)?(?:chủ\s+tịch|giám\s+đốc|hiệu\s+trưởng|chánh\s+văn\s+phòng|thủ\s+trưởng|"
    r"trưởng\s+(?:ban|phòng|khoa)|bí\s+thư|tổng\s+giám\s+đốc|cục\s+trưởng|vụ\s+trưởng|"
    r"viện\s+trưởng)\s*$",
    re.IGNORECASE,
)
"""A signer's title typed in normal case (``Chủ tịch``): a title line, never a name."""


def is_mark(text: str) -> bool:
    """Whether ``text`` is a bracketed mark or a template field (``(Dự thảo)``, ``{{…}}``)."""
    return text.startswith(_MARK_START) or _PLACEHOLDER.match(text) is not None


def _signature_parts(
    block: list[tuple[ParaInfo, str, bool]],
) -> tuple[list[ParaInfo], ParaInfo | None, list[ParaInfo], list[ParaInfo]]:
    """Split a signature block into title lines, the name, marks and what is left over.

    The title lines come first (in capitals); notes such as ``(Đã ký)``, ``[Đã ký]`` and
    template fields ``{{…}}`` are marks; the name is the first line not in capitals (or a
    line in capitals under the room left for the signature that reads as no title).
    """
    titles: list[ParaInfo] = []
    marks: list[ParaInfo] = []
    rest: list[ParaInfo] = []
    signer: ParaInfo | None = None
    in_mark = False
    for p, text, gap in block:
        if signer is not None:
            rest.append(p)
            continue
        if in_mark or is_mark(text):  # a note may run over several lines
            marks.append(p)
            closed = ")" in text or "]" in text or "}" in text
            in_mark = not closed and (in_mark or text.startswith(("(", "[")))
            continue
        if not titles:
            titles.append(p)
            continue
        name_in_capitals = p.style_id == "Signer" or (
            gap and not AUTHORITY_PREFIX.match(text) and not TITLE_WORDS.search(text)
        )
        if (is_upper(text) and not name_in_capitals) or TITLE_IN_NORMAL_CASE.match(text):
            titles.append(p)
            continue
        if text.startswith(LIST_DASHES) or text.endswith((";", ":")):
            rest.append(p)  # a line of a list, not a name
            continue
        signer = p
    return titles, signer, marks, rest


def _closing(
    layout: Layout, paragraphs: list[ParaInfo], at: dict[int, int], start: int
) -> _Closing:
    """Find the closing: the Nơi nhận list and the signature block."""
    for p in paragraphs[start:]:
        if not p.visible_text[:12].casefold().startswith("nơi nhận"):
            continue
        label = _valid_label(layout, p)
        if label is None:
            continue
        _label_lines(layout, p)
        if p.table is not None:
            found = _table_closing(paragraphs, at, p)
        else:
            found = _plain_closing(layout, paragraphs, at, p)
        if not found.entries and not label["rest"].strip() and not (label["colon"] and found.block):
            layout.columns.pop(p.index, None)
            layout.line_parts.pop(p.index, None)
            continue  # the words alone, as in a box of a layout diagram
        if p.table is None and len(found.block) == 1 and looks_like_name(found.block[0][1]):
            titles = _titles_above(paragraphs, at, p, start)  # CHỦ TỊCH / Nơi nhận … / name
            if titles:
                found.block = [*_block(titles), (found.block[0][0], found.block[0][1], True)]
                found.start = at[titles[0].index]
        if not found.block:  # the signature stands above the list, or elsewhere
            other = _Closing()
            if p.table is None:
                other = _signature_above(paragraphs, at, p, start)
            else:
                other = _side_by_side(paragraphs, at, p, start)
                found.signatures = other.signatures
            if not other.block:
                other = _authority_closing(paragraphs, at, start)
            if other.block and other.start is not None:
                found.block = other.block
                found.start = min(at[p.index], other.start)
        return found
    found = _authority_closing(paragraphs, at, start)
    if not found.block:
        found = _parties_closing(paragraphs, at, start)
    if not found.block:
        found = _box_closing(layout)
    return found


# ----------------------------------------------------------------------------- attachments


def _confirmation(layout: Layout, paragraphs: list[ParaInfo], start: int) -> int:
    """A confirmation block under the closing (xác nhận nơi nghỉ phép, Mẫu 1.10).

    A table whose first words are the form's (``Xác nhận của …``): its cell's paragraphs.
    Returns where what follows begins.
    """
    words = text_key(form_layout("giay_nghi_phep").text("confirmation"))
    for position in range(start, min(start + 4, len(paragraphs))):
        p = paragraphs[position]
        if not p.visible_text:
            continue
        if p.table is None or not (
            p.style_id == "ConfirmationTitle" or text_key(p.visible_text).startswith(words[:20])
        ):
            return start
        table = p.table
        cell = [q for q in paragraphs[position:] if q.table is not None
                and q.table[0] == table[0] and q.part == p.part]  # fmt: skip
        layout.confirmation = [q for q in cell if q.table is not None and q.table[2] == table[2]
                               and q.visible_text]  # fmt: skip
        return position + len(cell)
    return start


COPY_WORDS = ("SAO Y", "TRÍCH SAO", "SAO LỤC")
"""The kinds of copy as printed (hình thức sao, Phụ lục I, Phần II)."""


def _copy(layout: Layout, paragraphs: list[ParaInfo], at: dict[int, int], start: int) -> int:
    """A paper copy's block (Mẫu 3.1) after the copied text: kind, agency, number, closing.

    It is the last thing on the page: a table holding the kind of copy (``SAO Y``) in one
    cell and the copying agency with the copy's number in the other, the closing under it.
    Returns where it begins (the end of what stands before it).
    """
    kinds = {text_key(words) for words in COPY_WORDS}
    for position in range(len(paragraphs) - 1, start - 1, -1):
        p = paragraphs[position]
        if p.table is None or text_key(p.visible_text) not in kinds:
            continue
        table = [q for q in paragraphs[start:] if q.table is not None
                 and q.table[0] == p.table[0] and q.part == p.part]  # fmt: skip
        left = [q for q in table if q.table is not None and q.table[2] != p.table[2]]
        right = [q for q in table if q.table is not None and q.table[2] == p.table[2]]
        number = next((q for q in left if NUMBER_LINE.match(q.visible_text)), None)
        if number is None:
            continue
        agency = [q for q in left if q.index < number.index and q.visible_text
                  and not _RULE_CHARS.match(q.visible_text)]  # fmt: skip
        date = next((q for q in right if DATE_LINE.search(q.visible_text)), None)
        found = CopyLayout(agency, number, p, date)
        label = next((q for q in paragraphs[at[table[-1].index] + 1 :]
                      if q.visible_text and q.table is not None), None)  # fmt: skip
        if label is not None and DISTRIBUTION_LABEL.match(label.visible_text):
            closing = _table_closing(paragraphs, at, label)
            found.distribution_label, found.distribution = label, closing.entries
            found.signature_title, found.signer, _, _ = _signature_parts(closing.block)
        layout.copy = found
        first = at[table[0].index]
        above = paragraphs[first - 1] if first > start else None
        if above is not None and _is_blank(above) and above.borders.get("top"):
            first -= 1  # the full-width rule over the block
        return first
    return len(paragraphs)


def _electronic_copy(layout: Layout, paragraphs: list[ParaInfo], at: dict[int, int]) -> None:
    """An electronic copy's line above the header (Mẫu 3.2): ``SAO Y; <agency>; <time>``."""
    anchor = layout.national_name or layout.number
    end = at[anchor.index] if anchor is not None and anchor.index in at else 3
    for p in paragraphs[: min(end, 3)]:
        if p.table is None and any(p.visible_text.startswith(f"{words};") for words in COPY_WORDS):
            layout.electronic_copy = p
            return


def _attachments(
    layout: Layout, paragraphs: list[ParaInfo], start: int, end: int | None = None
) -> None:
    """Attached texts after the closing: each starts with a label or a capitalised title.

    The title is the run of capitalised lines that opens the attachment (or the line under
    a label); the reference line ``(Kèm theo …)`` follows; everything after is its body.
    """
    current: AttachmentLayout | None = None
    header_table: tuple[str, int] | None = None
    region = paragraphs[start:end]
    for position, p in enumerate(region):
        text = p.visible_text
        in_table = p.table is not None
        if in_table and p.table is not None and (p.part, p.table[0]) == header_table:
            if current is not None and text:
                current.header.append(p)
            continue  # the rest of an issued text's own header
        if (
            in_table
            and p.table is not None
            and (current is None or current.body or current.reference is not None)
            and _issued_header(region, position)
        ):  # an issued text (quy chế, …) opens with a header of its own (Mẫu 1.3)
            header_table = (p.part, p.table[0])
            current = AttachmentLayout(None, [], None, [], header=[p] if text else [])
            layout.attachments.append(current)
            continue
        if (
            current is not None
            and current.header
            and current.type_name is None
            and not in_table
            and upper(text) in TYPE_NAMES
        ):
            current.type_name = p
            continue
        if (
            current is not None
            and current.type_name is not None
            and current.reference is None
            and not current.body
            and not in_table
            and text
            and (p.style_id == "Subject" or p.bold)
            and not text.startswith(("(Kèm theo", "(Ban hành kèm theo"))
        ):
            current.title.append(p)  # an issued text's trích yếu
            continue
        if not text:
            if in_table and current is not None and (current.body or current.reference):
                current.body.append(p)  # an empty cell keeps its place in its table
            continue
        opening = current is not None and not current.body and current.reference is None
        if p.style_id == "AppendixTitle" and (
            current is None or current.reference is not None or current.body
        ):  # our files name the parts: a title after a finished attachment opens the next
            current = AttachmentLayout(None, [p], None, [])
            layout.attachments.append(current)
        elif p.style_id == "AppendixTitle" and current is not None:
            current.title.append(p)
        elif p.style_id == "AppendixReference" and current is not None:
            current.reference = p
        elif not in_table and (
            p.style_id == "AppendixLabel" or (re.match(r"^(PHỤ LỤC|Phụ lục)\b", text)
                                              and len(text) < 40)
        ):  # fmt: skip
            current = AttachmentLayout(p, [], None, [])
            layout.attachments.append(current)
        elif current is None and not in_table and is_upper(text) and len(text) > 6:
            current = AttachmentLayout(None, [p], None, [])
            layout.attachments.append(current)
        elif (
            current is not None
            and current.reference is None
            and not current.body
            and text.startswith(("(Kèm theo", "(Ban hành kèm theo"))
        ):
            current.reference = p
        elif (
            current is not None
            and opening
            and not in_table
            and (
                is_upper(text)
                or (current.label is not None and not current.title
                    and ":" not in current.label.visible_text)
            )
        ):  # fmt: skip
            current.title.append(p)
        elif current is not None:
            current.body.append(p)
        else:
            layout.unrecognised.append(p)


# ----------------------------------------------------------------------------- recognise


def _issued_header(paragraphs: list[ParaInfo], position: int) -> bool:
    """Whether the paragraph at ``position`` opens the header table of an issued text.

    The table holds the Quốc hiệu, and a type name of the list stands under it.
    """
    p = paragraphs[position]
    if p.table is None or p.table[1:] != (0, 0):
        return False
    if position and paragraphs[position - 1].table == p.table:
        return False  # not the table's first paragraph
    if position and paragraphs[position - 1].section == p.section:
        return False  # an issued text starts a section of its own
    window = paragraphs[position : position + 16]
    table = [q for q in window if q.table is not None and q.table[0] == p.table[0]
             and q.part == p.part]  # fmt: skip
    if not _has_national_name(table) or len(table) == len(window):
        return False
    following = next((q for q in window[len(table) :] if q.visible_text), None)
    return (
        following is not None
        and following.table is None
        and (upper(following.visible_text) in TYPE_NAMES)
    )


def _has_national_name(paragraphs: list[ParaInfo]) -> bool:
    return any(
        text_key(line).startswith(NATIONAL_NAME_KEY[:20])
        for p in paragraphs
        for line in _lines(p)
        if len(line) < 60
    )


def recognise(info: DocxInfo, doc_type: DocumentType | None = None) -> Layout:
    """Find the components of a Vietnamese administrative document in stage 1's data."""
    layout = Layout(info)
    paragraphs = info.paragraphs
    # Stage 1 numbers text-box paragraphs too, so an index is not always a position.
    at = {p.index: i for i, p in enumerate(paragraphs)}
    head = paragraphs[:40]

    # A header laid out in text boxes (no Quốc hiệu in the body's first paragraphs, one in
    # a text box): read it from the boxes; the body then starts at the top.
    boxes = [p for p in info.parts.get("textboxes", []) if p.part == "word/document.xml#textbox"]
    in_boxes = not _has_national_name(head) and _has_national_name(boxes[:40])
    layout.boxed_header = in_boxes
    if in_boxes:
        box_at = {p.index: i for i, p in enumerate(boxes)}
        _header(layout, boxes, box_at)
        _agency(layout, boxes, box_at)
        header_end = -1
    else:
        _header(layout, paragraphs, at)
        _agency(layout, paragraphs, at)
        header_end = max(
            (at[p.index] for p in (layout.number, layout.place_date, layout.national_motto)
             if p is not None),
            default=-1,
        )  # fmt: skip
    _marks(layout, head)
    _type_name(layout, paragraphs, at, header_end)
    if layout.type_name is not None and not in_boxes:
        # a "V/v" line under a type name is that document's subject, not a công văn's ô 5b
        layout.dispatch_subject = [
            p for p in layout.dispatch_subject if p.index < layout.type_name.index
        ]
    if not in_boxes:
        header_end = max([header_end, *(at[p.index] for p in layout.dispatch_subject)])
        if layout.national_motto is None and layout.national_name is not None and layout.type_name:
            # a Tiêu ngữ not recognised (misspelt): what stands above the type name is header
            header_end = max(header_end, at[layout.type_name.index] - 1)
        if not layout.dispatch_subject and layout.type_name is None and layout.number is not None:
            _subject_in_box(layout)
    if layout.doc_type is None:
        layout.doc_type = doc_type or (DocumentType.CONG_VAN if layout.dispatch_subject else None)
    elif doc_type is not None:
        layout.doc_type = doc_type
    if layout.doc_type is not None:
        layout.title = None

    # The closing: Nơi nhận and the signature block.
    closing = _closing(layout, paragraphs, at, header_end + 1)
    layout.distribution_label = closing.label
    layout.distribution = closing.entries
    titles, signer, marks, rest = _signature_parts(closing.block)
    layout.signature_title, layout.signer, layout.signature_marks = titles, signer, marks
    for block in closing.signatures:
        side_titles, side_signer, _, _ = _signature_parts(block)
        layout.signatures.append((side_titles, side_signer))
    layout.parties = closing.parties
    if closing.start is None and not closing.block:
        _signed_by_name_only(layout, paragraphs, at, header_end + 1)
    closing_start = closing.start if closing.start is not None else len(paragraphs)
    if layout.signature_title and closing.start is None and layout.signature_title[0].box is None:
        closing_start = at[layout.signature_title[0].index]

    _recipients(layout, paragraphs, at, header_end + 1, closing_start)

    # The body: what lies between the head and the closing.
    header_tables = {
        p.table[0]
        for p in (layout.national_name, layout.national_motto, layout.number, layout.place_date,
                  *layout.agency)
        if p is not None and p.table is not None and p.part == "word/document.xml"
    }  # fmt: skip
    taken = {id(p) for key in ("recipients", "subject") for p in getattr(layout, key)}
    taken |= {id(p) for p in (layout.type_name, layout.recipients_label) if p is not None}
    region = [
        p for p in paragraphs[header_end + 1 : closing_start]
        if id(p) not in taken and (p.visible_text or p.table is not None)  # empty cells count
        and not TYPED_RULE.match(p.visible_text)
        and not (p.table is not None and p.table[0] in header_tables)
    ]  # fmt: skip
    decision = next(
        (
            i
            for i, p in enumerate(region)
            if p.visible_text.endswith(":") and p.visible_text.isupper()
        ),
        None,
    )  # the "QUYẾT ĐỊNH:" line: the bases (căn cứ) stand before it
    for i, p in enumerate(region):
        if p.style_id == "Basis" or (  # our own files name the bases' style
            decision is not None
            and i < decision
            and p.visible_text.startswith(("Căn cứ", "Theo đề nghị", "Xét đề nghị", "Theo đề xuất"))
        ):
            layout.basis.append(p)
        else:
            layout.body.append(p)

    # What stands in the closing but is neither list nor signature is reported.
    closing_items = [*layout.signature_title, layout.signer, *layout.signature_marks,
                     *layout.distribution, layout.distribution_label,
                     *(p for side in layout.signatures for p in [*side[0], side[1]]),
                     *(p for party in layout.parties for p in party)]  # fmt: skip
    found = [at[p.index] for p in closing_items if p is not None and p.box is None]
    last_closing = max(found, default=closing_start - 1)
    if layout.distribution_label is not None and layout.distribution_label.table is not None:
        number = layout.distribution_label.table[0]
        last_closing = max(
            [last_closing, *(at[p.index] for p in paragraphs if p.table is not None
                             and p.table[0] == number and p.part == "word/document.xml")]
        )  # fmt: skip
    placed = {id(p) for p in closing_items if p is not None}  # a set: the list may be long
    for p in paragraphs[closing_start : last_closing + 1]:
        if p.visible_text and id(p) not in placed and not _RULE_CHARS.match(p.visible_text):
            layout.unrecognised.append(p)  # in the closing, but neither list nor signature
    reported = {id(p) for p in layout.unrecognised}
    for p in rest:
        if id(p) not in reported:
            layout.unrecognised.append(p)
            reported.add(id(p))
    after = max([last_closing + 1, *(at[p.index] + 1 for p in rest)])
    after = _confirmation(layout, paragraphs, after)
    end = _copy(layout, paragraphs, at, after)
    _attachments(layout, paragraphs, after, end)
    _electronic_copy(layout, paragraphs, at)

    date, title = layout.place_date, layout.type_name
    if date is not None and title is not None and date is not title:
        order = {id(q): i for i, q in enumerate(paragraphs)}
        if order.get(id(date), -1) > order.get(id(title), -1) >= 0:
            layout.place_date = None  # ô 4 stands above the type name (ô 5a), never under it

    layout.page_numbers = _page_numbers(info)
    _rules(layout, paragraphs, at)
    return layout


def _rules(layout: Layout, paragraphs: list[ParaInfo], at: dict[int, int]) -> None:
    """The rules under the headings."""
    info = layout.info

    def following(items: Sequence[ParaInfo]) -> list[ParaInfo]:
        if not items:
            return []
        if items[-1].part.endswith("#textbox"):  # a header laid out in text boxes
            boxes = [p for p in layout.info.parts.get("textboxes", []) if p.part == items[-1].part]
            where = next(i for i, p in enumerate(boxes) if p is items[-1])
            return boxes[where + 1 : where + 4]
        return paragraphs[at[items[-1].index] + 1 : at[items[-1].index] + 4]

    def typed_rule(p: ParaInfo) -> RunInfo | None:
        """A rule typed after a line break at the end of ``p``: its text, in its first run."""
        numbers = layout.line_parts.get(p.index, {}).get("rule")
        raw = p.text.split("\n")
        last_filled = max((i for i, line in enumerate(raw) if line.strip()), default=-1)
        runs = layout.runs("rule", p)
        if numbers and numbers[-1] == last_filled and runs:
            return replace(runs[0], text=_collapse(raw[last_filled]))
        return None

    if layout.national_motto is not None:
        motto_line = next((ln for ln in layout.text("national_motto", layout.national_motto)
                           .split("\n") if is_motto(ln)), None)  # fmt: skip
        found = _find_rule("national_motto", [layout.national_motto],
                           following([layout.national_motto]), info, motto_line,
                           typed_rule(layout.national_motto))  # fmt: skip
        if found:
            layout.rule_lines["national_motto"] = found
    if layout.agency:
        typed = [layout.text("agency", p) for p in layout.agency
                 if p.index in layout.columns or p.index in layout.line_parts]  # fmt: skip
        agency_line = max((ln for t in typed for ln in t.split("\n")), key=len,
                          default=None)  # fmt: skip
        found = _find_rule("agency", layout.agency, following(layout.agency), info, agency_line,
                           typed_rule(layout.agency[-1]))  # fmt: skip
        if found:
            layout.rule_lines["agency"] = found
    subject = subject_paragraphs(layout)
    if subject:
        found = _find_rule("subject", subject, following(subject), info)
        if found:
            layout.rule_lines["subject"] = found
    motto, agency = layout.rule_lines.get("national_motto"), layout.rule_lines.get("agency")
    if motto is not None and agency is not None and motto.paragraph is agency.paragraph:
        # both rules drawn from one paragraph under a header typed in two columns: the
        # shorter is the agency's
        lines = sorted(s.width_mm for s in motto.paragraph.shapes
                       if s.kind in ("line", "connector") and s.height_mm < 3)  # fmt: skip
        if len(lines) >= 2:
            agency.length_mm = lines[0]
            motto.length_mm = lines[-1]
