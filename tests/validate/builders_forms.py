"""Inputs for the form rules (FO…): our rendered examples of each form, and edits of them.

Each edit takes .docx bytes and returns edited bytes. The paragraphs are found by the style
our renderer names them with (``Enacting``, ``Addressed``, ``CopyKind``…) and, where a style
holds several, by the fixed words of the form's row in ``templates/forms.toml``, so that the
edits follow the examples when their wording changes.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from functools import cache

from lxml import etree

import vnadmin_docs as vn
from tests.conftest import REPO
from tests.validate.builders import corpus, edit, text_of, w
from vnadmin_docs.render.docx import docx_bytes
from vnadmin_docs.templates import form_layout

FORMS = REPO / "examples" / "forms"
QD_REAL = "tdkt__1668482344_bienban.docx"
"""Despite its name, a quyết định (tặng Bằng khen, Chủ tịch UBND tỉnh Quảng Bình, 10/2022)."""
QD_VBAI = "vbai__QD_phe_duyet_Dieu_le_Hiep_hoi_Doanh_nghiep_tinh_25-30.docx"
QD_2018 = "csdlgia2018__KNTC1570419955_1.docx"
BB_PARTIES = "motcuasn__Bien_ban_hop_THUB_2009.docx"


@cache
def example_model(name: str) -> vn.Document:
    return vn.load(FORMS / f"{name}.yaml")


@cache
def example(name: str) -> bytes:
    """Our example of a form, rendered (``quyet_dinh``, ``ban_sao_y``…)."""
    return docx_bytes(example_model(name))


def of(name: str, *edits: Callable[[bytes], bytes]) -> Callable[[], bytes]:
    """A builder: the example ``name`` with ``edits`` applied in turn."""

    def build() -> bytes:
        data = example(name)
        for change in edits:
            data = change(data)
        return data

    return build


def real(name: str, *edits: Callable[[bytes], bytes]) -> Callable[[], bytes]:
    """A builder: the corpus file ``name`` with ``edits`` applied in turn."""

    def build() -> bytes:
        data = corpus(name)
        for change in edits:
            data = change(data)
        return data

    return build


def text(form: str, role: str) -> str:
    """The fixed words a form prints for ``role`` (``Thời gian:``)."""
    return form_layout(form).text(role)


# ----------------------------------------------------------------------------- XML edits


def _style(p: etree._Element) -> str | None:
    style = p.find(f"{w('pPr')}/{w('pStyle')}")
    return None if style is None else style.get(w("val"))


def _words(p: etree._Element) -> str:
    return " ".join(text_of(p).split())


def _pick(root: etree._Element, style: str | None, starts: str, nth: int | None) -> list:
    found = [
        p
        for p in root.iter(w("p"))
        if (style is None or _style(p) == style) and _words(p).startswith(starts)
    ]
    assert found, f"no paragraph of style {style!r} starting with {starts!r}"
    return found if nth is None else [found[nth]]


def drop(style: str | None, starts: str = "", nth: int | None = None) -> Callable[[bytes], bytes]:
    """Remove the paragraphs of ``style`` whose text starts with ``starts``."""

    def apply(root: etree._Element) -> None:
        for p in _pick(root, style, starts, nth):
            p.getparent().remove(p)

    return lambda data: edit(data, apply)


def retext(
    style: str | None, new: str, starts: str = "", nth: int | None = 0
) -> Callable[[bytes], bytes]:
    """Set the text of a paragraph (its first run takes it all, the others are emptied)."""

    def apply(root: etree._Element) -> None:
        for p in _pick(root, style, starts, nth):
            texts = list(p.iter(w("t")))
            assert texts, "a paragraph without text"
            texts[0].text = new
            texts[0].set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            for t in texts[1:]:
                t.text = ""
            for br in list(p.iter(w("br"))):
                br.getparent().remove(br)

    return lambda data: edit(data, apply)


def replace(old: str, new: str, style: str | None = None) -> Callable[[bytes], bytes]:
    """Replace ``old`` by ``new`` in the text nodes (of paragraphs of ``style``) holding it."""

    def apply(root: etree._Element) -> None:
        hits = 0
        for p in root.iter(w("p")):
            if style is not None and _style(p) != style:
                continue
            for t in p.iter(w("t")):
                if t.text and old in t.text:
                    t.text = t.text.replace(old, new)
                    hits += 1
        assert hits, f"{old!r} not found"

    return lambda data: edit(data, apply)


def restyle(
    style: str | None, starts: str = "", *, align: str | None = None, bold: bool | None = None
) -> Callable[[bytes], bytes]:
    """Set direct alignment (``jc``) or weight on the paragraphs of ``style``."""

    def apply(root: etree._Element) -> None:
        for p in _pick(root, style, starts, None):
            ppr = p.find(w("pPr"))
            if ppr is None:
                ppr = etree.SubElement(p, w("pPr"))
                p.insert(0, ppr)
            if align is not None:
                for old in ppr.findall(w("jc")):
                    ppr.remove(old)
                jc = etree.Element(w("jc"))
                jc.set(w("val"), align)
                tail = ppr.find(w("rPr"))
                if tail is None:
                    ppr.append(jc)
                else:
                    tail.addprevious(jc)
            if bold is not None:
                for r in p.iter(w("r")):
                    rpr = r.find(w("rPr"))
                    if rpr is None:
                        rpr = etree.Element(w("rPr"))
                        r.insert(0, rpr)
                    for old in rpr.findall(w("b")) + rpr.findall(w("bCs")):
                        rpr.remove(old)
                    b = etree.Element(w("b"))
                    b.set(w("val"), "1" if bold else "0")
                    after = [c for c in rpr if etree.QName(c).localname in ("rStyle", "rFonts")]
                    if after:
                        after[-1].addnext(b)
                    else:
                        rpr.insert(0, b)

    return lambda data: edit(data, apply)


def insert_after(
    style: str | None, words: str, starts: str = "", nth: int = 0
) -> Callable[[bytes], bytes]:
    """Insert, after a paragraph, a copy of it that reads ``words`` (same style and runs)."""

    def apply(root: etree._Element) -> None:
        (p,) = _pick(root, style, starts, nth)
        twin = copy.deepcopy(p)
        texts = list(twin.iter(w("t")))
        texts[0].text = words
        for t in texts[1:]:
            t.text = ""
        p.addnext(twin)

    return lambda data: edit(data, apply)


def drop_copy_rule(data: bytes) -> bytes:
    """Remove the paragraph that draws the rule above a copy's block (the paragraph just
    before the table that holds the kind of copy)."""
    kinds = {"SAO Y", "TRÍCH SAO", "SAO LỤC"}

    def apply(root: etree._Element) -> None:
        kind = next(p for p in root.iter(w("p")) if _words(p) in kinds)
        table = next(a for a in kind.iterancestors() if a.tag == w("tbl"))
        rule = table.getprevious()
        assert rule is not None and rule.tag == w("p") and not _words(rule)
        rule.getparent().remove(rule)

    return edit(data, apply)


def shorten_copy_rule(data: bytes) -> bytes:
    """Indent the rule above a copy's block to a third of the width."""

    def apply(root: etree._Element) -> None:
        kind = next(p for p in root.iter(w("p")) if _words(p) == "SAO Y")
        table = next(a for a in kind.iterancestors() if a.tag == w("tbl"))
        rule = table.getprevious()
        ppr = rule.find(w("pPr"))
        ind = etree.SubElement(ppr, w("ind"))
        ind.set(w("left"), "3000")
        ind.set(w("right"), "3000")
        for name in ("jc", "rPr"):  # keep the schema's order: ind before jc and rPr
            for child in ppr.findall(w(name)):
                ppr.remove(child)
                ppr.append(child)

    return edit(data, apply)


@cache
def memorandum() -> bytes:
    """A bản ghi nhớ between two parties: only the first heads the page, both sign side by
    side, the Nơi nhận under them (the joint example with its partner kept out of the
    header)."""
    data = example_model("lien_tich").model_dump()
    data["type"] = "ban_ghi_nho"
    data["number"] = {"serial": 3, "notation": "BGN-SNV-STC"}
    data["co_issuers"][0]["in_header"] = False
    data["co_issuers"][0]["signature"]["lines"] = ["ĐẠI DIỆN SỞ TÀI CHÍNH"]
    data["signature"]["lines"] = ["ĐẠI DIỆN SỞ NỘI VỤ"]
    return docx_bytes(vn.TypedDocument.model_validate(data))
