"""The body of a document (nội dung văn bản, ô 6): a small, closed tree of blocks and runs.

Blocks are :class:`Paragraph`, :class:`ListBlock` (numbered or bulleted items, nested to any
depth), :class:`Heading` (Phần, Chương, Mục, Tiểu mục, Điều, khoản, điểm) and
:class:`Table`. In input, a plain string stands for a paragraph, and ``text`` for a single
plain run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from typing import Annotated, Any, ClassVar, Literal

from pydantic import (
    AfterValidator,
    BeforeValidator,
    Field,
    PositiveInt,
    SerializerFunctionWrapHandler,
    ValidationError,
    model_serializer,
    model_validator,
)
from pydantic_core import InitErrorDetails, PydanticCustomError

from vnadmin_docs.models.base import VnModel
from vnadmin_docs.vietnamese import upper

__all__ = [
    "Align",
    "Block",
    "Blocks",
    "Heading",
    "HeadingLevel",
    "ListBlock",
    "ListItem",
    "ListStyle",
    "Paragraph",
    "PlacedCell",
    "Run",
    "Table",
    "TableBorders",
    "TableCell",
    "TableColumn",
    "blocks_from_input",
    "roman",
    "vietnamese_letter",
]

# The Vietnamese alphabet used for điểm (a, b, c, d, đ, e, g, …):
# Decree 30/2020, Phụ lục I, Phần I, Mục II, khoản 6.đ.
_LETTERS = [
    "a",
    "b",
    "c",
    "d",
    "đ",
    "e",
    "g",
    "h",
    "i",
    "k",
    "l",
    "m",
    "n",
    "o",
    "p",
    "q",
    "r",
    "s",
    "t",
    "u",
    "v",
    "x",
    "y",
]


def vietnamese_letter(index: int) -> str:
    """Return the ``index``-th letter (from 1) of the Vietnamese alphabet used for điểm.

    >>> [vietnamese_letter(i) for i in range(1, 7)]
    ['a', 'b', 'c', 'd', 'đ', 'e']
    """
    if not 1 <= index <= len(_LETTERS):
        raise ValueError(f"điểm letters run from a to y ({len(_LETTERS)} items), not {index}")
    return _LETTERS[index - 1]


def roman(number: int) -> str:
    """Return ``number`` in Roman numerals (số La Mã), as used for Phần, Chương, Phụ lục.

    >>> roman(4), roman(19)
    ('IV', 'XIX')
    """
    if not 0 < number < 4000:
        raise ValueError(f"Roman numerals run from 1 to 3999, not {number}")
    parts = []
    for value, symbol in (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ):  # fmt: skip
        count, number = divmod(number, value)
        parts.append(symbol * count)
    return "".join(parts)


class _BlockBase(VnModel):
    """A block: its ``kind`` is always written out, even where defaults are left out."""

    kind: str

    @model_serializer(mode="wrap")
    def _keep_kind(self, handler: SerializerFunctionWrapHandler) -> Any:
        data = handler(self)
        if isinstance(data, dict) and "kind" not in data:
            data = {"kind": self.kind, **data}
        return data


class Run(VnModel):
    """A run of text with one formatting (đoạn chữ cùng định dạng); a newline breaks the line."""

    text: Annotated[str, Field(min_length=1)]
    """The text (nội dung)."""
    bold: bool = False
    """Bold (in đậm)."""
    italic: bool = False
    """Italic (in nghiêng)."""
    underline: bool = False
    """Underlined (gạch chân)."""


def _merge_runs(runs: tuple[Run, ...]) -> tuple[Run, ...]:
    """Join adjacent runs of the same formatting: one run per change of formatting."""
    merged: list[Run] = []
    for run in runs:
        if merged and (merged[-1].bold, merged[-1].italic, merged[-1].underline) == (
            run.bold, run.italic, run.underline
        ):  # fmt: skip
            merged[-1] = merged[-1].model_copy(update={"text": merged[-1].text + run.text})
        else:
            merged.append(run)
    return tuple(merged)


def _strip_runs(runs: tuple[Run, ...]) -> tuple[Run, ...]:
    """Strip the white space that opens and closes a paragraph's text (canonical form).

    A page does not show it (Word and the text layout both drop it), so it is not kept:
    ``"  Mở đầu "`` is stored as ``"Mở đầu"``. Space between runs stays. A text of white
    space only is refused: it prints as nothing.
    """
    first, last = runs[0].text, runs[-1].text
    if first == first.lstrip() and last == last.rstrip():
        return runs
    printable = [i for i, run in enumerate(runs) if run.text.strip()]
    kept = list(runs[printable[0] : printable[-1] + 1]) if printable else []
    if not kept:
        raise ValueError(
            "the text is white space only; a paragraph or list item (đoạn văn, mục) "
            "needs printable text"
        )
    kept[0] = kept[0].model_copy(update={"text": kept[0].text.lstrip()})
    kept[-1] = kept[-1].model_copy(update={"text": kept[-1].text.rstrip()})
    return tuple(kept)


Runs = Annotated[
    tuple[Run, ...], Field(min_length=1), AfterValidator(_strip_runs), AfterValidator(_merge_runs)
]
"""Runs of text; adjacent runs of the same formatting are joined, and the white space that
opens and closes the text is stripped."""


def _runs_from_text(data: Any) -> Any:
    if isinstance(data, str):
        return {"runs": [{"text": data}]}
    if isinstance(data, dict) and "text" in data:
        data = dict(data)
        if "runs" in data:
            raise ValueError("give either 'text' or 'runs', not both")
        data["runs"] = [{"text": data.pop("text")}]
    return data


class Align(str, Enum):
    """Paragraph alignment (căn lề)."""

    JUSTIFY = "justify"
    CENTER = "center"
    LEFT = "left"
    RIGHT = "right"


class Paragraph(_BlockBase):
    """A paragraph of the body (đoạn văn): justified, first line indented, by default."""

    kind: Literal["paragraph"] = "paragraph"
    runs: Runs
    """The runs of text (các đoạn chữ)."""
    align: Align | None = None
    """Alignment (căn lề); ``None`` follows the standard's body rule (căn đều hai lề)."""

    @model_validator(mode="before")
    @classmethod
    def _text_shorthand(cls, data: Any) -> Any:
        return _runs_from_text(data)

    @property
    def text(self) -> str:
        """The paragraph's plain text."""
        return "".join(run.text for run in self.runs)


