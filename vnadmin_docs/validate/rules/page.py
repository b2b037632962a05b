"""Page setup, fonts and text encoding, page numbers (PG…, FT…, PN…).

The page rules read each section's page setup (khổ giấy, kiểu trình bày, định lề). The font
and encoding rules read every run that gets printed: the body, the text boxes, and the
headers and footers Word actually shows (a first-page part only with "different first page",
an even-page part only with "different odd and even pages"). The page-number rules read the
PAGE fields of the headers and footers, following Word's inheritance: a section that names no
header of a kind uses the previous section's.

Every number (paper, margins, font, colour, where the page number goes) is read from the
standard's table (``ctx.standard.page`` and ``ctx.standard.page_numbers``), and so is the
legal locator each rule cites.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import ClassVar

from vnadmin_docs.metrics import text_width_pt
from vnadmin_docs.ooxml.read import DocxInfo, ParaInfo, RunInfo, SectionInfo
from vnadmin_docs.standards import Range, Standard
from vnadmin_docs.validate.engine import Context, Outcome, Rule, Severity, where

__all__ = [
    "AppendixNumberingNotRestarted",
    "BottomMarginOutOfRange",
    "ComplexScriptSlotNotStandardFont",
    "ContactNotOnFirstPageOnly",
    "ContactRuleNotFullWidth",
    "DecomposedText",
    "EastAsianHintOnVietnamese",
    "EastAsianSlotNotStandardFont",
    "EthInsteadOfDStroke",
    "LandscapeWithoutTable",
    "LatinSlotNotStandardFont",
    "LeftMarginOutOfRange",
    "LegacyEncodedText",
    "LegacyFontDeclared",
    "PageNumberMisplaced",
    "PageNumberNotArabic",
    "PageNumberNotShown",
    "PageNumberOnFirstPage",
    "PageNumberOutsideMargin",
    "PageNumberWithExtraText",
    "PageNumberingNotFromOne",
    "PageNumbersMissing",
    "PaperNotA4",
    "RightMarginOutOfRange",
    "TcvnFontOnText",
    "TextNotBlack",
    "ThemeFontReference",
    "TopMarginOutOfRange",
    "VniFontOnText",
    "WideSlotNotStandardFont",
    "page_count",
    "reads_as_legacy",
]

TWIPS_PER_MM = 1440 / 25.4
PAPER_TOLERANCE_MM = 1.0
"""How far a page may be from the standard's paper size (rounding of Word's own sizes)."""
MARGIN_TOLERANCE_MM = 0.1
"""Margins are stored in whole twips; 1.5 cm becomes 850 twips = 14.99 mm."""
LINE_HEIGHT_EM = 1.15
"""A single line of Times New Roman is about 1.15 times the font size high."""
AVERAGE_ADVANCE_EM = 0.425
"""Mean advance of a character of Vietnamese text in Times New Roman (measured on the
corpus with :func:`vnadmin_docs.metrics.text_width_pt`), for the page estimate."""
MULTI_PAGE_ESTIMATE = 1.2
"""An estimated page count above this counts as "more than one page" (estimates are rough)."""


# ----------------------------------------------------------------------------- helpers


def _mm(twips: float) -> float:
    return twips / TWIPS_PER_MM


class PageFamilyRule(Rule):
    """Base of this module's rules: the locator is read from the standard's page rows.

    Wrong: a rule citing a locator it does not read from the standard.

    Right: ``source`` names the attribute of the standard that holds the locator.
    """

    abstract: ClassVar[bool] = True
    source: ClassVar[str] = "page.locator"
    """Dotted path, from the standard, of the locator to cite."""

    @classmethod
    def legal_locator(cls, standard: Standard) -> str:
        """The locator the standard gives for this rule's subject."""
        if cls.locator or cls.component:
            return super().legal_locator(standard)
        value: object = standard
        for attribute in cls.source.split("."):
            value = getattr(value, attribute)
        return str(value)


def _section_place(info: DocxInfo, index: int) -> str:
    if len(info.sections) == 1:
        return "page setup"
    return f"page setup of section {index + 1}"


def _refs(info: DocxInfo) -> list[dict[tuple[str, str], str]]:
    """Per section, (``header``/``footer``, kind) → part, with Word's inheritance."""
    effective: list[dict[tuple[str, str], str]] = []
    current: dict[tuple[str, str], str] = {}
    for section in info.sections:
        current = dict(current)
        for kind, part in section.headers.items():
            current[("header", kind)] = part
        for kind, part in section.footers.items():
            current[("footer", kind)] = part
        effective.append(current)
    return effective


def _shown_kinds(info: DocxInfo, section: SectionInfo) -> set[str]:
    """The kinds of header and footer Word prints on some page of the section."""
    kinds = {"default"}
    if section.title_page:
        kinds.add("first")
    if info.settings_even_odd:
        kinds.add("even")
    return kinds


def _part_paragraphs(info: DocxInfo, part: str) -> list[ParaInfo]:
    """The paragraphs of a header or footer part, its text boxes included."""
    boxes = [p for p in info.parts.get("textboxes", []) if p.part == f"{part}#textbox"]
    return info.parts.get(part, []) + boxes


def _shown_parts(info: DocxInfo) -> set[str]:
    shown: set[str] = set()
    for section, refs in zip(info.sections, _refs(info), strict=True):
        kinds = _shown_kinds(info, section)
        shown |= {part for (_, kind), part in refs.items() if kind in kinds}
    return shown


def _printed(info: DocxInfo) -> list[ParaInfo]:
    """The paragraphs that get printed: the body, shown headers and footers, text boxes."""
    return _facts(info).printed


def _collect_printed(info: DocxInfo) -> list[ParaInfo]:
    shown = _shown_parts(info) | {"word/document.xml"}
    paragraphs = list(info.paragraphs)
    for part in sorted(shown - {"word/document.xml"}):
        paragraphs += info.parts.get(part, [])
    paragraphs += [p for p in info.parts.get("textboxes", []) if p.part.partition("#")[0] in shown]
    return paragraphs


class _Facts:
    """What several rules of this module compute from one file, computed once."""

    def __init__(self, info: DocxInfo) -> None:
        self.info = info
        self.printed = _collect_printed(info)
        self._slots: dict[int, dict[str, str]] = {}
        self._pages: tuple[bool, str] | None = None

    def slots(self, run: RunInfo) -> dict[str, str]:
        found = self._slots.get(id(run))
        if found is None:
            found = self._slots[id(run)] = _compute_slot_fonts(run)
        return found

    def pages(self) -> tuple[bool, str]:
        if self._pages is None:
            self._pages = _compute_page_count(self.info)
        return self._pages


_FACTS: dict[int, _Facts] = {}


def _facts(info: DocxInfo) -> _Facts:
    """The cached facts of ``info`` (the cache holds the file, so its id stays unique)."""
    facts = _FACTS.get(id(info))
    if facts is None or facts.info is not info:
        if len(_FACTS) >= 8:
            _FACTS.clear()
        facts = _FACTS[id(info)] = _Facts(info)
    return facts


def _text_runs(info: DocxInfo) -> Iterator[tuple[ParaInfo, RunInfo]]:
    for paragraph in _printed(info):
        for run in paragraph.text_runs():
            yield paragraph, run


def _has_page_field(paragraph: ParaInfo) -> bool:
    return any(f.split()[:1] and f.split()[0].upper() == "PAGE" for f in paragraph.fields)


@dataclass(frozen=True, slots=True)
class _Number:
    """A PAGE field reached from a section's header or footer reference."""

    section: int
    place: str
    """``header`` or ``footer``."""
    kind: str
    """``default``, ``first`` or ``even``."""
    part: str
    paragraph: ParaInfo


def _numbers(info: DocxInfo) -> list[_Number]:
    found: list[_Number] = []
    for index, refs in enumerate(_refs(info)):
        for (place, kind), part in sorted(refs.items()):
            for paragraph in _part_paragraphs(info, part):
                if _has_page_field(paragraph):
                    found.append(_Number(index, place, kind, part, paragraph))
    return found


def _shown_after_first(info: DocxInfo, number: _Number) -> bool:
    """Whether the number is printed on the pages after a section's first page."""
    return number.kind == "default" or (number.kind == "even" and info.settings_even_odd)


def _shown_numbers(info: DocxInfo) -> list[_Number]:
    return [n for n in _numbers(info) if n.kind in _shown_kinds(info, info.sections[n.section])]


