"""What the layout rules measure that stage 1 does not keep (hình học của trang).

Stage 1 (:mod:`vnadmin_docs.ooxml.read`) gives each paragraph its effective formatting:
indents, spacing, borders, sizes. The layout rules (the gap under a rule, the size of a
mark's box, where ô 11 pushes the Quốc hiệu) need a few facts more, and this module reads
them from the same package in a second pass that visits the paragraphs in stage 1's order:

- how far a paragraph border stands from its text (``w:space``), per side;
- the size of the paragraph mark, which sets the height of an empty paragraph;
- runs raised or lowered (``w:position``) or set as superscript (``w:vertAlign``), as the
  decree's own samples raise the underscores of their rules;
- where each floating shape is placed (``wp:positionV``: from the paragraph, from the line,
  from the page …, and by how much) and how thick a drawn line is;
- for every table cell: its table, the table's width and grid, the row's height and rule,
  the cell's margins and vertical alignment, and the cell it is nested in;
- the size of each text box.

The pass is checked against stage 1: the same number of paragraphs in every story and the
same table coordinates. When they differ the geometry is not used, and the rules that need
it say "not evaluated"; they never guess.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

from vnadmin_docs.errors import ReadError
from vnadmin_docs.ooxml.read import LIMITS, DocxInfo, Limits, ParaInfo, number
from vnadmin_docs.ooxml.read import _open_zip as open_zip
from vnadmin_docs.ooxml.read import _parse as parse_part
from vnadmin_docs.ooxml.read import _read_member as read_member

__all__ = [
    "Anchor",
    "CellGeometry",
    "Geometry",
    "ParaGeometry",
    "RunGeometry",
    "TableGeometry",
    "read_geometry",
]

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_V = "{urn:schemas-microsoft-com:vml}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
EMU_PER_MM = 36000
TWIPS_PER_MM = 1440 / 25.4
MAX_TWIPS = 31680 * 4
"""Largest length read, in twips (as stage 1)."""
DEFAULT_CELL_MARGIN = 108
"""Left and right cell margins of Word's built-in "Normal Table" style (0.19 cm), used when
neither the file's table styles nor the table say otherwise; top and bottom are 0."""
DEFAULT_STROKE_MM = 0.75 * 25.4 / 72
"""The width of a drawn line when its shape gives none (Word's default, 0.75 pt)."""
_MAX_STYLE_CHAIN = 100
_TR, _TC, _TCPR, _TCW = f"{W}tr", f"{W}tc", f"{W}tcPr", f"{W}tcW"
_TRHEIGHT, _GRIDSPAN = f"{W}trPr/{W}trHeight", f"{W}gridSpan"
_TCMAR, _TCBORDERS, _VALIGN, _VMERGE = f"{W}tcMar", f"{W}tcBorders", f"{W}vAlign", f"{W}vMerge"
_TWIPS_UNITS: dict[str, float] = {"": 1.0, "pt": 20.0, "pc": 240.0, "pi": 240.0, "in": 1440.0,
                                  "cm": 1440 / 2.54, "mm": 1440 / 25.4}  # fmt: skip
_HALF_POINT_UNITS = {unit: factor / 10 for unit, factor in _TWIPS_UNITS.items()} | {"": 1.0}
_VML_STYLE = re.compile(r"(?:^|;)\s*([a-z-]{1,40})\s*:\s*([^;]{0,64})", re.IGNORECASE)
_VML_MM: dict[str, float] = {"": 25.4 / 72, "pt": 25.4 / 72, "pc": 25.4 / 6, "in": 25.4,
                             "cm": 10.0, "mm": 1.0, "px": 25.4 / 96}  # fmt: skip


def _twips(value: str | None, default: int | None = None, *, low: float = -MAX_TWIPS) -> int | None:
    found = number(value, default=None, low=low, high=MAX_TWIPS, units=_TWIPS_UNITS)
    return default if found is None else int(found)


def _val(element: etree._Element | None, attr: str = "val") -> str | None:
    return None if element is None else element.get(f"{W}{attr}")


def _on(element: etree._Element | None) -> bool:
    return element is not None and _val(element) not in ("0", "false", "off", "none")


# ----------------------------------------------------------------------------- data


