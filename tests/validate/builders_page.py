"""Builders for the page, font, encoding and page-number cases (PG…, FT…, PN…).

Each edits the XML of a real package (ours or a corpus file) to break one rule.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from typing import Any

from lxml import etree

from tests.validate import builders as b
from tests.validate.builders import edit, paragraphs, w
from vnadmin_docs.render.docx import docx_bytes

TCVN3_MOTTO = "Céng hßa x· héi chñ nghÜa ViÖt Nam - §éc lËp - Tù do - H¹nh phóc"
"""The Quốc hiệu and Tiêu ngữ in TCVN3 bytes read as Windows-1252."""
VNI_MOTTO = "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam - Ñoäc laäp - Töï do - Haïnh phuùc"
"""The same in VNI bytes read as Windows-1252."""


@cache
def long_docx(standard: str = "nd30-2020") -> bytes:
    """Our compliant dispatch with its body four times over: several pages."""
    return docx_bytes(b.model(body=b.compliant_model().body * 4), standard)


def set_fonts(data: bytes, starts: str, part: str = "word/document.xml", **attrs: str) -> bytes:
    """Give every run of the paragraphs starting with ``starts`` exactly these ``w:rFonts``."""

    def apply(root: etree._Element) -> None:
        for p in paragraphs(root, starts):
            for r in p.iter(w("r")):
                rpr = r.find(w("rPr"))
                if rpr is None:
                    rpr = etree.Element(w("rPr"))
                    r.insert(0, rpr)
                for old in rpr.findall(w("rFonts")):
                    rpr.remove(old)
                fonts = etree.Element(w("rFonts"))
                for key, value in attrs.items():
                    fonts.set(w(key), value)
                rpr.insert(0, fonts)

    return edit(data, apply, part)


def _sections(root: etree._Element) -> list[etree._Element]:
    return list(root.iter(w("sectPr")))


def set_page_size(data: bytes, width_mm: float, height_mm: float) -> bytes:
    """Set every section's paper size."""

    def apply(root: etree._Element) -> None:
        for sect in _sections(root):
            size = sect.find(w("pgSz"))
            assert size is not None
            size.set(w("w"), str(round(width_mm * 1440 / 25.4)))
            size.set(w("h"), str(round(height_mm * 1440 / 25.4)))
            if width_mm > height_mm:
                size.set(w("orient"), "landscape")

    return edit(data, apply)


def landscape(data: bytes) -> bytes:
    """Turn every section to A4 landscape."""
    return set_page_size(data, 297, 210)


def drop_headers(data: bytes) -> bytes:
    """Remove every header and footer reference (no page numbers at all)."""

    def apply(root: etree._Element) -> None:
        for sect in _sections(root):
            for ref in [*sect.findall(w("headerReference")), *sect.findall(w("footerReference"))]:
                sect.remove(ref)

    return edit(data, apply)


def retype_references(data: bytes, old: str, new: str) -> bytes:
    """Change the type of the header and footer references of type ``old`` to ``new``."""

    def apply(root: etree._Element) -> None:
        for sect in _sections(root):
            for ref in [*sect.findall(w("headerReference")), *sect.findall(w("footerReference"))]:
                if ref.get(w("type")) == old:
                    ref.set(w("type"), new)

    return edit(data, apply)


def drop_title_page(data: bytes) -> bytes:
    """Switch off "different first page" in every section."""

    def apply(root: etree._Element) -> None:
        for sect in _sections(root):
            for title in sect.findall(w("titlePg")):
                sect.remove(title)

    return edit(data, apply)


def set_page_start(data: bytes, start: int | None, first_only: bool = False) -> bytes:
    """Set (or with ``None`` remove) the numbering start of the sections."""

    def apply(root: etree._Element) -> None:
        sections = _sections(root)
        for sect in sections[:1] if first_only else sections:
            numbering = sect.find(w("pgNumType"))
            if start is None:
                if numbering is not None:
                    numbering.attrib.pop(w("start"), None)
                continue
            if numbering is None:
                numbering = etree.SubElement(sect, w("pgNumType"))
            numbering.set(w("start"), str(start))

    return edit(data, apply)


def set_field(data: bytes, part: str, old: str, new: str) -> bytes:
    """Rewrite a field instruction (``w:instrText`` or ``w:fldSimple``)."""

    def apply(root: etree._Element) -> None:
        hits = 0
        for instr in root.iter(w("instrText")):
            if instr.text and old in instr.text:
                instr.text = instr.text.replace(old, new)
                hits += 1
        for simple in root.iter(w("fldSimple")):
            if old in (simple.get(w("instr")) or ""):
                simple.set(w("instr"), (simple.get(w("instr")) or "").replace(old, new))
                hits += 1
        assert hits, f"no field {old!r} in {part}"

    return edit(data, apply, part)


def decompose(data: bytes, starts: str, part: str = "word/document.xml") -> bytes:
    """Write the paragraphs' Vietnamese letters as base letters plus combining marks (NFD)."""

    def apply(root: etree._Element) -> None:
        for p in paragraphs(root, starts):
            for t in p.iter(w("t")):
                if t.text:
                    t.text = unicodedata.normalize("NFD", t.text)

    return edit(data, apply, part)


def set_text(data: bytes, starts: str, text: str, part: str = "word/document.xml") -> bytes:
    """Replace the whole text of the first paragraph starting with ``starts``."""

    def apply(root: etree._Element) -> None:
        p = paragraphs(root, starts)[0]
        texts = list(p.iter(w("t")))
        texts[0].text = text
        for t in texts[1:]:
            t.text = ""

    return edit(data, apply, part)


def declare_style_font(data: bytes, font: str) -> bytes:
    """Add an unused character style that names ``font`` (a font declared but not applied)."""

    def apply(root: etree._Element) -> None:
        style = etree.SubElement(root, w("style"))
        style.set(w("type"), "character")
        style.set(w("styleId"), "LegacyFont")
        name = etree.SubElement(style, w("name"))
        name.set(w("val"), "Legacy font")
        rpr = etree.SubElement(style, w("rPr"))
        fonts = etree.SubElement(rpr, w("rFonts"))
        for slot in ("ascii", "hAnsi"):
            fonts.set(w(slot), font)

    return edit(data, apply, "word/styles.xml")


def corpus_edit(name: str, fn: Any, *args: Any, **kwargs: Any) -> bytes:
    """Apply a builder to a corpus file."""
    result: bytes = fn(b.corpus(name), *args, **kwargs)
    return result
