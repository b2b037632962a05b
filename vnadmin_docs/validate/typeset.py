"""Where lines of Times New Roman fall on the page (dàn dòng): a model for the layout rules.

The rules that measure distances on the page (the clear gap under a rule, the height of a
mark's box, whether ô 11 pushes the Quốc hiệu down) need to know where each line of a
paragraph stands: how tall its box is, where its baseline lies, how far its ink reaches
below the baseline. This module is that model, for Times New Roman, checked against the PDF
LibreOffice makes of the same file (rasterised, the rows of ink measured):

- a line box is 1.15 em high at single spacing; the baseline stands 0.934 em under the top
  of the box and 0.216 em above its bottom (the font's line gap sits above the ascent);
- "multiple" line spacing adds the extra height under the text, "at least" above it, and
  "exactly" shares the height between ascent and descent in their proportion;
- a line's ink reaches 0.20 em below the baseline when it holds a descender (g j p q y),
  a comma, a bracket or a Vietnamese dot below (ạ, Ộ …), and stops at the baseline
  otherwise;
- a run raised by ``w:position`` or set as superscript grows its line upwards by as much
  as it is raised (so a line holding nothing else keeps its glyphs where they were), a
  lowered run grows it downwards; a superscript is 58 % of the size, its top level with the
  top of full-size letters; the paragraph mark's size counts only for an empty line;
- the underscore's ink starts 0.075 em under the baseline.

Checked on 79 rules of real files, each laid out by LibreOffice and measured on the raster
of its PDF: the 20 rules of the decree's own samples (Phụ lục III, mẫu 1.1–1.8: mean error
0.12 mm, at most 0.17 mm), 53 rules of 25 Word and LibreOffice files of the corpus (floating
line shapes, underscores, borders: mean 0.09 mm, at most 0.44 mm) and 6 of our renderer's
(mean 0.06 mm). The layout follows LibreOffice where Word differs: "multiple" line spacing
puts its extra height under the text there (Word may place it otherwise); in a file that asks for
Word 2013's layout (``compatibilityMode`` 15), the space between two paragraphs is the
larger of the one's space after and the other's space before, not their sum; a table
style's paragraph properties (spacing) apply to the paragraphs of its cells.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

from vnadmin_docs.metrics import (
    ASCENT_EM,
    DESCENT_EM,
    INK_DEPTH_EM,
    LINE_EM,
    MM_PER_PT,
    descends,
    wrap_lines,
)
from vnadmin_docs.ooxml.read import DocxInfo, ParaInfo
from vnadmin_docs.validate.geometry import CellGeometry, Geometry, ParaGeometry, TableGeometry

__all__ = [
    "ASCENT_EM",
    "DESCENT_EM",
    "INK_DEPTH_EM",
    "LINE_EM",
    "MM_PER_PT",
    "UNDERSCORE_TOP_EM",
    "LineBox",
    "available_twips",
    "border_bottom_pt",
    "border_top_pt",
    "cell_content_pt",
    "descends",
    "flow_height_pt",
    "line_boxes",
    "paragraph_height_pt",
    "row_height_pt",
    "space_after_pt",
    "spacing",
    "table_height_pt",
    "text_lines",
    "underscore_top",
    "upper_space_pt",
]

UNDERSCORE_TOP_EM = 0.075
"""The top of the underscore's stroke under the baseline."""
SUPERSCRIPT_SCALE = 0.58
"""Size of a superscript or subscript relative to its run."""
DEFAULT_SIZE = 10.0
"""The size of text nothing sets a size for (Word's and LibreOffice's default)."""


@dataclass(frozen=True, slots=True)
class LineBox:
    """One line of a paragraph as laid out: its text and its vertical extent in points."""

    text: str
    ascent: float
    """From the top of the line box down to the baseline."""
    descent: float
    """From the baseline down to the bottom of the line box."""
    ink: float
    """How far the line's ink reaches under the baseline."""

    @property
    def height(self) -> float:
        """The height of the line box."""
        return self.ascent + self.descent


