"""Tests of tests/support/office.py on real files of the shared corpus, rendered by LibreOffice.

The corpus files are read in place (``<shared>/corpus/docx``, see its README.md). Three of them
are converted once per module:

- #10 ``vbai__CV_xin_y_kien_ngoai_Bo.docx``: Công văn of Bộ Tài chính; 3x2 header table 107 %
  wide with a negative indent; VML-only connectors as rules; page number in the footer; titlePg;
  one page.
- #13 ``vbai__QD_phe_duyet_Dieu_le_Hiep_hoi_Doanh_nghiep_tinh_25-30.docx``: Quyết định of
  UBND Bình Thuận; DrawingML rules; centred PAGE in the header with titlePg -- but the document
  is one page long (Word says so too), so no page number is ever shown.
- #11 ``vbai__2114_SNV_To_trinh_...docx``: Tờ trình of Sở Nội vụ, the same layout as #13 over
  two pages, so page 2 carries the centred page number in the top margin.
- #17 ``vbai__TB_Ket_luan_hop_tap_doan_Son_Hai.docx``: Thông báo kết luận, two pages, centred
  page number, a footnote (LibreOffice draws its separator as a thin filled rect) and a title
  whose runs name the font "Times New Roman Bold" -- no such family, so LibreOffice falls back
  to DejaVu Sans Bold: the negative control for the font checks.

The expected numbers were measured by hand on LibreOffice 7.4.7 (Debian) output and, where the
file states them, checked against the file itself: the page size and margins against
``w:pgSz``/``w:pgMar`` (twips), the rule lengths against the shapes' ``wp:extent`` (EMU) or VML
``width`` (pt). Tolerances allow for other LibreOffice versions without hiding a real change.
"""

from __future__ import annotations

import struct
import time
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pytest
from pdfplumber.pdf import PDF

from tests.support import office
from tests.support.office import (
    MM_PER_PT,
    OfficeConversionError,
    PageSetup,
    TextLine,
    convert_to_pdf,
    docx_page_setup_mm,
    embedded_fonts,
    find_line,
    horizontal_rules,
    left_margin_mm,
    normalize_text,
    page_number_in_top_margin,
    page_size_mm,
    render_png,
    require_pdftoppm,
    require_soffice,
    right_margin_mm,
    rules_below,
    soffice_path,
    text_lines,
)
from tests.support.shared import require_shared

CV = "vbai__CV_xin_y_kien_ngoai_Bo.docx"
QD = "vbai__QD_phe_duyet_Dieu_le_Hiep_hoi_Doanh_nghiep_tinh_25-30.docx"
SNV = (
    "vbai__2114_SNV_To_trinh_cong_nhan_ket_qua_Dai_hoi_va_phe_duyet_Dieu_le_"
    "Hiep_hoi_Doanh_nghiep_tinh.docx"
)
TB = "vbai__TB_Ket_luan_hop_tap_doan_Son_Hai.docx"

QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
LIBERATION_SERIF = frozenset(
    {
        "LiberationSerif",
        "LiberationSerif-Bold",
        "LiberationSerif-Italic",
        "LiberationSerif-BoldItalic",
    }
)
EMU_PER_MM = 36_000

office_test = pytest.mark.office


@dataclass
class Rendered:
    docx: Path
    pdf_path: Path
    pdf: PDF
    seconds: float
    setup: PageSetup

    def lines(self, page: int = 1) -> list[TextLine]:
        return text_lines(self.pdf.pages[page - 1])


def _render(name: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Rendered]:
    require_soffice()
    docx = require_shared("corpus/docx") / name
    start = time.perf_counter()
    pdf_path = convert_to_pdf(docx, tmp_path_factory.mktemp("office"))
    seconds = time.perf_counter() - start
    with pdfplumber.open(pdf_path) as pdf:
        yield Rendered(docx, pdf_path, pdf, seconds, docx_page_setup_mm(docx))