class ListStyle(str, Enum):
    """How the items of a list are marked (kiểu đánh số, gạch đầu dòng)."""

    DECIMAL = "decimal"
    """``1.``, ``2.``: khoản, or the numbered points of a công văn."""
    LETTER = "letter"
    """``a)``, ``b)``, ``đ)``: điểm, in the Vietnamese alphabet."""
    ROMAN = "roman"
    """``I.``, ``II.``: the sections of a report."""
    DASH = "dash"
    """``-``: the usual bullet."""
    PLUS = "plus"
    """``+``: the bullet below a dash."""
    STAR = "star"
    """``*``: a note or a special bullet."""

    def marker(self, number: int) -> str:
        """The marker of the item numbered ``number``: ``2.``, ``b)``, ``II.``, ``-``."""
        if self is ListStyle.DECIMAL:
            return f"{number}."
        if self is ListStyle.LETTER:
            return f"{vietnamese_letter(number)})"
        if self is ListStyle.ROMAN:
            return f"{roman(number)}."
        return {ListStyle.DASH: "-", ListStyle.PLUS: "+", ListStyle.STAR: "*"}[self]

    @property
    def numbered(self) -> bool:
        """Whether the marker counts (1., a), I.) rather than repeats (-, +, *)."""
        return self in (ListStyle.DECIMAL, ListStyle.LETTER, ListStyle.ROMAN)