def available_twips(paragraph: ParaInfo, info: DocxInfo, geometry: Geometry | None) -> int:
    """The width the paragraph's lines have, in twips.

    Its cell's text width (the cell less its margins) or the page's text width, less the
    paragraph's left and right indents.
    """
    cell = geometry.cell(paragraph) if geometry is not None else None
    width: int | None = cell.text_width if cell is not None else None
    if width is None:
        width = paragraph.cell_width
    if width is None:
        if info.sections:
            width = info.sections[min(paragraph.section, len(info.sections) - 1)].text_width
        else:
            width = 9355
    return max(width - paragraph.left - paragraph.right, 0)


def text_lines(text: str, width_twips: int, size: float, *, bold: bool) -> list[str]:
    """The lines ``text`` is set in: each line break kept, each line wrapped at spaces."""
    lines: list[str] = []
    for line in text.split("\n"):
        clean = " ".join(line.split())
        if not clean:
            lines.append("")
            continue
        lines += wrap_lines(clean, max(width_twips, 1), size, bold=bold)
    return lines


def _size(paragraph: ParaInfo, geometry: ParaGeometry | None) -> float:
    sizes = [r.size for r in paragraph.text_runs() if r.size]
    if sizes:
        return float(max(sizes))
    if geometry is not None and geometry.mark_size:
        return geometry.mark_size
    return DEFAULT_SIZE


@dataclass(frozen=True, slots=True)
class _Segment:
    """A hard line of a paragraph (between line breaks): its text, size and weight."""

    text: str
    size: float
    bold: bool


def _segments(paragraph: ParaInfo, fallback: float) -> list[_Segment]:
    pieces: list[list[tuple[str, float | None, bool]]] = [[]]
    for run in paragraph.runs:
        parts = run.text.split("\n")
        for index, part in enumerate(parts):
            if index:
                pieces.append([])
            pieces[-1].append((part, run.size, run.bold))
    found: list[_Segment] = []
    for line in pieces:
        text = "".join(part for part, _, _ in line)
        shown = [(size, bold, len(part.strip())) for part, size, bold in line if part.strip()]
        sizes = [size for size, _, _ in shown if size] or [s for _, s, _ in line if s]
        weight = sum(n for _, bold, n in shown if bold) * 2 > sum(n for _, _, n in shown)
        found.append(_Segment(text, float(max(sizes)) if sizes else fallback, weight))
    return found


def spacing(
    paragraph: ParaInfo, geometry: ParaGeometry | None
) -> tuple[int, int, int | None, str | None]:
    """Space before, after (twips), line spacing and rule, the table style's included."""
    if geometry is not None:
        return geometry.spacing
    return paragraph.space_before, paragraph.space_after, paragraph.line, paragraph.line_rule


def _spaced(
    paragraph: ParaInfo, geometry: ParaGeometry | None, ascent: float, descent: float
) -> tuple[float, float]:
    """A line's ascent and descent once the paragraph's line spacing is applied."""
    natural = ascent + descent
    _, _, value, rule = spacing(paragraph, geometry)
    if value is None or value <= 0 or natural <= 0:
        return ascent, descent
    if rule == "exact":
        height = value / 20
        return height * ascent / natural, height * descent / natural
    if rule == "atLeast":
        height = value / 20
        return (height - descent, descent) if height > natural else (ascent, descent)
    multiple = value / 240
    if multiple >= 1:
        return ascent, descent + natural * (multiple - 1)
    return ascent - natural * (1 - multiple), descent


def _shift(size: float, raise_pt: float, vertical: str) -> tuple[float, float]:
    """How far a run's baseline stands above the line's (points) and its glyphs' size."""
    if vertical not in ("superscript", "subscript"):
        return raise_pt, size
    glyph = size * SUPERSCRIPT_SCALE
    if vertical == "superscript":
        return raise_pt + ASCENT_EM * (size - glyph), glyph
    return raise_pt - DESCENT_EM * (size - glyph), glyph


