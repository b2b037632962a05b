"""The shape of a standard's table (bảng tiêu chuẩn thể thức): rows, ranges, locators.

A standard is data: one :class:`Standard` holding the page rules, one
:class:`ComponentStyle` per component of the layout (ô 1–14, body, headings, appendix
lines, page number) and one :class:`RuleLine` per horizontal rule. Every row carries the
legal locator it comes from. Renderers and validators read these rows; a
:class:`HouseStyle` chooses values inside the allowed ranges without copying the table.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from enum import Enum

__all__ = [
    "Case",
    "ComponentStyle",
    "HouseStyle",
    "PageNumbering",
    "PageSpec",
    "Range",
    "RuleLine",
    "Spacing",
    "Stamp",
    "Standard",
]


@dataclass(frozen=True, slots=True)
class Range:
    """An allowed closed range of values (khoảng cho phép), with the default chosen in it."""

    low: float
    high: float
    default: float

    def __post_init__(self) -> None:
        if not self.low <= self.default <= self.high:
            raise ValueError(f"default {self.default} is outside [{self.low}, {self.high}]")

    def __contains__(self, value: object) -> bool:
        return isinstance(value, int | float) and self.low - 1e-9 <= value <= self.high + 1e-9

    def describe(self, unit: str) -> str:
        """``12–13 pt`` or ``13 pt``."""
        if self.low == self.high:
            return f"{self.low:g} {unit}"
        return f"{self.low:g}–{self.high:g} {unit}"


class Case(str, Enum):
    """Letter case a component is printed in (kiểu chữ)."""

    UPPER = "upper"
    """In hoa: all capitals."""
    NORMAL = "normal"
    """In thường: normal case."""


@dataclass(frozen=True, slots=True)
class ComponentStyle:
    """How one component is set (kỹ thuật trình bày một thành phần thể thức)."""

    key: str
    """Stable identifier, also the base of the Word style's ID: ``national_name``."""
    name_vi: str
    """The component's name in the standard: ``Quốc hiệu``."""
    cell: str | None
    """Cell of the layout diagram (ô), ``None`` where the diagram has none."""
    size: Range
    """Allowed font size in points (cỡ chữ) and the default used."""
    bold: bool | None
    """Required weight (đứng đậm); ``None`` where the standard says nothing."""
    italic: bool | None
    """Required slant (in nghiêng); ``None`` where the standard says nothing."""
    case: Case | None
    """Required letter case; ``None`` where the standard says nothing."""
    align: str
    """Alignment in its cell or on the page: ``center``, ``justify``, ``left``, ``right``."""
    locator: str
    """Where the standard says so (căn cứ pháp lý)."""
    space_before: float = 0.0
    """Space before the paragraph in points (khoảng cách trước)."""
    space_after: float = 0.0
    """Space after the paragraph in points (khoảng cách sau)."""
    note: str = ""
    """Where our choice goes beyond the text, or the text is unclear."""


@dataclass(frozen=True, slots=True)
class RuleLine:
    """A horizontal rule (đường kẻ ngang) under a component."""

    key: str
    """Identifier: ``motto_rule``, ``agency_rule``, ``subject_rule``."""
    under: str
    """The component it stands under."""
    fraction: Range
    """Length as a fraction of the text line above it; 1 = exactly as long."""
    weight_pt: float
    """Line weight in points (nét liền)."""
    locator: str
    """Where the standard says so."""
    gap_mm: Range | None = None
    """Clear space between the lowest ink of the text above and the rule (khoảng hở dưới
    chữ), in millimetres; ``None`` where nothing is set. The decree gives no number: the
    ranges come from its own samples (Phụ lục III)."""
    spans: str = "line"
    """``line``: ``fraction`` is of a text line; ``text_area``: of the text width."""
    sized_by: str | None = None
    """The component whose longest line gives the length, where it is not ``under``."""
    note: str = ""
    """Where the number comes from when the decree's text gives none."""


