"""Inputs for the rule cases: compliant documents, and ways to break them one rule at a time.

Every builder returns a model or .docx bytes; the edits work on the XML of a real package
(ours, or a Word/LibreOffice-saved file of the shared corpus, read in place).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from functools import cache
from typing import Any

from lxml import etree

import vnadmin_docs as vn
from tests.conftest import EXAMPLE_YAML, RICH_YAML
from tests.support.shared import require_shared
from vnadmin_docs.render.docx import docx_bytes

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML = "http://www.w3.org/XML/1998/namespace"


def w(name: str) -> str:
    return f"{{{W}}}{name}"


@cache
def kontum_model() -> vn.OfficialDispatch:
    document = vn.load(EXAMPLE_YAML)
    assert isinstance(document, vn.OfficialDispatch)
    return document


@cache
def rich_model() -> vn.OfficialDispatch:
    document = vn.loads(RICH_YAML)
    assert isinstance(document, vn.OfficialDispatch)
    return document


def compliant_model() -> vn.OfficialDispatch:
    """The Kon Tum dispatch with its four real deviations mended: it breaks no rule."""
    kontum = kontum_model()
    lines = [line.model_copy(update={"printed": None}) for line in kontum.signature.lines]
    return kontum.model_copy(
        update={
            "number": kontum.number.model_copy(update={"printed": None}),
            "signature": kontum.signature.model_copy(update={"lines": tuple(lines)}),
            "distribution": kontum.distribution.model_copy(update={"drafter": "NL"}),
            "date": kontum.date.replace(year=2021),
        }
    )


@cache
def compliant_docx(standard: str = "nd30-2020") -> bytes:
    return docx_bytes(compliant_model(), standard)


@cache
def rich_docx(standard: str = "nd30-2020") -> bytes:
    return docx_bytes(rich_model(), standard)


@cache
def corpus(name: str) -> bytes:
    return (require_shared("corpus/docx") / name).read_bytes()


QD_CORPUS = "vbai__QD_phe_duyet_Dieu_le_Hiep_hoi_Doanh_nghiep_tinh_25-30.docx"
TTR_CORPUS = "vbai__2114_SNV_To_trinh_cong_nhan_ket_qua_Dai_hoi_va_phe_duyet_Dieu_le_Hiep_hoi_Doanh_nghiep_tinh.docx"
CV_CORPUS = "vbai__CV_xin_y_kien_ngoai_Bo.docx"


def edit(
    data: bytes, fn: Callable[[etree._Element], Any], part: str = "word/document.xml"
) -> bytes:
    """Return ``data`` with ``fn`` applied to the root of one XML part."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == part:
                root = etree.fromstring(content)
                fn(root)
                content = etree.tostring(
                    root, xml_declaration=True, encoding="UTF-8", standalone=True
                )
            target.writestr(info, content)
    return out.getvalue()


def text_of(p: etree._Element) -> str:
    return "".join(t.text or "" for t in p.iter(w("t")))


def paragraphs(root: etree._Element, starts: str) -> list[etree._Element]:
    found = [p for p in root.iter(w("p")) if " ".join(text_of(p).split()).startswith(starts)]
    assert found, f"no paragraph starts with {starts!r}"
    return found


def _props(parent: etree._Element, tag: str) -> etree._Element:
    props = parent.find(w(tag))
    if props is None:
        props = etree.Element(w(tag))
        parent.insert(0, props)
    return props


def _set(props: etree._Element, name: str, attrs: dict[str, str] | None) -> None:
    for old in props.findall(w(name)):
        props.remove(old)
    if attrs is not None:
        element = etree.SubElement(props, w(name))
        for key, value in attrs.items():
            element.set(w(key), value)


