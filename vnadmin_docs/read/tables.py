"""Tables read back (đọc bảng): a table of a .docx turned into the model's :class:`Table`.

Works from stage 1 (:mod:`vnadmin_docs.ooxml.read`): the paragraphs of each cell and the
table's :class:`~vnadmin_docs.ooxml.read.TableInfo` (grid, borders, spans, merges).

- a cell spanning grid columns (``w:gridSpan``) is read as ``colspan`` (gộp cột); a vertical
  merge (``w:vMerge`` restart, then continue) as ``rowspan`` (gộp dòng);
- the heading rows (dòng tiêu đề) are the leading rows marked to repeat (``w:tblHeader``);
- a first column headed ``STT`` (or ``TT``, ``Số TT``, ``Số thứ tự``) that numbers the body
  rows 1, 2, 3…, centred as ours are, is read as ``numbered`` (số thứ tự); a column of
  numbers typed by hand and left aligned stays a column of the table;
- column widths (``w:gridCol``) are read in millimetres to 0.1 mm; a table whose columns
  are the equal shares of the text width and is not numbered is read without ``columns``,
  as it was written;
- each cell's alignment and weight are read from its paragraphs, and the model keeps them
  in canonical form (a column's alignment where all its body cells share it);
- the table's own borders (``w:tblBorders``) are read as ``borders``.

A table whose merges the model cannot hold (a heading cell merged into the body, cells
running past the grid) is read with its merges undone: each merged cell's text in its first
place, the places it covered empty.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from vnadmin_docs.models.body import Table
from vnadmin_docs.ooxml.read import CellInfo, ParaInfo, TableInfo
from vnadmin_docs.render.tables import STT_LABEL, is_equal_split, twips_to_mm

__all__ = ["STT_LABELS", "read_table"]

STT_LABELS = frozenset({"STT", "TT", "SỐ TT", "SỐ THỨ TỰ"})
"""Headings of a numbered column (số thứ tự), in capitals."""

_ALIGN = {"left": "left", "center": "center", "right": "right", "both": "justify"}
_DRAWN = {
    frozenset({"top", "left", "bottom", "right", "insideH", "insideV"}): "all",
    frozenset(): "none",
    frozenset({"top", "left", "bottom", "right"}): "outer",
    frozenset({"top", "bottom", "insideH"}): "horizontal",
}


@dataclass(slots=True)
class _Owner:
    """A cell as read: where it starts, what it covers, its paragraphs."""

    row: int
    column: int
    span: int
    paragraphs: list[ParaInfo]
    rowspan: int = 1
    last: int = 0
    merged: bool = False
    data: dict[str, Any] | str = ""
    """The cell as the model takes it: a text, or a cell's fields."""

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs).strip("\n")


def _cells(
    rows: list[int], cells: dict[int, dict[int, list[ParaInfo]]], info: TableInfo | None
) -> list[list[CellInfo]]:
    """The cells of each row, from the table's info, else one per column that has text."""
    if info is None:
        return [[CellInfo(r, c, 1, None, None) for c in sorted(cells[r])] for r in rows]
    by_row: dict[int, list[CellInfo]] = {}
    for cell in info.cells:
        by_row.setdefault(cell.row, []).append(cell)
    return [by_row.get(r) or [CellInfo(r, c, 1, None, None) for c in sorted(cells[r])]
            for r in rows]  # fmt: skip


def _owners(
    rows: list[int], cells: dict[int, dict[int, list[ParaInfo]]], info: TableInfo | None
) -> list[_Owner]:
    """The cells with their vertical merges joined: one owner per merged cell."""
    owners: list[_Owner] = []
    open_at: dict[int, _Owner] = {}  # column → the merge open there
    for k, (r, row) in enumerate(zip(rows, _cells(rows, cells, info), strict=True)):
        for cell in row:
            paragraphs = cells.get(r, {}).get(cell.column, [])
            above = open_at.get(cell.column)
            if (
                cell.merge == "continue"
                and above is not None
                and above.span == cell.span
                and above.last == k - 1
            ):
                above.rowspan += 1
                above.last = k
                continue
            owner = _Owner(k, cell.column, cell.span, paragraphs, last=k)
            owners.append(owner)
            for column in range(cell.column, cell.column + cell.span):
                open_at.pop(column, None)
            if cell.merge is not None:
                open_at[cell.column] = owner
    return owners


def _align(paragraphs: list[ParaInfo]) -> str | None:
    return _ALIGN.get(paragraphs[0].align or "left") if paragraphs else None


def _bold(paragraphs: list[ParaInfo]) -> bool | None:
    weights = [p.bold for p in paragraphs if p.visible_text]
    return weights[0] if weights and all(w == weights[0] for w in weights) else None


