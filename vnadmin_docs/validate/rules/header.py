"""The header block (ô 1–5), the rules under the headings and the marks (ô 10a, 10b, 11).

Codes: HD… for the Quốc hiệu, the Tiêu ngữ, the agency and the places of the number and
date lines; RL… for the horizontal rules (đường kẻ ngang) under the Tiêu ngữ, the agency
name and the subject; MK… for the urgency, confidentiality and circulation marks.

Typography (size, weight, slant, case, alignment) is checked by the FM… rules and is not
repeated here. The rules work on what stage 2 recognised (:mod:`vnadmin_docs.read.components`)
and, where it found nothing, on a narrow scan of the first paragraphs of their own: a
Quốc hiệu typed on the same line as the agency (a header laid out with spaces), a rule
anchored in the spacer row under its text, a number like ``875a/TB-…``. They never fire
when they cannot tell: a Party document, a header typed with spaces where the columns
cannot be told apart, a shape whose position is not read — these are "not evaluated".
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from vnadmin_docs.metrics import text_width_pt, wrap_lines
from vnadmin_docs.models.components import Confidentiality, Urgency
from vnadmin_docs.ooxml.read import DocxInfo, ParaInfo, ShapeInfo
from vnadmin_docs.read.components import near_national_name, subject_paragraphs
from vnadmin_docs.standards import Standard
from vnadmin_docs.validate.engine import Context, Outcome, Rule, Severity, where
from vnadmin_docs.validate.geometry import Anchor, CellGeometry, Geometry, TableGeometry
from vnadmin_docs.validate.typeset import (
    ASCENT_EM,
    MM_PER_PT,
    UNDERSCORE_TOP_EM,
    available_twips,
    border_top_pt,
    cell_content_pt,
    flow_height_pt,
    line_boxes,
    row_height_pt,
    space_after_pt,
    underscore_top,
    upper_space_pt,
)
from vnadmin_docs.vietnamese import nfc, tone_insensitive_key, upper

__all__ = [
    "AgencyMissing",
    "AgencyRuleLength",
    "AgencyRuleMissing",
    "CirculationMisplaced",
    "CirculationNotBoxed",
    "CirculationPushesNationalName",
    "ConfidentialityBoxWrongSize",
    "ConfidentialityMisplaced",
    "ConfidentialityUnknown",
    "HeaderColumnsSwapped",
    "HeaderLineOrphanWord",
    "MarksShareOneBox",
    "MottoDash",
    "MottoHyphenSpacing",
    "MottoMissing",
    "MottoNotUnderName",
    "MottoRuleLength",
    "MottoRuleMissing",
    "MottoWording",
    "NameMissing",
    "NameWording",
    "NameWraps",
    "NumberDateApart",
    "PlaceDateNotUnderName",
    "RuleFloatingShape",
    "RuleGapOutOfRange",
    "RuleNotSolid",
    "RuleOffCentre",
    "RuleTypedCharacters",
    "RuleUnderlinedText",
    "SubjectRuleLength",
    "SubjectRuleMissing",
    "TextCrowdsSubjectRule",
    "UrgencyBoxWrongSize",
    "UrgencyMisplaced",
    "UrgencyNotBoxed",
    "UrgencyUnknown",
]

MM_PER_TWIP = MM_PER_PT / 20
_BODY = "word/document.xml"
_SCAN = 20
"""How many paragraphs from the top are scanned when the recogniser found nothing."""
DASHES = "-‐‑–—−"
HYPHENS = "-‐‑"
"""Characters that are a hyphen (gạch nối): ASCII, U+2010 and Word's non-breaking hyphen."""
_GAP = re.compile(r"\S(?: *\t[ \t]*| {3,}(?! ))\S")
"""Two columns typed on one line, kept apart with tabs or runs of spaces: a white-space run
that holds a tab (spaces may stand on either side, ``TỈNH QUẢNG BÌNH   \t\t\t  Độc lập``)
or three spaces and more. A run of spaces is taken whole (``(?! )``) and the alternatives
are not repeated: ``(?: {3,})+`` cuts a run into runs of three in every way, which takes
exponential time."""
_RULE_CHARS = re.compile(r"^[\s_\-–—.]+$")
_NUMBER = re.compile(r"^\s*S[ốỐ](?:\s*:)?[\w.…\s]*/", re.IGNORECASE)
r"""A number line, ``Số: 875a/TB-ĐHTL``. One white-space run: ``\s*[:.]?\s*[\w.…\s]*`` splits
a long run of spaces three ways in every way (cubic time)."""
_PARTY = tone_insensitive_key("ĐẢNG CỘNG SẢN VIỆT NAM")
_SUPERSCRIPT = (0.58, 0.67)
"""The size of superscript text relative to its run (LibreOffice 58 %, Word about 2/3):
typed rules are often raised as superscript, which stage 1 does not record."""
_CONDENSED_PT = 0.5
"""Condensed character spacing allowed for when measuring the Quốc hiệu: offices condense it
by up to 0.5 pt a letter to keep it on one line, and stage 1 does not read the spacing."""
_SOLID_BORDERS = ("single", "thick")
_TOLERANCE = {"border": 0.03, "shape": 0.05, "underscores": 0.05, "underline": 0.0}
"""Tolerance on a rule's length, as a fraction of the text line, by how it is drawn."""
_SIDES = ("top", "left", "bottom", "right")


def _key(text: str) -> str:
    return tone_insensitive_key(text)


def _raw_lines(paragraph: ParaInfo) -> list[str]:
    return [" ".join(line.split()) for line in paragraph.text.split("\n")]


def _lines(paragraph: ParaInfo) -> list[str]:
    return [line for line in _raw_lines(paragraph) if line]


def _segments(line: str) -> list[str]:
    """The columns of a line typed with tabs or runs of spaces (one item when not)."""
    return [" ".join(s.split()) for s in re.split(r"\t| {3,}", line) if s.strip()]


def _width_mm(text: str, paragraph: ParaInfo, *, bold: bool | None = None) -> float:
    size, weight = _line_font(paragraph, text)
    heavy = weight if bold is None else bold
    return text_width_pt(text, size, bold=heavy) * MM_PER_PT


def _line_font(paragraph: ParaInfo, text: str) -> tuple[float, bool]:
    """The size and weight of most characters of the line of ``paragraph`` holding ``text``.

    A paragraph split by line breaks may hold the Quốc hiệu in 13 pt and the Tiêu ngữ in
    14 pt.
    """
    fallback = (float(paragraph.size or 12.0), bool(paragraph.bold))
    if "\n" not in paragraph.text.strip():
        return fallback
    wanted = " ".join(text.split())[:20]
    start = 0
    for line in paragraph.text.split("\n"):
        end = start + len(line)
        if wanted and wanted in " ".join(line.split()):
            sizes: dict[float, int] = {}
            weights: dict[bool, int] = {}
            position = 0
            for run in paragraph.runs:
                lo, hi = max(start, position), min(end, position + len(run.text))
                count = len(run.text[lo - position : hi - position].strip()) if lo < hi else 0
                if count:
                    size = float(run.size or 12.0)
                    sizes[size] = sizes.get(size, 0) + count
                    weights[run.bold] = weights.get(run.bold, 0) + count
                position += len(run.text)
            if sizes:
                return max(sizes, key=lambda k: sizes[k]), max(weights, key=lambda k: weights[k])
            return fallback
        start = end + 1
    return fallback


def _container_twips(paragraph: ParaInfo, info: DocxInfo) -> int:
    if paragraph.cell_width:
        return paragraph.cell_width
    if info.sections:
        return info.sections[min(paragraph.section, len(info.sections) - 1)].text_width
    return 9355


def _available_mm(paragraph: ParaInfo, info: DocxInfo) -> float:
    """The width a line of the paragraph can take (cell or page, less the indents)."""
    return (_container_twips(paragraph, info) - paragraph.left - paragraph.right) * MM_PER_TWIP


def _same_cell(a: ParaInfo, b: ParaInfo) -> bool:
    return a.table == b.table and a.part == b.part


def _fraction(value: float) -> str:
    for text, number in (("1/3", 1 / 3), ("1/2", 1 / 2), ("5/12", 5 / 12)):
        if abs(value - number) < 1e-6:
            return text
    return f"{value:g}"


def _merge_locators(locators: Sequence[str]) -> str:
    """``…khoản 1.b``, ``…khoản 2.b`` → ``…khoản 1.b, 2.b``."""
    if len(locators) <= 1:
        return "".join(locators)
    prefix = locators[0]
    for other in locators[1:]:
        pairs = zip(prefix, other, strict=False)
        prefix = prefix[: next((i for i, (a, b) in enumerate(pairs) if a != b), len(other))]
    prefix = prefix[: prefix.rfind(" ") + 1] if " " in prefix else ""
    tails = [loc[len(prefix) :] for loc in locators]
    return prefix + ", ".join(tails[:-1]) + " and " + tails[-1]


# ----------------------------------------------------------------------------- the header


@dataclass(slots=True)
class _Name:
    """The Quốc hiệu as found."""

    paragraph: ParaInfo
    text: str
    """The name as written (joined when it wraps onto a second line)."""
    wrapped: str
    """How it wraps: ``""``, ``"a line break"`` or ``"two paragraphs"``."""
    mixed: bool
    """Its line also holds other text (a header typed with spaces)."""
    line: int
    """Its line in the paragraph."""


@dataclass(slots=True)
class _Motto:
    """The Tiêu ngữ as found, split into its phrases and separators."""

    paragraph: ParaInfo
    line: str
    match: re.Match[str]
    mixed: bool
    line_index: int

    @property
    def text(self) -> str:
        return self.match.group(0)

    def phrases(self) -> list[str]:
        return [" ".join(self.match.group(f"p{i}").split()) for i in range(self.match.re.groups)
                if f"p{i}" in self.match.re.groupindex]  # fmt: skip

    def separators(self) -> list[str]:
        return [self.match.group(f"s{i}") for i in range(self.match.re.groups)
                if f"s{i}" in self.match.re.groupindex]  # fmt: skip


@dataclass(slots=True)
class _Header:
    party: bool
    name: _Name | None
    motto: _Motto | None
    number: ParaInfo | None
    agency: list[ParaInfo]
    table: int | None
    """The table the header is laid out in, if any."""
    region: set[int]
    """Indices of the header's paragraphs."""
    date: ParaInfo | None
    """The place-and-date line, when it stands in the header."""
    mixed: bool
    """The header is typed with spaces or tabs: two columns on one line."""


def motto_pattern(standard: Standard) -> re.Pattern[str]:
    phrases = [p.strip() for p in re.split(f"[{DASHES}]", standard.national_motto) if p.strip()]
    parts: list[str] = []
    for index, phrase in enumerate(phrases):
        if index:
            parts.append(rf"(?P<s{index}>\s*[{DASHES}]?\s*)")
        words = r"\s+".join(re.escape(w) for w in nfc(phrase).split())
        parts.append(rf"(?P<p{index}>{words})")
    return re.compile("".join(parts), re.IGNORECASE)


def _find_name(ctx: Context) -> _Name | None:
    full = _key(ctx.standard.national_name)
    start = _key(" ".join(ctx.standard.national_name.split()[:2]))
    paragraphs = ctx.info.paragraphs
    candidates = [ctx.layout.national_name] if ctx.layout.national_name else []
    candidates += [p for p in paragraphs[:_SCAN] if p is not ctx.layout.national_name]
    for p in candidates:
        raw = p.text.split("\n")
        for i, line in enumerate(raw):
            clean = " ".join(line.split())
            if not clean:
                continue
            segments = _segments(line)
            own = next((s for s in segments if _key(s).startswith(start) and len(s) <= 60), None)
            if own is None and p is ctx.layout.national_name:  # misspelt: «CÔNG HÒA …»
                own = next((s for s in segments if near_national_name(s)), None)
            if own is None:
                continue
            if full in _key(own):
                return _Name(p, own, "", len(segments) > 1, i)
            if len(segments) > 1:
                continue
            following = [" ".join(x.split()) for x in raw[i + 1 :] if x.strip()]
            how = "a line break"
            if not following:
                after = paragraphs[p.index + 1] if p.index + 1 < len(paragraphs) else None
                if after is not None and _same_cell(after, p) and _lines(after):
                    following, how = _lines(after), "two paragraphs"
            if following and full in _key(f"{clean} {following[0]}"):
                return _Name(p, f"{clean} {following[0]}", how, False, i)
            return _Name(p, own, "", False, i)
    return None


def _find_motto(ctx: Context, name: _Name | None) -> _Motto | None:
    pattern = motto_pattern(ctx.standard)
    paragraphs = ctx.info.paragraphs
    candidates = [ctx.layout.national_motto] if ctx.layout.national_motto else []
    if name is not None:
        candidates.append(name.paragraph)
    seen = {id(p) for p in candidates}
    candidates += [p for p in paragraphs[:_SCAN] if id(p) not in seen]
    for p in candidates:
        for i, line in enumerate(p.text.split("\n")):
            match = pattern.search(nfc(line))
            if match is None:
                continue
            clean = " ".join(line.split())
            return _Motto(p, clean, match, bool(_GAP.search(line.strip())), i)
    return None


def _single_column_table(info: DocxInfo, table: int) -> bool:
    return all(
        p.table is None or p.table[0] != table or p.table[2] == 0
        for p in info.paragraphs
        if p.part == _BODY
    )


_CACHE: list[tuple[DocxInfo, Standard, _Header]] = []