class ListItem(VnModel):
    """An item of a list (mục, khoản, điểm, gạch đầu dòng), with nested content."""

    runs: Runs
    """The item's first paragraph (nội dung)."""
    blocks: Blocks = ()
    """Nested blocks under the item: sub-lists, further paragraphs (nội dung con)."""

    @model_validator(mode="before")
    @classmethod
    def _text_shorthand(cls, data: Any) -> Any:
        return _runs_from_text(data)

    @property
    def text(self) -> str:
        """The item's own plain text."""
        return "".join(run.text for run in self.runs)


class ListBlock(_BlockBase):
    """A numbered or bulleted list (danh sách đánh số hoặc gạch đầu dòng)."""

    vietnamese_keys: ClassVar[dict[str, str]] = {"kieu": "style", "muc": "items"}

    kind: Literal["list"] = "list"
    style: ListStyle = ListStyle.DECIMAL
    """Marker style (kiểu đánh dấu)."""
    start: PositiveInt = 1
    """Number of the first item (số bắt đầu), for a list continued after other blocks."""
    items: Annotated[tuple[ListItem, ...], Field(min_length=1)]
    """The items (các mục)."""

    @model_validator(mode="after")
    def _numbers_can_be_printed(self) -> ListBlock:
        last = self.start + len(self.items) - 1
        limit = {ListStyle.LETTER: len(_LETTERS), ListStyle.ROMAN: 3999}.get(self.style)
        if limit is not None and last > limit:
            raise ValueError(
                f"a {self.style.value} list (danh sách) numbers its items 1 to {limit}; "
                f"its last item would be number {last}"
            )
        return self

    def markers(self) -> tuple[str, ...]:
        """The marker of each item, in order."""
        return tuple(self.style.marker(self.start + i) for i in range(len(self.items)))


class HeadingLevel(str, Enum):
    """Levels of the structure of a text (bố cục): Phụ lục I, Phần I, Mục II, khoản 6.đ."""

    PART = "part"
    """Phần (Roman number)."""
    CHAPTER = "chapter"
    """Chương (Roman number)."""
    SECTION = "section"
    """Mục (Arabic number)."""
    SUBSECTION = "subsection"
    """Tiểu mục (Arabic number)."""
    ARTICLE = "article"
    """Điều (Arabic number)."""
    CLAUSE = "clause"
    """Khoản with a title of its own (Arabic number)."""
    POINT = "point"
    """Điểm with a title of its own (Vietnamese letter)."""


_HEADING_WORD = {
    HeadingLevel.PART: "Phần",
    HeadingLevel.CHAPTER: "Chương",
    HeadingLevel.SECTION: "Mục",
    HeadingLevel.SUBSECTION: "Tiểu mục",
    HeadingLevel.ARTICLE: "Điều",
}


class Heading(_BlockBase):
    """A heading of the text's structure (Phần, Chương, Mục, Tiểu mục, Điều, khoản, điểm)."""

    vietnamese_keys: ClassVar[dict[str, str]] = {"cap": "level", "so": "number", "ten": "title"}

    kind: Literal["heading"] = "heading"
    level: HeadingLevel
    """The level (cấp)."""
    number: Annotated[str, Field(pattern=r"^[0-9A-Za-zĐđ]+$")]
    """The number as printed: ``I``, ``2``, ``a`` (số thứ tự)."""
    title: str | None = None
    """The title (tên), if any; printed in capitals for Phần, Chương, Mục, Tiểu mục."""

    @model_validator(mode="after")
    def _capital_titles(self) -> Heading:
        if self.title and self.title_on_own_line and self.title != upper(self.title):
            object.__setattr__(self, "title", upper(self.title))  # as the decree prints it
        return self

    @property
    def label(self) -> str:
        """The label line: ``Chương I``, ``Điều 1.``, ``2.``, ``a)``."""
        if self.level is HeadingLevel.CLAUSE:
            return f"{self.number}."
        if self.level is HeadingLevel.POINT:
            return f"{self.number})"
        word = _HEADING_WORD[self.level]
        return (
            f"{word} {self.number}."
            if self.level is HeadingLevel.ARTICLE
            else (f"{word} {self.number}")
        )

    @property
    def title_on_own_line(self) -> bool:
        """Whether the title goes on its own line under the label (Phần, Chương, Mục…)."""
        return self.level in (
            HeadingLevel.PART,
            HeadingLevel.CHAPTER,
            HeadingLevel.SECTION,
            HeadingLevel.SUBSECTION,
        )