@dataclass(slots=True)
class RunGeometry:
    """A run with visible text, and how it is moved off the baseline."""

    text: str
    size: float | None
    """Its size in points, read for a raised, lowered or superscript run (``None``: not
    read, or nothing sets it; the line's size then stands for it)."""
    raise_pt: float
    """``w:position``: raised (positive) or lowered (negative), in points."""
    vertical: str
    """``w:vertAlign``: ``baseline``, ``superscript`` or ``subscript``."""
    line: int = 0
    """The hard line of the paragraph it stands in (line breaks before it)."""


@dataclass(slots=True)
class Anchor:
    """A drawn shape of a paragraph, in the order of stage 1's :attr:`ParaInfo.shapes`."""

    floating: bool
    relative: str
    """What ``offset_mm`` is measured from (``wp:positionV/@relativeFrom``): ``paragraph``,
    ``line``, ``page``, ``margin`` …; ``""`` for an inline shape or a VML shape without a
    vertical reference; VML's ``text`` is ``paragraph``."""
    offset_mm: float | None
    """Distance down from that reference; ``None`` when aligned rather than offset."""
    width_mm: float
    height_mm: float
    stroke_mm: float
    """The width of its outline (``a:ln/@w``; Word's 0.75 pt when the shape gives none)."""


@dataclass(slots=True)
class TableGeometry:
    """A table: its width, grid, rows and the cell it is nested in."""

    number: int
    """Stage 1's table number in the story (the first member of ``ParaInfo.table``)."""
    part: str
    width: int | None
    """``w:tblW`` in twips when given in twips (``dxa``); ``None`` otherwise."""
    width_type: str
    grid: list[int]
    indent: int
    rows: list[list[CellGeometry]] = field(default_factory=list)
    row_heights: list[tuple[int | None, str]] = field(default_factory=list)
    """Per row: ``w:trHeight`` in twips (``None``: not set) and its rule (``atLeast``,
    ``exact``, ``auto``)."""
    parent: CellGeometry | None = None
    """The cell this table is nested in; ``None`` for a table of the story itself."""
    borders: dict[str, str] = field(default_factory=dict)
    """Visible table borders by side (``top``, ``insideH`` …) → line style."""
    margins: dict[str, int] = field(default_factory=dict)
    """The table's default cell margins in twips (``w:tblCellMar``, its styles', Word's)."""
    styles: list[etree._Element] = field(default_factory=list, repr=False)
    """The table's style and those it is based on, the most basic first."""
    border_widths: dict[str, float] = field(default_factory=dict)
    """Widths in points of the visible table borders, by side."""

    @property
    def cells(self) -> list[CellGeometry]:
        """Every cell, row by row."""
        return [cell for row in self.rows for cell in row]


class CellGeometry:
    """A table cell (ô của bảng): where it is, how wide, its margins and row.

    The margins, borders and vertical alignment are read from the cell's properties when
    first asked for: a long table has thousands of cells and the rules look at a few.
    """

    __slots__ = ("_props", "_read", "column", "items", "paragraphs", "row", "span", "table",
                 "tables", "width")  # fmt: skip

    def __init__(
        self,
        table: TableGeometry,
        row: int,
        column: int,
        span: int,
        width: int | None,
        props: etree._Element | None,
    ) -> None:
        self.table = table
        self.row = row
        self.column = column
        """Stage 1's column number (grid columns before it, spans counted)."""
        self.span = span
        self.width = width
        """Width in twips as stage 1 reads it (``w:tcW`` in twips, else the grid's columns)."""
        self.paragraphs: list[ParaInfo] = []
        """The cell's own paragraphs (not those of tables nested in it), in order."""
        self.tables: list[TableGeometry] = []
        """Tables nested directly in the cell, in order."""
        self.items: list[ParaInfo | TableGeometry] = []
        """Paragraphs and nested tables, in the order they stand in the cell."""
        self._props = props
        self._read: tuple[dict[str, int], dict[str, str], str, str | None] | None = None

    def _details(self) -> tuple[dict[str, int], dict[str, str], str, str | None]:
        if self._read is None:
            margins = dict(self.table.margins)
            borders = {k: v for k, v in self.table.borders.items()
                       if k in ("top", "bottom", "left", "right")}  # fmt: skip
            v_align, v_merge = "top", None
            props = self._props
            if props is not None:
                _margins(props.find(_TCMAR), margins)
                _side_styles(props.find(_TCBORDERS), borders)
                v_align = _val(props.find(_VALIGN)) or "top"
                merge = props.find(_VMERGE)
                v_merge = (_val(merge) or "continue") if merge is not None else None
            self._read = (margins, borders, v_align, v_merge)
        return self._read

    @property
    def margins(self) -> dict[str, int]:
        """Effective cell margins in twips: ``top``, ``bottom``, ``left``, ``right``."""
        return self._details()[0]

    @property
    def borders(self) -> dict[str, str]:
        """Visible borders of the cell's edges (its own, else the table's) → line style."""
        return self._details()[1]

    @property
    def v_align(self) -> str:
        """Vertical alignment of the cell's content: ``top``, ``center``, ``bottom``."""
        return self._details()[2]

    @property
    def v_merge(self) -> str | None:
        """``restart`` or ``continue`` for a cell merged down the rows, else ``None``."""
        return self._details()[3]

    @property
    def text_width(self) -> int | None:
        """The width a line of text has in the cell: its width less its side margins."""
        if self.width is None:
            return None
        return max(self.width - self.margins["left"] - self.margins["right"], 0)

    @property
    def outermost(self) -> CellGeometry:
        """The cell of the story's own table this cell is (nested) in."""
        cell = self
        while cell.table.parent is not None:
            cell = cell.table.parent
        return cell