def header_facts(ctx: Context) -> _Header:
    """What the header rules need, found once per document."""
    if _CACHE and _CACHE[0][0] is ctx.info and _CACHE[0][1] is ctx.standard:
        return _CACHE[0][2]
    layout, paragraphs = ctx.layout, ctx.info.paragraphs
    name = _find_name(ctx)
    motto = _find_motto(ctx, name)
    number = layout.number or next(
        (p for p in paragraphs[:_SCAN] if p.part == _BODY and _NUMBER.match(p.visible_text)), None
    )
    party = name is None and any(_PARTY in _key(p.visible_text) for p in paragraphs[:_SCAN])
    table = next(
        (p.table[0] for p in (name.paragraph if name else None, number, *layout.agency)
         if p is not None and p.table is not None and p.part == _BODY),
        None,
    )  # fmt: skip
    if table is not None:
        region = {
            p.index for p in paragraphs if p.table and p.table[0] == table and p.part == _BODY
        }
    else:
        last = max((p.index for p in (name.paragraph if name else None,
                                      motto.paragraph if motto else None, number)
                    if p is not None), default=-1)  # fmt: skip
        region = set(range(last + 2)) if last >= 0 else set()
    agency = list(layout.agency) or list(layout.parent_agency)
    if not agency and number is not None and number.table is not None:
        agency = [p for p in paragraphs[: number.index]
                  if p.table is not None and p.table[0] == number.table[0]
                  and p.table[2] == number.table[2] and p.visible_text
                  and not _RULE_CHARS.match(p.visible_text)]  # fmt: skip
    if not agency and name is not None and name.paragraph.table is not None:
        here = name.paragraph.table
        stop = number.index if number is not None else len(paragraphs)
        agency = [p for p in paragraphs[:stop]
                  if p.table is not None and p.table[:2] == here[:2] and p.table[2] < here[2]
                  and p.visible_text and not _RULE_CHARS.match(p.visible_text)
                  and not _NUMBER.match(p.visible_text)
                  and not p.visible_text.startswith("V/v")]  # fmt: skip
    bold = [p for p in agency if p.bold]
    if bold and not layout.agency:  # the agency is bold, its parent body (chủ quản) is not
        agency = [p for p in agency if p.index >= bold[0].index]
    date = layout.place_date
    if date is not None and not (date.index in region or (number is not None and date is number)):
        date = None
    mixed = bool(name and name.mixed) or bool(motto and motto.mixed)
    found = _Header(party, name, motto, number, agency, table, region, date, mixed)
    _CACHE[:] = [(ctx.info, ctx.standard, found)]
    return found


def _not_applicable(head: _Header) -> str:
    """Why the header rules do not apply ("" when they do)."""
    if head.party:
        return "a Party document (ĐẢNG CỘNG SẢN VIỆT NAM): not governed by this standard"
    return ""


# ----------------------------------------------------------------------------- rules: header


class NameMissing(Rule):
    """The document has a Quốc hiệu.

    Every administrative document carries the Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
    NAM" at the top right of its first page (Phụ lục I, Phần I, Mục II, khoản 1.a). The rule
    is evaluated when the document shows it is one: a number line (Số, ký hiệu) or an agency
    name was found. Party documents, which put "ĐẢNG CỘNG SẢN VIỆT NAM" there, are not
    governed by the standard and are not evaluated.

    Wrong: a header with the agency and "Số: 12/UBND-VP" and no Quốc hiệu

    Right: `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` at the top right, above the Tiêu ngữ
    """

    code = "HD001"
    name = "national-name-missing"
    component = "national_name"
    message = "{where}: no Quốc hiệu found; expected «{expected}» at the top right of page 1"
    message_vi = "{where}: không thấy Quốc hiệu; phải có «{expected}» ở trên cùng, bên phải trang 1"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        head = header_facts(ctx)
        if reason := _not_applicable(head):
            yield self.skip(reason)
            return
        if head.name is not None:
            yield self.ok(where(head.name.paragraph, "Quốc hiệu"))
            return
        anchor = head.number or (head.agency[0] if head.agency else None)
        if anchor is None:
            yield self.skip("no number line or agency name: not an administrative document")
            return
        yield self.fail(where(anchor, "header"), "none", ctx.standard.national_name)


class NameWording(Rule):
    """The Quốc hiệu reads exactly "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".

    The words of the Quốc hiệu are fixed (Phụ lục I, Phần I, Mục II, khoản 1.a): no
    abbreviation, no missing diacritics, nothing added. The two placements of the tone mark
    in "HÒA"/"HOÀ" are both accepted (the decree's own sample table writes "CỘNG HOÀ"), and
    letter case is left to the typography rule (FM004).

    Wrong: `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIET NAM`, `CỘNG HÒA XHCN VIỆT NAM`

    Right: `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` or `CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM`
    """

    code = "HD002"
    name = "national-name-wrong-words"
    component = "national_name"
    message = "{where}: the Quốc hiệu reads «{found}»; write «{expected}»"
    message_vi = "{where}: Quốc hiệu viết «{found}»; phải viết «{expected}»"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        name = header_facts(ctx).name
        if name is None:
            yield self.skip("no Quốc hiệu found")
            return
        place = where(name.paragraph, "Quốc hiệu")
        if _key(name.text) == _key(ctx.standard.national_name):
            yield self.ok(place)
        else:
            yield self.fail(place, name.text, ctx.standard.national_name)


class NameWraps(Rule):
    """The Quốc hiệu stands on one line.

    The Quốc hiệu is one line of capitals, 12–13 pt bold (Phụ lục I, Phần I, Mục II, khoản
    1.a and the layout diagram, ô 1). It must not be broken by a line break or split over two
    paragraphs, and its cell must be wide enough: the rule measures the line with Times New
    Roman's advance widths at its size and weight and compares it with the cell less the
    paragraph's indents. Cell margins and condensed character spacing are not read by stage
    1, so the check assumes zero cell margins and allows for letters condensed by 0.5 pt each
    (what offices do to keep it on one line; about 6 mm): it misses a cell that is just too
    narrow, but does not fire on one that fits.

    Wrong: `CỘNG HÒA XÃ HỘI` / `CHỦ NGHĨA VIỆT NAM` on two lines; 13 pt bold in a 90 mm cell

    Right: `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` on one line (12 pt bold needs about 88 mm,
    13 pt about 96 mm)
    """

    code = "HD003"
    name = "national-name-wraps"
    component = "national_name"
    message = "{where}: the Quốc hiệu does not fit on one line: {found}; expected {expected}"
    message_vi = "{where}: Quốc hiệu bị xuống dòng: {found}; yêu cầu {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        name = header_facts(ctx).name
        if name is None:
            yield self.skip("no Quốc hiệu found")
            return
        place = where(name.paragraph, "Quốc hiệu")
        if name.wrapped:
            yield self.fail(place, f"broken by {name.wrapped}", "one line")
            return
        if name.mixed:
            yield self.skip("the Quốc hiệu shares its line with other text (typed with spaces)")
            return
        need = _width_mm(name.text, name.paragraph)
        room = _available_mm(name.paragraph, ctx.info)
        if need - len(name.text) * _CONDENSED_PT * MM_PER_PT > room:
            yield self.fail(place, f"{need:.1f} mm of text in {room:.1f} mm", "one line")
        else:
            yield self.ok(place)


class MottoMissing(Rule):
    """A Tiêu ngữ stands under the Quốc hiệu.

    The Tiêu ngữ "Độc lập - Tự do - Hạnh phúc" is centred under the Quốc hiệu (Phụ lục I,
    Phần I, Mục II, khoản 1.b). Evaluated when the Quốc hiệu or a number line was found.

    Wrong: the Quốc hiệu with nothing under it but the rule

    Right: `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` / `Độc lập - Tự do - Hạnh phúc`
    """

    code = "HD004"
    name = "national-motto-missing"
    component = "national_motto"
    message = "{where}: no Tiêu ngữ found; expected «{expected}» under the Quốc hiệu"
    message_vi = "{where}: không thấy Tiêu ngữ; phải có «{expected}» dưới Quốc hiệu"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        head = header_facts(ctx)
        if reason := _not_applicable(head):
            yield self.skip(reason)
            return
        if head.motto is not None:
            yield self.ok(where(head.motto.paragraph, "Tiêu ngữ"))
            return
        anchor = head.name.paragraph if head.name else head.number
        if anchor is None:
            yield self.skip("no Quốc hiệu or number line: not an administrative document")
            return
        yield self.fail(where(anchor, "Quốc hiệu"), "none", ctx.standard.national_motto)


class MottoWording(Rule):
    """The Tiêu ngữ has its three phrases, each capitalised on its first letter only.

    "Độc lập - Tự do - Hạnh phúc": normal case, the first letter of each phrase a capital,
    nothing added (Phụ lục I, Phần I, Mục II, khoản 1.b). The separators are checked by
    HD006 and HD007.

    Wrong: `Độc Lập - Tự Do - Hạnh Phúc`, `ĐỘC LẬP - TỰ DO - HẠNH PHÚC`,
    `Độc lập - Tự do - Hạnh phúc.`

    Right: `Độc lập - Tự do - Hạnh phúc`
    """

    code = "HD005"
    name = "national-motto-wrong-words"
    component = "national_motto"
    message = "{where}: the Tiêu ngữ reads «{found}»; write «{expected}»"
    message_vi = "{where}: Tiêu ngữ viết «{found}»; phải viết «{expected}»"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        motto = header_facts(ctx).motto
        if motto is None:
            yield self.skip("no Tiêu ngữ found")
            return
        place = where(motto.paragraph, "Tiêu ngữ")
        expected = [p.strip() for p in re.split(f"[{DASHES}]", ctx.standard.national_motto)]
        own = " ".join(motto.text.split())
        if not motto.mixed and motto.line.strip(" ") != own:
            yield self.fail(place, motto.line, ctx.standard.national_motto)
        elif [nfc(p) for p in motto.phrases()] != [nfc(p) for p in expected if p]:
            yield self.fail(place, own, ctx.standard.national_motto)
        else:
            yield self.ok(place)


class MottoHyphenSpacing(Rule):
    """The phrases of the Tiêu ngữ are joined by a hyphen with a space on each side.

    "giữa các cụm từ có gạch nối (-), có cách chữ" (Phụ lục I, Phần I, Mục II, khoản 1.b):
    a hyphen between the phrases, with a space before and after it. Decree 30/2020 added
    the spaces to the wording of Circular 01/2011, so this rule applies under the Decree.

    Wrong: `Độc lập-Tự do-Hạnh phúc`, `Độc lập -Tự do- Hạnh phúc`, `Độc lập Tự do Hạnh phúc`

    Right: `Độc lập - Tự do - Hạnh phúc`
    """

    code = "HD006"
    name = "national-motto-hyphens-without-spaces"
    component = "national_motto"
    standards = ("nd30-2020",)
    message = "{where}: the Tiêu ngữ is joined as «{found}»; write «{expected}»"
    message_vi = "{where}: Tiêu ngữ nối các cụm từ thành «{found}»; phải viết «{expected}»"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        motto = header_facts(ctx).motto
        if motto is None:
            yield self.skip("no Tiêu ngữ found")
            return
        place = where(motto.paragraph, "Tiêu ngữ")
        good = re.compile(rf"^\s+[{DASHES}]\s+$")
        if all(good.match(s) for s in motto.separators()):
            yield self.ok(place)
        else:
            yield self.fail(place, " ".join(motto.text.split()), ctx.standard.national_motto)


class MottoDash(Rule):
    """The Tiêu ngữ's phrases are joined by a hyphen, not a dash.

    The decree asks for a hyphen, "gạch nối (-)" (Phụ lục I, Phần I, Mục II, khoản 1.b).
    Word's AutoFormat turns " - " into an en dash " – " as you type, and many offices keep
    it; it prints a longer stroke than the standard's and is not the character the text
    names. A warning, since the words are right.

    Wrong: `Độc lập – Tự do – Hạnh phúc` (en dash U+2013), `Độc lập — Tự do — Hạnh phúc`

    Right: `Độc lập - Tự do - Hạnh phúc` (hyphen)
    """

    code = "HD007"
    name = "national-motto-dash-not-hyphen"
    severity = Severity.WARNING
    component = "national_motto"
    message = "{where}: the Tiêu ngữ uses {found} between its phrases; use {expected}"
    message_vi = "{where}: Tiêu ngữ dùng {found} giữa các cụm từ; phải dùng {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        motto = header_facts(ctx).motto
        if motto is None:
            yield self.skip("no Tiêu ngữ found")
            return
        place = where(motto.paragraph, "Tiêu ngữ")
        dashes = {
            ch for s in motto.separators() for ch in s if ch in DASHES and ch not in HYPHENS
        }
        if dashes:
            names = ", ".join(f"«{ch}» (U+{ord(ch):04X})" for ch in sorted(dashes))
            yield self.fail(place, names, "a hyphen «-»")
        else:
            yield self.ok(place)