def _distinct(numbers: list[_Number]) -> list[_Number]:
    """One entry per page-number paragraph (sections share their headers)."""
    seen: set[tuple[str, int]] = set()
    unique: list[_Number] = []
    for number in numbers:
        key = (number.part, number.paragraph.index)
        if key not in seen:
            seen.add(key)
            unique.append(number)
    return unique


def _number_place(number: _Number) -> str:
    label = {"default": "", "first": "first-page ", "even": "even-page "}[number.kind]
    return where(number.paragraph, f"Số trang, {label}{number.place}")


def _paragraph_height_pt(paragraph: ParaInfo, width_twips: int) -> float:
    size = paragraph.size or next((r.size for r in paragraph.runs if r.size), None) or 12.0
    if paragraph.line_rule == "exact" and paragraph.line:
        line = paragraph.line / 20
    elif paragraph.line_rule == "atLeast" and paragraph.line:
        line = max(paragraph.line / 20, size * LINE_HEIGHT_EM)
    else:
        line = size * LINE_HEIGHT_EM * ((paragraph.line or 240) / 240)
    width_pt = max(width_twips - paragraph.left - paragraph.right, 1440) / 20
    em = AVERAGE_ADVANCE_EM * size
    lines = sum(max(1, math.ceil(len(text) * em / width_pt)) for text in paragraph.text.split("\n"))
    return lines * line + (paragraph.space_before + paragraph.space_after) / 20


def section_pages(info: DocxInfo) -> list[float]:
    """A rough page count per section, from the text (see :func:`estimated_pages`).

    A section with text takes at least one page when the document has more than one
    section with text (a section break starts a new page unless it says "continuous",
    which stage 1 does not record).
    """
    if not info.sections:
        return []
    heights = [0.0] * len(info.sections)
    rows: dict[tuple[int, int], dict[int, float]] = {}
    row_section: dict[tuple[int, int], int] = {}
    for paragraph in info.paragraphs:
        index = min(paragraph.section, len(info.sections) - 1)
        section = info.sections[index]
        if paragraph.table is None:
            heights[index] += _paragraph_height_pt(paragraph, section.text_width)
            continue
        table, row, column = paragraph.table
        width = paragraph.cell_width or section.text_width
        cells = rows.setdefault((table, row), {})
        cells[column] = cells.get(column, 0.0) + _paragraph_height_pt(paragraph, width)
        row_section[(table, row)] = index
    for key, cells in rows.items():
        heights[row_section[key]] += max(cells.values())
    filled = {p.section for p in info.paragraphs if p.text.strip()}
    pages: list[float] = []
    for index, (section, height) in enumerate(zip(info.sections, heights, strict=True)):
        room = section.height - section.margins.get("top", 0) - section.margins.get("bottom", 0)
        share = height / max(room / 20, 72.0)
        pages.append(max(share, 1.0) if len(filled) > 1 and index in filled else share)
    return pages


def estimated_pages(info: DocxInfo) -> float:
    """A rough page count from the text: lines of Times New Roman over each section's page.

    Used only when the file records no page count (``docProps/app.xml``): our renderer,
    LibreOffice and python-docx write none. Each paragraph takes as many lines as its text
    needs at its size in Times New Roman (at the mean advance of a character), a table row as
    much as its tallest cell.
    """
    return sum(section_pages(info))


def page_count(info: DocxInfo) -> tuple[bool, str]:
    """Whether the document has more than one page, and how that is known."""
    return _facts(info).pages()


def _compute_page_count(info: DocxInfo) -> tuple[bool, str]:
    if info.pages:
        return info.pages > 1, f"{info.pages} page(s) recorded in the file"
    estimate = estimated_pages(info)
    return estimate > MULTI_PAGE_ESTIMATE, f"about {estimate:.1f} page(s), estimated"


# ----------------------------------------------------------------------------- page setup


class PaperNotA4(PageFamilyRule):
    """The paper is A4, 210 × 297 mm.

    Every administrative document is set on A4 paper, 210 mm × 297 mm (Phụ lục I, Phần I,
    Mục I, khoản 1). Each section of the file is checked, to within 1 mm and in either
    orientation (the orientation has its own rule). US Letter, 215.9 × 279.4 mm — the default
    of python-docx and of Word in an English locale — is the usual mistake.

    Wrong: `<w:pgSz w:w="12240" w:h="15840"/>` (US Letter, 215.9 × 279.4 mm)

    Right: `<w:pgSz w:w="11906" w:h="16838"/>` (A4, 210 × 297 mm)
    """

    code = "PG001"
    name = "paper-not-a4"
    source = "page.locator"
    message = "{where}: the paper is {found}; expected {expected}"
    message_vi = "{where}: khổ giấy {found}; quy định {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        if not ctx.info.sections:
            yield self.skip("the file has no section properties (page setup)")
            return
        page = ctx.standard.page
        wanted = sorted((page.width_mm, page.height_mm))
        expected = f"{page.width_mm:g} × {page.height_mm:g} mm"
        for index, section in enumerate(ctx.info.sections):
            found = sorted((_mm(section.width), _mm(section.height)))
            place = _section_place(ctx.info, index)
            if all(abs(a - b) <= PAPER_TOLERANCE_MM for a, b in zip(found, wanted, strict=True)):
                yield self.ok(place)
            else:
                yield self.fail(
                    place, f"{_mm(section.width):.1f} × {_mm(section.height):.1f} mm", expected
                )


def _layout_tables(ctx: Context) -> set[int]:
    """The tables that only lay out the header block, Kính gửi or the signature block."""
    layout = ctx.layout
    single = (layout.national_name, layout.national_motto, layout.number, layout.place_date,
              layout.recipients_label, layout.signer, layout.distribution_label)  # fmt: skip
    many = (*layout.parent_agency, *layout.agency, *layout.dispatch_subject, *layout.recipients,
            *layout.signature_title, *layout.distribution)  # fmt: skip
    return {p.table[0] for p in (*single, *many) if p is not None and p.table is not None}


class LandscapeWithoutTable(PageFamilyRule):
    """A page is set landscape only for tables or charts.

    Documents are set along the length of the A4 sheet (portrait). Where the text holds
    tables or charts that are not made into separate appendices, the document may be set
    across the width (landscape) (Phụ lục I, Phần I, Mục I, khoản 2). A landscape section
    without a table of content or a chart is reported as a warning; the borderless tables that
    lay out the header block or the signature block, and the rules under headings, do not
    count.

    Wrong: a landscape section holding only running text

    Right: portrait pages; a landscape section only around a wide table or chart
    """

    code = "PG002"
    name = "landscape-without-table"
    severity = Severity.WARNING
    source = "page.locator"
    message = "{where}: {found}; expected {expected}"
    message_vi = (
        "{where}: trang trình bày theo chiều rộng mà không có bảng, biểu; chỉ được trình bày "
        "theo chiều rộng khi có bảng, biểu"
    )

    def check(self, ctx: Context) -> Iterator[Outcome]:
        if not ctx.info.sections:
            yield self.skip("the file has no section properties (page setup)")
            return
        if ctx.standard.page.orientation != "portrait":
            yield self.skip(f"{ctx.standard.title} does not ask for portrait pages")
            return
        layout = _layout_tables(ctx)
        for index, section in enumerate(ctx.info.sections):
            place = _section_place(ctx.info, index)
            if section.width <= section.height:
                yield self.ok(place)
                continue
            content = [p for p in ctx.info.paragraphs if p.section == index]
            tables = {p.table[0] for p in content if p.table is not None} - layout
            charts = [s for p in content for s in p.shapes if s.kind not in ("line", "connector")]
            if tables or charts:
                yield self.ok(place)
            else:
                yield self.fail(
                    place,
                    "landscape, with no table or chart in the section",
                    "portrait (landscape only for tables and charts)",
                )


class _MarginRule(PageFamilyRule):
    """Base of the four margin rules.

    Wrong: a margin outside the standard's range.

    Right: each margin inside its range.
    """

    abstract: ClassVar[bool] = True
    side: ClassVar[str]
    source = "page.margins_locator"

    def allowed(self, ctx: Context) -> Range:
        value: Range = getattr(ctx.standard.page, f"{self.side}_mm")
        return value

    def check(self, ctx: Context) -> Iterator[Outcome]:
        if not ctx.info.sections:
            yield self.skip("the file has no section properties (page setup)")
            return
        allowed = self.allowed(ctx)
        for index, section in enumerate(ctx.info.sections):
            place = _section_place(ctx.info, index)
            if self.side not in section.margins:
                yield self.skip(f"section {index + 1} does not give its {self.side} margin")
                continue
            twips = section.margins[self.side]
            if self.side == "left":
                twips += section.margins.get("gutter", 0)
            value = _mm(twips)
            if allowed.low - MARGIN_TOLERANCE_MM <= value <= allowed.high + MARGIN_TOLERANCE_MM:
                yield self.ok(place)
            else:
                yield self.fail(place, f"{value:.1f} mm", allowed.describe("mm"))


