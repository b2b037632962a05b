"""Stage 1 of reading a .docx (đọc tệp Word): the package as plain data, safely.

:func:`read_docx` opens the zip with limits (member count, sizes, compression ratio, member
names) and parses each part with entity resolution, DTD loading and network access off. It
returns a :class:`DocxInfo`: every paragraph of the body, headers, footers and text boxes in
order, each with its runs and their *effective* formatting (document defaults, then the
style chain, then direct formatting), the sections' page setup, the shapes drawn in each
paragraph, and the document properties. Nothing here knows what a Quốc hiệu is: recognising
components is stage 2 (:mod:`vnadmin_docs.read.components`).

Why not python-docx's ``Document()`` for this: it opens the Kon Tum example faster (about
1.2 ms against our 2.9 ms, measured on the project's machine) because it parses lazily and
resolves nothing, but then effective formatting, theme fonts, text boxes, fields and the
safety limits would all still be ours to write on top; and its package reader has no limit on
what a zip member expands to. Reading here stays well inside the validator's budget of
20 ms for a two-page document.
"""

from __future__ import annotations

import io
import os
import re
import unicodedata
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, Any

from lxml import etree

from vnadmin_docs.errors import ReadError, UnsafeDocumentError
from vnadmin_docs.legacy import encoding_of_font, to_unicode
from vnadmin_docs.ooxml.build import NS, qn

__all__ = [
    "LIMITS",
    "DocxInfo",
    "ParaInfo",
    "RunInfo",
    "SectionInfo",
    "ShapeInfo",
    "read_docx",
]

EMU_PER_MM = 36000
TWIPS_PER_MM = 1440 / 25.4


@dataclass(frozen=True, slots=True)
class _Limits:
    file_bytes: int = 50 * 1024 * 1024
    members: int = 2000
    part_bytes: int = 64 * 1024 * 1024
    total_bytes: int = 256 * 1024 * 1024
    ratio: int = 200


LIMITS = _Limits()
"""Limits that keep a hostile file from exhausting memory or time (zip bombs and the like)."""

_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_pis=True
)

W = NS["w"]
_SIDES = ("top", "left", "bottom", "right", "between")
_THEME_SLOTS = {"asciiTheme": "ascii", "hAnsiTheme": "hAnsi", "eastAsiaTheme": "eastAsia",
                "cstheme": "cs"}  # fmt: skip
_SLOTS = ("ascii", "hAnsi", "eastAsia", "cs")


@dataclass(slots=True)
class RunInfo:
    """A run (đoạn chữ) with its effective formatting."""

    text: str
    fonts: dict[str, str]
    """Effective font per slot (ascii, hAnsi, eastAsia, cs), theme references resolved."""
    theme_fonts: bool
    """Whether a slot's font comes from the theme (``*Theme`` attribute)."""
    hint: str | None
    size: float | None
    """Size in points; ``None`` where nothing sets it (Word's default is 10 pt)."""
    bold: bool
    italic: bool
    underline: bool
    caps: bool
    color: str | None
    style_fonts: tuple[str, ...] = ()
    """Every font name the run's formatting layers mention (a legacy font hides here)."""
    legacy: str | None = None
    """The legacy encoding the text was converted from (``tcvn3``, ``tcvn3-upper``, ``vni``)."""
    legacy_text: str | None = None
    """The text as stored, before that conversion."""


@dataclass(slots=True)
class ShapeInfo:
    """A drawn object in a paragraph (hình vẽ): a line, connector, rectangle or text box."""

    kind: str
    """``line``, ``connector``, ``rect``, ``textbox``, ``picture`` or ``other``."""
    width_mm: float
    height_mm: float
    floating: bool
    """Anchored (floats over the text) rather than inline."""
    vml: bool