class MottoNotUnderName(Rule):
    """The Tiêu ngữ comes right under the Quốc hiệu, single-spaced.

    "Hai dòng chữ Quốc hiệu và Tiêu ngữ được trình bày cách nhau dòng đơn" (Phụ lục I, Phần
    I, Mục II, khoản 1.c): the Tiêu ngữ is the next line after the Quốc hiệu, in the same
    cell, with no empty paragraph between them and no more than single line spacing. This
    wording is the Decree's; the rule applies under it.

    Wrong: an empty paragraph between the Quốc hiệu and the Tiêu ngữ; the Tiêu ngữ at 1.5
    lines

    Right: `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` and, on the next line,
    `Độc lập - Tự do - Hạnh phúc`, both single-spaced
    """

    code = "HD008"
    name = "national-motto-not-under-national-name"
    component = "national_motto"
    standards = ("nd30-2020",)
    message = "{where}: {found}; expected {expected}"
    message_vi = "{where}: {found}; yêu cầu {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        head = header_facts(ctx)
        name, motto = head.name, head.motto
        if name is None or motto is None:
            yield self.skip("no Quốc hiệu and Tiêu ngữ found")
            return
        if name.mixed or motto.mixed:
            yield self.skip("the header is typed with spaces: its lines are shared")
            return
        expected = "the Tiêu ngữ on the next line, single-spaced"
        place = where(motto.paragraph, "Tiêu ngữ")
        last_line = name.line + (1 if name.wrapped == "a line break" else 0)
        if motto.paragraph is name.paragraph:
            between = name.paragraph.text.split("\n")[last_line + 1 : motto.line_index]
            if motto.line_index <= last_line:
                yield self.fail(place, "the Tiêu ngữ stands above the Quốc hiệu", expected)
            elif between:
                yield self.fail(place, f"{len(between)} line(s) between them", expected)
            else:
                yield from self._spacing(place, motto.paragraph, expected)
            return
        start = name.paragraph.index + (1 if name.wrapped == "two paragraphs" else 0)
        between_paragraphs = ctx.info.paragraphs[start + 1 : motto.paragraph.index]
        if motto.paragraph.index <= start or not _same_cell(motto.paragraph, name.paragraph):
            yield self.fail(place, "the Tiêu ngữ is not in the Quốc hiệu's cell under it", expected)
        elif between_paragraphs:
            blank = sum(1 for p in between_paragraphs if not p.visible_text)
            found = (
                f"{blank} empty paragraph(s)"
                if blank == len(between_paragraphs)
                else (f"{len(between_paragraphs)} paragraph(s)")
            )
            yield self.fail(place, f"{found} between the Quốc hiệu and the Tiêu ngữ", expected)
        else:
            yield from self._spacing(place, motto.paragraph, expected)

    def _spacing(self, place: str, motto: ParaInfo, expected: str) -> Iterator[Outcome]:
        if motto.line is not None and motto.line_rule in (None, "auto") and motto.line > 240:
            yield self.fail(place, f"line spacing {motto.line / 240:g} lines", expected)
        else:
            yield self.ok(place)


class AgencyMissing(Rule):
    """The document names its issuing agency.

    The name of the issuing agency (tên cơ quan, tổ chức ban hành văn bản) stands at the top
    left, above the number (Phụ lục I, Phần I, Mục II, khoản 2; ô 2 of the layout diagram).
    Evaluated when a number line was found, or when the header is a table with the Quốc
    hiệu in it; forms and petitions without a number are not evaluated.

    Wrong: a header table whose left column holds only `Số: 12/UBND-VP`

    Right: `ỦY BAN NHÂN DÂN` / `TỈNH KON TUM` above `Số: 12/UBND-VP`
    """

    code = "HD009"
    name = "agency-missing"
    component = "agency"
    message = "{where}: no agency name found above the number; expected {expected}"
    message_vi = (
        "{where}: không thấy tên cơ quan ban hành phía trên số, ký hiệu; yêu cầu {expected}"
    )

    def check(self, ctx: Context) -> Iterator[Outcome]:
        head = header_facts(ctx)
        if reason := _not_applicable(head):
            yield self.skip(reason)
            return
        if head.agency:
            yield self.ok(where(head.agency[0], "Tên cơ quan"))
            return
        anchor = head.number
        if anchor is None and head.name is not None and head.name.paragraph.table is not None:
            anchor = head.name.paragraph
        if anchor is None:
            yield self.skip("no number line and no header table: a form or a petition")
            return
        yield self.fail(where(anchor, "header"), "none", "the issuing agency's name in capitals")


class NumberDateApart(Rule):
    """The place-and-date line stands on the same line as the number.

    "Địa danh và thời gian ban hành văn bản được trình bày trên cùng một dòng với số, ký
    hiệu văn bản" (Phụ lục I, Phần I, Mục II, khoản 4.c): in a header table, the number and
    the date line are in the same row (left and right cells); in a header typed without a
    table, in the same paragraph, kept apart by a tab.

    Wrong: the date line in the row under the number's row; the number in one paragraph and
    the date in the next

    Right: `Số: 12/UBND-VP` in the left cell and `Kon Tum, ngày 05 tháng 3 năm 2021` in the
    right cell of the same row
    """

    code = "HD010"
    name = "number-and-date-not-on-one-line"
    component = "place_date"
    message = "{where}: the date line is {found}; expected {expected}"
    message_vi = "{where}: dòng địa danh, ngày tháng {found}; yêu cầu {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        head = header_facts(ctx)
        number, date = head.number, head.date
        if number is None:
            yield self.skip("no number line found")
            return
        if date is None:
            yield self.skip("no place-and-date line in the header")
            return
        place = where(date, "Địa danh, ngày tháng")
        expected = "on the same line as the number (same table row, or same paragraph)"
        if date is number:
            yield self.ok(place)
        elif date.table is not None and number.table is not None:
            if date.table[:2] == number.table[:2] and date.part == number.part:
                yield self.ok(place)
            else:
                found = f"in row {date.table[1] + 1}, the number in row {number.table[1] + 1}"
                yield self.fail(place, found, expected)
        elif date.part != number.part:
            yield self.skip("the date line is in a text box or frame: its position is not read")
        else:
            yield self.fail(place, "in another paragraph than the number", expected)


class HeaderColumnsSwapped(Rule):
    """In a header table, the agency is in the left column and the Quốc hiệu in the right.

    The Quốc hiệu stands "ở phía trên cùng, bên phải trang đầu tiên" (Phụ lục I, Phần I, Mục
    II, khoản 1.a) and the agency at the top left (khoản 2; ô 1 and ô 2 of the layout
    diagram). A warning: the check reads the table's columns, not the printed positions.

    Wrong: `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` in the left cell, `ỦY BAN NHÂN DÂN` in the
    right cell

    Right: `ỦY BAN NHÂN DÂN` left, `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` right
    """

    code = "HD011"
    name = "header-columns-swapped"
    severity = Severity.WARNING
    component = "national_name"
    message = "{where}: {found}; expected {expected}"
    message_vi = "{where}: {found}; yêu cầu {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        head = header_facts(ctx)
        name = head.name
        if name is None or not head.agency:
            yield self.skip("no Quốc hiệu and agency found")
            return
        here, agency = name.paragraph.table, head.agency[0].table
        if here is None or agency is None or here[0] != agency[0]:
            yield self.skip("the header is not laid out as one table")
            return
        place = where(name.paragraph, "Quốc hiệu")
        if agency[2] < here[2]:
            yield self.ok(place)
        else:
            found = f"the Quốc hiệu in column {here[2] + 1}, the agency in column {agency[2] + 1}"
            yield self.fail(place, found, "the agency on the left, the Quốc hiệu on the right")


class PlaceDateNotUnderName(Rule):
    """The place-and-date line stands under the Quốc hiệu, in its column.

    "địa danh và ngày, tháng, năm được đặt dưới, canh giữa so với Quốc hiệu và Tiêu ngữ"
    (Phụ lục I, Phần I, Mục II, khoản 4.c; ô 4 under ô 1). In a header table the date line
    is in the Quốc hiệu's column; its centring is checked by FM027.

    Wrong: the date line in the left column, under the number

    Right: `Kon Tum, ngày 05 tháng 3 năm 2021` in the right column, under the Tiêu ngữ
    """

    code = "HD012"
    name = "place-date-not-under-national-name"
    component = "place_date"
    message = "{where}: the date line is {found}; expected {expected}"
    message_vi = "{where}: dòng địa danh, ngày tháng {found}; yêu cầu {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        head = header_facts(ctx)
        name, date = head.name, head.date
        if name is None or date is None:
            yield self.skip("no Quốc hiệu and place-and-date line found in the header")
            return
        here = name.paragraph.table
        if here is None or date.table is None or date.table[0] != here[0]:
            yield self.skip("the header is not laid out as one table")
            return
        place = where(date, "Địa danh, ngày tháng")
        if date.table[2] == here[2] and date.index > name.paragraph.index:
            yield self.ok(place)
        else:
            found = f"in column {date.table[2] + 1}, the Quốc hiệu in column {here[2] + 1}"
            yield self.fail(place, found, "under the Quốc hiệu, in its column")


# ----------------------------------------------------------------------------- the rules


@dataclass(slots=True)
class _Line:
    """A horizontal rule under a component, as found."""

    under: str
    method: str
    """``border``, ``shape``, ``underscores`` (any typed characters) or ``underline``."""
    length_mm: float
    paragraph: ParaInfo
    shape: ShapeInfo | None = None
    chars: str = ""

    @property
    def typed(self) -> bool:
        return self.method == "underscores"

    def describe(self) -> str:
        if self.method == "border":
            return "a paragraph border"
        if self.method == "shape":
            kind = "floating" if self.shape is not None and self.shape.floating else "inline"
            return f"an {kind} shape" if kind == "inline" else f"a {kind} shape"
        if self.method == "underline":
            return "underlined text"
        return f"typed {_char_name(self.chars)}"


_UNDER = {"motto_rule": "national_motto", "agency_rule": "agency", "subject_rule": "subject"}
_LABEL = {"motto_rule": "the Tiêu ngữ", "agency_rule": "the agency name",
          "subject_rule": "the subject (trích yếu)"}  # fmt: skip


def _char_name(chars: str) -> str:
    text = chars.strip()
    if "_" in text:
        return f"underscores «{text[:20]}»"
    if "-" in text or "–" in text or "—" in text:
        return f"hyphens «{text[:20]}»"
    return f"characters «{text[:20]}»"


def _shape_lines(paragraph: ParaInfo) -> list[ShapeInfo]:
    return [s for s in paragraph.shapes if s.kind in ("line", "connector") and s.height_mm < 3]


def _below(info: DocxInfo, last: ParaInfo, q: ParaInfo) -> str:
    """Whether ``q`` stands below ``last`` in its column: ``yes``, ``skip`` or ``stop``."""
    if q.part != last.part:
        return "stop"
    if last.table is None:
        return "yes" if q.table is None else "stop"
    if q.table is None:
        return "yes" if _single_column_table(info, last.table[0]) else "stop"
    if q.table[0] != last.table[0]:
        return "stop"
    if q.table[2] != last.table[2]:
        return "skip"
    return "yes" if q.table[1] in (last.table[1], last.table[1] + 1) else "stop"


def _search(info: DocxInfo, under: str, component: Sequence[ParaInfo]) -> _Line | None:
    """Look for a rule under ``component`` where the recogniser does not look."""
    last = component[-1]
    for p in component:
        shapes = _shape_lines(p)
        if shapes:
            longest = max(shapes, key=lambda s: s.width_mm)
            return _Line(under, "shape", longest.width_mm, p, longest)
    for q in info.paragraphs[last.index + 1 : last.index + 12]:
        state = _below(info, last, q)
        if state == "stop":
            return None
        if state == "skip":
            continue
        shapes = _shape_lines(q)
        if shapes:
            longest = max(shapes, key=lambda s: s.width_mm)
            return _Line(under, "shape", longest.width_mm, q, longest)
        text = q.visible_text
        if text and _RULE_CHARS.match(text) and len(text.replace(" ", "")) >= 3:
            size = float(q.size or last.size or 12.0)
            width = text_width_pt(text, size, bold=bool(q.bold)) * MM_PER_PT
            return _Line(under, "underscores", width, q, chars=text)
        if not text and (q.borders.get("top") or q.borders.get("bottom")):
            width = (_container_twips(q, info) - q.left - q.right) * MM_PER_TWIP
            return _Line(under, "border", width, q)
        if text:
            return None
    return None


def rule_line(ctx: Context, key: str) -> _Line | None:
    """The rule under a component (``motto_rule``, ``agency_rule``, ``subject_rule``)."""
    under = _UNDER[key]
    found = ctx.layout.rule_lines.get(under)
    if found is not None:
        shape = None
        if found.method == "shape":
            shapes = _shape_lines(found.paragraph)
            shape = max(shapes, key=lambda s: s.width_mm) if shapes else None
        chars = found.paragraph.visible_text if found.method == "underscores" else ""
        if chars and "rule" in ctx.layout.line_parts.get(found.paragraph.index, {}):
            chars = ctx.layout.text("rule", found.paragraph)  # typed after a line break
        return _Line(under, found.method, found.length_mm, found.paragraph, shape, chars)
    component = _component(ctx, key)
    if not component:
        return None
    if key == "motto_rule" and not ctx.layout.national_motto:
        motto = header_facts(ctx).motto
        runs = motto.paragraph.text_runs() if motto else []
        if motto is not None and not motto.mixed and runs and all(r.underline for r in runs):
            return _Line(
                under, "underline", _width_mm(motto.text, motto.paragraph), motto.paragraph
            )
    return _search(ctx.info, under, component)


def _component(ctx: Context, key: str) -> list[ParaInfo]:
    if key == "motto_rule":
        motto = header_facts(ctx).motto
        return [motto.paragraph] if motto else []
    if key == "agency_rule":
        return list(ctx.layout.agency) or header_facts(ctx).agency
    return subject_paragraphs(ctx.layout) if ctx.layout.type_name is not None else []


def _text_lines_mm(ctx: Context, key: str) -> list[float]:
    """The widths of the text lines the rule stands under, each line as it wraps.

    A line of the component wider than its cell (or the text area) is broken at spaces as
    Word breaks it (:func:`vnadmin_docs.metrics.wrap_lines`), in the width its paragraph
    has: the cell less its margins (or the text area), less the paragraph's indents.
    """
    if key == "motto_rule":
        motto = header_facts(ctx).motto
        return [_width_mm(" ".join(motto.text.split()), motto.paragraph)] if motto else []
    geometry = ctx.geometry()
    widths: list[float] = []
    for p in _component(ctx, key):
        room = available_twips(p, ctx.info, geometry)
        size = float(p.size or 12.0)
        for line in ctx.layout.text(_UNDER[key], p).split("\n"):  # a typed rule left out
            if not line.strip():
                continue
            for part in wrap_lines(line, room, size, bold=bool(p.bold)):
                widths.append(_width_mm(part, p))
    return widths


