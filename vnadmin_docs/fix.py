"""Mend a Word file in place without touching its words (sửa thể thức tệp Word tại chỗ).

:func:`fix` edits the XML of a .docx package with lxml and leaves every other part of it
as it was: the words, tables, images, comments, tracked changes and styles the author made
stay, and only the formatting the validator can judge and the fix can set is changed:

- page size A4 and margins outside the standard's ranges (PG001, PG003–PG006), in every
  section;
- fonts: the standard's font (Times New Roman) in the four slots of every ``w:rFonts`` of
  the styles, the body, headers, footers and notes (FT001–FT004), theme references made
  explicit (FT006), the East Asian hint dropped (FT005), text stored in a legacy TCVN3 or
  VNI font converted to Unicode (FT012, FT008, FT009), legacy fonts no part names any more
  removed from the font table (FT010);
- size, weight, slant, capitals (``w:caps``, the letters stay as typed) and alignment of
  each component the reader recognises, only where they are outside the standard's row
  (FM rules);
- text in Unicode NFC (FT011);
- a centred PAGE field in the header from page 2 where the file numbers no page (PN001).

Each change names the validator's rule it mends; :attr:`FixReport.remaining` is what the
validator still finds in the fixed file.

>>> from vnadmin_docs.examples import kontum_2452
>>> from vnadmin_docs.render.docx import docx_bytes
>>> report = fix(docx_bytes(kontum_2452()))
>>> report.changes  # our own file needs no change
[]
"""

from __future__ import annotations

import io
import os
import re
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePosixPath
from typing import IO

from lxml import etree

from vnadmin_docs.errors import InputError, ReadError
from vnadmin_docs.legacy import encoding_of_font, looks_legacy, to_unicode
from vnadmin_docs.ooxml.build import ORDER, el, half_points, mm_to_twips, qn
from vnadmin_docs.ooxml.read import (
    LIMITS,
    DocxInfo,
    Limits,
    ParaInfo,
    RunInfo,
    _open_zip,
    _parse,
    _read_member,
    read_docx,
    read_source_bytes,
)
from vnadmin_docs.read.components import Layout, recognise
from vnadmin_docs.render.docx import STANDARD_PROPERTY
from vnadmin_docs.serialization import atomic_write
from vnadmin_docs.standards import Case, Standard
from vnadmin_docs.validate import REGISTRY, Finding, Status, choose_standard, validate
from vnadmin_docs.validate.engine import Context, Outcome
from vnadmin_docs.validate.engine import where as place_of
from vnadmin_docs.validate.rules.closing import read_closing
from vnadmin_docs.validate.rules.content import last_body_paragraph
from vnadmin_docs.validate.rules.content import recipients as content_recipients
from vnadmin_docs.validate.rules.format import FORMAT_RULES, component_paragraphs
from vnadmin_docs.validate.rules.header import DASHES as _MOTTO_DASHES
from vnadmin_docs.validate.rules.header import HYPHENS as _MOTTO_HYPHENS
from vnadmin_docs.validate.rules.header import header_facts, motto_pattern
from vnadmin_docs.validate.rules.number_date import NUMBER_RAW, DateLine, date_line
from vnadmin_docs.validate.rules.page import (
    MARGIN_TOLERANCE_MM,
    PAPER_TOLERANCE_MM,
    page_count,
    reads_as_legacy,
)
from vnadmin_docs.validate.vi import FIX_EXACT, change_vi
from vnadmin_docs.vietnamese import nfc, parse_date, parse_issue_date, same_words, upper

__all__ = ["MENDED", "TEXT_MENDED", "Change", "FixReport", "fix"]

Source = str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes]


@dataclass(frozen=True, slots=True)
class Change:
    """One change the fix made (một chỗ sửa), under the validator's rule it mends.

    ``where`` names the part and the component or section (``word/document.xml: Quốc
    hiệu``); ``before`` and ``after`` are the values, as the validator would print them.
    """

    rule_code: str
    where: str
    before: str
    after: str
    text: bool = False
    """A text change (``fix(text=True)``): ``before`` and ``after`` are the document's own
    words (the whole line the change is in), not values of the format."""

    def describe(self, lang: str = "en") -> str:
        """The change on one line, as the command line prints it (``lang``: ``en``, ``vi``).

        The document's own text is quoted in «…» and never translated; under ``vi`` the
        place and the values are Vietnamese (:func:`~vnadmin_docs.validate.vi.change_vi`).

        >>> Change("PG003", "section 1: top margin", "15.0 mm", "20 mm").describe("vi")
        'PG003 phần 1: lề trên: 15,0 mm → 20 mm'
        """
        where = change_vi(self.where) if lang == "vi" else self.where
        if self.text:
            values = [f"«{v}»" for v in _abridged(self.before, self.after)]
        elif lang == "vi":
            values = [
                f"«{v}»" if self.rule_code in _FONT_CODES and v not in FIX_EXACT else change_vi(v)
                for v in (self.before, self.after)
            ]
        else:
            values = [self.before, self.after]
        place = f" {where}:" if where else ""
        return f"{self.rule_code}{place} {values[0]} → {values[1]}"


_FONT_CODES = frozenset({"FT001", "FT002", "FT003", "FT004", "FT008", "FT009", "FT010"})
"""Rules whose values are font names: the file's own words, quoted in Vietnamese."""

_KEPT = 24
"""How many characters of context a long line keeps around a text change when printed."""


def _abridged(before: str, after: str) -> tuple[str, str]:
    """A long line before and after a change, cut to the change and some words around it."""
    head = 0
    while head < min(len(before), len(after)) and before[head] == after[head]:
        head += 1
    tail = 0
    while (tail < min(len(before), len(after)) - head
           and before[-1 - tail] == after[-1 - tail]):  # fmt: skip
        tail += 1
    start = 0
    if head > _KEPT:
        start = before.find(" ", head - _KEPT, head) + 1
    stop = 0
    if tail > _KEPT:
        cut = before.rfind(" ", len(before) - tail, len(before) - tail + _KEPT)
        stop = len(before) - cut if cut > 0 else 0
    out = []
    for line in (before, after):
        piece = line[start : len(line) - stop]
        out.append(("…" if start else "") + piece + ("…" if stop else ""))
    return out[0], out[1]


@dataclass(slots=True)
class FixReport:
    """What :func:`fix` did to a file (báo cáo sửa thể thức).

    ``changes`` lists each change with the rule it mends; ``remaining`` the failures the
    validator still reports on the fixed file (the words, the structure and what the fix
    does not set are not its to mend); ``data`` the fixed file's bytes when no target was
    given; ``target`` the path written otherwise.
    """

    source: str
    standard: str
    changes: list[Change] = field(default_factory=list)
    remaining: list[Finding] = field(default_factory=list)
    data: bytes | None = None
    target: str | None = None

    @property
    def codes(self) -> list[str]:
        """The codes of the rules the fix claims to mend, sorted."""
        return sorted({change.rule_code for change in self.changes})

    @property
    def unmended(self) -> list[str]:
        """Codes the fix claims that the validator still reports failing (normally none)."""
        claimed = set(self.codes)
        return sorted({f.code for f in self.remaining if f.code in claimed})