@dataclass(slots=True)
class ParaInfo:
    """A paragraph (đoạn văn) with its effective paragraph formatting."""

    index: int
    text: str
    runs: list[RunInfo]
    style_id: str | None
    style_name: str | None
    align: str | None
    left: int
    right: int
    first_line: int
    hanging: int
    space_before: int
    space_after: int
    line: int | None
    line_rule: str | None
    borders: dict[str, tuple[str, int]]
    """Side → (line style, width in eighths of a point), for visible borders."""
    part: str
    """``word/document.xml``, ``word/header1.xml``, … or ``…#textbox``."""
    table: tuple[int, int, int] | None
    """(table, row, column) for a paragraph in a table cell, else ``None``."""
    cell_width: int | None
    """Width of the enclosing cell in twips, where the file says."""
    section: int
    shapes: list[ShapeInfo] = field(default_factory=list)
    fields: list[str] = field(default_factory=list)
    """Field instructions in the paragraph (``PAGE``, …)."""
    framed: bool = False
    underscores: int = 0
    """How many ``_`` the paragraph's text holds."""
    header_row: bool = False
    """In a table row marked to repeat as the table's heading (``w:tblHeader``)."""
    box: int | None = None
    """For a text-box paragraph, the number of its text box (from 0, in reading order)."""
    _visible: str | None = field(default=None, repr=False, compare=False)

    @property
    def visible_text(self) -> str:
        """The text in NFC with runs of white space collapsed (``text`` keeps the raw form)."""
        if self._visible is None:
            self._visible = unicodedata.normalize("NFC", " ".join(self.text.split()))
        return self._visible

    def text_runs(self) -> list[RunInfo]:
        """The runs that carry visible characters."""
        return [run for run in self.runs if run.text.strip()]

    @property
    def size(self) -> float | None:
        """The size of most of the visible characters."""
        value: float | None = _dominant([(r.size, len(r.text.strip())) for r in self.text_runs()])
        return value

    @property
    def bold(self) -> bool | None:
        """Whether most of the visible characters are bold."""
        value: bool | None = _dominant([(r.bold, len(r.text.strip())) for r in self.text_runs()])
        return value

    @property
    def italic(self) -> bool | None:
        """Whether most of the visible characters are italic."""
        value: bool | None = _dominant([(r.italic, len(r.text.strip())) for r in self.text_runs()])
        return value


def _dominant(weighted: list[tuple[Any, int]]) -> Any:
    totals: dict[Any, int] = {}
    for value, weight in weighted:
        totals[value] = totals.get(value, 0) + weight
    return max(totals, key=lambda k: totals[k]) if totals else None


@dataclass(slots=True)
class SectionInfo:
    """A section's page setup (thiết lập trang)."""

    width: int
    height: int
    orientation: str
    margins: dict[str, int]
    """top, bottom, left, right, header, footer, gutter in twips."""
    title_page: bool
    page_start: int | None
    headers: dict[str, str]
    """Header type (default, first, even) → part name."""
    footers: dict[str, str]

    @property
    def text_width(self) -> int:
        """Width between the left and right margins, in twips."""
        return self.width - self.margins.get("left", 0) - self.margins.get("right", 0)


@dataclass(slots=True)
class DocxInfo:
    """A .docx as plain data (stage 1)."""

    paragraphs: list[ParaInfo]
    """Body paragraphs in reading order, table cells included."""
    sections: list[SectionInfo]
    parts: dict[str, list[ParaInfo]]
    """Header, footer and text-box paragraphs by part name."""
    custom_properties: dict[str, str]
    core_properties: dict[str, str]
    pages: int | None
    """Page count the saving application recorded (``docProps/app.xml``), if any."""
    fonts_declared: list[str]
    """Font names of the font table and the styles part."""
    application: str | None
    settings_even_odd: bool = False


# ----------------------------------------------------------------------------- package


def _open_zip(source: str | os.PathLike[str] | bytes | IO[bytes]) -> tuple[zipfile.ZipFile, str]:
    name: str = "document"
    try:
        if isinstance(source, bytes):
            data = source
        elif hasattr(source, "read"):
            data = source.read()
        else:
            path = Path(source)
            name = str(path)
            size = path.stat().st_size
            if size > LIMITS.file_bytes:
                raise UnsafeDocumentError(
                    f"{name}: {size / 2**20:.0f} MB is over the {LIMITS.file_bytes // 2**20} MB "
                    "limit for a document"
                )
            data = path.read_bytes()
    except FileNotFoundError:
        raise ReadError(f"{name}: no such file") from None
    except OSError as error:
        raise ReadError(f"{name}: cannot read ({error.strerror or error})") from None
    if len(data) > LIMITS.file_bytes:
        raise UnsafeDocumentError(f"{name}: over the {LIMITS.file_bytes // 2**20} MB limit")
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise ReadError(
            f"{name}: this is a Word 97–2003 .doc (OLE) file, not a .docx; open it in Word or "
            "LibreOffice and save it as .docx"
        )
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise ReadError(f"{name}: not a .docx (not a zip package)") from None
    infos = package.infolist()
    if len(infos) > LIMITS.members:
        raise UnsafeDocumentError(f"{name}: {len(infos)} members; a .docx has far fewer")
    total = 0
    for info in infos:
        member = PurePosixPath(info.filename)
        if member.is_absolute() or ".." in member.parts or "\\" in info.filename:
            raise UnsafeDocumentError(f"{name}: unsafe member name {info.filename!r}")
        total += info.file_size
        if info.file_size > LIMITS.part_bytes or total > LIMITS.total_bytes:
            raise UnsafeDocumentError(f"{name}: expands to more than the size limit (zip bomb?)")
        if info.compress_size and info.file_size / info.compress_size > LIMITS.ratio:
            raise UnsafeDocumentError(
                f"{name}: {info.filename} is compressed {info.file_size // info.compress_size}"
                ":1 (zip bomb?)"
            )
    return package, name