def _fits(line: _Line, low_mm: float, high_mm: float) -> bool:
    if low_mm <= line.length_mm <= high_mm:
        return True
    if line.typed:  # raised as superscript, the characters print smaller
        small, large = (line.length_mm * s for s in _SUPERSCRIPT)
        return small <= high_mm and large >= low_mm
    return False


class _LineRule(Rule):
    """A rule about the horizontal rules; cites the standard's rule rows."""

    abstract = True
    rule_keys: ClassVar[tuple[str, ...]] = ("motto_rule", "agency_rule", "subject_rule")

    @classmethod
    def legal_locator(cls, standard: Standard) -> str:
        if cls.locator:
            return super().legal_locator(standard)
        found: list[str] = []
        for key in cls.rule_keys:
            try:
                locator = standard.rule(key).locator
            except KeyError:
                continue
            if locator not in found:
                found.append(locator)
        return _merge_locators(found)

    def applicable(self, ctx: Context, key: str) -> str:
        """Why the rule under ``key``'s component is not evaluated ("" when it is)."""
        head = header_facts(ctx)
        if reason := _not_applicable(head):
            return reason
        if key == "motto_rule" and head.motto is None:
            return "no Tiêu ngữ found"
        if key == "agency_rule" and not _component(ctx, key):
            return "no agency name found"
        if key == "subject_rule":
            if ctx.layout.type_name is None:
                return "no type name of an administrative document (a công văn's V/v has no rule)"
            if not subject_paragraphs(ctx.layout):
                return "no subject found under the type name"
        return ""


class _MissingRule(_LineRule):
    abstract = True
    key: ClassVar[str]
    message = "{where}: no horizontal rule under {found}; expected {expected}"
    message_vi = "{where}: thiếu đường kẻ ngang dưới {found}; yêu cầu {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        if reason := self.applicable(ctx, self.key):
            yield self.skip(reason)
            return
        component = _component(ctx, self.key)
        place = where(component[-1], _LABEL[self.key])
        if rule_line(ctx, self.key) is not None:
            yield self.ok(place)
            return
        fraction = ctx.standard.rule(self.key).fraction
        length = (
            "as long as the line"
            if fraction.low == fraction.high == 1
            else (f"{_fraction(fraction.low)}–{_fraction(fraction.high)} of the line, centred")
        )
        yield self.fail(place, _LABEL[self.key], f"a solid rule {length}")


class _LengthRule(_LineRule):
    abstract = True
    key: ClassVar[str]
    message = "{where}: the rule is {found}; expected {expected}"
    message_vi = "{where}: đường kẻ ngang {found}; yêu cầu {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        if reason := self.applicable(ctx, self.key):
            yield self.skip(reason)
            return
        line = rule_line(ctx, self.key)
        if line is None:
            yield self.skip(f"no rule under {_LABEL[self.key]}")
            return
        if header_facts(ctx).mixed and line.paragraph.table is None and self.key != "subject_rule":
            yield self.skip("the header is typed with spaces: its drawn lines cannot be told apart")
            return
        if any("{{" in p.text or "}}" in p.text for p in _component(ctx, self.key)):
            yield self.skip("the text is a template placeholder")
            return
        widths = _text_lines_mm(ctx, self.key)
        if not widths or max(widths) <= 0:
            yield self.skip("the text line above the rule has no width")
            return
        fraction = ctx.standard.rule(self.key).fraction
        tolerance = _TOLERANCE.get(line.method, 0.03)
        shortest, longest = min(widths), max(widths)
        low = (fraction.low - tolerance) * shortest
        high = (fraction.high + tolerance) * longest
        place = where(line.paragraph, f"rule under {_LABEL[self.key]}")
        if _fits(line, low, high):
            yield self.ok(place)
            return
        ratio = line.length_mm / longest
        found = (
            f"{line.length_mm:.1f} mm ({ratio:.0%} of the {longest:.1f} mm line), {line.describe()}"
        )
        if fraction.low == fraction.high:
            share = (
                "as long as the line" if fraction.low == 1 else f"{_fraction(fraction.low)} of it"
            )
            expected = f"{fraction.low * longest:.1f} mm ({share})"
        else:
            share = f"{_fraction(fraction.low)}–{_fraction(fraction.high)}"
            expected = (
                f"{fraction.low * shortest:.1f}–{fraction.high * longest:.1f} mm "
                f"({share} of the line)"
            )
        yield self.fail(place, found, expected)


class MottoRuleMissing(_MissingRule):
    """A rule is drawn under the Tiêu ngữ.

    "phía dưới có đường kẻ ngang, nét liền, có độ dài bằng độ dài của dòng chữ" (Phụ lục I,
    Phần I, Mục II, khoản 1.b). The rule is recognised however it is drawn: a paragraph
    border, a line shape (also one anchored in the spacer row under the Tiêu ngữ), typed
    underscores, or the Tiêu ngữ underlined.

    Wrong: the Tiêu ngữ with nothing under it

    Right: the Tiêu ngữ with a solid rule of its own length under it
    """

    code = "RL001"
    name = "national-motto-rule-missing"
    key = "motto_rule"
    rule_keys = ("motto_rule",)


class MottoRuleLength(_LengthRule):
    """The rule under the Tiêu ngữ is as long as the Tiêu ngữ.

    The rule under the Tiêu ngữ has "độ dài bằng độ dài của dòng chữ" (Phụ lục I, Phần I,
    Mục II, khoản 1.b); the standard's row gives the fraction of the line (1). The Tiêu ngữ
    is measured with Times New Roman's advance widths at its size and weight. Tolerance: ±3 %
    of the line for a paragraph border, whose length is set in numbers; ±5 % for a shape or
    typed underscores, which are drawn by eye (5 % of a 56–61 mm Tiêu ngữ is about 3 mm, one
    letter). Typed underscores are also accepted when they fit once printed as superscript
    (58–67 % of their size), which is how the decree's own file raises them.

    Wrong: a 40 mm rule under a 56 mm Tiêu ngữ

    Right: a 56 mm rule under `Độc lập - Tự do - Hạnh phúc` at 13 pt bold
    """

    code = "RL002"
    name = "national-motto-rule-wrong-length"
    key = "motto_rule"
    rule_keys = ("motto_rule",)


class AgencyRuleMissing(_MissingRule):
    """A rule is drawn under the agency name.

    "phía dưới có đường kẻ ngang, nét liền, có độ dài bằng từ 1/3 đến 1/2 độ dài của dòng
    chữ và đặt cân đối so với dòng chữ" (Phụ lục I, Phần I, Mục II, khoản 2.b). Recognised
    however it is drawn (border, shape, underscores, underline).

    Wrong: `ỦY BAN NHÂN DÂN` / `TỈNH KON TUM` and then the number, with no rule

    Right: a short centred solid rule under the agency name
    """

    code = "RL003"
    name = "agency-rule-missing"
    key = "agency_rule"
    rule_keys = ("agency_rule",)


class AgencyRuleLength(_LengthRule):
    """The rule under the agency name is 1/3 to 1/2 of the name's line.

    The rule under the agency name is "từ 1/3 đến 1/2 độ dài của dòng chữ" (Phụ lục I, Phần I,
    Mục II, khoản 2.b); the fractions come from the standard's row. The lines are those
    printed: a line wider than its cell is wrapped at spaces as Word wraps it
    (:func:`vnadmin_docs.metrics.wrap_lines`, in the cell less its margins and the
    paragraph's indents). When the name has several lines the text does not say which one
    counts, so the rule accepts anything from 1/3 of the shortest line to 1/2 of the
    longest. Tolerance: ±3 % of the line for a paragraph border, ±5 % for a shape or typed
    underscores drawn by eye (about 2 mm on a 40 mm name); underscores are also accepted at
    superscript size (see RL002).

    Wrong: a 30 mm rule under `ỦY BAN NHÂN DÂN` (43 mm at 13 pt bold); the name underlined
    in full

    Right: a 14–22 mm rule under `ỦY BAN NHÂN DÂN` / `TỈNH KON TUM`
    """

    code = "RL004"
    name = "agency-rule-wrong-length"
    key = "agency_rule"
    rule_keys = ("agency_rule",)


class SubjectRuleMissing(_MissingRule):
    """A rule is drawn under the subject of a document with a type name.

    "Bên dưới trích yếu nội dung văn bản có đường kẻ ngang, nét liền, có độ dài bằng từ 1/3
    đến 1/2 độ dài của dòng chữ và đặt cân đối so với dòng chữ" (Phụ lục I, Phần I, Mục II,
    khoản 5.b). Applies to documents with a type name (quyết định, tờ trình, báo cáo…); the
    "V/v" subject of a công văn has no rule.

    Wrong: `TỜ TRÌNH` / `Về việc …` followed directly by `Kính gửi: …`

    Right: `TỜ TRÌNH` / `Về việc …` / a short centred solid rule
    """

    code = "RL005"
    name = "subject-rule-missing"
    key = "subject_rule"
    rule_keys = ("subject_rule",)


class SubjectRuleLength(_LengthRule):
    """The rule under the subject is 1/3 to 1/2 of the subject's line.

    The rule under the trích yếu is "từ 1/3 đến 1/2 độ dài của dòng chữ" (Phụ lục I, Phần I,
    Mục II, khoản 5.b). The lines are the lines as printed: each line of the subject is
    wrapped at spaces in the text width, as Word wraps it
    (:func:`vnadmin_docs.metrics.wrap_lines`), so a 200-character subject is judged by the
    lines it wraps into, never by its unwrapped length. A subject of several lines is judged
    from 1/3 of its shortest line to 1/2 of its longest. Tolerances as for RL004.

    Wrong: a 165 mm rule, the whole text width, under a 200-character subject that wraps into
    lines of at most 160 mm; a 40 mm rule under a two-line subject of 150 and 165 mm

    Right: a 55–80 mm rule under that 200-character subject; a 30–45 mm rule under a 90 mm
    subject line
    """

    code = "RL006"
    name = "subject-rule-wrong-length"
    key = "subject_rule"
    rule_keys = ("subject_rule",)


class _MethodRule(_LineRule):
    """Flags rules drawn one way (``method``); passes when the rules are drawn otherwise."""

    abstract = True
    method: ClassVar[str]
    severity = Severity.WARNING

    def lines(self, ctx: Context) -> list[_Line]:
        found: list[_Line] = []
        for key in self.rule_keys:
            if self.applicable(ctx, key):
                continue
            line = rule_line(ctx, key)
            if line is not None:
                found.append(line)
        return found

    def flagged(self, line: _Line) -> bool:
        return line.method == self.method

    def check(self, ctx: Context) -> Iterator[Outcome]:
        if reason := _not_applicable(header_facts(ctx)):
            yield self.skip(reason)
            return
        lines = self.lines(ctx)
        if not lines:
            yield self.skip("no rule under the Tiêu ngữ, the agency or the subject found")
            return
        for line in lines:
            place = where(line.paragraph, f"rule under {_LABEL[_key_of(line.under)]}")
            if self.flagged(line):
                yield self.fail(place, f"drawn as {line.describe()}", "a paragraph border")
            else:
                yield self.ok(place)


def _key_of(under: str) -> str:
    return next(key for key, value in _UNDER.items() if value == under)


class RuleTypedCharacters(_MethodRule):
    """The rules under the headings are not typed underscores or hyphens.

    A rule typed as a row of "_" (or "-") characters has a length that depends on the font,
    the size and superscript, changes when one character is added, and cannot be measured
    reliably; it also sits on the text baseline, not under the line. The decree asks for a
    solid rule of a set length (Phụ lục I, Phần I, Mục II, khoản 1.b, 2.b, 5.b); draw it as a
    paragraph border whose indents set its length. A warning: the decree's own Word file
    types its rules with underscores.

    Wrong: `________` under `CHÍNH PHỦ`

    Right: an empty paragraph with a top border, indented to the rule's length
    """

    code = "RL007"
    name = "rule-drawn-as-typed-characters"
    method = "underscores"
    message = "{where}: the rule is {found}; prefer {expected} of a measured length"
    message_vi = (
        "{where}: đường kẻ ngang được vẽ bằng {found}; nên dùng {expected} có độ dài đo được"
    )


class RuleFloatingShape(_MethodRule):
    """Information: a rule under a heading is drawn as a floating shape.

    The decree asks for a horizontal rule, solid, of a set length, under the Tiêu ngữ, the
    agency name and the subject ("phía dưới có đường kẻ ngang, nét liền", Phụ lục I, Phần
    I, Mục II, khoản 1.b, 2.b, 5.b); it does not say how the rule is drawn, and a line
    shape is allowed. So this is information, not a warning: a line shape anchored to a
    paragraph floats over the text at an offset, and when the text reflows (another font,
    LibreOffice, a longer agency name) it stays where it was, while a paragraph border
    moves with the text. The rule's length and place are judged by their own rules (RL002,
    RL004, RL006, RL010, RL012).

    Wrong: (noted, not a breach) a "Straight Connector" anchored to the Tiêu ngữ's cell

    Right: an empty paragraph with a top border, indented to the rule's length
    """

    code = "RL008"
    name = "rule-drawn-as-floating-shape"
    method = "shape"
    severity = Severity.INFO
    message = (
        "{where}: the rule is {found}, which the decree allows; it stays put when the text "
        "reflows, {expected} moves with the text"
    )
    message_vi = (
        "{where}: đường kẻ ngang được vẽ bằng {found}, quy định cho phép; hình vẽ đứng yên "
        "khi văn bản dàn lại, {expected} đi theo dòng chữ"
    )

    def flagged(self, line: _Line) -> bool:
        return line.method == "shape" and (line.shape is None or line.shape.floating)