class TableBorders(str, Enum):
    """Which lines a table draws (đường kẻ của bảng).

    Offices draw tables with single ½ pt lines all round and between every cell, so that
    is the default.
    """

    ALL = "all"
    """Single ½ pt lines all round and between every row and column (kẻ khung đầy đủ)."""
    NONE = "none"
    """No lines at all (không kẻ khung)."""
    OUTER = "outer"
    """The frame only (chỉ kẻ khung ngoài)."""
    HORIZONTAL = "horizontal"
    """Top, bottom and between the rows; no vertical lines (chỉ kẻ ngang)."""


_WIDTH = re.compile(r"^(?P<value>\d+(?:\.\d+)?|\.\d+)\s*(?P<unit>mm|cm|\*)?$")
_MIN_WIDTH, _MAX_WIDTH_MM = 0.01, 1000.0
_MAX_SPAN = 63  # Word's tables have at most 63 columns


def _column_width(value: Any) -> Any:
    """Read a column width: millimetres (``15``, ``"15mm"``, ``"1.5cm"``) or a weight (``"2*"``).

    Millimetres are stored as a number, weights as ``"<weight>*"`` (``"*"`` is ``"1*"``).
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError("a column width (độ rộng cột) is a length or a weight, not true/false")
    if isinstance(value, int | float):
        mm = float(value)
        unit = "mm"
    elif isinstance(value, str):
        text = value.strip()
        if text == "*":
            text = "1*"
        match = _WIDTH.match(text)
        if match is None:
            raise ValueError(
                f"a column width (độ rộng cột) is millimetres (15, '15mm'), centimetres "
                f"('1.5cm') or a relative weight ('1*', '3*'), not {value!r}"
            )
        mm = float(match["value"])
        unit = match["unit"] or "mm"
    else:
        return value  # let pydantic name the type
    if unit == "cm":
        mm *= 10
    if not _MIN_WIDTH <= mm <= _MAX_WIDTH_MM:  # NaN fails too
        what = "weight" if unit == "*" else "width in mm"
        raise ValueError(
            f"a column {what} (độ rộng cột) must be above 0: from 0.01 to 1000, not {value!r}"
        )
    if unit == "*":
        return f"{mm:.4f}".rstrip("0").rstrip(".") + "*"
    return mm


ColumnWidth = Annotated[float | str | None, BeforeValidator(_column_width)]
"""A column's width: millimetres (a number) or a relative weight (``"2*"``); ``None``: ``1*``."""


class TableColumn(VnModel):
    """A column of a table (cột): its width, its alignment, its heading.

    Widths are millimetres (``15``, ``"15mm"``, ``"1.5cm"``) or relative weights (``"1*"``,
    ``"3*"``), mixed as needed. The renderer gives fixed columns their width and shares what
    is left of the text width among the weighted ones; see
    :func:`vnadmin_docs.render.tables.column_widths` for the rule when fixed widths do not fit.
    """

    vietnamese_keys: ClassVar[dict[str, str]] = {
        "do_rong": "width",
        "can_le": "align",
        "tieu_de": "header",
        "so_thu_tu": "stt",
    }

    width: ColumnWidth = None
    """Width (độ rộng): millimetres, or a relative weight ``"2*"``; ``None`` counts as ``1*``
    (for the STT column: 13 mm)."""
    align: Align | None = None
    """Alignment of the column's body cells (căn lề); ``None``: left. The STT column is
    always centred."""
    header: str | None = None
    """The column's heading (tiêu đề cột). For input: the headings of the columns become the
    table's first heading row. On the STT column it is the label over the numbers (``STT``)."""
    stt: bool = False
    """The numbered column (cột số thứ tự, STT): it holds no cells in ``rows``, it is filled
    with 1, 2, 3… on the body rows. It must be the first column."""