def _read_member(package: zipfile.ZipFile, member: str, name: str) -> bytes | None:
    try:
        info = package.getinfo(member)
    except KeyError:
        return None
    try:
        with package.open(info) as stream:
            data = stream.read(LIMITS.part_bytes + 1)
    except (zipfile.BadZipFile, EOFError, OSError, RuntimeError, NotImplementedError) as error:
        raise ReadError(f"{name}: {member} is damaged ({error})") from None
    if len(data) > LIMITS.part_bytes:
        raise UnsafeDocumentError(f"{name}: {member} expands past the size limit")
    return data


def _parse(data: bytes, member: str, name: str) -> etree._Element:
    if b"<!ENTITY" in data[:4096] or b"<!DOCTYPE" in data[:4096]:
        raise UnsafeDocumentError(f"{name}: {member} declares a DTD or entities; refused")
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as error:
        raise ReadError(f"{name}: {member} is not well-formed XML ({error})") from None


# ----------------------------------------------------------------------------- styles


def _legacy_encoding(fonts: dict[str, str], text: str) -> str | None:
    """The legacy encoding of a run whose font is TCVN3 or VNI and whose text is 8-bit.

    Text in such a font that already holds Unicode Vietnamese letters (beyond Latin-1) was
    typed with a Unicode keyboard and only styled with the old font: it is left alone.
    """
    name = fonts.get("ascii") or fonts.get("hAnsi") or ""
    encoding = encoding_of_font(name) if name else None
    if encoding is None or not text.strip():
        return None
    if any(ord(c) > 0xFF and not 0xF020 <= ord(c) <= 0xF0FF for c in text):
        return None
    return encoding


def _local(element: etree._Element) -> str:
    return str(element.tag).rpartition("}")[2]


def _val(element: etree._Element | None, attr: str = "val") -> str | None:
    if element is None:
        return None
    return element.get(f"{{{W}}}{attr}")


def _on(element: etree._Element) -> bool:
    return _val(element) not in ("0", "false", "off", "none")


@dataclass(slots=True)
class _RunProps:
    fonts: dict[str, str] = field(default_factory=dict)
    theme: bool = False
    hint: str | None = None
    size: float | None = None
    bold: bool = False
    italic: bool = False
    underline: bool = False
    caps: bool = False
    color: str | None = None
    names: tuple[str, ...] = ()

    def copy(self) -> _RunProps:
        return _RunProps(
            dict(self.fonts), self.theme, self.hint, self.size, self.bold, self.italic,
            self.underline, self.caps, self.color, self.names,
        )  # fmt: skip

    def apply(self, rpr: etree._Element | None, theme: dict[str, str]) -> None:
        if rpr is None:
            return
        for child in rpr:
            tag = child.tag
            if tag == _RFONTS:
                for attr, value in child.attrib.items():
                    local = str(attr).rpartition("}")[2]
                    if local in _SLOTS:
                        self.fonts[local] = value
                        self.names += (value,)
                    elif local in _THEME_SLOTS:
                        self.theme = True
                        self.fonts[_THEME_SLOTS[local]] = theme.get(value, value)
                    elif local == "hint":
                        self.hint = value
            elif tag == _SZ:
                half = _val(child)
                if half and half.isdigit():
                    self.size = int(half) / 2
            elif tag == _B:
                self.bold = _on(child)
            elif tag == _I:
                self.italic = _on(child)
            elif tag == _U:
                self.underline = _val(child) not in (None, "none")
            elif tag == _CAPS:
                self.caps = _on(child)
            elif tag == _COLOR:
                self.color = _val(child)