@dataclass(slots=True)
class ParaGeometry:
    """The facts of one paragraph that stage 1 does not keep."""

    border_space: dict[str, float]
    """Side → distance of the border from the text, in points (``w:space``)."""
    border_width: dict[str, float]
    """Side → width of the border line, in points."""
    mark_size: float | None
    """Size of the paragraph mark in points (sets the height of an empty paragraph)."""
    runs: list[RunGeometry]
    anchors: list[Anchor]
    cell: CellGeometry | None
    """The innermost table cell the paragraph stands in."""
    breaks: int = 0
    """How many line breaks (``w:br``, ``w:cr``) the paragraph holds."""
    laid_out: dict[int, object] = field(default_factory=dict, repr=False)
    """The paragraph's lines as :mod:`.typeset` laid them out, by width (a cache)."""
    spacing: tuple[int, int, int | None, str | None] = (0, 0, None, None)
    """Space before and after (twips), line spacing and its rule, with the table style's
    paragraph properties applied (stage 1 leaves them out): document defaults, then the
    table's style, then the paragraph's style, then direct formatting; a paragraph in the
    default paragraph style takes the table style's over its style's, as Word does."""


class Geometry:
    """The geometry of the paragraphs and tables of a file, found by paragraph.

    The walk over the stories (which cell, which table) is done when the file is read; each
    paragraph's own details (:class:`ParaGeometry`) are read from its XML when first asked
    for, since the rules ask for a few paragraphs of a long file.
    """

    def __init__(
        self,
        elements: dict[int, tuple[etree._Element, CellGeometry | None]],
        tables: dict[tuple[str, int], TableGeometry],
        styles: _Styles,
        body: etree._Element | None,
        space_max: bool = False,
        limits: Limits = LIMITS,
    ) -> None:
        self.limits = limits
        """The caller's budgets, which the parts read later are held to as well."""
        self.space_max = space_max
        """The file asks for Word 2013's layout (``compatibilityMode`` 15 or later), in
        which the space between two paragraphs is the larger of the first's space after
        and the second's space before, not their sum."""
        self._elements = elements
        self._styles = styles
        self._body = body
        self._cache: dict[int, ParaGeometry] = {}
        self._boxes: list[tuple[float, float]] | None = None
        self._pending: dict[str, tuple[bytes, list[ParaInfo]]] = {}
        """Header and footer parts, read but walked only when one of their paragraphs is
        asked for: part → (its XML, stage 1's paragraphs of it)."""
        self.tables = tables
        """(part, stage 1's table number) → the table."""

    def _element(self, paragraph: ParaInfo) -> tuple[etree._Element, CellGeometry | None] | None:
        found = self._elements.get(id(paragraph))
        if found is None and paragraph.part in self._pending:
            raw, items = self._pending.pop(paragraph.part)
            try:
                root = parse_part(raw, paragraph.part, "document", self.limits)
            except (ReadError, ValueError):
                return None
            walker = _story(root, self._styles, paragraph.part, items)
            if walker is None:
                return None
            for item, story_paragraph in zip(walker.found, items, strict=True):
                self._elements[id(story_paragraph)] = item
            for position, table in walker.tables.items():
                self.tables[(paragraph.part, position)] = table
            found = self._elements.get(id(paragraph))
        return found

    def of(self, paragraph: ParaInfo) -> ParaGeometry | None:
        """The geometry of a paragraph of the file (``None`` for a text-box paragraph)."""
        key = id(paragraph)
        found = self._cache.get(key)
        if found is None:
            element = self._element(paragraph)
            if element is None:
                return None
            found = self._cache[key] = _paragraph(element[0], element[1], self._styles)
        return found

    def cell(self, paragraph: ParaInfo) -> CellGeometry | None:
        """The innermost cell a paragraph stands in."""
        element = self._element(paragraph)
        return element[1] if element is not None else None

    def table(self, paragraph: ParaInfo) -> TableGeometry | None:
        """The innermost table a paragraph stands in."""
        cell = self.cell(paragraph)
        return cell.table if cell is not None else None

    def box(self, number: int) -> tuple[float, float] | None:
        """The width and height in millimetres of the body's text box ``number``."""
        if self._boxes is None:
            self._boxes = []
            if self._body is not None:
                for holder in self._body.iter(f"{W}drawing", f"{W}pict"):
                    if not any(a.tag == f"{_MC}Fallback" for a in holder.iterancestors()):
                        self._boxes += [_box_size(holder)] * sum(
                            1 for _ in holder.iter(f"{W}txbxContent")
                        )
        return self._boxes[number] if 0 <= number < len(self._boxes) else None


