"""Render the pictures of real output shown in the README and docs (needs LibreOffice, pdftoppm).

    python tools/make_pictures.py

Writes docs/images/kontum_2452_dispatch.png (page 1: the dispatch) and
docs/images/kontum_2452_outline.png (the first page of the attached outline), and
docs/images/header_after.png: the top of page 1 of HEADER_EXAMPLE, a quyết định with every
mark (docs/render.md). docs/images/header_before.png is the same model rendered by commit
da4aadd, before issue 9, kept for comparison; and docs/images/table_example.png, the
landscape phụ lục table of the YAML example in docs/tables.md.
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


def table_png(target: Path, work: str) -> None:
    """The phụ lục table of docs/tables.md's YAML example, cropped from its landscape page."""
    import re

    import pdfplumber
    import pypdfium2

    page_md = (REPO / "docs" / "tables.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", page_md, re.DOTALL)
    yaml_text = next(block for block in blocks if block.startswith("type:"))
    docx = Path(work, "bao_cao.docx")
    vn.render_docx(vn.loads(yaml_text), docx)
    pdf = vn.convert_to_pdf(docx, Path(work, "bao_cao.pdf"))
    with pdfplumber.open(pdf) as doc:
        index = next(
            i
            for i, p in enumerate(doc.pages)
            if "Phụ lục" in (p.extract_text() or "") and p.width > p.height
        )
        page = doc.pages[index]
        top = min(w["top"] for w in page.extract_words() if w["text"] == "Phụ") - 12
        bottom = max(line["bottom"] for line in page.lines) + 12
        left, right = 30 / 25.4 * 72 - 14, page.width - 15 / 25.4 * 72 + 14
    scale = 100 / 72
    image = pypdfium2.PdfDocument(str(pdf))[index].render(scale=scale, grayscale=True).to_pil()
    box = tuple(round(v * scale) for v in (left, top, right, bottom))
    image.crop(box).convert("L").quantize(16).save(target, optimize=True)
    print(f"wrote {target}")


def main() -> int:
    IMAGES.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        docx = Path(work, "header.docx")
        vn.render_docx(vn.loads(HEADER_EXAMPLE), docx)
        top_png(vn.convert_to_pdf(docx, Path(work, "header.pdf")), IMAGES / "header_after.png")
        table_png(IMAGES / "table_example.png", work)
    with tempfile.TemporaryDirectory() as work:
        docx = Path(work, "kontum_2452.docx")
        vn.render_docx(kontum_2452(), docx)
        pdf = vn.convert_to_pdf(docx, Path(work, "kontum_2452.pdf"))
        page_png(pdf, 1, IMAGES / "kontum_2452_dispatch.png")
        page_png(pdf, 2, IMAGES / "kontum_2452_outline.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