class TableCell(VnModel):
    """A cell of a table (ô) with more than text: merged (ô gộp), aligned or weighted.

    ``colspan`` merges the cell with the cells to its right (gộp cột), ``rowspan`` with the
    cells below (gộp dòng). A row lists only the cells that start in it: the places a merged
    cell from a row above covers are skipped, as in HTML.
    """

    vietnamese_keys: ClassVar[dict[str, str]] = {
        "noi_dung": "text",
        "gop_cot": "colspan",
        "gop_dong": "rowspan",
        "can_le": "align",
        "dam": "bold",
    }

    text: str = ""
    """The text (nội dung); a newline breaks a line in the cell."""
    colspan: Annotated[int, Field(ge=1, le=_MAX_SPAN)] = 1
    """How many columns the cell covers (gộp cột)."""
    rowspan: PositiveInt = 1
    """How many rows the cell covers (gộp dòng)."""
    align: Align | None = None
    """Alignment (căn lề); ``None``: the column's (heading cells: centred)."""
    bold: bool | None = None
    """Bold (in đậm); ``None``: bold in heading rows, regular in the body."""


Cell = str | TableCell
"""A cell of a row (ô): plain text, or a :class:`TableCell`."""


@dataclass(frozen=True, slots=True)
class PlacedCell:
    """A cell where it stands in the table's grid (vị trí ô), the STT column left out."""

    row: int
    """Index of the row the cell starts in (from 0)."""
    column: int
    """Index of the first grid column it covers (from 0)."""
    index: int
    """Its index in its row of ``rows``."""
    cell: TableCell


def _cell(value: str | TableCell) -> TableCell:
    # a string here has been checked already: no need to validate it again
    return TableCell.model_construct(text=value) if isinstance(value, str) else value


def _error(title: str, loc: tuple[str | int, ...], message: str, value: Any) -> ValidationError:
    details = [InitErrorDetails(type=PydanticCustomError("table", message), loc=loc, input=value)]
    return ValidationError.from_exception_data(title, details)


