"""The body of a document (nội dung văn bản, ô 6): a small, closed tree of blocks and runs.

Blocks are :class:`Paragraph`, :class:`ListBlock` (numbered or bulleted items, nested to any
depth), :class:`Heading` (Phần, Chương, Mục, Tiểu mục, Điều, khoản, điểm) and
:class:`Table`. In input, a plain string stands for a paragraph, and ``text`` for a single
plain run.
"""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, ClassVar, Literal

from pydantic import (
    AfterValidator,
    BeforeValidator,
    Field,
    PositiveInt,
    SerializerFunctionWrapHandler,
    model_serializer,
    model_validator,
)

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
    "Run",
    "Table",
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


class Table(_BlockBase):
    """A table in the body (bảng): rows of cells of plain text."""

    vietnamese_keys: ClassVar[dict[str, str]] = {"dong": "rows", "so_dong_tieu_de": "header_rows"}

    kind: Literal["table"] = "table"
    rows: Annotated[tuple[tuple[str, ...], ...], Field(min_length=1)]
    """The rows (các dòng), each a tuple of cell texts; a newline breaks a line in a cell."""
    header_rows: int = Field(default=0, ge=0)
    """How many leading rows are headings (dòng tiêu đề), bold and repeated on each page."""

    @model_validator(mode="after")
    def _rectangular(self) -> Table:
        width = len(self.rows[0])
        for number, row in enumerate(self.rows, start=1):
            if len(row) != width:
                raise ValueError(
                    f"row {number} has {len(row)} cells; every row of a table (bảng) "
                    f"must have {width}, like the first"
                )
        if not any(cell.strip() for row in self.rows for cell in row):
            raise ValueError("every cell of the table (bảng) is empty; a table needs text")
        if self.header_rows > len(self.rows):
            raise ValueError("header_rows (số dòng tiêu đề) exceeds the number of rows")
        return self


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
