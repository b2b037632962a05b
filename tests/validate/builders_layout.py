"""Edits for the layout rules' cases (RL012, HD013, BD012, MK008–MK011, PG008, PG009).

Each helper takes .docx bytes and returns edited bytes. They reproduce, on our own files and
on real files of the corpus, the layout faults of issue 9: rules that hug the text, marks in
boxes that span a column, two marks in one box, an ô 11 box that pushes the Quốc hiệu down,
contact lines in the wrong footer.
"""

from __future__ import annotations

import copy
import io
import zipfile
from collections.abc import Callable

from lxml import etree

import vnadmin_docs as vn
from tests.validate.builders import W, compliant_model, corpus, edit, paragraphs, text_of, w
from tests.validate.builders_header import _after
from vnadmin_docs.metrics import text_width_twips, wrap_lines
from vnadmin_docs.render.docx import docx_bytes

R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
TWIPS_PER_MM = 1440 / 25.4
P3 = "vanbanplus__Phuluc3.docx"

SUBJECT_200 = (
    "Về việc phê duyệt kế hoạch triển khai thực hiện chương trình chuyển đổi số, cải cách "
    "hành chính và nâng cao chất lượng phục vụ người dân, các doanh nghiệp trên địa bàn tỉnh "
    "Kon Tum giai đoạn 2026-2030"
)
"""A trích yếu of 200 characters: wider than the text area, it wraps onto two lines."""


# ----------------------------------------------------------------------------- XML helpers


def _ppr(p: etree._Element) -> etree._Element:
    ppr = p.find(w("pPr"))
    if ppr is None:
        ppr = etree.Element(w("pPr"))
        p.insert(0, ppr)
    return ppr


_PPR_ORDER = ["pStyle", "keepNext", "pageBreakBefore", "pBdr", "spacing", "ind", "jc", "rPr",
              "sectPr"]  # fmt: skip


def _put(ppr: etree._Element, child: etree._Element) -> None:
    """Replace ``child``'s kind in ``pPr`` and keep the schema's order."""
    for old in ppr.findall(child.tag):
        ppr.remove(old)
    ppr.append(child)
    for item in sorted(ppr, key=lambda c: _PPR_ORDER.index(etree.QName(c).localname)
                       if etree.QName(c).localname in _PPR_ORDER else 50):  # fmt: skip
        ppr.append(item)


def _element(tag: str, **attrs: str) -> etree._Element:
    element = etree.Element(w(tag))
    for key, value in attrs.items():
        element.set(w(key), value)
    return element


def _borders(*sides: str, space_tb: int = 1, space_lr: int = 4) -> etree._Element:
    box = etree.Element(w("pBdr"))
    for side in sides:
        space = space_tb if side in ("top", "bottom") else space_lr
        box.append(_element(side, val="single", sz="6", space=str(space), color="000000"))
    return box


def _table_of(root: etree._Element, words: str) -> etree._Element:
    """The innermost table holding a paragraph that reads ``words``."""
    p = next(p for p in root.iter(w("p")) if " ".join(text_of(p).split()) == words)
    table = next(a for a in p.iterancestors() if a.tag == w("tbl"))
    return table


def _mark_paragraph(words: str, bordered: bool) -> etree._Element:
    p = etree.Element(w("p"))
    ppr = _ppr(p)
    if bordered:
        _put(ppr, _borders("top", "left", "bottom", "right"))
    _put(ppr, _element("jc", val="center"))
    run = etree.SubElement(p, w("r"))
    rpr = etree.SubElement(run, w("rPr"))
    etree.SubElement(rpr, w("b"))
    etree.SubElement(rpr, w("sz")).set(w("val"), "26")
    text = etree.SubElement(run, w("t"))
    text.text = words
    return p