# ----------------------------------------------------------------------------- styles


class _Styles:
    """The few style properties this pass resolves: borders, mark size, run offsets."""

    def __init__(self, root: etree._Element | None) -> None:
        self.by_id: dict[str, etree._Element] = {}
        self.default_para: str | None = None
        self.default_table: str | None = None
        self.defaults_ppr: etree._Element | None = None
        self.defaults_rpr: etree._Element | None = None
        self._chains: dict[str | None, list[etree._Element]] = {}
        if root is None:
            return
        defaults = root.find(f"{W}docDefaults")
        if defaults is not None:
            self.defaults_ppr = defaults.find(f"{W}pPrDefault/{W}pPr")
            self.defaults_rpr = defaults.find(f"{W}rPrDefault/{W}rPr")
        for style in root.iter(f"{W}style"):
            style_id = style.get(f"{W}styleId")
            if style_id is None:
                continue
            self.by_id[style_id] = style
            if style.get(f"{W}default") in ("1", "true"):
                kind = style.get(f"{W}type")
                if kind == "paragraph":
                    self.default_para = style_id
                elif kind == "table":
                    self.default_table = style_id

    def chain(self, style_id: str | None) -> list[etree._Element]:
        """The style and those it is based on, the most basic first."""
        cached = self._chains.get(style_id)
        if cached is not None:
            return cached
        found: list[etree._Element] = []
        seen: set[str] = set()
        current = style_id
        while (current and current in self.by_id and current not in seen
               and len(found) < _MAX_STYLE_CHAIN):  # fmt: skip
            seen.add(current)
            style = self.by_id[current]
            found.append(style)
            current = _val(style.find(f"{W}basedOn"))
        found.reverse()
        self._chains[style_id] = found
        return found


def _borders(layers: list[etree._Element | None], tag: str) -> dict[str, tuple[float, float]]:
    """Side → (space pt, width pt) of the visible borders, later layers winning."""
    found: dict[str, tuple[float, float]] = {}
    for props in layers:
        box = props.find(f"{W}{tag}") if props is not None else None
        if box is None:
            continue
        for side in box:
            local = str(side.tag).rpartition("}")[2]
            style = _val(side) or "none"
            color = (_val(side, "color") or "").upper()
            if style in ("nil", "none") or color in ("FFFFFF", "WHITE"):
                found.pop(local, None)
                continue
            space = number(_val(side, "space"), default=0.0, low=0, high=31)
            width = number(_val(side, "sz"), default=4.0, low=0, high=800) / 8
            found[local] = (space, width)
    return found


_AUTO_SPACING = 280
"""The space "auto" spacing (``w:beforeAutospacing``, an HTML paragraph's) stands for: 14 pt."""