@pytest.fixture(scope="module")
def cv(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Rendered]:
    yield from _render(CV, tmp_path_factory)


@pytest.fixture(scope="module")
def qd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Rendered]:
    yield from _render(QD, tmp_path_factory)


@pytest.fixture(scope="module")
def snv(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Rendered]:
    yield from _render(SNV, tmp_path_factory)


@pytest.fixture(scope="module")
def tb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Rendered]:
    yield from _render(TB, tmp_path_factory)


@pytest.fixture(params=["cv", "qd", "snv", "tb"])
def rendered(request: pytest.FixtureRequest) -> Rendered:
    value = request.getfixturevalue(request.param)
    assert isinstance(value, Rendered)
    return value


def _line(source: Rendered | list[TextLine], text: str, *, partial: bool = False) -> TextLine:
    lines = source.lines() if isinstance(source, Rendered) else source
    line = find_line(lines, text, partial=partial)
    assert line is not None, f"{text!r} not found in {[ln.text for ln in lines]}"
    return line


# --------------------------------------------------------------------------------------------
# Without LibreOffice
# --------------------------------------------------------------------------------------------


def test_units() -> None:
    assert office.pt_to_mm(72) == pytest.approx(25.4)
    left_margin = 1701 * office.MM_PER_TWIP  # w:pgMar w:left="1701"
    assert left_margin == pytest.approx(30.0, abs=0.01)
    assert office.pt_to_mm(1) == pytest.approx(0.352778, abs=1e-6)
    assert office.pt_to_mm(1) == MM_PER_PT


def test_normalize_text_nfc_and_whitespace() -> None:
    decomposed = unicodedata.normalize("NFD", "CỘNG  HÒA\tXÃ\n")
    assert normalize_text(decomposed) == "CỘNG HÒA XÃ"
    assert normalize_text("HOÀ") != normalize_text("HÒA")  # tone placement is not folded


def test_soffice_path_none_without_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    assert soffice_path() is None


def test_require_soffice_skips_locally(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="LibreOffice"):
        require_soffice()


