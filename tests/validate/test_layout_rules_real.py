"""The layout rules of issue 9 on real files, and their line model against LibreOffice.

The decree's own samples (Phụ lục III, cut out of the decree's file one by one) stand their
rules 2.8–3.9 mm under the ink, and pass; real files whose rules hug the text fail. The
office tests lay the same files out in LibreOffice, rasterise the PDF and measure the clear
space between the ink of the text and its rule, pixel row by pixel row, against what
:func:`~vnadmin_docs.validate.rules.header.rule_gap_mm` computes from the .docx alone.

Every test here needs the shared corpus (``tests/support/shared.py``) and is skipped, with
the reason, when it is absent.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from tests.support.office import convert_to_pdf, require_soffice
from tests.support.shared import require_shared
from tests.validate import builders as b
from tests.validate import builders_layout as lay
from vnadmin_docs.ooxml.read import read_docx
from vnadmin_docs.read.components import recognise
from vnadmin_docs.standards import get
from vnadmin_docs.validate import Status, validate
from vnadmin_docs.validate.engine import Context
from vnadmin_docs.validate.rules import header

SAMPLES = ("Mẫu 1.1", "Mẫu 1.2", "Mẫu 1.3", "Mẫu 1.4", "Mẫu 1.5", "Mẫu 1.6", "Mẫu 1.7",
           "Mẫu 1.8")  # fmt: skip
HUGGING = {
    # file: (rule key, the gap LibreOffice's PDF shows, mm)
    b.TTR_CORPUS: ("agency_rule", 0.51),
    "vbai__BAO_CAO_CCHC_NAM_2025.docx": ("motto_rule", 0.21),
    b.QD_CORPUS: ("motto_rule", 0.80),
}


def _gaps(data: bytes) -> dict[str, list[float]]:
    """The gaps RL012 computes, by rule key."""
    info = read_docx(data)
    layout = recognise(info)
    ctx = Context(info, layout, get(), None, layout.doc_type, None, "x", data)
    found: dict[str, list[float]] = {}
    for key, _, text, line in header.RuleGapOutOfRange().measured(ctx):
        gap, reason = header.rule_gap_mm(ctx, text, line)
        assert gap is not None, reason
        found.setdefault(key, []).append(gap)
    return found


@pytest.fixture(scope="module")
def corpus_dir() -> Path:
    return require_shared("corpus/docx")


@pytest.mark.parametrize("label", SAMPLES)
def test_the_decree_samples_stand_their_rules_clear(corpus_dir: Path, label: str) -> None:
    data = lay.decree_sample(label)
    gaps = _gaps(data)
    assert "motto_rule" in gaps and "agency_rule" in gaps, gaps
    # the samples' rules measure 2.8–3.9 mm in LibreOffice's PDF
    assert all(2.6 <= g <= 4.1 for values in gaps.values() for g in values), gaps
    report = validate(data)
    assert report.by_code("RL012").status is Status.PASS


def test_the_decree_appendix_rules_pass(corpus_dir: Path) -> None:
    data = (corpus_dir / lay.P3).read_bytes()
    assert all(2.6 <= g <= 4.1 for g in _gaps(data)["appendix_rule"])
    assert validate(data).by_code("RL012").status is Status.PASS


@pytest.mark.parametrize("name", sorted(HUGGING))
def test_real_rules_that_hug_the_text_fail(corpus_dir: Path, name: str) -> None:
    data = (corpus_dir / name).read_bytes()
    key, measured = HUGGING[name]
    assert any(abs(g - measured) <= 0.2 for g in _gaps(data)[key]), _gaps(data)
    finding = validate(data).by_code("RL012")
    assert finding.status is Status.FAIL, finding.message


def test_no_real_file_is_misjudged_by_the_orphan_rule(corpus_dir: Path) -> None:
    """No file of the corpus leaves a word alone on a header line (we checked them by eye)."""
    for path in sorted(corpus_dir.glob("*.docx")):
        finding = validate(path).by_code("HD013")
        assert finding.status is not Status.FAIL, (path.name, finding.message)


def test_a_real_file_with_both_marks_in_one_box_fails_and_with_two_passes(corpus_dir: Path) -> None:
    one = lay.add_mark(lay.add_mark(b.corpus(b.QD_CORPUS), "Số:", "KHẨN"), "Số:", "MẬT")
    two = lay.add_mark(lay.add_mark(b.corpus(b.QD_CORPUS), "Số:", "KHẨN", table=(20, 8)), "Số:",
                       "MẬT", table=(20, 8))  # fmt: skip
    assert validate(one).by_code("MK010").status is Status.FAIL
    report = validate(two)
    for code in ("MK003", "MK005", "MK006", "MK008", "MK009", "MK010"):
        assert report.by_code(code).status is Status.PASS, report.by_code(code).message


# ----------------------------------------------------------------------------- LibreOffice

_DPI = 600
_MM_PER_PIXEL = 25.4 / _DPI
_MM_PER_PT = 25.4 / 72
_INK = re.compile(rb"[\x00-\x7f]")
"""A pixel darker than mid-grey is ink."""


def _computed(data: bytes) -> list[tuple[str, float]]:
    """(the last text line above the rule, the gap RL012 computes) for every rule."""
    info = read_docx(data)
    layout = recognise(info)
    ctx = Context(info, layout, get(), None, layout.doc_type, None, "x", data)
    found: list[tuple[str, float]] = []
    for _, _, text, line in header.RuleGapOutOfRange().measured(ctx):
        gap, reason = header.rule_gap_mm(ctx, text, line)
        assert gap is not None, reason
        lines = [x for x in text.text.split("\n") if x.strip()]
        found.append((" ".join(lines[-1].split()), gap))
    return found


def _measured(pdf: Path, text: str) -> float | None:
    """The clear space in LibreOffice's PDF (page 1) between the ink of the line ``text``
    and the first thin rule under it, in mm; ``None`` when not found."""
    import pdfplumber
    import pypdfium2 as pdfium

    with pdfplumber.open(pdf) as document:
        words = document.pages[0].extract_words()
    image = pdfium.PdfDocument(str(pdf))[0].render(scale=_DPI / 72, grayscale=True).to_pil()
    gray = image.convert("L")
    width, height, data = gray.width, gray.height, gray.tobytes()

    def ink(y: int, x0: int, x1: int) -> bool:
        return _INK.search(data, y * width + x0, y * width + x1) is not None

    wanted = re.sub(r"\s", "", text)[-12:]
    rows: dict[int, list[dict[str, float]]] = {}
    for word in words:
        rows.setdefault(round(word["bottom"]), []).append(word)
    run = re.compile(rb"[\x00-\x7f]{%d,}" % int(5 / _MM_PER_PIXEL))
    for row in rows.values():
        row.sort(key=lambda item: item["x0"])
        chains, chain = [], [row[0]]
        for a, c in itertools.pairwise(row):
            if (c["x0"] - a["x1"]) * _MM_PER_PT < 6:
                chain.append(c)
            else:
                chains.append(chain)
                chain = [c]
        chains.append(chain)
        for chain in chains:
            if wanted not in re.sub(r"\s", "", "".join(str(w["text"]) for w in chain)):
                continue
            x0 = int(chain[0]["x0"] * _MM_PER_PT / _MM_PER_PIXEL)
            x1 = int(chain[-1]["x1"] * _MM_PER_PT / _MM_PER_PIXEL)
            base = int(max(w["bottom"] for w in chain) * _MM_PER_PT / _MM_PER_PIXEL)
            for y in range(base, min(base + int(12 / _MM_PER_PIXEL), height)):
                line = data[y * width : (y + 1) * width]
                spans = [m.span() for m in run.finditer(line) if m.start() < x1 and m.end() > x0]
                if not spans:
                    continue
                start, end = spans[0]
                top = y  # the rule's anti-aliased top rows belong to it
                while top > 0 and ink(top - 1, max(start, x0), min(end, x1)):
                    top -= 1
                above = top - 1
                while above > 0 and not ink(above, x0, x1):
                    above -= 1
                return (top - 1 - above) * _MM_PER_PIXEL
    return None


@pytest.mark.office
@pytest.mark.parametrize(
    "name",
    ["Mẫu 1.1", "Mẫu 1.5", "ours", b.QD_CORPUS, "vbai__Bao_cao_nam_2025.docx"],
)
def test_the_line_model_agrees_with_libreoffice(
    corpus_dir: Path, tmp_path: Path, name: str
) -> None:
    """Every gap RL012 computes is the gap LibreOffice's PDF shows, within 0.3 mm."""
    require_soffice()
    if name.startswith("Mẫu"):
        data = lay.decree_sample(name)
    elif name == "ours":
        data = b.compliant_docx()
    else:
        data = (corpus_dir / name).read_bytes()
    docx = tmp_path / "file.docx"
    docx.write_bytes(data)
    pdf = convert_to_pdf(docx, tmp_path)
    computed = _computed(data)
    assert computed
    for text, gap in computed:
        measured = _measured(pdf, text)
        if measured is None:
            continue  # the line is not on page 1, or its words run together in the PDF
        assert abs(measured - gap) <= 0.3, (text, gap, measured)