@dataclass(slots=True)
class _ParaProps:
    align: str | None = None
    left: int = 0
    right: int = 0
    first_line: int = 0
    hanging: int = 0
    before: int = 0
    after: int = 0
    line: int | None = None
    line_rule: str | None = None
    borders: dict[str, tuple[str, int]] = field(default_factory=dict)
    framed: bool = False

    def copy(self) -> _ParaProps:
        return _ParaProps(
            self.align, self.left, self.right, self.first_line, self.hanging, self.before,
            self.after, self.line, self.line_rule, dict(self.borders), self.framed,
        )  # fmt: skip

    def apply(self, ppr: etree._Element | None) -> None:
        if ppr is None:
            return
        for child in ppr:
            tag = child.tag
            if tag == _JC:
                self.align = {"start": "left", "end": "right"}.get(_val(child) or "", _val(child))
            elif tag == _IND:
                for attr, name in (("left", "left"), ("start", "left"), ("right", "right"),
                                   ("end", "right"), ("firstLine", "first_line"),
                                   ("hanging", "hanging")):  # fmt: skip
                    value = _val(child, attr)
                    if value is not None and _INT.match(value):
                        setattr(self, name, int(float(value)))
                if _val(child, "firstLine") is not None:
                    self.hanging = 0
                if _val(child, "hanging") is not None:
                    self.first_line = 0
            elif tag == _SPACING:
                for attr, name in (("before", "before"), ("after", "after")):
                    value = _val(child, attr)
                    if value is not None and _INT.match(value):
                        setattr(self, name, int(float(value)))
                line = _val(child, "line")
                if line is not None and _INT.match(line):
                    self.line = int(float(line))
                    self.line_rule = _val(child, "lineRule") or "auto"
            elif tag == _PBDR:
                for side in child:
                    local = _local(side)
                    style = _val(side) or "none"
                    color = (_val(side, "color") or "").upper()
                    if style in ("nil", "none") or color in ("FFFFFF", "WHITE"):
                        self.borders.pop(local, None)
                    else:
                        size = _val(side, "sz")
                        self.borders[local] = (style, int(size) if size and size.isdigit() else 4)
            elif tag == _FRAMEPR:
                self.framed = True


_INT = re.compile(r"^-?\d+(\.\d+)?$")
_RFONTS, _SZ, _B, _I, _U = qn("w:rFonts"), qn("w:sz"), qn("w:b"), qn("w:i"), qn("w:u")
_CAPS, _COLOR, _JC, _IND = qn("w:caps"), qn("w:color"), qn("w:jc"), qn("w:ind")
_SPACING, _PBDR, _FRAMEPR = qn("w:spacing"), qn("w:pBdr"), qn("w:framePr")
_P, _R, _T, _TAB, _BR, _CR = qn("w:p"), qn("w:r"), qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")
_TBL, _TR, _TC, _SDT, _SDTCONTENT = (
    qn("w:tbl"), qn("w:tr"), qn("w:tc"), qn("w:sdt"), qn("w:sdtContent"),
)  # fmt: skip
_PPR, _RPR, _PSTYLE, _RSTYLE = qn("w:pPr"), qn("w:rPr"), qn("w:pStyle"), qn("w:rStyle")
_SECTPR, _INSTR, _FLDSIMPLE = qn("w:sectPr"), qn("w:instrText"), qn("w:fldSimple")
_DEL, _TXBX = qn("w:del"), qn("w:txbxContent")
_MC_ALT = "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_NOBREAK, _SYM = qn("w:noBreakHyphen"), qn("w:sym")