def _spacing(layers: list[etree._Element | None]) -> tuple[int, int, int | None, str | None]:
    before, after, line, rule = 0, 0, None, None
    for props in layers:
        node = props.find(f"{W}spacing") if props is not None else None
        if node is None:
            continue
        before = _twips(_val(node, "before"), before) or 0
        after = _twips(_val(node, "after"), after) or 0
        if _val(node, "beforeAutospacing") not in (None, "0", "false", "off"):
            before = _AUTO_SPACING
        if _val(node, "afterAutospacing") not in (None, "0", "false", "off"):
            after = _AUTO_SPACING
        value = _twips(_val(node, "line"), None)
        if value is not None:
            line, rule = value, _val(node, "lineRule") or "auto"
    return before, after, line, rule


def _size(layers: list[etree._Element | None]) -> float | None:
    size: float | None = None
    for props in layers:
        node = props.find(f"{W}sz") if props is not None else None
        if node is not None:
            half = number(_val(node), default=None, low=0, high=3276, units=_HALF_POINT_UNITS)
            if half is not None:
                size = half / 2
    return size


def _offsets(layers: list[etree._Element | None]) -> tuple[float, str]:
    raise_pt, vertical = 0.0, "baseline"
    for props in layers:
        if props is None:
            continue
        position = props.find(f"{W}position")
        if position is not None:
            half = number(_val(position), default=None, low=-3276, high=3276,
                          units=_HALF_POINT_UNITS)  # fmt: skip
            if half is not None:
                raise_pt = half / 2
        align = props.find(f"{W}vertAlign")
        if align is not None:
            vertical = _val(align) or "baseline"
    return raise_pt, vertical


# ----------------------------------------------------------------------------- shapes


def _emu_mm(value: str | None) -> float:
    return number(value, default=0.0, low=-MAX_TWIPS * 635, high=MAX_TWIPS * 635) / EMU_PER_MM


def _stroke(holder: etree._Element) -> float:
    line = holder.find(f".//{_A}ln")
    if line is not None and line.get("w") is not None:
        return _emu_mm(line.get("w"))
    return DEFAULT_STROKE_MM


def _drawing_anchors(drawing: etree._Element) -> Iterator[Anchor]:
    # one entry per holder with an extent, as stage 1's _drawing_shapes
    for holder in drawing:
        extent = holder.find(f"{_WP}extent")
        if extent is None:
            continue
        floating = holder.tag == f"{_WP}anchor"
        relative, offset = "", None
        vertical = holder.find(f"{_WP}positionV") if floating else None
        if vertical is not None:
            relative = vertical.get("relativeFrom", "")
            node = vertical.find(f"{_WP}posOffset")
            if node is not None and node.text is not None:
                offset = _emu_mm(node.text.strip())
        yield Anchor(floating, relative, offset, _emu_mm(extent.get("cx")),
                     _emu_mm(extent.get("cy")), _stroke(holder))  # fmt: skip


def _vml_length(value: str | None) -> float:
    return number(value, default=0.0, low=-MAX_TWIPS, high=MAX_TWIPS, units=_VML_MM)


def _vml_anchors(pict: etree._Element) -> Iterator[Anchor]:
    for shape in pict.iter(f"{_V}line", f"{_V}shape", f"{_V}rect"):
        style = {m.group(1).lower(): m.group(2).strip()
                 for m in _VML_STYLE.finditer(shape.get("style", ""))}  # fmt: skip
        weight = shape.get("strokeweight")
        stroke = _vml_length(weight) if weight else DEFAULT_STROKE_MM
        relative = style.get("mso-position-vertical-relative", "text")
        relative = "paragraph" if relative == "text" else relative
        if str(shape.tag).endswith("line"):
            start = [_vml_length(v) for v in (shape.get("from") or "0,0").split(",")[:2]]
            end = [_vml_length(v) for v in (shape.get("to") or "0,0").split(",")[:2]]
            top = style.get("margin-top")
            offset = (_vml_length(top) if top else 0.0) + (
                min(start[1], end[1]) if len(start) == len(end) == 2 else 0.0
            )
            width = abs(end[0] - start[0]) if len(start) == len(end) == 2 else 0.0
            height = abs(end[1] - start[1]) if len(start) == len(end) == 2 else 0.0
            yield Anchor(True, relative, offset, width, height, stroke)
            continue
        top = style.get("margin-top", style.get("top"))
        yield Anchor(True, relative, _vml_length(top) if top else None,
                     _vml_length(style.get("width")), _vml_length(style.get("height")),
                     stroke)  # fmt: skip