def _mark_table(words: str, width_mm: float, height_mm: float) -> etree._Element:
    """A 1×1 bordered table holding ``words``, ``width_mm`` wide, its row exactly so high."""
    width = str(round(width_mm * TWIPS_PER_MM))
    table = etree.Element(w("tbl"))
    tblpr = etree.SubElement(table, w("tblPr"))
    tblpr.append(_element("tblW", w=width, type="dxa"))
    tblpr.append(_element("jc", val="center"))
    borders = etree.SubElement(tblpr, w("tblBorders"))
    for side in ("top", "left", "bottom", "right"):
        borders.append(_element(side, val="single", sz="6", space="0", color="000000"))
    tblpr.append(_element("tblLayout", type="fixed"))
    margins = etree.SubElement(tblpr, w("tblCellMar"))
    for side in ("top", "left", "bottom", "right"):
        margins.append(_element(side, w="0", type="dxa"))
    grid = etree.SubElement(table, w("tblGrid"))
    grid.append(_element("gridCol", w=width))
    row = etree.SubElement(table, w("tr"))
    trpr = etree.SubElement(row, w("trPr"))
    trpr.append(_element("trHeight", val=str(round(height_mm * TWIPS_PER_MM)), hRule="exact"))
    cell = etree.SubElement(row, w("tc"))
    tcpr = etree.SubElement(cell, w("tcPr"))
    tcpr.append(_element("tcW", w=width, type="dxa"))
    tcpr.append(_element("vAlign", val="center"))
    cell.append(_mark_paragraph(words, bordered=False))
    return table


# ----------------------------------------------------------------------------- rules (RL012)


def set_rule_spacing(data: bytes, starts: str, before: int, side: str = "before") -> bytes:
    """Set the space ``side`` (twips; before or after) of the rule paragraph after ``starts``."""

    def fn(root: etree._Element) -> None:
        ppr = _ppr(_after(root, starts))
        spacing = ppr.find(w("spacing"))
        if spacing is None:
            spacing = _element("spacing")
            _put(ppr, spacing)
        spacing.set(w(side), str(before))

    return edit(data, fn)


def rule_as_bottom_border(data: bytes, starts: str, space_pt: int) -> bytes:
    """Draw the rule under ``starts`` as its paragraph's bottom border ``space_pt`` away."""

    def fn(root: etree._Element) -> None:
        rule = _after(root, starts)
        for old in _ppr(rule).findall(w("pBdr")):
            _ppr(rule).remove(old)
        text = paragraphs(root, starts)[0]
        box = etree.Element(w("pBdr"))
        box.append(_element("bottom", val="single", sz="6", space=str(space_pt), color="000000"))
        _put(_ppr(text), box)

    return edit(data, fn)


def decree_sample(label: str) -> bytes:
    """One sample of the decree's Phụ lục III (``Mẫu 1.1`` …) as a document of its own.

    The body keeps the sample's own elements, from under its heading ("Mẫu 1.1 - …") to the
    table of notes (Ghi chú); styles, settings and the page setup are the file's.
    """

    def fn(root: etree._Element) -> None:
        body = root.find(w("body"))
        assert body is not None
        kids = list(body)
        start = next(i for i, el in enumerate(kids) if el.tag == w("p")
                     and text_of(el).strip().startswith(label + " -"))  # fmt: skip
        end = next(i for i, el in enumerate(kids[start + 1 :], start + 1)
                   if (el.tag == w("tbl") and "Ghi chú" in text_of(el))
                   or (el.tag == w("p") and text_of(el).strip().startswith("Mẫu ")))  # fmt: skip
        keep = kids[start + 1 : end]
        section = body.find(w("sectPr"))
        for el in kids:
            body.remove(el)
        for el in keep:
            body.append(el)
        if section is not None:
            body.append(section)

    return edit(corpus(P3), fn)


def typed_model(subject: str = SUBJECT_200) -> vn.TypedDocument:
    """Our compliant document as a quyết định with the given subject (trích yếu)."""
    data = compliant_model().model_dump(exclude={"type", "recipients", "subject"})
    return vn.TypedDocument.model_validate(
        {**data, "type": vn.DocumentType.QUYET_DINH, "subject": [subject]}
    )


def typed_docx(subject: str = SUBJECT_200) -> bytes:
    return docx_bytes(typed_model(subject))