class _Styles:
    """Styles and document defaults, resolved along ``w:basedOn`` chains (cached)."""

    def __init__(self, root: etree._Element | None, theme: dict[str, str]) -> None:
        self.theme = theme
        self.by_id: dict[str, etree._Element] = {}
        self.names: dict[str, str] = {}
        self.default_para: str | None = None
        self.run_defaults = _RunProps()
        self.para_defaults = _ParaProps()
        self.fonts: list[str] = []
        self._run_cache: dict[str | None, _RunProps] = {}
        self._para_cache: dict[str | None, _ParaProps] = {}
        if root is None:
            return
        defaults = root.find(qn("w:docDefaults"))
        if defaults is not None:
            self.run_defaults.apply(defaults.find(f"{qn('w:rPrDefault')}/{_RPR}"), theme)
            self.para_defaults.apply(defaults.find(f"{qn('w:pPrDefault')}/{_PPR}"))
        for style in root.iter(qn("w:style")):
            style_id = style.get(qn("w:styleId"))
            if style_id is None:
                continue
            self.by_id[style_id] = style
            name = _val(style.find(qn("w:name")))
            self.names[style_id] = name or style_id
            is_default = style.get(qn("w:default")) in ("1", "true")
            if style.get(qn("w:type")) == "paragraph" and is_default:
                self.default_para = style_id
        for rfonts in root.iter(_RFONTS):
            self.fonts.extend(v for k, v in rfonts.attrib.items() if k.rpartition("}")[2] in _SLOTS)

    def _chain(self, style_id: str | None) -> list[etree._Element]:
        chain: list[etree._Element] = []
        seen: set[str] = set()
        while style_id and style_id in self.by_id and style_id not in seen:
            seen.add(style_id)
            style = self.by_id[style_id]
            chain.append(style)
            style_id = _val(style.find(qn("w:basedOn")))
        return list(reversed(chain))

    def run_props(self, style_id: str | None) -> _RunProps:
        cached = self._run_cache.get(style_id)
        if cached is None:
            cached = self.run_defaults.copy()
            for style in self._chain(style_id):
                cached.apply(style.find(_RPR), self.theme)
            self._run_cache[style_id] = cached
        return cached

    def char_props(self, base: _RunProps, style_id: str | None) -> _RunProps:
        props = base.copy()
        for style in self._chain(style_id):
            props.apply(style.find(_RPR), self.theme)
        return props

    def para_props(self, style_id: str | None) -> _ParaProps:
        cached = self._para_cache.get(style_id)
        if cached is None:
            cached = self.para_defaults.copy()
            for style in self._chain(style_id):
                cached.apply(style.find(_PPR))
            self._para_cache[style_id] = cached
        return cached


def _theme_fonts(root: etree._Element | None) -> dict[str, str]:
    if root is None:
        return {}
    a = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    fonts: dict[str, str] = {}
    for scheme, prefix in (("majorFont", "major"), ("minorFont", "minor")):
        node = root.find(f".//{a}{scheme}")
        if node is None:
            continue
        for script, suffix in (("latin", "HAnsi"), ("ea", "EastAsia"), ("cs", "Bidi")):
            face = node.find(f"{a}{script}")
            if face is not None and face.get("typeface"):
                fonts[f"{prefix}{suffix}"] = face.get("typeface", "")
        if f"{prefix}HAnsi" in fonts:
            fonts[f"{prefix}Ascii"] = fonts[f"{prefix}HAnsi"]
    return fonts


# ----------------------------------------------------------------------------- shapes

_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_WPS = "{http://schemas.microsoft.com/office/word/2010/wordprocessingShape}"
_V = "{urn:schemas-microsoft-com:vml}"
_O = "{urn:schemas-microsoft-com:office:office}"
_PIC = "{http://schemas.openxmlformats.org/drawingml/2006/picture}"
_VML_LENGTH = re.compile(r"(width|height)\s*:\s*(-?[\d.]+)\s*(pt|in|cm|mm|px)?", re.I)
_UNIT_MM = {"pt": 25.4 / 72, "in": 25.4, "cm": 10.0, "mm": 1.0, "px": 25.4 / 96, "": 25.4 / 72}


def _drawing_shapes(drawing: etree._Element) -> Iterator[ShapeInfo]:
    for holder in drawing:
        floating = holder.tag == f"{_WP}anchor"
        extent = holder.find(f"{_WP}extent")
        if extent is None:
            continue
        width = int(extent.get("cx", "0") or 0) / EMU_PER_MM
        height = int(extent.get("cy", "0") or 0) / EMU_PER_MM
        geometry = holder.find(f".//{_A}prstGeom")
        preset = geometry.get("prst", "") if geometry is not None else ""
        if holder.find(f".//{_WPS}txbx") is not None:
            kind = "textbox"
        elif preset == "line":
            kind = "line"
        elif "Connector" in preset:
            kind = "connector"
        elif preset == "rect":
            kind = "rect"
        elif holder.find(f".//{_PIC}pic") is not None:
            kind = "picture"
        else:
            kind = "other"
        yield ShapeInfo(kind, width, height, floating, False)