class TopMarginOutOfRange(_MarginRule):
    """The top margin is 20–25 mm.

    The text stands 20 to 25 mm from the top edge of the page (Phụ lục I, Phần I, Mục I,
    khoản 3); the range is read from the standard's table. Checked in every section.

    Wrong: `<w:pgMar w:top="709" …/>` (12.5 mm)

    Right: `<w:pgMar w:top="1134" …/>` (20 mm)
    """

    code = "PG003"
    name = "top-margin-out-of-range"
    side = "top"
    message = "{where}: the top margin is {found}; expected {expected}"
    message_vi = "{where}: lề trên {found}; quy định {expected}"


class BottomMarginOutOfRange(_MarginRule):
    """The bottom margin is 20–25 mm.

    The text stands 20 to 25 mm from the bottom edge of the page (Phụ lục I, Phần I, Mục I,
    khoản 3); the range is read from the standard's table. Checked in every section.

    Wrong: `<w:pgMar w:bottom="284" …/>` (5 mm)

    Right: `<w:pgMar w:bottom="1134" …/>` (20 mm)
    """

    code = "PG004"
    name = "bottom-margin-out-of-range"
    side = "bottom"
    message = "{where}: the bottom margin is {found}; expected {expected}"
    message_vi = "{where}: lề dưới {found}; quy định {expected}"


class LeftMarginOutOfRange(_MarginRule):
    """The left margin is 30–35 mm.

    The text stands 30 to 35 mm from the left edge of the page, room for binding (Phụ lục I,
    Phần I, Mục I, khoản 3); a gutter counts as part of the left margin. Checked in every
    section.

    Wrong: `<w:pgMar w:left="1134" …/>` (20 mm)

    Right: `<w:pgMar w:left="1701" …/>` (30 mm)
    """

    code = "PG005"
    name = "left-margin-out-of-range"
    side = "left"
    message = "{where}: the left margin is {found}; expected {expected}"
    message_vi = "{where}: lề trái {found}; quy định {expected}"


class RightMarginOutOfRange(_MarginRule):
    """The right margin is 15–20 mm.

    The text stands 15 to 20 mm from the right edge of the page (Phụ lục I, Phần I, Mục I,
    khoản 3). Checked in every section.

    Wrong: `<w:pgMar w:right="289" …/>` (5.1 mm)

    Right: `<w:pgMar w:right="850" …/>` (15 mm)
    """

    code = "PG006"
    name = "right-margin-out-of-range"
    side = "right"
    message = "{where}: the right margin is {found}; expected {expected}"
    message_vi = "{where}: lề phải {found}; quy định {expected}"


class PageNumberOutsideMargin(PageFamilyRule):
    """The page number fits inside its margin.

    The page number is set in the top margin, centred (Phụ lục I, Phần I, Mục I, khoản 7;
    the bottom margin under Circular 01/2011). When the header's distance from the edge plus
    the height of the number's line is more than the margin, Word pushes the body text down
    (or up) and the page no longer has the margin it declares. Checked in every section that
    prints a page number; reported as a warning.

    Wrong: top margin 12.5 mm with the header 8 mm from the edge and a 14 pt number
    (8 + 5.7 mm > 12.5 mm)

    Right: top margin 20 mm, header 10 mm from the edge (10 + 5.7 mm ≤ 20 mm)
    """

    code = "PG007"
    name = "page-number-outside-margin"
    severity = Severity.WARNING
    source = "page_numbers.locator"
    message = "{where}: {found}; expected {expected}"
    message_vi = "{where}: số trang tràn ra ngoài lề ({found})"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        numbers = _shown_numbers(ctx.info)
        if not numbers:
            yield self.skip("no page number is printed")
            return
        seen: set[tuple[int, str]] = set()
        for number in numbers:
            if (number.section, number.place) in seen:
                continue
            seen.add((number.section, number.place))
            section = ctx.info.sections[number.section]
            margin_side = "top" if number.place == "header" else "bottom"
            if number.place not in section.margins or margin_side not in section.margins:
                continue
            size = number.paragraph.size or ctx.row("page_number").size.default
            line_mm = _mm(size * LINE_HEIGHT_EM * 20)
            distance = _mm(section.margins[number.place])
            margin = _mm(section.margins[margin_side])
            place = _section_place(ctx.info, number.section)
            if distance + line_mm > margin + MARGIN_TOLERANCE_MM:
                yield self.fail(
                    place,
                    f"the {number.place} is {distance:.1f} mm from the edge and its "
                    f"{size:g} pt number needs {line_mm:.1f} mm more, over the "
                    f"{margin:.1f} mm {margin_side} margin",
                    f"the page number inside the {margin_side} margin",
                )
            else:
                yield self.ok(place)


# ----------------------------------------------------------------------------- fonts

_THEME_TOKEN = re.compile(r"^(major|minor)(HAnsi|Ascii|EastAsia|Bidi)$")
_SHARED = re.compile(r"[\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f]")
"""Latin letters and marks whose face an East-Asian hint switches (Vietnamese letters)."""
_HIGH = re.compile(r"[^\x00-\x7f\s]")
_ASCII = re.compile(r"[!-~]")


_NOT_LETTER = re.compile(r"[^a-z]")


@lru_cache(maxsize=512)
def _squash(name: str) -> str:
    return _NOT_LETTER.sub("", name.lower())


@lru_cache(maxsize=512)
def _is_family(name: str | None, wanted: str) -> bool:
    """Whether ``name`` is a face of ``wanted``'s family ("Times New Roman Bold" is)."""
    if not name:
        return True  # nothing set anywhere: Word's own default, Times New Roman
    return _squash(name).startswith(_squash(wanted))


def _describe_font(name: str | None) -> str:
    if name and _THEME_TOKEN.match(name):
        return f"the theme font {name}, which the file's theme leaves empty"
    return f"«{name}»"


def _compute_slot_fonts(run: RunInfo) -> dict[str, str]:
    used: dict[str, str] = {}
    if _ASCII.search(run.text):
        used["ascii"] = run.fonts.get("ascii", "")
    if run.hint != "eastAsia":
        if _HIGH.search(run.text):
            used["hAnsi"] = run.fonts.get("hAnsi", "")
        return used
    for char in run.text:
        if char.isascii() or char.isspace():
            continue
        slot = "eastAsia" if _SHARED.match(char) else "hAnsi"
        used.setdefault(slot, run.fonts.get(slot, ""))
    return used


class _FontSlotRule(PageFamilyRule):
    """Base of the rules on the font of one slot of ``w:rFonts``.

    Wrong: a run whose slot names another font.

    Right: the standard's font in the slot.
    """

    abstract: ClassVar[bool] = True
    slot: ClassVar[str]
    label: ClassVar[str]
    source = "page.font_locator"
    standards = ("nd30-2020",)

    def applies(self, facts: _Facts, run: RunInfo) -> bool:
        """Whether the slot draws some of the run's characters."""
        return self.slot in facts.slots(run)

    def check(self, ctx: Context) -> Iterator[Outcome]:
        wanted = ctx.standard.page.font
        facts = _facts(ctx.info)
        first: ParaInfo | None = None
        for paragraph in facts.printed:
            runs = [r for r in paragraph.text_runs() if self.applies(facts, r)]
            if not runs:
                continue
            first = first or paragraph
            bad = next((r for r in runs if not _is_family(r.fonts.get(self.slot), wanted)), None)
            if bad is not None:
                place = where(paragraph)
                font = _describe_font(bad.fonts.get(self.slot))
                yield self.fail(place, f"{font} on «{bad.text.strip()[:30]}»", wanted)
        if first is None:
            yield self.skip(f"no text drawn with the {self.label} font")
        else:
            yield self.ok(where(first))


