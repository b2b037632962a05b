"""Tables of the body (bảng) as WordprocessingML: widths, merged cells, headings, borders.

:func:`table_element` builds the ``w:tbl`` of a :class:`~vnadmin_docs.models.body.Table`
for a text area of a given width (portrait, or landscape for a wide phụ lục):

- ``w:tblGrid`` holds the column widths of :func:`column_widths`; the layout is fixed, so
  Word and LibreOffice keep them whatever the text;
- heading rows (dòng tiêu đề) repeat on every page (``w:tblHeader``) and never split
  (``w:cantSplit``); their cells are bold, centred across and down (``w:vAlign``);
- a cell merged across columns (gộp cột) spans grid columns (``w:gridSpan``); one merged
  down (gộp dòng) opens a vertical merge (``w:vMerge w:val="restart"``) that the cells
  below continue (``w:vMerge``), each with an empty paragraph; a merged cell is centred
  down;
- each cell's paragraph has the ``Table`` paragraph style (size from the standard's
  ``table`` row) and the alignment of its column or its own (``w:jc``);
- the borders are written on the table itself (``w:tblBorders``): single ½ pt lines, with
  0.7 mm above and below the text of a cell and 1.5 mm beside it (``w:tblCellMar``).

:func:`as_read` gives the table as reading the file gives it back (widths in millimetres).
"""

from __future__ import annotations

from collections.abc import Sequence
from copy import deepcopy

from vnadmin_docs.models.body import Align, Table, TableBorders, TableCell, TableColumn
from vnadmin_docs.ooxml import El, el, mm_to_twips, ordered, text_run
from vnadmin_docs.render.styles import TABLE_STYLE, style_id

__all__ = [
    "CELL_PADDING_MM",
    "MIN_WEIGHTED_MM",
    "STT_LABEL",
    "STT_WIDTH_MM",
    "as_read",
    "column_widths",
    "equal_widths",
    "is_equal_split",
    "table_element",
    "twips_to_mm",
]

STT_WIDTH_MM = 13.0
"""Width of a numbered column (cột STT) without a width of its own: the bold label ``STT``
in 13 pt (8.7 mm) and the cell's margins (2 × 1.5 mm), with room to spare."""
MIN_WEIGHTED_MM = 5.0
"""Least width the weighted columns get on average, however wide the fixed ones are."""
STT_LABEL = "STT"
"""The label over a numbered column."""

_SLACK = 4
"""Twips a fixed column may overshoot by: what rounding a width to 0.1 mm can add."""
_JC = {Align.LEFT: "left", Align.CENTER: "center", Align.RIGHT: "right", Align.JUSTIFY: "both"}
_LINE: dict[str, str | int] = {"w:val": "single", "w:sz": 4, "w:space": 0, "w:color": "000000"}
_NIL: dict[str, str | int] = {"w:val": "nil"}
_SIDES = ("w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV")
_DRAWN: dict[TableBorders, frozenset[str]] = {
    TableBorders.ALL: frozenset(_SIDES),
    TableBorders.NONE: frozenset(),
    TableBorders.OUTER: frozenset({"w:top", "w:left", "w:bottom", "w:right"}),
    TableBorders.HORIZONTAL: frozenset({"w:top", "w:bottom", "w:insideH"}),
}


CELL_PADDING_MM = (0.7, 1.5)
"""Space between a cell's lines and its text: above and below, left and right."""
_PADDING: list[tuple[str, dict[str, str | int]]] = [
    (side, {"w:w": mm_to_twips(CELL_PADDING_MM[i % 2]), "w:type": "dxa"})
    for i, side in enumerate(("w:top", "w:left", "w:bottom", "w:right"))
]


def _margins() -> El:
    return el("w:tblCellMar", None, *(el(side, attrs) for side, attrs in _PADDING))


def twips_to_mm(twips: int) -> float:
    """Twips to millimetres, rounded to 0.1 mm (the precision a column width is read with)."""
    return round(twips * 25.4 / 1440, 1)


def _specs(table: Table) -> list[TableColumn]:
    """One column spec per grid column, the STT column first: given, or the defaults."""
    if table.columns:
        return list(table.columns)
    plain = [TableColumn()] * table.column_count
    return [TableColumn(stt=True), *plain] if table.numbered else plain


