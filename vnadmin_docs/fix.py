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
from vnadmin_docs.validate import Finding, choose_standard, validate
from vnadmin_docs.validate.rules.format import FORMAT_RULES, component_paragraphs
from vnadmin_docs.validate.rules.page import (
    MARGIN_TOLERANCE_MM,
    PAPER_TOLERANCE_MM,
    page_count,
    reads_as_legacy,
)
from vnadmin_docs.vietnamese import parse_date, upper

__all__ = ["Change", "FixReport", "fix"]

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
        return sorted(out, key=lambda c: (c.rule_code, c.where))

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
        text: text changes (date padding, "Số:" colon, punctuation). Not built in this
            version: ``True`` raises :class:`InputError`.
        limits: the budgets reading the file may use (:class:`Limits`).

    Returns:
        A :class:`FixReport`: the changes, each under the rule it mends, and the failures
        the validator still finds in the fixed file.

    Raises:
        InputError: ``text=True``, an unknown standard, or a source of no type it takes.
        ReadError: the file cannot be read (not a .docx, damaged, hostile), as in
            :func:`validate`.
        RenderError: ``target`` cannot be written.
    """
    if text:
        raise InputError("fix(text=True): text changes are not built yet; fix formatting only")
    limits = limits or LIMITS
    if standard is not None:
        try:
            choose_standard(standard, None, None)
        except ValueError as error:
            raise InputError(str(error)) from None
    data, label = read_source_bytes(source, limits)
    info = read_docx(data, limits=limits, label=label)
    layout = recognise(info)
    day = parse_date(layout.place_date.visible_text) if layout.place_date else None
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
    report = validate(fixed, table, limits=limits)
    result = FixReport(label, table.id, changes, list(report.failures))
    if target is None:
        result.data = fixed
    else:
        with atomic_write(target) as stream:
            stream.write(fixed)
        result.target = os.fspath(target)
    return result