class LatinSlotNotStandardFont(_FontSlotRule):
    """Basic Latin letters are set in Times New Roman (the ``ascii`` font slot).

    The font is the Vietnamese font Times New Roman (Phụ lục I, Phần I, Mục I, khoản 4). Word
    keeps four fonts per run; letters A–Z, digits and punctuation are drawn with the
    ``w:ascii`` one. Checked on every printed run, body, text boxes and shown headers and
    footers; the name is read from the standard's table, and other faces of the family
    ("Times New Roman Bold") are accepted. Circular 01/2011 allowed any Vietnamese Unicode
    font, so the rule applies under Decree 30/2020 only.

    Wrong: `<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/>`

    Right: `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"
    w:eastAsia="Times New Roman" w:cs="Times New Roman"/>`
    """

    code = "FT001"
    name = "latin-font-not-times-new-roman"
    slot = "ascii"
    label = "ascii (basic Latin)"
    message = "{where}: the ascii (basic Latin) font is {found}; expected {expected}"
    message_vi = "{where}: phông chữ (ô ascii, chữ Latinh cơ bản) là {found}; quy định {expected}"


class WideSlotNotStandardFont(_FontSlotRule):
    """Vietnamese letters are set in Times New Roman (the ``hAnsi`` font slot).

    The font is the Vietnamese font Times New Roman (Phụ lục I, Phần I, Mục I, khoản 4). The
    letters with diacritics (ă, ơ, ư, đ, ầ, ệ, …) are drawn with the run's ``w:hAnsi`` font,
    not the ``w:ascii`` one, so a run can show "Times New Roman" in Word's font box while its
    Vietnamese letters come out in another face. Checked on every printed run that has such
    letters (without an East-Asian hint, which the eastAsia rule covers). Applies under
    Decree 30/2020.

    Wrong: `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Calibri"/>` on «Cộng hòa»

    Right: `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" …/>`
    """

    code = "FT002"
    name = "vietnamese-font-not-times-new-roman"
    slot = "hAnsi"
    label = "hAnsi (Vietnamese letters)"
    message = "{where}: the hAnsi (Vietnamese letters) font is {found}; expected {expected}"
    message_vi = "{where}: phông chữ (ô hAnsi, chữ có dấu) là {found}; quy định {expected}"


class EastAsianSlotNotStandardFont(_FontSlotRule):
    """Vietnamese letters under an East-Asian hint are set in Times New Roman.

    The font is Times New Roman (Phụ lục I, Phần I, Mục I, khoản 4). A run with
    ``w:hint="eastAsia"`` — common in text typed or pasted in a Chinese or Japanese Word —
    draws its Vietnamese letters (ă, ơ, ư, đ and every letter with a tone mark) with the
    ``w:eastAsia`` font, while plain a–z keep the ``w:ascii`` one: the sentence comes out in
    two faces ("nhảy font"). Checked on every printed run with the hint and Vietnamese
    letters. Applies under Decree 30/2020.

    Wrong: `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"
    w:eastAsia="SimSun" w:hint="eastAsia"/>` on «Cộng hòa»

    Right: `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"
    w:eastAsia="Times New Roman" w:cs="Times New Roman"/>`
    """

    code = "FT003"
    name = "east-asian-font-not-times-new-roman"
    slot = "eastAsia"
    label = "eastAsia"
    message = "{where}: the eastAsia font is {found}; expected {expected}"
    message_vi = "{where}: phông chữ (ô eastAsia) là {found}; quy định {expected}"


class ComplexScriptSlotNotStandardFont(_FontSlotRule):
    """The complex-script font slot (``cs``) is Times New Roman too.

    The font is Times New Roman (Phụ lục I, Phần I, Mục I, khoản 4). The ``w:cs`` slot draws
    right-to-left and complex scripts, which a Vietnamese document does not use, so another
    font there does not change the printed page; it does change the bold/size of complex
    script text (``w:bCs``, ``w:szCs``) and shows that the formatting was not set in all four
    slots. Reported for information; a slot the file's theme leaves empty is not counted.

    Wrong: `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Arial"/>`

    Right: `<w:rFonts … w:cs="Times New Roman"/>`
    """

    code = "FT004"
    name = "complex-script-font-not-times-new-roman"
    severity = Severity.INFO
    slot = "cs"
    label = "cs (complex script)"
    message = "{where}: the cs (complex script) font is {found}; expected {expected}"
    message_vi = "{where}: phông chữ (ô cs) là {found}; quy định {expected}"

    def applies(self, facts: _Facts, run: RunInfo) -> bool:
        font = run.fonts.get("cs")
        return bool(font) and not _THEME_TOKEN.match(font or "")


class EastAsianHintOnVietnamese(PageFamilyRule):
    """Vietnamese text carries no East-Asian hint that switches its face.

    The text is set in one Vietnamese Unicode font (Phụ lục I, Phần I, Mục I, khoản 4). With
    ``w:hint="eastAsia"`` Word draws the Vietnamese letters of a run with its ``w:eastAsia``
    font and plain a–z with its ``w:ascii`` font; when the two differ, one word mixes two
    faces — the classic "chữ bị nhảy font" of text that went through a Chinese or Japanese
    Word. Applies under both standards, whatever the font.

    Wrong: `<w:rFonts w:ascii="Times New Roman" w:eastAsia="SimSun" w:hint="eastAsia"/>` on
    «Cộng hòa» (C, ng, h, a in Times New Roman; ộ, ò in SimSun)

    Right: no hint, or the same font in every slot
    """

    code = "FT005"
    name = "east-asian-hint-on-vietnamese"
    severity = Severity.WARNING
    source = "page.font_locator"
    message = "{where}: {found}; expected {expected}"
    message_vi = "{where}: chữ Việt bị nhảy phông vì gợi ý chữ Đông Á (w:hint): {found}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        first: ParaInfo | None = None
        for paragraph, run in _text_runs(ctx.info):
            if run.hint != "eastAsia" or not _SHARED.search(run.text):
                continue
            first = first or paragraph
            eastern = run.fonts.get("eastAsia", "")
            latin = run.fonts.get("ascii") or run.fonts.get("hAnsi") or ""
            if _squash(eastern) != _squash(latin):
                yield self.fail(
                    where(paragraph),
                    f"«{run.text.strip()[:30]}» has an East-Asian hint: its Vietnamese letters "
                    f"are drawn in {_describe_font(eastern)}, the rest in «{latin}»",
                    "one font for the whole word",
                )
        if first is None:
            yield self.skip("no Vietnamese text carries an East-Asian hint")
        else:
            yield self.ok(where(first))


class ThemeFontReference(PageFamilyRule):
    """The Latin fonts are named, not taken from the document theme.

    The font is fixed by the standard (Phụ lục I, Phần I, Mục I, khoản 4). A run whose
    ``w:ascii``/``w:hAnsi`` font comes from a theme reference (``w:asciiTheme="minorHAnsi"``,
    Word's default for new documents) follows the theme: the same file prints in Calibri,
    Aptos or Times New Roman depending on the theme it carries or is given. Reported as a
    warning on every printed run whose Latin font comes from the theme.

    Wrong: `<w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/>`

    Right: `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" …/>`
    """

    code = "FT006"
    name = "theme-font-reference"
    severity = Severity.WARNING
    source = "page.font_locator"
    message = "{where}: {found}; expected {expected}"
    message_vi = "{where}: phông chữ lấy theo chủ đề của tệp: {found}; quy định {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        first: ParaInfo | None = None
        for paragraph in _printed(ctx.info):
            runs = paragraph.text_runs()
            if not runs:
                continue
            first = first or paragraph
            bad = next((r for r in runs if _latin_from_theme(r)), None)
            if bad is not None:
                place = where(paragraph)
                font = bad.fonts.get("ascii") or bad.fonts.get("hAnsi")
                yield self.fail(
                    place,
                    f"«{bad.text.strip()[:30]}» takes its font from the theme "
                    f"({_describe_font(font)})",
                    f"the font named in the run or its style ({ctx.standard.page.font})",
                )
        if first is None:
            yield self.skip("no printed text")
        else:
            yield self.ok(where(first))


def _latin_from_theme(run: RunInfo) -> bool:
    """Whether the run's Latin font comes from a theme reference (stage 1 flags the run)."""
    if not run.theme_fonts:
        return False
    for slot in ("ascii", "hAnsi"):
        font = run.fonts.get(slot)
        if font and font not in run.style_fonts:
            return True
    return False