def _run_extent(size: float, raise_pt: float, vertical: str) -> tuple[float, float, float]:
    """(ascent above the line's baseline, descent under it, glyph size) of a run.

    A raised run reaches higher by its raise; a lowered one reaches lower and keeps its
    ascent (LibreOffice does not shrink a line for a lowered run).
    """
    raise_pt, glyph = _shift(size, raise_pt, vertical)
    up = ASCENT_EM * glyph + max(raise_pt, 0.0)
    down = DESCENT_EM * glyph + max(-raise_pt, 0.0)
    return up, down, glyph


def line_boxes(
    paragraph: ParaInfo,
    geometry: ParaGeometry | None,
    width_twips: int,
) -> list[LineBox]:
    """The paragraph's lines, wrapped in ``width_twips``, with their vertical extents.

    Each hard line (between line breaks) is wrapped at spaces in its own size and weight
    and is as high as its largest text makes it; an empty paragraph has one line, as high
    as its mark's size makes it. Raised and superscript runs (``geometry``) grow the line
    they stand in; the paragraph's line spacing then applies.
    """
    if geometry is not None:
        cached = geometry.laid_out.get(width_twips)
        if cached is not None:
            return cast(list[LineBox], cached)
    boxes = _line_boxes(paragraph, geometry, width_twips)
    if geometry is not None:
        geometry.laid_out[width_twips] = boxes
    return boxes


def _line_boxes(
    paragraph: ParaInfo, geometry: ParaGeometry | None, width_twips: int
) -> list[LineBox]:
    base = geometry.mark_size if geometry is not None and geometry.mark_size else None
    fallback = base or _size(paragraph, geometry)
    boxes: list[LineBox] = []
    runs = geometry.runs if geometry is not None else []
    for number, segment in enumerate(_segments(paragraph, fallback) or [
            _Segment("", fallback, False)]):  # fmt: skip
        size = segment.size
        lines = text_lines(segment.text, width_twips, size, bold=segment.bold) or [""]
        ascent, descent = ASCENT_EM * size, DESCENT_EM * size
        if base is not None and not segment.text.strip():  # an empty line: its mark's height
            ascent, descent = max(ascent, ASCENT_EM * base), max(descent, DESCENT_EM * base)
        for run in runs:
            if run.line == number:
                up, down, _ = _run_extent(run.size or size, run.raise_pt, run.vertical)
                ascent, descent = max(ascent, up), max(descent, down)
        top, bottom = _spaced(paragraph, geometry, ascent, descent)
        boxes += [LineBox(text, top, bottom, INK_DEPTH_EM * size if descends(text) else 0.0)
                  for text in lines]  # fmt: skip
    return boxes


def underscore_top(
    paragraph: ParaInfo, geometry: ParaGeometry | None, width_twips: int
) -> float | None:
    """How far under the top of its first line the ink of typed underscores begins (pt).

    ``None`` when the paragraph's first line holds no underscore.
    """
    boxes = line_boxes(paragraph, geometry, width_twips)
    if not boxes or "_" not in boxes[0].text:
        return None
    size = _segments(paragraph, _size(paragraph, geometry))[0].size
    run = next((r for r in (geometry.runs if geometry else []) if "_" in r.text), None)
    if run is None:
        return boxes[0].ascent + UNDERSCORE_TOP_EM * size
    raise_pt, glyph = _shift(run.size or size, run.raise_pt, run.vertical)
    baseline = boxes[0].ascent - raise_pt  # the run's own baseline
    return baseline + UNDERSCORE_TOP_EM * glyph


