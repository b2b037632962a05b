"""The styles part (``word/styles.xml``), generated from a standard's table.

Every component of the layout gets a paragraph style named after it in Vietnamese ("Quốc
hiệu (ô 1)", "Nơi nhận (ô 9b)"), so a clerk editing the file in Word sees what each
paragraph is. Sizes, weights, slants, alignment and spacing come from the standard's rows;
Times New Roman is set in all four font slots of the document defaults and of every style,
and no theme font is referenced anywhere.
"""

from __future__ import annotations

from functools import cache

from vnadmin_docs.ooxml import El, el, half_points, ordered, pt_to_twips, serialize
from vnadmin_docs.standards import ComponentStyle, Standard

__all__ = ["BODY_STYLES", "RULE_STYLE", "TABLE_STYLE", "style_id", "styles_part"]

RULE_STYLE = "RuleLine"
"""Style of the empty paragraph that carries a horizontal rule (đường kẻ ngang)."""
TABLE_STYLE = "BodyTable"
"""Table style of tables in the body (bảng), with single borders."""
BODY_STYLES = frozenset({"body", "basis", "article"})
"""Components set like body text: justified, first line indented, body line spacing."""
_ALIGN = {"center": "center", "justify": "both", "left": "left", "right": "right"}
_SINGLE = 240  # line spacing unit: 240 = one line


def style_id(key: str) -> str:
    """The Word style ID of a component: ``national_name`` → ``NationalName``."""
    return "".join(part.capitalize() for part in key.split("_"))


def fonts(name: str) -> El:
    """``w:rFonts`` naming ``name`` in all four slots (ascii, hAnsi, eastAsia, cs)."""
    return el("w:rFonts", {"w:ascii": name, "w:hAnsi": name, "w:eastAsia": name, "w:cs": name})


def _run_props(row: ComponentStyle) -> El:
    return ordered(
        "w:rPr",
        el("w:b") if row.bold else None,
        el("w:bCs") if row.bold else None,
        el("w:i") if row.italic else None,
        el("w:iCs") if row.italic else None,
        el("w:sz", {"w:val": half_points(row.size.default)}),
        el("w:szCs", {"w:val": half_points(row.size.default)}),
    )


def _paragraph_style(row: ComponentStyle, standard: Standard) -> El:
    body_like = row.key in BODY_STYLES
    line = round(standard.body_line_spacing.default * _SINGLE) if body_like else _SINGLE
    spacing = el(
        "w:spacing",
        {
            "w:before": pt_to_twips(row.space_before),
            "w:after": pt_to_twips(row.space_after),
            "w:line": line,
            "w:lineRule": "auto",
        },
    )
    indent = None
    if body_like:
        first_line = round(standard.body_indent_cm[-1] * 1440 / 2.54)
        indent = el("w:ind", {"w:firstLine": first_line})
    cell = f" (ô {row.cell})" if row.cell else ""
    return el(
        "w:style",
        {"w:type": "paragraph", "w:customStyle": 1, "w:styleId": style_id(row.key)},
        el("w:name", {"w:val": f"{row.name_vi}{cell}"}),
        el("w:basedOn", {"w:val": "Normal"}),
        el("w:qFormat"),
        ordered(
            "w:pPr",
            spacing,
            indent,
            el("w:jc", {"w:val": _ALIGN[row.align]}),
        ),
        _run_props(row),
    )


def _nil_borders(name: str) -> El:
    sides = ("w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV")
    return ordered(name, *(el(side, {"w:val": "nil"}) for side in sides))


def _single_borders(name: str) -> El:
    sides = ("w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV")
    attrs: dict[str, str | int] = {"w:val": "single", "w:sz": 4, "w:space": 0, "w:color": "000000"}
    return ordered(name, *(el(side, attrs) for side in sides))


def _cell_margins(left_right: int) -> El:
    return el(
        "w:tblCellMar",
        None,
        el("w:top", {"w:w": 0, "w:type": "dxa"}),
        el("w:left", {"w:w": left_right, "w:type": "dxa"}),
        el("w:bottom", {"w:w": 0, "w:type": "dxa"}),
        el("w:right", {"w:w": left_right, "w:type": "dxa"}),
    )