def set_runs(data: bytes, starts: str, part: str = "word/document.xml", **changes: Any) -> bytes:
    """Set direct run formatting on every run of the paragraphs starting with ``starts``.

    ``size`` (pt), ``bold``, ``italic``, ``underline``, ``font`` (all four slots),
    ``ascii_font`` (only the ascii slot, with an East-Asian hint), ``color``.
    """

    def apply(root: etree._Element) -> None:
        for p in paragraphs(root, starts):
            for r in p.iter(w("r")):
                rpr = _props(r, "rPr")
                if "size" in changes:
                    _set(rpr, "sz", {"val": str(round(changes["size"] * 2))})
                for key in ("bold", "italic"):
                    if key in changes:
                        _set(rpr, key[0], {"val": "1" if changes[key] else "0"})
                if "underline" in changes:
                    _set(rpr, "u", {"val": "single" if changes["underline"] else "none"})
                if "font" in changes:
                    name = changes["font"]
                    _set(
                        rpr, "rFonts", {"ascii": name, "hAnsi": name, "eastAsia": name, "cs": name}
                    )
                if "ascii_font" in changes:
                    _set(
                        rpr,
                        "rFonts",
                        {
                            "ascii": changes["ascii_font"],
                            "hAnsi": changes["ascii_font"],
                            "eastAsia": "SimSun",
                            "hint": "eastAsia",
                        },
                    )
                if "color" in changes:
                    _set(rpr, "color", {"val": changes["color"]})
                _reorder(rpr)

    return edit(data, apply, part)


_RPR_ORDER = [
    "rStyle",
    "rFonts",
    "b",
    "bCs",
    "i",
    "iCs",
    "caps",
    "color",
    "sz",
    "szCs",
    "u",
    "lang",
]


def _reorder(rpr: etree._Element) -> None:
    children = sorted(
        rpr,
        key=lambda c: (
            _RPR_ORDER.index(etree.QName(c).localname)
            if etree.QName(c).localname in _RPR_ORDER
            else 99
        ),
    )
    for child in children:
        rpr.append(child)


def set_paragraph(
    data: bytes, starts: str, part: str = "word/document.xml", **changes: Any
) -> bytes:
    """Set direct paragraph formatting: ``align`` (jc value), ``first_line``, ``after``,
    ``before``, ``line`` (with ``line_rule``), in twips."""

    def apply(root: etree._Element) -> None:
        for p in paragraphs(root, starts):
            ppr = _props(p, "pPr")
            if "align" in changes:
                _set(ppr, "jc", {"val": changes["align"]})
            if "first_line" in changes:
                _set(ppr, "ind", {"firstLine": str(changes["first_line"])})
            spacing = {k: str(changes[k]) for k in ("before", "after", "line") if k in changes}
            if spacing:
                if "line" in changes:
                    spacing["lineRule"] = changes.get("line_rule", "auto")
                _set(ppr, "spacing", spacing)
            order = ["pStyle", "pBdr", "spacing", "ind", "jc", "rPr", "sectPr"]
            for child in sorted(
                ppr,
                key=lambda c: (
                    order.index(etree.QName(c).localname)
                    if etree.QName(c).localname in order
                    else 50
                ),
            ):
                ppr.append(child)

    return edit(data, apply, part)


def replace_text(data: bytes, old: str, new: str, part: str = "word/document.xml") -> bytes:
    """Replace ``old`` by ``new`` inside the text nodes that hold it."""

    def apply(root: etree._Element) -> None:
        hits = 0
        for t in root.iter(w("t")):
            if t.text and old in t.text:
                t.text = t.text.replace(old, new)
                hits += 1
        assert hits, f"{old!r} not found"

    return edit(data, apply, part)


def set_margin(data: bytes, side: str, mm: float) -> bytes:
    def apply(root: etree._Element) -> None:
        for margins in root.iter(w("pgMar")):
            margins.set(w(side), str(round(mm * 1440 / 25.4)))

    return edit(data, apply)


def model(**update: Any) -> vn.OfficialDispatch:
    """The compliant dispatch with some fields replaced."""
    return compliant_model().model_copy(update=update)


def set_case(data: bytes, starts: str, to_upper: bool, part: str = "word/document.xml") -> bytes:
    """Upper- or lower-case the text of the paragraphs starting with ``starts``."""

    def apply(root: etree._Element) -> None:
        for p in paragraphs(root, starts):
            for t in p.iter(w("t")):
                if t.text:
                    t.text = (
                        vn.vietnamese.upper(t.text) if to_upper else vn.vietnamese.lower(t.text)
                    )

    return edit(data, apply, part)