# ----------------------------------------------------------------------------- the pass


class _Pass:
    """Walks a story as stage 1 does and records where each paragraph stands."""

    def __init__(self, styles: _Styles) -> None:
        self.styles = styles
        self.found: list[tuple[etree._Element, CellGeometry | None]] = []
        self.tables: dict[int, TableGeometry] = {}
        self.slots: dict[int, list[int | TableGeometry]] = {}
        """``id(cell)`` → its paragraphs (as positions in the story) and nested tables."""


def _paragraph(p: etree._Element, cell: CellGeometry | None, styles: _Styles) -> ParaGeometry:
    ppr = p.find(f"{W}pPr")
    style_id = _val(ppr.find(f"{W}pStyle")) if ppr is not None else None
    style_id = style_id or styles.default_para
    chain = styles.chain(style_id)
    ppr_layers = [styles.defaults_ppr, *(s.find(f"{W}pPr") for s in chain), ppr]
    rpr_layers = [styles.defaults_rpr, *(s.find(f"{W}rPr") for s in chain)]
    borders = _borders(ppr_layers, "pBdr")
    mark = ppr.find(f"{W}rPr") if ppr is not None else None
    if cell is not None:
        table_layers = [s.find(f"{W}pPr") for s in cell.table.styles]
        own = [s.find(f"{W}pPr") for s in chain]
        if style_id == styles.default_para:
            ppr_layers = [styles.defaults_ppr, *own, *table_layers, ppr]
        else:
            ppr_layers = [styles.defaults_ppr, *table_layers, *own, ppr]
    geometry = ParaGeometry(
        {side: value[0] for side, value in borders.items()},
        {side: value[1] for side, value in borders.items()},
        _size([*rpr_layers, mark]),
        [],
        [],
        cell,
        spacing=_spacing(ppr_layers),
    )
    _collect(p, rpr_layers, geometry, styles)
    return geometry


def _collect(
    node: etree._Element,
    rpr_layers: list[etree._Element | None],
    out: ParaGeometry,
    styles: _Styles,
) -> None:
    for child in node:
        tag = child.tag
        if tag == f"{W}r":
            _run(child, rpr_layers, out, styles)
        elif tag in (f"{W}del", f"{W}pPr", f"{_MC}Fallback"):
            continue
        elif tag == f"{_MC}AlternateContent":
            if len(child):
                _collect(child[0], rpr_layers, out, styles)
        elif isinstance(tag, str):
            _collect(child, rpr_layers, out, styles)


def _run(
    r: etree._Element,
    rpr_layers: list[etree._Element | None],
    out: ParaGeometry,
    styles: _Styles,
) -> None:
    rpr = r.find(f"{W}rPr")
    layers = list(rpr_layers)
    if rpr is not None:
        char_style = _val(rpr.find(f"{W}rStyle"))
        if char_style:
            layers += [s.find(f"{W}rPr") for s in styles.chain(char_style)]
        layers.append(rpr)
    texts: list[str] = []
    offsets: tuple[float, str] | None = None

    def flush() -> None:
        nonlocal offsets
        text = "".join(texts)
        texts.clear()
        if text.strip():
            if offsets is None:
                offsets = _offsets(layers)
            # a run on the baseline is laid out at its line's size (stage 1 has its size)
            moved = offsets != (0.0, "baseline")
            size = _size(layers) if moved else None
            out.runs.append(RunGeometry(text, size, *offsets, line=out.breaks))

    for child in r:
        tag = child.tag
        if tag == f"{W}t":
            texts.append(child.text or "")
        elif tag == f"{W}tab":
            texts.append("\t")
        elif tag in (f"{W}br", f"{W}cr"):
            flush()
            out.breaks += 1
        elif tag == f"{W}drawing":
            out.anchors.extend(_drawing_anchors(child))
        elif tag == f"{W}pict":
            out.anchors.extend(_vml_anchors(child))
        elif tag == f"{_MC}AlternateContent" and len(child):
            for inner in child[0]:
                if inner.tag == f"{W}drawing":
                    out.anchors.extend(_drawing_anchors(inner))
                elif inner.tag == f"{W}pict":
                    out.anchors.extend(_vml_anchors(inner))
    flush()


