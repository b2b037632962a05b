"""Tests of vnadmin_docs.metrics: Times New Roman text widths for the rules under headings."""

from __future__ import annotations

import itertools
import json
import unicodedata
from importlib import resources
from pathlib import Path

import pytest

from vnadmin_docs.errors import InputError
from vnadmin_docs.metrics import text_width_pt, text_width_twips, wrap_lines

MOTTO = "Độc lập - Tự do - Hạnh phúc"
NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
AGENCY = "ỦY BAN NHÂN DÂN"
FONT_DIR = Path("/usr/share/fonts/truetype/liberation2")
STYLE_FILES = {
    (False, False): "LiberationSerif-Regular.ttf",
    (True, False): "LiberationSerif-Bold.ttf",
    (False, True): "LiberationSerif-Italic.ttf",
    (True, True): "LiberationSerif-BoldItalic.ttf",
}


def _table() -> dict[str, object]:
    resource = resources.files("vnadmin_docs").joinpath("data").joinpath("tnr_metrics.json")
    data: dict[str, object] = json.loads(resource.read_text(encoding="utf-8"))
    return data


def test_table_covers_vietnamese_in_all_styles() -> None:
    styles = _table()["styles"]
    assert isinstance(styles, dict)
    assert set(styles) == {"regular", "bold", "italic", "bold_italic"}
    needed = [chr(cp) for cp in range(0x20, 0x7F)]
    needed += [chr(cp) for cp in range(0x1EA0, 0x1EFA)]
    needed += list("ĂăÂâĐđÊêÔôƠơƯưĨĩŨũ")
    needed += ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]
    needed += list("–—‘’“”…•\u00a0")
    for name, style in styles.items():
        assert style["units_per_em"] == 2048, name
        assert style["default_advance"] == style["advances"]["n"], name
        missing = [c for c in needed if c not in style["advances"]]
        assert not missing, (name, missing)


def test_empty_string_is_zero() -> None:
    assert text_width_pt("", 13) == 0.0
    assert text_width_twips("", 13, bold=True) == 0


def test_wide_and_narrow_letters() -> None:
    assert text_width_pt("M", 12) > text_width_pt("n", 12) > text_width_pt("i", 12)
    assert text_width_pt("W", 12) > text_width_pt("l", 12)


def test_known_advances() -> None:
    # Times New Roman at 2048 units/em: "n" and digits are 1024 (half an em), space 512.
    assert text_width_pt("n", 12) == pytest.approx(6.0)
    assert text_width_pt("0123456789", 10) == pytest.approx(50.0)
    assert text_width_pt(" ", 12) == pytest.approx(3.0)
    assert text_width_pt("M", 12) == pytest.approx(1821 * 12 / 2048)


@pytest.mark.parametrize("text", [MOTTO, NATIONAL_NAME, AGENCY, "Số: 12/2024/QĐ-UBND"])
def test_width_scales_linearly_with_size(text: str) -> None:
    base = text_width_pt(text, 1, bold=True)
    for size in (12, 13, 14):
        assert text_width_pt(text, size, bold=True) == pytest.approx(base * size)


def test_bold_wider_than_regular_for_motto() -> None:
    regular = text_width_pt(MOTTO, 13)
    assert text_width_pt(MOTTO, 13, bold=True) > regular
    assert text_width_pt(MOTTO, 13, bold=True, italic=True) > text_width_pt(MOTTO, 13, italic=True)


def test_reported_widths() -> None:
    assert text_width_pt(MOTTO, 13, bold=True) == pytest.approx(159.142, abs=1e-3)
    assert text_width_pt(MOTTO, 14, bold=True) == pytest.approx(171.384, abs=1e-3)
    assert text_width_pt(NATIONAL_NAME, 12, bold=True) == pytest.approx(250.342, abs=1e-3)
    assert text_width_pt(NATIONAL_NAME, 13, bold=True) == pytest.approx(271.204, abs=1e-3)
    assert text_width_pt(AGENCY, 12, bold=True) == pytest.approx(112.998, abs=1e-3)
    assert text_width_pt(AGENCY, 13, bold=True) == pytest.approx(122.415, abs=1e-3)


def test_twips_are_rounded_points_times_20() -> None:
    for text in (MOTTO, NATIONAL_NAME, AGENCY):
        for size in (12, 13, 14):
            points = text_width_pt(text, size, bold=True)
            assert text_width_twips(text, size, bold=True) == round(points * 20)
    assert text_width_twips(MOTTO, 13, bold=True) == 3183


