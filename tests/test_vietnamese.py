from datetime import date

import pytest

from vnadmin_docs import vietnamese as vi


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (date(2018, 10, 1), "Kon Tum, ngày 01 tháng 10 năm 2018"),
        (date(2020, 3, 5), "Kon Tum, ngày 05 tháng 3 năm 2020"),
        (date(2021, 2, 9), "Kon Tum, ngày 09 tháng 02 năm 2021"),
        (date(2020, 1, 5), "Kon Tum, ngày 05 tháng 01 năm 2020"),
        (date(2019, 6, 29), "Kon Tum, ngày 29 tháng 6 năm 2019"),
        (date(2024, 12, 31), "Kon Tum, ngày 31 tháng 12 năm 2024"),
        (date(2024, 11, 10), "Kon Tum, ngày 10 tháng 11 năm 2024"),
    ],
)
def test_date_line_pads_days_below_ten_and_months_one_and_two_only(value, expected):
    assert vi.format_place_date("Kon Tum", value) == expected


def test_every_month_follows_the_rule():
    for month in range(1, 13):
        text = vi.format_date(date(2022, month, 15))
        month_text = text.split("tháng ")[1].split(" ")[0]
        assert month_text == (f"{month:02d}" if month in (1, 2) else str(month))


def test_undated_line_leaves_blanks():
    assert vi.format_place_date("Hà Nội", None).startswith("Hà Nội, ngày ")
    assert "năm" in vi.format_place_date("Hà Nội", None)


def test_serial_numbers_below_ten_take_a_leading_zero():
    assert [vi.format_serial(n) for n in (1, 9, 10, 123)] == ["01", "09", "10", "123"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [(1234567.5, "1.234.567,5"), (1000, "1.000"), (0.25, "0,25"), (-42, "-42")],
)
def test_numbers_use_vietnamese_separators(value, expected):
    assert vi.format_number(value) == expected


def test_upper_case_is_correct_for_vietnamese_letters():
    assert vi.upper("ủy ban nhân dân tỉnh đắk lắk") == "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK"
    assert vi.upper("ươ ư ơ ă â ê ô đ") == "ƯƠ Ư Ơ Ă Â Ê Ô Đ"
    # NFD input comes out NFC
    nfd = "tiê\u0301ng Viê\u0323t"
    assert vi.upper(nfd) == "TIẾNG VIỆT"
    assert vi.is_nfc(vi.upper(nfd))
    assert vi.lower("ĐỘC LẬP") == "độc lập"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("CỘNG HÒA", "CỘNG HOÀ"),
        ("THỦY", "THUỶ"),
        ("Hòa Bình", "Hoà Bình"),
        ("khỏe", "khoẻ"),
        ("Thanh Hóa", "Thanh Hoá"),
        ("HỎA TỐC", "HOẢ TỐC"),
        ("tiê\u0301ng", "tiếng"),
        ("Độc  lập", "độc lập"),
    ],
)
def test_tone_placement_variants_are_the_same_words(first, second):
    assert vi.same_words(first, second)


@pytest.mark.parametrize(("first", "second"), [("hòa", "hóa"), ("má", "mà"), ("Hà", "Ha")])
def test_different_tones_are_different_words(first, second):
    assert not vi.same_words(first, second)


def test_nfc_normalises_combining_marks():
    nfd = "Ho\u0300a"
    assert nfd != "Hòa"
    assert vi.nfc(nfd) == "Hòa"
    assert not vi.is_nfc(nfd)