class RuleUnderlinedText(_MethodRule):
    """The rules under the headings are not the text underlined.

    Underlining the Tiêu ngữ or the agency name is not "a horizontal rule under it": the
    underline hugs the letters, breaks at spaces in some settings and, under the agency and
    the subject, is as long as the text rather than 1/3–1/2 of it (Phụ lục I, Phần I, Mục
    II, khoản 1.b, 2.b, 5.b). A warning; the length rules flag the wrong lengths.

    Wrong: `Độc lập - Tự do - Hạnh phúc` underlined

    Right: the Tiêu ngữ, not underlined, with a paragraph-border rule under it
    """

    code = "RL009"
    name = "rule-drawn-as-underlined-text"
    method = "underline"
    message = "{where}: the rule is {found}; prefer {expected} under the text"
    message_vi = "{where}: đường kẻ ngang được thay bằng {found}; nên dùng {expected} dưới dòng chữ"


class RuleOffCentre(_LineRule):
    """The rules under the headings are centred under their text.

    The rules under the agency name and the subject are "đặt cân đối so với dòng chữ", and
    the rule under the Tiêu ngữ runs its full length (Phụ lục I, Phần I, Mục II, khoản 1.b,
    2.b, 5.b). For a paragraph border the left and right indents must be equal (within 1 mm);
    typed characters must be in a centred paragraph with equal indents. The
    position of a shape is not read by stage 1, so shapes are not evaluated.

    Wrong: a border paragraph indented 10 mm on the left and 40 mm on the right

    Right: equal left and right indents, `(cell − rule) / 2` each
    """

    code = "RL010"
    name = "rule-off-centre"
    message = "{where}: the rule is off centre: {found}; expected {expected}"
    message_vi = "{where}: đường kẻ ngang bị lệch: {found}; yêu cầu {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        if reason := _not_applicable(header_facts(ctx)):
            yield self.skip(reason)
            return
        checked = False
        for key in self.rule_keys:
            if self.applicable(ctx, key):
                continue
            line = rule_line(ctx, key)
            if line is None or line.method == "shape":
                continue
            checked = True
            p = line.paragraph
            place = where(p, f"rule under {_LABEL[key]}")
            if line.method == "underline":
                yield self.ok(place)
            elif line.method == "underscores":
                if p.align == "center" and abs(p.left - p.right) <= 57:
                    yield self.ok(place)
                else:
                    yield self.fail(place, f"typed in a paragraph aligned {p.align or 'left'}",
                                    "a centred paragraph")  # fmt: skip
            elif abs(p.left - p.right) > 57:
                left, right = p.left * MM_PER_TWIP, p.right * MM_PER_TWIP
                found = f"indents {left:.1f} mm left, {right:.1f} mm right"
                yield self.fail(place, found, "equal left and right indents")
            else:
                yield self.ok(place)
        if not checked:
            yield self.skip(
                "no rule drawn as a border, characters or underline (shapes are not read)"
            )


class RuleNotSolid(_LineRule):
    """The rules under the headings are solid lines.

    Each rule is a "đường kẻ ngang, nét liền" — a solid line (Phụ lục I, Phần I, Mục II,
    khoản 1.b, 2.b, 5.b). A paragraph border must be single (or thick), not dotted, dashed
    or double; typed characters must be unbroken underscores (hyphens and spaced
    underscores print as a dashed line). The dash style of shapes and underlines is not read
    by stage 1; those are not evaluated.

    Wrong: a dashed or double border; `- - - - -`; `-------`

    Right: a single border; `________`
    """

    code = "RL011"
    name = "rule-not-solid"
    message = "{where}: the rule is {found}; expected {expected}"
    message_vi = "{where}: đường kẻ ngang {found}; yêu cầu {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        if reason := _not_applicable(header_facts(ctx)):
            yield self.skip(reason)
            return
        checked = False
        for key in self.rule_keys:
            if self.applicable(ctx, key):
                continue
            line = rule_line(ctx, key)
            if line is None or line.method in ("shape", "underline"):
                continue
            checked = True
            place = where(line.paragraph, f"rule under {_LABEL[key]}")
            if line.method == "border":
                sides = [s for s in ("top", "bottom") if s in line.paragraph.borders]
                styles = {line.paragraph.borders[s][0] for s in sides}
                wrong = sorted(s for s in styles if s not in _SOLID_BORDERS)
                if wrong:
                    yield self.fail(place, f"a {', '.join(wrong)} border", "a single solid line")
                else:
                    yield self.ok(place)
            elif re.fullmatch(r"_+|[\uf0be¾]+", line.chars.strip()):  # ¾: Symbol's solid bar
                yield self.ok(place)
            else:
                yield self.fail(place, f"typed as «{line.chars.strip()[:20]}»", "a solid line")
        if not checked:
            yield self.skip("no rule drawn as a border or characters (shape styles are not read)")


# ----------------------------------------------------------------------------- the gap


GAP_TOLERANCE_MM = 0.05
"""How far outside the standard's range a computed gap may fall before it fails: what
rounding lengths to whole twips and points moves it. The line model itself is within about
0.1 mm of LibreOffice (see :mod:`vnadmin_docs.validate.typeset`); a gap that close to the
range's edge is reported as computed."""
UNDERLINE_TOP_EM = 0.08
"""Where an underline's stroke begins under the baseline (Times New Roman's underline
position less half its thickness): underlined text has its "rule" this close."""


def _after_in_cell(cell: CellGeometry, paragraph: ParaInfo, *, after: bool) -> list[Any] | None:
    """The items of ``cell`` after (or before) ``paragraph``; ``None`` if it is not there."""
    where_ = next((i for i, item in enumerate(cell.items) if item is paragraph), None)
    if where_ is None:
        return None
    return list(cell.items[where_ + 1 :]) if after else list(cell.items[:where_])


def _row_extra(cell: CellGeometry, ctx: Context, geometry: Geometry) -> float:
    """The height a row gives a cell beyond its content, under the content (in points)."""
    table = cell.table
    row = row_height_pt(table, cell.row, ctx.info, geometry)
    extra = max(row - cell_content_pt(cell, ctx.info, geometry), 0.0)
    return extra * {"top": 1.0, "center": 0.5, "bottom": 0.0}.get(cell.v_align, 1.0)


def predecessor(ctx: Context, paragraph: ParaInfo) -> ParaInfo | None:
    """The paragraph just above ``paragraph`` in its cell or on the page, if any."""
    geometry = ctx.geometry()
    cell = geometry.cell(paragraph) if geometry is not None else None
    if cell is not None:
        before = _after_in_cell(cell, paragraph, after=False)
        last = before[-1] if before else None
        return last if isinstance(last, ParaInfo) else None
    if paragraph.part != _BODY or paragraph.index <= 0:
        return None
    previous = ctx.info.paragraphs[paragraph.index - 1]
    return previous if previous.table is None else None


def _last(items: Sequence[Any], default: ParaInfo | None) -> ParaInfo | None:
    if not items:
        return default
    return items[-1] if isinstance(items[-1], ParaInfo) else None


def between_pt(ctx: Context, upper: ParaInfo, lower: ParaInfo) -> tuple[float, ParaInfo | None]:
    """The distance down from ``upper``'s box to ``lower``'s, in points.

    From the bottom of ``upper``'s box (its space after included) to the top of
    ``lower``'s box, and the paragraph right above ``lower`` (whose space after its upper
    spacing may absorb). Raises :class:`LookupError` when the two do not stand one under
    the other in one column the model can follow.
    """
    geometry = ctx.geometry()
    if geometry is None or upper.part != lower.part or geometry.of(upper) is None:
        raise LookupError("not in one story")
    top, bottom = geometry.cell(upper), geometry.cell(lower)
    paragraphs = ctx.info.paragraphs if upper.part == _BODY else []

    def flow(items: Sequence[Any], previous: ParaInfo | None) -> float:
        return flow_height_pt(items, ctx.info, geometry, previous)

    if top is None and bottom is None:
        if not paragraphs or not upper.index < lower.index:
            raise LookupError("not in order")
        middle = paragraphs[upper.index + 1 : lower.index]
        if any(p.table is not None for p in middle):
            raise LookupError("a table between")
        return flow(middle, upper), _last(middle, upper)
    if top is not None and top is bottom:
        items = _after_in_cell(top, upper, after=True)
        if items is None or lower not in items:
            raise LookupError("not in order in the cell")
        middle = items[: items.index(lower)]
        return flow(middle, upper), _last(middle, upper)
    if top is None:
        raise LookupError("the text is on the page, the rule in a table")
    after = _after_in_cell(top, upper, after=True)
    if after is None:
        raise LookupError("not in its cell")
    below = flow(after, upper) + top.margins["bottom"] / 20 + _row_extra(top, ctx, geometry)
    if bottom is not None:
        if bottom.table is not top.table or bottom.column != top.column:
            raise LookupError("another column")
        if bottom.row != top.row + 1:
            raise LookupError("not the next row")
        before = _after_in_cell(bottom, lower, after=False)
        if before is None:
            raise LookupError("not in its cell")
        return below + bottom.margins["top"] / 20 + flow(before, None), _last(before, None)
    table = top.table
    if table.parent is not None or top.row != len(table.rows) - 1 or not paragraphs:
        raise LookupError("not under the table")
    last = max((p.index for c in table.cells for p in c.paragraphs), default=upper.index)
    middle = paragraphs[last + 1 : lower.index]
    if any(p.table is not None for p in middle):
        raise LookupError("a table between")
    return below + flow(middle, None), _last(middle, None)


def _anchor(ctx: Context, line: _Line) -> Anchor | None:
    geometry = ctx.geometry()
    found = geometry.of(line.paragraph) if geometry is not None else None
    if found is None or line.shape is None:
        return None
    index = next((i for i, s in enumerate(line.paragraph.shapes) if s is line.shape), None)
    if index is None or index >= len(found.anchors):
        return None
    return found.anchors[index]


def rule_gap_mm(ctx: Context, text: ParaInfo, line: _Line) -> tuple[float | None, str]:
    """The clear gap between the lowest ink of ``text``'s last line and the rule, in mm.

    Returns the gap, or ``None`` and why it cannot be told. The rule may be the bottom
    border of the text's paragraph, a border of a paragraph under it (in the same cell, the
    next row of the same column, or the page), typed underscores on the next line (plain,
    raised or superscript, as the decree's samples type them), or a line shape placed from
    the paragraph or the line; see :mod:`vnadmin_docs.validate.typeset` for the line model.
    """
    geometry = ctx.geometry()
    if geometry is None:
        return None, "the file's layout could not be read a second time"
    own = geometry.of(text)
    if own is None:
        return None, "the text stands in a text box or frame: its position is not read"
    boxes = line_boxes(text, own, available_twips(text, ctx.info, geometry))
    rule = line.paragraph
    if line.method == "underscores" and rule is text:
        at = next((i for i, box in enumerate(boxes) if "_" in box.text), 0)
        if at == 0 and "_" not in line.chars:  # the Symbol font's bar: its height is unknown
            return None, "the rule is typed in characters other than underscores"
        if at == 0:
            return None, "the rule is typed on the text's own line"
        above, under = boxes[at - 1], boxes[at]
        size = under.ascent / ASCENT_EM if under.ascent else 0.0
        return (above.descent - above.ink + under.ascent
                + UNDERSCORE_TOP_EM * size) * MM_PER_PT, ""  # fmt: skip
    shown = max((i for i, box in enumerate(boxes) if box.text.strip()), default=len(boxes) - 1)
    last = boxes[shown]
    # under the last line with text: its descent, then the empty lines a break leaves
    below_ink = last.descent - last.ink + sum(b.height for b in boxes[shown + 1 :])
    if line.method == "underline":
        size = float(text.size or 12.0)
        return max(UNDERLINE_TOP_EM * size - last.ink, 0.0) * MM_PER_PT, ""
    if line.method == "border" and rule is text:
        if "bottom" not in text.borders:
            return None, "the border is not under the text"
        return (below_ink + own.border_space.get("bottom", 0.0)) * MM_PER_PT, ""
    anchor = _anchor(ctx, line) if line.method == "shape" else None
    if line.method == "shape":
        if anchor is None or not anchor.floating:
            return None, "an inline line shape: where it stands in its line is not read"
        if anchor.relative not in ("paragraph", "line") or anchor.offset_mm is None:
            origin = anchor.relative or "page"
            return (
                None,
                f"a floating line placed from the {origin}: only lines placed from "
                "their paragraph or line are measured",
            )
    if anchor is not None and rule is text:  # a line placed from the text's own paragraph
        if anchor.relative == "line" and shown > 0:
            return None, "a line placed from one line of a paragraph of several"
        ink = sum(b.height for b in boxes[:shown]) + last.ascent + last.ink
        if anchor.relative == "paragraph":  # from the top of the box, its spacing included
            ink += upper_space_pt(predecessor(ctx, text), text, geometry)
            ink += border_top_pt(text, own)
        offset = ((anchor.offset_mm or 0.0) - anchor.stroke_mm / 2) / MM_PER_PT
        return (offset - ink) * MM_PER_PT, ""
    try:
        distance, previous = between_pt(ctx, text, rule)
    except LookupError:
        return None, "the rule's paragraph does not stand under the text in one column"
    start = below_ink + space_after_pt(text, geometry) + distance
    ruled = geometry.of(rule)
    upper = upper_space_pt(previous, rule, geometry)
    if anchor is not None:
        offset = (anchor.offset_mm or 0.0) - anchor.stroke_mm / 2
        if anchor.relative == "line":
            offset += (upper + border_top_pt(rule, ruled)) * MM_PER_PT
        return start * MM_PER_PT + offset, ""
    start += upper
    if line.method == "border":
        if "top" in rule.borders:
            return start * MM_PER_PT, ""
        rule_boxes = line_boxes(rule, ruled, available_twips(rule, ctx.info, geometry))
        space = ruled.border_space.get("bottom", 0.0) if ruled is not None else 0.0
        return (start + sum(b.height for b in rule_boxes) + space) * MM_PER_PT, ""
    top = underscore_top(rule, ruled, available_twips(rule, ctx.info, geometry))
    if top is None:
        return None, "the typed rule does not open its paragraph"
    return (start + border_top_pt(rule, ruled) + top) * MM_PER_PT, ""