@cache
def styles_part(standard: Standard) -> bytes:
    """Return ``word/styles.xml`` for a standard (cached: styles depend on nothing else)."""
    font = standard.page.font
    body = standard.component("body")
    defaults = el(
        "w:docDefaults",
        None,
        el(
            "w:rPrDefault",
            None,
            ordered(
                "w:rPr",
                fonts(font),
                el("w:color", {"w:val": standard.page.color}),
                el("w:sz", {"w:val": half_points(body.size.default)}),
                el("w:szCs", {"w:val": half_points(body.size.default)}),
                el("w:lang", {"w:val": "vi-VN", "w:eastAsia": "vi-VN", "w:bidi": "ar-SA"}),
            ),
        ),
        el(
            "w:pPrDefault",
            None,
            ordered(
                "w:pPr",
                el("w:spacing", {"w:after": 0, "w:line": _SINGLE, "w:lineRule": "auto"}),
            ),
        ),
    )
    normal = el(
        "w:style",
        {"w:type": "paragraph", "w:default": 1, "w:styleId": "Normal"},
        el("w:name", {"w:val": "Normal"}),
        el("w:qFormat"),
        ordered("w:rPr", fonts(font)),
    )
    default_font = el(
        "w:style",
        {"w:type": "character", "w:default": 1, "w:styleId": "DefaultParagraphFont"},
        el("w:name", {"w:val": "Default Paragraph Font"}),
        el("w:uiPriority", {"w:val": 1}),
        el("w:semiHidden"),
        el("w:unhideWhenUsed"),
    )
    table_normal = el(
        "w:style",
        {"w:type": "table", "w:default": 1, "w:styleId": "TableNormal"},
        el("w:name", {"w:val": "Normal Table"}),
        el("w:uiPriority", {"w:val": 99}),
        el("w:semiHidden"),
        el("w:unhideWhenUsed"),
        el("w:tblPr", None, el("w:tblInd", {"w:w": 0, "w:type": "dxa"}), _cell_margins(0)),
    )
    layout_table = el(
        "w:style",
        {"w:type": "table", "w:customStyle": 1, "w:styleId": "LayoutTable"},
        el("w:name", {"w:val": "Bảng bố cục (không viền)"}),
        el("w:basedOn", {"w:val": "TableNormal"}),
        el("w:tblPr", None, _nil_borders("w:tblBorders"), _cell_margins(0)),
    )
    table_row = standard.component("table")
    body_table = el(
        "w:style",
        {"w:type": "table", "w:customStyle": 1, "w:styleId": TABLE_STYLE},
        el("w:name", {"w:val": f"{table_row.name_vi} (ô 6)"}),
        el("w:basedOn", {"w:val": "TableNormal"}),
        ordered(
            "w:rPr",
            el("w:sz", {"w:val": half_points(table_row.size.default)}),
            el("w:szCs", {"w:val": half_points(table_row.size.default)}),
        ),
        el("w:tblPr", None, _single_borders("w:tblBorders"), _cell_margins(85)),
    )
    rule = el(
        "w:style",
        {"w:type": "paragraph", "w:customStyle": 1, "w:styleId": RULE_STYLE},
        el("w:name", {"w:val": "Đường kẻ ngang"}),
        el("w:basedOn", {"w:val": "Normal"}),
        ordered(
            "w:pPr",
            el("w:spacing", {"w:before": 0, "w:after": 0, "w:line": 20, "w:lineRule": "exact"}),
        ),
        ordered("w:rPr", el("w:sz", {"w:val": 2}), el("w:szCs", {"w:val": 2})),
    )
    root = el(
        "w:styles",
        None,
        defaults,
        normal,
        default_font,
        table_normal,
        layout_table,
        body_table,
        rule,
        *(_paragraph_style(row, standard) for row in standard.components),
    )
    return serialize(root, ["w"])