@dataclass(frozen=True, slots=True)
class Stamp:
    """A mark's stamp (con dấu chỉ mức độ): its words and the box they stand in."""

    key: str
    """The component it belongs to: ``urgency`` (ô 10b) or ``confidentiality`` (ô 10a)."""
    words: str
    """The words on the stamp, as printed: ``THƯỢNG KHẨN``."""
    width_mm: float
    """Width of the stamp's rectangle (chiều dài khung)."""
    height_mm: float
    """Height of the stamp's rectangle (chiều rộng khung)."""
    locator: str
    """Where the size is given."""
    note: str = ""
    """Where the size comes from outside the standard itself."""


@dataclass(frozen=True, slots=True)
class Spacing:
    """A vertical distance between two parts of the layout (khoảng cách), in millimetres."""

    key: str
    """Identifier: ``header_to_type_name``, ``subject_rule_to_text``."""
    name_vi: str
    """What is measured, in Vietnamese."""
    measured: str
    """How it is measured, from which edge to which."""
    mm: Range
    """Allowed range and the default the renderer aims at."""
    locator: str
    """Where it comes from (the decree's samples where its text gives no number)."""


@dataclass(frozen=True, slots=True)
class PageSpec:
    """Paper, orientation and margins (khổ giấy, kiểu trình bày, định lề trang)."""

    width_mm: float
    height_mm: float
    orientation: str
    top_mm: Range
    bottom_mm: Range
    left_mm: Range
    right_mm: Range
    header_mm: float
    """Distance of the header (where the page number sits) from the page's top edge."""
    font: str
    """The typeface (phông chữ) the renderer sets."""
    font_rule: str
    """What the standard says of the typeface: required, or only used in its samples."""
    color: str
    """Text colour (màu mực) as RGB hex."""
    locator: str
    margins_locator: str
    font_locator: str


@dataclass(frozen=True, slots=True)
class PageNumbering:
    """Where and how pages are numbered (số trang)."""

    position: str
    """``header-center`` (top margin, centred) or ``footer-right`` (bottom right)."""
    first_page_shown: bool
    """Whether page 1 shows its number."""
    restart_per_appendix: bool
    """Whether each appendix numbers its pages from 1 again."""
    locator: str


@dataclass(frozen=True, slots=True)
class Standard:
    """A formatting standard (tiêu chuẩn thể thức) as one table, read by renderer and validator."""

    id: str
    """Short identifier: ``nd30-2020``, ``tt01-2011``."""
    title: str
    """Full citation: ``Decree 30/2020/NĐ-CP``."""
    effective_from: date
    effective_to: date | None
    page: PageSpec
    page_numbers: PageNumbering
    components: tuple[ComponentStyle, ...]
    rules: tuple[RuleLine, ...]
    body_indent_cm: tuple[float, ...]
    """First-line indents allowed for body paragraphs (lùi đầu dòng)."""
    body_line_spacing: Range
    """Line spacing of the body as a multiple of single (khoảng cách dòng)."""
    body_exact_line_pt_min: float | None
    """Exact line spacing allowed, at least this many points; ``None`` if not allowed."""
    body_space_after_min_pt: float
    """Least space between body paragraphs (khoảng cách giữa các đoạn)."""
    body_locator: str
    zero_pad_below: int
    """Serial numbers and days below this take a leading zero (05, ngày 05)."""
    zero_padded_months: tuple[int, ...]
    """The months written with a leading zero (tháng 01, tháng 02)."""
    date_locator: str
    national_name: str
    national_motto: str
    national_locator: str
    stamps: tuple[Stamp, ...] = ()
    """The stamp sizes of the marks (ô 10a, 10b), one row per level."""
    spacings: tuple[Spacing, ...] = ()
    """Vertical distances the layout keeps (ô 5a block)."""
    _index: dict[str, ComponentStyle] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        keys = [c.key for c in self.components]
        if len(set(keys)) != len(keys):
            raise ValueError(f"{self.id}: a component key is listed twice")
        self._index.update({c.key: c for c in self.components})

    def component(self, key: str) -> ComponentStyle:
        """Return the row of one component, by key."""
        try:
            return self._index[key]
        except KeyError:
            raise KeyError(f"{self.id} has no component {key!r}") from None

    def rule(self, key: str) -> RuleLine:
        """Return the row of one horizontal rule, by key."""
        for rule in self.rules:
            if rule.key == key:
                return rule
        raise KeyError(f"{self.id} has no rule {key!r}")

    def stamp(self, key: str, words: str) -> Stamp | None:
        """Return the stamp of a mark level (``"urgency"``, ``"KHẨN"``), if the table has one."""
        wanted = " ".join(words.split()).upper().replace("HỎA", "HOẢ")
        for stamp in self.stamps:
            if stamp.key == key and stamp.words == wanted:
                return stamp
        return None

    def spacing(self, key: str) -> Spacing:
        """Return one vertical distance of the layout, by key."""
        for row in self.spacings:
            if row.key == key:
                return row
        raise KeyError(f"{self.id} has no spacing {key!r}")

    def applies_on(self, day: date) -> bool:
        """Whether the standard was in force on ``day``."""
        return self.effective_from <= day and (self.effective_to is None or day < self.effective_to)