class RuleGapOutOfRange(_LineRule):
    """The rules under the headings stand clear of the text above them, as in the samples.

    The rules under the Tiêu ngữ, the agency name and the trích yếu (Phụ lục I, Phần I, Mục
    II, khoản 1.b, 2.b, 5.b), and the short rule under an appendix's "(Kèm theo …)" line, are
    drawn *under* the line of text, not on it. The decree's text gives no distance; its own
    samples (Phụ lục III) stand every rule 2.8–3.9 mm below the lowest ink of the line above,
    and a rule closer than 1 mm reads as underlining. The allowed range is the standard's
    ``gap_mm`` for each rule (1–6 mm for Decree 30/2020), give or take 0.05 mm of rounding.

    The gap is computed from the file, however the rule is drawn: the bottom border of the
    text's paragraph (its ``w:space``), a border of the paragraph under it (its spacing, in
    the same cell, the next row of the same column, or on the page), underscores typed on the
    next line (plain, raised or superscript, as the decree's samples do), a line shape placed
    from its paragraph or line. Lines are laid out as LibreOffice lays out Times New Roman
    (:mod:`vnadmin_docs.validate.typeset`: 0.1 mm from its PDF on average), and the lowest ink
    is the baseline, or 0.2 em under it when the line has a descender, a comma, a bracket or
    a dot below (g, p, y, «ạ», «Ộ» …). Floating shapes placed from the page or the margin and
    inline shapes are not evaluated.

    Wrong: an empty paragraph with a top border right under `Độc lập - Tự do - Hạnh phúc`
    (the rule touches the «p» and the «ạ»: 0 mm); `TỈNH KON TUM` with its rule 0.9 mm under
    the capitals

    Right: the rule's paragraph with 6 pt of space before it, about 3 mm under the ink, as in
    mẫu 1.1 of Phụ lục III
    """

    code = "RL012"
    name = "rule-gap-out-of-range"
    rule_keys = ("motto_rule", "agency_rule", "subject_rule", "appendix_rule")

    @classmethod
    def legal_locator(cls, standard: Standard) -> str:
        """The rules' own locators, then where the gap and the appendix's rule come from."""
        heads: list[str] = []
        for key in ("motto_rule", "agency_rule", "subject_rule"):
            try:
                locator = standard.rule(key).locator
            except KeyError:
                continue
            if locator not in heads:
                heads.append(locator)
        merged = _merge_locators(heads)
        try:
            samples = standard.rule("appendix_rule").locator
        except KeyError:
            return merged
        return f"{merged} (the gap: Decree 30/2020's samples, Phụ lục III); appendix: {samples}"

    message = (
        "{where}: the rule stands {found} under the ink of the line above; expected {expected}"
    )
    message_vi = "{where}: đường kẻ ngang cách nét chữ dòng trên {found}; quy định {expected}"

    def measured(self, ctx: Context) -> Iterator[tuple[str, str, ParaInfo, _Line]]:
        """(rule key, label, text paragraph, rule) for every rule to measure."""
        head = header_facts(ctx)
        for key in ("motto_rule", "agency_rule", "subject_rule"):
            if self.applicable(ctx, key):
                continue
            line = rule_line(ctx, key)
            if line is None:
                continue
            if head.mixed and line.paragraph.table is None and key != "subject_rule":
                continue  # a header typed with spaces: which line is whose cannot be told
            text = _component(ctx, key)[-1]
            if "{{" in text.text or "}}" in text.text:
                continue  # a template's placeholder: the line is not the text that prints
            yield key, _LABEL[key], text, line
        for attachment in ctx.layout.attachments:
            reference = attachment.reference
            if reference is None:
                continue
            line = _search(ctx.info, "appendix_reference", [reference])
            if line is not None:
                yield "appendix_rule", "the (Kèm theo …) line", reference, line

    def check(self, ctx: Context) -> Iterator[Outcome]:
        if reason := _not_applicable(header_facts(ctx)):
            yield self.skip(reason)
            return
        reasons: list[str] = []
        for key, label, text, line in self.measured(ctx):
            try:
                allowed = ctx.standard.rule(key).gap_mm
            except KeyError:
                continue
            if allowed is None:
                continue
            gap, why = rule_gap_mm(ctx, text, line)
            place = where(line.paragraph, f"rule under {label}")
            if gap is None:
                reasons.append(f"{place}: {why}")
                continue
            if allowed.low - GAP_TOLERANCE_MM <= gap <= allowed.high + GAP_TOLERANCE_MM:
                yield self.ok(place)
            else:
                yield self.fail(place, f"{gap:.2f} mm ({line.describe()})",
                                f"{allowed.describe('mm')} of clear space")  # fmt: skip
        if reasons:
            yield self.skip(reasons[0])
        else:
            yield self.skip("no rule under the Tiêu ngữ, the agency, the subject or an appendix")


_ACCENT_TOP_EM = 0.85
"""How far above the baseline the ink of a line of Vietnamese reaches (the marks over
capitals and tall letters: «Ể», «Ờ», «đ»), in em."""


class TextCrowdsSubjectRule(_LineRule):
    """The text stands well clear under the trích yếu's rule, as in the samples.

    The decree's samples (Phụ lục III, mẫu 1.1–1.8) leave 6–10 mm between the rule under the
    trích yếu (ô 5a) and the first line under it (căn cứ, Kính gửi or the text); a first line
    that hangs on the rule makes the title block read as part of the text. The allowed range
    is the lower bound of the standard's ``subject_rule_to_text`` spacing, measured from the
    rule down to the top of the next line's ink (the marks over its letters, about 0.85 em
    above its baseline). Evaluated where the rule is the border of a paragraph on the page
    and a paragraph follows it; a shape or typed underscores are not evaluated.

    Wrong: the rule's paragraph with no space after it: the căn cứ 0.5 mm under the rule

    Right: about 8.5 mm between the rule and the ink of the căn cứ, as in mẫu 1.2
    """

    code = "RL013"
    name = "text-crowds-subject-rule"
    component = "subject"
    message = "{where}: the next line's ink stands {found} under the rule; expected {expected}"
    message_vi = "{where}: dòng tiếp theo cách đường kẻ {found}; quy định {expected}"

    @classmethod
    def legal_locator(cls, standard: Standard) -> str:
        """Where the spacing comes from: the standard's row for it."""
        row = next((r for r in standard.spacings if r.key == "subject_rule_to_text"), None)
        return row.locator if row is not None else ""

    def check(self, ctx: Context) -> Iterator[Outcome]:
        row = next((r for r in ctx.standard.spacings if r.key == "subject_rule_to_text"), None)
        if row is None:
            yield self.skip(f"{ctx.standard.title} sets no space under the trích yếu's rule")
            return
        if reason := self.applicable(ctx, "subject_rule"):
            yield self.skip(reason)
            return
        line = rule_line(ctx, "subject_rule")
        geometry = ctx.geometry()
        if line is None or line.method != "border" or geometry is None:
            yield self.skip("the rule under the trích yếu is not a paragraph border")
            return
        rule_p = line.paragraph
        paragraphs = ctx.info.paragraphs
        if rule_p.part != _BODY or rule_p.table is not None or rule_p.index + 1 >= len(paragraphs):
            yield self.skip("the rule under the trích yếu is not followed by text on the page")
            return
        below = paragraphs[rule_p.index + 1]
        if below.table is not None or not below.visible_text:
            yield self.skip("no line of text right under the trích yếu's rule")
            return
        own = geometry.of(rule_p)
        under_rule = 0.0  # from the rule down to the bottom of its paragraph's box
        if "top" in rule_p.borders and not rule_p.visible_text:
            under_rule = border_top_pt(rule_p, own) + sum(
                box.height
                for box in line_boxes(rule_p, own, available_twips(rule_p, ctx.info, geometry))
            )
        elif "bottom" not in rule_p.borders:
            yield self.skip("the rule under the trích yếu is not a paragraph border")
            return
        under_rule += space_after_pt(rule_p, geometry)
        first = line_boxes(below, geometry.of(below), available_twips(below, ctx.info, geometry))
        size = first[0].ascent / ASCENT_EM if first and first[0].ascent else 0.0
        ink = first[0].ascent - _ACCENT_TOP_EM * size if first else 0.0
        gap = (under_rule + upper_space_pt(rule_p, below, geometry) + max(0.0, ink)) * MM_PER_PT
        place = where(below, "the line under the trích yếu's rule")
        if gap >= row.mm.low - GAP_TOLERANCE_MM:
            yield self.ok(place)
        else:
            yield self.fail(place, f"{gap:.1f} mm", f"at least {row.mm.describe('mm')}")


# ----------------------------------------------------------------------------- rules: marks


def _mark_candidates(ctx: Context, words: Sequence[str]) -> list[ParaInfo]:
    """Short capitalised lines of the header holding one of ``words`` (e.g. KHẨN, TỐC)."""
    head = header_facts(ctx)
    if head.name is None and head.number is None:
        return []
    wanted = {_key(w) for w in words}
    end = max(head.region, default=-1)
    agency = {p.index for p in (*ctx.layout.agency, *ctx.layout.parent_agency, *head.agency)}
    pool = [p for p in ctx.info.paragraphs[: end + 4] if p.index not in agency]
    pool += [p for p in ctx.info.parts.get("textboxes", []) if p.part == f"{_BODY}#textbox"]
    found: list[ParaInfo] = []
    for p in pool:
        text = p.visible_text
        tokens = _key(re.sub(r"[^\w\s]", " ", text)).split()
        if not text or len(tokens) > 5 or text != upper(text) or any(c.isdigit() for c in text):
            continue
        if ":" in text or not wanted & set(tokens):
            continue
        found.append(p)
    return found


def _boxed(ctx: Context, p: ParaInfo, table: int | None) -> str:
    """How the mark is boxed ("" when it is not)."""
    if all(p.borders.get(side) for side in _SIDES):
        return "paragraph borders"
    if p.part.endswith("#textbox"):
        return "a text box"
    paragraphs = ctx.info.paragraphs if p.part == _BODY else []
    near = [q for q in paragraphs[max(0, p.index - 1) : p.index + 2] if _same_cell(q, p)]
    if any(s.kind in ("rect", "textbox") for q in near for s in q.shapes):
        return "a rectangle"
    if p.table is not None and p.table[0] != table:
        alone = [q for q in paragraphs if q.table == p.table and q.visible_text]
        if alone == [p]:
            geometry = ctx.geometry()
            cell = geometry.cell(p) if geometry is not None else None
            if cell is None:
                return "a table cell (its borders are not read)"
            if all(cell.borders.get(side) for side in ("top", "left", "bottom", "right")):
                return "a table cell with borders"
    return ""


class _MarkRule(Rule):
    abstract = True
    words: ClassVar[tuple[str, ...]]
    label: ClassVar[str]

    def marks(self, ctx: Context) -> list[ParaInfo]:
        if _not_applicable(header_facts(ctx)):
            return []
        return _mark_candidates(ctx, self.words)


class UrgencyUnknown(_MarkRule):
    """The urgency mark is HOẢ TỐC, THƯỢNG KHẨN or KHẨN.

    Urgency has three levels: "hoả tốc, thượng khẩn, khẩn" (Phụ lục I, Phần I, Mục III,
    khoản 2.b); the stamp carries "HOẢ TỐC", "THƯỢNG KHẨN" or "KHẨN". Both placements of the
    tone mark (HOẢ/HỎA) are accepted; home-made levels are not.

    Wrong: `KHẨN CẤP`, `HỎA TỐC HẸN GIỜ`, `TỐI KHẨN`

    Right: `KHẨN`, `THƯỢNG KHẨN`, `HOẢ TỐC` (or `HỎA TỐC`)
    """

    code = "MK001"
    name = "urgency-mark-unknown"
    component = "urgency"
    words = ("KHẨN", "TỐC")
    label = "Dấu chỉ mức độ khẩn"
    message = "{where}: the urgency mark «{found}» is not one of {expected}"
    message_vi = "{where}: dấu chỉ mức độ khẩn «{found}» không thuộc {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        marks = self.marks(ctx)
        if not marks:
            yield self.skip("no urgency mark")
            return
        known = {_key(u.value) for u in Urgency}
        expected = ", ".join(u.value for u in Urgency)
        for p in marks:
            if _key(p.visible_text) in known:
                yield self.ok(where(p, self.label))
            else:
                yield self.fail(where(p, self.label), p.visible_text, expected)


class ConfidentialityUnknown(_MarkRule):
    """The confidentiality mark is MẬT, TỐI MẬT or TUYỆT MẬT.

    The confidentiality stamps read "TUYỆT MẬT", "TỐI MẬT" or "MẬT" (Phụ lục I, Phần I, Mục
    III, khoản 2.a, after the law on state secrets); no other level exists.

    Wrong: `BÍ MẬT`, `MẬT CẤP A`, `RẤT MẬT`

    Right: `MẬT`, `TỐI MẬT`, `TUYỆT MẬT`
    """

    code = "MK002"
    name = "confidentiality-mark-unknown"
    component = "confidentiality"
    words = ("MẬT",)
    label = "Dấu chỉ độ mật"
    message = "{where}: the confidentiality mark «{found}» is not one of {expected}"
    message_vi = "{where}: dấu chỉ độ mật «{found}» không thuộc {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        marks = self.marks(ctx)
        if not marks:
            yield self.skip("no confidentiality mark")
            return
        known = {_key(c.value) for c in Confidentiality}
        expected = ", ".join(c.value for c in Confidentiality)
        for p in marks:
            if _key(p.visible_text) in known:
                yield self.ok(where(p, self.label))
            else:
                yield self.fail(where(p, self.label), p.visible_text, expected)