def subject_rule_fraction(data: bytes, subject_starts: str, fraction: float) -> bytes:
    """Set the border rule under the subject to ``fraction`` of its longest printed line.

    ``fraction`` of the text width when it is above 1 (a rule of the whole width: 1.0001).
    """

    def fn(root: etree._Element) -> None:
        section = root.find(f"{w('body')}/{w('sectPr')}")
        assert section is not None
        margins = section.find(w("pgMar"))
        size = section.find(w("pgSz"))
        assert margins is not None and size is not None
        width = (
            int(size.get(w("w"), "0"))
            - int(margins.get(w("left"), "0"))
            - int(margins.get(w("right"), "0"))
        )
        text = paragraphs(root, subject_starts)[0]
        lines = []
        for line in "".join(t.text or "" if t.tag == w("t") else "\n"
                            for t in text.iter(w("t"), w("br"))).split("\n"):  # fmt: skip
            lines += wrap_lines(" ".join(line.split()), width, 14, bold=True)
        longest = max(text_width_twips(line, 14, bold=True) for line in lines)
        length = width if fraction > 1 else round(longest * fraction)
        indent = str(max((width - length) // 2, 0))
        rule = _after(root, subject_starts)
        ind = _element("ind", left=indent, right=indent)
        _put(_ppr(rule), ind)

    return edit(data, fn)


# ----------------------------------------------------------------------------- marks


def mark_as_bordered_paragraph(data: bytes, words: str, *, spacer: bool = True) -> bytes:
    """Replace the 1×1 table of a mark by a paragraph bordered on four sides, as wide as
    its column (the old renderer's boxes); ``spacer=False`` also drops the spacer paragraph
    before it, so that two such marks touch."""

    def fn(root: etree._Element) -> None:
        table = _table_of(root, words)
        previous = table.getprevious()
        table.addprevious(_mark_paragraph(words, bordered=True))
        parent = table.getparent()
        assert parent is not None
        parent.remove(table)
        if (
            not spacer
            and previous is not None
            and previous.tag == w("p")
            and not text_of(previous).strip()
        ):
            parent.remove(previous)

    return edit(data, fn)


def resize_mark_table(data: bytes, words: str, width_mm: float, height_mm: float) -> bytes:
    """Give the 1×1 table of a mark another width and row height."""
    width = str(round(width_mm * TWIPS_PER_MM))

    def fn(root: etree._Element) -> None:
        table = _table_of(root, words)
        for node in table.iter(w("tblW"), w("tcW"), w("gridCol")):
            node.set(w("w"), width)
        for node in table.iter(w("trHeight")):
            node.set(w("val"), str(round(height_mm * TWIPS_PER_MM)))

    return edit(data, fn)


def unbox_mark(data: bytes, words: str) -> bytes:
    """Take every border off a mark: its paragraph's, and its own table's if it has one."""

    def fn(root: etree._Element) -> None:
        p = next(p for p in root.iter(w("p")) if " ".join(text_of(p).split()) == words)
        for box in p.iter(w("pBdr")):
            box.getparent().remove(box)
        table = next((a for a in p.iterancestors() if a.tag == w("tbl")), None)
        if table is not None and len(list(table.iter(w("tc")))) == 1:
            for box in list(table.iter(w("tblBorders"), w("tcBorders"))):
                box.getparent().remove(box)

    return edit(data, fn)


def move_mark_table(data: bytes, words: str, before: str) -> bytes:
    """Move the 1×1 table of a mark to just before the paragraph starting with ``before``."""

    def fn(root: etree._Element) -> None:
        table = _table_of(root, words)
        parent = table.getparent()
        assert parent is not None
        parent.remove(table)
        if parent.tag == w("tc") and parent.find(w("p")) is None:
            parent.append(etree.Element(w("p")))
        paragraphs(root, before)[0].addprevious(table)

    return edit(data, fn)


def circulation_to_left_cell(data: bytes) -> bytes:
    """Swap the cells of ô 11's own first row: the box in the agency's column."""

    def fn(root: etree._Element) -> None:
        table = _table_of(root, "XEM XONG TRẢ LẠI")
        cell = table.getparent()
        row = cell.getparent() if cell is not None else None
        assert cell is not None and row is not None
        left = row.findall(w("tc"))[0]
        for child in [c for c in cell if c.tag != w("tcPr")]:
            cell.remove(child)
            left.append(child)
        for child in [c for c in left if c.tag == w("p") and not text_of(c).strip()][:1]:
            left.remove(child)
        cell.append(etree.Element(w("p")))

    return edit(data, fn)


def circulation_above_name(data: bytes) -> bytes:
    """Move ô 11 from its own first row into the Quốc hiệu's cell, above the Quốc hiệu."""

    def fn(root: etree._Element) -> None:
        table = _table_of(root, "XEM XONG TRẢ LẠI")
        cell = table.getparent()
        row = cell.getparent() if cell is not None else None
        assert row is not None
        header = row.getparent()
        assert header is not None
        name = next(p for p in header.iter(w("p")) if text_of(p).startswith("CỘNG HÒA"))
        name.addprevious(table)
        header.remove(row)

    return edit(data, fn)


def add_mark(data: bytes, after: str, words: str, *, table: tuple[float, float] | None = None,
             bordered: bool = True) -> bytes:  # fmt: skip
    """Put a mark in the cell of the paragraph starting with ``after``, under it: a 1×1
    table of ``table`` = (width, height) mm, or a (bordered) paragraph."""

    def fn(root: etree._Element) -> None:
        anchor = paragraphs(root, after)[0]
        if table is None:
            anchor.addnext(_mark_paragraph(words, bordered))
        else:
            spacer = etree.Element(w("p"))
            anchor.addnext(spacer)
            spacer.addnext(_mark_table(words, *table))
            cell = anchor.getparent()
            if cell is not None and cell.tag == w("tc") and cell[-1].tag == w("tbl"):
                cell.append(etree.Element(w("p")))  # a cell ends with a paragraph

    return edit(data, fn)


def add_circulation(data: bytes, words: str, *, own_row: bool) -> bytes:
    """Put an ô 11 box in a real file's header table: in a first row of its own (the left
    cell empty), or as a bordered paragraph above the Quốc hiệu in its cell."""

    def fn(root: etree._Element) -> None:
        body = root.find(w("body"))
        assert body is not None
        header = body.find(w("tbl"))
        assert header is not None
        name = next(p for p in header.iter(w("p")) if text_of(p).strip().startswith("CỘNG HÒA"))
        if not own_row:
            name.addprevious(_mark_paragraph(words, bordered=True))
            return
        first = header.find(w("tr"))
        assert first is not None
        row = copy.deepcopy(first)
        for trpr in row.findall(w("trPr")):
            row.remove(trpr)
        cells = row.findall(w("tc"))
        for cell in cells:
            for child in list(cell):
                if child.tag != w("tcPr"):
                    cell.remove(child)
            cell.append(etree.Element(w("p")))
        column = next(i for i, tc in enumerate(first.findall(w("tc"))) if name in tc.iter())
        target = cells[column]
        target.insert(len(target) - 1, _mark_table(words, 52, 8))
        first.addprevious(row)

    return edit(data, fn)


# ----------------------------------------------------------------------------- footers


def _sections(root: etree._Element) -> list[etree._Element]:
    return list(root.iter(w("sectPr")))


def retype_footer(data: bytes, rel: str, new: str) -> bytes:
    """Change the type of the footer references to ``rel`` (``rIdFirstFooter``) to ``new``."""

    def fn(root: etree._Element) -> None:
        for ref in root.iter(w("footerReference")):
            if ref.get(f"{{{R}}}id") == rel:
                ref.set(w("type"), new)

    return edit(data, fn)


def drop_footer_references(data: bytes, rel: str) -> bytes:
    """Remove the footer references to ``rel`` (sections then inherit the previous one's)."""

    def fn(root: etree._Element) -> None:
        for ref in list(root.iter(w("footerReference"))):
            if ref.get(f"{{{R}}}id") == rel:
                parent = ref.getparent()
                assert parent is not None
                parent.remove(ref)

    return edit(data, fn)


def set_contact(data: bytes, part: str = "word/footer2.xml", **changes: int) -> bytes:
    """Indent the contact paragraph (``left``, ``right`` in twips) or (``border=0``) take
    its rule off."""

    def fn(root: etree._Element) -> None:
        p = next(p for p in root.iter(w("p")) if "ĐT:" in text_of(p) or "E-mail" in text_of(p))
        ppr = _ppr(p)
        if changes.get("border", 1) == 0:
            for box in ppr.findall(w("pBdr")):
                ppr.remove(box)
        if "left" in changes or "right" in changes:
            _put(ppr, _element("ind", left=str(changes.get("left", 0)),
                               right=str(changes.get("right", 0))))  # fmt: skip

    return edit(data, fn, part)


CONTACT_LINES = (
    "Số 01 đường Nguyễn Tất Thành, thành phố Phan Thiết; ĐT: 0252.3822 000",
    "E-mail: vpubnd@binhthuan.gov.vn; Website: binhthuan.gov.vn",
)


def add_footer(
    data: bytes, kind: str, *, indent: int = 0, rule: bool = True, only_first: bool = False
) -> bytes:
    """Add a footer of ``kind`` (``first``, ``default``) with contact lines to every section
    of a real file (``only_first``: to the first section only, the others inheriting it);
    ``first`` also turns on "different first page" in every section."""
    source = zipfile.ZipFile(io.BytesIO(data))
    names = source.namelist()
    number = 1
    while f"word/footer{number}.xml" in names:
        number += 1
    part = f"word/footer{number}.xml"
    ppr = ""
    if rule:
        ppr += ('<w:pBdr><w:top w:val="single" w:sz="6" w:space="1" w:color="000000"/>'
                "</w:pBdr>")  # fmt: skip
    ppr += f'<w:ind w:left="{indent}" w:right="{indent}"/><w:jc w:val="center"/>'
    runs = "".join(
        ("<w:r><w:br/></w:r>" if i else "")
        + f'<w:r><w:rPr><w:sz w:val="22"/></w:rPr><w:t xml:space="preserve">{line}</w:t></w:r>'
        for i, line in enumerate(CONTACT_LINES)
    )
    footer = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr xmlns:w="{W}">'
              f"<w:p><w:pPr>{ppr}</w:pPr>{runs}</w:p></w:ftr>").encode()  # fmt: skip
    rid = "rIdLayoutFooter"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "[Content_Types].xml":
                root = etree.fromstring(content)
                override = etree.SubElement(root, f"{{{CT}}}Override")
                override.set("PartName", f"/{part}")
                override.set("ContentType", "application/vnd.openxmlformats-officedocument."
                             "wordprocessingml.footer+xml")  # fmt: skip
                content = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                         standalone=True)  # fmt: skip
            elif info.filename == "word/_rels/document.xml.rels":
                root = etree.fromstring(content)
                rel = etree.SubElement(root, f"{{{PKG}}}Relationship")
                rel.set("Id", rid)
                rel.set("Type", f"{R}/footer")
                rel.set("Target", part.removeprefix("word/"))
                content = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                         standalone=True)  # fmt: skip
            elif info.filename == "word/document.xml":
                root = etree.fromstring(content)
                for index, section in enumerate(_sections(root)):
                    for old in section.findall(w("footerReference")):
                        if old.get(w("type"), "default") == kind:
                            section.remove(old)
                    if index == 0 or not only_first:
                        ref = _element("footerReference", type=kind)
                        ref.set(f"{{{R}}}id", rid)
                        section.insert(0, ref)
                    if kind == "first" and section.find(w("titlePg")) is None:
                        section.append(_element("titlePg"))
                content = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                         standalone=True)  # fmt: skip
            target.writestr(info, content)
        target.writestr(part, footer)
    return out.getvalue()