@pytest.mark.parametrize("value", ["true", "1", "yes"])
def test_require_soffice_fails_under_ci(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, value: str
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setenv("CI", value)
    with pytest.raises(pytest.fail.Exception, match="CI is set"):
        require_soffice()


def test_convert_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        convert_to_pdf(tmp_path / "nope.docx", tmp_path)


def test_docx_page_setup_read_in_place() -> None:
    corpus = require_shared("corpus/docx")
    cv_setup = docx_page_setup_mm(corpus / CV)
    # <w:pgSz w:w="11907" w:h="16840"/> <w:pgMar w:top="907" w:right="1134" w:bottom="284"
    #   w:left="1701" w:header="340" w:footer="170"/>
    assert cv_setup.width == pytest.approx(210.03, abs=0.01)
    assert cv_setup.height == pytest.approx(297.04, abs=0.01)
    assert (cv_setup.top, cv_setup.right, cv_setup.bottom, cv_setup.left) == pytest.approx(
        (16.00, 20.00, 5.01, 30.00), abs=0.01
    )
    qd_setup = docx_page_setup_mm(corpus / QD)
    assert (qd_setup.top, qd_setup.right, qd_setup.bottom, qd_setup.left) == pytest.approx(
        (20.00, 20.00, 12.51, 30.00), abs=0.01
    )


# --------------------------------------------------------------------------------------------
# Conversion
# --------------------------------------------------------------------------------------------


@office_test
def test_conversion_is_quick(rendered: Rendered) -> None:
    # About 1.2-1.6 s per file here; a generous bound that still catches a hung first start.
    assert rendered.pdf_path.stat().st_size > 10_000
    assert rendered.seconds < 60


@office_test
def test_conversion_error_carries_stderr(tmp_path: Path) -> None:
    require_soffice()
    bogus = tmp_path / "bogus.docx"
    bogus.write_bytes(b"PK\x03\x04" + bytes(200))  # a ZIP signature and nothing else
    with pytest.raises(OfficeConversionError, match="source file could not be loaded"):
        convert_to_pdf(bogus, tmp_path / "out")


@office_test
def test_conversion_timeout_then_recovery(tmp_path: Path) -> None:
    require_soffice()
    docx = require_shared("corpus/docx") / CV
    with pytest.raises(OfficeConversionError, match="timed out"):
        convert_to_pdf(docx, tmp_path, timeout=0.05)
    # The killed instance's profile was discarded: the next call starts afresh and works.
    assert convert_to_pdf(docx, tmp_path).is_file()


# --------------------------------------------------------------------------------------------
# Page geometry
# --------------------------------------------------------------------------------------------


@office_test
def test_page_size_is_the_files_a4(rendered: Rendered) -> None:
    width, height = page_size_mm(rendered.pdf.pages[0])
    # 11907 x 16840 (or 16839) twips; LibreOffice snaps it to A4: 595.304 x 841.89 pt.
    assert (width, height) == pytest.approx((210.0, 297.0), abs=0.1)
    assert (width, height) == pytest.approx((rendered.setup.width, rendered.setup.height), abs=0.5)


@office_test
def test_left_margin_matches_pgmar(rendered: Rendered) -> None:
    # Body lines start at 30.06 mm (#11, #13) and 29.99 mm (#10); w:left="1701" is 30.00 mm.
    page = rendered.pdf.pages[0]
    assert left_margin_mm(page) == pytest.approx(rendered.setup.left, abs=0.5)


@office_test
def test_left_margin_ignores_header_table_overhang(cv: Rendered) -> None:
    # #10's header table is 107 % wide with tblInd -432: a centred line in it starts at 26.4 mm.
    page = cv.pdf.pages[0]
    assert left_margin_mm(page, min_lines=1) == pytest.approx(26.39, abs=0.3)
    assert left_margin_mm(page) == pytest.approx(30.0, abs=0.5)


@office_test
def test_right_margin_matches_pgmar(rendered: Rendered) -> None:
    # Justified lines end 0-0.7 mm short of 190.0; measured 19.98 (#10), 20.11 (#13), 20.05 (#11).
    page = rendered.pdf.pages[0]
    assert right_margin_mm(page) == pytest.approx(rendered.setup.right, abs=0.5)


# --------------------------------------------------------------------------------------------
# Header block
# --------------------------------------------------------------------------------------------


@office_test
@pytest.mark.parametrize(
    ("name", "width_mm"),
    [
        # Liberation Serif Bold 13 pt (metric-compatible with Times New Roman) unkerned.
        ("qd", 95.57),
        # #11's docDefaults turn on pair kerning (<w:kern w:val="2"/>): "ÒA" and "ỆT" close up.
        ("snv", 94.91),
    ],
)
def test_quoc_hieu_on_one_line_bold_13pt(
    request: pytest.FixtureRequest, name: str, width_mm: float
) -> None:
    doc: Rendered = request.getfixturevalue(name)
    line = _line(doc, QUOC_HIEU)
    assert line.bold
    assert line.sizes == (13.0,)
    assert line.fonts == ("LiberationSerif-Bold",)
    assert line.width == pytest.approx(width_mm, abs=0.2)


@office_test
def test_quoc_hieu_wraps_in_the_107_percent_table(cv: Rendered) -> None:
    # #10 spells "HOÀ" and LibreOffice 7.4 wraps "NAM" onto a second line: the cell of a
    # pct-width table with a negative indent comes out narrower than the 95.6 mm text.
    lines = cv.lines()
    line = _line(lines, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT", partial=True)
    assert line.text.startswith("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT")
    assert line.bold and line.sizes == (13.0,)
    assert find_line(lines, QUOC_HIEU) is None  # the standard spelling is not there
    if line.text != "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM":
        nam = _line(lines, "NAM")
        assert nam.bold and nam.top > line.top


@office_test
def test_two_header_columns_are_separate_lines(qd: Rendered) -> None:
    lines = qd.lines()
    agency = _line(lines, "ỦY BAN NHÂN DÂN")
    quoc_hieu = _line(lines, QUOC_HIEU)
    assert agency.baseline == pytest.approx(quoc_hieu.baseline, abs=0.05)
    assert agency.x1 < quoc_hieu.x0
    # A line mixing faces ("Số: " regular, "1424" bold) is still one line.
    assert _line(lines, "Số: 1424/QĐ-UBND").fonts == ("LiberationSerif", "LiberationSerif-Bold")


@office_test
def test_blank_number_stays_one_line(cv: Rendered) -> None:
    # "Số:          /BTC-CST": LibreOffice draws the spaces, so no gap splits the line.
    assert _line(cv, "Số: /BTC-CST").sizes == (13.0,)


@dataclass(frozen=True)
class HeaderCase:
    agency: str
    tieu_ngu: str
    agency_rule_mm: float  # the shape's length in the file
    tieu_ngu_rule_mm: float
    thickness_mm: float


HEADERS = {
    # DML: wp:extent cx 507945 / 2159000 EMU, a:ln w="9525" (0.75 pt)
    "qd": HeaderCase(
        agency="TỈNH BÌNH THUẬN",
        tieu_ngu="Độc lập - Tự do - Hạnh phúc",
        agency_rule_mm=507945 / EMU_PER_MM,
        tieu_ngu_rule_mm=2159000 / EMU_PER_MM,
        thickness_mm=0.75 * MM_PER_PT,
    ),
    # DML: cx 295275 / 2209800 EMU, no a:ln width: LibreOffice draws 0.5 pt. En dashes.
    "snv": HeaderCase(
        agency="SỞ NỘI VỤ",
        tieu_ngu="Độc lập – Tự do – Hạnh phúc",
        agency_rule_mm=295275 / EMU_PER_MM,
        tieu_ngu_rule_mm=2209800 / EMU_PER_MM,
        thickness_mm=0.5 * MM_PER_PT,
    ),
    # VML connectors: width:42pt / width:177.4pt, no strokeweight: LibreOffice draws a hairline
    # (line width 0), where Word would use its 0.75 pt default.
    "cv": HeaderCase(
        agency="BỘ TÀI CHÍNH",
        tieu_ngu="Độc lập - Tự do - Hạnh phúc",
        agency_rule_mm=42 * MM_PER_PT,
        tieu_ngu_rule_mm=177.4 * MM_PER_PT,
        thickness_mm=0.0,
    ),
}


@office_test
@pytest.mark.parametrize("name", sorted(HEADERS))
def test_header_rules_under_agency_and_tieu_ngu(request: pytest.FixtureRequest, name: str) -> None:
    doc: Rendered = request.getfixturevalue(name)
    case = HEADERS[name]
    page = doc.pdf.pages[0]
    lines = text_lines(page)
    rules = horizontal_rules(page)

    tieu_ngu = _line(lines, case.tieu_ngu)
    assert tieu_ngu.bold
    under_tieu_ngu = rules_below(rules, tieu_ngu, within_mm=4)
    assert under_tieu_ngu, f"no rule under the Tiêu ngữ; rules: {rules}"
    rule = under_tieu_ngu[0]
    assert rule.kind == "line"
    assert rule.length == pytest.approx(case.tieu_ngu_rule_mm, abs=0.1)
    assert rule.thickness == pytest.approx(case.thickness_mm, abs=0.01)

    agency = _line(lines, case.agency)
    assert agency.bold
    under_agency = rules_below(rules, agency, within_mm=4)
    assert under_agency, f"no rule under {case.agency!r}; rules: {rules}"
    assert under_agency[0].length == pytest.approx(case.agency_rule_mm, abs=0.1)


@office_test
def test_qd_rule_lengths_against_text(qd: Rendered) -> None:
    page = qd.pdf.pages[0]
    lines = text_lines(page)
    rules = horizontal_rules(page)
    tieu_ngu = _line(lines, "Độc lập - Tự do - Hạnh phúc")
    rule = rules_below(rules, tieu_ngu)[0]
    # Tiêu ngữ 108.58-168.97 (60.39 mm); rule 108.39-168.36 (59.97 mm): as long as the text.
    assert tieu_ngu.width == pytest.approx(60.39, abs=0.3)
    assert rule.length == pytest.approx(tieu_ngu.width, abs=0.6)
    assert rule.x0 == pytest.approx(tieu_ngu.x0, abs=0.5)
    # Agency rule 14.11 mm under "TỈNH BÌNH THUẬN" (42.26 mm): a third of the line.
    agency = _line(lines, "TỈNH BÌNH THUẬN")
    ratio = rules_below(rules, agency)[0].length / agency.width
    assert ratio == pytest.approx(1 / 3, abs=0.02)
    # Exactly three rules on the page: agency, Tiêu ngữ, title.
    assert [round(r.length, 1) for r in rules] == [60.0, 14.1, 31.0]


@office_test
def test_cv_rule_is_longer_than_the_tieu_ngu(cv: Rendered) -> None:
    # The file's VML rule is 177.4 pt = 62.58 mm for a 60.38 mm Tiêu ngữ, and LibreOffice
    # places it 2.75 mm right of the text: a Decree-30 check must flag this file.
    page = cv.pdf.pages[0]
    tieu_ngu = _line(cv, "Độc lập - Tự do - Hạnh phúc")
    rule = rules_below(horizontal_rules(page), tieu_ngu)[0]
    assert tieu_ngu.width == pytest.approx(60.38, abs=0.3)
    assert rule.length - tieu_ngu.width == pytest.approx(2.2, abs=0.3)
    assert rule.x0 - tieu_ngu.x0 == pytest.approx(2.75, abs=0.5)


@office_test
def test_horizontal_rules_skip_vertical_and_short(cv: Rendered) -> None:
    page = cv.pdf.pages[0]
    # Three VML connectors: two rules and a vertical 19.65 pt bar in the Nơi nhận block.
    assert len(page.lines) == 3
    rules = horizontal_rules(page)
    assert len(rules) == 2
    assert horizontal_rules(page, min_length_mm=20) == [r for r in rules if r.length >= 20]


@office_test
def test_footnote_separator_is_a_thin_filled_rect(tb: Rendered) -> None:
    # DrawingML rules are stroked lines; the footnote separator is a filled rect, 0.5 pt high,
    # from the left margin (30.00 mm) to 70.52 mm.
    rules = horizontal_rules(tb.pdf.pages[0])
    assert [r.kind for r in rules] == ["line", "line", "line", "rect"]
    separator = rules[-1]
    assert separator.x0 == pytest.approx(tb.setup.left, abs=0.1)
    assert separator.length == pytest.approx(40.52, abs=0.2)
    assert separator.thickness == pytest.approx(0.5 * MM_PER_PT, abs=0.01)
    assert separator.color == (0.0, 0.0, 0.0)
    assert separator.y == pytest.approx(271.13, abs=0.5)
    # A thickness limit below 0.5 pt leaves it out.
    assert len(horizontal_rules(tb.pdf.pages[0], max_thickness_mm=0.1)) == 3


# --------------------------------------------------------------------------------------------
# Page numbers
# --------------------------------------------------------------------------------------------


@office_test
def test_no_page_number_on_page_one(rendered: Rendered) -> None:
    page = rendered.pdf.pages[0]
    assert page_number_in_top_margin(page, rendered.setup.top) is None


@office_test
def test_single_page_files(cv: Rendered, qd: Rendered) -> None:
    # #13 has a centred PAGE in its header, but it is a one-page document (titlePg): nothing
    # to measure. #10's PAGE is in the footer.
    assert len(cv.pdf.pages) == 1
    assert len(qd.pdf.pages) == 1


@office_test
@pytest.mark.parametrize(
    ("name", "centre_mm", "bottom_mm"),
    [
        # "2" at 108.83-111.30 mm, bottom 16.62 mm; text area 30.00-190.02 mm (centre 110.01).
        ("snv", 110.07, 16.62),
        # "2" (12 pt) at 110.03-112.15 mm, bottom 13.83 mm; text area 30.00-192.09 mm.
        ("tb", 111.09, 13.83),
    ],
)
def test_page_two_number_centred_in_top_margin(
    request: pytest.FixtureRequest, name: str, centre_mm: float, bottom_mm: float
) -> None:
    doc: Rendered = request.getfixturevalue(name)
    assert len(doc.pdf.pages) == 2
    number = page_number_in_top_margin(doc.pdf.pages[1], doc.setup.top)
    assert number is not None
    assert number.text == "2"
    assert number.bottom < doc.setup.top
    assert number.bottom == pytest.approx(bottom_mm, abs=0.5)
    assert number.centre_x == pytest.approx(centre_mm, abs=0.2)
    text_centre = (doc.setup.left + doc.setup.width - doc.setup.right) / 2
    assert number.centre_x == pytest.approx(text_centre, abs=1.0)
    # Only the page number is in the top margin.
    assert [ln.text for ln in doc.lines(2) if ln.bottom < doc.setup.top] == ["2"]


# --------------------------------------------------------------------------------------------
# Fonts
# --------------------------------------------------------------------------------------------


def _non_ascii_faces(pdf: PDF) -> set[str]:
    return {
        c["fontname"].split("+")[-1]
        for page in pdf.pages
        for c in page.chars
        if ord(c["text"][:1] or " ") > 127
    }


@office_test
@pytest.mark.parametrize("name", ["cv", "qd", "snv"])
def test_embedded_fonts_are_liberation_serif(request: pytest.FixtureRequest, name: str) -> None:
    # Times New Roman is served by fonts-liberation2; no DejaVu fallback for Vietnamese.
    doc: Rendered = request.getfixturevalue(name)
    fonts = embedded_fonts(doc.pdf)
    assert fonts == LIBERATION_SERIF
    # Every non-ASCII glyph (ư, ơ, ạ, ễ, Đ, ...) is drawn in a Liberation Serif face.
    faces = _non_ascii_faces(doc.pdf)
    assert faces
    assert faces <= LIBERATION_SERIF


@office_test
def test_embedded_fonts_show_a_fallback(tb: Rendered) -> None:
    # #17's title runs say w:ascii="Times New Roman Bold": not a family name, so fontconfig
    # offers DejaVu Sans Bold for the whole run, Vietnamese letters and ASCII alike.
    fonts = embedded_fonts(tb.pdf)
    assert fonts >= LIBERATION_SERIF
    assert "DejaVuSans-Bold" in fonts
    title = _line(tb, "Kết luận của đồng chí Nguyễn Hồng Hải", partial=True)
    assert title.fonts == ("DejaVuSans-Bold",)
    assert title.bold
    assert "DejaVuSans-Bold" in _non_ascii_faces(tb.pdf)


# --------------------------------------------------------------------------------------------
# Pictures
# --------------------------------------------------------------------------------------------


@office_test
def test_render_png(qd: Rendered, tmp_path: Path) -> None:
    require_pdftoppm()
    out = render_png(qd.pdf_path, 1, tmp_path / "qd-page1.png", dpi=80)
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    # 595.304 x 841.89 pt at 80 dpi
    assert (width, height) == (pytest.approx(661, abs=1), pytest.approx(935, abs=1))
