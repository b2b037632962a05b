"""Render the pictures of real output shown in the README and docs (needs LibreOffice, pdftoppm).

    python tools/make_pictures.py

Writes docs/images/kontum_2452_dispatch.png (page 1: the dispatch) and
docs/images/kontum_2452_outline.png (the first page of the attached outline), and
docs/images/header_after.png: the top of page 1 of HEADER_EXAMPLE, a quyết định with every
mark (docs/render.md). docs/images/header_before.png is the same model rendered by commit
da4aadd, before issue 9, kept for comparison; and docs/images/table_example.png, the
landscape phụ lục table of the YAML example in docs/tables.md.

    python tools/make_pictures.py fix

makes docs/images/fix_before.png and fix_after.png (docs/fix.md): the top of page 1 of our
công văn with the common mistakes typed in (the file tests/test_fix_corpus.py fixes: 15 mm
top margin, Arial, a 14 pt Quốc hiệu, "Số 12/UBND - VP", "ngày 5 tháng 3", en dashes in the
Tiêu ngữ, "Kính gửi" without its colon…), before and after ``fix(…, text=True)``.

    python tools/make_pictures.py forms

makes only the gallery of docs/forms.md: docs/images/forms/<form>.png, page 1 at 100 dpi
(LibreOffice's PDF of render_docx's .docx) of every example in examples/forms/ and of the
tờ trình in docs/forms.md, and docs/images/forms/quyet_dinh_issued.png, the first page of
the quy chế the quyết định issues. With no argument, it makes every picture, these too.
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


FORMS = REPO / "examples" / "forms"
FORM_DPI = 100


def gray_png(pdf: Path, index: int, target: Path, dpi: int = FORM_DPI) -> None:
    """Page ``index`` (from 0) of ``pdf``, whole, in 16 greys at ``dpi``."""
    import pypdfium2

    image = pypdfium2.PdfDocument(str(pdf))[index].render(scale=dpi / 72, grayscale=True)
    image.to_pil().convert("L").quantize(16).save(target, optimize=True)
    print(f"wrote {target}")


def issued_page(pdf: Path, document: vn.Document) -> int:
    """The index of the page where the first issued text (quy chế, quy định…) begins: the
    first page after page 1 with its ``(Kèm theo Quyết định số …)`` line."""
    import pdfplumber

    wanted = f"Kèm theo {document.type.vietnamese_name} số"
    with pdfplumber.open(pdf) as doc:
        for index, page in enumerate(doc.pages):
            if index and wanted in " ".join((page.extract_text() or "").split()):
                return index
    raise SystemExit(f"{pdf.name}: no page with '{wanted}' (the issued text) found")


def form_examples() -> dict[str, vn.Document]:
    """The examples of examples/forms/, and the tờ trình of docs/forms.md (Mẫu 1.4)."""
    import re

    examples = {path.stem: vn.load(path) for path in sorted(FORMS.glob("*.yaml"))}
    page = (REPO / "docs" / "forms.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(type: to_trinh\n.*?)```", page, re.DOTALL)
    examples["to_trinh"] = vn.loads(blocks[0], source="docs/forms.md")
    return examples


def form_pictures() -> None:
    """docs/images/forms/<form>.png: page 1 of each example of docs/forms.md."""
    target = IMAGES / "forms"
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        for name, document in form_examples().items():
            docx = Path(work, f"{name}.docx")
            vn.render_docx(document, docx)
            pdf = vn.convert_to_pdf(docx, docx.with_suffix(".pdf"))
            gray_png(pdf, 0, target / f"{name}.png")
            if any(a.kind is vn.AttachmentKind.ISSUED for a in document.attachments):
                gray_png(pdf, issued_page(pdf, document), target / f"{name}_issued.png")


def fix_pictures() -> None:
    """docs/images/fix_before.png and fix_after.png: a file with common mistakes, fixed."""
    sys.path.insert(0, str(REPO))
    from tests.test_fix_corpus import _every_mistake

    data = _every_mistake()
    fixed = vn.fix(data, text=True).data
    assert fixed is not None
    with tempfile.TemporaryDirectory() as work:
        for name, content in (("fix_before", data), ("fix_after", fixed)):
            docx = Path(work, f"{name}.docx")
            docx.write_bytes(content)
            top_png(vn.convert_to_pdf(docx, docx.with_suffix(".pdf")), IMAGES / f"{name}.png")


def main(argv: list[str]) -> int:
    if argv not in ([], ["forms"], ["fix"]):
        print("usage: python tools/make_pictures.py [forms | fix]", file=sys.stderr)
        return 2
    IMAGES.mkdir(parents=True, exist_ok=True)
    if argv == ["fix"]:
        fix_pictures()
        return 0
    form_pictures()
    if argv == ["forms"]:
        return 0
    fix_pictures()
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
    sys.exit(main(sys.argv[1:]))