def _near(colour: str, wanted: str) -> bool:
    try:
        found = bytes.fromhex(colour)
        target = bytes.fromhex(wanted)
    except ValueError:
        return False
    return len(found) == len(target) == 3 and all(
        abs(a - b) <= 0x20 for a, b in zip(found, target, strict=True)
    )


class TextNotBlack(PageFamilyRule):
    """The text is black.

    The font is Times New Roman, "màu đen" — black (Phụ lục I, Phần I, Mục I, khoản 4); the
    colour is read from the standard's table. Every printed run with visible characters is
    checked; "automatic" and colours within a few shades of black are accepted. Red
    placeholders, grey notes, blue hyperlinks and white (hidden) characters are reported.
    Applies under Decree 30/2020.

    Wrong: `<w:color w:val="FF0000"/>` on «{{noi_nhan}}»

    Right: `<w:color w:val="000000"/>` or `<w:color w:val="auto"/>`
    """

    code = "FT007"
    name = "text-not-black"
    source = "page.font_locator"
    standards = ("nd30-2020",)
    message = "{where}: {found}; expected {expected}"
    message_vi = "{where}: chữ không có màu đen: {found}; quy định {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        wanted = ctx.standard.page.color.upper()
        first: ParaInfo | None = None
        for paragraph in _printed(ctx.info):
            runs = paragraph.text_runs()
            if not runs:
                continue
            first = first or paragraph
            bad = next(
                (
                    r
                    for r in runs
                    if r.color and r.color.lower() != "auto" and not _near(r.color.upper(), wanted)
                ),
                None,
            )
            if bad is not None:
                place = where(paragraph)
                yield self.fail(
                    place,
                    f"«{bad.text.strip()[:30]}» is coloured #{(bad.color or '').upper()}",
                    f"black (#{wanted})",
                )
        if first is None:
            yield self.skip("no printed text")
        else:
            yield self.ok(where(first))


# ----------------------------------------------------------------------------- legacy fonts

_TCVN3_FONT = re.compile(r"^\s*\.vn", re.IGNORECASE)
_VNI_FONT = re.compile(r"^\s*vni[-_ ]", re.IGNORECASE)


def _legacy_kind(name: str) -> str | None:
    if _TCVN3_FONT.match(name):
        return "TCVN3"
    if _VNI_FONT.match(name):
        return "VNI"
    return None


class _LegacyFontRule(PageFamilyRule):
    """Base of the two rules on legacy Vietnamese fonts applied to text.

    Wrong: a legacy 8-bit font on printed text.

    Right: a Unicode font.
    """

    abstract: ClassVar[bool] = True
    kind: ClassVar[str]
    source = "page.font_locator"
    message = "{where}: {found}; expected {expected}"
    message_vi = "{where}: dùng phông chữ cũ, không phải Unicode: {found}; quy định {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        facts = _facts(ctx.info)
        first: ParaInfo | None = None
        for paragraph in facts.printed:
            runs = paragraph.text_runs()
            if not runs:
                continue
            first = first or paragraph
            for run in runs:
                fonts = facts.slots(run).values()
                legacy = [f for f in fonts if _legacy_kind(f) == self.kind]
                if legacy:
                    yield self.fail(
                        where(paragraph),
                        f"«{run.text.strip()[:30]}» is set in the {self.kind} font «{legacy[0]}»",
                        f"a Unicode font ({ctx.standard.page.font}, TCVN 6909:2001)",
                    )
                    break
        if first is None:
            yield self.skip("no printed text")
        else:
            yield self.ok(where(first))


class TcvnFontOnText(_LegacyFontRule):
    """No text is set in a TCVN3 (ABC) font such as .VnTime.

    The font uses the Unicode character set of TCVN 6909:2001 (Phụ lục I, Phần I, Mục I,
    khoản 4). The TCVN3/ABC fonts — ``.VnTime``, ``.VnTimeH`` (capitals), ``.VnArial``,
    ``.VnFree``… — are 8-bit fonts: the file stores "Céng hßa x· héi" and only the font makes
    it look Vietnamese. On a computer without the font, or after a copy into another
    program, the text is garbage. Checked on the font that actually draws each printed run.

    Wrong: `<w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/>` on «Céng hßa x· héi»

    Right: `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" …/>` on
    «Cộng hòa xã hội»
    """

    code = "FT008"
    name = "tcvn3-font-on-text"
    kind = "TCVN3"


class VniFontOnText(_LegacyFontRule):
    """No text is set in a VNI font such as VNI-Times.

    The font uses the Unicode character set of TCVN 6909:2001 (Phụ lục I, Phần I, Mục I,
    khoản 4). The VNI fonts (``VNI-Times``, ``VNI-Helve``…) are 8-bit fonts: VNI text stores
    "Coäng hoøa xaõ hoäi", and Unicode text set in a VNI font prints with wrong or missing
    letters. Checked on the font that actually draws each printed run.

    Wrong: `<w:rFonts w:ascii="VNI-Times" w:hAnsi="VNI-Times"/>`

    Right: `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" …/>`
    """

    code = "FT009"
    name = "vni-font-on-text"
    kind = "VNI"


class LegacyFontDeclared(PageFamilyRule):
    """The file names no legacy TCVN3 or VNI font, even unused.

    The font uses the Unicode character set of TCVN 6909:2001 (Phụ lục I, Phần I, Mục I,
    khoản 4). A legacy font left in a style, the font table or the formatting of an empty or
    hidden run prints nothing wrong today, but any text later given that style (a new
    paragraph in "Normal", a page number in "Footer") turns into garbage. Reported for
    information; the two rules above report legacy fonts on printed text.

    Wrong: `<w:style w:styleId="Normal">…<w:rFonts w:ascii="VNI-Times" …/>` with every run
    overriding it

    Right: styles and font table name Unicode fonts only
    """

    code = "FT010"
    name = "legacy-font-declared"
    severity = Severity.INFO
    source = "page.font_locator"
    message = "{where}: {found}; expected {expected}"
    message_vi = "{where}: tệp còn khai báo phông chữ cũ (không Unicode): {found}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        names = set(ctx.info.fonts_declared)
        for paragraph in [*ctx.info.paragraphs, *(p for ps in ctx.info.parts.values() for p in ps)]:
            for run in paragraph.runs:
                names.update(run.style_fonts)
                names.update(run.fonts.values())
        legacy = sorted(n for n in names if n and _legacy_kind(n))
        if legacy:
            yield self.fail(
                "styles and font table",
                "legacy fonts named: " + ", ".join(legacy),
                "Unicode fonts only",
            )
        else:
            yield self.ok("styles and font table")


# ----------------------------------------------------------------------------- encoding


class DecomposedText(PageFamilyRule):
    """Vietnamese letters are precomposed (Unicode NFC), not built from combining marks.

    The text uses the Unicode character set of TCVN 6909:2001 (Phụ lục I, Phần I, Mục I,
    khoản 4), whose Vietnamese letters are precomposed ("dựng sẵn"). Unikey's "Unicode tổ
    hợp" and macOS input write a letter as a base letter plus combining marks (NFD): it
    looks the same, but searching, sorting, spell-checking and the document-management
    system treat "Việt" and "Việt" as different words. Reported as a warning.

    Wrong: `Việt Nam` typed as e + U+0323 (dot below) + U+0302 (circumflex): three code
    points

    Right: `Việt Nam` (ệ, U+1EC7: one code point)
    """

    code = "FT011"
    name = "text-not-nfc"
    severity = Severity.WARNING
    source = "page.font_locator"
    message = "{where}: {found}; expected {expected}"
    message_vi = "{where}: chữ Việt dạng Unicode tổ hợp: {found}; quy định Unicode dựng sẵn (NFC)"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        first: ParaInfo | None = None
        for paragraph in _printed(ctx.info):
            text = paragraph.text
            if not text.strip():
                continue
            first = first or paragraph
            if unicodedata.is_normalized("NFC", text):
                continue
            at = next(i for i, c in enumerate(text) if unicodedata.combining(c))
            start = text.rfind(" ", 0, at) + 1
            end = text.find(" ", at)
            sample = text[start : end if end >= 0 else len(text)]
            yield self.fail(
                where(paragraph),
                f"combining marks (Unicode tổ hợp) in «{unicodedata.normalize('NFC', sample)}»",
                "precomposed letters (Unicode dựng sẵn, NFC)",
            )
        if first is None:
            yield self.skip("no printed text")
        else:
            yield self.ok(where(first))


