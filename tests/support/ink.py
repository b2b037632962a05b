"""Measure the ink of a PDF page: rules, the clear space around them, boxes, a line's extent.

pdfplumber reads what a PDF *says* (glyph boxes, stroked paths). A reviewer sees ink, and the
two differ where it matters for Decree 30's layout: the decree's own samples (Phụ lục III) draw
their rules as typed underscores, which pdfplumber reports as characters, and a glyph box is
not where the glyph's ink stops (descenders, the dot of "ạ", the marks above "Ễ"). This module
renders a page with pypdfium2 (grayscale, 400 dpi by default) and measures the pixels with
Pillow and bytes operations doing the heavy work (``point`` to threshold, ``crop`` + ``getbbox``
to find ink, ``bytes.find`` over the raw mask to find long runs; Python loops only over the
few rows next to a rule), so a page costs about 0.1 s to render and 0.05 s to measure.

Units: millimetres from the top left corner of the page, as in :mod:`tests.support.office`.
A pixel counts as ink when darker than mid-grey (< 128 of 255): the edge of a stroke is where
the anti-aliased coverage reaches one half, which is where the vector edge is.

Typical use::

    lines = office.text_lines(plumber_page)           # pdfplumber, for the words
    page = InkPage.open(pdf_path, 0, lines=lines)     # the raster, for the ink
    for rule in rules(page):
        print(rule.x0, rule.x1, rule.y, gap_above(rule), gap_below(rule))
    motto = office.find_line(lines, "Độc lập - Tự do - Hạnh phúc")
    print(line_ink(page, motto))                      # where that line's ink really is
    for box in boxes(page):                           # a stamp's frame
        print(box.width, box.height)

The measurements were checked against pdfplumber's own positions (vector rules, underscore
glyphs, glyph boxes): see ``test_ink_agrees_with_pdfplumber`` in
``tests/render/test_layout_vs_samples.py``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .office import MM_PER_PT, TextLine

if TYPE_CHECKING:
    from PIL import Image

__all__ = [
    "DEFAULT_DPI",
    "BBox",
    "Box",
    "InkPage",
    "InkRule",
    "boxes",
    "gap_above",
    "gap_below",
    "ink_bbox",
    "line_ink",
    "rules",
]

#: Resolution of the raster: 400 dpi is 15.7 pixels per millimetre (0.064 mm a pixel).
DEFAULT_DPI = 400
#: Darker than this (0 = black, 255 = white) is ink.
INK_THRESHOLD = 128

_ON = 255  # value of an ink pixel in the mask
_BLANK = re.compile(b"[^\xff]")


@dataclass(frozen=True)
class BBox:
    """A rectangle of ink in millimetres (``top``/``bottom`` grow downwards)."""

    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def width(self) -> float:
        """Width of the rectangle."""
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        """Height of the rectangle."""
        return self.bottom - self.top

    @property
    def centre_x(self) -> float:
        """Horizontal centre."""
        return (self.x0 + self.x1) / 2


@dataclass
class InkPage:
    """One page of a PDF as an ink mask: 255 where the page is darker than mid-grey, else 0.

    ``lines`` are pdfplumber's text lines of the same page (:func:`office.text_lines`), when
    the caller gives them: :func:`line_ink` uses them to keep other lines' glyphs (a raised
    footnote number, the line above) out of a line's ink.
    """

    mask: Image.Image
    dpi: float
    width_mm: float
    height_mm: float
    lines: Sequence[TextLine] = ()
    _rules: list[InkRule] | None = field(default=None, repr=False)
    _segments: dict[float, list[tuple[int, int, int]]] = field(default_factory=dict, repr=False)

    @classmethod
    def open(
        cls,
        pdf: Path | str,
        index: int,
        *,
        dpi: float = DEFAULT_DPI,
        lines: Sequence[TextLine] = (),
    ) -> InkPage:
        """Render page ``index`` (0-based) of ``pdf`` with pypdfium2 and threshold it."""
        import pypdfium2 as pdfium

        document = pdfium.PdfDocument(str(pdf))
        try:
            page = document[index]
            try:
                width_pt, height_pt = page.get_size()
                bitmap = page.render(scale=dpi / 72, grayscale=True)
                image = bitmap.to_pil().convert("L")
            finally:
                page.close()
        finally:
            document.close()
        lut = [_ON if v < INK_THRESHOLD else 0 for v in range(256)]
        mask = image.point(lut)
        return cls(
            mask=mask,
            dpi=dpi,
            width_mm=width_pt * MM_PER_PT,
            height_mm=height_pt * MM_PER_PT,
            lines=tuple(lines),
        )

    # -- units ------------------------------------------------------------------------------

    @property
    def px_per_mm(self) -> float:
        """Pixels per millimetre."""
        return self.dpi / 25.4

    def px(self, mm: float) -> int:
        """Millimetres to the nearest pixel index."""
        return round(mm * self.px_per_mm)

    def mm(self, px: float) -> float:
        """Pixels to millimetres."""
        return px / self.px_per_mm

    def _clip_x(self, px: int) -> int:
        return max(0, min(self.mask.width, px))

    def _clip_y(self, px: int) -> int:
        return max(0, min(self.mask.height, px))

    def crop(self, x0: float, top: float, x1: float, bottom: float) -> Image.Image:
        """The mask between the given millimetre edges (clipped to the page)."""
        return self.mask.crop(
            (
                self._clip_x(self.px(x0)),
                self._clip_y(self.px(top)),
                self._clip_x(self.px(x1)),
                self._clip_y(self.px(bottom)),
            )
        )


# --------------------------------------------------------------------------------------------
# Ink in a region
# --------------------------------------------------------------------------------------------


def _bbox_px(page: InkPage, box: tuple[int, int, int, int]) -> tuple[int, int, int, int] | None:
    x0, y0, x1, y1 = box
    if x1 <= x0 or y1 <= y0:
        return None
    found = page.mask.crop(box).getbbox()
    if found is None:
        return None
    return found[0] + x0, found[1] + y0, found[2] + x0, found[3] + y0


def ink_bbox(
    page: InkPage,
    x0: float,
    top: float,
    x1: float,
    bottom: float,
    *,
    exclude: Sequence[BBox] = (),
) -> BBox | None:
    """The bounding box of the ink inside the rectangle, or None if it is blank.

    ``exclude`` are rectangles whose ink does not count (another line's glyphs, a rule).
    """
    box = (
        page._clip_x(page.px(x0)),
        page._clip_y(page.px(top)),
        page._clip_x(page.px(x1)),
        page._clip_y(page.px(bottom)),
    )
    if exclude:
        region = page.mask.crop(box)
        for other in exclude:
            region.paste(
                0,
                (
                    page.px(other.x0) - box[0],
                    page.px(other.top) - box[1],
                    page.px(other.x1) - box[0],
                    page.px(other.bottom) - box[1],
                ),
            )
        found = region.getbbox()
        if found is None:
            return None
        found = (found[0] + box[0], found[1] + box[1], found[2] + box[0], found[3] + box[1])
    else:
        found = _bbox_px(page, box)
        if found is None:
            return None
    return BBox(page.mm(found[0]), page.mm(found[1]), page.mm(found[2]), page.mm(found[3]))


def line_ink(page: InkPage, line: TextLine, *, pad_mm: float = 0.6) -> BBox | None:
    """Where the ink of a pdfplumber text line is: the glyphs' ink, marks and descenders.

    The search band runs from one font size above the baseline (the highest Vietnamese marks)
    to 0.3 of it below (descenders, the dot of "ạ"), and ``pad_mm`` beyond the line's first
    and last glyph boxes. Ink of other text lines of ``page.lines`` inside the band (a raised
    footnote number, the descenders of the line above) and of the page's rules is left out.

    Where lines are set tight, the marks above our letters and the descenders of the line
    above share rows; the ink there cannot be told apart without the glyphs' outlines. So
    the left and right ends come from the rows that are ours alone, and the top and bottom
    from the whole band (with the neighbours' own zones left out).
    """
    size = _size_mm(line)
    x0, x1 = line.x0 - pad_mm, line.x1 + pad_mm
    top, bottom = line.baseline - size, line.baseline + 0.3 * size
    own_top, own_bottom = top, line.baseline + 0.22 * size  # the font's descent is 0.22 em
    core_top, core_bottom = top, bottom  # rows no neighbouring line reaches into
    exclude: list[BBox] = []
    for other in page.lines:
        if other == line or other.x1 < x0 or other.x0 > x1:
            continue
        o_size = _size_mm(other)
        o_top, o_bottom = other.baseline - o_size, other.baseline + 0.3 * o_size
        if o_bottom < top or o_top > bottom:
            continue
        if other.x0 >= line.x1 or other.x1 <= line.x0:
            pass  # beside the line (a raised note number after it): all of it
        elif other.baseline < line.baseline:
            core_top = max(core_top, o_bottom)
            o_bottom = min(o_bottom, own_top)  # the line above: what hangs into our band
        else:
            core_bottom = min(core_bottom, o_top)
            o_top = max(o_top, own_bottom)  # the line below: what rises into our band
        if o_bottom > o_top:
            exclude.append(BBox(max(other.x0, x0), o_top, min(other.x1, x1), o_bottom))
    for rule in rules(page):
        if rule.bottom >= top and rule.top <= bottom and rule.x1 > x0 and rule.x0 < x1:
            exclude.append(BBox(rule.x0, rule.top, rule.x1, rule.bottom))
    whole = ink_bbox(page, x0, top, x1, bottom, exclude=exclude)
    if whole is None:
        return None
    # the core keeps at least the x-height above the baseline
    core_top = min(core_top, line.baseline - 0.45 * size)
    core_bottom = max(core_bottom, line.baseline)
    core = ink_bbox(page, x0, core_top, x1, core_bottom, exclude=exclude)
    if core is None:
        return whole
    return BBox(core.x0, whole.top, core.x1, whole.bottom)


def _size_mm(line: TextLine) -> float:
    return max(line.sizes) * MM_PER_PT if line.sizes else line.baseline - line.top


# --------------------------------------------------------------------------------------------
# Rules
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class InkRule:
    """A horizontal rule as ink: a run of dark pixels at least 8 mm long and at most 1 mm high.

    ``top``/``bottom`` are its ink edges, ``y`` its centre line, ``thickness`` = bottom − top.
    It keeps its page so that :func:`gap_above`/:func:`gap_below` need nothing more.
    """

    x0: float
    x1: float
    top: float
    bottom: float
    page: InkPage = field(repr=False, compare=False)

    @property
    def y(self) -> float:
        """Centre line of the rule."""
        return (self.top + self.bottom) / 2

    @property
    def thickness(self) -> float:
        """Height of the ink of the rule."""
        return self.bottom - self.top

    @property
    def length(self) -> float:
        """Length of the rule."""
        return self.x1 - self.x0

    @property
    def centre_x(self) -> float:
        """Horizontal centre of the rule."""
        return (self.x0 + self.x1) / 2


def _segments(page: InkPage, min_length_mm: float) -> list[tuple[int, int, int]]:
    """Horizontal runs of ink ``(row, x0, x1)`` in pixels, at least ``min_length_mm`` long.

    A run is made of solid pieces at least 1 mm long, joined across seams of at most two
    pixels (0.13 mm): typed underscores that do not quite touch leave such a seam. Wider gaps
    are not bridged, nor are shorter pieces: the serifs of bold text standing on the baseline
    ("hành chính") come within 0.3 mm of each other and would chain into a false rule.
    """
    cached = page._segments.get(min_length_mm)
    if cached is not None:
        return cached
    width = page.mask.width
    data = page.mask.tobytes()
    need = max(2, page.px(min_length_mm))
    piece = min(need, max(2, page.px(1.0)))
    seam = 2
    needle = b"\xff" * piece
    rows: dict[int, list[list[int]]] = {}
    start = data.find(needle)  # bytes.find skips ahead; a regular expression is 100x slower
    while start != -1:
        blank = _BLANK.search(data, start + piece)
        end = blank.start() if blank else len(data)
        next_start = data.find(needle, end)
        while start < end:  # a run never crosses a row's end in practice; split if it does
            row, x = divmod(start, width)
            stop = min(end, (row + 1) * width)
            if stop - start >= piece:
                runs = rows.setdefault(row, [])
                if runs and x - runs[-1][1] <= seam:
                    runs[-1][1] = x + (stop - start)
                else:
                    runs.append([x, x + (stop - start)])
            start = stop
        start = next_start
    found = [
        (row, x0, x1) for row, runs in sorted(rows.items()) for x0, x1 in runs if x1 - x0 >= need
    ]
    page._segments[min_length_mm] = found
    return found


def _group(
    page: InkPage, segments: list[tuple[int, int, int]], max_thickness_mm: float
) -> list[tuple[int, int, int, int]]:
    """Stack runs of consecutive rows with the same ends (±0.3 mm) into ``(x0, x1, y0, y1)``."""
    slack = max(1, page.px(0.3))
    open_groups: list[list[int]] = []  # [x0, x1, first_row, last_row]
    done: list[list[int]] = []
    for row, x0, x1 in segments:
        for group in open_groups:
            if group[3] == row - 1 and abs(group[0] - x0) <= slack and abs(group[1] - x1) <= slack:
                group[0], group[1] = min(group[0], x0), max(group[1], x1)
                group[3] = row
                break
        else:
            open_groups.append([x0, x1, row, row])
        still = []
        for group in open_groups:
            (still if group[3] >= row - 1 else done).append(group)
        open_groups = still
    done.extend(open_groups)
    limit = page.px(max_thickness_mm)
    stacks = [_absorb(page, g[0], g[1], g[2], g[3] + 1) for g in done]  # y1 exclusive
    stacks = [s for s in stacks if s[3] - s[2] <= limit]
    return sorted(
        s
        for s in set(stacks)
        if not any(
            o != s and o[0] <= s[0] and s[1] <= o[1] and o[2] <= s[2] and s[3] <= o[3]
            for o in stacks
        )
    )


def _row(page: InkPage, x0: int, x1: int, y: int) -> bytes:
    return page.mask.crop((x0, y, x1, y + 1)).tobytes()


def _absorb(page: InkPage, x0: int, x1: int, y0: int, y1: int) -> tuple[int, int, int, int]:
    """Grow a stack of rows by the rows next to it that are the rule's own ink.

    A row is the rule's own if ink covers half its span or more (an anti-aliased edge row
    shorter than the rule, a second border drawn a hair lower), or, for at most two rows on
    each side, if it has ink away from the rule's ends and every such pixel sits on ink of
    the row next to the rule (the darker seams where typed underscores overlap). The last
    half millimetre at each end is not looked at there: a frame's upright strokes meet its
    edges. Text that touches a rule would lose at most two rows (0.13 mm at 400 dpi) to it.
    """
    span = x1 - x0
    end = min(page.px(0.5), span // 4)
    bounds = []
    for step, start, stop in ((-1, y0 - 1, -1), (1, y1, page.mask.height)):
        inner = _row(page, x0, x1, start - step) if 0 <= start - step < page.mask.height else b""
        seams = 0
        y = start
        while y != stop:
            row = _row(page, x0, x1, y)
            if row.count(_ON) >= 0.5 * span:
                inner = row
                y += step
                continue
            middle, under = row[end : span - end], inner[end : span - end]
            if (
                seams < 2
                and _ON in middle
                and all(a == 0 or b == _ON for a, b in zip(middle, under, strict=True))
            ):
                seams += 1
                inner = row
                y += step
                continue
            break
        bounds.append(y)
    return x0, x1, bounds[0] + 1, bounds[1]


def rules(
    page: InkPage, *, min_length_mm: float = 8.0, max_thickness_mm: float = 1.0
) -> list[InkRule]:
    """The horizontal rules of the page, top to bottom: thin, long runs of ink.

    Whatever draws them counts: a vector line, a paragraph or table border, a stamp's frame,
    typed underscores. A run must be at least ``min_length_mm`` long and its stack of rows at
    most ``max_thickness_mm`` high (a filled block is not a rule).
    """
    default = min_length_mm == 8.0 and max_thickness_mm == 1.0
    if default and page._rules is not None:
        return page._rules
    found = [
        InkRule(page.mm(x0), page.mm(x1), page.mm(y0), page.mm(y1), page)
        for x0, x1, y0, y1 in _group(page, _segments(page, min_length_mm), max_thickness_mm)
    ]
    found.sort(key=lambda r: (r.top, r.x0))
    if default:
        page._rules = found
    return found


def gap_above(rule: InkRule, *, x0: float | None = None, x1: float | None = None) -> float | None:
    """Clear space between the rule's top edge and the lowest ink above it, in millimetres.

    Only ink within the rule's own horizontal span counts (or ``x0``..``x1`` if given); the
    rule's own rows are skipped. None if there is no ink above it at all.
    """
    page = rule.page
    left = page.px(rule.x0 if x0 is None else x0)
    right = page.px(rule.x1 if x1 is None else x1)
    found = _bbox_px(
        page, (page._clip_x(left), 0, page._clip_x(right), page._clip_y(page.px(rule.top)))
    )
    if found is None:
        return None
    return rule.top - page.mm(found[3])


def gap_below(rule: InkRule, *, x0: float | None = None, x1: float | None = None) -> float | None:
    """Clear space between the rule's bottom edge and the next ink below it, in millimetres.

    Within the rule's span, or ``x0``..``x1`` if given (the text area, for the space that
    follows the ô 5a block). None if the page is blank below it.
    """
    page = rule.page
    left = page.px(rule.x0 if x0 is None else x0)
    right = page.px(rule.x1 if x1 is None else x1)
    top = page.px(rule.bottom)
    found = _bbox_px(
        page,
        (page._clip_x(left), page._clip_y(top), page._clip_x(right), page.mask.height),
    )
    if found is None:
        return None
    return page.mm(found[1]) - rule.bottom


# --------------------------------------------------------------------------------------------
# Boxes
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Box:
    """A rectangle drawn by four thin lines (a stamp's frame), in millimetres.

    ``x0``/``x1``/``top``/``bottom`` are the outer edges of the ink; ``width`` and ``height``
    are measured between the centre lines of the strokes, as a drawn rectangle's size is
    given (a 20 × 8 mm frame of 0.5 pt lines is 20 × 8 mm centre to centre).
    """

    x0: float
    x1: float
    top: float
    bottom: float
    stroke: float
    """Thickness of the top edge."""

    @property
    def width(self) -> float:
        """Width between the centre lines of the left and right edges."""
        return self.x1 - self.x0 - self.stroke

    @property
    def height(self) -> float:
        """Height between the centre lines of the top and bottom edges."""
        return self.bottom - self.top - self.stroke

    def contains(self, bbox: BBox | TextLine, *, slack_mm: float = 0.2) -> bool:
        """Whether the ink box (or text line) lies inside the frame."""
        top = bbox.top
        bottom = bbox.bottom if isinstance(bbox, BBox) else bbox.baseline
        return (
            self.x0 - slack_mm <= bbox.x0
            and bbox.x1 <= self.x1 + slack_mm
            and self.top - slack_mm <= top
            and bottom <= self.bottom + slack_mm
        )


def _column_solid(page: InkPage, x: int, y0: int, y1: int, reach: int) -> bool:
    """Whether every row but 5 % of ``y0..y1`` has ink within ``reach`` pixels of column x."""
    if y1 <= y0:
        return False
    left, right = page._clip_x(x - reach), page._clip_x(x + reach + 1)
    strip = page.mask.crop((left, y0, right, y1))
    data = strip.tobytes()
    width = right - left
    blank = sum(1 for r in range(y1 - y0) if b"\xff" not in data[r * width : (r + 1) * width])
    return blank <= 0.05 * (y1 - y0)


def boxes(
    page: InkPage,
    *,
    min_width_mm: float = 8.0,
    min_height_mm: float = 2.0,
    max_height_mm: float = 60.0,
) -> list[Box]:
    """Rectangles drawn by four thin lines, top to bottom; nested and adjacent ones apart.

    A top edge and a bottom edge of the same span (±0.5 mm) with a solid vertical stroke at
    each end between them make a box. Table grids give one box per cell row, whole tables too;
    callers pick what they look for (the box around a mark's words).
    """
    edges = sorted(_group(page, _segments(page, min_width_mm), 1.0), key=lambda e: (e[2], e[0]))
    slack = page.px(0.5)
    reach = page.px(0.4)
    lo, hi = page.px(min_height_mm), page.px(max_height_mm)
    found: list[Box] = []
    for i, (ax0, ax1, ay0, ay1) in enumerate(edges):
        for bx0, bx1, by0, by1 in edges[i + 1 :]:
            if by0 - ay0 > hi:
                break
            if by0 - ay0 < lo or abs(ax0 - bx0) > slack or abs(ax1 - bx1) > slack:
                continue
            stroke = ay1 - ay0
            left, right = min(ax0, bx0), max(ax1, bx1)
            inner = stroke // 2
            if _column_solid(page, left + inner, ay1, by0, reach) and _column_solid(
                page, right - 1 - inner, ay1, by0, reach
            ):
                found.append(
                    Box(page.mm(left), page.mm(right), page.mm(ay0), page.mm(by1), page.mm(stroke))
                )
                break  # the nearest bottom edge closes the box
    found.sort(key=lambda b: (b.top, b.x0))
    return found
