"""A fixture: our compliant dispatch with its header laid out in two text boxes, as some
offices do, instead of a table."""

from __future__ import annotations

import copy

from lxml import etree

from tests.validate import builders as b

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"


def _box(
    number: int, x_emu: int, width_emu: int, paragraphs: list[etree._Element]
) -> etree._Element:
    run = etree.Element(f"{{{W}}}r")
    drawing = etree.SubElement(run, f"{{{W}}}drawing")
    anchor = etree.SubElement(drawing, f"{{{WP}}}anchor", {
        "distT": "0", "distB": "0", "distL": "0", "distR": "0", "simplePos": "0",
        "relativeHeight": str(number), "behindDoc": "0", "locked": "0", "layoutInCell": "1",
        "allowOverlap": "1"})  # fmt: skip
    etree.SubElement(anchor, f"{{{WP}}}simplePos", {"x": "0", "y": "0"})
    horizontal = etree.SubElement(anchor, f"{{{WP}}}positionH", {"relativeFrom": "column"})
    etree.SubElement(horizontal, f"{{{WP}}}posOffset").text = str(x_emu)
    vertical = etree.SubElement(anchor, f"{{{WP}}}positionV", {"relativeFrom": "paragraph"})
    etree.SubElement(vertical, f"{{{WP}}}posOffset").text = "0"
    etree.SubElement(anchor, f"{{{WP}}}extent", {"cx": str(width_emu), "cy": "1400000"})
    etree.SubElement(anchor, f"{{{WP}}}wrapNone")
    etree.SubElement(anchor, f"{{{WP}}}docPr", {"id": str(number), "name": f"Text Box {number}"})
    graphic = etree.SubElement(anchor, f"{{{A}}}graphic")
    data = etree.SubElement(graphic, f"{{{A}}}graphicData", {"uri": WPS})
    shape = etree.SubElement(data, f"{{{WPS}}}wsp")
    etree.SubElement(shape, f"{{{WPS}}}cNvSpPr", {"txBox": "1"})
    properties = etree.SubElement(shape, f"{{{WPS}}}spPr")
    etree.SubElement(properties, f"{{{A}}}prstGeom", {"prst": "rect"})
    box = etree.SubElement(shape, f"{{{WPS}}}txbx")
    content = etree.SubElement(box, f"{{{W}}}txbxContent")
    for p in paragraphs:
        content.append(copy.deepcopy(p))
    etree.SubElement(shape, f"{{{WPS}}}bodyPr")
    return run


def header_in_text_boxes() -> bytes:
    def apply(root: etree._Element) -> None:
        body = root.find(f"{{{W}}}body")
        table = body.find(f"{{{W}}}tbl")
        rows = table.findall(f"{{{W}}}tr")
        cells = [[tc for tc in row.findall(f"{{{W}}}tc")] for row in rows]
        left = [p for row in cells for p in row[0].findall(f"{{{W}}}p")]
        right = [p for row in cells for p in row[1].findall(f"{{{W}}}p")]
        widths = [int(g.get(f"{{{W}}}w")) * 635 for g in table.iter(f"{{{W}}}gridCol")]  # EMU
        anchor = etree.Element(f"{{{W}}}p")
        anchor.append(_box(1, 0, widths[0], left))  # each box as wide as its column was
        anchor.append(_box(2, widths[0], widths[1], right))
        body.replace(table, anchor)

    return b.edit(b.compliant_docx(), apply)