class Table(_BlockBase):
    """A table in the body (bảng): rows of cells, with columns, merged cells and numbering.

    - ``rows`` (các dòng): each a list of cells, a cell plain text or a :class:`TableCell`
      with ``colspan`` / ``rowspan`` (ô gộp). Once the merges are placed, every row covers
      the same columns; a merge that overlaps another or runs out of the table is refused,
      the error naming the row and the cell.
    - ``header_rows`` (dòng tiêu đề): the first rows, bold and centred, repeated at the top
      of every page the table runs onto.
    - ``columns`` (cột): widths and alignment per column (:class:`TableColumn`).
    - ``numbered`` (số thứ tự): adds an ``STT`` column on the left, numbering the body rows
      1, 2, 3…
    - ``borders`` (đường kẻ): ``all`` (default), ``outer``, ``horizontal`` or ``none``.

    A table is kept in one canonical form, so that two tables printing alike compare
    equal: the headings of ``columns`` become the first heading row; a cell holding only
    text is a string; a cell's alignment or weight equal to its place's default is not
    kept; where ``columns`` is given, a column's alignment is the one all its body cells
    share (else the default, the cells keeping their own).
    """

    vietnamese_keys: ClassVar[dict[str, str]] = {
        "dong": "rows",
        "so_dong_tieu_de": "header_rows",
        "cot": "columns",
        "so_thu_tu": "numbered",
        "vien": "borders",
    }

    kind: Literal["table"] = "table"
    rows: Annotated[tuple[tuple[Cell, ...], ...], Field(min_length=1)]
    """The rows (các dòng), each a list of cells: a text, or a :class:`TableCell` for a merged
    cell (ô gộp); a newline breaks a line in a cell."""
    header_rows: int = Field(default=0, ge=0)
    """How many leading rows are headings (dòng tiêu đề), bold, centred and repeated on each
    page."""
    columns: tuple[TableColumn, ...] = ()
    """Width and alignment of each column (cột), left to right, the STT column first;
    empty: equal widths, left aligned."""
    numbered: bool = False
    """Add a numbered column (cột số thứ tự, STT) on the left: 1, 2, 3… on the body rows."""
    borders: TableBorders = TableBorders.ALL
    """The lines drawn (đường kẻ): all (default), outer, horizontal or none."""

    @model_validator(mode="after")
    def _canonical(self) -> Table:
        rows = [list(row) for row in self.rows]
        header_rows = self.header_rows
        columns = list(self.columns)
        first = sum(_cell(c).colspan for c in rows[0])
        if self.numbered and len(columns) == first + 1 and not any(c.stt for c in columns):
            columns[0] = columns[0].model_copy(update={"stt": True})  # one spec per column
        if any(c.header is not None and not c.stt for c in columns):
            rows.insert(0, [c.header or "" for c in columns if not c.stt])
            header_rows += 1
            columns = [c if c.stt else c.model_copy(update={"header": None}) for c in columns]
        numbered = self._stt_column(columns)
        if header_rows > self.header_rows and len(rows) > 1:
            given = sum(_cell(c).colspan for c in rows[1])
            if given != len(rows[0]):
                raise _error(
                    "Table", ("columns",),
                    f"columns (cột) gives headings (tiêu đề) for {len(rows[0])} columns; the "
                    f"rows have {given}", len(rows[0]),
                )  # fmt: skip
        placed, width = _place(rows, header_rows, offset=header_rows - self.header_rows)
        if numbered and header_rows == len(rows):
            raise _error(
                "Table", ("numbered",),
                "numbered (số thứ tự) numbers the body rows; this table has heading rows only",
                True,
            )  # fmt: skip
        if not any(p.cell.text.strip() for p in placed):
            raise ValueError("every cell of the table (bảng) is empty; a table needs text")
        columns = self._fit_columns(columns, numbered, width)
        default_align = [
            (c.align if c.align is not None else Align.LEFT) for c in columns[int(numbered) :]
        ] or [Align.LEFT] * width
        shared: list[Align | None] = [Align.LEFT] * width  # no columns: cells keep theirs
        if columns:
            shared = _shared_alignments(placed, header_rows, default_align, width)
            columns[int(numbered) :] = [
                c.model_copy(update={"align": None if a in (None, Align.LEFT) else a})
                for c, a in zip(columns[int(numbered) :], shared, strict=True)
            ]
            if numbered:
                stt = columns[0]
                label = stt.header if header_rows and stt.header != _STT_LABEL else None
                align = None if stt.align is Align.CENTER else stt.align
                columns[0] = stt.model_copy(update={"header": label, "align": align})
        out: list[list[Cell]] = [[] for _ in rows]
        for p in placed:
            heading = p.row < header_rows
            was, now = default_align[p.column], shared[p.column] or Align.LEFT
            out[p.row].append(_canonical_cell(p.cell, heading, was, now))
        for name, value in (
            ("rows", tuple(tuple(row) for row in out)),
            ("header_rows", header_rows),
            ("columns", tuple(columns)),
            ("numbered", numbered),
        ):
            object.__setattr__(self, name, value)
        return self

    def _stt_column(self, columns: list[TableColumn]) -> bool:
        stt = [i for i, c in enumerate(columns) if c.stt]
        if len(stt) > 1 or (stt and stt[0] != 0):
            at = stt[1] if len(stt) > 1 else stt[0]
            raise _error(
                "Table", ("columns", at, "stt"),
                "the numbered column (cột số thứ tự, STT) is one column, the first", True,
            )  # fmt: skip
        if stt and columns[0].align not in (None, Align.CENTER):
            raise _error(
                "Table", ("columns", 0, "align"),
                "the numbered column (cột số thứ tự, STT) is centred, as offices set it",
                columns[0].align.value,
            )  # fmt: skip
        if stt and not self.numbered and "numbered" in self.model_fields_set:
            raise _error(
                "Table", ("numbered",),
                "numbered (số thứ tự) is false but columns has an STT column; drop one", False,
            )  # fmt: skip
        return self.numbered or bool(stt)

    def _fit_columns(
        self, columns: list[TableColumn], numbered: bool, width: int
    ) -> list[TableColumn]:
        if not columns:
            return columns
        if numbered and not columns[0].stt and len(columns) == width:
            columns.insert(0, TableColumn(stt=True))
        expected = width + int(numbered)
        if len(columns) != expected:
            stt = " and the STT column" if numbered else ""
            raise _error(
                "Table", ("columns",),
                f"columns (cột) lists {len(columns)} columns; the rows have {width}{stt}, "
                f"so it needs {expected}", len(columns),
            )  # fmt: skip
        return columns

    def placed(self) -> tuple[PlacedCell, ...]:
        """Every cell where it stands in the grid, row by row (the STT column left out)."""
        return tuple(_place([list(row) for row in self.rows], self.header_rows, offset=0)[0])

    @property
    def column_count(self) -> int:
        """How many columns the rows cover (số cột), the STT column left out."""
        return sum(_cell(c).colspan for c in self.rows[0])

    def text_grid(self) -> tuple[tuple[str, ...], ...]:
        """The text of every place of the grid, STT column included (as plain text shows it).

        A merged cell's text is repeated in every place it covers, so every row has as
        many cells as the table has columns.
        """
        grid = [[""] * self.column_count for _ in self.rows]
        for p in self.placed():
            for row in range(p.row, p.row + p.cell.rowspan):
                for column in range(p.column, p.column + p.cell.colspan):
                    grid[row][column] = p.cell.text
        if self.numbered:
            label = (self.columns[0].header if self.columns else None) or _STT_LABEL
            for index, line in enumerate(grid):
                body = index - self.header_rows + 1
                line.insert(0, label if body < 1 else str(body))
        return tuple(tuple(row) for row in grid)