def _vml_shapes(pict: etree._Element) -> Iterator[ShapeInfo]:
    for shape in pict.iter(f"{_V}line", f"{_V}shape", f"{_V}rect"):
        local = _local(shape)
        if local == "line":
            start = [_coord(v) for v in (shape.get("from") or "0,0").split(",")]
            end = [_coord(v) for v in (shape.get("to") or "0,0").split(",")]
            if len(start) == 2 and len(end) == 2:
                yield ShapeInfo("line", abs(end[0] - start[0]), abs(end[1] - start[1]), True, True)
            continue
        sizes = {m.group(1).lower(): float(m.group(2)) * _UNIT_MM[(m.group(3) or "").lower()]
                 for m in _VML_LENGTH.finditer(shape.get("style", ""))}  # fmt: skip
        connector = shape.get(f"{_O}connectortype") or shape.get("type", "").endswith("t32")
        if shape.find(f"{_V}textbox") is not None:
            kind = "textbox"
        elif connector:
            kind = "connector"
        else:
            kind = "rect" if local == "rect" else "other"
        yield ShapeInfo(kind, sizes.get("width", 0.0), sizes.get("height", 0.0), True, True)


def _coord(value: str) -> float:
    match = re.match(r"\s*(-?[\d.]+)\s*(pt|in|cm|mm|px)?", value)
    if not match:
        return 0.0
    return float(match.group(1)) * _UNIT_MM[(match.group(2) or "pt").lower()]


# ----------------------------------------------------------------------------- paragraphs


