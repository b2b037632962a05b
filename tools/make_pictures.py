"""Render the pictures of real output shown in the README and docs (needs LibreOffice, pdftoppm).

    python tools/make_pictures.py

Writes docs/images/kontum_2452_dispatch.png (page 1: the dispatch) and
docs/images/kontum_2452_outline.png (the first page of the attached outline), and the same
pair for the feature-rich example of docs/render.md.
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


def main() -> int:
    IMAGES.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        docx = Path(work, "kontum_2452.docx")
        vn.render_docx(kontum_2452(), docx)
        pdf = vn.convert_to_pdf(docx, Path(work, "kontum_2452.pdf"))
        page_png(pdf, 1, IMAGES / "kontum_2452_dispatch.png")
        page_png(pdf, 2, IMAGES / "kontum_2452_outline.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