_VIETNAMESE_LATIN1 = set("ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý")
_HARMLESS_LATIN1 = set("\u00a0°«»ÐðŠ")
_VIETNAMESE_ONLY = re.compile(r"[ĂăĐđƠơƯưĨĩŨũ\u1ea0-\u1ef9]")


def _legacy_bytes(text: str) -> list[str]:
    """The characters of ``text`` that betray TCVN3 or VNI bytes read as Windows-1252."""
    return [
        c
        for c in text
        if "\u00a0" <= c <= "\u00ff" and c not in _VIETNAMESE_LATIN1 and c not in _HARMLESS_LATIN1
    ]


def reads_as_legacy(text: str) -> bool:
    """Whether Unicode ``text`` reads as TCVN3/VNI bytes (văn bản mã cũ): the FT012 test.

    Latin-1 letters that no Vietnamese word uses, in number; :func:`vnadmin_docs.fix`
    converts the paragraphs it finds.
    """
    letters = sum(1 for c in text if c.isalpha())
    if letters < 6 or _VIETNAMESE_ONLY.search(text):
        return False
    odd = _legacy_bytes(text)
    return len(odd) >= 3 and len(odd) >= 0.08 * letters


class LegacyEncodedText(PageFamilyRule):
    """The text is Unicode, not TCVN3 or VNI bytes.

    The text uses the Unicode character set of TCVN 6909:2001 (Phụ lục I, Phần I, Mục I,
    khoản 4). Text typed with a TCVN3 or VNI keyboard, or converted badly, stores Vietnamese
    as 8-bit codes that read as Western letters: "Céng hßa x· héi" (TCVN3) or "Coäng hoøa
    xaõ hoäi" (VNI). A paragraph is reported when it has no letter proper to Vietnamese
    Unicode (ă, đ, ơ, ư, ạ…) and many Western letters and signs that Vietnamese never uses
    (ß, Ü, ·, ä, ø, …). Checked on every printed paragraph, whatever its font.

    Wrong: `Céng hßa x· héi chñ nghÜa ViÖt Nam`

    Right: `Cộng hòa xã hội chủ nghĩa Việt Nam`
    """

    code = "FT012"
    name = "legacy-encoded-text"
    source = "page.font_locator"
    message = "{where}: {found}; expected {expected}"
    message_vi = "{where}: văn bản mang mã TCVN3/VNI, không phải Unicode: {found}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        first: ParaInfo | None = None
        for paragraph in _printed(ctx.info):
            text = paragraph.text
            if not text.strip():
                continue
            first = first or paragraph
            stored = "".join(run.legacy_text or run.text for run in paragraph.runs)
            if any(run.legacy for run in paragraph.runs):  # stage 1 converted legacy bytes
                encodings = sorted({run.legacy for run in paragraph.runs if run.legacy})
                yield self.fail(
                    where(paragraph),
                    f"text stored in {', '.join(encodings)} bytes («{stored.strip()[:30]}»)",
                    "Vietnamese in Unicode (TCVN 6909:2001)",
                )
            elif not text.isascii() and reads_as_legacy(text):
                odd = "".join(dict.fromkeys(_legacy_bytes(text)))
                yield self.fail(
                    where(paragraph),
                    f"text that reads like TCVN3/VNI bytes (characters {odd[:12]})",
                    "Vietnamese in Unicode (TCVN 6909:2001)",
                )
        if first is None:
            yield self.skip("no printed text")
        else:
            yield self.ok(where(first))


_ETH = re.compile("[Ðð]")


class EthInsteadOfDStroke(PageFamilyRule):
    """The letter Đ/đ is U+0110/U+0111, not the Icelandic eth Ð/ð.

    The text uses the Vietnamese Unicode character set of TCVN 6909:2001 (Phụ lục I, Phần I,
    Mục I, khoản 4). Some converters and keyboards write the Icelandic letter eth, Ð (U+00D0)
    or ð (U+00F0), for Đ/đ: it prints almost the same, but "ÐỒNG" is not "ĐỒNG" to a search,
    a sort or the document-management system. Reported as a warning.

    Wrong: `ÐỒNG THÁP` (U+00D0)

    Right: `ĐỒNG THÁP` (U+0110)
    """

    code = "FT013"
    name = "eth-instead-of-d-stroke"
    severity = Severity.WARNING
    source = "page.font_locator"
    message = "{where}: {found}; expected {expected}"
    message_vi = "{where}: chữ Đ/đ sai mã: {found}; quy định {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        first: ParaInfo | None = None
        for paragraph in _printed(ctx.info):
            text = paragraph.text
            if not text.strip():
                continue
            first = first or paragraph
            at = _ETH.search(text)
            if at is not None:
                word = " ".join(text[max(0, at.start() - 10) : at.start() + 10].split())
                yield self.fail(
                    where(paragraph),
                    f"the eth {at.group()} (U+{ord(at.group()):04X}) in «{word}»",
                    "Đ (U+0110) / đ (U+0111)",
                )
        if first is None:
            yield self.skip("no printed text")
        else:
            yield self.ok(where(first))


# ----------------------------------------------------------------------------- page numbers


class _NumberRule(PageFamilyRule):
    """Base of the page-number rules.

    Wrong: page numbers against the standard's page-numbering row.

    Right: as the row says.
    """

    abstract: ClassVar[bool] = True
    source = "page_numbers.locator"
    message = "{where}: {found}; expected {expected}"
    message_vi = "{where}: {found}; quy định {expected}"


_PLACE_NAMES = {"header": "in the header (đầu trang)", "footer": "in the footer (chân trang)"}


def _describe_position(position: str) -> str:
    place, _, align = position.partition("-")
    where_ = {"header": "in the top margin (header)", "footer": "in the bottom margin (footer)"}
    return f"{where_.get(place, place)}, {align or 'centre'}"


class PageNumbersMissing(_NumberRule):
    """A document of more than one page numbers its pages.

    Pages are numbered from 1 in Arabic digits (Phụ lục I, Phần I, Mục I, khoản 7). The rule
    looks for a PAGE field in any header or footer and reports a document of two or more
    pages that has none. The page count is the one the saving application recorded in
    ``docProps/app.xml``; without it, it is estimated from the text. A one-page document is
    not evaluated.

    Wrong: a three-page dispatch with no header or footer

    Right: a PAGE field in the header (Decree 30/2020) or the footer (Circular 01/2011)
    """

    code = "PN001"
    name = "page-numbers-missing"
    message = "{where}: {found}; expected {expected}"
    message_vi = "{where}: văn bản nhiều trang không đánh số trang; quy định {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        multi, count = page_count(ctx.info)
        if not multi:
            yield self.skip(f"one page ({count}): no page number is needed")
            return
        fields = [
            p for ps in ctx.info.parts.values() for p in ps if _has_page_field(p)
        ]  # fmt: skip
        if fields:
            yield self.ok(where(fields[0], "Số trang"))
        else:
            yield self.fail(
                f"document ({count})",
                "no page number (no PAGE field in any header or footer)",
                f"page numbers {_describe_position(ctx.standard.page_numbers.position)}",
            )


class PageNumberNotShown(_NumberRule):
    """The page number sits in a header or footer Word prints.

    Pages are numbered (Phụ lục I, Phần I, Mục I, khoản 7). A PAGE field only in an even-page
    header or footer, while "different odd and even pages" is off, or only in the first-page
    one, is never printed on the following pages: Word shows no number although the file has
    one. Seen in real files (a framed number in an unused even footer). A one-page document
    is not evaluated.

    Wrong: the PAGE field in `footer1.xml` referenced as `w:type="even"`, with no
    `w:evenAndOddHeaders` in the settings

    Right: the PAGE field in the default header (`w:type="default"`)
    """

    code = "PN002"
    name = "page-number-never-shown"
    message = "{where}: {found}; expected {expected}"
    message_vi = "{where}: số trang chỉ nằm ở đầu/chân trang không được in ({found})"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        numbers = _numbers(ctx.info)
        if not numbers:
            yield self.skip("no page-number field (see page-numbers-missing)")
            return
        multi, count = page_count(ctx.info)
        if not multi:
            yield self.skip(f"one page ({count})")
            return
        shown = [n for n in numbers if _shown_after_first(ctx.info, n)]
        if shown:
            yield self.ok(_number_place(shown[0]))
            return
        parts = ", ".join(sorted({f"{n.kind} {n.place} {n.part}" for n in numbers}))
        yield self.fail(
            _number_place(numbers[0]),
            f"the only PAGE fields are in parts Word does not print on pages 2 onwards ({parts})",
            "the PAGE field in the default header or footer",
        )


