"""Render the pictures of real output shown in the README and docs (needs LibreOffice, pdftoppm).

    python tools/make_pictures.py

Writes docs/images/kontum_2452_dispatch.png (page 1: the dispatch) and
docs/images/kontum_2452_outline.png (the first page of the attached outline), and
docs/images/header_after.png: the top of page 1 of HEADER_EXAMPLE, a quyết định with every
mark (docs/render.md). docs/images/header_before.png is the same model rendered by commit
da4aadd, before issue 9, kept for comparison (``--before DIR`` re-makes it from a checkout).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import vnadmin_docs as vn
from vnadmin_docs.examples import kontum_2452

REPO = Path(__file__).resolve().parents[1]
IMAGES = REPO / "docs" / "images"
DPI = 70


def page_png(pdf: Path, page: int, target: Path) -> None:
    stem = target.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-png", "-singlefile", "-r", str(DPI), "-f", str(page), "-l", str(page),
         str(pdf), str(stem)],
        check=True,
    )  # fmt: skip
    print(f"wrote {target}")


HEADER_EXAMPLE = """
type: quyet_dinh
agency:
  name: Sở Thông tin và Truyền thông tỉnh Kon Tum
  lines: [SỞ THÔNG TIN VÀ TRUYỀN THÔNG]
  parent: {name: Ủy ban nhân dân tỉnh Kon Tum, lines: [UBND TỈNH KON TUM]}
  place: Kon Tum
  abbreviation: STTTT
number: "Số: 07/QĐ-STTTT"
date: 2025-02-03
subject: [Về việc ban hành Quy chế làm việc]
bases: ["Căn cứ Luật Tổ chức chính quyền địa phương;", "Theo đề nghị của Chánh Văn phòng."]
marks: {urgency: THƯỢNG KHẨN, confidentiality: MẬT, circulation: XEM XONG TRẢ LẠI}
body:
  - {text: "QUYẾT ĐỊNH:", align: center}
  - kind: heading
    level: article
    number: "1"
    title: Ban hành kèm theo Quyết định này Quy chế làm việc.
signature: {lines: [GIÁM ĐỐC], signer: Trần Thị B}
distribution: {entries: [Như Điều 1], archive: [VT]}
"""


def top_png(pdf: Path, target: Path, share: float = 0.42) -> None:
    """The top ``share`` of page 1, as the header pictures show it."""
    import pypdfium2
    from PIL import Image

    page = pypdfium2.PdfDocument(str(pdf))[0]
    image = page.render(scale=110 / 72, grayscale=True).to_pil()
    width, height = image.size
    crop = image.crop((0, 0, width, int(height * share))).convert("L")
    crop.quantize(16).save(target, optimize=True)
    assert isinstance(crop, Image.Image)
    print(f"wrote {target}")


def main() -> int:
    IMAGES.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        docx = Path(work, "header.docx")
        vn.render_docx(vn.loads(HEADER_EXAMPLE), docx)
        top_png(vn.convert_to_pdf(docx, Path(work, "header.pdf")), IMAGES / "header_after.png")
    with tempfile.TemporaryDirectory() as work:
        docx = Path(work, "kontum_2452.docx")
        vn.render_docx(kontum_2452(), docx)
        pdf = vn.convert_to_pdf(docx, Path(work, "kontum_2452.pdf"))
        page_png(pdf, 1, IMAGES / "kontum_2452_dispatch.png")
        page_png(pdf, 2, IMAGES / "kontum_2452_outline.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