# ----------------------------------------------------------------------------- XML names

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_P, _R, _T, _RPR, _PPR = qn("w:p"), qn("w:r"), qn("w:t"), qn("w:rPr"), qn("w:pPr")
_TBL, _TR, _TC = qn("w:tbl"), qn("w:tr"), qn("w:tc")
_SDT, _SDTCONTENT, _CUSTOMXML = qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml")
_FLDSIMPLE, _DEL, _DRAWING, _PICT = qn("w:fldSimple"), qn("w:del"), qn("w:drawing"), qn("w:pict")
_TXBX, _RFONTS, _SECTPR, _BODY = qn("w:txbxContent"), qn("w:rFonts"), qn("w:sectPr"), qn("w:body")
_MC_ALT, _MC_FALLBACK = f"{_MC}AlternateContent", f"{_MC}Fallback"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_SLOTS = ("ascii", "hAnsi", "eastAsia", "cs")
_SLOT_CODE = {"ascii": "FT001", "hAnsi": "FT002", "eastAsia": "FT003", "cs": "FT004"}
_THEME_ATTRS = ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")
_SYMBOL_FONT = re.compile(r"^(symbol|wingdings|webdings|marlett|mt extra|zapf)", re.I)
_STORY = re.compile(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml")
_HISTORY = (qn("w:rPrChange"), qn("w:pPrChange"))
_RANK = {parent: {qn(tag): i for i, tag in enumerate(tags)} for parent, tags in ORDER.items()}
_JC = {"center": "center", "justify": "both", "left": "left", "right": "right"}


TEXT_MENDED: tuple[str, ...] = ("NB001", "NB010", "NB003", "DT001", "DT002", "DT003", "HD007",
                                 "HD006", "RC007", "RC005", "RC006", "DS004", "DS005", "BD013",
                                 "BD005")  # fmt: skip
"""The rules whose text ``fix(text=True)`` mends, in the order it mends them."""

MENDED: frozenset[str] = frozenset(
    {"PG001", "PG003", "PG004", "PG005", "PG006", "PN001"}
    | {f"FT{n:03d}" for n in (1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12)}
    | {
        code
        for code, _, prop in FORMAT_RULES
        if prop in ("size", "bold", "italic", "case", "align")
    }
    | set(TEXT_MENDED)
)
"""Every rule :func:`fix` may mend (the text rules only with ``text=True``)."""


def _w(name: str) -> str:
    return f"{{{W}}}{name}"


# ----------------------------------------------------------------------------- low level


def _child(parent: etree._Element, name: str, container: str) -> etree._Element:
    """The child ``name`` of a property container, created in schema order if missing."""
    tag = qn(name)
    found = parent.find(tag)
    if found is not None:
        return found
    rank = _RANK[container]
    mine = rank[tag]
    new = etree.Element(tag)
    for index, child in enumerate(parent):
        other = rank.get(str(child.tag), 10_000)
        if other > mine:
            parent.insert(index, new)
            return new
    parent.append(new)
    return new


def _props(holder: etree._Element, tag: str) -> etree._Element:
    """The ``w:rPr`` of a run or the ``w:pPr`` of a paragraph, created first if missing."""
    found = holder.find(tag)
    if found is None:
        found = etree.Element(tag)
        holder.insert(0, found)
    return found


def _runs_of(node: etree._Element, out: list[etree._Element]) -> list[etree._Element]:
    """The runs stage 1 reads in a paragraph, in its order (see ``_Reader._collect``)."""
    for child in node:
        tag = child.tag
        if tag == _R:
            out.append(child)
        elif tag in (_DEL, _PPR, _MC_FALLBACK):
            continue
        elif tag == _MC_ALT:
            if len(child):
                _runs_of(child[0], out)
        elif isinstance(tag, str):
            _runs_of(child, out)
    return out


class _Story:
    """A story part's paragraphs in stage 1's order, with each paragraph's runs."""

    def __init__(self, root: etree._Element, container: etree._Element | None) -> None:
        self.paragraphs: list[etree._Element] = []
        self.boxes: list[etree._Element] = []
        self.runs: dict[int, list[etree._Element]] = {}
        if container is not None:
            self._container(container)

    def _container(self, parent: etree._Element) -> None:
        for child in parent:
            tag = child.tag
            if tag == _P:
                self.paragraphs.append(child)
                self._visit(child)
            elif tag == _TBL:
                for row in child.iter(_TR):
                    if row.getparent() is child:
                        for cell in row.findall(_TC):
                            self._container(cell)
            elif tag in (_SDT, _SDTCONTENT, _CUSTOMXML):
                self._container(child)
            elif tag == _MC_ALT and len(child):
                self._container(child[0])

    def _visit(self, p: etree._Element) -> None:
        runs = _runs_of(p, [])
        self.runs[id(p)] = runs
        for run in runs:
            for holder in _holders(run):
                for box in holder.iter(_TXBX):
                    for inner in box.iter(_P):
                        self._visit(inner)
                        self.boxes.append(inner)


def _holders(run: etree._Element) -> Iterator[etree._Element]:
    for child in run:
        if child.tag in (_DRAWING, _PICT):
            yield child
        elif child.tag == _MC_ALT and len(child):
            yield from (inner for inner in child[0] if inner.tag in (_DRAWING, _PICT))


# ----------------------------------------------------------------------------- the fixer


@dataclass(frozen=True, slots=True)
class _Want:
    """What one component's row wants of a run or paragraph, and the rule that says so."""

    code: str
    where: str
    value: object


class _Fixer:
    def __init__(
        self, package: zipfile.ZipFile, name: str, info: DocxInfo, layout: Layout,
        table: Standard, limits: Limits,
    ) -> None:  # fmt: skip
        self.package = package
        self.name = name
        self.info = info
        self.layout = layout
        self.table = table
        self.limits = limits
        self.roots: dict[str, etree._Element] = {}
        self.dirty: set[str] = set()
        self.added: dict[str, bytes] = {}
        self.changes: Counter[tuple[str, str, str, str]] = Counter()
        self.text_changes: list[Change] = []
        self.para: dict[int, etree._Element] = {}
        self.run: dict[int, etree._Element] = {}
        self.names = {i.orig_filename for i in package.infolist()}

    # parts
    def part(self, member: str) -> etree._Element | None:
        if member in self.roots:
            return self.roots[member]
        data = _read_member(self.package, member, self.name, self.limits)
        if data is None:
            return None
        root = _parse(data, member, self.name, self.limits)
        self.roots[member] = root
        return root

    def note(self, code: str, where: str, before: str, after: str) -> None:
        self.changes[(code, where, before, after)] += 1

    def report(self) -> list[Change]:
        out = []
        for (code, where, before, after), count in self.changes.items():
            place = where if count == 1 else f"{where} ({count} places)"
            out.append(Change(code, place, before, after))
        # text changes in the order they were made: each one's «before» is the line as the
        # one before it left it
        return sorted(out, key=lambda c: (c.rule_code, c.where)) + self.text_changes

    # mapping stage 1's paragraphs and runs to elements
    def map(self) -> None:
        document = self.part("word/document.xml")
        assert document is not None  # read_docx refused a file without it
        story = _Story(document, document.find(_BODY))
        self._pair(self.info.paragraphs, story.paragraphs, story)
        boxes = [p for p in self.info.parts.get("textboxes", [])
                 if p.part == "word/document.xml#textbox"]  # fmt: skip
        self._pair(boxes, story.boxes, story)
        for member, items in self.info.parts.items():
            if member == "textboxes":
                continue
            root = self.part(member)
            if root is not None:
                header = _Story(root, root)
                self._pair(items, header.paragraphs, header)

    def _pair(self, infos: list[ParaInfo], elements: list[etree._Element], story: _Story) -> None:
        if len(infos) != len(elements):
            return  # the walks disagree: leave these paragraphs alone
        for info, element in zip(infos, elements, strict=True):
            self.para[id(info)] = element
            runs = story.runs.get(id(element), [])
            if len(runs) == len(info.runs):
                for run_info, run in zip(info.runs, runs, strict=True):
                    self.run[id(run_info)] = run

    # page
    def page(self) -> None:
        document = self.part("word/document.xml")
        assert document is not None
        page = self.table.page
        wanted = (mm_to_twips(page.width_mm), mm_to_twips(page.height_mm))
        for index, sect in enumerate(document.iter(_SECTPR)):
            where = f"section {index + 1}"
            size = sect.find(_w("pgSz"))
            if size is None:
                size = _child(sect, "w:pgSz", "w:sectPr")
                size.set(_w("w"), str(wanted[0]))
                size.set(_w("h"), str(wanted[1]))
            width, height = _int(size.get(_w("w"))), _int(size.get(_w("h")))
            landscape = size.get(_w("orient")) == "landscape" or (
                width is not None and height is not None and width > height
            )
            target = (wanted[1], wanted[0]) if landscape else wanted
            found = (width, height)
            if any(v is None or abs(v - t) / 56.7 > PAPER_TOLERANCE_MM
                   for v, t in zip(found, target, strict=True)):  # fmt: skip
                size.set(_w("w"), str(target[0]))
                size.set(_w("h"), str(target[1]))
                self.note("PG001", where, _paper(width, height), _paper(*target))
            margins = sect.find(_w("pgMar"))
            if margins is None:
                margins = _child(sect, "w:pgMar", "w:sectPr")
            for side, code in (("top", "PG003"), ("bottom", "PG004"), ("left", "PG005"),
                               ("right", "PG006")):  # fmt: skip
                allowed = getattr(page, f"{side}_mm")
                value = _int(margins.get(_w(side)))
                gutter = _int(margins.get(_w("gutter"))) or 0
                total = None if value is None else abs(value) + (gutter if side == "left" else 0)
                mm = None if total is None else total * 25.4 / 1440
                if mm is not None and (
                    allowed.low - MARGIN_TOLERANCE_MM <= mm <= allowed.high + MARGIN_TOLERANCE_MM
                ):
                    continue
                margins.set(_w(side), str(mm_to_twips(allowed.default)))
                if side == "left" and gutter:
                    margins.set(_w("gutter"), "0")
                before = "not given" if mm is None else f"{mm:.1f} mm"
                self.note(code, f"{where}: {side} margin", before, f"{allowed.default:g} mm")
        self.dirty.add("word/document.xml")

    # fonts
    def fonts(self) -> None:
        font = self.table.page.font
        styles = self.part("word/styles.xml")
        if styles is not None:
            self._default_fonts(styles)
            self._fonts_in("word/styles.xml", styles, font)
        for member in sorted(self.names):
            if _STORY.fullmatch(member):
                root = self.part(member)
                if root is not None:
                    self._fonts_in(member, root, font)

    def _default_fonts(self, styles: etree._Element) -> None:
        defaults = styles.find(_w("docDefaults"))
        if defaults is None:
            defaults = etree.Element(_w("docDefaults"))
            styles.insert(0, defaults)
        run_default = defaults.find(_w("rPrDefault"))
        if run_default is None:
            run_default = etree.Element(_w("rPrDefault"))
            defaults.insert(0, run_default)
        rpr = run_default.find(_RPR)
        if rpr is None:
            rpr = etree.SubElement(run_default, _RPR)
        if rpr.find(_RFONTS) is None:
            _child(rpr, "w:rFonts", "w:rPr")
            self.note("FT001", "word/styles.xml: document defaults", "no font named",
                      self.table.page.font)  # fmt: skip
            self.dirty.add("word/styles.xml")

    def _fonts_in(self, member: str, root: etree._Element, font: str) -> None:
        changed = False
        for fonts in root.iter(_RFONTS):
            values = [str(v) for v in fonts.attrib.values()]
            if any(_SYMBOL_FONT.match(v) for v in values) or any(
                a.tag in _HISTORY for a in fonts.iterancestors()
            ):
                continue  # a symbol font keeps its glyphs; tracked changes keep their past
            for attr in _THEME_ATTRS:
                theme = fonts.get(_w(attr))
                if theme is not None:
                    del fonts.attrib[_w(attr)]
                    self.note("FT006", member, f"theme font {theme}", font)
                    changed = True
            for slot in _SLOTS:
                value = fonts.get(_w(slot))
                if value == font:
                    continue
                fonts.set(_w(slot), font)
                changed = True
                legacy = encoding_of_font(value) if value else None
                code = _SLOT_CODE[slot]
                if legacy is not None:
                    code = "FT009" if legacy == "vni" else "FT008"
                if value is not None or code != "FT003":
                    self.note(code, member, value or "not named", font)
            if fonts.get(_w("hint")) == "eastAsia":
                del fonts.attrib[_w("hint")]
                self.note("FT005", member, 'w:hint="eastAsia"', "no hint")
                changed = True
        if changed:
            self.dirty.add(member)

    def legacy(self) -> None:
        """Convert the text of runs stage 1 found in a legacy font to Unicode."""
        paragraphs = [*self.info.paragraphs, *(p for ps in self.info.parts.values() for p in ps)]
        for paragraph in paragraphs:
            for run_info in paragraph.runs:
                if not run_info.legacy:
                    continue
                run = self.run.get(id(run_info))
                if run is None:
                    continue
                for text in run.iter(_T):
                    if text.text:
                        try:
                            text.text = to_unicode(text.text, run_info.legacy)
                        except ValueError:
                            continue
                member = paragraph.part.partition("#")[0]
                self.dirty.add(member)
                self.note("FT012", member, f"{run_info.legacy} bytes", "Unicode")
            self._legacy_unflagged(paragraph)

    def _legacy_unflagged(self, paragraph: ParaInfo) -> None:
        """Convert a paragraph that reads as TCVN3/VNI bytes though its font is Unicode."""
        text = paragraph.text
        if text.isascii() or any(r.legacy for r in paragraph.runs) or not reads_as_legacy(text):
            return
        encoding = looks_legacy(text)
        runs = [self.run.get(id(r)) for r in paragraph.runs]
        if encoding is None or any(run is None for run in runs):
            return
        member = paragraph.part.partition("#")[0]
        for run_info, run in zip(paragraph.runs, runs, strict=True):
            if run is None or any(_SYMBOL_FONT.match(f) for f in run_info.fonts.values()):
                continue
            for node in run.iter(_T):
                if node.text:
                    try:
                        node.text = to_unicode(node.text, encoding)
                    except ValueError:
                        continue
        self.dirty.add(member)
        self.note("FT012", member, f"{encoding} bytes in a Unicode font", "Unicode")

    def font_table(self) -> None:
        """Drop legacy fonts no other part names from the font table (FT010)."""
        table = self.part("word/fontTable.xml")
        if table is None:
            return
        texts = []
        for member in self.names:
            if member.endswith(".xml") and member != "word/fontTable.xml":
                if member in self.roots:
                    texts.append(etree.tostring(self.roots[member]).decode("utf-8", "replace"))
                elif member.startswith("word/"):
                    data = _read_member(self.package, member, self.name, self.limits) or b""
                    texts.append(data.decode("utf-8", "replace"))
        everything = "\n".join(texts)
        for font in list(table.iter(_w("font"))):
            name = font.get(_w("name")) or ""
            if encoding_of_font(name) is None:
                continue
            if f'"{name}"' in everything or f"'{name}'" in everything:
                continue
            parent = font.getparent()
            if parent is not None:
                parent.remove(font)
                self.dirty.add("word/fontTable.xml")
                self.note("FT010", "word/fontTable.xml", name, "removed (no text uses it)")

    # text
    def nfc(self) -> None:
        for member in sorted(self.names):
            if not _STORY.fullmatch(member):
                continue
            root = self.part(member)
            if root is None:
                continue
            previous: etree._Element | None = None
            for text in root.iter(_T):
                value = text.text or ""
                if (
                    value
                    and unicodedata.is_normalized("NFC", value)
                    and not (unicodedata.combining(value[0]) and previous is not None)
                ):
                    previous = text
                    continue
                if (
                    value
                    and unicodedata.combining(value[0])
                    and previous is not None
                    and _paragraph_of(previous) is _paragraph_of(text)
                ):
                    # a mark typed apart from its letter, in the next run: join them
                    cut = 0
                    while cut < len(value) and unicodedata.combining(value[cut]):
                        cut += 1
                    previous.text = unicodedata.normalize(
                        "NFC", (previous.text or "") + value[:cut]
                    )
                    value = value[cut:]
                if not unicodedata.is_normalized("NFC", value) or value != (text.text or ""):
                    text.text = unicodedata.normalize("NFC", value)
                    self.dirty.add(member)
                    self.note("FT011", member, "combining marks (Unicode tổ hợp)", "NFC")
                previous = text

    # components
    def components(self) -> None:
        # what each run (and each paragraph's alignment) should be, by every component that
        # holds it: a paragraph holding two components (Quốc hiệu and Tiêu ngữ split by a
        # line break) gets a value both accept, or is left alone
        wants: dict[int, tuple[RunInfo, etree._Element, str, dict[str, list[_Want]]]] = {}
        aligns: dict[int, tuple[ParaInfo, etree._Element, str, list[_Want]]] = {}
        for code, key, prop in FORMAT_RULES:
            if prop not in ("size", "bold", "italic", "case", "align"):
                continue
            try:
                row = self.table.component(key)
            except KeyError:
                continue
            for paragraph in component_paragraphs(self.layout, key):
                element = self.para.get(id(paragraph))
                if element is None:
                    continue
                member = paragraph.part.partition("#")[0]
                where = f"{member}: {row.name_vi} «{paragraph.visible_text[:30]}»"
                if prop == "align":
                    if paragraph.index not in self.layout.columns:
                        entry = aligns.setdefault(id(element), (paragraph, element, member, []))
                        entry[3].append(_Want(code, where, row.align))
                    continue
                runs = self.layout.runs(key, paragraph)
                if prop == "case":
                    if row.case is not Case.UPPER:
                        continue
                    text = self.layout.text(key, paragraph)
                    letters = "".join(c for c in text if c.isalpha())
                    if not letters or letters == upper(letters) or all(r.caps for r in runs):
                        continue
                value: object = (
                    (row.size.low, row.size.high, row.size.default) if prop == "size"
                    else True if prop == "case" else getattr(row, prop)
                )  # fmt: skip
                if value is None:
                    continue
                for run_info in runs:
                    run = self.run.get(id(run_info))
                    if run is None or not run_info.text.strip():
                        continue
                    slot = wants.setdefault(id(run), (run_info, run, member, {}))
                    slot[3].setdefault(prop, []).append(_Want(code, where, value))
        for paragraph, element, member, items in aligns.values():
            self._align(paragraph, element, member, items)
        for run_info, run, member, props in wants.values():
            for prop, items in props.items():
                self._run_prop(run_info, run, member, prop, items)

    def _align(
        self, paragraph: ParaInfo, element: etree._Element, member: str, items: list[_Want]
    ) -> None:
        if len({str(item.value) for item in items}) != 1:
            return
        align = str(items[0].value)
        allowed = {"center": ("center",), "justify": ("both", "distribute"),
                   "left": (None, "left"), "right": ("right",)}[align]  # fmt: skip
        if paragraph.align in allowed:
            return
        jc = _child(_props(element, _PPR), "w:jc", "w:pPr")
        jc.set(_w("val"), _JC[align])
        self.dirty.add(member)
        for item in items:
            self.note(item.code, item.where, paragraph.align or "left", align)

    def _run_prop(
        self, run_info: RunInfo, run: etree._Element, member: str, prop: str,
        items: list[_Want],
    ) -> None:  # fmt: skip
        rpr: etree._Element | None = None
        if prop == "size":
            ranges = [item.value for item in items if isinstance(item.value, tuple)]
            low = max(r[0] for r in ranges)
            high = min(r[1] for r in ranges)
            size = run_info.size
            if low > high + 1e-9:
                return  # the components disagree: leave the run as it is
            if size is not None and low - 1e-9 <= size <= high + 1e-9:
                return
            value = min(max(ranges[0][2], low), high)
            rpr = _props(run, _RPR)
            for name in ("w:sz", "w:szCs"):
                _child(rpr, name, "w:rPr").set(_w("val"), str(half_points(value)))
            before = "Word's default 10 pt" if size is None else f"{size:g} pt"
            for item, (a, b, _) in zip(items, ranges, strict=True):
                if size is None or not a - 1e-9 <= size <= b + 1e-9:
                    self.note(item.code, item.where, before, f"{value:g} pt")
        elif prop == "case":
            if run_info.caps:
                return
            rpr = _props(run, _RPR)
            _child(rpr, "w:caps", "w:rPr").attrib.pop(_w("val"), None)
            for item in items:
                self.note(item.code, item.where, "normal case", "capitals (w:caps)")
        else:
            values = {bool(item.value) for item in items}
            if len(values) != 1:
                return
            wanted = values.pop()
            if getattr(run_info, prop) == wanted:
                return
            rpr = _props(run, _RPR)
            for name in {"bold": ("w:b", "w:bCs"), "italic": ("w:i", "w:iCs")}[prop]:
                switch = _child(rpr, name, "w:rPr")
                if wanted:
                    switch.attrib.pop(_w("val"), None)
                else:
                    switch.set(_w("val"), "0")
            word = {"bold": ("not bold", "bold"), "italic": ("upright", "italic")}[prop]
            for item in items:
                self.note(item.code, item.where, word[int(not wanted)], word[int(wanted)])
        self.dirty.add(member)

    # page numbers
    def page_numbers(self) -> None:
        if any(
            any(f.split()[:1] and f.split()[0].upper() == "PAGE" for f in p.fields)
            for ps in self.info.parts.values() for p in ps
        ):  # fmt: skip
            return
        if not page_count(self.info)[0]:
            return  # one page: nothing to number
        document = self.part("word/document.xml")
        rels = self.part("word/_rels/document.xml.rels")
        types = self.part("[Content_Types].xml")
        if document is None or rels is None or types is None:
            return
        numbers = self.table.page_numbers
        header = numbers.position.startswith("header")
        kind = "header" if header else "footer"
        other = "footer" if header else "header"
        ref_tag, other_tag = _w(f"{kind}Reference"), _w(f"{other}Reference")
        targets = {r.get("Id", ""): r.get("Target", "") for r in rels}
        made: dict[str | None, str] = {}
        for sect in document.iter(_SECTPR):
            refs = {r.get(_w("type"), "default"): r for r in sect.findall(ref_tag)}
            default = refs.get("default")
            old = default.get(f"{{{_R_NS}}}id") if default is not None else None
            if old not in made:
                made[old] = self._number_part(kind, targets.get(old or ""), rels, types, header)
            new = made[old]
            if default is None:
                default = etree.Element(ref_tag)
                default.set(_w("type"), "default")
                sect.insert(0, default)
            default.set(f"{{{_R_NS}}}id", new)
            if self.info.settings_even_odd and "even" not in refs:
                even = etree.Element(ref_tag)
                even.set(_w("type"), "even")
                even.set(f"{{{_R_NS}}}id", new)
                sect.insert(0, even)
            title = sect.find(_w("titlePg"))
            if not numbers.first_page_shown and title is None:
                _child(sect, "w:titlePg", "w:sectPr")
                # page 1 keeps what it showed: the old header and the footer
                if old is not None and "first" not in refs:
                    first = etree.Element(ref_tag)
                    first.set(_w("type"), "first")
                    first.set(f"{{{_R_NS}}}id", old)
                    sect.insert(0, first)
                others = {r.get(_w("type"), "default"): r for r in sect.findall(other_tag)}
                if "default" in others and "first" not in others:
                    first = etree.Element(other_tag)
                    first.set(_w("type"), "first")
                    first.set(f"{{{_R_NS}}}id", others["default"].get(f"{{{_R_NS}}}id", ""))
                    sect.insert(0, first)
            _reorder_refs(sect)
        self.dirty.update({"word/document.xml", "word/_rels/document.xml.rels",
                           "[Content_Types].xml"})  # fmt: skip
        where = f"{kind}, centred, from page 2" if header else f"{kind}, from page 2"
        self.note("PN001", where, "no page number", "PAGE field")

    def _number_part(
        self, kind: str, old: str | None, rels: etree._Element, types: etree._Element,
        header: bool,
    ) -> str:  # fmt: skip
        tag = _w("hdr" if header else "ftr")
        base: etree._Element | None = None
        old_member = str(PurePosixPath("word") / old) if old else None
        if old_member is not None:
            data = _read_member(self.package, old_member, self.name, self.limits)
            if data is not None:
                base = _parse(data, old_member, self.name, self.limits)
        if base is None:
            base = etree.Element(tag, nsmap={"w": W, "r": _R_NS})
        base.append(self._number_paragraph(header))
        number = 1
        while f"word/{kind}{number}.xml" in self.names or f"word/{kind}{number}.xml" in self.added:
            number += 1
        member = f"word/{kind}{number}.xml"
        self.added[member] = _xml(base)
        if old_member is not None:
            old_rels = f"word/_rels/{PurePosixPath(old_member).name}.rels"
            rel_data = _read_member(self.package, old_rels, self.name, self.limits)
            if rel_data is not None:
                self.added[f"word/_rels/{kind}{number}.xml.rels"] = rel_data
        ids = {r.get("Id") for r in rels}
        rid = 1
        while f"rIdVnFix{rid}" in ids:
            rid += 1
        rel = etree.SubElement(rels, f"{{{_RELS}}}Relationship")
        rel.set("Id", f"rIdVnFix{rid}")
        rel.set("Type", f"{_R_NS}/{kind}")
        rel.set("Target", f"{kind}{number}.xml")
        override = etree.SubElement(types, f"{{{_CT}}}Override")
        override.set("PartName", f"/{member}")
        override.set(
            "ContentType",
            f"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml",
        )
        return f"rIdVnFix{rid}"

    def _number_paragraph(self, header: bool) -> etree._Element:
        font = self.table.page.font
        try:
            size = self.table.component("page_number").size.default
        except KeyError:
            size = 13.0

        def run(child: etree._Element) -> etree._Element:
            props = el("w:rPr", None,
                       el("w:rFonts", {f"w:{s}": font for s in _SLOTS}),
                       el("w:sz", {"w:val": half_points(size)}),
                       el("w:szCs", {"w:val": half_points(size)}))  # fmt: skip
            return el("w:r", None, props, child)

        instruction = el("w:instrText")
        instruction.text = " PAGE "
        instruction.set(qn("xml:space"), "preserve")
        shown = el("w:t")
        shown.text = "2"
        align = "center" if header else "right"
        return el(
            "w:p", None,
            el("w:pPr", None, el("w:jc", {"w:val": align})),
            run(el("w:fldChar", {"w:fldCharType": "begin"})),
            run(instruction),
            run(el("w:fldChar", {"w:fldCharType": "separate"})),
            run(shown),
            run(el("w:fldChar", {"w:fldCharType": "end"})),
        )  # fmt: skip

    # output
    def write(self) -> bytes:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
            for info in self.package.infolist():
                member = info.orig_filename
                if member in self.dirty and member in self.roots:
                    data = _xml(self.roots[member])
                else:
                    data = _read_member(self.package, member, self.name, self.limits) or b""
                copy = zipfile.ZipInfo(member, info.date_time)
                copy.compress_type = info.compress_type
                copy.external_attr = info.external_attr
                package.writestr(copy, data)
            for member, data in self.added.items():
                package.writestr(zipfile.ZipInfo(member, (1980, 1, 1, 0, 0, 0)), data,
                                 compress_type=zipfile.ZIP_DEFLATED)  # fmt: skip
        return out.getvalue()


def _paragraph_of(node: etree._Element) -> etree._Element | None:
    for ancestor in node.iterancestors(_P):
        return ancestor
    return None


def _reorder_refs(sect: etree._Element) -> None:
    """Put header and footer references first, headers before footers, as the schema says."""
    refs = [c for c in sect if c.tag in (_w("headerReference"), _w("footerReference"))]
    for ref in refs:
        sect.remove(ref)
    refs.sort(key=lambda r: r.tag != _w("headerReference"))
    for index, ref in enumerate(refs):
        sect.insert(index, ref)


def _int(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return int(float(value))
    except ValueError:
        return None


def _paper(width: int | None, height: int | None) -> str:
    if width is None or height is None:
        return "not given"
    return f"{width * 25.4 / 1440:.0f} × {height * 25.4 / 1440:.0f} mm"


def _xml(root: etree._Element) -> bytes:
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


# ----------------------------------------------------------------------------- text changes

_TEXT_LABEL = {
    "number": "Số, ký hiệu", "date": "Địa danh, ngày tháng", "motto": "Tiêu ngữ",
    "kinh_gui": "Kính gửi", "distribution": "Nơi nhận", "body": "Nội dung",
}  # fmt: skip
"""How a text change names the component it is in (as the validator's places do)."""
_NUMBER_WORD = re.compile(r"\s*S[ốỐ]")
_DAY_WORD = re.compile(r"\bngày\b", re.IGNORECASE)
_MONTH_WORD = re.compile(r"\btháng\b", re.IGNORECASE)
_DIGITS = re.compile(r"\s*(\d+)")
_TWO_WORDS = re.compile(r"\s*[^\W\d_]+\s+[^\W\d_]+")
_LOWER_RUN = re.compile(r"[a-z]{3}")
_LEADERS = ("-", "–", "+")
"""How an entry of a list (Kính gửi, Nơi nhận) begins: only such lines get punctuation."""
_BR_TAGS = (qn("w:br"), qn("w:cr"))
_TAB, _NOBREAK, _SYM = qn("w:tab"), qn("w:noBreakHyphen"), qn("w:sym")
_SPACE = qn("xml:space")


def _shown(text: str) -> str:
    return " ".join(text.split())


def _notation_like(piece: str) -> bool:
    """Whether a piece of text after the slash can be a group of the notation (ký hiệu).

    A header typed on one line may go on with the place and date after two spaces; such
    words (lower-case Vietnamese letters, commas) are not the notation's.
    """
    return (
        not any(ch in ",;" for ch in piece)
        and not any(ch.islower() and not ch.isascii() for ch in piece)
        and _LOWER_RUN.search(piece) is None
    )


def _collapsed(raw: str) -> tuple[str, list[int]]:
    """``" ".join(raw.split())`` and, for each of its characters, its index in ``raw``."""
    out: list[str] = []
    index: list[int] = []
    gap = -1
    for i, ch in enumerate(raw):
        if ch.isspace():
            if gap < 0:
                gap = i
            continue
        if gap >= 0 and out:
            out.append(" ")
            index.append(gap)
        gap = -1
        out.append(ch)
        index.append(i)
    return "".join(out), index


class _Text:
    """A paragraph's text as stage 1 reads it, each character mapped to its ``w:t`` node.

    Text is edited inside the ``w:t`` nodes of the runs that hold it, so every run keeps
    its formatting; no run is split or added. A span that crosses a tab or a line break
    is not edited.
    """

    def __init__(self, element: etree._Element) -> None:
        self.element = element
        self.pieces: list[tuple[int, etree._Element | None, str]] = []
        self.text = ""
        self.read()

    def read(self) -> None:
        pieces: list[tuple[int, etree._Element | None, str]] = []
        position = 0
        for run in _runs_of(self.element, []):
            for child in run:
                tag = child.tag
                node: etree._Element | None = None
                if tag == _T:
                    node, value = child, child.text or ""
                elif tag == _TAB:
                    value = "\t"
                elif tag in _BR_TAGS:
                    value = "\n"
                elif tag == _NOBREAK:
                    value = "-"
                elif tag == _SYM:
                    value = "?"
                else:
                    continue
                pieces.append((position, node, value))
                position += len(value)
        self.pieces = pieces
        self.text = "".join(value for _, _, value in pieces)

    def replace(self, start: int, end: int, new: str) -> bool:
        """Put ``new`` in place of ``text[start:end]``; ``False`` when it cannot be done."""
        if start == end:
            # an insertion goes into the node of the character before it (its formatting)
            hits = [
                piece
                for piece in self.pieces
                if piece[1] is not None and piece[0] < start <= piece[0] + len(piece[2])
            ]
            hits = hits or [piece for piece in self.pieces if piece[1] is not None
                            and piece[0] <= start < piece[0] + len(piece[2])]  # fmt: skip
            if not hits:
                return False
            position, node, value = hits[-1]
            assert node is not None
            cut = start - position
            _set_text(node, value[:cut] + new + value[cut:])
        else:
            hits = [piece for piece in self.pieces
                    if piece[0] < end and piece[0] + len(piece[2]) > start]  # fmt: skip
            if not hits or any(node is None for _, node, _ in hits):
                return False
            for number, (position, node, value) in enumerate(hits):
                assert node is not None
                a, b = max(start, position) - position, min(end, position + len(value)) - position
                _set_text(node, value[:a] + (new if number == 0 else "") + value[b:])
        self.read()
        return True


def _trimmed(text: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    """The edit ``text[start:end] → new`` without the characters both ends keep.

    ``" –"`` → ``" -"`` changes the dash alone and ``"409 /"`` → ``"409/"`` drops the space
    alone, so every character that stays stays in its own run, with its formatting.
    """
    old = text[start:end]
    head = 0
    while head < min(len(old), len(new)) and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < min(len(old), len(new)) - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    return start + head, end - tail, new[head : len(new) - tail]


def _set_text(node: etree._Element, value: str) -> None:
    node.text = value
    if value != value.strip():
        node.set(_SPACE, "preserve")


class _TextFixer:
    """The text changes of ``fix(text=True)``, each made where its validator rule fails.

    The rules judge the file as the format pass left it (``ctx``); each change is found
    again in the paragraph's current text, so two changes in one paragraph do not disturb
    each other.
    """

    def __init__(self, fixer: _Fixer, ctx: Context) -> None:
        self.fixer = fixer
        self.ctx = ctx
        self.texts: dict[int, _Text] = {}
        self.failing = {
            code for code in TEXT_MENDED
            if code in REGISTRY and REGISTRY[code]().run(ctx).status is Status.FAIL
        }  # fmt: skip

    def run(self) -> None:
        if not self.failing or header_facts(self.ctx).party:
            return  # a Party document follows the Party's own rules (commas, no Tiêu ngữ)
        self.number()
        self.date()
        self.motto()
        self.recipients()
        self.distribution()
        self.end_mark()

    # helpers
    def text_of(self, paragraph: ParaInfo) -> _Text | None:
        element = self.fixer.para.get(id(paragraph))
        if element is None:
            return None
        found = self.texts.get(id(element))
        if found is None:
            found = _Text(element)
            if found.text != paragraph.text:
                return None  # the walks disagree (text left in a legacy font): leave it
            self.texts[id(element)] = found
        return found

    def edit(
        self, code: str, paragraph: ParaInfo, label: str, spans: list[tuple[int, int, str]]
    ) -> bool:
        """Make the edits ``(start, end, new)`` of one line and note them as one change."""
        text = self.text_of(paragraph)
        if text is None or not spans:
            return False
        spans = sorted(spans, reverse=True)
        low = min(start for start, _, _ in spans)
        high = max(end for _, end, _ in spans)
        line_start = text.text.rfind("\n", 0, low) + 1
        line_end = text.text.find("\n", high)
        line_end = len(text.text) if line_end < 0 else line_end
        if "\n" in text.text[low:high]:
            return False
        before = text.text[line_start:line_end]
        spans = [span for span in (_trimmed(text.text, *edit) for edit in spans)
                 if span[0] < span[1] or span[2]]  # fmt: skip
        if not spans:
            return False
        for start, end, new in spans:
            # right to left: the offsets on the left hold
            if not text.replace(start, end, new):
                return False  # an earlier span may be done: the change is still noted
        grown = sum(len(new) - (end - start) for start, end, new in spans)
        after = text.text[line_start : line_end + grown]
        self.fixer.dirty.add(paragraph.part.partition("#")[0])
        place = place_of(paragraph, label, quote=False)
        self.fixer.text_changes.append(
            Change(code, place, _shown(before), _shown(after), text=True)
        )
        return True

    def end_of(self, code: str, paragraph: ParaInfo, label: str, end: int, strip: str,
               mark: str) -> None:  # fmt: skip
        """End a line at ``end`` with ``mark``, in place of the ``strip`` marks it ends with."""
        text = self.text_of(paragraph)
        if text is None:
            return
        start = end
        while start > 0 and text.text[start - 1] in strip:
            start -= 1
        self.edit(code, paragraph, label, [(start, end, mark)])

    # the number line (ô 3)
    def number(self) -> None:
        paragraph = self.ctx.layout.number
        text = self.text_of(paragraph) if paragraph is not None else None
        if paragraph is None or text is None:
            return
        label = _TEXT_LABEL["number"]
        if "NB001" in self.failing:
            word = _NUMBER_WORD.match(text.text)
            if word is not None:
                self.edit("NB001", paragraph, label, [(word.end(), word.end(), ":")])
        if "NB010" in self.failing:
            parts = NUMBER_RAW.match(text.text)
            if parts is not None and parts["serial"]:
                self.edit("NB010", paragraph, label, [(parts.start("before"), parts.end("after"),
                                                       "/")])  # fmt: skip
        if "NB003" in self.failing:
            parts = NUMBER_RAW.match(text.text)
            if parts is not None:
                pieces = parts["notation"].split()
                if len(pieces) > 1 and all(_notation_like(piece) for piece in pieces):
                    self.edit("NB003", paragraph, label,
                              [(*parts.span("notation"), "".join(pieces))])  # fmt: skip

    # the date line (ô 4): leading zeros as the standard's row says
    def date(self) -> None:
        codes = {"DT001", "DT002", "DT003"} & self.failing
        line = date_line(self.ctx) if codes else None
        if line is None:
            return
        day, month = DateLine.value(line.day), DateLine.value(line.month)
        text = self.text_of(line.paragraph)
        if day is None or month is None or text is None:
            return
        try:
            date(2000, month, day)  # a leap year: any real day and month
        except ValueError:
            return
        table = self.ctx.standard
        width = len(str(table.zero_pad_below))  # below 10: one leading zero
        wanted_day = str(day).zfill(width) if day < table.zero_pad_below else str(day)
        wanted_month = str(month).zfill(width) if month in table.zero_padded_months else str(month)
        flat = text.text.replace("\n", " ")
        day_word = _DAY_WORD.search(flat)
        day_token = _DIGITS.match(flat, day_word.end()) if day_word else None
        month_word = _MONTH_WORD.search(flat, day_word.end()) if day_word else None
        month_token = _DIGITS.match(flat, month_word.end()) if month_word else None
        if day_token is None or month_token is None:
            return
        if day_token[1] != line.day or month_token[1] != line.month:
            return  # not the tokens the rules read
        label = _TEXT_LABEL["date"]
        if {"DT001", "DT002"} & codes and month_token[1] != wanted_month:
            code = "DT001" if month_token[1].startswith("0") else "DT002"
            self.edit(code, line.paragraph, label, [(*month_token.span(1), wanted_month)])
        if "DT003" in codes and day_token[1] != wanted_day:
            self.edit("DT003", line.paragraph, label, [(*day_token.span(1), wanted_day)])

    # the Tiêu ngữ: its separators as the standard's row writes them
    def motto(self) -> None:
        codes = [code for code in ("HD007", "HD006") if code in self.failing]
        motto = header_facts(self.ctx).motto if codes else None
        if motto is None:
            return
        pattern = motto_pattern(self.ctx.standard)
        model = pattern.search(nfc(self.ctx.standard.national_motto))
        text = self.text_of(motto.paragraph)
        if model is None or text is None:
            return
        names = [name for name in pattern.groupindex if name.startswith("s")]
        wanted = model.group(names[0]) if names else ""
        hyphen = wanted.strip()
        if not hyphen:
            return
        for code in codes:
            lines = text.text.split("\n")
            if motto.line_index >= len(lines):
                return
            offset = sum(len(line) + 1 for line in lines[: motto.line_index])
            found = pattern.search(lines[motto.line_index])
            if found is None:
                return
            spans = []
            for name in names:
                old = found.group(name)
                if code == "HD007":
                    new = "".join(hyphen if ch in _MOTTO_DASHES and ch not in _MOTTO_HYPHENS
                                  else ch for ch in old)  # fmt: skip
                else:
                    new = wanted
                if new != old:
                    spans.append((offset + found.start(name), offset + found.end(name), new))
            self.edit(code, motto.paragraph, _TEXT_LABEL["motto"], spans)

    # Kính gửi (ô 9a): its colon, and the punctuation of a list of recipients
    def recipients(self) -> None:
        if not {"RC005", "RC006", "RC007"} & self.failing:
            return
        block = content_recipients(self.ctx)
        if block is None:
            return
        label = _TEXT_LABEL["kinh_gui"]
        text = self.text_of(block.label)
        if "RC007" in self.failing and text is not None:
            words = _TWO_WORDS.match(text.text)
            if words is not None and same_words(words[0], label):
                self.edit("RC007", block.label, label, [(words.end(), words.end(), ":")])
        lines = block.lines if block.count >= 2 else []
        for index, paragraph in enumerate(lines):
            shown = _shown(paragraph.visible_text)
            line = self.text_of(paragraph)
            if line is None or not shown.startswith(_LEADERS):
                continue
            end = len(line.text.rstrip())
            if index < len(lines) - 1 and "RC005" in self.failing and not shown.endswith(";"):
                self.end_of("RC005", paragraph, label, end, ",.:", ";")
            elif index == len(lines) - 1 and "RC006" in self.failing and not shown.endswith("."):
                self.end_of("RC006", paragraph, label, end, ";,:", ".")

    # Nơi nhận (ô 9b): each entry ends with «;», the last with «.»
    def distribution(self) -> None:
        if not {"DS004", "DS005"} & self.failing:
            return
        closing = read_closing(self.ctx)
        if closing.label is None or not closing.entries:
            return
        claimed: dict[int, set[int]] = {}
        ends: list[tuple[ParaInfo, int, str] | None] = []
        for entry in closing.entries:
            last: tuple[ParaInfo, int, str] | None = None
            for line in entry.lines:
                raw = line.paragraph.text.split("\n")
                taken = claimed.setdefault(id(line.paragraph), set())
                index = next(
                    (
                        i
                        for i, r in enumerate(raw)
                        if i not in taken and line.text in _collapsed(r)[0]
                    ),
                    None,
                )
                if index is None:
                    last = None
                    break
                taken.add(index)
                last = (line.paragraph, index, line.text)
            ends.append(last)
        entries = closing.entries
        label = _TEXT_LABEL["distribution"]
        for number, (entry, end) in enumerate(zip(entries, ends, strict=True)):
            text = entry.text
            if end is None or not (text.startswith(_LEADERS) or entry.is_archive):
                continue
            if number < len(entries) - 1:
                following = entries[number + 1].text
                if (
                    "DS004" not in self.failing
                    or entry.is_archive
                    or text.endswith(";")
                    or (text.endswith(":") and following.startswith("+"))
                ):
                    continue
                strip, mark = ",.:", ";"
            else:
                ended = "." in entry.body if entry.is_archive else text.endswith(".")
                if "DS005" not in self.failing or ended:
                    continue
                strip, mark = ";,:", "."
            paragraph, index, shown = end
            position = self._line_end(paragraph, index, shown)
            if position is not None:
                self.end_of("DS004" if mark == ";" else "DS005", paragraph, label, position,
                            strip, mark)  # fmt: skip

    def _line_end(self, paragraph: ParaInfo, index: int, shown: str) -> int | None:
        """Where the text ``shown`` ends in line ``index`` of the paragraph's current text."""
        text = self.text_of(paragraph)
        if text is None:
            return None
        lines = text.text.split("\n")
        if index >= len(lines):
            return None
        flat, places = _collapsed(lines[index])
        at = flat.find(shown)
        if at < 0:
            return None
        offset = sum(len(line) + 1 for line in lines[:index])
        return offset + places[at + len(shown) - 1] + 1

    # the end mark «./.»
    def end_mark(self) -> None:
        if not {"BD005", "BD013"} & self.failing:
            return
        found = last_body_paragraph(self.ctx)
        if isinstance(found, Outcome):
            return
        paragraph = found[0]
        text = self.text_of(paragraph)
        if text is None:
            return
        end = len(text.text.rstrip())
        head = text.text[:end]
        label = _TEXT_LABEL["body"]
        if "BD013" in self.failing and head.endswith("./."):
            rest = head[:-3].rstrip()
            if rest.endswith(".") and not rest[:-1].endswith((".", "…")):
                self.edit("BD013", paragraph, label, [(len(rest) - 1, end - 3, "")])
        elif "BD005" in self.failing and head and not head.endswith("./."):
            last = head[-1]
            if last == "." and not head[:-1].endswith((".", "…")):
                self.edit("BD005", paragraph, label, [(end, end, "/.")])
            elif last.isalnum() or last in ")”\"'»":
                self.edit("BD005", paragraph, label, [(end, end, "./.")])


def _fix_text(
    data: bytes, label: str, table: Standard, limits: Limits
) -> tuple[bytes, list[Change]]:
    """The text pass of ``fix(text=True)`` over the format pass's output.

    Returns the fixed bytes (``data`` itself when nothing changed) and the changes.
    """
    info = read_docx(data, limits=limits, label=label)
    layout = recognise(info)
    day = parse_date(layout.place_date.visible_text) if layout.place_date else None
    ctx = Context(info, layout, table, None, layout.doc_type, day, label, data, limits)
    with _open_zip(data, label, limits) as package:
        fixer = _Fixer(package, label, info, layout, table, limits)
        fixer.map()
        _TextFixer(fixer, ctx).run()
        if not fixer.text_changes:
            return data, []
        return fixer.write(), fixer.text_changes


# ----------------------------------------------------------------------------- the API


def fix(
    source: Source,
    target: str | os.PathLike[str] | None = None,
    *,
    standard: str | Standard | None = None,
    text: bool = False,
    limits: Limits | None = None,
) -> FixReport:
    """Mend a .docx's formatting in place, keeping every word (sửa thể thức, giữ nguyên chữ).

    Args:
        source: the .docx as a path, bytes or binary stream.
        target: where to write the fixed file (atomically); ``None`` to return its bytes
            in :attr:`FixReport.data`. It may be the source's own path.
        standard: the standard to fix to; by default chosen as :func:`validate` does (the
            standard recorded in the file, or the document's date).
        text: also mend the text where a validator rule judges it (off by default): the
            date's leading zeros (DT001–DT003, by the standard's row), the colon after
            "Số" and "Kính gửi" (NB001, RC007), spaces in the notation and around its
            slash (NB003, NB010), the Tiêu ngữ's hyphens (HD006, HD007), the punctuation
            ending the lines of Kính gửi and Nơi nhận (RC005, RC006, DS004, DS005) and the
            end mark «./.» (BD005, BD013). Each change lists the line before and after; no
            word is added, dropped or moved.
        limits: the budgets reading the file may use (:class:`Limits`).

    Returns:
        A :class:`FixReport`: the changes, each under the rule it mends, and the failures
        the validator still finds in the fixed file.

    Raises:
        InputError: an unknown standard, or a source of no type it takes.
        ReadError: the file cannot be read (not a .docx, damaged, hostile), as in
            :func:`validate`.
        RenderError: ``target`` cannot be written.
    """
    limits = limits or LIMITS
    if standard is not None:
        try:
            choose_standard(standard, None, None)
        except ValueError as error:
            raise InputError(str(error)) from None
    data, label = read_source_bytes(source, limits)
    info = read_docx(data, limits=limits, label=label)
    layout = recognise(info)
    day = parse_issue_date(layout.place_date.visible_text) if layout.place_date else None
    table, _ = choose_standard(standard, info.custom_properties.get(STANDARD_PROPERTY), day)
    package = _open_zip(data, label, limits)
    try:
        with package:
            fixer = _Fixer(package, label, info, layout, table, limits)
            fixer.map()
            fixer.legacy()
            fixer.nfc()
            fixer.components()
            fixer.page()
            fixer.fonts()
            fixer.page_numbers()
            fixer.font_table()
            fixed = fixer.write() if fixer.changes else data
    except (etree.LxmlError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise ReadError(f"{label}: cannot be fixed ({type(error).__name__}: {error})") from None
    changes = fixer.report()
    if not changes:
        fixed = data
    if text:
        try:
            fixed, more = _fix_text(fixed, label, table, limits)
        except (etree.LxmlError, zipfile.BadZipFile, KeyError, ValueError) as error:
            raise ReadError(f"{label}: cannot be fixed ({type(error).__name__}: {error})") from None
        changes += more
    report = validate(fixed, table, limits=limits)
    result = FixReport(label, table.id, changes, list(report.failures))
    if target is None:
        result.data = fixed
    else:
        with atomic_write(target) as stream:
            stream.write(fixed)
        result.target = os.fspath(target)
    return result