class PageNumberMisplaced(_NumberRule):
    """The page number is where the standard puts it: header under Decree 30/2020.

    Decree 30/2020 sets the page number centred in the top margin (Phụ lục I, Phần I, Mục I,
    khoản 7); Circular 01/2011 set it at the bottom right (Điều 15). The position is read
    from the standard's table, and every printed PAGE field is checked: one in the footer
    under Decree 30/2020, or in the header under Circular 01/2011, is misplaced. (The
    alignment of the number inside its header or footer is a typography rule of its own.)

    Wrong: under Decree 30/2020, `PAGE` in `footer1.xml`, right-aligned

    Right: `PAGE` in `header1.xml`, centred
    """

    code = "PN003"
    name = "page-number-misplaced"
    message = "{where}: the page number is {found}; expected {expected}"
    message_vi = "{where}: số trang đặt ở {found}; quy định {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        numbers = _distinct(_shown_numbers(ctx.info))
        if not numbers:
            yield self.skip("no page number is printed")
            return
        wanted = ctx.standard.page_numbers.position.partition("-")[0]
        expected = _describe_position(ctx.standard.page_numbers.position)
        for number in numbers:
            if number.place == wanted:
                yield self.ok(_number_place(number))
            else:
                yield self.fail(_number_place(number), _PLACE_NAMES[number.place], expected)


class PageNumberOnFirstPage(_NumberRule):
    """Page 1 shows no page number.

    "Không hiển thị số trang thứ nhất": the first page is counted but shows no number
    (Phụ lục I, Phần I, Mục I, khoản 7). In Word this takes "different first page"
    (``w:titlePg``) with a first-page header and footer that have no PAGE field. Not
    evaluated when the document has no page numbers, or where the standard lets page 1 show
    its number.

    Wrong: a PAGE field in the default header and no `<w:titlePg/>`

    Right: `<w:titlePg/>` and an empty first-page header
    """

    code = "PN004"
    name = "page-number-on-first-page"
    message = "{where}: {found}; expected {expected}"
    message_vi = "{where}: trang thứ nhất hiển thị số trang ({found})"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        if ctx.standard.page_numbers.first_page_shown:
            yield self.skip(f"{ctx.standard.title} shows the number on page 1")
            return
        numbers = _numbers(ctx.info)
        if not numbers:
            yield self.skip("no page-number field in the document")
            return
        first = ctx.info.sections[0]
        kind = "first" if first.title_page else "default"
        on_first = [n for n in numbers if n.section == 0 and n.kind == kind]
        if on_first:
            reason = (
                "the first-page part has a PAGE field"
                if first.title_page
                else "no different first page (w:titlePg), so the default part prints on it"
            )
            yield self.fail(
                _number_place(on_first[0]),
                f"page 1 shows its number: {reason}",
                "no number on page 1",
            )
        else:
            yield self.ok("first page")


class PageNumberingNotFromOne(_NumberRule):
    """Page numbering starts from 1.

    Pages are numbered from 1 (Phụ lục I, Phần I, Mục I, khoản 7): page 1 counts even though
    it shows no number, so the second page shows 2. A first section that starts its
    numbering at 0 (to make the second page show 1) or at any other number breaks this.

    Wrong: `<w:pgNumType w:start="0"/>` in the first section

    Right: no `w:start`, or `<w:pgNumType w:start="1"/>`
    """

    code = "PN005"
    name = "page-numbering-not-from-one"
    message = "{where}: {found}; expected {expected}"
    message_vi = "{where}: số trang không bắt đầu từ 1 ({found})"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        if not _numbers(ctx.info):
            yield self.skip("no page-number field in the document")
            return
        start = ctx.info.sections[0].page_start
        place = _section_place(ctx.info, 0)
        if start in (None, 1):
            yield self.ok(place)
        else:
            yield self.fail(place, f"numbering starts at {start}", "numbering from 1")


_APPENDIX_LABEL = re.compile(r"^(PHỤ LỤC|Phụ lục)(\s+(số\s+)?[0-9IVXLC]+[a-z]?\b.*)?$")


class AppendixNumberingNotRestarted(_NumberRule):
    """Each appendix numbers its pages from 1 again.

    "Số trang của Phụ lục được đánh số riêng theo từng Phụ lục" (Phụ lục I, Phần I, Mục III,
    khoản 1.đ): each appendix has its own page numbers. In Word that takes a section per
    appendix whose numbering restarts at 1 (``<w:pgNumType w:start="1"/>``). The rule looks
    at each appendix found after the signature whose label reads "Phụ lục" with a number
    (template labels such as "Phụ lục …1..." are skipped) and reports one that shares a
    section with the main text or another appendix, or whose section continues the
    numbering. Not evaluated when the standard does not ask for it or no page number is
    printed.

    Wrong: "Phụ lục I" after a page break in the section of the main text

    Right: "Phụ lục I" opening a new section with `<w:pgNumType w:start="1"/>`
    """

    code = "PN006"
    name = "appendix-numbering-not-restarted"
    message = "{where}: {found}; expected {expected}"
    message_vi = "{where}: phụ lục không được đánh số trang riêng ({found})"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        if not ctx.standard.page_numbers.restart_per_appendix:
            yield self.skip(f"{ctx.standard.title} does not number appendices separately")
            return
        labels = [
            a.label
            for a in ctx.layout.attachments
            if a.label is not None
            and a.label.table is None
            and _APPENDIX_LABEL.match(a.label.visible_text)
        ]
        if not labels:
            yield self.skip("no appendix (Phụ lục) found after the signature")
            return
        if not _shown_numbers(ctx.info):
            yield self.skip("no page number is printed")
            return
        closing = [*ctx.layout.signature_title, ctx.layout.signer, *ctx.layout.distribution]
        main = max((p.section for p in closing if p is not None), default=0)
        taken = {main}
        for label in labels:
            place = where(label, "Phụ lục")
            section = ctx.info.sections[min(label.section, len(ctx.info.sections) - 1)]
            if label.section in taken:
                yield self.fail(
                    place,
                    f"the appendix shares section {label.section + 1} with the text before "
                    "it, so its pages continue that numbering",
                    "a new section numbered from 1",
                )
            elif section.page_start != 1:
                found = (
                    "its section continues the numbering"
                    if section.page_start is None
                    else f"its section starts at {section.page_start}"
                )
                yield self.fail(place, found, "numbering restarted at 1")
            else:
                yield self.ok(place)
            taken.add(label.section)


_FORMAT_SWITCH = re.compile(r"\\\*\s*(\w+)")
_NOT_ARABIC = {"roman", "alphabetic", "cardtext", "ordtext", "ordinal", "hex", "dollartext"}


class PageNumberNotArabic(_NumberRule):
    r"""Page numbers are Arabic digits.

    Pages are numbered "bằng chữ số Ả Rập" (Phụ lục I, Phần I, Mục I, khoản 7). The rule reads
    the format switch of each printed PAGE field: ``\* roman``, ``\* ROMAN``,
    ``\* alphabetic``, ``\* CardText`` and the like print i, II, b or "two".

    Wrong: `PAGE \* ROMAN` (prints II)

    Right: `PAGE` or `PAGE \* MERGEFORMAT` (prints 2)
    """

    code = "PN007"
    name = "page-number-not-arabic"
    message = "{where}: {found}; expected {expected}"
    message_vi = "{where}: số trang không bằng chữ số Ả Rập ({found})"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        numbers = _distinct(_shown_numbers(ctx.info))
        if not numbers:
            yield self.skip("no page number is printed")
            return
        for number in numbers:
            switches = [
                m.group(1)
                for f in number.paragraph.fields
                if f.split()[:1] and f.split()[0].upper() == "PAGE"
                for m in _FORMAT_SWITCH.finditer(f)
            ]
            bad = [s for s in switches if s.lower() in _NOT_ARABIC]
            if bad:
                yield self.fail(_number_place(number), f"the format \\* {bad[0]}", "Arabic digits")
            else:
                yield self.ok(_number_place(number))