def _box_size(holder: etree._Element) -> tuple[float, float]:
    extent = holder.find(f".//{_WP}extent")
    if extent is not None:
        return _emu_mm(extent.get("cx")), _emu_mm(extent.get("cy"))
    shape = next(holder.iter(f"{_V}shape", f"{_V}rect"), None)
    style = {
        m.group(1).lower(): m.group(2).strip()
        for m in _VML_STYLE.finditer(shape.get("style", "") if shape is not None else "")
    }
    return _vml_length(style.get("width")), _vml_length(style.get("height"))


class _Walk(_Pass):
    """The walk over a story's containers."""

    # ------------------------------------------------------------------ containers

    def container(
        self,
        parent: etree._Element,
        cell: CellGeometry | None,
        counter: list[int],
    ) -> None:
        for child in parent:
            tag = child.tag
            if tag == f"{W}p":
                self.found.append((child, cell))
                if cell is not None:
                    self.slots.setdefault(id(cell), []).append(len(self.found) - 1)
            elif tag == f"{W}tbl":
                table = self.table(child, cell, counter)
                if cell is not None:
                    cell.tables.append(table)
                    self.slots.setdefault(id(cell), []).append(table)
            elif tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml"):
                self.container(child, cell, counter)
            elif tag == f"{_MC}AlternateContent" and len(child):
                self.container(child[0], cell, counter)

    def table(
        self, tbl: etree._Element, parent: CellGeometry | None, counter: list[int]
    ) -> TableGeometry:
        number_ = counter[0]
        counter[0] += 1
        tblpr = tbl.find(f"{W}tblPr")
        style_id = _val(tblpr.find(f"{W}tblStyle")) if tblpr is not None else None
        chain = self.styles.chain(style_id or self.styles.default_table)
        layers = [s.find(f"{W}tblPr") for s in chain] + [tblpr]
        margins = {"top": 0, "bottom": 0, "left": DEFAULT_CELL_MARGIN,
                   "right": DEFAULT_CELL_MARGIN}  # fmt: skip
        borders: dict[str, str] = {}
        border_widths: dict[str, float] = {}
        indent = 0
        width: int | None = None
        width_type = "auto"
        for props in layers:
            if props is None:
                continue
            _margins(props.find(f"{W}tblCellMar"), margins)
            _side_styles(props.find(f"{W}tblBorders"), borders, border_widths)
            ind = props.find(f"{W}tblInd")
            if ind is not None:
                indent = _twips(_val(ind, "w"), 0) or 0
            tblw = props.find(f"{W}tblW")
            if tblw is not None:
                width_type = _val(tblw, "type") or "dxa"
                width = _twips(_val(tblw, "w"), None, low=0) if width_type == "dxa" else None
        grid = [w for g in tbl.iter(f"{W}gridCol")
                if (w := _twips(g.get(f"{W}w"), None, low=0)) is not None]  # fmt: skip
        table = TableGeometry(number_, "", width, width_type, grid, indent, parent=parent,
                              borders=borders, margins=margins, styles=chain,
                              border_widths=border_widths)  # fmt: skip
        self.tables[number_] = table
        for row_index, tr in enumerate(tbl.iter(_TR)):
            if tr.getparent() is not tbl:
                continue
            while len(table.rows) < row_index:  # rows stage 1 numbers but skips
                table.rows.append([])
                table.row_heights.append((None, "auto"))
            height = tr.find(_TRHEIGHT)
            table.row_heights.append(
                (_twips(_val(height), None, low=0), _val(height, "hRule") or "atLeast")
                if height is not None else (None, "auto")
            )  # fmt: skip
            cells: list[CellGeometry] = []
            column = 0
            for tc in tr.findall(_TC):
                tcpr = tc.find(_TCPR)
                span = 1
                cell_width = None
                if tcpr is not None:
                    merged = tcpr.find(_GRIDSPAN)
                    if merged is not None:
                        span = int(number(_val(merged), default=1, low=1, high=64))
                    tcw = tcpr.find(_TCW)
                    if tcw is not None and _val(tcw, "type") in (None, "dxa"):
                        cell_width = _twips(_val(tcw, "w"), None, low=0) or None
                if cell_width is None and column + span <= len(grid):
                    cell_width = sum(grid[column : column + span]) or None
                cell = CellGeometry(table, row_index, column, span, cell_width, tcpr)
                cells.append(cell)
                self.container(tc, cell, counter)
                column += span
            table.rows.append(cells)
        return table


