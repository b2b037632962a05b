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

import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import ClassVar

from vnadmin_docs.metrics import text_width_pt
from vnadmin_docs.models.components import Confidentiality, Urgency
from vnadmin_docs.ooxml.read import DocxInfo, ParaInfo, ShapeInfo
from vnadmin_docs.standards import Standard
from vnadmin_docs.validate.engine import Context, Outcome, Rule, Severity, where
from vnadmin_docs.vietnamese import nfc, tone_insensitive_key, upper

__all__ = [
    "AgencyMissing",
    "AgencyRuleLength",
    "AgencyRuleMissing",
    "CirculationMisplaced",
    "CirculationNotBoxed",
    "ConfidentialityMisplaced",
    "ConfidentialityUnknown",
    "HeaderColumnsSwapped",
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
    "RuleNotSolid",
    "RuleOffCentre",
    "RuleTypedCharacters",
    "RuleUnderlinedText",
    "SubjectRuleLength",
    "SubjectRuleMissing",
    "UrgencyMisplaced",
    "UrgencyNotBoxed",
    "UrgencyUnknown",
]

MM_PER_PT = 25.4 / 72
MM_PER_TWIP = MM_PER_PT / 20
_BODY = "word/document.xml"
_SCAN = 20
"""How many paragraphs from the top are scanned when the recogniser found nothing."""
_DASHES = "-‐‑–—−"
_HYPHENS = "-‐‑"
"""Characters that are a hyphen (gạch nối): ASCII, U+2010 and Word's non-breaking hyphen."""
_GAP = re.compile(r"\S(?:\t| {3,}(?! ))+\S")
"""Two columns typed on one line, kept apart with tabs or runs of spaces. A run of spaces is
taken whole (``(?! )``): ``(?: {3,})+`` cuts it into runs of three in every way, which takes
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
    size = float(paragraph.size or 12.0)
    heavy = bool(paragraph.bold) if bold is None else bold
    return text_width_pt(text, size, bold=heavy) * MM_PER_PT


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


def _motto_pattern(standard: Standard) -> re.Pattern[str]:
    phrases = [p.strip() for p in re.split(f"[{_DASHES}]", standard.national_motto) if p.strip()]
    parts: list[str] = []
    for index, phrase in enumerate(phrases):
        if index:
            parts.append(rf"(?P<s{index}>\s*[{_DASHES}]?\s*)")
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
    pattern = _motto_pattern(ctx.standard)
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


def _head(ctx: Context) -> _Header:
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
        head = _head(ctx)
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
        name = _head(ctx).name
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
        name = _head(ctx).name
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
        head = _head(ctx)
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
        motto = _head(ctx).motto
        if motto is None:
            yield self.skip("no Tiêu ngữ found")
            return
        place = where(motto.paragraph, "Tiêu ngữ")
        expected = [p.strip() for p in re.split(f"[{_DASHES}]", ctx.standard.national_motto)]
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
        motto = _head(ctx).motto
        if motto is None:
            yield self.skip("no Tiêu ngữ found")
            return
        place = where(motto.paragraph, "Tiêu ngữ")
        good = re.compile(rf"^\s+[{_DASHES}]\s+$")
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
        motto = _head(ctx).motto
        if motto is None:
            yield self.skip("no Tiêu ngữ found")
            return
        place = where(motto.paragraph, "Tiêu ngữ")
        dashes = {
            ch for s in motto.separators() for ch in s if ch in _DASHES and ch not in _HYPHENS
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
        head = _head(ctx)
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
        head = _head(ctx)
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
        head = _head(ctx)
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
        head = _head(ctx)
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
        head = _head(ctx)
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
        return _Line(under, found.method, found.length_mm, found.paragraph, shape, chars)
    component = _component(ctx, key)
    if not component:
        return None
    if key == "motto_rule" and not ctx.layout.national_motto:
        motto = _head(ctx).motto
        runs = motto.paragraph.text_runs() if motto else []
        if motto is not None and not motto.mixed and runs and all(r.underline for r in runs):
            return _Line(
                under, "underline", _width_mm(motto.text, motto.paragraph), motto.paragraph
            )
    return _search(ctx.info, under, component)


def _component(ctx: Context, key: str) -> list[ParaInfo]:
    if key == "motto_rule":
        motto = _head(ctx).motto
        return [motto.paragraph] if motto else []
    if key == "agency_rule":
        return list(ctx.layout.agency) or _head(ctx).agency
    return list(ctx.layout.subject) if ctx.layout.type_name is not None else []


def _text_lines_mm(ctx: Context, key: str) -> list[float]:
    """The widths of the text lines the rule stands under, wrapped lines approximated."""
    if key == "motto_rule":
        motto = _head(ctx).motto
        return [_width_mm(" ".join(motto.text.split()), motto.paragraph)] if motto else []
    widths: list[float] = []
    for p in _component(ctx, key):
        room = _available_mm(p, ctx.info)
        for line in _lines(p):
            widths += _wrapped(_width_mm(line, p), room, len(line))
    return widths


def _wrapped(width: float, room: float, chars: int) -> list[float]:
    """The widths of the lines Word wraps a line into (dòng bị ngắt): full lines, then the rest.

    Arithmetic, not a loop over the lines: a huge font size or a tiny cell read from the
    file must not make the list huge. A line never wraps into more lines than it has
    characters, so at most ``chars`` lines are listed.
    """
    if not (math.isfinite(width) and math.isfinite(room)) or room <= 0 or width <= room:
        return [width] if math.isfinite(width) else []
    full, rest = divmod(width, room)
    if rest <= 0:  # an exact multiple: the last full line is the rest
        full, rest = full - 1, room
    count = int(min(full, max(chars - 1, 1)))
    return [room] * count + [rest]


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
        head = _head(ctx)
        if reason := _not_applicable(head):
            return reason
        if key == "motto_rule" and head.motto is None:
            return "no Tiêu ngữ found"
        if key == "agency_rule" and not _component(ctx, key):
            return "no agency name found"
        if key == "subject_rule":
            if ctx.layout.type_name is None:
                return "no type name of an administrative document (a công văn's V/v has no rule)"
            if not ctx.layout.subject:
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
        if _head(ctx).mixed and line.paragraph.table is None and self.key != "subject_rule":
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
    Mục II, khoản 2.b); the fractions come from the standard's row. When the name has
    several lines the text does not say which one counts, so the rule accepts anything from
    1/3 of the shortest line to 1/2 of the longest. Tolerance: ±3 % of the line for a
    paragraph border, ±5 % for a shape or typed underscores drawn by eye (about 2 mm on a
    40 mm name); underscores are also accepted at superscript size (see RL002).

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
    Mục II, khoản 5.b). A subject of several lines is judged from 1/3 of its shortest line
    to 1/2 of its longest; a paragraph longer than the page is wrapped at the page width
    (full lines, then the rest). Tolerances as for RL004.

    Wrong: a 40 mm rule under a two-line subject whose lines are 150 and 165 mm

    Right: a 30–45 mm rule under a 90 mm subject line
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
        if reason := _not_applicable(_head(ctx)):
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
    """The rules under the headings are not floating shapes.

    A line shape anchored to a paragraph floats over the text at an offset: when the text
    reflows (another font, LibreOffice, a longer agency name) the line stays where it was and
    drifts away from the words it belongs under. The decree asks for a rule under the text
    (Phụ lục I, Phần I, Mục II, khoản 1.b, 2.b, 5.b); a paragraph border moves with it. A
    warning: most offices draw these lines as shapes.

    Wrong: a "Straight Connector" anchored to the Tiêu ngữ's cell

    Right: an empty paragraph with a top border, indented to the rule's length
    """

    code = "RL008"
    name = "rule-drawn-as-floating-shape"
    method = "shape"
    message = "{where}: the rule is {found}, which drifts when the text reflows; prefer {expected}"
    message_vi = (
        "{where}: đường kẻ ngang được vẽ bằng {found}, dễ bị lệch khi văn bản dàn lại; "
        "nên dùng {expected}"
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
        if reason := _not_applicable(_head(ctx)):
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
        if reason := _not_applicable(_head(ctx)):
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
            elif re.fullmatch(r"_+", line.chars.strip()):
                yield self.ok(place)
            else:
                yield self.fail(place, f"typed as «{line.chars.strip()[:20]}»", "a solid line")
        if not checked:
            yield self.skip("no rule drawn as a border or characters (shape styles are not read)")


# ----------------------------------------------------------------------------- rules: marks


def _mark_candidates(ctx: Context, words: Sequence[str]) -> list[ParaInfo]:
    """Short capitalised lines of the header holding one of ``words`` (e.g. KHẨN, TỐC)."""
    head = _head(ctx)
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
            return "a table cell (its borders are not read)"
    return ""


class _MarkRule(Rule):
    abstract = True
    words: ClassVar[tuple[str, ...]]
    label: ClassVar[str]

    def marks(self, ctx: Context) -> list[ParaInfo]:
        if _not_applicable(_head(ctx)):
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


class _BoxRule(Rule):
    abstract = True
    key: ClassVar[str]
    label: ClassVar[str]
    message = "{where}: the mark is {found}; expected {expected}"
    message_vi = "{where}: dấu {found}; yêu cầu {expected}"

    def check(self, ctx: Context) -> Iterator[Outcome]:
        head = _head(ctx)
        if reason := _not_applicable(head):
            yield self.skip(reason)
            return
        mark = getattr(ctx.layout, self.key)
        if mark is None:
            yield self.skip(f"no {self.label.lower()} found")
            return
        place = where(mark, self.label)
        if _boxed(ctx, mark, head.table):
            yield self.ok(place)
        else:
            yield self.fail(place, "not boxed", "a single-line rectangle around it")


class UrgencyNotBoxed(_BoxRule):
    """The urgency mark stands in a single-line rectangle.

    The urgency stamp is a rectangle (30×8, 40×8 or 20×8 mm) with the words "đặt cân đối
    trong khung hình chữ nhật viền đơn" (Phụ lục I, Phần I, Mục III, khoản 2.b). Typed in
    the document, the mark needs a box: borders on all four sides of its paragraph, a text
    box, a rectangle shape, or a cell of its own.

    Wrong: `KHẨN` as plain bold text

    Right: `KHẨN` with a single border on all four sides
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
    on all four sides of the paragraph, a text box, a rectangle shape, or a cell of its own.

    Wrong: `XEM XONG TRẢ LẠI` as plain bold text

    Right: `XEM XONG TRẢ LẠI` with a single border on all four sides
    """

    code = "MK004"
    name = "circulation-mark-not-boxed"
    component = "circulation"
    key = "circulation"
    label = "Chỉ dẫn về phạm vi lưu hành"


class _PlaceRule(Rule):
    abstract = True
    key: ClassVar[str]
    label: ClassVar[str]
    message = "{where}: the mark is {found}; expected {expected}"
    message_vi = "{where}: dấu {found}; yêu cầu {expected}"

    def mark(self, ctx: Context) -> tuple[ParaInfo | None, str]:
        head = _head(ctx)
        if reason := _not_applicable(head):
            return None, reason
        mark: ParaInfo | None = getattr(ctx.layout, self.key)
        if mark is None:
            return None, f"no {self.label.lower()} found"
        if mark.part != _BODY:
            return None, "the mark is in a text box or frame: its position is not read"
        if head.mixed:
            return None, "the header is typed with spaces: its columns are not read"
        return mark, ""


class _LeftMarkRule(_PlaceRule):
    abstract = True
    expected: ClassVar[str]

    def check(self, ctx: Context) -> Iterator[Outcome]:
        mark, reason = self.mark(ctx)
        if mark is None:
            yield self.skip(reason)
            return
        head = _head(ctx)
        place = where(mark, self.label)
        name = head.name.paragraph.table if head.name else None
        if mark.table is not None and mark.table[0] == head.table:
            if name is not None and mark.table[2] >= name[2]:
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
        head = _head(ctx)
        if head.name is None:
            yield self.skip("no Quốc hiệu found")
            return
        name = head.name.paragraph
        place = where(mark, self.label)
        expected = "ô 11: above the Quốc hiệu, on the right"
        if mark.index > name.index:
            yield self.fail(place, "below the Quốc hiệu", expected)
        elif mark.table is not None and name.table is not None and mark.table[0] == name.table[0]:
            if mark.table[2] == name.table[2]:
                yield self.ok(place)
            else:
                yield self.fail(
                    place, f"in column {mark.table[2] + 1}, not the Quốc hiệu's", expected
                )
        elif mark.align in ("left", "both", None) and name.table is not None:
            yield self.fail(place, f"aligned {mark.align or 'left'} above the header", expected)
        else:
            yield self.ok(place)
