"""Builders for the closing rules (signature block, Nơi nhận): model variants and edits of the
closing table of a real package (ours or a Word-saved file of the corpus)."""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from typing import Any

from lxml import etree

import vnadmin_docs as vn
from tests.validate import builders as b
from tests.validate.builders import paragraphs, w

CV_CONG_NHAN = "vbai__CV_cong_nhan_ket_qua_dai_hoi_cua_Hoi_Nu_doanh_nhan_tinh.docx"
KE_HOACH = "vanbanbot__Ke_hoach_to_chuc_sinh_hoat_Lich_su_theo_cum_truong-2026.docx"
TO_TRINH_MA_TUY = "vbai__TO_TRINH_XET_DUYET_XA_PHUONG_KHONG_MA_TUY.docx"
TB_KET_LUAN = "vbai__TB_Ket_luan_hop_tap_doan_Son_Hai.docx"
ND30 = "vanbanplus__30_2020_ND_CP.docx"
GIAO_427 = "vbai__giao_427_BCA_-_CAT_chuong_trinh_MTQGMT.docx"
BAO_CAO_NAM = "vbai__Bao_cao_nam_2025.docx"
BAO_CAO_CCHC = "vbai__BAO_CAO_CCHC_NAM_2025.docx"
MAU_4 = "vbstreamlit__mau_4_qd_ban_hanh.docx"
MAU_6 = "vbstreamlit__mau_6_thong_bao_bao_cao.docx"


# ----------------------------------------------------------------------------- models


def signature(lines: Sequence[str], signer: str | None = None) -> vn.OfficialDispatch:
    """The compliant dispatch signed with other title lines (as printed) or another name."""
    base = b.compliant_model().signature
    block = vn.SignatureBlock.model_validate(
        {"lines": list(lines), "signer": signer or base.signer, "seal": base.seal}
    )
    return b.model(signature=block)


def signer(name: str) -> vn.OfficialDispatch:
    """The compliant dispatch signed by ``name``."""
    base = b.compliant_model().signature
    return b.model(signature=base.model_copy(update={"signer": name}))


def distribution(**update: Any) -> vn.OfficialDispatch:
    """The compliant dispatch with its Nơi nhận changed; ``entries`` may be strings or dicts."""
    if "entries" in update:
        update["entries"] = tuple(vn.Addressee.model_validate(e) for e in update["entries"])
    base = b.compliant_model().distribution
    return b.model(distribution=base.model_copy(update=update))


# ----------------------------------------------------------------------------- XML edits


def _cell(p: etree._Element) -> etree._Element:
    cell = p.getparent()
    while cell is not None and etree.QName(cell).localname != "tc":
        cell = cell.getparent()
    assert cell is not None, "the paragraph is not in a table cell"
    return cell


def _ancestor(element: etree._Element, name: str) -> etree._Element:
    parent = element.getparent()
    while parent is not None and etree.QName(parent).localname != name:
        parent = parent.getparent()
    assert parent is not None, f"no enclosing w:{name}"
    return parent


def _remove(p: etree._Element) -> None:
    parent = p.getparent()
    assert parent is not None
    parent.remove(p)
    if etree.QName(parent).localname == "tc" and parent.find(w("p")) is None:
        parent.append(etree.Element(w("p")))  # a cell keeps at least one paragraph


def _edit_all(starts: Sequence[str], fn: Callable[[etree._Element], None]) -> Callable[..., None]:
    def apply(root: etree._Element) -> None:
        for start in starts:
            for p in paragraphs(root, start):
                fn(p)

    return apply


def blank(data: bytes, *starts: str) -> bytes:
    """Empty the text of the paragraphs that start with any of ``starts``."""

    def clear(p: etree._Element) -> None:
        for t in p.iter(w("t")):
            t.text = ""
        for br in list(p.iter(w("br"))):
            parent = br.getparent()
            assert parent is not None
            parent.remove(br)

    return b.edit(data, _edit_all(starts, clear))


def delete(data: bytes, *starts: str) -> bytes:
    """Delete the paragraphs that start with any of ``starts``."""
    return b.edit(data, _edit_all(starts, _remove))


def clear_cell(data: bytes, starts: str) -> bytes:
    """Delete every paragraph of the table cell holding the paragraph that starts so."""

    def apply(root: etree._Element) -> None:
        cell = _cell(paragraphs(root, starts)[0])
        for p in cell.findall(w("p")):
            _remove(p)

    return b.edit(data, apply)


def move_before(data: bytes, starts: str, before: str) -> bytes:
    """Move the paragraph that starts with ``starts`` in front of the one starting ``before``."""

    def apply(root: etree._Element) -> None:
        moving = paragraphs(root, starts)[0]
        target = paragraphs(root, before)[0]
        _remove(moving)
        target.addprevious(moving)

    return b.edit(data, apply)


def move_below_table(data: bytes, starts: str) -> bytes:
    """Take a paragraph out of its table cell and put it right-aligned under the table."""

    def apply(root: etree._Element) -> None:
        p = paragraphs(root, starts)[0]
        table = _ancestor(p, "tbl")
        _remove(p)
        ppr = p.find(w("pPr"))
        if ppr is None:
            ppr = etree.SubElement(p, w("pPr"))
            p.insert(0, ppr)
        for jc in ppr.findall(w("jc")):
            ppr.remove(jc)
        etree.SubElement(ppr, w("jc")).set(w("val"), "right")
        table.addnext(p)

    return b.edit(data, apply)


def swap_closing_cells(data: bytes) -> bytes:
    """Swap the two cells of the closing table's row: the signature goes left."""

    def apply(root: etree._Element) -> None:
        row = _ancestor(_cell(paragraphs(root, "Nơi nhận")[0]), "tr")
        cells = row.findall(w("tc"))
        assert len(cells) == 2
        left_props = cells[0].find(w("tcPr"))
        right_props = cells[1].find(w("tcPr"))
        cells[0].addprevious(cells[1])
        if left_props is not None and right_props is not None:  # keep the column widths
            left_props.addprevious(copy.deepcopy(right_props))
            right_props.addprevious(copy.deepcopy(left_props))
            cells[0].remove(left_props)
            cells[1].remove(right_props)

    return b.edit(data, apply)


def distribution_to_new_row(data: bytes) -> bytes:
    """Move the Nơi nhận cell's content into a new row under the signature's row."""

    def apply(root: etree._Element) -> None:
        cell = _cell(paragraphs(root, "Nơi nhận")[0])
        row = _ancestor(cell, "tr")
        new_row = copy.deepcopy(row)
        for new_cell in new_row.findall(w("tc")):
            for p in new_cell.findall(w("p")):
                new_cell.remove(p)
            new_cell.append(etree.Element(w("p")))
        index = row.findall(w("tc")).index(cell)
        target = new_row.findall(w("tc"))[index]
        target.remove(target.find(w("p")))
        for p in cell.findall(w("p")):
            cell.remove(p)
            target.append(p)
        cell.append(etree.Element(w("p")))
        row.addnext(new_row)

    return b.edit(data, apply)


def retext(data: bytes, starts: str, text: str) -> bytes:
    """Replace the whole text of the first paragraph starting with ``starts`` (runs that
    Word split are merged into the first one, which keeps its formatting)."""

    def apply(root: etree._Element) -> None:
        p = paragraphs(root, starts)[0]
        nodes = list(p.iter(w("t")))
        assert nodes
        nodes[0].text = text
        nodes[0].set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        for t in nodes[1:]:
            t.text = ""

    return b.edit(data, apply)