class _OneMarkRule(Rule):
    """A rule on one mark of the header (``key``: ô 10a, 10b or 11)."""

    abstract = True
    key: ClassVar[str]
    label: ClassVar[str]

    def found_mark(self, ctx: Context) -> tuple[ParaInfo | None, str]:
        """The mark's paragraph, or ``None`` and why it is not evaluated."""
        if reason := _not_applicable(header_facts(ctx)):
            return None, reason
        mark: ParaInfo | None = getattr(ctx.layout, self.key)
        if mark is None:
            return None, f"no {self.label.lower()} found"
        return mark, ""


class _BoxRule(_OneMarkRule):
    abstract = True
    message = "{where}: the mark is {found}; expected {expected}"
    message_vi = "{where}: dấu {found}; yêu cầu {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        mark, reason = self.found_mark(ctx)
        if mark is None:
            yield self.skip(reason)
            return
        place = where(mark, self.label)
        if _boxed(ctx, mark, header_facts(ctx).table):
            yield self.ok(place)
        else:
            yield self.fail(place, "not boxed", "a single-line rectangle around it")


class UrgencyNotBoxed(_BoxRule):
    """The urgency mark stands in a single-line rectangle.

    The urgency stamp is a rectangle (30×8, 40×8 or 20×8 mm) with the words "đặt cân đối
    trong khung hình chữ nhật viền đơn" (Phụ lục I, Phần I, Mục III, khoản 2.b). Typed in
    the document, the mark needs a box: borders on all four sides of its paragraph, a text
    box, a rectangle shape, or a cell of its own whose four edges have borders (its own or
    its table's, the table's style included).

    Wrong: `KHẨN` as plain bold text; `KHẨN` alone in a borderless 1×1 table

    Right: `KHẨN` with a single border on all four sides; `KHẨN` in a 1×1 table with borders
    """

    code = "MK003"
    name = "urgency-mark-not-boxed"
    component = "urgency"
    key = "urgency"
    label = "Dấu chỉ mức độ khẩn"


class CirculationNotBoxed(_BoxRule):
    """The circulation instruction stands in a single-line rectangle.

    Instructions such as "XEM XONG TRẢ LẠI" and "LƯU HÀNH NỘI BỘ" are "trình bày cân đối
    trong một khung hình chữ nhật viền đơn" (Phụ lục I, Phần I, Mục III, khoản 2.c): borders
    on all four sides of the paragraph, a text box, a rectangle shape, or a cell of its own
    whose four edges have borders.

    Wrong: `XEM XONG TRẢ LẠI` as plain bold text; alone in a borderless 1×1 table

    Right: `XEM XONG TRẢ LẠI` with a single border on all four sides, or in a bordered 1×1
    table
    """

    code = "MK004"
    name = "circulation-mark-not-boxed"
    component = "circulation"
    key = "circulation"
    label = "Chỉ dẫn về phạm vi lưu hành"


class _PlaceRule(_OneMarkRule):
    abstract = True
    message = "{where}: the mark is {found}; expected {expected}"
    message_vi = "{where}: dấu {found}; yêu cầu {expected}"

    def mark(self, ctx: Context) -> tuple[ParaInfo | None, str]:
        mark, reason = self.found_mark(ctx)
        if mark is None:
            return None, reason
        head = header_facts(ctx)
        if mark.part != _BODY:
            return None, "the mark is in a text box or frame: its position is not read"
        if head.mixed:
            return None, "the header is typed with spaces: its columns are not read"
        return mark, ""


def _outer_place(ctx: Context, p: ParaInfo) -> tuple[int, int, int] | None:
    """The cell of the story's own table a paragraph stands in, through nested tables.

    (table, row, column), as stage 1 numbers them; ``p.table`` when not nested.
    """
    geometry = ctx.geometry()
    cell = geometry.cell(p) if geometry is not None else None
    if cell is None or cell.table.parent is None:
        return p.table
    outer = cell.outermost
    return (outer.table.number, outer.row, outer.column)


class _LeftMarkRule(_PlaceRule):
    abstract = True
    expected: ClassVar[str]

    def check(self, ctx: Context) -> Iterator[Outcome]:
        mark, reason = self.mark(ctx)
        if mark is None:
            yield self.skip(reason)
            return
        head = header_facts(ctx)
        place = where(mark, self.label)
        name = head.name.paragraph.table if head.name else None
        at = _outer_place(ctx, mark)  # a mark in a 1×1 table nested in the header's cell
        if at is not None and at[0] == head.table:
            if name is not None and at[2] >= name[2]:
                yield self.fail(place, "in the Quốc hiệu's column (right)", self.expected)
            else:
                yield self.ok(place)
        elif mark.align in ("center", "right") and mark.index > max(head.region, default=-1):
            yield self.fail(place, f"a paragraph aligned {mark.align} under the header",
                            self.expected)  # fmt: skip
        else:
            yield self.ok(place)


class UrgencyMisplaced(_LeftMarkRule):
    """The urgency mark stands at the left, under the number (ô 10b).

    The urgency stamp goes in ô 10b of the layout diagram (Phụ lục I, Phần I, Mục III,
    khoản 2.b): the left part of the page, under the number and the V/v line (and under the
    confidentiality mark, ô 10a). It is not placed in the Quốc hiệu's column.

    Wrong: `KHẨN` under the date line, in the right column

    Right: `KHẨN` in the left column, under `Số: …` and `V/v …`
    """

    code = "MK005"
    name = "urgency-mark-misplaced"
    component = "urgency"
    key = "urgency"
    label = "Dấu chỉ mức độ khẩn"
    expected = "ô 10b: the left column, under the number"


class ConfidentialityMisplaced(_LeftMarkRule):
    """The confidentiality mark stands at the left, under the number (ô 10a).

    The confidentiality stamp goes in ô 10a of the layout diagram (Phụ lục I, Phần I, Mục
    III, khoản 2.a): the left part of the page under the number, above the urgency mark.

    Wrong: `MẬT` in the right column of the header

    Right: `MẬT` in the left column, under `Số: …`
    """

    code = "MK006"
    name = "confidentiality-mark-misplaced"
    component = "confidentiality"
    key = "confidentiality"
    label = "Dấu chỉ độ mật"
    expected = "ô 10a: the left column, under the number"


class CirculationMisplaced(_PlaceRule):
    """The circulation instruction stands above the Quốc hiệu (ô 11).

    The circulation instruction goes in ô 11 of the layout diagram (Phụ lục I, Phần I, Mục
    III, khoản 2.c): above the Quốc hiệu, on the right. Not under the header, not in the
    agency's column.

    Wrong: `LƯU HÀNH NỘI BỘ` at the foot of the header or in the left column

    Right: `LƯU HÀNH NỘI BỘ` boxed, above `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`
    """

    code = "MK007"
    name = "circulation-mark-misplaced"
    component = "circulation"
    key = "circulation"
    label = "Chỉ dẫn về phạm vi lưu hành"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        mark, reason = self.mark(ctx)
        if mark is None:
            yield self.skip(reason)
            return
        head = header_facts(ctx)
        if head.name is None:
            yield self.skip("no Quốc hiệu found")
            return
        name = head.name.paragraph
        place = where(mark, self.label)
        expected = "ô 11: above the Quốc hiệu, on the right"
        at = _outer_place(ctx, mark)  # a box in a 1×1 table nested in the header's cell
        if mark.index > name.index:
            yield self.fail(place, "below the Quốc hiệu", expected)
        elif at is not None and name.table is not None and at[0] == name.table[0]:
            if at[2] == name.table[2]:
                yield self.ok(place)
            else:
                yield self.fail(place, f"in column {at[2] + 1}, not the Quốc hiệu's", expected)
        elif mark.align in ("left", "both", None) and name.table is not None:
            yield self.fail(place, f"aligned {mark.align or 'left'} above the header", expected)
        else:
            yield self.ok(place)


# ----------------------------------------------------------------------------- rules: mark boxes

STAMP_TOLERANCE_MM = 0.5
"""How far a mark's box may be from its stamp's size, each way (the issue's ±0.5 mm)."""
LEVEL_TOLERANCE_MM = 1.0
"""How far the Quốc hiệu's first line may stand from the agency's before it is not level:
less than a quarter of a line, more than the difference a 12 or 13 pt size makes."""


@dataclass(slots=True)
class _Box:
    """The rectangle a mark is printed in."""

    how: str
    width_mm: float
    height_mm: float
    members: list[ParaInfo]
    """The paragraphs standing in it."""
    cell: CellGeometry | None = None


def _same_box_borders(a: ParaInfo, b: ParaInfo) -> bool:
    """Whether Word draws two adjacent bordered paragraphs as one rectangle."""
    return (
        _same_cell(a, b)
        and a.box == b.box
        and all(a.borders.get(s) == b.borders.get(s) for s in _SIDES)
        and a.left == b.left
        and a.right == b.right
        and not a.borders.get("between")
    )


def _border_group(ctx: Context, p: ParaInfo) -> list[ParaInfo]:
    """``p`` and the adjacent paragraphs Word merges into its bordered rectangle."""
    if p.part != _BODY:
        return [p]
    paragraphs = ctx.info.paragraphs
    start = end = p.index
    while start > 0 and _same_box_borders(paragraphs[start - 1], p):
        start -= 1
    while end + 1 < len(paragraphs) and _same_box_borders(paragraphs[end + 1], p):
        end += 1
    return paragraphs[start : end + 1]


def mark_box(ctx: Context, p: ParaInfo) -> _Box | str:
    """The box a mark stands in and its size, or why it cannot be told."""
    geometry = ctx.geometry()
    if p.part.endswith("#textbox"):
        size = geometry.box(p.box) if geometry is not None and p.box is not None else None
        if size is None:
            return "the text box's size is not read"
        return _Box("a text box", size[0], size[1], [p])
    if geometry is None:
        return "the file's layout could not be read a second time"
    own = geometry.of(p)
    if own is None:
        return "the mark's paragraph is not read"
    if all(p.borders.get(side) for side in ("top", "left", "bottom", "right")):
        group = _border_group(ctx, p)
        first, last = group[0], group[-1]
        first_geometry, last_geometry = geometry.of(first), geometry.of(last)
        # the side borders stand outside the indents by their space and width, but never
        # outside the cell or the text area (LibreOffice moves the text in instead)
        room = (available_twips(p, ctx.info, geometry) + p.left + p.right) / 20
        for side, indent in (("left", p.left), ("right", p.right)):
            outside = own.border_space.get(side, 0.0) + own.border_width.get(side, 0.0)
            room -= max(indent / 20 - outside, 0.0)
        width = room - (own.border_width.get("left", 0.0) + own.border_width.get("right", 0.0)) / 2
        height = border_top_pt(first, first_geometry) - (
            first_geometry.border_width.get("top", 0.0) / 2 if first_geometry else 0.0
        )
        for index, member in enumerate(group):
            member_geometry = geometry.of(member)
            if index:
                height += upper_space_pt(group[index - 1], member, geometry)
                height += space_after_pt(group[index - 1], geometry)
            width_twips = available_twips(member, ctx.info, geometry)
            height += sum(b.height for b in line_boxes(member, member_geometry, width_twips))
        if last_geometry is not None and "bottom" in last.borders:
            height += last_geometry.border_space.get("bottom", 0.0)
            height += last_geometry.border_width.get("bottom", 0.0) / 2
        how = "paragraph borders" + (f" around {len(group)} paragraphs" if len(group) > 1 else "")
        return _Box(how, width * MM_PER_PT, height * MM_PER_PT, group)
    near = [q for q in ctx.info.paragraphs[max(0, p.index - 1) : p.index + 2]
            if _same_cell(q, p)] if p.part == _BODY else [p]  # fmt: skip
    shapes = [s for q in near for s in q.shapes if s.kind in ("rect", "textbox")]
    if shapes:
        shape = shapes[0]
        return _Box("a rectangle shape", shape.width_mm, shape.height_mm, [p])
    cell = own.cell
    head = header_facts(ctx)
    if cell is not None and not (cell.table.parent is None and cell.table.number == head.table
                                 and cell.table.part == _BODY):  # fmt: skip
        table = cell.table
        twips = cell.width
        if twips is None and table.width is not None and len(table.grid) <= 1:
            twips = table.width
        if twips is None:
            return "the width of the mark's cell is not given in twips"
        height = row_height_pt(table, cell.row, ctx.info, geometry)
        how = "a 1×1 table" if len(table.cells) == 1 else "a table cell"
        return _Box(how, twips * MM_PER_TWIP, height * MM_PER_PT, cell.paragraphs, cell)
    return "the mark has no box of its own (MK003, MK004 report it)"


class _StampSizeRule(_OneMarkRule):
    abstract = True
    message = "{where}: the box is {found}; expected {expected}"
    message_vi = "{where}: khung dấu {found}; quy định {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        mark, reason = self.found_mark(ctx)
        if mark is None:
            yield self.skip(reason)
            return
        stamp = ctx.standard.stamp(self.key, mark.visible_text)
        if stamp is None:
            yield self.skip(f"{ctx.standard.title} gives no stamp size for «{mark.visible_text}»")
            return
        box = mark_box(ctx, mark)
        if isinstance(box, str):
            yield self.skip(box)
            return
        place = where(mark, self.label)
        size = f"{stamp.width_mm:g} × {stamp.height_mm:g} mm"
        expected = f"{size} ({stamp.words}), ±{STAMP_TOLERANCE_MM:g} mm"
        width_ok = abs(box.width_mm - stamp.width_mm) <= STAMP_TOLERANCE_MM + 1e-6
        height_ok = abs(box.height_mm - stamp.height_mm) <= STAMP_TOLERANCE_MM + 1e-6
        if width_ok and height_ok:
            yield self.ok(place)
        else:
            yield self.fail(place, f"{box.width_mm:.1f} × {box.height_mm:.1f} mm ({box.how})",
                            expected)  # fmt: skip