class _Reader:
    def __init__(self, styles: _Styles, name: str) -> None:
        self.styles = styles
        self.name = name
        self.index = 0
        self.textboxes: list[ParaInfo] = []
        self.boxes = 0

    def paragraph(
        self,
        p: etree._Element,
        part: str,
        table: tuple[int, int, int] | None,
        cell_width: int | None,
        section: int,
    ) -> ParaInfo:
        ppr = p.find(_PPR)
        style_id = _val(ppr.find(_PSTYLE)) if ppr is not None else None
        style_id = style_id or self.styles.default_para
        pprops = self.styles.para_props(style_id).copy()
        pprops.apply(ppr)
        base = self.styles.run_props(style_id)
        info = ParaInfo(
            index=self.index, text="", runs=[], style_id=style_id,
            style_name=self.styles.names.get(style_id or ""), align=pprops.align,
            left=pprops.left, right=pprops.right, first_line=pprops.first_line,
            hanging=pprops.hanging, space_before=pprops.before, space_after=pprops.after,
            line=pprops.line, line_rule=pprops.line_rule, borders=pprops.borders, part=part,
            table=table, cell_width=cell_width, section=section, framed=pprops.framed,
        )  # fmt: skip
        self.index += 1
        texts: list[str] = []
        self._collect(p, base, info, texts, in_field=[False])
        info.text = "".join(texts)
        info.underscores = info.text.count("_")
        return info

    def _collect(
        self,
        node: etree._Element,
        base: _RunProps,
        info: ParaInfo,
        texts: list[str],
        in_field: list[bool],
    ) -> None:
        for child in node:
            tag = child.tag
            if tag == _R:
                self._run(child, base, info, texts, in_field)
            elif tag == _FLDSIMPLE:
                info.fields.append((child.get(qn("w:instr")) or "").strip())
                self._collect(child, base, info, texts, in_field)
            elif tag in (_DEL, _PPR) or tag == _MC_FALLBACK:
                continue
            elif tag == _MC_ALT:
                choice = child[0] if len(child) else None
                if choice is not None:
                    self._collect(choice, base, info, texts, in_field)
            elif isinstance(tag, str):
                self._collect(child, base, info, texts, in_field)

    def _run(
        self,
        r: etree._Element,
        base: _RunProps,
        info: ParaInfo,
        texts: list[str],
        in_field: list[bool],
    ) -> None:
        rpr = r.find(_RPR)
        props = base
        if rpr is not None:
            char_style = _val(rpr.find(_RSTYLE))
            props = self.styles.char_props(base, char_style) if char_style else base.copy()
            props.apply(rpr, self.styles.theme)
        parts: list[str] = []
        for child in r:
            tag = child.tag
            if tag == _T:
                parts.append(child.text or "")
            elif tag == _TAB:
                parts.append("\t")
            elif tag in (_BR, _CR):
                parts.append("\n")
            elif tag == _NOBREAK:
                parts.append("-")
            elif tag == _SYM:
                parts.append("?")
            elif tag == _INSTR:
                info.fields.append((child.text or "").strip())
            elif tag == qn("w:drawing"):
                info.shapes.extend(_drawing_shapes(child))
                self._textboxes(child, info)
            elif tag == qn("w:pict"):
                info.shapes.extend(_vml_shapes(child))
                self._textboxes(child, info)
            elif tag == _MC_ALT:
                choice = child[0] if len(child) else None
                if choice is not None:
                    for inner in choice:
                        if inner.tag == qn("w:drawing"):
                            info.shapes.extend(_drawing_shapes(inner))
                            self._textboxes(inner, info)
                        elif inner.tag == qn("w:pict"):
                            info.shapes.extend(_vml_shapes(inner))
                            self._textboxes(inner, info)
        text = "".join(parts)
        legacy = _legacy_encoding(props.fonts, text)
        raw = text
        if legacy is not None:
            try:
                text = to_unicode(text, legacy)
            except ValueError:
                legacy = None  # not legacy bytes after all: keep the text as it is
            if text == unicodedata.normalize("NFC", raw):
                legacy, text = None, raw  # plain ASCII reads the same in every encoding
        texts.append(text)
        info.runs.append(
            RunInfo(
                text,
                dict(props.fonts),
                props.theme,
                props.hint,
                props.size,
                props.bold,
                props.italic,
                props.underline,
                props.caps,
                props.color,
                props.names,
                legacy=legacy,
                legacy_text=raw if legacy else None,
            )
        )

    def _textboxes(self, holder: etree._Element, anchor: ParaInfo) -> None:
        # text-box paragraphs are numbered apart, so a body paragraph's index stays its
        # position in DocxInfo.paragraphs
        body_index, self.index = self.index, len(self.textboxes)
        extent = holder.find(f".//{_WP}extent")
        width = None  # the box's width, in twips, stands for a cell's
        if extent is not None and (extent.get("cx") or "").isdigit():
            width = round(int(extent.get("cx", "0")) / EMU_PER_MM * TWIPS_PER_MM) or None
        for box in holder.iter(_TXBX):
            number = self.boxes
            self.boxes += 1
            for p in box.iter(_P):
                item = self.paragraph(p, f"{anchor.part}#textbox", None, width, anchor.section)
                item.box = number
                self.textboxes.append(item)
        self.index = body_index

    def container(
        self,
        parent: etree._Element,
        part: str,
        out: list[ParaInfo],
        section: list[int],
        cell: tuple[tuple[int, int, int], int | None] | None = None,
        tables: list[int] | None = None,
    ) -> None:
        tables = tables if tables is not None else [0]
        for child in parent:
            tag = child.tag
            if tag == _P:
                table, width = cell if cell else (None, None)
                out.append(self.paragraph(child, part, table, width, section[0]))
                ppr = child.find(_PPR)
                if ppr is not None and ppr.find(_SECTPR) is not None:
                    section[0] += 1
            elif tag == _TBL:
                number = tables[0]
                tables[0] += 1
                grid = [int(g.get(qn("w:w"), "0") or 0) for g in child.iter(qn("w:gridCol"))
                        if (g.get(qn("w:w"), "") or "").isdigit()]  # fmt: skip
                for row_index, row in enumerate(child.iter(_TR)):
                    if row.getparent() is not child:
                        continue
                    heading = row.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None
                    first_in_row = len(out)
                    column = 0
                    for tc in row.findall(_TC):
                        tcw = tc.find(f"{qn('w:tcPr')}/{qn('w:tcW')}")
                        span_el = tc.find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}")
                        span = int(_val(span_el) or 1) if span_el is not None else 1
                        width = None
                        if tcw is not None and tcw.get(qn("w:type")) in (None, "dxa"):
                            raw = tcw.get(qn("w:w"), "")
                            width = int(raw) if raw.isdigit() and int(raw) > 0 else None
                        if width is None and column + span <= len(grid):
                            width = sum(grid[column : column + span]) or None
                        self.container(tc, part, out, section, ((number, row_index, column), width),
                                       tables)  # fmt: skip
                        column += span
                    if heading:
                        for item in out[first_in_row:]:
                            item.header_row = True
            elif tag in (_SDT, _SDTCONTENT) or tag == qn("w:customXml"):
                self.container(child, part, out, section, cell, tables)
            elif tag == _MC_ALT and len(child):
                self.container(child[0], part, out, section, cell, tables)