def _margins(node: etree._Element | None, into: dict[str, int]) -> None:
    if node is None:
        return
    for side in node:
        local = str(side.tag).rpartition("}")[2]
        local = {"start": "left", "end": "right"}.get(local, local)
        if local in into and _val(side, "type") in (None, "dxa"):
            value = _twips(_val(side, "w"), None, low=0)
            if value is not None:
                into[local] = value


def _side_styles(
    node: etree._Element | None, into: dict[str, str], widths: dict[str, float] | None = None
) -> None:
    if node is None:
        return
    for side in node:
        local = str(side.tag).rpartition("}")[2]
        local = {"start": "left", "end": "right"}.get(local, local)
        style = _val(side) or "none"
        if style in ("nil", "none"):
            into.pop(local, None)
            if widths is not None:
                widths.pop(local, None)
        else:
            into[local] = style
            if widths is not None:
                widths[local] = number(_val(side, "sz"), default=4.0, low=0, high=800) / 8


# ----------------------------------------------------------------------------- reading


def _story(
    root: etree._Element, styles: _Styles, part: str, paragraphs: list[ParaInfo]
) -> _Walk | None:
    walker = _Walk(styles)
    walker.container(root, None, [0])
    if len(walker.found) != len(paragraphs):
        return None
    for (_, cell), paragraph in zip(walker.found, paragraphs, strict=True):
        place = (cell.table.number, cell.row, cell.column) if cell is not None else None
        if place != paragraph.table:
            return None
    for table in walker.tables.values():
        table.part = part
        for cell in table.cells:
            slots = walker.slots.get(id(cell), [])
            cell.items = [paragraphs[i] if isinstance(i, int) else i for i in slots]
            cell.paragraphs = [i for i in cell.items if isinstance(i, ParaInfo)]
    return walker


def read_geometry(data: bytes, info: DocxInfo, limits: Limits = LIMITS) -> Geometry | None:
    """Read the geometry of the file whose stage-1 data is ``info`` (``None``: unreadable).

    ``data`` is the file stage 1 read; the pass uses stage 1's safe zip and XML readers with
    the caller's budgets (``limits``, as stage 1 did), and gives up (``None``) rather than
    raise when the file differs from what stage 1 saw.
    """
    try:
        package = open_zip(data, "document", limits)
        with package:

            def load(member: str) -> etree._Element | None:
                raw = read_member(package, member, "document", limits)
                return None if raw is None else parse_part(raw, member, "document", limits)

            document = load("word/document.xml")
            if document is None:
                return None
            styles = _Styles(load("word/styles.xml"))
            stories: list[tuple[str, etree._Element, list[ParaInfo]]] = []
            body = document.find(f"{W}body")
            if body is not None:
                stories.append(("word/document.xml", body, info.paragraphs))
            found = _geometry(stories, styles, info)
            if found is None:
                return None
            found.space_max = _compatibility(load("word/settings.xml")) >= 15
            found.limits = limits
            for part, items in info.parts.items():
                raw = (
                    read_member(package, part, "document", limits) if part != "textboxes" else None
                )
                if raw is not None:
                    found._pending[part] = (raw, items)
            return found
    except (ReadError, OSError, ValueError):
        return None


def _compatibility(settings: etree._Element | None) -> int:
    """The Word version the file asks to be laid out as (``compatibilityMode``; 0 if none)."""
    if settings is None:
        return 0
    for setting in settings.iter(f"{W}compatSetting"):
        if setting.get(f"{W}name") == "compatibilityMode":
            return int(number(setting.get(f"{W}val"), default=0, low=0, high=99))
    return 0


def _geometry(
    stories: list[tuple[str, etree._Element, list[ParaInfo]]], styles: _Styles, info: DocxInfo
) -> Geometry | None:
    elements: dict[int, tuple[etree._Element, CellGeometry | None]] = {}
    tables: dict[tuple[str, int], TableGeometry] = {}
    body: etree._Element | None = None
    for part, root, items in stories:
        walker = _story(root, styles, part, items)
        if walker is None:
            return None
        if part == "word/document.xml":
            body = root
        for found, paragraph in zip(walker.found, items, strict=True):
            elements[id(paragraph)] = found
        for position, table in walker.tables.items():
            tables[(part, position)] = table
    return Geometry(elements, tables, styles, body)