class UrgencyBoxWrongSize(_StampSizeRule):
    """The urgency mark's box has the stamp's size: 30×8, 40×8 or 20×8 mm.

    The urgency stamps are rectangles of set sizes: "HOẢ TỐC" 30 mm × 8 mm, "THƯỢNG KHẨN"
    40 mm × 8 mm, "KHẨN" 20 mm × 8 mm (Phụ lục I, Phần I, Mục III, khoản 2.b); the sizes are
    the standard's ``stamps`` rows. Typed in the document, the box must have that size (±0.5
    mm): a 1×1 table (its width and its row's height), paragraph borders (the width the
    paragraph has between its indents, the borders' spaces, the lines' heights), a text box
    or a rectangle (its extent).

    Wrong: `KHẨN` with borders on all four sides of a paragraph that spans the agency's
    column (73.9 × 6 mm)

    Right: `KHẨN` centred in a 1×1 table 20 mm wide whose row is exactly 8 mm high
    """

    code = "MK008"
    name = "urgency-box-wrong-size"
    component = "urgency"
    key = "urgency"
    label = "Dấu chỉ mức độ khẩn"


class ConfidentialityBoxWrongSize(_StampSizeRule):
    """The confidentiality mark's box has the stamp's size (a warning).

    The confidentiality stamps are set by the law on state secrets (Phụ lục I, Phần I, Mục
    III, khoản 2.a refers to it): "TUYỆT MẬT" 40×8 mm, "TỐI MẬT" 30×8 mm, "MẬT" 20×8 mm as
    the standard's ``stamps`` rows read the circular's forms. The sizes are not confirmed
    against the circular's own text, so a box of another size is only a warning. Measured as
    for MK008.

    Wrong: `MẬT` in a box as wide as the agency's column

    Right: `MẬT` in a 1×1 table 20 mm wide and 8 mm high
    """

    code = "MK009"
    name = "confidentiality-box-wrong-size"
    severity = Severity.WARNING
    component = "confidentiality"
    key = "confidentiality"
    label = "Dấu chỉ độ mật"


_MARKS_LOCATOR: dict[str, str] = {
    "nd30-2020": "Decree 30/2020, Phụ lục I, Phần I, Mục III, khoản 2.a and 2.b",
    "tt01-2011": "Circular 01/2011/TT-BNV, Điều 15",
}


def _one_box(ctx: Context, a: ParaInfo, b: ParaInfo) -> str:
    """How two marks share one rectangle ("" when they do not)."""
    if a is b:
        return "typed in one paragraph"
    if a.part.endswith("#textbox") and a.part == b.part and a.box == b.box:
        return "in one text box"
    if all(a.borders.get(s) for s in ("top", "left", "bottom", "right")) and any(
        q is b for q in _border_group(ctx, a)
    ):
        return "adjacent paragraphs with the same borders and indents (Word draws one box)"
    geometry = ctx.geometry()
    if geometry is not None:
        cell = geometry.cell(a)
        head = header_facts(ctx)
        if (
            cell is not None
            and cell is geometry.cell(b)
            and not (cell.table.parent is None and cell.table.number == head.table)
        ):
            return "in one table cell"
    return ""


class MarksShareOneBox(Rule):
    """The confidentiality and urgency marks stand each in a box of its own.

    The confidentiality mark (ô 10a) and the urgency mark (ô 10b) are two stamps, each a
    rectangle of its own size (Phụ lục I, Phần I, Mục III, khoản 2.a and 2.b), one under the
    other. Typed in one box — one paragraph, one table cell, one text box, or two paragraphs
    with the same borders and indents, which Word and LibreOffice draw as one rectangle —
    they read as one stamp.

    Wrong: `MẬT` and `KHẨN` as two adjacent paragraphs, each bordered on four sides with the
    same indents (one 2-line box)

    Right: `MẬT` in a 20×8 mm table, a small spacer paragraph, then `KHẨN` in its own
    20×8 mm table
    """

    code = "MK010"
    name = "marks-share-one-box"
    component = "urgency"
    locator = _MARKS_LOCATOR
    message = "{where}: the two marks are {found}; expected {expected}"
    message_vi = "{where}: hai dấu {found}; yêu cầu {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        head = header_facts(ctx)
        if reason := _not_applicable(head):
            yield self.skip(reason)
            return
        urgency, secret = ctx.layout.urgency, ctx.layout.confidentiality
        head_text = upper(" ".join(p.visible_text for p in ctx.info.paragraphs[:_SCAN]))
        maybe = "MẬT" in head_text or "MÂT" in head_text or "MAT" in head_text
        both = [p for p in (_mark_candidates(ctx, ("KHẨN", "TỐC", "MẬT")) if maybe else [])
                if {"KHAN", "TOC"} & set(_key(p.visible_text).split())
                and "MAT" in _key(p.visible_text).split()]  # fmt: skip
        if both:
            yield self.fail(where(both[0], "Dấu chỉ độ mật, mức độ khẩn"), "typed in one paragraph",
                            "each mark in a rectangle of its own")  # fmt: skip
            return
        if urgency is None or secret is None:
            yield self.skip("the document does not carry both marks")
            return
        place = where(urgency, "Dấu chỉ mức độ khẩn")
        shared = _one_box(ctx, secret, urgency)
        if shared:
            yield self.fail(place, shared, "each mark in a rectangle of its own")
        else:
            yield self.ok(place)


def _top_in_cell_pt(ctx: Context, p: ParaInfo, cell: CellGeometry) -> float | None:
    """How far under the top of its cell the first line of ``p`` begins (points)."""
    geometry = ctx.geometry()
    if geometry is None:
        return None
    before = _after_in_cell(cell, p, after=False)
    if before is None:
        return None
    previous = before[-1] if before and isinstance(before[-1], ParaInfo) else None
    top = cell.margins["top"] / 20 + flow_height_pt(before, ctx.info, geometry)
    top += upper_space_pt(previous, p, geometry) + border_top_pt(p, geometry.of(p))
    extra = max(row_height_pt(cell.table, cell.row, ctx.info, geometry)
                - cell_content_pt(cell, ctx.info, geometry), 0.0)  # fmt: skip
    top += extra * {"top": 0.0, "center": 0.5, "bottom": 1.0}.get(cell.v_align, 0.0)
    return top


def _table_top_pt(ctx: Context, cell: CellGeometry) -> float | None:
    """How far under the top of the story's table the top of ``cell`` stands (points)."""
    geometry = ctx.geometry()
    if geometry is None:
        return None
    offset = 0.0
    while True:
        table = cell.table
        offset += sum(row_height_pt(table, r, ctx.info, geometry) for r in range(cell.row))
        parent = table.parent
        if parent is None:
            return offset
        inner = _top_of_item(ctx, parent, table)
        if inner is None:
            return None
        offset += inner
        cell = parent


def _top_of_item(ctx: Context, cell: CellGeometry, item: TableGeometry) -> float | None:
    geometry = ctx.geometry()
    if geometry is None or item not in cell.items:
        return None
    before = cell.items[: cell.items.index(item)]
    return cell.margins["top"] / 20 + flow_height_pt(before, ctx.info, geometry)


class CirculationPushesNationalName(Rule):
    """The circulation box (ô 11) leaves the Quốc hiệu level with the agency's first line.

    The circulation instruction (ô 11) stands above the Quốc hiệu (Phụ lục I, Phần I, Mục
    III, khoản 2.c); the Quốc hiệu and the agency's name (ô 1 and ô 2) open the header side
    by side, on one level (Phụ lục I, Phần I, Mục II, khoản 1.a and 2; the layout diagram).
    A box typed as a paragraph above the Quốc hiệu in its own cell pushes it down, out of
    line with the agency. The rule compares the tops of the two first lines as LibreOffice
    lays them out (within 1 mm); a box in a table row of its own above both columns, or in
    the page header, leaves them level.

    Wrong: `XEM XONG TRẢ LẠI` in a bordered paragraph above `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
    NAM` in the right cell: the Quốc hiệu 6.5 mm below `ỦY BAN NHÂN DÂN`

    Right: the box in a first row of its own, the left cell of that row empty; the agency and
    the Quốc hiệu both open the next row
    """

    code = "MK011"
    name = "circulation-mark-pushes-national-name"
    component = "circulation"
    message = "{where}: {found}; expected {expected}"
    message_vi = "{where}: {found}; yêu cầu {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        head = header_facts(ctx)
        if reason := _not_applicable(head):
            yield self.skip(reason)
            return
        mark = ctx.layout.circulation
        if mark is None:
            yield self.skip("no circulation instruction (ô 11) found")
            return
        if head.name is None or not head.agency:
            yield self.skip("no Quốc hiệu and agency found")
            return
        agency = (ctx.layout.parent_agency or head.agency)[0]
        name = head.name.paragraph
        place = where(name, "Quốc hiệu")
        expected = "the Quốc hiệu level with the agency's first line (ô 11 above both columns)"
        if name is agency or head.mixed:
            yield self.skip("the header is typed on shared lines: its columns are not laid out")
            return
        geometry = ctx.geometry()
        found = [geometry.cell(p) if geometry is not None else None for p in (name, agency)]
        cells = [cell for cell in found if cell is not None]
        if len(cells) != 2:
            yield self.skip("the header is not laid out in a table")
            return
        tops: list[float] = []
        for p, cell in zip((name, agency), cells, strict=True):
            inner = _top_in_cell_pt(ctx, p, cell)
            outer = _table_top_pt(ctx, cell)
            if (
                inner is None
                or outer is None
                or cell.outermost.table is not cells[0].outermost.table
            ):
                yield self.skip("the Quốc hiệu and the agency are not in one table")
                return
            tops.append(inner + outer)
        drop = (tops[0] - tops[1]) * MM_PER_PT
        if abs(drop) <= LEVEL_TOLERANCE_MM:
            yield self.ok(place)
        else:
            side = "below" if drop > 0 else "above"
            yield self.fail(place, f"the Quốc hiệu stands {abs(drop):.1f} mm {side} the agency's "
                            "first line", expected)  # fmt: skip


# ----------------------------------------------------------------------------- wrapped lines


def _wrapped_lines(ctx: Context, p: ParaInfo, text: str) -> tuple[list[str], float]:
    """How the line ``text`` of ``p`` wraps in its width, and that width in mm."""
    room = available_twips(p, ctx.info, ctx.geometry())
    room -= max(p.first_line - p.hanging, 0)
    size = float(p.size or 12.0)
    return wrap_lines(text, max(room, 1), size, bold=bool(p.bold)), room * MM_PER_TWIP


_ORPHAN_LOCATOR: dict[str, str] = {
    "nd30-2020": "Decree 30/2020, Phụ lục I, Phần I, Mục II, khoản 2.b and 5.b",
    "tt01-2011": "Circular 01/2011/TT-BNV, Điều 7 and 10",
}
_ORPHAN_EXPECTED = "a line break where the sense allows, no word alone on a line"
_KEYS = {"Tên cơ quan chủ quản": "parent_agency", "Tên cơ quan": "agency",
         "Trích yếu": "subject", "Trích yếu công văn": "dispatch_subject"}  # fmt: skip


class HeaderLineOrphanWord(Rule):
    """No agency or subject line wraps leaving one word alone on its last line.

    The agency's name (ô 2, and its parent body's) and the trích yếu (ô 5a, 5b) are set in
    lines an office breaks by hand, where the sense allows ("SỞ THÔNG TIN" / "VÀ TRUYỀN
    THÔNG"); the decree's samples never leave a word alone under a long line (Phụ lục I,
    Phần I, Mục II, khoản 2.b and 5.b; Phụ lục III). A line longer than its cell is broken
    by Word at the last space that fits (:func:`vnadmin_docs.metrics.wrap_lines`, in the
    cell less its margins and the paragraph's indents, at its size and weight); when that
    leaves a single word on the last line, the line is named.

    Wrong: `SỞ THÔNG TIN VÀ TRUYỀN THÔNG` at 13 pt bold in a 60 mm cell, printed as
    `SỞ THÔNG TIN VÀ TRUYỀN` / `THÔNG`

    Right: `SỞ THÔNG TIN` / `VÀ TRUYỀN THÔNG`, broken by a line break
    """

    code = "HD013"
    name = "header-line-orphan-word"
    component = "agency"
    locator = _ORPHAN_LOCATOR
    message = "{where}: {found}; expected {expected}"
    message_vi = "{where}: {found}; yêu cầu {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        head = header_facts(ctx)
        if reason := _not_applicable(head):
            yield self.skip(reason)
            return
        layout = ctx.layout
        groups = [
            ("Tên cơ quan chủ quản", layout.parent_agency),
            ("Tên cơ quan", list(layout.agency) or head.agency),
            ("Trích yếu", layout.subject),
            ("Trích yếu công văn", layout.dispatch_subject),
        ]
        checked = False
        for label, paragraphs in groups:
            key = _KEYS[label]
            for p in paragraphs:
                if head.mixed and p.table is None and key in ("agency", "parent_agency"):
                    continue  # typed with spaces: the column's width is not known
                for line in layout.text(key, p).split("\n"):
                    line = " ".join(line.split())
                    if not line:
                        continue
                    checked = True
                    wrapped, room = _wrapped_lines(ctx, p, line)
                    place = where(p, label)
                    if len(wrapped) > 1 and len(wrapped[-1].split()) == 1:
                        shown = " / ".join(wrapped)
                        found = f"«{line}» wraps in {room:.0f} mm as «{shown}»"
                        yield self.fail(place, found, _ORPHAN_EXPECTED)
                    else:
                        yield self.ok(place)
        if not checked:
            yield self.skip("no agency name or subject found")