_STT_LABEL = "STT"
"""The label over a numbered column (số thứ tự)."""


def _place(
    rows: list[list[Cell]], header_rows: int, *, offset: int
) -> tuple[list[PlacedCell], int]:
    """Put each cell in the grid, left to right, skipping the places merged cells cover.

    Returns the placed cells and the number of columns; raises a ValidationError naming the
    row and the cell that breaks the grid. ``offset`` rows at the top were made from the
    headings of ``columns`` (they are not in the input's ``rows``).
    """
    if header_rows > len(rows):
        raise _error(
            "Table", ("header_rows",),
            f"header_rows (số dòng tiêu đề) is {header_rows - offset}; the table has "
            f"{len(rows) - offset} rows", header_rows - offset,
        )  # fmt: skip
    width = sum(_cell(c).colspan for c in rows[0])
    taken: list[list[int | None]] = [[None] * width for _ in rows]  # owner's row, per place
    placed: list[PlacedCell] = []
    for r, row in enumerate(rows):
        shown = r - offset  # the row's index in the input
        column = 0
        for i, value in enumerate(row):
            cell = _cell(value)
            while column < width and taken[r][column] is not None:
                column += 1
            problem = None
            if column + cell.colspan > width:
                problem = (
                    f"{'starts' if column >= width else 'runs'} past the table's {width} "
                    f"columns (cột); each row covers the columns of the first, merged cells "
                    f"(ô gộp) included"
                )
            elif r + cell.rowspan > len(rows):
                problem = f"rowspan (gộp dòng) {cell.rowspan} runs past the table's last row"
            elif r < header_rows < r + cell.rowspan:
                problem = "a heading row's cell (dòng tiêu đề) cannot merge into the body rows"
            else:
                for c in range(column, column + cell.colspan):
                    owner = taken[r][c]
                    if owner is not None:
                        problem = (
                            f"overlaps column {c + 1}, covered by the merged cell (ô gộp) "
                            f"from row {owner - offset + 1}"
                        )
                        break
            if problem is not None:
                loc: tuple[str | int, ...] = ("rows", shown, i) if shown >= 0 else ("columns",)
                where = f"row {shown + 1}, cell {i + 1} (column {column + 1})"
                raise _error("Table", loc, f"{where}: {problem}", value)
            for rr in range(r, r + cell.rowspan):
                for c in range(column, column + cell.colspan):
                    taken[rr][c] = r
            placed.append(PlacedCell(r, column, i, cell))
            column += cell.colspan
        covered = sum(owner is not None for owner in taken[r])
        if covered != width:
            raise _error(
                "Table", ("rows", shown) if shown >= 0 else ("columns",),
                f"row {shown + 1} has {len(row)} cells covering {covered} of the table's "
                f"{width} columns (cột); every row must cover them all, like the first, "
                f"merged cells (ô gộp) included",
                [c if isinstance(c, str) else c.model_dump() for c in row],
            )  # fmt: skip
    return placed, width