class PageNumberWithExtraText(_NumberRule):
    """The page number stands alone, without words or dashes.

    The page number is the number itself, in Arabic digits (Phụ lục I, Phần I, Mục I,
    khoản 7): "Trang 2", "2/5", "- 2 -" or a page count are not the standard's form. The rule
    reads the text Word last displayed in each printed page-number paragraph, and any
    NUMPAGES field. Reported as a warning.

    Wrong: `Trang 2/5`, `- 2 -`

    Right: `2`
    """

    code = "PN008"
    name = "page-number-with-extra-text"
    severity = Severity.WARNING
    message = "{where}: {found}; expected {expected}"
    message_vi = "{where}: số trang kèm chữ hoặc dấu ({found}); chỉ ghi số trang"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        numbers = _distinct(_shown_numbers(ctx.info))
        if not numbers:
            yield self.skip("no page number is printed")
            return
        for number in numbers:
            paragraph = number.paragraph
            extra = "".join(c for c in paragraph.text if not c.isspace() and not c.isdigit())
            counts = any(f.split()[:1] == ["NUMPAGES"] for f in paragraph.fields)
            if extra or counts:
                found = f"«{paragraph.visible_text}»" if extra else "a page count (NUMPAGES)"
                yield self.fail(_number_place(number), found, "the page number alone")
            else:
                yield self.ok(_number_place(number))


# ----------------------------------------------------------------------------- ô 13, contact

CONTACT_RULE_TOLERANCE_MM = 1.0
"""How far the rule above the contact lines may be from the text width (the issue's ±1 mm)."""
_CONTACT = re.compile(
    r"(?:^|[\s;,.(])(?:ĐT|Điện thoại|Tel|Fax|E-?mail|Website|Địa chỉ)\s*:", re.IGNORECASE
)
"""A label of the contact lines (ô 13): «ĐT:», «E-mail:», «Website:», «Địa chỉ:» …"""


def _is_contact(paragraph: ParaInfo) -> bool:
    return _CONTACT.search(paragraph.visible_text) is not None


def _contact_parts(info: DocxInfo) -> dict[str, list[ParaInfo]]:
    """Header and footer parts that hold contact lines → those paragraphs."""
    found: dict[str, list[ParaInfo]] = {}
    for part in sorted({p for refs in _refs(info) for p in refs.values()}):
        lines = [p for p in _part_paragraphs(info, part) if _is_contact(p)]
        if lines:
            found[part] = lines
    return found


def _section_is_long(info: DocxInfo, index: int) -> tuple[bool, str]:
    """Whether a section runs over more than one page, and how that is known."""
    if len(info.sections) == 1 and info.pages:
        return info.pages > 1, f"{info.pages} page(s) recorded in the file"
    pages = section_pages(info)
    estimate = pages[index] if index < len(pages) else 0.0
    return estimate > MULTI_PAGE_ESTIMATE, f"about {estimate:.1f} page(s), estimated"


class ContactNotOnFirstPageOnly(PageFamilyRule):
    """The contact lines (ô 13) print on the first page of the main text only.

    "Địa chỉ cơ quan, tổ chức; thư điện tử; trang thông tin điện tử; số điện thoại; số Fax
    … được trình bày tại ô số 13 … ở trang thứ nhất của văn bản, dưới một đường kẻ nét liền
    kéo dài hết chiều ngang của vùng trình bày văn bản" (Phụ lục I, Phần I, Mục III, khoản
    4). In a header or footer they print wherever that part is used: the rule follows Word's
    references section by section (a section that names no footer of a kind inherits the
    previous section's) and fails when the contact lines reach a page other than the main
    text's first: a default footer of a main text of more than one page, an even-page
    footer, or any footer of a later section (an appendix), its first page's included.

    Wrong: the contact block in the default footer (on every page); an appendix section with
    "different first page" and no first footer of its own (it inherits the main text's)

    Right: the contact block in the main text's first-page footer; each appendix pointing at
    an empty first-page footer
    """

    code = "PG008"
    name = "contact-block-outside-first-page"
    component = "contact"
    message = "{where}: {found}; expected {expected}"
    message_vi = "{where}: {found}; yêu cầu {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        info = ctx.info
        parts = _contact_parts(info)
        if not parts:
            yield self.skip("no contact lines (ô 13) in a header or footer")
            return
        expected = "the contact lines on the main text's first page only"
        for index, (section, refs) in enumerate(zip(info.sections, _refs(info), strict=True)):
            kinds = _shown_kinds(info, section)
            for (place, kind), part in sorted(refs.items()):
                if kind not in kinds or part not in parts:
                    continue
                where_ = where(parts[part][0], f"Địa chỉ, liên hệ ({kind} {place})")
                label = {"first": "first-page", "default": "default", "even": "even-page"}[kind]
                if index > 0:
                    pages = "its first page" if kind == "first" else "its pages"
                    yield self.fail(where_, f"in the {label} {place} of section {index + 1}, "
                                    f"printed on {pages}", expected)  # fmt: skip
                elif kind == "first":
                    yield self.ok(where_)
                else:
                    long, how = _section_is_long(info, index)
                    if long:
                        yield self.fail(where_, f"in the {label} {place}, printed on every "
                                        f"page of the main text ({how})", expected)  # fmt: skip
                    else:
                        yield self.ok(where_)


class ContactRuleNotFullWidth(PageFamilyRule):
    """The rule above the contact lines (ô 13) runs the whole text width.

    The contact lines stand "dưới một đường kẻ nét liền kéo dài hết chiều ngang của vùng
    trình bày văn bản" (Phụ lục I, Phần I, Mục III, khoản 4): a solid rule the whole width of
    the text area (the standard's ``contact_rule`` row, ``spans="text_area"``). The rule is
    read as the top border of the first contact line, the bottom border of the paragraph
    above it, a line shape or typed underscores there, and compared with the text width of
    the section whose footer it is (±1 mm).

    Wrong: the contact lines with no rule above them; a 60 mm rule over them

    Right: a top border over the contact paragraph, whose indents are 0: 165 mm on A4 with
    30 and 15 mm margins
    """

    code = "PG009"
    name = "contact-rule-not-full-width"
    component = "contact"
    message = "{where}: the rule above the contact lines is {found}; expected {expected}"
    message_vi = "{where}: đường kẻ trên dòng địa chỉ {found}; quy định {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        info = ctx.info
        parts = _contact_parts(info)
        if not parts:
            yield self.skip("no contact lines (ô 13) in a header or footer")
            return
        try:
            row = ctx.standard.rule("contact_rule")
        except KeyError:
            yield self.skip(f"{ctx.standard.title} has no rule above the contact lines")
            return
        users: dict[str, int] = {}
        for index, refs in enumerate(_refs(info)):
            for part in refs.values():
                users.setdefault(part, index)
        for part, lines in parts.items():
            section = info.sections[users.get(part, 0)]
            wanted = section.text_width * row.fraction.default / TWIPS_PER_MM
            expected = f"{wanted:.1f} mm, the whole text width (±{CONTACT_RULE_TOLERANCE_MM:g} mm)"
            first = lines[0]
            place = where(first, "Địa chỉ, liên hệ")
            found = _contact_rule_mm(info, _part_paragraphs(info, part), first, section)
            if found is None:
                yield self.fail(place, "missing", expected)
            elif abs(found[0] - wanted) <= CONTACT_RULE_TOLERANCE_MM + 1e-6:
                yield self.ok(place)
            else:
                yield self.fail(place, f"{found[0]:.1f} mm ({found[1]})", expected)


def _contact_rule_mm(
    info: DocxInfo, story: list[ParaInfo], first: ParaInfo, section: SectionInfo
) -> tuple[float, str] | None:
    """The length of the rule over the contact lines and how it is drawn, if there is one."""
    width = section.text_width

    def across(p: ParaInfo) -> float:
        return max(width - p.left - p.right, 0) / TWIPS_PER_MM

    at = next((i for i, p in enumerate(story) if p is first), None)
    above = story[at - 1] if at else None
    if first.borders.get("top"):
        return across(first), "a top border"
    lines = [s for s in first.shapes if s.kind in ("line", "connector") and s.height_mm < 3]
    if above is not None:
        if above.borders.get("bottom"):
            return across(above), "a bottom border of the paragraph above"
        lines += [s for s in above.shapes if s.kind in ("line", "connector") and s.height_mm < 3]
        text = above.visible_text
        if text and set(text) <= set("_ ") and len(text) >= 3:
            size = float(above.size or 12.0)
            return text_width_pt(text, size, bold=bool(above.bold)) * 25.4 / 72, "underscores"
    if lines:
        return max(s.width_mm for s in lines), "a line shape"
    return None
