"""Edits for the header family's cases (HD…, RL…, MK…): rules, cells, marks.

Every helper takes .docx bytes and returns edited bytes; the paragraphs are found by the
text they start with (``starts``), and "the rule after" a paragraph is the paragraph that
follows it in the same cell (where our renderer and most offices put the rule).
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from tests.validate.builders import W, edit, paragraphs, w

WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
EMU_PER_MM = 36000


def _after(root: etree._Element, starts: str) -> etree._Element:
    p = paragraphs(root, starts)[0]
    following = p.getnext()
    while following is not None and following.tag != w("p"):
        following = following.getnext()
    assert following is not None, f"no paragraph after {starts!r}"
    return following


def _ppr(p: etree._Element) -> etree._Element:
    ppr = p.find(w("pPr"))
    if ppr is None:
        ppr = etree.Element(w("pPr"))
        p.insert(0, ppr)
    return ppr


def _drop(parent: etree._Element, tag: str) -> None:
    for old in parent.findall(w(tag)):
        parent.remove(old)


def _place(ppr: etree._Element, child: etree._Element) -> None:
    """Put ``child`` into ``pPr`` in schema order (pStyle, pBdr, spacing, ind, jc …)."""
    order = ["pStyle", "keepNext", "pBdr", "spacing", "ind", "jc", "rPr", "sectPr"]
    ppr.append(child)
    for item in sorted(ppr, key=lambda c: order.index(etree.QName(c).localname)
                       if etree.QName(c).localname in order else 50):  # fmt: skip
        ppr.append(item)


def on_rule_after(
    data: bytes, starts: str, fn: Callable[[etree._Element], None], part: str = "word/document.xml"
) -> bytes:
    """Apply ``fn`` to the paragraph after the one starting with ``starts``."""
    return edit(data, lambda root: fn(_after(root, starts)), part)


def remove_rule_after(data: bytes, starts: str) -> bytes:
    """Remove the border and the drawings of the rule paragraph after ``starts``."""

    def fn(p: etree._Element) -> None:
        _drop(_ppr(p), "pBdr")
        for holder in list(p.iter(w("drawing"), w("pict"), f"{{{MC}}}AlternateContent")):
            parent = holder.getparent()
            if parent is not None:
                parent.remove(holder)

    return on_rule_after(data, starts, fn)


def set_rule_after(
    data: bytes,
    starts: str,
    *,
    left: int | None = None,
    right: int | None = None,
    style: str | None = None,
) -> bytes:
    """Change the indents (twips) or the border style of the border rule after ``starts``."""

    def fn(p: etree._Element) -> None:
        ppr = _ppr(p)
        if left is not None or right is not None:
            ind = ppr.find(w("ind"))
            if ind is None:
                ind = etree.Element(w("ind"))
                _place(ppr, ind)
            if left is not None:
                ind.set(w("left"), str(left))
            if right is not None:
                ind.set(w("right"), str(right))
        if style is not None:
            for side in ppr.iter(w("top"), w("bottom")):
                side.set(w("val"), style)

    return on_rule_after(data, starts, fn)


def rule_as_underscores(data: bytes, starts: str, count: int) -> bytes:
    """Replace the border rule after ``starts`` by ``count`` typed underscores, centred."""

    def fn(p: etree._Element) -> None:
        ppr = _ppr(p)
        _drop(ppr, "pBdr")
        _drop(ppr, "ind")
        _drop(ppr, "jc")
        jc = etree.Element(w("jc"))
        jc.set(w("val"), "center")
        _place(ppr, jc)
        run = etree.SubElement(p, w("r"))
        text = etree.SubElement(run, w("t"))
        text.text = "_" * count

    return on_rule_after(data, starts, fn)


def rule_as_shape(data: bytes, starts: str, width_mm: float, *, floating: bool = True) -> bytes:
    """Replace the border rule after ``starts`` by a DrawingML line shape."""
    cx = str(round(width_mm * EMU_PER_MM))

    def fn(p: etree._Element) -> None:
        _drop(_ppr(p), "pBdr")
        run = etree.SubElement(p, w("r"))
        drawing = etree.SubElement(run, w("drawing"))
        holder = etree.SubElement(drawing, f"{{{WP}}}{'anchor' if floating else 'inline'}",
                                  nsmap={"wp": WP})  # fmt: skip
        extent = etree.SubElement(holder, f"{{{WP}}}extent")
        extent.set("cx", cx)
        extent.set("cy", "0")
        doc_pr = etree.SubElement(holder, f"{{{WP}}}docPr")
        doc_pr.set("id", "901")
        doc_pr.set("name", "Straight Connector 901")
        graphic = etree.SubElement(holder, f"{{{A}}}graphic", nsmap={"a": A})
        data_el = etree.SubElement(graphic, f"{{{A}}}graphicData")
        data_el.set("uri", WPS)
        shape = etree.SubElement(data_el, f"{{{WPS}}}wsp", nsmap={"wps": WPS})
        etree.SubElement(shape, f"{{{WPS}}}cNvCnPr")
        sp_pr = etree.SubElement(shape, f"{{{WPS}}}spPr")
        xfrm = etree.SubElement(sp_pr, f"{{{A}}}xfrm")
        etree.SubElement(xfrm, f"{{{A}}}off").attrib.update({"x": "0", "y": "0"})
        etree.SubElement(xfrm, f"{{{A}}}ext").attrib.update({"cx": cx, "cy": "0"})
        etree.SubElement(sp_pr, f"{{{A}}}prstGeom").set("prst", "line")
        etree.SubElement(shape, f"{{{WPS}}}bodyPr")

    return on_rule_after(data, starts, fn)


def scale_shape_after(data: bytes, starts: str, factor: float) -> bytes:
    """Lengthen or shorten the drawn line in the paragraph after ``starts``."""

    def fn(p: etree._Element) -> None:
        hits = 0
        for node in p.iter(f"{{{WP}}}extent", f"{{{A}}}ext"):
            if node.get("cx"):
                node.set("cx", str(round(int(node.get("cx", "0")) * factor)))
                hits += 1
        assert hits, f"no drawn line after {starts!r}"

    return on_rule_after(data, starts, fn)


def remove_borders(data: bytes, starts: str) -> bytes:
    """Remove the paragraph borders of the paragraphs starting with ``starts``."""

    def fn(root: etree._Element) -> None:
        for p in paragraphs(root, starts):
            _drop(_ppr(p), "pBdr")

    return edit(data, fn)


def set_text(data: bytes, starts: str, text: str) -> bytes:
    """Give the paragraphs starting with ``starts`` the text ``text`` (first run kept)."""

    def fn(root: etree._Element) -> None:
        for p in paragraphs(root, starts):
            nodes = list(p.iter(w("t")))
            nodes[0].text = text
            for node in nodes[1:]:
                node.text = ""

    return edit(data, fn)


def clear_paragraph(data: bytes, starts: str) -> bytes:
    """Remove every run of the paragraphs starting with ``starts`` (they stay, empty)."""

    def fn(root: etree._Element) -> None:
        for p in paragraphs(root, starts):
            for run in p.findall(w("r")):
                p.remove(run)

    return edit(data, fn)


def break_line(data: bytes, starts: str, before: str) -> bytes:
    """Put a line break (``w:br``) before the word ``before`` of the paragraph."""

    def fn(root: etree._Element) -> None:
        p = paragraphs(root, starts)[0]
        for node in p.iter(w("t")):
            text = node.text or ""
            if before in text:
                head, tail = text.split(before, 1)
                node.text = head.rstrip()
                run = node.getparent()
                assert run is not None
                br = etree.Element(w("br"))
                rest = etree.Element(w("t"))
                rest.text = before + tail
                rest.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                node.addnext(br)
                br.addnext(rest)
                return
        raise AssertionError(f"{before!r} not in {starts!r}")

    return edit(data, fn)


def insert_empty_after(data: bytes, starts: str) -> bytes:
    """Insert an empty paragraph after the one starting with ``starts``."""
    return edit(data, lambda root: paragraphs(root, starts)[0].addnext(etree.Element(w("p"))))


def move_paragraph(data: bytes, starts: str, after: str) -> bytes:
    """Move the paragraph starting with ``starts`` to just after the one starting ``after``."""

    def fn(root: etree._Element) -> None:
        p = paragraphs(root, starts)[0]
        parent = p.getparent()
        assert parent is not None
        parent.remove(p)
        if parent.tag == w("tc") and parent.find(w("p")) is None:
            parent.append(etree.Element(w("p")))
        paragraphs(root, after)[-1].addnext(p)

    return edit(data, fn)


def swap_cells(data: bytes, row: int | None = None, table: int = 0) -> bytes:
    """Swap the first two cells of each row (or of one row) of a table."""

    def fn(root: etree._Element) -> None:
        body = root.find(w("body"))
        assert body is not None
        grid = body.findall(w("tbl"))[table]
        for index, tr in enumerate(grid.findall(w("tr"))):
            if row is not None and index != row:
                continue
            cells = tr.findall(w("tc"))
            cells[0].addprevious(cells[1])

    return edit(data, fn)


def set_column_width(data: bytes, column: int, twips: int, table: int = 0) -> bytes:
    """Set the width of one column of a table (grid and cells)."""

    def fn(root: etree._Element) -> None:
        body = root.find(w("body"))
        assert body is not None
        grid = body.findall(w("tbl"))[table]
        cols = grid.findall(f"{w('tblGrid')}/{w('gridCol')}")
        cols[column].set(w("w"), str(twips))
        for tr in grid.findall(w("tr")):
            cell = tr.findall(w("tc"))[column]
            width = cell.find(f"{w('tcPr')}/{w('tcW')}")
            if width is not None:
                width.set(w("w"), str(twips))
                width.set(w("type"), "dxa")

    return edit(data, fn)


__all__ = [
    "W",
    "break_line",
    "clear_paragraph",
    "insert_empty_after",
    "move_paragraph",
    "on_rule_after",
    "remove_borders",
    "remove_rule_after",
    "rule_as_shape",
    "rule_as_underscores",
    "scale_shape_after",
    "set_column_width",
    "set_rule_after",
    "set_text",
    "swap_cells",
]