@pytest.mark.parametrize("text", [MOTTO, NATIONAL_NAME, AGENCY, "Nghị định", "Quyết định"])
def test_nfd_input_measures_like_nfc(text: str) -> None:
    decomposed = unicodedata.normalize("NFD", text)
    assert decomposed != text or text.isascii()
    for bold in (False, True):
        assert text_width_pt(decomposed, 13, bold=bold) == text_width_pt(text, 13, bold=bold)


def test_unknown_character_uses_default_advance() -> None:
    # "漢" is not in the table: it is measured as the default advance, that of "n".
    assert text_width_pt("漢", 13) == text_width_pt("n", 13)
    assert text_width_pt("漢", 13, bold=True) == text_width_pt("n", 13, bold=True)
    assert text_width_pt("a漢b", 12) == pytest.approx(text_width_pt("anb", 12))


def test_missing_precomposed_letter_falls_back_to_base_letter() -> None:
    # "ǹ" (U+01F9) is outside the table; its NFD base letter is "n".
    assert text_width_pt("\u01f9", 12) == text_width_pt("n", 12)
    # "ḿ" (U+1E3F) likewise falls back to "m", not to the default.
    assert text_width_pt("\u1e3f", 12) == text_width_pt("m", 12)


def test_combining_mark_without_precomposed_form_is_zero_width() -> None:
    # NFC keeps "x" + U+0302 decomposed (there is no precomposed x-circumflex).
    assert text_width_pt("x\u0302", 12) == text_width_pt("x", 12)


@pytest.mark.parametrize("size", [-1.0, float("nan"), float("inf")])
def test_bad_size_is_rejected(size: float) -> None:
    with pytest.raises(InputError):
        text_width_pt(MOTTO, size)


@pytest.mark.parametrize(("bold", "italic"), list(STYLE_FILES))
def test_matches_font_file_hmtx(bold: bool, italic: bool) -> None:
    ttlib = pytest.importorskip("fontTools.ttLib", reason="fontTools (dev extra) not installed")
    path = FONT_DIR / STYLE_FILES[(bold, italic)]
    if not path.is_file():
        pytest.skip(f"{path} not found (Debian package fonts-liberation2 not installed)")
    with ttlib.TTFont(path) as font:
        cmap = font.getBestCmap()
        hmtx = font["hmtx"]
        upem = font["head"].unitsPerEm
        units = sum(hmtx[cmap[ord(char)]][0] for char in NATIONAL_NAME)
    expected = units * 13 / upem
    assert text_width_pt(NATIONAL_NAME, 13, bold=bold, italic=italic) == pytest.approx(
        expected, rel=1e-12
    )


# ----------------------------------------------------------------------------- wrap_lines


def test_wrap_lines_breaks_at_the_last_space_that_fits() -> None:
    width = text_width_twips("SỞ THÔNG TIN VÀ TRUYỀN", 12, bold=True) + 10
    assert wrap_lines("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", width, 12, bold=True) == [
        "SỞ THÔNG TIN VÀ TRUYỀN",
        "THÔNG",
    ]


def test_wrap_lines_agrees_with_libreoffice_on_a_header_cell() -> None:
    # LibreOffice sets this agency name in our 4120-twip column (12 pt bold) as two lines,
    # the second of one word; and the decree-style subject of 200 characters on two lines
    assert wrap_lines("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", 4120, 12, bold=True) == [
        "SỞ THÔNG TIN VÀ TRUYỀN",
        "THÔNG",
    ]
    assert wrap_lines("SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", 2889, 13, bold=True) == [
        "SỞ NÔNG NGHIỆP VÀ",
        "PHÁT TRIỂN NÔNG",
        "THÔN",
    ]


def test_wrap_lines_keeps_short_text_on_one_line_and_ignores_extra_spaces() -> None:
    assert wrap_lines("  ỦY BAN   NHÂN DÂN ", 10_000, 13, bold=True) == ["ỦY BAN NHÂN DÂN"]
    assert wrap_lines("", 1000, 13) == []
    assert wrap_lines("   ", 1000, 13) == []


def test_wrap_lines_puts_a_word_wider_than_the_width_alone() -> None:
    assert wrap_lines("a verylongword b", 200, 13) == ["a", "verylongword", "b"]


def test_wrap_lines_every_line_fits_and_nothing_is_lost() -> None:
    text = " ".join(["Về việc phê duyệt kế hoạch chuyển đổi số"] * 12)
    lines = wrap_lines(text, 9355, 14, bold=True)
    assert " ".join(lines) == " ".join(text.split())
    assert all(text_width_twips(line, 14, bold=True) <= 9355 for line in lines)
    # greedy: the first word of each line would not have fitted on the line before
    for before, after in itertools.pairwise(lines):
        longer = f"{before} {after.split()[0]}"
        assert text_width_twips(longer, 14, bold=True) > 9355