def column_widths(table: Table, available: int) -> list[int]:
    """The width of each grid column in twips, the STT column first.

    The rule, with ``available`` the text width (vùng trình bày) in twips:

    1. a column given in millimetres is that wide; the STT column without a width is
       :data:`STT_WIDTH_MM` wide; every other column is weighted (``"2*"``; no width: ``1*``);
    2. the weighted columns share what the fixed ones leave, in proportion to their weights,
       so a table with weighted columns fills the text width;
    3. the weighted columns never get less than :data:`MIN_WEIGHTED_MM` each on average: if
       the fixed columns leave less, they are all narrowed in proportion to make room;
    4. a table of fixed columns only keeps their widths when they fit (it is narrower than
       the text then, at the left margin), and is narrowed in proportion to the text width
       when they do not. Widths that overshoot by no more than their rounding to 0.1 mm
       (4 twips a column) fit: a table read back is laid out as it was written.

    So no table runs past the text width, and widths that fit are kept exactly.
    """
    specs = _specs(table)
    fixed: list[int | None] = []
    weights: list[float] = []
    for spec in specs:
        width = spec.width
        if isinstance(width, float | int):
            fixed.append(mm_to_twips(width))
            weights.append(0.0)
        elif width is None and spec.stt:
            fixed.append(mm_to_twips(STT_WIDTH_MM))
            weights.append(0.0)
        else:
            fixed.append(None)
            weights.append(float(width[:-1]) if isinstance(width, str) else 1.0)
    weighted = sum(1 for f in fixed if f is None)
    fixed_total = sum(f for f in fixed if f is not None)
    share = 0
    if weighted:
        share = max(available - fixed_total, weighted * mm_to_twips(MIN_WEIGHTED_MM))
        share = min(share, available)
    room = available - share
    slack = _SLACK * sum(1 for f in fixed if f is not None)
    if fixed_total > room + slack:
        fixed = [None if f is None else max(1, f * room // fixed_total) for f in fixed]
    shares = iter(_apportion(share, [w for w, f in zip(weights, fixed, strict=True) if f is None]))
    return [next(shares) if f is None else f for f in fixed]


def equal_widths(count: int, available: int) -> list[int]:
    """The widths of ``count`` columns sharing ``available`` twips equally, in whole twips.

    The columns of a table without ``columns`` (and not numbered).
    """
    return _apportion(available, [1.0] * count)


def is_equal_split(widths: Sequence[int], available: int) -> bool:
    """Whether ``widths`` are the equal shares of ``available`` twips: a table without ``columns``.

    To a twip: a file saved by another application may round them.
    """
    expected = equal_widths(len(widths), available)
    return all(abs(a - b) <= 1 for a, b in zip(widths, expected, strict=True))


def _apportion(total: int, weights: Sequence[float]) -> list[int]:
    """Share ``total`` twips in proportion to ``weights``, in whole twips summing to it."""
    if not weights:
        return []
    whole = sum(weights)
    exact = [total * w / whole for w in weights]
    parts = [int(x) for x in exact]
    left = total - sum(parts)
    for i in sorted(range(len(parts)), key=lambda i: parts[i] - exact[i])[:left]:
        parts[i] += 1
    return parts


def _borders(borders: TableBorders) -> El:
    drawn = _DRAWN[borders]
    return ordered("w:tblBorders", *(el(s, _LINE if s in drawn else _NIL) for s in _SIDES))


_STYLE = style_id("table")


_CellKey = tuple[int, int, str | None, bool, Align | None]


class _Cells:
    """Builds the cells of one table, each kind of cell once, copied after.

    A kind is a width, span, merge and alignment; copying a built cell is several times
    faster than building it anew (a document with a table of 2,000 rows of 2 cells: about
    0.12 s against 0.29 s when each cell was built, measured on the project's machine).
    """

    def __init__(self) -> None:
        self.made: dict[_CellKey, El] = {}
        self.bold = ordered("w:rPr", el("w:b"), el("w:bCs"))

    def cell(
        self, width: int, span: int, merge: str | None, centred: bool, align: Align | None = None
    ) -> El:
        """An empty cell: ``align`` ``None`` for a place a merged cell covers."""
        key = (width, span, merge, centred, align)
        made = self.made.get(key)
        if made is None:
            jc = None if align in (None, Align.LEFT) else el("w:jc", {"w:val": _JC[align]})
            props = ordered(
                "w:tcPr",
                el("w:tcW", {"w:w": width, "w:type": "dxa"}),
                el("w:gridSpan", {"w:val": span}) if span > 1 else None,
                el("w:vMerge", {"w:val": "restart"} if merge == "restart" else None)
                if merge
                else None,
                el("w:vAlign", {"w:val": "center"}) if centred else None,
            )
            style = ordered("w:pPr", el("w:pStyle", {"w:val": _STYLE}), jc)
            made = self.made[key] = el("w:tc", None, props, el("w:p", None, style))
        return deepcopy(made)

    def text(
        self, width: int, span: int, merge: str | None, centred: bool, align: Align,
        text: str, bold: bool,
    ) -> El:  # fmt: skip
        """A cell holding ``text`` (a newline breaks the line)."""
        cell = self.cell(width, span, merge, centred, align)
        paragraph = cell[-1]
        for index, line in enumerate(text.split("\n")):
            if line or index:
                props = deepcopy(self.bold) if bold else None
                paragraph.append(text_run(line, props, line_break=index > 0))
        return cell


def table_element(table: Table, available: int) -> El:
    """The ``w:tbl`` of ``table`` for a text area ``available`` twips wide."""
    widths = column_widths(table, available)
    specs = _specs(table)
    stt = int(table.numbered)
    aligns = [spec.align or (Align.CENTER if spec.stt else Align.LEFT) for spec in specs]
    props = ordered(
        "w:tblPr",
        el("w:tblStyle", {"w:val": TABLE_STYLE}),
        el("w:tblW", {"w:w": sum(widths), "w:type": "dxa"}),
        el("w:tblInd", {"w:w": 0, "w:type": "dxa"}),
        _borders(table.borders),
        el("w:tblLayout", {"w:type": "fixed"}),
        _margins(),
    )
    grid = el("w:tblGrid", None, *(el("w:gridCol", {"w:w": w}) for w in widths))
    count, heading_rows = len(table.rows), table.header_rows
    starts: list[dict[int, TableCell]] = [{} for _ in range(count)]
    below: list[dict[int, TableCell]] = [{} for _ in range(count)]  # merged from above
    for placed in table.placed():
        cell = placed.cell
        starts[placed.row][placed.column + stt] = cell
        for row in range(placed.row + 1, placed.row + cell.rowspan):
            below[row][placed.column + stt] = cell
    label = (table.columns[0].header if table.columns else None) or STT_LABEL
    make = _Cells()
    heading_props = el("w:trPr", None, el("w:cantSplit"), el("w:tblHeader"))
    rows: list[El] = []
    for r in range(count):
        heading = r < heading_rows
        cells: list[El] = []
        if stt and heading:
            merge = None if heading_rows == 1 else ("restart" if r == 0 else "continue")
            if r == 0:
                cells.append(make.text(widths[0], 1, merge, True, Align.CENTER, label, True))
            else:
                cells.append(make.cell(widths[0], 1, merge, True))
        elif stt:
            number = str(r - heading_rows + 1)
            cells.append(make.text(widths[0], 1, None, False, aligns[0], number, False))
        column = stt
        while column < len(widths):
            start = starts[r].get(column)
            cell = start or below[r][column]
            span = cell.colspan
            width = sum(widths[column : column + span])
            centred = heading or cell.rowspan > 1
            if start is None:  # covered by a cell merged from a row above
                cells.append(make.cell(width, span, "continue", centred))
            else:
                align = cell.align or (Align.CENTER if heading else aligns[column])
                bold = heading if cell.bold is None else cell.bold
                merge = "restart" if cell.rowspan > 1 else None
                cells.append(make.text(width, span, merge, centred, align, cell.text, bold))
            column += span
        row_props = deepcopy(heading_props) if heading else None
        rows.append(el("w:tr", None, row_props, *cells))
    return el("w:tbl", None, props, grid, *rows)


def as_read(table: Table, available: int) -> Table:
    """``table`` as reading our file of it gives it back (a text area ``available`` wide).

    Widths come back in millimetres to 0.1 mm, the STT column's spec with them. A table
    that is not numbered and whose columns come out as the equal shares of the text width
    comes back without ``columns``, each cell keeping its column's alignment.
    """
    widths = column_widths(table, available)
    if not table.numbered and is_equal_split(widths, available):
        aligns = [spec.align for spec in _specs(table)]
        rows: list[list[str | TableCell]] = [[] for _ in table.rows]
        for placed in table.placed():
            cell = placed.cell
            if placed.row >= table.header_rows and cell.align is None:
                cell = cell.model_copy(update={"align": aligns[placed.column]})
            rows[placed.row].append(cell)
        return Table(rows=rows, header_rows=table.header_rows, borders=table.borders)
    columns = [
        spec.model_copy(update={"width": twips_to_mm(width)})
        for spec, width in zip(_specs(table), widths, strict=True)
    ]
    return Table(
        rows=table.rows,
        header_rows=table.header_rows,
        columns=columns,
        numbered=table.numbered,
        borders=table.borders,
    )