def upper_space_pt(
    previous: ParaInfo | None, paragraph: ParaInfo, geometry: Geometry | None
) -> float:
    """The space a paragraph's box opens with, in points (its upper spacing).

    The paragraph's space before; where the file asks for Word 2013's layout
    (``compatibilityMode`` 15 and later), LibreOffice takes the larger of the previous
    paragraph's space after and this one's space before, the space after being the previous
    box's: this box then opens with what the space before adds to it.
    """
    own = geometry.of(paragraph) if geometry is not None else None
    before = spacing(paragraph, own)[0] / 20
    if previous is None or geometry is None or not geometry.space_max:
        return before
    return max(0.0, before - spacing(previous, geometry.of(previous))[1] / 20)


def space_after_pt(paragraph: ParaInfo, geometry: Geometry | None) -> float:
    """The paragraph's space after, in points (the table style's included)."""
    return spacing(paragraph, geometry.of(paragraph) if geometry is not None else None)[1] / 20


def border_top_pt(paragraph: ParaInfo, geometry: ParaGeometry | None) -> float:
    """What a top border puts between the top of the box and the first line (pt)."""
    if geometry is None or "top" not in paragraph.borders:
        return 0.0
    return geometry.border_space.get("top", 0.0) + geometry.border_width.get("top", 0.0)


def border_bottom_pt(paragraph: ParaInfo, geometry: ParaGeometry | None) -> float:
    """What a bottom border puts between the last line and the space after (pt)."""
    if geometry is None or "bottom" not in paragraph.borders:
        return 0.0
    return geometry.border_space.get("bottom", 0.0) + geometry.border_width.get("bottom", 0.0)


def paragraph_height_pt(
    paragraph: ParaInfo,
    info: DocxInfo,
    geometry: Geometry,
    previous: ParaInfo | None = None,
) -> float:
    """The height of the paragraph's box: upper spacing, borders, lines, space after."""
    own = geometry.of(paragraph)
    width = available_twips(paragraph, info, geometry)
    height = upper_space_pt(previous, paragraph, geometry) + spacing(paragraph, own)[1] / 20
    height += sum(box.height for box in line_boxes(paragraph, own, width))
    return height + border_top_pt(paragraph, own) + border_bottom_pt(paragraph, own)


def flow_height_pt(
    items: Sequence[ParaInfo | TableGeometry],
    info: DocxInfo,
    geometry: Geometry,
    previous: ParaInfo | None = None,
) -> float:
    """The height of paragraphs and tables standing one under the other.

    ``previous`` is the paragraph just above the first item, whose space after the first
    paragraph's upper spacing may absorb (:func:`upper_space_pt`).
    """
    total = 0.0
    for item in items:
        if isinstance(item, ParaInfo):
            total += paragraph_height_pt(item, info, geometry, previous)
            previous = item
        else:
            total += table_height_pt(item, info, geometry)
            previous = None
    return total


def table_height_pt(table: TableGeometry, info: DocxInfo, geometry: Geometry) -> float:
    """The height of a table: its rows' heights and half of its top and bottom borders."""
    rows = sum(row_height_pt(table, row, info, geometry) for row in range(len(table.rows)))
    edges = table.border_widths.get("top", 0.0) + table.border_widths.get("bottom", 0.0)
    return rows + edges / 2


def row_height_pt(table: TableGeometry, row: int, info: DocxInfo, geometry: Geometry) -> float:
    """The height of one row: its tallest cell, or the height the row is set to."""
    content = max((cell_content_pt(cell, info, geometry) for cell in table.rows[row]
                   if cell.v_merge is None), default=0.0)  # fmt: skip
    height, rule = table.row_heights[row] if row < len(table.row_heights) else (None, "auto")
    if height is None or height <= 0 or rule == "auto":
        return content
    if rule == "exact":
        return height / 20
    return max(content, height / 20)


def cell_content_pt(cell: CellGeometry, info: DocxInfo, geometry: Geometry) -> float:
    """The height of a cell's content and its top and bottom margins."""
    margins = (cell.margins["top"] + cell.margins["bottom"]) / 20
    return margins + flow_height_pt(cell.items, info, geometry)