@dataclass(frozen=True, slots=True)
class HouseStyle:
    """An office's choices inside the allowed ranges (quy định riêng của cơ quan).

    Only what differs from the standard's defaults is given; :meth:`apply` checks every
    value against the standard's range and returns a standard whose defaults are the
    house's, so the renderer and the validator keep reading one table.
    """

    sizes: tuple[tuple[str, float], ...] = ()
    """Component key → font size in points."""
    margins_mm: tuple[tuple[str, float], ...] = ()
    """``top``/``bottom``/``left``/``right`` → margin in millimetres."""
    body_line_spacing: float | None = None
    """Body line spacing as a multiple of single."""

    def apply(self, standard: Standard) -> Standard:
        """Return ``standard`` with this house's defaults; raise if one is out of range."""
        components = []
        chosen = dict(self.sizes)
        unknown = set(chosen) - {c.key for c in standard.components}
        if unknown:
            raise ValueError(f"house style names unknown components: {sorted(unknown)}")
        for row in standard.components:
            if row.key in chosen:
                size = chosen[row.key]
                if size not in row.size:
                    raise ValueError(
                        f"{row.name_vi} ({row.key}): {size:g} pt is outside "
                        f"{row.size.describe('pt')} ({row.locator})"
                    )
                row = replace(row, size=replace(row.size, default=size))
            components.append(row)
        page = standard.page
        margins = {
            "top": page.top_mm,
            "bottom": page.bottom_mm,
            "left": page.left_mm,
            "right": page.right_mm,
        }
        for side, value in self.margins_mm:
            if side not in margins:
                raise ValueError(f"unknown margin {side!r}; use top, bottom, left or right")
            allowed = margins[side]
            if value not in allowed:
                raise ValueError(
                    f"{side} margin {value:g} mm is outside {allowed.describe('mm')} "
                    f"({page.margins_locator})"
                )
            margins[side] = replace(allowed, default=value)
        page = replace(
            page,
            top_mm=margins["top"],
            bottom_mm=margins["bottom"],
            left_mm=margins["left"],
            right_mm=margins["right"],
        )
        spacing = standard.body_line_spacing
        if self.body_line_spacing is not None:
            if self.body_line_spacing not in spacing:
                raise ValueError(
                    f"body line spacing {self.body_line_spacing:g} is outside "
                    f"{spacing.describe('lines')} ({standard.body_locator})"
                )
            spacing = replace(spacing, default=self.body_line_spacing)
        return replace(
            standard,
            components=tuple(components),
            page=page,
            body_line_spacing=spacing,
            _index={},
        )