def _numbered(owners: list[_Owner], header_rows: int, count: int) -> bool:
    """Whether the first column is an STT column: a label over 1, 2, 3… on the body rows."""
    first = [o for o in owners if o.column == 0]
    if any(o.span != 1 for o in first) or count <= header_rows:
        return False
    if header_rows:
        label = first[0] if first else None
        if label is None or label.row != 0 or label.rowspan != header_rows:
            return False
        if " ".join(label.text.split()).upper().rstrip(".") not in STT_LABELS:
            return False
    body = [o for o in first if o.row >= header_rows]
    if len(body) != count - header_rows or any(o.rowspan != 1 for o in body):
        return False
    if [o.text.strip() for o in body] != [str(n) for n in range(1, len(body) + 1)]:
        return False
    return all(_align(o.paragraphs) == "center" for o in body)


def _grid(
    owners: list[_Owner], count: int, width: int, shift: bool
) -> list[list[dict[str, Any] | str]]:
    """The model's rows: each owner where it starts, the places nothing covers empty.

    With ``shift``, the first column (the STT column) is left out.
    """
    width -= int(shift)
    taken = [[False] * width for _ in range(count)]
    starts: dict[tuple[int, int], _Owner] = {}
    for o in owners:
        column = o.column - int(shift)
        starts[(o.row, column)] = o
        for r in range(o.row, min(count, o.row + o.rowspan)):
            for c in range(column, min(width, column + o.span)):
                taken[r][c] = True
    rows: list[list[dict[str, Any] | str]] = []
    for r in range(count):
        row: list[dict[str, Any] | str] = []
        for c in range(width):
            owner = starts.get((r, c))
            if owner is not None:
                row.append(owner.data)
            elif not taken[r][c]:
                row.append("")
        rows.append(row)
    return rows


def _borders(info: TableInfo | None) -> str | None:
    if info is None or not info.borders:
        return None
    drawn = frozenset(side for side, style in info.borders.items()
                      if style not in ("nil", "none"))  # fmt: skip
    found = _DRAWN.get(drawn)
    if found is None:
        found = "outer" if not drawn & {"insideH", "insideV"} else "all"
    return None if found == "all" else found


def read_table(
    cells: dict[int, dict[int, list[ParaInfo]]],
    header: set[int],
    info: TableInfo | None,
    text_width: int,
) -> dict[str, Any] | None:
    """A table block (as data for the model), or ``None`` for a table with no text at all.

    ``cells`` maps row → grid column → the paragraphs of the cell that starts there;
    ``header`` holds the rows marked as heading rows; ``info`` is the table's stage-1 info;
    ``text_width`` is the width of the text area of the table's section, in twips.
    """
    rows = sorted(cells)
    if not any(p.visible_text for row in cells.values() for ps in row.values() for p in ps):
        return None  # a spacer
    owners = _owners(rows, cells, info)
    count = len(rows)
    width = max([o.column + o.span for o in owners] + [len(info.grid) if info else 0])
    header_rows = 0
    while header_rows < count and rows[header_rows] in header:
        header_rows += 1
    data: dict[str, Any] = {"kind": "table", "header_rows": header_rows}
    borders = _borders(info)
    if borders is not None:
        data["borders"] = borders
    for o in owners:
        heading = o.row < header_rows
        data_cell: dict[str, Any] = {"text": o.text}
        if o.span > 1:
            data_cell["colspan"] = o.span
        if o.rowspan > 1:
            data_cell["rowspan"] = o.rowspan
        align, bold = _align(o.paragraphs), _bold(o.paragraphs)
        if align is not None and align != ("center" if heading else "left"):
            data_cell["align"] = align  # what equals the default needs no saying
        if bold is not None and bold != heading:
            data_cell["bold"] = bold
        o.data = data_cell["text"] if len(data_cell) == 1 else data_cell
    numbered = width > 1 and _numbered(owners, header_rows, count)
    stt = [o for o in owners if o.column == 0] if numbered else []
    skip = {id(o) for o in stt}
    data["rows"] = _grid([o for o in owners if id(o) not in skip], count, width, len(skip) > 0)
    grid = list(info.grid) if info is not None else []
    widths = grid if len(grid) == width and all(w > 0 for w in grid) else None
    if numbered:
        data["numbered"] = True
        spec: dict[str, Any] = {"stt": True}
        label = " ".join(stt[0].text.split()) if header_rows else STT_LABEL
        if label != STT_LABEL:
            spec["header"] = label
        columns: list[dict[str, Any]] = [spec] + [{} for _ in range(width - 1)]
        if widths is not None:
            for column, twips in zip(columns, widths, strict=True):
                column["width"] = twips_to_mm(twips)
        data["columns"] = columns
    elif widths is not None and not is_equal_split(widths, text_width):
        data["columns"] = [{"width": twips_to_mm(w)} for w in widths]
    try:
        return Table.model_validate(data).model_dump(exclude_defaults=True)
    except ValidationError:
        pass
    # merges the model cannot hold: undone, each text in its first place
    plain = [["" for _ in range(width)] for _ in range(count)]
    for o in owners:
        if o.row < count and o.column < width:
            plain[o.row][o.column] = o.text
    fallback = {"kind": "table", "rows": plain, "header_rows": header_rows}
    try:
        return Table.model_validate(fallback).model_dump(exclude_defaults=True)
    except ValidationError:
        return None