def _shared_alignments(
    placed: list[PlacedCell], header_rows: int, given: list[Align], width: int
) -> list[Align | None]:
    """Each column's alignment: the one all body cells starting in it share.

    A column no body cell starts in has no alignment to show (``None``).
    """
    seen: list[set[Align]] = [set() for _ in range(width)]
    for p in placed:
        if p.row >= header_rows:
            seen[p.column].add(p.cell.align or given[p.column])
    return [next(iter(s)) if len(s) == 1 else (Align.LEFT if s else None) for s in seen]


def _canonical_cell(cell: TableCell, heading: bool, was: Align, now: Align) -> Cell:
    """A cell in canonical form: what equals the default of the cell's place is dropped.

    ``was`` and ``now`` are its column's alignment as given and as kept.
    """
    if heading:
        align, default_align = cell.align or Align.CENTER, Align.CENTER
    else:
        align, default_align = cell.align or was, now
    update: dict[str, Any] = {
        "align": None if align in (None, default_align) else align,
        "bold": None if cell.bold in (None, heading) else cell.bold,
    }
    cell = cell.model_copy(update=update)
    if cell.colspan == cell.rowspan == 1 and cell.align is None and cell.bold is None:
        return cell.text
    return cell


Block = Annotated[Paragraph | ListBlock | Heading | Table, Field(discriminator="kind")]
"""One block of the body (khối nội dung)."""


def blocks_from_input(value: Any) -> Any:
    """Accept a plain string as a paragraph and a ``text`` mapping without ``kind``."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list | tuple):
        return value
    blocks: list[Any] = []
    for item in value:
        if isinstance(item, str):
            blocks.append({"kind": "paragraph", "text": item})
        elif isinstance(item, dict) and "kind" not in item and ("text" in item or "runs" in item):
            blocks.append({"kind": "paragraph", **item})
        else:
            blocks.append(item)
    return blocks


Blocks = Annotated[tuple[Block, ...], BeforeValidator(blocks_from_input)]
"""Blocks in order; in input, a plain string stands for a paragraph."""

ListItem.model_rebuild()