def _section(sect: etree._Element, rels: dict[str, str]) -> SectionInfo:
    size = sect.find(qn("w:pgSz"))
    margins_el = sect.find(qn("w:pgMar"))
    margins: dict[str, int] = {}
    if margins_el is not None:
        for key in ("top", "bottom", "left", "right", "header", "footer", "gutter"):
            value = margins_el.get(qn(f"w:{key}"))
            if value is not None and _INT.match(value):
                margins[key] = abs(int(float(value)))
    width = int(float(size.get(qn("w:w"), "11906"))) if size is not None else 11906
    height = int(float(size.get(qn("w:h"), "16838"))) if size is not None else 16838
    orient = (size.get(qn("w:orient")) if size is not None else None) or (
        "landscape" if width > height else "portrait"
    )
    headers: dict[str, str] = {}
    footers: dict[str, str] = {}
    for ref_tag, store in (("w:headerReference", headers), ("w:footerReference", footers)):
        for ref in sect.findall(qn(ref_tag)):
            target = rels.get(ref.get(qn("r:id"), ""))
            if target:
                store[ref.get(qn("w:type"), "default")] = target
    start = sect.find(qn("w:pgNumType"))
    start_value = start.get(qn("w:start")) if start is not None else None
    title = sect.find(qn("w:titlePg"))
    return SectionInfo(
        width, height, orient, margins, title is not None and _on(title),
        int(start_value) if start_value and start_value.isdigit() else None, headers, footers,
    )  # fmt: skip


def _relationships(root: etree._Element | None) -> dict[str, str]:
    if root is None:
        return {}
    rels = {}
    for rel in root:
        target = rel.get("Target", "")
        if rel.get("TargetMode") == "External":
            continue
        rels[rel.get("Id", "")] = str(PurePosixPath("word") / target).replace("word/../", "")
    return rels


def read_docx(source: str | os.PathLike[str] | bytes | IO[bytes]) -> DocxInfo:
    """Read a .docx into plain data (stage 1), safely.

    Raises:
        ReadError: not a .docx, a damaged package, not well-formed XML, a .doc renamed.
        UnsafeDocumentError: a zip bomb, unsafe member names, DTDs or entities, over size.
    """
    package, name = _open_zip(source)
    with package:

        def part(member: str) -> etree._Element | None:
            data = _read_member(package, member, name)
            return None if data is None else _parse(data, member, name)

        document = part("word/document.xml")
        if document is None:
            raise ReadError(f"{name}: not a Word document (no word/document.xml)")
        theme = _theme_fonts(part("word/theme/theme1.xml"))
        styles = _Styles(part("word/styles.xml"), theme)
        rels = _relationships(part("word/_rels/document.xml.rels"))
        reader = _Reader(styles, name)
        body = document.find(qn("w:body"))
        paragraphs: list[ParaInfo] = []
        if body is not None:
            reader.container(body, "word/document.xml", paragraphs, [0])
        sections = [_section(s, rels) for s in (body.iter(_SECTPR) if body is not None else [])]
        parts: dict[str, list[ParaInfo]] = {}
        wanted = {t for s in sections for t in (*s.headers.values(), *s.footers.values())}
        for member in sorted(wanted):
            root = part(member)
            if root is not None:
                items: list[ParaInfo] = []
                reader.container(root, member, items, [0])
                parts[member] = items
        if reader.textboxes:
            parts["textboxes"] = reader.textboxes
        custom: dict[str, str] = {}
        custom_root = part("docProps/custom.xml")
        if custom_root is not None:
            for prop in custom_root:
                custom[prop.get("name", "")] = "".join(prop.itertext()).strip()
        core: dict[str, str] = {}
        core_root = part("docProps/core.xml")
        if core_root is not None:
            for item in core_root:
                if isinstance(item.tag, str):
                    core[item.tag.rpartition("}")[2]] = (item.text or "").strip()
        app_root = part("docProps/app.xml")
        pages = application = None
        if app_root is not None:
            for item in app_root:
                local = item.tag.rpartition("}")[2] if isinstance(item.tag, str) else ""
                if local == "Pages" and (item.text or "").strip().isdigit():
                    pages = int((item.text or "").strip())
                elif local == "Application":
                    application = (item.text or "").strip()
        font_table = part("word/fontTable.xml")
        declared = list(styles.fonts)
        if font_table is not None:
            declared += [f.get(qn("w:name"), "") for f in font_table.iter(qn("w:font"))]
        settings = part("word/settings.xml")
        even_odd = settings is not None and settings.find(qn("w:evenAndOddHeaders")) is not None
    return DocxInfo(paragraphs, sections, parts, custom, core, pages, declared, application,
                    even_odd)  # fmt: skip