def on(source: Callable[[], bytes], fn: Callable[[bytes], bytes]) -> Callable[[], bytes]:
    return lambda: fn(source())


__all__ = [
    "CONTACT_LINES",
    "SUBJECT_200",
    "add_circulation",
    "add_footer",
    "add_mark",
    "circulation_above_name",
    "circulation_to_left_cell",
    "decree_sample",
    "drop_footer_references",
    "mark_as_bordered_paragraph",
    "move_mark_table",
    "on",
    "resize_mark_table",
    "retype_footer",
    "rule_as_bottom_border",
    "set_contact",
    "set_rule_spacing",
    "set_subject_rule_shape",
    "subject_rule_fraction",
    "typed_docx",
    "typed_model",
    "unbox_mark",
]


def set_subject_rule_shape(data: bytes, first: str, last: str, fraction: float) -> bytes:
    """Size the line shape under a real file's subject: ``fraction`` of the subject's longest
    printed line (wrapped in the text width), or the whole text width when above 1."""
    from vnadmin_docs.ooxml.read import read_docx

    info = read_docx(data)
    width = info.sections[0].text_width
    subject = []
    inside = False
    for p in info.paragraphs:
        inside = inside or p.visible_text.startswith(first)
        if inside:
            subject.append(p)
        if inside and p.visible_text.startswith(last):
            break
    longest = 0
    for p in subject:
        size, bold = float(p.size or 14), bool(p.bold)
        for line in wrap_lines(p.visible_text, width - p.left - p.right, size, bold=bold):
            longest = max(longest, text_width_twips(line, size, bold=bold))
    twips = width if fraction > 1 else longest * fraction
    cx = str(round(twips / TWIPS_PER_MM * 36000))
    wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
    a = "http://schemas.openxmlformats.org/drawingml/2006/main"

    def fn(root: etree._Element) -> None:
        rule = _after(root, last)
        for node in rule.iter(f"{{{wp}}}extent", f"{{{a}}}ext"):
            if node.get("cx") is not None:
                node.set("cx", cx)

    return edit(data, fn)
