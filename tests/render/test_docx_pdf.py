"""The rendered .docx in a real office suite: LibreOffice's PDF, measured with pdfplumber."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

import vnadmin_docs as vn
from tests.conftest import long_dispatch, words
from tests.support import office
from tests.support.office import (
    embedded_fonts,
    find_line,
    horizontal_rules,
    left_margin_mm,
    page_number_in_top_margin,
    page_size_mm,
    right_margin_mm,
    rules_below,
    text_lines,
)
from vnadmin_docs.render.docx import docx_bytes

pytestmark = pytest.mark.office


def _convert(document: vn.Document, folder: Path, name: str) -> Path:
    office.require_soffice()
    docx = folder / f"{name}.docx"
    docx.write_bytes(docx_bytes(document))
    return office.convert_to_pdf(docx, folder)


@pytest.fixture(scope="module")
def kontum_pdf(kontum, tmp_path_factory):
    path = _convert(kontum, tmp_path_factory.mktemp("pdf"), "kontum_2452")
    with pdfplumber.open(path) as pdf:
        yield pdf


@pytest.fixture(scope="module")
def long_pdf(kontum, tmp_path_factory):
    """The dispatch with its body and its outline repeated: several pages each."""
    (outline,) = kontum.attachments
    longer = long_dispatch(kontum, 4).model_copy(
        update={"attachments": (outline.model_copy(update={"body": outline.body * 3}),)}
    )
    path = _convert(longer, tmp_path_factory.mktemp("pdf"), "kontum_long")
    with pdfplumber.open(path) as pdf:
        yield pdf


def test_every_page_is_a4(kontum_pdf, long_pdf):
    for pdf in (kontum_pdf, long_pdf):
        for page in pdf.pages:
            assert page_size_mm(page) == pytest.approx((210, 297), abs=0.1)


def test_left_and_right_margins_measure_30_and_15_mm(kontum_pdf, long_pdf):
    for page in (*kontum_pdf.pages, *long_pdf.pages[:2]):
        if len(text_lines(page)) < 6:
            continue  # a last page with a line or two: no edge to measure
        assert left_margin_mm(page) == pytest.approx(30, abs=0.5)
        assert right_margin_mm(page) == pytest.approx(15, abs=0.5)


def test_fonts_are_liberation_serif_with_the_vietnamese_letters(kontum_pdf):
    fonts = embedded_fonts(kontum_pdf)
    assert fonts, "no embedded fonts"
    assert all(font.startswith("LiberationSerif") for font in fonts), fonts
    for line in text_lines(kontum_pdf.pages[0]):
        assert all(font.startswith("LiberationSerif") for font in line.fonts), (
            line.text,
            line.fonts,
        )


def test_the_national_name_is_one_bold_line_of_12_to_13_pt(kontum_pdf):
    line = find_line(kontum_pdf.pages[0], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert line is not None
    assert line.bold
    assert all(12 <= size <= 13 for size in line.sizes)
    motto = find_line(kontum_pdf.pages[0], "Độc lập - Tự do - Hạnh phúc")
    assert motto is not None and motto.bold
    assert abs(motto.centre_x - line.centre_x) < 0.5  # centred under the national name


def test_the_motto_rule_is_as_long_as_the_motto(kontum_pdf):
    page = kontum_pdf.pages[0]
    motto = find_line(page, "Độc lập - Tự do - Hạnh phúc")
    (rule,) = rules_below(horizontal_rules(page), motto)
    assert rule.length == pytest.approx(motto.width, abs=1.0)
    assert rule.centre_x == pytest.approx(motto.centre_x, abs=0.5)


def test_the_agency_rule_is_a_third_to_a_half_of_the_agency_line(kontum_pdf):
    page = kontum_pdf.pages[0]
    first = find_line(page, "ỦY BAN NHÂN DÂN")
    last = find_line(page, "TỈNH KON TUM")
    (rule,) = rules_below(horizontal_rules(page), last)
    assert first.width / 3 <= rule.length <= first.width / 2
    assert rule.centre_x == pytest.approx(first.centre_x, abs=0.5)


def test_number_and_date_share_a_line(kontum_pdf):
    page = kontum_pdf.pages[0]
    number = find_line(page, "Số 2452/UBND - TH")
    date_line = find_line(page, "Kon Tum, ngày 01 tháng 10 năm 2018")
    assert number is not None and date_line is not None
    assert number.baseline == pytest.approx(date_line.baseline, abs=1.0)
    assert date_line.italic and not number.bold


def test_no_page_number_on_page_one(kontum_pdf, long_pdf):
    assert page_number_in_top_margin(kontum_pdf.pages[0], 20) is None
    assert page_number_in_top_margin(long_pdf.pages[0], 20) is None


def test_page_two_shows_a_centred_2_in_the_top_margin(long_pdf):
    number = page_number_in_top_margin(long_pdf.pages[1], 20)
    assert number is not None and number.text == "2"
    text_centre = 30 + (210 - 30 - 15) / 2
    assert number.centre_x == pytest.approx(text_centre, abs=1.0)
    assert all(13 <= size <= 14 for size in number.sizes)


def test_the_outline_starts_a_new_page_and_restarts_numbering(kontum_pdf, long_pdf):
    first = kontum_pdf.pages[1]
    title = find_line(first, "ĐỀ CƯƠNG BÁO CÁO SƠ KẾT PHONG TRÀO THI ĐUA")
    assert title is not None
    assert text_lines(first)[0].text.startswith("ĐỀ CƯƠNG")
    pages = long_pdf.pages
    start = next(
        i for i, p in enumerate(pages) if find_line(p, "ĐỀ CƯƠNG BÁO CÁO SƠ KẾT PHONG TRÀO THI ĐUA")
    )
    assert start >= 2 and len(pages) >= start + 2
    assert page_number_in_top_margin(pages[start], 20) is None
    assert page_number_in_top_margin(pages[start + 1], 20).text == "2"
    assert page_number_in_top_margin(pages[start - 1], 20).text == str(start)


def _column_words(page, x_split: float, top: float, bottom: float) -> list[str]:
    left = page.crop((0, top, x_split, bottom)).extract_text() or ""
    right = page.crop((x_split, top, page.width, bottom)).extract_text() or ""
    return left.split() + right.split()


def test_every_word_of_the_seed_is_in_the_pdf_in_order(kontum_pdf, seed_text):
    page = kontum_pdf.pages[0]
    pt = 72 / 25.4
    number = find_line(page, "Số 2452/UBND - TH")
    kinh_gui = find_line(page, "Kính gửi:")
    closing = find_line(page, "Nơi nhận:")
    quoc_hieu = find_line(page, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    split = (quoc_hieu.x0 - 1) * pt
    found = [
        *_column_words(page, split, 0, (number.top - 1) * pt),
        *_column_words(page, split, (number.top - 1) * pt, (kinh_gui.top - 1) * pt),
        *(
            page.crop(
                (0, (kinh_gui.top - 1) * pt, page.width, (closing.top - 1) * pt)
            ).extract_text()
            or ""
        ).split(),
        *_column_words(page, (closing.x0 + 60) * pt, (closing.top - 1) * pt, page.height),
    ]
    for later in kontum_pdf.pages[1:]:
        top_margin = later.crop((0, 20 * pt, later.width, later.height))  # no page number
        found.extend((top_margin.extract_text() or "").split())
    assert words(" ".join(found)) == words(seed_text)  # "*" is Markdown in the seed
